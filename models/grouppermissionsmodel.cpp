#include "grouppermissionsmodel.h"
#include "statuscolors.h"

#include <QBrush>
#include <QColor>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{
    constexpr quintptr kCategoryId = 0; // as PermissionMatrixModel: children use their category's row + 1
    constexpr int kPermissionColumn = int(PermissionMatrixModel::Column::Permission);
}

GroupPermissionsModel::GroupPermissionsModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_shape(new PermissionMatrixModel(this))
{
}

GroupPermissionsModel::~GroupPermissionsModel() = default;

void GroupPermissionsModel::setGroups(const QList<PermissionGroupResponse>& groups)
{
    beginResetModel();
    for (const Group& g : std::as_const(m_groups))
        delete g.matrix;
    m_groups.clear();
    for (const PermissionGroupResponse& info : groups) {
        Group g;
        g.info = info;
        g.matrix = new PermissionMatrixModel(this);
        g.matrix->setFollowDependencies(m_follow);
        g.matrix->setPermissions(info.permissions.names());
        g.matrix->setReadOnly(m_readOnly);
        PermissionMatrixModel* matrix = g.matrix;
        connect(matrix, &PermissionMatrixModel::permissionsChanged, this, [this, matrix] {
            for (int i = 0; i < m_groups.size(); ++i) {
                if (m_groups.at(i).matrix == matrix)
                    columnChanged(i);
            }
        });
        m_groups.append(g);
    }
    endResetModel();
    emit permissionsChanged();
}

int GroupPermissionsModel::groupOf(const QString& id) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).info.id == id)
            return i;
    }
    return -1;
}

void GroupPermissionsModel::setFollowDependencies(bool follow)
{
    m_follow = follow;
    for (const Group& g : std::as_const(m_groups))
        g.matrix->setFollowDependencies(follow);
}

void GroupPermissionsModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    for (const Group& g : std::as_const(m_groups))
        g.matrix->setReadOnly(readOnly);
    if (rowCount() > 0 && columnCount() > 1)
        emit dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
}

void GroupPermissionsModel::columnChanged(int group)
{
    const int column = columnOfGroup(group);
    const int categories = rowCount();
    if (categories > 0) {
        emit dataChanged(index(0, column), index(categories - 1, column));
        for (int c = 0; c < categories; ++c) {
            const QModelIndex category = index(c, 0);
            const int children = rowCount(category);
            if (children > 0)
                emit dataChanged(index(0, column, category), index(children - 1, column, category));
        }
    }
    if (!m_batch)
        emit permissionsChanged();
}

void GroupPermissionsModel::setChecked(
    const QString& name, bool isCategory, const QList<int>& groups, bool checked)
{
    if (m_readOnly)
        return;
    m_batch = true;
    for (int g : groups) {
        if (g < 0 || g >= m_groups.size())
            continue;
        PermissionMatrixModel* matrix = m_groups.at(g).matrix;
        if (isCategory)
            matrix->setCategoryChecked(name, checked);
        else if (checked)
            matrix->checkPermission(name);
        else
            matrix->uncheckPermission(name);
    }
    m_batch = false;
    emit permissionsChanged();
}

void GroupPermissionsModel::copyPermissions(int from, const QList<int>& to)
{
    if (m_readOnly || from < 0 || from >= m_groups.size())
        return;
    QList<QStringList> sets = snapshot();
    for (int g : to) {
        if (g >= 0 && g < sets.size())
            sets[g] = sets.at(from);
    }
    restore(sets);
}

QList<QStringList> GroupPermissionsModel::snapshot() const
{
    QList<QStringList> sets;
    sets.reserve(m_groups.size());
    for (const Group& g : m_groups)
        sets.append(g.matrix->permissions());
    return sets;
}

void GroupPermissionsModel::restore(const QList<QStringList>& sets)
{
    // A set is put back exactly (no dependency is added or taken): it was a set this model held.
    m_batch = true;
    for (int g = 0; g < m_groups.size() && g < sets.size(); ++g)
        m_groups.at(g).matrix->setCheckedPermissions(sets.at(g));
    m_batch = false;
    emit permissionsChanged();
}

void GroupPermissionsModel::revertAll()
{
    m_batch = true;
    for (const Group& g : std::as_const(m_groups))
        g.matrix->revert();
    m_batch = false;
    emit permissionsChanged();
}

void GroupPermissionsModel::setBaseline(int group, const PermissionGroupResponse& updated)
{
    if (group < 0 || group >= m_groups.size())
        return;
    m_groups[group].info.permissions = updated.permissions;
    m_groups.at(group).matrix->setPermissions(updated.permissions.names());
    emit headerDataChanged(Qt::Horizontal, columnOfGroup(group), columnOfGroup(group));
}

void GroupPermissionsModel::setOutcome(int group, Outcome outcome, const QString& message)
{
    if (group < 0 || group >= m_groups.size())
        return;
    m_groups[group].outcome = outcome;
    m_groups[group].message = message;
    emit headerDataChanged(Qt::Horizontal, columnOfGroup(group), columnOfGroup(group));
}

void GroupPermissionsModel::clearOutcomes()
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).outcome != Outcome::None)
            setOutcome(g, Outcome::None);
    }
}

QList<GroupPermissionsModel::GroupDiff> GroupPermissionsModel::diffs() const
{
    QList<GroupDiff> out;
    for (int g = 0; g < m_groups.size(); ++g) {
        const PermissionDiff diff = m_groups.at(g).matrix->diff();
        if (!diff.isEmpty())
            out.append({ g, diff });
    }
    return out;
}

QModelIndex GroupPermissionsModel::shapeIndex(const QModelIndex& index, int column) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kCategoryId)
        return m_shape->index(index.row(), column);
    return m_shape->index(index.row(), column, m_shape->index(int(index.internalId() - 1), 0));
}

QModelIndex GroupPermissionsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= columnCount() || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kCategoryId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex GroupPermissionsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kCategoryId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kCategoryId);
}

int GroupPermissionsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_shape->rowCount();
    if (parent.column() != 0 || parent.internalId() != kCategoryId)
        return 0;
    return m_shape->rowCount(m_shape->index(parent.row(), 0));
}

int GroupPermissionsModel::columnCount(const QModelIndex&) const
{
    return 1 + int(m_groups.size());
}

QVariant GroupPermissionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QModelIndex shape = shapeIndex(index);
    const int g = groupOfColumn(index.column());
    if (g < 0) {
        if (role == Qt::CheckStateRole)
            return {};
        return m_shape->data(shape, role);
    }
    const Group& group = m_groups.at(g);
    // The same cell of this group's own matrix: its check state (tri-state for a category),
    // whether it changed, and what requires it.
    const QModelIndex cell = shapeIndex(index, kPermissionColumn).isValid()
        ? (index.internalId() == kCategoryId ? group.matrix->index(index.row(), kPermissionColumn)
                                             : group.matrix->index(index.row(), kPermissionColumn,
                                                 group.matrix->index(int(index.internalId() - 1), 0)))
        : QModelIndex();
    // A category changed when one of its permissions did.
    const auto changed = [&] {
        if (index.internalId() != kCategoryId)
            return group.matrix->data(cell, ChangedRole).toBool();
        for (int r = 0; r < group.matrix->rowCount(cell); ++r) {
            if (group.matrix->index(r, kPermissionColumn, cell).data(ChangedRole).toBool())
                return true;
        }
        return false;
    };
    switch (role) {
    case Qt::CheckStateRole:
    case NameRole:
    case IsCategoryRole:
        return group.matrix->data(cell, role);
    case ChangedRole:
        return changed();
    case Qt::BackgroundRole:
        if (changed())
            return QBrush(StatusColors::background(StatusColors::Role::Neutral));
        return {};
    case Qt::ForegroundRole:
        return {}; // the palette's text is readable on the tint
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const QString label = m_shape->data(shape, Qt::DisplayRole).toString();
        const Qt::CheckState state = group.matrix->data(cell, Qt::CheckStateRole).value<Qt::CheckState>();
        QString text = state == Qt::Checked ? tr("“%1” has %2").arg(group.info.name, label)
            : state == Qt::PartiallyChecked ? tr("“%1” has part of %2").arg(group.info.name, label)
                                            : tr("“%1” does not have %2").arg(group.info.name, label);
        const QModelIndex requiredBy = index.internalId() == kCategoryId
            ? QModelIndex()
            : group.matrix->index(index.row(), int(PermissionMatrixModel::Column::RequiredBy),
                group.matrix->index(int(index.internalId() - 1), 0));
        const QString required = requiredBy.isValid() ? requiredBy.data().toString() : QString();
        if (!required.isEmpty())
            text += u'\n' + tr("Required by: %1").arg(required);
        if (changed())
            text += u'\n' + tr("Changed, not applied yet");
        return text;
    }
    default:
        return {};
    }
}

bool GroupPermissionsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || m_readOnly)
        return false;
    const int g = groupOfColumn(index.column());
    if (g < 0)
        return false;
    const bool isCategory = index.internalId() == kCategoryId;
    const QString name = m_shape->data(shapeIndex(index), PermissionMatrixModel::NameRole).toString();
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    setChecked(name, isCategory, { g }, checked);
    return true;
}

Qt::ItemFlags GroupPermissionsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() > 0 && !m_readOnly)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant GroupPermissionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const int g = groupOfColumn(section);
    if (g < 0)
        return role == Qt::DisplayRole ? QVariant(tr("Permission")) : QVariant();
    if (g >= m_groups.size())
        return {};
    const Group& group = m_groups.at(g);
    const PermissionGroupResponse& info = group.info;
    // The last Apply's outcome under the name: ✓ applied, ✗ refused, ! changed on the server.
    QString outcome;
    switch (group.outcome) {
    case Outcome::None:
        break;
    case Outcome::Applied:
        outcome = tr("✓ applied");
        break;
    case Outcome::Failed:
        outcome = tr("✗ not applied");
        break;
    case Outcome::ChangedOnServer:
        outcome = tr("! changed on the server");
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        return outcome.isEmpty() ? info.name : info.name + u'\n' + outcome;
    case Qt::ToolTipRole: {
        QString tip = tr("%1: %n member(s)", nullptr, info.agentCount).arg(info.name);
        if (!outcome.isEmpty())
            tip += u'\n' + outcome;
        if (!group.message.isEmpty())
            tip += u'\n' + group.message;
        return tip;
    }
    case Qt::ForegroundRole:
        if (group.outcome == Outcome::Applied)
            return QBrush(StatusColors::text(StatusColors::Role::Positive));
        if (group.outcome != Outcome::None)
            return QBrush(StatusColors::text(StatusColors::Role::Negative));
        return {};
    case OutcomeRole:
        return int(group.outcome);
    default:
        return {};
    }
}

void GroupPermissionsModel::retranslate()
{
    m_shape->retranslate();
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace Alli
