#include "mainwindow.h"

#include "bulkeditordialog.h"
#include "bulkrun.h"

#include "activitypage.h"
#include "agentspage.h"
#include "alliclient.h"
#include "consolepage.h"
#include "historypage.h"
#include "icons.h"
#include "importdialog.h"
#include "inputmethodguard.h"
#include "languagemanager.h"
#include "languages.h"
#include "oauth2page.h"
#include "overviewpage.h"
#include "permissiongroupspage.h"
#include "theme.h"
#include "toolspage.h"
#include "userspage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

MainWindow::MainWindow(
    AlliClient* client, LanguageManager* languages, const SessionInfo& session, QWidget* parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_languages(languages)
    , m_session(session)
    , m_nav(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_splitter(new QSplitter(Qt::Horizontal))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(Icons::appIcon());
    InputMethodGuard::install(); // the last Korean or Japanese syllable is never lost
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setMinimumWidth(150);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 200, 900 });

    // "An import did not finish": offered on start, above everything, without interrupting.
    m_resumeNotice = new QFrame;
    m_resumeNotice->setObjectName(u"resumeNotice"_s);
    m_resumeNotice->setFrameShape(QFrame::StyledPanel);
    Theme::tint(m_resumeNotice, Theme::Tint::NoticeBox);
    m_resumeNotice->setVisible(false);
    m_resumeNoticeText = new QLabel;
    m_resumeNoticeText->setObjectName(u"resumeNoticeText"_s);
    m_resumeNoticeText->setWordWrap(true);
    m_resumeNoticeButton = new QPushButton;
    m_resumeNoticeButton->setObjectName(u"resumeNoticeButton"_s);
    m_resumeNoticeHistoryButton = new QPushButton;
    m_resumeNoticeHistoryButton->setObjectName(u"resumeNoticeHistoryButton"_s);
    m_resumeNoticeCloseButton = new QPushButton;
    m_resumeNoticeCloseButton->setObjectName(u"resumeNoticeCloseButton"_s);
    connect(m_resumeNoticeButton, &QPushButton::clicked, this, &MainWindow::resumeOfferedImport);
    connect(m_resumeNoticeHistoryButton, &QPushButton::clicked, this, [this] {
        m_resumeNotice->hide();
        showPage(u"history"_s);
    });
    connect(m_resumeNoticeCloseButton, &QPushButton::clicked, m_resumeNotice, &QWidget::hide);
    auto* noticeLayout = new QHBoxLayout(m_resumeNotice);
    noticeLayout->addWidget(m_resumeNoticeText, 1);
    noticeLayout->addWidget(m_resumeNoticeButton);
    noticeLayout->addWidget(m_resumeNoticeHistoryButton);
    noticeLayout->addWidget(m_resumeNoticeCloseButton);
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_resumeNotice);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    addPage(new OverviewPage(client, m_session));
    addPage(new AgentsPage(client));
    addPage(new UsersPage(client));
    addPage(new PermissionGroupsPage(client));
    addPage(new ToolsPage(client));
    addPage(new OAuth2Page(client));
    addPage(new HistoryPage(client));
    addPage(new ActivityPage(client));
    setAcceptDrops(true); // drop a CSV file on the window to import it

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pageList.size())
            return;
        ConsolePage* shown = m_pageList.at(row);
        m_stack->setCurrentIndex(row);
        shown->activate();
        // Changed elsewhere since it was last shown (an import, another page): load it again.
        if (m_stalePages.remove(shown))
            shown->refresh();
        m_shownPages.insert(shown);
    });
    connect(client, &AlliClient::activityRecorded, this, [this](const ActivityRecord& record) {
        if (!record.succeeded())
            return;
        const ConsolePage::DataAreas changed = ConsolePage::areasChangedBy(record.operationId);
        if (!changed)
            return;
        for (ConsolePage* p : std::as_const(m_pageList)) {
            // The current page made the change itself or refreshes with the dialog it opened.
            if (p != currentPage() && m_shownPages.contains(p) && (p->dataAreas() & changed))
                m_stalePages.insert(p);
        }
    });
    buildActions();
    retranslateUi();
    resize(1180, 760);
    restoreWindowState();
    fitIntoScreen();
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
    QTimer::singleShot(0, this, &MainWindow::checkUnfinishedImports);
}

void MainWindow::checkUnfinishedImports()
{
    // The journal is read on a worker (its SQLite connection belongs to that thread).
    const QString path = ImportDialog::journalPath();
    if (!QFileInfo::exists(path))
        return;
    const QString server = Bulk::BulkRun::serverLabel(m_client);
    Bulk::runWithJournal<std::optional<Bulk::JobSummary>>(
        this, path, std::nullopt,
        // Only a job of this server: its rows mean nothing to another project.
        [server](Bulk::JobJournal& journal) { return Bulk::BulkRun::resumableJob(journal, server); },
        [this](const std::optional<Bulk::JobSummary>& job) {
            if (!job)
                return;
            m_resumeJob = *job;
            updateResumeNotice();
            m_resumeNotice->show();
        });
}

void MainWindow::updateResumeNotice()
{
    if (!m_resumeJob)
        return;
    const Bulk::Counts& counts = m_resumeJob->counts;
    m_resumeNoticeText->setText(
        tr("An import did not finish: %1 from %2, %3 of %4 rows sent. Resume it? Rows already sent "
           "are not sent again; rows that were in flight are checked on the server.")
            .arg(Bulk::operationLabel(m_resumeJob->operation), Bulk::sourceLabel(m_resumeJob->sourceFile))
            .arg(counts.succeeded + counts.failed + counts.notSent + counts.unknown)
            .arg(counts.total() - counts.invalid + m_resumeJob->notRecorded)
        + (m_resumeJob->notRecorded > 0 ? u' ' + Bulk::BulkRun::notRecordedText(*m_resumeJob) : QString()));
    m_resumeNoticeButton->setText(tr("&Resume import"));
    m_resumeNoticeHistoryButton->setText(tr("Show &history"));
    m_resumeNoticeCloseButton->setText(tr("Not now"));
}

void MainWindow::resumeOfferedImport()
{
    if (!m_resumeJob)
        return;
    const qint64 id = m_resumeJob->id;
    m_resumeJob.reset();
    m_resumeNotice->hide();
    showPage(u"history"_s);
    if (auto* history = qobject_cast<HistoryPage*>(page(u"history"_s)))
        history->resumeJob(id);
}

MainWindow::~MainWindow() = default;

void MainWindow::refreshAfterImport(ImportDialog* dialog)
{
    // Pages that are not shown refresh when they are shown again (activityRecorded above); the
    // page on screen while an import from the File menu or a dropped file ran is refreshed when
    // the import finishes.
    if (!dialog)
        return;
    connect(dialog, &ImportDialog::sendingFinished, this,
        [this, dialog] { refreshAfterBulk(dialog->operation()); });
}

void MainWindow::refreshAfterBulk(Bulk::Operation op)
{
    const bool users = op == Bulk::Operation::CreateUsers || op == Bulk::Operation::UpdateUsers
        || op == Bulk::Operation::DeleteUsers;
    const ConsolePage::DataAreas changed = users
        ? ConsolePage::DataAreas(ConsolePage::DataArea::Users)
        : (ConsolePage::DataArea::Agents | ConsolePage::DataArea::Groups);
    ConsolePage* current = currentPage();
    if (current && (current->dataAreas() & changed))
        current->refresh();
}

void MainWindow::addPage(ConsolePage* page)
{
    m_pageList.append(page);
    // In a scroll area: at 200 % on a small screen the window still fits (a page wider than the
    // window scrolls instead of pushing the window off the screen).
    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"pageScroll-"_s + page->pageId());
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // not a Tab stop of its own: Tab goes to the page's controls
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    auto* item = new QListWidgetItem(Icons::icon(page->iconName()), page->title());
    item->setData(Qt::UserRole, page->pageId());
    m_nav->addItem(item);
    connect(page, &ConsolePage::titleChanged, this, [page, item] { item->setText(page->title()); });
    connect(page, &ConsolePage::navigationRequested, this,
        [this](const QString& pageId, const QVariantMap& filter) {
            showPage(pageId);
            if (ConsolePage* target = this->page(pageId))
                target->showFiltered(filter);
        });
}

ConsolePage* MainWindow::page(const QString& pageId) const
{
    for (ConsolePage* p : m_pageList) {
        if (p->pageId() == pageId)
            return p;
    }
    return nullptr;
}

ConsolePage* MainWindow::currentPage() const
{
    auto* scroll = qobject_cast<QScrollArea*>(m_stack->currentWidget());
    return scroll ? qobject_cast<ConsolePage*>(scroll->widget()) : nullptr;
}

void MainWindow::showPage(const QString& pageId)
{
    for (int i = 0; i < m_pageList.size(); ++i) {
        if (m_pageList.at(i)->pageId() == pageId)
            m_nav->setCurrentRow(i);
    }
}

void MainWindow::setConnections(const QList<QPair<QString, QString>>& connections, const QString& currentId)
{
    m_connections->clear();
    for (const auto& [id, label] : connections) {
        m_connections->addItem(label.isEmpty() ? tr("Demo project") : label, id);
        m_connections->setItemData(m_connections->count() - 1, label, Qt::UserRole + 1);
        if (id == currentId)
            m_connections->setCurrentIndex(m_connections->count() - 1);
    }
}

void MainWindow::buildActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newConnectionAction = m_fileMenu->addAction(QString(), this, &MainWindow::newConnectionRequested);
    m_newConnectionAction->setShortcut(QKeySequence::New);
    m_newConnectionAction->setIcon(Icons::icon(u"document-new"_s));
    m_editConnectionAction = m_fileMenu->addAction(QString(), this, &MainWindow::editConnectionRequested);
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this, [this] {
        if (auto* history = qobject_cast<HistoryPage*>(page(u"history"_s)))
            refreshAfterImport(history->openImportDialog());
    });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setIcon(Icons::icon(u"document-import"_s));
    m_bulkEditMenu = BulkEditorDialog::operationsMenu(
        Bulk::allOperations(),
        [this](Bulk::Operation op) {
            BulkEditorDialog* dialog = BulkEditorDialog::open(m_client, op, this);
            connect(dialog, &BulkEditorDialog::sendingFinished, this, [this, op] { refreshAfterBulk(op); });
        },
        this);
    m_bulkEditMenu->setIcon(Icons::icon(u"document-edit"_s));
    m_fileMenu->addMenu(m_bulkEditMenu);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setIcon(Icons::icon(u"application-exit"_s));

    m_viewMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_viewMenu->addAction(QString(), this, [this] {
        if (ConsolePage* p = currentPage())
            p->refresh();
    });
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setIcon(Icons::icon(u"view-refresh"_s));
    m_filterAction = m_viewMenu->addAction(QString(), this, [this] {
        if (ConsolePage* p = currentPage())
            p->focusFilter();
    });
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setIcon(Icons::icon(u"edit-find"_s));
    m_deleteAction = m_viewMenu->addAction(QString(), this, [this] {
        if (ConsolePage* p = currentPage())
            p->deleteSelected();
    });
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setIcon(Icons::icon(u"edit-delete"_s));
    // Del inside a text field deletes text; the page action only fires from views.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_stack->addAction(m_deleteAction);
    // Ctrl+1…Ctrl+8 go to the pages in the order of the navigation.
    m_viewMenu->addSeparator();
    m_goMenu = m_viewMenu->addMenu(QString());
    for (int i = 0; i < m_pageList.size(); ++i) {
        ConsolePage* p = m_pageList.at(i);
        QAction* go = m_goMenu->addAction(
            Icons::icon(p->iconName()), QString(), this, [this, id = p->pageId()] { showPage(id); });
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        addAction(go); // the shortcut works wherever the focus is in the window
        m_goActions.append(go);
    }

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

    m_appearanceMenu = m_settingsMenu->addMenu(QString());
    m_appearanceMenu->setIcon(Icons::icon(u"preferences-desktop-theme"_s));
    m_themeGroup = new QActionGroup(this);
    for (Theme::Choice choice : { Theme::Choice::System, Theme::Choice::Light, Theme::Choice::Dark }) {
        QAction* action = m_appearanceMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(Theme::key(choice));
        action->setChecked(choice == Theme::current());
        m_themeGroup->addAction(action);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this, [](QAction* action) {
        const Theme::Choice choice = Theme::fromKey(action->data().toString());
        Theme::apply(choice);
        QSettings().setValue(u"ui/theme"_s, Theme::key(choice));
    });
    m_languageMenu->setIcon(Icons::icon(u"preferences-desktop-locale"_s));

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(Icons::icon(u"help-about"_s), QString(), this, [this] {
        QMessageBox::about(this, tr("About Alli Admin"),
            tr("Alli Admin %1\nA desktop console for administrators of Alli projects.")
                .arg(QCoreApplication::applicationVersion()));
    });

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"connectionToolBar"_s);
    m_toolBar->setMovable(false);
    m_connectionLabel = new QLabel;
    m_connections = new QComboBox;
    m_connections->setObjectName(u"connectionSwitcher"_s);
    m_connections->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connectionLabel->setBuddy(m_connections);
    m_toolBar->addWidget(m_connectionLabel);
    m_toolBar->addWidget(m_connections);
    m_toolBar->addAction(m_newConnectionAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addAction(m_importAction);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_connections, &QComboBox::activated, this, [this](int index) {
        const QString id = m_connections->itemData(index).toString();
        if (!id.isEmpty())
            emit switchConnectionRequested(id);
    });
    for (ConsolePage* p : std::as_const(m_pageList)) {
        connect(p, &ConsolePage::credentialsRequested, this, &MainWindow::editConnectionRequested);
        connect(p, &ConsolePage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    }

    m_statusBadge = new QLabel;
    m_statusBadge->setObjectName(u"demoBadge"_s);
    m_statusBadge->setStyleSheet(
        u"QLabel { background: #f0b400; color: black; padding: 1px 6px; border-radius: 3px; }"_s);
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
    setWindowTitle(m_session.isDemo ? tr("Alli Admin — %1 (demo, %2)").arg(project, server)
                                    : tr("Alli Admin — %1 (%2)").arg(project, server));

    m_nav->setAccessibleName(tr("Pages"));
    m_fileMenu->setTitle(tr("&File"));
    m_newConnectionAction->setText(tr("&New connection…"));
    m_editConnectionAction->setText(tr("&Edit connection…"));
    m_importAction->setText(tr("&Import CSV…"));
    m_bulkEditMenu->setTitle(tr("&Bulk edit"));
    m_toolBar->setWindowTitle(tr("Connection"));
    m_connectionLabel->setText(tr("&Connection:") + u' ');
    for (int i = 0; i < m_connections->count(); ++i) {
        if (m_connections->itemData(i, Qt::UserRole + 1).toString().isEmpty())
            m_connections->setItemText(i, tr("Demo project"));
    }
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_filterAction->setText(tr("&Filter"));
    m_deleteAction->setText(tr("&Delete selected"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Alli Admin"));
    m_appearanceMenu->setTitle(tr("&Appearance"));
    const QStringList themeNames { tr("&System colours"), tr("&Light"), tr("&Dark") };
    const QList<QAction*> themeActions = m_themeGroup->actions();
    for (int i = 0; i < themeActions.size() && i < themeNames.size(); ++i)
        themeActions.at(i)->setText(themeNames.at(i));
    m_goMenu->setTitle(tr("&Go to"));
    for (int i = 0; i < m_goActions.size(); ++i)
        m_goActions.at(i)->setText(m_pageList.at(i)->title());

    m_statusBadge->setText(tr("DEMO"));
    m_statusBadge->setToolTip(tr("Connected to the embedded demo backend, not to a real Alli project."));
    m_statusServer->setText(u"%1 · %2"_s.arg(project, server));
    updateResumeNotice();
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

static QString droppedCsv(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return QString();
    const QString path = mime->urls().first().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    // Workbooks too: .xlsx is read, .xls and .xlsm are refused with the reason.
    static const QStringList accepted { u"csv"_s, u"tsv"_s, u"txt"_s, u"xlsx"_s, u"xlsm"_s, u"xls"_s };
    return accepted.contains(suffix) ? path : QString();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedCsv(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    refreshAfterImport(ImportDialog::openForFile(m_client, path, this));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    if (const ConsolePage* p = currentPage())
        settings.setValue(u"window/page"_s, p->pageId());
    for (const ConsolePage* p : m_pageList)
        p->saveState(settings);
}

QRect MainWindow::fittedGeometry(const QRect& wanted, const QRect& available)
{
    // Never wider or taller than the screen's free area (at 200 % a 1600×1000 screen has 800×500
    // of it), and moved inside it.
    if (available.isEmpty())
        return wanted;
    QRect fitted(wanted.topLeft(), wanted.size().boundedTo(available.size()));
    fitted.moveLeft(std::clamp(fitted.left(), available.left(), available.right() - fitted.width() + 1));
    fitted.moveTop(std::clamp(fitted.top(), available.top(), available.bottom() - fitted.height() + 1));
    return fitted;
}

void MainWindow::fitIntoScreen()
{
    const QScreen* on = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!on)
        return;
    const QRect fitted = fittedGeometry(geometry(), on->availableGeometry());
    if (fitted != geometry())
        setGeometry(fitted);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    const QByteArray splitter = settings.value(u"window/splitter"_s).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    for (ConsolePage* p : m_pageList)
        p->restoreState(settings);
    const QString pageId = settings.value(u"window/page"_s).toString();
    if (!pageId.isEmpty())
        showPage(pageId);
}

} // namespace Alli
