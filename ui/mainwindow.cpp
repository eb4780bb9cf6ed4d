#include "mainwindow.h"

#include "activitylogmodel.h"
#include "alliclient.h"
#include "languagemanager.h"
#include "languages.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli {

namespace {
enum Page { OverviewPage, ActivityPage, PageCount };
}

MainWindow::MainWindow(AlliClient* client, LanguageManager* languages, const SessionInfo& session, QWidget* parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_languages(languages)
    , m_session(session)
    , m_activity(new ActivityLogModel(this))
{
    connect(m_client, &AlliClient::activityRecorded, m_activity, &ActivityLogModel::append);
    buildUi();
    retranslateUi();
    resize(1100, 700);
}

void MainWindow::buildUi()
{
    m_nav = new QListWidget;
    m_nav->setObjectName(u"navigation"_s);
    for (int i = 0; i < PageCount; ++i)
        m_nav->addItem(QString());
    m_nav->setMaximumWidth(220);

    // Overview
    auto* overview = new QWidget;
    overview->setObjectName(u"overviewPage"_s);
    m_overviewTitle = new QLabel;
    QFont titleFont = m_overviewTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_overviewTitle->setFont(titleFont);
    m_serverCaption = new QLabel;
    m_serverValue = new QLabel;
    m_serverValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_authCaption = new QLabel;
    m_authValue = new QLabel;
    m_authValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoNote = new QLabel;
    m_demoNote->setWordWrap(true);
    m_demoNote->setVisible(m_session.isDemo);
    m_testButton = new QPushButton;
    m_testButton->setObjectName(u"testConnection"_s);
    m_testResult = new QLabel;
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_testButton, &QPushButton::clicked, this, &MainWindow::testConnection);

    auto* form = new QFormLayout;
    form->addRow(m_serverCaption, m_serverValue);
    form->addRow(m_authCaption, m_authValue);
    auto* overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_overviewTitle);
    overviewLayout->addLayout(form);
    overviewLayout->addWidget(m_demoNote);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();
    overviewLayout->addLayout(testRow);
    overviewLayout->addWidget(m_testResult);
    overviewLayout->addStretch();

    // Activity
    auto* activity = new QWidget;
    activity->setObjectName(u"activityPage"_s);
    m_activityView = new QTableView;
    m_activityView->setObjectName(u"activityView"_s);
    m_activityView->setModel(m_activity);
    m_activityView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_activityView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_activityView->horizontalHeader()->setStretchLastSection(true);
    m_activityView->verticalHeader()->hide();
    m_activityDetails = new QPlainTextEdit;
    m_activityDetails->setObjectName(u"activityDetails"_s);
    m_activityDetails->setReadOnly(true);
    m_copyCurl = new QPushButton;
    m_copyCurl->setObjectName(u"copyAsCurl"_s);
    m_copyCurl->setEnabled(false);
    connect(m_activityView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::showActivityDetails);
    connect(m_copyCurl, &QPushButton::clicked, this, &MainWindow::copyActivityAsCurl);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_activityView);
    auto* detailBox = new QWidget;
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_activityDetails);
    auto* curlRow = new QHBoxLayout;
    curlRow->addStretch();
    curlRow->addWidget(m_copyCurl);
    detailLayout->addLayout(curlRow);
    split->addWidget(detailBox);
    auto* activityLayout = new QVBoxLayout(activity);
    activityLayout->addWidget(split);

    m_pages = new QStackedWidget;
    m_pages->addWidget(overview);
    m_pages->addWidget(activity);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(OverviewPage);

    auto* central = new QSplitter(Qt::Horizontal);
    central->addWidget(m_nav);
    central->addWidget(m_pages);
    central->setStretchFactor(1, 1);
    setCentralWidget(central);

    // Menus
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    const QList<LanguageInfo> languages = availableLanguages();
    for (const LanguageInfo& info : languages) {
        QAction* action = m_languageMenu->addAction(info.nativeName);
        action->setCheckable(true);
        action->setData(info.code);
        action->setChecked(info.code == m_languages->language());
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
        [this](QAction* action) { m_languages->setLanguage(action->data().toString()); });
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Alli Admin"),
            tr("Alli Admin %1\nA desktop console for administrators of Alli projects.")
                .arg(QCoreApplication::applicationVersion()));
    });

    m_statusBadge = new QLabel;
    m_statusBadge->setObjectName(u"demoBadge"_s);
    m_statusBadge->setStyleSheet(u"QLabel { background: #f0b400; color: black; padding: 1px 6px; border-radius: 3px; }"_s);
    m_statusBadge->setVisible(m_session.isDemo);
    m_statusServer = new QLabel;
    m_statusServer->setObjectName(u"statusServer"_s);
    statusBar()->addPermanentWidget(m_statusServer);
    statusBar()->addPermanentWidget(m_statusBadge);
}

void MainWindow::retranslateUi()
{
    const QString server = m_client->connection().baseUrl().toString();
    const QString project = m_session.isDemo ? tr("Demo project") : m_session.projectName;
    setWindowTitle(tr("Alli Admin — %1 (%2)").arg(project, server));

    m_nav->item(OverviewPage)->setText(tr("Overview"));
    m_nav->item(ActivityPage)->setText(tr("Activity"));

    m_overviewTitle->setText(project);
    m_serverCaption->setText(tr("Server:"));
    m_serverValue->setText(server);
    m_authCaption->setText(tr("Authentication:"));
    const bool apiKey = m_client->connection().authMethod == ConnectionSettings::AuthMethod::ApiKey;
    if (m_session.isDemo)
        m_authValue->setText(tr("API key %1 (public demo key)").arg(m_session.demoApiKey));
    else
        m_authValue->setText(apiKey ? tr("API key (stored securely, not shown)") : tr("Bearer token (stored securely, not shown)"));
    m_demoNote->setText(tr("This is the embedded demo backend: an in-memory project on this computer with "
                           "sample agents, users, permission groups, tools and OAuth2 settings. Nothing "
                           "you change here reaches a real Alli project."));
    m_testButton->setText(tr("Test connection"));

    m_copyCurl->setText(tr("Copy as curl"));
    m_copyCurl->setToolTip(tr("Copies the request as a curl command with $ALLI_API_KEY in place of the key."));
    m_activityDetails->setPlaceholderText(tr("Select a request to see its request and response bodies."));

    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Alli Admin"));

    m_statusBadge->setText(tr("DEMO"));
    m_statusBadge->setToolTip(tr("Connected to the embedded demo backend, not to a real Alli project."));
    m_statusServer->setText(u"%1 · %2"_s.arg(project, server));
    m_activity->retranslate();
    showActivityDetails();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        const auto actions = m_languageGroup->actions();
        for (QAction* a : actions)
            a->setChecked(a->data().toString() == m_languages->language());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::testConnection()
{
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    auto* reply = m_client->listAgents(0, 1);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_testButton->setEnabled(true);
        if (reply->ok())
            m_testResult->setText(tr("Connected. The API key is accepted and the project answers."));
        else
            m_testResult->setText(reply->error().message());
    });
}

void MainWindow::showActivityDetails()
{
    const QModelIndex current = m_activityView->currentIndex();
    m_copyCurl->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_activityDetails->clear();
        return;
    }
    const ActivityRecord& r = m_activity->recordAt(current.row());
    QString text = QString::fromLatin1(r.method) + u' ' + r.url.toString() + u"\n\n"_s;
    for (const auto& [name, value] : r.requestHeaders)
        text += QString::fromLatin1(name) + u": "_s + QString::fromLatin1(value) + u'\n';
    text += u'\n' + tr("Request body:") + u'\n' + QString::fromUtf8(r.requestBody) + u"\n\n"_s;
    text += tr("Response (HTTP %1):").arg(r.httpStatus) + u'\n' + QString::fromUtf8(r.responseBody);
    m_activityDetails->setPlainText(text);
}

void MainWindow::copyActivityAsCurl()
{
    const QModelIndex current = m_activityView->currentIndex();
    if (!current.isValid())
        return;
    QApplication::clipboard()->setText(Redactor::curlCommand(m_activity->recordAt(current.row())));
    statusBar()->showMessage(tr("Copied the request as a curl command."), 4000);
}

} // namespace Alli
