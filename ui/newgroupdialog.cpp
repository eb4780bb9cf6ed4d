#include "newgroupdialog.h"

#include "agentlistmodel.h"
#include "alliclient.h"
#include "confirm.h"
#include "errorbanner.h"
#include "permissionmatrixmodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{
    constexpr int kSearchLimit = 50;
    constexpr int kSearchDebounceMs = 300;
    constexpr int kAgentIdRole = Qt::UserRole + 1;
}

NewGroupDialog::NewGroupDialog(AlliClient* client, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_banner(new ErrorBanner(this))
    , m_matrix(new PermissionMatrixModel(this))
    , m_nameLabel(new QLabel)
    , m_name(new QLineEdit)
    , m_permissionsLabel(new QLabel)
    , m_matrixView(new QTreeView)
    , m_membersLabel(new QLabel)
    , m_search(new QLineEdit)
    , m_searchDebounce(new QTimer(this))
    , m_resultsModel(new QStandardItemModel(this))
    , m_resultsView(new QListView)
    , m_searchStatus(new QLabel)
    , m_selectedLabel(new QLabel)
    , m_selectedList(new QListWidget)
    , m_removeButton(new QPushButton)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"newGroupDialog"_s);
    m_matrix->setFollowDependencies(
        QSettings().value(QLatin1StringView(kFollowDependenciesKey), true).toBool());
    m_name->setObjectName(u"newGroupName"_s);
    m_name->setMaxLength(200);
    m_nameLabel->setBuddy(m_name);
    connect(m_name, &QLineEdit::textChanged, this, &NewGroupDialog::updateStates);

    m_matrixView->setObjectName(u"newGroupMatrix"_s);
    m_matrixView->setModel(m_matrix);
    m_matrixView->setUniformRowHeights(true);
    m_matrixView->header()->setSectionResizeMode(
        int(PermissionMatrixModel::Column::Permission), QHeaderView::ResizeToContents);
    m_matrixView->header()->setStretchLastSection(true);
    m_matrixView->expandAll();
    m_permissionsLabel->setBuddy(m_matrixView);

    m_search->setObjectName(u"agentSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_membersLabel->setBuddy(m_search);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { searchAgents(m_search->text().trimmed()); });
    m_resultsView->setObjectName(u"agentResults"_s);
    m_resultsView->setModel(m_resultsModel);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setUniformItemSizes(true);
    connect(m_resultsModel, &QStandardItemModel::itemChanged, this, &NewGroupDialog::onResultChanged);
    m_searchStatus->setObjectName(u"agentSearchStatus"_s);
    m_searchStatus->setWordWrap(true);
    m_selectedList->setObjectName(u"selectedMembers"_s);
    m_selectedList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_selectedLabel->setBuddy(m_selectedList);
    m_removeButton->setObjectName(u"removeMember"_s);
    auto removeSelected = [this] {
        const auto items = m_selectedList->selectedItems();
        QStringList ids;
        for (const QListWidgetItem* item : items)
            ids.append(item->data(kAgentIdRole).toString());
        for (const QString& id : std::as_const(ids))
            removeMember(id);
    };
    connect(m_removeButton, &QPushButton::clicked, this, removeSelected);
    auto* deleteKey
        = new QShortcut(QKeySequence::Delete, m_selectedList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, removeSelected);
    connect(m_selectedList, &QListWidget::itemSelectionChanged, this, &NewGroupDialog::updateStates);

    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"createGroup"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewGroupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewGroupDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);

    auto* permissionsBox = new QWidget;
    auto* permissionsLayout = new QVBoxLayout(permissionsBox);
    permissionsLayout->setContentsMargins(0, 0, 0, 0);
    permissionsLayout->addWidget(m_permissionsLabel);
    permissionsLayout->addWidget(m_matrixView);

    auto* membersBox = new QWidget;
    auto* membersLayout = new QVBoxLayout(membersBox);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    membersLayout->addWidget(m_membersLabel);
    membersLayout->addWidget(m_search);
    membersLayout->addWidget(m_resultsView, 2);
    membersLayout->addWidget(m_searchStatus);
    membersLayout->addWidget(m_selectedLabel);
    membersLayout->addWidget(m_selectedList, 1);
    auto* removeRow = new QHBoxLayout;
    removeRow->addStretch();
    removeRow->addWidget(m_removeButton);
    membersLayout->addLayout(removeRow);

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(u"newGroupSplitter"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(permissionsBox);
    split->addWidget(membersBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);
    resize(900, 640);

    retranslateUi();
    searchAgents(QString()); // the first agents, so the list is never empty at the start
}

NewGroupDialog::~NewGroupDialog()
{
    if (m_searchReply)
        m_searchReply->cancel();
}

void NewGroupDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewGroupDialog::retranslateUi()
{
    setWindowTitle(tr("New permission group"));
    m_nameLabel->setText(tr("&Name:"));
    m_resultsView->setAccessibleName(tr("Agents found"));
    m_selectedList->setAccessibleName(tr("Members of the new group"));
    m_matrixView->setAccessibleName(tr("Permissions"));
    m_name->setPlaceholderText(tr("For example: Support team"));
    m_permissionsLabel->setText(tr("&Permissions (required permissions are checked automatically):"));
    m_membersLabel->setText(tr("&Members: search agents by email"));
    m_search->setPlaceholderText(tr("Part of an email address…"));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setToolTip(tr("Remove the selected members from the new group (Del)."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create group"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_matrix->retranslate();
    updateStates();
}

void NewGroupDialog::setName(const QString& name)
{
    m_name->setText(name);
}

QString NewGroupDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewGroupDialog::agentText(const AgentResponse& agent)
{
    // The same name order as every other list (김민준, 佐藤花子, Emma Johnson).
    const QString name = agentDisplayName(agent.firstName, agent.lastName).trimmed();
    return name.isEmpty() ? agent.email : tr("%1 <%2>").arg(name, agent.email);
}

void NewGroupDialog::searchAgents(const QString& emailPart)
{
    m_searchDebounce->stop();
    if (m_searchReply)
        m_searchReply->cancel();
    m_searchFailed = false;
    m_searchedText = emailPart;
    auto* reply = m_client->listAgents(0, kSearchLimit, emailPart);
    m_searchReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply != m_searchReply)
            return; // a newer search replaced it
        m_searchReply = nullptr;
        if (reply->ok()) {
            m_banner->clear();
            m_results = reply->value();
            m_syncing = true;
            m_resultsModel->clear();
            for (const AgentResponse& agent : std::as_const(m_results)) {
                auto* item = new QStandardItem(agentText(agent));
                item->setData(agent.id, kAgentIdRole);
                item->setToolTip(agent.id);
                item->setCheckable(true);
                item->setCheckState(m_selected.contains(agent.id) ? Qt::Checked : Qt::Unchecked);
                m_resultsModel->appendRow(item);
            }
            m_syncing = false;
        } else if (reply->error().kind() != ApiError::Kind::Cancelled) {
            m_searchFailed = true;
            const QString text = m_searchedText;
            m_banner->showError(reply->error(), [this, text] { searchAgents(text); });
        }
        updateStates();
        emit searchFinished();
    });
    updateStates();
}

void NewGroupDialog::onResultChanged()
{
    if (m_syncing)
        return;
    m_syncing = true;
    for (int row = 0; row < m_resultsModel->rowCount(); ++row) {
        const QStandardItem* item = m_resultsModel->item(row);
        const QString id = item->data(kAgentIdRole).toString();
        const bool checked = item->checkState() == Qt::Checked;
        if (checked && !m_selected.contains(id) && row < m_results.size())
            m_selected.insert(id, m_results.at(row));
        else if (!checked && m_selected.contains(id))
            m_selected.remove(id);
    }
    m_syncing = false;
    rebuildSelectedList();
}

void NewGroupDialog::addMember(const AgentResponse& agent)
{
    if (agent.id.isEmpty() || m_selected.contains(agent.id))
        return;
    m_selected.insert(agent.id, agent);
    rebuildSelectedList();
}

void NewGroupDialog::removeMember(const QString& agentId)
{
    if (!m_selected.remove(agentId))
        return;
    rebuildSelectedList();
}

void NewGroupDialog::rebuildSelectedList()
{
    m_selectedList->clear();
    for (const AgentResponse& agent : std::as_const(m_selected)) {
        auto* item = new QListWidgetItem(agentText(agent), m_selectedList);
        item->setData(kAgentIdRole, agent.id);
        item->setToolTip(agent.id);
    }
    // Keep the check boxes of the search results in step with the selection.
    m_syncing = true;
    for (int row = 0; row < m_resultsModel->rowCount(); ++row) {
        QStandardItem* item = m_resultsModel->item(row);
        const bool selected = m_selected.contains(item->data(kAgentIdRole).toString());
        item->setCheckState(selected ? Qt::Checked : Qt::Unchecked);
    }
    m_syncing = false;
    updateStates();
}

CreatePermissionGroupRequest NewGroupDialog::request() const
{
    CreatePermissionGroupRequest request;
    request.name = name();
    request.agentIds = memberIds();
    const QStringList names = m_matrix->permissions();
    for (const QString& n : names) {
        if (const std::optional<Permission> p = permissionFromName(n))
            request.permissions.append(*p);
    }
    return request;
}

void NewGroupDialog::accept()
{
    if (m_submitReply)
        return;
    if (name().isEmpty()) {
        m_banner->showMessage(tr("Enter a name for the group."));
        m_name->setFocus();
        return;
    }
    m_banner->clear();
    // The dependency graph is our guess: completed while it is followed, otherwise the set is
    // sent as the admin chose it, after a warning.
    if (m_matrix->followsDependencies()) {
        m_matrix->completeDependencies();
    } else if (const auto missing = m_matrix->missingDependencies(); !missing.isEmpty()) {
        if (!Confirm::ask(this, tr("New permission group"), tr("Create the group “%1” anyway?").arg(name()),
                tr("Create anyway"), PermissionMatrixModel::missingDependenciesWarning(missing)))
            return;
    }
    auto* reply = m_client->createPermissionGroup(request());
    m_submitReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_submitReply = nullptr;
        if (reply->ok()) {
            emit groupCreated(reply->value());
            QDialog::accept();
            return;
        }
        if (reply->error().kind() != ApiError::Kind::Cancelled)
            m_banner->showError(reply->error(), [this] { accept(); });
        updateStates();
    });
    updateStates();
}

void NewGroupDialog::updateStates()
{
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!name().isEmpty() && !m_submitReply);
    m_name->setEnabled(!m_submitReply);
    m_removeButton->setEnabled(!m_selectedList->selectedItems().isEmpty());
    m_selectedLabel->setText(m_selected.isEmpty()
            ? tr("&Selected members: none")
            : tr("&Selected members (%n):", "", int(m_selected.size())));

    if (m_searchReply)
        m_searchStatus->setText(tr("Searching…"));
    else if (m_searchFailed)
        m_searchStatus->setText(tr("The search failed."));
    else if (m_results.isEmpty())
        m_searchStatus->setText(m_searchedText.isEmpty()
                ? tr("There are no agents in this project.")
                : tr("No agent's email contains “%1”.").arg(m_searchedText));
    else if (m_results.size() >= kSearchLimit)
        m_searchStatus->setText(tr("Showing the first %n agent(s). Type more of the email address to narrow "
                                   "the list.",
            "", int(m_results.size())));
    else
        m_searchStatus->setText(tr("%n agent(s) found.", "", int(m_results.size())));
}

} // namespace Alli
