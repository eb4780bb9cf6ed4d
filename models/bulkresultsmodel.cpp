#include "bulkresultsmodel.h"
#include "statuscolors.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

BulkResultsModel::BulkResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BulkResultsModel::setRun(Bulk::BulkRun* run)
{
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_run = run;
    if (run) {
        connect(run, &Bulk::BulkRun::rowsChanged, this, &BulkResultsModel::onRowsChanged);
        connect(run, &Bulk::BulkRun::rowsReset, this, &BulkResultsModel::reset);
        // A run deleted under the view: empty the model rather than read freed rows.
        connect(run, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rowCount = 0;
            endResetModel();
        });
    }
    reset();
}

void BulkResultsModel::reset()
{
    beginResetModel();
    m_rowCount = m_run ? int(m_run->rows().size()) : 0;
    endResetModel();
}

void BulkResultsModel::onRowsChanged(const QList<int>& indexes)
{
    if (indexes.isEmpty() || m_rowCount == 0)
        return;
    QList<int> sorted = indexes;
    std::sort(sorted.begin(), sorted.end());
    // One dataChanged per contiguous run: a chunk's rows are usually adjacent.
    const int lastColumn = int(Column::Count) - 1;
    int first = -1, last = -1;
    const auto flush = [&] {
        if (first >= 0)
            emit dataChanged(index(first, 0), index(last, lastColumn));
    };
    for (int row : std::as_const(sorted)) {
        if (row < 0 || row >= m_rowCount)
            continue;
        if (first >= 0 && row <= last + 1) {
            last = std::max(last, row);
            continue;
        }
        flush();
        first = last = row;
    }
    flush();
}

Bulk::RowState BulkResultsModel::stateAt(int row) const
{
    if (!m_run || row < 0 || row >= m_rowCount)
        return Bulk::RowState::Pending;
    return m_run->results().value(row).state;
}

int BulkResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int BulkResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant BulkResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_run)
        return {};
    const Bulk::PreparedRow& row = m_run->rows().at(index.row());
    const Bulk::RowResult result = m_run->results().value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Line:
            return row.line;
        case Column::Key:
            return row.key;
        case Column::State:
            return Bulk::rowStateLabel(result.state);
        case Column::Message:
            if (result.state == Bulk::RowState::Invalid && result.message.isEmpty()) {
                QStringList messages;
                for (const Bulk::CellProblem& p : row.problems)
                    messages << p.text();
                return messages.join(u' '); // each message is a sentence
            }
            return result.text(); // ours in the language of the moment, the server's as it said it
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (Column(index.column()) == Column::Message)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::ForegroundRole:
        if (Column(index.column()) != Column::State)
            return {};
        switch (result.state) {
        case Bulk::RowState::Succeeded:
            return QBrush(StatusColors::text(StatusColors::Role::Positive));
        case Bulk::RowState::Failed:
        case Bulk::RowState::Invalid:
            return QBrush(StatusColors::text(StatusColors::Role::Negative));
        case Bulk::RowState::Unknown:
            return QBrush(StatusColors::text(StatusColors::Role::Neutral));
        case Bulk::RowState::Pending:
        case Bulk::RowState::NotSent:
            return {};
        }
        return {};
    case Qt::TextAlignmentRole:
        if (Column(index.column()) == Column::Line)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StateRole:
        return int(result.state);
    case LineRole:
        return row.line;
    case KeyRole:
        return row.key;
    case SortRole:
        switch (Column(index.column())) {
        case Column::Line:
            return row.line;
        case Column::Key:
            return row.key;
        case Column::State:
            return int(result.state);
        case Column::Message:
            // As it was first said: sorting 100,000 rows does not translate a message per comparison.
            return result.message;
        case Column::Count:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant BulkResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Line:
        return tr("Line");
    case Column::Key:
        return tr("User or email");
    case Column::State:
        return tr("Result");
    case Column::Message:
        return tr("Message");
    case Column::Count:
        break;
    }
    return {};
}

void BulkResultsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (m_rowCount > 0)
        emit dataChanged(index(0, int(Column::State)), index(m_rowCount - 1, int(Column::Message)));
}

BulkResultsFilterProxy::BulkResultsFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BulkResultsModel::SortRole);
}

void BulkResultsFilterProxy::setStates(const QSet<Bulk::RowState>& states)
{
    if (m_states == states)
        return;
    m_states = states;
    invalidateRowsFilter();
}

QSet<Bulk::RowState> BulkResultsFilterProxy::statesFor(Preset preset)
{
    switch (preset) {
    case Preset::All:
        return {};
    case Preset::Problems:
        return problemStates();
    case Preset::Succeeded:
        return { Bulk::RowState::Succeeded };
    case Preset::Invalid:
        return { Bulk::RowState::Invalid };
    case Preset::NotSent:
        return { Bulk::RowState::NotSent };
    }
    return {};
}

QSet<Bulk::RowState> BulkResultsFilterProxy::problemStates()
{
    return { Bulk::RowState::Failed, Bulk::RowState::Unknown };
}

bool BulkResultsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_states.isEmpty())
        return true;
    const int state
        = sourceModel()->index(sourceRow, 0, sourceParent).data(BulkResultsModel::StateRole).toInt();
    return m_states.contains(Bulk::RowState(state));
}

} // namespace Alli
