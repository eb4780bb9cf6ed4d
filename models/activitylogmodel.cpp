#include "activitylogmodel.h"
#include "statuscolors.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

ActivityLogModel::ActivityLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ActivityLogModel::setMaxRows(int maxRows)
{
    m_maxRows = std::max(1, maxRows);
    if (m_records.size() > m_maxRows) {
        const int excess = int(m_records.size()) - m_maxRows;
        beginRemoveRows({}, 0, excess - 1);
        m_records.remove(0, excess);
        endRemoveRows();
    }
}

int ActivityLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ActivityLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

bool ActivityLogModel::isLookupAnswer(const ActivityRecord& r)
{
    // "Does this user / agent / group exist?": a 404 to a GET of one resource is the answer "no"
    // (the import's pre-check asks it for every row of a file), not a failed request.
    return r.method == "GET" && r.httpStatus == 404
        && (r.operationId == u"getUser" || r.operationId == u"getAgent"
            || r.operationId == u"getPermissionGroup" || r.operationId == u"getSingleActionAppTool"
            || r.operationId == u"getAgentTool");
}

QVariant ActivityLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityRecord& r = m_records.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Time:
            return r.started.time().toString(u"HH:mm:ss"); // seconds tell attempts of one request apart
        case Column::Method:
            return QString::fromLatin1(r.method);
        case Column::Path:
            return QString(r.url.path() + (r.url.hasQuery() ? QString(u"?"_s + r.url.query()) : QString()));
        case Column::Status:
            return r.httpStatus ? QVariant(r.httpStatus) : QVariant(u"—"_s);
        case Column::Duration:
            return tr("%1 ms").arg(QLocale().toString(r.durationMs));
        case Column::Outcome:
            if (isLookupAnswer(r))
                return tr("Not found (a look-up's answer, not a failure)");
            return r.succeeded() ? tr("OK") : r.error.message();
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Outcome || column == Column::Path)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::ForegroundRole:
        if (!r.succeeded() && !isLookupAnswer(r) && (column == Column::Status || column == Column::Outcome))
            return QBrush(StatusColors::text(StatusColors::Role::Negative));
        break;
    case RecordIdRole:
        return QVariant::fromValue(r.requestId);
    case SucceededRole:
        return r.succeeded();
    case LookupAnswerRole:
        return isLookupAnswer(r);
    case SortRole:
        switch (column) {
        case Column::Time:
            return r.started;
        case Column::Status:
            return r.httpStatus;
        case Column::Duration:
            return r.durationMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        break;
    }
    return {};
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Method:
        return tr("Method");
    case Column::Path:
        return tr("Path");
    case Column::Status:
        return tr("Status");
    case Column::Duration:
        return tr("Duration");
    case Column::Outcome:
        return tr("Outcome");
    case Column::Count:
        break;
    }
    return {};
}

void ActivityLogModel::append(const ActivityRecord& record)
{
    if (m_records.size() >= m_maxRows) {
        beginRemoveRows({}, 0, 0);
        m_records.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

void ActivityLogModel::clear()
{
    if (m_records.isEmpty())
        return;
    beginResetModel();
    m_records.clear();
    endResetModel();
}

void ActivityLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::DisplayRole });
}

} // namespace Alli
