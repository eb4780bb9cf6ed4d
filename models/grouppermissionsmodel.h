#pragma once
// The permissions of many permission groups at once: the same two-level tree as the single
// group's matrix (categories, then their permissions, with the same translated labels), with one
// check-box column per group. Each column is a PermissionMatrixModel of its own, so categories
// are tri-state and dependencies are followed (or not) exactly as in the single-group matrix.
// Several cells change at once (a permission given to every selected group, one group's set
// copied onto others); diffs() lists what each group gains and loses against what it was loaded
// with.

#include "apitypes.h"
#include "permissionmatrixmodel.h"

#include <QAbstractItemModel>
#include <QList>

#include <optional>

namespace Alli
{

class GroupPermissionsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = PermissionMatrixModel::NameRole, // wire name of a permission, key of a category
        IsCategoryRole = PermissionMatrixModel::IsCategoryRole,
        // bool: this group's box differs from its loaded set
        ChangedRole = PermissionMatrixModel::ChangedRole,
        OutcomeRole = Qt::UserRole + 40, // header: int (Outcome) of the group's last apply
    };
    // What the last Apply did to a group, shown in its column's header.
    enum class Outcome { None, Applied, Failed, ChangedOnServer };

    explicit GroupPermissionsModel(QObject* parent = nullptr);
    ~GroupPermissionsModel() override;

    // Replaces every group (their permissions are the new baseline).
    void setGroups(const QList<PermissionGroupResponse>& groups);
    int groupCount() const { return int(m_groups.size()); }
    const PermissionGroupResponse& groupAt(int group) const { return m_groups.at(group).info; }
    PermissionMatrixModel* matrixOf(int group) const { return m_groups.at(group).matrix; }
    int groupOfColumn(int column) const { return column - 1; } // -1 for the labels column
    int columnOfGroup(int group) const { return group + 1; }
    // The group whose id is `id`, or -1.
    int groupOf(const QString& id) const;

    void setFollowDependencies(bool follow);
    bool followsDependencies() const { return m_follow; }
    void setReadOnly(bool readOnly);

    // Checks (or unchecks) a permission, or every permission of a category (`name` is then its
    // key), in each of `groups`; one signal per group.
    void setChecked(const QString& name, bool isCategory, const QList<int>& groups, bool checked);
    // `to` get exactly the set of `from`.
    void copyPermissions(int from, const QList<int>& to);
    // Every group's checked set, in group order: for undo.
    QList<QStringList> snapshot() const;
    void restore(const QList<QStringList>& sets);
    void revertAll();
    // A group's new set is the baseline (after the server took it).
    void setBaseline(int group, const PermissionGroupResponse& updated);

    void setOutcome(int group, Outcome outcome, const QString& message = {});
    void clearOutcomes();
    Outcome outcomeOf(int group) const { return m_groups.at(group).outcome; }

    struct GroupDiff {
        int group = -1;
        PermissionDiff diff;
    };
    QList<GroupDiff> diffs() const; // the groups that changed, in group order
    bool isModified() const { return !diffs().isEmpty(); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void retranslate();

Q_SIGNALS:
    // After any change of any group's set (user or code).
    void permissionsChanged();

private:
    struct Group {
        PermissionGroupResponse info;
        PermissionMatrixModel* matrix = nullptr;
        Outcome outcome = Outcome::None;
        QString message; // the server's reason, for the header's tooltip
    };
    // The labels and the tree's shape: an empty matrix of its own.
    QModelIndex shapeIndex(const QModelIndex& index, int column = 0) const;
    void columnChanged(int group);

    PermissionMatrixModel* m_shape;
    QList<Group> m_groups;
    bool m_follow = true;
    bool m_readOnly = false;
    bool m_batch = false; // several groups change in one call: one permissionsChanged at the end
};

} // namespace Alli
