#pragma once
// Bulk changes to agents selected in the agents table, through the same engine as the CSV
// import: "Change groups…" (the user picks permission groups from the project's list) and
// "Remove from project" (confirmed by the page before). Shows progress, Cancel, and the
// per-row results. Every job is journalled like an import (columns email, and groups for
// "Change groups…"), so it is listed on the History page with its counts and report.
// The public slots are the testable API: tests call them instead of clicking.

#include "bulktypes.h"

#include "apitypes.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Alli
{

class AlliClient;
class BulkResultsFilterProxy;
class BulkResultsModel;
class BulkRunPanel;
class ErrorBanner;
class GroupMemberships;

namespace Bulk
{
    class BulkRun;
}

class SelectionJobDialog : public QDialog
{
    Q_OBJECT
public:
    struct Member {
        QString email;
        QString displayName;
    };

    // `op` is UpdateMemberGroups (the dialog first lists the groups to choose from) or
    // RemoveMembers (call start() to send at once).
    SelectionJobDialog(
        AlliClient* client, Bulk::Operation op, const QList<Member>& members, QWidget* parent = nullptr);
    ~SelectionJobDialog() override;

    // One row per member: {email} or {email, groups} as MemberMetadata JSON, keyed by email;
    // `groupsPerMember` (for a groups change) holds each member's complete new list of groups.
    static QList<Bulk::PreparedRow> prepareRows(
        Bulk::Operation op, const QList<Member>& members, const QList<QStringList>& groupsPerMember = {});

    // What a groups change does to one member: the groups gained and lost (names).
    struct GroupChange {
        QStringList added;
        QStringList removed;
        QStringList after; // the complete new list, in the server's order
        bool losesAdmin = false;
    };
    // The change of every selected member whose groups change, by email (lower case), from the
    // check boxes: checked = every member has it, unchecked = nobody, partly checked = as now.
    QHash<QString, GroupChange> groupChanges() const;
    // The members' current groups are known (the groups' member lists are loaded).
    bool hasCurrentGroups() const { return m_membershipsLoaded; }
    Qt::CheckState groupCheckState(const QString& name) const;
    QString changesText() const;

    Bulk::Operation operation() const { return m_operation; }
    const QList<Member>& members() const { return m_members; }
    bool isLoadingGroups() const;
    QStringList availableGroups() const; // names, in the server's order
    QStringList selectedGroups() const;
    // Set at once by start(); it sends once the job is in the journal (a worker writes it).
    Bulk::BulkRun* job() const { return m_job; }
    bool isPreparingJob() const;
    // The journal's id for the job; -1 before it is journalled or when it could not be.
    qint64 journalJobId() const;
    // The journal the job is written to (default: the import dialog's, shared with the CLI);
    // empty: not journalled. Set before start().
    void setJournalPath(const QString& path) { m_journalPath = path; }
    QString journalPath() const { return m_journalPath; }
    // Header of the journalled job: "email", plus "groups" for a groups change.
    static QStringList journalHeader(Bulk::Operation op);
    BulkResultsModel* resultsModel() const;
    BulkResultsFilterProxy* resultsProxy() const;
    QString progressText() const;

public Q_SLOTS:
    // Checks exactly these groups for every member and unchecks the others (names not in the
    // list are ignored): the members end with exactly these groups.
    void setSelectedGroups(const QStringList& names);
    void setGroupCheckState(const QString& name, Qt::CheckState state);
    // Sends the rows. False when already started or, for groups, none is checked.
    bool start();
    void cancelSending();
    // A new run with the rows that failed for a reason a retry can fix, or are unknown.
    bool retryFailedRows();
    void reject() override;

Q_SIGNALS:
    void groupsLoaded(bool ok);
    // The job finished (also after a cancel): the server's data changed.
    void jobFinished(const Bulk::Counts& counts);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fetchGroups();
    void onMembershipsLoaded(bool ok);
    void showGroups();
    void onGroupsChanged();
    void updateButtons();
    void onFinished();
    void startRun(Bulk::BulkRun* run);

    AlliClient* m_client;
    Bulk::Operation m_operation;
    QList<Member> m_members;
    bool m_groupsLoaded = false;
    QList<PermissionGroupResponse> m_groups;
    bool m_membershipsLoaded = false;
    bool m_membershipsFailed = false;
    QPointer<Bulk::BulkRun> m_job;
    bool m_closeWhenFinished = false;
    QString m_journalPath;

    ErrorBanner* m_banner;
    GroupMemberships* m_memberships; // the groups and who is in each
    QLabel* m_intro;
    QStackedWidget* m_stack;
    // Choosing groups
    QLabel* m_groupsLabel;
    QListWidget* m_groupList;
    QLabel* m_groupsState;
    QLabel* m_changesLabel;
    QPlainTextEdit* m_changes;
    QLabel* m_adminWarning;
    // Sending: progress, results, report and retry
    BulkRunPanel* m_panel;
    // Buttons
    QPushButton* m_startButton;
    QPushButton* m_cancelButton;
    QPushButton* m_closeButton;
};

} // namespace Alli
