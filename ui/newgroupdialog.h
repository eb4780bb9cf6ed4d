#pragma once
// "New permission group": a name, the permission matrix, and members picked from an agent list
// that the server searches by email. The dialog sends the create call itself and closes only when
// the server created the group, so a refused name keeps what the user entered.

#include "apitypes.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace Alli
{

class AlliClient;
class ApiReply;
class ErrorBanner;
class PermissionMatrixModel;

// Settings key: whether the permission matrices check what each permission needs (the guessed
// dependency graph). The groups page has the check box; the new-group dialog follows it.
inline constexpr char kFollowDependenciesKey[] = "permissions/followDependencies";

class NewGroupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewGroupDialog(AlliClient* client, QWidget* parent = nullptr);
    ~NewGroupDialog() override;

    void setName(const QString& name);
    QString name() const;
    PermissionMatrixModel* matrix() const { return m_matrix; }
    ErrorBanner* banner() const { return m_banner; }

    // Asks the server for agents whose email contains `emailPart` (no debounce).
    void searchAgents(const QString& emailPart);
    bool isSearching() const { return m_searchReply != nullptr; }
    QList<AgentResponse> searchResults() const { return m_results; }
    void addMember(const AgentResponse& agent);
    void removeMember(const QString& agentId);
    QStringList memberIds() const { return m_selected.keys(); }

    CreatePermissionGroupRequest request() const;
    bool isSubmitting() const { return m_submitReply != nullptr; }

    // How the member picker lists an agent: "김민준 <minjun@example.com>" (family name first for
    // Korean and Japanese names, as everywhere else).
    static QString agentText(const AgentResponse& agent);

public Q_SLOTS:
    // Sends the create call; the dialog closes when the group exists.
    void accept() override;

Q_SIGNALS:
    void groupCreated(const Alli::PermissionGroupDetailResponse& group);
    void searchFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onResultChanged();
    void rebuildSelectedList();
    void updateStates();

    AlliClient* m_client;
    ErrorBanner* m_banner;
    PermissionMatrixModel* m_matrix;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_permissionsLabel;
    QTreeView* m_matrixView;
    QLabel* m_membersLabel;
    QLineEdit* m_search;
    QTimer* m_searchDebounce;
    QStandardItemModel* m_resultsModel;
    QListView* m_resultsView;
    QLabel* m_searchStatus;
    QLabel* m_selectedLabel;
    QListWidget* m_selectedList;
    QPushButton* m_removeButton;
    QDialogButtonBox* m_buttons;

    QList<AgentResponse> m_results;
    QMap<QString, AgentResponse> m_selected; // id -> agent
    QPointer<ApiReply> m_searchReply;
    QPointer<ApiReply> m_submitReply;
    QString m_searchedText;
    bool m_searchFailed = false;
    bool m_syncing = false;
};

} // namespace Alli
