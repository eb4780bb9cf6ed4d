#pragma once
// The permission groups of the project as the server lists them (already filtered by the search
// term and ordered): name, admin/default badges, member count and order. Renaming in place goes
// through setData on the name, which only asks (renameRequested); the page calls the server.

#include "apitypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace Alli
{

class PermissionGroupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Badges, Members, Order, Count };
    enum Role {
        GroupIdRole = Qt::UserRole + 1,
        IsAdminRole,
        IsDefaultRole,
        MemberCountRole,
        SortRole,
    };
    Q_ENUM(Role)

    explicit PermissionGroupModel(QObject* parent = nullptr);

    void setGroups(const QList<PermissionGroupResponse>& groups);
    void clear();
    // Replaces the row with the same id, or appends it.
    void upsertGroup(const PermissionGroupResponse& group);
    // From a detail answer (rename, permissions): the member count comes from its agents.
    void upsertGroup(const PermissionGroupDetailResponse& detail);
    void setName(const QString& id, const QString& name);
    void setMemberCount(const QString& id, int count);
    void removeGroup(const QString& id);

    const PermissionGroupResponse& groupAt(int row) const { return m_groups.at(row); }
    int rowOfId(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString badgesText(const PermissionGroupResponse& group);

public Q_SLOTS:
    void retranslate();

Q_SIGNALS:
    // The user edited a name in place; the model already shows `newName`. The receiver calls the
    // server and, on failure, puts `oldName` back with setName().
    void renameRequested(const QString& id, const QString& newName, const QString& oldName);

private:
    void emitRowChanged(int row);

    QList<PermissionGroupResponse> m_groups;
};

} // namespace Alli
