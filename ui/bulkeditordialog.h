#pragma once
// A bulk change built in a grid instead of a file: one per bulk operation (users create,
// update, delete; members invite, update groups, remove; agents create, delete), with the
// operation's template columns. Rows are typed (the last line adds a row), pasted from a
// spreadsheet (with or without a header row), opened from a CSV file, or seeded from agents
// selected on the agents page with their current groups. Every cell is validated as it changes,
// with the import's rules; the grid has the spreadsheet keys of GridEditing, row insertion and
// deletion, find and replace, a completer of the project's groups, a choice list for the locale
// and masked passwords.
//
// Sending goes through the bulk engine (journal, chunking, verification, resending of rows
// verifiably not applied), and each row's result appears in the grid's Result column as the
// answers arrive. Rows that succeeded become read only; the others can be fixed and sent again
// with the same Send button. Rows seeded from the server are sent only when they changed.
// Unsent rows are offered to be kept when the window closes, and offered back next time.
// The public slots are the testable API.

#include "bulkrun.h"
#include "bulktypes.h"
#include "csvreader.h"
#include "tablefile.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>

class QCheckBox;
class QMenu;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;
class QWidget;

namespace Alli
{

class AlliClient;
class BulkRunPanel;
class GridEditing;
class GroupMemberships;
class ImportPreviewModel;

class BulkEditorDialog : public QDialog
{
    Q_OBJECT
public:
    BulkEditorDialog(AlliClient* client, Bulk::Operation op, QWidget* parent = nullptr);
    ~BulkEditorDialog() override;

    // A non-modal editor that deletes itself when closed, shown at once.
    static BulkEditorDialog* open(AlliClient* client, Bulk::Operation op, QWidget* parent);
    // A menu of "Bulk edit" entries, one per operation (labels follow the language), calling
    // `chosen` with the operation picked.
    static QMenu* operationsMenu(const QList<Bulk::Operation>& ops,
        const std::function<void(Bulk::Operation)>& chosen, QWidget* parent);

    // Where the rows of an editor closed unsent are kept (beside the journal), per operation.
    static QString keptRowsPath(Bulk::Operation op);

    Bulk::Operation operation() const { return m_operation; }
    ImportPreviewModel* model() const { return m_model; }
    GridEditing* gridEditing() const { return m_editing; }
    QTableView* view() const { return m_view; }
    // The project's groups (and, when seeding, their members) are being read.
    bool isLoading() const;
    QStringList groupNames() const; // for the completer, in the server's order
    QString summaryText() const;
    QString messageText() const; // what the last paste, open or send said
    Bulk::BulkRun* run() const { return m_run; }
    bool isSending() const;
    // Rows Send would send: valid, not blank, changed (when seeded), not succeeded.
    QList<int> rowsToSend() const;
    bool hasUnsentRows() const;
    bool hasKeptRows() const; // rows kept from last time, offered on the bar above the grid

public Q_SLOTS:
    // The agents' current groups are read from the server and fill the grid, one row per agent
    // (UpdateMemberGroups); only rows that change are sent.
    void seedGroupsOf(const QStringList& emails);
    // Rows in the grid's column order, after the last row.
    void appendRows(const QList<QStringList>& rows);
    // Spreadsheet rows (text and HTML from the clipboard): a header row is recognised (Korean and
    // Japanese names too) and its columns put in the grid's order; without one, the template's
    // order. Read on a worker, added after the last row.
    void pasteRows(const QString& text, const QString& html = {});
    void pasteClipboard();
    // A CSV file's rows, mapped by its header, added after the last row (read on a worker).
    void openCsv(const QString& path);
    // The rows, passwords masked, as a CSV file or a workbook (by the extension), written on a
    // worker: the message line says so, then fileSaved() comes.
    void saveRowsAs(const QString& path);
    // Sends rowsToSend(): false when there is none, or when the admin declined to send again
    // rows whose outcome was unknown.
    bool send();
    void cancelSending();
    bool keepRows();
    void restoreKeptRows();
    void discardKeptRows();
    void showFind(bool replace);
    void reject() override;

Q_SIGNALS:
    void loaded(bool ok); // the groups (and the seed) were read, or could not be
    void rowsAdded(int count); // a paste or a file was added (0: nothing, see messageText())
    void sendingFinished();
    void fileSaved(const QString& path, const QString& error); // saveRowsAs(): empty `error` when written

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void fetchGroups();
    void onGroupsLoaded(bool ok);
    void updateState();
    void say(const QString& text);
    // The rows that are not blank as a table sharing them.
    Bulk::TableData rowsTable() const;
    void addTable(const Bulk::CsvTable& table, const QList<Bulk::ColumnMapping>& mapping, int leftOutColumns);
    void onRunRowsChanged(const QList<int>& indexes);
    void onRunFinished();
    QWidget* createCellEditor(QWidget* parent, int column) const;
    void updateRestoreOffer();
    bool beginReading();
    bool isUnsent(int row) const;

    AlliClient* m_client;
    Bulk::Operation m_operation;
    QStringList m_header;
    QList<Bulk::ColumnMapping> m_mapping;
    QStringList m_seedEmails;
    GroupMemberships* m_memberships;
    bool m_seeding = false;
    QString m_message;
    QPointer<Bulk::BulkRun> m_run;
    QList<int> m_sentRows; // the run's rows -> grid rows
    bool m_busyReading = false;
    bool m_closeWhenFinished = false;
    QTimer m_stateTimer;

    ImportPreviewModel* m_model;
    QTableView* m_view = nullptr;
    GridEditing* m_editing = nullptr;
    QLabel* m_intro = nullptr;
    QWidget* m_restoreBar = nullptr;
    QLabel* m_restoreLabel = nullptr;
    QPushButton* m_restoreButton = nullptr;
    QPushButton* m_discardButton = nullptr;
    QToolButton* m_insertButton = nullptr;
    QToolButton* m_deleteButton = nullptr;
    QToolButton* m_pasteButton = nullptr;
    QToolButton* m_findButton = nullptr;
    QToolButton* m_nextProblemButton = nullptr;
    QToolButton* m_openButton = nullptr;
    QToolButton* m_saveButton = nullptr;
    QWidget* m_findBar = nullptr;
    QLabel* m_findLabel = nullptr;
    QLineEdit* m_findEdit = nullptr;
    QLabel* m_replaceLabel = nullptr;
    QLineEdit* m_replaceEdit = nullptr;
    QCheckBox* m_matchCase = nullptr;
    QPushButton* m_findNextButton = nullptr;
    QPushButton* m_replaceButton = nullptr;
    QPushButton* m_replaceAllButton = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_messageLabel = nullptr;
    QCheckBox* m_sendAnyway = nullptr;
    QLabel* m_concurrencyLabel = nullptr;
    QSpinBox* m_concurrency = nullptr;
    BulkRunPanel* m_panel = nullptr;
    QPushButton* m_sendButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace Alli
