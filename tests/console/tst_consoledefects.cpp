// The console defects a new admin hit (issue 10), each driven through the real widgets against
// the demo backend on the offscreen platform. Every function stands alone: it builds what it
// needs and checks the backend's state where the defect was about data.

#include "activitylogmodel.h"
#include "agentlistmodel.h"
#include "agentsortproxy.h"
#include "agentspage.h"
#include "appcontroller.h"
#include "bulkresultsmodel.h"
#include "confirm.h"
#include "csvreader.h"
#include "demofixture.h"
#include "fieldtreemodel.h"
#include "historypage.h"
#include "importdialog.h"
#include "importpreviewmodel.h"
#include "jobhistorymodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "newagentdialog.h"
#include "newgroupdialog.h"
#include "permissioncatalog.h"
#include "permissiongroupmodel.h"
#include "permissiongroupspage.h"
#include "permissionmatrixmodel.h"
#include "profiledialog.h"
#include "secretstore.h"
#include "selectionjobdialog.h"
#include "toolspage.h"
#include "welcomedialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using Alli::Testing::DemoFixture;

namespace
{

constexpr auto Report = QAbstractItemModelTester::FailureReportingMode::QtTest;
constexpr int kWait = 20000;

int proxyRowOfEmail(AgentsPage* page, const QString& email)
{
    for (int row = 0; row < page->proxy()->rowCount(); ++row) {
        const QModelIndex source = page->proxy()->mapToSource(page->proxy()->index(row, 0));
        if (page->model()->emailAt(source.row()) == email)
            return row;
    }
    return -1;
}

void selectEmails(AgentsPage* page, const QStringList& emails)
{
    QItemSelectionModel* selection = page->view()->selectionModel();
    selection->clearSelection();
    for (const QString& email : emails) {
        const int row = proxyRowOfEmail(page, email);
        QVERIFY2(row >= 0, qPrintable(email));
        selection->select(
            page->proxy()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

// Every visible column of `view` is at least as wide as its header text needs, and its cells'
// texts (of the sampled rows) are not cut; the stretched last column (free text) only needs its
// header.
QString clippedColumns(QTableView* view)
{
    QStringList clipped;
    QHeaderView* header = view->horizontalHeader();
    const int last = header->logicalIndex(header->count() - 1);
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        if (view->isColumnHidden(c))
            continue;
        const QString text = view->model()->headerData(c, Qt::Horizontal).toString();
        if (header->sectionSize(c) < header->sectionSizeHint(c) && c != last)
            clipped << u"header “%1”: %2 < %3"_s.arg(text)
                           .arg(header->sectionSize(c))
                           .arg(header->sectionSizeHint(c));
        if (c == last && header->stretchLastSection())
            continue; // free text, elided with a tooltip by design
        const int rows = std::min(view->model()->rowCount(), 50);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex index = view->model()->index(r, c);
            // What the cell's delegate needs for its text, in the view's own style option.
            const int needed = view->sizeHintForIndex(index).width();
            if (header->sectionSize(c) < needed && needed < view->fontMetrics().averageCharWidth() * 80) {
                clipped << u"cell %1,%2 “%3”: %4 < %5"_s.arg(r)
                               .arg(c)
                               .arg(index.data().toString())
                               .arg(header->sectionSize(c))
                               .arg(needed);
                break;
            }
        }
    }
    return clipped.join(u"; "_s);
}

} // namespace

class TestConsoleDefects : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_fx;
    QTemporaryDir m_dir;
    LanguageManager m_languages;

    // An agents page on the demo, shown, with its first page loaded. `withTesters`: the models
    // wrapped in QAbstractItemModelTester, which fetch every page eagerly like an eager view
    // would; the tests about a partly loaded table go without them for that reason.
    std::unique_ptr<AgentsPage> agentsPage(
        bool withTesters, std::vector<std::unique_ptr<QAbstractItemModelTester>>* testers)
    {
        auto page = std::make_unique<AgentsPage>(m_fx.client());
        if (withTesters) {
            testers->push_back(std::make_unique<QAbstractItemModelTester>(page->model(), Report));
            testers->push_back(std::make_unique<QAbstractItemModelTester>(page->proxy(), Report));
        }
        page->resize(1280, 720);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return nullptr;
        page->activate();
        if (!QTest::qWaitFor(
                [&] { return page->model()->rowCount() >= 100 && !page->model()->isLoading(); }, kWait))
            return nullptr;
        return page;
    }

    // A users import of one row through `dialog`, sent and finished: a job in the journal.
    bool createOneUser(ImportDialog& dialog, const QString& file, const QString& userId)
    {
        dialog.setOperation(Bulk::Operation::CreateUsers);
        dialog.openFile(writeFile(m_dir, file, "ownUserId,firstName\n" + userId.toUtf8() + ",A\n"));
        if (!QTest::qWaitFor(
                [&] { return !dialog.isLoading() && dialog.previewModel()->validCount() == 1; }, kWait))
            return false;
        QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
        return dialog.startSending() && (sent.size() == 1 || sent.wait(kWait));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Demo::DemoOptions options;
        options.agentCount = 450;
        QVERIFY(m_fx.start(options));
    }

    void init()
    {
        m_fx.demo()->setFailRate(0);
        m_fx.demo()->setLatencyMs(0);
        m_languages.setLanguage(u"en"_s);
    }

    // 1. Export writes every agent that matches the filter, not the 100 loaded; "only the
    // loaded rows" says so in words.
    void exportWritesEveryMatchingAgent()
    {
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        auto page = agentsPage(false, &testers);
        QVERIFY(page);
        QVERIFY(!page->model()->atEnd());
        const int loaded = page->model()->rowCount();
        QVERIFY(loaded < 450);
        QSignalSpy finished(page.get(), &AgentsPage::exportFinished);
        const QString all = m_dir.filePath(u"all-agents.csv"_s);
        page->exportCsv(all);
        QVERIFY(page->isExporting());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(finished.first().at(1).toString().contains(u"450 agents"_s));
        auto read = Bulk::CsvReader::readFile(all);
        QVERIFY(std::holds_alternative<Bulk::CsvTable>(read));
        const Bulk::CsvTable table = std::get<Bulk::CsvTable>(read);
        QCOMPARE(int(table.rowCount()), 450);
        QSet<QString> emails;
        for (int r = 0; r < table.rowCount(); ++r)
            emails.insert(table.rowCells(r).at(3));
        QCOMPARE(int(emails.size()), 450);
        const QStringList members = m_fx.demo()->memberEmails();
        QCOMPARE(emails, QSet<QString>(members.cbegin(), members.cend()));

        const QString some = m_dir.filePath(u"loaded-agents.csv"_s);
        page->exportCsv(some, AgentsPage::ExportScope::LoadedRows);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
        QVERIFY(finished.last().at(0).toBool());
        QVERIFY2(finished.last().at(1).toString().contains(
                     u"only the %1 agents loaded"_s.arg(page->model()->rowCount())),
            qPrintable(finished.last().at(1).toString()));
    }

    void exportCanBeCancelled()
    {
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        auto page = agentsPage(false, &testers);
        QVERIFY(page);
        m_fx.demo()->setLatencyMs(200);
        QSignalSpy finished(page.get(), &AgentsPage::exportFinished);
        const QString path = m_dir.filePath(u"cancelled.csv"_s);
        page->exportCsv(path);
        auto* stop = page->findChild<QPushButton*>(u"stopButton"_s);
        QVERIFY(stop && stop->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!page->isExporting());
    }

    // 2. "Change groups…" starts from the agents' current groups, sends exactly the change, and
    // warns loudly before administrator rights are taken away.
    void changeGroupsStartsFromCurrentGroups()
    {
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        auto page = agentsPage(true, &testers);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->atEnd() && !page->model()->isLoading(), kWait);
        Demo::GroupRecord admin;
        for (const Demo::GroupRecord& g : m_fx.demo()->groups()) {
            if (g.isAdmin)
                admin = g;
        }
        QVERIFY(!admin.id.isEmpty());
        // Two administrators and one agent who is not one.
        QStringList admins;
        QString other;
        for (const QString& email : m_fx.demo()->memberEmails()) {
            const bool isAdmin = m_fx.demo()->agentByEmail(email)->groupIds.contains(admin.id);
            if (isAdmin && admins.size() < 2)
                admins << email;
            else if (!isAdmin && other.isEmpty())
                other = email;
        }
        QCOMPARE(admins.size(), 2);
        QVERIFY(!other.isEmpty());

        selectEmails(page.get(), admins);
        SelectionJobDialog* dialog = page->changeGroupsOfSelected();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasCurrentGroups(), kWait);
        QCOMPARE(dialog->groupCheckState(admin.name), Qt::Checked);
        auto* start = dialog->findChild<QPushButton*>(u"startButton"_s);
        QVERIFY(!start->isEnabled()); // nothing changed yet: nothing to send
        QVERIFY(!dialog->start());

        // Unchecking Administrators: said for each agent, loudly, and asked before sending.
        dialog->setGroupCheckState(admin.name, Qt::Unchecked);
        QVERIFY(dialog->changesText().contains(u"loses %1"_s.arg(admin.name)));
        auto* warning = dialog->findChild<QLabel*>(u"adminWarning"_s);
        QVERIFY(warning && warning->isVisible());
        QVERIFY(warning->text().contains(u"2 agents lose administrator rights"_s));
        const int requests = m_fx.demo()->requestCount();
        Confirm::setNextAnswer(false);
        QVERIFY(!dialog->start());
        QVERIFY(Confirm::lastQuestion().contains(u"administrator rights"_s));
        QCOMPARE(m_fx.demo()->requestCount(), requests);
        dialog->reject();

        // With the third agent in the selection the admin group is partly checked; adding a group
        // keeps everyone's other groups, Administrators included.
        selectEmails(page.get(), admins + QStringList { other });
        CreatePermissionGroupRequest request;
        request.name = u"Escalations"_s;
        QVERIFY(Testing::waitFor(m_fx.client()->createPermissionGroup(request))->ok());
        dialog = page->changeGroupsOfSelected();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasCurrentGroups(), kWait);
        QCOMPARE(dialog->groupCheckState(admin.name), Qt::PartiallyChecked);
        dialog->setGroupCheckState(request.name, Qt::Checked);
        const auto changes = dialog->groupChanges();
        QCOMPARE(changes.size(), 3);
        for (const auto& change : changes) {
            QCOMPARE(change.added, QStringList { request.name });
            QVERIFY(change.removed.isEmpty());
        }
        QVERIFY(!dialog->findChild<QLabel*>(u"adminWarning"_s)->isVisible());
        QVERIFY(dialog->start());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->job() && dialog->job()->isFinished(), kWait);
        QString escalations;
        for (const Demo::GroupRecord& g : m_fx.demo()->groups()) {
            if (g.name == request.name)
                escalations = g.id;
        }
        for (const QString& email : admins) {
            const auto agent = m_fx.demo()->agentByEmail(email);
            QVERIFY2(agent->groupIds.contains(admin.id), qPrintable(email + u" lost admin rights"_s));
            QVERIFY(agent->groupIds.contains(escalations));
        }
        QVERIFY(!m_fx.demo()->agentByEmail(other)->groupIds.contains(admin.id));
        QVERIFY(m_fx.demo()->agentByEmail(other)->groupIds.contains(escalations));
        dialog->reject();
    }

    // 3. A sort orders every agent: the rest of the list is loaded first, then sorted once; the
    // details pane stays with the selected agent.
    void sortCoversEveryAgent()
    {
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        auto page = agentsPage(false, &testers);
        QVERIFY(page);
        QVERIFY(!page->model()->atEnd());
        // The agent selected before sorting.
        const QString selected = page->model()->emailAt(5);
        selectEmails(page.get(), { selected });
        QSignalSpy shown(page.get(), &AgentsPage::detailsShown);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), kWait);

        page->view()->horizontalHeader()->setSortIndicator(
            int(AgentListModel::Column::Email), Qt::AscendingOrder);
        QVERIFY(page->proxy()->isWaitingForAll());
        QVERIFY(page->statusText().contains(u"Sorting needs every agent"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!page->proxy()->isWaitingForAll() && !page->proxy()->isSorting(), kWait);
        QVERIFY(page->model()->atEnd());
        QCOMPARE(page->proxy()->rowCount(), 450);
        QStringList all = m_fx.demo()->memberEmails();
        QCollator collator(page->proxy()->collatorLocale());
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(all.begin(), all.end(),
            [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
        const QModelIndex first = page->proxy()->mapToSource(page->proxy()->index(0, 0));
        const QModelIndex last = page->proxy()->mapToSource(page->proxy()->index(449, 0));
        QCOMPARE(page->model()->emailAt(first.row()), all.first());
        QCOMPARE(page->model()->emailAt(last.row()), all.last());
        // The selection followed its agent; the details are the same agent's.
        const QModelIndexList rows = page->view()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(page->model()->emailAt(page->proxy()->mapToSource(rows.first()).row()), selected);
        QCOMPARE(page->findChild<QLabel*>(u"detailEmail"_s)->text(), selected);
    }

    // 4. Rows that the look-up shows will fail are marked on the row, counted with the problems,
    // and a failure a retry cannot fix is not offered for a retry.
    void lookupFailuresAreOnTheRow()
    {
        const QString path = writeFile(m_dir, u"users-exist.csv"_s,
            "ownUserId,firstName\nEMP00001,A\nEMP00002,B\nNEWUSER01,C\nNEWUSER02,D\n");
        ImportDialog dialog(m_fx.client());
        QAbstractItemModelTester previewTester(dialog.previewModel(), Report);
        dialog.show();
        dialog.setOperation(Bulk::Operation::CreateUsers);
        QSignalSpy loaded(&dialog, &ImportDialog::loadingFinished);
        dialog.openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.lookupState() == ImportDialog::LookupState::Checked && !dialog.isLoading(), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.previewModel()->invalidCount(), 2, kWait);
        ImportPreviewModel* preview = dialog.previewModel();
        for (int row = 0; row < 2; ++row) {
            QVERIFY(!preview->index(row, 0).data(ImportPreviewModel::ValidRole).toBool());
            const QString problems
                = preview->index(row, 0).data(ImportPreviewModel::ProblemsRole).toStringList().join(u' ');
            QVERIFY2(
                problems.contains(u"already exists: switch to \"Update users\", or leave this row out"_s),
                qPrintable(problems));
        }
        QVERIFY(dialog.summaryText().contains(u"2 rows with problems"_s));
        QVERIFY(dialog.summaryText().contains(u"2 already exist"_s));

        // The two new users are sent; the marked rows are not.
        QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
        QVERIFY(dialog.startSending());
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kWait);
        QVERIFY(!m_fx.demo()->user(u"NEWUSER01"_s).isEmpty());
        QVERIFY(!dialog.findChild<QPushButton*>(u"retryButton"_s)->isEnabled());
    }

    void retryIsOfferedForTransientFailures()
    {
        const QString path
            = writeFile(m_dir, u"users-500.csv"_s, "ownUserId,firstName\nTRANS001,A\nTRANS002,B\n");
        ImportDialog dialog(m_fx.client());
        dialog.show();
        dialog.setOperation(Bulk::Operation::CreateUsers);
        dialog.openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.lookupState() == ImportDialog::LookupState::Checked && !dialog.isLoading(), kWait);
        m_fx.client()->setRetryPolicy({ 0, 10, 10, 10 });
        m_fx.demo()->setFailRate(1.0);
        QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
        QVERIFY(dialog.startSending());
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kWait);
        m_fx.demo()->setFailRate(0);
        m_fx.client()->setRetryPolicy({ 2, 20, 100, 2000 });
        // A 500 may come after the change was applied, and the look-up was answered 500 too: the
        // outcome stays unknown, with the reason, and sending again is offered.
        QCOMPARE(dialog.resultsModel()->stateAt(0), Bulk::RowState::Unknown);
        QVERIFY2(dialog.job()->results().at(0).message.contains(u"checked"_s),
            qPrintable(dialog.job()->results().at(0).message));
        auto* retry = dialog.findChild<QPushButton*>(u"retryButton"_s);
        QVERIFY(retry->isEnabled());
        QVERIFY(dialog.retryFailedRows());
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, kWait);
        QVERIFY(!m_fx.demo()->user(u"TRANS002"_s).isEmpty());
    }

    // 5. The look-ups' expected 404s are answers in the Activity log, not red failures.
    void lookupNotFoundIsAnAnswer()
    {
        ActivityLogModel log;
        QAbstractItemModelTester tester(&log, Report);
        connect(m_fx.client(), &AlliClient::activityRecorded, &log, &ActivityLogModel::append);
        auto missing = Testing::waitFor(m_fx.client()->getUser(u"NOBODY-HERE"_s));
        QCOMPARE(missing->error().kind(), ApiError::Kind::NotFound);
        QCOMPARE(log.rowCount(), 1);
        const QModelIndex outcome = log.index(0, int(ActivityLogModel::Column::Outcome));
        QVERIFY(outcome.data(ActivityLogModel::LookupAnswerRole).toBool());
        QVERIFY(!outcome.data(Qt::ForegroundRole).isValid()); // not painted as a failure
        QVERIFY(outcome.data().toString().contains(u"not a failure"_s));
        // A real failure still is one.
        m_fx.demo()->setFailRate(1.0);
        m_fx.client()->setRetryPolicy({ 0, 10, 10, 10 });
        Testing::waitFor(m_fx.client()->listAgents(0, 1));
        m_fx.demo()->setFailRate(0);
        m_fx.client()->setRetryPolicy({ 2, 20, 100, 2000 });
        const QModelIndex failed = log.index(log.rowCount() - 1, int(ActivityLogModel::Column::Outcome));
        QVERIFY(!failed.data(ActivityLogModel::LookupAnswerRole).toBool());
        QVERIFY(failed.data(Qt::ForegroundRole).isValid());
    }

    // 6. Tab leaves the table; Del, the details and the highlighted row are about the same agent;
    // after a delete nothing stays selected for a second Del.
    void keyboardFocusAndSelectionAgree()
    {
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        auto page = agentsPage(true, &testers);
        QVERIFY(page);
        QTableView* view = page->view();
        QVERIFY(!view->tabKeyNavigation());
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        const QString first
            = page->model()->emailAt(page->proxy()->mapToSource(page->proxy()->index(3, 0)).row());
        selectEmails(page.get(), { first });
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY2(!view->hasFocus(), "Tab stayed inside the table");

        // The current row moves without selecting (Ctrl+Down): details and Del stay with the
        // highlighted row.
        view->setFocus();
        view->selectionModel()->setCurrentIndex(page->proxy()->index(3, 0), QItemSelectionModel::NoUpdate);
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
        QTRY_COMPARE(page->findChild<QLabel*>(u"detailEmail"_s)->text(), first);
        Confirm::setNextAnswer(false);
        page->deleteSelected();
        QVERIFY2(Confirm::lastQuestion().contains(first), qPrintable(Confirm::lastQuestion()));

        // After a delete, nothing is selected: another Del asks nothing and deletes nothing.
        Confirm::setNextAnswer(true);
        QSignalSpy deleted(page.get(), &AgentsPage::deleteFinished);
        page->deleteSelected();
        QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, kWait);
        QVERIFY(!m_fx.demo()->agentByEmail(first) || !m_fx.demo()->agentByEmail(first)->member
            || !m_fx.demo()->memberEmails().contains(first));
        QVERIFY(!view->selectionModel()->hasSelection());
        const QString asked = Confirm::lastQuestion();
        const int members = int(m_fx.demo()->memberEmails().size());
        Confirm::setNextAnswer(true);
        page->deleteSelected();
        QCOMPARE(Confirm::lastQuestion(), asked);
        Confirm::setNextAnswer(std::nullopt);
        QTest::qWait(50);
        QCOMPARE(int(m_fx.demo()->memberEmails().size()), members);
    }

    // 7–9, 13. Column widths come from the content and the language: nothing is cut.
    void tablesFitTheirTextInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ko") << u"ko"_s;
        QTest::newRow("ja") << u"ja"_s;
    }

    void tablesFitTheirTextInEveryLanguage()
    {
        QFETCH(QString, language);
        m_languages.setLanguage(language);
        // Two members of the project, one of them with a long address, and one who is not.
        const QStringList members = m_fx.demo()->memberEmails();
        const QString group = m_fx.demo()->groups().last().name;
        const QByteArray csv = "email,groups\n" + members.at(10).toUtf8() + ',' + group.toUtf8() + '\n'
            + members.at(11).toUtf8() + ',' + group.toUtf8()
            + "\nvery.long.address.of.someone@subsidiary.example.co.jp," + group.toUtf8() + '\n';
        const QString path = writeFile(m_dir, u"members-fit.csv"_s, csv);
        ImportDialog dialog(m_fx.client());
        dialog.resize(1000, 680);
        dialog.show();
        dialog.setOperation(Bulk::Operation::UpdateMemberGroups);
        dialog.openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading() && dialog.previewModel()->rowCount() == 3, kWait);
        auto* preview = dialog.findChild<QTableView*>(u"previewView"_s);
        QTRY_VERIFY2(clippedColumns(preview).isEmpty(), qPrintable(clippedColumns(preview)));
        QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
        QVERIFY(dialog.startSending());
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kWait);
        auto* results = dialog.findChild<QTableView*>(u"resultsView"_s);
        QTRY_VERIFY2(clippedColumns(results).isEmpty(), qPrintable(clippedColumns(results)));
        dialog.reject();
        m_languages.setLanguage(u"en"_s);
    }

    // 7. History names the server of each job, and its columns fit their text.
    void historyNamesTheServer()
    {
        ImportDialog dialog(m_fx.client());
        QVERIFY(createOneUser(dialog, u"history-server.csv"_s, u"SRV00001"_s));
        m_languages.setLanguage(u"ko"_s);
        HistoryPage page(m_fx.client());
        page.resize(1280, 720);
        page.show();
        page.activate();
        auto* view = page.findChild<QTableView*>(u"historyView"_s);
        QTRY_VERIFY(view->model()->rowCount() > 0);
        const int server = int(JobHistoryModel::Column::Server);
        QCOMPARE(
            view->model()->index(0, server).data().toString(), m_fx.client()->connection().baseUrl().host());
        QTRY_VERIFY2(clippedColumns(view).isEmpty(), qPrintable(clippedColumns(view)));
        // The start time is readable to the minute, not cut after the date.
        const QString started
            = view->model()->index(0, int(JobHistoryModel::Column::Started)).data().toString();
        QVERIFY(view->columnWidth(int(JobHistoryModel::Column::Started))
            >= view->fontMetrics().horizontalAdvance(started));
        m_languages.setLanguage(u"en"_s);
    }

    // 11. After a runtime language switch the tools' "Required" column fits its new words.
    void toolParametersFitAfterLanguageSwitch()
    {
        ToolsPage page(m_fx.client());
        page.resize(1280, 720);
        page.show();
        page.activate();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWait);
        auto* view = page.findChild<QTableView*>(u"toolsView"_s);
        view->selectionModel()->setCurrentIndex(
            view->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
        auto* parameters = page.findChild<QTableWidget*>(u"toolParameters"_s);
        QTRY_VERIFY_WITH_TIMEOUT(parameters->rowCount() > 0 && !page.isLoadingDetail(), kWait);
        for (const QString& language : { u"ja"_s, u"ko"_s, u"en"_s }) {
            m_languages.setLanguage(language);
            QTRY_VERIFY2(clippedColumns(parameters).isEmpty(),
                qPrintable(language + u": "_s + clippedColumns(parameters)));
        }
    }

    // 16. A broken CSV shows every unreadable line at once, with its text, and can go on without
    // them; formula-like cells are flagged.
    void brokenCsvShowsEveryProblem()
    {
        const QString path = writeFile(m_dir, u"users-broken.csv"_s,
            "ownUserId,firstName\n"
            "BRK00001,Alice\n"
            "BRK00002,Bo\"b\n" // stray quote
            "BRK00003,Carol,extra\n" // one cell too many
            "BRK00004,=SUM(A1:A9)\n"
            "BRK00005\n" // one cell too few
            "BRK00006,Frank\n");
        ImportDialog dialog(m_fx.client());
        QAbstractItemModelTester previewTester(dialog.previewModel(), Report);
        dialog.show();
        dialog.setOperation(Bulk::Operation::CreateUsers);
        dialog.openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading() && dialog.previewModel()->rowCount() > 0, kWait);
        QCOMPARE(dialog.errorText(), QString());
        const QList<Bulk::CsvLineProblem> bad = dialog.badLines();
        QCOMPARE(bad.size(), 3);
        QCOMPARE(bad.at(0).line, 3);
        QCOMPARE(bad.at(1).line, 4);
        QCOMPARE(bad.at(2).line, 6);
        QVERIFY(bad.at(0).message.contains(u"stray quote"_s));
        QCOMPARE(bad.at(1).text, u"BRK00003,Carol,extra"_s);
        auto* box = dialog.findChild<QWidget*>(u"badLinesBox"_s);
        QVERIFY(box && box->isVisible());
        QCOMPARE(dialog.findChild<QTableWidget*>(u"badLinesView"_s)->rowCount(), 3);
        QCOMPARE(dialog.previewModel()->rowCount(), 3);
        // The formula-like cell is sent as text, with a warning on its cell.
        const QStringList problems
            = dialog.previewModel()->index(1, 0).data(ImportPreviewModel::ProblemsRole).toStringList();
        QVERIFY2(problems.join(u' ').contains(u"looks like a spreadsheet formula"_s),
            qPrintable(problems.join(u' ')));
        // Nothing is sent until the admin chose to leave the lines out.
        QVERIFY(!dialog.findChild<QPushButton*>(u"sendButton"_s)->isEnabled());
        QVERIFY(!dialog.startSending());
        dialog.setLeaveOutBadLines(true);
        QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
        QVERIFY(dialog.startSending());
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kWait);
        QVERIFY(!m_fx.demo()->user(u"BRK00001"_s).isEmpty());
        QVERIFY(!m_fx.demo()->user(u"BRK00006"_s).isEmpty());
        QVERIFY(m_fx.demo()->user(u"BRK00002"_s).isEmpty());

        // A file that cannot be parsed at all still shows the text as read.
        const QString header = writeFile(m_dir, u"dup-header.csv"_s, "email,email\na@b.co,c@d.co\n");
        ImportDialog second(m_fx.client());
        second.setOperation(Bulk::Operation::InviteMembers);
        QSignalSpy loaded(&second, &ImportDialog::loadingFinished);
        second.openFile(header);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWait);
        QVERIFY(!second.errorText().isEmpty());
        QVERIFY(second.decodedPreview().contains(u"a@b.co"_s));
    }

    // 20. Actions confirm what they did in the status bar.
    void actionsSayWhatTheyDid()
    {
        SessionInfo session;
        session.isDemo = true;
        MainWindow window(m_fx.client(), &m_languages, session);
        window.show();
        window.showPage(u"activity"_s);
        Testing::waitFor(m_fx.client()->listAgents(0, 1));
        auto* activity = window.page(u"activity"_s);
        auto* view = activity->findChild<QTableView*>(u"activityView"_s);
        QTRY_VERIFY(view->model()->rowCount() > 0);
        view->selectRow(view->model()->rowCount() - 1);
        QTest::mouseClick(activity->findChild<QPushButton*>(u"copyAsCurl"_s), Qt::LeftButton);
        QVERIFY2(window.statusBar()->currentMessage().contains(u"curl"_s),
            qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!window.statusBar()->currentMessage().contains(m_fx.demo()->apiKey()));

        // Save report says where it went.
        const QString path = writeFile(m_dir, u"users-say.csv"_s, "ownUserId,firstName\nSAY00001,A\n");
        ImportDialog dialog(m_fx.client());
        dialog.setOperation(Bulk::Operation::CreateUsers);
        dialog.openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading() && dialog.previewModel()->validCount() == 1, kWait);
        QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
        QVERIFY(dialog.startSending());
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kWait);
        const QString report = m_dir.filePath(u"say-report.csv"_s);
        QVERIFY(dialog.saveReport(report));
        QVERIFY(dialog.fileNoteText().contains(QDir::toNativeSeparators(report)));
        QVERIFY(dialog.findChild<QLabel*>(u"fileNote"_s)->isVisibleTo(&dialog));

        // Rename and delete of a group, each confirmed in the status bar.
        CreatePermissionGroupRequest request;
        request.name = u"Say it"_s;
        auto created = Testing::waitFor(m_fx.client()->createPermissionGroup(request));
        QVERIFY(created->ok());
        window.showPage(u"groups"_s);
        auto* groups = qobject_cast<PermissionGroupsPage*>(window.page(u"groups"_s));
        groups->refresh();
        auto* list = groups->findChild<QTableView*>(u"groupList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            list->model()
                    ->match(list->model()->index(0, 0), Qt::DisplayRole, request.name, 1, Qt::MatchExactly)
                    .size()
                == 1,
            kWait);
        const QModelIndex name
            = list->model()
                  ->match(list->model()->index(0, 0), Qt::DisplayRole, request.name, 1, Qt::MatchExactly)
                  .first();
        list->setCurrentIndex(name);
        QVERIFY(list->model()->setData(name, u"Said it"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"“Said it”"_s), kWait);
        Confirm::setNextAnswer(true);
        groups->deleteSelected();
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().contains(u"Deleted the group “Said it”"_s), kWait);
        QVERIFY(!m_fx.demo()->groupByName(u"Said it"_s));
    }

    // 10. The new-group member picker writes Korean and Japanese names family name first.
    void memberPickerNameOrder()
    {
        AgentResponse kim;
        kim.firstName = u"민준"_s;
        kim.lastName = u"김"_s;
        kim.email = u"minjun@example.com"_s;
        QCOMPARE(NewGroupDialog::agentText(kim), u"김민준 <minjun@example.com>"_s);
        AgentResponse sato;
        sato.firstName = u"花子"_s;
        sato.lastName = u"佐藤"_s;
        sato.email = u"hanako@example.jp"_s;
        QCOMPARE(NewGroupDialog::agentText(sato), u"佐藤花子 <hanako@example.jp>"_s);
    }

    // 11. The Users page names fields in the user's language; the raw key stays in the tooltip.
    void userFieldsAreTranslated()
    {
        FieldTreeModel model;
        QAbstractItemModelTester tester(&model, Report);
        model.setFieldLabels(&FieldTreeModel::userFieldLabel);
        model.setObject(QJsonObject { { u"userId"_s, u"EMP1"_s }, { u"firstName"_s, u"花子"_s },
            { u"customerGroup"_s, u"VIP"_s }, { u"department"_s, u"営業部"_s } });
        m_languages.setLanguage(u"ja"_s);
        const QModelIndex first = model.indexOfKey(u"firstName"_s);
        QVERIFY(first.isValid());
        const QString label = first.data().toString();
        QVERIFY2(
            label != u"firstName"_s && !label.contains(u"first"_s, Qt::CaseInsensitive), qPrintable(label));
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(u"firstName"_s));
        QCOMPARE(first.data(FieldTreeModel::KeyRole).toString(), u"firstName"_s);
        QVERIFY(model.indexOfKey(u"customerGroup"_s).data().toString() != u"customerGroup"_s);
        // A custom variable keeps the name the project gave it.
        QCOMPARE(model.indexOfKey(u"department"_s).data().toString(), u"department"_s);
        m_languages.setLanguage(u"en"_s);
        QCOMPARE(first.data().toString(), u"First name"_s);
    }

    // 14. After Apply, the changed rows are no longer marked as changed.
    void matrixIsCleanAfterApply()
    {
        PermissionMatrixModel model;
        QAbstractItemModelTester tester(&model, Report);
        model.setPermissions({});
        const QString name = PermissionCatalog::instance().permissions().first().name;
        model.checkPermission(name);
        QVERIFY(model.permissionIndex(name).data(PermissionMatrixModel::ChangedRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // The server answers with the set that was sent: the new baseline.
        model.setPermissions(model.permissions());
        QVERIFY(!changed.isEmpty());
        QVERIFY(!model.isModified());
        QVERIFY(!model.permissionIndex(name).data(PermissionMatrixModel::ChangedRole).toBool());
        QVERIFY(!model.permissionIndex(name).data(Qt::FontRole).value<QFont>().bold());
    }

    // 15. The new-agent dialog's group box selects "Project default" once the groups are there.
    void newAgentGroupBoxIsReady()
    {
        NewAgentDialog dialog(m_fx.client());
        dialog.show();
        auto* combo = dialog.findChild<QComboBox*>(u"groupCombo"_s);
        QVERIFY(combo);
        QTRY_VERIFY_WITH_TIMEOUT(combo->isEnabled(), kWait);
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(combo->currentText(), u"Project default"_s);
        QVERIFY(combo->count() > 1);
    }

    // 17. Cancelling "Connect to Alli…" at the first start goes back to the welcome screen.
    void cancelledConnectGoesBackToWelcome()
    {
        QSettings settings;
        settings.clear();
        MemorySecretStore secrets;
        AppController controller(&m_languages, &secrets, &settings, Demo::DemoOptions {});
        QStringList seen;
        QTimer driver;
        driver.setInterval(20);
        connect(&driver, &QTimer::timeout, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* welcome = qobject_cast<WelcomeDialog*>(modal)) {
                seen << u"welcome"_s;
                if (seen.count(u"welcome"_s) == 1)
                    welcome->findChild<QPushButton*>(u"welcomeConnect"_s)->click();
                else
                    welcome->reject(); // the second time: leave
            } else if (auto* profile = qobject_cast<ProfileDialog*>(modal)) {
                seen << u"profile"_s;
                profile->reject();
            }
        });
        driver.start();
        controller.start(false);
        QTRY_COMPARE_WITH_TIMEOUT(seen.count(u"welcome"_s), 2, kWait);
        driver.stop();
        QCOMPARE(seen, (QStringList { u"welcome"_s, u"profile"_s, u"welcome"_s }));
        QVERIFY(!controller.window());
    }

    // 18. A report that no program opens still says where it is, with Save as and the folder.
    void historyReportIsVisible()
    {
        ImportDialog dialog(m_fx.client());
        QVERIFY(createOneUser(dialog, u"history-users.csv"_s, u"HIST0001"_s));

        HistoryPage page(m_fx.client());
        QList<QUrl> opened;
        page.setUrlOpener([&](const QUrl& url) {
            opened << url;
            return false; // no CSV viewer on this desktop
        });
        page.show();
        page.activate();
        auto* view = page.findChild<QTableView*>(u"historyView"_s);
        QTRY_VERIFY(view->model()->rowCount() > 0);
        view->selectRow(0);
        QSignalSpy written(&page, &HistoryPage::reportWritten);
        QSignalSpy status(&page, &ConsolePage::statusMessage);
        QTest::mouseClick(page.findChild<QPushButton*>(u"openReportButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, kWait);
        const QString report = written.first().at(0).toString();
        QVERIFY(page.findChild<QFrame*>(u"reportBar"_s)->isVisible());
        QVERIFY(page.reportBarText().contains(QDir::toNativeSeparators(report)));
        QVERIFY(page.reportBarText().contains(u"No program"_s));
        QVERIFY(!status.isEmpty());
        const QString copy = m_dir.filePath(u"report-copy.csv"_s);
        QVERIFY(page.saveReportCopy(copy));
        QFile a(report), b(copy);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
        // Saved as an Excel workbook: written again from the journal, on a worker; the same rows.
        const QString workbook = m_dir.filePath(u"report-copy.xlsx"_s);
        const qsizetype said = status.size();
        QVERIFY(page.saveReportCopy(workbook));
        QTRY_VERIFY_WITH_TIMEOUT(status.size() > said, kWait);
        QVERIFY2(status.last().at(0).toString().contains(u"report-copy.xlsx"_s),
            qPrintable(status.last().at(0).toString()));
        QFile w(workbook);
        QVERIFY(w.open(QIODevice::ReadOnly));
        Bulk::CsvOptions options;
        options.headerRow = 1;
        const auto fromWorkbook = Bulk::CsvReader::read(w.readAll(), options);
        a.seek(0);
        const auto fromCsv = Bulk::CsvReader::read(a.readAll());
        QVERIFY(std::holds_alternative<Bulk::CsvTable>(fromWorkbook)
            && std::holds_alternative<Bulk::CsvTable>(fromCsv));
        const Bulk::CsvTable& x = std::get<Bulk::CsvTable>(fromWorkbook);
        const Bulk::CsvTable& c = std::get<Bulk::CsvTable>(fromCsv);
        QCOMPARE(x.header, c.header);
        QCOMPARE(x.rowCount(), c.rowCount());
        QCOMPARE(x.rowCells(0), c.rowCells(0));
        QVERIFY(x.rowCells(0).contains(u"HIST0001"_s));
        QTest::mouseClick(page.findChild<QPushButton*>(u"reportFolderButton"_s), Qt::LeftButton);
        QCOMPARE(opened.last(), QUrl::fromLocalFile(QFileInfo(report).absolutePath()));
    }

    // 19. A page whose data changed elsewhere loads again when it is shown.
    void pagesRefreshAfterChangesElsewhere()
    {
        SessionInfo session;
        session.isDemo = true;
        MainWindow window(m_fx.client(), &m_languages, session);
        window.show();
        window.showPage(u"groups"_s);
        auto* groups = qobject_cast<PermissionGroupsPage*>(window.page(u"groups"_s));
        QVERIFY(groups);
        auto* list = groups->findChild<QTableView*>(u"groupList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, kWait);
        const int before = list->model()->rowCount();
        window.showPage(u"agents"_s);
        CreatePermissionGroupRequest request;
        request.name = u"Created elsewhere"_s;
        QVERIFY(Testing::waitFor(m_fx.client()->createPermissionGroup(request))->ok());
        window.showPage(u"groups"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), before + 1, kWait);

        // An import from the File menu while the groups page is on screen: the page refreshes
        // when the import finishes (this invite creates a group).
        QAction* import = nullptr;
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
                import = a;
        }
        QVERIFY(import);
        import->trigger();
        auto* dialog = window.findChild<ImportDialog*>();
        QVERIFY(dialog);
        const QString member = m_fx.demo()->memberEmails().at(7);
        dialog->setOperation(Bulk::Operation::InviteMembers);
        dialog->openFile(writeFile(
            m_dir, u"invite-new-group.csv"_s, "email,groups\n" + member.toUtf8() + ",Made by an import\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading() && dialog->previewModel()->validCount() == 1, kWait);
        QSignalSpy sent(dialog, &ImportDialog::sendingFinished);
        QVERIFY(dialog->startSending());
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kWait);
        QVERIFY(m_fx.demo()->groupByName(u"Made by an import"_s));
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), before + 2, kWait);
        dialog->close();
    }

    // 21. The Connect dialog speaks after the user had a chance to type.
    void connectDialogWaitsForTyping()
    {
        QNetworkAccessManager nam;
        ProfileDialog dialog(&nam);
        dialog.show();
        auto* problem = dialog.findChild<QLabel*>(u"profileProblem"_s);
        QVERIFY(problem);
        QVERIFY(!problem->isVisible());
        auto* secret = dialog.findChild<QLineEdit*>(u"profileSecret"_s);
        secret->setFocus();
        QTest::keyClicks(secret, u"x"_s);
        QTest::keyClick(secret, Qt::Key_Backspace);
        QVERIFY(problem->isVisible());
        QVERIFY(!problem->text().isEmpty());
    }

    // 22. --help and --version answer without a display.
    void helpWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << u"--help"_s << u"--demo"_s;
        QTest::newRow("--version") << u"--version"_s << QStringLiteral(ALLI_VERSION);
    }

    void helpWithoutDisplay()
    {
        QFETCH(QString, option);
        QFETCH(QString, expected);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s); // the default (xcb) would abort without a display
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ALLI_GUI_PATH), { option });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
        // The old text of --demo described a start-up that no longer exists.
        QVERIFY(!out.contains(u"the default until connection profiles are set up"_s));
    }
};

QTEST_MAIN(TestConsoleDefects)
#include "tst_consoledefects.moc"
