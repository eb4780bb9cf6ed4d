#pragma once
// The permission matrix of a permission group: a two-level tree (categories, then their
// permissions from the catalog) with check boxes. Categories are tri-state. Checking a permission
// also checks everything it requires (PermissionCatalog::withDependencies) and marks those as
// "required by"; unchecking a permission that others require also unchecks those dependents, so
// the set is always one the server accepts. diff() compares with the set the group was loaded with.

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Alli
{

struct PermissionDiff {
    QStringList added; // catalog order
    QStringList removed; // catalog order, then unknown names
    bool isEmpty() const { return added.isEmpty() && removed.isEmpty(); }
};

class PermissionMatrixModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Column { Permission, RequiredBy, Count };
    enum Role {
        NameRole = Qt::UserRole + 1, // wire name of a permission, key of a category
        IsCategoryRole,
        RequiredByRole, // QStringList: checked permissions that directly require this one
        MissingDependenciesRole, // QStringList: required by this checked permission but not checked
        ChangedRole, // bool: checked state differs from the loaded set
        SortRole, // catalog position
    };
    Q_ENUM(Role)

    explicit PermissionMatrixModel(QObject* parent = nullptr);

    // Loads a group's set as the new baseline: no auto-adding happens here, so an inconsistent set
    // from the server is shown as it is (missingDependencies() tells; completeDependencies() fixes).
    void setPermissions(const QStringList& permissions);
    // The checked permissions in catalog order (names the catalog does not know are not included).
    QStringList permissions() const;
    QStringList originalPermissions() const;
    bool isChecked(const QString& permission) const { return m_checked.contains(permission); }

    // The dependency graph is this app's guess (Alli publishes no list): by default checking a
    // permission checks what it needs and unchecking one unchecks what needs it; without
    // following, each check box changes only itself (missingDependencies() then says what is left).
    void setFollowDependencies(bool follow);
    bool followsDependencies() const { return m_followDependencies; }
    // Checks `permission` and (when following) its dependencies; returns the dependencies that were
    // newly added.
    QStringList checkPermission(const QString& permission);
    // Unchecks `permission` and (when following) every checked permission that requires it;
    // returns those dependents.
    QStringList uncheckPermission(const QString& permission);
    void setCategoryChecked(const QString& category, bool checked);
    Qt::CheckState categoryState(const QString& category) const;
    // Checks what checked permissions require but is missing; returns what was added.
    QStringList completeDependencies();
    QList<QPair<QString, QString>> missingDependencies() const;
    // "Warning: by this app's guess, A needs B; …": what a confirmation says before sending a set
    // that the (guessed) graph finds incomplete.
    static QString missingDependenciesWarning(const QList<QPair<QString, QString>>& missing);
    // Checked permissions that directly require `permission`.
    QStringList requiredBy(const QString& permission) const;
    void revert() override;
    // Exactly these permissions checked (the loaded set stays the baseline of diff()); no
    // dependency is added or taken: for undo and for copying another group's set.
    void setCheckedPermissions(const QStringList& permissions);

    PermissionDiff diff() const;
    bool isModified() const { return !diff().isEmpty(); }

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QModelIndex categoryIndex(const QString& category, int column = 0) const;
    QModelIndex permissionIndex(const QString& permission, int column = 0) const;

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
    // After every change of the checked set (user or code).
    void permissionsChanged();
    // `permission` was checked and pulled in `added`.
    void dependenciesAdded(const QString& permission, const QStringList& added);
    // `permission` was unchecked and took `dependents` with it.
    void dependentsRemoved(const QString& permission, const QStringList& dependents);

private:
    struct Category {
        QString key;
        QList<int> permissions; // indexes into m_names
    };
    static constexpr quintptr kCategoryId = 0; // internalId of category rows; children use row + 1

    bool isCategory(const QModelIndex& index) const { return index.internalId() == kCategoryId; }
    QString permissionAt(const QModelIndex& index) const;
    void setChecked(const QSet<QString>& checked);
    void emitAllChanged(const QList<int>& roles = {});

    QList<Category> m_categories;
    bool m_followDependencies = true;
    QStringList m_names; // catalog order
    QHash<QString, int> m_position; // name -> catalog position
    QHash<QString, int> m_categoryOf; // name -> category row
    QHash<QString, int> m_rowInCategory; // name -> row under its category
    QSet<QString> m_checked;
    QSet<QString> m_original;
    QStringList m_unknownOriginal; // names the catalog does not know: they cannot be sent back
    bool m_readOnly = false;
};

} // namespace Alli
