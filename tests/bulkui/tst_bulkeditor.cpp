// The bulk editors: a grid per bulk operation where rows are typed (the last line adds a row),
// inserted, deleted, pasted (with a header in any order, or in the template's order), found and
// replaced, each change one undo step; every cell validated as it changes (with an accessible
// description of its problem); sent through the bulk engine with each row's result in the grid,
// succeeded rows read only and failed rows fixed and sent again alone; a groups editor seeded
// from agents selected on the agents page that sends only the rows that changed; rows kept when
// the editor closes unsent. Real widgets on the offscreen platform, against the demo backend.

#include "agentlistmodel.h"
#include "agentsortproxy.h"
#include "agentspage.h"
#include "bulkeditordialog.h"
#include "bulkrun.h"
#include "confirm.h"
#include "demofixture.h"
#include "filedialogs.h"
#include "gridediting.h"
#include "importdialog.h"
#include "importpreviewmodel.h"
#include "testtools.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using Alli::Testing::DemoFixture;

namespace
{
constexpr auto Report = QAbstractItemModelTester::FailureReportingMode::QtTest;
constexpr int kWait = 15000;
}

class TestBulkEditor : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_fx;

    std::unique_ptr<BulkEditorDialog> open(Bulk::Operation op)
    {
        auto dialog = std::make_unique<BulkEditorDialog>(m_fx.client(), op);
        new QAbstractItemModelTester(dialog->model(), Report, dialog.get());
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        return dialog;
    }

    static int column(BulkEditorDialog* dialog, const QString& name)
    {
        const ImportPreviewModel* model = dialog->model();
        for (int c = 0; c < model->problemsColumn(); ++c) {
            if (model->headerData(c, Qt::Horizontal, ImportPreviewModel::ColumnNameRole).toString() == name)
                return c;
        }
        return -1;
    }

    // Closed without keeping its rows (the question is answered "no").
    static void closeEditor(BulkEditorDialog* dialog)
    {
        Confirm::setNextAnswer(false);
        dialog->close();
    }
    static void closeEditor(const std::unique_ptr<BulkEditorDialog>& dialog) { closeEditor(dialog.get()); }

    static QString cell(BulkEditorDialog* dialog, int row, int column)
    {
        return dialog->model()->index(row, column).data(Qt::EditRole).toString();
    }

    // Types `text` into a cell as a user does: the editor opens, the text goes in, Enter commits.
    static bool typeInto(BulkEditorDialog* dialog, int row, int column, const QString& text)
    {
        QTableView* view = dialog->view();
        const QModelIndex index = dialog->model()->index(row, column);
        view->setCurrentIndex(index);
        view->edit(index);
        auto* editor = view->viewport()->findChild<QLineEdit*>();
        if (!editor)
            return false;
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the journal and the kept rows
        Demo::DemoOptions options;
        options.agentCount = 40;
        QVERIFY(m_fx.start(options));
    }

    void cleanupTestCase() { QFile::remove(ImportDialog::journalPath()); }

    void init() { m_fx.demo()->setCaptureRequests(false); }

    void typingInTheLastLineAddsARowAndUndoTakesItAway()
    {
        auto dialog = open(Bulk::Operation::CreateUsers);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), kWait);
        ImportPreviewModel* model = dialog->model();
        QCOMPARE(model->dataRowCount(), 0);
        QCOMPARE(model->rowCount(), 1); // the new-row line
        QCOMPARE(model->headerData(0, Qt::Vertical).toString(), u"*"_s);
        const int id = column(dialog.get(), u"ownUserId"_s);
        QVERIFY(id >= 0);

        QVERIFY(typeInto(dialog.get(), 0, id, u"TYPED1"_s));
        QTRY_COMPARE(model->dataRowCount(), 1);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(cell(dialog.get(), 0, id), u"TYPED1"_s);
        QCOMPARE(model->headerData(0, Qt::Vertical).toInt(), 1);
        QCOMPARE(model->index(0, model->resultColumn()).data().toString(), u"Ready to send"_s);
        QCOMPARE(dialog->rowsToSend(), QList<int>({ 0 }));

        // A second row typed below; then undo twice: both rows go, one step each.
        QVERIFY(typeInto(dialog.get(), 1, id, u"TYPED2"_s));
        QTRY_COMPARE(model->dataRowCount(), 2);
        dialog->gridEditing()->undoStack()->undo();
        QCOMPARE(model->dataRowCount(), 1);
        dialog->gridEditing()->undoStack()->undo();
        QCOMPARE(model->dataRowCount(), 0);
        QCOMPARE(model->rowCount(), 1);
        dialog->gridEditing()->undoStack()->redo();
        QCOMPARE(model->dataRowCount(), 1);
        QCOMPARE(cell(dialog.get(), 0, id), u"TYPED1"_s);
        closeEditor(dialog);
    }

    void rowsAreInsertedAndDeletedWithUndo()
    {
        auto dialog = open(Bulk::Operation::CreateUsers);
        QVERIFY(dialog);
        ImportPreviewModel* model = dialog->model();
        const int id = column(dialog.get(), u"ownUserId"_s);
        dialog->appendRows({ { u"R1"_s }, { u"R2"_s }, { u"R3"_s } });
        QCOMPARE(model->dataRowCount(), 3);
        QCOMPARE(cell(dialog.get(), 2, id), u"R3"_s);

        // Insert above the second row: an empty row, neither sent nor a problem.
        dialog->view()->setCurrentIndex(model->index(1, id));
        QVERIFY(dialog->gridEditing()->insertRows());
        QCOMPARE(model->dataRowCount(), 4);
        QCOMPARE(cell(dialog.get(), 1, id), QString());
        QCOMPARE(cell(dialog.get(), 2, id), u"R2"_s);
        QCOMPARE(model->blankCount(), 1);
        QCOMPARE(model->invalidCount(), 0);
        QCOMPARE(dialog->rowsToSend(), QList<int>({ 0, 2, 3 }));

        // Duplicates follow the rows: a copy of R3 typed in the blank row is an error on both
        // sides only after; deleting it clears the error again.
        QVERIFY(dialog->gridEditing()->edit({ { 1, id, u"R3"_s } }, u"test"_s));
        QVERIFY(!model->rowAt(3).isValid() || !model->rowAt(1).isValid());
        dialog->view()->selectionModel()->clearSelection();
        dialog->view()->setCurrentIndex(model->index(1, id));
        QVERIFY(dialog->gridEditing()->deleteRows());
        QCOMPARE(model->dataRowCount(), 3);
        QCOMPARE(model->invalidCount(), 0);
        QCOMPARE(cell(dialog.get(), 1, id), u"R2"_s);

        // Two rows deleted at once, then brought back by undo with their cells.
        QItemSelectionModel* selection = dialog->view()->selectionModel();
        selection->select(model->index(0, id), QItemSelectionModel::ClearAndSelect);
        selection->select(model->index(2, id), QItemSelectionModel::Select);
        QVERIFY(dialog->gridEditing()->deleteRows());
        QCOMPARE(model->dataRowCount(), 1);
        QCOMPARE(cell(dialog.get(), 0, id), u"R2"_s);
        dialog->gridEditing()->undoStack()->undo();
        QCOMPARE(model->dataRowCount(), 3);
        QCOMPARE(cell(dialog.get(), 0, id), u"R1"_s);
        QCOMPARE(cell(dialog.get(), 1, id), u"R2"_s);
        QCOMPARE(cell(dialog.get(), 2, id), u"R3"_s);
        closeEditor(dialog);
    }

    void pastedRowsAreMappedByTheirHeader()
    {
        auto dialog = open(Bulk::Operation::CreateUsers);
        QVERIFY(dialog);
        ImportPreviewModel* model = dialog->model();
        const int id = column(dialog.get(), u"ownUserId"_s);
        const int email = column(dialog.get(), u"email"_s);
        QSignalSpy added(dialog.get(), &BulkEditorDialog::rowsAdded);

        // Columns in another order, a Korean header name, and a column this change has no use for.
        dialog->pasteRows(u"이메일\townUserId\tnotes\r\nmina@example.com\tKPASTE1\tcall back\r\n"
                          "joon@example.com\tKPASTE2\t\r\n"_s);
        QVERIFY(added.wait(kWait));
        QCOMPARE(added.first().at(0).toInt(), 2);
        QCOMPARE(model->dataRowCount(), 2);
        QCOMPARE(cell(dialog.get(), 0, id), u"KPASTE1"_s);
        QCOMPARE(cell(dialog.get(), 0, email), u"mina@example.com"_s);
        QCOMPARE(cell(dialog.get(), 1, id), u"KPASTE2"_s);
        QVERIFY2(dialog->messageText().contains(u"notes"_s), qPrintable(dialog->messageText()));

        // Without a header: the template's order, after the rows already there.
        dialog->pasteRows(u"KPASTE3\tHana\tLee\thana@example.com\r\n"_s);
        QVERIFY(added.wait(kWait));
        QCOMPARE(model->dataRowCount(), 3);
        QCOMPARE(cell(dialog.get(), 2, id), u"KPASTE3"_s);
        QCOMPARE(cell(dialog.get(), 2, email), u"hana@example.com"_s);

        // Undo takes the whole paste away.
        dialog->gridEditing()->undoStack()->undo();
        QCOMPARE(model->dataRowCount(), 2);

        // Something that is not a table is refused with the reason, and nothing is added.
        dialog->pasteRows(QString());
        QVERIFY(added.wait(kWait));
        QCOMPARE(added.last().at(0).toInt(), 0);
        QVERIFY(dialog->messageText().startsWith(u"Nothing was pasted"_s));
        QCOMPARE(model->dataRowCount(), 2);

        // The pasted rows are sent like typed ones, and are on the server after.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), kWait);
        QSignalSpy finished(dialog.get(), &BulkEditorDialog::sendingFinished);
        QVERIFY(dialog->send());
        QVERIFY(finished.wait(kWait));
        QCOMPARE(model->resultAt(0)->state, Bulk::RowState::Succeeded);
        QCOMPARE(model->resultAt(1)->state, Bulk::RowState::Succeeded);
        QVERIFY(m_fx.demo()->userExists(u"KPASTE1"_s));
        QCOMPARE(m_fx.demo()->user(u"KPASTE2"_s).value(u"email").toString(), u"joon@example.com"_s);
        QVERIFY(!m_fx.demo()->userExists(u"KPASTE3"_s)); // undone before sending
        closeEditor(dialog);
    }

    void findAndReplaceIsOneUndoStep()
    {
        auto dialog = open(Bulk::Operation::CreateUsers);
        QVERIFY(dialog);
        const int email = column(dialog.get(), u"email"_s);
        dialog->appendRows({ { u"F1"_s, {}, {}, u"a@old.example"_s }, { u"F2"_s, {}, {}, u"b@OLD.example"_s },
            { u"F3"_s, {}, {}, u"c@new.example"_s } });
        GridEditing* editing = dialog->gridEditing();
        QVERIFY(editing->findNext(u"old.example"_s));
        QCOMPARE(dialog->view()->currentIndex(), dialog->model()->index(0, email));
        QVERIFY(editing->findNext(u"old.example"_s));
        QCOMPARE(dialog->view()->currentIndex().row(), 1); // case-insensitive by default
        QCOMPARE(editing->replaceAll(u"old.example"_s, u"corp.example"_s), 2);
        QCOMPARE(cell(dialog.get(), 0, email), u"a@corp.example"_s);
        QCOMPARE(cell(dialog.get(), 1, email), u"b@corp.example"_s);
        QCOMPARE(cell(dialog.get(), 2, email), u"c@new.example"_s);
        editing->undoStack()->undo();
        QCOMPARE(cell(dialog.get(), 0, email), u"a@old.example"_s);
        QCOMPARE(cell(dialog.get(), 1, email), u"b@OLD.example"_s);
        QVERIFY(!editing->findNext(u"nowhere"_s));
        QVERIFY(editing->lastMessage().contains(u"nowhere"_s));
        closeEditor(dialog);
    }

    void eachRowsResultIsShownAndFailedRowsAreSentAgainAlone()
    {
        QVERIFY(m_fx.demo()->userExists(u"EMP00001"_s));
        auto dialog = open(Bulk::Operation::CreateUsers);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), kWait);
        ImportPreviewModel* model = dialog->model();
        const int id = column(dialog.get(), u"ownUserId"_s);
        dialog->appendRows({ { u"EMP00001"_s, u"Taken"_s }, { u"EDIT-NEW-1"_s, u"Mina"_s } });
        QCOMPARE(dialog->rowsToSend(), QList<int>({ 0, 1 }));
        auto* send = dialog->findChild<QPushButton*>(u"sendButton"_s);
        QVERIFY(send);
        QTRY_VERIFY(send->isEnabled()); // the summary and buttons follow on the next turn

        QSignalSpy finished(dialog.get(), &BulkEditorDialog::sendingFinished);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(dialog->isSending());
        QVERIFY(!(model->flags(model->index(0, id)) & Qt::ItemIsEditable)); // waiting for its answer
        QCOMPARE(model->index(0, model->resultColumn()).data().toString(), u"Sending…"_s);
        QVERIFY(finished.wait(kWait));

        QCOMPARE(model->resultAt(0)->state, Bulk::RowState::Failed);
        QVERIFY2(model->index(0, model->resultColumn()).data().toString().contains(u"already exists"_s),
            qPrintable(model->index(0, model->resultColumn()).data().toString()));
        QCOMPARE(
            model->index(0, 0).data(ImportPreviewModel::RowStateRole).toInt(), int(Bulk::RowState::Failed));
        QCOMPARE(model->resultAt(1)->state, Bulk::RowState::Succeeded);
        QVERIFY(m_fx.demo()->userExists(u"EDIT-NEW-1"_s));
        QCOMPARE(dialog->run()->source().file, QString(Bulk::kBulkEditorSource)); // in no language
        QVERIFY(!(model->flags(model->index(1, id)) & Qt::ItemIsEditable)); // done: read only
        QVERIFY(model->flags(model->index(0, id)) & Qt::ItemIsEditable); // to be fixed
        QVERIFY(!dialog->gridEditing()->edit({ { 1, id, u"CHANGED"_s } }, u"test"_s));
        QVERIFY2(
            dialog->summaryText().contains(u"1 succeeded"_s) && dialog->summaryText().contains(u"1 failed"_s),
            qPrintable(dialog->summaryText()));

        // Fixed in place: the result goes (the row says something new), and only it is sent.
        QVERIFY(dialog->gridEditing()->edit({ { 0, id, u"EDIT-NEW-2"_s } }, u"fix"_s));
        QVERIFY(!model->resultAt(0));
        QCOMPARE(dialog->rowsToSend(), QList<int>({ 0 }));
        QTRY_VERIFY(send->text().contains(u'1'));
        m_fx.demo()->setCaptureRequests(true);
        QVERIFY(dialog->send());
        QVERIFY(finished.wait(kWait));
        QCOMPARE(model->resultAt(0)->state, Bulk::RowState::Succeeded);
        QVERIFY(m_fx.demo()->userExists(u"EDIT-NEW-2"_s));
        int bulkPosts = 0;
        for (const Demo::CapturedRequest& request : m_fx.demo()->capturedRequests()) {
            if (!request.path.contains(u"users/bulk"_s))
                continue;
            ++bulkPosts;
            QVERIFY2(!request.body.contains("EDIT-NEW-1"), request.body.constData()); // not sent twice
        }
        QCOMPARE(bulkPosts, 1);
        QVERIFY(dialog->rowsToSend().isEmpty());
        QTRY_VERIFY(!send->isEnabled());
        QVERIFY(!dialog->hasUnsentRows());
        closeEditor(dialog);
    }

    void groupsEditorSeededFromTheSelectionSendsOnlyChangedRows()
    {
        AgentsPage page(m_fx.client());
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activate();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->atEnd() && !page.model()->isLoading(), kWait);
        QTableView* view = page.view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
            view->visualRect(page.proxy()->index(0, int(AgentListModel::Column::Name))).center());
        view->scrollTo(page.proxy()->index(29, int(AgentListModel::Column::Name)));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
            view->visualRect(page.proxy()->index(29, int(AgentListModel::Column::Name))).center());
        QStringList emails;
        for (int row : page.selectedSourceRows())
            emails.append(page.model()->emailAt(row));
        QCOMPARE(emails.size(), 30);

        auto* button = page.findChild<QPushButton*>(u"editGroupsInBulkButton"_s);
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = page.findChild<BulkEditorDialog*>();
        QVERIFY(dialog);
        new QAbstractItemModelTester(dialog->model(), Report, dialog);
        QCOMPARE(dialog->operation(), Bulk::Operation::UpdateMemberGroups);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), kWait);
        ImportPreviewModel* model = dialog->model();
        QCOMPARE(model->dataRowCount(), 30);
        const int email = column(dialog, u"email"_s);
        const int groups = column(dialog, u"groups"_s);
        for (int r = 0; r < 30; ++r) {
            const QString e = cell(dialog, r, email);
            QVERIFY(emails.contains(e));
            const auto agent = m_fx.demo()->agentByEmail(e);
            QStringList names;
            for (const QString& groupId : agent->groupIds)
                names.append(m_fx.demo()->groupById(groupId)->name);
            QStringList shown = cell(dialog, r, groups).split(u';', Qt::SkipEmptyParts);
            std::sort(names.begin(), names.end());
            std::sort(shown.begin(), shown.end());
            QCOMPARE(shown, names); // what each agent is in now
        }
        QCOMPARE(model->unchangedCount(), 30);
        QVERIFY(dialog->rowsToSend().isEmpty());
        QVERIFY(dialog->gridEditing()->undoStack()->count() == 0); // the seed is not an edit

        // Two agents get a group of their own; the other 28 stay as they are and are not sent.
        const QString target = m_fx.demo()->groups().last().name;
        const QString targetId = m_fx.demo()->groups().last().id;
        const QString changed = cell(dialog, 1, email);
        const QString changed2 = cell(dialog, 17, email);
        QStringList others;
        for (int r = 0; r < 30; ++r) {
            if (r != 1 && r != 17)
                others.append(cell(dialog, r, email));
        }
        QVERIFY(dialog->gridEditing()->edit({ { 1, groups, target }, { 17, groups, target } }, u"test"_s));
        QVERIFY(model->index(1, groups).data(Qt::FontRole).value<QFont>().bold()); // what will be sent
        QCOMPARE(dialog->rowsToSend(), QList<int>({ 1, 17 }));
        dialog->gridEditing()->undoStack()->undo();
        QVERIFY(dialog->rowsToSend().isEmpty());
        dialog->gridEditing()->undoStack()->redo();
        QCOMPARE(dialog->rowsToSend(), QList<int>({ 1, 17 }));
        m_fx.demo()->setCaptureRequests(true);
        QSignalSpy finished(dialog, &BulkEditorDialog::sendingFinished);
        QVERIFY(dialog->send());
        QVERIFY(finished.wait(kWait));
        QCOMPARE(model->resultAt(1)->state, Bulk::RowState::Succeeded);
        QCOMPARE(model->resultAt(17)->state, Bulk::RowState::Succeeded);
        QVERIFY(!model->resultAt(0)); // unchanged: never sent
        QCOMPARE(m_fx.demo()->agentByEmail(changed)->groupIds, QStringList({ targetId }));
        QCOMPARE(m_fx.demo()->agentByEmail(changed2)->groupIds, QStringList({ targetId }));
        for (const Demo::CapturedRequest& request : m_fx.demo()->capturedRequests()) {
            for (const QString& other : others)
                QVERIFY2(!request.body.contains(other.toUtf8()), request.body.constData());
        }
        closeEditor(dialog);
    }

    void problemsHaveAnAccessibleDescriptionAndPasswordsAreMasked()
    {
        auto dialog = open(Bulk::Operation::CreateAgents);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), kWait);
        ImportPreviewModel* model = dialog->model();
        const int email = column(dialog.get(), u"email"_s);
        const int password = column(dialog.get(), u"password"_s);
        const int locale = column(dialog.get(), u"locale"_s);
        const int group = column(dialog.get(), u"group"_s);
        dialog->appendRows({ { u"new.agent@example.com"_s, u"Secret-Pass-99"_s, u"klingon"_s, QString() } });
        QCOMPARE(model->index(0, password).data(Qt::DisplayRole).toString(), u"••••••••"_s);
        QCOMPARE(model->index(0, password).data(Qt::EditRole).toString(), u"Secret-Pass-99"_s);
        QVERIFY(model->index(0, locale).data(ImportPreviewModel::CellErrorRole).toBool());

        // A screen reader hears the problem after the cell's text.
        QAccessibleInterface* table = QAccessible::queryAccessibleInterface(dialog->view());
        QVERIFY(table && table->tableInterface());
        QAccessibleInterface* bad = table->tableInterface()->cellAt(0, locale);
        QVERIFY(bad);
        QVERIFY2(bad->text(QAccessible::Description).contains(u"klingon"_s),
            qPrintable(bad->text(QAccessible::Description)));
        QAccessibleInterface* fine = table->tableInterface()->cellAt(0, email);
        QVERIFY(fine->text(QAccessible::Description).isEmpty());

        // F8 goes to it; the summary counts it.
        dialog->view()->setCurrentIndex(model->index(0, 0));
        QVERIFY(dialog->gridEditing()->goToProblem(true));
        QCOMPARE(dialog->view()->currentIndex(), model->index(0, locale));
        QVERIFY2(dialog->summaryText().contains(u"1 with problems"_s), qPrintable(dialog->summaryText()));

        // Cell editors: a choice list for the locale, a password field, the project's groups.
        dialog->view()->edit(model->index(0, locale));
        auto* combo = dialog->view()->viewport()->findChild<QComboBox*>();
        QVERIFY(combo);
        QVERIFY(combo->findText(u"ko"_s) >= 0 && combo->findText(u"ja"_s) >= 0);
        combo->setCurrentText(u"ja"_s);
        QTest::keyClick(combo, Qt::Key_Return);
        QTRY_COMPARE(cell(dialog.get(), 0, locale), u"ja"_s);
        QVERIFY(!model->index(0, locale).data(ImportPreviewModel::CellErrorRole).toBool());

        dialog->view()->edit(model->index(0, password));
        QLineEdit* secret = nullptr;
        QTRY_VERIFY((secret = dialog->view()->viewport()->findChild<QLineEdit*>()));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClick(secret, Qt::Key_Escape);

        QTRY_VERIFY(!dialog->view()->viewport()->findChild<QLineEdit*>());
        dialog->view()->edit(model->index(0, group));
        QLineEdit* groupEdit = nullptr;
        QTRY_VERIFY((groupEdit = dialog->view()->viewport()->findChild<QLineEdit*>()));
        QVERIFY(groupEdit->completer());
        auto* names = qobject_cast<QStringListModel*>(groupEdit->completer()->model());
        QVERIFY(names);
        QCOMPARE(names->stringList(), dialog->groupNames());
        QCOMPARE(dialog->groupNames().size(), m_fx.demo()->groups().size());
        QTest::keyClick(groupEdit, Qt::Key_Escape);

        // "Save rows…" writes on a worker (the dialog says so at once), and saved rows never
        // hold the password.
        const QString path = QDir::temp().filePath(u"alli-editor-save.csv"_s);
        QFile::remove(path);
        QSignalSpy savedSpy(dialog.get(), &BulkEditorDialog::fileSaved);
        const auto answered = Testing::answerNextFileDialog(path);
        QTest::mouseClick(dialog->findChild<QToolButton*>(u"saveCsvButton"_s), Qt::LeftButton);
        QVERIFY(*answered);
        QVERIFY2(dialog->messageText().startsWith(u"Saving the rows"_s), qPrintable(dialog->messageText()));
        QTRY_COMPARE_WITH_TIMEOUT(savedSpy.count(), 1, 15000);
        QCOMPARE(savedSpy.constFirst().at(1).toString(), QString());
        QVERIFY2(dialog->messageText().startsWith(u"Saved the rows"_s), qPrintable(dialog->messageText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("new.agent@example.com"));
        QVERIFY(!saved.contains("Secret-Pass-99"));
        file.remove();
        closeEditor(dialog);
    }

    // "Add rows from a file" takes an Excel workbook as it takes a CSV file: the first sheet with
    // data, its header found below a title row, IDs with their leading zeros, a formula's cached
    // value; an old .xls is refused with the way out, nothing added.
    void workbooksAreOpenedLikeCsvFiles()
    {
        QTemporaryDir dir;
        QVERIFY(Testing::makeWorkbooks(dir.path()));
        auto members = open(Bulk::Operation::InviteMembers);
        QVERIFY(members);
        QTRY_VERIFY_WITH_TIMEOUT(!members->isLoading(), kWait);
        QSignalSpy added(members.get(), &BulkEditorDialog::rowsAdded);
        members->openCsv(dir.filePath(u"xlsxwriter.xlsx"_s));
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, kWait);
        QCOMPARE(added.constFirst().at(0).toInt(), 2);
        const int email = column(members.get(), u"email"_s);
        const int firstName = column(members.get(), u"firstName"_s);
        QVERIFY(email >= 0 && firstName >= 0);
        QCOMPARE(cell(members.get(), 0, email), u"kim@example.com"_s);
        QCOMPARE(cell(members.get(), 0, firstName), u"김"_s);
        QCOMPARE(cell(members.get(), 1, firstName), u"さとう"_s);

        members->openCsv(dir.filePath(u"staff.xls"_s));
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 2, kWait);
        QCOMPARE(added.constLast().at(0).toInt(), 0);
        QVERIFY2(
            members->messageText().contains(u"staff.xls"_s) && members->messageText().contains(u".xlsx"_s),
            qPrintable(members->messageText()));
        QCOMPARE(members->model()->dataRowCount(), 2); // nothing added
        closeEditor(members);

        auto users = open(Bulk::Operation::CreateUsers);
        QVERIFY(users);
        QTRY_VERIFY_WITH_TIMEOUT(!users->isLoading(), kWait);
        QSignalSpy usersAdded(users.get(), &BulkEditorDialog::rowsAdded);
        users->openCsv(dir.filePath(u"staff.xlsx"_s));
        QTRY_COMPARE_WITH_TIMEOUT(usersAdded.count(), 1, kWait);
        QCOMPARE(usersAdded.constFirst().at(0).toInt(), 2);
        const int id = column(users.get(), u"ownUserId"_s);
        const int userEmail = column(users.get(), u"email"_s);
        QVERIFY(id >= 0 && userEmail >= 0);
        QCOMPARE(cell(users.get(), 0, id), u"00123"_s); // stored as text
        QCOMPARE(cell(users.get(), 1, id), u"00123"_s); // the number 123 shown as 00000
        QCOMPARE(cell(users.get(), 1, userEmail), u"hanako@example.jp"_s);
        closeEditor(users);
    }

    void unsentRowsAreKeptForNextTime()
    {
        QFile::remove(BulkEditorDialog::keptRowsPath(Bulk::Operation::DeleteUsers));
        {
            auto dialog = open(Bulk::Operation::DeleteUsers);
            QVERIFY(dialog);
            QVERIFY(!dialog->hasKeptRows());
            dialog->appendRows({ { u"KEEP-1"_s }, { u"KEEP-2"_s } });
            QVERIFY(dialog->hasUnsentRows());
            Confirm::setNextAnswer(true);
            dialog->reject();
            QVERIFY(Confirm::lastQuestion().contains(u"Keep"_s));
        }
        auto dialog = open(Bulk::Operation::DeleteUsers);
        QVERIFY(dialog);
        QVERIFY(dialog->hasKeptRows());
        auto* bar = dialog->findChild<QWidget*>(u"restoreBar"_s);
        QVERIFY(bar && bar->isVisible());
        QSignalSpy added(dialog.get(), &BulkEditorDialog::rowsAdded);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"restoreButton"_s), Qt::LeftButton);
        QVERIFY(added.wait(kWait));
        QCOMPARE(dialog->model()->dataRowCount(), 2);
        QCOMPARE(cell(dialog.get(), 1, 0), u"KEEP-2"_s);
        QVERIFY(!dialog->hasKeptRows());
        QVERIFY(!bar->isVisible());
        // Closed again without keeping: nothing is left behind.
        Confirm::setNextAnswer(false);
        dialog->reject();
        QVERIFY(!QFile::exists(BulkEditorDialog::keptRowsPath(Bulk::Operation::DeleteUsers)));
    }
};

QTEST_MAIN(TestBulkEditor)
#include "tst_bulkeditor.moc"
