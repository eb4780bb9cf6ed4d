#pragma once
// The console's main window: navigation between pages, the standard actions routed to the
// current page (F5 refresh, Ctrl+F filter, Del delete), the language menu, and a title and status
// bar that always say which project and server are live, and whether it is the demo.

#include "journal.h"
#include "sessioninfo.h"

#include <QList>
#include <QMainWindow>
#include <QSet>

class QAction;
class QActionGroup;
class QComboBox;
class QToolBar;
class QLabel;
class QListWidget;
class QMenu;
class QFrame;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace Alli
{

class AlliClient;
class ImportDialog;
class ConsolePage;
class LanguageManager;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `wanted` made to fit the screen's free area (`available`): no larger, and inside it.
    static QRect fittedGeometry(const QRect& wanted, const QRect& available);
    MainWindow(AlliClient* client, LanguageManager* languages, const SessionInfo& session,
        QWidget* parent = nullptr);
    ~MainWindow() override;

    QList<ConsolePage*> pages() const { return m_pageList; }
    ConsolePage* page(const QString& pageId) const;
    ConsolePage* currentPage() const;
    void showPage(const QString& pageId);

    // The newest import on this server that did not finish (the app was closed or killed during
    // it), as offered on start; -1 when there is none.
    qint64 offeredResumeJobId() const { return m_resumeJob ? m_resumeJob->id : -1; }
    // Resumes it in the import dialog (what the notice's Resume button does).
    void resumeOfferedImport();

    // The connection switcher: (id, label) pairs; an empty label means the demo project.
    void setConnections(const QList<QPair<QString, QString>>& connections, const QString& currentId);

Q_SIGNALS:
    void switchConnectionRequested(const QString& profileId);
    void newConnectionRequested();
    void editConnectionRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void addPage(ConsolePage* page);
    void buildActions();
    void retranslateUi();
    void saveWindowState() const;
    void restoreWindowState();
    void fitIntoScreen();
    void checkUnfinishedImports();
    void updateResumeNotice();
    void refreshAfterImport(ImportDialog* dialog);
    void refreshAfterBulk(Bulk::Operation op);

    AlliClient* m_client;
    LanguageManager* m_languages;
    SessionInfo m_session;
    QList<ConsolePage*> m_pageList;

    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QSplitter* m_splitter;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_newConnectionAction = nullptr;
    QAction* m_editConnectionAction = nullptr;
    QAction* m_importAction = nullptr;
    QMenu* m_bulkEditMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QComboBox* m_connections = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QMenu* m_appearanceMenu = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QMenu* m_goMenu = nullptr;
    QList<QAction*> m_goActions; // Ctrl+1…Ctrl+8: one per page
    QLabel* m_statusBadge = nullptr;
    QLabel* m_statusServer = nullptr;

    QFrame* m_resumeNotice = nullptr;
    QLabel* m_resumeNoticeText = nullptr;
    QPushButton* m_resumeNoticeButton = nullptr;
    QPushButton* m_resumeNoticeHistoryButton = nullptr;
    QPushButton* m_resumeNoticeCloseButton = nullptr;
    std::optional<Bulk::JobSummary> m_resumeJob; // offered on start
    QSet<ConsolePage*> m_shownPages; // loaded at least once
    QSet<ConsolePage*> m_stalePages; // changed elsewhere since: refreshed when shown again
};

} // namespace Alli
