#include "agentsortproxy.h"

#include "agentlistmodel.h"
#include "background.h"

#include <algorithm>
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

bool AgentSortProxy::Filter::accepts(const AgentStore& store, int row) const
{
    if (!email.isEmpty()) {
        if (email.startsWith(u'@')) {
            if (!store.text(row, AgentStore::Email).endsWith(email, Qt::CaseInsensitive))
                return false;
        } else if (!store.emailContains(row, emailUtf8Lower, email, emailAscii)) {
            return false;
        }
    }
    if (!name.isEmpty() && !store.displayName(row).contains(name, Qt::CaseInsensitive))
        return false;
    if (members && members->contains(store.text(row, AgentStore::Email).toLower()) == invertMembers)
        return false;
    return true;
}

AgentSortProxy::AgentSortProxy(AgentListModel* source, QObject* parent)
    : QAbstractProxyModel(parent)
    , m_model(source)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    QAbstractProxyModel::setSourceModel(source);
    m_rows.resize(size_t(source->rowCount()));
    std::iota(m_rows.begin(), m_rows.end(), 0);
    m_mappedCount = source->rowCount();

    connect(source, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex& parent, int first, int last) {
            if (!parent.isValid() && !m_pending)
                appendSourceRows(first, last);
        });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex& parent, int first, int last) {
            if (parent.isValid())
                return;
            // The proxy rows of the rows going away leave first, while the source still has them.
            const std::vector<int>& proxyOf = proxyOfSource();
            std::vector<int> gone;
            for (int row = first; row <= last && row < m_mappedCount; ++row) {
                if (size_t(row) < proxyOf.size() && proxyOf[size_t(row)] >= 0)
                    gone.push_back(proxyOf[size_t(row)]);
            }
            std::sort(gone.begin(), gone.end(), std::greater<>());
            for (size_t k = 0; k < gone.size();) {
                size_t end = k + 1; // a run of consecutive proxy rows
                while (end < gone.size() && gone[end] == gone[end - 1] - 1)
                    ++end;
                const int top = gone[end - 1];
                const int bottom = gone[k];
                beginRemoveRows({}, top, bottom);
                m_rows.erase(m_rows.begin() + top, m_rows.begin() + bottom + 1);
                m_proxyOfValid = false;
                endRemoveRows();
                k = end;
            }
        });
    connect(source, &QAbstractItemModel::rowsRemoved, this,
        [this](const QModelIndex& parent, int first, int last) {
            if (!parent.isValid())
                removeSourceRows(first, last);
        });
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        ++m_generation; // a mapping being computed is of the old list
        m_pending = false;
        m_rows.clear();
        m_proxyOfValid = false;
        m_mappedCount = 0;
        m_ranks.reset();
        m_rankColumn = -1;
        const bool sortWasPending = m_sortPending || (m_sorting && !m_waitingForAll);
        m_sortPending = false;
        if (m_sorting) {
            // The new list starts empty: its order is there at once, later pages insert in order.
            m_waitingForAll = false;
            const bool valid = m_requestedColumn >= 0 && m_requestedColumn < int(Column::Count);
            m_targetColumn = valid ? m_requestedColumn : -1;
            m_targetOrder = m_requestedOrder;
        }
        m_sortColumn = m_targetColumn;
        m_sortOrder = m_targetOrder;
        const int count = m_model->rowCount();
        for (int row = 0; row < count; ++row) {
            if (m_filter.accepts(m_model->store(), row))
                m_rows.push_back(row);
        }
        m_mappedCount = count;
        if (m_sortColumn >= 0) {
            std::stable_sort(m_rows.begin(), m_rows.end(), [this](int a, int b) { return lessThan(a, b); });
        }
        endResetModel();
        if (m_sorting) {
            setSorting(false);
            if (sortWasPending)
                emit sortFinished();
        }
        if (m_requestedColumn >= 0 && m_requestedColumn < int(Column::Count) && m_model->isStarted()) {
            // A new list (another filter, a refresh): a sorted view waits for all of it again.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_requestedColumn >= 0 && !m_waitingForAll && !m_model->atEnd())
                        sort(m_requestedColumn, m_requestedOrder);
                },
                Qt::QueuedConnection);
        }
    });
    connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    connect(source, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) {
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                const QModelIndex left = mapFromSource(topLeft.siblingAtRow(row));
                if (left.isValid())
                    emit dataChanged(left, left.siblingAtColumn(bottomRight.column()), roles);
            }
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

// ---- Filters ------------------------------------------------------------------------------------

void AgentSortProxy::setEmailFilter(const QString& text)
{
    const QString needle = text.trimmed();
    if (needle == m_filter.email)
        return;
    m_filter.email = needle;
    m_filter.emailUtf8Lower = needle.toLower().toUtf8();
    m_filter.emailAscii
        = std::all_of(needle.cbegin(), needle.cend(), [](QChar c) { return c.unicode() < 0x80; });
    remap(false);
}

void AgentSortProxy::setNameFilter(const QString& text)
{
    const QString needle = text.trimmed();
    if (needle == m_filter.name)
        return;
    m_filter.name = needle;
    remap(false);
}

void AgentSortProxy::setMemberFilter(std::optional<QSet<QString>> emails, bool invert)
{
    if (emails == m_filter.members && invert == m_filter.invertMembers)
        return;
    m_filter.members = std::move(emails);
    m_filter.invertMembers = invert;
    remap(false);
}

// ---- Sorting ------------------------------------------------------------------------------------

void AgentSortProxy::setCollatorLocale(const QLocale& locale)
{
    if (locale == m_collator.locale())
        return;
    m_collator.setLocale(locale);
    m_ranks.reset();
    m_rankColumn = -1;
    // Same column and order, new collation: rank and sort again.
    if (m_targetColumn >= 0 && m_targetColumn != int(Column::Id))
        remap(true);
}

bool AgentSortProxy::waitForAll()
{
    const bool partial = m_model->hasServer() && m_model->isStarted() && !m_model->atEnd();
    if (!partial)
        return false;
    m_waitingForAll = true;
    // Until every page is there, rows keep the server's order: they arrive at the end and nothing
    // on screen moves.
    if (m_targetColumn >= 0 || m_sortPending) {
        m_targetColumn = -1;
        m_sortPending = false;
        remap(false);
    }
    setSorting(true);
    m_model->loadAll();
    return true;
}

void AgentSortProxy::sort(int column, Qt::SortOrder order)
{
    m_requestedColumn = column;
    m_requestedOrder = order;
    const bool valid = column >= 0 && column < int(Column::Count);
    if (valid && waitForAll())
        return;
    if (m_waitingForAll) { // the sort was cleared while the rest was loading
        m_waitingForAll = false;
        m_model->stopLoadingAll();
    }
    m_targetColumn = valid ? column : -1;
    m_targetOrder = order;
    remap(true);
}

void AgentSortProxy::setSorting(bool sorting)
{
    if (m_sorting == sorting)
        return;
    m_sorting = sorting;
    emit sortingChanged(sorting);
}

// ---- The mapping --------------------------------------------------------------------------------

AgentSortProxy::Mapping AgentSortProxy::computeMapping(const AgentStore& store, int count,
    const Filter& filter, int column, Qt::SortOrder order, Ranks ranks, const QLocale& locale)
{
    Mapping mapping;
    mapping.sourceCount = count;
    if (column >= 0 && (!ranks || ranks->size() < size_t(count)))
        ranks = std::make_shared<const std::vector<quint32>>(computeRanks(store, column, locale));
    mapping.ranks = ranks;
    std::vector<int>& rows = mapping.rows;
    rows.reserve(size_t(count));
    const bool all = filter.isEmpty();
    for (int row = 0; row < count; ++row) {
        if (all || filter.accepts(store, row))
            rows.push_back(row);
    }
    if (column >= 0) {
        const std::vector<quint32>& r = *ranks;
        if (order == Qt::AscendingOrder)
            std::stable_sort(
                rows.begin(), rows.end(), [&r](int a, int b) { return r[size_t(a)] < r[size_t(b)]; });
        else
            std::stable_sort(
                rows.begin(), rows.end(), [&r](int a, int b) { return r[size_t(a)] > r[size_t(b)]; });
    }
    return mapping;
}

void AgentSortProxy::remap(bool sortRequest)
{
    const quint64 generation = ++m_generation;
    sortRequest = sortRequest || m_sortPending;
    const int count = m_model->rowCount();
    const int column = m_targetColumn;
    const Qt::SortOrder order = m_targetOrder;
    const Ranks ranks = column >= 0 && column == m_rankColumn ? m_ranks : Ranks();
    if (count < m_asyncThreshold) {
        m_pending = false;
        m_sortPending = false;
        applyMapping(
            computeMapping(m_model->store(), count, m_filter, column, order, ranks, m_collator.locale()),
            column, order, sortRequest);
        return;
    }
    m_pending = true;
    m_sortPending = sortRequest;
    if (sortRequest)
        setSorting(true);
    // A copy of the store is O(1): the worker reads shared, immutable chunks.
    runInBackground(
        this,
        [store = m_model->store(), count, filter = m_filter, column, order, ranks,
            locale = m_collator.locale()] {
            return computeMapping(store, count, filter, column, order, ranks, locale);
        },
        [this, generation, column, order, sortRequest](Mapping mapping) {
            if (generation != m_generation)
                return; // superseded by another filter or sort, a reset or a removal
            m_pending = false;
            m_sortPending = false;
            applyMapping(std::move(mapping), column, order, sortRequest);
        });
}

void AgentSortProxy::applyMapping(Mapping mapping, int column, Qt::SortOrder order, bool sortRequest)
{
    // The new order is swapped in; only the persistent indexes (selection, current row) are
    // looked up, never every row.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(persistent.size()));
    for (const QModelIndex& index : persistent)
        sources.push_back(size_t(index.row()) < m_rows.size() ? m_rows[size_t(index.row())] : -1);
    m_rows = std::move(mapping.rows);
    m_mappedCount = mapping.sourceCount;
    m_proxyOfValid = false;
    if (column >= 0) {
        m_ranks = std::move(mapping.ranks);
        m_rankColumn = column;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    if (!persistent.isEmpty()) {
        const std::vector<int>& proxyOf = proxyOfSource();
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const int source = sources[size_t(i)];
            const int row = source >= 0 && size_t(source) < proxyOf.size() ? proxyOf[size_t(source)] : -1;
            changePersistentIndex(
                persistent.at(i), row >= 0 ? index(row, persistent.at(i).column()) : QModelIndex());
        }
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    // Pages that arrived while the mapping was computed.
    if (m_mappedCount < m_model->rowCount())
        appendSourceRows(m_mappedCount, m_model->rowCount() - 1);
    if (sortRequest) {
        setSorting(m_waitingForAll);
        emit sortFinished();
    }
    emit mappingApplied();
}

void AgentSortProxy::appendSourceRows(int first, int last)
{
    const AgentStore& store = m_model->store();
    m_proxyOfValid = false;
    if (m_sortColumn < 0) {
        std::vector<int> accepted;
        for (int row = first; row <= last; ++row) {
            if (m_filter.accepts(store, row))
                accepted.push_back(row);
        }
        m_mappedCount = last + 1;
        if (accepted.empty())
            return;
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at + int(accepted.size()) - 1);
        m_rows.insert(m_rows.end(), accepted.begin(), accepted.end());
        endInsertRows();
        return;
    }
    for (int row = first; row <= last; ++row) {
        m_mappedCount = row + 1;
        if (!m_filter.accepts(store, row))
            continue;
        const int at = insertPosition(row);
        beginInsertRows({}, at, at);
        m_rows.insert(m_rows.begin() + at, row);
        endInsertRows();
    }
}

void AgentSortProxy::removeSourceRows(int first, int last)
{
    // The proxy rows left in rowsAboutToBeRemoved; the rows after them move up.
    const int n = last - first + 1;
    for (int& row : m_rows) {
        if (row > last)
            row -= n;
    }
    if (first < m_mappedCount)
        m_mappedCount -= std::min(n, m_mappedCount - first);
    if (m_ranks && size_t(first) < m_ranks->size()) {
        auto ranks = std::make_shared<std::vector<quint32>>(*m_ranks);
        ranks->erase(ranks->begin() + first, ranks->begin() + std::min<qsizetype>(last + 1, ranks->size()));
        m_ranks = std::move(ranks);
    }
    m_proxyOfValid = false;
    if (m_pending)
        remap(m_sortPending); // the snapshot being mapped no longer matches the rows
}

int AgentSortProxy::insertPosition(int sourceRow) const
{
    // After the rows that compare equal, as a stable sort would place a row that came last.
    const auto it = std::upper_bound(
        m_rows.begin(), m_rows.end(), sourceRow, [this](int row, int other) { return lessThan(row, other); });
    return int(it - m_rows.begin());
}

bool AgentSortProxy::lessThan(int leftRow, int rightRow) const
{
    int c;
    const std::vector<quint32>* ranks = m_rankColumn == m_sortColumn && m_ranks ? m_ranks.get() : nullptr;
    if (ranks && size_t(leftRow) < ranks->size() && size_t(rightRow) < ranks->size()) {
        const quint32 l = (*ranks)[size_t(leftRow)];
        const quint32 r = (*ranks)[size_t(rightRow)];
        c = l < r ? -1 : l > r ? 1 : 0;
    } else {
        // Rows that arrived after the ranking compare by the collator, which orders them
        // consistently with the ranks.
        c = compareRows(m_sortColumn, leftRow, rightRow);
    }
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

int AgentSortProxy::compareRows(int column, int leftRow, int rightRow) const
{
    const AgentStore& store = m_model->store();
    if (Column(column) == Column::Id)
        return store.field(leftRow, AgentStore::Id).compare(store.field(rightRow, AgentStore::Id));
    return m_collator.compare(sortText(store, column, leftRow), sortText(store, column, rightRow));
}

const std::vector<int>& AgentSortProxy::proxyOfSource() const
{
    if (!m_proxyOfValid) {
        m_proxyOf.assign(size_t(std::max(m_model->rowCount(), m_mappedCount)), -1);
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_proxyOf[size_t(m_rows[i])] = int(i);
        m_proxyOfValid = true;
    }
    return m_proxyOf;
}

QList<int> AgentSortProxy::sourceRowsInOrder() const
{
    return QList<int>(m_rows.begin(), m_rows.end());
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

// ---- QAbstractProxyModel ------------------------------------------------------------------------

QModelIndex AgentSortProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || size_t(row) >= m_rows.size() || column < 0
        || column >= m_model->columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex AgentSortProxy::parent(const QModelIndex&) const
{
    return {};
}

int AgentSortProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgentSortProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_model->columnCount();
}

bool AgentSortProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex AgentSortProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

QModelIndex AgentSortProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return m_model->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex AgentSortProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    const std::vector<int>& proxyOf = proxyOfSource();
    const int row = size_t(sourceIndex.row()) < proxyOf.size() ? proxyOf[size_t(sourceIndex.row())] : -1;
    return row >= 0 ? index(row, sourceIndex.column()) : QModelIndex();
}

QVariant AgentSortProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    if (role == Qt::DisplayRole && section >= 0 && size_t(section) < m_rows.size())
        return section + 1;
    return {};
}

} // namespace Alli
