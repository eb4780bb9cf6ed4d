#include "groupmembersmodel.h"

#include "agentlistmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

GroupMembersModel::GroupMembersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void GroupMembersModel::setAgents(const QList<AgentResponse>& agents)
{
    beginResetModel();
    m_agents = agents;
    endResetModel();
}

QString GroupMembersModel::displayName(const AgentResponse& agent)
{
    // The same name order as the agents table (family name first for Korean and Japanese).
    return agentDisplayName(agent.firstName, agent.lastName);
}

int GroupMembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int GroupMembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant GroupMembersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentResponse& agent = m_agents[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case Column::Name:
            return displayName(agent);
        case Column::Email:
            return agent.email;
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return agent.id;
    case AgentIdRole:
        return agent.id;
    default:
        return {};
    }
}

QVariant GroupMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Email:
        return tr("Email");
    case Column::Count:
        break;
    }
    return {};
}

void GroupMembersModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
}

} // namespace Alli
