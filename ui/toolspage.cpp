#include "toolspage.h"

#include "alliclient.h"
#include "errorbanner.h"
#include "fieldtreemodel.h"
#include "jsonview.h"
#include "viewoverlay.h"
#include "widgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

using Widgets::valueLabel;

FieldTreeModel* ToolsPage::rawModel() const
{
    return m_rawView->model();
}

namespace
{

    enum class ParameterColumn { Name, Type, Required, Description, Count };

} // namespace

ToolsPage::ToolsPage(AlliClient* client, QWidget* parent)
    : ConsolePage(client, parent)
    , m_model(new ToolListModel(this))
    , m_proxy(new ToolFilterProxyModel(this))
    , m_kindFilter(new QComboBox)
    , m_textFilterLabel(new QLabel)
    , m_textFilter(new QLineEdit)
    , m_status(new QLabel)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_view(new QTableView)
    , m_detail(new QWidget)
    , m_detailTitle(new QLabel)
    , m_form(new QFormLayout)
    , m_kindCaption(new QLabel)
    , m_kindValue(valueLabel(u"toolKind"_s))
    , m_nameCaption(new QLabel)
    , m_nameValue(valueLabel(u"toolName"_s))
    , m_idCaption(new QLabel)
    , m_idValue(valueLabel(u"toolId"_s))
    , m_publishedCaption(new QLabel)
    , m_publishedValue(valueLabel(u"toolPublished"_s))
    , m_descriptionCaption(new QLabel)
    , m_descriptionValue(valueLabel(u"toolDescription"_s))
    , m_detailStatus(new QLabel)
    , m_tabs(new QTabWidget)
    , m_parameters(new QTableWidget)
    , m_rawView(new JsonView)
    , m_rawJson(new QPlainTextEdit)
{
    setObjectName(u"toolsPage"_s);
    m_proxy->setSourceModel(m_model);

    m_kindFilter->setObjectName(u"kindFilter"_s);
    m_kindFilter->addItem(QString(), -1);
    m_kindFilter->addItem(QString(), int(ToolListModel::Kind::SingleActionApp));
    m_kindFilter->addItem(QString(), int(ToolListModel::Kind::AgentTool));
    m_kindFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_textFilter->setObjectName(u"toolFilter"_s);
    m_textFilter->setClearButtonEnabled(true);
    m_textFilterLabel->setBuddy(m_textFilter);
    m_status->setObjectName(u"toolsStatus"_s);

    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kindFilter->currentData().toInt();
        m_proxy->setKindFilter(kind < 0 ? std::nullopt : std::optional(ToolListModel::Kind(kind)));
        updateStatus();
    });
    connect(m_textFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setTextFilter(text);
        updateStatus();
    });

    m_view->setObjectName(u"toolsView"_s);
    m_overlay = new ViewOverlay(m_view);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // server order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    Widgets::setUpKeyboard(m_view);
    Widgets::enableColumnChooser(m_view, u"tools"_s);
    Widgets::fitColumnsToContents(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ToolsPage::onCurrentChanged);

    // Detail pane
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setObjectName(u"toolTitle"_s);
    m_detailTitle->setWordWrap(true);
    m_form->addRow(m_kindCaption, m_kindValue);
    m_form->addRow(m_nameCaption, m_nameValue);
    m_form->addRow(m_idCaption, m_idValue);
    m_form->addRow(m_publishedCaption, m_publishedValue);
    m_form->addRow(m_descriptionCaption, m_descriptionValue);
    m_detailStatus->setObjectName(u"toolDetailStatus"_s);
    m_detailStatus->setWordWrap(true);

    m_parameters->setObjectName(u"toolParameters"_s);
    m_parameters->setColumnCount(int(ParameterColumn::Count));
    m_parameters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parameters->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parameters->verticalHeader()->hide();
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    Widgets::setUpKeyboard(m_parameters);
    Widgets::fitColumnsToContents(m_parameters);
    m_rawView->setObjectName(u"toolRawView"_s);
    m_rawJson->setObjectName(u"toolRawJson"_s);
    m_rawJson->setReadOnly(true);
    m_rawJson->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->setObjectName(u"toolDetailTabs"_s);
    m_tabs->addTab(m_parameters, QString());
    m_tabs->addTab(m_rawView, QString());
    m_tabs->addTab(m_rawJson, QString());

    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addLayout(m_form);
    detailLayout->addWidget(m_detailStatus);
    detailLayout->addWidget(m_tabs, 1);

    m_splitter->setObjectName(u"toolsSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_kindFilter);
    filterRow->addWidget(m_textFilterLabel);
    filterRow->addWidget(m_textFilter, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addLayout(filterRow);
    layout->addWidget(m_status);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_kindFilter, m_textFilter);
    setTabOrder(m_textFilter, m_view);
    setTabOrder(m_view, m_tabs);

    clearDetail();
    retranslateUi();
}

ToolsPage::~ToolsPage()
{
    for (ApiReply* reply : { m_appsReply.data(), m_agentsReply.data(), m_detailReply.data() }) {
        if (reply)
            reply->cancel();
    }
}

void ToolsPage::activate()
{
    if (!m_loaded)
        refresh();
}

void ToolsPage::focusFilter()
{
    m_textFilter->setFocus(Qt::ShortcutFocusReason);
    m_textFilter->selectAll();
}

// Both lists are asked for at once; each replaces its own rows when it arrives.
void ToolsPage::refresh()
{
    m_loaded = true;
    m_listFailed = false;
    banner()->clear();
    if (m_appsReply)
        m_appsReply->cancel();
    if (m_agentsReply)
        m_agentsReply->cancel();

    auto* apps = client()->listSingleActionAppTools();
    m_appsReply = apps;
    connect(apps, &ApiReply::finished, this, [this, apps] {
        if (m_appsReply != apps)
            return;
        m_appsReply = nullptr;
        if (apps->ok()) {
            m_modelUpdating = true;
            m_model->setSingleActionAppTools(apps->value());
            m_modelUpdating = false;
        } else {
            m_listFailed = true;
            banner()->showError(apps->error(), [this] { refresh(); });
        }
        listFinished();
    });

    auto* agents = client()->listAgentTools();
    m_agentsReply = agents;
    connect(agents, &ApiReply::finished, this, [this, agents] {
        if (m_agentsReply != agents)
            return;
        m_agentsReply = nullptr;
        if (agents->ok()) {
            m_modelUpdating = true;
            m_model->setAgentTools(agents->value());
            m_modelUpdating = false;
        } else {
            m_listFailed = true;
            banner()->showError(agents->error(), [this] { refresh(); });
        }
        listFinished();
    });
    updateStatus();
}

void ToolsPage::listFinished()
{
    // Select again what the detail pane showed before the reload.
    if (m_detailKind && !m_view->currentIndex().isValid()) {
        const int row = m_model->rowOf(*m_detailKind, m_detailName);
        const QModelIndex proxyIndex
            = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (proxyIndex.isValid())
            m_view->setCurrentIndex(proxyIndex);
    }
    updateStatus();
}

void ToolsPage::onCurrentChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        // Rows disappear while a list reloads; keep what is shown until something else is chosen.
        if (!m_modelUpdating)
            clearDetail();
        return;
    }
    const int row = current.row();
    const ToolListModel::Kind kind = m_model->kindAt(row);
    const QString name = m_model->toolNameAt(row);
    if (m_detailKind == kind && m_detailName == name && (m_detailComplete || m_detailReply))
        return;
    if (kind == ToolListModel::Kind::SingleActionApp)
        showSingleActionApp(m_model->singleActionAppAt(row), false);
    else
        showAgentTool(m_model->agentToolAt(row), false);
    loadDetail(kind, name);
}

void ToolsPage::loadDetail(ToolListModel::Kind kind, const QString& toolName)
{
    if (m_detailReply)
        m_detailReply->cancel();
    m_detailComplete = false;
    m_detailStatus->setText(tr("Loading details…"));
    m_detailStatus->show();
    auto retry = [this, kind, toolName] { loadDetail(kind, toolName); };
    if (kind == ToolListModel::Kind::SingleActionApp) {
        auto* reply = client()->getSingleActionAppTool(toolName);
        m_detailReply = reply;
        connect(reply, &ApiReply::finished, this, [this, reply, retry] {
            if (m_detailReply != reply)
                return;
            m_detailReply = nullptr;
            if (reply->ok()) {
                showSingleActionApp(reply->value(), true);
            } else {
                m_detailStatus->setText(tr("The details could not be loaded."));
                banner()->showError(reply->error(), retry);
            }
        });
    } else {
        auto* reply = client()->getAgentTool(toolName);
        m_detailReply = reply;
        connect(reply, &ApiReply::finished, this, [this, reply, retry] {
            if (m_detailReply != reply)
                return;
            m_detailReply = nullptr;
            if (reply->ok()) {
                showAgentTool(reply->value(), true);
            } else {
                m_detailStatus->setText(tr("The details could not be loaded."));
                banner()->showError(reply->error(), retry);
            }
        });
    }
}

void ToolsPage::showSingleActionApp(const SingleActionAppTool& tool, bool complete)
{
    m_detailPublished.reset();
    showCommon(ToolListModel::Kind::SingleActionApp, tool.displayName, tool.name, tool.id, tool.description,
        tool.inputs, tool.raw);
    m_detailComplete = complete;
    m_detailStatus->setVisible(!complete);
}

void ToolsPage::showAgentTool(const AgentTool& tool, bool complete)
{
    m_detailPublished = tool.published;
    showCommon(ToolListModel::Kind::AgentTool, tool.displayName, tool.name, tool.id, tool.description,
        tool.variables, tool.raw);
    m_detailComplete = complete;
    m_detailStatus->setVisible(!complete);
}

void ToolsPage::showCommon(ToolListModel::Kind kind, const QString& displayName, const QString& name,
    const QString& id, const QString& description, const QList<ToolParameter>& parameters,
    const QJsonObject& raw)
{
    m_detailKind = kind;
    m_detailName = name;
    m_detail->setEnabled(true);
    m_detailTitle->setText(displayName.isEmpty() ? name : displayName);
    m_nameValue->setText(name);
    m_idValue->setText(id);
    m_descriptionValue->setText(description);

    m_parameters->setRowCount(int(parameters.size()));
    for (int r = 0; r < parameters.size(); ++r) {
        const ToolParameter& p = parameters.at(r);
        m_parameters->setItem(r, int(ParameterColumn::Name), new QTableWidgetItem(p.name));
        m_parameters->setItem(r, int(ParameterColumn::Type), new QTableWidgetItem(p.type));
        auto* required = new QTableWidgetItem;
        required->setData(Qt::UserRole, p.required ? QVariant(*p.required) : QVariant());
        m_parameters->setItem(r, int(ParameterColumn::Required), required);
        m_parameters->setItem(r, int(ParameterColumn::Description), new QTableWidgetItem(p.description));
    }
    m_parameters->resizeColumnsToContents();

    m_rawView->setValue(raw);
    // The text view masks secret fields like the tree does (an open object may carry any key).
    static const Redactor redactor;
    m_rawJson->setPlainText(
        QString::fromUtf8(redactor.redactBody(QJsonDocument(raw).toJson(QJsonDocument::Indented))));
    updateDetailTexts();
}

void ToolsPage::clearDetail()
{
    if (m_detailReply)
        m_detailReply->cancel();
    m_detailReply = nullptr;
    m_detailKind.reset();
    m_detailName.clear();
    m_detailPublished.reset();
    m_detailComplete = false;
    m_detailTitle->clear();
    m_kindValue->clear();
    m_nameValue->clear();
    m_idValue->clear();
    m_publishedValue->clear();
    m_descriptionValue->clear();
    m_parameters->setRowCount(0);
    m_rawView->clear();
    m_rawJson->clear();
    m_detail->setEnabled(false);
    m_detailStatus->show();
    updateDetailTexts();
}

void ToolsPage::updateStatus()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (isLoading() && total == 0)
        m_status->setText(tr("Loading tools…"));
    else if (total == 0)
        m_status->setText(m_listFailed ? QString() : tr("This project has no tools."));
    else if (shown == 0)
        m_status->setText(tr("No tools match the filter."));
    else
        m_status->setText(tr("Showing %1 of %n tool(s).", nullptr, total).arg(shown));
    if (isLoading() && total == 0)
        m_overlay->showLoading(tr("Loading tools…"));
    else if (total == 0 && !m_listFailed)
        m_overlay->showEmpty(tr("This project has no tools."));
    else if (total > 0 && shown == 0)
        m_overlay->showEmpty(tr("No tools match the filter."), tr("Show all tools"), [this] {
            m_textFilter->clear();
            m_kindFilter->setCurrentIndex(0);
        });
    else
        m_overlay->clear();
}

// Texts of the detail pane that depend on the language and on the tool shown.
void ToolsPage::updateDetailTexts()
{
    const bool agent = m_detailKind == ToolListModel::Kind::AgentTool;
    m_kindValue->setText(m_detailKind ? ToolListModel::kindText(*m_detailKind) : QString());
    m_form->setRowVisible(m_publishedValue, agent);
    if (!m_detailPublished)
        m_publishedValue->setText(tr("Not given"));
    else
        m_publishedValue->setText(*m_detailPublished ? tr("Yes, published") : tr("No, not published"));
    m_tabs->setTabText(0,
        agent ? tr("Variables (%1)").arg(m_parameters->rowCount())
              : tr("Inputs (%1)").arg(m_parameters->rowCount()));
    m_parameters->setHorizontalHeaderLabels({ tr("Name"), tr("Type"), tr("Required"), tr("Description") });
    for (int r = 0; r < m_parameters->rowCount(); ++r) {
        QTableWidgetItem* item = m_parameters->item(r, int(ParameterColumn::Required));
        const QVariant required = item ? item->data(Qt::UserRole) : QVariant();
        if (item)
            item->setText(!required.isValid() ? tr("Not given")
                    : required.toBool()       ? tr("Required")
                                              : tr("Optional"));
    }
    if (!m_detailKind)
        m_detailStatus->setText(tr("Select a tool to see its inputs or variables and its raw JSON."));
    else if (m_detailReply)
        m_detailStatus->setText(tr("Loading details…"));
}

void ToolsPage::retranslateUi()
{
    m_view->setAccessibleName(tr("Tools"));
    m_parameters->setAccessibleName(tr("Parameters"));
    m_kindFilter->setItemText(0, tr("All kinds"));
    m_kindFilter->setItemText(1, tr("Single-action apps"));
    m_kindFilter->setItemText(2, tr("Agent tools"));
    m_kindFilter->setToolTip(tr("Show tools of one kind only"));
    m_textFilterLabel->setText(tr("&Filter:"));
    m_textFilter->setPlaceholderText(tr("Name, ID, description or parameter"));
    m_kindCaption->setText(tr("Kind:"));
    m_nameCaption->setText(tr("Name:"));
    m_idCaption->setText(tr("ID:"));
    m_publishedCaption->setText(tr("Published:"));
    m_descriptionCaption->setText(tr("Description:"));
    m_tabs->setTabText(1, tr("Fields"));
    m_tabs->setTabText(2, tr("Raw JSON"));
    m_model->retranslate();
    updateStatus();
    updateDetailTexts();
}

} // namespace Alli
