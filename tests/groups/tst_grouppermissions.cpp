// The permissions of several groups in one grid: the tree and its check states follow each
// group's own matrix (tri-state categories, dependencies pulled in per group); a permission given
// to every selected group, one group's set copied onto others, and a box ticked with Space are
// each one undo step; the changes pane lists every changed group with its member count and what
// it gains and loses; Apply sends one request per changed group and says for each whether the
// server took it (a group refused keeps its changes). Real widgets on the offscreen platform,
// against the demo backend, checked on the backend after.

#include "bulkeditordialog.h"
#include "confirm.h"
#include "demofixture.h"
#include "grouppermissionsdialog.h"
#include "grouppermissionsmodel.h"
#include "importpreviewmodel.h"
#include "permissioncatalog.h"
#include "permissiongroupmodel.h"
#include "permissiongroupspage.h"
#include "permissionlabels.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
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

class TestGroupPermissions : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_fx;

    std::unique_ptr<GroupPermissionsDialog> open()
    {
        auto dialog = std::make_unique<GroupPermissionsDialog>(m_fx.client());
        new QAbstractItemModelTester(dialog->model(), Report, dialog.get());
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        QSignalSpy loaded(dialog.get(), &GroupPermissionsDialog::loaded);
        if (dialog->isLoading() && !loaded.wait(kWait))
            return nullptr;
        return dialog;
    }

    // The cell of `permission` in `group`'s column.
    static QModelIndex cell(GroupPermissionsModel* model, const QString& permission, int group)
    {
        for (int c = 0; c < model->rowCount(); ++c) {
            const QModelIndex category = model->index(c, 0);
            for (int r = 0; r < model->rowCount(category); ++r) {
                if (model->index(r, 0, category).data(GroupPermissionsModel::NameRole).toString()
                    == permission)
                    return model->index(r, model->columnOfGroup(group), category);
            }
        }
        return {};
    }

    // A permission that requires another, and `count` groups (not the administrators') with neither.
    bool pickPermissionAndGroups(GroupPermissionsModel* model, QString* permission, QString* required,
        QList<int>* groups, int count = 2)
    {
        for (const PermissionInfo& info : PermissionCatalog::instance().permissions()) {
            if (info.requiredPermissions.size() != 1)
                continue;
            QList<int> without;
            for (int g = 0; g < model->groupCount(); ++g) {
                const QStringList names = model->matrixOf(g)->permissions();
                if (!model->groupAt(g).isAdmin && !names.contains(info.name)
                    && !names.contains(info.requiredPermissions.first()))
                    without.append(g);
            }
            if (without.size() >= count) {
                *permission = info.name;
                *required = info.requiredPermissions.first();
                *groups = without.mid(0, count);
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Demo::DemoOptions options;
        options.agentCount = 40;
        QVERIFY(m_fx.start(options));
    }

    void init()
    {
        m_fx.demo()->setFailRate(0);
        m_fx.demo()->setFailWritesOnly(false);
    }

    void gridFollowsEveryGroupsSet()
    {
        auto dialog = open();
        QVERIFY(dialog);
        GroupPermissionsModel* model = dialog->model();
        const QList<Demo::GroupRecord> groups = m_fx.demo()->groups();
        QCOMPARE(model->groupCount(), groups.size());
        QCOMPARE(model->columnCount(), 1 + groups.size());
        QVERIFY(model->rowCount() > 0);
        for (int g = 0; g < model->groupCount(); ++g) {
            const auto record = m_fx.demo()->groupById(model->groupAt(g).id);
            QVERIFY(record);
            QCOMPARE(model->headerData(model->columnOfGroup(g), Qt::Horizontal).toString(), record->name);
            QVERIFY(model->headerData(model->columnOfGroup(g), Qt::Horizontal, Qt::ToolTipRole)
                        .toString()
                        .contains(QString::number(record->agentIds.size())));
            for (const PermissionInfo& info : PermissionCatalog::instance().permissions()) {
                const QModelIndex i = cell(model, info.name, g);
                QVERIFY(i.isValid());
                QCOMPARE(i.data(Qt::CheckStateRole).value<Qt::CheckState>(),
                    record->permissions.contains(info.name) ? Qt::Checked : Qt::Unchecked);
            }
        }
        // The labels are the single-group matrix's.
        const QString first = PermissionCatalog::instance().permissions().first().name;
        QCOMPARE(cell(model, first, 0).siblingAtColumn(0).data().toString(), PermissionLabels::label(first));
        QVERIFY(dialog->changesText().contains(u"No change"_s));
        QVERIFY(!dialog->findChild<QPushButton*>(u"applyButton"_s)->isEnabled());
    }

    void permissionGivenToSelectedGroupsWithItsDependencies()
    {
        auto dialog = open();
        QVERIFY(dialog);
        GroupPermissionsModel* model = dialog->model();
        QString permission, required;
        QList<int> groups;
        QVERIFY(pickPermissionAndGroups(model, &permission, &required, &groups));
        QVERIFY(model->followsDependencies());

        // The row selected across both groups, then "Check selected".
        QItemSelectionModel* selection = dialog->view()->selectionModel();
        selection->select(cell(model, permission, groups.at(0)), QItemSelectionModel::ClearAndSelect);
        selection->select(cell(model, permission, groups.at(1)), QItemSelectionModel::Select);
        QCOMPARE(dialog->selectedGroups(), groups);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"checkSelectedButton"_s), Qt::LeftButton);
        for (int g : groups) {
            QCOMPARE(
                cell(model, permission, g).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
            QVERIFY(model->matrixOf(g)->isChecked(required)); // pulled in, in each group
            QVERIFY(cell(model, permission, g).data(GroupPermissionsModel::ChangedRole).toBool());
            QVERIFY(cell(model, permission, g)
                        .parent()
                        .siblingAtColumn(model->columnOfGroup(g))
                        .data(GroupPermissionsModel::ChangedRole)
                        .toBool());
        }
        QCOMPARE(dialog->undoStack()->count(), 1);

        // One list of the changes: each group, its member count, what it gains.
        const QString changes = dialog->changesText();
        for (int g : groups) {
            const PermissionGroupResponse& info = model->groupAt(g);
            QVERIFY2(changes.contains(info.name + u" ("_s + QString::number(info.agentCount)),
                qPrintable(changes));
        }
        QVERIFY2(
            changes.contains(u"+ "_s + PermissionLabels::labelWithName(permission)), qPrintable(changes));
        QVERIFY2(changes.contains(u"+ "_s + PermissionLabels::labelWithName(required)), qPrintable(changes));

        dialog->undoStack()->undo();
        for (int g : groups) {
            QVERIFY(!model->matrixOf(g)->isChecked(permission));
            QVERIFY(!model->matrixOf(g)->isChecked(required));
        }
        QVERIFY(!model->isModified());
        dialog->undoStack()->redo();
        QVERIFY(model->matrixOf(groups.at(1))->isChecked(permission));

        // Space on a box is one step too.
        const QModelIndex box = cell(model, permission, groups.at(0));
        dialog->view()->setCurrentIndex(box);
        dialog->view()->setFocus();
        QTest::keyClick(dialog->view(), Qt::Key_Space);
        QTRY_COMPARE(box.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(dialog->undoStack()->count(), 2);
        dialog->undoStack()->undo();
        QCOMPARE(box.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

        Confirm::setNextAnswer(true); // discard on close
        dialog->close();
    }

    void oneGroupsSetCopiedOntoOthers()
    {
        auto dialog = open();
        QVERIFY(dialog);
        GroupPermissionsModel* model = dialog->model();
        QVERIFY(model->groupCount() >= 3);
        int source = -1;
        for (int g = 0; g < model->groupCount() && source < 0; ++g) {
            if (!model->groupAt(g).isAdmin && !model->matrixOf(g)->permissions().isEmpty())
                source = g;
        }
        QVERIFY(source >= 0);
        QList<int> targets;
        for (int g = 0; g < model->groupCount() && targets.size() < 2; ++g) {
            if (g != source && model->matrixOf(g)->permissions() != model->matrixOf(source)->permissions())
                targets.append(g);
        }
        QCOMPARE(targets.size(), 2);
        QItemSelectionModel* selection = dialog->view()->selectionModel();
        selection->select(
            model->index(0, model->columnOfGroup(targets.at(0))), QItemSelectionModel::ClearAndSelect);
        selection->select(model->index(1, model->columnOfGroup(targets.at(1))), QItemSelectionModel::Select);
        selection->select(
            model->index(0, model->columnOfGroup(source)), QItemSelectionModel::Select); // left alone
        dialog->copyFrom(source);
        for (int g : targets)
            QCOMPARE(model->matrixOf(g)->permissions(), model->matrixOf(source)->permissions());
        QCOMPARE(model->diffs().size(), 2);
        dialog->undoStack()->undo();
        QVERIFY(!model->isModified());
        Confirm::setNextAnswer(true);
        dialog->close();
    }

    void applySendsEachChangedGroupAndSaysWhatTheServerTook()
    {
        auto dialog = open();
        QVERIFY(dialog);
        GroupPermissionsModel* model = dialog->model();
        QString permission, required;
        QList<int> groups;
        QVERIFY(pickPermissionAndGroups(model, &permission, &required, &groups));
        model->setChecked(permission, false, groups, true);
        QCOMPARE(model->diffs().size(), 2);

        // Declined: nothing is sent.
        QSignalSpy declined(dialog.get(), &GroupPermissionsDialog::declined);
        Confirm::setNextAnswer(false);
        QVERIFY(dialog->apply());
        QVERIFY(declined.wait(kWait));
        QVERIFY(Confirm::lastQuestion().contains(u"2 group"_s));
        QVERIFY(!m_fx.demo()->groupById(model->groupAt(groups.at(0)).id)->permissions.contains(permission));

        Confirm::setNextAnswer(true);
        QSignalSpy applied(dialog.get(), &GroupPermissionsDialog::applied);
        QVERIFY(dialog->apply());
        QVERIFY(applied.wait(kWait));
        QCOMPARE(applied.first().at(0).toInt(), 2);
        QCOMPARE(applied.first().at(1).toInt(), 0);
        for (int g : groups) {
            const auto record = m_fx.demo()->groupById(model->groupAt(g).id);
            QVERIFY(record->permissions.contains(permission));
            QVERIFY(record->permissions.contains(required));
            QVERIFY(dialog->resultText().contains(model->groupAt(g).name + u": applied"_s));
            QCOMPARE(
                model->headerData(model->columnOfGroup(g), Qt::Horizontal, GroupPermissionsModel::OutcomeRole)
                    .toInt(),
                int(GroupPermissionsModel::Outcome::Applied));
            QVERIFY(
                model->headerData(model->columnOfGroup(g), Qt::Horizontal).toString().contains(u"applied"_s));
        }
        QVERIFY(!model->isModified()); // what the server took is the new baseline

        // A group the server refuses keeps its change, with the server's reason.
        m_fx.demo()->setFailWritesOnly(true);
        m_fx.demo()->setFailRate(1.0);
        model->setChecked(permission, false, { groups.at(0) }, false);
        Confirm::setNextAnswer(true);
        QVERIFY(dialog->apply());
        QVERIFY(applied.wait(kWait));
        QCOMPARE(applied.last().at(1).toInt(), 1);
        QVERIFY(dialog->resultText().contains(u"not applied"_s));
        QVERIFY(model->isModified());
        QVERIFY(!model->matrixOf(groups.at(0))->isChecked(permission));
        QVERIFY(m_fx.demo()->groupById(model->groupAt(groups.at(0)).id)->permissions.contains(permission));
        m_fx.demo()->setFailRate(0);
        Confirm::setNextAnswer(true);
        dialog->close();
    }

    // Five groups get a permission; one of them is refused by the server (a set that lacks a
    // dependency: the demo, like Alli, says "Dependent permissions must be included together"):
    // the other four are applied, the refused one keeps its change and its header says so.
    void fiveGroupsOneRefused()
    {
        auto dialog = open();
        QVERIFY(dialog);
        GroupPermissionsModel* model = dialog->model();
        QString permission, required;
        QList<int> groups;
        QVERIFY(pickPermissionAndGroups(model, &permission, &required, &groups, 5));
        model->setChecked(permission, false, groups, true); // with its dependency, in each
        // The last group loses the dependency again, dependencies not followed: the server refuses it.
        model->setFollowDependencies(false);
        model->setChecked(required, false, { groups.last() }, false);
        model->setFollowDependencies(true);
        QVERIFY(model->matrixOf(groups.last())->isChecked(permission));
        QVERIFY(!model->matrixOf(groups.last())->isChecked(required));
        QCOMPARE(model->diffs().size(), 5);

        QSignalSpy applied(dialog.get(), &GroupPermissionsDialog::applied);
        Confirm::setNextAnswer(true);
        QVERIFY(dialog->apply());
        QVERIFY(applied.wait(kWait));
        QCOMPARE(applied.first().at(0).toInt(), 4);
        QCOMPARE(applied.first().at(1).toInt(), 1);
        QVERIFY2(Confirm::lastQuestion().contains(u"5 group"_s), qPrintable(Confirm::lastQuestion()));
        for (int i = 0; i < 4; ++i) {
            QVERIFY(
                m_fx.demo()->groupById(model->groupAt(groups.at(i)).id)->permissions.contains(permission));
            QCOMPARE(model->outcomeOf(groups.at(i)), GroupPermissionsModel::Outcome::Applied);
        }
        const auto refused = m_fx.demo()->groupById(model->groupAt(groups.last()).id);
        QVERIFY(!refused->permissions.contains(permission));
        QCOMPARE(model->outcomeOf(groups.last()), GroupPermissionsModel::Outcome::Failed);
        QVERIFY(model->headerData(model->columnOfGroup(groups.last()), Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(u"Dependent"_s, Qt::CaseInsensitive));
        QVERIFY(dialog->resultText().contains(model->groupAt(groups.last()).name + u": not applied"_s));
        QVERIFY(dialog->findChild<QLabel*>(u"resultLabel"_s)->text().contains(u"other 4 group"_s));
        QCOMPARE(model->diffs().size(), 1); // only the refused group still has changes
        Confirm::setNextAnswer(true);
        dialog->close();
    }

    // A group changed on the server after the window loaded it is found before sending: it is
    // marked and left as the server has it; the other changed group is applied.
    void groupChangedOnTheServerIsNotOverwritten()
    {
        auto dialog = open();
        QVERIFY(dialog);
        GroupPermissionsModel* model = dialog->model();
        QString permission, required;
        QList<int> groups;
        QVERIFY(pickPermissionAndGroups(model, &permission, &required, &groups));
        model->setChecked(permission, false, groups, true);

        // Meanwhile, someone gives the first group the dependency alone, on the server.
        const PermissionGroupResponse first = model->groupAt(groups.at(0));
        QList<Permission> serverSet = first.permissions.known;
        serverSet.append(*permissionFromName(required));
        auto changed = Testing::waitFor(m_fx.client()->updatePermissionGroupPermissions(first.id, serverSet));
        QVERIFY2(changed->ok(), qPrintable(changed->error().message()));

        QSignalSpy applied(dialog.get(), &GroupPermissionsDialog::applied);
        Confirm::setNextAnswer(true);
        QVERIFY(dialog->apply());
        QVERIFY(applied.wait(kWait));
        QCOMPARE(applied.first().at(0).toInt(), 1);
        QCOMPARE(applied.first().at(1).toInt(), 1);
        QVERIFY2(Confirm::lastQuestion().contains(first.name), qPrintable(Confirm::lastQuestion()));
        QCOMPARE(model->outcomeOf(groups.at(0)), GroupPermissionsModel::Outcome::ChangedOnServer);
        QVERIFY(model->headerData(model->columnOfGroup(groups.at(0)), Qt::Horizontal)
                    .toString()
                    .contains(u"changed on the server"_s));
        const auto kept = m_fx.demo()->groupById(first.id);
        QVERIFY(kept->permissions.contains(required));
        QVERIFY(!kept->permissions.contains(permission)); // not overwritten
        QVERIFY(m_fx.demo()->groupById(model->groupAt(groups.at(1)).id)->permissions.contains(permission));
        QCOMPARE(model->outcomeOf(groups.at(1)), GroupPermissionsModel::Outcome::Applied);
        Confirm::setNextAnswer(true);
        dialog->close();
    }

    void groupsPageOpensIt()
    {
        PermissionGroupsPage page(m_fx.client());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* button = page.findChild<QPushButton*>(u"severalGroupsButton"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = page.findChild<GroupPermissionsDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), kWait);
        QCOMPARE(dialog->model()->groupCount(), m_fx.demo()->groups().size());
        dialog->close();

        // A group's members, in the groups editor with the groups each is in now.
        Demo::GroupRecord withMembers;
        for (const Demo::GroupRecord& g : m_fx.demo()->groups()) {
            if (g.agentIds.size() >= 2 && g.agentIds.size() <= 40)
                withMembers = g;
        }
        QVERIFY(!withMembers.id.isEmpty());
        page.activate();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading() && page.groupModel()->rowOfId(withMembers.id) >= 0, kWait);
        page.selectGroup(withMembers.id);
        QCOMPARE(page.currentGroupId(), withMembers.id);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isMembersLoading(), kWait);
        auto* edit = page.findChild<QPushButton*>(u"editMembersGroupsButton"_s);
        QVERIFY(edit && edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        auto* editor = page.findChild<BulkEditorDialog*>();
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isLoading(), kWait);
        QCOMPARE(editor->model()->dataRowCount(), int(withMembers.agentIds.size()));
        QCOMPARE(editor->model()->unchangedCount(), int(withMembers.agentIds.size()));
        const int groupsColumn = int(editor->model()->table().header.indexOf(u"groups"_s));
        for (int r = 0; r < editor->model()->dataRowCount(); ++r)
            QVERIFY(editor->model()
                        ->index(r, groupsColumn)
                        .data(Qt::EditRole)
                        .toString()
                        .contains(withMembers.name));
        Confirm::setNextAnswer(false);
        editor->close();
    }
};

QTEST_MAIN(TestGroupPermissions)
#include "tst_grouppermissions.moc"
