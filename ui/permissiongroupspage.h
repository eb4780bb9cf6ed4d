#pragma once
// Permission groups: the list (server-side search, member count, admin/default badges, order),
// the selected group's members and its permission matrix. Rename in place (F2), Apply with a
// diff confirmation, Delete with the member count, and "New group".

#include "consolepage.h"

#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace Alli
{

class ApiReply;
class GroupMembersModel;
class BulkEditorDialog;
class GroupPermissionsDialog;
class NewGroupDialog;
class PagedFetchBase;
class PermissionGroupModel;
class PermissionMatrixModel;
class ViewOverlay;
struct PermissionGroupDetailResponse;
struct PermissionGroupResponse;

class PermissionGroupsPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit PermissionGroupsPage(AlliClient* client, QWidget* parent = nullptr);
    ~PermissionGroupsPage() override;

    QString pageId() const override { return QStringLiteral("groups"); }
    QString title() const override { return tr("Permission groups"); }
    QString iconName() const override { return QStringLiteral("security-high"); }

    void activate() override;
    void refresh() override;
    DataAreas dataAreas() const override { return DataArea::Groups; }
    void focusFilter() override;
    void deleteSelected() override;

    // The actions behind the buttons, for keyboard shortcuts and tests.
    void renameSelected(); // opens the in-place editor of the name
    void applyPermissions(); // asks with the diff, then sends the checked set
    void revertPermissions();
    NewGroupDialog* newGroup(); // opens the dialog (window-modal, no nested event loop)
    // The permissions of several groups in one grid (non-modal, deleted on close).
    GroupPermissionsDialog* editSeveralGroups();
    // The groups editor seeded with the selected members (or all of them), each with the groups
    // it is in now; nullptr when the group has no member shown.
    BulkEditorDialog* editGroupsOfMembers();
    // The members shown, in the order shown, as a workbook or CSV file (by the extension), written
    // on a worker; membersExported() says how it went.
    void exportMembers(const QString& path);
    // What a change (or the deletion) of an administrators' or default group risks; empty for others.
    static QString warningFor(const PermissionGroupResponse& group, bool deleting);
    void selectGroup(const QString& id);
    // {"group": id} selects that group; {"withoutMembers": true} lists only groups without members.
    void showFiltered(const QVariantMap& filter) override;
    bool showsOnlyGroupsWithoutMembers() const;
    ViewOverlay* listOverlay() const { return m_listOverlay; }

    PermissionGroupModel* groupModel() const { return m_groups; }
    PermissionMatrixModel* matrixModel() const { return m_matrix; }
    GroupMembersModel* membersModel() const { return m_members; }
    QString currentGroupId() const { return m_currentId; }
    QString currentGroupName() const;
    bool isLoading() const;
    bool isMembersLoading() const;

Q_SIGNALS:
    void groupsLoaded();
    void membersLoaded();
    void membersExported(bool ok, const QString& message);

protected:
    void retranslateUi() override;

private:
    void load();
    void loadMembers();
    void onCurrentChanged();
    void showGroup(const PermissionGroupResponse* group);
    void onRenameRequested(const QString& id, const QString& newName, const QString& oldName);
    void sendRename(const QString& id, const QString& newName, const QString& oldName);
    void sendPermissions(const QString& id, const QStringList& permissions);
    void deleteGroup(const QString& id);
    void onGroupCreated(const PermissionGroupDetailResponse& detail);
    void onMatrixChanged();
    void updateStates();
    void renderNote();
    const PermissionGroupResponse* currentGroup() const;

    PermissionGroupModel* m_groups;
    QSortFilterProxyModel* m_groupsProxy;
    GroupMembersModel* m_members;
    QSortFilterProxyModel* m_membersProxy;
    PermissionMatrixModel* m_matrix;

    QLineEdit* m_search;
    QTimer* m_searchDebounce;
    QPushButton* m_newButton;
    QPushButton* m_severalButton;
    QPushButton* m_renameButton;
    QPushButton* m_deleteButton;
    QLabel* m_listStatus;
    QTableView* m_list;
    QStackedWidget* m_detailStack;
    QLabel* m_placeholder;
    QLabel* m_detailTitle;
    QLabel* m_detailWarning;
    QLabel* m_membersCaption;
    QTableView* m_membersView;
    QPushButton* m_editMembersButton;
    QPushButton* m_exportMembersButton;
    bool m_exportingMembers = false;
    QLabel* m_matrixCaption;
    QTreeView* m_matrixView;
    QLabel* m_matrixNote;
    QCheckBox* m_followCheck = nullptr;
    QCheckBox* m_emptyOnlyCheck = nullptr;
    ViewOverlay* m_listOverlay = nullptr;
    QPushButton* m_applyButton;
    QPushButton* m_revertButton;

    // The last automatic change of the matrix, kept as data so it can be re-rendered in a new language.
    enum class Note { None, DependenciesAdded, DependentsRemoved, Saved };

    QPointer<PagedFetchBase> m_fetch;
    QPointer<ApiReply> m_membersReply;
    QPointer<ApiReply> m_applyReply;
    QString m_currentId; // the group the user selected (kept across reloads)
    QString m_shownId; // the group whose members and matrix are shown
    QString m_loadedSearch;
    Note m_note = Note::None;
    QString m_notePermission;
    QStringList m_noteList;
    bool m_loadedOnce = false;
    bool m_listFailed = false;
    bool m_membersFailed = false;
};

} // namespace Alli
