#pragma once
// The Agents page: every agent of the project (id, name, email), loaded 100 at a time as the
// table scrolls, filtered by email on the server (debounced, with an instant local filter over
// what is loaded), sorted on the client; a detail pane; new agent; delete with confirmation;
// copy emails; CSV export written off the GUI thread; bulk "Change groups…" and "Remove from
// project" on the selection (SelectionJobDialog) and "Import CSV…" (ImportDialog).

#include "apireply.h"
#include "consolepage.h"

#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QGroupBox;
class QToolButton;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace Alli::Bulk
{
enum class Operation;
}

namespace Alli
{

class AgentListModel;
struct AgentResponse;
class BulkEditorDialog;
class GroupMemberships;
class AgentStore;
class AgentSortProxy;
class ViewOverlay;
class ApiError;
class ImportDialog;
class NewAgentDialog;
class SelectionJobDialog;

class AgentsPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit AgentsPage(AlliClient* client, QWidget* parent = nullptr);
    ~AgentsPage() override;

    QString pageId() const override { return QStringLiteral("agents"); }
    QString title() const override { return tr("Agents"); }
    QString iconName() const override { return QStringLiteral("system-users"); }

    void activate() override;
    void refresh() override;
    DataAreas dataAreas() const override { return DataArea::Agents; }
    void focusFilter() override;
    void deleteSelected() override;

    AgentListModel* model() const { return m_model; }
    AgentSortProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QString statusText() const;

    // Testable API for the flows that open modal dialogs.
    // The "New agent" dialog, wired to this page (not shown; newAgent() opens it).
    NewAgentDialog* createNewAgentDialog();
    // Export CSV: every agent that matches the filter (fetched from the server page by page when
    // the table has not loaded them all, with progress and cancel), or only the rows loaded in
    // the table; in the table's order; written on a worker thread. exportFinished() follows.
    enum class ExportScope { AllMatching, LoadedRows };
    void exportCsv(const QString& path, ExportScope scope = ExportScope::AllMatching);
    void cancelExport();
    bool isExporting() const { return m_exporting; }
    // Stops loading every agent for a sort (the sort is cleared: the order is the server's).
    void stopSortLoading();
    // Source rows of the selection (or the current row), in view order.
    QList<int> selectedSourceRows() const;

    // Combined filters: email (or @domain, also asked of the server), name and group membership
    // (applied here, over every agent: the rest of the list is loaded first). `groupId` empty:
    // any agent; kNoGroup: the agents in no group.
    static constexpr QStringView kNoGroup = u"#none";
    void setFilters(const QString& email, const QString& name, const QString& groupId);
    QString groupFilter() const;
    bool isLoadingForFilter() const;
    // Saved views: the filters under a name, per connection (server and project), kept in the
    // settings across sessions. applyView() returns false for a name that is not saved.
    QStringList savedViewNames() const;
    void saveView(const QString& name);
    bool applyView(const QString& name);
    void deleteView(const QString& name);
    // Selects every agent the filters match, loading the rest of the list first when needed;
    // the bulk actions (Change groups…, Remove, Delete, Copy emails) then apply to all of them
    // and say how many in their confirmation.
    void selectAllMatching();
    bool isSelectingAllMatching() const { return m_selectAllWhenLoaded; }
    // Bulk changes on the selection: open a window-modal SelectionJobDialog (deleted on close)
    // and return it; the page refreshes when its job finishes. Removing asks Confirm::ask
    // first and returns nullptr when declined or nothing is selected.
    SelectionJobDialog* changeGroupsOfSelected();
    SelectionJobDialog* removeSelectedFromProject();
    // A non-modal import dialog (deleted on close) with "Create agents" preselected.
    ImportDialog* importCsv();
    // Bulk editors (non-modal, deleted on close); the page refreshes when one has sent rows.
    BulkEditorDialog* openBulkEditor(Bulk::Operation op);
    // A groups editor seeded with the selected agents and the groups each is in now; nullptr
    // when nothing is selected.
    BulkEditorDialog* editGroupsInBulk();
    // The groups of the agent in the detail pane (empty until they are read).
    QStringList detailGroups() const;
    bool isLoadingGroups() const;
    ViewOverlay* overlay() const { return m_overlay; }

public Q_SLOTS:
    void newAgent();
    void copySelectedEmails();
    void exportCsvAs(ExportScope scope = ExportScope::AllMatching);

Q_SIGNALS:
    void exportFinished(bool ok, const QString& message);
    void selectionJobFinished(int succeeded, int failed);
    void deleteFinished(int deleted, bool ok);
    void detailsShown(const QString& agentId);

protected:
    void retranslateUi() override;

private:
    void onFilterEdited(const QString& text);
    void applyServerFilter();
    void applyLocalFilters();
    void loadAllForFilters();
    void fillGroupFilter();
    void fillViews();
    QString viewsKey() const;
    void askToSaveView();
    void onLoadError(const ApiError& error);
    void showDetails();
    void fillDetails(const AgentResponse& agent);
    void clearDetails();
    void showGroupsOfDetail();
    void deleteNext();
    void updateStatus();
    void updateActions();
    void setMessage(const QString& message);
    SelectionJobDialog* openSelectionJob(Bulk::Operation operation, const QList<int>& rows, bool startNow);
    void fetchNextExportPage();
    void writeExport(
        const QString& path, const AgentStore& store, const QList<int>& rows, const QString& message);

    AgentListModel* m_model;
    AgentSortProxy* m_proxy;
    QLineEdit* m_filter;
    QLineEdit* m_nameFilter;
    QComboBox* m_groupFilter;
    QString m_groupFilterId; // what the group filter asks for, also while the groups load
    QComboBox* m_viewCombo;
    QToolButton* m_viewButton;
    QAction* m_saveViewAction;
    QAction* m_deleteViewAction;
    QPushButton* m_selectMatchingButton;
    bool m_selectAllWhenLoaded = false;
    QTimer* m_filterTimer;
    QPushButton* m_newButton;
    QPushButton* m_deleteButton;
    QPushButton* m_copyButton;
    QPushButton* m_exportButton;
    QAction* m_exportAllAction;
    QAction* m_exportLoadedAction;
    QPushButton* m_stopButton; // cancels an export or the loading for a sort
    QPushButton* m_groupsButton;
    QPushButton* m_removeButton;
    QPushButton* m_importButton;
    QPushButton* m_bulkEditButton;
    QPushButton* m_bulkGroupsButton;
    QLabel* m_status;
    QTableView* m_view;
    ViewOverlay* m_overlay = nullptr;
    QSplitter* m_splitter;
    QGroupBox* m_detailBox;
    QLabel* m_detailState;
    QLabel* m_idCaption;
    QLabel* m_idValue;
    QLabel* m_groupsCaption;
    QLabel* m_groupsValue;
    GroupMemberships* m_memberships; // who is in which group, for the detail pane
    QLabel* m_nameCaption;
    QLabel* m_nameValue;
    QLabel* m_firstCaption;
    QLabel* m_firstValue;
    QLabel* m_lastCaption;
    QLabel* m_lastValue;
    QLabel* m_emailCaption;
    QLabel* m_emailValue;
    QPointer<ApiReply> m_detailReply;
    QString m_detailId;
    QString m_message; // the last action's outcome, shown after the counts
    QStringList m_deleteQueue; // emails still to delete
    int m_deleted = 0;
    bool m_activated = false;
    bool m_exporting = false;
    // An export that fetches every matching agent: pages land in a store of its own.
    struct ExportFetch {
        QString path;
        QString filter;
        std::shared_ptr<AgentStore> store;
        QPointer<ApiReply> reply;
    };
    std::optional<ExportFetch> m_exportFetch;
};

} // namespace Alli
