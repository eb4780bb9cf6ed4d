// ImportPreviewModel (editing fixes rows, the invalid-rows filter, counts) and BulkResultsModel
// (rows follow a real BulkJob against the demo backend; the state filter), each under
// QAbstractItemModelTester.

#include "bulkresultsmodel.h"
#include "demofixture.h"
#include "importpreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;

namespace
{

Bulk::CsvTable table(const QByteArray& csv)
{
    auto result = Bulk::CsvReader::read(csv);
    if (const auto* error = std::get_if<Bulk::CsvError>(&result))
        qWarning("%s", qPrintable(error->message));
    return std::get<Bulk::CsvTable>(result);
}

void load(ImportPreviewModel& model, Bulk::Operation op, const QByteArray& csv)
{
    const Bulk::CsvTable t = table(csv);
    const QList<Bulk::ColumnMapping> mapping = Bulk::OperationSpec::autoMap(op, t.header);
    model.setPrepared(op, t, mapping, {}, Bulk::RowValidator::prepare(op, t, mapping));
}

// The physical lines of the visible rows, for one QCOMPARE.
QStringList lines(const QAbstractItemModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, 0).data(ImportPreviewModel::LineRole).toString();
    return out;
}

} // namespace

class TestBulkModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewShowsProblemsAndCounts();
    void errorsComeBeforeWarnings();
    void editingAnInvalidCellMakesTheRowValid();
    void fixingADuplicateRevalidatesTheOtherRow();
    void invalidOnlyFilter();
    void editCostAtTheWholeFileLimit();
    void duplicatesFollowEditsInLargeFiles();
    void resultsFollowTheJob();
    void resultsStateFilter();

private:
    Testing::DemoFixture m_fixture;
};

void TestBulkModels::initTestCase()
{
    QVERIFY(m_fixture.start());
}

void TestBulkModels::previewShowsProblemsAndCounts()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), 0);
    load(model, Bulk::Operation::InviteMembers,
        "email,firstName\nok@example.com,A\nbad-email,B\nsecond@example.com,C\n");
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3); // two file columns + Problems
    QCOMPARE(model.problemsColumn(), 2);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"email"_s);
    QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 3); // the physical line
    QCOMPARE(model.validCount(), 2);
    QCOMPARE(model.invalidCount(), 1);
    QVERIFY(!model.index(1, 0).data(ImportPreviewModel::ValidRole).toBool());
    QVERIFY(model.index(1, 0).data(ImportPreviewModel::CellErrorRole).toBool());
    QVERIFY(!model.index(1, 1).data(ImportPreviewModel::CellErrorRole).toBool());
    QVERIFY(!model.index(1, 2).data().toString().isEmpty());
    QVERIFY(model.index(0, 2).data().toString().isEmpty());
    QVERIFY(model.flags(model.index(1, 0)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(1, 2)) & Qt::ItemIsEditable));
}

// A row held back shows why first: its errors, then its warnings (an existing member's "groups
// updated" warning is found before the bad language code, but is not what stops the row).
void TestBulkModels::errorsComeBeforeWarnings()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Bulk::CsvTable t = table("email,locale\nold@example.com,english\nnew@example.com,ko\n");
    const QList<Bulk::ColumnMapping> mapping
        = Bulk::OperationSpec::autoMap(Bulk::Operation::InviteMembers, t.header);
    Bulk::ValidationContext context;
    context.existingKeys = { u"old@example.com"_s };
    const QList<Bulk::PreparedRow> rows
        = Bulk::RowValidator::prepare(Bulk::Operation::InviteMembers, t, mapping, context);
    QCOMPARE(rows.at(0).problems.size(), 2);
    QCOMPARE(rows.at(0).problems.at(0).severity, Bulk::CellProblem::Severity::Warning); // found first
    model.setPrepared(Bulk::Operation::InviteMembers, t, mapping, context, rows);
    QVERIFY(!model.index(0, 0).data(ImportPreviewModel::ValidRole).toBool());
    const int problems = model.problemsColumn();
    const QString shown = model.index(0, problems).data().toString();
    QVERIFY2(shown.startsWith(u"\"english\" is not a two-letter language code"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Warning: "_s), qPrintable(shown));
    const QStringList tip = model.index(0, problems).data(Qt::ToolTipRole).toString().split(u'\n');
    QVERIFY2(tip.constFirst().startsWith(u"\"english\""_s), qPrintable(tip.join(u'|')));
    QVERIFY2(tip.constLast().startsWith(u"Warning: "_s), qPrintable(tip.join(u'|')));
    // A row without problems shows none.
    QVERIFY(model.index(1, problems).data().toString().isEmpty());
}

void TestBulkModels::editingAnInvalidCellMakesTheRowValid()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model, Bulk::Operation::InviteMembers, "email,firstName\nok@example.com,A\nbad-email,B\n");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy summary(&model, &ImportPreviewModel::summaryChanged);
    QVERIFY(model.setData(model.index(1, 0), u"fixed@example.com"_s));
    QVERIFY(model.index(1, 0).data(ImportPreviewModel::ValidRole).toBool());
    QCOMPARE(model.index(1, 0).data().toString(), u"fixed@example.com"_s);
    QCOMPARE(model.invalidCount(), 0);
    QCOMPARE(model.validCount(), 2);
    QVERIFY(!changed.isEmpty());
    QVERIFY(!summary.isEmpty());
    QCOMPARE(model.table().rowCells(1).at(0), u"fixed@example.com"_s);
    QCOMPARE(model.rowAt(1).key.toLower(), u"fixed@example.com"_s);
    // Breaking it again makes it invalid again.
    QVERIFY(model.setData(model.index(1, 0), u"nope"_s));
    QCOMPARE(model.invalidCount(), 1);
    QVERIFY(!model.setData(model.index(1, 2), u"x"_s)); // the Problems column is not editable
}

void TestBulkModels::fixingADuplicateRevalidatesTheOtherRow()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model, Bulk::Operation::InviteMembers, "email\na@example.com\nb@example.com\na@example.com\n");
    QCOMPARE(model.invalidCount(), 1);
    QVERIFY(!model.rowAt(2).isValid());
    // Changing the first occurrence leaves the third the only one: it becomes valid.
    QVERIFY(model.setData(model.index(0, 0), u"c@example.com"_s));
    QCOMPARE(model.invalidCount(), 0);
    QVERIFY(model.rowAt(2).isValid());
}

void TestBulkModels::invalidOnlyFilter()
{
    ImportPreviewModel model;
    ImportPreviewFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model, Bulk::Operation::InviteMembers, "email\na@example.com\nbad\nb@example.com\nworse\n");
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setInvalidOnly(true);
    QCOMPARE(lines(proxy), (QStringList { u"3"_s, u"5"_s }));
    // Fixing a row through the proxy makes it leave the filtered view.
    QVERIFY(proxy.setData(proxy.index(0, 0), u"fixed@example.com"_s));
    QCOMPARE(lines(proxy), (QStringList { u"5"_s }));
    proxy.setInvalidOnly(false);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestBulkModels::editCostAtTheWholeFileLimit()
{
    // The largest file that is validated again as a whole after an edit, on the GUI thread.
    QByteArray csv = "email,firstName,groups\n";
    for (int i = 0; i < ImportPreviewModel::kWholeFileRevalidationLimit; ++i)
        csv += "limit" + QByteArray::number(i) + "@example.com,N,Sales\n";
    ImportPreviewModel model;
    load(model, Bulk::Operation::InviteMembers, csv);
    QCOMPARE(model.invalidCount(), 0);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(model.setData(model.index(5, 0), u"limit6@example.com"_s)); // a duplicate of row 6
    const qint64 ms = clock.elapsed();
    QCOMPARE(model.invalidCount(), 1);
    qInfo("edit with whole-file revalidation of %d rows: %lld ms",
        ImportPreviewModel::kWholeFileRevalidationLimit, ms);
}

// Above kWholeFileRevalidationLimit rows an edit re-validates the rows that had the edited row's
// old key or have its new one: each step must leave every row exactly as validating the whole
// edited file would (first occurrence fine, later ones "already appears on line N").
void TestBulkModels::duplicatesFollowEditsInLargeFiles()
{
    constexpr int kRows = ImportPreviewModel::kWholeFileRevalidationLimit + 500;
    QByteArray csv = "ownUserId,firstName\n";
    for (int i = 0; i < kRows; ++i) {
        // Rows 10, 1500 and 2400 share a key (a duplicate of a duplicate).
        const int id = (i == 1500 || i == 2400) ? 10 : i;
        csv += "DUP" + QByteArray::number(id) + ",Name\n";
    }
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(model, Bulk::Operation::CreateUsers, csv);
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(model.invalidCount(), 2);
    const auto sameAsWholeFile = [&model]() -> QString {
        const QList<Bulk::PreparedRow> expected
            = Bulk::RowValidator::prepare(model.operation(), model.table(), model.mapping());
        for (int i = 0; i < expected.size(); ++i) {
            QStringList want, got;
            for (const Bulk::CellProblem& p : expected.at(i).problems)
                want << p.message;
            for (const Bulk::CellProblem& p : model.rowAt(i).problems)
                got << p.message;
            if (want != got)
                return u"row %1: expected [%2], got [%3]"_s.arg(i).arg(want.join(u"; "_s), got.join(u"; "_s));
        }
        return {};
    };
    const auto edit = [&model](int row, const QString& key) {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(row, 0), key));
        QVERIFY(changed.size() <= 4); // the rows concerned, not the whole file
    };

    // Fixing the second row of three: the third still duplicates the first.
    edit(1500, u"DUPX1"_s);
    QCOMPARE(model.invalidCount(), 1);
    QVERIFY(!model.rowAt(1500).problems.size());
    QVERIFY(!model.index(2400, 0).data(ImportPreviewModel::ValidRole).toBool());
    QCOMPARE(sameAsWholeFile(), QString());

    // Changing the first row's key: the last one is now the only row with it, so it is fine.
    edit(10, u"DUPX2"_s);
    QCOMPARE(model.invalidCount(), 0);
    QCOMPARE(sameAsWholeFile(), QString());

    // Making a new duplicate, with the edited row first in the file: the later row gets the error.
    edit(5, u"dup2000"_s); // keys compare ignoring case
    QCOMPARE(model.invalidCount(), 1);
    QVERIFY(model.rowAt(5).isValid());
    QVERIFY(!model.rowAt(2000).isValid());
    QCOMPARE(sameAsWholeFile(), QString());

    // Editing another column of a row keeps its key: nothing else is touched.
    edit(2000, u"DUP2000"_s);
    QCOMPARE(sameAsWholeFile(), QString());
    QVERIFY(model.setData(model.index(2000, 1), u"Other"_s));
    QCOMPARE(sameAsWholeFile(), QString());

    // Emptying a key: "required", and the other row is no longer a duplicate.
    edit(5, QString());
    QCOMPARE(sameAsWholeFile(), QString());
    QVERIFY(model.rowAt(2000).isValid());
    QCOMPARE(model.invalidCount(), 1);

    // Keys of other scripts compare by their case folding too: "\u00E4bc" after "\u00C4BC" is
    // the duplicate, and the Kelvin sign (U+212A) is an ASCII "K".
    edit(20, u"\u00C4BC"_s);
    edit(21, u"\u00E4bc"_s);
    QVERIFY(model.rowAt(20).isValid());
    QVERIFY(!model.rowAt(21).isValid());
    edit(30, u"\u212A30"_s);
    edit(31, u"k30"_s);
    QVERIFY(!model.rowAt(31).isValid());
    QCOMPARE(model.invalidCount(), 3);
    QCOMPARE(sameAsWholeFile(), QString());
    edit(20, u"DUP20"_s); // the first one fixed: the second is fine again
    QVERIFY(model.rowAt(21).isValid());
    QCOMPARE(model.invalidCount(), 2);
    QCOMPARE(sameAsWholeFile(), QString());
}

void TestBulkModels::resultsFollowTheJob()
{
    const Bulk::CsvTable t = table("ownUserId,firstName\nRM0001,A\nEMP00010,B\nRM0002,C\n,D\n");
    const auto mapping = Bulk::OperationSpec::autoMap(Bulk::Operation::CreateUsers, t.header);
    auto rows = Bulk::RowValidator::prepare(Bulk::Operation::CreateUsers, t, mapping);
    Bulk::RunOptions options;
    options.concurrency = 2;
    options.chunkSize = 2;
    options.journalPath.clear();
    Bulk::BulkRun job(m_fixture.client(), Bulk::Operation::CreateUsers, rows, {}, options);
    BulkResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(&job);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(BulkResultsModel::Column::Count));
    QCOMPARE(model.stateAt(3), Bulk::RowState::Invalid); // no ownUserId: never sent
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy finished(&job, &Bulk::BulkRun::finished);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 15000);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.stateAt(0), Bulk::RowState::Succeeded);
    QCOMPARE(model.stateAt(1), Bulk::RowState::Failed);
    QCOMPARE(model.stateAt(2), Bulk::RowState::Succeeded);
    QVERIFY(model.index(1, int(BulkResultsModel::Column::Message))
                .data()
                .toString()
                .contains(u"already exists"_s));
    QCOMPARE(model.index(2, int(BulkResultsModel::Column::Line)).data().toInt(), 4);
    QCOMPARE(model.index(2, int(BulkResultsModel::Column::Key)).data().toString(), u"RM0002"_s);
    QVERIFY(m_fixture.demo()->userExists(u"RM0002"_s));
    model.setRun(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestBulkModels::resultsStateFilter()
{
    const Bulk::CsvTable t = table("ownUserId,firstName\nRF0001,A\nEMP00011,B\nEMP00012,C\nRF0002,D\n");
    const auto mapping = Bulk::OperationSpec::autoMap(Bulk::Operation::CreateUsers, t.header);
    Bulk::RunOptions options;
    options.journalPath.clear();
    Bulk::BulkRun job(m_fixture.client(), Bulk::Operation::CreateUsers,
        Bulk::RowValidator::prepare(Bulk::Operation::CreateUsers, t, mapping), {}, options);
    BulkResultsModel model;
    BulkResultsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(&job);
    proxy.setStates(BulkResultsFilterProxy::problemStates());
    QCOMPARE(proxy.rowCount(), 0); // all pending
    job.start();
    // Rows enter the filtered view as their answers arrive (dynamic filter on dataChanged).
    QTRY_COMPARE_WITH_TIMEOUT(proxy.rowCount(), 2, 15000);
    QTRY_VERIFY(job.isFinished());
    QCOMPARE(proxy.index(0, int(BulkResultsModel::Column::Key)).data().toString(), u"EMP00011"_s);
    proxy.setStates({ Bulk::RowState::Succeeded });
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setStates({});
    QCOMPARE(proxy.rowCount(), 4);
}

QTEST_MAIN(TestBulkModels)
#include "tst_bulkmodels.moc"
