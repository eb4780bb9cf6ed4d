#include "agentspage.h"

#include "agentlistmodel.h"
#include "agentsortproxy.h"
#include "alliclient.h"
#include "background.h"
#include "bulkeditordialog.h"
#include "bulktypes.h"
#include "confirm.h"
#include "errorbanner.h"
#include "groupmemberships.h"
#include "icons.h"
#include "importdialog.h"
#include "newagentdialog.h"
#include "selectionjobdialog.h"
#include "tablefile.h"
#include "viewoverlay.h"
#include "widgets.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCollator>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>
#include <memory>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

using Widgets::valueLabel;

namespace
{

    constexpr int FilterDebounceMs = 300;
    // The documented default page size: a service that caps `limit` still answers every page.
    constexpr int ExportPageSize = 100;

    struct ExportResult {
        bool ok = false;
        QString error;
    };

    // The rows of `store` in the order a view sorted by `column` shows them (stable, like the view).
    QList<int> sortedRows(const AgentStore& store, int column, Qt::SortOrder order, const QLocale& locale)
    {
        QList<int> rows(store.size());
        std::iota(rows.begin(), rows.end(), 0);
        if (column < 0)
            return rows;
        const std::vector<quint32> ranks = AgentSortProxy::computeRanks(store, column, locale);
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            return order == Qt::AscendingOrder ? ranks[size_t(a)] < ranks[size_t(b)]
                                               : ranks[size_t(a)] > ranks[size_t(b)];
        });
        return rows;
    }

    // A combo box that says when its list is about to open: the group filter reads the groups
    // then, not every time the page is shown.
    class LazyComboBox : public QComboBox
    {
    public:
        std::function<void()> aboutToShowPopup;
        void showPopup() override
        {
            if (aboutToShowPopup)
                aboutToShowPopup();
            QComboBox::showPopup();
        }
    };

    const QString kViewsGroup = u"agentViews"_s;

    // Runs on a pool thread: the store is a snapshot, nothing here touches the GUI. A CSV file or
    // a workbook, by the extension.
    ExportResult writeAgents(const QString& path, const AgentStore& store, const QList<int>& rows)
    {
        if (Bulk::TableFile::formatOf(path) == Bulk::TableFile::Format::Xlsx) {
            const QString error = Bulk::TableFile::write(path, agentsTable(store, rows));
            return { error.isEmpty(), error };
        }
        // CSV straight from the store's UTF-8 (a million agents in well under a second).
        const QByteArray csv = agentsToCsv(store, rows);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            return { false, file.errorString() };
        return { true, {} };
    }

} // namespace

AgentsPage::AgentsPage(AlliClient* client, QWidget* parent)
    : ConsolePage(client, parent)
    , m_model(new AgentListModel(client, this))
    , m_proxy(new AgentSortProxy(m_model, this))
    , m_filter(new QLineEdit)
    , m_nameFilter(new QLineEdit)
    , m_groupFilter(new LazyComboBox)
    , m_viewCombo(new QComboBox)
    , m_viewButton(new QToolButton)
    , m_saveViewAction(new QAction(this))
    , m_deleteViewAction(new QAction(this))
    , m_selectMatchingButton(new QPushButton)
    , m_filterTimer(new QTimer(this))
    , m_newButton(new QPushButton)
    , m_deleteButton(new QPushButton)
    , m_copyButton(new QPushButton)
    , m_exportButton(new QPushButton)
    , m_exportAllAction(new QAction(this))
    , m_exportLoadedAction(new QAction(this))
    , m_stopButton(new QPushButton)
    , m_groupsButton(new QPushButton)
    , m_removeButton(new QPushButton)
    , m_importButton(new QPushButton)
    , m_bulkEditButton(new QPushButton)
    , m_bulkGroupsButton(new QPushButton)
    , m_status(new QLabel)
    , m_view(new QTableView)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_detailBox(new QGroupBox)
    , m_detailState(new QLabel)
    , m_idCaption(new QLabel)
    , m_idValue(valueLabel(u"detailId"_s))
    , m_groupsCaption(new QLabel)
    , m_groupsValue(valueLabel(u"detailGroups"_s))
    , m_memberships(new GroupMemberships(client, this))
    , m_nameCaption(new QLabel)
    , m_nameValue(valueLabel(u"detailName"_s))
    , m_firstCaption(new QLabel)
    , m_firstValue(valueLabel(u"detailFirstName"_s))
    , m_lastCaption(new QLabel)
    , m_lastValue(valueLabel(u"detailLastName"_s))
    , m_emailCaption(new QLabel)
    , m_emailValue(valueLabel(u"detailEmail"_s))
{
    setObjectName(u"agentsPage"_s);
    m_filter->setObjectName(u"agentFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDebounceMs);
    m_nameFilter->setObjectName(u"agentNameFilter"_s);
    m_nameFilter->setClearButtonEnabled(true);
    m_groupFilter->setObjectName(u"agentGroupFilter"_s);
    m_groupFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_groupFilter->setMinimumContentsLength(12);
    static_cast<LazyComboBox*>(m_groupFilter)->aboutToShowPopup = [this] {
        if (!m_memberships->isLoaded() && !m_memberships->isRunning())
            m_memberships->start();
    };
    m_viewCombo->setObjectName(u"agentViewCombo"_s);
    m_viewCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_viewCombo->setMinimumContentsLength(10);
    m_viewButton->setObjectName(u"agentViewMenu"_s);
    m_viewButton->setIcon(Icons::icon(u"document-save"_s));
    m_viewButton->setPopupMode(QToolButton::InstantPopup);
    m_viewButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_saveViewAction->setObjectName(u"saveViewAction"_s);
    m_deleteViewAction->setObjectName(u"deleteViewAction"_s);
    auto* viewMenu = new QMenu(m_viewButton);
    viewMenu->addAction(m_saveViewAction);
    viewMenu->addAction(m_deleteViewAction);
    m_viewButton->setMenu(viewMenu);
    connect(m_saveViewAction, &QAction::triggered, this, &AgentsPage::askToSaveView);
    connect(m_deleteViewAction, &QAction::triggered, this, [this] {
        if (m_viewCombo->currentIndex() > 0)
            deleteView(m_viewCombo->currentText());
    });
    m_selectMatchingButton->setObjectName(u"selectAllMatchingButton"_s);
    m_selectMatchingButton->setIcon(Icons::icon(u"object-select"_s));
    m_newButton->setObjectName(u"newAgentButton"_s);
    m_newButton->setIcon(Icons::icon(u"list-add"_s));
    m_deleteButton->setObjectName(u"deleteAgentButton"_s);
    m_deleteButton->setIcon(Icons::icon(u"edit-delete"_s));
    m_copyButton->setObjectName(u"copyEmailsButton"_s);
    m_copyButton->setIcon(Icons::icon(u"edit-copy"_s));
    m_exportButton->setObjectName(u"exportCsvButton"_s);
    m_exportButton->setIcon(Icons::icon(u"document-export"_s));
    m_groupsButton->setObjectName(u"changeGroupsButton"_s);
    m_groupsButton->setIcon(Icons::icon(u"security-high"_s));
    m_removeButton->setObjectName(u"removeFromProjectButton"_s);
    m_removeButton->setIcon(Icons::icon(u"list-remove"_s));
    m_importButton->setObjectName(u"importCsvButton"_s);
    m_importButton->setIcon(Icons::icon(u"document-import"_s));
    m_bulkEditButton->setObjectName(u"bulkEditButton"_s);
    m_bulkEditButton->setIcon(Icons::icon(u"document-edit"_s));
    m_bulkEditButton->setMenu(BulkEditorDialog::operationsMenu(
        { Bulk::Operation::CreateAgents, Bulk::Operation::DeleteAgents, Bulk::Operation::InviteMembers,
            Bulk::Operation::UpdateMemberGroups, Bulk::Operation::RemoveMembers },
        [this](Bulk::Operation op) { openBulkEditor(op); }, m_bulkEditButton));
    m_bulkGroupsButton->setObjectName(u"editGroupsInBulkButton"_s);
    m_bulkGroupsButton->setIcon(Icons::icon(u"document-edit"_s));
    m_stopButton->setObjectName(u"stopButton"_s);
    m_stopButton->setIcon(Icons::icon(u"process-stop"_s));
    m_stopButton->setVisible(false);
    m_exportAllAction->setObjectName(u"exportAllAction"_s);
    m_exportLoadedAction->setObjectName(u"exportLoadedAction"_s);
    auto* exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(m_exportAllAction);
    exportMenu->addAction(m_exportLoadedAction);
    m_exportButton->setMenu(exportMenu);
    connect(m_exportAllAction, &QAction::triggered, this, [this] { exportCsvAs(ExportScope::AllMatching); });
    connect(
        m_exportLoadedAction, &QAction::triggered, this, [this] { exportCsvAs(ExportScope::LoadedRows); });
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_exportFetch) {
            cancelExport();
        } else if (m_proxy->isWaitingForAll()) {
            stopSortLoading();
        } else {
            // The filters stay; they apply to what is loaded.
            m_selectAllWhenLoaded = false;
            m_model->stopLoadingAll();
            setMessage(
                tr("Loading stopped: the filters apply to the %n agent(s) loaded.", "", m_model->rowCount()));
        }
    });
    m_status->setObjectName(u"agentsStatus"_s);
    m_status->setWordWrap(true);

    m_view->setObjectName(u"agentsView"_s);
    m_overlay = new ViewOverlay(m_view);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep scrolling through 100,000 rows cheap (no per-row size hints).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // server order until asked
    m_view->setSortingEnabled(true);
    Widgets::setUpKeyboard(m_view);
    // Name and email first: the id (opaque base64) is hidden until chosen on the header's menu.
    Widgets::enableColumnChooser(m_view, u"agents"_s, { int(AgentListModel::Column::Id) });
    Widgets::fitColumnsToContents(m_view);

    auto* copyAction = new QAction(m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &AgentsPage::copySelectedEmails);
    m_view->addAction(copyAction);

    m_detailBox->setObjectName(u"agentDetails"_s);
    // Nothing jumps: a long address or group list wraps or is cut inside the pane (the whole
    // text is selectable and in the table), it never widens the pane and narrows the table.
    for (QLabel* value : { m_idValue, m_nameValue, m_firstValue, m_lastValue, m_emailValue, m_groupsValue })
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detailState->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detailBox->setMinimumWidth(m_detailBox->fontMetrics().averageCharWidth() * 24);
    m_detailState->setObjectName(u"detailState"_s);
    m_detailState->setWordWrap(true);
    auto* detailForm = new QFormLayout;
    // The values take the pane's width beside their captions: their own width is ignored (above),
    // so a field that only grew when "Expanding" would get none at all.
    detailForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    detailForm->addRow(m_nameCaption, m_nameValue);
    detailForm->addRow(m_emailCaption, m_emailValue);
    detailForm->addRow(m_firstCaption, m_firstValue);
    detailForm->addRow(m_lastCaption, m_lastValue);
    detailForm->addRow(m_groupsCaption, m_groupsValue);
    detailForm->addRow(m_idCaption, m_idValue);
    // Which groups the agent is in: every group's members, read once when a detail is first
    // shown (and again on refresh), not once per click.
    connect(m_memberships, &GroupMemberships::finished, this, &AgentsPage::showGroupsOfDetail);
    auto* detailLayout = new QVBoxLayout(m_detailBox);
    detailLayout->addWidget(m_detailState);
    detailLayout->addLayout(detailForm);
    detailLayout->addStretch();

    m_splitter->setObjectName(u"agentsSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detailBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // A quarter of the width for the details until the admin moves the handle (then remembered):
    // room for an address, not the pane's bare minimum.
    m_splitter->setSizes({ 3000, 1000 });

    // Three rows: the filters and the saved views, then the page's own actions, then what acts
    // on the selection; every row fits 800 px in every language.
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 3);
    filterRow->addWidget(m_nameFilter, 2);
    filterRow->addWidget(m_groupFilter);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_viewCombo);
    filterRow->addWidget(m_viewButton);
    auto* pageRow = new QHBoxLayout;
    pageRow->addWidget(m_newButton);
    pageRow->addWidget(m_importButton);
    pageRow->addWidget(m_bulkEditButton);
    pageRow->addStretch();
    pageRow->addWidget(m_selectMatchingButton);
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_deleteButton);
    actionRow->addWidget(m_groupsButton);
    actionRow->addWidget(m_bulkGroupsButton);
    actionRow->addWidget(m_removeButton);
    actionRow->addStretch();
    actionRow->addWidget(m_copyButton);
    actionRow->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addLayout(filterRow);
    layout->addLayout(pageRow);
    layout->addLayout(actionRow);
    layout->addWidget(m_splitter, 1);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_stopButton);
    layout->addLayout(statusRow);

    connect(m_filter, &QLineEdit::textChanged, this, &AgentsPage::onFilterEdited);
    connect(m_filter, &QLineEdit::returnPressed, this, &AgentsPage::applyServerFilter);
    connect(m_filterTimer, &QTimer::timeout, this, &AgentsPage::applyServerFilter);
    connect(m_nameFilter, &QLineEdit::textChanged, this, &AgentsPage::applyLocalFilters);
    connect(m_groupFilter, &QComboBox::activated, this, [this] {
        m_groupFilterId = m_groupFilter->currentData().toString();
        if (!m_groupFilterId.isEmpty() && !m_memberships->isLoaded() && !m_memberships->isRunning())
            m_memberships->start();
        applyLocalFilters();
    });
    connect(m_memberships, &GroupMemberships::finished, this, [this] {
        fillGroupFilter();
        applyLocalFilters();
    });
    connect(m_viewCombo, &QComboBox::activated, this, [this](int index) {
        if (index == 0)
            setFilters({}, {}, {});
        else
            applyView(m_viewCombo->itemText(index));
    });
    connect(m_selectMatchingButton, &QPushButton::clicked, this, &AgentsPage::selectAllMatching);
    connect(m_model, &AgentListModel::loadedAll, this, [this] {
        if (!m_selectAllWhenLoaded)
            return;
        m_selectAllWhenLoaded = false;
        m_view->selectAll();
        setMessage(tr("%n agent(s) match the filters and are selected.", "", m_proxy->rowCount()));
    });
    // A new list (another email filter, a refresh) is loaded whole again while a name or group
    // filter needs it.
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { QMetaObject::invokeMethod(this, &AgentsPage::loadAllForFilters, Qt::QueuedConnection); });
    connect(m_newButton, &QPushButton::clicked, this, &AgentsPage::newAgent);
    connect(m_deleteButton, &QPushButton::clicked, this, &AgentsPage::deleteSelected);
    connect(m_copyButton, &QPushButton::clicked, this, &AgentsPage::copySelectedEmails);
    connect(m_groupsButton, &QPushButton::clicked, this, [this] { changeGroupsOfSelected(); });
    connect(m_bulkGroupsButton, &QPushButton::clicked, this, [this] { editGroupsInBulk(); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeSelectedFromProject(); });
    connect(m_importButton, &QPushButton::clicked, this, [this] { importCsv(); });

    connect(m_model, &AgentListModel::loadError, this, &AgentsPage::onLoadError);
    connect(m_model, &AgentListModel::pageLoaded, this, [this] {
        if (banner()->isShowingError() && banner()->error().kind() == m_model->lastError().kind())
            banner()->clear();
    });
    connect(m_model, &AgentListModel::loadingChanged, this, &AgentsPage::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        clearDetails();
        updateStatus();
    });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(m_proxy, signal, this, [this] {
            updateStatus();
            updateActions();
        });
    }
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AgentsPage::updateStatus);
    // A large list is filtered in a worker: the status says so until the rows are in place.
    connect(m_proxy, &AgentSortProxy::mappingApplied, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AgentsPage::updateStatus);
    connect(m_proxy, &AgentSortProxy::sortingChanged, this, &AgentsPage::updateStatus);
    // The details, Del and every action are about the highlighted (selected) rows, never about a
    // current row that moved without selecting (Ctrl+arrows).
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateActions();
    });

    retranslateUi();
    clearDetails();
    updateActions();
}

AgentsPage::~AgentsPage()
{
    if (m_detailReply)
        m_detailReply->cancel();
}

void AgentsPage::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Email contains, or @domain…"));
    m_filter->setAccessibleName(tr("Filter by email"));
    m_filter->setToolTip(tr("Shows the agents whose email contains this text; text that starts "
                            "with @ is a domain (\"@example.com\")."));
    m_nameFilter->setPlaceholderText(tr("Name contains…"));
    m_nameFilter->setAccessibleName(tr("Filter by name"));
    m_nameFilter->setToolTip(tr("Shows the agents whose first or last name contains this text. "
                                "Every agent of the project is loaded for it."));
    m_groupFilter->setAccessibleName(tr("Filter by permission group"));
    m_groupFilter->setToolTip(tr("Shows only the members of one permission group, or the agents "
                                 "in no group."));
    fillGroupFilter();
    m_viewCombo->setAccessibleName(tr("Saved views"));
    m_viewCombo->setToolTip(tr("Filters saved under a name for this connection."));
    fillViews();
    m_viewButton->setText(tr("Views"));
    m_viewButton->setAccessibleName(tr("Save or delete views"));
    m_viewButton->setToolTip(tr("Saves the current filters as a named view, or deletes the chosen view."));
    m_saveViewAction->setText(tr("&Save the filters as a view…"));
    m_deleteViewAction->setText(tr("&Delete this view"));
    m_selectMatchingButton->setText(tr("Select &all matching"));
    m_selectMatchingButton->setToolTip(
        tr("Selects every agent the filters match, not only the rows loaded so far, so that the "
           "actions below apply to all of them."));
    m_newButton->setText(tr("&New agent…"));
    m_deleteButton->setText(tr("&Delete"));
    m_deleteButton->setToolTip(tr("Deletes the selected agents from the project (Del)."));
    m_copyButton->setText(tr("&Copy emails"));
    m_copyButton->setToolTip(
        tr("Copies the email addresses of the selected agents, one per line (Ctrl+C in the table)."));
    m_exportButton->setText(tr("E&xport CSV"));
    m_exportButton->setToolTip(tr("Saves agents as a CSV file, in the table's order."));
    m_exportAllAction->setText(tr("&Every agent matching the filter…"));
    m_exportLoadedAction->setText(tr("&Only the rows loaded in the table…"));
    m_stopButton->setText(tr("&Stop"));
    m_groupsButton->setText(tr("Change &groups…"));
    m_groupsButton->setToolTip(tr("Replaces the permission groups of the selected agents."));
    m_removeButton->setText(tr("Re&move from project…"));
    m_removeButton->setToolTip(tr("Removes the selected agents from this project's members."));
    m_importButton->setText(tr("&Import CSV…"));
    m_importButton->setToolTip(tr("Creates or deletes agents listed in a CSV file."));
    m_bulkEditButton->setText(tr("&Bulk edit"));
    m_bulkEditButton->setToolTip(
        tr("Builds a bulk change of agents or members in a grid: typed, or pasted from a "
           "spreadsheet."));
    m_bulkGroupsButton->setText(tr("Edit groups &per agent…"));
    m_bulkGroupsButton->setToolTip(
        tr("Opens the selected agents in a grid with the groups each is in now, to "
           "give each one its own groups."));
    m_view->setAccessibleName(tr("Agents"));
    m_detailBox->setTitle(tr("Agent details"));
    m_nameCaption->setText(tr("Name:"));
    m_emailCaption->setText(tr("Email:"));
    m_firstCaption->setText(tr("First name:"));
    m_lastCaption->setText(tr("Last name:"));
    m_idCaption->setText(tr("ID:"));
    m_groupsCaption->setText(tr("Groups:"));
    showGroupsOfDetail();
    m_model->retranslate();
    m_proxy->setCollatorLocale(QLocale());
    if (m_detailId.isEmpty())
        m_detailState->setText(tr("Select an agent to see the details."));
    updateStatus();
}

void AgentsPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->reload();
}

void AgentsPage::refresh()
{
    if (m_memberships->isLoaded() || m_memberships->isRunning())
        m_memberships->start(); // the groups may have changed too
    m_activated = true;
    m_message.clear();
    banner()->clear();
    m_model->setEmailFilter(m_filter->text());
}

void AgentsPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void AgentsPage::onFilterEdited(const QString& text)
{
    // Narrow what is loaded at once; ask the server once typing pauses.
    m_proxy->setEmailFilter(text);
    m_filterTimer->start();
    updateStatus();
}

void AgentsPage::applyServerFilter()
{
    m_filterTimer->stop();
    if (m_model->isStarted() && m_filter->text().trimmed() == m_model->emailFilter())
        return;
    m_activated = true;
    m_message.clear();
    m_model->setEmailFilter(m_filter->text());
}

void AgentsPage::applyLocalFilters()
{
    // Until the groups are read, nobody is known to be in a group or in none: nothing is shown.
    std::optional<QSet<QString>> members;
    bool invert = false;
    if (!m_groupFilterId.isEmpty() && !m_memberships->isLoaded())
        members = QSet<QString>();
    else if (m_groupFilterId == kNoGroup) {
        members = m_memberships->memberEmails();
        invert = true;
    } else if (!m_groupFilterId.isEmpty())
        members = m_memberships->memberEmails(m_groupFilterId);
    m_proxy->setNameFilter(m_nameFilter->text());
    m_proxy->setMemberFilter(std::move(members), invert);
    loadAllForFilters();
    updateStatus();
    updateActions();
}

void AgentsPage::loadAllForFilters()
{
    if ((m_proxy->hasLocalOnlyFilter() || m_selectAllWhenLoaded) && m_model->isStarted() && !m_model->atEnd()
        && !m_model->isLoadingAll())
        m_model->loadAll();
    else if (!m_proxy->hasLocalOnlyFilter() && !m_proxy->isWaitingForAll() && !m_selectAllWhenLoaded
        && m_model->isLoadingAll())
        m_model->stopLoadingAll();
}

bool AgentsPage::isLoadingForFilter() const
{
    return m_proxy->hasLocalOnlyFilter() && m_model->isLoadingAll() && !m_model->atEnd();
}

QString AgentsPage::groupFilter() const
{
    return m_groupFilterId;
}

void AgentsPage::setFilters(const QString& email, const QString& name, const QString& groupId)
{
    m_groupFilterId = groupId;
    if (!groupId.isEmpty() && !m_memberships->isLoaded() && !m_memberships->isRunning())
        m_memberships->start();
    fillGroupFilter();
    {
        const QSignalBlocker blocker(m_nameFilter);
        m_nameFilter->setText(name);
    }
    if (m_filter->text() != email) {
        m_filter->setText(email); // the local filter at once
        applyServerFilter(); // and the server's, without waiting for the typing pause
    }
    applyLocalFilters();
}

void AgentsPage::fillGroupFilter()
{
    const QSignalBlocker blocker(m_groupFilter);
    m_groupFilter->clear();
    m_groupFilter->addItem(tr("Any group"), QString());
    m_groupFilter->addItem(tr("In no group"), kNoGroup.toString());
    if (m_memberships->isLoaded()) {
        for (const PermissionGroupResponse& group : m_memberships->groups())
            m_groupFilter->addItem(group.name, group.id);
    } else if (m_memberships->isRunning()) {
        m_groupFilter->addItem(tr("Loading the groups…"), u"#loading"_s);
        auto* model = qobject_cast<QStandardItemModel*>(m_groupFilter->model());
        if (model)
            model->item(m_groupFilter->count() - 1)->setEnabled(false);
    }
    int index = m_groupFilter->findData(m_groupFilterId);
    if (index < 0 && !m_groupFilterId.isEmpty()) {
        // A saved view's group that is not (yet) listed keeps its place.
        m_groupFilter->addItem(
            m_memberships->isLoaded() ? tr("(a group that no longer exists)") : tr("Loading the groups…"),
            m_groupFilterId);
        index = m_groupFilter->count() - 1;
    }
    m_groupFilter->setCurrentIndex(std::max(index, 0));
}

QString AgentsPage::viewsKey() const
{
    // One list of views per server and project; the key never holds a secret.
    const ConnectionSettings& settings = client()->connection();
    const QByteArray where
        = settings.baseUrl().toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toUtf8() + '|'
        + settings.projectId.toUtf8();
    return kViewsGroup + u'/'
        + QString::fromLatin1(QCryptographicHash::hash(where, QCryptographicHash::Sha1).toHex().left(16));
}

QStringList AgentsPage::savedViewNames() const
{
    QStringList names = QSettings().value(viewsKey()).toMap().keys();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), collator);
    return names;
}

void AgentsPage::saveView(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    QSettings settings;
    QVariantMap views = settings.value(viewsKey()).toMap();
    QString groupName;
    if (m_groupFilter->currentIndex() > 1)
        groupName = m_groupFilter->currentText();
    views.insert(trimmed,
        QVariantMap { { u"email"_s, m_filter->text().trimmed() },
            { u"name"_s, m_nameFilter->text().trimmed() }, { u"group"_s, m_groupFilterId },
            { u"groupName"_s, groupName } });
    settings.setValue(viewsKey(), views);
    fillViews();
    m_viewCombo->setCurrentIndex(std::max(0, m_viewCombo->findText(trimmed)));
    setMessage(tr("View “%1” saved.").arg(trimmed));
}

bool AgentsPage::applyView(const QString& name)
{
    const QVariantMap view = QSettings().value(viewsKey()).toMap().value(name).toMap();
    if (view.isEmpty())
        return false;
    setFilters(view.value(u"email"_s).toString(), view.value(u"name"_s).toString(),
        view.value(u"group"_s).toString());
    const QSignalBlocker blocker(m_viewCombo);
    m_viewCombo->setCurrentIndex(std::max(0, m_viewCombo->findText(name)));
    return true;
}

void AgentsPage::deleteView(const QString& name)
{
    QSettings settings;
    QVariantMap views = settings.value(viewsKey()).toMap();
    if (!views.remove(name))
        return;
    if (views.isEmpty())
        settings.remove(viewsKey());
    else
        settings.setValue(viewsKey(), views);
    fillViews();
    setMessage(tr("View “%1” deleted.").arg(name));
}

void AgentsPage::fillViews()
{
    const QString current = m_viewCombo->currentIndex() > 0 ? m_viewCombo->currentText() : QString();
    const QSignalBlocker blocker(m_viewCombo);
    m_viewCombo->clear();
    m_viewCombo->addItem(tr("All agents"));
    m_viewCombo->addItems(savedViewNames());
    m_viewCombo->setCurrentIndex(std::max(0, m_viewCombo->findText(current)));
    m_deleteViewAction->setEnabled(m_viewCombo->count() > 1);
}

void AgentsPage::askToSaveView()
{
    bool ok = false;
    const QString suggested = m_viewCombo->currentIndex() > 0 ? m_viewCombo->currentText() : QString();
    const QString name = QInputDialog::getText(this, tr("Save view"),
        tr("Name of the view (the email, name and group filters are saved for this connection):"),
        QLineEdit::Normal, suggested, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (savedViewNames().contains(name.trimmed())
        && !Confirm::ask(
            this, tr("Save view"), tr("Replace the view “%1”?").arg(name.trimmed()), tr("Replace")))
        return;
    saveView(name);
}

void AgentsPage::selectAllMatching()
{
    if (!m_model->isStarted())
        return;
    if (m_model->atEnd() || !m_model->hasServer()) {
        m_view->selectAll();
        setMessage(tr("%n agent(s) match the filters and are selected.", "", m_proxy->rowCount()));
        return;
    }
    m_selectAllWhenLoaded = true;
    setMessage(tr("Loading every agent that matches the filters, to select them all…"));
    m_model->loadAll();
}

void AgentsPage::onLoadError(const ApiError& error)
{
    banner()->showError(error, [this] { m_model->retry(); });
    updateStatus();
}

QList<int> AgentsPage::selectedSourceRows() const
{
    QList<int> proxyRows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        proxyRows.append(index.row());
    std::sort(proxyRows.begin(), proxyRows.end());
    QList<int> rows;
    rows.reserve(proxyRows.size());
    for (int row : std::as_const(proxyRows))
        rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return rows;
}

void AgentsPage::clearDetails()
{
    if (m_detailReply)
        m_detailReply->cancel();
    m_detailReply = nullptr;
    m_detailId.clear();
    for (QLabel* label : { m_idValue, m_nameValue, m_firstValue, m_lastValue, m_emailValue, m_groupsValue }) {
        label->clear();
        label->setToolTip(QString());
    }
    m_detailState->setText(tr("Select an agent to see the details."));
}

void AgentsPage::showDetails()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.size() != 1) {
        clearDetails();
        if (selected.size() > 1)
            m_detailState->setText(
                tr("%n agent(s) selected. Select one to see the details.", "", int(selected.size())));
        return;
    }
    const int row = m_proxy->mapToSource(selected.constFirst()).row();
    const AgentResponse listed = m_model->agentAt(row);
    if (listed.id == m_detailId)
        return;
    if (m_detailReply)
        m_detailReply->cancel();
    m_detailId = listed.id;
    // Show what the list already knows while the server's current record loads.
    fillDetails(listed);
    if (!m_memberships->isLoaded() && !m_memberships->isRunning())
        m_memberships->start();
    showGroupsOfDetail();
    m_detailState->setText(tr("Loading details…"));
    auto* reply = client()->getAgent(listed.id);
    m_detailReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, id = listed.id] {
        if (m_detailReply != reply || id != m_detailId)
            return; // the selection moved on
        m_detailReply = nullptr;
        if (!reply->ok()) {
            if (reply->error().kind() == ApiError::Kind::NotFound) {
                m_detailState->setText(tr("This agent no longer exists."));
                return;
            }
            m_detailState->setText(tr("The details could not be loaded."));
            banner()->showError(reply->error(), [this] {
                m_detailId.clear();
                showDetails();
            });
            return;
        }
        const AgentResponse& a = reply->value();
        fillDetails(a);
        showGroupsOfDetail();
        m_detailState->clear();
        emit detailsShown(a.id);
    });
}

void AgentsPage::fillDetails(const AgentResponse& agent)
{
    const auto show = [](QLabel* value, const QString& text) {
        value->setText(text);
        value->setToolTip(text); // the whole text where the pane cuts it (an address has no break)
    };
    show(m_idValue, agent.id);
    show(m_nameValue, agentDisplayName(agent.firstName, agent.lastName));
    show(m_firstValue, agent.firstName);
    show(m_lastValue, agent.lastName);
    show(m_emailValue, agent.email);
}

void AgentsPage::showGroupsOfDetail()
{
    const QString email = m_emailValue->text();
    if (m_detailId.isEmpty() || email.isEmpty())
        m_groupsValue->clear();
    else if (m_memberships->isRunning())
        m_groupsValue->setText(tr("Loading…"));
    else if (!m_memberships->isLoaded())
        m_groupsValue->setText(tr("The groups could not be loaded."));
    else if (const QStringList names = m_memberships->groupNamesOf(email); names.isEmpty())
        m_groupsValue->setText(tr("No permission group"));
    else
        m_groupsValue->setText(names.join(tr(", ")));
}

bool AgentsPage::isLoadingGroups() const
{
    return m_memberships->isRunning();
}

QStringList AgentsPage::detailGroups() const
{
    return m_memberships->isLoaded() ? m_memberships->groupNamesOf(m_emailValue->text()) : QStringList();
}

NewAgentDialog* AgentsPage::createNewAgentDialog()
{
    auto* dialog = new NewAgentDialog(client(), this);
    connect(dialog, &NewAgentDialog::agentCreated, this, [this](const QString& id, const QString& email) {
        setMessage(tr("Agent %1 created.").arg(email));
        // Shown at once when the whole list is loaded; otherwise it comes with its page.
        auto* reply = client()->getAgent(id);
        connect(reply, &ApiReply::finished, this, [this, reply] {
            if (reply->ok())
                m_model->addCreatedAgent(reply->value());
        });
    });
    return dialog;
}

void AgentsPage::newAgent()
{
    NewAgentDialog* dialog = createNewAgentDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal without a nested event loop
}

void AgentsPage::deleteSelected()
{
    if (!m_deleteQueue.isEmpty())
        return; // a deletion is running
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QString text;
    QString details;
    const QString consequence
        = tr("They will no longer be able to sign in to this project. This cannot be undone.");
    if (rows.size() == 1) {
        const QString name = m_model->displayNameAt(rows.first());
        const QString email = m_model->emailAt(rows.first());
        text = name.isEmpty() ? tr("Delete the agent %1?").arg(email)
                              : tr("Delete the agent %1 (%2)?").arg(name, email);
        details = consequence;
    } else {
        text = tr("Delete %n agent(s)?", "", int(rows.size()));
        QStringList lines;
        constexpr int Listed = 10;
        for (int i = 0; i < rows.size() && i < Listed; ++i)
            lines.append(tr("%1 (%2)").arg(m_model->displayNameAt(rows.at(i)), m_model->emailAt(rows.at(i))));
        if (rows.size() > Listed)
            lines.append(tr("…and %n more", "", int(rows.size()) - Listed));
        details = lines.join(u'\n') + u"\n\n"_s + consequence;
    }
    if (!Confirm::ask(this, tr("Delete agents"), text, tr("Delete"), details))
        return;
    for (int row : rows)
        m_deleteQueue.append(m_model->emailAt(row));
    m_deleted = 0;
    banner()->clear();
    updateActions();
    deleteNext();
}

void AgentsPage::deleteNext()
{
    if (m_deleteQueue.isEmpty()) {
        // Nothing stays selected: a second Del must not remove a neighbour nobody looked at.
        m_view->selectionModel()->clearSelection();
        setMessage(tr("Deleted %n agent(s).", "", m_deleted));
        updateActions();
        emit deleteFinished(m_deleted, true);
        return;
    }
    AgentManagementRequest request;
    request.email = m_deleteQueue.first();
    request.deleteFlag = true;
    auto* reply = client()->manageAgent(request);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            const int deleted = m_deleted;
            const QStringList remaining = m_deleteQueue;
            m_deleteQueue.clear();
            updateActions();
            banner()->showError(reply->error(), [this, remaining] {
                m_deleteQueue = remaining;
                updateActions();
                deleteNext();
            });
            if (deleted > 0)
                setMessage(tr("Deleted %n agent(s).", "", deleted));
            emit deleteFinished(deleted, false);
            return;
        }
        m_deleteQueue.removeFirst();
        ++m_deleted;
        m_model->removeAgent(reply->value().id);
        deleteNext();
    });
}

SelectionJobDialog* AgentsPage::changeGroupsOfSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return nullptr;
    return openSelectionJob(Bulk::Operation::UpdateMemberGroups, rows, false);
}

SelectionJobDialog* AgentsPage::removeSelectedFromProject()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return nullptr;
    QStringList lines;
    constexpr int Listed = 10;
    for (int i = 0; i < rows.size() && i < Listed; ++i) {
        const QString name = m_model->displayNameAt(rows.at(i));
        const QString email = m_model->emailAt(rows.at(i));
        lines.append(name.isEmpty() ? email : tr("%1 (%2)").arg(name, email));
    }
    if (rows.size() > Listed)
        lines.append(tr("…and %n more", "", int(rows.size()) - Listed));
    const QString details = lines.join(u'\n') + u"\n\n"_s
        + tr("They lose access to this project. Their accounts are kept and can be invited again.");
    if (!Confirm::ask(this, tr("Remove from project"),
            tr("Remove %n agent(s) from the project?", "", int(rows.size())), tr("Remove"), details))
        return nullptr;
    return openSelectionJob(Bulk::Operation::RemoveMembers, rows, true);
}

SelectionJobDialog* AgentsPage::openSelectionJob(
    Bulk::Operation operation, const QList<int>& rows, bool startNow)
{
    QList<SelectionJobDialog::Member> members;
    members.reserve(rows.size());
    for (int row : rows)
        members.append({ m_model->emailAt(row), m_model->displayNameAt(row) });
    auto* dialog = new SelectionJobDialog(client(), operation, members, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SelectionJobDialog::jobFinished, this, [this, operation](const Bulk::Counts& counts) {
        refresh();
        const QString done = operation == Bulk::Operation::RemoveMembers
            ? tr("Removed %n agent(s) from the project.", "", counts.succeeded)
            : tr("Changed the groups of %n agent(s).", "", counts.succeeded);
        const int problems = counts.failed + counts.unknown;
        setMessage(problems > 0 ? done + u' ' + tr("%n failed: see the results.", "", problems) : done);
        emit selectionJobFinished(counts.succeeded, problems);
    });
    dialog->open(); // window-modal without a nested event loop
    if (startNow)
        dialog->start();
    return dialog;
}

ImportDialog* AgentsPage::importCsv()
{
    auto* dialog = new ImportDialog(client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOperation(Bulk::Operation::CreateAgents);
    // Agents created or deleted from a file show up without a manual refresh.
    connect(dialog, &ImportDialog::sendingFinished, this, &AgentsPage::refresh);
    dialog->show();
    return dialog;
}

BulkEditorDialog* AgentsPage::openBulkEditor(Bulk::Operation op)
{
    BulkEditorDialog* dialog = BulkEditorDialog::open(client(), op, this);
    connect(dialog, &BulkEditorDialog::sendingFinished, this, &AgentsPage::refresh);
    return dialog;
}

BulkEditorDialog* AgentsPage::editGroupsInBulk()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return nullptr;
    QStringList emails;
    emails.reserve(rows.size());
    for (int row : rows)
        emails.append(m_model->emailAt(row));
    BulkEditorDialog* dialog = openBulkEditor(Bulk::Operation::UpdateMemberGroups);
    dialog->seedGroupsOf(emails);
    return dialog;
}

void AgentsPage::copySelectedEmails()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QStringList emails;
    emails.reserve(rows.size());
    for (int row : rows)
        emails.append(m_model->emailAt(row));
    QApplication::clipboard()->setText(emails.join(u'\n'));
    setMessage(tr("Copied %n email address(es).", "", int(emails.size())));
}

void AgentsPage::exportCsvAs(ExportScope scope)
{
    const QString path = Widgets::askTablePath(this, tr("Export agents"), QDir::homePath(), u"agents"_s);
    if (!path.isEmpty())
        exportCsv(path, scope);
}

void AgentsPage::exportCsv(const QString& path, ExportScope scope)
{
    if (m_exporting)
        return;
    const QString filter = m_filter->text().trimmed();
    const bool tableHasAll = m_model->atEnd() && m_model->emailFilter() == filter;
    if (scope == ExportScope::LoadedRows || tableHasAll || !m_model->hasServer()) {
        const QList<int> rows = m_proxy->sourceRowsInOrder();
        const QString where = QDir::toNativeSeparators(path);
        const QString message = tableHasAll
            ? tr("Exported %n agent(s) to %1.", "", int(rows.size())).arg(where)
            : tr("Exported only the %n agent(s) loaded in the table, not every agent of the project, to %1.",
                "", int(rows.size()))
                  .arg(where);
        m_exporting = true;
        writeExport(path, m_model->store(), rows, message);
        return;
    }
    // The table has only some pages: fetch every matching agent into a store of the export's own.
    m_exporting = true;
    m_exportFetch = ExportFetch { path, filter, std::make_shared<AgentStore>(), {} };
    banner()->clear();
    updateActions();
    updateStatus();
    fetchNextExportPage();
}

void AgentsPage::fetchNextExportPage()
{
    auto* reply = client()->listAgents(m_exportFetch->store->size(), ExportPageSize, m_exportFetch->filter);
    m_exportFetch->reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!m_exportFetch || m_exportFetch->reply != reply)
            return;
        if (!reply->ok()) {
            const ApiError error = reply->error();
            const QString path = m_exportFetch->path;
            m_exportFetch.reset();
            m_exporting = false;
            updateActions();
            QString message;
            if (error.kind() == ApiError::Kind::Cancelled) {
                message = tr("Export cancelled: no file was written.");
                setMessage(message);
            } else {
                message = tr("The export stopped, no file was written: %1").arg(error.message());
                banner()->showError(error, [this, path] { exportCsv(path); });
                updateStatus();
            }
            emit exportFinished(false, message);
            return;
        }
        const QList<AgentResponse>& page = reply->value();
        for (const AgentResponse& agent : page)
            m_exportFetch->store->append(agent);
        updateStatus();
        if (page.size() >= ExportPageSize) {
            fetchNextExportPage();
            return;
        }
        const std::shared_ptr<AgentStore> store = m_exportFetch->store;
        const QString path = m_exportFetch->path;
        m_exportFetch->reply = nullptr;
        writeExport(path, *store, {},
            tr("Exported %n agent(s), every agent matching the filter, to %1.", "", store->size())
                .arg(QDir::toNativeSeparators(path)));
    });
}

void AgentsPage::cancelExport()
{
    if (m_exportFetch && m_exportFetch->reply)
        m_exportFetch->reply->cancel();
}

// `rows` empty: every row of `store`, ordered on the worker like the table is sorted.
void AgentsPage::writeExport(
    const QString& target, const AgentStore& store, const QList<int>& rows, const QString& message)
{
    updateActions();
    const bool order = rows.isEmpty() && store.size() > 0;
    const int column = m_proxy->requestedSortColumn(); // -1: the server's order
    // The store copy is a snapshot that later pages and deletions do not change.
    const auto work = [target, store, rows, order, column, sortOrder = m_proxy->requestedSortOrder(),
                          locale = m_proxy->collatorLocale()] {
        return writeAgents(target, store, order ? sortedRows(store, column, sortOrder, locale) : rows);
    };
    runInBackground(this, work, [this, target, message](const ExportResult& result) {
        m_exporting = false;
        m_exportFetch.reset();
        updateActions();
        if (result.ok) {
            setMessage(message);
            emit exportFinished(true, message);
        } else {
            const QString failure
                = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(target), result.error);
            banner()->showMessage(failure);
            updateStatus();
            emit exportFinished(false, failure);
        }
    });
    updateStatus();
}

void AgentsPage::stopSortLoading()
{
    if (!m_proxy->isWaitingForAll())
        return;
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the server's order again
    m_proxy->sort(-1);
    setMessage(tr("Sorting stopped: the table shows the server's order."));
}

void AgentsPage::setMessage(const QString& message)
{
    m_message = message;
    updateStatus();
    if (!message.isEmpty())
        emit statusMessage(message);
}

QString AgentsPage::statusText() const
{
    return m_status->text();
}

void AgentsPage::updateStatus()
{
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QStringList parts;
    if (!m_model->isStarted()) {
        // Not loaded yet.
    } else if (loaded == 0 && m_model->isLoading()) {
        parts << tr("Loading agents…");
    } else if (loaded == 0 && m_model->lastError().isError()) {
        parts << tr("The agents could not be loaded.");
    } else if (loaded == 0) {
        parts << (m_model->emailFilter().isEmpty()
                ? tr("This project has no agents.")
                : tr("No agent's email contains “%1”.").arg(m_model->emailFilter()));
    } else {
        parts << (m_model->atEnd() ? tr("%n agent(s)", "", loaded)
                                   : tr("%n agent(s) loaded, scroll down for more", "", loaded));
        if (shown != loaded)
            parts << tr("%n shown", "", shown);
        if (m_model->isLoading())
            parts << tr("Loading more…");
    }
    if (m_proxy->isWaitingForAll())
        parts << tr("Sorting needs every agent: loading the rest of the list first (%n loaded)…", "", loaded);
    else if (m_selectAllWhenLoaded)
        parts << tr(
            "Selecting every matching agent: loading the rest of the list first (%n loaded)…", "", loaded);
    else if (isLoadingForFilter())
        parts << tr("Filtering by name or group needs every agent: loading the rest of the list (%n loaded)…",
            "", loaded);
    else if (m_proxy->isSorting())
        parts << tr("Sorting…");
    else if (m_proxy->isBusy())
        parts << tr("Filtering…");
    if (m_exportFetch)
        parts << tr("Exporting: %n agent(s) fetched from the server…", "", m_exportFetch->store->size());
    else if (m_exporting)
        parts << tr("Writing the export file…");
    if (!m_message.isEmpty())
        parts << m_message;
    m_status->setText(parts.join(u"  ·  "_s));
    // A table with nothing to show says why on the table itself, with the next step.
    const QString filter = m_filter->text().trimmed();
    if (!m_model->isStarted() || shown > 0) {
        m_overlay->clear();
    } else if (loaded == 0 && m_model->isLoading()) {
        m_overlay->showLoading(tr("Loading agents…"));
    } else if (loaded == 0 && m_model->lastError().isError()) {
        m_overlay->showError(tr("The agents could not be loaded: %1").arg(m_model->lastError().message()),
            tr("Try again"), [this] { m_model->retry(); });
    } else if (m_proxy->hasLocalOnlyFilter() && loaded > 0) {
        m_overlay->showEmpty(isLoadingForFilter() || m_memberships->isRunning()
                ? tr("Looking for matching agents…")
                : tr("No agent matches these filters."),
            tr("Clear the filters"), [this] { setFilters({}, {}, {}); });
    } else if (!filter.isEmpty()) {
        m_overlay->showEmpty(m_model->isLoading()
                ? tr("Looking for agents whose email contains “%1”…").arg(filter)
                : tr("No agent's email contains “%1”.").arg(filter),
            tr("Clear the filter"), [this] { m_filter->clear(); });
    } else if (loaded == 0) {
        m_overlay->showEmpty(tr("This project has no agents."), tr("New agent…"), [this] { newAgent(); });
    } else {
        m_overlay->clear();
    }
    m_stopButton->setVisible(
        bool(m_exportFetch) || m_proxy->isWaitingForAll() || m_selectAllWhenLoaded || isLoadingForFilter());
}

void AgentsPage::updateActions()
{
    const bool hasRows = m_view->selectionModel()->hasSelection();
    m_deleteButton->setEnabled(hasRows && m_deleteQueue.isEmpty());
    m_copyButton->setEnabled(hasRows);
    m_groupsButton->setEnabled(hasRows);
    m_bulkGroupsButton->setEnabled(hasRows);
    m_removeButton->setEnabled(hasRows);
    m_selectMatchingButton->setEnabled(m_model->isStarted() && !m_selectAllWhenLoaded);
    m_exportButton->setEnabled(!m_exporting && m_proxy->rowCount() > 0);
    // "Only the loaded rows" differs from "every agent" only while the table has some pages.
    m_exportLoadedAction->setEnabled(!m_model->atEnd());
}

} // namespace Alli
