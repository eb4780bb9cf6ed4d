#pragma once
// The first page: which project and server are live, a connection test that explains its
// outcome in words, and the dashboard: counts of agents, groups and tools, members per group,
// the permission coverage of each group, groups without members, the administrators, the last
// bulk jobs and this session's errors. Every tile opens the page behind it, already filtered.
// It loads progressively (the agents are counted page by page) and never blocks.

#include "consolepage.h"

#include "journal.h"

#include <QPointer>

class QLabel;
class QPushButton;

namespace Alli
{

class ApiError;
class ApiReply;
class BarChart;
class DashboardTile;
class GroupStatsModel;
class HeatMap;
class PagedFetchBase;
struct ActivityRecord;
struct SessionInfo;

class OverviewPage : public ConsolePage
{
    Q_OBJECT
public:
    OverviewPage(AlliClient* client, const SessionInfo& session, QWidget* parent = nullptr);
    ~OverviewPage() override;

    QString pageId() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    QString iconName() const override { return QStringLiteral("go-home"); }
    void activate() override; // loads the dashboard the first time
    void refresh() override; // F5: everything again
    DataAreas dataAreas() const override { return DataArea::Agents | DataArea::Groups | DataArea::Tools; }

    void testConnection();

    // For tests and the screenshot tool.
    bool isLoading() const;
    GroupStatsModel* groupStats() const { return m_stats; }
    int agentCount() const { return m_agents; } // -1 until counted
    int adminCount() const { return m_admins; } // -1 until known
    int errorCount() const { return m_errors; }
    QList<Bulk::JobSummary> recentJobs() const { return m_jobs; }

Q_SIGNALS:
    void dashboardLoaded(); // every part has answered (or failed)

protected:
    void retranslateUi() override;

private:
    void loadDashboard();
    void countAgents();
    void loadGroups();
    void countAdmins();
    void countTools();
    void readJobs();
    void onActivity(const ActivityRecord& record);
    void partDone();
    void showLoadError(const ApiError& error);
    void renderTiles();
    DashboardTile* addTile(const QString& objectName, const QString& icon);

    const SessionInfo& m_session;
    QLabel* m_title;
    QLabel* m_serverCaption;
    QLabel* m_serverValue;
    QLabel* m_authCaption;
    QLabel* m_authValue;
    QLabel* m_demoNote;
    QPushButton* m_testButton;
    QLabel* m_testResult;
    bool m_testPassed = false;

    DashboardTile* m_agentsTile = nullptr;
    DashboardTile* m_groupsTile = nullptr;
    DashboardTile* m_toolsTile = nullptr;
    DashboardTile* m_adminsTile = nullptr;
    DashboardTile* m_emptyGroupsTile = nullptr;
    DashboardTile* m_errorsTile = nullptr;
    DashboardTile* m_jobsTile = nullptr;
    QLabel* m_membersCaption;
    QLabel* m_coverageCaption;
    BarChart* m_membersChart;
    HeatMap* m_coverageMap;
    GroupStatsModel* m_stats;

    bool m_loadedOnce = false;
    int m_pendingParts = 0;
    quint64 m_generation = 0;
    QPointer<PagedFetchBase> m_agentFetch;
    QPointer<PagedFetchBase> m_groupFetch;
    QList<QPointer<ApiReply>> m_replies;
    int m_agents = -1;
    bool m_agentsCounting = false;
    QString m_agentsError;
    int m_groups = -1;
    QString m_groupsError;
    int m_admins = -1;
    QString m_adminGroupId;
    int m_singleTools = -1;
    int m_agentTools = -1;
    QString m_toolsError;
    QList<Bulk::JobSummary> m_jobs;
    bool m_jobsRead = false;
    int m_errors = 0;
    QString m_lastErrorOperation;
    int m_lastErrorStatus = 0;
};

} // namespace Alli
