// Permission labels, the permission-group list model and the permission matrix model: structure
// (QAbstractItemModelTester), dependency auto-add, cascading uncheck, tri-state categories, diff.

#include "groupmembersmodel.h"
#include "permissioncatalog.h"
#include "permissiongroupmodel.h"
#include "permissionlabels.h"
#include "permissionmatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;

namespace
{

// Marks every translated string so a test can see that labels are translated at call time.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* = nullptr, int = -1) const override
    {
        const QLatin1StringView ctx(context);
        if (ctx == "Alli::Permission"_L1 || ctx == "Alli::PermissionCategory"_L1)
            return u"«"_s + QString::fromUtf8(source) + u"»"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

PermissionGroupResponse group(const QString& id, const QString& name, std::optional<int> order, int members,
    bool admin = false, bool isDefault = false)
{
    PermissionGroupResponse g;
    g.id = id;
    g.name = name;
    g.order = order;
    g.agentCount = members;
    g.isAdmin = admin;
    g.isDefault = isDefault;
    return g;
}

// One row of the list model flattened into a string, for a single QCOMPARE.
QString rowText(const QAbstractItemModel& m, int row)
{
    QStringList cells;
    for (int c = 0; c < m.columnCount(); ++c)
        cells.append(m.index(row, c).data().toString());
    return cells.join(u'|');
}

} // namespace

class TestGroupModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labels_coverEveryPermissionAndCategory();
    void labels_areTranslatedAtCallTime();
    void groupModel_rowsBadgesAndRename();
    void membersModel_rows();
    void matrix_structure();
    void matrix_checkAddsDependencies();
    void matrix_uncheckCascadesToDependents();
    void matrix_categoryTriState();
    void matrix_diffAndRevert();
    void matrix_inconsistentOriginal();
    void matrix_readOnly();
};

void TestGroupModels::labels_coverEveryPermissionAndCategory()
{
    const PermissionCatalog& catalog = PermissionCatalog::instance();
    QCOMPARE(catalog.permissions().size(), 84);
    QCOMPARE(PermissionLabels::missingLabels(), QStringList());
    QSet<QString> seen;
    for (const PermissionInfo& info : catalog.permissions()) {
        const QString label = PermissionLabels::label(info.name);
        QVERIFY2(label != info.name, qPrintable(info.name));
        QVERIFY2(!label.contains(u'_'), qPrintable(label));
        QVERIFY2(!seen.contains(label), qPrintable(u"duplicate label "_s + label));
        seen.insert(label);
    }
    for (const QString& category : catalog.categories())
        QVERIFY2(PermissionLabels::categoryLabel(category) != category, qPrintable(category));
    QCOMPARE(PermissionLabels::label(u"skill_read"), u"View skills"_s);
    QCOMPARE(PermissionLabels::label(u"skill_write"), u"Edit skills"_s);
    QCOMPARE(PermissionLabels::labelWithName(u"skill_read"), u"View skills (skill_read)"_s);
    QCOMPARE(PermissionLabels::label(u"from_a_newer_server"), u"from_a_newer_server"_s);
}

void TestGroupModels::labels_areTranslatedAtCallTime()
{
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(PermissionLabels::label(u"skill_read"), u"«View skills»"_s);
    QCOMPARE(PermissionLabels::categoryLabel(u"skills"), u"«Skills»"_s);
    PermissionMatrixModel matrix;
    QCOMPARE(matrix.categoryIndex(u"skills"_s).data().toString(), u"«Skills»"_s);
    QCOMPARE(matrix.permissionIndex(u"skill_read"_s).data().toString(), u"«View skills»"_s);
    // The wire name is the tooltip, untranslated.
    QCOMPARE(matrix.permissionIndex(u"skill_read"_s).data(Qt::ToolTipRole).toString(), u"skill_read"_s);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(PermissionLabels::label(u"skill_read"), u"View skills"_s);
}

void TestGroupModels::groupModel_rowsBadgesAndRename()
{
    PermissionGroupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups({ group(u"g1"_s, u"Administrators"_s, 0, 3, true),
        group(u"g2"_s, u"Default"_s, 1, 900, false, true), group(u"g3"_s, u"Auditors"_s, std::nullopt, 12) });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(rowText(model, 0), u"Administrators|Admin|3|0"_s);
    QCOMPARE(rowText(model, 1), u"Default|Default|900|1"_s);
    QCOMPARE(rowText(model, 2), u"Auditors||12|"_s);
    QCOMPARE(
        model.index(2, int(PermissionGroupModel::Column::Order)).data(PermissionGroupModel::SortRole).toInt(),
        std::numeric_limits<int>::max());
    QCOMPARE(model.groupAt(1).id, u"g2"_s);
    QVERIFY(model.index(0, 0).data(PermissionGroupModel::IsAdminRole).toBool());
    // Names are edited in place, except the administrators group's ("cannot be edited").
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(2, 0)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(2, 1)) & Qt::ItemIsEditable));

    QSignalSpy rename(&model, &PermissionGroupModel::renameRequested);
    QVERIFY(!model.setData(model.index(2, 0), u"   "_s)); // empty names are refused
    QVERIFY(model.setData(model.index(2, 0), u" Auditors (EU) "_s));
    QCOMPARE(rename.size(), 1);
    QCOMPARE(rename.at(0), (QVariantList { u"g3"_s, u"Auditors (EU)"_s, u"Auditors"_s }));
    QCOMPARE(model.index(2, 0).data().toString(), u"Auditors (EU)"_s);
    model.setName(u"g3"_s, u"Auditors"_s); // the page puts the old name back on failure
    QCOMPARE(model.index(2, 0).data().toString(), u"Auditors"_s);

    PermissionGroupDetailResponse detail;
    detail.id = u"g4"_s;
    detail.name = u"New"_s;
    detail.agents = { AgentResponse { u"a1"_s, u"A"_s, u"B"_s, u"a@b.c"_s } };
    model.upsertGroup(detail);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(rowText(model, 3), u"New||1|"_s);
    model.setMemberCount(u"g4"_s, 5);
    QCOMPARE(model.index(3, int(PermissionGroupModel::Column::Members)).data().toInt(), 5);
    model.removeGroup(u"g1"_s);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOfId(u"g1"_s), -1);
    model.retranslate();
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Name"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestGroupModels::membersModel_rows()
{
    GroupMembersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAgents({ AgentResponse { u"a1"_s, u"Ji-woo"_s, u"Kim"_s, u"jiwoo@example.com"_s },
        AgentResponse { u"a2"_s, QString(), QString(), u"x@example.com"_s } });
    QCOMPARE(rowText(model, 0), u"Ji-woo Kim|jiwoo@example.com"_s);
    QCOMPARE(rowText(model, 1), u"|x@example.com"_s);
    QCOMPARE(model.agentAt(1).id, u"a2"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestGroupModels::matrix_structure()
{
    PermissionMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const PermissionCatalog& catalog = PermissionCatalog::instance();
    QCOMPARE(model.rowCount(), int(catalog.categories().size()));
    int total = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex category = model.index(row, 0);
        QVERIFY(category.data(PermissionMatrixModel::IsCategoryRole).toBool());
        for (int child = 0; child < model.rowCount(category); ++child) {
            const QModelIndex p = model.index(child, 0, category);
            QCOMPARE(p.parent(), category);
            const QString name = p.data(PermissionMatrixModel::NameRole).toString();
            QCOMPARE(catalog.find(name)->category, category.data(PermissionMatrixModel::NameRole).toString());
            QCOMPARE(model.permissionIndex(name), p);
            ++total;
        }
    }
    QCOMPARE(total, 84);
    // Exercise a change under the tester.
    model.setPermissions({ u"skill_read"_s });
    model.checkPermission(u"project_setting_write"_s);
    model.uncheckPermission(u"project_setting_page_access"_s);
    model.retranslate();
}

void TestGroupModels::matrix_checkAddsDependencies()
{
    PermissionMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy added(&model, &PermissionMatrixModel::dependenciesAdded);

    // Given an empty group, when the user checks "Edit project settings" (a click in the view)...
    const QModelIndex write = model.permissionIndex(u"project_setting_write"_s);
    QVERIFY(model.flags(write) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(write, Qt::Checked, Qt::CheckStateRole));

    // ...then its transitive dependencies are checked and marked "required by".
    QCOMPARE(model.permissions(),
        (QStringList {
            u"project_setting_page_access"_s, u"project_setting_read"_s, u"project_setting_write"_s }));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toString(), u"project_setting_write"_s);
    QCOMPARE(added.at(0).at(1).toStringList(),
        (QStringList { u"project_setting_page_access"_s, u"project_setting_read"_s }));
    const QModelIndex read = model.permissionIndex(u"project_setting_read"_s);
    QCOMPARE(read.data(PermissionMatrixModel::RequiredByRole).toStringList(),
        QStringList { u"project_setting_write"_s });
    QVERIFY(read.data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"project_setting_read\nRequired by Edit project settings"_s));
    QCOMPARE(model.permissionIndex(u"project_setting_read"_s, int(PermissionMatrixModel::Column::RequiredBy))
                 .data()
                 .toString(),
        u"Required by Edit project settings"_s);
    QCOMPARE(model.permissionIndex(u"project_setting_page_access"_s, 1).data().toString(),
        u"Required by View project settings"_s);
    QVERIFY(model.permissionIndex(u"project_setting_write"_s, 1).data().toString().isEmpty());
    QCOMPARE(model.missingDependencies(), (QList<QPair<QString, QString>> {}));

    // Checking a second dependent reuses what is there and reports nothing new.
    QCOMPARE(model.checkPermission(u"office_hours_editable"_s), QStringList());
    QCOMPARE(added.size(), 1);
    QCOMPARE(model.requiredBy(u"project_setting_read"_s),
        (QStringList { u"project_setting_write"_s, u"office_hours_editable"_s }));
}

void TestGroupModels::matrix_uncheckCascadesToDependents()
{
    PermissionMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPermissions({ u"project_setting_page_access"_s, u"project_setting_read"_s,
        u"project_setting_write"_s, u"office_hours_editable"_s, u"billing"_s });
    QSignalSpy removed(&model, &PermissionMatrixModel::dependentsRemoved);

    // Unchecking a permission others need takes the dependents with it (the set stays valid).
    QVERIFY(model.setData(
        model.permissionIndex(u"project_setting_page_access"_s), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.permissions(), QStringList { u"billing"_s });
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toStringList(),
        (QStringList { u"project_setting_read"_s, u"project_setting_write"_s, u"office_hours_editable"_s }));
    QVERIFY(model.missingDependencies().isEmpty());
}

void TestGroupModels::matrix_categoryTriState()
{
    PermissionMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex skills = model.categoryIndex(u"skills"_s);
    QCOMPARE(skills.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    model.checkPermission(u"skill_read"_s);
    QCOMPARE(model.categoryState(u"skills"_s), Qt::PartiallyChecked);
    QCOMPARE(model.categoryIndex(u"skills"_s, 1).data().toString(), u"1 of 3 granted"_s);

    // A click on a partial category checks all of it (the view cycles partial -> checked).
    QVERIFY(model.setData(skills, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.categoryState(u"skills"_s), Qt::Checked);
    QCOMPARE(model.permissions(),
        (QStringList { u"skill_read"_s, u"skill_write"_s, u"skill_popup_url_generation"_s }));

    model.uncheckPermission(u"skill_popup_url_generation"_s);
    QCOMPARE(model.categoryState(u"skills"_s), Qt::PartiallyChecked);

    QVERIFY(model.setData(skills, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.categoryState(u"skills"_s), Qt::Unchecked);
    QVERIFY(model.permissions().isEmpty());

    // Checking a whole category also pulls dependencies from the others where there are any.
    model.setCategoryChecked(u"projectSettings"_s, true);
    QCOMPARE(model.categoryState(u"projectSettings"_s), Qt::Checked);
    QVERIFY(model.missingDependencies().isEmpty());
}

void TestGroupModels::matrix_diffAndRevert()
{
    PermissionMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPermissions(
        { u"skill_read"_s, u"skill_write"_s, u"announcement_read"_s, u"from_a_newer_server"_s });
    QVERIFY(!model.diff().added.isEmpty() == false);
    QCOMPARE(model.diff().removed, QStringList { u"from_a_newer_server"_s }); // cannot be sent back
    QCOMPARE(model.originalPermissions().last(), u"from_a_newer_server"_s);

    model.setPermissions({ u"skill_read"_s, u"skill_write"_s, u"announcement_read"_s });
    QVERIFY(!model.isModified());
    model.checkPermission(u"integrations_write"_s);
    model.uncheckPermission(u"skill_read"_s);
    const PermissionDiff diff = model.diff();
    QCOMPARE(diff.added, (QStringList { u"integrations_read"_s, u"integrations_write"_s }));
    QCOMPARE(diff.removed, (QStringList { u"skill_read"_s, u"skill_write"_s }));
    QVERIFY(model.isModified());
    QVERIFY(model.permissionIndex(u"integrations_read"_s).data(PermissionMatrixModel::ChangedRole).toBool());
    QVERIFY(!model.permissionIndex(u"announcement_read"_s).data(PermissionMatrixModel::ChangedRole).toBool());

    model.revert();
    QVERIFY(!model.isModified());
    QCOMPARE(
        model.permissions(), (QStringList { u"skill_read"_s, u"skill_write"_s, u"announcement_read"_s }));
}

void TestGroupModels::matrix_inconsistentOriginal()
{
    // Seeded or older data may lack dependencies: shown as is, flagged, completed on demand.
    PermissionMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPermissions({ u"skill_write"_s });
    QVERIFY(!model.isModified());
    const QModelIndex write = model.permissionIndex(u"skill_write"_s);
    QCOMPARE(write.data(PermissionMatrixModel::MissingDependenciesRole).toStringList(),
        QStringList { u"skill_read"_s });
    QCOMPARE(model.permissionIndex(u"skill_write"_s, 1).data().toString(), u"Needs: View skills"_s);
    QCOMPARE(model.completeDependencies(), QStringList { u"skill_read"_s });
    QCOMPARE(model.diff().added, QStringList { u"skill_read"_s });
    QVERIFY(write.data(PermissionMatrixModel::MissingDependenciesRole).toStringList().isEmpty());
}

void TestGroupModels::matrix_readOnly()
{
    PermissionMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReadOnly(true);
    const QModelIndex p = model.permissionIndex(u"billing"_s);
    QVERIFY(!(model.flags(p) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(p, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.permissions().isEmpty());
}

QTEST_MAIN(TestGroupModels)
#include "tst_groupmodels.moc"
