// The Permission groups page and the New group dialog against the embedded demo backend through
// the real client: search, create, rename in place, re-permission with the diff confirmation,
// delete, the admin/default warnings, and the error banner.

#include "confirm.h"
#include "csvreader.h"
#include "demofixture.h"
#include "errorbanner.h"
#include "groupmembersmodel.h"
#include "newgroupdialog.h"
#include "permissiongroupmodel.h"
#include "permissiongroupspage.h"
#include "permissionmatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using Alli::Testing::DemoFixture;
using Alli::Testing::waitFor;

namespace
{

constexpr int kTimeout = 10000;

template<typename W> W* child(QObject* parent, const QString& name)
{
    W* w = parent->findChild<W*>(name);
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

// Toggles a check box in a view the way a keyboard user does: make it current, press Space.
void toggleWithSpace(QAbstractItemView* view, const QModelIndex& index)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_Space);
}

} // namespace

class TestGroupsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listShowsGroupsWithBadges();
    void searchIsServerSideAndDebounced();
    void createGroupWithPermissionsAndMembers();
    void renameInPlace();
    void adminGroupCannotBeRenamed();
    void applyShowsDiffAndUpdatesBackend();
    void dependencyGraphIsAdviceTheAdminCanOverrule();
    void deleteAsksWithMemberCount();
    void adminAndDefaultWarnings();
    void errorBanner_data();
    void errorBanner();

private:
    std::unique_ptr<PermissionGroupsPage> makePage(AlliClient* client = nullptr);
    void select(PermissionGroupsPage* page, const QString& name);
    void ensureQaGroup(const QString& name);

    DemoFixture m_fixture;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_matrixTester;
    std::unique_ptr<QAbstractItemModelTester> m_membersTester;
};

void TestGroupsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QLatin1StringView(kFollowDependenciesKey));
    Demo::DemoOptions options;
    options.agentCount = 300;
    options.userCount = 20;
    QVERIFY(m_fixture.start(options));
}

void TestGroupsPage::init()
{
    Confirm::setNextAnswer(std::nullopt);
    m_fixture.demo()->setFailRate(0.0);
    m_fixture.demo()->setLatencyMs(0);
    m_fixture.client()->setTransferTimeout(30000);
}

void TestGroupsPage::cleanup()
{
    m_listTester.reset();
    m_matrixTester.reset();
    m_membersTester.reset();
}

std::unique_ptr<PermissionGroupsPage> TestGroupsPage::makePage(AlliClient* client)
{
    auto page = std::make_unique<PermissionGroupsPage>(client ? client : m_fixture.client());
    m_listTester = std::make_unique<QAbstractItemModelTester>(
        page->groupModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_matrixTester = std::make_unique<QAbstractItemModelTester>(
        page->matrixModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_membersTester = std::make_unique<QAbstractItemModelTester>(
        page->membersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->resize(1200, 800);
    page->show();
    page->activate();
    return page;
}

// The group that newGroupByKeyboard() creates ("Edit skills" and "View skills", two members),
// under `name`: each test that uses it stands alone, whatever ran before it.
void TestGroupsPage::ensureQaGroup(const QString& name)
{
    if (m_fixture.demo()->groupByName(name))
        return;
    const QStringList emails = m_fixture.demo()->memberEmails();
    CreatePermissionGroupRequest request;
    request.name = name;
    request.agentIds = { m_fixture.demo()->agentByEmail(emails.at(0))->id,
        m_fixture.demo()->agentByEmail(emails.at(1))->id };
    request.permissions = { *permissionFromName(u"skill_read"_s), *permissionFromName(u"skill_write"_s) };
    auto created = waitFor(m_fixture.client()->createPermissionGroup(request));
    QVERIFY2(created->ok(), qPrintable(created->error().message()));
}

void TestGroupsPage::select(PermissionGroupsPage* page, const QString& name)
{
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kTimeout);
    const std::optional<Demo::GroupRecord> record = m_fixture.demo()->groupByName(name);
    QVERIFY2(record, qPrintable(name));
    QVERIFY(page->groupModel()->rowOfId(record->id) >= 0);
    page->selectGroup(record->id);
    QCOMPARE(page->currentGroupId(), record->id);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isMembersLoading(), kTimeout);
}

void TestGroupsPage::listShowsGroupsWithBadges()
{
    auto page = makePage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kTimeout);
    const QList<Demo::GroupRecord> groups = m_fixture.demo()->groups();
    QCOMPARE(page->groupModel()->rowCount(), int(groups.size()));
    const PermissionGroupModel* model = page->groupModel();
    const int admin = model->rowOfId(m_fixture.demo()->groupByName(u"Administrators"_s)->id);
    QCOMPARE(model->index(admin, int(PermissionGroupModel::Column::Badges)).data().toString(), u"Admin"_s);
    QCOMPARE(model->index(admin, int(PermissionGroupModel::Column::Members)).data().toInt(),
        int(m_fixture.demo()->groupByName(u"Administrators"_s)->agentIds.size()));
    const int def = model->rowOfId(m_fixture.demo()->groupByName(u"기본 그룹"_s)->id);
    QCOMPARE(model->index(def, int(PermissionGroupModel::Column::Badges)).data().toString(), u"Default"_s);

    // The view lists by order, unordered groups last.
    auto* view = child<QTableView>(page.get(), u"groupList"_s);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"Administrators"_s);
    QCOMPARE(view->model()->index(view->model()->rowCount() - 1, 0).data().toString(),
        u"監査担当 (読み取り専用)"_s);

    // Selecting a group loads its members (GET .../agents) and fills the matrix.
    select(page.get(), u"サポート担当"_s);
    const Demo::GroupRecord support = *m_fixture.demo()->groupByName(u"サポート担当"_s);
    QCOMPARE(page->membersModel()->rowCount(), int(support.agentIds.size()));
    QVERIFY(support.agentIds.contains(page->membersModel()->agentAt(0).id));
    QCOMPARE(page->matrixModel()->permissions().size(), support.permissions.size());
    QVERIFY(child<QLabel>(page.get(), u"groupMembersCaption"_s)
                ->text()
                .contains(QString::number(support.agentIds.size())));
    // Labels in the matrix, the wire name as tooltip.
    const QModelIndex conv = page->matrixModel()->permissionIndex(u"conversations_write"_s);
    QCOMPARE(conv.data().toString(), u"Edit conversations"_s);
    QCOMPARE(conv.data(Qt::ToolTipRole).toString().section(u'\n', 0, 0), u"conversations_write"_s);

    // A language switch re-renders everything in place and keeps the selection.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(page.get(), &change);
    QCOMPARE(page->currentGroupId(), support.id);
    QVERIFY(child<QLabel>(page.get(), u"groupTitle"_s)->text().contains(u"サポート担当"_s));
}

void TestGroupsPage::searchIsServerSideAndDebounced()
{
    auto page = makePage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kTimeout);
    const int before = m_fixture.demo()->requestCount();
    auto* search = child<QLineEdit>(page.get(), u"groupSearch"_s);
    page->focusFilter();
    QTest::keyClicks(search, u"admin"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page->groupModel()->rowCount(), 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kTimeout);
    QCOMPARE(page->groupModel()->groupAt(0).name, u"Administrators"_s);
    // Five key strokes, one request.
    QCOMPARE(m_fixture.demo()->requestCount() - before, 1);

    search->clear();
    QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, u"担当"_s, Qt::NoModifier);
    QTRY_COMPARE_WITH_TIMEOUT(page->groupModel()->rowCount(), 2, kTimeout);

    search->clear();
    QTest::keyClicks(search, u"zzz-nothing"_s);
    QTRY_COMPARE_WITH_TIMEOUT(page->groupModel()->rowCount(), 0, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(page.get(), u"groupListStatus"_s)->text().contains(u"zzz-nothing"_s), kTimeout);
}

void TestGroupsPage::createGroupWithPermissionsAndMembers()
{
    auto page = makePage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kTimeout);
    QTest::mouseClick(child<QPushButton>(page.get(), u"groupNew"_s), Qt::LeftButton);
    QPointer<NewGroupDialog> dialog = page->findChild<NewGroupDialog*>();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->matrix(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSearching() && !dialog->searchResults().isEmpty(), kTimeout);

    auto* ok = child<QPushButton>(dialog, u"createGroup"_s);
    QVERIFY(!ok->isEnabled()); // no name yet
    QTest::keyClicks(child<QLineEdit>(dialog, u"newGroupName"_s), u"QA Team"_s);
    QVERIFY(ok->isEnabled());

    // Permissions: "Edit skills" by keyboard pulls in "View skills".
    auto* matrixView = child<QTreeView>(dialog, u"newGroupMatrix"_s);
    toggleWithSpace(matrixView, dialog->matrix()->permissionIndex(u"skill_write"_s));
    QCOMPARE(dialog->matrix()->permissions(), (QStringList { u"skill_read"_s, u"skill_write"_s }));

    // Members: search by a part of an email, tick the first result with Space, add another.
    const AgentResponse first = dialog->searchResults().at(0);
    const AgentResponse second = dialog->searchResults().at(1);
    const QString fragment = first.email.section(u'@', 0, 0);
    QTest::keyClicks(child<QLineEdit>(dialog, u"agentSearch"_s), fragment);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSearching() && !dialog->searchResults().isEmpty()
            && std::all_of(dialog->searchResults().cbegin(), dialog->searchResults().cend(),
                [&](const AgentResponse& a) { return a.email.contains(fragment); }),
        kTimeout);
    auto* results = child<QListView>(dialog, u"agentResults"_s);
    int row = 0;
    while (dialog->searchResults().at(row).id != first.id)
        ++row;
    toggleWithSpace(results, results->model()->index(row, 0));
    dialog->addMember(second);
    QCOMPARE(dialog->memberIds().size(), 2);

    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.demo()->groupByName(u"QA Team"_s).has_value(), kTimeout);
    const Demo::GroupRecord created = *m_fixture.demo()->groupByName(u"QA Team"_s);
    QCOMPARE(created.permissions, (QStringList { u"skill_read"_s, u"skill_write"_s }));
    QCOMPARE(QSet<QString>(created.agentIds.cbegin(), created.agentIds.cend()),
        (QSet<QString> { first.id, second.id }));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), kTimeout);

    // The page shows and selects the new group.
    QCOMPARE(page->currentGroupId(), created.id);
    QTRY_COMPARE_WITH_TIMEOUT(page->membersModel()->rowCount(), 2, kTimeout);

    // Its members exported as a workbook: the two agents, as the table shows them, sheet named
    // after the group.
    auto* exportButton = page->findChild<QPushButton*>(u"exportMembersButton"_s);
    QVERIFY(exportButton && exportButton->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"members.xlsx"_s);
    QSignalSpy exported(page.get(), &PermissionGroupsPage::membersExported);
    page->exportMembers(path);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, kTimeout);
    QVERIFY2(exported.first().first().toBool(), qPrintable(exported.first().at(1).toString()));
    QVERIFY(exported.first().at(1).toString().contains(u"2 member"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto read = Bulk::CsvReader::read(file.readAll());
    QVERIFY(std::holds_alternative<Bulk::CsvTable>(read));
    const Bulk::CsvTable& table = std::get<Bulk::CsvTable>(read);
    QCOMPARE(table.sheet, u"QA Team"_s);
    QCOMPARE(table.header, (QStringList { u"id"_s, u"firstName"_s, u"lastName"_s, u"email"_s }));
    QCOMPARE(table.rowCount(), 2);
    const QSet<QString> ids { table.cell(0, 0).toString(), table.cell(1, 0).toString() };
    QCOMPARE(ids, (QSet<QString> { first.id, second.id }));
    QCOMPARE(table.cell(0, 3), page->membersModel()->agentAt(0).email);
    // A folder that does not exist: said in the banner, nothing written.
    page->exportMembers(dir.filePath(u"missing/members.xlsx"_s));
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, kTimeout);
    QVERIFY(!exported.at(1).first().toBool());
    QVERIFY(page->banner()->text().contains(u"missing"_s));

    // A second group with the same name: the server refuses, the dialog stays with its banner.
    NewGroupDialog again(m_fixture.client());
    again.setName(u"qa team"_s);
    again.accept();
    QTRY_VERIFY_WITH_TIMEOUT(!again.isSubmitting(), kTimeout);
    QVERIFY(again.banner()->isShowingError());
    QVERIFY(again.banner()->text().contains(u"already exists"_s));
}

void TestGroupsPage::renameInPlace()
{
    if (!m_fixture.demo()->groupByName(u"QA 품질팀"_s))
        ensureQaGroup(u"QA Team"_s);
    else if (!m_fixture.demo()->groupByName(u"QA Team"_s))
        QVERIFY(waitFor(m_fixture.client()->renamePermissionGroup(
                            m_fixture.demo()->groupByName(u"QA 품질팀"_s)->id, u"QA Team"_s))
                    ->ok());
    auto page = makePage();
    select(page.get(), u"QA Team"_s);
    const QString id = page->currentGroupId();
    auto* view = child<QTableView>(page.get(), u"groupList"_s);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    QLineEdit* editor = nullptr;
    QTRY_VERIFY((editor = view->viewport()->findChild<QLineEdit*>()) && editor->isVisible());
    QCOMPARE(editor->text(), u"QA Team"_s);
    editor->selectAll();
    QTest::keyClicks(editor, u"QA "_s);
    QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, u"품질팀"_s, Qt::NoModifier);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.demo()->groupById(id)->name, u"QA 품질팀"_s, kTimeout);
    QCOMPARE(page->groupModel()->groupAt(page->groupModel()->rowOfId(id)).name, u"QA 품질팀"_s);
    QTRY_VERIFY(child<QLabel>(page.get(), u"groupTitle"_s)->text().contains(u"QA 품질팀"_s));

    // The Rename button opens the same editor.
    QTest::mouseClick(child<QPushButton>(page.get(), u"groupRename"_s), Qt::LeftButton);
    QTRY_VERIFY((editor = view->viewport()->findChild<QLineEdit*>()) && editor->isVisible());
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(m_fixture.demo()->groupById(id)->name, u"QA 품질팀"_s);
}

// The administrators group "cannot be deleted or edited", rename included (Alli's user guide):
// neither the Rename button nor F2 offers it, and nothing is sent.
void TestGroupsPage::adminGroupCannotBeRenamed()
{
    auto page = makePage();
    select(page.get(), u"Administrators"_s);
    auto* rename = child<QPushButton>(page.get(), u"groupRename"_s);
    QVERIFY(!rename->isEnabled());
    QVERIFY(!rename->toolTip().isEmpty());
    auto* view = child<QTableView>(page.get(), u"groupList"_s);
    view->setFocus();
    const int before = m_fixture.demo()->requestCount();
    QTest::keyClick(view, Qt::Key_F2);
    QTest::qWait(100);
    QVERIFY(!view->viewport()->findChild<QLineEdit*>()
        || !view->viewport()->findChild<QLineEdit*>()->isVisible());
    QCOMPARE(m_fixture.demo()->requestCount(), before);
    QCOMPARE(m_fixture.demo()->groupByName(u"Administrators"_s)->isAdmin, true);
    // Another group still can be.
    select(page.get(), u"Knowledge Managers"_s);
    QVERIFY(rename->isEnabled());
}

void TestGroupsPage::applyShowsDiffAndUpdatesBackend()
{
    ensureQaGroup(u"QA 품질팀"_s);
    auto page = makePage();
    select(page.get(), u"QA 품질팀"_s);
    const QString id = page->currentGroupId();
    auto* apply = child<QPushButton>(page.get(), u"groupApply"_s);
    QVERIFY(!apply->isEnabled());

    auto* matrix = child<QTreeView>(page.get(), u"permissionMatrix"_s);
    PermissionMatrixModel* model = page->matrixModel();
    toggleWithSpace(matrix, model->permissionIndex(u"project_setting_write"_s));
    QVERIFY(child<QLabel>(page.get(), u"matrixNote"_s)->text().contains(u"View project settings"_s));
    QCOMPARE(model->permissionIndex(u"project_setting_read"_s)
                 .data(PermissionMatrixModel::RequiredByRole)
                 .toStringList(),
        QStringList { u"project_setting_write"_s });
    // Unchecking "View skills" also unchecks "Edit skills", which requires it.
    toggleWithSpace(matrix, model->permissionIndex(u"skill_read"_s));
    QVERIFY(!model->isChecked(u"skill_write"_s));
    QVERIFY(apply->isEnabled());

    // Declining changes nothing.
    Confirm::setNextAnswer(false);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(
        m_fixture.demo()->groupById(id)->permissions, (QStringList { u"skill_read"_s, u"skill_write"_s }));

    Confirm::setNextAnswer(true);
    QTest::mouseClick(apply, Qt::LeftButton);
    const QString question = Confirm::lastQuestion();
    QVERIFY2(question.contains(u"Added (3"_s), qPrintable(question));
    QVERIFY2(question.contains(u"Edit project settings (project_setting_write)"_s), qPrintable(question));
    QVERIFY2(question.contains(u"Open the project settings (project_setting_page_access)"_s),
        qPrintable(question));
    QVERIFY2(question.contains(u"Removed (2"_s), qPrintable(question));
    QVERIFY2(question.contains(u"View skills (skill_read)"_s), qPrintable(question));
    QVERIFY2(question.contains(u"Edit skills (skill_write)"_s), qPrintable(question));
    QVERIFY2(question.contains(u"This affects 2 member"_s), qPrintable(question));
    QVERIFY2(!question.contains(u"Warning"_s), qPrintable(question));

    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.demo()->groupById(id)->permissions,
        (QStringList {
            u"project_setting_page_access"_s, u"project_setting_read"_s, u"project_setting_write"_s }),
        kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isModified(), kTimeout);
    QVERIFY(!apply->isEnabled());
    QCOMPARE(page->groupModel()->groupAt(page->groupModel()->rowOfId(id)).permissions.names().size(), 3);
}

void TestGroupsPage::dependencyGraphIsAdviceTheAdminCanOverrule()
{
    ensureQaGroup(u"Graph QA"_s);
    auto page = makePage();
    select(page.get(), u"Graph QA"_s);
    const QString id = page->currentGroupId();
    PermissionMatrixModel* model = page->matrixModel();
    auto* matrix = child<QTreeView>(page.get(), u"permissionMatrix"_s);
    auto* follow = child<QCheckBox>(page.get(), u"followDependenciesCheck"_s);
    QVERIFY(follow->isChecked()); // the graph is followed by default
    QVERIFY(follow->toolTip().contains(u"guess"_s));

    // Not following: unchecking "View skills" leaves "Edit skills", which (by our graph) needs it.
    QTest::mouseClick(follow, Qt::LeftButton, {}, QPoint(5, follow->height() / 2));
    QVERIFY(!follow->isChecked());
    QVERIFY(!QSettings().value(QLatin1StringView(kFollowDependenciesKey)).toBool()); // remembered
    toggleWithSpace(matrix, model->permissionIndex(u"skill_read"_s));
    QVERIFY(!model->isChecked(u"skill_read"_s));
    QVERIFY(model->isChecked(u"skill_write"_s));

    // The confirmation warns and sends anyway; a service with this graph refuses, in its words.
    Confirm::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(page.get(), u"groupApply"_s), Qt::LeftButton);
    const QString question = Confirm::lastQuestion();
    QVERIFY2(
        question.contains(u"by this app's guess, Edit skills needs View skills"_s), qPrintable(question));
    QTRY_VERIFY_WITH_TIMEOUT(page->banner()->isShowingError(), kTimeout);
    QVERIFY2(page->banner()->text().contains(u"Dependent permissions must be included together"_s),
        qPrintable(page->banner()->text()));
    QCOMPARE(
        m_fixture.demo()->groupById(id)->permissions, (QStringList { u"skill_read"_s, u"skill_write"_s }));

    // A service whose graph differs takes the set as sent.
    m_fixture.demo()->setEnforcePermissionDependencies(false);
    Confirm::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(page.get(), u"groupApply"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_fixture.demo()->groupById(id)->permissions, QStringList { u"skill_write"_s }, kTimeout);
    m_fixture.demo()->setEnforcePermissionDependencies(true);

    // The new-group dialog follows the same choice: no completion, a warning, then the server.
    NewGroupDialog dialog(m_fixture.client());
    QVERIFY(!dialog.matrix()->followsDependencies());
    dialog.setName(u"Graph QA 2"_s);
    dialog.matrix()->checkPermission(u"skill_write"_s);
    QVERIFY(!dialog.matrix()->isChecked(u"skill_read"_s));
    Confirm::setNextAnswer(false);
    dialog.accept();
    QVERIFY(Confirm::lastQuestion().contains(u"Edit skills needs View skills"_s));
    QVERIFY(!dialog.isSubmitting());

    QTest::mouseClick(follow, Qt::LeftButton, {}, QPoint(5, follow->height() / 2));
    QVERIFY(follow->isChecked());
    toggleWithSpace(matrix, model->permissionIndex(u"skill_read"_s));
    QVERIFY(model->isChecked(u"skill_read"_s));
    QSettings().remove(QLatin1StringView(kFollowDependenciesKey));
}

void TestGroupsPage::deleteAsksWithMemberCount()
{
    ensureQaGroup(u"QA 품질팀"_s);
    auto page = makePage();
    select(page.get(), u"QA 품질팀"_s);
    const QString id = page->currentGroupId();
    const int rows = page->groupModel()->rowCount();

    Confirm::setNextAnswer(false);
    page->deleteSelected(); // the main window routes Del here
    QVERIFY(m_fixture.demo()->groupById(id).has_value());

    Confirm::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(page.get(), u"groupDelete"_s), Qt::LeftButton);
    const QString question = Confirm::lastQuestion();
    QVERIFY2(question.contains(u"QA 품질팀"_s), qPrintable(question));
    QVERIFY2(question.contains(u"2 member"_s), qPrintable(question));
    QVERIFY2(!question.contains(u"Warning"_s), qPrintable(question));
    QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.demo()->groupById(id).has_value(), kTimeout);
    QTRY_COMPARE(page->groupModel()->rowCount(), rows - 1);
    QCOMPARE(page->groupModel()->rowOfId(id), -1);
    QVERIFY(page->currentGroupId() != id);
}

void TestGroupsPage::adminAndDefaultWarnings()
{
    auto page = makePage();
    select(page.get(), u"Administrators"_s);
    const Demo::GroupRecord admin = *m_fixture.demo()->groupByName(u"Administrators"_s);
    QVERIFY(child<QLabel>(page.get(), u"groupWarning"_s)->isVisible());

    Confirm::setNextAnswer(false);
    page->deleteSelected();
    QString question = Confirm::lastQuestion();
    QVERIFY2(question.contains(u"Warning: this is the administrators group"_s), qPrintable(question));
    QVERIFY2(question.contains(u"%1 member"_s.arg(admin.agentIds.size())), qPrintable(question));

    // If the user goes ahead, the server decides; its refusal shows in the banner.
    Confirm::setNextAnswer(true);
    page->deleteSelected();
    QTRY_VERIFY_WITH_TIMEOUT(page->banner()->isShowingError(), kTimeout);
    QVERIFY(page->banner()->text().contains(u"cannot be deleted"_s));
    QVERIFY(m_fixture.demo()->groupById(admin.id).has_value());

    // The administrators group holds every permission: take one away.
    QVERIFY(page->matrixModel()->isChecked(u"billing"_s));
    page->matrixModel()->uncheckPermission(u"billing"_s);
    Confirm::setNextAnswer(false);
    QTest::mouseClick(child<QPushButton>(page.get(), u"groupApply"_s), Qt::LeftButton);
    question = Confirm::lastQuestion();
    QVERIFY2(question.contains(u"Warning: this is the administrators group"_s), qPrintable(question));
    QVERIFY2(question.contains(u"Removed (1"_s), qPrintable(question));
    QVERIFY2(question.contains(u"Manage billing (billing)"_s), qPrintable(question));
    Confirm::setNextAnswer(true);
    page->applyPermissions();
    QTRY_VERIFY_WITH_TIMEOUT(
        page->banner()->isShowingError() && page->banner()->text().contains(u"cannot be changed"_s),
        kTimeout);
    QCOMPARE(m_fixture.demo()->groupById(admin.id)->permissions.size(), 84);
    page->revertPermissions();
    QVERIFY(!page->matrixModel()->isModified());

    select(page.get(), u"기본 그룹"_s);
    Confirm::setNextAnswer(false);
    page->deleteSelected();
    QVERIFY2(Confirm::lastQuestion().contains(u"Warning: this is the project's default group"_s),
        qPrintable(Confirm::lastQuestion()));
    page->matrixModel()->checkPermission(u"billing"_s);
    Confirm::setNextAnswer(false);
    page->applyPermissions();
    QVERIFY2(Confirm::lastQuestion().contains(u"Warning: this is the project's default group"_s),
        qPrintable(Confirm::lastQuestion()));
}

void TestGroupsPage::errorBanner_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("kind");
    QTest::newRow("401 wrong key") << u"401"_s << int(ApiError::Kind::Unauthorized);
    QTest::newRow("404 group gone") << u"404"_s << int(ApiError::Kind::NotFound);
    QTest::newRow("500 server") << u"500"_s << int(ApiError::Kind::ServerError);
    QTest::newRow("timeout") << u"timeout"_s << int(ApiError::Kind::Timeout);
}

void TestGroupsPage::errorBanner()
{
    QFETCH(QString, scenario);
    QFETCH(int, kind);

    AlliClient wrongKey(m_fixture.nam());
    ConnectionSettings settings = m_fixture.connection();
    settings.secret = u"wrong-key"_s;
    wrongKey.setConnection(settings);
    wrongKey.setRetryPolicy({ 1, 10, 10, 100 });

    std::unique_ptr<PermissionGroupsPage> page;
    QString goneId;
    if (scenario == u"401"_s) {
        page = makePage(&wrongKey);
    } else if (scenario == u"404"_s) {
        // Another admin deletes the group while this page shows it; renaming it then fails.
        const auto created = waitFor(m_fixture.client()->createPermissionGroup({ u"Short-lived"_s, {}, {} }));
        QVERIFY(created->ok());
        page = makePage();
        select(page.get(), u"Short-lived"_s);
        goneId = created->value().id;
        QVERIFY(waitFor(m_fixture.client()->deletePermissionGroup(goneId))->ok());
        QVERIFY(page->groupModel()->setData(
            page->groupModel()->index(page->groupModel()->rowOfId(created->value().id), 0), u"Renamed"_s));
    } else if (scenario == u"500"_s) {
        page = makePage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kTimeout);
        m_fixture.demo()->setFailRate(1.0);
        page->refresh();
    } else {
        page = makePage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kTimeout);
        m_fixture.demo()->setLatencyMs(1500);
        m_fixture.client()->setTransferTimeout(200);
        page->refresh();
    }
    QTRY_VERIFY_WITH_TIMEOUT(page->banner()->isShowingError(), kTimeout);
    QCOMPARE(int(page->banner()->error().kind()), kind);
    if (scenario == u"404"_s) { // the optimistic rename is undone
        const int row = page->groupModel()->rowOfId(goneId);
        QCOMPARE(page->groupModel()->groupAt(row).name, u"Short-lived"_s);
    }
    if (scenario == u"500"_s || scenario == u"timeout"_s) {
        QVERIFY(child<QLabel>(page.get(), u"groupListStatus"_s)->text().contains(u"could not be loaded"_s));
        m_fixture.demo()->setFailRate(0.0);
        m_fixture.demo()->setLatencyMs(0);
        m_fixture.client()->setTransferTimeout(30000);
        page->refresh(); // what Retry does
        QTRY_VERIFY_WITH_TIMEOUT(!page->banner()->isShowingError() && !page->isLoading(), kTimeout);
        QVERIFY(page->groupModel()->rowCount() > 0);
    }
}

QTEST_MAIN(TestGroupsPage)
#include "tst_groupspage.moc"
