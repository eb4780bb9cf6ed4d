// The overview dashboard against the demo backend: its tiles count what the backend holds, a
// click (or the keyboard) opens the page behind a tile already filtered, the charts' model under
// QAbstractItemModelTester; the console's identity (icons on every page, the window icon, crisp
// icons at 200 %), Ctrl+1…Ctrl+8, and light/dark palettes that every tinted widget follows.

#include "activitylogmodel.h"
#include "activitypage.h"
#include "agentlistmodel.h"
#include "agentsortproxy.h"
#include "agentspage.h"
#include "bulkrun.h"
#include "dashboardwidgets.h"
#include "demofixture.h"
#include "errorbanner.h"
#include "groupstatsmodel.h"
#include "historypage.h"
#include "icons.h"
#include "importdialog.h"
#include "jobhistorymodel.h"
#include "journal.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "permissiongroupmodel.h"
#include "permissiongroupspage.h"
#include "statuscolors.h"
#include "theme.h"
#include "viewoverlay.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using namespace Alli::Testing;

namespace
{

// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel
            = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A system palette of the kind high-contrast desktop themes give (Windows' "High Contrast Black"
// and "High Contrast White", GNOME's HighContrast): pure black and white, a saturated highlight.
QPalette highContrast(bool dark)
{
    const QColor back = dark ? Qt::black : Qt::white;
    const QColor fore = dark ? Qt::white : Qt::black;
    QPalette p(fore, back);
    for (auto role : { QPalette::Base, QPalette::Window, QPalette::Button, QPalette::AlternateBase })
        p.setColor(role, back);
    for (auto role : { QPalette::Text, QPalette::WindowText, QPalette::ButtonText })
        p.setColor(role, fore);
    p.setColor(QPalette::Highlight, dark ? QColor(0x1a, 0xeb, 0xff) : QColor(0x37, 0x00, 0x6e));
    p.setColor(QPalette::HighlightedText, dark ? Qt::black : Qt::white);
    p.setColor(QPalette::PlaceholderText, dark ? QColor(0xc0, 0xc0, 0xc0) : QColor(0x40, 0x40, 0x40));
    return p;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_fixture;
    LanguageManager m_languages;

    SessionInfo demoSession() const { return SessionInfo { QString(), true, m_fixture.demo()->apiKey() }; }

    static OverviewPage* loadedOverview(MainWindow& w)
    {
        auto* overview = qobject_cast<OverviewPage*>(w.page(u"overview"_s));
        if (overview && overview->isLoading())
            QSignalSpy(overview, &OverviewPage::dashboardLoaded).wait(20000);
        return overview;
    }

    QList<PermissionGroupResponse> serverGroups()
    {
        auto reply = waitFor(m_fixture.client()->listPermissionGroups({}, 0, 100));
        return reply->ok() ? reply->value() : QList<PermissionGroupResponse> {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"AlliAdminDashboardTests"_s);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QFile::remove(ImportDialog::journalPath());
        Demo::DemoOptions options;
        options.agentCount = 250; // three pages of agents: the count grows page by page
        QVERIFY(m_fixture.start(options));
        QVERIFY(m_languages.setLanguage(u"en"_s));
    }

    void cleanup()
    {
        m_languages.setLanguage(u"en"_s);
        Theme::apply(Theme::Choice::System);
    }

    void tilesCountWhatTheServerHolds()
    {
        // A group without members, so that the tile has something to find.
        CreatePermissionGroupRequest create;
        create.name = u"Empty on purpose"_s;
        auto created = waitFor(m_fixture.client()->createPermissionGroup(create));
        QVERIFY2(created->ok(), qPrintable(created->error().message()));

        MainWindow w(m_fixture.client(), &m_languages, demoSession());
        w.show();
        OverviewPage* overview = loadedOverview(w);
        QVERIFY(overview && !overview->isLoading());
        QAbstractItemModelTester tester(
            overview->groupStats(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QList<PermissionGroupResponse> groups = serverGroups();
        QCOMPARE(overview->agentCount(), m_fixture.demo()->agentCount());
        const auto tile = [&w](const QString& name) { return w.findChild<DashboardTile*>(name); };
        QCOMPARE(tile(u"agentsTile"_s)->value(), QLocale().toString(m_fixture.demo()->agentCount()));
        QCOMPARE(tile(u"groupsTile"_s)->value(), QLocale().toString(groups.size()));
        const int empty = int(std::count_if(groups.cbegin(), groups.cend(),
            [](const PermissionGroupResponse& g) { return g.agentCount == 0; }));
        QVERIFY(empty >= 1);
        QCOMPARE(tile(u"emptyGroupsTile"_s)->value(), QLocale().toString(empty));

        // Administrators: the members of the administrators' groups, each once.
        QSet<QString> admins;
        for (const PermissionGroupResponse& g : groups) {
            if (!g.isAdmin)
                continue;
            auto members = waitFor(m_fixture.client()->listPermissionGroupAgents(g.id));
            for (const AgentResponse& a : members->value())
                admins.insert(a.email.toLower());
        }
        QVERIFY(!admins.isEmpty());
        QCOMPARE(overview->adminCount(), int(admins.size()));
        QCOMPARE(tile(u"adminsTile"_s)->value(), QLocale().toString(admins.size()));

        auto single = waitFor(m_fixture.client()->listSingleActionAppTools());
        auto agentTools = waitFor(m_fixture.client()->listAgentTools());
        QCOMPARE(tile(u"toolsTile"_s)->value(),
            QLocale().toString(single->value().size() + agentTools->value().size()));
        QVERIFY(tile(u"agentsTile"_s)->accessibleName().contains(tile(u"agentsTile"_s)->value()));

        // The model behind the charts: a row per group, a share per category.
        GroupStatsModel* stats = overview->groupStats();
        QCOMPARE(stats->rowCount(), groups.size());
        for (int row = 0; row < stats->rowCount(); ++row) {
            QCOMPARE(stats->index(row, int(GroupStatsModel::Column::Members)).data().toInt(),
                groups.at(row).agentCount);
            for (int c = 0; c < stats->categories().size(); ++c) {
                const double share = stats->coverage(row, c);
                QVERIFY(share >= 0 && share <= 1);
                if (groups.at(row).permissions.names().isEmpty())
                    QCOMPARE(share, 0.0);
            }
        }
        // Bars: the largest groups first.
        auto* chart = w.findChild<BarChart*>(u"membersChart"_s);
        const QList<int> shown = chart->shownRows();
        QVERIFY(!shown.isEmpty() && shown.size() <= chart->maxBars());
        for (int i = 1; i < shown.size(); ++i)
            QVERIFY(groups.at(shown.at(i - 1)).agentCount >= groups.at(shown.at(i)).agentCount);
        QVERIFY(chart->accessibleDescription().contains(groups.at(shown.first()).name));

        // F5 loads again and the counts follow the server.
        auto gone = waitFor(m_fixture.client()->deletePermissionGroup(created->value().id));
        QVERIFY(gone->ok());
        w.showPage(u"overview"_s);
        overview->refresh();
        QVERIFY(overview->isLoading());
        QVERIFY(QSignalSpy(overview, &OverviewPage::dashboardLoaded).wait(20000));
        QCOMPARE(tile(u"groupsTile"_s)->value(), QLocale().toString(groups.size() - 1));
    }

    void tilesOpenThePageBehindThemFiltered()
    {
        CreatePermissionGroupRequest create;
        create.name = u"Nobody here"_s;
        auto created = waitFor(m_fixture.client()->createPermissionGroup(create));
        QVERIFY(created->ok());
        const QString emptyId = created->value().id;

        MainWindow w(m_fixture.client(), &m_languages, demoSession());
        w.show();
        OverviewPage* overview = loadedOverview(w);
        QVERIFY(overview);
        auto* groupsPage = qobject_cast<PermissionGroupsPage*>(w.page(u"groups"_s));

        // Groups without members: the groups page with only them listed.
        QTest::mouseClick(w.findChild<DashboardTile*>(u"emptyGroupsTile"_s), Qt::LeftButton);
        QCOMPARE(w.currentPage(), groupsPage);
        QVERIFY(groupsPage->showsOnlyGroupsWithoutMembers());
        auto* list = groupsPage->findChild<QTableView*>(u"groupList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!groupsPage->isLoading() && list->model()->rowCount() >= 1, 10000);
        for (int row = 0; row < list->model()->rowCount(); ++row)
            QCOMPARE(list->model()->index(row, 0).data(PermissionGroupModel::MemberCountRole).toInt(), 0);
        QVERIFY(groupsPage->groupModel()->rowOfId(emptyId) >= 0);

        // The administrators: that group selected (the filter above is lifted).
        w.showPage(u"overview"_s);
        QTest::mouseClick(w.findChild<DashboardTile*>(u"adminsTile"_s), Qt::LeftButton);
        QCOMPARE(w.currentPage(), groupsPage);
        QVERIFY(!groupsPage->showsOnlyGroupsWithoutMembers());
        QTRY_VERIFY_WITH_TIMEOUT(!groupsPage->currentGroupId().isEmpty(), 10000);
        const int adminRow = groupsPage->groupModel()->rowOfId(groupsPage->currentGroupId());
        QVERIFY(adminRow >= 0);
        QVERIFY(groupsPage->groupModel()->groupAt(adminRow).isAdmin);

        // The bar chart with the keyboard alone: focus, first bar, Enter opens the largest group.
        w.showPage(u"overview"_s);
        auto* chart = w.findChild<BarChart*>(u"membersChart"_s);
        chart->setFocus(Qt::TabFocusReason);
        QTest::keyClick(chart, Qt::Key_Home);
        QTest::keyClick(chart, Qt::Key_Right);
        QTest::keyClick(chart, Qt::Key_Left);
        const int largest = chart->shownRows().first();
        QCOMPARE(chart->currentIndex().row(), largest);
        QTest::keyClick(chart, Qt::Key_Return);
        QCOMPARE(w.currentPage(), groupsPage);
        QTRY_COMPARE(groupsPage->currentGroupId(), overview->groupStats()->groupAt(largest).id);

        // A cell of the coverage map opens its group too.
        w.showPage(u"overview"_s);
        auto* map = w.findChild<HeatMap*>(u"coverageMap"_s);
        QVERIFY(map->items().size() >= 2);
        const auto [rect, index] = map->items().at(1);
        QTest::mouseClick(map, Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(groupsPage->currentGroupId(), overview->groupStats()->groupAt(index.row()).id);

        // This session's errors: the activity page with only the failures.
        w.showPage(u"overview"_s);
        const int before = overview->errorCount();
        m_fixture.demo()->setForbidden(true);
        auto refused = waitFor(m_fixture.client()->listPermissionGroups({}, 0, 1));
        m_fixture.demo()->setForbidden(false);
        QVERIFY(!refused->ok());
        QTRY_VERIFY(overview->errorCount() > before);
        auto* errors = w.findChild<DashboardTile*>(u"errorsTile"_s);
        QCOMPARE(errors->value(), QLocale().toString(overview->errorCount()));
        QVERIFY(errors->detail().contains(u"403"_s));
        errors->setFocus(Qt::TabFocusReason);
        QTest::keyClick(errors, Qt::Key_Space);
        auto* activity = qobject_cast<ActivityPage*>(w.page(u"activity"_s));
        QCOMPARE(w.currentPage(), activity);
        QVERIFY(activity->errorsOnly());
        auto* view = activity->findChild<QTableView*>(u"activityView"_s);
        QVERIFY(view->model()->rowCount() >= 1);
        QVERIFY(view->model()->rowCount() < activity->model()->rowCount());
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QVERIFY(!view->model()->index(row, 0).data(ActivityLogModel::SucceededRole).toBool());

        waitFor(m_fixture.client()->deletePermissionGroup(emptyId));
    }

    void recentJobsOfThisServer()
    {
        // Two finished jobs of this server and one of another: the tile lists this server's, newest first.
        const QString path = ImportDialog::journalPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QString server = Bulk::BulkRun::serverLabel(m_fixture.client());
        {
            Bulk::JobJournal journal(path);
            QVERIFY(journal.isOpen());
            const auto addJob = [&journal](const QString& label, int succeeded, int failed) {
                QList<Bulk::PreparedRow> rows;
                QList<Bulk::RowResult> results;
                for (int i = 0; i < succeeded + failed; ++i) {
                    Bulk::PreparedRow row;
                    row.index = i;
                    row.line = i + 2;
                    row.key = u"U%1"_s.arg(i);
                    rows.append(row);
                    results.append(Bulk::RowResult {});
                }
                const qint64 id = journal.createJob(
                    Bulk::Operation::CreateUsers, u"staff.csv"_s, label, { u"ownUserId"_s }, rows, results);
                QList<int> indexes;
                QList<Bulk::RowResult> done;
                for (int i = 0; i < succeeded + failed; ++i) {
                    indexes.append(i);
                    done.append(Bulk::RowResult {
                        i < succeeded ? Bulk::RowState::Succeeded : Bulk::RowState::Failed, {}, 1, false });
                }
                journal.recordResults(id, indexes, done);
                journal.markFinished(id);
                return id;
            };
            addJob(server, 10, 0);
            addJob(u"elsewhere.example.com"_s, 1, 1);
            const qint64 newest = addJob(server, 3, 1);
            Q_UNUSED(newest)
        }
        MainWindow w(m_fixture.client(), &m_languages, demoSession());
        w.show();
        OverviewPage* overview = loadedOverview(w);
        const QList<Bulk::JobSummary> jobs = overview->recentJobs();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(0).counts.succeeded, 3);
        QCOMPARE(jobs.at(1).counts.succeeded, 10);
        auto* tile = w.findChild<DashboardTile*>(u"jobsTile"_s);
        QCOMPARE(tile->lines().size(), 2);
        QCOMPARE(tile->lines().at(0).ratio, 0.75);
        QCOMPARE(tile->value(), u"75 %"_s);
        QTest::mouseClick(tile, Qt::LeftButton);
        auto* history = qobject_cast<HistoryPage*>(w.page(u"history"_s));
        QCOMPARE(w.currentPage(), history);
        auto* view = history->findChild<QTableView*>(u"historyView"_s);
        QVERIFY(view);
        const QModelIndex current = view->selectionModel()->selectedRows().value(0);
        QCOMPARE(current.data(JobHistoryModel::JobIdRole).toLongLong(), jobs.at(0).id);
    }

    // A view with nothing to show says why on the view, with the next step as a button.
    void emptyAndErrorStatesOnTheViews()
    {
        MainWindow w(m_fixture.client(), &m_languages, demoSession());
        w.show();
        w.showPage(u"agents"_s);
        auto* agents = qobject_cast<AgentsPage*>(w.page(u"agents"_s));
        QTRY_VERIFY_WITH_TIMEOUT(agents->model()->rowCount() > 0 && !agents->model()->isLoading(), 15000);
        QCOMPARE(agents->overlay()->state(), ViewOverlay::State::Hidden);
        auto* filter = w.findChild<QLineEdit*>(u"agentFilter"_s);
        filter->setText(u"nobody-has-this"_s);
        QTRY_COMPARE_WITH_TIMEOUT(agents->overlay()->state(), ViewOverlay::State::Empty, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!agents->model()->isLoading(), 5000);
        QCOMPARE(agents->overlay()->text(), u"No agent's email contains “nobody-has-this”."_s);
        QVERIFY(agents->overlay()->isVisible());
        QTest::mouseClick(agents->overlay()->actionButton(), Qt::LeftButton); // "Clear the filter"
        QCOMPARE(filter->text(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(agents->proxy()->rowCount() > 0, 10000);
        QCOMPARE(agents->overlay()->state(), ViewOverlay::State::Hidden);

        // The groups list: a failed load offers "Try again", which works once the server answers.
        w.showPage(u"groups"_s);
        auto* groups = qobject_cast<PermissionGroupsPage*>(w.page(u"groups"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!groups->isLoading() && groups->groupModel()->rowCount() > 0, 10000);
        auto* search = w.findChild<QLineEdit*>(u"groupSearch"_s);
        search->setText(u"no such group"_s);
        QTRY_COMPARE_WITH_TIMEOUT(groups->listOverlay()->state(), ViewOverlay::State::Empty, 5000);
        QVERIFY(groups->listOverlay()->text().contains(u"no such group"_s));
        m_fixture.demo()->setForbidden(true);
        QTest::mouseClick(groups->listOverlay()->actionButton(), Qt::LeftButton); // "Clear the search"
        QTRY_COMPARE_WITH_TIMEOUT(groups->listOverlay()->state(), ViewOverlay::State::Error, 10000);
        QVERIFY(groups->listOverlay()->actionButton()->isVisible());
        m_fixture.demo()->setForbidden(false);
        QTest::mouseClick(groups->listOverlay()->actionButton(), Qt::LeftButton); // "Try again"
        QTRY_VERIFY_WITH_TIMEOUT(groups->groupModel()->rowCount() > 0, 10000);
        QCOMPARE(groups->listOverlay()->state(), ViewOverlay::State::Hidden);
    }

    void pagesHaveIconsAndShortcuts()
    {
        MainWindow w(m_fixture.client(), &m_languages, demoSession());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w)); // window shortcuts need the active window
        QVERIFY(!w.windowIcon().isNull());
        auto* nav = w.findChild<QListWidget*>(u"navigation"_s);
        QCOMPARE(nav->count(), 8);
        const QStringList ids { u"overview"_s, u"agents"_s, u"users"_s, u"groups"_s, u"tools"_s, u"oauth2"_s,
            u"history"_s, u"activity"_s };
        for (int i = 0; i < nav->count(); ++i) {
            QVERIFY2(!nav->item(i)->icon().isNull(), qPrintable(nav->item(i)->text()));
            QVERIFY(Icons::hasOwnIcon(w.page(ids.at(i))->iconName()));
            // Ctrl+1…Ctrl+8 go to the page, wherever the focus is.
            QTest::keyClick(&w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(w.currentPage()->pageId(), ids.at(i));
        }
        // The main buttons carry icons too.
        for (const QString& button :
            { u"testConnection"_s, u"newAgentButton"_s, u"groupNew"_s, u"copyAsCurl"_s })
            QVERIFY2(!w.findChild<QAbstractButton*>(button)->icon().isNull(), qPrintable(button));
    }

    void ownIconsAreCrispAndFollowThePalette()
    {
        // At 200 % the icon is drawn with twice the pixels, not scaled up.
        const QIcon icon = Icons::ownIcon(u"view-refresh"_s);
        const QPixmap sharp = icon.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QCOMPARE(sharp.size(), QSize(32, 32));
        const auto darkest = [](const QPixmap& pm) {
            const QImage image = pm.toImage();
            int lowest = 255;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.alpha() > 200)
                        lowest = std::min(lowest, c.lightness());
                }
            }
            return lowest;
        };
        Theme::apply(Theme::Choice::Light);
        QVERIFY(darkest(Icons::ownIcon(u"view-refresh"_s).pixmap(QSize(24, 24))) < 100);
        Theme::apply(Theme::Choice::Dark);
        QVERIFY(
            darkest(Icons::ownIcon(u"view-refresh"_s).pixmap(QSize(24, 24))) > 150); // light strokes on dark
        const QIcon app = Icons::appIcon();
        QVERIFY(!app.isNull());
        QCOMPARE(app.pixmap(QSize(48, 48), 2.0).size(), QSize(96, 96));
    }

    void darkAndLightPalettesReachEveryTint()
    {
        MainWindow w(m_fixture.client(), &m_languages, demoSession());
        w.show();
        const QPalette original = QApplication::palette();
        // Settings > Appearance > Dark: applied at once, remembered.
        QAction* dark = nullptr;
        for (QAction* a : w.findChildren<QAction*>()) {
            if (a->data().toString() == u"dark"_s)
                dark = a;
        }
        QVERIFY(dark);
        dark->trigger();
        QCOMPARE(Theme::current(), Theme::Choice::Dark);
        QCOMPARE(QSettings().value(u"ui/theme"_s).toString(), u"dark"_s);
        QVERIFY(StatusColors::isDark(QApplication::palette()));
        // Text on every background of the dark palette has a contrast of at least 4.5:1.
        const QPalette p = QApplication::palette();
        QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 4.5);
        QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 4.5);
        for (auto role :
            { StatusColors::Role::Positive, StatusColors::Role::Negative, StatusColors::Role::Neutral }) {
            QVERIFY(contrast(StatusColors::text(role), p.color(QPalette::Base)) >= 4.5);
            QVERIFY(contrast(p.color(QPalette::Text), StatusColors::background(role)) >= 4.5);
        }
        // A check box's frame stands out from the base at least 3:1 (a control's outline): the
        // permission tree's unchecked boxes were invisible on the dark base (1.1:1). The box as
        // drawn, in a view's cell and as a widget, has the frame's colour.
        const auto boxHasFrame = [&](QWidget* widget) {
            const QImage image = widget->grab().toImage();
            int best = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < std::min(image.width(), 40); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (contrast(c, p.color(QPalette::Base)) >= 3.0 && qAbs(c.red() - c.green()) < 40)
                        ++best;
                }
            }
            return best >= 8; // at least the sides of a box
        };
        QVERIFY(contrast(Theme::checkBoxFrame(p), p.color(QPalette::Base)) >= 3.0);
        QVERIFY(contrast(Theme::checkBoxFrame(p), p.color(QPalette::Window)) >= 3.0);
        QCheckBox unchecked(u" "_s);
        unchecked.setAutoFillBackground(true);
        unchecked.setBackgroundRole(QPalette::Base);
        unchecked.resize(40, 24);
        unchecked.show();
        QVERIFY(QTest::qWaitForWindowExposed(&unchecked));
        QVERIFY2(boxHasFrame(&unchecked), "an unchecked box cannot be seen on the dark base");
        // The error banner re-tinted itself: a dark background, not the light one it started with.
        auto* banner = w.page(u"overview"_s)->banner();
        QVERIFY2(banner->styleSheet().contains(StatusColors::background(StatusColors::Role::Negative).name()),
            qPrintable(banner->styleSheet()));
        // Light, then the system's own palette back.
        Theme::apply(Theme::Choice::Light);
        QVERIFY(!StatusColors::isDark(QApplication::palette()));
        QVERIFY(contrast(StatusColors::text(StatusColors::Role::Neutral),
                    QApplication::palette().color(QPalette::Base))
            >= 4.5);
        Theme::apply(Theme::Choice::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), original.color(QPalette::Window));
    }

    // The colours that carry meaning stay readable in every palette the console can be in: its
    // light and dark ones, and a high-contrast system palette, black or white. Each status text
    // on the view's base and the view's text on each status background (a failed cell, an error
    // box): 4.5:1 or more. A check box's frame and a box's border in the status colour: 3:1.
    void statusColorsReadableInEveryPalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << Theme::lightPalette();
        QTest::newRow("dark") << Theme::darkPalette();
        QTest::newRow("high contrast black") << highContrast(true);
        QTest::newRow("high contrast white") << highContrast(false);
    }

    void statusColorsReadableInEveryPalette()
    {
        QFETCH(QPalette, palette);
        using StatusColors::Role;
        const QColor base = palette.color(QPalette::Base);
        for (Role role : { Role::Positive, Role::Negative, Role::Neutral, Role::Inactive }) {
            const QColor text = StatusColors::text(role, palette);
            const QColor back = StatusColors::background(role, palette);
            const QString what = QString::number(int(role));
            QVERIFY2(contrast(text, base) >= 4.5, qPrintable(what + u" on the base"_s));
            QVERIFY2(contrast(palette.color(QPalette::Text), back) >= 4.5, qPrintable(u"text on "_s + what));
            // A notice box's border is in the status colour on its background: a control's
            // outline, 3:1 (its text is the palette's).
            QVERIFY2(contrast(text, back) >= 3.0, qPrintable(what + u" border on its background"_s));
        }
        QVERIFY(contrast(Theme::checkBoxFrame(palette), base) >= 3.0);
    }

    // The coverage map shows ten groups; the rest are not dropped silently: a line below the grid
    // says how many and where to see them, and a screen reader hears it too.
    void coverageMapSaysWhatItLeavesOut()
    {
        constexpr int kShare = Qt::UserRole + 7;
        QStandardItemModel groups(14, 4);
        QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int r = 0; r < groups.rowCount(); ++r) {
            groups.setItem(r, 0, new QStandardItem(u"Group %1"_s.arg(r + 1)));
            for (int c = 1; c < 4; ++c) {
                auto* cell = new QStandardItem(u"%1 %"_s.arg(c * 25));
                cell->setData(c * 0.25, kShare);
                groups.setItem(r, c, cell);
            }
        }
        HeatMap map;
        map.setModel(&groups);
        map.setColumns(0, 1, kShare);
        map.setMaxRows(10);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QCOMPARE(int(map.items().size()), 10 * 3);
        QCOMPARE(map.hiddenGroups(), 4);
        QVERIFY2(map.summary().contains(u"… and 4 more group"_s)
                && map.summary().endsWith(u"Permission groups page"_s),
            qPrintable(map.summary()));
        const int withLine = map.sizeHint().height();
        // The line is drawn below the grid, inside the size the map asks for.
        const QImage image = map.grab().toImage();
        const int lineTop = withLine - withLine / 5; // the last of five lines: header, 3 categories, this one
        bool drawn = false;
        const QRgb background = image.pixel(image.width() - 1, lineTop + 2);
        for (int y = lineTop; y < withLine && !drawn; ++y) {
            for (int x = 0; x < image.width() / 2 && !drawn; ++x)
                drawn = image.pixel(x, y) != background;
        }
        QVERIFY2(drawn, "nothing drawn below the grid");

        groups.removeRows(10, 4);
        QCOMPARE(map.hiddenGroups(), 0);
        QVERIFY(!map.summary().contains(u"more group"_s));
        QVERIFY(map.sizeHint().height() < withLine);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
