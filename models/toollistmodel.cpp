#include "toollistmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{

    QString searchText(const QString& displayName, const QString& name, const QString& id,
        const QString& description, const QList<ToolParameter>& parameters)
    {
        QStringList parts { displayName, name, id, description };
        for (const ToolParameter& p : parameters)
            parts << p.name;
        return parts.join(u'\n');
    }

} // namespace

ToolListModel::ToolListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

// Apps occupy rows [0, apps), agent tools the rows after them: each list is replaced as one
// removal followed by one insertion, so views keep the other kind's rows (and selection).
void ToolListModel::setSingleActionAppTools(const QList<SingleActionAppTool>& tools)
{
    if (!m_apps.isEmpty()) {
        beginRemoveRows({}, 0, int(m_apps.size()) - 1);
        m_apps.clear();
        endRemoveRows();
    }
    if (!tools.isEmpty()) {
        beginInsertRows({}, 0, int(tools.size()) - 1);
        m_apps = tools;
        endInsertRows();
    }
}

void ToolListModel::setAgentTools(const QList<AgentTool>& tools)
{
    const int first = int(m_apps.size());
    if (!m_agents.isEmpty()) {
        beginRemoveRows({}, first, first + int(m_agents.size()) - 1);
        m_agents.clear();
        endRemoveRows();
    }
    if (!tools.isEmpty()) {
        beginInsertRows({}, first, first + int(tools.size()) - 1);
        m_agents = tools;
        endInsertRows();
    }
}

void ToolListModel::clear()
{
    setAgentTools({});
    setSingleActionAppTools({});
}

ToolListModel::Kind ToolListModel::kindAt(int row) const
{
    return row < m_apps.size() ? Kind::SingleActionApp : Kind::AgentTool;
}

QString ToolListModel::toolNameAt(int row) const
{
    return kindAt(row) == Kind::SingleActionApp ? singleActionAppAt(row).name : agentToolAt(row).name;
}

const SingleActionAppTool& ToolListModel::singleActionAppAt(int row) const
{
    return m_apps.at(row);
}

const AgentTool& ToolListModel::agentToolAt(int row) const
{
    return m_agents.at(row - m_apps.size());
}

int ToolListModel::rowOf(Kind kind, const QString& toolName) const
{
    if (kind == Kind::SingleActionApp) {
        for (int i = 0; i < m_apps.size(); ++i) {
            if (m_apps.at(i).name == toolName)
                return i;
        }
    } else {
        for (int i = 0; i < m_agents.size(); ++i) {
            if (m_agents.at(i).name == toolName)
                return int(m_apps.size()) + i;
        }
    }
    return -1;
}

QString ToolListModel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::SingleActionApp:
        return tr("Single-action app");
    case Kind::AgentTool:
        return tr("Agent tool");
    }
    return {};
}

int ToolListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size() + m_agents.size());
}

int ToolListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ToolListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Kind kind = kindAt(row);
    const bool isApp = kind == Kind::SingleActionApp;
    const QString displayName = isApp ? singleActionAppAt(row).displayName : agentToolAt(row).displayName;
    const QString name = isApp ? singleActionAppAt(row).name : agentToolAt(row).name;
    const QString description = isApp ? singleActionAppAt(row).description : agentToolAt(row).description;
    const std::optional<bool> published = isApp ? std::nullopt : agentToolAt(row).published;

    switch (role) {
    case KindRole:
        return int(kind);
    case ToolNameRole:
        return name;
    case SearchTextRole:
        return isApp
            ? searchText(
                displayName, name, singleActionAppAt(row).id, description, singleActionAppAt(row).inputs)
            : searchText(displayName, name, agentToolAt(row).id, description, agentToolAt(row).variables);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        switch (Column(index.column())) {
        case Column::Kind:
            return kindText(kind);
        case Column::DisplayName:
            return displayName;
        case Column::Name:
            return name;
        case Column::Published:
            if (!published)
                return role == SortRole ? QVariant(QString()) : QVariant();
            if (role == SortRole)
                return *published ? u"1"_s : u"0"_s;
            return *published ? tr("Published") : tr("Not published");
        case Column::Description:
            return description;
        case Column::Count:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ToolListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Kind:
        return tr("Kind");
    case Column::DisplayName:
        return tr("Display name");
    case Column::Name:
        return tr("Name");
    case Column::Published:
        return tr("Published");
    case Column::Description:
        return tr("Description");
    case Column::Count:
        break;
    }
    return {};
}

void ToolListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    const int rows = rowCount();
    if (rows > 0)
        emit dataChanged(
            index(0, 0), index(rows - 1, int(Column::Count) - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

ToolFilterProxyModel::ToolFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ToolListModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ToolFilterProxyModel::setKindFilter(std::optional<ToolListModel::Kind> kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void ToolFilterProxyModel::setTextFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool ToolFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && idx.data(ToolListModel::KindRole).toInt() != int(*m_kind))
        return false;
    if (m_text.isEmpty())
        return true;
    return idx.data(ToolListModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace Alli
