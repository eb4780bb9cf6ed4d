#include "groupstatsmodel.h"

#include "permissioncatalog.h"
#include "permissionlabels.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

GroupStatsModel::GroupStatsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    const PermissionCatalog& catalog = PermissionCatalog::instance();
    m_categories = catalog.categories();
    m_categorySizes.fill(0, m_categories.size());
    for (const PermissionInfo& info : catalog.permissions()) {
        const qsizetype c = m_categories.indexOf(info.category);
        if (c >= 0)
            ++m_categorySizes[c];
    }
}

void GroupStatsModel::setGroups(const QList<PermissionGroupResponse>& groups)
{
    const PermissionCatalog& catalog = PermissionCatalog::instance();
    beginResetModel();
    m_groups = groups;
    m_held.clear();
    m_held.reserve(groups.size());
    for (const PermissionGroupResponse& group : groups) {
        QList<int> held(m_categories.size(), 0);
        for (const QString& name : group.permissions.names()) {
            if (const PermissionInfo* info = catalog.find(name)) {
                const qsizetype c = m_categories.indexOf(info->category);
                if (c >= 0)
                    ++held[c];
            }
        }
        m_held.append(held);
    }
    endResetModel();
}

double GroupStatsModel::coverage(int row, int category) const
{
    const int size = m_categorySizes.value(category);
    return size > 0 ? double(m_held.at(row).value(category)) / size : 0.0;
}

int GroupStatsModel::groupsWithoutMembers() const
{
    return int(std::count_if(m_groups.cbegin(), m_groups.cend(),
        [](const PermissionGroupResponse& g) { return g.agentCount == 0; }));
}

int GroupStatsModel::maxMembers() const
{
    int most = 0;
    for (const PermissionGroupResponse& g : m_groups)
        most = std::max(most, g.agentCount);
    return most;
}

int GroupStatsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupStatsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::FirstCategory) + int(m_categories.size());
}

QVariant GroupStatsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PermissionGroupResponse& group = m_groups.at(index.row());
    const int category = index.column() - int(Column::FirstCategory);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == int(Column::Name))
            return group.name;
        if (index.column() == int(Column::Members))
            return group.agentCount;
        //: A share of a permission category, e.g. "60 %"
        return tr("%1 %").arg(qRound(coverage(index.row(), category) * 100));
    case Qt::ToolTipRole:
        if (index.column() == int(Column::Name))
            return group.name;
        if (index.column() == int(Column::Members))
            return tr("%1: %n member(s)", nullptr, group.agentCount).arg(group.name);
        //: e.g. "Support · Skills: 2 of 3 permissions"
        return tr("%1 · %2: %3 of %n permission(s)", nullptr, m_categorySizes.value(category))
            .arg(group.name, PermissionLabels::categoryLabel(m_categories.at(category)))
            .arg(m_held.at(index.row()).value(category));
    case GroupIdRole:
        return group.id;
    case MemberCountRole:
        return group.agentCount;
    case IsAdminRole:
        return group.isAdmin;
    case CoverageRole:
        if (category >= 0)
            return coverage(index.row(), category);
        return {};
    case CategoryRole:
        if (category >= 0)
            return m_categories.at(category);
        return {};
    default:
        return {};
    }
}

QVariant GroupStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const int category = section - int(Column::FirstCategory);
    if (role == CategoryRole && category >= 0)
        return m_categories.at(category);
    if (role != Qt::DisplayRole)
        return {};
    if (section == int(Column::Name))
        return tr("Group");
    if (section == int(Column::Members))
        return tr("Members");
    return PermissionLabels::categoryLabel(m_categories.at(category));
}

void GroupStatsModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::ToolTipRole });
}

} // namespace Alli
