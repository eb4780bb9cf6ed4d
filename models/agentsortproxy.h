#pragma once
// Client-side, locale-aware sorting (QCollator) and instant filters (email or @domain, name,
// group membership) over the agents already loaded. A flat proxy with its own row mapping: for
// large lists the filtered and sorted order is computed in a worker thread on a snapshot of the
// store (ranks once per column, then a sort of integers), and the GUI thread only swaps the
// mapping in, so no sort, filter or clear keeps it busy for long, even at a million agents.
// Small lists (below asyncThreshold) are mapped at once, on the calling thread.

#include <QAbstractProxyModel>
#include <QCollator>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace Alli
{

class AgentListModel;
class AgentStore;

class AgentSortProxy : public QAbstractProxyModel
{
    Q_OBJECT
    Q_PROPERTY(bool sorting READ isSorting NOTIFY sortingChanged)
public:
    explicit AgentSortProxy(AgentListModel* source, QObject* parent = nullptr);
    ~AgentSortProxy() override;

    AgentListModel* agentModel() const { return m_model; }

    // Case-insensitive substring of the email, over the loaded rows (the server filter follows).
    // Text that starts with "@" is a domain: the address must end with it ("@corp.example"
    // matches "kim@corp.example", not "kim@corp.example.net").
    void setEmailFilter(const QString& text);
    QString emailFilter() const { return m_filter.email; }
    // Case-insensitive substring of the name as the table shows it (first and last name).
    void setNameFilter(const QString& text);
    QString nameFilter() const { return m_filter.name; }
    // Only the agents whose (lower-case) email is in the set: a group's members; nullopt: anyone.
    // With `invert`, only the agents NOT in the set (the agents in no group).
    void setMemberFilter(std::optional<QSet<QString>> emails, bool invert = false);
    bool hasMemberFilter() const { return m_filter.members.has_value(); }
    // The filters that the server cannot apply (name, group): they need every agent loaded.
    bool hasLocalOnlyFilter() const { return !m_filter.name.isEmpty() || m_filter.members.has_value(); }

    // From this many rows on, sorting and filtering run in a worker thread and the new order is
    // applied when done (isBusy(), mappingApplied()).
    void setAsyncThreshold(int rows) { m_asyncThreshold = rows; }
    void setCollatorLocale(const QLocale& locale);
    QLocale collatorLocale() const { return m_collator.locale(); }

    // A sort orders every agent, never just the pages loaded so far: when the list is not complete,
    // the proxy first has the model load the rest (in list order, so nothing jumps meanwhile;
    // isWaitingForAll() and sortingChanged() say so), then sorts once.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isSorting() const { return m_sorting; }
    bool isWaitingForAll() const { return m_waitingForAll; }
    int requestedSortColumn() const { return m_requestedColumn; }
    Qt::SortOrder requestedSortOrder() const { return m_requestedOrder; }
    // The order applied now (-1: the server's).
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // A new mapping (filter or sort) is being computed in a worker.
    bool isBusy() const { return m_pending; }

    // Source rows in the order the view shows them.
    QList<int> sourceRowsInOrder() const;

    // The order of `column` (AgentListModel::Column) over every row of `store`, as ranks (equal
    // values share a rank). Thread-safe; used by the worker.
    static std::vector<quint32> computeRanks(const AgentStore& store, int column, const QLocale& locale);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void sortingChanged(bool sorting);
    void sortFinished();
    // A new filter or order is in place (at once for small lists, later for large ones).
    void mappingApplied();

private:
    struct Filter {
        QString email;
        QByteArray emailUtf8Lower;
        bool emailAscii = true;
        QString name;
        std::optional<QSet<QString>> members;
        bool invertMembers = false;
        bool accepts(const AgentStore& store, int row) const;
        bool isEmpty() const { return email.isEmpty() && name.isEmpty() && !members; }
    };
    using Ranks = std::shared_ptr<const std::vector<quint32>>;
    struct Mapping {
        std::vector<int> rows;
        Ranks ranks;
        int sourceCount = 0;
    };
    static Mapping computeMapping(const AgentStore& store, int count, const Filter& filter, int column,
        Qt::SortOrder order, Ranks ranks, const QLocale& locale);

    void remap(bool sortRequest);
    void applyMapping(Mapping mapping, int column, Qt::SortOrder order, bool sortRequest);
    void appendSourceRows(int first, int last);
    void removeSourceRows(int first, int last);
    int insertPosition(int sourceRow) const;
    int compareRows(int column, int leftRow, int rightRow) const;
    bool lessThan(int leftRow, int rightRow) const;
    const std::vector<int>& proxyOfSource() const;
    bool waitForAll();
    void setSorting(bool sorting);

    AgentListModel* m_model;
    QCollator m_collator;
    Filter m_filter;
    std::vector<int> m_rows; // proxy row -> source row
    mutable std::vector<int> m_proxyOf; // source row -> proxy row or -1, rebuilt when needed
    mutable bool m_proxyOfValid = false;
    int m_mappedCount = 0; // the source rows [0, m_mappedCount) are mapped (or filtered out)
    Ranks m_ranks; // by source row, for m_rankColumn; rows past the end are unranked
    int m_rankColumn = -1;
    quint64 m_generation = 0;
    bool m_pending = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_requestedColumn = -1;
    Qt::SortOrder m_requestedOrder = Qt::AscendingOrder;
    int m_targetColumn = -1; // the order the mapping being computed will have
    Qt::SortOrder m_targetOrder = Qt::AscendingOrder;
    bool m_sortPending = false; // the pending mapping answers a sort() (sortFinished when applied)
    int m_asyncThreshold = 5000;
    bool m_sorting = false;
    bool m_waitingForAll = false;
};

} // namespace Alli
