// alli-admin-cli as a user runs it: a child process talking to the in-process demo backend
// over loopback. Checks exit statuses, the summary line, dry runs, reports, the journal, and
// that the API key never shows up in the output.

#include "bulktestrows.h"
#include "clirun.h"
#include "csvreader.h"
#include "demoserver.h"
#include "journal.h"
#include "relayproxy.h"
#include "testtools.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#if __has_include(<sys/types.h>)
#include <sys/types.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using Run = Alli::Testing::CliRun;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void usersCreateAllSucceed();
    void largeFileIsSentWhileItIsPrepared();
    void someRowsFailWithReport();
    void membersInviteAndJournal();
    void excelSheetIsRead();
    void guessedRulesWarnButSend();
    void usageErrors_data();
    void usageErrors();
    void emptyFileIsAFileError();
    void everyUnreadableLineIsNamed();
    void wrongKeyIsAnAuthError();
    void forbiddenIsAnAuthError();
    void dryRunSendsNothing();
    void plainHttpOnlyForLoopback();
    void sigintCancelsTheJob();
    void resumeRefusals();
    void resumeNamesLinesNeverRecorded();
    void serverErrorsAreLookedUpUnlessNoVerify();
    void proxyFromTheCommandLine();
    void proxyLoginFromTheAddress();

private:
    QString writeFile(const QString& name, const QByteArray& content);
    Run run(const QStringList& args, const QString& key = {}, bool withKey = true);
    QString baseUrl() const { return m_demo->baseUrl().toString(); }

    std::unique_ptr<Demo::DemoServer> m_demo;
    QTemporaryDir m_dir;
    QString m_dataHome;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(ALLI_CLI_PATH)));
    QVERIFY(m_dir.isValid());
    m_dataHome = m_dir.filePath(u"data"_s);
    QVERIFY(QDir().mkpath(m_dataHome));
    m_demo = std::make_unique<Demo::DemoServer>();
    QVERIFY2(m_demo->start(), qPrintable(m_demo->errorString()));
}

void TestCli::cleanupTestCase()
{
    m_demo.reset();
}

QString TestCli::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

Run TestCli::run(const QStringList& args, const QString& key, bool withKey)
{
    const QString secret = key.isEmpty() ? m_demo->apiKey() : key;
    const Run result = Testing::runCli(QStringLiteral(ALLI_CLI_PATH), args,
        Testing::cliEnvironment(withKey ? secret : QString(), m_dataHome), 60000);
    // Every CLI run of every test: a key in the output fails the test that ran it.
    if (result.out.contains(secret) || result.err.contains(secret))
        QTest::qFail("the API key appeared in the CLI's output", __FILE__, __LINE__);
    return result;
}

#define CHECK_NO_KEY(r, key)                                                                                 \
    do {                                                                                                     \
        QVERIFY(!(r).out.contains(key));                                                                     \
        QVERIFY(!(r).err.contains(key));                                                                     \
    } while (false)

void TestCli::usersCreateAllSucceed()
{
    const QString file = writeFile(u"users-ok.csv"_s,
        "ownUserId,firstName,lastName,email\r\nCLI0001,Ana,Kim,ana@example.com\r\nCLI0002,Bo,Lee,bo@example."
        "com\r\n");
    const Run r
        = run({ u"--base-url"_s, baseUrl(), u"users"_s, u"import"_s, file, u"--action"_s, u"create"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.lastOutLine(), u"2 succeeded, 0 failed, 0 invalid, 0 not sent, 0 unknown"_s);
    QVERIFY(m_demo->userExists(u"CLI0001"_s));
    QVERIFY(m_demo->userExists(u"CLI0002"_s));
    QCOMPARE(m_demo->user(u"CLI0002"_s).value(u"email").toString(), u"bo@example.com"_s);
    CHECK_NO_KEY(r, m_demo->apiKey());
}

// A file of more than one batch of rows (2,000) is sent while its later rows are still being
// prepared: every row ends in one state, and the invalid ones (a key that an earlier batch has, a
// row without a key in the last batch) are named by line once the job is done, before the summary.
void TestCli::largeFileIsSentWhileItIsPrepared()
{
    QByteArray csv = "ownUserId,firstName\r\n";
    for (int i = 0; i < 4500; ++i) {
        QByteArray key = "STREAM" + QByteArray::number(i == 3000 ? 10 : i).rightJustified(4, '0');
        if (i == 4200)
            key.clear();
        csv += key + ",Name" + QByteArray::number(i) + "\r\n";
    }
    const QString file = writeFile(u"stream.csv"_s, csv);
    const Run r
        = run({ u"--base-url"_s, baseUrl(), u"users"_s, u"import"_s, file, u"--action"_s, u"create"_s });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lastOutLine(), u"4498 succeeded, 0 failed, 2 invalid, 0 not sent, 0 unknown"_s);
    const qsizetype duplicate = r.err.indexOf(u"Line 3002: "_s);
    const qsizetype keyless = r.err.indexOf(u"Line 4202: "_s);
    QVERIFY2(duplicate > 0 && keyless > duplicate, qPrintable(r.err));
    QVERIFY2(r.err.indexOf(u"already appears on line 12."_s, duplicate) > 0, qPrintable(r.err));
    QVERIFY2(r.err.indexOf(u"Sending 4500 row"_s) < duplicate, qPrintable(r.err));
    for (const QString& id : { u"STREAM0000"_s, u"STREAM0010"_s, u"STREAM2999"_s, u"STREAM4499"_s })
        QVERIFY2(m_demo->userExists(id), qPrintable(id));
    QVERIFY(!m_demo->userExists(u"STREAM3000"_s));
    QVERIFY(!m_demo->userExists(u"STREAM4200"_s));
    QCOMPARE(m_demo->user(u"STREAM0010"_s).value(u"firstName").toString(), u"Name10"_s);

    // The journal has the whole job, finished, nothing "never recorded".
    const Run jobs = run({ u"jobs"_s });
    QCOMPARE(jobs.exitCode, 0);
    const QString line = jobs.out.section(u'\n', 0, 0);
    QVERIFY2(line.contains(u"stream.csv"_s) && line.contains(u"\tfinished\t"_s)
            && line.contains(u"4498 succeeded"_s) && !line.contains(u"never recorded"_s),
        qPrintable(jobs.out));
}

void TestCli::someRowsFailWithReport()
{
    // EMP00001 is seeded: creating it again fails on the server, the other row succeeds.
    const QString file = writeFile(u"users-some-fail.csv"_s,
        "ownUserId,firstName,email\r\nCLI0100,Cy,cy@example.com\r\nEMP00001,Dup,dup@example.com\r\n");
    const QString report = m_dir.filePath(u"report.csv"_s);
    const Run r = run({ u"--base-url"_s, baseUrl(), u"users"_s, u"import"_s, file, u"--action"_s, u"create"_s,
        u"--report"_s, report, u"--concurrency"_s, u"2"_s });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lastOutLine(), u"1 succeeded, 1 failed, 0 invalid, 0 not sent, 0 unknown"_s);
    QVERIFY(m_demo->userExists(u"CLI0100"_s));
    // The failed row is named on stderr with its line number.
    QVERIFY2(r.err.contains(u"Line 3"_s) && r.err.contains(u"already exists"_s), qPrintable(r.err));
    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(reportFile.readAll());
    QVERIFY(text.contains(u"CLI0100"_s));
    QVERIFY(text.contains(u"EMP00001"_s));
    QVERIFY(text.contains(u"already exists"_s));
    CHECK_NO_KEY(r, m_demo->apiKey());

    // The same job's report as an Excel workbook (--report NAME.xlsx): the same rows, the status
    // codes and messages in their columns.
    const QString again = writeFile(u"users-some-fail-2.csv"_s,
        "ownUserId,firstName,email\r\nCLI0101,Cy,cy2@example.com\r\nEMP00001,Dup,dup@example.com\r\n");
    const QString workbook = m_dir.filePath(u"report.xlsx"_s);
    const Run w = run({ u"--base-url"_s, baseUrl(), u"users"_s, u"import"_s, again, u"--action"_s,
        u"create"_s, u"--report"_s, workbook });
    QCOMPARE(w.exitCode, 1);
    QFile workbookFile(workbook);
    QVERIFY(workbookFile.open(QIODevice::ReadOnly));
    Alli::Bulk::CsvOptions options;
    options.headerRow = 1;
    const auto read = Alli::Bulk::CsvReader::read(workbookFile.readAll(), options);
    QVERIFY(std::holds_alternative<Alli::Bulk::CsvTable>(read));
    const Alli::Bulk::CsvTable& table = std::get<Alli::Bulk::CsvTable>(read);
    QCOMPARE(table.header.mid(0, 6),
        (QStringList { u"ownUserId"_s, u"firstName"_s, u"email"_s, u"line"_s, u"status"_s, u"message"_s }));
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.rowCells(0).mid(0, 5),
        (QStringList { u"CLI0101"_s, u"Cy"_s, u"cy2@example.com"_s, u"2"_s, u"succeeded"_s }));
    QCOMPARE(table.cell(1, 4), u"failed"_s);
    QVERIFY(table.cell(1, 5).contains(u"already exists"_s));
}

// A rule the docs do not state (a minimum password length) is a warning: the row is sent and the
// server decides. The documented rule (three character classes) still keeps a row back.
void TestCli::guessedRulesWarnButSend()
{
    const QString file = writeFile(u"agents-short.csv"_s,
        "email,password\r\nshort.pw@example.com,Ab1!xyz\r\nweak.pw@example.com,abcdefghij\r\n");
    const QStringList args { u"--base-url"_s, baseUrl(), u"agents"_s, u"import"_s, file, u"--action"_s,
        u"create"_s };
    // A length Alli does not document holds the row back, and says how to send it anyway.
    Run r = run(args);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lastOutLine(), u"0 succeeded, 0 failed, 2 invalid, 0 not sent, 0 unknown"_s);
    QVERIFY2(r.err.contains(u"Alli does not document this rule"_s), qPrintable(r.err));
    QVERIFY2(
        r.err.contains(u"break only rules that Alli does not document; run again with --allow-warnings"_s),
        qPrintable(r.err));
    QVERIFY(!m_demo->agentByEmail(u"short.pw@example.com"_s).has_value());

    // --allow-warnings: the short password reaches the server; the documented rule still holds.
    r = run(args + QStringList { u"--allow-warnings"_s });
    QCOMPARE(r.exitCode, 1); // the weak row is invalid
    QCOMPARE(r.lastOutLine(), u"1 succeeded, 0 failed, 1 invalid, 0 not sent, 0 unknown"_s);
    QVERIFY(m_demo->agentByEmail(u"short.pw@example.com"_s).has_value()); // reached the server
    QVERIFY(!m_demo->agentByEmail(u"weak.pw@example.com"_s).has_value());
    QVERIFY2(
        !r.err.contains(u"Ab1!xyz"_s) && !r.out.contains(u"Ab1!xyz"_s), qPrintable(r.err)); // never echoed
    CHECK_NO_KEY(r, m_demo->apiKey());

    // A group the look-up did not find: held back; sent anyway, the server decides (the demo
    // refuses it, in its own words).
    const QString member = writeFile(u"member.csv"_s, "email\r\nanyway.member@example.com\r\n");
    r = run({ u"--base-url"_s, baseUrl(), u"members"_s, u"import"_s, member, u"--action"_s, u"invite"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString groups
        = writeFile(u"members-groups.csv"_s, "email,groups\r\nanyway.member@example.com,No Such Group\r\n");
    const QStringList update { u"--base-url"_s, baseUrl(), u"members"_s, u"import"_s, groups, u"--action"_s,
        u"update-groups"_s };
    r = run(update);
    QCOMPARE(r.lastOutLine(), u"0 succeeded, 0 failed, 1 invalid, 0 not sent, 0 unknown"_s);
    r = run(update + QStringList { u"--allow-warnings"_s });
    QCOMPARE(r.lastOutLine(), u"0 succeeded, 1 failed, 0 invalid, 0 not sent, 0 unknown"_s);
    QVERIFY2(r.err.contains(u"Unknown permission group: No Such Group"_s), qPrintable(r.err));
}

void TestCli::membersInviteAndJournal()
{
    const QString file = writeFile(u"members.csv"_s,
        "email;firstName;lastName\nnew.member1@example.com;Eun;Park\nnew.member2@example.com;Fumi;Sato\n");
    const Run r = run({ u"--base-url"_s, baseUrl(), u"members"_s, u"import"_s, file, u"--action"_s,
        u"invite"_s, u"--delimiter"_s, u"semicolon"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.lastOutLine(), u"2 succeeded, 0 failed, 0 invalid, 0 not sent, 0 unknown"_s);
    const auto agent = m_demo->agentByEmail(u"new.member2@example.com"_s);
    QVERIFY(agent.has_value());
    QVERIFY(agent->member);

    // The same journal the GUI reads.
    const QString journalPath = m_dataHome + u"/AlliAdmin/Alli Admin/journal.sqlite"_s;
    QVERIFY2(QFile::exists(journalPath), qPrintable(journalPath));
    Bulk::JobJournal journal(journalPath);
    QVERIFY(journal.isOpen());
    const QList<Bulk::JobSummary> jobs = journal.jobs();
    QVERIFY(!jobs.isEmpty());
    QCOMPARE(jobs.constFirst().operation, Bulk::Operation::InviteMembers);
    QVERIFY(jobs.constFirst().finished.isValid());
    QCOMPARE(jobs.constFirst().counts.succeeded, 2);
    QVERIFY(jobs.constFirst().sourceFile.endsWith(u"members.csv"_s));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString file = writeFile(u"usage.csv"_s, "ownUserId,firstName\r\nCLI0200,Gil\r\n");
    QTest::newRow("no arguments") << QStringList {};
    QTest::newRow("missing file") << QStringList { u"users"_s, u"import"_s, m_dir.filePath(u"nope.csv"_s),
        u"--action"_s, u"create"_s };
    QTest::newRow("no action") << QStringList { u"users"_s, u"import"_s, file };
    QTest::newRow("wrong action") << QStringList { u"users"_s, u"import"_s, file, u"--action"_s,
        u"invite"_s };
    QTest::newRow("unknown resource")
        << QStringList { u"groups"_s, u"import"_s, file, u"--action"_s, u"create"_s };
    QTest::newRow("unknown option") << QStringList { u"users"_s, u"import"_s, file, u"--action"_s,
        u"create"_s, u"--frobnicate"_s };
    QTest::newRow("bad encoding") << QStringList { u"users"_s, u"import"_s, file, u"--action"_s, u"create"_s,
        u"--encoding"_s, u"latin9"_s };
    QTest::newRow("bad concurrency") << QStringList { u"users"_s, u"import"_s, file, u"--action"_s,
        u"create"_s, u"--concurrency"_s, u"0"_s };
    QTest::newRow("required column missing")
        << QStringList { u"members"_s, u"import"_s, file, u"--action"_s, u"invite"_s };
    QTest::newRow("report folder missing") << QStringList { u"users"_s, u"import"_s, file, u"--action"_s,
        u"create"_s, u"--report"_s, m_dir.filePath(u"no/such/dir/r.csv"_s) };
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const int before = m_demo->requestCount();
    const Run r = run(QStringList { u"--base-url"_s, baseUrl() } + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(m_demo->requestCount(), before);
    QVERIFY(!m_demo->userExists(u"CLI0200"_s));
}

// A broken file is refused with every line that cannot be read named at once, not one per run.
void TestCli::everyUnreadableLineIsNamed()
{
    const int before = m_demo->requestCount();
    const QString file = writeFile(u"broken-lines.csv"_s,
        "ownUserId,firstName\r\nCLI0300,Ann\r\nCLI0301,B\"o\r\nCLI0302,Cy,extra\r\nCLI0303,"
        "Dee\r\nCLI0304\r\n");
    const Run r
        = run({ u"--base-url"_s, baseUrl(), u"users"_s, u"import"_s, file, u"--action"_s, u"create"_s });
    QCOMPARE(r.exitCode, 2);
    for (const QString& line : { u"Line 3"_s, u"Line 4"_s, u"Line 6"_s })
        QVERIFY2(r.err.contains(line), qPrintable(line + u" not named in: "_s + r.err));
    QVERIFY2(r.err.contains(u"of the file cannot be read; nothing was sent"_s), qPrintable(r.err));
    QCOMPARE(m_demo->requestCount(), before);
    QVERIFY(!m_demo->userExists(u"CLI0300"_s));
}

void TestCli::emptyFileIsAFileError()
{
    const int before = m_demo->requestCount();
    const QString empty = writeFile(u"empty.csv"_s, QByteArray());
    Run r = run({ u"--base-url"_s, baseUrl(), u"users"_s, u"import"_s, empty, u"--action"_s, u"delete"_s });
    QCOMPARE(r.exitCode, 2);
    const QString headerOnly = writeFile(u"header-only.csv"_s, "ownUserId\r\n");
    r = run({ u"--base-url"_s, baseUrl(), u"users"_s, u"import"_s, headerOnly, u"--action"_s, u"delete"_s });
    QCOMPARE(r.exitCode, 2);
    // Without the key nothing can be sent either: a usage error, not an authentication one.
    const QString file = writeFile(u"nokey.csv"_s, "ownUserId\r\nEMP00002\r\n");
    r = run(
        { u"--base-url"_s, baseUrl(), u"users"_s, u"import"_s, file, u"--action"_s, u"delete"_s }, {}, false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"ALLI_API_KEY"_s));
    QCOMPARE(m_demo->requestCount(), before);
    QVERIFY(m_demo->userExists(u"EMP00002"_s));
}

void TestCli::wrongKeyIsAnAuthError()
{
    const QString wrongKey = u"wrong-key-5f3a9c"_s;
    const QString file = writeFile(u"users-delete.csv"_s, "ownUserId\r\nEMP00003\r\n");
    const Run r = run(
        { u"--base-url"_s, baseUrl(), u"users"_s, u"import"_s, file, u"--action"_s, u"delete"_s }, wrongKey);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(m_demo->userExists(u"EMP00003"_s));
    CHECK_NO_KEY(r, wrongKey);
}

void TestCli::forbiddenIsAnAuthError()
{
    m_demo->setForbidden(true);
    const QString file = writeFile(u"users-delete2.csv"_s, "ownUserId\r\nEMP00004\r\nEMP00005\r\n");
    const Run r
        = run({ u"--base-url"_s, baseUrl(), u"users"_s, u"import"_s, file, u"--action"_s, u"delete"_s });
    m_demo->setForbidden(false);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(m_demo->userExists(u"EMP00004"_s));
    QVERIFY(r.lastOutLine().startsWith(u"0 succeeded"_s));
    CHECK_NO_KEY(r, m_demo->apiKey());
}

void TestCli::dryRunSendsNothing()
{
    const QString file = writeFile(u"dry.csv"_s,
        "email,firstName\r\nok.dry@example.com,Hana\r\nnot-an-email,Ito\r\nok.dry2@example.com,Jun\r\n");
    const int before = m_demo->requestCount();
    const Run r = run({ u"--base-url"_s, baseUrl(), u"members"_s, u"import"_s, file, u"--action"_s,
        u"invite"_s, u"--dry-run"_s });
    QCOMPARE(m_demo->requestCount(), before);
    QVERIFY(!m_demo->agentByEmail(u"ok.dry@example.com"_s).has_value());
    QCOMPARE(r.exitCode, 1); // an invalid row
    QCOMPARE(r.lastOutLine(), u"0 succeeded, 0 failed, 1 invalid, 2 not sent, 0 unknown"_s);
    // The invalid row is named by its physical line.
    QVERIFY2(r.err.contains(QRegularExpression(u"\\b3\\b"_s)) && r.err.contains(u"not-an-email"_s),
        qPrintable(r.err));
    QVERIFY(r.err.contains(u"Dry run"_s));
}

// An Excel workbook: its sheet chosen by name, rows numbered as in the sheet; a missing sheet is
// a file error (exit 2) that lists the sheets, nothing sent.
void TestCli::excelSheetIsRead()
{
    QTemporaryDir dir;
    QVERIFY(Testing::makeWorkbooks(dir.path()));
    const QString workbook = dir.filePath(u"staff.xlsx"_s);
    const Run r = run({ u"--base-url"_s, baseUrl(), u"members"_s, u"import"_s, workbook, u"--action"_s,
        u"invite"_s, u"--sheet"_s, u"Other"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"from the sheet “Other”"_s), qPrintable(r.err));
    QCOMPARE(r.lastOutLine(), u"1 succeeded, 0 failed, 0 invalid, 0 not sent, 0 unknown"_s);
    QVERIFY(m_demo->agentByEmail(u"lee@example.com"_s).has_value());
    const int before = m_demo->requestCount();
    const Run missing = run({ u"--base-url"_s, baseUrl(), u"members"_s, u"import"_s, workbook, u"--action"_s,
        u"invite"_s, u"--sheet"_s, u"Nope"_s });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(u"“Staff”, “Other”"_s), qPrintable(missing.err));
    QCOMPARE(m_demo->requestCount(), before);
}

void TestCli::plainHttpOnlyForLoopback()
{
    const QString file = writeFile(u"http.csv"_s, "ownUserId\r\nEMP00006\r\n");
    const Run r = run({ u"--base-url"_s, u"http://example.com"_s, u"users"_s, u"import"_s, file,
        u"--action"_s, u"delete"_s });
    QCOMPARE(r.exitCode, 2);
    const Run both = run({ u"--base-url"_s, baseUrl(), u"--region"_s, u"ja"_s, u"users"_s, u"import"_s, file,
        u"--action"_s, u"delete"_s });
    QCOMPARE(both.exitCode, 2);
    QVERIFY(m_demo->userExists(u"EMP00006"_s));
}

void TestCli::sigintCancelsTheJob()
{
    QByteArray csv = "ownUserId,firstName\r\n";
    for (int i = 0; i < 500; ++i)
        csv += "SIG" + QByteArray::number(i).rightJustified(4, '0') + ",X\r\n";
    const QString file = writeFile(u"users-sigint.csv"_s, csv);
    m_demo->setLatencyMs(400);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ALLI_API_KEY"_s, m_demo->apiKey());
    env.insert(u"XDG_DATA_HOME"_s, m_dataHome);
    process.setProcessEnvironment(env);
    process.setReadChannel(QProcess::StandardError);
    process.start(QStringLiteral(ALLI_CLI_PATH),
        { u"--base-url"_s, baseUrl(), u"users"_s, u"import"_s, file, u"--action"_s, u"create"_s,
            u"--concurrency"_s, u"1"_s });
    QString err;
    while (!err.contains(u"Sending"_s) && process.waitForReadyRead(10000))
        err += QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(u"Sending"_s), qPrintable(err));
#if defined(Q_OS_UNIX)
    ::kill(pid_t(process.processId()), SIGINT);
#else
    QSKIP("Ctrl+C is sent as SIGINT, which only a POSIX system can send to another process.");
#endif
    QVERIFY(process.waitForFinished(30000));
    m_demo->setLatencyMs(0);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QStringList out
        = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!out.isEmpty());
    const QRegularExpression summary(
        u"^(\\d+) succeeded, 0 failed, 0 invalid, (\\d+) not sent, 0 unknown$"_s);
    const QRegularExpressionMatch match = summary.match(out.constLast().trimmed());
    QVERIFY2(match.hasMatch(), qPrintable(out.constLast()));
    QVERIFY(match.captured(2).toInt() >= 300); // one chunk in flight at a time: most never left
    QCOMPARE(match.captured(1).toInt() + match.captured(2).toInt(), 500);
    QVERIFY(!m_demo->userExists(u"SIG0499"_s));
}

void TestCli::resumeRefusals()
{
    const QString dataHome = m_dir.filePath(u"data-resume"_s);
    const QString journalDir = dataHome + u"/AlliAdmin/Alli Admin"_s;
    QVERIFY(QDir().mkpath(journalDir));
    const auto runHere = [&](const QStringList& args) {
        return Testing::runCli(
            QStringLiteral(ALLI_CLI_PATH), args, Testing::cliEnvironment(m_demo->apiKey(), dataHome));
    };
    // Nothing journalled yet.
    Run r = runHere({ u"jobs"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    r = runHere({ u"resume"_s, u"--base-url"_s, baseUrl() });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"no job to resume"_s), qPrintable(r.err));

    // An unfinished job of another server is never replayed on this one.
    qint64 id = -1;
    {
        Bulk::JobJournal journal(journalDir + u"/journal.sqlite"_s);
        QVERIFY(journal.isOpen());
        Bulk::PreparedRow row;
        row.line = 2;
        row.key = u"R1"_s;
        row.cells = QStringList { u"R1"_s, u"r1@example.com"_s };
        row.payload = QJsonObject { { u"ownUserId"_s, u"R1"_s } };
        id = journal.createJob(Bulk::Operation::CreateUsers, u"/tmp/other.csv"_s, u"alli.other.example.com"_s,
            { u"ownUserId"_s, u"email"_s }, { row }, { Bulk::RowResult {} });
        QVERIFY(id >= 0);
    }
    r = runHere({ u"jobs"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"\tusers-create\tunfinished\t"_s), qPrintable(r.out));
    r = runHere({ u"resume"_s, u"--base-url"_s, baseUrl() });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"alli.other.example.com"_s), qPrintable(r.err));
    QVERIFY(!m_demo->userExists(u"R1"_s));
    r = runHere({ u"resume"_s, u"4242"_s, u"--base-url"_s, baseUrl() });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"no job 4242"_s), qPrintable(r.err));
    r = runHere({ u"resume"_s, u"abc"_s, u"--base-url"_s, baseUrl() });
    QCOMPARE(r.exitCode, 2);
    r = runHere({ u"resume"_s, QString::number(id), u"--action"_s, u"create"_s, u"--base-url"_s, baseUrl() });
    QCOMPARE(r.exitCode, 2);
}

// A job interrupted while it was being recorded: resume finishes the rows recorded, then says
// which lines were never recorded (so never sent) and exits with 1: they must be imported again.
void TestCli::resumeNamesLinesNeverRecorded()
{
    const QString dataHome = m_dir.filePath(u"data-cut"_s);
    const QString journalDir = dataHome + u"/AlliAdmin/Alli Admin"_s;
    QVERIFY(QDir().mkpath(journalDir));
    qint64 id = -1;
    {
        Bulk::JobJournal journal(journalDir + u"/journal.sqlite"_s);
        QVERIFY(journal.isOpen());
        const QList<Bulk::PreparedRow> rows = Testing::userRows(3, u"CUT");
        id = journal.createJob(Bulk::Operation::CreateUsers, u"/tmp/cut.csv"_s, m_demo->baseUrl().host(),
            { u"ownUserId"_s }, rows, QList<Bulk::RowResult>(3), 1);
        QVERIFY(id >= 0);
    }
    // The job list says so as well, on the job's own line.
    const Run listed = Testing::runCli(
        QStringLiteral(ALLI_CLI_PATH), { u"jobs"_s }, Testing::cliEnvironment(m_demo->apiKey(), dataHome));
    QCOMPARE(listed.exitCode, 0);
    const QString line = listed.out.split(u'\n').filter(QString::number(id) + u'\t').value(0);
    QVERIFY2(line.endsWith(u"0 unknown, 2 never recorded"_s), qPrintable(listed.out));
    const Run r = Testing::runCli(QStringLiteral(ALLI_CLI_PATH),
        { u"resume"_s, QString::number(id), u"--base-url"_s, baseUrl() },
        Testing::cliEnvironment(m_demo->apiKey(), dataHome));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"after line 2 of /tmp/cut.csv were never sent"_s), qPrintable(r.err));
    QVERIFY(m_demo->userExists(Testing::userId(0, u"CUT")));
    QVERIFY(!m_demo->userExists(Testing::userId(1, u"CUT")));
    QVERIFY(!m_demo->userExists(Testing::userId(2, u"CUT")));
}

// Every POST answered 500 (look-ups answered): by default the rows are looked up, found absent,
// sent again up to four times in all and end "failed: not applied"; with --no-verify they are
// left unknown after one send and nothing is looked up.
void TestCli::serverErrorsAreLookedUpUnlessNoVerify()
{
    const QString file = writeFile(u"users-500.csv"_s, "ownUserId,firstName\r\nNV0001,A\r\nNV0002,B\r\n");
    m_demo->setFailWritesOnly(true);
    m_demo->setFailRate(1.0);
    const auto restore = qScopeGuard([this] {
        m_demo->setFailRate(0);
        m_demo->setFailWritesOnly(false);
    });
    const auto posts = [this] { return m_demo->faultCounts().injectedFailures; };

    qint64 before = posts();
    Run r = run({ u"--base-url"_s, baseUrl(), u"users"_s, u"import"_s, file, u"--action"_s, u"create"_s,
        u"--no-verify"_s });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lastOutLine(), u"0 succeeded, 0 failed, 0 invalid, 0 not sent, 2 unknown"_s);
    QCOMPARE(posts() - before, 1); // one request, never sent again
    QVERIFY2(!r.err.contains(u"Checking"_s), qPrintable(r.err));

    before = posts();
    r = run({ u"--base-url"_s, baseUrl(), u"users"_s, u"import"_s, file, u"--action"_s, u"create"_s });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lastOutLine(), u"0 succeeded, 2 failed, 0 invalid, 0 not sent, 0 unknown"_s);
    QCOMPARE(posts() - before, 4); // sent, then again three times after each look-up found it absent
    QVERIFY2(r.err.contains(u"whose outcome is unknown"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Not applied"_s), qPrintable(r.err));
    QVERIFY(!m_demo->userExists(u"NV0001"_s));
}

// --proxy carries every request (the proxy sees the group list and the bulk request, in absolute
// form, for the demo's address); NO_PROXY naming the server sends them straight; a bad proxy
// address is a usage error that says what is wrong, before anything is sent.
void TestCli::proxyFromTheCommandLine()
{
    Testing::RelayProxy proxy;
    QVERIFY(proxy.start());
    const QString file = writeFile(u"proxied.csv"_s, "ownUserId,email\r\nPROXY001,p1@example.com\r\n");
    QProcessEnvironment env = Testing::cliEnvironment(m_demo->apiKey(), m_dataHome);
    env.remove(u"NO_PROXY"_s);
    env.remove(u"no_proxy"_s);
    const QStringList args { u"--base-url"_s, baseUrl(), u"--proxy"_s, proxy.url(), u"users"_s, u"import"_s,
        file, u"--action"_s, u"create"_s };
    Run r = Testing::runCli(QStringLiteral(ALLI_CLI_PATH), args, env, 60000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(m_demo->userExists(u"PROXY001"_s));
    QVERIFY2(proxy.requests() >= 2, qPrintable(proxy.targets().join(u'\n')));
    for (const QString& target : proxy.targets())
        QVERIFY2(target.startsWith(baseUrl()), qPrintable(target));
    CHECK_NO_KEY(r, m_demo->apiKey());

    // NO_PROXY names the server: straight to it.
    const int before = proxy.requests();
    const QString second = writeFile(u"proxied2.csv"_s, "ownUserId,email\r\nPROXY002,p2@example.com\r\n");
    QStringList direct = args;
    direct[direct.indexOf(file)] = second;
    env.insert(u"NO_PROXY"_s, u"example.org, 127.0.0.1"_s);
    r = Testing::runCli(QStringLiteral(ALLI_CLI_PATH), direct, env, 60000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(m_demo->userExists(u"PROXY002"_s));
    QCOMPARE(proxy.requests(), before);

    // Bad addresses: named, nothing sent.
    const QList<std::pair<QString, QString>> bad { { u"ftp://proxy.corp:21"_s, u"ftp"_s },
        { u"http://proxy.corp"_s, u"no port"_s }, { u"not a url"_s, u"not a proxy address"_s } };
    for (const auto& [url, says] : bad) {
        QStringList withBad = args;
        withBad[withBad.indexOf(proxy.url())] = url;
        const Run b = Testing::runCli(QStringLiteral(ALLI_CLI_PATH), withBad, env, 60000);
        QCOMPARE(b.exitCode, 2);
        QVERIFY2(b.err.contains(says), qPrintable(b.err));
    }
}

// A proxy that asks for a login: without one the CLI says so and nothing reaches the server; the
// login in the proxy's address answers the 407, and every request goes through the proxy. The
// password never appears in the CLI's output. (A login in HTTPS_PROXY / HTTP_PROXY takes the
// same way through Qt, but the environment's proxy never carries requests to this computer, so
// the loopback demo cannot show it.)
void TestCli::proxyLoginFromTheAddress()
{
    Testing::RelayProxy proxy;
    proxy.setRequiredLogin("corp-kim", "Pr0xy+pass/9");
    QVERIFY(proxy.start());
    const QString file
        = writeFile(u"proxied-login.csv"_s, "ownUserId,email\r\nPROXY101,p101@example.com\r\n");
    QProcessEnvironment env = Testing::cliEnvironment(m_demo->apiKey(), m_dataHome);
    env.remove(u"NO_PROXY"_s);
    env.remove(u"no_proxy"_s);
    QStringList args { u"--base-url"_s, baseUrl(), u"--proxy"_s, proxy.url(), u"users"_s, u"import"_s, file,
        u"--action"_s, u"create"_s };

    const int before = m_demo->requestCount();
    const Run refused = Testing::runCli(QStringLiteral(ALLI_CLI_PATH), args, env, 60000);
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.out));
    QVERIFY2(refused.err.contains(u"proxy asks for a login"_s), qPrintable(refused.err + refused.out));
    QCOMPARE(m_demo->requestCount(), before);
    QVERIFY(!m_demo->userExists(u"PROXY101"_s));
    QVERIFY(proxy.refusals() > 0);

    // One arg() call: the encoded password holds "%2B" and "%2F", which a second arg() would take.
    const QString withLogin = u"http://corp-kim:%1@127.0.0.1:%2"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(u"Pr0xy+pass/9"_s)), QString::number(proxy.port()));
    args[args.indexOf(proxy.url())] = withLogin;
    const int through = proxy.requests();
    const Run r = Testing::runCli(QStringLiteral(ALLI_CLI_PATH), args, env, 60000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(m_demo->userExists(u"PROXY101"_s));
    QVERIFY2(proxy.requests() >= through + 2, qPrintable(proxy.targets().join(u'\n')));
    QVERIFY(!r.err.contains(u"Pr0xy"_s) && !r.out.contains(u"Pr0xy"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
