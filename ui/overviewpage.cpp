#include "overviewpage.h"
#include "datetext.h"

#include "activitylogmodel.h"
#include "alliclient.h"
#include "bulkrun.h"
#include "dashboardwidgets.h"
#include "errorbanner.h"
#include "groupstatsmodel.h"
#include "icons.h"
#include "importdialog.h"
#include "pager.h"
#include "sessioninfo.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{

    constexpr int kRecentJobs = 3;
    constexpr int kChartGroups = 10;

    QString number(int n)
    {
        return QLocale().toString(n);
    }

    QLabel* sectionCaption()
    {
        auto* label = new QLabel;
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        return label;
    }

} // namespace

OverviewPage::OverviewPage(AlliClient* client, const SessionInfo& session, QWidget* parent)
    : ConsolePage(client, parent)
    , m_session(session)
    , m_title(new QLabel)
    , m_serverCaption(new QLabel)
    , m_serverValue(new QLabel)
    , m_authCaption(new QLabel)
    , m_authValue(new QLabel)
    , m_demoNote(new QLabel)
    , m_testButton(new QPushButton)
    , m_testResult(new QLabel)
    , m_membersCaption(sectionCaption())
    , m_coverageCaption(sectionCaption())
    , m_membersChart(new BarChart)
    , m_coverageMap(new HeatMap)
    , m_stats(new GroupStatsModel(this))
{
    setObjectName(u"overviewPage"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_serverValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_authValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoNote->setWordWrap(true);
    m_demoNote->setVisible(m_session.isDemo);
    m_testButton->setObjectName(u"testConnection"_s);
    m_testButton->setIcon(Icons::icon(u"network-connect"_s));
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    connect(m_testButton, &QPushButton::clicked, this, &OverviewPage::testConnection);
    connect(client, &AlliClient::activityRecorded, this, &OverviewPage::onActivity);

    auto* form = new QFormLayout;
    form->addRow(m_serverCaption, m_serverValue);
    form->addRow(m_authCaption, m_authValue);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_demoNote);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);

    // The tiles: four to a row, the recent jobs two wide.
    auto* tiles = new QGridLayout;
    tiles->setSpacing(10);
    m_agentsTile = addTile(u"agentsTile"_s, u"system-users"_s);
    m_groupsTile = addTile(u"groupsTile"_s, u"security-high"_s);
    m_toolsTile = addTile(u"toolsTile"_s, u"applications-utilities"_s);
    m_adminsTile = addTile(u"adminsTile"_s, u"dialog-password"_s);
    m_emptyGroupsTile = addTile(u"emptyGroupsTile"_s, u"list-remove"_s);
    m_errorsTile = addTile(u"errorsTile"_s, u"dialog-warning"_s);
    m_jobsTile = addTile(u"jobsTile"_s, u"document-open-recent"_s);
    tiles->addWidget(m_agentsTile, 0, 0);
    tiles->addWidget(m_groupsTile, 0, 1);
    tiles->addWidget(m_toolsTile, 0, 2);
    tiles->addWidget(m_adminsTile, 0, 3);
    tiles->addWidget(m_emptyGroupsTile, 1, 0);
    tiles->addWidget(m_errorsTile, 1, 1);
    tiles->addWidget(m_jobsTile, 1, 2, 1, 2);
    for (int c = 0; c < 4; ++c)
        tiles->setColumnStretch(c, 1);
    layout->addSpacing(6);
    layout->addLayout(tiles);

    const auto go = [this](const QString& page, const QVariantMap& filter = {}) {
        emit navigationRequested(page, filter);
    };
    connect(m_agentsTile, &QAbstractButton::clicked, this, [go] { go(u"agents"_s); });
    connect(m_groupsTile, &QAbstractButton::clicked, this, [go] { go(u"groups"_s); });
    connect(m_toolsTile, &QAbstractButton::clicked, this, [go] { go(u"tools"_s); });
    connect(m_adminsTile, &QAbstractButton::clicked, this, [this, go] {
        go(u"groups"_s,
            m_adminGroupId.isEmpty() ? QVariantMap {} : QVariantMap { { u"group"_s, m_adminGroupId } });
    });
    connect(m_emptyGroupsTile, &QAbstractButton::clicked, this, [go] {
        go(u"groups"_s, { { u"withoutMembers"_s, true } });
    });
    connect(m_errorsTile, &QAbstractButton::clicked, this, [go] {
        go(u"activity"_s, { { u"errorsOnly"_s, true } });
    });
    connect(m_jobsTile, &QAbstractButton::clicked, this, [this, go] {
        go(u"history"_s, m_jobs.isEmpty() ? QVariantMap {} : QVariantMap { { u"job"_s, m_jobs.first().id } });
    });

    m_membersChart->setObjectName(u"membersChart"_s);
    m_membersChart->setModel(m_stats);
    m_membersChart->setColumns(int(GroupStatsModel::Column::Name), int(GroupStatsModel::Column::Members));
    m_membersChart->setMaxBars(kChartGroups);
    m_coverageMap->setObjectName(u"coverageMap"_s);
    m_coverageMap->setModel(m_stats);
    m_coverageMap->setColumns(int(GroupStatsModel::Column::Name), int(GroupStatsModel::Column::FirstCategory),
        GroupStatsModel::CoverageRole);
    m_coverageMap->setMaxRows(kChartGroups);
    const auto openGroup = [go, this](const QModelIndex& index) {
        go(u"groups"_s,
            { { u"group"_s, m_stats->index(index.row(), 0).data(GroupStatsModel::GroupIdRole) } });
    };
    connect(m_membersChart, &ModelChart::activated, this, openGroup);
    connect(m_coverageMap, &ModelChart::activated, this, openGroup);
    m_membersCaption->setBuddy(m_membersChart);
    m_coverageCaption->setBuddy(m_coverageMap);

    auto* charts = new QHBoxLayout;
    auto* membersColumn = new QVBoxLayout;
    membersColumn->addWidget(m_membersCaption);
    membersColumn->addWidget(m_membersChart);
    membersColumn->addStretch();
    auto* coverageColumn = new QVBoxLayout;
    coverageColumn->addWidget(m_coverageCaption);
    coverageColumn->addWidget(m_coverageMap);
    coverageColumn->addStretch();
    charts->addLayout(membersColumn, 2);
    charts->addSpacing(16);
    charts->addLayout(coverageColumn, 3);
    layout->addSpacing(10);
    layout->addLayout(charts);
    layout->addStretch();

    setTabOrder(m_testButton, m_agentsTile);
    setTabOrder(m_agentsTile, m_groupsTile);
    setTabOrder(m_groupsTile, m_toolsTile);
    setTabOrder(m_toolsTile, m_adminsTile);
    setTabOrder(m_adminsTile, m_emptyGroupsTile);
    setTabOrder(m_emptyGroupsTile, m_errorsTile);
    setTabOrder(m_errorsTile, m_jobsTile);
    setTabOrder(m_jobsTile, m_membersChart);
    setTabOrder(m_membersChart, m_coverageMap);
    retranslateUi();
}

OverviewPage::~OverviewPage()
{
    ++m_generation;
}

DashboardTile* OverviewPage::addTile(const QString& objectName, const QString& icon)
{
    auto* tile = new DashboardTile;
    tile->setObjectName(objectName);
    tile->setIconName(icon);
    return tile;
}

void OverviewPage::retranslateUi()
{
    const QString server = client()->connection().baseUrl().toString();
    m_title->setText(m_session.isDemo ? tr("Demo project") : m_session.projectName);
    m_serverCaption->setText(tr("Server:"));
    m_serverValue->setText(server);
    m_authCaption->setText(tr("Authentication:"));
    const bool apiKey = client()->connection().authMethod == ConnectionSettings::AuthMethod::ApiKey;
    if (m_session.isDemo)
        m_authValue->setText(tr("API key %1 (public demo key)").arg(m_session.demoApiKey));
    else
        m_authValue->setText(apiKey ? tr("API key (not shown)") : tr("Bearer token (not shown)"));
    m_demoNote->setText(tr("This is the embedded demo backend: an in-memory project on this computer with "
                           "sample agents, users, permission groups, tools and OAuth2 settings. Nothing "
                           "you change here reaches a real Alli project."));
    m_testButton->setText(tr("Test connection"));
    if (m_testPassed)
        m_testResult->setText(tr("Connected. The credentials are accepted and the project answers."));
    m_membersCaption->setText(tr("&Members per group"));
    m_coverageCaption->setText(tr("Permission &coverage (share of each category a group has)"));
    m_membersChart->setAccessibleName(tr("Members per group"));
    m_coverageMap->setAccessibleName(tr("Permission coverage"));
    m_stats->retranslate();
    renderTiles();
}

void OverviewPage::activate()
{
    if (!m_loadedOnce)
        loadDashboard();
}

void OverviewPage::refresh()
{
    loadDashboard();
}

bool OverviewPage::isLoading() const
{
    return m_pendingParts > 0;
}

void OverviewPage::loadDashboard()
{
    // Again from the start: answers of an earlier load are dropped.
    ++m_generation;
    if (m_agentFetch)
        m_agentFetch->cancel();
    if (m_groupFetch)
        m_groupFetch->cancel();
    for (const QPointer<ApiReply>& reply : std::as_const(m_replies)) {
        if (reply)
            reply->cancel();
    }
    m_replies.clear();
    m_loadedOnce = true;
    banner()->clear();
    m_agents = m_groups = m_admins = m_singleTools = m_agentTools = -1;
    m_agentsError.clear();
    m_groupsError.clear();
    m_toolsError.clear();
    m_adminGroupId.clear();
    m_jobsRead = false;
    m_stats->setGroups({});
    m_pendingParts = 4; // agents, groups (with the administrators), tools, jobs
    renderTiles();
    countAgents();
    loadGroups();
    countTools();
    readJobs();
}

void OverviewPage::showLoadError(const ApiError& error)
{
    // The tiles say what failed; the banner offers the next step once (a failed connection test
    // keeps its own banner and its own Retry).
    if (error.kind() != ApiError::Kind::Cancelled && !banner()->isShowingError())
        banner()->showError(error, [this] { refresh(); });
}

void OverviewPage::partDone()
{
    if (--m_pendingParts == 0)
        emit dashboardLoaded();
    renderTiles();
}

void OverviewPage::countAgents()
{
    // Page by page, keeping only the count: a project of a million agents shows its total growing.
    AlliClient* api = client();
    auto* fetch = new PagedFetch<AgentResponse>(
        [api](int offset, int limit) { return api->listAgents(offset, limit); }, kListPageLimit, -1, this);
    fetch->setKeepItems(false);
    m_agentFetch = fetch;
    m_agentsCounting = true;
    const quint64 generation = m_generation;
    connect(fetch, &PagedFetchBase::pageReceived, this, [this, fetch, generation] {
        if (generation != m_generation)
            return;
        m_agents = fetch->itemCount();
        renderTiles();
    });
    connect(fetch, &PagedFetchBase::finished, this, [this, fetch, generation] {
        fetch->deleteLater();
        if (generation != m_generation)
            return;
        m_agentsCounting = false;
        if (fetch->error().isError()) {
            m_agents = -1;
            m_agentsError = fetch->error().message();
            showLoadError(fetch->error());
        } else {
            m_agents = fetch->itemCount();
        }
        partDone();
    });
    fetch->start();
}

void OverviewPage::loadGroups()
{
    AlliClient* api = client();
    auto* fetch = new PagedFetch<PermissionGroupResponse>(
        [api](int offset, int limit) { return api->listPermissionGroups({}, offset, limit); }, kListPageLimit,
        -1, this);
    m_groupFetch = fetch;
    const quint64 generation = m_generation;
    connect(fetch, &PagedFetchBase::finished, this, [this, fetch, generation] {
        fetch->deleteLater();
        if (generation != m_generation)
            return;
        if (fetch->error().isError()) {
            m_groupsError = fetch->error().message();
            showLoadError(fetch->error());
            partDone();
            return;
        }
        m_groups = int(fetch->items().size());
        m_stats->setGroups(fetch->items());
        countAdmins();
    });
    fetch->start();
}

void OverviewPage::countAdmins()
{
    // An agent in two administrators' groups is one administrator: their member lists are merged.
    QStringList adminGroups;
    for (int row = 0; row < m_stats->rowCount(); ++row) {
        if (m_stats->groupAt(row).isAdmin)
            adminGroups.append(m_stats->groupAt(row).id);
    }
    m_adminGroupId = adminGroups.value(0);
    if (adminGroups.isEmpty()) {
        m_admins = 0;
        partDone();
        return;
    }
    auto emails = std::make_shared<QSet<QString>>();
    auto pending = std::make_shared<int>(int(adminGroups.size()));
    const quint64 generation = m_generation;
    for (const QString& id : std::as_const(adminGroups)) {
        auto* reply = client()->listPermissionGroupAgents(id);
        m_replies.append(reply);
        connect(reply, &ApiReply::finished, this, [this, reply, generation, emails, pending] {
            if (generation != m_generation || *pending <= 0)
                return;
            if (!reply->ok()) {
                *pending = 0;
                m_admins = -1;
                partDone();
                return;
            }
            for (const AgentResponse& agent : reply->value())
                emails->insert(agent.email.toLower());
            if (--*pending == 0) {
                m_admins = int(emails->size());
                partDone();
            }
        });
    }
}

void OverviewPage::countTools()
{
    const quint64 generation = m_generation;
    auto* single = client()->listSingleActionAppTools();
    auto* agent = client()->listAgentTools();
    m_replies.append(single);
    m_replies.append(agent);
    auto pending = std::make_shared<int>(2);
    const auto done = [this, pending] {
        if (--*pending == 0)
            partDone();
        else
            renderTiles();
    };
    connect(single, &ApiReply::finished, this, [this, single, generation, done] {
        if (generation != m_generation)
            return;
        if (single->ok())
            m_singleTools = int(single->value().size());
        else
            m_toolsError = single->error().message();
        done();
    });
    connect(agent, &ApiReply::finished, this, [this, agent, generation, done] {
        if (generation != m_generation)
            return;
        if (agent->ok())
            m_agentTools = int(agent->value().size());
        else
            m_toolsError = agent->error().message();
        done();
    });
}

void OverviewPage::readJobs()
{
    const QString path = ImportDialog::journalPath();
    const quint64 generation = m_generation;
    if (!QFileInfo::exists(path)) { // no job ever ran on this computer: nothing to create
        m_jobs.clear();
        m_jobsRead = true;
        partDone();
        return;
    }
    const QString server = Bulk::BulkRun::serverLabel(client());
    Bulk::runWithJournal<QList<Bulk::JobSummary>>(
        this, path, {},
        [server](Bulk::JobJournal& journal) {
            QList<Bulk::JobSummary> mine;
            const QList<Bulk::JobSummary> all = journal.jobs(); // newest first
            for (const Bulk::JobSummary& job : all) {
                if (job.connectionLabel == server && mine.size() < kRecentJobs)
                    mine.append(job);
            }
            return mine;
        },
        [this, generation](const QList<Bulk::JobSummary>& jobs) {
            if (generation != m_generation)
                return;
            m_jobs = jobs;
            m_jobsRead = true;
            partDone();
        });
}

void OverviewPage::onActivity(const ActivityRecord& record)
{
    if (record.succeeded() || ActivityLogModel::isLookupAnswer(record)
        || record.error.kind() == ApiError::Kind::Cancelled)
        return;
    ++m_errors;
    m_lastErrorOperation = record.operationId;
    m_lastErrorStatus = record.httpStatus;
    renderTiles();
}

void OverviewPage::renderTiles()
{
    if (!m_agentsTile)
        return;
    const QString loading = tr("Loading…");
    const QString unknown = u"—"_s;

    m_agentsTile->setCaption(tr("Agents"));
    if (m_agents >= 0 && m_agentsCounting) {
        m_agentsTile->setValue(number(m_agents) + u'…');
        m_agentsTile->setDetail(tr("Counting, page by page…"));
    } else if (m_agents >= 0) {
        m_agentsTile->setValue(number(m_agents));
        m_agentsTile->setDetail(tr("Members of this project"));
    } else {
        m_agentsTile->setValue(m_agentsCounting ? u"…"_s : unknown);
        m_agentsTile->setDetail(m_agentsCounting ? loading : m_agentsError);
    }

    const bool groupsKnown = m_groups >= 0;
    const bool groupsLoading = !groupsKnown && m_groupsError.isEmpty() && m_loadedOnce;
    m_groupsTile->setCaption(tr("Permission groups"));
    m_groupsTile->setValue(groupsKnown ? number(m_groups) : (groupsLoading ? u"…"_s : unknown));
    m_groupsTile->setDetail(groupsKnown ? tr("Largest: %n member(s)", nullptr, m_stats->maxMembers())
                                        : (groupsLoading ? loading : m_groupsError));

    m_emptyGroupsTile->setCaption(tr("Groups without members"));
    const int empty = m_stats->groupsWithoutMembers();
    m_emptyGroupsTile->setValue(groupsKnown ? number(empty) : (groupsLoading ? u"…"_s : unknown));
    m_emptyGroupsTile->setDetail(groupsKnown
            ? (empty > 0 ? tr("Open them to fill or delete them") : tr("Every group has members"))
            : (groupsLoading ? loading : m_groupsError));

    m_adminsTile->setCaption(tr("Administrators"));
    const bool adminsLoading = m_admins < 0 && m_groupsError.isEmpty() && m_pendingParts > 0;
    m_adminsTile->setValue(m_admins >= 0 ? number(m_admins) : (adminsLoading ? u"…"_s : unknown));
    m_adminsTile->setDetail(m_admins >= 0
            ? (m_adminGroupId.isEmpty() ? tr("No administrators' group")
                                        : tr("Agents in an administrators' group"))
            : (adminsLoading ? loading : tr("Could not be counted")));

    m_toolsTile->setCaption(tr("Tools"));
    const bool toolsKnown = m_singleTools >= 0 && m_agentTools >= 0;
    const bool toolsLoading = !toolsKnown && m_toolsError.isEmpty() && m_loadedOnce;
    m_toolsTile->setValue(
        toolsKnown ? number(m_singleTools + m_agentTools) : (toolsLoading ? u"…"_s : unknown));
    m_toolsTile->setDetail(toolsKnown ? tr("%1 single-action app tools, %2 agent tools")
                                            .arg(number(m_singleTools), number(m_agentTools))
                                      : (toolsLoading ? loading : m_toolsError));

    m_errorsTile->setCaption(tr("Errors this session"));
    m_errorsTile->setValue(number(m_errors));
    m_errorsTile->setTone(m_errors > 0 ? DashboardTile::Tone::Negative : DashboardTile::Tone::Normal);
    if (m_errors == 0)
        m_errorsTile->setDetail(tr("No request has failed"));
    else if (m_lastErrorStatus > 0)
        m_errorsTile->setDetail(tr("Last: %1, HTTP %2").arg(m_lastErrorOperation).arg(m_lastErrorStatus));
    else
        m_errorsTile->setDetail(tr("Last: %1, no answer").arg(m_lastErrorOperation));

    m_jobsTile->setCaption(tr("Recent bulk jobs"));
    QList<DashboardTile::Line> lines;
    for (const Bulk::JobSummary& job : std::as_const(m_jobs)) {
        const int total = job.counts.total();
        const double ratio = total > 0 ? double(job.counts.succeeded) / total : 0.0;
        //: A bulk job in the overview: "Create users, 12/01 14:03: 980 of 1,000 rows succeeded"
        lines.append({ tr("%1, %2: %3 of %n row(s) succeeded", nullptr, total)
                           .arg(Bulk::operationLabel(job.operation), shortDateTime(job.started),
                               number(job.counts.succeeded)),
            ratio });
    }
    m_jobsTile->setLines(lines);
    if (!m_jobsRead) {
        m_jobsTile->setValue(u"…"_s);
        m_jobsTile->setDetail(loading);
    } else if (m_jobs.isEmpty()) {
        m_jobsTile->setValue(unknown);
        m_jobsTile->setDetail(tr("No bulk job has run on this server yet"));
    } else {
        const Bulk::JobSummary& newest = m_jobs.first();
        const int total = newest.counts.total();
        m_jobsTile->setValue(tr("%1 %").arg(total > 0 ? qRound(100.0 * newest.counts.succeeded / total) : 0));
        m_jobsTile->setDetail(newest.finished.isValid()
                ? tr("The newest job's rows that succeeded")
                : tr("The newest job did not finish: open it to resume"));
    }

    m_membersChart->setEmptyText(groupsLoading ? loading : (groupsKnown ? tr("No groups") : m_groupsError));
    m_coverageMap->setEmptyText(groupsLoading ? loading : (groupsKnown ? tr("No groups") : m_groupsError));
}

void OverviewPage::testConnection()
{
    m_testButton->setEnabled(false);
    m_testPassed = false;
    banner()->clear();
    m_testResult->setText(tr("Testing…"));
    auto* reply = client()->listAgents(0, 1);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_testButton->setEnabled(true);
        m_testPassed = reply->ok();
        if (m_testPassed) {
            retranslateUi();
        } else {
            m_testResult->clear();
            banner()->showError(reply->error(), [this] { testConnection(); });
        }
    });
}

} // namespace Alli
