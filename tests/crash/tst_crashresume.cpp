// Kill the GUI (SIGKILL) in the middle of an import, start it again and resume from the offer it
// makes on start. The end state must equal that of one clean run: every user on the server once,
// with the file's data; every row succeeded; no row reached the server twice.

#include "csvreader.h"
#include "demoserver.h"
#include "journal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;

class TestCrashResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedGuiResumesToTheCleanRunsState();

private:
    QProcessEnvironment environment(const Demo::DemoServer& demo) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ALLI_API_KEY"_s, demo.apiKey());
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"alli.*.debug=false;alli.*.info=false"_s);
        return env;
    }

    QTemporaryDir m_dir;
};

void TestCrashResume::killedGuiResumesToTheCleanRunsState()
{
    QVERIFY(m_dir.isValid());
    constexpr int count = 3000;
    QByteArray csv = "ownUserId,firstName,lastName,email\r\n";
    for (int i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "GC" + n.rightJustified(5, '0') + ",Given" + n + ",Family" + n + ",gui" + n
            + "@crash.example.com\r\n";
    }
    const QString file = m_dir.filePath(u"gui-users.csv"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv);
    }

    Demo::DemoOptions options;
    options.userCount = 0;
    options.latencyMs = 150;
    Demo::DemoServer demo(options);
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));

    QProcess gui;
    gui.setProcessEnvironment(environment(demo));
    gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    gui.start(QStringLiteral(ALLI_CHILD_PATH), { u"start"_s, demo.baseUrl().toString(), file });
    QVERIFY(gui.waitForStarted());
    QElapsedTimer waited;
    waited.start();
    while (demo.receipts().size() < 1000 && waited.elapsed() < 90000 && gui.state() == QProcess::Running)
        QTest::qWait(2);
    QVERIFY2(demo.receipts().size() >= 1000, qPrintable(QString::fromUtf8(gui.readAllStandardOutput())));
    QVERIFY2(demo.receipts().size() < count, "the job finished before it could be killed");
    ::kill(pid_t(gui.processId()), SIGKILL);
    QVERIFY(gui.waitForFinished(10000));
    QCOMPARE(gui.exitStatus(), QProcess::CrashExit);

    {
        Bulk::JobJournal journal(m_dir.filePath(u"data/AlliAdmin/Alli Admin/journal.sqlite"_s));
        QVERIFY(journal.isOpen());
        const QList<Bulk::JobSummary> unfinished = journal.unfinishedJobs();
        QCOMPARE(int(unfinished.size()), 1);
        const Bulk::Counts counts = unfinished.constFirst().counts;
        qInfo(
            "GUI killed with %d rows received by the server; the journal: %d final, %d in flight, %d unsent",
            int(demo.receipts().size()), counts.succeeded + counts.failed, counts.unknown, counts.pending);
        QVERIFY(counts.pending > 0);
    }

    QProcess again;
    again.setProcessEnvironment(environment(demo));
    again.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString report = m_dir.filePath(u"gui-report.csv"_s);
    again.start(QStringLiteral(ALLI_CHILD_PATH), { u"resume"_s, demo.baseUrl().toString(), report });
    QVERIFY(again.waitForFinished(200000));
    const QString out = QString::fromUtf8(again.readAllStandardOutput());
    QVERIFY2(again.exitStatus() == QProcess::NormalExit && again.exitCode() == 0, qPrintable(out));
    QVERIFY2(out.startsWith(u"offered "_s), qPrintable(out));
    QVERIFY2(out.contains(u"3000 succeeded, 0 failed, 0 invalid, 0 not sent, 0 unknown"_s), qPrintable(out));

    // The clean run's end state: every row once, with its data.
    const QHash<QString, int> receipts = demo.receipts();
    QCOMPARE(int(receipts.size()), count);
    for (auto it = receipts.cbegin(); it != receipts.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key() + u" was sent %1 times"_s.arg(it.value())));
    QCOMPARE(demo.userCount(), count);
    for (int i = 1; i <= count; i += 7) {
        const QString id = u"GC"_s + QString::number(i).rightJustified(5, u'0');
        const QJsonObject user = demo.user(id);
        QCOMPARE(user.value(u"firstName"_s).toString(), u"Given%1"_s.arg(i));
        QCOMPARE(user.value(u"email"_s).toString(), u"gui%1@crash.example.com"_s.arg(i));
    }
    // Every row of the report, read as a script would: its fixed status code and its line.
    auto read = Bulk::CsvReader::readFile(report);
    QVERIFY(std::holds_alternative<Bulk::CsvTable>(read));
    const Bulk::CsvTable table = std::get<Bulk::CsvTable>(std::move(read));
    const qsizetype status = table.header.indexOf(u"status"_s);
    const qsizetype line = table.header.indexOf(u"line"_s);
    QVERIFY(status >= 0 && line >= 0);
    QCOMPARE(int(table.rowCount()), count);
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        QCOMPARE(table.rowCells(i).at(status), u"succeeded"_s);
        QCOMPARE(table.rowCells(i).at(line), QString::number(i + 2));
    }

    Bulk::JobJournal journal(m_dir.filePath(u"data/AlliAdmin/Alli Admin/journal.sqlite"_s));
    QVERIFY(journal.unfinishedJobs().isEmpty());
}

QTEST_GUILESS_MAIN(TestCrashResume)
#include "tst_crashresume.moc"
