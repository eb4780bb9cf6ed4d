// The bulk sending engine against a fake network: per-row results matched whatever their order
// and grouping, missing and duplicate results, every end state, the in-flight cap, cancel,
// pause and resume, whole-request errors (401/403 stop the job), a POST that times out (its rows
// are unknown and never resent), resume from the journal after a crash, retry jobs that
// reconcile "already exists", and the report and undo files.

#include "alliclient.h"
#include "bulkjob.h"
#include "bulktestrows.h"
#include "fakenetwork.h"
#include "journal.h"
#include "languages.h"
#include "report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using namespace Alli::Bulk;

namespace
{

using Testing::agentRows;
using Testing::userId;
using Testing::userRow;
using Testing::userRows;

QString memberEmail(int i)
{
    return u"member%1@example.com"_s.arg(i);
}

QList<PreparedRow> memberRows(int n)
{
    QList<PreparedRow> rows;
    for (int i = 0; i < n; ++i) {
        PreparedRow r;
        r.index = i;
        r.line = i + 2;
        r.key = memberEmail(i);
        r.cells = { memberEmail(i) };
        r.payload
            = QJsonObject { { u"email"_s, memberEmail(i) }, { u"groups"_s, QJsonArray { u"Sales"_s } } };
        rows.append(r);
    }
    return rows;
}

QJsonObject bodyOf(const RecordedRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QStringList requestKeys(const RecordedRequest& request)
{
    QStringList keys;
    const QJsonObject body = bodyOf(request);
    const QJsonArray users = body.value(u"users").toArray();
    for (const QJsonValue& u : users)
        keys.append(u.toObject().value(u"ownUserId").toString());
    const QJsonArray members = body.value(u"members").toArray();
    for (const QJsonValue& m : members)
        keys.append(m.toObject().value(u"email").toString());
    if (body.contains(u"email"))
        keys.append(body.value(u"email").toString());
    return keys;
}

QJsonObject userResult(const QString& id, bool ok, const QString& message = {})
{
    return { { u"ownUserId"_s, id }, { u"status"_s, ok ? u"success"_s : u"error"_s },
        { u"message"_s, message.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(message) } };
}

FakeResponse resultsResponse(const QJsonArray& results, int delayMs = 0)
{
    FakeResponse r
        = FakeResponse::json(200, QJsonDocument(QJsonObject { { u"result"_s, results } }).toJson());
    r.delayMs = delayMs;
    return r;
}

// Every user in the request succeeds.
FakeResponse allUsersSucceed(const RecordedRequest& request, int delayMs = 0)
{
    QJsonArray results;
    const QStringList keys = requestKeys(request);
    for (const QString& id : keys)
        results.append(userResult(id, true));
    return resultsResponse(results, delayMs);
}

QList<RowState> statesOf(const BulkJob& job)
{
    QList<RowState> states;
    for (const RowResult& r : job.results())
        states.append(r.state);
    return states;
}

} // namespace

class TestBulkJob : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager* m_nam = nullptr;
    AlliClient* m_client = nullptr;

    void waitFinished(BulkJob& job, int timeoutMs = 10000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), timeoutMs);
    }

private Q_SLOTS:
    void init()
    {
        m_nam = new FakeNetworkAccessManager(this);
        m_client = Testing::fakeServerClient(m_nam, 4, this);
    }

    void cleanup()
    {
        delete m_client;
        delete m_nam;
    }

    void mapsShuffledUserResults()
    {
        m_nam->setHandler([](const RecordedRequest& request) {
            QJsonArray results;
            const QStringList keys = requestKeys(request);
            for (const QString& id : keys) {
                const int n = id.mid(1).toInt();
                results.append(n % 7 == 0 ? userResult(id, false, u"User '%1' already exists"_s.arg(id))
                                          : userResult(id, true));
            }
            QList<QJsonValue> list(results.begin(), results.end());
            std::shuffle(list.begin(), list.end(), *QRandomGenerator::global());
            QJsonArray shuffled;
            for (const QJsonValue& v : std::as_const(list))
                shuffled.append(v);
            return resultsResponse(shuffled);
        });
        BulkJob job(m_client, Operation::CreateUsers, userRows(250));
        QSignalSpy finished(&job, &BulkJob::finished);
        job.start();
        QVERIFY(m_nam->requests().isEmpty()); // start() only schedules
        waitFinished(job);
        QCOMPARE(m_nam->requests().size(), 3);
        QCOMPARE(requestKeys(m_nam->requests().at(0)).size(), 100);
        QCOMPARE(requestKeys(m_nam->requests().at(2)).size(), 50);
        QCOMPARE(bodyOf(m_nam->requests().at(0)).value(u"action").toString(), u"create"_s);
        for (int i = 0; i < 250; ++i) {
            const RowResult& r = job.results().at(i);
            if (i % 7 == 0) {
                QCOMPARE(r.state, RowState::Failed);
                QCOMPARE(r.message, u"User '%1' already exists"_s.arg(userId(i)));
            } else {
                QCOMPARE(r.state, RowState::Succeeded);
            }
            QCOMPARE(r.attempts, 1);
        }
        QTest::qWait(20);
        QCOMPARE(finished.count(), 1);
        const Progress p = job.progress();
        QCOMPARE(p.total, 250);
        QCOMPARE(p.done, 250);
        QCOMPARE(p.failed, 36);
        QCOMPARE(p.etaMs, 0);
    }

    void mapsGroupedMemberResults()
    {
        // One result lists many emails, in another case and order than the request.
        m_nam->setHandler([](const RecordedRequest& request) {
            QStringList ok, bad;
            const QStringList keys = requestKeys(request);
            for (qsizetype i = keys.size() - 1; i >= 0; --i)
                (i % 2 ? bad : ok).append(keys.at(i).toUpper());
            return resultsResponse(QJsonArray {
                QJsonObject { { u"emails"_s, QJsonArray::fromStringList(bad) }, { u"status"_s, u"error"_s },
                    { u"errorMessage"_s, u"Not a member of this project"_s } },
                QJsonObject { { u"emails"_s, QJsonArray::fromStringList(ok) }, { u"status"_s, u"success"_s },
                    { u"errorMessage"_s, QJsonValue::Null } },
            });
        });
        BulkJob job(m_client, Operation::UpdateMemberGroups, memberRows(10));
        job.start();
        waitFinished(job);
        QCOMPARE(m_nam->requests().size(), 1);
        QVERIFY(
            m_nam->requests().at(0).request.url().path().endsWith(u"/members/bulk/update_permission_groups"));
        for (int i = 0; i < 10; ++i) {
            const RowResult& r = job.results().at(i);
            QCOMPARE(r.state, i % 2 ? RowState::Failed : RowState::Succeeded);
            if (i % 2)
                QCOMPARE(r.message, u"Not a member of this project"_s);
        }
    }

    // BulkTaskResult.status is a free string: only a word that says success is a success, only
    // one that says failure a failure; anything else (or "success" with an error message) leaves
    // the row unknown, so that the run looks it up instead of calling it failed with a word.
    void freeTextStatusesAreDecidedOnlyWhenClear()
    {
        m_nam->setHandler([](const RecordedRequest& request) {
            const QStringList keys = requestKeys(request);
            const auto task
                = [&](int i, const QString& status, const QJsonValue& message = QJsonValue::Null) {
                      return QJsonObject { { u"emails"_s, QJsonArray { keys.at(i) } },
                          { u"status"_s, status }, { u"errorMessage"_s, message } };
                  };
            return resultsResponse(
                QJsonArray { task(0, u"SUCCESS"_s), task(1, u"Failed"_s, u"Not a member"_s),
                    task(2, u"pending"_s), task(3, u"success"_s, u"quota exceeded"_s), task(4, u"error"_s) });
        });
        BulkJob job(m_client, Operation::RemoveMembers, memberRows(5));
        job.start();
        waitFinished(job);
        QCOMPARE(statesOf(job),
            (QList<RowState> { RowState::Succeeded, RowState::Failed, RowState::Unknown, RowState::Unknown,
                RowState::Failed }));
        QCOMPARE(job.results().at(1).message, u"Not a member"_s);
        QVERIFY(job.results().at(2).message.contains(u"\"pending\""_s));
        QVERIFY(job.results().at(3).message.contains(u"quota exceeded"_s));
        QCOMPARE(job.results().at(4).message, u"error"_s);
    }

    void missingAndDuplicateResultsAreNeverSuccess()
    {
        m_nam->setHandler([](const RecordedRequest&) {
            return resultsResponse(QJsonArray {
                userResult(userId(0), true),
                userResult(userId(0), true), // the same answer twice: fine
                userResult(userId(1), true),
                userResult(userId(1), false, u"boom"_s), // contradicts itself
                // U0002: no result at all
                userResult(userId(3), false, u"Invalid email 'x'"_s),
                userResult(u"NOT-IN-REQUEST"_s, true),
                userResult(userId(4), true),
            });
        });
        BulkJob job(m_client, Operation::UpdateUsers, userRows(5));
        job.start();
        waitFinished(job);
        QCOMPARE(statesOf(job),
            (QList<RowState> { RowState::Succeeded, RowState::Unknown, RowState::Unknown, RowState::Failed,
                RowState::Succeeded }));
        QCOMPARE(job.results().at(2).message, u"no result"_s);
        QCOMPARE(job.results().at(3).message, u"Invalid email 'x'"_s);
        QCOMPARE(bodyOf(m_nam->requests().at(0)).value(u"action").toString(), u"update"_s);

        // Members: a result that leaves an email out.
        m_nam->setHandler([](const RecordedRequest& request) {
            QStringList keys = requestKeys(request);
            keys.removeFirst();
            return resultsResponse(QJsonArray { QJsonObject {
                { u"emails"_s, QJsonArray::fromStringList(keys) }, { u"status"_s, u"success"_s } } });
        });
        BulkJob members(m_client, Operation::RemoveMembers, memberRows(3));
        members.start();
        waitFinished(members);
        QCOMPARE(statesOf(members),
            (QList<RowState> { RowState::Unknown, RowState::Succeeded, RowState::Succeeded }));
        QCOMPARE(members.results().at(0).message, u"no result"_s);
    }

    // BulkRun hands its results to each round's job without a copy: the job takes them as
    // setInitialResults() would. Final rows are not sent, an unknown row is never resent and is
    // offered for a look-up, and an invalid row stays invalid with its own problem whatever the
    // given results say.
    void resultsGivenToTheJobAreTakenAsInitialResults()
    {
        QList<PreparedRow> rows = userRows(4);
        rows[2].problems.append({ CellProblem::Severity::Error, u"ownUserId"_s, u"ownUserId is required"_s });
        const QList<RowResult> given { RowResult { RowState::Succeeded, u"done before"_s, 1 },
            RowResult { RowState::Unknown, u"no answer"_s, 1 }, RowResult {}, RowResult {} };
        m_nam->setHandler([](const RecordedRequest& request) { return allUsersSucceed(request); });

        BulkJob job(m_client, Operation::CreateUsers, rows, given);
        BulkJob same(m_client, Operation::CreateUsers, rows);
        same.setInitialResults(given);
        for (BulkJob* each : { &job, &same }) {
            m_nam->clearRequests();
            each->start();
            waitFinished(*each);
            QCOMPARE(m_nam->requests().size(), 1);
            QCOMPARE(requestKeys(m_nam->requests().constFirst()), QStringList { userId(3) });
            QCOMPARE(statesOf(*each),
                (QList<RowState> {
                    RowState::Succeeded, RowState::Unknown, RowState::Invalid, RowState::Succeeded }));
            QCOMPARE(each->results().at(0).message, u"done before"_s);
            QCOMPARE(each->results().at(2).message, u"ownUserId is required"_s);
            const QList<PreparedRow> again = each->failedRows();
            QCOMPARE(again.size(), 1);
            QCOMPARE(again.constFirst().key, userId(1));
        }
        // The caller's list is left as it was.
        QCOMPARE(given.at(3).state, RowState::Pending);
    }

    void everyEndState()
    {
        QList<PreparedRow> rows = userRows(7);
        rows[0].problems.append({ CellProblem::Severity::Error, u"ownUserId"_s, u"ownUserId is required"_s });
        m_nam->setHandler([](const RecordedRequest& request) {
            const QStringList keys = requestKeys(request);
            if (keys.contains(userId(1)))
                return resultsResponse(
                    { userResult(userId(1), true), userResult(userId(2), false, u"Invalid email 'x'"_s) },
                    10);
            return resultsResponse({ userResult(userId(4), true) }, 10); // U0003: no result
        });
        BulkJob job(m_client, Operation::CreateUsers, rows, { 1, 2 });
        // A freed slot takes the next chunk before the answer's rows are recorded and shown: by
        // the time rows 1-2 are reported, rows 3-4 are on their way, and a cancel then leaves
        // only rows 5-6 unsent.
        connect(&job, &BulkJob::rowsChanged, &job, [&job](const QList<int>& indexes) {
            if (indexes.contains(1))
                job.cancel();
        });
        QCOMPARE(job.results().at(0).state, RowState::Invalid);
        job.start();
        waitFinished(job);
        QCOMPARE(m_nam->requests().size(), 2);
        QCOMPARE(statesOf(job),
            (QList<RowState> { RowState::Invalid, RowState::Succeeded, RowState::Failed, RowState::Unknown,
                RowState::Succeeded, RowState::NotSent, RowState::NotSent }));
        QCOMPARE(job.results().at(0).message, u"ownUserId is required"_s);
        QCOMPARE(job.results().at(0).attempts, 0);
        QCOMPARE(job.results().at(5).attempts, 0);
        const Counts c = countStates(job.results());
        QCOMPARE(c.summaryLine(), u"2 succeeded, 1 failed, 1 invalid, 2 not sent, 1 unknown"_s);
        const Progress p = job.progress();
        QCOMPARE(p.total, 6);
        QCOMPARE(p.done, 6);
        QCOMPARE(p.failed, 2);
        // Retry takes the unknown rows and the failures a retry can fix: U0002 was refused by the
        // server for its own content ("Invalid email") and would fail again.
        QVERIFY(!job.results().at(2).retryable);
        QCOMPARE(countRetryable(job.results()), 1);
        const QList<PreparedRow> retry = job.failedRows();
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.at(0).key, userId(3));
        QVERIFY(retry.at(0).isValid());
    }

    void respectsTheInFlightCap()
    {
        // Measured at the (fake) server: requests received and not answered yet.
        int outstanding = 0;
        int maxConcurrent = 0;
        const auto answered
            = connect(m_nam, &QNetworkAccessManager::finished, this, [&outstanding] { --outstanding; });
        m_nam->setHandler([&outstanding, &maxConcurrent](const RecordedRequest& r) {
            maxConcurrent = std::max(maxConcurrent, ++outstanding);
            return allUsersSucceed(r, 20);
        });
        BulkJob job(m_client, Operation::CreateUsers, userRows(100), { 3, 10 });
        job.start();
        waitFinished(job);
        QCOMPARE(m_nam->requests().size(), 10);
        QCOMPARE(maxConcurrent, 3);
        disconnect(answered);

        // Destroying a running job cancels what it sent.
        m_nam->clearRequests();
        m_nam->setHandler([](const RecordedRequest&) { return FakeResponse::hanging(); });
        auto hanging = std::make_unique<BulkJob>(
            m_client, Operation::CreateUsers, userRows(100), JobOptions { 3, 10 });
        hanging->start();
        QTRY_COMPARE(m_nam->requests().size(), 3);
        QVERIFY(hanging->isRunning());
        hanging.reset();
        QTRY_COMPARE(m_client->inFlight(), 0);
        QCOMPARE(m_nam->requests().size(), 3);
    }

    void cancelLetsChunksInFlightFinish()
    {
        m_nam->setHandler([](const RecordedRequest& r) { return allUsersSucceed(r, 100); });
        BulkJob job(m_client, Operation::CreateUsers, userRows(100), { 2, 10 });
        QSignalSpy finished(&job, &BulkJob::finished);
        job.start();
        QTRY_COMPARE(m_nam->requests().size(), 2);
        job.cancel();
        QVERIFY(!job.isFinished()); // two chunks are still on their way
        QCOMPARE(job.results().at(50).state, RowState::NotSent);
        waitFinished(job);
        QCOMPARE(m_nam->requests().size(), 2);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(job.results().at(i).state, i < 20 ? RowState::Succeeded : RowState::NotSent);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
    }

    void cancelBeforeStart()
    {
        BulkJob job(m_client, Operation::CreateUsers, userRows(5));
        QSignalSpy finished(&job, &BulkJob::finished);
        job.cancel();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(countStates(job.results()).notSent, 5);
        QVERIFY(m_nam->requests().isEmpty());
    }

    // The sending pipeline never waits on itself: when an answer frees a slot, the next chunk is
    // sent before that answer's rows are recorded and reported (rowsChanged drives the result
    // models and views), so a slow view cannot hold a request back.
    void freedSlotIsRefilledBeforeResultsAreReported()
    {
        m_nam->setHandler([](const RecordedRequest& r) { return allUsersSucceed(r, 5); });
        BulkJob job(m_client, Operation::CreateUsers, userRows(30), { 1, 10 });
        QList<qsizetype> requestsWhenReported;
        connect(&job, &BulkJob::rowsChanged, &job,
            [&] { requestsWhenReported.append(m_nam->requests().size()); });
        job.start();
        waitFinished(job);
        QCOMPARE(countStates(job.results()).succeeded, 30);
        // Chunk 1 reported: chunk 2 already sent; chunk 2 reported: chunk 3 sent; the last one.
        QCOMPARE(requestsWhenReported, (QList<qsizetype> { 2, 3, 3 }));
    }

    void pauseAndResume()
    {
        m_nam->setHandler([](const RecordedRequest& r) { return allUsersSucceed(r, 20); });
        BulkJob job(m_client, Operation::CreateUsers, userRows(40), { 1, 10 });
        bool pausedOnce = false;
        connect(&job, &BulkJob::rowsChanged, &job, [&] {
            if (!pausedOnce) {
                pausedOnce = true;
                job.pause();
            }
        });
        job.start();
        QTRY_VERIFY(pausedOnce);
        QVERIFY(job.isPaused());
        QTest::qWait(150);
        // The second chunk left when the first answer freed its slot, before the pause (which
        // came from the first answer's rowsChanged); it finishes, and nothing more is sent.
        QCOMPARE(m_nam->requests().size(), 2);
        const Progress paused = job.progress();
        QCOMPARE(paused.total, 40);
        QCOMPARE(paused.done, 20);
        QCOMPARE(paused.failed, 0);
        QVERIFY(paused.rowsPerSecond > 0);
        QVERIFY(paused.etaMs > 0);
        QVERIFY(!job.isFinished());
        QVERIFY(job.isRunning());
        job.resume();
        QVERIFY(!job.isPaused());
        waitFinished(job);
        QCOMPARE(m_nam->requests().size(), 4);
        QCOMPARE(countStates(job.results()).succeeded, 40);
        QVERIFY(job.progress().rowsPerSecond > 0);
    }

    void wholeRequestErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("notSent");
        QTest::newRow("400") << 400 << 5 << 50 << 0;
        QTest::newRow("401 stops the job") << 401 << 1 << 10 << 40;
        QTest::newRow("403 stops the job") << 403 << 1 << 10 << 40;
    }

    void wholeRequestErrors()
    {
        QFETCH(int, status);
        QFETCH(int, requests);
        QFETCH(int, failed);
        QFETCH(int, notSent);
        m_nam->setHandler([status](const RecordedRequest&) {
            return FakeResponse::json(status, QByteArray(R"({"detail":"boom from the server"})"));
        });
        BulkJob job(m_client, Operation::CreateUsers, userRows(50), { 1, 10 });
        job.start();
        waitFinished(job);
        QCOMPARE(m_nam->requests().size(), requests);
        const Counts c = countStates(job.results());
        QCOMPARE(c.failed, failed);
        QCOMPARE(c.notSent, notSent);
        QVERIFY2(job.results().at(0).message.contains(u"boom from the server"),
            qPrintable(job.results().at(0).message));
    }

    void noAnswerMeansUnknownAndNoResend_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("extraRequests");
        QTest::addColumn<RowState>("firstChunk");
        QTest::newRow("timeout") << u"timeout"_s << 0 << RowState::Unknown;
        QTest::newRow("connection closed") << u"closed"_s << 0 << RowState::Unknown;
        QTest::newRow("500 (a POST is not resent)") << u"500"_s << 0 << RowState::Unknown;
        QTest::newRow("502 after sending") << u"502"_s << 0 << RowState::Unknown;
        QTest::newRow("503 after sending") << u"503"_s << 0 << RowState::Unknown;
        QTest::newRow("504 after sending") << u"504"_s << 0 << RowState::Unknown;
        QTest::newRow("200 that is not JSON") << u"garbage"_s << 0 << RowState::Unknown;
        // Never reached the server, or refused without acting: the client retries by itself.
        QTest::newRow("connection refused, then ok") << u"refused"_s << 1 << RowState::Succeeded;
        QTest::newRow("429 with Retry-After, then ok") << u"429"_s << 1 << RowState::Succeeded;
    }

    void noAnswerMeansUnknownAndNoResend()
    {
        QFETCH(QString, fault);
        QFETCH(int, extraRequests);
        QFETCH(RowState, firstChunk);
        m_client->setTransferTimeout(150);
        int calls = 0;
        m_nam->setHandler([&](const RecordedRequest& r) {
            if (calls++ > 0)
                return allUsersSucceed(r);
            if (fault == u"timeout")
                return FakeResponse::hanging();
            if (fault == u"closed")
                return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
            if (fault == u"refused")
                return FakeResponse::networkError(QNetworkReply::ConnectionRefusedError);
            if (fault == u"garbage")
                return FakeResponse::json(200, "<html>proxy</html>");
            FakeResponse e = FakeResponse::json(fault.toInt(), R"({"detail":"busy"})");
            e.addHeader("Retry-After", "0");
            return e;
        });
        BulkJob job(m_client, Operation::CreateUsers, userRows(30), { 1, 10 });
        job.start();
        waitFinished(job);
        QCOMPARE(m_nam->requests().size(), 3 + extraRequests);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(job.results().at(i).state, i < 10 ? firstChunk : RowState::Succeeded);
        // The first chunk's users were sent exactly once unless the client retried a refusal.
        int sentFirst = 0;
        for (const RecordedRequest& r : m_nam->requests())
            sentFirst += requestKeys(r).contains(userId(0)) ? 1 : 0;
        QCOMPARE(sentFirst, 1 + extraRequests);
        if (firstChunk == RowState::Unknown)
            QVERIFY(!job.results().at(0).message.isEmpty());
    }

    void agentsOneRequestPerRow()
    {
        int outstanding = 0;
        int maxConcurrent = 0;
        const auto answered
            = connect(m_nam, &QNetworkAccessManager::finished, this, [&outstanding] { --outstanding; });
        m_nam->setHandler([&outstanding, &maxConcurrent](const RecordedRequest& r) {
            maxConcurrent = std::max(maxConcurrent, ++outstanding);
            FakeResponse response = bodyOf(r).value(u"email").toString() == u"agent1@example.com"
                ? FakeResponse::json(
                    400, R"({"errors":"An agent with email agent1@example.com is already registered"})")
                : FakeResponse::json(200, R"({"result":{"id":"a1","status":"created"}})");
            response.delayMs = 30;
            return response;
        });
        BulkJob job(m_client, Operation::CreateAgents, agentRows(6), { 2, 100 });
        job.start();
        waitFinished(job);
        disconnect(answered);
        QCOMPARE(maxConcurrent, 2);
        QCOMPARE(m_nam->requests().size(), 6);
        const QJsonObject first = bodyOf(m_nam->requests().at(0));
        QCOMPARE(first.value(u"password").toString(), u"Secr3t!pass"_s);
        QCOMPARE(first.value(u"deleteFlag").toBool(), false);
        QCOMPARE(job.results().at(1).state, RowState::Failed);
        QVERIFY(job.results().at(1).message.contains(u"already registered"));
        QCOMPARE(countStates(job.results()).succeeded, 5);

        BulkJob deletion(m_client, Operation::DeleteAgents, agentRows(1));
        deletion.start();
        waitFinished(deletion);
        QCOMPARE(bodyOf(m_nam->requests().last()).value(u"deleteFlag").toBool(), true);
        QVERIFY(!bodyOf(m_nam->requests().last()).contains(u"password"));
    }

    // A retry job's rows that an earlier attempt may have applied: a refusal now ("already
    // exists") may mean it was, or may refuse the row's content. The job keeps the refusal and
    // leaves the row unknown for the run to look up (tst_bulkrun refusedRetryRowsAreLookedUp).
    void retryJobKeepsTheRefusalOfRowsThatMayBeApplied()
    {
        m_client->setTransferTimeout(150);
        m_nam->setHandler([](const RecordedRequest& r) {
            const QStringList keys = requestKeys(r);
            if (keys.contains(userId(0)))
                return FakeResponse::hanging(); // U0000, U0001: sent, no answer
            return resultsResponse(
                { userResult(userId(2), false, u"Invalid email 'x'"_s), userResult(userId(3), true) });
        });
        BulkJob first(m_client, Operation::CreateUsers, userRows(4), { 1, 2 });
        first.start();
        waitFinished(first);
        QCOMPARE(statesOf(first),
            (QList<RowState> {
                RowState::Unknown, RowState::Unknown, RowState::Failed, RowState::Succeeded }));

        // U0002 was refused for its content: not retried.
        const QList<PreparedRow> failed = first.failedRows();
        QCOMPARE(failed.size(), 2);
        // The retry job goes through the journal (as the import dialog does): what it must
        // reconcile survives a restart.
        QTemporaryDir dir;
        JobJournal journal(dir.filePath(u"jobs.sqlite"_s));
        const qint64 id = journal.createJob(Operation::CreateUsers, u"u.csv"_s, u"Demo"_s,
            { u"ownUserId"_s, u"name"_s }, failed, QList<RowResult>(failed.size()));
        const std::optional<StoredJob> stored = journal.load(id);
        QVERIFY(stored);
        QCOMPARE(stored->results.at(0), RowResult {});
        QCOMPARE(stored->rows.at(0).problems.size(), 1);
        QCOMPARE(stored->rows.at(1).problems.size(), 1);
        const QList<PreparedRow> rows = stored->rows;
        m_nam->clearRequests();
        m_nam->setHandler([](const RecordedRequest& r) {
            QJsonArray results;
            const QStringList keys = requestKeys(r);
            for (const QString& id : keys)
                results.append(id == userId(1)
                        ? userResult(id, true)
                        : userResult(id, false, u"User '%1' already exists"_s.arg(id)));
            return resultsResponse(results);
        });
        BulkJob retry(m_client, Operation::CreateUsers, rows);
        retry.start();
        waitFinished(retry);
        QCOMPARE(m_nam->requests().size(), 1);
        QCOMPARE(retry.results().at(0).state, RowState::Unknown);
        QVERIFY(retry.results().at(0).message.contains(u"User 'U0000' already exists"));
        QCOMPARE(retry.refusals().size(), 1);
        QCOMPARE(retry.refusals().value(0).state, RowState::Failed);
        QCOMPARE(retry.refusals().value(0).message, u"User 'U0000' already exists"_s);
        QCOMPARE(retry.results().at(1).state, RowState::Succeeded);
    }

    // A retry job journalled in one language and resumed in another (started in the Korean
    // console, resumed with the English alli-admin-cli): its rows still know that an earlier
    // attempt may have been applied, so an "already exists" answer leaves them to be looked up
    // instead of failing them.
    void retryJobReconcilesInAnotherLanguage()
    {
        m_client->setTransferTimeout(150);
        m_nam->setHandler([](const RecordedRequest&) { return FakeResponse::hanging(); });
        BulkJob first(m_client, Operation::CreateUsers, userRows(2));
        first.start();
        waitFinished(first);
        QCOMPARE(statesOf(first), (QList<RowState> { RowState::Unknown, RowState::Unknown }));

        QTranslator korean;
        QVERIFY(korean.load(translationResource(u"ko"_s)));
        const auto restore = qScopeGuard([&korean] { QCoreApplication::removeTranslator(&korean); });
        QCoreApplication::installTranslator(&korean);
        const QString koreanMark = CellProblem::mayBeAppliedText();
        QVERIFY(!koreanMark.startsWith(u"An earlier attempt"_s)); // the catalogue is in use
        const QList<PreparedRow> failed = first.failedRows();
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(0).problems.constLast().message, koreanMark);
        QTemporaryDir dir;
        JobJournal journal(dir.filePath(u"jobs.sqlite"_s));
        const qint64 id = journal.createJob(Operation::CreateUsers, u"u.csv"_s, u"Demo"_s,
            { u"ownUserId"_s, u"name"_s }, failed, QList<RowResult>(failed.size()));
        QCoreApplication::removeTranslator(&korean);

        const std::optional<StoredJob> stored = journal.load(id);
        QVERIFY(stored);
        QCOMPARE(stored->rows.at(0).problems.size(), 1);
        // Shown in the language of the moment, not in the one it was recorded in.
        QCOMPARE(stored->rows.at(0).problems.constFirst().message, CellProblem::mayBeAppliedText());
        m_nam->clearRequests();
        m_nam->setHandler([](const RecordedRequest& r) {
            QJsonArray results;
            const QStringList keys = requestKeys(r);
            for (const QString& key : keys)
                results.append(userResult(key, false, u"User '%1' already exists"_s.arg(key)));
            return resultsResponse(results);
        });
        BulkJob retry(m_client, Operation::CreateUsers, stored->rows);
        retry.start();
        waitFinished(retry);
        QCOMPARE(m_nam->requests().size(), 1);
        QCOMPARE(statesOf(retry), (QList<RowState> { RowState::Unknown, RowState::Unknown }));
        QCOMPARE(retry.refusals().size(), 2);

        // A retry of that retry keeps the mark once, whatever the language was in between.
        QCoreApplication::installTranslator(&korean);
        QList<RowResult> again(2, RowResult { RowState::Failed, u"500"_s, 1 });
        again[0].retryable = again[1].retryable = true;
        const QList<PreparedRow> second = retryableRows(stored->rows, again);
        QCOMPARE(second.size(), 2);
        QCOMPARE(second.at(0).problems.size(), 1);
        QCOMPARE(second.at(0).problems.constFirst().message, koreanMark);
    }

    void retryJobReconcilesAgents()
    {
        m_client->setTransferTimeout(150);
        m_nam->setHandler([](const RecordedRequest&) { return FakeResponse::hanging(); });
        BulkJob first(m_client, Operation::CreateAgents, agentRows(2));
        first.start();
        waitFinished(first);
        QCOMPARE(statesOf(first), (QList<RowState> { RowState::Unknown, RowState::Unknown }));

        m_nam->clearRequests();
        m_nam->setHandler([](const RecordedRequest& r) {
            if (bodyOf(r).value(u"email").toString() == u"agent0@example.com")
                return FakeResponse::json(
                    400, R"({"errors":"An agent with email agent0@example.com is already registered"})");
            return FakeResponse::json(400, R"({"errors":"password is required to create an agent"})");
        });
        BulkJob retry(m_client, Operation::CreateAgents, first.failedRows());
        retry.start();
        waitFinished(retry);
        QCOMPARE(m_nam->requests().size(), 2);
        // Both may have been created by the first attempt: both are left to the look-up, each
        // with the server's refusal.
        QCOMPARE(statesOf(retry), (QList<RowState> { RowState::Unknown, RowState::Unknown }));
        QVERIFY(retry.results().at(0).message.contains(u"already registered"));
        QVERIFY(retry.refusals().value(1).message.contains(u"password is required"));

        // A delete whose first attempt got no answer: "does not exist" now may mean it was applied.
        m_nam->setHandler([](const RecordedRequest&) {
            return FakeResponse::json(
                404, R"({"errors":"Agent with email agent0@example.com does not exist"})");
        });
        QList<PreparedRow> rows = agentRows(1);
        BulkJob deletion(m_client, Operation::DeleteAgents, rows);
        deletion.setInitialResults({ RowResult {} });
        deletion.start();
        waitFinished(deletion);
        QCOMPARE(deletion.results().at(0).state, RowState::Failed); // not unknown before: a real failure
        // A refusal is not offered for a retry: it would fail the same way.
        QVERIFY(!deletion.results().at(0).retryable);
        QVERIFY(deletion.failedRows().isEmpty());
        rows[0].problems.clear();
        BulkJob afterUnknown(m_client, Operation::DeleteAgents, rows);
        afterUnknown.setInitialResults({ RowResult { RowState::Unknown, u"no answer"_s, 1 } });
        const QList<PreparedRow> again = [&] {
            afterUnknown.start();
            return afterUnknown.failedRows(); // the unknown row, marked for reconciliation
        }();
        waitFinished(afterUnknown);
        QCOMPARE(again.size(), 1);
        BulkJob retryUnknown(m_client, Operation::DeleteAgents, again);
        retryUnknown.start();
        waitFinished(retryUnknown);
        QCOMPARE(retryUnknown.results().at(0).state, RowState::Unknown);
        QCOMPARE(retryUnknown.refusals().size(), 1);
    }

    void resumeFromJournalAfterCrash()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"jobs.sqlite"_s);
        const QList<PreparedRow> rows = userRows(50);
        qint64 jobId = -1;
        {
            JobJournal journal(path);
            QVERIFY2(journal.isOpen(), qPrintable(journal.errorString()));
            jobId = journal.createJob(Operation::CreateUsers, u"/tmp/users.csv"_s, u"Test project"_s,
                { u"ownUserId"_s, u"firstName"_s }, rows, QList<RowResult>(rows.size()));
            QVERIFY(jobId > 0);
            QCOMPARE(journal.unfinishedJobs().size(), 1);

            // The third request never answers: the app is "killed" while it is in flight.
            m_nam->setHandler([](const RecordedRequest& r) {
                if (requestKeys(r).contains(userId(20)))
                    return FakeResponse::hanging();
                return allUsersSucceed(r, 10);
            });
            auto job
                = std::make_unique<BulkJob>(m_client, Operation::CreateUsers, rows, JobOptions { 1, 10 });
            job->setJournal(&journal, jobId);
            job->start();
            QTRY_COMPARE(m_nam->requests().size(), 3);
            QCOMPARE(job->results().at(19).state, RowState::Succeeded);
            job.reset();
        }

        JobJournal journal(path);
        QVERIFY(journal.isOpen());
        const QList<JobSummary> unfinished = journal.unfinishedJobs();
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.at(0).id, jobId);
        QCOMPARE(unfinished.at(0).counts.succeeded, 20);
        QCOMPARE(unfinished.at(0).counts.unknown, 10);
        QCOMPARE(unfinished.at(0).counts.pending, 20);
        QCOMPARE(unfinished.at(0).connectionLabel, u"Test project"_s);
        const std::optional<StoredJob> stored = journal.load(jobId);
        QVERIFY(stored);
        QCOMPARE(stored->header, (QStringList { u"ownUserId"_s, u"firstName"_s }));
        QCOMPARE(stored->rows.size(), 50);
        QCOMPARE(stored->rows.at(7).cells.toList(), rows.at(7).cells.toList());
        QCOMPARE(stored->rows.at(7).payload, rows.at(7).payload);
        QCOMPARE(stored->rows.at(7).line, rows.at(7).line);
        QCOMPARE(stored->results.at(7).state, RowState::Succeeded);
        QCOMPARE(stored->results.at(25).state, RowState::Unknown);
        QCOMPARE(stored->results.at(25).attempts, 1);
        QCOMPARE(stored->results.at(35).state, RowState::Pending);

        m_nam->clearRequests();
        m_nam->setHandler([](const RecordedRequest& r) { return allUsersSucceed(r); });
        BulkJob resumed(m_client, stored->summary.operation, stored->rows, { 1, 10 });
        resumed.setInitialResults(stored->results);
        resumed.setJournal(&journal, jobId);
        resumed.start();
        waitFinished(resumed);
        QCOMPARE(m_nam->requests().size(), 2); // only the two chunks never sent
        for (const RecordedRequest& r : m_nam->requests()) {
            for (const QString& key : requestKeys(r))
                QVERIFY2(key.mid(1).toInt() >= 30, qPrintable(key));
        }
        const Counts c = countStates(resumed.results());
        QCOMPARE(c.succeeded, 40);
        QCOMPARE(c.unknown, 10);
        QCOMPARE(resumed.progress().done, 50);
        QVERIFY(journal.unfinishedJobs().isEmpty());
        QCOMPARE(journal.jobs().size(), 1);
        QVERIFY(journal.jobs().at(0).finished.isValid());
        QCOMPARE(journal.jobs().at(0).counts.succeeded, 40);
    }

    // Crash safety: the journal has a chunk's rows as sent (committed, so that a kill -9 at this
    // moment makes them Unknown on resume, never resent) before its request can leave.
    void everyRequestLeavesOnlyAfterItsRowsAreJournalled()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"jobs.sqlite"_s);
        const QList<PreparedRow> rows = userRows(600);
        JobJournal journal(path);
        QVERIFY2(journal.isOpen(), qPrintable(journal.errorString()));
        const qint64 jobId = journal.createJob(Operation::CreateUsers, u"u.csv"_s, u"Demo"_s,
            { u"ownUserId"_s, u"firstName"_s }, rows, QList<RowResult>(rows.size()));
        QVERIFY(jobId > 0);
        int checked = 0;
        QStringList violations;
        m_nam->setHandler([&](const RecordedRequest& r) {
            // Another connection, as a process started after a crash would read it.
            JobJournal reader(path);
            const std::optional<StoredJob> stored = reader.load(jobId);
            for (const QString& key : requestKeys(r)) {
                const int row = key.mid(1).toInt();
                ++checked;
                if (!stored || stored->results.at(row).state != RowState::Unknown)
                    violations.append(key);
            }
            return allUsersSucceed(r, 5);
        });
        // Another process (alli-admin-cli) holds the journal's write lock for a moment: the job
        // waits for it rather than send anything not recorded yet.
        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
            locker.setDatabaseName(path);
            QVERIFY(locker.open());
            QSqlQuery q(locker);
            QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
        }
        bool locked = true;
        const auto unlock = [&locked] {
            if (!locked)
                return;
            locked = false;
            {
                QSqlDatabase locker = QSqlDatabase::database(u"locker"_s);
                QSqlQuery(locker).exec(u"COMMIT"_s);
                locker.close();
            }
            QSqlDatabase::removeDatabase(u"locker"_s);
        };
        BulkJob job(m_client, Operation::CreateUsers, rows, JobOptions { 4, 20 });
        // Declared after the job: on failure the lock goes first, then the job (its writer drains).
        auto unlockOnFailure = qScopeGuard(unlock);
        job.setJournal(&journal, jobId);
        QSignalSpy finished(&job, &BulkJob::finished);
        job.start();
        QTest::qWait(300); // an absence: nothing may be sent while the journal cannot record it
        QCOMPARE(m_nam->requests().size(), 0);
        unlock();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(checked, 600);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.mid(0, 10).join(u", "_s)));
        QCOMPARE(countStates(job.results()).succeeded, 600);
        // finished() comes once the journal has everything, the end of the job included.
        const std::optional<StoredJob> stored = journal.load(jobId);
        QVERIFY(stored);
        QCOMPARE(stored->summary.counts.succeeded, 600);
        QVERIFY(stored->summary.finished.isValid());
        QVERIFY(journal.unfinishedJobs().isEmpty());
        QCOMPARE(stored->results.at(599).attempts, 1);
    }

    // Chunks marked sent ahead of time (so that sending never waits for the journal) are pending
    // again while the job is paused: a crash during a pause loses nothing to "unknown".
    void pauseUnmarksChunksMarkedAhead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"jobs.sqlite"_s);
        const QList<PreparedRow> rows = userRows(400);
        JobJournal journal(path);
        const qint64 jobId = journal.createJob(Operation::CreateUsers, u"u.csv"_s, u"Demo"_s,
            { u"ownUserId"_s, u"firstName"_s }, rows, QList<RowResult>(rows.size()));
        QVERIFY(jobId > 0);
        m_nam->setHandler([](const RecordedRequest& r) { return allUsersSucceed(r, 30); });
        BulkJob job(m_client, Operation::CreateUsers, rows, JobOptions { 2, 20 });
        job.setJournal(&journal, jobId);
        bool pausedOnce = false;
        connect(&job, &BulkJob::rowsChanged, &job, [&job, &pausedOnce] {
            if (!pausedOnce && job.progress().done >= 40 && job.progress().done < 400) {
                pausedOnce = true;
                job.pause();
            }
        });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isPaused(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->inFlight(), 0, 10000);
        const int done = job.progress().done;
        QVERIFY2(done < 400, qPrintable(QString::number(done)));
        QCOMPARE(m_nam->requests().size(), done / 20);
        // Nothing is "in flight" in the journal once the answers are in: the chunks marked
        // ahead are pending again.
        QTRY_COMPARE_WITH_TIMEOUT(journal.load(jobId)->summary.counts.pending, 400 - done, 10000);
        QCOMPARE(journal.load(jobId)->summary.counts.unknown, 0);
        QCOMPARE(journal.load(jobId)->results.at(399).attempts, 0);
        job.resume();
        waitFinished(job);
        QCOMPARE(countStates(job.results()).succeeded, 400);
        QStringList sent;
        for (const RecordedRequest& r : m_nam->requests())
            sent += requestKeys(r);
        QCOMPARE(sent.size(), 400); // nothing sent twice
        QCOMPARE(QSet<QString>(sent.cbegin(), sent.cend()).size(), 400);
        const std::optional<StoredJob> stored = journal.load(jobId);
        QCOMPARE(stored->summary.counts.succeeded, 400);
        QVERIFY(stored->summary.finished.isValid());
        for (int i = 0; i < 400; ++i)
            QCOMPARE(stored->results.at(i).attempts, 1);
    }

    // Cancelling a large job: the chunks in flight finish, every other row becomes NotSent in
    // slices spread over event-loop turns (never one long block), finished() comes once, after
    // every row has its final state, and the journal read back agrees row by row.
    void cancelLargeJob()
    {
        constexpr int kRows = 30000;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"jobs.sqlite"_s);
        const QList<PreparedRow> rows = userRows(kRows);
        JobJournal journal(path);
        const qint64 jobId = journal.createJob(Operation::CreateUsers, u"u.csv"_s, u"Demo"_s,
            { u"ownUserId"_s, u"firstName"_s }, rows, QList<RowResult>(rows.size()));
        QVERIFY(jobId > 0);
        m_nam->setHandler([](const RecordedRequest& r) { return allUsersSucceed(r, 40); });
        BulkJob job(m_client, Operation::CreateUsers, rows, JobOptions { 4, 100 });
        job.setJournal(&journal, jobId);
        int pendingAtFinish = -1;
        QSignalSpy finished(&job, &BulkJob::finished);
        connect(
            &job, &BulkJob::finished, &job, [&] { pendingAtFinish = countStates(job.results()).pending; });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_nam->requests().size() >= 10 && m_client->inFlight() > 0, 20000);

        QList<int> sliceSizes;
        connect(&job, &BulkJob::rowsChanged, &job, [&](const QList<int>& indexes) {
            if (job.results().at(indexes.constFirst()).state == RowState::NotSent)
                sliceSizes.append(int(indexes.size()));
        });
        const qsizetype requestsAtCancel = m_nam->requests().size();
        const int inFlightAtCancel = m_client->inFlight();
        job.cancel();
        QVERIFY(!job.isFinished());
        QVERIFY(sliceSizes.size() >= 1); // the first slice at once
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(pendingAtFinish, 0);
        QCOMPARE(m_nam->requests().size(), requestsAtCancel); // nothing sent after the cancel
        // Slices: several, none large.
        QVERIFY2(sliceSizes.size() > 1, qPrintable(QString::number(sliceSizes.size())));
        QVERIFY(*std::max_element(sliceSizes.cbegin(), sliceSizes.cend()) <= 2000);

        QSet<QString> sent;
        for (const RecordedRequest& r : m_nam->requests()) {
            const QStringList keys = requestKeys(r);
            sent.unite(QSet<QString>(keys.cbegin(), keys.cend()));
        }
        const Counts c = countStates(job.results());
        QCOMPARE(c.total(), kRows);
        QCOMPARE(c.pending, 0);
        QCOMPARE(c.succeeded, int(sent.size())); // the chunks in flight finished
        QVERIFY(c.succeeded >= inFlightAtCancel * 100);
        QCOMPARE(c.notSent, kRows - c.succeeded);
        for (int i = 0; i < kRows; ++i) {
            const RowResult& r = job.results().at(i);
            const bool wasSent = sent.contains(userId(i));
            if (r.state != (wasSent ? RowState::Succeeded : RowState::NotSent)
                || r.attempts != (wasSent ? 1 : 0))
                QFAIL(qPrintable(
                    u"row %1: %2, %3 attempt(s)"_s.arg(i).arg(rowStateId(r.state)).arg(r.attempts)));
        }
        QCOMPARE(job.progress().done, kRows);

        JobJournal reread(path);
        const std::optional<StoredJob> stored = reread.load(jobId);
        QVERIFY(stored);
        QVERIFY(stored->summary.finished.isValid());
        QCOMPARE(stored->summary.counts.succeeded, c.succeeded);
        QCOMPARE(stored->summary.counts.notSent, c.notSent);
        for (int i = 0; i < kRows; ++i) {
            if (stored->results.at(i).state != job.results().at(i).state)
                QFAIL(
                    qPrintable(u"journal row %1: %2"_s.arg(i).arg(rowStateId(stored->results.at(i).state))));
        }
    }

    void journalIsWalAndForgetsPasswords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/jobs.sqlite"_s);
        JobJournal journal(path);
        QVERIFY2(journal.isOpen(), qPrintable(journal.errorString()));
        const QList<PreparedRow> rows = agentRows(2);
        const qint64 id = journal.createJob(Operation::CreateAgents, u"a.csv"_s, u"Demo"_s,
            { u"email"_s, u"password"_s }, rows, QList<RowResult>(2));
        journal.markSent(id, { 0 });
        journal.recordResults(id, { 0 }, { { RowState::Succeeded, QString(), 1 } });
        const std::optional<StoredJob> stored = journal.load(id);
        QVERIFY(stored);
        QVERIFY(!stored->rows.at(0).payload.object().contains(u"password"));
        QCOMPARE(stored->rows.at(1).payload.object().value(u"password").toString(), u"Secr3t!pass"_s);
        QCOMPARE(stored->results.at(0), (RowResult { RowState::Succeeded, QString(), 1 }));
        QCOMPARE(stored->summary.operation, Operation::CreateAgents);
        QCOMPARE(stored->summary.sourceFile, u"a.csv"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

        JobJournal broken(dir.filePath(u"sub/jobs.sqlite/not-a-dir/x.sqlite"_s));
        QVERIFY(!broken.isOpen());
        QVERIFY(!broken.errorString().isEmpty());
    }

    void reportEscapesAndHasBom()
    {
        const QStringList header = { u"ownUserId"_s, u"name"_s };
        QList<PreparedRow> rows;
        const QStringList evil
            = { u"=SUM(A1:A9)"_s, u"+1"_s, u"-2"_s, u"@cmd"_s, u"\tx"_s, u"\rx"_s, u"\nx"_s };
        for (qsizetype i = 0; i < evil.size(); ++i) {
            PreparedRow r = userRow(int(i));
            r.cells = { userId(int(i)), evil.at(i) };
            rows.append(r);
        }
        PreparedRow plain = userRow(9);
        plain.cells = { userId(9), u"김, \"민준\" 山田"_s };
        rows.append(plain);
        QList<RowResult> results(rows.size(), RowResult { RowState::Succeeded, QString(), 1 });
        results[1] = { RowState::Failed, u"=HYPERLINK(\"http://evil\")"_s, 1 };
        const QByteArray csv = Report::reportCsv(header, rows, results);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        const QStringList lines = text.split(u"\r\n"_s);
        // Fixed names and codes for scripts, whatever the language; the last column is for people.
        QCOMPARE(lines.at(0), u"ownUserId,name,line,status,message,Result"_s);
        QVERIFY(text.contains(u"U0000,'=SUM(A1:A9),%1,succeeded,,Succeeded\r\n"_s.arg(rows.at(0).line)));
        QVERIFY(text.contains(u"'+1"_s));
        QVERIFY(text.contains(u"'-2"_s));
        QVERIFY(text.contains(u"'@cmd"_s));
        QVERIFY(text.contains(u"'\tx"_s));
        QVERIFY(text.contains(u"\"'\rx\""_s));
        QVERIFY(text.contains(u"\"'\nx\""_s));
        QVERIFY(text.contains(u",failed,\"'=HYPERLINK(\"\"http://evil\"\")\",Failed\r\n"_s));
        QVERIFY(text.contains(u"U0009,\"김, \"\"민준\"\" 山田\",%1,succeeded,"_s.arg(rows.constLast().line)));
        QVERIFY(text.endsWith(u"\r\n"_s));
    }

    void undoFiles()
    {
        QList<RowResult> results = { { RowState::Succeeded, {}, 1 }, { RowState::Failed, u"x"_s, 1 },
            { RowState::Succeeded, {}, 1 }, { RowState::Unknown, u"no result"_s, 1 } };
        const auto users = Report::undoCsv(Operation::CreateUsers, userRows(4), results);
        QVERIFY(users);
        QCOMPARE(*users, QByteArray("\xEF\xBB\xBFownUserId\r\nU0000\r\nU0002\r\n"));
        QCOMPARE(Report::inverseOperation(Operation::CreateUsers), Operation::DeleteUsers);

        const auto members = Report::undoCsv(Operation::InviteMembers, memberRows(4), results);
        QVERIFY(members);
        QCOMPARE(*members,
            QByteArray("\xEF\xBB\xBF"
                       "email\r\nmember0@example.com\r\nmember2@example.com\r\n"));
        QCOMPARE(Report::inverseOperation(Operation::InviteMembers), Operation::RemoveMembers);

        const auto agents = Report::undoCsv(Operation::CreateAgents, agentRows(4), results);
        QVERIFY(agents);
        QCOMPARE(*agents,
            QByteArray("\xEF\xBB\xBF"
                       "email\r\nagent0@example.com\r\nagent2@example.com\r\n"));
        QVERIFY(!agents->contains("Secr3t"));
        QCOMPARE(Report::inverseOperation(Operation::CreateAgents), Operation::DeleteAgents);

        for (Operation op : { Operation::UpdateUsers, Operation::DeleteUsers, Operation::UpdateMemberGroups,
                 Operation::RemoveMembers, Operation::DeleteAgents }) {
            QVERIFY(!Report::inverseOperation(op));
            QVERIFY(!Report::undoCsv(op, userRows(4), results));
        }
        const QList<RowResult> noneSucceeded(4, RowResult { RowState::Failed, u"x"_s, 1 });
        QVERIFY(!Report::undoCsv(Operation::CreateUsers, userRows(4), noneSucceeded));
    }
};

QTEST_GUILESS_MAIN(TestBulkJob)
#include "tst_bulkjob.moc"
