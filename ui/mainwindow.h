#pragma once
// The console's main window: navigation between pages, the language menu, and a status bar
// that always says which project and server are live (and whether it is the demo).

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QActionGroup;
class QMenu;
class QAction;

namespace Alli {

class AlliClient;
class ActivityLogModel;
class LanguageManager;

struct SessionInfo {
    QString projectName; // shown in the title, e.g. "Demo project"
    bool isDemo = false;
    QString demoApiKey; // shown only for the demo backend, whose key is public
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(AlliClient* client, LanguageManager* languages, const SessionInfo& session, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void testConnection();
    void showActivityDetails();
    void copyActivityAsCurl();

    AlliClient* m_client;
    LanguageManager* m_languages;
    SessionInfo m_session;
    ActivityLogModel* m_activity;

    QListWidget* m_nav = nullptr;
    QStackedWidget* m_pages = nullptr;
    // Overview page
    QLabel* m_overviewTitle = nullptr;
    QLabel* m_serverCaption = nullptr;
    QLabel* m_serverValue = nullptr;
    QLabel* m_authCaption = nullptr;
    QLabel* m_authValue = nullptr;
    QLabel* m_demoNote = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_testResult = nullptr;
    // Activity page
    QTableView* m_activityView = nullptr;
    QPlainTextEdit* m_activityDetails = nullptr;
    QPushButton* m_copyCurl = nullptr;
    // Chrome
    QMenu* m_fileMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QLabel* m_statusBadge = nullptr;
    QLabel* m_statusServer = nullptr;
};

} // namespace Alli
