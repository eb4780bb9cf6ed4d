#pragma once
// Wires a session together: which connection is live (the embedded demo or a saved profile),
// the client for it, and the main window. Switching connections builds a fresh client and
// window, so no page ever shows one project's data under another project's name.

#include "demotypes.h"
#include "proxylogindialog.h"
#include "proxysettings.h"
#include "sessioninfo.h"

#include <QDateTime>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>

#include <functional>
#include <memory>
#include <optional>

class QAuthenticator;
class QNetworkProxy;

class QSettings;

namespace Alli
{

namespace Demo
{
    class DemoServer;
}
class AlliClient;
class CertificateTrustDialog;
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

    // Asked when a proxy wants a login (407) and none is known for it this session; nullopt to
    // refuse. `reason` says why it is asked again. Default: ProxyLoginDialog. Tests replace it.
    using ProxyLoginPrompt = std::function<std::optional<ProxyLogin>(
        const QNetworkProxy& proxy, const QString& user, const QString& reason)>;
    void setProxyLoginPrompt(ProxyLoginPrompt prompt) { m_proxyPrompt = std::move(prompt); }
    // The key under which a profile's proxy password is kept in the secret store.
    static QString proxySecretKey(const QString& profileId) { return QStringLiteral("proxy:") + profileId; }

    // The question shown when a profile's server presents a certificate nobody trusted issued
    // (once per session and certificate); nullptr when none is open.
    CertificateTrustDialog* certificateDialog() const;
    // Adds `issuer` to the profile's trusted certificates (a PEM file of the application's own,
    // which keeps the certificates of the CA file the profile had) and reconnects.
    bool trustIssuer(const QString& profileId, const QSslCertificate& issuer);

Q_SIGNALS:
    void windowChanged(Alli::MainWindow* window);
    // A translated message for the status bar or a dialog, e.g. that secrets are session-only.
    void notice(const QString& message);

private:
    void openWindow(const ConnectionSettings& settings, const SessionInfo& session, const QString& profileId);
    void newConnection();
    void editConnection(const QString& profileId, const QString& reason = {});
    void updateSwitcher();
    void applyProxy(const ProxySettings& proxy);
    void answerProxyLogin(const QNetworkProxy& proxy, QAuthenticator* authenticator);
    void askAboutCertificate(const QUrl& server, const QList<QSslCertificate>& chain);

    struct KnownLogin {
        QString user;
        QString password;
        // The authenticators of the connections it was handed to: asked again by one of them means
        // the proxy refused it.
        QSet<const QAuthenticator*> answered;
    };
    QHash<QString, KnownLogin> m_proxyLogins; // "host:port" -> this session's login (memory only)
    // "host:port" -> when the user declined to log in: the requests made at the same moment
    // (a page loads several at once) are not asked about again; a later one is.
    QHash<QString, QDateTime> m_proxyDeclined;
    ProxySettings m_proxy; // of the connection in use
    ProxyLoginPrompt m_proxyPrompt;
    QSet<QString> m_certificatesAsked; // "profile id|SHA-256": asked once per session
    QPointer<CertificateTrustDialog> m_certificateDialog;

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
