#pragma once
// The send step shared by the import dialog and the agents page's selection dialog: a bulk run's
// progress (bar and one line of text from its stage and counts), pause and cancel, the per-row
// results with a filter, and, once it has finished, "Save report…", "Retry failed rows" and
// "Save undo file…". Follows one Bulk::BulkRun (not owned) at a time.

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Alli
{

class BulkResultsFilterProxy;
class BulkResultsModel;

namespace Bulk
{
    class BulkRun;
}

class BulkRunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BulkRunPanel(QWidget* parent = nullptr);
    ~BulkRunPanel() override;

    // Follows `run` until another is set; nullptr empties the panel.
    void setRun(Bulk::BulkRun* run);
    Bulk::BulkRun* run() const { return m_run; }
    // The imported file: where the report and undo files are offered, and their names. Empty: the
    // home folder and "selection".
    void setFileHint(const QString& path) { m_fileHint = path; }
    // Rows of a selection have no line in a file; a dialog with its own Cancel hides this one.
    void setLineColumnVisible(bool visible);
    void setCancelVisible(bool visible);
    // "Rows that were not sent yet will not be sent…": true when the admin confirms cancelling.
    static bool askToCancel(QWidget* parent);
    // The bulk editor shows each row's result in its own grid: the panel then has no results
    // table and no "Retry failed rows" (the editor's Send sends what is left).
    void setResultsTableVisible(bool visible);

    BulkResultsModel* resultsModel() const { return m_results; }
    BulkResultsFilterProxy* resultsProxy() const { return m_resultsProxy; }
    QTableView* resultsView() const { return m_resultsView; }
    QString progressText() const;
    // What the last "Save report…" or "Save undo file…" wrote, with its path.
    QString fileNoteText() const;
    void setFileNote(const QString& text);

public Q_SLOTS:
    void pauseOrResume();
    void cancelSending(); // without asking
    bool saveReport(const QString& path);
    // What "Save report…" does once a file is chosen: writes on a worker, then says so in the
    // file note ("Saved the report as …" or "Cannot write …").
    void saveReportInBackground(const QString& path);
    bool saveUndoFile(const QString& path);
    // What "Save undo file…" does once a file is chosen: like saveReportInBackground().
    void saveUndoInBackground(const QString& path);

Q_SIGNALS:
    // saveReportInBackground() or saveUndoInBackground() wrote `path` (`error` empty) or not.
    void fileSaved(const QString& path, const QString& error);
    // "Retry failed rows" was chosen (and, for rows that may already be applied, confirmed): the
    // owner starts a new run with run()->failedRows().
    void retryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    static QString cannotWrite(const QString& path, const QString& why);
    static QString undoSavedNote(const QString& path);
    void retranslateUi();
    void update();
    void onRetryClicked();
    void saveReportAs();
    void saveUndoAs();
    QString fileDirectory() const;

    QPointer<Bulk::BulkRun> m_run;
    QString m_fileHint;
    bool m_cancelVisible = true;
    BulkResultsModel* m_results;
    BulkResultsFilterProxy* m_resultsProxy;
    QProgressBar* m_progressBar;
    QLabel* m_progressLabel;
    QPushButton* m_pauseButton;
    QPushButton* m_cancelButton;
    QLabel* m_filterLabel;
    QComboBox* m_filter;
    QTableView* m_resultsView;
    QPushButton* m_saveReportButton;
    QPushButton* m_retryButton;
    QPushButton* m_saveUndoButton;
    QLabel* m_fileNote;
};

} // namespace Alli
