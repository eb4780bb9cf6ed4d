#pragma once
// Client-side, locale-aware sorting (QCollator) and an instant email filter over the agents
// already loaded. Large lists are ranked in a worker thread on a snapshot of the store, and the
// proxy then sorts by comparing integer ranks, so the GUI thread never runs the collator over
// a hundred thousand rows.

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace Alli
{

class AgentListModel;
class AgentStore;

class AgentSortProxy : public QSortFilterProxyModel
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
    QString emailFilter() const { return m_needle; }
    // Case-insensitive substring of the name as the table shows it (first and last name).
    void setNameFilter(const QString& text);
    QString nameFilter() const { return m_nameNeedle; }
    // Only the agents whose (lower-case) email is in the set: a group's members; nullopt: anyone.
    // With `invert`, only the agents NOT in the set (the agents in no group).
    void setMemberFilter(std::optional<QSet<QString>> emails, bool invert = false);
    bool hasMemberFilter() const { return m_members.has_value(); }
    // The filters that the server cannot apply (name, group): they need every agent loaded.
    bool hasLocalOnlyFilter() const { return !m_nameNeedle.isEmpty() || m_members.has_value(); }

    // From this many rows on, sort() ranks in a worker thread and applies the order when done.
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

    // Source rows in the order the view shows them.
    QList<int> sourceRowsInOrder() const;

    // The order of `column` (AgentListModel::Column) over every row of `store`, as ranks (equal
    // values share a rank). Thread-safe; used by the worker.
    static std::vector<quint32> computeRanks(const AgentStore& store, int column, const QLocale& locale);

Q_SIGNALS:
    void sortingChanged(bool sorting);
    void sortFinished();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    int compareRows(int column, int leftRow, int rightRow) const;
    void startRanking(int column);
    bool waitForAll();
    void applySort(int column, Qt::SortOrder order);
    void setSorting(bool sorting);
    void dropRanks();

    AgentListModel* m_model;
    QCollator m_collator;
    QString m_needle;
    QString m_nameNeedle;
    std::optional<QSet<QString>> m_members;
    bool m_invertMembers = false;
    QByteArray m_needleUtf8Lower;
    bool m_needleAscii = true;
    std::vector<quint32> m_ranks; // by source row, for m_rankColumn; rows past the end are unranked
    int m_rankColumn = -1;
    quint64 m_rankGeneration = 0;
    int m_requestedColumn = -1;
    Qt::SortOrder m_requestedOrder = Qt::AscendingOrder;
    int m_asyncThreshold = 5000;
    bool m_sorting = false;
    bool m_waitingForAll = false;
};

} // namespace Alli
