#include "activitypage.h"

#include "activitylogmodel.h"
#include "alliclient.h"
#include "errorbanner.h"
#include "icons.h"
#include "jsonview.h"
#include "viewoverlay.h"
#include "widgets.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{

    // "Errors only": the failed attempts, without the 404s that answer a look-up.
    class ErrorsOnlyProxy final : public QSortFilterProxyModel
    {
    public:
        using QSortFilterProxyModel::QSortFilterProxyModel;

        void setErrorsOnly(bool on)
        {
            if (on == m_errorsOnly)
                return;
            m_errorsOnly = on;
            invalidateFilter();
        }

    protected:
        bool filterAcceptsRow(int row, const QModelIndex& parent) const override
        {
            if (!m_errorsOnly)
                return true;
            const QModelIndex index = sourceModel()->index(row, 0, parent);
            return !index.data(ActivityLogModel::SucceededRole).toBool()
                && !index.data(ActivityLogModel::LookupAnswerRole).toBool();
        }

    private:
        bool m_errorsOnly = false;
    };

} // namespace

ActivityPage::ActivityPage(AlliClient* client, QWidget* parent)
    : ConsolePage(client, parent)
    , m_model(new ActivityLogModel(this))
    , m_view(new QTableView)
    , m_details(new QPlainTextEdit)
    , m_detailTabs(new QTabWidget)
    , m_requestJson(new JsonView)
    , m_responseJson(new JsonView)
    , m_copyCurl(new QPushButton)
    , m_errorsOnly(new QCheckBox)
{
    setObjectName(u"activityPage"_s);
    connect(client, &AlliClient::activityRecorded, m_model, &ActivityLogModel::append);

    m_view->setObjectName(u"activityView"_s);
    auto* proxy = new ErrorsOnlyProxy(this);
    proxy->setSourceModel(m_model);
    m_proxy = proxy;
    m_view->setModel(proxy);
    m_errorsOnly->setObjectName(u"errorsOnlyCheck"_s);
    connect(m_errorsOnly, &QCheckBox::toggled, this, [this, proxy](bool on) {
        proxy->setErrorsOnly(on);
        showDetails();
        updateOverlay();
    });
    m_overlay = new ViewOverlay(m_view);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &ActivityPage::updateOverlay);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &ActivityPage::updateOverlay);
    connect(proxy, &QAbstractItemModel::modelReset, this, &ActivityPage::updateOverlay);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // the end of a path says the most
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    for (const auto column : { ActivityLogModel::Column::Time, ActivityLogModel::Column::Method,
             ActivityLogModel::Column::Status, ActivityLogModel::Column::Duration })
        header->setSectionResizeMode(int(column), QHeaderView::ResizeToContents);
    header->resizeSection(int(ActivityLogModel::Column::Path), 420);
    Widgets::setUpKeyboard(m_view);
    m_details->setObjectName(u"activityDetails"_s);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyCurl->setObjectName(u"copyAsCurl"_s);
    m_copyCurl->setIcon(Icons::icon(u"edit-copy"_s));
    m_copyCurl->setEnabled(false);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivityPage::showDetails);
    connect(m_copyCurl, &QPushButton::clicked, this, &ActivityPage::copyAsCurl);

    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"activitySplitter"_s);
    split->addWidget(m_view);
    auto* detailBox = new QWidget;
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    // The whole exchange as text, and each body as a tree that folds and can be searched.
    m_detailTabs->setObjectName(u"activityDetailTabs"_s);
    m_requestJson->setObjectName(u"activityRequestJson"_s);
    m_responseJson->setObjectName(u"activityResponseJson"_s);
    m_detailTabs->addTab(m_details, QString());
    m_detailTabs->addTab(m_requestJson, QString());
    m_detailTabs->addTab(m_responseJson, QString());
    detailLayout->addWidget(m_detailTabs);
    auto* curlRow = new QHBoxLayout;
    curlRow->addStretch();
    curlRow->addWidget(m_copyCurl);
    detailLayout->addLayout(curlRow);
    split->addWidget(detailBox);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addWidget(m_errorsOnly);
    layout->addWidget(split);
    retranslateUi();
}

void ActivityPage::retranslateUi()
{
    m_copyCurl->setText(tr("Copy as curl"));
    m_view->setAccessibleName(tr("Requests"));
    m_details->setAccessibleName(tr("Request and response"));
    m_errorsOnly->setText(tr("&Errors only"));
    m_errorsOnly->setToolTip(
        tr("Shows only the requests that failed (a 404 that answers a look-up is not a failure)."));
    m_copyCurl->setToolTip(
        tr("Copies the request as a curl command with $ALLI_API_KEY in place of the key."));
    m_details->setPlaceholderText(tr("Select a request to see its request and response bodies."));
    m_detailTabs->setTabText(0, tr("Exchange"));
    m_detailTabs->setTabText(1, tr("Request body"));
    m_detailTabs->setTabText(2, tr("Response body"));
    m_requestJson->setPlaceholderText(tr("This request has no body."));
    m_responseJson->setPlaceholderText(tr("No response body."));
    m_model->retranslate();
    showDetails();
    updateOverlay();
}

void ActivityPage::updateOverlay()
{
    if (m_proxy->rowCount() > 0)
        m_overlay->clear();
    else if (m_errorsOnly->isChecked() && m_model->rowCount() > 0)
        m_overlay->showEmpty(tr("No request has failed."), tr("Show all requests"),
            [this] { m_errorsOnly->setChecked(false); });
    else
        m_overlay->showEmpty(tr("No request has been made yet in this session."));
}

QString ActivityPage::readableBody(const QByteArray& body)
{
    // JSON indented, one member per line (what a bulk request or an error says at a glance);
    // anything else (an HTML page from a proxy, a truncated body) as it came.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray()))
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(body);
}

void ActivityPage::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    m_copyCurl->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_details->clear();
        m_requestJson->clear();
        m_responseJson->clear();
        return;
    }
    const ActivityRecord& r = m_model->recordAt(m_proxy->mapToSource(current).row());
    QString text = QString::fromLatin1(r.method) + u' ' + r.url.toString() + u"\n\n"_s;
    for (const auto& [name, value] : r.requestHeaders)
        text += QString::fromLatin1(name) + u": "_s + QString::fromLatin1(value) + u'\n';
    text += u'\n' + tr("Request body:") + u'\n' + readableBody(r.requestBody) + u"\n\n"_s;
    if (r.httpStatus)
        text += tr("Response (HTTP %1):").arg(r.httpStatus);
    else
        text += tr("No response: %1").arg(r.error.message());
    text += u'\n' + readableBody(r.responseBody);
    m_details->setPlainText(text);
    m_requestJson->setBody(r.requestBody);
    m_responseJson->setBody(r.responseBody);
}

void ActivityPage::copyAsCurl()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const ActivityRecord& record = m_model->recordAt(m_proxy->mapToSource(current).row());
    QApplication::clipboard()->setText(Redactor::curlCommand(record));
    emit statusMessage(tr("Copied the %1 request as a curl command; the key is written as $ALLI_API_KEY.")
                           .arg(QString::fromLatin1(record.method)));
}

void ActivityPage::showFiltered(const QVariantMap& filter)
{
    if (filter.contains(u"errorsOnly"_s))
        m_errorsOnly->setChecked(filter.value(u"errorsOnly"_s).toBool());
}

bool ActivityPage::errorsOnly() const
{
    return m_errorsOnly->isChecked();
}

} // namespace Alli
