#pragma once
// Bulk changes from a CSV file, step by step: pick the operation and the file (encoding and
// delimiter can be forced; the decoded text is shown to spot mojibake), check the column
// mapping and the validation preview (cells can be fixed in place), then send with progress,
// pause / resume / cancel, and per-row results with report, retry and undo files.
// Files are read and validated on a worker thread; the GUI thread never waits. The public
// slots are the dialog's testable API: tests drive them directly instead of exec().

#include "bulkrun.h"
#include "bulktypes.h"
#include "csvreader.h"
#include "operations.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace Alli
{

class AlliClient;
class BulkResultsFilterProxy;
class BulkResultsModel;
class BulkRunPanel;
class GridEditing;
class ImportPreviewFilterProxy;
class ImportPreviewModel;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Step { Source, Check, Send };
    Q_ENUM(Step)

    // Every job is recorded in the journal shared with alli-admin-cli (journalPath()).
    explicit ImportDialog(AlliClient* client, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // For drag-and-drop on the main window: a non-modal dialog that deletes itself on close,
    // already reading `path`.
    static ImportDialog* openForFile(AlliClient* client, const QString& path, QWidget* parent = nullptr);
    // The SQLite journal shared with alli-admin-cli.
    static QString journalPath();
    // Rows kept when the dialog was closed with unsent edits (beside the journal), offered on the
    // first step next time; removed once restored rows are sent or the offer is discarded.
    static QString unsentRowsPath();
    // The grid's rows, passwords masked, as a CSV file or a workbook (by the extension), written
    // on a worker: the summary line says so, then fileSaved() comes.
    void saveRowsAs(const QString& path);
    bool hasUnsavedRows() const; // edited or pasted rows, no job yet

    Bulk::Operation operation() const { return m_operation; }
    Step step() const { return m_step; }
    bool isLoading() const { return m_loading; }
    QString filePath() const { return m_path; }
    QString errorText() const; // the last file error, translated; empty when none
    QString decodedPreview() const;
    // The run of the job on the send step (set by startSending() and resumeJob() at once).
    Bulk::BulkRun* job() const { return m_job; }
    qint64 journalJobId() const;
    ImportPreviewModel* previewModel() const { return m_preview; }
    GridEditing* gridEditing() const { return m_gridEditing; }
    ImportPreviewFilterProxy* previewProxy() const { return m_previewProxy; }
    BulkResultsModel* resultsModel() const;
    BulkResultsFilterProxy* resultsProxy() const;
    QList<Bulk::ColumnMapping> mapping() const;
    // True while a job is being written to the journal (or read from it) on a worker thread.
    bool isPreparingJob() const;
    // True while rows whose outcome is unknown are looked up on the server (after a job, and
    // before a resumed job sends anything); sendingFinished() comes after it.
    bool isVerifying() const;
    // Chunks in flight for the next job (1–8, remembered in QSettings "import/concurrency").
    int concurrency() const;
    void setConcurrency(int chunks);
    // Whether existing users / members were looked up for the summary (see updateSummary()).
    enum class LookupState { NotApplicable, Running, Checked, NotChecked };
    Q_ENUM(LookupState)
    LookupState lookupState() const { return m_lookupState; }
    QString summaryText() const;
    // Data lines the file could not give (a stray quote, a wrong number of cells…), all of them;
    // sending waits until the admin chose to leave them out (setLeaveOutBadLines).
    QList<Bulk::CsvLineProblem> badLines() const;
    void setLeaveOutBadLines(bool leaveOut);
    // What the last "Save report…" or "Save undo file…" wrote, with its path.
    QString fileNoteText() const;

public Q_SLOTS:
    void setOperation(Bulk::Operation op);
    // Reads, decodes, maps and validates on a worker thread; loadingFinished() tells the outcome.
    void openFile(const QString& path);
    // Rows copied in a spreadsheet (the clipboard's text and HTML): read as a file would be, then
    // checked on the next step. pasteClipboard() reads the system clipboard.
    void pasteClipboard();
    void pasteRows(const QString& text, const QString& html = {});
    bool keepUnsentRows();
    void restoreUnsentRows();
    void discardUnsentRows();
    void setEncoding(Bulk::Encoding encoding);
    void setDelimiter(Bulk::Delimiter delimiter);
    // A workbook's sheet (by name) and header row (1-based; 0: found below the title rows); the
    // file is read again.
    void setSheet(const QString& sheet);
    void setHeaderRow(int row);
    // Replaces the mapping (remembered for this operation) and validates again.
    void setMapping(const QList<Bulk::ColumnMapping>& mapping);
    // Sends the valid rows of the preview. False when there is nothing to send. The job is
    // written to the journal on a worker thread before its first request.
    bool startSending();
    // Resumes a job of the journal that did not finish (see Bulk::BulkRun::resumeJob()): read on
    // a worker, refused when it was started on another server (the error shows on the send
    // step), rows that were in flight looked up before anything is sent.
    bool resumeJob(qint64 journalJobId);
    void pauseOrResume();
    void cancelSending();
    // A new job with the rows that failed or are unknown.
    bool retryFailedRows();
    bool saveReport(const QString& path);
    bool saveUndoFile(const QString& path);
    // The template as a CSV file or a workbook (by the extension), written on a worker: the
    // source step's status line says so, then fileSaved() comes.
    void saveTemplate(const QString& path);
    void reject() override;

Q_SIGNALS:
    void loadingFinished(bool ok);
    void sendingFinished();
    // A file of saveRowsAs() or saveTemplate() was written (`error` empty) or not (why).
    void fileSaved(const QString& path, const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct LoadResult;
    void retranslateUi();
    // The grid's rows as a table sharing them; `forSpreadsheets`: formula-like cells neutralised
    // in CSV (the file kept for next time keeps the cells exactly).
    Bulk::TableData rowsTable(bool forSpreadsheets) const;
    bool saveRows(const QString& path, bool forSpreadsheets) const;
    void buildSourcePage();
    void buildCheckPage();
    void buildSendPage();
    void goTo(Step step);
    void updateButtons();
    void startLoad(bool reread, const std::optional<QList<Bulk::ColumnMapping>>& mapping = std::nullopt);
    void onLoaded(const LoadResult& result);
    void fetchGroups();
    void fillMappingTable();
    void showWorkbookOptions(bool workbook);
    void renderWorkbook(const Bulk::CsvTable& table);
    void renderSourceStatus();
    void onMappingEdited();
    void rememberMapping() const;
    QList<Bulk::ColumnMapping> rememberedMapping(const QStringList& header) const;
    void updateSummary();
    void startRun(Bulk::BulkRun* run);
    Bulk::RunOptions runOptions() const;
    void lookUpMembers();
    void lookUpUsers();
    void pumpUserLookups();
    void resetLookup();
    void onJobFinished();
    void onSendClicked();
    void browse();
    void downloadTemplate();

    AlliClient* m_client;
    QString m_journalPath;
    Bulk::Operation m_operation = Bulk::Operation::CreateUsers;
    Step m_step = Step::Source;
    QString m_path;
    Bulk::CsvOptions m_csvOptions;
    Bulk::CsvTable m_table; // as read; the preview model holds the edited copy
    QString m_error;
    bool m_loading = false;
    quint64 m_loadGeneration = 0;
    Bulk::ValidationContext m_context;
    // m_context with the keys the look-up found, where it is done for `op`.
    Bulk::ValidationContext validationContext(Bulk::Operation op) const;
    bool m_revalidateAfterLoad = false;
    bool m_groupsKnown = false;
    QStringList m_groupNames; // the project's, sorted, for a template's drop-down
    bool m_fillingMapping = false;
    QPointer<Bulk::BulkRun> m_job;
    bool m_closeWhenFinished = false;
    bool m_fetchingGroups = false;
    std::optional<std::pair<bool, std::optional<QList<Bulk::ColumnMapping>>>> m_pendingLoad;
    // Existing users / members for the summary.
    LookupState m_lookupState = LookupState::NotApplicable;
    quint64 m_lookupGeneration = 0;
    bool m_fetchingMembers = false;
    QSet<QString> m_existingKeys; // lower-case; valid when m_lookupState == Checked
    QString m_lookupKey; // operation + keys that the lookup was done for
    QStringList m_userLookupQueue;
    int m_userLookupsInFlight = 0;
    int m_lookupDone = 0; // users answered, or members read, so far (the summary counts them)
    int m_lookupTotal = 0; // users to look up (0 for members: their number is not known)

    ImportPreviewModel* m_preview;
    ImportPreviewFilterProxy* m_previewProxy;

    QStackedWidget* m_stack;
    QLabel* m_stepLabel;
    // Source
    QLabel* m_operationLabel;
    QComboBox* m_operationCombo;
    QLabel* m_fileLabel;
    QLineEdit* m_fileEdit;
    QPushButton* m_browseButton;
    QPushButton* m_pasteButton = nullptr;
    QWidget* m_restoreBox = nullptr;
    QLabel* m_restoreLabel = nullptr;
    QPushButton* m_restoreButton = nullptr;
    QPushButton* m_discardRestoreButton = nullptr;
    void updateRestoreOffer();
    QString m_pastedLabel; // what the rows are when they were pasted ("12 pasted rows"); else empty
    // Rows pasted without a header: the template columns they were read in (else -1), and the
    // clipboard's text, to read them again for another operation.
    int m_pasteTemplateColumns = -1;
    QString m_pastedText;
    QString m_pastedHtml;
    QPushButton* m_templateButton;
    QLabel* m_encodingLabel;
    QComboBox* m_encodingCombo;
    QLabel* m_delimiterLabel;
    QLabel* m_sheetLabel = nullptr;
    QComboBox* m_sheetCombo = nullptr;
    QLabel* m_headerRowLabel = nullptr;
    QSpinBox* m_headerRowSpin = nullptr;
    QFormLayout* m_sourceForm = nullptr;
    QLabel* m_workbookNotes = nullptr;
    bool m_showingWorkbook = false; // filling the sheet and header row from what was read
    QComboBox* m_delimiterCombo;
    QLabel* m_decodedLabel;
    QPlainTextEdit* m_decodedText;
    QLabel* m_sourceStatus;
    // Check
    QLabel* m_mappingLabel;
    QTableWidget* m_mappingTable;
    QLabel* m_summaryLabel;
    QCheckBox* m_invalidOnly;
    QCheckBox* m_sendAnywayCheck = nullptr;
    QPushButton* m_saveRowsButton = nullptr;
    QWidget* m_badLinesBox = nullptr;
    QLabel* m_badLinesLabel = nullptr;
    QTableWidget* m_badLinesView = nullptr;
    QCheckBox* m_leaveOutCheck = nullptr;
    void renderBadLines();
    bool badLinesSettled() const;
    QTableView* m_previewView;
    GridEditing* m_gridEditing = nullptr;
    QLabel* m_gridMessage = nullptr;
    // Send: progress, results, report, retry and undo
    BulkRunPanel* m_panel = nullptr;
    QLabel* m_concurrencyLabel;
    QSpinBox* m_concurrencySpin;
    // Navigation
    QPushButton* m_backButton;
    QPushButton* m_nextButton;
    QPushButton* m_sendButton;
    QPushButton* m_closeButton;
};

} // namespace Alli
