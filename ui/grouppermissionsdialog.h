#pragma once
// The permissions of many permission groups at once: a grid of permissions (by category, with the
// single-group matrix's labels, tri-state categories and dependency handling) × groups. Boxes are
// ticked across groups; "Check" / "Uncheck" apply to every selected cell (a row selected across
// groups gives one permission to every one of them); "Copy" gives the groups of the selected
// cells the set of another group. Every change is one undo step (Ctrl+Z / Ctrl+Y). The changes
// pane lists, for every group that changed, what it gains and loses and how many members it has;
// Apply asks once with that list, then sends one request per group and says for each whether the
// server took it. Groups the server refused keep their changes, to be fixed and applied again.
// The public slots are the testable API.

#include "grouppermissionsmodel.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;
class QUndoStack;

namespace Alli
{

class AlliClient;
class ApiReply;
class ErrorBanner;
class GroupMemberships;

class GroupPermissionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GroupPermissionsDialog(AlliClient* client, QWidget* parent = nullptr);
    ~GroupPermissionsDialog() override;

    GroupPermissionsModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QUndoStack* undoStack() const { return m_undo; }
    bool isLoading() const;
    bool isApplying() const { return m_checking || m_pending > 0; }
    // What the changes pane says: every changed group, its members, what it gains and loses.
    QString changesText() const;
    QString resultText() const; // what the last Apply did, group by group
    // The groups of the selected cells (or of the current one), in column order.
    QList<int> selectedGroups() const;

public Q_SLOTS:
    void reload();
    // Checks or unchecks the permission (or category) of each selected cell in its group.
    void checkSelected(bool checked);
    // The set of group `from` given to every group of the selection but `from`.
    void copyFrom(int from);
    // Reads the groups again, leaves out (and marks) the ones changed on the server since they
    // were loaded, asks once (Confirm::ask) with the changes, then sends one request per group;
    // each group's outcome shows in its column's header. False when there is nothing to apply.
    bool apply();
    void reject() override;

Q_SIGNALS:
    void loaded(bool ok);
    void applied(int succeeded, int failed); // failed includes groups changed on the server
    void declined(); // nothing sent: the admin said no, or the groups could not be read again

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    void onChecked(bool ok);
    void finishApply();
    // Runs `change` as one undo step (the sets of every group before and after).
    void recordChange(const QString& description, const std::function<void()>& change);
    static QString groupChanges(const PermissionGroupResponse& group, const PermissionDiff& diff);

    AlliClient* m_client;
    GroupMemberships* m_loader;
    GroupMemberships* m_checker; // the groups read again before Apply
    GroupPermissionsModel* m_model;
    QUndoStack* m_undo;
    QList<QPointer<ApiReply>> m_replies;
    int m_pending = 0;
    int m_succeeded = 0;
    int m_conflicts = 0;
    bool m_checking = false;
    QStringList m_results;
    bool m_restoring = false;
    bool m_inChange = false; // recordChange() is running: it pushes its own undo step
    QList<QStringList> m_last; // every group's set after the last change: an undo step's "before"

    ErrorBanner* m_banner;
    QLabel* m_intro;
    QTreeView* m_view;
    QCheckBox* m_followDependencies;
    QPushButton* m_checkButton;
    QPushButton* m_uncheckButton;
    QLabel* m_copyLabel;
    QComboBox* m_copySource;
    QPushButton* m_copyButton;
    QLabel* m_changesLabel;
    QPlainTextEdit* m_changes;
    QLabel* m_resultLabel;
    QPushButton* m_revertButton;
    QPushButton* m_applyButton;
    QPushButton* m_closeButton;
};

} // namespace Alli
