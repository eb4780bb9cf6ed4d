// Selections made in the agents table go through the bulk engine: "Change groups…" with groups
// picked from the project's list, "Remove from project" after a confirmation, per-row results
// (including a row the server refuses), and the "Import CSV…" buttons of the agents and users
// pages. Driven through the real widgets against the demo backend; the backend is checked after.

#include "agentlistmodel.h"
#include "agentsortproxy.h"
#include "agentspage.h"
#include "bulkresultsmodel.h"
#include "bulkrun.h"
#include "confirm.h"
#include "demofixture.h"
#include "errorbanner.h"
#include "historypage.h"
#include "importdialog.h"
#include "jobhistorymodel.h"
#include "journal.h"
#include "selectionjobdialog.h"
#include "userspage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using Alli::Testing::DemoFixture;

namespace
{
constexpr auto Report = QAbstractItemModelTester::FailureReportingMode::QtTest;
constexpr int kWait = 15000;
}

class TestSelectionJobs : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_fx;
    std::unique_ptr<AgentsPage> m_page;

    AgentListModel* model() const { return m_page->model(); }

    // Selects the first `count` rows of the table as a user would (click, then shift+click).
    QStringList selectFirstRows(int count)
    {
        QTableView* view = m_page->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
            view->visualRect(m_page->proxy()->index(0, int(AgentListModel::Column::Name))).center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
            view->visualRect(m_page->proxy()->index(count - 1, int(AgentListModel::Column::Name))).center());
        QStringList emails;
        for (int row : m_page->selectedSourceRows())
            emails.append(model()->emailAt(row));
        return emails;
    }

    SelectionJobDialog* openedDialog() const
    {
        const auto dialogs = m_page->findChildren<SelectionJobDialog*>();
        return dialogs.isEmpty() ? nullptr : dialogs.last();
    }

    // Wraps the dialog's results model and filter in testers that live as long as the dialog.
    static void testModels(SelectionJobDialog* dialog)
    {
        new QAbstractItemModelTester(dialog->resultsModel(), Report, dialog);
        new QAbstractItemModelTester(dialog->resultsProxy(), Report, dialog);
    }

    static QString messageAt(SelectionJobDialog* dialog, int row)
    {
        return dialog->resultsModel()->index(row, int(BulkResultsModel::Column::Message)).data().toString();
    }

public:
    // A group none of the agents is in yet: checking it changes every selected agent.
    Demo::GroupRecord newGroup(const QString& name)
    {
        CreatePermissionGroupRequest request;
        request.name = name;
        auto created = Testing::waitFor(m_fx.client()->createPermissionGroup(request));
        if (!created->ok())
            return {};
        for (const Demo::GroupRecord& g : m_fx.demo()->groups()) {
            if (g.name == name)
                return g;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the import dialog's journal
        Demo::DemoOptions options;
        options.agentCount = 60;
        QVERIFY(m_fx.start(options));
    }

    void init()
    {
        m_fx.demo()->setFailRate(0);
        m_fx.demo()->setLatencyMs(0);
        m_fx.demo()->setLostResponseRate(0);
        m_page = std::make_unique<AgentsPage>(m_fx.client());
        m_page->resize(1100, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activate();
        QTRY_VERIFY_WITH_TIMEOUT(model()->atEnd() && !model()->isLoading() && model()->rowCount() > 3, kWait);
    }

    void cleanup() { m_page.reset(); }

    void cleanupTestCase() { QFile::remove(ImportDialog::journalPath()); }

    void buttonsFollowTheSelection()
    {
        auto* groups = m_page->findChild<QPushButton*>(u"changeGroupsButton"_s);
        auto* remove = m_page->findChild<QPushButton*>(u"removeFromProjectButton"_s);
        QVERIFY(groups && remove);
        QVERIFY(!groups->isEnabled());
        QVERIFY(!remove->isEnabled());
        QVERIFY(groups->text().contains(u'&'));
        QVERIFY(remove->text().contains(u'&'));
        selectFirstRows(2);
        QVERIFY(groups->isEnabled());
        QVERIFY(remove->isEnabled());
    }

    void changeGroupsOfThreeAgents()
    {
        const QStringList emails = selectFirstRows(3);
        QCOMPARE(emails.size(), 3);
        const QList<Demo::GroupRecord> serverGroups = m_fx.demo()->groups();
        QVERIFY(serverGroups.size() >= 2);
        const QString groupName = serverGroups.last().name;
        const QString groupId = serverGroups.last().id;

        QTest::mouseClick(m_page->findChild<QPushButton*>(u"changeGroupsButton"_s), Qt::LeftButton);
        SelectionJobDialog* dialog = openedDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->operation(), Bulk::Operation::UpdateMemberGroups);
        testModels(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoadingGroups(), kWait);
        QCOMPARE(dialog->availableGroups().size(), serverGroups.size()); // the real list
        QVERIFY(dialog->availableGroups().contains(groupName));

        auto* start = dialog->findChild<QPushButton*>(u"startButton"_s);
        QVERIFY(start);
        QVERIFY(!start->isEnabled()); // nothing checked yet
        // Check the group with the keyboard: current item, then Space.
        auto* list = dialog->findChild<QListWidget*>(u"groupList"_s);
        list->setCurrentRow(int(dialog->availableGroups().indexOf(groupName)));
        list->setFocus();
        // The boxes start from the agents' current groups; Space cycles the current one until it
        // is checked (a partly checked group goes through "checked" first).
        for (int i = 0; i < 3 && dialog->groupCheckState(groupName) != Qt::Checked; ++i)
            QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(dialog->groupCheckState(groupName), Qt::Checked);
        QVERIFY(dialog->selectedGroups().contains(groupName));
        QVERIFY(start->isEnabled() || dialog->groupChanges().isEmpty());

        QSignalSpy pageDone(m_page.get(), &AgentsPage::selectionJobFinished);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog->job());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->job()->isFinished(), kWait);
        QCOMPARE(dialog->resultsModel()->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(dialog->resultsModel()->stateAt(row), Bulk::RowState::Succeeded);
        QVERIFY2(dialog->progressText().contains(u"3 succeeded"_s), qPrintable(dialog->progressText()));
        for (const QString& email : emails) {
            const auto agent = m_fx.demo()->agentByEmail(email);
            QVERIFY(agent);
            QVERIFY2(agent->groupIds.contains(groupId), qPrintable(email));
        }
        QTRY_COMPARE_WITH_TIMEOUT(pageDone.size(), 1, kWait);
        QCOMPARE(pageDone.first().at(0).toInt(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(model()->atEnd() && !model()->isLoading(), kWait); // the page reloaded

        auto* close = dialog->findChild<QPushButton*>(u"closeButton"_s);
        QVERIFY(close->isVisible());
        QPointer<SelectionJobDialog> guard(dialog);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(guard.isNull()); // deleted on close
    }

    void removeAfterConfirmation()
    {
        const QStringList emails = selectFirstRows(3);
        const QString firstName = model()->displayNameAt(m_page->selectedSourceRows().first());
        auto* remove = m_page->findChild<QPushButton*>(u"removeFromProjectButton"_s);

        // Declined: nothing is sent.
        Confirm::setNextAnswer(false);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(Confirm::lastQuestion().contains(u"3 agent"_s));
        QVERIFY2(Confirm::lastQuestion().contains(firstName), qPrintable(Confirm::lastQuestion()));
        QVERIFY(!openedDialog());
        for (const QString& email : emails)
            QVERIFY(m_fx.demo()->memberEmails().contains(email));

        Confirm::setNextAnswer(true);
        QTest::mouseClick(remove, Qt::LeftButton);
        SelectionJobDialog* dialog = openedDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->operation(), Bulk::Operation::RemoveMembers);
        testModels(dialog);
        QVERIFY(dialog->job()); // started at once
        QTRY_VERIFY_WITH_TIMEOUT(dialog->job()->isFinished(), kWait);
        QCOMPARE(Bulk::countStates(dialog->job()->results()).succeeded, 3);
        const QStringList members = m_fx.demo()->memberEmails();
        for (const QString& email : emails)
            QVERIFY2(!members.contains(email), qPrintable(email));
        // The page reloads: the removed agents are no longer listed.
        QTRY_VERIFY_WITH_TIMEOUT(model()->atEnd() && !model()->isLoading(), kWait);
        for (int row = 0; row < model()->rowCount(); ++row)
            QVERIFY(!emails.contains(model()->emailAt(row)));
        dialog->reject();
    }

    void refusedRowsShowTheServersMessage()
    {
        // A group that exists when listed but is gone when the change arrives.
        CreatePermissionGroupRequest request;
        request.name = u"Short-lived group"_s;
        auto created = Testing::waitFor(m_fx.client()->createPermissionGroup(request));
        QVERIFY(created->ok());

        const QStringList emails = selectFirstRows(3);
        SelectionJobDialog* dialog = m_page->changeGroupsOfSelected();
        QVERIFY(dialog);
        testModels(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoadingGroups(), kWait);
        dialog->setGroupCheckState(request.name, Qt::Checked);
        QVERIFY(dialog->selectedGroups().contains(request.name));
        auto deleted = Testing::waitFor(m_fx.client()->deletePermissionGroup(created->value().id));
        QVERIFY(deleted->ok());

        QVERIFY(dialog->start());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->job()->isFinished(), kWait);
        QCOMPARE(dialog->resultsModel()->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(dialog->resultsModel()->stateAt(row), Bulk::RowState::Failed);
            QVERIFY2(messageAt(dialog, row).contains(u"Unknown permission group"_s),
                qPrintable(messageAt(dialog, row)));
            QCOMPARE(
                dialog->resultsModel()->index(row, int(BulkResultsModel::Column::State)).data().toString(),
                Bulk::rowStateLabel(Bulk::RowState::Failed));
        }
        QVERIFY2(dialog->progressText().contains(u"3 failed"_s), qPrintable(dialog->progressText()));

        // The filter: failed rows only, then succeeded only.
        auto* filter = dialog->findChild<QComboBox*>(u"resultsFilterCombo"_s);
        filter->setCurrentIndex(1);
        QCOMPARE(dialog->resultsProxy()->rowCount(), 3);
        filter->setCurrentIndex(2);
        QCOMPARE(dialog->resultsProxy()->rowCount(), 0);
        filter->setCurrentIndex(0);
        QCOMPARE(dialog->resultsProxy()->rowCount(), 3);
        dialog->reject();
    }

    void mixedResults()
    {
        // One of three agents left the project after the list was loaded.
        const QStringList emails = selectFirstRows(3);
        MemberMetadata gone;
        gone.email = emails.at(1);
        auto removed = Testing::waitFor(m_fx.client()->removeMembers({ gone }));
        QVERIFY(removed->ok());
        const Demo::GroupRecord group = newGroup(u"Mixed results"_s); // a change for all three
        QVERIFY(!group.id.isEmpty());

        SelectionJobDialog* dialog = m_page->changeGroupsOfSelected();
        testModels(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoadingGroups(), kWait);
        dialog->setGroupCheckState(group.name, Qt::Checked);
        QVERIFY(dialog->start());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->job()->isFinished(), kWait);
        const Bulk::Counts counts = Bulk::countStates(dialog->job()->results());
        QCOMPARE(counts.succeeded, 2);
        QCOMPARE(counts.failed, 1);
        QCOMPARE(dialog->resultsModel()->stateAt(1), Bulk::RowState::Failed);
        QVERIFY2(messageAt(dialog, 1).contains(u"Not a member"_s), qPrintable(messageAt(dialog, 1)));
        QVERIFY(m_fx.demo()->agentByEmail(emails.at(0))->groupIds.contains(group.id));
        QVERIFY(m_fx.demo()->agentByEmail(emails.at(2))->groupIds.contains(group.id));
        QTRY_VERIFY2(m_page->statusText().contains(u"1 failed"_s), qPrintable(m_page->statusText()));
        dialog->reject();
    }

    void mnemonicsReachTheActions()
    {
        const QStringList emails = selectFirstRows(2);
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        Confirm::setNextAnswer(false);
        QTest::keyClick(m_page->view(), Qt::Key_M, Qt::AltModifier);
        // A mnemonic "animates" the click: it lands a moment later.
        QTRY_VERIFY2(Confirm::lastQuestion().contains(u"2 agent"_s), qPrintable(Confirm::lastQuestion()));
        QVERIFY(!openedDialog());

        QTest::keyClick(m_page->view(), Qt::Key_G, Qt::AltModifier);
        QTRY_VERIFY(openedDialog());
        SelectionJobDialog* dialog = openedDialog();
        QCOMPARE(dialog->members().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoadingGroups(), kWait);
        dialog->reject(); // nothing sent: closes at once
        QTRY_VERIFY(!openedDialog());
        QVERIFY(m_fx.demo()->memberEmails().contains(emails.first()));
    }

    void groupListErrorShowsTheBanner()
    {
        selectFirstRows(3);
        m_fx.demo()->setFailRate(1.0);
        SelectionJobDialog* dialog = m_page->changeGroupsOfSelected();
        QVERIFY(dialog);
        QSignalSpy loaded(dialog, &SelectionJobDialog::groupsLoaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kWait);
        QCOMPARE(loaded.first().at(0).toBool(), false);
        auto* banner = dialog->findChild<ErrorBanner*>();
        QVERIFY(banner && banner->isShowingError());
        QVERIFY(!dialog->findChild<QPushButton*>(u"startButton"_s)->isEnabled());
        QVERIFY(!dialog->start());

        // Retry once the server is back.
        m_fx.demo()->setFailRate(0);
        auto* retry = banner->findChild<QPushButton*>(u"errorBannerRetry"_s);
        QVERIFY(retry);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, kWait);
        QCOMPARE(loaded.last().at(0).toBool(), true);
        QVERIFY(!dialog->availableGroups().isEmpty());
        QVERIFY(!banner->isShowingError());
        dialog->reject();
    }

    void closingWhileSendingWaitsForTheAnswer()
    {
        const QStringList emails = selectFirstRows(3);
        const Demo::GroupRecord group = newGroup(u"Night shift"_s);
        QVERIFY(!group.id.isEmpty());
        SelectionJobDialog* dialog = m_page->changeGroupsOfSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoadingGroups(), kWait);
        dialog->setGroupCheckState(group.name, Qt::Checked);
        m_fx.demo()->setLatencyMs(300);
        QSignalSpy pageDone(m_page.get(), &AgentsPage::selectionJobFinished);
        const int requestsBefore = m_fx.demo()->requestCount();
        QVERIFY(dialog->start());
        QPointer<SelectionJobDialog> guard(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.demo()->requestCount() > requestsBefore, kWait);
        // Cancel while the request is on its way: the dialog stays until the answer arrived.
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
        dialog->reject();
        QVERIFY(guard && guard->isVisible());
        QVERIFY(!guard->job()->isFinished());
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), kWait);
        m_fx.demo()->setLatencyMs(0);
        QCOMPARE(pageDone.size(), 1);
        // The chunk was already sent: it was applied, not resent nor lost.
        QCOMPARE(pageDone.first().at(0).toInt(), 3);
        for (const QString& email : emails)
            QVERIFY(m_fx.demo()->agentByEmail(email)->groupIds.contains(group.id));
    }

    // Selection jobs are journalled like imports: the History page lists them with their counts
    // (a failed row included) and writes their report (email, groups, status, message).
    void selectionJobsAreJournalled()
    {
        const QStringList emails = selectFirstRows(3);
        MemberMetadata gone; // left the project after the list was loaded: that row fails
        gone.email = emails.at(2);
        QVERIFY(Testing::waitFor(m_fx.client()->removeMembers({ gone }))->ok());
        const Demo::GroupRecord group = newGroup(u"Journalled group"_s);
        QVERIFY(!group.id.isEmpty());

        SelectionJobDialog* dialog = m_page->changeGroupsOfSelected();
        QCOMPARE(dialog->journalPath(), ImportDialog::journalPath());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoadingGroups(), kWait);
        dialog->setGroupCheckState(group.name, Qt::Checked);
        QVERIFY(dialog->start());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->job()->isFinished(), kWait);
        const qint64 id = dialog->journalJobId();
        QVERIFY(id > 0);

        Bulk::JobJournal journal(ImportDialog::journalPath());
        QVERIFY(journal.isOpen());
        const std::optional<Bulk::StoredJob> stored = journal.load(id);
        QVERIFY(stored);
        QCOMPARE(stored->summary.operation, Bulk::Operation::UpdateMemberGroups);
        QCOMPARE(stored->summary.sourceFile, QString(Bulk::kAgentSelectionSource)); // in no language
        QVERIFY(stored->summary.finished.isValid());
        QCOMPARE(stored->summary.connectionLabel, m_fx.client()->connection().baseUrl().host());
        QCOMPARE(stored->header, (QStringList { u"email"_s, u"groups"_s }));
        QCOMPARE(stored->rows.size(), 3);
        for (int i = 0; i < 3; ++i) {
            // Each agent's complete new list: what they had, plus the group.
            QCOMPARE(stored->rows.at(i).cells.at(0), emails.at(i));
            QVERIFY(stored->rows.at(i).cells.at(1).split(u';').contains(group.name));
        }
        QCOMPARE(stored->summary.counts.succeeded, 2);
        QCOMPARE(stored->summary.counts.failed, 1);
        QCOMPARE(stored->summary.counts.total(), 3);
        QCOMPARE(stored->results.at(2).state, Bulk::RowState::Failed);
        dialog->reject();

        // A removal too, with the History page listing both (once the page has reloaded).
        QTRY_VERIFY_WITH_TIMEOUT(model()->atEnd() && !model()->isLoading() && model()->rowCount() > 3, kWait);
        QCOMPARE(selectFirstRows(2).size(), 2);
        Confirm::setNextAnswer(true);
        SelectionJobDialog* removal = m_page->removeSelectedFromProject();
        QVERIFY(removal);
        QTRY_VERIFY_WITH_TIMEOUT(removal->job()->isFinished() && removal->journalJobId() > 0, kWait);
        const qint64 removalId = removal->journalJobId();
        const std::optional<Bulk::StoredJob> removed = journal.load(removalId);
        QVERIFY(removed);
        QCOMPARE(removed->summary.operation, Bulk::Operation::RemoveMembers);
        QCOMPARE(removed->header, QStringList { u"email"_s });
        QCOMPARE(removed->summary.counts.succeeded, 2);
        QVERIFY(removed->summary.finished.isValid());
        removal->reject();

        HistoryPage history(m_fx.client());
        new QAbstractItemModelTester(history.model(), Report, &history);
        history.activate();
        QSet<qint64> listed;
        QTRY_VERIFY_WITH_TIMEOUT(history.model()->rowCount() >= 2, kWait);
        for (int row = 0; row < history.model()->rowCount(); ++row) {
            const Bulk::JobSummary& job = history.model()->jobAt(row);
            listed.insert(job.id);
            if (job.id == id) {
                QCOMPARE(job.counts.succeeded, 2);
                QCOMPARE(job.counts.failed, 1);
            }
        }
        QVERIFY(listed.contains(id));
        QVERIFY(listed.contains(removalId));
        const QString report = history.exportReport(id);
        QVERIFY(!report.isEmpty());
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(emails.at(0)) && text.contains(emails.at(2)), qPrintable(text));
        QVERIFY2(text.contains(group.name), qPrintable(text));
    }

    // A selection job whose answers are lost goes through the same run as an import: its rows
    // are unknown, then looked up on the server and found applied; journalled, listed in History.
    void selectionJobsVerifyUnknownRows()
    {
        const QStringList emails = selectFirstRows(2);
        m_fx.demo()->setLostResponseRate(1.0); // applied, then the connection closes unanswered
        Confirm::setNextAnswer(true);
        SelectionJobDialog* dialog = m_page->removeSelectedFromProject();
        QVERIFY(dialog);
        Bulk::BulkRun* run = dialog->job();
        QVERIFY(run);
        int unknownBeforeLookUp = -1;
        connect(run, &Bulk::BulkRun::stageChanged, this, [&](Bulk::BulkRun::Stage stage) {
            if (stage == Bulk::BulkRun::Stage::Verifying) {
                unknownBeforeLookUp = run->counts().unknown;
                m_fx.demo()->setLostResponseRate(0); // the look-ups are answered
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), kWait);
        QCOMPARE(unknownBeforeLookUp, 2);
        QCOMPARE(run->counts().succeeded, 2);
        QVERIFY2(run->results().at(0).message.startsWith(u"Verified on the server"_s),
            qPrintable(run->results().at(0).message));
        for (const QString& email : emails)
            QVERIFY(!m_fx.demo()->memberEmails().contains(email));
        // Each removal reached the server once: never resent after the lost answer.
        for (const QString& email : emails)
            QCOMPARE(m_fx.demo()->receipts().value(u"members.remove:"_s + email.toLower()), 1);
        Bulk::JobJournal journal(ImportDialog::journalPath());
        const std::optional<Bulk::StoredJob> stored = journal.load(dialog->journalJobId());
        QVERIFY(stored && stored->summary.finished.isValid());
        QCOMPARE(stored->summary.counts.succeeded, 2);
        QVERIFY(stored->results.at(1).message.startsWith(u"Verified on the server"_s));
        HistoryPage history(m_fx.client());
        history.activate();
        QVERIFY(history.model()->rowOf(dialog->journalJobId()) >= 0);
        dialog->reject();
    }

    void agentsPageImportsAgents()
    {
        auto* button = m_page->findChild<QPushButton*>(u"importCsvButton"_s);
        QVERIFY(button);
        QVERIFY(button->text().contains(u'&'));
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = m_page->findChild<ImportDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        QCOMPARE(dialog->operation(), Bulk::Operation::CreateAgents);
        QPointer<ImportDialog> guard(dialog);
        dialog->close();
        QTRY_VERIFY(guard.isNull());
    }

    void usersPageImportsUsers()
    {
        UsersPage users(m_fx.client());
        users.show();
        QVERIFY(QTest::qWaitForWindowExposed(&users));
        auto* button = users.findChild<QPushButton*>(u"importCsvButton"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = users.findChild<ImportDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        QCOMPARE(dialog->operation(), Bulk::Operation::CreateUsers);
        QPointer<ImportDialog> guard(dialog);
        dialog->close();
        QTRY_VERIFY(guard.isNull());
    }
};

QTEST_MAIN(TestSelectionJobs)
#include "tst_selectionjobs.moc"
