// Kill and resume for each of the eight bulk operations: alli-admin-cli is killed with SIGKILL
// while requests are in flight, then `alli-admin-cli resume` finishes the job. The journal must
// have kept the answered rows final, the rows in flight as unknown and the rest unsent; the resumed
// job looks the in-flight rows up before sending anything, every row ends succeeded, every row
// reached the server exactly once, and the server holds what the file asked for.

#include "clirun.h"
#include "demoserver.h"
#include "journal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using Run = Alli::Testing::CliRun;

class TestKillResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(ALLI_CLI_PATH)));
        QVERIFY(m_dir.isValid());
        QLoggingCategory::setFilterRules(u"alli.demo.debug=false"_s); // one line per request otherwise
    }

    void everyOperation_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("users-create") << u"users-create"_s;
        QTest::newRow("users-update") << u"users-update"_s;
        QTest::newRow("users-delete") << u"users-delete"_s;
        QTest::newRow("members-invite") << u"members-invite"_s;
        QTest::newRow("members-update-groups") << u"members-update-groups"_s;
        QTest::newRow("members-remove") << u"members-remove"_s;
        QTest::newRow("agents-create") << u"agents-create"_s;
        QTest::newRow("agents-delete") << u"agents-delete"_s;
    }

    void everyOperation()
    {
        QFETCH(QString, operation);
        const QStringList parts = operation.split(u'-');
        const bool agents = parts.at(0) == u"agents";
        const QString action = parts.mid(1).join(u'-');
        // Bulk operations take 100 rows a request, agents one: sizes that keep requests in flight
        // for a few seconds at 150 ms latency and 4 in flight.
        const int rows = agents ? 120 : 3000;

        Demo::DemoOptions options;
        options.userCount = 3000;
        options.agentCount = 3100;
        options.latencyMs = 150; // requests stay in flight long enough to be caught by the kill
        options.seed = 8080;
        Demo::DemoServer demo(options);
        QVERIFY2(demo.start(), qPrintable(demo.errorString()));
        const QString group = demo.groups().at(1).name;
        const QStringList members = demo.memberEmails();
        QVERIFY(members.size() >= rows);

        // The file, and the keys as the server counts them.
        QByteArray csv;
        QStringList keys;
        for (int i = 0; i < rows; ++i) {
            const QString n = QString::number(i + 1);
            const QString userId = u"EMP%1"_s.arg(i + 1, 5, 10, QChar(u'0'));
            const QString newEmail = u"kill%1@resume.example.com"_s.arg(n);
            if (operation == u"users-create") {
                keys << u"KR%1"_s.arg(n);
                csv += (u"KR%1,First%1,Last%1\r\n"_s.arg(n)).toUtf8();
            } else if (operation == u"users-update") {
                keys << userId;
                csv += (userId + u",Renamed" + n + u"\r\n").toUtf8();
            } else if (operation == u"users-delete") {
                keys << userId;
                csv += (userId + u"\r\n").toUtf8();
            } else if (operation == u"members-invite" || operation == u"agents-create") {
                keys << newEmail;
                const QString line = agents ? QString(newEmail + u",Kill-Resume-2026,ko\r\n")
                                            : QString(newEmail + u",Kill,Resume," + group + u"\r\n");
                csv += line.toUtf8();
            } else if (operation == u"members-update-groups") {
                keys << members.at(i).toLower();
                csv += (members.at(i) + u',' + group + u"\r\n").toUtf8();
            } else {
                keys << members.at(i).toLower();
                csv += (members.at(i) + u"\r\n").toUtf8();
            }
        }
        const QByteArray header = operation == u"users-create" ? "ownUserId,firstName,lastName\r\n"
            : operation == u"users-update"                     ? "ownUserId,firstName\r\n"
            : operation == u"users-delete"                     ? "ownUserId\r\n"
            : operation == u"members-invite"                   ? "email,firstName,lastName,groups\r\n"
            : operation == u"agents-create"                    ? "email,password,locale\r\n"
            : operation == u"members-update-groups"            ? "email,groups\r\n"
                                                               : "email\r\n";
        const QString file = m_dir.filePath(operation + u".csv"_s);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(header + csv);
        }
        const QString prefix = parts.at(0) + u'.' + action + u':';
        const auto received = [&demo, &prefix] {
            int n = 0;
            const QHash<QString, int> receipts = demo.receipts();
            for (auto it = receipts.cbegin(); it != receipts.cend(); ++it)
                n += it.key().startsWith(prefix) ? 1 : 0;
            return n;
        };

        // The kill: SIGKILL while requests are in flight.
        const QString dataHome = m_dir.filePath(u"data-"_s + operation);
        const QProcessEnvironment env = Testing::cliEnvironment(demo.apiKey(), dataHome);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ALLI_CLI_PATH),
            { u"--base-url"_s, demo.baseUrl().toString(), parts.at(0), u"import"_s, file, u"--action"_s,
                action });
        QVERIFY(process.waitForStarted());
        const int killAfter = rows / 5;
        QElapsedTimer waited;
        waited.start();
        while (received() < killAfter && waited.elapsed() < 60000 && process.state() == QProcess::Running)
            QTest::qWait(2);
        QVERIFY2(received() >= killAfter, qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QVERIFY2(received() < rows, "the job finished before it could be killed");
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        // The journal kept answered rows final, the rows in flight unknown, the rest unsent.
        {
            Bulk::JobJournal journal(dataHome + u"/AlliAdmin/Alli Admin/journal.sqlite"_s);
            QVERIFY(journal.isOpen());
            const QList<Bulk::JobSummary> unfinished = journal.unfinishedJobs();
            QCOMPARE(int(unfinished.size()), 1);
            const std::optional<Bulk::StoredJob> stored = journal.load(unfinished.constFirst().id);
            QVERIFY(stored);
            const Bulk::Counts counts = Bulk::countStates(stored->results);
            QVERIFY2(counts.unknown > 0, "no request was in flight when the process was killed");
            QVERIFY(counts.pending > 0);
            QCOMPARE(counts.failed, 0);
            if (agents) {
                // A password stays in the journal exactly while its row may still be sent.
                for (qsizetype i = 0; i < stored->rows.size(); ++i) {
                    const bool open = stored->results.at(i).state == Bulk::RowState::Pending
                        || stored->results.at(i).state == Bulk::RowState::Unknown;
                    QCOMPARE(stored->rows.at(i).payload.object().contains(u"password"_s),
                        open && operation == u"agents-create");
                }
            }
            qInfo("%s: killed with %d of %d rows received; journal: %d final, %d in flight, %d unsent",
                qPrintable(operation), received(), rows, counts.succeeded, counts.unknown, counts.pending);
        }

        // The resume need not wait for the look-ups at 150 ms each.
        demo.setLatencyMs(2);
        const QString report = m_dir.filePath(operation + u"-report.csv"_s);
        const Run resumed = Testing::runCli(QStringLiteral(ALLI_CLI_PATH),
            { u"resume"_s, u"--base-url"_s, demo.baseUrl().toString(), u"--report"_s, report }, env, 240000);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err.right(3000)));
        QVERIFY2(
            resumed.err.contains(u"looked up before anything is sent"_s), qPrintable(resumed.err.left(2000)));
        QCOMPARE(
            resumed.lastOutLine(), u"%1 succeeded, 0 failed, 0 invalid, 0 not sent, 0 unknown"_s.arg(rows));

        // No row reached the server twice (a row in flight that never arrived, and whose change
        // the server already showed, is not sent at all), and the server holds what the file says.
        const QHash<QString, int> receipts = demo.receipts();
        int arrived = 0;
        for (const QString& key : std::as_const(keys)) {
            QVERIFY2(receipts.value(prefix + key) <= 1,
                qPrintable(key + u" reached the server %1 times"_s.arg(receipts.value(prefix + key))));
            arrived += receipts.value(prefix + key);
        }
        QVERIFY2(
            arrived >= rows - 4 * (agents ? 1 : 100), qPrintable(u"only %1 rows arrived"_s.arg(arrived)));
        for (int i = 0; i < rows; ++i) {
            const QString& key = keys.at(i);
            if (operation == u"users-create")
                QCOMPARE(demo.user(key).value(u"firstName"_s).toString(), u"First%1"_s.arg(i + 1));
            else if (operation == u"users-update")
                QCOMPARE(demo.user(key).value(u"firstName"_s).toString(), u"Renamed%1"_s.arg(i + 1));
            else if (operation == u"users-delete")
                QVERIFY2(!demo.userExists(key), qPrintable(key));
            else if (operation == u"members-invite" || operation == u"agents-create")
                QVERIFY2(demo.agentByEmail(key).has_value(), qPrintable(key));
            else if (operation == u"members-update-groups")
                QVERIFY2(demo.agentByEmail(key)->groupIds == QStringList { demo.groupByName(group)->id },
                    qPrintable(key));
            else if (operation == u"members-remove")
                QVERIFY2(!demo.agentByEmail(key) || !demo.agentByEmail(key)->member, qPrintable(key));
            else
                QVERIFY2(!demo.agentByEmail(key), qPrintable(key));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestKillResume)
#include "tst_killresume.moc"
