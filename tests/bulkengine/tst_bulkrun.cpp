// The run object (BulkRun) against a fake network and a temporary journal: its stages and end
// states, transient server errors looked up and sent again (never twice to a server that has
// the row), resend bounded, undecidable rows left unknown with the reason, --no-verify, cancel
// and pause, resume after a simulated crash (in-flight rows looked up before anything is sent),
// a job of another server refused, the resumable job of a server, jobs whose rows are given while
// they are sent (alli-admin-cli's large files), and agent passwords kept in the journal exactly as
// long as their row may still be sent.

#include "alliclient.h"
#include "bulkrun.h"
#include "bulktestrows.h"
#include "fakenetwork.h"
#include "journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using namespace Alli::Bulk;

namespace
{

QString userId(int i)
{
    return Testing::userId(i, u"R");
}

QList<PreparedRow> userRows(int n)
{
    return Testing::userRows(n, u"R");
}

QList<PreparedRow> agentRows(int n)
{
    QList<PreparedRow> rows = Testing::agentRows(n);
    for (PreparedRow& row : rows)
        row.secretColumn = 1;
    return rows;
}

// A tiny Alli behind the fake network: bulk user creates and one-agent creates apply to its
// state, GET /webapi/v2/user/{id} and GET /webapi/v2/agents?email= read it. Faults are chosen
// per POST by `fault`: 0 = none, or an HTTP status answered before (`applyThenFail` false) or
// after (true) the change is applied.
struct FakeAlli {
    QHash<QString, QString> users; // ownUserId -> firstName
    QSet<QString> agents; // emails
    QHash<QString, int> receipts; // row key -> times a POST carrying it was applied
    int posts = 0;
    int gets = 0;
    QStringList order; // "POST" / "GET" in the order received
    std::function<int(int post)> fault = [](int) { return 0; };
    std::function<int(int get)> getFault = [](int) { return 0; };
    bool applyThenFail = false;
    QString duplicateMessage = u"User already exists"_s; // a create of a user it has
    QHash<QString, QString> refuse; // ownUserId -> the message it refuses that row with (not applied)

    FakeResponse handle(const RecordedRequest& r)
    {
        const QString path = r.request.url().path();
        order.append(QString::fromLatin1(r.verb));
        if (r.verb == "GET") {
            if (const int status = getFault(gets++))
                return FakeResponse::json(status, R"({"detail":"lookup failed"})");
            if (path.startsWith(u"/webapi/v2/user/")) {
                const QString id = path.mid(int(qstrlen("/webapi/v2/user/")));
                if (!users.contains(id))
                    return FakeResponse::json(404, R"({"detail":"User not found"})");
                const QJsonObject user { { u"userId"_s, id }, { u"firstName"_s, users.value(id) },
                    { u"lastName"_s, QString() } };
                return FakeResponse::json(200, QJsonDocument(QJsonObject { { u"result"_s, user } }).toJson());
            }
            if (path == u"/webapi/v2/agents") {
                const QString email
                    = QUrlQuery(r.request.url()).queryItemValue(u"email"_s, QUrl::FullyDecoded);
                QJsonArray list;
                if (agents.contains(email))
                    list.append(QJsonObject { { u"id"_s, QString(u"a-"_s + email) }, { u"email"_s, email },
                        { u"firstName"_s, QString() }, { u"lastName"_s, QString() } });
                return FakeResponse::json(200, QJsonDocument(QJsonObject { { u"agents"_s, list } }).toJson());
            }
            return FakeResponse::json(404, "{}");
        }
        const int status = fault(posts++);
        if (status && !applyThenFail)
            return FakeResponse::json(status, R"({"detail":"Internal Server Error"})");
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QByteArray answer;
        if (path == u"/webapi/v2/users/bulk") {
            QJsonArray results;
            const QJsonArray list = body.value(u"users").toArray();
            for (const QJsonValue& v : list) {
                const QString id = v[u"ownUserId"].toString();
                if (refuse.contains(id)) {
                    results.append(QJsonObject { { u"ownUserId"_s, id }, { u"status"_s, u"error"_s },
                        { u"message"_s, refuse.value(id) } });
                    continue;
                }
                ++receipts[id];
                QString first;
                const QJsonArray data = v[u"data"].toArray();
                for (const QJsonValue& pair : data) {
                    if (pair[u"key"].toString() == u"firstName")
                        first = pair[u"value"].toString();
                }
                const bool exists = users.contains(id);
                if (!exists)
                    users.insert(id, first);
                results.append(
                    QJsonObject { { u"ownUserId"_s, id }, { u"status"_s, exists ? u"error"_s : u"success"_s },
                        { u"message"_s, exists ? duplicateMessage : QString() } });
            }
            answer = QJsonDocument(QJsonObject { { u"result"_s, results } }).toJson();
        } else {
            const QString email = body.value(u"email").toString();
            ++receipts[email];
            agents.insert(email);
            answer = R"({"result":{"id":"x","status":"created"}})";
        }
        if (status)
            return FakeResponse::json(status, R"({"detail":"Internal Server Error"})");
        return FakeResponse::json(200, answer);
    }
};

} // namespace

class TestBulkRun : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager* m_nam = nullptr;
    AlliClient* m_client = nullptr;
    FakeAlli* m_server = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString journalPath() const { return m_dir->filePath(u"journal.sqlite"_s); }

    RunOptions options(int chunkSize = 10) const
    {
        RunOptions o;
        o.concurrency = 2;
        o.chunkSize = chunkSize;
        o.resendDelayMs = 5;
        o.journalPath = journalPath();
        return o;
    }

    // Job `id`, resumed, ends with its `n` rows succeeded and `n` users on the server: each row
    // created exactly once.
    void resumeCreatesEveryRowOnce(qint64 id, int n)
    {
        std::unique_ptr<BulkRun> resumed(BulkRun::resumeJob(m_client, id, options(100)));
        resumed->start();
        QTRY_VERIFY_WITH_TIMEOUT(resumed->isFinished(), 60000);
        QCOMPARE(resumed->counts().succeeded, n);
        QCOMPARE(int(m_server->users.size()), n);
    }

    // The users of a bulk POST's `body` that the journal `db` does not have as sent.
    static QStringList notMarkedSent(QSqlDatabase& db, const QByteArray& body)
    {
        if (!db.isOpen())
            db.open();
        QStringList notMarked;
        const QJsonArray users = QJsonDocument::fromJson(body).object().value(u"users").toArray();
        for (const QJsonValue& user : users) {
            QSqlQuery state(db);
            state.prepare(u"SELECT state FROM rows WHERE key = ?"_s);
            state.addBindValue(user[u"ownUserId"].toString());
            if (!state.exec() || !state.next() || state.value(0).toString() != u"sent"_s)
                notMarked.append(user[u"ownUserId"].toString());
        }
        return notMarked;
    }

    // The fake server counts its POSTs in `posts`.
    void countPosts(int& posts)
    {
        m_nam->setHandler([this, &posts](const RecordedRequest& r) {
            if (r.verb == "POST")
                ++posts;
            return m_server->handle(r);
        });
    }

    // Starts `run` and destroys it once its first POST has reached the server (the process
    // ended there): the job's id, -1 when nothing was posted.
    qint64 destroyAfterFirstPost(std::unique_ptr<BulkRun>& run)
    {
        int posts = 0;
        countPosts(posts);
        run->start();
        const bool posted = QTest::qWaitFor([&posts] { return posts > 0; }, 15000);
        const qint64 id = run->jobId();
        run.reset();
        m_nam->setHandler([this](const RecordedRequest& r) { return m_server->handle(r); });
        return posted ? id : -1;
    }

    static QList<BulkRun::Stage> stagesOf(const QSignalSpy& spy)
    {
        QList<BulkRun::Stage> stages;
        for (const QList<QVariant>& args : spy)
            stages.append(args.at(0).value<BulkRun::Stage>());
        return stages;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_nam = new FakeNetworkAccessManager(this);
        m_server = new FakeAlli;
        m_nam->setHandler([this](const RecordedRequest& r) { return m_server->handle(r); });
        m_client = Testing::fakeServerClient(m_nam, 2, this);
    }

    void cleanup()
    {
        delete m_client;
        delete m_nam;
        delete m_server;
        m_dir.reset();
    }

    void newJobGoesThroughItsStages()
    {
        BulkRun run(m_client, Operation::CreateUsers, userRows(25),
            { u"/data/users.csv"_s, { u"ownUserId"_s } }, options());
        QSignalSpy stages(&run, &BulkRun::stageChanged);
        QSignalSpy finished(&run, &BulkRun::finished);
        run.start();
        QCOMPARE(run.stage(), BulkRun::Stage::Journalling);
        QCOMPARE(m_nam->requests().size(), 0); // start() only schedules
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 15000);
        QCOMPARE(stagesOf(stages),
            (QList<BulkRun::Stage> {
                BulkRun::Stage::Journalling, BulkRun::Stage::Sending, BulkRun::Stage::Finished }));
        QTest::qWait(20);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(run.error(), BulkRun::Error::NoError);
        QCOMPARE(run.counts().succeeded, 25);
        QCOMPARE(m_server->users.size(), 25);
        // In the journal, finished, with this server and the counts.
        JobJournal journal(journalPath());
        const std::optional<StoredJob> stored = journal.load(run.jobId());
        QVERIFY(stored);
        QVERIFY(stored->summary.finished.isValid());
        QCOMPARE(stored->summary.connectionLabel, u"alli.example.com"_s);
        QCOMPARE(stored->summary.sourceFile, u"/data/users.csv"_s);
        QCOMPARE(countStates(stored->results).succeeded, 25);
    }

    // A bulk POST answered 500 applied nothing here: its rows are looked up, found absent, and
    // sent again after a wait; every row ends succeeded, each applied exactly once.
    void serverErrorsAreVerifiedAndResent_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
    }

    void serverErrorsAreVerifiedAndResent()
    {
        QFETCH(int, status);
        m_server->fault = [status](int post) { return post % 3 == 0 ? status : 0; }; // posts 0, 3, 6 …
        BulkRun run(m_client, Operation::CreateUsers, userRows(50), {}, options());
        QSignalSpy stages(&run, &BulkRun::stageChanged);
        QString verifyingText;
        connect(&run, &BulkRun::stageChanged, this, [&](BulkRun::Stage stage) {
            if (stage == BulkRun::Stage::Verifying && verifyingText.isEmpty())
                verifyingText = run.statusText();
        });
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 15000);
        QCOMPARE(run.counts().succeeded, 50);
        QVERIFY(run.resentRows() > 0);
        for (auto it = m_server->receipts.cbegin(); it != m_server->receipts.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key() + u" applied %1 times"_s.arg(it.value())));
        QCOMPARE(m_server->receipts.size(), 50);
        const QList<BulkRun::Stage> seen = stagesOf(stages);
        QVERIFY(seen.contains(BulkRun::Stage::Verifying));
        // What the run said as it began looking up: how many rows, not the count of an earlier stage.
        QVERIFY2(verifyingText.contains(u"the 10 row"_s) || verifyingText.contains(u"the 20 row"_s),
            qPrintable(verifyingText));
        QVERIFY(seen.contains(BulkRun::Stage::Waiting));
        QVERIFY(seen.count(BulkRun::Stage::Sending) >= 2);
        // The journal agrees row by row.
        JobJournal journal(journalPath());
        const std::optional<StoredJob> stored = journal.load(run.jobId());
        QVERIFY(stored && stored->summary.finished.isValid());
        QCOMPARE(countStates(stored->results).succeeded, 50);
    }

    // A 500 that came after the change was applied: the look-up finds the rows, and they are
    // not sent again.
    void appliedDespiteTheErrorIsNotResent()
    {
        m_server->applyThenFail = true;
        m_server->fault = [](int post) { return post == 0 ? 500 : 0; };
        BulkRun run(m_client, Operation::CreateUsers, userRows(20), {}, options());
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 15000);
        QCOMPARE(run.counts().succeeded, 20);
        QCOMPARE(run.resentRows(), 0);
        QCOMPARE(run.verifiedApplied(), 10);
        QVERIFY2(run.results().at(0).message.startsWith(u"Verified on the server"_s),
            qPrintable(run.results().at(0).message));
        QCOMPARE(m_server->posts, 2);
        for (auto it = m_server->receipts.cbegin(); it != m_server->receipts.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    // Every send fails: after maxSends the rows stay failed ("not applied"), never sent more.
    void resendingIsBounded()
    {
        m_server->fault = [](int) { return 500; };
        RunOptions o = options();
        o.maxSends = 3;
        BulkRun run(m_client, Operation::CreateUsers, userRows(10), {}, o);
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 15000);
        QCOMPARE(m_server->posts, 3);
        QCOMPARE(run.counts().failed, 10);
        QVERIFY2(run.results().at(0).message.startsWith(u"Not applied"_s),
            qPrintable(run.results().at(0).message));
        QCOMPARE(run.results().at(0).attempts, 3);
        QVERIFY(run.results().at(0).retryable);
        QCOMPARE(m_server->users.size(), 0);
    }

    // The look-up fails too: the outcome stays unknown, with why, and nothing is resent.
    void undecidableRowsStayUnknown()
    {
        m_client->setRetryPolicy({ 0, 5, 5, 5 });
        m_server->fault = [](int post) { return post == 0 ? 502 : 0; };
        m_server->getFault = [](int) { return 500; };
        BulkRun run(m_client, Operation::CreateUsers, userRows(10), {}, options());
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 15000);
        QCOMPARE(run.counts().unknown, 10);
        QVERIFY2(run.results().at(0).message.contains(u"Could not be checked"_s),
            qPrintable(run.results().at(0).message));
        QCOMPARE(m_server->posts, 1);
        QCOMPARE(run.failedRows().size(), 10); // offered for a retry, marked "may already be applied"
        QCOMPARE(run.failedRows().at(0).problems.constLast().message, CellProblem::mayBeAppliedText());
        QVERIFY(run.failedRows().at(0).problems.constLast().mayBeApplied);
    }

    // Rows of a retry job (an earlier attempt may have applied them) that the server refuses are
    // looked up, whatever the refusal's words or language: applied with this row's data, they
    // succeeded; not applied, or another user's, the refusal is their result. Nothing is resent.
    void refusedRetryRowsAreLookedUp()
    {
        m_server->duplicateMessage = u"이미 존재하는 사용자입니다"_s; // no English word to read
        QList<PreparedRow> rows = userRows(4);
        for (PreparedRow& row : rows)
            row.problems.append(CellProblem::mayBeAppliedWarning());
        m_server->users.insert(userId(0), u"Name 0"_s); // the earlier attempt was applied
        m_server->users.insert(userId(1), u"Someone else"_s); // another user with this id
        m_server->refuse.insert(userId(3), u"Email is already used by another user"_s);
        BulkRun run(m_client, Operation::CreateUsers, rows, {}, options());
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 15000);
        const auto message = [&run](int row) { return run.results().at(row).message; };
        QCOMPARE(m_server->posts, 1);
        QCOMPARE(m_server->gets, 3); // the three refused rows
        QCOMPARE(run.results().at(0).state, RowState::Succeeded);
        QVERIFY2(message(0).startsWith(u"Verified on the server"_s), qPrintable(message(0)));
        QCOMPARE(run.results().at(1).state, RowState::Failed);
        QCOMPARE(message(1), u"이미 존재하는 사용자입니다"_s);
        QVERIFY(!run.results().at(1).retryable); // refused: a retry would be refused the same way
        QCOMPARE(run.results().at(2).state, RowState::Succeeded); // created now
        QCOMPARE(run.results().at(3).state, RowState::Failed); // "already" does not mean applied
        QCOMPARE(message(3), u"Email is already used by another user"_s);
        QCOMPARE(run.verifiedApplied(), 1);
        QCOMPARE(m_server->users.value(userId(1)), u"Someone else"_s);
        QVERIFY(!m_server->users.contains(userId(3)));
    }

    void noVerifyLeavesUnknownRowsAlone()
    {
        m_server->fault = [](int post) { return post == 0 ? 500 : 0; };
        RunOptions o = options();
        o.verify = false;
        BulkRun run(m_client, Operation::CreateUsers, userRows(20), {}, o);
        QSignalSpy stages(&run, &BulkRun::stageChanged);
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 15000);
        QCOMPARE(run.counts().unknown, 10);
        QCOMPARE(run.counts().succeeded, 10);
        QCOMPARE(m_server->gets, 0);
        QVERIFY(!stagesOf(stages).contains(BulkRun::Stage::Verifying));
    }

    // Cancelled while the job is written to the journal: nothing is sent, every row is "not
    // sent", and the journal has the job finished that way.
    void cancelBeforeAnythingIsSent()
    {
        BulkRun run(m_client, Operation::CreateUsers, userRows(30), {}, options());
        run.start();
        run.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 15000);
        QCOMPARE(m_nam->requests().size(), 0);
        QCOMPARE(run.counts().notSent, 30);
        JobJournal journal(journalPath());
        const std::optional<StoredJob> stored = journal.load(run.jobId());
        QVERIFY(stored && stored->summary.finished.isValid());
        QCOMPARE(countStates(stored->results).notSent, 30);
    }

    void pauseHoldsSendingBack()
    {
        BulkRun run(m_client, Operation::CreateUsers, userRows(100), {}, options());
        run.pause();
        run.start();
        QTRY_COMPARE(run.stage(), BulkRun::Stage::Sending);
        QTest::qWait(100);
        QCOMPARE(m_server->posts, 0);
        QVERIFY(run.isPaused());
        run.resume();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 15000);
        QCOMPARE(run.counts().succeeded, 100);
    }

    // The process died with chunks in flight: on resume those rows are looked up before any
    // POST; applied ones are done, absent ones sent with the rest; nothing reaches the server twice.
    void resumeAfterACrash()
    {
        const QList<PreparedRow> rows = userRows(30);
        qint64 id = -1;
        {
            JobJournal journal(journalPath());
            id = journal.createJob(Operation::CreateUsers, u"/data/crash.csv"_s, u"alli.example.com"_s,
                { u"ownUserId"_s }, rows, QList<RowResult>(rows.size()));
            QVERIFY(id >= 0);
            // Rows 0-9 were answered; 10-19 were in flight (the server applied 10-14); 20-29 unsent.
            QList<int> answered, inFlight;
            for (int i = 0; i < 10; ++i)
                answered.append(i);
            for (int i = 10; i < 20; ++i)
                inFlight.append(i);
            journal.markSent(id, answered);
            journal.recordResults(
                id, answered, QList<RowResult>(10, RowResult { RowState::Succeeded, {}, 1 }));
            journal.markSent(id, inFlight);
        }
        for (int i = 0; i < 15; ++i) {
            m_server->users.insert(userId(i), u"Name %1"_s.arg(i));
            m_server->receipts[userId(i)] = 1;
        }
        std::unique_ptr<BulkRun> run(BulkRun::resumeJob(m_client, id, options()));
        QSignalSpy stages(run.get(), &BulkRun::stageChanged);
        QSignalSpy reset(run.get(), &BulkRun::rowsReset);
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 15000);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(run->operation(), Operation::CreateUsers);
        QCOMPARE(run->rows().size(), 30);
        QCOMPARE(stagesOf(stages).value(1), BulkRun::Stage::Checking);
        // Every look-up came before the first POST.
        const qsizetype firstPost = m_server->order.indexOf(u"POST"_s);
        QCOMPARE(m_server->order.mid(0, firstPost), QStringList(10, u"GET"_s));
        QCOMPARE(run->counts().succeeded, 30);
        QCOMPARE(run->verifiedApplied(), 5);
        for (int i = 0; i < 30; ++i)
            QVERIFY2(m_server->receipts.value(userId(i)) == 1, qPrintable(userId(i)));
        JobJournal journal(journalPath());
        QVERIFY(journal.load(id)->summary.finished.isValid());
    }

    void resumeRefusesAnotherServersJob()
    {
        const QList<PreparedRow> rows = userRows(5);
        qint64 id = -1;
        {
            JobJournal journal(journalPath());
            id = journal.createJob(Operation::CreateUsers, u"/data/other.csv"_s, u"alli.other.example.com"_s,
                { u"ownUserId"_s }, rows, QList<RowResult>(rows.size()));
        }
        std::unique_ptr<BulkRun> run(BulkRun::resumeJob(m_client, id, options()));
        QSignalSpy finished(run.get(), &BulkRun::finished);
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 15000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(run->error(), BulkRun::Error::OtherServer);
        QVERIFY2(run->errorString().contains(u"alli.other.example.com"_s), qPrintable(run->errorString()));
        QCOMPARE(m_nam->requests().size(), 0);
        JobJournal journal(journalPath());
        QVERIFY(!journal.load(id)->summary.finished.isValid()); // untouched: still resumable there

        std::unique_ptr<BulkRun> missing(BulkRun::resumeJob(m_client, 4242, options()));
        missing->start();
        QTRY_VERIFY_WITH_TIMEOUT(missing->isFinished(), 15000);
        QCOMPARE(missing->error(), BulkRun::Error::NoSuchJob);
    }

    void resumableJobIsTheNewestOfThisServer()
    {
        const QList<PreparedRow> rows = userRows(2);
        JobJournal journal(journalPath());
        const qint64 mine = journal.createJob(Operation::CreateUsers, u"a.csv"_s, u"alli.example.com"_s, {},
            rows, QList<RowResult>(rows.size()));
        const qint64 other = journal.createJob(Operation::CreateUsers, u"b.csv"_s,
            u"alli.other.example.com"_s, {}, rows, QList<RowResult>(rows.size()));
        QVERIFY(mine >= 0 && other > mine);
        QCOMPARE(BulkRun::resumableJob(journal, u"alli.example.com"_s)->id, mine);
        QCOMPARE(BulkRun::resumableJob(journal, u"alli.other.example.com"_s)->id, other);
        QVERIFY(!BulkRun::resumableJob(journal, u"alli.third.example.com"_s));
        journal.markFinished(mine);
        QVERIFY(!BulkRun::resumableJob(journal, u"alli.example.com"_s));
    }

    // A new job is recorded in segments while its first chunks are sent. Every POST finds each of
    // its rows recorded and marked sent in the journal (never sent before it is recorded), the
    // first POST goes out before the whole job is recorded, and at the end the journal has
    // every row with the state the run reports.
    void newJobIsRecordedInSegments()
    {
        const QList<PreparedRow> rows = userRows(250);
        RunOptions o = options();
        o.recordSegmentRows = 5; // less than a chunk: a chunk waits for its rows to be recorded
        BulkRun run(m_client, Operation::CreateUsers, rows, { u"/data/seg.csv"_s, { u"ownUserId"_s } }, o);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"segments-reader"_s);
        db.setDatabaseName(journalPath());
        QList<int> recordedAtPost;
        QStringList notMarked;
        m_nam->setHandler([&](const RecordedRequest& r) {
            if (r.verb == "POST") {
                if (!db.isOpen())
                    db.open();
                QSqlQuery q(db);
                q.exec(u"SELECT COUNT(*) FROM rows"_s);
                q.next();
                recordedAtPost.append(q.value(0).toInt());
                notMarked += notMarkedSent(db, r.body);
            }
            return m_server->handle(r);
        });
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 30000);
        QCOMPARE(run.counts().succeeded, 250);
        QVERIFY2(notMarked.isEmpty(), qPrintable(notMarked.join(u", "_s)));
        QCOMPARE(recordedAtPost.size(), 25);
        QVERIFY2(recordedAtPost.constFirst() < 250, qPrintable(QString::number(recordedAtPost.constFirst())));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"segments-reader"_s);

        JobJournal journal(journalPath());
        const std::optional<StoredJob> stored = journal.load(run.jobId());
        QVERIFY(stored);
        QVERIFY(stored->summary.finished.isValid());
        QCOMPARE(stored->rowsNotRecorded, 0);
        QCOMPARE(stored->rows.size(), 250);
        for (int i = 0; i < 250; ++i) {
            QCOMPARE(stored->rows.at(i).key, rows.at(i).key);
            QCOMPARE(stored->results.at(i).state, RowState::Succeeded);
        }
    }

    // Destroyed while its rows are still being recorded (an import dialog closed in the first
    // moments of a large job): the destructor returns without waiting for them (on the GUI thread
    // that was a freeze of up to half a second); they are all recorded on the writer's thread,
    // and whoever reads the journal through runWithJournal() (resume, History's report) waits
    // for them and finds the job whole.
    void destroyedWhileRecordingDoesNotWait()
    {
        const int n = 20000;
        const QList<PreparedRow> rows = userRows(n);
        RunOptions o = options();
        o.recordSegmentRows = 5; // 4,000 segments behind the first
        auto run = std::make_unique<BulkRun>(
            m_client, Operation::CreateUsers, rows, RunSource { u"/data/big.csv"_s, { u"ownUserId"_s } }, o);
        const qint64 id = destroyAfterFirstPost(run);
        QVERIFY(id > 0);
        {
            JobJournal journal(journalPath()); // read at once, not through runWithJournal()
            const std::optional<StoredJob> now = journal.load(id);
            QVERIFY(now);
            QVERIFY2(now->rowsNotRecorded > 0, "the destructor waited for every row to be recorded");
        }
        JournalWriter::waitForReleased();
        JobJournal journal(journalPath());
        const std::optional<StoredJob> stored = journal.load(id);
        QVERIFY(stored);
        QCOMPARE(stored->rowsNotRecorded, 0);
        QCOMPARE(stored->rows.size(), n);
        QCOMPARE(stored->rows.constLast().key, rows.constLast().key);
        QVERIFY(!stored->summary.finished.isValid()); // unfinished: History offers to resume it
        const Counts counts = countStates(stored->results);
        QVERIFY2(counts.pending > n - 100, qPrintable(counts.summaryLine()));
        // And resumed, it finishes: every row created once.
        resumeCreatesEveryRowOnce(id, n);
    }

    // Destroyed while its job was being created on a worker (an import dialog closed within
    // milliseconds of Send): nothing is sent, and the job is still recorded whole (unfinished,
    // every row pending, none "never recorded"), whether the worker was still creating it or had
    // created it without the run learning its id; resumed, every row is created once.
    void destroyedWhileCreatingRecordsEveryRow_data()
    {
        QTest::addColumn<bool>("created");
        QTest::newRow("while creating") << false;
        QTest::newRow("created, not told") << true;
    }

    void destroyedWhileCreatingRecordsEveryRow()
    {
        QFETCH(bool, created);
        const int n = 3000;
        const QList<PreparedRow> rows = userRows(n);
        RunOptions o = options();
        o.recordSegmentRows = 10;
        int posts = 0;
        countPosts(posts);
        auto run = std::make_unique<BulkRun>(m_client, Operation::CreateUsers, rows,
            RunSource { u"/data/early.csv"_s, { u"ownUserId"_s } }, o);
        run->start();
        QCoreApplication::sendPostedEvents(run.get(), QEvent::MetaCall); // the job's creation starts
        if (created)
            QThreadPool::globalInstance()->waitForDone(); // its answer is queued, not delivered
        run.reset();
        QThreadPool::globalInstance()->waitForDone();
        JournalWriter::waitForReleased();
        QCoreApplication::processEvents();
        QCOMPARE(posts, 0);

        JobJournal journal(journalPath());
        const QList<JobSummary> unfinished = journal.unfinishedJobs();
        QVERIFY(!unfinished.isEmpty());
        const qint64 id = unfinished.constFirst().id;
        QCOMPARE(unfinished.constFirst().sourceFile, u"/data/early.csv"_s);
        const std::optional<StoredJob> stored = journal.load(id);
        QVERIFY(stored);
        QCOMPARE(stored->rowsNotRecorded, 0);
        QCOMPARE(stored->rows.size(), n);
        QCOMPARE(countStates(stored->results).pending, n);

        resumeCreatesEveryRowOnce(id, n);
    }

    // Cancelled while its later segments are not recorded yet: those rows are recorded as not
    // sent, none is left pending, and the journal agrees with the run row by row.
    void cancelWhileRecording()
    {
        const QList<PreparedRow> rows = userRows(250);
        RunOptions o = options();
        o.recordSegmentRows = 5; // less than a chunk: a chunk waits for its rows to be recorded
        BulkRun run(m_client, Operation::CreateUsers, rows, { u"/data/seg.csv"_s, { u"ownUserId"_s } }, o);
        bool cancelled = false;
        m_nam->setHandler([&](const RecordedRequest& r) {
            if (r.verb == "POST" && !cancelled) {
                cancelled = true;
                QMetaObject::invokeMethod(
                    &run, [&run] { run.cancel(); }, Qt::QueuedConnection);
            }
            return m_server->handle(r);
        });
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 30000);
        const Counts counts = run.counts();
        QVERIFY(counts.notSent > 0);
        QCOMPARE(counts.pending, 0);
        QCOMPARE(counts.succeeded + counts.notSent, 250);
        QCOMPARE(counts.succeeded, int(m_server->users.size()));

        JobJournal journal(journalPath());
        const std::optional<StoredJob> stored = journal.load(run.jobId());
        QVERIFY(stored);
        QVERIFY(stored->summary.finished.isValid());
        QCOMPARE(stored->rows.size(), 250);
        for (int i = 0; i < 250; ++i)
            QVERIFY2(
                stored->results.at(i).state == run.results().at(i).state, qPrintable(QString::number(i)));
    }

    // The process died while the job was being recorded: on resume the recorded rows are
    // finished, and the rows never recorded (so never sent) are named with the line they follow,
    // so that the admin imports them again; nothing else is sent.
    void resumeNamesRowsNeverRecorded()
    {
        const QList<PreparedRow> rows = userRows(30);
        qint64 id = -1;
        {
            JobJournal journal(journalPath());
            id = journal.createJob(Operation::CreateUsers, u"/data/cut.csv"_s, u"alli.example.com"_s,
                { u"ownUserId"_s }, rows, QList<RowResult>(rows.size()), 12);
            QVERIFY(id >= 0);
            journal.markSent(id, { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 });
            journal.recordResults(id, { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
                QList<RowResult>(10, RowResult { RowState::Succeeded, {}, 1 }));
            const std::optional<StoredJob> stored = journal.load(id);
            QCOMPARE(stored->rows.size(), 12);
            QCOMPARE(stored->rowsNotRecorded, 18);
            QCOMPARE(stored->lastRecordedLine, rows.at(11).line);
        }
        std::unique_ptr<BulkRun> run(BulkRun::resumeJob(m_client, id, options()));
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 15000);
        QCOMPARE(run->error(), BulkRun::Error::NoError);
        QCOMPARE(run->rowsNotRecorded(), 18);
        QVERIFY2(run->journalWarning().contains(u"18"_s)
                && run->journalWarning().contains(QString::number(rows.at(11).line))
                && run->journalWarning().contains(u"/data/cut.csv"_s),
            qPrintable(run->journalWarning()));
        QCOMPARE(run->counts().succeeded, 12);
        QCOMPARE(m_server->users.size(), 2); // rows 10 and 11; 0-9 were done before
        for (int i = 12; i < 30; ++i)
            QVERIFY(!m_server->receipts.contains(userId(i)));
    }

    // A job whose rows are still being prepared (alli-admin-cli with a large file): its first
    // rows are sent before the others are given, every POST finds its rows recorded and marked
    // sent, the rows to come count in the progress, the job does not finish while rows may still
    // come (even with every row given so far final), and at the end every row, invalid ones
    // included, has one state, in the run and in the journal alike.
    void streamedJobSendsRowsAsTheyCome()
    {
        QList<PreparedRow> rows = userRows(250);
        for (int i : { 7, 130 })
            rows[i].problems.append(CellProblem::said(
                CellProblem::Severity::Error, u"ownUserId"_s, [] { return u"not a user"_s; }));
        RunOptions o = options();
        o.recordSegmentRows = 5; // less than a chunk: a chunk waits for its rows to be recorded
        std::unique_ptr<BulkRun> run(BulkRun::streamed(
            m_client, Operation::CreateUsers, 250, { u"/data/stream.csv"_s, { u"ownUserId"_s } }, o));
        run->appendRows(rows.mid(0, 40));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"stream-reader"_s);
        db.setDatabaseName(journalPath());
        int given = 40;
        QList<int> givenAtPost;
        QStringList notMarked;
        m_nam->setHandler([&](const RecordedRequest& r) {
            if (r.verb == "POST") {
                givenAtPost.append(given);
                notMarked += notMarkedSent(db, r.body);
            }
            return m_server->handle(r);
        });
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(!givenAtPost.isEmpty(), 15000);
        QCOMPARE(givenAtPost.constFirst(), 40);
        QCOMPARE(run->rowsToCome(), 210);
        QCOMPARE(run->progress().total, 39 + 210); // row 7 is invalid: never sent

        run->appendRows(rows.mid(40, 100));
        given = 140;
        // 138 valid rows: 13 requests of 10 sent, the last 8 rows wait in a request not full yet
        // for the rows to come.
        QTRY_VERIFY_WITH_TIMEOUT(run->counts().succeeded == 130, 15000);
        QTest::qWait(50);
        QCOMPARE(run->counts().pending, 8);
        QVERIFY(!run->isFinished());
        QCOMPARE(run->stage(), BulkRun::Stage::Sending);

        run->appendRows(rows.mid(140));
        given = 250;
        run->endRows();
        QCOMPARE(run->rowsToCome(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 30000);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"stream-reader"_s);

        QCOMPARE(run->error(), BulkRun::Error::NoError);
        const Counts counts = run->counts();
        QCOMPARE(counts.succeeded, 248);
        QCOMPARE(counts.invalid, 2);
        QCOMPARE(counts.total(), 250);
        QVERIFY2(notMarked.isEmpty(), qPrintable(notMarked.join(u", "_s)));
        QCOMPARE(m_server->users.size(), 248);
        for (int i = 0; i < 250; ++i)
            QCOMPARE(m_server->receipts.value(userId(i)), (i == 7 || i == 130) ? 0 : 1);

        JobJournal journal(journalPath());
        const std::optional<StoredJob> stored = journal.load(run->jobId());
        QVERIFY(stored);
        QVERIFY(stored->summary.finished.isValid());
        QCOMPARE(stored->rowsNotRecorded, 0);
        QCOMPARE(stored->summary.notRecorded, 0);
        QCOMPARE(stored->rows.size(), 250);
        for (int i = 0; i < 250; ++i) {
            QCOMPARE(stored->rows.at(i).key, rows.at(i).key);
            QCOMPARE(stored->results.at(i).state, run->results().at(i).state);
        }
    }

    // Cancelled while its rows are still being prepared: the rows given after the cancel are
    // never sent, the job ends once they are all given, and no row is left pending.
    void streamedJobCancelledBeforeItsLastRows()
    {
        const QList<PreparedRow> rows = userRows(100);
        std::unique_ptr<BulkRun> run(BulkRun::streamed(
            m_client, Operation::CreateUsers, 100, { u"/data/stream.csv"_s, { u"ownUserId"_s } }, options()));
        run->appendRows(rows.mid(0, 30));
        bool cancelled = false;
        m_nam->setHandler([&](const RecordedRequest& r) {
            if (r.verb == "POST" && !cancelled) {
                cancelled = true;
                QMetaObject::invokeMethod(
                    run.get(), [&run] { run->cancel(); }, Qt::QueuedConnection);
            }
            return m_server->handle(r);
        });
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(run->isCancelled() && run->counts().pending == 0, 15000);
        QTest::qWait(50);
        QVERIFY(!run->isFinished()); // it waits for the rows to come
        run->appendRows(rows.mid(30, 50));
        run->appendRows(rows.mid(80));
        run->endRows();
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 15000);
        const Counts counts = run->counts();
        QCOMPARE(counts.pending, 0);
        QCOMPARE(counts.total(), 100);
        QCOMPARE(counts.succeeded + counts.notSent, 100);
        QCOMPARE(counts.succeeded, int(m_server->users.size()));
        for (int i = 30; i < 100; ++i) {
            QCOMPARE(run->results().at(i).state, RowState::NotSent);
            QVERIFY(!m_server->receipts.contains(userId(i)));
        }
        JobJournal journal(journalPath());
        const std::optional<StoredJob> stored = journal.load(run->jobId());
        QVERIFY(stored);
        QVERIFY(stored->summary.finished.isValid());
        QCOMPARE(stored->rows.size(), 100);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(stored->results.at(i).state, run->results().at(i).state);
    }

    // The process ended while the job's rows were still being prepared: the rows it was given
    // are in the journal, the others are "never recorded" rows of the job (its size was recorded
    // at the start); resumed, it finishes the rows it has and sends none of the others.
    void streamedJobStoppedEarlyNamesRowsNeverGiven()
    {
        const QList<PreparedRow> rows = userRows(300);
        auto run = std::unique_ptr<BulkRun>(BulkRun::streamed(
            m_client, Operation::CreateUsers, 300, { u"/data/stream.csv"_s, { u"ownUserId"_s } }, options()));
        run->appendRows(rows.mid(0, 100));
        const qint64 id = destroyAfterFirstPost(run);
        QVERIFY(id > 0);
        JournalWriter::waitForReleased();
        {
            JobJournal journal(journalPath());
            const std::optional<StoredJob> stored = journal.load(id);
            QVERIFY(stored);
            QVERIFY(!stored->summary.finished.isValid());
            QCOMPARE(stored->rows.size(), 100);
            QCOMPARE(stored->rowsNotRecorded, 200);
            QCOMPARE(stored->lastRecordedLine, rows.at(99).line);
            QCOMPARE(journal.unfinishedJobs().constFirst().notRecorded, 200);
        }
        std::unique_ptr<BulkRun> resumed(BulkRun::resumeJob(m_client, id, options()));
        resumed->start();
        QTRY_VERIFY_WITH_TIMEOUT(resumed->isFinished(), 15000);
        QCOMPARE(resumed->error(), BulkRun::Error::NoError);
        QCOMPARE(resumed->rowsNotRecorded(), 200);
        QCOMPARE(resumed->counts().succeeded, 100);
        QCOMPARE(m_server->users.size(), 100);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(m_server->receipts.value(userId(i)), 1);
        for (int i = 100; i < 300; ++i)
            QVERIFY(!m_server->receipts.contains(userId(i)));
    }

    // An agent's password stays in the journal while its row may still be sent (pending, or
    // unknown until looked up) and is gone once the job is finished.
    void agentPasswordLivesUntilTheRowIsFinal()
    {
        const QList<PreparedRow> rows = agentRows(3);
        qint64 id = -1;
        {
            JobJournal journal(journalPath());
            id = journal.createJob(Operation::CreateAgents, u"agents.csv"_s, u"alli.example.com"_s,
                { u"email"_s, u"password"_s }, rows, QList<RowResult>(rows.size()));
            journal.markSent(id, { 0 });
            // Its answer was lost: unknown. The password must survive for a resend.
            journal.recordResults(id, { 0 }, { RowResult { RowState::Unknown, u"lost"_s, 1 } });
            const std::optional<StoredJob> stored = journal.load(id);
            QCOMPARE(stored->rows.at(0).payload.object().value(u"password"_s).toString(), u"Secr3t!pass"_s);
        }
        std::unique_ptr<BulkRun> run(BulkRun::resumeJob(m_client, id, options()));
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 15000);
        QVERIFY2(run->counts().succeeded == 3,
            qPrintable(run->results().at(0).message)); // row 0 found absent, sent
        QCOMPARE(m_server->agents.size(), 3);
        QCOMPARE(m_server->receipts.value(u"agent0@example.com"_s), 1);
        {
            JobJournal journal(journalPath());
            const std::optional<StoredJob> stored = journal.load(id);
            for (const PreparedRow& row : stored->rows)
                QVERIFY2(!row.payload.object().contains(u"password"_s), qPrintable(row.key));
        }
        // Nothing of the password is left in the file (secure_delete), once every connection is
        // closed and the write-ahead log is folded in.
        run.reset();
        QFile file(journalPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Secr3t!pass"));
    }
};

QTEST_GUILESS_MAIN(TestBulkRun)
#include "tst_bulkrun.moc"
