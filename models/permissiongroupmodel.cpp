#include "permissiongroupmodel.h"

#include <QFont>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

PermissionGroupModel::PermissionGroupModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PermissionGroupModel::setGroups(const QList<PermissionGroupResponse>& groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

void PermissionGroupModel::clear()
{
    setGroups({});
}

void PermissionGroupModel::upsertGroup(const PermissionGroupResponse& group)
{
    const int row = rowOfId(group.id);
    if (row >= 0) {
        m_groups[row] = group;
        emitRowChanged(row);
        return;
    }
    beginInsertRows({}, int(m_groups.size()), int(m_groups.size()));
    m_groups.append(group);
    endInsertRows();
}

void PermissionGroupModel::upsertGroup(const PermissionGroupDetailResponse& detail)
{
    PermissionGroupResponse group;
    group.id = detail.id;
    group.name = detail.name;
    group.isAdmin = detail.isAdmin;
    group.isDefault = detail.isDefault;
    group.order = detail.order;
    group.permissions = detail.permissions;
    group.agentCount = int(detail.agents.size());
    upsertGroup(group);
}

void PermissionGroupModel::setName(const QString& id, const QString& name)
{
    const int row = rowOfId(id);
    if (row < 0 || m_groups[row].name == name)
        return;
    m_groups[row].name = name;
    emitRowChanged(row);
}

void PermissionGroupModel::setMemberCount(const QString& id, int count)
{
    const int row = rowOfId(id);
    if (row < 0 || m_groups[row].agentCount == count)
        return;
    m_groups[row].agentCount = count;
    emitRowChanged(row);
}

void PermissionGroupModel::removeGroup(const QString& id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_groups.removeAt(row);
    endRemoveRows();
}

int PermissionGroupModel::rowOfId(const QString& id) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups[row].id == id)
            return row;
    }
    return -1;
}

int PermissionGroupModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int PermissionGroupModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString PermissionGroupModel::badgesText(const PermissionGroupResponse& group)
{
    QStringList badges;
    if (group.isAdmin)
        badges.append(tr("Admin"));
    if (group.isDefault)
        badges.append(tr("Default"));
    return badges.join(u", "_s);
}

QVariant PermissionGroupModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PermissionGroupResponse& group = m_groups[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Name:
            return group.name;
        case Column::Badges:
            return badgesText(group);
        case Column::Members:
            return group.agentCount;
        case Column::Order:
            return group.order ? QVariant(*group.order) : QVariant();
        case Column::Count:
            break;
        }
        return {};
    case Qt::EditRole:
        return column == Column::Name ? QVariant(group.name) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (column == Column::Name || column == Column::Badges) {
            if (group.isAdmin)
                return tr("The administrators group: its members can manage the whole project.");
            if (group.isDefault)
                return tr("The default group: new members without a group join it.");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Members || column == Column::Order)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (column == Column::Badges && (group.isAdmin || group.isDefault)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case GroupIdRole:
        return group.id;
    case IsAdminRole:
        return group.isAdmin;
    case IsDefaultRole:
        return group.isDefault;
    case MemberCountRole:
        return group.agentCount;
    case SortRole:
        switch (column) {
        case Column::Name:
            return group.name;
        case Column::Badges:
            return (group.isAdmin ? 0 : 2) + (group.isDefault ? 0 : 1);
        case Column::Members:
            return group.agentCount;
        case Column::Order:
            // Unordered groups after the ordered ones, as the server lists them.
            return group.order.value_or(std::numeric_limits<int>::max());
        case Column::Count:
            break;
        }
        return {};
    default:
        return {};
    }
}

bool PermissionGroupModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != int(Column::Name) || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString name = value.toString().trimmed();
    PermissionGroupResponse& group = m_groups[index.row()];
    if (name.isEmpty() || name == group.name)
        return false;
    const QString oldName = group.name;
    group.name = name;
    emitRowChanged(index.row());
    emit renameRequested(group.id, name, oldName);
    return true;
}

Qt::ItemFlags PermissionGroupModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    // The administrators group "cannot be deleted or edited", rename included (user guide).
    if (index.column() == int(Column::Name) && !m_groups.at(index.row()).isAdmin)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PermissionGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Badges:
        return tr("Role");
    case Column::Members:
        return tr("Members");
    case Column::Order:
        return tr("Order");
    case Column::Count:
        break;
    }
    return {};
}

void PermissionGroupModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, int(Column::Count) - 1));
}

void PermissionGroupModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
}

} // namespace Alli
