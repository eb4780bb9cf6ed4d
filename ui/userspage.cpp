#include "userspage.h"

#include "alliclient.h"
#include "bulkeditordialog.h"
#include "bulktypes.h"
#include "errorbanner.h"
#include "fieldtreemodel.h"
#include "icons.h"
#include "importdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

UsersPage::UsersPage(AlliClient* client, QWidget* parent)
    : ConsolePage(client, parent)
    , m_model(new FieldTreeModel(this))
    , m_idLabel(new QLabel)
    , m_idEdit(new QLineEdit)
    , m_lookUpButton(new QPushButton)
    , m_importButton(new QPushButton)
    , m_bulkEditButton(new QPushButton)
    , m_status(new QLabel)
    , m_view(new QTreeView)
{
    setObjectName(u"usersPage"_s);
    m_idEdit->setObjectName(u"userIdEdit"_s);
    m_idEdit->setClearButtonEnabled(true);
    m_idLabel->setBuddy(m_idEdit);
    m_lookUpButton->setObjectName(u"lookUpButton"_s);
    m_lookUpButton->setIcon(Icons::icon(u"edit-find"_s));
    m_lookUpButton->setEnabled(false);
    m_importButton->setObjectName(u"importCsvButton"_s);
    m_importButton->setIcon(Icons::icon(u"document-import"_s));
    m_bulkEditButton->setObjectName(u"bulkEditButton"_s);
    m_bulkEditButton->setIcon(Icons::icon(u"document-edit"_s));
    m_bulkEditButton->setMenu(BulkEditorDialog::operationsMenu(
        { Bulk::Operation::CreateUsers, Bulk::Operation::UpdateUsers, Bulk::Operation::DeleteUsers },
        [this](Bulk::Operation op) { openBulkEditor(op); }, m_bulkEditButton));
    m_status->setObjectName(u"userStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(u"userFieldsView"_s);
    m_view->setModel(m_model);
    m_model->setFieldLabels(&FieldTreeModel::userFieldLabel);
    m_view->setColumnHidden(int(FieldTreeModel::Column::Type), true); // field / value
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setVisible(false);

    connect(m_idEdit, &QLineEdit::textChanged, this,
        [this](const QString& text) { m_lookUpButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_idEdit, &QLineEdit::returnPressed, this, [this] { lookUp(m_idEdit->text()); });
    connect(m_lookUpButton, &QPushButton::clicked, this, [this] { lookUp(m_idEdit->text()); });
    connect(m_importButton, &QPushButton::clicked, this, [this] { importCsv(); });

    auto* row = new QHBoxLayout;
    row->addWidget(m_idLabel);
    row->addWidget(m_idEdit, 1);
    row->addWidget(m_lookUpButton);
    row->addSpacing(12);
    row->addWidget(m_importButton);
    row->addWidget(m_bulkEditButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    // While the view is hidden (before a look-up, or "no user with the id…") the space below goes
    // here, so the status line stays under the field instead of being centred in the page.
    layout->addStretch();
    retranslateUi();
}

UsersPage::~UsersPage()
{
    if (m_pending)
        m_pending->cancel();
}

void UsersPage::activate()
{
    // Nothing to load until an id is given.
}

void UsersPage::refresh()
{
    if (!m_lastId.isEmpty())
        lookUp(m_lastId);
}

void UsersPage::focusFilter()
{
    m_idEdit->setFocus(Qt::ShortcutFocusReason);
    m_idEdit->selectAll();
}

void UsersPage::lookUp(const QString& ownUserId)
{
    const QString id = ownUserId.trimmed();
    if (id.isEmpty())
        return;
    if (m_pending)
        m_pending->cancel();
    m_lastId = id;
    banner()->clear();
    m_model->clear();
    setState(State::Loading);
    auto* reply = client()->getUser(id);
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        if (m_pending != reply)
            return; // superseded by a newer lookup
        m_pending = nullptr;
        if (reply->ok()) {
            const QJsonObject& fields = reply->value().fields;
            m_model->setObject(fields);
            // A flat user reads as two columns; branch decorations only when something is nested.
            bool nested = false;
            for (const QJsonValue& v : fields)
                nested = nested || v.isObject() || v.isArray();
            m_view->setRootIsDecorated(nested);
            m_view->expandAll();
            m_view->resizeColumnToContents(int(FieldTreeModel::Column::Key));
            setState(State::Found);
        } else if (reply->error().kind() == ApiError::Kind::NotFound) {
            setState(State::NotFound);
        } else {
            setState(State::Failed);
            banner()->showError(reply->error(), [this, id] { lookUp(id); });
        }
    });
}

ImportDialog* UsersPage::importCsv()
{
    auto* dialog = new ImportDialog(client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOperation(Bulk::Operation::CreateUsers);
    dialog->show();
    return dialog;
}

BulkEditorDialog* UsersPage::openBulkEditor(Bulk::Operation op)
{
    return BulkEditorDialog::open(client(), op, this);
}

void UsersPage::setState(State state)
{
    m_state = state;
    m_view->setVisible(state == State::Found);
    updateStatus();
}

void UsersPage::updateStatus()
{
    switch (m_state) {
    case State::Idle:
        m_status->setText(tr("Enter the user's own user ID (ownUserId) and press Enter."));
        break;
    case State::Loading:
        m_status->setText(tr("Looking up %1…").arg(m_lastId));
        break;
    case State::Found:
        m_status->setText(
            tr("User %1: every field the server returned (%n field(s)).", nullptr, m_model->rowCount())
                .arg(m_lastId));
        break;
    case State::NotFound:
        m_status->setText(tr("No user with the id %1 in this project.").arg(m_lastId));
        break;
    case State::Failed:
        m_status->clear();
        break;
    }
}

void UsersPage::retranslateUi()
{
    m_idLabel->setText(tr("&Own user ID:"));
    m_idEdit->setPlaceholderText(tr("e.g. EMP00002"));
    m_lookUpButton->setText(tr("Look up"));
    m_importButton->setText(tr("&Import CSV…"));
    m_importButton->setToolTip(tr("Creates, updates or deletes users listed in a CSV file."));
    m_bulkEditButton->setText(tr("&Bulk edit"));
    m_bulkEditButton->setToolTip(tr("Creates, updates or deletes users typed or pasted in a grid."));
    m_model->retranslate();
    updateStatus();
}

} // namespace Alli
