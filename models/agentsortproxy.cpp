#include "agentsortproxy.h"

#include "agentlistmodel.h"
#include "background.h"

#include <algorithm>
#include <memory>
#include <numeric>

namespace Alli
{

namespace
{

    using Column = AgentListModel::Column;

    QString sortText(const AgentStore& store, int column, int row)
    {
        return Column(column) == Column::Name ? store.displayName(row) : store.text(row, AgentStore::Email);
    }

    template<typename Compare> std::vector<quint32> ranksFromOrder(int n, Compare compare)
    {
        std::vector<quint32> order(static_cast<size_t>(n));
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return compare(a, b) < 0; });
        std::vector<quint32> ranks(static_cast<size_t>(n));
        quint32 rank = 0;
        for (size_t k = 0; k < order.size(); ++k) {
            if (k > 0 && compare(order[k - 1], order[k]) != 0)
                rank = quint32(k);
            ranks[order[k]] = rank;
        }
        return ranks;
    }

} // namespace

AgentSortProxy::AgentSortProxy(AgentListModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_model(source)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(AgentListModel::SortRole);
    setSourceModel(source);
    // Connected after QSortFilterProxyModel's own handlers, which do not compare rows on removal.
    connect(source, &QAbstractItemModel::modelReset, this, &AgentSortProxy::dropRanks);
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex&, int first, int last) {
        if (m_sorting) {
            startRanking(m_requestedColumn); // the snapshot being ranked no longer matches the rows
            return;
        }
        if (size_t(first) < m_ranks.size())
            m_ranks.erase(
                m_ranks.begin() + first, m_ranks.begin() + std::min<qsizetype>(last + 1, m_ranks.size()));
    });
    connect(source, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int) {
        if (size_t(first) < m_ranks.size()) // not an append: ranks would point at other rows
            m_ranks.clear();
    });
    connect(source, &AgentListModel::loadedAll, this, [this] {
        if (!m_waitingForAll)
            return;
        m_waitingForAll = false;
        setSorting(false);
        sort(m_requestedColumn, m_requestedOrder);
    });
}

AgentSortProxy::~AgentSortProxy() = default;

void AgentSortProxy::setEmailFilter(const QString& text)
{
    const QString needle = text.trimmed();
    if (needle == m_needle)
        return;
    m_needle = needle;
    m_needleUtf8Lower = needle.toLower().toUtf8();
    m_needleAscii = std::all_of(needle.cbegin(), needle.cend(), [](QChar c) { return c.unicode() < 0x80; });
    invalidateFilter();
}

void AgentSortProxy::setNameFilter(const QString& text)
{
    const QString needle = text.trimmed();
    if (needle == m_nameNeedle)
        return;
    m_nameNeedle = needle;
    invalidateFilter();
}

void AgentSortProxy::setMemberFilter(std::optional<QSet<QString>> emails, bool invert)
{
    if (emails == m_members && invert == m_invertMembers)
        return;
    m_members = std::move(emails);
    m_invertMembers = invert;
    invalidateFilter();
}

void AgentSortProxy::setCollatorLocale(const QLocale& locale)
{
    if (locale == m_collator.locale())
        return;
    m_collator.setLocale(locale);
    m_ranks.clear();
    m_rankColumn = -1;
    if (m_requestedColumn >= 0 && m_requestedColumn != int(Column::Id)) {
        // Same column and order: QSortFilterProxyModel::sort() would do nothing, so re-sort explicitly.
        const int column = m_requestedColumn;
        const Qt::SortOrder order = m_requestedOrder;
        QSortFilterProxyModel::sort(-1, order);
        sort(column, order);
    }
}

bool AgentSortProxy::waitForAll()
{
    const bool partial = m_model->hasServer() && m_model->isStarted() && !m_model->atEnd();
    if (!partial)
        return false;
    ++m_rankGeneration; // a ranking of the partial list is no longer wanted
    m_waitingForAll = true;
    // Until every page is there, rows keep the server's order: they arrive at the end and nothing
    // on screen moves.
    if (sortColumn() >= 0)
        QSortFilterProxyModel::sort(-1, m_requestedOrder);
    setSorting(true);
    m_model->loadAll();
    return true;
}

void AgentSortProxy::sort(int column, Qt::SortOrder order)
{
    m_requestedColumn = column;
    m_requestedOrder = order;
    if (column >= 0 && column < int(Column::Count) && waitForAll())
        return;
    if (m_waitingForAll) { // the sort was cleared while the rest was loading
        m_waitingForAll = false;
        m_model->stopLoadingAll();
    }
    const bool ranked = column == m_rankColumn && m_ranks.size() == size_t(m_model->rowCount());
    if (column < 0 || column >= int(Column::Count) || ranked || m_model->rowCount() < m_asyncThreshold) {
        if (m_sorting) {
            ++m_rankGeneration; // a pending ranking is no longer wanted
            setSorting(false);
        }
        applySort(column, order);
        return;
    }
    startRanking(column);
}

void AgentSortProxy::startRanking(int column)
{
    const quint64 generation = ++m_rankGeneration;
    setSorting(true);
    // A copy of the store is O(1): the worker reads shared, immutable chunks.
    runInBackground(
        this,
        [store = m_model->store(), column, locale = m_collator.locale()] {
            return computeRanks(store, column, locale);
        },
        [this, generation, column](std::vector<quint32> ranks) {
            if (generation != m_rankGeneration)
                return; // superseded by another sort, a reset or a removal
            m_ranks = std::move(ranks);
            m_rankColumn = column;
            setSorting(false);
            applySort(m_requestedColumn, m_requestedOrder);
        });
}

void AgentSortProxy::applySort(int column, Qt::SortOrder order)
{
    if (column == sortColumn() && order == sortOrder() && column >= 0)
        invalidate(); // the rows were re-ranked (locale change): sort again
    else
        QSortFilterProxyModel::sort(column, order);
    emit sortFinished();
}

void AgentSortProxy::setSorting(bool sorting)
{
    if (m_sorting == sorting)
        return;
    m_sorting = sorting;
    emit sortingChanged(sorting);
}

void AgentSortProxy::dropRanks()
{
    m_ranks.clear();
    m_rankColumn = -1;
    if (m_requestedColumn >= 0 && m_requestedColumn < int(Column::Count) && m_model->isStarted()) {
        // A new list (another filter, a refresh): a sorted view waits for all of it again.
        m_waitingForAll = false;
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_requestedColumn >= 0 && !m_waitingForAll && !m_model->atEnd())
                    sort(m_requestedColumn, m_requestedOrder);
            },
            Qt::QueuedConnection);
    }
    if (m_sorting) {
        // The new list starts empty: sorting it is immediate, later pages insert in order.
        ++m_rankGeneration;
        setSorting(false);
        applySort(m_requestedColumn, m_requestedOrder);
    }
}

QList<int> AgentSortProxy::sourceRowsInOrder() const
{
    QList<int> rows;
    const int n = rowCount();
    rows.reserve(n);
    for (int i = 0; i < n; ++i)
        rows.append(mapToSource(index(i, 0)).row());
    return rows;
}

std::vector<quint32> AgentSortProxy::computeRanks(const AgentStore& store, int column, const QLocale& locale)
{
    const int n = store.size();
    if (Column(column) == Column::Id) {
        return ranksFromOrder(n, [&](quint32 a, quint32 b) {
            return QByteArrayView(store.field(int(a), AgentStore::Id))
                .compare(store.field(int(b), AgentStore::Id));
        });
    }
    // Sort keys are computed once per row; comparing them is a byte comparison.
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(n));
    for (int row = 0; row < n; ++row)
        keys.push_back(collator.sortKey(sortText(store, column, row)));
    return ranksFromOrder(n, [&](quint32 a, quint32 b) { return keys[a].compare(keys[b]); });
}

bool AgentSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return true;
    const AgentStore& store = m_model->store();
    if (!m_needle.isEmpty()) {
        if (m_needle.startsWith(u'@')) {
            if (!store.text(sourceRow, AgentStore::Email).endsWith(m_needle, Qt::CaseInsensitive))
                return false;
        } else if (!store.emailContains(sourceRow, m_needleUtf8Lower, m_needle, m_needleAscii)) {
            return false;
        }
    }
    if (!m_nameNeedle.isEmpty() && !store.displayName(sourceRow).contains(m_nameNeedle, Qt::CaseInsensitive))
        return false;
    if (m_members
        && m_members->contains(store.text(sourceRow, AgentStore::Email).toLower()) == m_invertMembers)
        return false;
    return true;
}

bool AgentSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int column = left.column();
    const size_t l = size_t(left.row());
    const size_t r = size_t(right.row());
    if (column == m_rankColumn && l < m_ranks.size() && r < m_ranks.size())
        return m_ranks[l] < m_ranks[r];
    // Rows that arrived after the ranking compare by the collator, which orders them consistently
    // with the ranks.
    return compareRows(column, left.row(), right.row()) < 0;
}

int AgentSortProxy::compareRows(int column, int leftRow, int rightRow) const
{
    const AgentStore& store = m_model->store();
    if (Column(column) == Column::Id)
        return store.field(leftRow, AgentStore::Id).compare(store.field(rightRow, AgentStore::Id));
    return m_collator.compare(sortText(store, column, leftRow), sortText(store, column, rightRow));
}

} // namespace Alli
