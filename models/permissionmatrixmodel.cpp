#include "permissionmatrixmodel.h"

#include "permissioncatalog.h"
#include "permissionlabels.h"
#include "statuscolors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

PermissionMatrixModel::PermissionMatrixModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    const PermissionCatalog& catalog = PermissionCatalog::instance();
    const QStringList categories = catalog.categories();
    for (const QString& key : categories)
        m_categories.append({ key, {} });
    for (const PermissionInfo& info : catalog.permissions()) {
        const int position = int(m_names.size());
        const int category = int(categories.indexOf(info.category));
        m_names.append(info.name);
        m_position.insert(info.name, position);
        m_categoryOf.insert(info.name, category);
        m_rowInCategory.insert(info.name, int(m_categories[category].permissions.size()));
        m_categories[category].permissions.append(position);
    }
}

void PermissionMatrixModel::setPermissions(const QStringList& permissions)
{
    const QSet<QString> oldOriginal = m_original;
    m_original.clear();
    m_unknownOriginal.clear();
    for (const QString& name : permissions) {
        if (m_position.contains(name))
            m_original.insert(name);
        else if (!m_unknownOriginal.contains(name))
            m_unknownOriginal.append(name);
    }
    if (m_checked != m_original) {
        setChecked(m_original);
        return;
    }
    // Same checks, new baseline (the set was just saved): the "changed" marks still go away.
    if (oldOriginal != m_original) {
        emitAllChanged();
        emit permissionsChanged();
    }
}

QStringList PermissionMatrixModel::permissions() const
{
    QStringList result;
    for (const QString& name : m_names) {
        if (m_checked.contains(name))
            result.append(name);
    }
    return result;
}

QStringList PermissionMatrixModel::originalPermissions() const
{
    QStringList result;
    for (const QString& name : m_names) {
        if (m_original.contains(name))
            result.append(name);
    }
    return result + m_unknownOriginal;
}

QStringList PermissionMatrixModel::checkPermission(const QString& permission)
{
    if (!m_position.contains(permission) || m_checked.contains(permission))
        return {};
    const QStringList closure = m_followDependencies
        ? PermissionCatalog::instance().withDependencies({ permission })
        : QStringList { permission };
    QSet<QString> next = m_checked;
    QStringList added;
    for (const QString& name : closure) {
        if (!next.contains(name) && name != permission)
            added.append(name);
        next.insert(name);
    }
    setChecked(next);
    if (!added.isEmpty())
        emit dependenciesAdded(permission, added);
    return added;
}

QStringList PermissionMatrixModel::uncheckPermission(const QString& permission)
{
    if (!m_checked.contains(permission))
        return {};
    // Everything that requires the removed permission, directly or through another, goes too:
    // keeping it would leave a set the server rejects.
    const PermissionCatalog& catalog = PermissionCatalog::instance();
    QSet<QString> removed { permission };
    bool grew = m_followDependencies;
    while (grew) {
        grew = false;
        for (const QString& name : std::as_const(m_checked)) {
            if (removed.contains(name))
                continue;
            const PermissionInfo* info = catalog.find(name);
            for (const QString& required : info->requiredPermissions) {
                if (removed.contains(required)) {
                    removed.insert(name);
                    grew = true;
                    break;
                }
            }
        }
    }
    QStringList dependents;
    for (const QString& name : m_names) {
        if (removed.contains(name) && name != permission)
            dependents.append(name);
    }
    setChecked(m_checked - removed);
    if (!dependents.isEmpty())
        emit dependentsRemoved(permission, dependents);
    return dependents;
}

void PermissionMatrixModel::setCategoryChecked(const QString& category, bool checked)
{
    const int row = int(std::find_if(m_categories.cbegin(), m_categories.cend(), [&](const Category& c) {
        return c.key == category;
    }) - m_categories.cbegin());
    if (row >= m_categories.size())
        return;
    if (checked) {
        QStringList names;
        for (int position : std::as_const(m_categories[row].permissions))
            names.append(m_names[position]);
        QSet<QString> next = m_checked;
        const QStringList closure
            = m_followDependencies ? PermissionCatalog::instance().withDependencies(names) : names;
        for (const QString& name : closure)
            next.insert(name);
        setChecked(next);
    } else {
        for (int position : std::as_const(m_categories[row].permissions))
            uncheckPermission(m_names[position]);
    }
}

Qt::CheckState PermissionMatrixModel::categoryState(const QString& category) const
{
    const QModelIndex index = categoryIndex(category);
    return index.isValid() ? Qt::CheckState(data(index, Qt::CheckStateRole).toInt()) : Qt::Unchecked;
}

QString PermissionMatrixModel::missingDependenciesWarning(const QList<QPair<QString, QString>>& missing)
{
    QStringList parts;
    for (const auto& [permission, required] : missing)
        parts.append(
            tr("%1 needs %2").arg(PermissionLabels::label(permission), PermissionLabels::label(required)));
    return tr("Warning: by this app's guess, %1. Alli publishes no list of which permission needs which: the "
              "server decides, and may refuse the set.")
        .arg(parts.join(u"; "_s));
}

void PermissionMatrixModel::setFollowDependencies(bool follow)
{
    m_followDependencies = follow;
}

QStringList PermissionMatrixModel::completeDependencies()
{
    const QStringList all = PermissionCatalog::instance().withDependencies(permissions());
    QStringList added;
    for (const QString& name : all) {
        if (!m_checked.contains(name))
            added.append(name);
    }
    if (!added.isEmpty())
        setChecked(QSet<QString>(all.cbegin(), all.cend()));
    return added;
}

QList<QPair<QString, QString>> PermissionMatrixModel::missingDependencies() const
{
    return PermissionCatalog::instance().missingDependencies(permissions());
}

QStringList PermissionMatrixModel::requiredBy(const QString& permission) const
{
    const PermissionCatalog& catalog = PermissionCatalog::instance();
    QStringList result;
    for (const QString& name : m_names) {
        if (m_checked.contains(name) && catalog.find(name)->requiredPermissions.contains(permission))
            result.append(name);
    }
    return result;
}

void PermissionMatrixModel::revert()
{
    setChecked(m_original);
}

void PermissionMatrixModel::setCheckedPermissions(const QStringList& permissions)
{
    QSet<QString> checked;
    for (const QString& p : permissions) {
        if (m_position.contains(p))
            checked.insert(p);
    }
    setChecked(checked);
}

PermissionDiff PermissionMatrixModel::diff() const
{
    PermissionDiff d;
    for (const QString& name : m_names) {
        if (m_checked.contains(name) && !m_original.contains(name))
            d.added.append(name);
        else if (!m_checked.contains(name) && m_original.contains(name))
            d.removed.append(name);
    }
    d.removed += m_unknownOriginal;
    return d;
}

void PermissionMatrixModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    emitAllChanged();
}

void PermissionMatrixModel::setChecked(const QSet<QString>& checked)
{
    if (checked == m_checked)
        return;
    m_checked = checked;
    // "Required by" and the category states of any row may change with one click: repaint all.
    emitAllChanged();
    emit permissionsChanged();
}

void PermissionMatrixModel::emitAllChanged(const QList<int>& roles)
{
    if (m_categories.isEmpty())
        return;
    const int lastColumn = int(Column::Count) - 1;
    emit dataChanged(index(0, 0), index(int(m_categories.size()) - 1, lastColumn), roles);
    for (int row = 0; row < m_categories.size(); ++row) {
        const QModelIndex parent = index(row, 0);
        const int children = int(m_categories[row].permissions.size());
        if (children > 0)
            emit dataChanged(index(0, 0, parent), index(children - 1, lastColumn, parent), roles);
    }
}

void PermissionMatrixModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    emitAllChanged({ Qt::DisplayRole, Qt::ToolTipRole });
}

QModelIndex PermissionMatrixModel::categoryIndex(const QString& category, int column) const
{
    for (int row = 0; row < m_categories.size(); ++row) {
        if (m_categories[row].key == category)
            return index(row, column);
    }
    return {};
}

QModelIndex PermissionMatrixModel::permissionIndex(const QString& permission, int column) const
{
    const auto category = m_categoryOf.constFind(permission);
    if (category == m_categoryOf.cend())
        return {};
    return index(m_rowInCategory.value(permission), column, index(*category, 0));
}

QString PermissionMatrixModel::permissionAt(const QModelIndex& index) const
{
    const int category = int(index.internalId() - 1);
    return m_names[m_categories[category].permissions[index.row()]];
}

QModelIndex PermissionMatrixModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= int(Column::Count))
        return {};
    if (!parent.isValid())
        return row < m_categories.size() ? createIndex(row, column, kCategoryId) : QModelIndex();
    if (parent.model() != this || !isCategory(parent) || parent.column() != 0)
        return {};
    if (row >= m_categories[parent.row()].permissions.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PermissionMatrixModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || isCategory(child))
        return {};
    return createIndex(int(child.internalId() - 1), 0, kCategoryId);
}

int PermissionMatrixModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_categories.size());
    if (isCategory(parent) && parent.column() == 0)
        return int(m_categories[parent.row()].permissions.size());
    return 0;
}

int PermissionMatrixModel::columnCount(const QModelIndex&) const
{
    return int(Column::Count);
}

QVariant PermissionMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto column = Column(index.column());

    if (isCategory(index)) {
        const Category& category = m_categories[index.row()];
        int checked = 0;
        for (int position : category.permissions)
            checked += m_checked.contains(m_names[position]) ? 1 : 0;
        switch (role) {
        case Qt::DisplayRole:
            if (column == Column::Permission)
                return PermissionLabels::categoryLabel(category.key);
            return tr("%1 of %2 granted").arg(checked).arg(category.permissions.size());
        case Qt::ToolTipRole:
            return category.key;
        case Qt::CheckStateRole:
            if (column != Column::Permission)
                return {};
            if (checked == 0)
                return Qt::Unchecked;
            return checked == category.permissions.size() ? Qt::Checked : Qt::PartiallyChecked;
        case NameRole:
            return category.key;
        case IsCategoryRole:
            return true;
        case SortRole:
            return index.row();
        default:
            return {};
        }
    }

    const QString name = permissionAt(index);
    const bool checked = m_checked.contains(name);
    switch (role) {
    case Qt::DisplayRole: {
        if (column == Column::Permission)
            return PermissionLabels::label(name);
        const QStringList missing = data(index, MissingDependenciesRole).toStringList();
        if (!missing.isEmpty()) {
            QStringList labels;
            for (const QString& m : missing)
                labels.append(PermissionLabels::label(m));
            return tr("Needs: %1").arg(labels.join(u", "_s));
        }
        const QStringList by = requiredBy(name);
        if (by.isEmpty())
            return {};
        QStringList labels;
        for (const QString& b : by)
            labels.append(PermissionLabels::label(b));
        return tr("Required by %1").arg(labels.join(u", "_s));
    }
    case Qt::ToolTipRole: {
        // The wire name always; the reason the box is checked when something else needs it.
        QString tip = name;
        const QStringList by = requiredBy(name);
        if (!by.isEmpty()) {
            QStringList labels;
            for (const QString& b : by)
                labels.append(PermissionLabels::label(b));
            tip += u'\n'
                + tr("Required by %1. Unchecking it also unchecks those permissions.")
                      .arg(labels.join(u", "_s));
        }
        return tip;
    }
    case Qt::CheckStateRole:
        if (column != Column::Permission)
            return {};
        return checked ? Qt::Checked : Qt::Unchecked;
    case Qt::FontRole:
        if (column == Column::Permission && checked != m_original.contains(name)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Column::RequiredBy && !data(index, MissingDependenciesRole).toStringList().isEmpty())
            return QBrush(StatusColors::text(StatusColors::Role::Negative));
        if (column == Column::RequiredBy)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case NameRole:
        return name;
    case IsCategoryRole:
        return false;
    case RequiredByRole:
        return requiredBy(name);
    case MissingDependenciesRole: {
        if (!checked)
            return QStringList();
        QStringList missing;
        for (const QString& required : PermissionCatalog::instance().find(name)->requiredPermissions) {
            if (!m_checked.contains(required))
                missing.append(required);
        }
        return missing;
    }
    case ChangedRole:
        return checked != m_original.contains(name);
    case SortRole:
        return m_position.value(name);
    default:
        return {};
    }
}

bool PermissionMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || m_readOnly || index.column() != int(Column::Permission)
        || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const bool check = Qt::CheckState(value.toInt()) != Qt::Unchecked;
    if (isCategory(index)) {
        setCategoryChecked(m_categories[index.row()].key, check);
        return true;
    }
    const QString name = permissionAt(index);
    if (check)
        checkPermission(name);
    else
        uncheckPermission(name);
    return true;
}

Qt::ItemFlags PermissionMatrixModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isCategory(index))
        f |= Qt::ItemNeverHasChildren;
    if (index.column() == int(Column::Permission) && !m_readOnly)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant PermissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Permission:
        return tr("Permission");
    case Column::RequiredBy:
        return tr("Dependencies");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Alli
