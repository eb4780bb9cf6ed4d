// Whole bulk jobs against the embedded demo backend over loopback HTTP: users created, updated
// and deleted, members invited, regrouped and removed, agents created and deleted, checking the
// backend's state afterwards; plus the undo file of a create run back through the engine.

#include "alliclient.h"
#include "bulkjob.h"
#include "bulkrun.h"
#include "csvreader.h"
#include "demofixture.h"
#include "operations.h"
#include "report.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using namespace Alli::Bulk;
using Alli::Testing::DemoFixture;

namespace
{

QString newUserId(int i)
{
    return u"BULK%1"_s.arg(i, 5, 10, QChar(u'0'));
}

PreparedRow row(int i, const QString& key, const QJsonObject& payload)
{
    PreparedRow r;
    r.index = i;
    r.line = i + 2;
    r.key = key;
    r.cells = { key };
    r.payload = payload;
    return r;
}

QList<PreparedRow> userRows(int n, const QString& firstName, bool withData = true)
{
    QList<PreparedRow> rows;
    for (int i = 0; i < n; ++i) {
        QJsonObject payload { { u"ownUserId"_s, newUserId(i) } };
        if (withData) {
            payload.insert(u"data"_s,
                QJsonArray { QJsonObject { { u"key"_s, u"first_name"_s }, { u"value"_s, firstName } },
                    QJsonObject {
                        { u"key"_s, u"email"_s }, { u"value"_s, u"bulk%1@example.com"_s.arg(i) } } });
        }
        rows.append(row(i, newUserId(i), payload));
    }
    return rows;
}

QString memberEmail(int i)
{
    return u"bulk.member%1@example.com"_s.arg(i);
}

QList<PreparedRow> memberRows(int n, const QStringList& groups)
{
    QList<PreparedRow> rows;
    for (int i = 0; i < n; ++i) {
        QJsonObject payload { { u"email"_s, memberEmail(i) } };
        if (!groups.isEmpty())
            payload.insert(u"groups"_s, QJsonArray::fromStringList(groups));
        payload.insert(u"firstName"_s, u"Member"_s);
        payload.insert(u"locale"_s, u"ja"_s);
        rows.append(row(i, memberEmail(i), payload));
    }
    return rows;
}

QList<PreparedRow> agentRows(int n, bool create)
{
    QList<PreparedRow> rows;
    for (int i = 0; i < n; ++i) {
        const QString email = u"bulk.agent%1@example.com"_s.arg(i);
        QJsonObject payload { { u"email"_s, email } };
        if (create) {
            payload.insert(u"password"_s, u"Str0ng!pass"_s);
            payload.insert(u"locale"_s, u"ko"_s);
            payload.insert(u"permission_group_name"_s, u"Knowledge Managers"_s);
        }
        rows.append(row(i, email, payload));
    }
    return rows;
}

} // namespace

class TestBulkDemo : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_fixture;

    void run(BulkJob& job)
    {
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 30000);
    }

    // Runs rows through a job, then checks every row ended in `expected`.
    // A file as the import would read it: CSV reader, auto-mapping and validation for `op`.
    static QList<PreparedRow> rowsOfFile(Operation op, const QByteArray& file)
    {
        auto read = CsvReader::read(file);
        if (!std::holds_alternative<CsvTable>(read))
            return {};
        const CsvTable table = std::get<CsvTable>(read);
        QList<PreparedRow> rows = RowValidator::prepare(op, table, OperationSpec::autoMap(op, table.header));
        rows.removeIf([](const PreparedRow& r) { return !r.isValid(); });
        return rows;
    }

    bool runAll(
        Operation op, const QList<PreparedRow>& rows, RowState expected, QList<RowResult>* results = nullptr)
    {
        BulkJob job(m_fixture.client(), op, rows);
        run(job);
        if (!job.isFinished())
            return false;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (job.results().at(i).state != expected) {
                qWarning() << operationId(op) << "row" << i << rowStateId(job.results().at(i).state)
                           << job.results().at(i).message;
                return false;
            }
        }
        if (results)
            *results = job.results();
        return true;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_fixture.start()); }

    void users()
    {
        auto* demo = m_fixture.demo();
        const int before = demo->userCount();
        const int requestsBefore = demo->requestCount();
        QList<RowResult> results;
        QVERIFY(runAll(Operation::CreateUsers, userRows(250, u"Created"_s), RowState::Succeeded, &results));
        QCOMPARE(demo->requestCount() - requestsBefore, 3);
        QCOMPARE(demo->userCount(), before + 250);
        QCOMPARE(demo->user(newUserId(249)).value(u"firstName").toString(), u"Created"_s);

        // Creating them again: each row fails with the server's own message.
        BulkJob again(m_fixture.client(), Operation::CreateUsers, userRows(3, u"Again"_s));
        run(again);
        QVERIFY(again.isFinished());
        QCOMPARE(again.results().at(1).state, RowState::Failed);
        QCOMPARE(again.results().at(1).message, u"User 'BULK00001' already exists"_s);

        QVERIFY(runAll(Operation::UpdateUsers, userRows(120, u"Updated"_s), RowState::Succeeded));
        QCOMPARE(demo->user(newUserId(119)).value(u"firstName").toString(), u"Updated"_s);
        QCOMPARE(demo->user(newUserId(120)).value(u"firstName").toString(), u"Created"_s);

        // The undo file of the create job, read back as a user would open it, sent as a delete job.
        const QList<PreparedRow> created = userRows(250, u"Created"_s);
        const std::optional<QByteArray> undo = Report::undoCsv(Operation::CreateUsers, created, results);
        QVERIFY(undo);
        const QList<PreparedRow> undoRows = rowsOfFile(Operation::DeleteUsers, *undo);
        QCOMPARE(undoRows.size(), 250);
        QVERIFY(runAll(Operation::DeleteUsers, undoRows, RowState::Succeeded));
        QCOMPARE(demo->userCount(), before);
        QVERIFY(!demo->userExists(newUserId(0)));

        QVERIFY(runAll(Operation::DeleteUsers, userRows(2, {}, false), RowState::Failed));
    }

    void members()
    {
        auto* demo = m_fixture.demo();
        const auto sales = u"Bulk Sales"_s;
        QVERIFY(runAll(Operation::InviteMembers, memberRows(150, { sales }), RowState::Succeeded));
        const std::optional<Demo::AgentRecord> invited = demo->agentByEmail(memberEmail(149));
        QVERIFY(invited);
        QVERIFY(invited->member);
        QCOMPARE(invited->locale, u"ja"_s);
        const std::optional<Demo::GroupRecord> group = demo->groupByName(sales); // created on demand
        QVERIFY(group);
        QVERIFY(invited->groupIds.contains(group->id));
        QCOMPARE(group->agentIds.size(), 150);

        const std::optional<Demo::GroupRecord> km = demo->groupByName(u"Knowledge Managers"_s);
        QVERIFY(km);
        QVERIFY(runAll(
            Operation::UpdateMemberGroups, memberRows(10, { u"Knowledge Managers"_s }), RowState::Succeeded));
        const std::optional<Demo::AgentRecord> moved = demo->agentByEmail(memberEmail(3));
        QCOMPARE(moved->groupIds, QStringList { km->id });

        // Keys in another case still match their results (emails are case-insensitive).
        QList<PreparedRow> upper = memberRows(5, {});
        for (PreparedRow& r : upper) {
            r.key = r.key.toUpper();
            r.payload.insert(u"email"_s, r.key);
        }
        QVERIFY(runAll(Operation::RemoveMembers, upper, RowState::Succeeded));
        QVERIFY(!demo->agentByEmail(memberEmail(0))->member);
        QVERIFY(demo->agentByEmail(memberEmail(5))->member);

        // The undo file of an invite, read back and sent: those members are gone again.
        QList<RowResult> invited2;
        QList<PreparedRow> fresh = memberRows(3, {});
        for (PreparedRow& r : fresh) {
            r.key = u"undo."_s + r.key;
            r.payload.insert(u"email"_s, r.key);
        }
        QVERIFY(runAll(Operation::InviteMembers, fresh, RowState::Succeeded, &invited2));
        QVERIFY(demo->agentByEmail(fresh.at(2).key)->member);
        const std::optional<QByteArray> undoInvite
            = Report::undoCsv(Operation::InviteMembers, fresh, invited2);
        QVERIFY(undoInvite);
        const QList<PreparedRow> removeRows = rowsOfFile(Operation::RemoveMembers, *undoInvite);
        QCOMPARE(removeRows.size(), 3);
        QVERIFY(runAll(Operation::RemoveMembers, removeRows, RowState::Succeeded));
        for (const PreparedRow& r : fresh)
            QVERIFY2(!demo->agentByEmail(r.key)->member, qPrintable(r.key));

        BulkJob removeAgain(m_fixture.client(), Operation::RemoveMembers, memberRows(6, {}));
        run(removeAgain);
        QVERIFY(removeAgain.isFinished());
        QCOMPARE(removeAgain.results().at(0).state, RowState::Failed);
        QCOMPARE(removeAgain.results().at(0).message, u"Not a member of this project"_s);
        QCOMPARE(removeAgain.results().at(5).state, RowState::Succeeded);
    }

    void agents()
    {
        auto* demo = m_fixture.demo();
        const int before = demo->agentCount();
        const int requestsBefore = demo->requestCount();
        QVERIFY(runAll(Operation::CreateAgents, agentRows(12, true), RowState::Succeeded));
        QCOMPARE(demo->requestCount() - requestsBefore, 12);
        QCOMPARE(demo->agentCount(), before + 12);
        const std::optional<Demo::AgentRecord> agent = demo->agentByEmail(u"bulk.agent11@example.com"_s);
        QVERIFY(agent);
        QCOMPARE(agent->locale, u"ko"_s);
        QCOMPARE(agent->groupIds, QStringList { demo->groupByName(u"Knowledge Managers"_s)->id });

        BulkJob again(m_fixture.client(), Operation::CreateAgents, agentRows(1, true));
        run(again);
        QVERIFY(again.isFinished());
        QCOMPARE(again.results().at(0).state, RowState::Failed);
        QVERIFY(again.results().at(0).message.contains(u"already registered"));

        // The undo file of the create job, read back and sent as a delete job.
        QList<RowResult> created(12, RowResult { RowState::Succeeded, QString(), 1 });
        const std::optional<QByteArray> undo
            = Report::undoCsv(Operation::CreateAgents, agentRows(12, true), created);
        QVERIFY(undo);
        QVERIFY(!undo->contains("password")); // an undo file never carries the passwords
        const QList<PreparedRow> deleteRows = rowsOfFile(Operation::DeleteAgents, *undo);
        QCOMPARE(deleteRows.size(), 12);
        QVERIFY(runAll(Operation::DeleteAgents, deleteRows, RowState::Succeeded));
        QCOMPARE(demo->agentCount(), before);
        QVERIFY(!demo->agentByEmail(u"bulk.agent0@example.com"_s));
    }

    void forbiddenStopsTheJob()
    {
        m_fixture.demo()->setForbidden(true);
        BulkJob job(m_fixture.client(), Operation::CreateUsers, userRows(300, u"X"_s), { 1, 100 });
        run(job);
        QVERIFY(job.isFinished());
        const Counts c = countStates(job.results());
        QCOMPARE(c.failed, 100);
        QCOMPARE(c.notSent, 200);
        QVERIFY(!m_fixture.demo()->userExists(newUserId(0)));
    }

    // A concurrency above the client's limit raises it for the job's duration only.
    void concurrencyRaisesTheClientLimitWhileRunning()
    {
        AlliClient* client = m_fixture.client();
        client->setMaxInFlight(2);
        m_fixture.demo()->setLatencyMs(100);
        {
            m_fixture.demo()->resetMaxRequestsInProgress();
            BulkJob job(client, Operation::CreateUsers, userRows(600, u"C"_s), { 6, 100 });
            job.start();
            QCOMPARE(client->maxInFlight(), 6);
            QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 30000);
            // Concurrency as the server saw it: above the client's usual 2, never above the job's 6.
            const int atOnce = m_fixture.demo()->maxRequestsInProgress();
            QVERIFY2(atOnce > 2 && atOnce <= 6, qPrintable(QString::number(atOnce)));
            QCOMPARE(client->maxInFlight(), 2);
            QCOMPARE(countStates(job.results()).succeeded, 600);
        }
        // Destroyed while running: restored too. A lower concurrency leaves the limit alone.
        {
            BulkJob job(client, Operation::DeleteUsers, userRows(600, u"C"_s, false), { 5, 100 });
            job.start();
            QCOMPARE(client->maxInFlight(), 5);
        }
        QCOMPARE(client->maxInFlight(), 2);
        client->setMaxInFlight(4);
        {
            BulkJob job(client, Operation::DeleteUsers, userRows(600, u"C"_s, false), { 1, 100 });
            job.start();
            QCOMPARE(client->maxInFlight(), 4);
            QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 30000);
        }
        QCOMPARE(client->maxInFlight(), 4);
        m_fixture.demo()->setLatencyMs(0);
    }

    // An undo file goes back through the run object like any file: read, mapped, validated, sent,
    // and the server is as it was before the job, for users, members and agents.
    void undoFilesRestoreTheServer_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("users created, then deleted")
            << Operation::CreateUsers
            << QByteArray("ownUserId,firstName\nUNDO001,A\nUNDO002,B\nEMP00001,Taken\n");
        QTest::newRow("members invited, then removed")
            << Operation::InviteMembers
            << QByteArray("email,firstName\nundo.one@example.com,One\nundo.two@example.com,Two\n");
        QTest::newRow("agents created, then deleted")
            << Operation::CreateAgents
            << QByteArray("email,password,locale\nundo.agent1@example.com,Undo-Pass-2026,ko\n"
                          "undo.agent2@example.com,Undo-Pass-2026,ja\n");
    }

    void undoFilesRestoreTheServer()
    {
        QFETCH(Operation, operation);
        QFETCH(QByteArray, csv);
        Demo::DemoServer* demo = m_fixture.demo();
        const int usersBefore = demo->userCount();
        const QStringList membersBefore = demo->memberEmails();
        const auto runFile = [this](Operation op, const QByteArray& text) -> std::unique_ptr<BulkRun> {
            auto read = CsvReader::read(text);
            const CsvTable table = std::get<CsvTable>(read);
            RunOptions options;
            options.journalPath.clear();
            auto run = std::make_unique<BulkRun>(m_fixture.client(), op,
                RowValidator::prepare(op, table, OperationSpec::autoMap(op, table.header)),
                RunSource { {}, table.header }, options);
            run->start();
            return run;
        };
        std::unique_ptr<BulkRun> job = runFile(operation, csv);
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 15000);
        QVERIFY(job->counts().succeeded >= 2);
        QVERIFY(demo->userCount() != usersBefore || demo->memberEmails() != membersBefore);

        const std::optional<QByteArray> undo = Report::undoCsv(operation, job->rows(), job->results());
        QVERIFY(undo);
        std::unique_ptr<BulkRun> undone = runFile(*Report::inverseOperation(operation), *undo);
        QTRY_VERIFY_WITH_TIMEOUT(undone->isFinished(), 15000);
        QCOMPARE(undone->counts().succeeded, job->counts().succeeded);
        QCOMPARE(undone->counts().total(), job->counts().succeeded); // only what the job did
        QCOMPARE(demo->userCount(), usersBefore);
        QVERIFY(demo->userExists(u"EMP00001"_s)); // it existed before: the undo leaves it
        QStringList before = membersBefore, after = demo->memberEmails();
        before.sort();
        after.sort();
        QCOMPARE(after, before);
        if (operation == Operation::CreateAgents)
            QVERIFY(!demo->agentByEmail(u"undo.agent1@example.com"_s));
    }
};

QTEST_GUILESS_MAIN(TestBulkDemo)
#include "tst_bulkdemo.moc"
