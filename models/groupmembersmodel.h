#pragma once
// The agents of one permission group (GET /permission_groups/{id}/agents) for the detail view.
// A plain table model because a default group can hold tens of thousands of members.

#include "apitypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace Alli
{

class GroupMembersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Email, Count };
    enum Role { AgentIdRole = Qt::UserRole + 1, SortRole };
    Q_ENUM(Role)

    explicit GroupMembersModel(QObject* parent = nullptr);

    void setAgents(const QList<AgentResponse>& agents);
    void clear() { setAgents({}); }
    const AgentResponse& agentAt(int row) const { return m_agents.at(row); }
    static QString displayName(const AgentResponse& agent);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void retranslate();

private:
    QList<AgentResponse> m_agents;
};

} // namespace Alli
