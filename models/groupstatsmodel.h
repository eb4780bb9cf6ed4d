#pragma once
// One row per permission group with what the overview draws: its member count, whether it is an
// administrators' or the default group, and how much of each permission category it has (the
// share of the catalog's permissions of that category that the group holds). Columns: Name,
// Members, then one per category of the catalog, in the catalog's order.

#include "apitypes.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Alli
{

class GroupStatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Members, FirstCategory };
    enum Role {
        GroupIdRole = Qt::UserRole + 1,
        MemberCountRole, // int
        CoverageRole, // double 0…1 on category columns
        CategoryRole, // the category key on category columns (header too)
        IsAdminRole,
    };
    Q_ENUM(Role)

    explicit GroupStatsModel(QObject* parent = nullptr);

    void setGroups(const QList<PermissionGroupResponse>& groups);
    const PermissionGroupResponse& groupAt(int row) const { return m_groups.at(row); }
    const QStringList& categories() const { return m_categories; }
    static int categoryColumn(int category) { return int(Column::FirstCategory) + category; }
    // Share of the category's permissions that the group has.
    double coverage(int row, int category) const;
    int groupsWithoutMembers() const;
    int maxMembers() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void retranslate();

private:
    QList<PermissionGroupResponse> m_groups;
    QStringList m_categories;
    QList<int> m_categorySizes; // permissions per category in the catalog
    QList<QList<int>> m_held; // [row][category] permissions of the category the group has
};

} // namespace Alli
