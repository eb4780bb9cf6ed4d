#pragma once
// The project's tools of both kinds in one table for the Tools page: single-action app tools
// first, then agent tools, each list replaced as its own reply arrives. ToolFilterProxyModel
// filters by kind and by text.

#include "apitypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

#include <optional>

namespace Alli
{

class ToolListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { SingleActionApp, AgentTool };
    Q_ENUM(Kind)
    enum class Column { Kind, DisplayName, Name, Published, Description, Count };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        ToolNameRole, // the key of the detail call ("func_...")
        SearchTextRole, // everything the text filter matches against
        SortRole,
    };
    Q_ENUM(Role)

    explicit ToolListModel(QObject* parent = nullptr);

    void setSingleActionAppTools(const QList<SingleActionAppTool>& tools);
    void setAgentTools(const QList<AgentTool>& tools);
    void clear();

    int singleActionAppCount() const { return int(m_apps.size()); }
    int agentToolCount() const { return int(m_agents.size()); }

    Kind kindAt(int row) const;
    QString toolNameAt(int row) const;
    // Valid only for rows of the matching kind.
    const SingleActionAppTool& singleActionAppAt(int row) const;
    const AgentTool& agentToolAt(int row) const;
    // The row of a tool by its kind and name, or -1.
    int rowOf(Kind kind, const QString& toolName) const;

    static QString kindText(Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void retranslate();

private:
    QList<SingleActionAppTool> m_apps;
    QList<AgentTool> m_agents;
};

class ToolFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ToolFilterProxyModel(QObject* parent = nullptr);

    // nullopt shows both kinds.
    void setKindFilter(std::optional<ToolListModel::Kind> kind);
    std::optional<ToolListModel::Kind> kindFilter() const { return m_kind; }
    // Case-insensitive substring of the display name, name, id, description or a parameter name.
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<ToolListModel::Kind> m_kind;
    QString m_text;
};

} // namespace Alli
