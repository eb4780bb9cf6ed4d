#include "permissiongroupspage.h"

#include "bulkeditordialog.h"
#include "grouppermissionsdialog.h"

#include "alliclient.h"
#include "background.h"
#include "confirm.h"
#include "errorbanner.h"
#include "groupmembersmodel.h"
#include "icons.h"
#include "newgroupdialog.h"
#include "pager.h"
#include "permissioncatalog.h"
#include "permissiongroupmodel.h"
#include "permissionlabels.h"
#include "permissionmatrixmodel.h"
#include "tablefile.h"
#include "theme.h"
#include "viewoverlay.h"
#include "widgets.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{

    constexpr int kSearchDebounceMs = 300;
    constexpr int kPageSize = 100;

    QString joinLabels(const QStringList& permissions)
    {
        QStringList labels;
        for (const QString& p : permissions)
            labels.append(PermissionLabels::label(p));
        return labels.join(u", "_s);
    }

} // namespace

PermissionGroupsPage::PermissionGroupsPage(AlliClient* client, QWidget* parent)
    : ConsolePage(client, parent)
    , m_groups(new PermissionGroupModel(this))
    , m_groupsProxy(new QSortFilterProxyModel(this))
    , m_members(new GroupMembersModel(this))
    , m_membersProxy(new QSortFilterProxyModel(this))
    , m_matrix(new PermissionMatrixModel(this))
    , m_search(new QLineEdit)
    , m_searchDebounce(new QTimer(this))
    , m_newButton(new QPushButton)
    , m_severalButton(new QPushButton)
    , m_renameButton(new QPushButton)
    , m_deleteButton(new QPushButton)
    , m_listStatus(new QLabel)
    , m_list(new QTableView)
    , m_detailStack(new QStackedWidget)
    , m_placeholder(new QLabel)
    , m_detailTitle(new QLabel)
    , m_detailWarning(new QLabel)
    , m_membersCaption(new QLabel)
    , m_membersView(new QTableView)
    , m_editMembersButton(new QPushButton)
    , m_exportMembersButton(new QPushButton)
    , m_matrixCaption(new QLabel)
    , m_matrixView(new QTreeView)
    , m_matrixNote(new QLabel)
    , m_applyButton(new QPushButton)
    , m_revertButton(new QPushButton)
{
    setObjectName(u"permissionGroupsPage"_s);

    // --- list
    m_search->setObjectName(u"groupSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce->stop();
        load();
    });
    connect(m_searchDebounce, &QTimer::timeout, this, &PermissionGroupsPage::load);

    m_newButton->setObjectName(u"groupNew"_s);

    m_newButton->setIcon(Icons::icon(u"list-add"_s));
    m_renameButton->setObjectName(u"groupRename"_s);
    m_renameButton->setIcon(Icons::icon(u"document-edit"_s));
    m_deleteButton->setObjectName(u"groupDelete"_s);
    m_deleteButton->setIcon(Icons::icon(u"edit-delete"_s));
    connect(m_newButton, &QPushButton::clicked, this, &PermissionGroupsPage::newGroup);
    m_severalButton->setObjectName(u"severalGroupsButton"_s);
    m_severalButton->setIcon(Icons::icon(u"view-list-details"_s));
    connect(m_severalButton, &QPushButton::clicked, this, &PermissionGroupsPage::editSeveralGroups);
    connect(m_renameButton, &QPushButton::clicked, this, &PermissionGroupsPage::renameSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &PermissionGroupsPage::deleteSelected);

    m_groupsProxy->setSourceModel(m_groups);
    m_groupsProxy->setSortRole(PermissionGroupModel::SortRole);
    m_groupsProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_groupsProxy->setSortLocaleAware(true);
    m_list->setObjectName(u"groupList"_s);
    m_listOverlay = new ViewOverlay(m_list);
    m_list->setModel(m_groupsProxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(int(PermissionGroupModel::Column::Order), Qt::AscendingOrder);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(
        int(PermissionGroupModel::Column::Name), QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(
        int(PermissionGroupModel::Column::Badges), QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(
        int(PermissionGroupModel::Column::Members), QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(
        int(PermissionGroupModel::Column::Order), QHeaderView::ResizeToContents);
    Widgets::setUpKeyboard(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &PermissionGroupsPage::onCurrentChanged);
    connect(m_groups, &PermissionGroupModel::renameRequested, this, &PermissionGroupsPage::onRenameRequested);
    m_listStatus->setObjectName(u"groupListStatus"_s);
    m_listStatus->setWordWrap(true);

    auto* listBox = new QWidget;
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    // "Groups without members" (the overview's tile opens the page with it ticked).
    m_emptyOnlyCheck = new QCheckBox;
    m_emptyOnlyCheck->setObjectName(u"emptyGroupsOnlyCheck"_s);
    connect(m_emptyOnlyCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_groupsProxy->setFilterKeyColumn(int(PermissionGroupModel::Column::Members));
        m_groupsProxy->setFilterRole(PermissionGroupModel::MemberCountRole);
        m_groupsProxy->setFilterRegularExpression(on ? u"^0$"_s : QString());
        updateStates();
    });
    listLayout->addWidget(m_emptyOnlyCheck);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_renameButton);
    listButtons->addWidget(m_deleteButton);
    listButtons->addStretch();
    listLayout->addLayout(listButtons);
    listLayout->addWidget(m_severalButton);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_listStatus);

    // --- detail
    m_placeholder->setObjectName(u"groupPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setObjectName(u"groupTitle"_s);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailWarning->setObjectName(u"groupWarning"_s);
    m_detailWarning->setWordWrap(true);
    Theme::tint(m_detailWarning, Theme::Tint::NeutralText);

    m_membersProxy->setSourceModel(m_members);
    m_membersProxy->setSortRole(GroupMembersModel::SortRole);
    m_membersProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_membersView->setObjectName(u"groupMembers"_s);
    m_membersView->setModel(m_membersProxy);
    m_membersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_membersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_membersView->setSortingEnabled(true);
    m_membersView->sortByColumn(-1, Qt::AscendingOrder); // server order until the user sorts
    m_membersView->verticalHeader()->hide();
    m_membersView->horizontalHeader()->setStretchLastSection(true);
    Widgets::setUpKeyboard(m_membersView);
    Widgets::enableColumnChooser(m_membersView, u"groupMembers"_s);
    Widgets::fitColumnsToContents(m_membersView);
    m_membersCaption->setObjectName(u"groupMembersCaption"_s);
    m_membersCaption->setWordWrap(true);

    m_matrixView->setObjectName(u"permissionMatrix"_s);
    m_matrixView->setModel(m_matrix);
    m_matrixView->setUniformRowHeights(true);
    m_matrixView->setAlternatingRowColors(true);
    m_matrixView->header()->setSectionResizeMode(
        int(PermissionMatrixModel::Column::Permission), QHeaderView::ResizeToContents);
    m_matrixView->header()->setStretchLastSection(true);
    m_matrixView->expandAll();
    m_matrixCaption->setObjectName(u"matrixCaption"_s);
    m_matrixNote->setObjectName(u"matrixNote"_s);
    m_matrixNote->setWordWrap(true);
    m_applyButton->setObjectName(u"groupApply"_s);
    m_applyButton->setIcon(Icons::icon(u"object-select"_s));
    m_revertButton->setObjectName(u"groupRevert"_s);
    m_revertButton->setIcon(Icons::icon(u"edit-undo"_s));
    connect(m_applyButton, &QPushButton::clicked, this, &PermissionGroupsPage::applyPermissions);
    connect(m_revertButton, &QPushButton::clicked, this, &PermissionGroupsPage::revertPermissions);
    connect(
        m_matrix, &PermissionMatrixModel::permissionsChanged, this, &PermissionGroupsPage::onMatrixChanged);
    connect(m_matrix, &PermissionMatrixModel::dependenciesAdded, this,
        [this](const QString& permission, const QStringList& added) {
            m_note = Note::DependenciesAdded;
            m_notePermission = permission;
            m_noteList = added;
            renderNote();
        });
    connect(m_matrix, &PermissionMatrixModel::dependentsRemoved, this,
        [this](const QString& permission, const QStringList& removed) {
            m_note = Note::DependentsRemoved;
            m_notePermission = permission;
            m_noteList = removed;
            renderNote();
        });

    auto* membersBox = new QWidget;
    auto* membersLayout = new QVBoxLayout(membersBox);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    membersLayout->addWidget(m_membersCaption);
    membersLayout->addWidget(m_membersView);
    m_editMembersButton->setObjectName(u"editMembersGroupsButton"_s);
    m_editMembersButton->setIcon(Icons::icon(u"document-edit"_s));
    connect(m_editMembersButton, &QPushButton::clicked, this, &PermissionGroupsPage::editGroupsOfMembers);
    m_exportMembersButton->setObjectName(u"exportMembersButton"_s);
    m_exportMembersButton->setIcon(Icons::icon(u"document-save"_s));
    connect(m_exportMembersButton, &QPushButton::clicked, this, [this] {
        const QString path = Widgets::askTablePath(
            this, tr("Export members"), QDir::homePath(), tr("members-%1").arg(currentGroupName()));
        if (!path.isEmpty())
            exportMembers(path);
    });
    auto* memberActions = new QHBoxLayout;
    memberActions->addWidget(m_editMembersButton);
    memberActions->addWidget(m_exportMembersButton);
    memberActions->addStretch(1);
    membersLayout->addLayout(memberActions);
    auto* matrixBox = new QWidget;
    auto* matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    matrixLayout->addWidget(m_matrixCaption);
    matrixLayout->addWidget(m_matrixView, 1);
    matrixLayout->addWidget(m_matrixNote);
    // The dependency graph is our guess: the admin may turn its automatic checking off.
    m_followCheck = new QCheckBox;
    m_followCheck->setObjectName(u"followDependenciesCheck"_s);
    m_followCheck->setChecked(QSettings().value(QLatin1StringView(kFollowDependenciesKey), true).toBool());
    m_matrix->setFollowDependencies(m_followCheck->isChecked());
    connect(m_followCheck, &QCheckBox::toggled, this, [this](bool follow) {
        m_matrix->setFollowDependencies(follow);
        QSettings().setValue(QLatin1StringView(kFollowDependenciesKey), follow);
    });
    auto* applyRow = new QHBoxLayout;
    applyRow->addWidget(m_followCheck);
    applyRow->addStretch();
    applyRow->addWidget(m_revertButton);
    applyRow->addWidget(m_applyButton);
    matrixLayout->addLayout(applyRow);

    auto* detailSplit = new QSplitter(Qt::Vertical);
    detailSplit->setObjectName(u"groupDetailSplitter"_s);
    detailSplit->addWidget(membersBox);
    detailSplit->addWidget(matrixBox);
    detailSplit->setStretchFactor(0, 1);
    detailSplit->setStretchFactor(1, 2);
    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailWarning);
    detailLayout->addWidget(detailSplit, 1);
    m_detailStack->addWidget(m_placeholder);
    m_detailStack->addWidget(detail);

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(u"groupsSplitter"_s);
    split->addWidget(listBox);
    split->addWidget(m_detailStack);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addWidget(split, 1);

    setTabOrder(m_search, m_emptyOnlyCheck);
    setTabOrder(m_emptyOnlyCheck, m_newButton);
    setTabOrder(m_newButton, m_renameButton);
    setTabOrder(m_renameButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_list);
    setTabOrder(m_list, m_membersView);
    setTabOrder(m_membersView, m_matrixView);
    setTabOrder(m_matrixView, m_revertButton);
    setTabOrder(m_revertButton, m_applyButton);

    retranslateUi();
}

PermissionGroupsPage::~PermissionGroupsPage()
{
    // Replies outlive the page otherwise; their handlers capture `this`.
    if (m_fetch)
        m_fetch->cancel();
    if (m_membersReply)
        m_membersReply->cancel();
}

bool PermissionGroupsPage::isLoading() const
{
    return m_fetch != nullptr;
}

bool PermissionGroupsPage::isMembersLoading() const
{
    return m_membersReply != nullptr;
}

void PermissionGroupsPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search groups by name…"));
    m_search->setAccessibleName(tr("Search groups"));
    m_list->setAccessibleName(tr("Permission groups"));
    m_search->setToolTip(tr("The server searches the group names (Ctrl+F)."));
    m_newButton->setText(tr("New group…"));
    m_emptyOnlyCheck->setText(tr("Only groups &without members"));
    m_severalButton->setText(tr("Permissions of &several groups…"));
    m_editMembersButton->setText(tr("Edit the members' &groups…"));
    m_exportMembersButton->setText(tr("E&xport members…"));
    m_exportMembersButton->setToolTip(
        tr("Saves the members of this group, in the order shown, as an Excel workbook or a CSV file."));
    m_editMembersButton->setToolTip(
        tr("Opens the selected members (or every member of this group) in a grid with "
           "the groups each is in now, to give each one its own groups."));
    m_severalButton->setToolTip(tr("Edits the permissions of many groups in one grid, with one list of the "
                                   "changes before they are sent."));
    m_renameButton->setText(tr("Rename")); // its tooltip depends on the group: updateStates()
    m_deleteButton->setText(tr("Delete…"));
    m_deleteButton->setToolTip(tr("Delete the selected group (Del)."));
    m_placeholder->setText(tr("Select a group to see its members and permissions."));
    m_applyButton->setText(tr("Apply…"));
    m_applyButton->setToolTip(tr("Shows the changes and the members they affect before sending them."));
    m_revertButton->setText(tr("Revert"));
    m_revertButton->setToolTip(tr("Discard the changes to the permissions."));
    m_followCheck->setText(tr("Chec&k what each permission needs"));
    m_followCheck->setToolTip(
        tr("Checking a permission also checks the permissions it needs, and unchecking one "
           "unchecks those that need it. Which permission needs which is this app's guess: "
           "Alli publishes no list, and the server has the last word."));
    m_groups->retranslate();
    m_members->retranslate();
    m_matrix->retranslate();
    if (const PermissionGroupResponse* group = currentGroup(); group && group->id == m_shownId)
        showGroup(group);
    renderNote();
    updateStates();
}

void PermissionGroupsPage::activate()
{
    if (m_loadedOnce)
        return;
    m_loadedOnce = true;
    load();
}

void PermissionGroupsPage::refresh()
{
    m_loadedOnce = true;
    load();
    if (!m_shownId.isEmpty())
        loadMembers();
}

void PermissionGroupsPage::focusFilter()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PermissionGroupsPage::load()
{
    m_searchDebounce->stop();
    banner()->clear();
    m_listFailed = false;
    const QString term = m_search->text().trimmed();
    AlliClient* api = client();
    auto* fetch = new PagedFetch<PermissionGroupResponse>(
        [api, term](int offset, int limit) { return api->listPermissionGroups(term, offset, limit); },
        kPageSize, -1, this);
    connect(fetch, &PagedFetchBase::finished, this, [this, fetch, term] {
        fetch->deleteLater();
        if (fetch != m_fetch)
            return; // superseded by a newer search
        m_fetch = nullptr;
        if (fetch->error().isError()) {
            if (fetch->error().kind() != ApiError::Kind::Cancelled) {
                m_listFailed = true;
                banner()->showError(fetch->error(), [this] { load(); });
            }
            updateStates();
            return;
        }
        m_loadedSearch = term;
        const QString wanted = m_currentId;
        m_groups->setGroups(fetch->items());
        if (!wanted.isEmpty() && m_groups->rowOfId(wanted) >= 0)
            selectGroup(wanted);
        else
            showGroup(nullptr);
        updateStates();
        emit groupsLoaded();
    });
    QPointer<PagedFetchBase> previous = m_fetch;
    m_fetch = fetch;
    if (previous)
        previous->cancel();
    fetch->start();
    updateStates();
}

void PermissionGroupsPage::showFiltered(const QVariantMap& filter)
{
    if (filter.contains(u"withoutMembers"_s))
        m_emptyOnlyCheck->setChecked(filter.value(u"withoutMembers"_s).toBool());
    const QString group = filter.value(u"group"_s).toString();
    if (!group.isEmpty()) {
        // The group must be visible: the name search and "without members" could hide it.
        if (!m_search->text().isEmpty()) {
            m_search->clear();
            m_searchDebounce->stop();
            load();
        }
        m_emptyOnlyCheck->setChecked(filter.value(u"withoutMembers"_s).toBool());
        selectGroup(group);
    }
}

bool PermissionGroupsPage::showsOnlyGroupsWithoutMembers() const
{
    return m_emptyOnlyCheck->isChecked();
}

void PermissionGroupsPage::selectGroup(const QString& id)
{
    m_currentId = id;
    const int row = m_groups->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_groupsProxy->mapFromSource(m_groups->index(row, 0));
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    if (m_shownId != id)
        showGroup(&m_groups->groupAt(row));
}

const PermissionGroupResponse* PermissionGroupsPage::currentGroup() const
{
    const int row = m_groups->rowOfId(m_shownId);
    return row < 0 ? nullptr : &m_groups->groupAt(row);
}

void PermissionGroupsPage::onCurrentChanged()
{
    const QModelIndex current = m_groupsProxy->mapToSource(m_list->currentIndex());
    if (!current.isValid()) {
        showGroup(nullptr);
        return;
    }
    const PermissionGroupResponse& group = m_groups->groupAt(current.row());
    m_currentId = group.id;
    if (group.id != m_shownId)
        showGroup(&group);
}

void PermissionGroupsPage::showGroup(const PermissionGroupResponse* group)
{
    if (!group) {
        m_currentId.clear();
        m_shownId.clear();
        if (m_membersReply)
            m_membersReply->cancel();
        m_membersReply = nullptr;
        m_members->clear();
        m_matrix->setPermissions({});
        m_note = Note::None;
        renderNote();
        m_detailStack->setCurrentIndex(0);
        updateStates();
        return;
    }
    const bool same = group->id == m_shownId;
    m_shownId = group->id;
    m_detailStack->setCurrentIndex(1);
    const QString badges = PermissionGroupModel::badgesText(*group);
    m_detailTitle->setText(badges.isEmpty() ? group->name : tr("%1 (%2)").arg(group->name, badges));
    if (group->isAdmin)
        m_detailWarning->setText(tr("Administrators group: its members can manage the whole project. "
                                    "Changing or deleting it can lock people out of administration."));
    else if (group->isDefault)
        m_detailWarning->setText(
            tr("Default group of the project. Changes here apply to every member in it."));
    m_detailWarning->setVisible(group->isAdmin || group->isDefault);
    // Keep the user's unsaved edits when the same group is only being refreshed.
    if (!same || !m_matrix->isModified()) {
        m_matrix->setPermissions(group->permissions.names());
        if (!same) {
            m_note = Note::None;
            renderNote();
        }
    }
    if (!same)
        loadMembers();
    updateStates();
}

void PermissionGroupsPage::loadMembers()
{
    if (m_membersReply)
        m_membersReply->cancel();
    m_members->clear();
    m_membersFailed = false;
    const QString id = m_shownId;
    if (id.isEmpty())
        return;
    auto* reply = client()->listPermissionGroupAgents(id);
    m_membersReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        if (reply != m_membersReply)
            return;
        m_membersReply = nullptr;
        if (reply->ok()) {
            m_members->setAgents(reply->value());
            m_groups->setMemberCount(id, int(reply->value().size()));
            emit membersLoaded();
        } else if (reply->error().kind() != ApiError::Kind::Cancelled) {
            m_membersFailed = true;
            banner()->showError(reply->error(), [this] { loadMembers(); });
        }
        updateStates();
    });
    updateStates();
}

void PermissionGroupsPage::renameSelected()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex name = current.siblingAtColumn(int(PermissionGroupModel::Column::Name));
    m_list->setFocus();
    m_list->setCurrentIndex(name);
    m_list->edit(name);
}

void PermissionGroupsPage::onRenameRequested(
    const QString& id, const QString& newName, const QString& oldName)
{
    sendRename(id, newName, oldName);
}

void PermissionGroupsPage::sendRename(const QString& id, const QString& newName, const QString& oldName)
{
    banner()->clear();
    auto* reply = client()->renamePermissionGroup(id, newName);
    connect(reply, &ApiReply::finished, this, [this, reply, id, newName, oldName] {
        if (reply->ok()) {
            m_groups->upsertGroup(reply->value());
            if (id == m_shownId)
                showGroup(currentGroup());
            emit statusMessage(tr("Renamed the group “%1” to “%2”.").arg(oldName, reply->value().name));
            return;
        }
        m_groups->setName(id, oldName);
        if (id == m_shownId)
            showGroup(currentGroup());
        if (reply->error().kind() != ApiError::Kind::Cancelled) {
            banner()->showError(reply->error(), [this, id, newName, oldName] {
                m_groups->setName(id, newName);
                sendRename(id, newName, oldName);
            });
        }
    });
}

QString PermissionGroupsPage::warningFor(const PermissionGroupResponse& group, bool deleting)
{
    if (group.isAdmin) {
        return deleting
            ? tr("Warning: this is the administrators group. Its members lose their administrator "
                 "access, and nobody may be left who can manage the project. The server may refuse "
                 "to delete it.")
            : tr("Warning: this is the administrators group. Removing permissions can lock its "
                 "members out of administering the project. The server may refuse the change.");
    }
    if (group.isDefault) {
        // Members invited without a group get none (Alli's members guide): this group is not where
        // they go.
        return deleting
            ? tr("Warning: this is the project's default group. The server may refuse to delete it.")
            : tr("Warning: this is the project's default group. The change applies to every member in "
                 "it.");
    }
    return {};
}

void PermissionGroupsPage::applyPermissions()
{
    const PermissionGroupResponse* group = currentGroup();
    if (!group || m_applyReply || m_matrix->isReadOnly())
        return;
    // A group loaded from the server may lack dependencies (seeded or older data): while the
    // graph is followed, complete the set first and say so in the confirmation; otherwise the set
    // is sent as it is, with what the graph misses named as a warning.
    const bool follow = m_matrix->followsDependencies();
    const QStringList autoAdded = follow ? m_matrix->completeDependencies() : QStringList();
    const QList<QPair<QString, QString>> missing
        = follow ? decltype(missing)() : m_matrix->missingDependencies();
    const PermissionDiff diff = m_matrix->diff();
    if (diff.isEmpty())
        return;

    QStringList details;
    if (!diff.added.isEmpty()) {
        QString block = tr("Added (%n):", "", int(diff.added.size()));
        for (const QString& p : diff.added)
            block += u"\n  + "_s + PermissionLabels::labelWithName(p);
        details.append(block);
    }
    if (!diff.removed.isEmpty()) {
        QString block = tr("Removed (%n):", "", int(diff.removed.size()));
        for (const QString& p : diff.removed)
            block += u"\n  − "_s + PermissionLabels::labelWithName(p);
        details.append(block);
    }
    if (!autoAdded.isEmpty())
        details.append(tr("Added because other permissions require them: %1").arg(joinLabels(autoAdded)));
    if (!missing.isEmpty())
        details.append(PermissionMatrixModel::missingDependenciesWarning(missing));
    details.append(tr("This affects %n member(s) of the group.", "", group->agentCount));
    const QString warning = warningFor(*group, false);
    if (!warning.isEmpty())
        details.append(warning);

    if (!Confirm::ask(this, tr("Apply permissions"),
            tr("Change the permissions of the group “%1”?").arg(group->name),
            missing.isEmpty() ? tr("Apply") : tr("Apply anyway"), details.join(u"\n\n"_s)))
        return;
    sendPermissions(group->id, m_matrix->permissions());
}

void PermissionGroupsPage::sendPermissions(const QString& id, const QStringList& permissions)
{
    banner()->clear();
    QList<Permission> typed;
    for (const QString& name : permissions) {
        if (const std::optional<Permission> p = permissionFromName(name))
            typed.append(*p);
    }
    auto* reply = client()->updatePermissionGroupPermissions(id, typed);
    m_applyReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, id, permissions] {
        m_applyReply = nullptr;
        if (reply->ok()) {
            m_groups->upsertGroup(reply->value());
            if (id == m_shownId) {
                m_matrix->setPermissions(reply->value().permissions.names());
                m_note = Note::Saved;
                renderNote();
            }
        } else if (reply->error().kind() != ApiError::Kind::Cancelled) {
            banner()->showError(
                reply->error(), [this, id, permissions] { sendPermissions(id, permissions); });
        }
        updateStates();
    });
    updateStates();
}

void PermissionGroupsPage::revertPermissions()
{
    m_matrix->revert();
    m_note = Note::None;
    renderNote();
}

void PermissionGroupsPage::deleteSelected()
{
    const PermissionGroupResponse* group = currentGroup();
    if (!group)
        return;
    QStringList details;
    details.append(
        tr("%n member(s) belong to this group and lose the permissions it grants.", "", group->agentCount));
    const QString warning = warningFor(*group, true);
    if (!warning.isEmpty())
        details.append(warning);
    if (!Confirm::ask(this, tr("Delete permission group"),
            tr("Delete the permission group “%1”?").arg(group->name), tr("Delete group"),
            details.join(u"\n\n"_s)))
        return;
    deleteGroup(group->id);
}

void PermissionGroupsPage::deleteGroup(const QString& id)
{
    banner()->clear();
    auto* reply = client()->deletePermissionGroup(id);
    const int row = m_groups->rowOfId(id);
    const QString name = row >= 0 ? m_groups->groupAt(row).name : QString();
    connect(reply, &ApiReply::finished, this, [this, reply, id, name] {
        if (reply->ok()) {
            if (m_shownId == id)
                showGroup(nullptr);
            m_groups->removeGroup(id);
            emit statusMessage(tr("Deleted the group “%1”.").arg(name));
            onCurrentChanged(); // the view may have moved its current row to a neighbour
        } else if (reply->error().kind() != ApiError::Kind::Cancelled) {
            banner()->showError(reply->error(), [this, id] { deleteGroup(id); });
        }
        updateStates();
    });
}

NewGroupDialog* PermissionGroupsPage::newGroup()
{
    auto* dialog = new NewGroupDialog(client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewGroupDialog::groupCreated, this, &PermissionGroupsPage::onGroupCreated);
    dialog->open();
    return dialog;
}

BulkEditorDialog* PermissionGroupsPage::editGroupsOfMembers()
{
    QModelIndexList rows
        = m_membersView->selectionModel()->selectedRows(int(GroupMembersModel::Column::Email));
    if (rows.isEmpty()) { // every member of the group
        for (int r = 0; r < m_membersProxy->rowCount(); ++r)
            rows.append(m_membersProxy->index(r, int(GroupMembersModel::Column::Email)));
    }
    QStringList emails;
    for (const QModelIndex& index : std::as_const(rows)) {
        const QString email = index.data().toString();
        if (!email.isEmpty())
            emails.append(email);
    }
    if (emails.isEmpty())
        return nullptr;
    BulkEditorDialog* dialog = BulkEditorDialog::open(client(), Bulk::Operation::UpdateMemberGroups, this);
    connect(dialog, &BulkEditorDialog::sendingFinished, this, &PermissionGroupsPage::refresh);
    dialog->seedGroupsOf(emails);
    return dialog;
}

GroupPermissionsDialog* PermissionGroupsPage::editSeveralGroups()
{
    auto* dialog = new GroupPermissionsDialog(client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GroupPermissionsDialog::applied, this, [this](int succeeded) {
        if (succeeded > 0)
            refresh();
    });
    dialog->show();
    return dialog;
}

void PermissionGroupsPage::onGroupCreated(const PermissionGroupDetailResponse& detail)
{
    m_groups->upsertGroup(detail);
    selectGroup(detail.id);
    updateStates();
}

void PermissionGroupsPage::onMatrixChanged()
{
    updateStates();
}

void PermissionGroupsPage::renderNote()
{
    switch (m_note) {
    case Note::None:
        m_matrixNote->clear();
        break;
    case Note::DependenciesAdded:
        m_matrixNote->setText(tr("Also checked %1: required by %2.")
                                  .arg(joinLabels(m_noteList), PermissionLabels::label(m_notePermission)));
        break;
    case Note::DependentsRemoved:
        m_matrixNote->setText(tr("Also unchecked %1: they require %2.")
                                  .arg(joinLabels(m_noteList), PermissionLabels::label(m_notePermission)));
        break;
    case Note::Saved:
        m_matrixNote->setText(tr("The permissions were saved."));
        break;
    }
    m_matrixNote->setVisible(m_note != Note::None);
}

void PermissionGroupsPage::updateStates()
{
    m_editMembersButton->setEnabled(m_members->rowCount() > 0);
    m_exportMembersButton->setEnabled(m_members->rowCount() > 0 && !m_exportingMembers);
    const int count = m_groups->rowCount();
    if (m_fetch)
        m_listStatus->setText(tr("Loading permission groups…"));
    else if (m_listFailed)
        m_listStatus->setText(tr("The permission groups could not be loaded."));
    else if (count == 0 && !m_loadedSearch.isEmpty())
        m_listStatus->setText(tr("No permission group matches “%1”.").arg(m_loadedSearch));
    else if (count == 0)
        m_listStatus->setText(m_loadedOnce ? tr("There are no permission groups yet.") : QString());
    else
        m_listStatus->setText(tr("%n group(s)", "", count));
    // The same on the list itself, with the next step.
    if (m_fetch && count == 0) {
        m_listOverlay->showLoading(tr("Loading permission groups…"));
    } else if (m_listFailed && count == 0) {
        m_listOverlay->showError(
            tr("The permission groups could not be loaded."), tr("Try again"), [this] { load(); });
    } else if (count == 0 && !m_loadedSearch.isEmpty()) {
        m_listOverlay->showEmpty(tr("No permission group matches “%1”.").arg(m_loadedSearch),
            tr("Clear the search"), [this] { m_search->clear(); });
    } else if (count == 0 && m_loadedOnce) {
        m_listOverlay->showEmpty(
            tr("There are no permission groups yet."), tr("New group…"), [this] { newGroup(); });
    } else if (count > 0 && m_groupsProxy->rowCount() == 0 && m_emptyOnlyCheck->isChecked()) {
        m_listOverlay->showEmpty(tr("Every group has members."), tr("Show all groups"),
            [this] { m_emptyOnlyCheck->setChecked(false); });
    } else {
        m_listOverlay->clear();
    }

    const PermissionGroupResponse* group = currentGroup();
    m_renameButton->setEnabled(group != nullptr && !group->isAdmin);
    m_renameButton->setToolTip(group && group->isAdmin ? tr("The administrators group cannot be renamed.")
                                                       : tr("Rename the selected group in place (F2)."));
    m_deleteButton->setEnabled(group != nullptr);
    const bool modified = group && m_matrix->isModified();
    m_applyButton->setEnabled(modified && !m_applyReply);
    m_revertButton->setEnabled(modified && !m_applyReply);

    if (m_membersReply)
        m_membersCaption->setText(tr("Members: loading…"));
    else if (m_membersFailed)
        m_membersCaption->setText(tr("Members: could not be loaded."));
    else if (group && m_members->rowCount() == 0)
        m_membersCaption->setText(tr("Members: this group has no members."));
    else
        m_membersCaption->setText(tr("Members: %n", "", m_members->rowCount()));

    const int granted = int(m_matrix->permissions().size());
    const int total = int(PermissionCatalog::instance().permissions().size());
    QString caption = tr("Permissions: %1 of %2 granted").arg(granted).arg(total);
    if (modified)
        caption += u"  "_s + tr("(unsaved changes)");
    m_matrixCaption->setText(caption);
}

QString PermissionGroupsPage::currentGroupName() const
{
    const int row = m_groups->rowOfId(m_currentId);
    return row >= 0 ? m_groups->groupAt(row).name : QString();
}

void PermissionGroupsPage::exportMembers(const QString& path)
{
    if (m_exportingMembers)
        return;
    // A copy of what the table shows, in its order; the file is written on a worker.
    QList<QStringList> rows;
    rows.reserve(m_membersProxy->rowCount());
    for (int r = 0; r < m_membersProxy->rowCount(); ++r) {
        const AgentResponse& agent
            = m_members->agentAt(m_membersProxy->mapToSource(m_membersProxy->index(r, 0)).row());
        rows.append({ agent.id, agent.firstName, agent.lastName, agent.email });
    }
    const int count = int(rows.size());
    const QString group = currentGroupName();
    m_exportingMembers = true;
    updateStates();
    runInBackground(
        this,
        [path, group, rows = std::move(rows)]() mutable {
            return Bulk::TableFile::write(path,
                Bulk::TableData::fromRows(
                    group, { u"id"_s, u"firstName"_s, u"lastName"_s, u"email"_s }, std::move(rows)));
        },
        [this, path, count, group](const QString& error) {
            m_exportingMembers = false;
            updateStates();
            const QString where = QDir::toNativeSeparators(path);
            const QString message = error.isEmpty()
                ? tr("Exported the %n member(s) of “%1” to %2.", nullptr, count).arg(group, where)
                : tr("Cannot write %1: %2").arg(where, error);
            if (error.isEmpty())
                emit statusMessage(message);
            else
                banner()->showMessage(message);
            emit membersExported(error.isEmpty(), message);
        });
}

} // namespace Alli
