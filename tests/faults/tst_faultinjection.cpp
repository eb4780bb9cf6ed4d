// Proof under faults: alli-admin-cli imports 20,000 users and invites 5,000 members against the
// demo backend while it injects 500s on 10% of requests, a 429 with Retry-After on every 20th,
// latency, and lost responses (applied, then the connection closed unanswered). The report is
// then compared with the backend's state, row by row:
//   - every row is in exactly one final state, and the summary line agrees with the report;
//   - every "succeeded" row is on the server with its data; every "failed" row is not;
//   - no row reached the server twice (the backend counts each row key it handled);
//   - every row whose answer was lost ends "succeeded" (verified by lookup) or stays "unknown";
//     every row left "unknown" really was ambiguous.
// Then the crash test: the CLI is killed with SIGKILL in the middle of a job, resumed, and the
// end state compared with that of one clean run on a second backend; nothing is sent twice.

#include "clirun.h"
#include "csvreader.h"
#include "demoserver.h"
#include "journal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using Run = Alli::Testing::CliRun;

namespace
{

struct ReportRow {
    QStringList cells; // the original columns
    QString status;
    QString message;
};

// The CLI's report, read with the project's own CSV reader: UTF-8 with a BOM, the original
// columns + line + status (a fixed code) + message + Result (the code in words, English here).
// Rows come back with the English state names ("Succeeded") after the codes and the physical
// lines are checked.
QList<ReportRow> readReport(const QString& path, int columns, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.peek(3).startsWith("\xEF\xBB\xBF")) {
        *error = u"the report is missing or has no UTF-8 BOM"_s;
        return {};
    }
    file.close();
    Bulk::CsvOptions options;
    options.encoding = Bulk::Encoding::Utf8;
    options.delimiter = Bulk::Delimiter::Comma;
    auto read = Bulk::CsvReader::readFile(path, options);
    if (const auto* failure = std::get_if<Bulk::CsvError>(&read)) {
        *error = failure->message;
        return {};
    }
    const Bulk::CsvTable table = std::get<Bulk::CsvTable>(std::move(read));
    if (table.header.size() != columns + 4) {
        *error = u"the report has %1 columns, expected %2"_s.arg(table.header.size()).arg(columns + 4);
        return {};
    }
    if (table.header.mid(columns, 3) != QStringList { u"line"_s, u"status"_s, u"message"_s }) {
        *error = u"the report's fixed columns are "_s + table.header.mid(columns).join(u',');
        return {};
    }
    static const QHash<QString, QString> labels { { u"succeeded"_s, u"Succeeded"_s },
        { u"failed"_s, u"Failed"_s }, { u"invalid"_s, u"Invalid"_s }, { u"not_sent"_s, u"Not sent"_s },
        { u"unknown"_s, u"Unknown"_s } };
    QList<ReportRow> rows;
    rows.reserve(table.rowCount());
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        const QStringList cells = table.rowCells(int(i));
        const QString code = cells.at(columns + 1);
        // The report's line is the row's physical line in the imported file (header on line 1).
        if (cells.at(columns) != QString::number(i + 2) || !labels.contains(code)
            || cells.at(columns + 3) != labels.value(code)) {
            *error = u"report row %1: line %2, status %3, result %4"_s.arg(i).arg(
                cells.at(columns), code, cells.at(columns + 3));
            return {};
        }
        rows.append({ cells.mid(0, columns), labels.value(code), cells.at(columns + 2) });
    }
    return rows;
}

// "N succeeded, N failed, N invalid, N not sent, N unknown"
QString summaryOf(const QList<ReportRow>& rows)
{
    QHash<QString, int> n;
    for (const ReportRow& row : rows)
        ++n[row.status];
    return u"%1 succeeded, %2 failed, %3 invalid, %4 not sent, %5 unknown"_s.arg(n.value(u"Succeeded"_s))
        .arg(n.value(u"Failed"_s))
        .arg(n.value(u"Invalid"_s))
        .arg(n.value(u"Not sent"_s))
        .arg(n.value(u"Unknown"_s));
}

const QStringList finalStates { u"Succeeded"_s, u"Failed"_s, u"Invalid"_s, u"Not sent"_s, u"Unknown"_s };

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void users20kUnderFaults();
    void members5kUnderFaults();
    void killedCliResumesToTheCleanRunsState();

private:
    QString writeFile(const QString& name, const QByteArray& content);
    QProcessEnvironment environment(const Demo::DemoServer& demo, const QString& dataHome) const;
    Run run(const Demo::DemoServer& demo, const QStringList& args, const QString& dataHome);
    static QByteArray usersFile(int count, const QString& prefix);

    QTemporaryDir m_dir;
};

void TestFaultInjection::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(ALLI_CLI_PATH)));
    QVERIFY(m_dir.isValid());
}

QString TestFaultInjection::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

QProcessEnvironment TestFaultInjection::environment(
    const Demo::DemoServer& demo, const QString& dataHome) const
{
    return Testing::cliEnvironment(demo.apiKey(), dataHome);
}

Run TestFaultInjection::run(const Demo::DemoServer& demo, const QStringList& args, const QString& dataHome)
{
    return Testing::runCli(QStringLiteral(ALLI_CLI_PATH), args, environment(demo, dataHome), 240000);
}

// How many rows the CLI says it sent again after finding them not applied (0 when it says nothing).
static int resentRows(const QString& err)
{
    static const QRegularExpression pattern(u"(\\d+) found not applied and sent again"_s);
    const QRegularExpressionMatch match = pattern.match(err);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QByteArray TestFaultInjection::usersFile(int count, const QString& prefix)
{
    QByteArray csv = "ownUserId,firstName,lastName,email,department\r\n";
    csv.reserve(count * 64);
    for (int i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += prefix.toUtf8() + n.rightJustified(6, '0') + ",First" + n + ",Last" + n + ",user" + n + "@"
            + prefix.toLower().toUtf8() + ".example.com,Dept" + QByteArray::number(i % 17) + "\r\n";
    }
    return csv;
}

void TestFaultInjection::users20kUnderFaults()
{
    Demo::DemoOptions options;
    options.userCount = 0;
    options.latencyMs = 20;
    options.failRate = 0.10;
    options.rateLimitEvery = 20;
    options.retryAfterSeconds = 1;
    options.lostResponseRate = 0.05;
    options.seed = 20261129;
    Demo::DemoServer demo(options);
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));

    constexpr int count = 20000;
    const QString file = writeFile(u"users-20k.csv"_s, usersFile(count, u"FI"_s));
    const QString report = m_dir.filePath(u"users-20k-report.csv"_s);
    const QString dataHome = m_dir.filePath(u"data-users"_s);
    QElapsedTimer clock;
    clock.start();
    const Run r = run(demo,
        { u"--base-url"_s, demo.baseUrl().toString(), u"users"_s, u"import"_s, file, u"--action"_s,
            u"create"_s, u"--report"_s, report },
        dataHome);
    const qint64 wallMs = clock.elapsed();
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err.right(2000)));

    QString error;
    const QList<ReportRow> rows = readReport(report, 5, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(int(rows.size()), count);
    QCOMPARE(r.lastOutLine(), summaryOf(rows));
    // Exit status 0 only when every row succeeded.
    QCOMPARE(r.exitCode == 0, summaryOf(rows).startsWith(QString::number(count) + u" succeeded"_s));

    const QHash<QString, int> receipts = demo.receipts();
    const QSet<QString> lost = demo.lostResponseKeys();
    int succeeded = 0, failed = 0, unknown = 0, verified = 0, lostRows = 0;
    for (const ReportRow& row : rows) {
        const QString id = row.cells.at(0);
        const QString key = u"users.create:"_s + id;
        QVERIFY2(finalStates.contains(row.status), qPrintable(id + u": "_s + row.status));
        QVERIFY2(
            row.status != u"Invalid"_s && row.status != u"Not sent"_s, qPrintable(id + u": "_s + row.status));
        // Nothing was applied twice: no row key reached a handler more than once.
        QVERIFY2(receipts.value(key) <= 1,
            qPrintable(id
                + u" was sent %1 times (%2: %3; answer lost: %4)"_s.arg(receipts.value(key))
                      .arg(row.status, row.message)
                      .arg(lost.contains(key))));
        const bool onServer = demo.userExists(id);
        if (lost.contains(key)) {
            ++lostRows;
            // Applied, answer lost: verified by lookup, or honestly unknown; never "failed".
            QVERIFY2(row.status == u"Succeeded"_s || row.status == u"Unknown"_s,
                qPrintable(id + u" lost its answer but is "_s + row.status));
        }
        if (row.status == u"Succeeded"_s) {
            ++succeeded;
            QVERIFY2(onServer, qPrintable(id + u" succeeded but is not on the server"_s));
            const QJsonObject user = demo.user(id);
            QCOMPARE(user.value(u"firstName"_s).toString(), row.cells.at(1));
            QCOMPARE(user.value(u"email"_s).toString(), row.cells.at(3));
            QCOMPARE(user.value(u"department"_s).toString(), row.cells.at(4));
            verified += row.message.startsWith(u"Verified on the server"_s) ? 1 : 0;
        } else if (row.status == u"Failed"_s) {
            ++failed;
            QVERIFY2(!onServer, qPrintable(id + u" failed but is on the server"_s));
            QVERIFY2(!row.message.isEmpty(), qPrintable(id + u" failed without a message"_s));
        } else if (row.status == u"Unknown"_s) {
            ++unknown;
            // Really ambiguous: its request reached the server and the answer was lost.
            QVERIFY2(lost.contains(key), qPrintable(id + u" is unknown but its answer was not lost"_s));
        }
    }
    QCOMPARE(demo.userCount(), succeeded + unknown);

    const Demo::DemoFaultCounts faults = demo.faultCounts();
    // The faults really happened (otherwise this test proves nothing).
    QVERIFY(faults.injectedFailures > 0);
    QVERIFY(faults.rateLimited > 0);
    QVERIFY(faults.lostResponses > 0);
    QVERIFY(lostRows > 0);
    QVERIFY(verified > 0);
    // Server errors (500) and lost answers end verified: the rows the server never applied were
    // looked up and sent again, so no row is left failed for the admin to retry by hand.
    QCOMPARE(failed, 0);
    QVERIFY2(resentRows(r.err) > 0, qPrintable(r.err.right(2000)));
    qInfo("users: %d rows checked in %lld ms: %d succeeded (%d verified after a lost answer, %d sent again "
          "after a server error), %d failed, %d unknown; "
          "faults survived: %lld requests, %lld injected 500s, %lld 429s, %lld lost responses",
        count, wallMs, succeeded, verified, resentRows(r.err), failed, unknown, faults.requests,
        faults.injectedFailures, faults.rateLimited, faults.lostResponses);
}

void TestFaultInjection::members5kUnderFaults()
{
    Demo::DemoOptions options;
    options.agentCount = 2000;
    options.latencyMs = 20;
    options.failRate = 0.10;
    options.rateLimitEvery = 20;
    options.retryAfterSeconds = 1;
    options.lostResponseRate = 0.05;
    options.seed = 5000;
    Demo::DemoServer demo(options);
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));
    const QList<Demo::GroupRecord> groups = demo.groups();
    QVERIFY(groups.size() >= 2);
    const QString groupA = groups.at(1).name;
    const int membersBefore = demo.agentCount();

    constexpr int count = 5000;
    QByteArray csv = "email,firstName,lastName,locale,groups\r\n";
    for (int i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i);
        // Every 10th row also names a group that does not exist yet: the invite creates it.
        const QByteArray groupCell = i % 10 == 0 ? groupA.toUtf8() + ";Fault Team" : groupA.toUtf8();
        csv += "member" + n + "@faults.example.com,Mem" + n + ",Ber" + n + "," + (i % 2 ? "ko" : "ja") + ","
            + groupCell + "\r\n";
    }
    const QString file = writeFile(u"members-5k.csv"_s, csv);
    const QString report = m_dir.filePath(u"members-5k-report.csv"_s);
    const Run r = run(demo,
        { u"--base-url"_s, demo.baseUrl().toString(), u"members"_s, u"import"_s, file, u"--action"_s,
            u"invite"_s, u"--report"_s, report },
        m_dir.filePath(u"data-members"_s));
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err.right(2000)));

    QString error;
    const QList<ReportRow> rows = readReport(report, 5, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(int(rows.size()), count);
    QCOMPARE(r.lastOutLine(), summaryOf(rows));

    const QHash<QString, int> receipts = demo.receipts();
    const QSet<QString> lost = demo.lostResponseKeys();
    const QStringList memberList = demo.memberEmails();
    const QSet<QString> members(memberList.cbegin(), memberList.cend());
    int succeeded = 0, failed = 0, unknown = 0, verified = 0;
    for (const ReportRow& row : rows) {
        const QString email = row.cells.at(0);
        const QString key = u"members.invite:"_s + email;
        QVERIFY2(finalStates.contains(row.status), qPrintable(email + u": "_s + row.status));
        QVERIFY2(
            receipts.value(key) <= 1, qPrintable(email + u" was sent %1 times"_s.arg(receipts.value(key))));
        const std::optional<Demo::AgentRecord> agent = demo.agentByEmail(email);
        if (lost.contains(key))
            QVERIFY2(row.status == u"Succeeded"_s || row.status == u"Unknown"_s,
                qPrintable(email + u": "_s + row.status));
        // A member whose answer was lost and who succeeded can only have been looked up.
        if (lost.contains(key) && row.status == u"Succeeded"_s)
            QVERIFY2(row.message.startsWith(u"Verified on the server"_s),
                qPrintable(email + u": "_s + row.message));
        if (row.status == u"Succeeded"_s) {
            ++succeeded;
            QVERIFY2(
                agent && agent->member && members.contains(email), qPrintable(email + u" is not a member"_s));
            QCOMPARE(agent->firstName, row.cells.at(1));
            QCOMPARE(agent->locale, row.cells.at(3));
            QVERIFY2(agent->groupIds.contains(demo.groupByName(groupA)->id), qPrintable(email));
            verified += row.message.startsWith(u"Verified on the server"_s) ? 1 : 0;
        } else if (row.status == u"Failed"_s) {
            ++failed;
            QVERIFY2(!agent, qPrintable(email + u" failed but exists on the server"_s));
        } else if (row.status == u"Unknown"_s) {
            ++unknown;
            QVERIFY2(lost.contains(key), qPrintable(email + u" is unknown but its answer was not lost"_s));
        } else {
            QFAIL(qPrintable(email + u": "_s + row.status));
        }
    }
    // No member was created twice: exactly one new agent per succeeded (or ambiguous) row.
    QCOMPARE(demo.agentCount(), membersBefore + succeeded + unknown);
    QVERIFY(demo.groupByName(u"Fault Team"_s).has_value());
    const Demo::DemoFaultCounts faults = demo.faultCounts();
    QVERIFY(faults.injectedFailures > 0);
    QVERIFY(faults.rateLimited > 0);
    QVERIFY(faults.lostResponses > 0);
    QCOMPARE(failed, 0);
    QVERIFY2(resentRows(r.err) > 0, qPrintable(r.err.right(2000)));
    QVERIFY2(verified > 0, "no member was verified after a lost answer: the look-up was never exercised");
    qInfo("members: %d rows checked: %d succeeded (%d verified after a lost answer), %d failed, %d unknown; "
          "faults survived: %lld requests, %lld injected 500s, %lld 429s, %lld lost responses",
        count, succeeded, verified, failed, unknown, faults.requests, faults.injectedFailures,
        faults.rateLimited, faults.lostResponses);
}

void TestFaultInjection::killedCliResumesToTheCleanRunsState()
{
    Demo::DemoOptions options;
    options.userCount = 0;
    options.latencyMs = 150; // chunks stay in flight long enough to be caught by the kill
    options.seed = 77;
    constexpr int count = 5000;
    const QString file = writeFile(u"users-crash.csv"_s, usersFile(count, u"KC"_s));

    // The reference: one clean run on its own backend.
    Demo::DemoServer clean(options);
    QVERIFY2(clean.start(), qPrintable(clean.errorString()));
    const QString cleanReport = m_dir.filePath(u"clean-report.csv"_s);
    const Run cleanRun = run(clean,
        { u"--base-url"_s, clean.baseUrl().toString(), u"users"_s, u"import"_s, file, u"--action"_s,
            u"create"_s, u"--report"_s, cleanReport },
        m_dir.filePath(u"data-clean"_s));
    QVERIFY2(cleanRun.exitCode == 0, qPrintable(cleanRun.err.right(2000)));

    // The crash: SIGKILL while chunks are in flight.
    Demo::DemoServer demo(options);
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));
    const QString dataHome = m_dir.filePath(u"data-crash"_s);
    QProcess process;
    process.setProcessEnvironment(environment(demo, dataHome));
    process.start(QStringLiteral(ALLI_CLI_PATH),
        { u"--base-url"_s, demo.baseUrl().toString(), u"users"_s, u"import"_s, file, u"--action"_s,
            u"create"_s });
    QVERIFY(process.waitForStarted());
    // Kill right after a chunk reached the server: its answer is still 150 ms away.
    QElapsedTimer waited;
    waited.start();
    while (demo.receipts().size() < 1500 && waited.elapsed() < 60000 && process.state() == QProcess::Running)
        QTest::qWait(2);
    QVERIFY2(demo.receipts().size() >= 1500, "the job did not get going");
    QVERIFY2(demo.receipts().size() < count, "the job finished before it could be killed");
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    const int receivedBeforeKill = int(demo.receipts().size());

    // What the journal kept: answered chunks final, the chunks in flight come back Unknown.
    {
        const QString journalPath = dataHome + u"/AlliAdmin/Alli Admin/journal.sqlite"_s;
        QVERIFY2(QFile::exists(journalPath), qPrintable(journalPath));
        Bulk::JobJournal journal(journalPath);
        QVERIFY(journal.isOpen());
        const QList<Bulk::JobSummary> unfinished = journal.unfinishedJobs();
        QCOMPARE(int(unfinished.size()), 1);
        const std::optional<Bulk::StoredJob> stored = journal.load(unfinished.constFirst().id);
        QVERIFY(stored);
        const Bulk::Counts counts = Bulk::countStates(stored->results);
        QVERIFY2(counts.unknown > 0, "no chunk was in flight when the process was killed");
        QVERIFY(counts.pending > 0);
        qInfo("killed with %d rows received by the server: journal has %d final, %d in flight (unknown), %d "
              "unsent",
            receivedBeforeKill, counts.succeeded + counts.failed, counts.unknown, counts.pending);
    }

    const QString report = m_dir.filePath(u"resumed-report.csv"_s);
    const Run resumed = run(
        demo, { u"resume"_s, u"--base-url"_s, demo.baseUrl().toString(), u"--report"_s, report }, dataHome);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err.right(2000)));
    QCOMPARE(resumed.lastOutLine(), cleanRun.lastOutLine());
    QVERIFY2(
        resumed.err.contains(u"looked up before anything is sent"_s), qPrintable(resumed.err.left(2000)));

    // Same end state as the clean run: every user, with the same data, and nothing sent twice.
    QCOMPARE(demo.userCount(), clean.userCount());
    const QHash<QString, int> receipts = demo.receipts();
    QCOMPARE(int(receipts.size()), count);
    for (auto it = receipts.cbegin(); it != receipts.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key() + u" was sent %1 times"_s.arg(it.value())));
    QString error;
    const QList<ReportRow> cleanRows = readReport(cleanReport, 5, &error);
    const QList<ReportRow> resumedRows = readReport(report, 5, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(resumedRows.size(), cleanRows.size());
    for (int i = 0; i < cleanRows.size(); ++i) {
        const QString id = cleanRows.at(i).cells.at(0);
        QCOMPARE(resumedRows.at(i).cells, cleanRows.at(i).cells);
        QCOMPARE(resumedRows.at(i).status, cleanRows.at(i).status);
        QCOMPARE(demo.user(id), clean.user(id));
    }

    // The journal agrees: the job is finished, and a second resume has nothing to do.
    const Run again = run(demo, { u"resume"_s, u"--base-url"_s, demo.baseUrl().toString() }, dataHome);
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(u"no unfinished job"_s));
    const Run jobs = run(demo, { u"jobs"_s }, dataHome);
    QCOMPARE(jobs.exitCode, 0);
    QVERIFY2(jobs.out.contains(u"\tfinished\t"_s), qPrintable(jobs.out));
    QVERIFY2(jobs.out.contains(u"5000 succeeded, 0 failed"_s), qPrintable(jobs.out));
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
