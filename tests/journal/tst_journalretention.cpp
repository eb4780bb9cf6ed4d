// Retention of the job journal: the rows of finished jobs are removed after the retention period
// (or on demand from History), their summaries (counts, file, server, times) stay for good, an
// unfinished job is never touched, and the file gives the space back.

#include "confirm.h"
#include "errorbanner.h"
#include "historypage.h"
#include "importdialog.h"
#include "jobhistorymodel.h"
#include "journal.h"
#include "languagemanager.h"
#include "widgets.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using namespace Alli::Bulk;

namespace
{

QList<PreparedRow> rows(int n, const QString& prefix)
{
    QList<PreparedRow> list;
    for (int i = 0; i < n; ++i) {
        PreparedRow r;
        r.index = i;
        r.line = i + 2;
        r.key = prefix + QString::number(i).rightJustified(6, u'0');
        r.cells = { r.key, u"Some longer first name %1 to make the rows weigh something"_s.arg(i) };
        r.payload = QJsonObject { { u"ownUserId"_s, r.key } };
        list.append(r);
    }
    return list;
}

// A finished job whose rows all succeeded, finished `daysAgo` days ago.
qint64 finishedJob(JobJournal& journal, int n, const QString& prefix, int daysAgo)
{
    const QList<PreparedRow> r = rows(n, prefix);
    const qint64 id = journal.createJob(Operation::CreateUsers, prefix + u".csv"_s, u"127.0.0.1"_s,
        { u"ownUserId"_s, u"firstName"_s }, r, QList<RowResult>(n));
    QList<int> all(n);
    std::iota(all.begin(), all.end(), 0);
    journal.markSent(id, all);
    journal.recordResults(id, all, QList<RowResult>(n, RowResult { RowState::Succeeded, QString(), 1 }));
    journal.markFinished(id);
    if (daysAgo > 0) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backdate"_s);
        db.setDatabaseName(journal.path());
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(u"UPDATE jobs SET finished = ?, started = ? WHERE id = ?"_s);
            const QString when
                = QDateTime::currentDateTimeUtc().addDays(-daysAgo).toString(Qt::ISODateWithMs);
            q.addBindValue(when);
            q.addBindValue(when);
            q.addBindValue(id);
            q.exec();
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"backdate"_s);
    }
    return id;
}

qint64 fileBytes(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

std::optional<JobSummary> summaryOf(const JobJournal& journal, qint64 id)
{
    for (const JobSummary& s : journal.jobs()) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

} // namespace

class TestJournalRetention : public QObject
{
    Q_OBJECT
    LanguageManager m_languages;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_languages.setLanguage(u"en"_s)); // the English plurals ("30 days")
    }

    void pruneKeepsSummariesAndGivesSpaceBack()
    {
        QTemporaryDir dir;
        JobJournal journal(dir.filePath(u"journal.sqlite"_s));
        QVERIFY(journal.isOpen());
        const qint64 old = finishedJob(journal, 20000, u"OLD"_s, 40);
        const qint64 recent = finishedJob(journal, 50, u"NEW"_s, 2);
        // An unfinished job, older still: never touched.
        const qint64 unfinished = journal.createJob(Operation::CreateUsers, u"crash.csv"_s, u"127.0.0.1"_s,
            { u"ownUserId"_s, u"firstName"_s }, rows(30, u"UNF"_s), QList<RowResult>(30));
        const JobSummary before = *summaryOf(journal, old);
        QCOMPARE(before.counts.succeeded, 20000);
        const qint64 bytesBefore = fileBytes(journal.path());

        QCOMPARE(journal.pruneFinishedJobs(QDateTime::currentDateTimeUtc().addDays(-30)), 1);
        const JobSummary after = *summaryOf(journal, old);
        QVERIFY(after.rowsPruned.isValid());
        QCOMPARE(after.counts.succeeded, 20000); // kept for good
        QCOMPARE(after.counts.total(), before.counts.total());
        QCOMPARE(after.sourceFile, before.sourceFile);
        QCOMPARE(after.connectionLabel, before.connectionLabel);
        QCOMPARE(after.finished, before.finished);
        QVERIFY(journal.load(old)->rows.isEmpty());
        QCOMPARE(journal.load(recent)->rows.size(), 50);
        QVERIFY(!summaryOf(journal, recent)->rowsPruned.isValid());
        QCOMPARE(journal.load(unfinished)->rows.size(), 30);
        QCOMPARE(journal.unfinishedJobs().size(), 1);
        const qint64 bytesAfter = fileBytes(journal.path());
        qInfo("journal: %lld bytes with a 20,000-row finished job, %lld after pruning it", bytesBefore,
            bytesAfter);
        QVERIFY2(bytesAfter * 4 < bytesBefore, qPrintable(u"%1 -> %2"_s.arg(bytesBefore).arg(bytesAfter)));

        // Pruning again changes nothing; "everything finished" takes the recent job too.
        QCOMPARE(journal.pruneFinishedJobs(QDateTime::currentDateTimeUtc().addDays(-30)), 0);
        QCOMPARE(journal.pruneFinishedJobs(QDateTime::currentDateTimeUtc().addSecs(1)), 1);
        QCOMPARE(summaryOf(journal, recent)->counts.succeeded, 50);
        QCOMPARE(journal.load(unfinished)->rows.size(), 30);
    }

    void historyPrunesAfterTheRetentionPeriod()
    {
        QFile::remove(ImportDialog::journalPath());
        QSettings().remove(u"history/keepRowsDays"_s);
        qint64 old = -1, recent = -1, unfinished = -1, cut = -1;
        {
            JobJournal journal(ImportDialog::journalPath());
            QVERIFY(journal.isOpen());
            old = finishedJob(journal, 40, u"HOLD"_s, 45);
            recent = finishedJob(journal, 10, u"HNEW"_s, 1);
            unfinished = journal.createJob(Operation::CreateUsers, u"crash.csv"_s, u"127.0.0.1"_s,
                { u"ownUserId"_s, u"firstName"_s }, rows(5, u"HUNF"_s), QList<RowResult>(5));
            // Interrupted while it was being recorded: 2 of its 5 rows are in the journal.
            cut = journal.createJob(Operation::CreateUsers, u"cut.csv"_s, u"127.0.0.1"_s,
                { u"ownUserId"_s, u"firstName"_s }, rows(5, u"HCUT"_s), QList<RowResult>(5), 2);
        }
        HistoryPage page(nullptr);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.keepRowsDays(), JobJournal::kDefaultKeepDays);
        QVERIFY(page.retentionText().contains(u"30 days"_s));
        QSignalSpy pruned(&page, &HistoryPage::pruned);
        page.show();
        page.activate();
        QTRY_COMPARE_WITH_TIMEOUT(pruned.size(), 1, 15000);
        QCOMPARE(pruned.first().at(0).toInt(), 1);
        QTRY_VERIFY(page.model()->rowOf(old) >= 0
            && page.model()->jobAt(page.model()->rowOf(old)).rowsPruned.isValid());
        const int row = page.model()->rowOf(old);
        QCOMPARE(page.model()->jobAt(row).counts.succeeded, 40);
        QCOMPARE(page.model()->index(row, int(JobHistoryModel::Column::Status)).data().toString(),
            u"Finished, rows removed"_s);
        QVERIFY(!page.model()->jobAt(page.model()->rowOf(recent)).rowsPruned.isValid());
        // History says how many rows of the interrupted job were never recorded nor sent.
        const int cutRow = page.model()->rowOf(cut);
        QCOMPARE(page.model()->jobAt(cutRow).notRecorded, 3);
        QCOMPARE(page.model()->jobAt(page.model()->rowOf(unfinished)).notRecorded, 0);
        const QModelIndex cutStatus = page.model()->index(cutRow, int(JobHistoryModel::Column::Status));
        QVERIFY2(cutStatus.data().toString().startsWith(u"Did not finish · 3 "_s)
                && cutStatus.data().toString().contains(u"never sent"_s),
            qPrintable(cutStatus.data().toString()));
        QVERIFY2(cutStatus.data(Qt::ToolTipRole).toString().contains(u" 3 "_s),
            qPrintable(cutStatus.data(Qt::ToolTipRole).toString()));

        // The setting is remembered; a shorter period prunes the recent job at the next refresh.
        page.findChild<QSpinBox*>(u"keepDaysSpin"_s)->setValue(7);
        QCOMPARE(QSettings().value(u"history/keepRowsDays"_s).toInt(), 7);
        QVERIFY(page.findChild<QLabel*>(u"retentionLabel"_s)->text().contains(u"7 days"_s));

        // "Clean up now" asks, then removes the rows of every finished job; never the unfinished one.
        Confirm::setNextAnswer(true);
        page.cleanUpNow();
        QVERIFY(Confirm::lastQuestion().contains(u"1 finished import"_s));
        QTRY_COMPARE_WITH_TIMEOUT(pruned.size(), 2, 15000);
        QCOMPARE(pruned.last().at(0).toInt(), 1);
        JobJournal journal(ImportDialog::journalPath());
        QVERIFY(journal.load(recent)->rows.isEmpty());
        QCOMPARE(journal.load(unfinished)->rows.size(), 5);
        QCOMPARE(journal.unfinishedJobs().size(), 2);
    }

    // A long file name gives up its width so that the counts and the status stay in sight; it
    // takes the width back when the page grows, and its tooltip shows it whole.
    void historyKeepsTheStatusInSight()
    {
        QFile::remove(ImportDialog::journalPath());
        const QString longName
            = u"/home/admin/"_s + QString(u"staff-list-2026-december-final-"_s).repeated(6) + u"v3.csv"_s;
        {
            JobJournal journal(ImportDialog::journalPath());
            QVERIFY(journal.isOpen());
            finishedJob(journal, 3, u"HSHORT"_s, 0);
            const qint64 id = journal.createJob(Operation::CreateUsers, longName, u"127.0.0.1"_s,
                { u"ownUserId"_s, u"firstName"_s }, rows(2, u"HLONG"_s), QList<RowResult>(2));
            QVERIFY(id > 0);
        }
        HistoryPage page(nullptr);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1000, 500);
        page.show();
        page.activate();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, 15000);
        auto* view = page.findChild<QTableView*>(u"historyView"_s);
        QVERIFY(view);
        QHeaderView* header = view->horizontalHeader();
        const int status = int(JobHistoryModel::Column::Status);
        const int file = int(JobHistoryModel::Column::File);
        const auto statusInSight = [&] {
            return header->sectionPosition(status) + header->sectionSize(status) <= view->viewport()->width();
        };
        QTRY_VERIFY2(statusInSight(),
            qPrintable(u"status ends at %1 of %2"_s
                           .arg(header->sectionPosition(status) + header->sectionSize(status))
                           .arg(view->viewport()->width())));
        const int narrow = header->sectionSize(file);
        QVERIFY(narrow < view->fontMetrics().horizontalAdvance(longName));
        const int longRow = page.model()->jobAt(0).sourceFile == longName ? 0 : 1;
        QCOMPARE(page.model()->index(longRow, file).data(Qt::ToolTipRole).toString(), longName);
        // The cut keeps both ends: the version and extension that tell similar files apart.
        auto* delegate = qobject_cast<Widgets::MiddleElidingDelegate*>(view->itemDelegateForColumn(file));
        QVERIFY(delegate);
        QStyleOptionViewItem option;
        option.initFrom(view);
        delegate->initStyleOption(&option, page.model()->index(longRow, file));
        const QString shown = option.fontMetrics.elidedText(option.text, option.textElideMode, narrow);
        QVERIFY2(shown.startsWith(u"staff-list"_s) && shown.endsWith(u"v3.csv"_s) && shown.contains(u'…'),
            qPrintable(shown));
        // Wider: the file name gets its width back (up to the 80 characters every column may take).
        page.resize(2400, 500);
        QTRY_VERIFY(header->sectionSize(file) > narrow);
        QVERIFY(statusInSight());
    }

    // A job closed while its rows were still being recorded (an import dialog closed in the first
    // second of a big job): History says the rows are on their way, not "never sent", offers no
    // resume with wrong counts, and shows the job whole, resumable, once the rows are written.
    void historyWaitsForRowsOnTheirWay()
    {
        QFile::remove(ImportDialog::journalPath());
        const int n = 2000;
        const QList<PreparedRow> all = rows(n, u"HLATE"_s);
        qint64 id = -1;
        {
            JobJournal journal(ImportDialog::journalPath());
            QVERIFY(journal.isOpen());
            // No server: the page below has no client, and offers this job as its own.
            id = journal.createJob(Operation::CreateUsers, u"/data/late.csv"_s, QString(),
                { u"ownUserId"_s, u"firstName"_s }, all, QList<RowResult>(n), 5);
            QVERIFY(id > 0);
        }
        HistoryPage page(nullptr);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1000, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* resumeBar = page.findChild<QWidget*>(u"resumeBar"_s);
        QVERIFY(resumeBar);
        const auto status = [&page] {
            return page.model()->index(0, int(JobHistoryModel::Column::Status)).data().toString();
        };

        // Another connection holds the journal's write lock: the released writer cannot finish
        // until the test lets go.
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"lock-holder"_s);
            holder.setDatabaseName(ImportDialog::journalPath());
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY2(lock.exec(u"BEGIN IMMEDIATE"_s), qPrintable(lock.lastError().text()));
            auto writer = std::make_shared<JournalWriter>(ImportDialog::journalPath(), id);
            writer->appendRows(all, 5, QList<RowResult>(n - 5));
            JournalWriter::release(std::move(writer));
            QVERIFY(PendingJournalWrites::anyPending());

            page.activate();
            QCOMPARE(page.model()->rowCount(), 1);
            QVERIFY2(status().contains(u"1995 rows still being recorded"_s), qPrintable(status()));
            QVERIFY(!status().contains(u"never"_s));
            QVERIFY(!resumeBar->isVisible());
            QVERIFY(lock.exec(u"ROLLBACK"_s));
        }
        QSqlDatabase::removeDatabase(u"lock-holder"_s);

        // Written: the page refreshes by itself.
        QTRY_COMPARE_WITH_TIMEOUT(status(), u"Did not finish"_s, 15000);
        QVERIFY(!PendingJournalWrites::anyPending());
        QVERIFY(resumeBar->isVisible());
        JobJournal journal(ImportDialog::journalPath());
        const std::optional<StoredJob> stored = journal.load(id);
        QVERIFY(stored);
        QCOMPARE(stored->rows.size(), n);
        QCOMPARE(stored->rowsNotRecorded, 0);
    }

    // Rows typed in the bulk editor, pasted, or selected on the agents page are journalled in no
    // language: History names them in the language of the moment (an admin who switches from
    // Korean to English reads English), and a report written from one gets a plain file name.
    void historyNamesTypedRowsInTheCurrentLanguage()
    {
        QFile::remove(ImportDialog::journalPath());
        QHash<QString, qint64> ids;
        {
            JobJournal journal(ImportDialog::journalPath());
            QVERIFY(journal.isOpen());
            for (const QString& source : { QString(kBulkEditorSource), QString(kAgentSelectionSource),
                     QString(kPastedSource), u"/home/admin/staff.csv"_s }) {
                ids.insert(source,
                    journal.createJob(Operation::CreateUsers, source, u"127.0.0.1"_s, { u"ownUserId"_s },
                        rows(1, u"HSRC%1"_s.arg(ids.size())), QList<RowResult>(1)));
            }
        }
        HistoryPage page(nullptr);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.activate();
        QCOMPARE(page.model()->rowCount(), 4);
        const auto shown = [&page, &ids](const QString& source, int role = Qt::DisplayRole) {
            const int row = page.model()->rowOf(ids.value(source));
            return page.model()->index(row, int(JobHistoryModel::Column::File)).data(role).toString();
        };
        QCOMPARE(shown(QString(kBulkEditorSource)), u"Rows typed in the bulk editor"_s);
        QCOMPARE(shown(QString(kAgentSelectionSource)), u"Agents selected on the agents page"_s);
        QCOMPARE(shown(QString(kPastedSource)), u"Pasted rows"_s);
        QCOMPARE(shown(QString(kPastedSource), Qt::ToolTipRole), u"Pasted rows"_s);
        QCOMPARE(shown(u"/home/admin/staff.csv"_s), u"staff.csv"_s);
        QCOMPARE(shown(u"/home/admin/staff.csv"_s, Qt::ToolTipRole), u"/home/admin/staff.csv"_s);

        QVERIFY(m_languages.setLanguage(u"ko"_s));
        QCOMPARE(shown(QString(kBulkEditorSource)), u"일괄 편집기에 입력한 행"_s);
        QCOMPARE(shown(QString(kPastedSource)), u"붙여 넣은 행"_s);
        QVERIFY(m_languages.setLanguage(u"ja"_s));
        QCOMPARE(shown(QString(kAgentSelectionSource)), u"エージェントページで選択したエージェント"_s);
        QVERIFY(m_languages.setLanguage(u"en"_s));

        const QString report = page.exportReport(ids.value(QString(kBulkEditorSource)));
        QVERIFY(!report.isEmpty());
        QVERIFY2(QFileInfo(report).fileName().endsWith(u"-bulk-editor-report.csv"_s), qPrintable(report));
        QFile::remove(report);
    }

    // A journal written by an older version (no pruning or segment columns) opens, gets the
    // columns, and its unfinished job loads whole: none of its rows counts as never recorded.
    // New jobs are recorded in it in segments.
    void olderJournalOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-journal"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                u"CREATE TABLE jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, operation TEXT NOT NULL, "
                "source_file TEXT, connection_label TEXT, header TEXT, started TEXT, finished TEXT)"_s));
            QVERIFY(q.exec(
                u"CREATE TABLE rows (job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, "
                "idx INTEGER NOT NULL, line INTEGER, key TEXT, cells TEXT, payload TEXT, state TEXT NOT "
                "NULL, message TEXT, attempts INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (job_id, idx))"_s));
            QVERIFY(q.exec(
                u"INSERT INTO jobs (operation, source_file, connection_label, header, started) VALUES "
                "('users-create', 'old.csv', '127.0.0.1', '[\"ownUserId\"]', '2026-01-01T00:00:00Z')"_s));
            QVERIFY(
                q.exec(u"INSERT INTO rows VALUES (1, 0, 2, 'OLD1', '[\"OLD1\"]', '{\"ownUserId\":\"OLD1\"}', "
                       "'pending', '', 0), (1, 1, 3, 'OLD2', '[\"OLD2\"]', '{\"ownUserId\":\"OLD2\"}', "
                       "'pending', '', 0)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old-journal"_s);
        JobJournal journal(path);
        QVERIFY2(journal.isOpen(), qPrintable(journal.errorString()));
        const std::optional<StoredJob> stored = journal.load(1);
        QVERIFY(stored);
        QCOMPARE(stored->rows.size(), 2);
        QCOMPARE(stored->rows.at(1).key, u"OLD2"_s);
        QCOMPARE(stored->rowsNotRecorded, 0);
        QCOMPARE(journal.unfinishedJobs().size(), 1);
        // A new job goes into the old file, recorded in segments like any other.
        const QList<PreparedRow> three = rows(3, u"NEW"_s);
        const qint64 id = journal.createJob(Operation::CreateUsers, u"new.csv"_s, u"127.0.0.1"_s,
            { u"ownUserId"_s }, three, QList<RowResult>(3), 1);
        QVERIFY2(id > 1, qPrintable(journal.errorString()));
        QCOMPARE(journal.load(id)->rowsNotRecorded, 2);
        QVERIFY(journal.appendRows(id, three, 1, QList<RowResult>(2)));
        QCOMPARE(journal.load(id)->rows.size(), 3);
        QCOMPARE(journal.load(id)->rowsNotRecorded, 0);
    }
};

QTEST_MAIN(TestJournalRetention)
#include "tst_journalretention.moc"
