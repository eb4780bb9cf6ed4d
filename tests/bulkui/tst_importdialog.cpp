// The import dialog driven through its API and widgets against the demo backend: a users file
// and a members file end up in the backend, a fixed cell is sent fixed, cancelling leaves rows
// not sent, the results filter, retry, report and undo files, and the history page.

#include "bulkresultsmodel.h"
#include "bulkrunpanel.h"
#include "confirm.h"
#include "csvreader.h"
#include "demofixture.h"
#include "filedialogs.h"
#include "gridediting.h"
#include "historypage.h"
#include "importdialog.h"
#include "importpreviewmodel.h"
#include "jobhistorymodel.h"
#include "journal.h"
#include "languagemanager.h"
#include "operations.h"
#include "testtools.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCollator>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importUsers();
    void templatesOfferTheProjectsGroups();
    void importMembers();
    void excelWorkbookIsImported();
    void preCheckSeesEveryPageBehindTheCap();
    void guessedRuleIsAWarningTheRowIsSent();
    void pastedRowsFromExcelAreCheckedAndSent();
    void gridKeysEditUndoFillPasteAndFindProblems();
    void unsentEditsAreKeptAndRestored();
    void editingAnInvalidCellSendsTheFixedRow();
    void mappingChangeRevalidates();
    void fileErrorStaysOnTheFirstStep();
    void cancelLeavesRowsNotSent();
    void pauseHoldsChunksBackUntilResumed();
    void retranslatesAtRunTime();
    void resultsFollowALanguageSwitch();
    void resultsFilterAndRetry();
    void historyListsJobs();
    void historyOffersToResumeUnfinishedJobs();
    void historyNeverOffersAnotherServersJob();
    void unknownRowsAreVerifiedAfterTheJob();
    void openForFileDeletesItselfOnClose();
    void largeFileLoadsOffTheGuiThread();
    void journallingAndStartingKeepTheEventLoopTicking();
    void concurrencyIsASetting();
    void summarySaysWhatWillHappenToUsers();
    void summarySaysWhatWillHappenToMembers();
    void longLookUpsShowACount();

private:
    QString writeFile(const QString& name, const QByteArray& content);
    bool load(ImportDialog& dialog, Bulk::Operation op, const QString& path);

    Testing::DemoFixture m_fixture;
    QTemporaryDir m_dir;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AlliAdminTest"_s);
    QCoreApplication::setApplicationName(u"tst_importdialog"_s);
    QFile::remove(ImportDialog::journalPath());
    QSettings().remove(u"import"_s); // remembered mappings of an earlier run
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.start());
}

void TestImportDialog::init()
{
    m_fixture.demo()->setLatencyMs(0);
    m_fixture.demo()->setFailRate(0);
    m_fixture.demo()->setLostResponseRate(0);
    Confirm::setNextAnswer(std::nullopt);
}

QString TestImportDialog::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

bool TestImportDialog::load(ImportDialog& dialog, Bulk::Operation op, const QString& path)
{
    QSignalSpy loaded(&dialog, &ImportDialog::loadingFinished);
    dialog.setOperation(op);
    dialog.openFile(path);
    if (!loaded.wait(15000) && loaded.isEmpty())
        return false;
    return loaded.constLast().at(0).toBool();
}

// The header and rows a saved file gives back through the import's reader.
static QList<QStringList> reimported(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Bulk::CsvOptions options;
    options.headerRow = 1;
    const auto read = Bulk::CsvReader::read(file.readAll(), options);
    if (!std::holds_alternative<Bulk::CsvTable>(read))
        return {};
    const Bulk::CsvTable& table = std::get<Bulk::CsvTable>(read);
    QList<QStringList> rows { table.header };
    for (int r = 0; r < table.rowCount(); ++r)
        rows.append(table.rowCells(r));
    return rows;
}

void TestImportDialog::templatesOfferTheProjectsGroups()
{
    // "Download template…" as a workbook: the example row, and in the group column a drop-down of
    // the project's groups as the server lists them, in the order of the admin's language (the
    // list is on the workbook's hidden sheet).
    ImportDialog dialog(m_fixture.client());
    dialog.show();
    dialog.setOperation(Bulk::Operation::CreateAgents);
    QStringList expected;
    for (const auto& group : m_fixture.demo()->groups())
        expected.append(group.name);
    QVERIFY(expected.size() >= 2);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(expected.begin(), expected.end(), collator);
    auto* button = dialog.findChild<QPushButton*>(u"templateButton"_s);
    auto* status = dialog.findChild<QLabel*>(u"sourceStatus"_s);
    QVERIFY(button && status);
    QSignalSpy saved(&dialog, &ImportDialog::fileSaved);
    // The groups are read when the dialog opens: ask again until the template has them.
    const auto groupsOf = [](const QString& path) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        Bulk::CsvOptions options;
        options.sheet = u"Lists"_s;
        options.headerRow = 1;
        const auto read = Bulk::CsvReader::read(file.readAll(), options);
        QStringList locales, groups;
        if (const auto* table = std::get_if<Bulk::CsvTable>(&read)) {
            for (int r = -1; r < table->rowCount(); ++r) {
                const QStringList row = r < 0 ? table->header : table->rowCells(r);
                if (!row.value(0).isEmpty())
                    locales.append(row.value(0));
                if (!row.value(1).isEmpty())
                    groups.append(row.value(1));
            }
        }
        return std::pair(locales, groups);
    };
    QString path;
    QStringList groups;
    for (int attempt = 0; attempt < 50 && groups != expected; ++attempt) {
        path = m_dir.filePath(u"agents-template-%1.xlsx"_s.arg(attempt));
        const auto answered = Testing::answerNextFileDialog(path);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(*answered);
        // Written on a worker: the dialog says so at once, and the file comes after.
        QVERIFY2(status->text().startsWith(u"Saving the template"_s), qPrintable(status->text()));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), attempt + 1, 15000);
        QCOMPARE(saved.constLast().at(0).toString(), path);
        QCOMPARE(saved.constLast().at(1).toString(), QString());
        QVERIFY2(status->text().startsWith(u"Saved the template"_s), qPrintable(status->text()));
        groups = groupsOf(path).second;
        if (groups != expected)
            QTest::qWait(100);
    }
    // Column B: every group, sorted as the admin's language sorts; column A: the locale codes.
    QCOMPARE(groups, expected);
    QCOMPARE(groupsOf(path).first.value(0), u"ko"_s);
    // The template's own sheet imports as the example row.
    QCOMPARE(reimported(path),
        (QList<QStringList> { Bulk::OperationSpec::templateHeader(Bulk::Operation::CreateAgents),
            { u"agent.lee@example.com"_s, u"Change-Me-2024"_s, u"en"_s, u"Agents"_s } }));
    // A template the folder refuses: the reason, not a silent failure.
    dialog.saveTemplate(m_dir.filePath(u"missing/t.xlsx"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && !saved.constLast().at(1).toString().isEmpty(), 15000);
    QVERIFY2(status->text().startsWith(u"Cannot write"_s) && status->text().contains(u"missing"_s),
        qPrintable(status->text()));
}

void TestImportDialog::importUsers()
{
    const QString path = writeFile(u"users.csv"_s,
        "\xEF\xBB\xBFownUserId,firstName,lastName,email\r\nDLG0001,민수,김,minsu@example.com\r\n"
        "DLG0002,Aya,Sato,aya@example.com\r\n");
    ImportDialog dialog(m_fixture.client());
    QAbstractItemModelTester previewTester(
        dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester resultsTester(
        dialog.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(load(dialog, Bulk::Operation::CreateUsers, path));
    QCOMPARE(dialog.step(), ImportDialog::Step::Check);
    QCOMPARE(dialog.previewModel()->rowCount(), 2);
    QCOMPARE(dialog.previewModel()->validCount(), 2);
    QVERIFY(dialog.decodedPreview().contains(u"민수"_s));
    auto* send = dialog.findChild<QPushButton*>(u"sendButton"_s);
    QVERIFY(send && send->isEnabled());

    QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.job(), 15000); // once journalled on a worker
    QCOMPARE(dialog.step(), ImportDialog::Step::Send);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
    QCOMPARE(dialog.resultsModel()->stateAt(0), Bulk::RowState::Succeeded);
    QCOMPARE(dialog.resultsModel()->stateAt(1), Bulk::RowState::Succeeded);
    QVERIFY(m_fixture.demo()->userExists(u"DLG0001"_s));
    QCOMPARE(m_fixture.demo()->user(u"DLG0001"_s).value(u"firstName").toString(), u"민수"_s);
    QVERIFY(m_fixture.demo()->userExists(u"DLG0002"_s));

    // Files it leaves behind.
    const QString report = m_dir.filePath(u"users-report.csv"_s);
    QVERIFY(dialog.saveReport(report));
    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(reportFile.readAll()).contains(u"DLG0002"_s));
    // "Save report…" and "Save undo file…" as Excel workbooks, chosen in the file dialog and
    // written on a worker (the note says so at once). The report reads back as the same cells as
    // the CSV report; the undo file, which the undo below imports, as the keys.
    auto* panel = dialog.findChild<BulkRunPanel*>();
    QVERIFY(panel);
    QSignalSpy saved(panel, &BulkRunPanel::fileSaved);
    const auto saveThroughButton = [&](const QString& button, const QString& path, const QString& saving) {
        const auto answered = Testing::answerNextFileDialog(path);
        const qsizetype before = saved.count();
        QTest::mouseClick(dialog.findChild<QPushButton*>(button), Qt::LeftButton);
        return *answered && dialog.fileNoteText().startsWith(saving)
            && QTest::qWaitFor([&] { return saved.count() > before; }, 15000)
            && saved.constLast().at(0).toString() == path && saved.constLast().at(1).toString().isEmpty()
            && dialog.fileNoteText().contains(QFileInfo(path).fileName());
    };
    const QString workbookReport = m_dir.filePath(u"users-report.xlsx"_s);
    QVERIFY2(saveThroughButton(u"saveReportButton"_s, workbookReport, u"Saving the report"_s),
        qPrintable(dialog.fileNoteText()));
    QCOMPARE(reimported(workbookReport), reimported(report));
    const QString undo = m_dir.filePath(u"users-undo.xlsx"_s);
    QVERIFY2(saveThroughButton(u"saveUndoButton"_s, undo, u"Saving the undo file"_s),
        qPrintable(dialog.fileNoteText()));
    QVERIFY2(dialog.fileNoteText().startsWith(u"Saved the undo file"_s), qPrintable(dialog.fileNoteText()));
    QCOMPARE(
        reimported(undo), (QList<QStringList> { { u"ownUserId"_s }, { u"DLG0001"_s }, { u"DLG0002"_s } }));
    const QString undoCsv = m_dir.filePath(u"users-undo.csv"_s);
    QVERIFY(dialog.saveUndoFile(undoCsv));
    QCOMPARE(reimported(undoCsv), reimported(undo));
    QVERIFY(!dialog.findChild<QPushButton*>(u"retryButton"_s)->isEnabled());

    // The job is in the journal, finished.
    Bulk::JobJournal journal(ImportDialog::journalPath());
    QVERIFY(journal.isOpen());
    const auto stored = journal.load(dialog.journalJobId());
    QVERIFY(stored.has_value());
    QVERIFY(stored->summary.finished.isValid());
    QCOMPARE(stored->summary.counts.succeeded, 2);

    // The undo file deletes what was created.
    ImportDialog undoDialog(m_fixture.client());
    QVERIFY(load(undoDialog, Bulk::Operation::DeleteUsers, undo));
    QCOMPARE(undoDialog.previewModel()->validCount(), 2);
    QSignalSpy undone(&undoDialog, &ImportDialog::sendingFinished);
    QVERIFY(undoDialog.startSending());
    QTRY_COMPARE_WITH_TIMEOUT(undone.count(), 1, 15000);
    QVERIFY(!m_fixture.demo()->userExists(u"DLG0001"_s));
}

void TestImportDialog::importMembers()
{
    const QList<Demo::GroupRecord> groups = m_fixture.demo()->groups();
    QVERIFY(!groups.isEmpty());
    const QString group = groups.constLast().name;
    const QString path = writeFile(u"members.csv"_s,
        QString(
            u"email;firstName;lastName;groups\nm.one@example.com;Jae;Lee;%1\nm.two@example.com;Kei;Ito;%1\n"_s
                .arg(group))
            .toUtf8());
    ImportDialog dialog(m_fixture.client());
    QVERIFY(load(dialog, Bulk::Operation::InviteMembers, path));
    QCOMPARE(dialog.previewModel()->validCount(), 2);
    QCOMPARE(dialog.previewModel()->warningCount(), 0); // the group exists: the list was fetched
    QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
    QVERIFY(dialog.startSending());
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
    QCOMPARE(Bulk::countStates(dialog.job()->results()).succeeded, 2);
    const auto agent = m_fixture.demo()->agentByEmail(u"m.two@example.com"_s);
    QVERIFY(agent.has_value());
    QVERIFY(agent->member);
    const auto stored = m_fixture.demo()->groupByName(group);
    QVERIFY(stored.has_value());
    QVERIFY(stored->agentIds.contains(agent->id));
}

// An Excel workbook (made by xlsxwriter at test time) goes through the same dialog as a CSV file:
// its rows checked, sent and reported with their row numbers in the sheet.
void TestImportDialog::excelWorkbookIsImported()
{
    QTemporaryDir dir;
    QVERIFY(Testing::makeWorkbooks(dir.path()));
    ImportDialog dialog(m_fixture.client());
    QVERIFY(load(dialog, Bulk::Operation::InviteMembers, dir.filePath(u"xlsxwriter.xlsx"_s)));
    QCOMPARE(dialog.previewModel()->dataRowCount(), 2);
    QCOMPARE(dialog.previewModel()->validCount(), 2);
    QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
    QVERIFY(dialog.startSending());
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
    QCOMPARE(Bulk::countStates(dialog.job()->results()).succeeded, 2);
    const auto agent = m_fixture.demo()->agentByEmail(u"kim@example.com"_s);
    QVERIFY(agent.has_value() && agent->member);
    QCOMPARE(agent->firstName, u"김"_s);

    // A workbook of two sheets with a title row: the first sheet with data is read, its header
    // found below the title; the sheet picker and the header row are shown instead of the
    // encoding and delimiter, and choosing another sheet reads it.
    ImportDialog picker(m_fixture.client());
    picker.show();
    QVERIFY(load(picker, Bulk::Operation::InviteMembers, dir.filePath(u"staff.xlsx"_s)));
    auto* sheets = picker.findChild<QComboBox*>(u"sheetCombo"_s);
    auto* headerRow = picker.findChild<QSpinBox*>(u"headerRowSpin"_s);
    QVERIFY(sheets && headerRow);
    QTest::mouseClick(picker.findChild<QPushButton*>(u"backButton"_s), Qt::LeftButton);
    QVERIFY(sheets->isVisible() && headerRow->isVisible());
    QVERIFY(!picker.findChild<QComboBox*>(u"encodingCombo"_s)->isVisible());
    QCOMPARE(sheets->count(), 2);
    QCOMPARE(sheets->currentText(), u"Staff"_s);
    QCOMPARE(headerRow->value(), 3);
    QVERIFY(picker.findChild<QLabel*>(u"sourceStatus"_s)->text().contains(u"header on row 3"_s));
    QSignalSpy loaded(&picker, &ImportDialog::loadingFinished);
    sheets->setFocus();
    QTest::keyClick(sheets, Qt::Key_Down); // the keyboard's way to the next sheet
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QVERIFY(loaded.last().at(0).toBool());
    QCOMPARE(sheets->currentText(), u"Other"_s);
    QCOMPARE(picker.previewModel()->dataRowCount(), 1);
    QCOMPARE(picker.previewModel()->table().cell(0, 0), u"lee@example.com"_s);
    QCOMPARE(headerRow->value(), 1);

    // Merged and hidden cells are told on the check step; the header row can be overridden.
    QVERIFY(load(picker, Bulk::Operation::InviteMembers, dir.filePath(u"structure.xlsx"_s)));
    auto* notes = picker.findChild<QLabel*>(u"workbookNotes"_s);
    QVERIFY(notes->isVisible());
    QVERIFY2(
        notes->text().contains(u"C2:D2"_s) && notes->text().contains(u"rows 5"_s), qPrintable(notes->text()));
    QCOMPARE(picker.previewModel()->dataRowCount(), 4);
    QCOMPARE(sheets->currentText(), u"Roster"_s);
    QTest::mouseClick(picker.findChild<QPushButton*>(u"backButton"_s), Qt::LeftButton);
    loaded.clear();
    headerRow->setValue(3);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QCOMPARE(picker.previewModel()->table().header.at(0), u"a@example.com"_s);
    QCOMPARE(picker.previewModel()->dataRowCount(), 3);
    // A text file again: no sheet, no header row, no notes.
    const QString csv = writeFile(u"plain.csv"_s, "email\r\nplain@example.com\r\n");
    QVERIFY(load(picker, Bulk::Operation::InviteMembers, csv));
    QTest::mouseClick(picker.findChild<QPushButton*>(u"backButton"_s), Qt::LeftButton);
    QVERIFY(!sheets->isVisible());
    QVERIFY(picker.findChild<QComboBox*>(u"encodingCombo"_s)->isVisible());
    QVERIFY(!notes->isVisible());
}

// The import pre-check lists every member and every permission group. The demo caps `limit` at
// 100, as a service without a documented maximum may: a client asking for 500 would stop after
// the first (short) page, and then call the 1,500th member new and group 150 unknown.
void TestImportDialog::preCheckSeesEveryPageBehindTheCap()
{
    for (int i = int(m_fixture.demo()->groups().size()); i < 150; ++i) {
        CreatePermissionGroupRequest request;
        request.name = u"Paging group %1"_s.arg(i + 1, 3, 10, QChar(u'0'));
        auto reply = std::unique_ptr<ApiReply>(m_fixture.client()->createPermissionGroup(request));
        QSignalSpy done(reply.get(), &ApiReply::finished);
        QVERIFY(done.wait(5000));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    }
    const QList<Demo::GroupRecord> groups = m_fixture.demo()->groups();
    QVERIFY(groups.size() >= 150);
    const QStringList members = m_fixture.demo()->memberEmails();
    QVERIFY(members.size() >= 1500);
    const QString lastGroup = groups.constLast().name;
    const QString path = writeFile(u"paging.csv"_s,
        u"email,groups\n%1,%2\nbrand.new@example.com,%2\n"_s.arg(members.at(1499), lastGroup).toUtf8());
    ImportDialog dialog(m_fixture.client());
    QVERIFY(load(dialog, Bulk::Operation::InviteMembers, path));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.previewModel()->warningCount() == 1, 15000);
    const auto problems = [&](int row) {
        return dialog.previewModel()
            ->data(dialog.previewModel()->index(row, 0), ImportPreviewModel::ProblemsRole)
            .toStringList()
            .join(u' ');
    };
    QVERIFY2(problems(0).contains(u"already a member"_s), qPrintable(problems(0))); // seen on page 15
    QVERIFY2(!problems(1).contains(lastGroup), qPrintable(problems(1))); // group 150 is known
    QCOMPARE(dialog.previewModel()->validCount(), 2);
}

// A password shorter than 8 characters breaks no documented rule: the preview warns, Send sends
// it, and the server (here the demo, which checks only the documented classes) creates the agent.
void TestImportDialog::guessedRuleIsAWarningTheRowIsSent()
{
    const QString path = writeFile(u"agents-short.csv"_s,
        "email,password\nshort.gui@example.com,Ab1!xyz\nweak.gui@example.com,abcdefghij\n");
    ImportDialog dialog(m_fixture.client());
    dialog.show();
    QVERIFY(load(dialog, Bulk::Operation::CreateAgents, path));
    // A length Alli does not document holds the row back, and the dialog offers to send it anyway.
    QCOMPARE(dialog.previewModel()->validCount(), 0);
    QCOMPARE(dialog.previewModel()->unconfirmedCount(), 1);
    const auto problemsOf = [&dialog](int row) {
        return dialog.previewModel()
            ->data(dialog.previewModel()->index(row, 0), ImportPreviewModel::ProblemsRole)
            .toStringList()
            .join(u' ');
    };
    QVERIFY2(problemsOf(0).contains(u"Alli does not document this rule"_s), qPrintable(problemsOf(0)));
    auto* anyway = dialog.findChild<QCheckBox*>(u"sendAnywayCheck"_s);
    QVERIFY(anyway);
    QVERIFY(anyway->isVisible());
    QVERIFY2(anyway->text().contains(u"1 row"_s), qPrintable(anyway->text()));
    QTest::mouseClick(anyway, Qt::LeftButton, {}, QPoint(5, anyway->height() / 2));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.previewModel()->validCount(), 1, 10000);
    QCOMPARE(dialog.previewModel()->warningCount(), 1);
    QVERIFY2(problemsOf(0).contains(u"Sent anyway"_s), qPrintable(problemsOf(0)));
    // The documented rule (three character classes) is not overridden.
    QCOMPARE(dialog.previewModel()->invalidCount(), 1);
    QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
    QVERIFY(dialog.startSending());
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
    QCOMPARE(Bulk::countStates(dialog.job()->results()).succeeded, 1);
    QVERIFY(m_fixture.demo()->agentByEmail(u"short.gui@example.com"_s).has_value());
    QVERIFY(!m_fixture.demo()->agentByEmail(u"weak.gui@example.com"_s).has_value());
}

// Cells copied in Excel (tab-separated, a Korean header) pasted with the Paste button: checked like
// a file, sent, and journalled as pasted rows.
void TestImportDialog::pastedRowsFromExcelAreCheckedAndSent()
{
    ImportDialog dialog(m_fixture.client());
    QAbstractItemModelTester previewTester(
        dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    dialog.setOperation(Bulk::Operation::InviteMembers);
    QGuiApplication::clipboard()->setText(
        u"이메일\t이름\t성\r\npaste.one@example.com\t민지\t김\r\npaste.two@example.com\t花子\t佐藤\r\n"_s);
    QSignalSpy loaded(&dialog, &ImportDialog::loadingFinished);
    auto* paste = dialog.findChild<QPushButton*>(u"pasteButton"_s);
    QVERIFY(paste && paste->isVisible());
    QTest::mouseClick(paste, Qt::LeftButton);
    QVERIFY(loaded.wait(15000) || !loaded.isEmpty());
    QVERIFY(loaded.constLast().at(0).toBool());
    QCOMPARE(dialog.previewModel()->rowCount(), 2);
    QCOMPARE(dialog.previewModel()->validCount(), 2);
    const QList<Bulk::ColumnMapping> mapping = dialog.mapping();
    QCOMPARE(mapping.value(0).target, u"email"_s);
    QCOMPARE(mapping.value(1).target, u"firstName"_s);
    QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
    QVERIFY(dialog.startSending());
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
    QCOMPARE(Bulk::countStates(dialog.job()->results()).succeeded, 2);
    const auto member = m_fixture.demo()->agentByEmail(u"paste.two@example.com"_s);
    QVERIFY(member.has_value());
    QCOMPARE(member->firstName, u"花子"_s);
    // Journalled as pasted rows in no language: History names them in the language of the day.
    QCOMPARE(dialog.job()->source().file, QString(Bulk::kPastedSource));

    // Without a header, the rows are read in the template's order of the chosen change: another
    // change reads them again in its order; the extra columns are never sent as data keys.
    ImportDialog headerless(m_fixture.client());
    headerless.show();
    headerless.setOperation(Bulk::Operation::RemoveMembers);
    QSignalSpy read(&headerless, &ImportDialog::loadingFinished);
    headerless.pasteRows(u"E9001\tJi\tHo\textra\r\n"_s);
    QVERIFY(read.wait(15000) || !read.isEmpty());
    QCOMPARE(headerless.mapping().value(0).target, u"email"_s);
    read.clear();
    headerless.setOperation(Bulk::Operation::UpdateUsers);
    QVERIFY(read.wait(15000) || !read.isEmpty());
    const QList<Bulk::ColumnMapping> users = headerless.mapping();
    QCOMPARE(users.value(0).target, u"ownUserId"_s);
    QCOMPARE(users.value(1).target, u"data:first_name"_s);
    QCOMPARE(users.value(2).target, u"data:last_name"_s);
    QCOMPARE(users.value(3).target, u"data:email"_s); // the template's fourth column
    for (qsizetype c = 6; c < users.size(); ++c)
        QCOMPARE(users.at(c).target, QString());

    // Nothing usable on the clipboard: the reason, on the first step.
    ImportDialog again(m_fixture.client());
    again.show();
    again.setOperation(Bulk::Operation::RemoveMembers);
    QGuiApplication::clipboard()->setText(u"email\r\n"_s);
    QSignalSpy failed(&again, &ImportDialog::loadingFinished);
    again.pasteClipboard(); // read on a worker
    QVERIFY(failed.wait(15000) || !failed.isEmpty());
    QVERIFY(!failed.constLast().at(0).toBool());
    QVERIFY2(again.errorText().contains(u"only a header"_s), qPrintable(again.errorText()));
    QCOMPARE(again.previewModel()->rowCount(), 0);
}

// The preview is edited like a spreadsheet, from the keyboard: F8 finds the problem, typing fixes
// it, Ctrl+Z / Ctrl+Y undo and redo, Ctrl+D fills down, Ctrl+V pastes a block from the current
// cell, Ctrl+C copies one, Delete clears; then the edited rows are what reaches the server.
void TestImportDialog::gridKeysEditUndoFillPasteAndFindProblems()
{
    const QString path = writeFile(u"members-grid.csv"_s,
        "email,firstName,groups\nbad.grid@example,Kim,\nok1.grid@example.com,Lee,\nok2.grid@example.com,Park,"
        "\n");
    ImportDialog dialog(m_fixture.client());
    QAbstractItemModelTester previewTester(
        dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(load(dialog, Bulk::Operation::InviteMembers, path));
    ImportPreviewModel* model = dialog.previewModel();
    QCOMPARE(model->invalidCount(), 1);
    auto* view = dialog.findChild<QTableView*>(u"previewView"_s);
    QVERIFY(view);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 1));
    const auto cell
        = [model](int r, int c) { return model->data(model->index(r, c), Qt::EditRole).toString(); };

    // F8: the cell with the error.
    QTest::keyClick(view, Qt::Key_F8);
    QCOMPARE(view->currentIndex().row(), 0);
    QCOMPARE(view->currentIndex().column(), 0);
    // F2, type, Enter: the row is fixed.
    QTest::keyClick(view, Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"fixed.grid@example.com"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(cell(0, 0), u"fixed.grid@example.com"_s); // the delegate commits on the next turn
    QCOMPARE(model->invalidCount(), 0);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(cell(0, 0), u"bad.grid@example"_s);
    QCOMPARE(model->invalidCount(), 1);
    QTest::keyClick(view, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(cell(0, 0), u"fixed.grid@example.com"_s);
    QCOMPARE(model->invalidCount(), 0);

    // Ctrl+D: the top cell of the selection, down.
    QVERIFY(dialog.gridEditing()->edit({ { 0, 2, u"Sales"_s } }, u"test"_s));
    view->setCurrentIndex(view->model()->index(0, 2));
    view->selectionModel()->select(QItemSelection(view->model()->index(0, 2), view->model()->index(2, 2)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(cell(1, 2), u"Sales"_s);
    QCOMPARE(cell(2, 2), u"Sales"_s);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier); // one step for the whole fill
    QCOMPARE(cell(1, 2), QString());
    QCOMPARE(cell(2, 2), QString());
    QCOMPARE(cell(0, 2), u"Sales"_s);

    // Ctrl+V: a block from Excel, from the current cell on; one undo step.
    QGuiApplication::clipboard()->setText(
        u"x1.grid@example.com\tXu\r\nx2.grid@example.com\t\"Y\"\"s\"\r\n"_s);
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(cell(1, 0), u"x1.grid@example.com"_s);
    QCOMPARE(cell(2, 1), u"Y\"s"_s);
    // Ctrl+C: the selected block as tab-separated text, quoted where needed.
    view->selectionModel()->select(QItemSelection(view->model()->index(1, 0), view->model()->index(2, 1)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
        u"x1.grid@example.com\tXu\r\nx2.grid@example.com\t\"Y\"\"s\"\r\n"_s);
    // Delete clears the selection; undo brings it back.
    view->selectionModel()->select(view->model()->index(2, 1), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(cell(2, 1), QString());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(cell(2, 1), u"Y\"s"_s);
    // A block that does not fit is cut, and the dialog says so.
    view->setCurrentIndex(view->model()->index(2, 0));
    QVERIFY(dialog.gridEditing()->pasteText(u"a\nb\nc\n"_s));
    QVERIFY2(dialog.gridEditing()->lastMessage().contains(u"2 pasted cell"_s),
        qPrintable(dialog.gridEditing()->lastMessage()));
    auto* gridMessage = dialog.findChild<QLabel*>(u"gridMessage"_s);
    QVERIFY(gridMessage && gridMessage->isVisible());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(cell(2, 0), u"x2.grid@example.com"_s);
    QVERIFY(!gridMessage->isVisible());

    QVERIFY(dialog.gridEditing()->undoStack()->count() > 0);

    // "Save rows…": the grid as it is now, edits included, written on a worker as a workbook that
    // imports back to the same rows.
    const QString savedRows = m_dir.filePath(u"members-grid-rows.xlsx"_s);
    QSignalSpy saved(&dialog, &ImportDialog::fileSaved);
    const auto answered = Testing::answerNextFileDialog(savedRows);
    auto* summary = dialog.findChild<QLabel*>(u"summaryLabel"_s);
    QVERIFY(summary);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"saveRowsButton"_s), Qt::LeftButton);
    QVERIFY(*answered);
    QVERIFY2(summary->text().startsWith(u"Saving the rows"_s), qPrintable(summary->text()));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
    QCOMPARE(saved.constFirst().at(1).toString(), QString());
    QVERIFY2(summary->text().startsWith(u"Saved the rows"_s), qPrintable(summary->text()));
    QList<QStringList> gridRows { { u"email"_s, u"firstName"_s, u"groups"_s } };
    for (int r = 0; r < model->rowCount(); ++r)
        gridRows.append({ cell(r, 0), cell(r, 1), cell(r, 2) });
    QCOMPARE(reimported(savedRows), gridRows);

    QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
    QVERIFY(dialog.startSending());
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
    QCOMPARE(Bulk::countStates(dialog.job()->results()).succeeded, 3);
    QVERIFY(m_fixture.demo()->agentByEmail(u"fixed.grid@example.com"_s).has_value());
    QCOMPARE(m_fixture.demo()->agentByEmail(u"x2.grid@example.com"_s)->firstName, u"Y\"s"_s);
    QVERIFY(!m_fixture.demo()->agentByEmail(u"ok1.grid@example.com"_s).has_value());

    // Another file: earlier steps were about other rows, and are gone.
    ImportDialog other(m_fixture.client());
    other.show();
    QVERIFY(load(other, Bulk::Operation::InviteMembers, path));
    QVERIFY(other.gridEditing()->edit({ { 0, 1, u"Changed"_s } }, u"test"_s));
    QVERIFY(load(
        other, Bulk::Operation::InviteMembers, writeFile(u"members-grid2.csv"_s, "email\nz@example.com\n")));
    QCOMPARE(other.gridEditing()->undoStack()->count(), 0);
}

// Closing with edited rows that were not sent offers to keep them; the next import offers them
// back with their operation; once sent they are gone. Passwords are never kept.
void TestImportDialog::unsentEditsAreKeptAndRestored()
{
    QFile::remove(ImportDialog::unsentRowsPath());
    const QString path = writeFile(u"agents-keep.csv"_s,
        "email,password,locale\nkeep.one@example,Keep-Pass1,ko\nkeep.two@example.com,Keep-Pass2,=cmd\n");
    {
        ImportDialog dialog(m_fixture.client());
        dialog.show();
        QVERIFY(load(dialog, Bulk::Operation::CreateAgents, path));
        QVERIFY(!dialog.hasUnsavedRows()); // as read: the file has them
        QVERIFY(dialog.gridEditing()->edit({ { 0, 0, u"keep.one@example.com"_s } }, u"test"_s));
        QVERIFY(dialog.hasUnsavedRows());
        Confirm::setNextAnswer(true);
        dialog.reject();
        QVERIFY2(Confirm::lastQuestion().contains(u"Passwords are not saved"_s),
            qPrintable(Confirm::lastQuestion()));
    }
    QFile kept(ImportDialog::unsentRowsPath());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    const QByteArray bytes = kept.readAll();
    kept.close();
    QVERIFY(bytes.contains("keep.one@example.com"));
    QVERIFY(!bytes.contains("Keep-Pass1") && !bytes.contains("Keep-Pass2"));
    QVERIFY(bytes.contains(",=cmd")); // kept exactly, not neutralised

    ImportDialog next(m_fixture.client());
    next.setOperation(Bulk::Operation::InviteMembers);
    next.show();
    auto* restore = next.findChild<QPushButton*>(u"restoreButton"_s);
    QVERIFY(restore && restore->isVisible());
    QSignalSpy loaded(&next, &ImportDialog::loadingFinished);
    QTest::mouseClick(restore, Qt::LeftButton);
    QVERIFY(loaded.wait(15000) || !loaded.isEmpty());
    QCOMPARE(next.previewModel()->operation(), Bulk::Operation::CreateAgents);
    QCOMPARE(next.previewModel()->data(next.previewModel()->index(0, 0), Qt::EditRole).toString(),
        u"keep.one@example.com"_s);
    // The masked passwords must be typed again: they break the documented rule.
    QCOMPARE(next.previewModel()->validCount(), 0);
    QVERIFY(next.gridEditing()->edit(
        { { 0, 1, u"Keep-Pass1"_s }, { 1, 1, u"Keep-Pass2"_s }, { 1, 2, u"ja"_s } }, u"test"_s));
    QCOMPARE(next.previewModel()->validCount(), 2);
    QSignalSpy sent(&next, &ImportDialog::sendingFinished);
    QVERIFY(next.startSending());
    QVERIFY(!QFile::exists(ImportDialog::unsentRowsPath())); // the journal has them now
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
    QVERIFY(m_fixture.demo()->agentByEmail(u"keep.one@example.com"_s).has_value());

    // Declining keeps nothing; a dialog without rows asks nothing.
    {
        ImportDialog dialog(m_fixture.client());
        dialog.show();
        QVERIFY(load(dialog, Bulk::Operation::CreateAgents, path));
        QVERIFY(dialog.gridEditing()->edit({ { 0, 0, u"other@example.com"_s } }, u"test"_s));
        Confirm::setNextAnswer(false);
        dialog.reject();
    }
    QVERIFY(!QFile::exists(ImportDialog::unsentRowsPath()));
    ImportDialog empty(m_fixture.client());
    QVERIFY(!empty.findChild<QWidget*>(u"restoreBox"_s)->isVisibleTo(&empty));
}

void TestImportDialog::editingAnInvalidCellSendsTheFixedRow()
{
    const QString path
        = writeFile(u"members-bad.csv"_s, "email,firstName\nfix.me@example,Lia\nok.row@example.com,Mo\n");
    ImportDialog dialog(m_fixture.client());
    dialog.show();
    QVERIFY(load(dialog, Bulk::Operation::InviteMembers, path));
    QCOMPARE(dialog.previewModel()->invalidCount(), 1);
    auto* view = dialog.findChild<QTableView*>(u"previewView"_s);
    QVERIFY(view);
    // Only the invalid row, through the view's proxy, edited as a user would.
    auto* invalidOnly = dialog.findChild<QWidget*>(u"invalidOnlyCheck"_s);
    QVERIFY(invalidOnly);
    QTest::mouseClick(invalidOnly, Qt::LeftButton, {}, QPoint(5, invalidOnly->height() / 2));
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->model()->setData(view->model()->index(0, 0), u"fixed.me@example.com"_s));
    QCOMPARE(dialog.previewModel()->invalidCount(), 0);
    QCOMPARE(view->model()->rowCount(), 0);
    QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
    QVERIFY(dialog.startSending());
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
    QVERIFY(m_fixture.demo()->agentByEmail(u"fixed.me@example.com"_s).has_value());
    QVERIFY(!m_fixture.demo()->agentByEmail(u"fix.me@example"_s).has_value());
}

void TestImportDialog::mappingChangeRevalidates()
{
    // "contact" is not a known header: nothing maps to email until the user says so.
    const QString path = writeFile(u"members-map.csv"_s, "contact,firstName\nmapped@example.com,Na\n");
    ImportDialog dialog(m_fixture.client());
    QVERIFY(load(dialog, Bulk::Operation::InviteMembers, path));
    QCOMPARE(dialog.previewModel()->validCount(), 0);
    QList<Bulk::ColumnMapping> mapping = dialog.mapping();
    QCOMPARE(mapping.constFirst().column, u"contact"_s);
    QCOMPARE(mapping.constFirst().target, QString());
    auto* combo = dialog.findChild<QComboBox*>(u"mappingCombo_0"_s);
    QVERIFY(combo);
    QSignalSpy loaded(&dialog, &ImportDialog::loadingFinished);
    combo->setCurrentIndex(combo->findData(u"email"_s));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QCOMPARE(dialog.previewModel()->validCount(), 1);

    // Remembered for this operation: the next dialog maps "contact" the same way.
    ImportDialog again(m_fixture.client());
    QVERIFY(load(again, Bulk::Operation::InviteMembers, path));
    QCOMPARE(again.previewModel()->validCount(), 1);
}

void TestImportDialog::fileErrorStaysOnTheFirstStep()
{
    ImportDialog dialog(m_fixture.client());
    QVERIFY(!load(dialog, Bulk::Operation::CreateUsers, m_dir.filePath(u"missing.csv"_s)));
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(dialog.step(), ImportDialog::Step::Source);
    QVERIFY(!dialog.startSending());
    QVERIFY(!load(dialog, Bulk::Operation::CreateUsers, writeFile(u"empty.csv"_s, QByteArray())));
    QVERIFY(!dialog.findChild<QPushButton*>(u"nextButton"_s)->isEnabled());
}

void TestImportDialog::cancelLeavesRowsNotSent()
{
    QByteArray csv = "ownUserId,firstName\n";
    for (int i = 0; i < 900; ++i)
        csv += "CAN" + QByteArray::number(i).rightJustified(4, '0') + ",X\n";
    const QString path = writeFile(u"users-cancel.csv"_s, csv);
    ImportDialog dialog(m_fixture.client());
    dialog.setConcurrency(4); // whatever an earlier run left in the settings
    dialog.show();
    QVERIFY(load(dialog, Bulk::Operation::CreateUsers, path));
    QCOMPARE(dialog.previewModel()->validCount(), 900);
    m_fixture.demo()->setLatencyMs(300);
    QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
    QVERIFY(dialog.startSending());
    // Through the button, confirmed, once the first chunks are on their way.
    auto* cancel = dialog.findChild<QPushButton*>(u"cancelSendingButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.client()->inFlight() > 0, 15000);
    Confirm::setNextAnswer(true);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
    const Bulk::Counts counts = Bulk::countStates(dialog.job()->results());
    // At most 4 chunks were in flight: they finish, the rest is never sent.
    QVERIFY2(counts.notSent >= 900 - 4 * 100, qPrintable(counts.summaryLine()));
    QVERIFY2(counts.succeeded >= 100, qPrintable(counts.summaryLine()));
    QCOMPARE(counts.succeeded + counts.notSent + counts.unknown + counts.failed, 900);
    QVERIFY(!m_fixture.demo()->userExists(u"CAN0899"_s));
    QCOMPARE(m_fixture.demo()->userExists(u"CAN0000"_s),
        dialog.resultsModel()->stateAt(0) == Bulk::RowState::Succeeded);
    QVERIFY(!cancel->isEnabled());
}

// Pause through the dialog's button while the backend is slow: the chunks in flight finish,
// then no request reaches the backend until Resume; then every row is sent once and created.
void TestImportDialog::pauseHoldsChunksBackUntilResumed()
{
    constexpr int rows = 1200;
    QByteArray csv = "ownUserId,firstName\n";
    for (int i = 0; i < rows; ++i)
        csv += "PAU" + QByteArray::number(i).rightJustified(4, '0') + ",P\n";
    ImportDialog dialog(m_fixture.client());
    dialog.show();
    QVERIFY(load(dialog, Bulk::Operation::CreateUsers, writeFile(u"users-pause.csv"_s, csv)));
    QCOMPARE(dialog.previewModel()->validCount(), rows);
    dialog.setConcurrency(2);
    m_fixture.demo()->setLatencyMs(150);
    QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
    QVERIFY(dialog.startSending());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.job(), 15000);
    auto* pause = dialog.findChild<QPushButton*>(u"pauseButton"_s);
    QVERIFY(pause);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.job()->progress().done >= 100, 15000);
    QVERIFY(pause->isEnabled());
    const QString pauseText = pause->text();
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(dialog.job()->isPaused());
    QVERIFY(pause->text() != pauseText); // "Resume"
    // The chunks already on their way finish...
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.client()->inFlight(), 0, 15000);
    const int requestsWhilePaused = m_fixture.demo()->requestCount();
    const int doneWhilePaused = dialog.job()->progress().done;
    QVERIFY2(doneWhilePaused < rows, qPrintable(QString::number(doneWhilePaused)));
    QVERIFY(dialog.findChild<QLabel*>(u"progressLabel"_s)->text().contains(u"paused"_s));
    // ...and nothing else goes out: several latencies' worth of time with no new request (an
    // absence can only be observed by waiting; the job would send within one latency).
    QTest::qWait(4 * 150);
    QCOMPARE(m_fixture.demo()->requestCount(), requestsWhilePaused);
    QCOMPARE(dialog.job()->progress().done, doneWhilePaused);
    QVERIFY(!dialog.job()->isFinished());
    QCOMPARE(sent.count(), 0);

    QTest::mouseClick(pause, Qt::LeftButton); // Resume
    QVERIFY(!dialog.job()->isPaused());
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.demo()->requestCount() > requestsWhilePaused, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 60000);
    const Bulk::Counts counts = Bulk::countStates(dialog.job()->results());
    QCOMPARE(counts.succeeded, rows);
    for (int i = 0; i < rows; ++i) {
        const QString id = u"PAU"_s + QString::number(i).rightJustified(4, u'0');
        if (!m_fixture.demo()->userExists(id))
            QFAIL(qPrintable(id + u" is not on the backend"_s));
    }
    QVERIFY(!pause->isEnabled());
}

// Switching the language at run time: the dialog's buttons and labels, the preview's header and
// the rows' problems follow (Korean, Japanese, and back to English).
void TestImportDialog::retranslatesAtRunTime()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(u"en"_s));
    ImportDialog dialog(m_fixture.client());
    dialog.show();
    QVERIFY(load(dialog, Bulk::Operation::CreateUsers,
        writeFile(u"users-i18n.csv"_s, "ownUserId,firstName\nI18N1,A\nI18N1,B\nI18N2,C\n")));
    ImportPreviewModel* preview = dialog.previewModel();
    QCOMPARE(preview->invalidCount(), 1);
    auto* step = dialog.findChild<QLabel*>(u"stepLabel"_s);
    auto* back = dialog.findChild<QPushButton*>(u"backButton"_s);
    auto* send = dialog.findChild<QPushButton*>(u"sendButton"_s);
    auto* invalidOnly = dialog.findChild<QCheckBox*>(u"invalidOnlyCheck"_s);
    auto* cancel = dialog.findChild<QPushButton*>(u"cancelSendingButton"_s);
    QVERIFY(step && back && send && invalidOnly && cancel);
    const auto problems
        = [preview] { return preview->index(1, preview->problemsColumn()).data().toString(); };
    const auto header
        = [preview] { return preview->headerData(preview->problemsColumn(), Qt::Horizontal).toString(); };
    QCOMPARE(step->text(), u"Step 2 of 3: check the columns and the rows"_s);
    QCOMPARE(back->text(), u"< Bac&k"_s);
    QCOMPARE(send->text(), u"&Send"_s);
    QCOMPARE(header(), u"Problems"_s);
    QVERIFY2(problems().contains(u"already appears on line 2"_s), qPrintable(problems()));

    QVERIFY(languages.setLanguage(u"ko"_s));
    QTRY_COMPARE(step->text(), u"2/3단계: 열과 행 확인"_s);
    QCOMPARE(back->text(), u"< 이전(&K)"_s);
    QCOMPARE(send->text(), u"보내기(&S)"_s);
    QCOMPARE(cancel->text(), u"보내기 취소(&C)"_s);
    QCOMPARE(header(), u"문제"_s);
    // The rows are checked again in the new language (the user's fixes kept).
    QTRY_VERIFY2_WITH_TIMEOUT(problems().contains(u"이미 2행에 있습니다"_s), qPrintable(problems()), 15000);
    QCOMPARE(preview->invalidCount(), 1);

    QVERIFY(languages.setLanguage(u"ja"_s));
    QTRY_COMPARE(step->text(), u"ステップ 2/3: 列と行を確認"_s);
    QCOMPARE(back->text(), u"< 戻る(&K)"_s);
    QCOMPARE(send->text(), u"送信(&S)"_s);
    QCOMPARE(invalidOnly->text(), u"問題のある行のみ表示(&P)"_s);
    QCOMPARE(cancel->text(), u"送信をキャンセル(&C)"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(
        problems().contains(u"2 行目にすでにあります"_s), qPrintable(problems()), 15000);

    QVERIFY(languages.setLanguage(u"en"_s));
    QTRY_COMPARE(step->text(), u"Step 2 of 3: check the columns and the rows"_s);
    QCOMPARE(back->text(), u"< Bac&k"_s);
    QCOMPARE(invalidOnly->text(), u"Show only rows with &problems"_s);
    QCOMPARE(header(), u"Problems"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(
        problems().contains(u"already appears on line 2"_s), qPrintable(problems()), 15000);

    // Back on the first step, what was read is said in the new language too (nothing re-read).
    QTRY_VERIFY(!dialog.isLoading());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(dialog.step(), ImportDialog::Step::Source);
    auto* status = dialog.findChild<QLabel*>(u"sourceStatus"_s);
    QVERIFY2(status->text().contains(u"3 row"_s), qPrintable(status->text()));
    QVERIFY(languages.setLanguage(u"ko"_s));
    QTRY_VERIFY2(status->text().contains(u"3개 행"_s), qPrintable(status->text()));
    QVERIFY(languages.setLanguage(u"en"_s));
    QTRY_VERIFY2(status->text().contains(u"3 row"_s), qPrintable(status->text()));
}

// After a job, the results keep what our own messages say and say it in the language of the
// moment: a row's problem from the check and the verification's finding, on screen and in the
// report saved after the switch.
void TestImportDialog::resultsFollowALanguageSwitch()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(u"en"_s));
    const QString path = writeFile(u"users-switch.csv"_s, "ownUserId,firstName\nSWITCH01,A\nSWITCH01,B\n");
    ImportDialog dialog(m_fixture.client());
    dialog.show();
    QVERIFY(load(dialog, Bulk::Operation::CreateUsers, path));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.lookupState() != ImportDialog::LookupState::Running, 15000);
    // The answer to the one request is lost: the row is looked up on the server and found applied.
    m_fixture.demo()->setLostResponseRate(1.0);
    QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
    QVERIFY(dialog.startSending());
    connect(dialog.job(), &Bulk::BulkRun::stageChanged, this, [this](Bulk::BulkRun::Stage stage) {
        if (stage == Bulk::BulkRun::Stage::Verifying)
            m_fixture.demo()->setLostResponseRate(0);
    });
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 15000);
    m_fixture.demo()->setLostResponseRate(0);
    BulkResultsModel* results = dialog.resultsModel();
    QAbstractItemModelTester tester(results, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(results->stateAt(0), Bulk::RowState::Succeeded);
    QCOMPARE(results->stateAt(1), Bulk::RowState::Invalid);
    const auto message = [results](int row) {
        return results->index(row, int(BulkResultsModel::Column::Message)).data().toString();
    };
    const QString verified = u"Verified on the server: the user has the data of this row."_s;
    QCOMPARE(message(0), verified);
    QVERIFY2(message(1).contains(u"already appears on line 2"_s), qPrintable(message(1)));

    QSignalSpy changed(results, &QAbstractItemModel::dataChanged);
    QVERIFY(languages.setLanguage(u"ko"_s));
    QTRY_VERIFY(!changed.isEmpty());
    // The views are told: the change covers the message column.
    const auto covered = [&changed] {
        return std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant>& args) {
            return args.at(1).toModelIndex().column() >= int(BulkResultsModel::Column::Message);
        });
    };
    QVERIFY(covered());
    const QString verifiedKo = QCoreApplication::translate("Alli::Bulk::Reconciler", qPrintable(verified));
    QVERIFY(verifiedKo != verified); // the catalogue has it
    QCOMPARE(message(0), verifiedKo);
    QVERIFY2(message(1).contains(u"이미 2행에 있습니다"_s), qPrintable(message(1)));
    QCOMPARE(results->index(1, int(BulkResultsModel::Column::Message)).data(Qt::ToolTipRole).toString(),
        message(1));

    // A report saved now says it in Korean too.
    auto* panel = dialog.findChild<BulkRunPanel*>();
    QVERIFY(panel);
    const QString report = m_dir.filePath(u"switch-report.csv"_s);
    panel->saveReportInBackground(report);
    QFile file(report);
    QTRY_VERIFY_WITH_TIMEOUT(file.exists() && file.size() > 0 && !dialog.fileNoteText().isEmpty(), 15000);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.contains(verifiedKo) && csv.contains(u"이미 2행에 있습니다"_s), qPrintable(csv));

    // And back.
    QVERIFY(languages.setLanguage(u"en"_s));
    QTRY_COMPARE(message(0), verified);
    QVERIFY2(message(1).contains(u"already appears on line 2"_s), qPrintable(message(1)));
}

void TestImportDialog::resultsFilterAndRetry()
{
    // EMP00020 and EMP00021 exist: creating them fails; the row without an id is invalid.
    const QString path = writeFile(
        u"users-mixed.csv"_s, "ownUserId,firstName\nFLT0001,A\nEMP00020,B\n,C\nFLT0002,D\nEMP00021,E\n");
    ImportDialog dialog(m_fixture.client());
    dialog.show();
    QVERIFY(load(dialog, Bulk::Operation::CreateUsers, path));
    QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
    QVERIFY(dialog.startSending());
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
    QAbstractItemModelTester proxyTester(
        dialog.resultsProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* filter = dialog.findChild<QComboBox*>(u"resultsFilterCombo"_s);
    auto* view = dialog.findChild<QTableView*>(u"resultsView"_s);
    QVERIFY(filter && view);
    QCOMPARE(view->model()->rowCount(), 5);
    filter->setCurrentIndex(1); // failed or unknown
    QCOMPARE(view->model()->rowCount(), 2);
    QStringList keys;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        keys << view->model()->index(r, int(BulkResultsModel::Column::Key)).data().toString();
    QCOMPARE(keys, (QStringList { u"EMP00020"_s, u"EMP00021"_s }));
    filter->setCurrentIndex(3); // invalid
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, int(BulkResultsModel::Column::Line)).data().toInt(), 4);
    filter->setCurrentIndex(0);
    QCOMPARE(view->model()->rowCount(), 5);

    // "already exists" is the server's refusal of the row: a retry would fail the same way, so it
    // is not offered.
    auto* retry = dialog.findChild<QPushButton*>(u"retryButton"_s);
    QVERIFY(!retry->isEnabled());
    QVERIFY(!dialog.retryFailedRows());

    // "Save report…" writes on a worker, then says where; a folder that is not there is named.
    auto* panel = dialog.findChild<BulkRunPanel*>();
    QVERIFY(panel);
    const QString report = m_dir.filePath(u"mixed-report.csv"_s);
    panel->saveReportInBackground(report);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.fileNoteText().startsWith(u"Saved the report"_s), 15000);
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv.count('\n'), 6); // header and five rows
    QVERIFY(csv.contains("EMP00021"));
    panel->saveReportInBackground(m_dir.filePath(u"no-such-folder/report.csv"_s));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.fileNoteText().startsWith(u"Cannot write"_s), 15000);
    QVERIFY2(dialog.fileNoteText().contains(u"no-such-folder"_s), qPrintable(dialog.fileNoteText()));
}

void TestImportDialog::historyListsJobs()
{
    // A job of this test's own, so that it stands alone.
    {
        ImportDialog dialog(m_fixture.client());
        QVERIFY(load(dialog, Bulk::Operation::CreateUsers,
            writeFile(u"history-own.csv"_s, "ownUserId,firstName\nHISTOWN1,A\n")));
        QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
        QVERIFY(dialog.startSending());
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
    }
    HistoryPage page(m_fixture.client());
    page.show();
    page.activate();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page.model()->rowCount() >= 1);
    QCOMPARE(page.pageId(), u"history"_s);
    QVERIFY(!page.title().isEmpty());
    // Newest first: the job above.
    const qint64 newest = page.model()->jobAt(0).id;
    const QString report = page.exportReport(newest);
    QVERIFY(QFile::exists(report));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(u"HISTOWN1"_s));
    QVERIFY(page.findChild<QPushButton*>(u"importButton"_s));

    // "Open report" writes it on a worker thread and says where.
    QFile::remove(report);
    auto* view = page.findChild<QTableView*>(u"historyView"_s);
    view->setCurrentIndex(view->model()->index(0, 0));
    view->selectRow(0);
    QSignalSpy written(&page, &HistoryPage::reportWritten);
    auto* open = page.findChild<QPushButton*>(u"openReportButton"_s);
    QVERIFY(open && open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 15000);
    QCOMPARE(written.first().first().toString(), report);
    QVERIFY(QFile::exists(report));
}

void TestImportDialog::historyOffersToResumeUnfinishedJobs()
{
    // A job that was recorded but never finished, as after a crash.
    auto read = Bulk::CsvReader::read("ownUserId,firstName\nRES0001,A\nRES0002,B\n");
    const Bulk::CsvTable table = std::get<Bulk::CsvTable>(read);
    const auto mapping = Bulk::OperationSpec::autoMap(Bulk::Operation::CreateUsers, table.header);
    const auto rows = Bulk::RowValidator::prepare(Bulk::Operation::CreateUsers, table, mapping);
    qint64 id = -1;
    {
        Bulk::JobJournal journal(ImportDialog::journalPath());
        QVERIFY(journal.isOpen());
        id = journal.createJob(Bulk::Operation::CreateUsers, m_dir.filePath(u"crashed.csv"_s),
            Bulk::BulkRun::serverLabel(m_fixture.client()), table.header, rows,
            QList<Bulk::RowResult>(rows.size()));
        QVERIFY(id >= 0);
    }
    HistoryPage page(m_fixture.client());
    page.show();
    page.activate();
    auto* bar = page.findChild<QWidget*>(u"resumeBar"_s);
    QVERIFY(bar && bar->isVisible());
    const int row = page.model()->rowOf(id);
    QVERIFY(row >= 0);
    QVERIFY(!page.model()->jobAt(row).finished.isValid());

    auto* resume = page.findChild<QPushButton*>(u"resumeBarButton"_s);
    QTest::mouseClick(resume, Qt::LeftButton);
    auto* dialog = page.findChild<ImportDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->job(), 15000); // read from the journal on a worker
    QTRY_VERIFY_WITH_TIMEOUT(dialog->job()->isFinished(), 15000);
    QVERIFY(m_fixture.demo()->userExists(u"RES0001"_s));
    QVERIFY(m_fixture.demo()->userExists(u"RES0002"_s));
    QTRY_VERIFY(!bar->isVisible()); // refreshed when the job finished
    dialog->close();
}

// Two servers' unfinished jobs in one journal: History offers, and resumes, only this server's.
void TestImportDialog::historyNeverOffersAnotherServersJob()
{
    QFile::remove(ImportDialog::journalPath());
    auto read = Bulk::CsvReader::read("ownUserId,firstName\nHOST0001,A\nHOST0002,B\n");
    const Bulk::CsvTable table = std::get<Bulk::CsvTable>(read);
    const auto rows = Bulk::RowValidator::prepare(Bulk::Operation::CreateUsers, table,
        Bulk::OperationSpec::autoMap(Bulk::Operation::CreateUsers, table.header));
    qint64 other = -1, mine = -1;
    {
        Bulk::JobJournal journal(ImportDialog::journalPath());
        QVERIFY(journal.isOpen());
        mine = journal.createJob(Bulk::Operation::CreateUsers, m_dir.filePath(u"mine.csv"_s),
            Bulk::BulkRun::serverLabel(m_fixture.client()), table.header, rows,
            QList<Bulk::RowResult>(rows.size()));
        // Newer, and of another project's server: never replayed here.
        other = journal.createJob(Bulk::Operation::CreateUsers, m_dir.filePath(u"other.csv"_s),
            u"alli.other.example.com"_s, table.header, rows, QList<Bulk::RowResult>(rows.size()));
        QVERIFY(mine >= 0 && other > mine);
    }
    HistoryPage page(m_fixture.client());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    page.activate();
    auto* bar = page.findChild<QWidget*>(u"resumeBar"_s);
    QVERIFY(bar && bar->isVisible());
    QString barText;
    for (QLabel* label : bar->findChildren<QLabel*>())
        barText += label->text();
    QVERIFY2(barText.contains(u"mine.csv"_s), qPrintable(barText));
    QVERIFY2(!barText.contains(u"other.csv"_s), qPrintable(barText));
    QVERIFY2(barText.contains(u"other servers"_s), qPrintable(barText));

    // The other server's job, selected: Resume is disabled and says why; asked anyway, refused.
    auto* view = page.findChild<QTableView*>();
    QVERIFY(view);
    const int otherRow = page.model()->rowOf(other);
    QVERIFY(otherRow >= 0);
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
    QVERIFY(proxy);
    view->selectRow(proxy->mapFromSource(page.model()->index(otherRow, 0)).row());
    auto* resume = page.findChild<QPushButton*>(u"resumeButton"_s);
    QVERIFY(!resume->isEnabled());
    QVERIFY2(resume->toolTip().contains(u"alli.other.example.com"_s), qPrintable(resume->toolTip()));
    const int requests = m_fixture.demo()->requestCount();
    QVERIFY(!page.resumeJob(other));
    QTest::qWait(50);
    QCOMPARE(m_fixture.demo()->requestCount(), requests);
    QVERIFY(!m_fixture.demo()->userExists(u"HOST0001"_s));

    // The bar resumes this server's job.
    QTest::mouseClick(page.findChild<QPushButton*>(u"resumeBarButton"_s), Qt::LeftButton);
    auto* dialog = page.findChild<ImportDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->job() && dialog->job()->isFinished(), 15000);
    QCOMPARE(dialog->journalJobId(), mine);
    QVERIFY(m_fixture.demo()->userExists(u"HOST0001"_s));
    dialog->close();
    Bulk::JobJournal journal(ImportDialog::journalPath());
    QVERIFY(!journal.load(other)->summary.finished.isValid()); // untouched
}

// Rows sent without a usable answer are looked up once the job has sent everything: the
// verification stage is reached with unknown rows, and they end verified.
void TestImportDialog::unknownRowsAreVerifiedAfterTheJob()
{
    const QString path
        = writeFile(u"lost.csv"_s, "ownUserId,firstName\nLOST0001,A\nLOST0002,B\nLOST0003,C\n");
    ImportDialog dialog(m_fixture.client());
    dialog.show();
    QVERIFY(load(dialog, Bulk::Operation::CreateUsers, path));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.lookupState() != ImportDialog::LookupState::Running, 15000);
    m_fixture.demo()->setLostResponseRate(1.0);
    QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
    QVERIFY(dialog.startSending());
    int unknownWhenVerifying = -1;
    QString labelWhenVerifying;
    connect(dialog.job(), &Bulk::BulkRun::stageChanged, this, [&](Bulk::BulkRun::Stage stage) {
        if (stage != Bulk::BulkRun::Stage::Verifying)
            return;
        unknownWhenVerifying = dialog.job()->counts().unknown;
        m_fixture.demo()->setLostResponseRate(0);
    });
    // What the dialog shows while it looks the rows up (it updates on progressChanged).
    connect(dialog.job(), &Bulk::BulkRun::progressChanged, this, [&] {
        if (dialog.job()->stage() == Bulk::BulkRun::Stage::Verifying && labelWhenVerifying.isEmpty())
            labelWhenVerifying = dialog.findChild<QLabel*>(u"progressLabel"_s)->text();
    });
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 15000);
    QCOMPARE(unknownWhenVerifying, 3);
    QVERIFY2(labelWhenVerifying.contains(u"outcome is unknown"_s), qPrintable(labelWhenVerifying));
    QVERIFY(!dialog.isVerifying());
    QCOMPARE(dialog.job()->counts().succeeded, 3);
    QCOMPARE(dialog.resultsModel()->stateAt(0), Bulk::RowState::Succeeded);
    for (const char* id : { "LOST0001", "LOST0002", "LOST0003" })
        QCOMPARE(m_fixture.demo()->receipts().value(u"users.create:"_s + QLatin1StringView(id)), 1);
}

void TestImportDialog::openForFileDeletesItselfOnClose()
{
    const QString path = writeFile(u"dropped.csv"_s, "email\ndropped@example.com\n");
    QPointer<ImportDialog> dialog = ImportDialog::openForFile(m_fixture.client(), path);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->previewModel()->rowCount(), 1, 15000);
    QCOMPARE(dialog->filePath(), path);
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
}

void TestImportDialog::largeFileLoadsOffTheGuiThread()
{
    constexpr int rows = 50000;
    QByteArray csv = "ownUserId,firstName,lastName,email\n";
    csv.reserve(rows * 48);
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "BIG" + n + ",First" + n + ",Last,big" + n + "@example.com\n";
    }
    const QString path = writeFile(u"big.csv"_s, csv);
    ImportDialog dialog(m_fixture.client());
    QSignalSpy loaded(&dialog, &ImportDialog::loadingFinished);
    QElapsedTimer clock;
    clock.start();
    dialog.openFile(path);
    const qint64 callMs = clock.elapsed();
    QVERIFY(dialog.isLoading());
    // The event loop keeps turning while the worker reads: timers fire during the load.
    int ticks = 0;
    int ticksAtLoaded = -1;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    connect(&dialog, &ImportDialog::loadingFinished, this, [&] { ticksAtLoaded = ticks; });
    ticker.start(0); // every turn of the event loop
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);
    QVERIFY2(ticksAtLoaded > 0, "no timer fired while the file was read and validated");
    const qint64 loadMs = clock.elapsed();
    QVERIFY(loaded.constFirst().at(0).toBool());
    QCOMPARE(dialog.previewModel()->rowCount(), rows);
    QCOMPARE(dialog.previewModel()->validCount(), rows);
    // (How long openFile() took is logged below; the check is that it returned before the load.)
    // Editing one cell of a file this large validates that row alone.
    clock.restart();
    QVERIFY(dialog.previewModel()->setData(dialog.previewModel()->index(7, 0), QString())); // no ownUserId
    const qint64 editMs = clock.elapsed();
    QCOMPARE(dialog.previewModel()->invalidCount(), 1);
    qInfo("%d rows: openFile() returned in %lld ms, loaded and validated in %lld ms (%d timer ticks "
          "meanwhile); "
          "one edit revalidated in %lld ms",
        rows, callMs, loadMs, ticks, editMs);
}

void TestImportDialog::journallingAndStartingKeepTheEventLoopTicking()
{
    constexpr int rows = 20000;
    QByteArray csv = "ownUserId,firstName,lastName,email\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "TCK" + n + ",First" + n + ",Last,tck" + n + "@example.com\n";
    }
    ImportDialog dialog(m_fixture.client());
    dialog.show();
    QVERIFY(load(dialog, Bulk::Operation::CreateUsers, writeFile(u"ticks.csv"_s, csv)));
    QCOMPARE(dialog.previewModel()->validCount(), rows);
    QCOMPARE(dialog.lookupState(), ImportDialog::LookupState::NotChecked); // more than 500 rows

    QElapsedTimer gapClock;
    qint64 maxGap = 0;
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        maxGap = std::max(maxGap, gapClock.restart());
        ++ticks;
    });
    QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
    QElapsedTimer clock;
    clock.start();
    gapClock.start();
    ticker.start(10);
    QVERIFY(dialog.startSending());
    const qint64 callMs = clock.elapsed();
    QVERIFY(dialog.isPreparingJob());
    // Nothing is sent while the job is written to the journal.
    const int requestsBefore = m_fixture.demo()->requestCount();
    bool sentWhileJournalling = false;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&] {
        if (dialog.isPreparingJob() && m_fixture.demo()->requestCount() != requestsBefore)
            sentWhileJournalling = true;
    });
    watcher.start(5);
    ticks = 0;
    int ticksWhileJournalling = -1;
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreparingJob() && (ticksWhileJournalling = ticks) >= 0, 30000);
    watcher.stop();
    QVERIFY(!sentWhileJournalling);
    const qint64 journalledMs = clock.elapsed();
    QVERIFY(dialog.journalJobId() >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.job()->progress().done >= 1000, 60000);
    const qint64 gapWhileStarting = maxGap;
    ticker.stop();
    // Order, not wall time (a shared machine under ASan stalls any thread now and then): the
    // event loop kept turning while a worker wrote 20,000 rows to the journal.
    QVERIFY2(ticksWhileJournalling > 0, "no timer fired while the job was journalled");
    qInfo("%d rows: startSending() returned in %lld ms, journalled and started after %lld ms; "
          "longest event-loop gap %lld ms",
        rows, callMs, journalledMs, gapWhileStarting);
    maxGap = 0;
    gapClock.restart();
    ticker.start(10);
    dialog.cancelSending();
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 60000);
    ticker.stop();
    qInfo("cancelling: longest event-loop gap %lld ms", maxGap);
    Bulk::JobJournal journal(ImportDialog::journalPath());
    const auto stored = journal.load(dialog.journalJobId());
    QVERIFY(stored.has_value());
    QCOMPARE(stored->rows.size(), rows);
}

void TestImportDialog::concurrencyIsASetting()
{
    QSettings().remove(u"import/concurrency"_s);
    {
        ImportDialog dialog(m_fixture.client());
        QCOMPARE(dialog.concurrency(), 4);
        auto* spin = dialog.findChild<QSpinBox*>(u"concurrencySpin"_s);
        QVERIFY(spin);
        QCOMPARE(spin->minimum(), 1);
        QCOMPARE(spin->maximum(), 8);
        spin->setValue(7);
    }
    QCOMPARE(QSettings().value(u"import/concurrency"_s).toInt(), 7);

    QByteArray csv = "ownUserId,firstName\n";
    for (int i = 0; i < 800; ++i)
        csv += "CNC" + QByteArray::number(i).rightJustified(4, '0') + ",X\n";
    ImportDialog dialog(m_fixture.client());
    QCOMPARE(dialog.concurrency(), 7);
    QVERIFY(load(dialog, Bulk::Operation::CreateUsers, writeFile(u"users-concurrency.csv"_s, csv)));
    const int before = m_fixture.client()->maxInFlight();
    QCOMPARE(before, 4);
    m_fixture.demo()->setLatencyMs(200);
    QSignalSpy sent(&dialog, &ImportDialog::sendingFinished);
    QVERIFY(dialog.startSending());
    // The client lets the job's 7 chunks go at once while it runs, and goes back afterwards.
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.client()->maxInFlight(), 7, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.client()->inFlight() > 4, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 30000);
    QCOMPARE(m_fixture.client()->maxInFlight(), before);
    QCOMPARE(Bulk::countStates(dialog.job()->results()).succeeded, 800);
    QSettings().remove(u"import/concurrency"_s);
}

void TestImportDialog::summarySaysWhatWillHappenToUsers()
{
    // EMP00020 exists in the demo; the two others do not.
    const QString path
        = writeFile(u"users-summary.csv"_s, "ownUserId,firstName\nSUM0001,A\nEMP00020,B\nSUM0002,C\n");
    ImportDialog dialog(m_fixture.client());
    QVERIFY(load(dialog, Bulk::Operation::CreateUsers, path));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.lookupState(), ImportDialog::LookupState::Checked, 15000);
    QVERIFY2(dialog.summaryText().contains(u"2 will be created"_s), qPrintable(dialog.summaryText()));
    QVERIFY2(dialog.summaryText().contains(u"1 already exist"_s), qPrintable(dialog.summaryText()));

    // The same rows to update: known from the same lookup.
    QSignalSpy loaded(&dialog, &ImportDialog::loadingFinished);
    dialog.setOperation(Bulk::Operation::UpdateUsers);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.lookupState(), ImportDialog::LookupState::Checked, 15000);
    QVERIFY2(dialog.summaryText().contains(u"1 will be updated"_s), qPrintable(dialog.summaryText()));
    QVERIFY2(dialog.summaryText().contains(u"2 not found"_s), qPrintable(dialog.summaryText()));

    // A server error stops the lookup: not checked.
    m_fixture.demo()->setFailRate(1.0);
    ImportDialog failing(m_fixture.client());
    QVERIFY(load(failing, Bulk::Operation::DeleteUsers, path));
    QTRY_COMPARE_WITH_TIMEOUT(failing.lookupState(), ImportDialog::LookupState::NotChecked, 15000);
    QVERIFY2(failing.summaryText().contains(u"not checked"_s), qPrintable(failing.summaryText()));
    m_fixture.demo()->setFailRate(0);
}

void TestImportDialog::summarySaysWhatWillHappenToMembers()
{
    // One member of the project and one newcomer.
    const QString member = m_fixture.demo()->memberEmails().constFirst();
    const QString path = writeFile(u"members-summary.csv"_s,
        "email,firstName\n" + member.toUtf8() + ",Jae\nnew.member@example.com,Mi\n");
    ImportDialog dialog(m_fixture.client());
    QVERIFY(load(dialog, Bulk::Operation::InviteMembers, path));
    QCOMPARE(dialog.lookupState(), ImportDialog::LookupState::Checked); // before validating
    QVERIFY2(dialog.summaryText().contains(u"1 will be invited"_s), qPrintable(dialog.summaryText()));
    QVERIFY2(dialog.summaryText().contains(u"1 already member"_s), qPrintable(dialog.summaryText()));
    QCOMPARE(dialog.previewModel()->warningCount(), 1); // "already a member"

    QSignalSpy loaded(&dialog, &ImportDialog::loadingFinished);
    dialog.setOperation(Bulk::Operation::RemoveMembers);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QVERIFY2(dialog.summaryText().contains(u"1 will be removed"_s), qPrintable(dialog.summaryText()));
    QVERIFY2(dialog.summaryText().contains(u"1 not found"_s), qPrintable(dialog.summaryText()));
}

// A look-up on a slow server says how far it is: users one by one (four at a time), members by
// the page.
void TestImportDialog::longLookUpsShowACount()
{
    const QString path = writeFile(u"users-count.csv"_s,
        "ownUserId,firstName\nCNT0001,A\nCNT0002,B\nCNT0003,C\nCNT0004,D\nCNT0005,E\nCNT0006,F\n");
    m_fixture.demo()->setLatencyMs(300);
    ImportDialog dialog(m_fixture.client());
    QVERIFY(load(dialog, Bulk::Operation::CreateUsers, path));
    QCOMPARE(dialog.lookupState(), ImportDialog::LookupState::Running);
    const auto counted = [](int done, int total) {
        return ImportDialog::tr("Looking up existing users… %1 of %2").arg(done).arg(total);
    };
    QVERIFY2(dialog.summaryText().contains(counted(0, 6)), qPrintable(dialog.summaryText()));
    // The first four answers arrive, the last two are on their way.
    QTRY_VERIFY2_WITH_TIMEOUT(
        dialog.summaryText().contains(counted(4, 6)), qPrintable(dialog.summaryText()), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.lookupState(), ImportDialog::LookupState::Checked, 15000);
    QVERIFY2(dialog.summaryText().contains(u"6 will be created"_s), qPrintable(dialog.summaryText()));
    m_fixture.demo()->setLatencyMs(0);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
