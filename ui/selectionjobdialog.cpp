#include "selectionjobdialog.h"

#include "groupmemberships.h"

#include "alliclient.h"
#include "bulkresultsmodel.h"
#include "bulkrun.h"
#include "bulkrunpanel.h"
#include "confirm.h"
#include "errorbanner.h"
#include "icons.h"
#include "importdialog.h"
#include "journal.h"
#include "widgets.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{

    enum Page { ChoosePage, SendPage };
} // namespace

SelectionJobDialog::SelectionJobDialog(
    AlliClient* client, Bulk::Operation op, const QList<Member>& members, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_operation(op)
    , m_members(members)
    , m_journalPath(ImportDialog::journalPath())
    , m_banner(new ErrorBanner)
    , m_memberships(new GroupMemberships(client, this))
    , m_intro(new QLabel)
    , m_stack(new QStackedWidget)
    , m_groupsLabel(new QLabel)
    , m_groupList(new QListWidget)
    , m_groupsState(new QLabel)
    , m_changesLabel(new QLabel)
    , m_changes(new QPlainTextEdit)
    , m_adminWarning(new QLabel)
    , m_panel(new BulkRunPanel)
    , m_startButton(new QPushButton)
    , m_cancelButton(new QPushButton)
    , m_closeButton(new QPushButton)
{
    Q_ASSERT(op == Bulk::Operation::UpdateMemberGroups || op == Bulk::Operation::RemoveMembers);
    setObjectName(u"selectionJobDialog"_s);

    m_intro->setObjectName(u"selectionIntro"_s);
    m_intro->setWordWrap(true);

    // Choosing groups
    m_groupList->setObjectName(u"groupList"_s);
    m_groupsLabel->setBuddy(m_groupList);
    m_groupsState->setObjectName(u"groupsState"_s);
    m_groupsState->setWordWrap(true);
    auto* choosePage = new QWidget;
    auto* chooseLayout = new QVBoxLayout(choosePage);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    chooseLayout->addWidget(m_groupsLabel);
    chooseLayout->addWidget(m_groupList, 1);
    chooseLayout->addWidget(m_groupsState);
    // What the check boxes do to each agent, before anything is sent.
    m_changes->setObjectName(u"groupChanges"_s);
    m_changes->setReadOnly(true);
    m_changes->setMaximumBlockCount(2000);
    m_changesLabel->setBuddy(m_changes);
    m_adminWarning->setObjectName(u"adminWarning"_s);
    m_adminWarning->setWordWrap(true);
    m_adminWarning->setVisible(false);
    QFont loud = m_adminWarning->font();
    loud.setBold(true);
    m_adminWarning->setFont(loud);
    m_adminWarning->setForegroundRole(QPalette::BrightText);
    m_adminWarning->setBackgroundRole(QPalette::Highlight);
    m_adminWarning->setAutoFillBackground(true);
    m_adminWarning->setMargin(6);
    chooseLayout->addWidget(m_changesLabel);
    chooseLayout->addWidget(m_changes);
    chooseLayout->addWidget(m_adminWarning);
    connect(m_groupList, &QListWidget::itemChanged, this, &SelectionJobDialog::onGroupsChanged);

    // Sending
    // Rows come from a selection, not a file: the email says which row it is. The dialog's own
    // Cancel button cancels sending.
    m_panel->setLineColumnVisible(false);
    m_panel->setCancelVisible(false);
    connect(m_panel, &BulkRunPanel::retryRequested, this, &SelectionJobDialog::retryFailedRows);
    m_stack->addWidget(choosePage);
    m_stack->addWidget(m_panel);
    m_stack->setCurrentIndex(op == Bulk::Operation::UpdateMemberGroups ? ChoosePage : SendPage);

    m_startButton->setObjectName(u"startButton"_s);

    m_startButton->setIcon(Icons::icon(u"mail-send"_s));
    m_startButton->setDefault(true);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setIcon(Icons::icon(u"process-stop"_s));
    m_cancelButton->setAutoDefault(false);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_closeButton->setAutoDefault(false);
    connect(m_startButton, &QPushButton::clicked, this, &SelectionJobDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job && !m_job->isFinished())
            cancelSending();
        else
            reject();
    });
    connect(m_closeButton, &QPushButton::clicked, this, &SelectionJobDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_intro);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    resize(640, 460);
    retranslateUi();
    updateButtons();
    connect(m_memberships, &GroupMemberships::finished, this, &SelectionJobDialog::onMembershipsLoaded);
    if (op == Bulk::Operation::UpdateMemberGroups)
        fetchGroups();
}

bool SelectionJobDialog::isLoadingGroups() const
{
    return m_memberships->isRunning();
}

SelectionJobDialog::~SelectionJobDialog()
{
    // The panel's results model must let go of the run before the run (a child) is destroyed.
    m_panel->setRun(nullptr);
}

QList<Bulk::PreparedRow> SelectionJobDialog::prepareRows(
    Bulk::Operation op, const QList<Member>& members, const QList<QStringList>& groupsPerMember)
{
    QList<Bulk::PreparedRow> rows;
    rows.reserve(members.size());
    for (qsizetype i = 0; i < members.size(); ++i) {
        Bulk::PreparedRow row;
        row.index = int(i);
        row.line = int(i) + 1;
        row.key = members.at(i).email;
        row.cells = { members.at(i).email };
        Bulk::PayloadWriter payload;
        payload.string("email"_L1, members.at(i).email);
        if (op == Bulk::Operation::UpdateMemberGroups) {
            const QStringList groupNames = groupsPerMember.value(i);
            row.cells.append(groupNames.join(u';'));
            payload.strings("groups"_L1, groupNames);
        }
        row.payload = payload.finish();
        rows.append(row);
    }
    return rows;
}

QStringList SelectionJobDialog::journalHeader(Bulk::Operation op)
{
    if (op == Bulk::Operation::UpdateMemberGroups)
        return { u"email"_s, u"groups"_s };
    return { u"email"_s };
}

QStringList SelectionJobDialog::availableGroups() const
{
    QStringList names;
    for (int i = 0; i < m_groupList->count(); ++i)
        names.append(m_groupList->item(i)->text());
    return names;
}

QStringList SelectionJobDialog::selectedGroups() const
{
    QStringList names;
    for (int i = 0; i < m_groupList->count(); ++i) {
        if (m_groupList->item(i)->checkState() == Qt::Checked)
            names.append(m_groupList->item(i)->text());
    }
    return names;
}

void SelectionJobDialog::setSelectedGroups(const QStringList& names)
{
    const QSignalBlocker blocker(m_groupList);
    for (int i = 0; i < m_groupList->count(); ++i) {
        QListWidgetItem* item = m_groupList->item(i);
        item->setCheckState(names.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    onGroupsChanged();
}

void SelectionJobDialog::setGroupCheckState(const QString& name, Qt::CheckState state)
{
    for (int i = 0; i < m_groupList->count(); ++i) {
        if (m_groupList->item(i)->text() == name)
            m_groupList->item(i)->setCheckState(state); // itemChanged -> onGroupsChanged()
    }
}

Qt::CheckState SelectionJobDialog::groupCheckState(const QString& name) const
{
    for (int i = 0; i < m_groupList->count(); ++i) {
        if (m_groupList->item(i)->text() == name)
            return m_groupList->item(i)->checkState();
    }
    return Qt::Unchecked;
}

QHash<QString, SelectionJobDialog::GroupChange> SelectionJobDialog::groupChanges() const
{
    QHash<QString, GroupChange> changes;
    if (!m_membershipsLoaded)
        return changes;
    for (const Member& member : m_members) {
        const QString email = member.email.toLower();
        const QSet<QString> current = m_memberships->groupIdsOf(email);
        GroupChange change;
        for (int i = 0; i < m_groupList->count(); ++i) {
            const QListWidgetItem* item = m_groupList->item(i);
            const QString id = item->data(Qt::UserRole).toString();
            const bool had = current.contains(id);
            // Partly checked: every member keeps what they have.
            const bool has
                = item->checkState() == Qt::Checked || (item->checkState() == Qt::PartiallyChecked && had);
            if (has)
                change.after.append(item->text());
            if (has && !had)
                change.added.append(item->text());
            if (had && !has) {
                change.removed.append(item->text());
                if (item->data(Qt::UserRole + 1).toBool())
                    change.losesAdmin = true;
            }
        }
        if (!change.added.isEmpty() || !change.removed.isEmpty())
            changes.insert(email, change);
    }
    return changes;
}

QString SelectionJobDialog::changesText() const
{
    return m_changes->toPlainText();
}

void SelectionJobDialog::onGroupsChanged()
{
    const QHash<QString, GroupChange> changes = groupChanges();
    QStringList lines;
    QStringList losingAdmin;
    for (const Member& member : std::as_const(m_members)) {
        const auto it = changes.constFind(member.email.toLower());
        if (it == changes.cend())
            continue;
        const QString who = member.displayName.isEmpty()
            ? member.email
            : tr("%1 (%2)").arg(member.displayName, member.email);
        QStringList parts;
        if (!it->added.isEmpty())
            parts << tr("gains %1").arg(it->added.join(tr(", ")));
        if (!it->removed.isEmpty())
            parts << tr("loses %1").arg(it->removed.join(tr(", ")));
        if (it->after.isEmpty())
            parts << tr("is left in no group (sees only Alli Works)");
        lines << tr("%1: %2").arg(who, parts.join(tr("; ")));
        if (it->losesAdmin)
            losingAdmin << who;
    }
    if (!m_membershipsLoaded)
        m_changes->setPlainText(m_membershipsFailed ? tr("The agents' current groups could not be loaded.")
                                                    : tr("Loading the agents' current groups…"));
    else if (lines.isEmpty())
        m_changes->setPlainText(tr("No change yet: the boxes show the groups the agents are in now."));
    else
        m_changes->setPlainText(lines.join(u'\n'));
    m_adminWarning->setVisible(!losingAdmin.isEmpty());
    if (!losingAdmin.isEmpty())
        m_adminWarning->setText(tr("⚠ %n agent(s) lose administrator rights: %1. They will no longer be able "
                                   "to manage this project.",
            nullptr, int(losingAdmin.size()))
                                    .arg(losingAdmin.join(tr(", "))));
    updateButtons();
}

void SelectionJobDialog::fetchGroups()
{
    // The boxes start from the agents' current groups: shown once the groups' members are known,
    // so that nothing can be sent from an empty guess.
    m_banner->clear();
    m_groupsLoaded = false;
    m_membershipsLoaded = false;
    m_membershipsFailed = false;
    m_groupList->clear();
    m_memberships->start();
    retranslateUi();
    updateButtons();
}

void SelectionJobDialog::onMembershipsLoaded(bool ok)
{
    if (!ok) {
        m_membershipsFailed = true;
        if (m_memberships->error().kind() != ApiError::Kind::Cancelled)
            m_banner->showError(m_memberships->error(), [this] { fetchGroups(); });
        retranslateUi();
        onGroupsChanged();
        emit groupsLoaded(false);
        return;
    }
    m_groups = m_memberships->groups();
    showGroups();
}

void SelectionJobDialog::showGroups()
{
    const QSignalBlocker blocker(m_groupList);
    m_groupList->clear();
    for (const PermissionGroupResponse& group : std::as_const(m_groups)) {
        int having = 0;
        for (const Member& member : std::as_const(m_members))
            having += m_memberships->groupIdsOf(member.email).contains(group.id) ? 1 : 0;
        auto* item = new QListWidgetItem(group.name, m_groupList);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
        const bool some = having > 0 && having < m_members.size();
        if (some)
            flags |= Qt::ItemIsUserTristate; // partly checked ("keep as is") stays a choice
        item->setFlags(flags);
        item->setCheckState(having == 0 ? Qt::Unchecked : some ? Qt::PartiallyChecked : Qt::Checked);
        item->setData(Qt::UserRole, group.id);
        item->setData(Qt::UserRole + 1, group.isAdmin);
        if (some)
            item->setToolTip(
                tr("%1 of %2 selected agents are in this group.").arg(having).arg(m_members.size()));
    }
    if (m_groupList->count() > 0)
        m_groupList->setCurrentRow(0);
    m_membershipsLoaded = true;
    m_groupsLoaded = true;
    retranslateUi();
    onGroupsChanged();
    emit groupsLoaded(true);
}

bool SelectionJobDialog::start()
{
    if (m_job || m_members.isEmpty())
        return false;
    QList<Member> members = m_members;
    QList<QStringList> groups;
    if (m_operation == Bulk::Operation::UpdateMemberGroups) {
        // Exactly the change the admin made: members whose groups stay the same are not sent.
        const QHash<QString, GroupChange> changes = groupChanges();
        if (changes.isEmpty())
            return false;
        members.clear();
        QStringList losingAdmin;
        for (const Member& member : std::as_const(m_members)) {
            const auto it = changes.constFind(member.email.toLower());
            if (it == changes.cend())
                continue;
            members.append(member);
            groups.append(it->after);
            if (it->losesAdmin)
                losingAdmin << (member.displayName.isEmpty() ? member.email : member.displayName);
        }
        if (!losingAdmin.isEmpty()
            && !Confirm::ask(this, tr("Remove administrator rights"),
                tr("%n agent(s) will lose administrator rights.", nullptr, int(losingAdmin.size())),
                tr("Remove administrator rights"),
                losingAdmin.join(u'\n') + u"\n\n"_s
                    + tr("They will no longer be able to manage this project. Make sure someone else still "
                         "can.")))
            return false;
    }
    m_banner->clear();
    // Journalled, sent and verified like an import: the run writes the job to the journal on a
    // worker before its first request and looks up rows whose outcome is unknown.
    Bulk::RunOptions options;
    options.journalPath = m_journalPath;
    startRun(new Bulk::BulkRun(m_client, m_operation, prepareRows(m_operation, members, groups),
        { QString(Bulk::kAgentSelectionSource), journalHeader(m_operation) }, options, this));
    return true;
}

void SelectionJobDialog::startRun(Bulk::BulkRun* run)
{
    Bulk::BulkRun* previous = m_job;
    m_job = run;
    m_panel->setRun(run);
    if (previous)
        previous->deleteLater();
    connect(run, &Bulk::BulkRun::progressChanged, this, &SelectionJobDialog::updateButtons);
    connect(run, &Bulk::BulkRun::finished, this, &SelectionJobDialog::onFinished);
    m_stack->setCurrentIndex(SendPage);
    m_panel->resultsView()->setFocus(Qt::OtherFocusReason);
    run->start();
    updateButtons();
}

bool SelectionJobDialog::retryFailedRows()
{
    if (!m_job || !m_job->isFinished())
        return false;
    const QList<Bulk::PreparedRow> rows = m_job->failedRows();
    if (rows.isEmpty())
        return false;
    Bulk::RunOptions options;
    options.journalPath = m_journalPath;
    startRun(new Bulk::BulkRun(m_client, m_operation, rows, m_job->source(), options, this));
    return true;
}

bool SelectionJobDialog::isPreparingJob() const
{
    return m_job && m_job->stage() == Bulk::BulkRun::Stage::Journalling;
}

qint64 SelectionJobDialog::journalJobId() const
{
    return m_job ? m_job->jobId() : -1;
}

void SelectionJobDialog::cancelSending()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
    updateButtons();
}

void SelectionJobDialog::reject()
{
    if (m_job && !m_job->isFinished()) {
        // Requests on their way still finish; the dialog closes once they have answered.
        m_closeWhenFinished = true;
        cancelSending();
        return;
    }
    QDialog::reject();
}

BulkResultsModel* SelectionJobDialog::resultsModel() const
{
    return m_panel->resultsModel();
}

BulkResultsFilterProxy* SelectionJobDialog::resultsProxy() const
{
    return m_panel->resultsProxy();
}

QString SelectionJobDialog::progressText() const
{
    return m_panel->progressText();
}

void SelectionJobDialog::onFinished()
{
    updateButtons();
    emit jobFinished(Bulk::countStates(m_job->results()));
    if (m_closeWhenFinished)
        QDialog::reject();
}

void SelectionJobDialog::updateButtons()
{
    const bool groups = m_operation == Bulk::Operation::UpdateMemberGroups;
    const bool running = m_job && !m_job->isFinished();
    const bool finished = m_job && m_job->isFinished();
    m_startButton->setVisible(groups && !m_job);
    m_startButton->setEnabled(groups && !m_job && m_membershipsLoaded && !groupChanges().isEmpty());
    m_cancelButton->setVisible(!finished);
    m_cancelButton->setEnabled(!running || !m_closeWhenFinished);
    m_closeButton->setVisible(finished);
    if (finished)
        m_closeButton->setDefault(true);
}

void SelectionJobDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SelectionJobDialog::retranslateUi()
{
    const int count = int(m_members.size());
    QStringList names;
    constexpr int Listed = 3;
    for (int i = 0; i < count && i < Listed; ++i) {
        const Member& m = m_members.at(i);
        names.append(m.displayName.isEmpty() ? m.email : m.displayName);
    }
    QString who = names.join(tr(", "));
    if (count > Listed)
        who = tr("%1 and %n more", nullptr, count - Listed).arg(who);
    if (m_operation == Bulk::Operation::UpdateMemberGroups) {
        setWindowTitle(tr("Change groups"));
        m_intro->setText(
            tr("Permission groups for %n agent(s): %1. A checked group is given to all of them, an "
               "unchecked one taken from all of them; a partly checked group stays as it is for each.",
                nullptr, count)
                .arg(who));
        m_changesLabel->setText(tr("C&hanges:"));
        m_groupsLabel->setText(tr("&Permission groups:"));
        m_groupList->setAccessibleName(tr("Permission groups"));
        if (isLoadingGroups())
            m_groupsState->setText(tr("Loading permission groups…"));
        else if (!m_groupsLoaded)
            m_groupsState->setText(tr("The permission groups could not be loaded."));
        else if (m_groupList->count() == 0)
            m_groupsState->setText(tr("This project has no permission groups."));
        else
            m_groupsState->setText(tr("Check a group to give it to every agent, uncheck it to take it from "
                                      "every agent (Space changes the "
                                      "current one)."));
        m_startButton->setText(tr("Change &groups"));
    } else {
        setWindowTitle(tr("Remove from project"));
        m_intro->setText(tr("Removing %n agent(s) from the project: %1.", nullptr, count).arg(who));
    }
    m_cancelButton->setText(tr("&Cancel"));
    m_closeButton->setText(tr("Close"));
    if (m_operation == Bulk::Operation::UpdateMemberGroups)
        onGroupsChanged(); // the list of changes is text in the language of the moment
}

} // namespace Alli
