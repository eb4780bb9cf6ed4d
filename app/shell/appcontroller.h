#pragma once
// Wires a session together: which connection is live (the embedded demo or a saved profile),
// the client for it, and the main window. Switching connections builds a fresh client and
// window, so no page ever shows one project's data under another project's name.

#include "demotypes.h"
#include "sessioninfo.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

class QSettings;

namespace Alli
{

namespace Demo
{
    class DemoServer;
}
class AlliClient;
class LanguageManager;
class MainWindow;
class SecretStore;
struct ConnectionProfile;
struct ConnectionSettings;

class AppController : public QObject
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView kDemoProfileId { "demo" };

    AppController(LanguageManager* languages, SecretStore* secrets, QSettings* settings,
        const Demo::DemoOptions& demoOptions, QObject* parent = nullptr);
    ~AppController() override;

    // --demo, else the last used profile, else the welcome screen. False when the user left.
    bool start(bool demo);
    bool startDemo();
    // The welcome screen (demo or connect); false when the user closed it.
    bool showWelcome();
    void startProfile(const QString& profileId);

    MainWindow* window() const;
    AlliClient* client() const { return m_client.get(); }
    Demo::DemoServer* demoServer() const { return m_demo.get(); }
    QString currentProfileId() const { return m_currentProfileId; }

Q_SIGNALS:
    void windowChanged(Alli::MainWindow* window);
    // A translated message for the status bar or a dialog, e.g. that secrets are session-only.
    void notice(const QString& message);

private:
    void openWindow(const ConnectionSettings& settings, const SessionInfo& session, const QString& profileId);
    void newConnection();
    void editConnection(const QString& profileId, const QString& reason = {});
    void updateSwitcher();

    LanguageManager* m_languages;
    SecretStore* m_secrets;
    QSettings* m_settings;
    Demo::DemoOptions m_demoOptions;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Demo::DemoServer> m_demo;
    std::unique_ptr<AlliClient> m_client;
    QPointer<MainWindow> m_window;
    QString m_currentProfileId;
};

} // namespace Alli
