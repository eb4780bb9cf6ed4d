#include "grouppermissionsdialog.h"

#include "alliclient.h"
#include "confirm.h"
#include "errorbanner.h"
#include "groupmemberships.h"
#include "icons.h"
#include "newgroupdialog.h"
#include "permissiongroupspage.h"
#include "permissionlabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{

    // Every group's set before and after one change; `restoring` is set while it puts a set back.
    class SetsCommand : public QUndoCommand
    {
    public:
        SetsCommand(GroupPermissionsModel* model, bool* restoring, QList<QStringList> before,
            QList<QStringList> after, const QString& text)
            : QUndoCommand(text)
            , m_model(model)
            , m_restoring(restoring)
            , m_before(std::move(before))
            , m_after(std::move(after))
        {
        }
        void redo() override
        {
            if (m_done) // the first redo is the change itself, already made
                put(m_after);
            m_done = true;
        }
        void undo() override { put(m_before); }

    private:
        void put(const QList<QStringList>& sets)
        {
            *m_restoring = true;
            m_model->restore(sets);
            *m_restoring = false;
        }
        GroupPermissionsModel* m_model;
        bool* m_restoring;
        QList<QStringList> m_before;
        QList<QStringList> m_after;
        bool m_done = false;
    };

} // namespace

GroupPermissionsDialog::GroupPermissionsDialog(AlliClient* client, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_loader(new GroupMemberships(client, this))
    , m_checker(new GroupMemberships(client, this))
    , m_model(new GroupPermissionsModel(this))
    , m_undo(new QUndoStack(this))
    , m_banner(new ErrorBanner)
    , m_intro(new QLabel)
    , m_view(new QTreeView)
    , m_followDependencies(new QCheckBox)
    , m_checkButton(new QPushButton)
    , m_uncheckButton(new QPushButton)
    , m_copyLabel(new QLabel)
    , m_copySource(new QComboBox)
    , m_copyButton(new QPushButton)
    , m_changesLabel(new QLabel)
    , m_changes(new QPlainTextEdit)
    , m_resultLabel(new QLabel)
    , m_revertButton(new QPushButton)
    , m_applyButton(new QPushButton)
    , m_closeButton(new QPushButton)
{
    setObjectName(u"groupPermissionsDialog"_s);
    m_intro->setWordWrap(true);
    m_view->setObjectName(u"groupPermissionsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_followDependencies->setObjectName(u"followDependenciesCheck"_s);
    m_followDependencies->setChecked(QSettings().value(QLatin1String(kFollowDependenciesKey), true).toBool());
    m_model->setFollowDependencies(m_followDependencies->isChecked());
    connect(m_followDependencies, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(kFollowDependenciesKey), on);
        m_model->setFollowDependencies(on);
    });
    m_checkButton->setObjectName(u"checkSelectedButton"_s);
    m_uncheckButton->setObjectName(u"uncheckSelectedButton"_s);
    m_copySource->setObjectName(u"copySourceCombo"_s);
    m_copySource->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_copyButton->setObjectName(u"copyButton"_s);
    m_copyButton->setIcon(Icons::icon(u"edit-copy"_s));
    m_copyLabel->setBuddy(m_copySource);
    connect(m_checkButton, &QPushButton::clicked, this, [this] { checkSelected(true); });
    connect(m_uncheckButton, &QPushButton::clicked, this, [this] { checkSelected(false); });
    connect(m_copyButton, &QPushButton::clicked, this, [this] { copyFrom(m_copySource->currentIndex()); });
    m_changes->setObjectName(u"changesText"_s);
    m_changes->setReadOnly(true);
    m_changesLabel->setBuddy(m_changes);
    m_resultLabel->setObjectName(u"resultLabel"_s);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->hide();
    m_applyButton->setObjectName(u"applyButton"_s);
    m_applyButton->setIcon(Icons::icon(u"object-select"_s));
    m_revertButton->setObjectName(u"revertButton"_s);
    m_revertButton->setIcon(Icons::icon(u"edit-undo"_s));
    m_closeButton->setObjectName(u"closeButton"_s);
    m_applyButton->setAutoDefault(false);
    m_closeButton->setAutoDefault(false);
    connect(m_applyButton, &QPushButton::clicked, this, &GroupPermissionsDialog::apply);
    connect(m_revertButton, &QPushButton::clicked, this,
        [this] { recordChange(tr("Revert every group"), [this] { m_model->revertAll(); }); });
    connect(m_closeButton, &QPushButton::clicked, this, &GroupPermissionsDialog::reject);

    // A box ticked in the grid (mouse or Space) is one undo step too.
    connect(m_model, &GroupPermissionsModel::permissionsChanged, this, [this] {
        const QList<QStringList> now = m_model->snapshot();
        if (!m_restoring && !m_inChange && now != m_last && !m_last.isEmpty())
            m_undo->push(new SetsCommand(m_model, &m_restoring, m_last, now, tr("Change a permission")));
        m_last = now;
        updateState();
    });
    connect(m_loader, &GroupMemberships::finished, this, [this](bool ok) {
        if (!ok) {
            if (m_loader->error().kind() != ApiError::Kind::Cancelled)
                m_banner->showError(m_loader->error(), [this] { reload(); });
        } else {
            m_last.clear(); // loading is not an edit
            m_model->setGroups(m_loader->groups());
            m_view->expandAll();
            m_undo->clear();
        }
        updateState();
        emit loaded(ok);
    });
    connect(m_checker, &GroupMemberships::finished, this, &GroupPermissionsDialog::onChecked);
    auto* undoAction = m_undo->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    auto* redoAction = m_undo->createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    addAction(undoAction);
    addAction(redoAction);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_checkButton);
    tools->addWidget(m_uncheckButton);
    tools->addSpacing(12);
    tools->addWidget(m_copyLabel);
    tools->addWidget(m_copySource);
    tools->addWidget(m_copyButton);
    tools->addStretch(1);
    tools->addWidget(m_followDependencies);
    auto* changesBox = new QWidget;
    auto* changesLayout = new QVBoxLayout(changesBox);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addWidget(m_changesLabel);
    changesLayout->addWidget(m_changes, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(changesBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_revertButton);
    buttons->addStretch(1);
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_intro);
    layout->addLayout(tools);
    layout->addWidget(split, 1);
    layout->addWidget(m_resultLabel);
    layout->addLayout(buttons);
    resize(1000, 680);
    retranslateUi();
    reload();
}

GroupPermissionsDialog::~GroupPermissionsDialog()
{
    for (const QPointer<ApiReply>& reply : std::as_const(m_replies)) {
        if (reply)
            reply->cancel();
    }
}

bool GroupPermissionsDialog::isLoading() const
{
    return m_loader->isRunning();
}

void GroupPermissionsDialog::reload()
{
    m_banner->clear();
    m_loader->start(false); // the list carries each group's permissions and member count
    updateState();
}

void GroupPermissionsDialog::retranslateUi()
{
    setWindowTitle(tr("Permissions of several groups"));
    m_intro->setText(tr("Tick the boxes of any group. Select cells across groups, then Check or Uncheck, to "
                        "give or take a permission in every one of them. Nothing is sent until Apply, which "
                        "lists every change first."));
    m_followDependencies->setText(tr("Follow &dependencies"));
    m_followDependencies->setToolTip(
        tr("Checking a permission also checks what it needs, and unchecking one "
           "also unchecks what needs it (this app's guess of the dependencies)."));
    m_checkButton->setText(tr("C&heck selected"));
    m_checkButton->setToolTip(tr("Gives the permissions of the selected cells to their groups."));
    m_uncheckButton->setText(tr("&Uncheck selected"));
    m_uncheckButton->setToolTip(tr("Takes the permissions of the selected cells from their groups."));
    m_copyLabel->setText(tr("Copy the set &of:"));
    m_copyButton->setText(tr("To the selected groups"));
    m_copyButton->setToolTip(tr("The groups of the selected cells get exactly this group's permissions."));
    m_changesLabel->setText(tr("C&hanges:"));
    m_revertButton->setText(tr("&Revert all"));
    m_applyButton->setText(tr("&Apply…"));
    m_closeButton->setText(tr("Close"));
    m_view->setAccessibleName(tr("Permissions of the groups"));
    m_model->retranslate();
    updateState();
}

void GroupPermissionsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QList<int> GroupPermissionsDialog::selectedGroups() const
{
    QList<int> groups;
    QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && m_view->currentIndex().isValid())
        indexes.append(m_view->currentIndex());
    for (const QModelIndex& i : std::as_const(indexes)) {
        const int g = m_model->groupOfColumn(i.column());
        if (g >= 0)
            groups.append(g);
    }
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
    return groups;
}

void GroupPermissionsDialog::recordChange(const QString& description, const std::function<void()>& change)
{
    const QList<QStringList> before = m_model->snapshot();
    m_inChange = true;
    change();
    m_inChange = false;
    const QList<QStringList> after = m_model->snapshot();
    if (after != before)
        m_undo->push(new SetsCommand(m_model, &m_restoring, before, after, description));
    m_last = after;
    updateState();
}

void GroupPermissionsDialog::checkSelected(bool checked)
{
    QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && m_view->currentIndex().isValid())
        indexes.append(m_view->currentIndex());
    recordChange(checked ? tr("Check selected") : tr("Uncheck selected"), [this, indexes, checked] {
        for (const QModelIndex& i : indexes) {
            const int g = m_model->groupOfColumn(i.column());
            if (g < 0)
                continue;
            m_model->setChecked(i.data(GroupPermissionsModel::NameRole).toString(),
                i.data(GroupPermissionsModel::IsCategoryRole).toBool(), { g }, checked);
        }
    });
}

void GroupPermissionsDialog::copyFrom(int from)
{
    QList<int> to = selectedGroups();
    to.removeAll(from);
    if (from < 0 || to.isEmpty())
        return;
    recordChange(tr("Copy the permissions of “%1”").arg(m_model->groupAt(from).name),
        [this, from, to] { m_model->copyPermissions(from, to); });
}

QString GroupPermissionsDialog::groupChanges(const PermissionGroupResponse& group, const PermissionDiff& diff)
{
    QStringList lines;
    lines << tr("%1 (%n member(s))", nullptr, group.agentCount).arg(group.name);
    for (const QString& p : diff.added)
        lines << u"  + "_s + PermissionLabels::labelWithName(p);
    for (const QString& p : diff.removed)
        lines << u"  − "_s + PermissionLabels::labelWithName(p);
    const QString warning = PermissionGroupsPage::warningFor(group, false);
    if (!warning.isEmpty())
        lines << u"  "_s + warning;
    return lines.join(u'\n');
}

QString GroupPermissionsDialog::changesText() const
{
    const QList<GroupPermissionsModel::GroupDiff> diffs = m_model->diffs();
    if (diffs.isEmpty())
        return tr("No change yet.");
    QStringList blocks;
    int members = 0;
    for (const GroupPermissionsModel::GroupDiff& d : diffs) {
        blocks << groupChanges(m_model->groupAt(d.group), d.diff);
        members += m_model->groupAt(d.group).agentCount;
    }
    blocks.prepend(tr("%n group(s) change", nullptr, int(diffs.size())) + u", "_s
        + tr("%n member(s) affected in all (an agent in two groups is counted twice)", nullptr, members));
    return blocks.join(u"\n\n"_s);
}

QString GroupPermissionsDialog::resultText() const
{
    return m_results.join(u'\n');
}

void GroupPermissionsDialog::updateState()
{
    const QString text = changesText();
    if (m_changes->toPlainText() != text)
        m_changes->setPlainText(text);
    const bool ready = !isLoading() && !isApplying();
    const bool modified = m_model->isModified();
    m_applyButton->setEnabled(ready && modified);
    m_revertButton->setEnabled(ready && modified);
    m_checkButton->setEnabled(ready && m_model->groupCount() > 0);
    m_uncheckButton->setEnabled(ready && m_model->groupCount() > 0);
    m_copyButton->setEnabled(ready && m_model->groupCount() > 1);
    m_model->setReadOnly(!ready);
    // The copy source lists the groups by name.
    QStringList names;
    for (int g = 0; g < m_model->groupCount(); ++g)
        names << m_model->groupAt(g).name;
    QStringList listed;
    for (int i = 0; i < m_copySource->count(); ++i)
        listed << m_copySource->itemText(i);
    if (listed != names) {
        const int current = m_copySource->currentIndex();
        m_copySource->clear();
        m_copySource->addItems(names);
        m_copySource->setCurrentIndex(std::clamp(current, 0, int(names.size()) - 1));
    }
}

bool GroupPermissionsDialog::apply()
{
    if (m_model->diffs().isEmpty() || isApplying() || isLoading())
        return false;
    // First the groups as the server has them now: a group changed there since this window
    // loaded it is shown and left alone, never overwritten with a set built on an old one.
    m_banner->clear();
    m_checking = true;
    m_model->clearOutcomes();
    updateState();
    m_checker->start(false);
    return true;
}

void GroupPermissionsDialog::onChecked(bool ok)
{
    m_checking = false;
    if (!ok) {
        if (m_checker->error().kind() != ApiError::Kind::Cancelled)
            m_banner->showError(m_checker->error(), [this] { apply(); });
        updateState();
        emit declined();
        return;
    }
    QList<GroupPermissionsModel::GroupDiff> diffs = m_model->diffs();
    QStringList conflicts;
    for (const PermissionGroupResponse& current : m_checker->groups()) {
        const int g = m_model->groupOf(current.id);
        if (g < 0)
            continue;
        const QStringList loaded = m_model->matrixOf(g)->originalPermissions();
        const QStringList now = current.permissions.names();
        if (QSet<QString>(loaded.cbegin(), loaded.cend()) == QSet<QString>(now.cbegin(), now.cend()))
            continue;
        const auto it = std::find_if(diffs.begin(), diffs.end(), [g](const auto& d) { return d.group == g; });
        if (it == diffs.end())
            continue; // not changed here: nothing is sent for it
        diffs.erase(it);
        conflicts << current.name;
        m_model->setOutcome(g, GroupPermissionsModel::Outcome::ChangedOnServer,
            tr("Someone changed this group's permissions on the server after this window loaded them. Its "
               "changes "
               "here were not sent: close and open the window again to start from the server's set."));
    }
    QList<QPair<QString, QString>> missing;
    for (const GroupPermissionsModel::GroupDiff& d : std::as_const(diffs))
        missing += m_model->matrixOf(d.group)->missingDependencies();
    QString details = changesText();
    if (!conflicts.isEmpty())
        details += u"\n\n"_s
            + tr("Changed on the server since this window loaded them, not sent: %1")
                  .arg(conflicts.join(tr(", ")));
    if (!missing.isEmpty())
        details += u"\n\n"_s + PermissionMatrixModel::missingDependenciesWarning(missing);
    if (diffs.isEmpty()) {
        m_resultLabel->setText(tr("Nothing was sent: every changed group was changed on the server too (%1).")
                                   .arg(conflicts.join(tr(", "))));
        m_resultLabel->show();
        updateState();
        emit declined();
        return;
    }
    if (!Confirm::ask(this, tr("Apply permissions"),
            tr("Change the permissions of %n group(s)?", nullptr, int(diffs.size())),
            missing.isEmpty() ? tr("Apply") : tr("Apply anyway"), details)) {
        m_model->clearOutcomes();
        updateState();
        emit declined();
        return;
    }
    m_results.clear();
    for (const QString& name : std::as_const(conflicts))
        m_results << tr("%1: changed on the server, not sent").arg(name);
    m_conflicts = int(conflicts.size());
    m_succeeded = 0;
    m_pending = int(diffs.size());
    updateState();
    for (const GroupPermissionsModel::GroupDiff& d : std::as_const(diffs)) {
        const PermissionGroupResponse group = m_model->groupAt(d.group);
        QList<Permission> typed;
        for (const QString& name : m_model->matrixOf(d.group)->permissions()) {
            if (const std::optional<Permission> p = permissionFromName(name))
                typed.append(*p);
        }
        auto* reply = m_client->updatePermissionGroupPermissions(group.id, typed);
        m_replies.append(reply);
        connect(reply, &ApiReply::finished, this, [this, reply, id = group.id, name = group.name] {
            --m_pending;
            const int g = m_model->groupOf(id);
            if (reply->ok()) {
                ++m_succeeded;
                PermissionGroupResponse updated = m_model->groupAt(g);
                updated.permissions = reply->value().permissions;
                m_model->setBaseline(g, updated);
                m_model->setOutcome(g, GroupPermissionsModel::Outcome::Applied);
                m_results << tr("%1: applied").arg(name);
            } else {
                m_model->setOutcome(g, GroupPermissionsModel::Outcome::Failed, reply->error().message());
                m_results << tr("%1: not applied: %2").arg(name, reply->error().message());
            }
            if (m_pending == 0)
                finishApply();
        });
    }
}

void GroupPermissionsDialog::finishApply()
{
    m_replies.clear();
    const int failed = int(m_results.size()) - m_succeeded - m_conflicts;
    std::sort(m_results.begin(), m_results.end());
    QString summary = failed + m_conflicts == 0
        ? tr("The server took the permissions of %n group(s).", nullptr, m_succeeded)
        : tr("%n group(s) were not changed: their changes are still shown, fix them and apply again.",
            nullptr, failed + m_conflicts);
    if (m_succeeded > 0 && failed + m_conflicts > 0)
        summary += u' ' + tr("The other %n group(s) were applied.", nullptr, m_succeeded);
    m_resultLabel->setText(summary + u'\n' + resultText());
    m_resultLabel->show();
    m_undo->clear(); // what the server took is the new starting point
    updateState();
    emit applied(m_succeeded, failed + m_conflicts);
}

void GroupPermissionsDialog::reject()
{
    if (m_model->isModified() && !isApplying()
        && !Confirm::ask(this, tr("Close"), tr("Discard the changes that were not applied?"), tr("Discard")))
        return;
    QDialog::reject();
}

} // namespace Alli
