#pragma once
// Per-row results of a running or finished bulk run: line, key, state and message, updated with
// dataChanged as each chunk's answer (or look-up) arrives. BulkResultsFilterProxy narrows it to some states
// (e.g. failed and unknown only).

#include "bulkrun.h"
#include "bulktypes.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

namespace Alli
{

class BulkResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Line, Key, State, Message, Count };
    enum Role {
        StateRole = Qt::UserRole + 1, // int(Bulk::RowState)
        LineRole, // int
        KeyRole, // QString: ownUserId or email
        SortRole,
    };
    Q_ENUM(Role)

    explicit BulkResultsModel(QObject* parent = nullptr);

    // Follows `run` (not owned) until another run is set; nullptr empties the model.
    void setRun(Bulk::BulkRun* run);
    Bulk::BulkRun* run() const { return m_run; }

    Bulk::RowState stateAt(int row) const;
    const Bulk::PreparedRow& preparedRowAt(int row) const { return m_run->rows().at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void retranslate();

private:
    void onRowsChanged(const QList<int>& indexes);

    QPointer<Bulk::BulkRun> m_run;
    void reset();
    int m_rowCount = 0;
};

class BulkResultsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit BulkResultsFilterProxy(QObject* parent = nullptr);
    // An empty set shows every row.
    void setStates(const QSet<Bulk::RowState>& states);
    QSet<Bulk::RowState> states() const { return m_states; }
    // Failed and Unknown: the rows someone has to look at.
    static QSet<Bulk::RowState> problemStates();

    // The choices a results filter combo offers, in this order.
    enum class Preset { All, Problems, Succeeded, Invalid, NotSent };
    static QSet<Bulk::RowState> statesFor(Preset preset);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QSet<Bulk::RowState> m_states;
};

} // namespace Alli
