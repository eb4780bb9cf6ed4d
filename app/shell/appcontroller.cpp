#include "appcontroller.h"

#include "certificatetrustdialog.h"

#include "proxysettings.h"

#include "alliclient.h"
#include "connectionprofile.h"
#include "demoserver.h"
#include "mainwindow.h"
#include "profiledialog.h"
#include "secretstore.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QAuthenticator>
#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QNetworkProxy>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

AppController::AppController(LanguageManager* languages, SecretStore* secrets, QSettings* settings,
    const Demo::DemoOptions& demoOptions, QObject* parent)
    : QObject(parent)
    , m_languages(languages)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_demoOptions(demoOptions)
{
    // Until a profile says otherwise: the system's proxy configuration (PAC and auto-discovery
    // where the platform offers them), NO_PROXY honoured, this computer never proxied.
    applyProxy(ProxySettings());
    // A proxy that asks for a login: once per session and proxy (see answerProxyLogin()).
    m_proxyPrompt = [this](const QNetworkProxy& proxy, const QString& user, const QString& reason) {
        return ProxyLoginDialog::ask(proxy, user, reason, m_window);
    };
    connect(
        &m_nam, &QNetworkAccessManager::proxyAuthenticationRequired, this, &AppController::answerProxyLogin);
    if (auto* keychain = qobject_cast<KeychainSecretStore*>(m_secrets)) {
        keychain->setUnprotectedFileAllowed(m_settings->value(u"secrets/unprotectedFile"_s, false).toBool(),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                + u"/unprotected-secrets.json"_s);
    }
}

MainWindow* AppController::window() const
{
    return m_window;
}

AppController::~AppController()
{
    delete m_window.data();
}

bool AppController::start(bool demo)
{
    if (demo)
        return startDemo();
    ProfileStore store(*m_settings);
    const QString last = store.lastUsedId();
    if (last == kDemoProfileId)
        return startDemo();
    if (!last.isEmpty() && store.profile(last)) {
        startProfile(last);
        return true;
    }
    return showWelcome();
}

bool AppController::showWelcome()
{
    WelcomeDialog welcome;
    welcome.exec();
    switch (welcome.choice()) {
    case WelcomeDialog::Demo:
        return startDemo();
    case WelcomeDialog::Connect:
        // A cancelled connection dialog comes back here (editConnection()), it does not quit.
        newConnection();
        return true;
    case WelcomeDialog::None:
        break;
    }
    return false;
}

bool AppController::startDemo()
{
    if (!m_demo) {
        m_demo = std::make_unique<Demo::DemoServer>(m_demoOptions);
        if (!m_demo->start()) {
            QMessageBox::critical(m_window, tr("Alli Admin"),
                tr("The embedded demo backend could not start: %1").arg(m_demo->errorString()));
            m_demo.reset();
            return false;
        }
    }
    applyProxy(ProxySettings()); // the demo is on this computer: never through a proxy
    ConnectionSettings settings;
    settings.region = ConnectionSettings::Region::Custom;
    settings.customBaseUrl = m_demo->baseUrl();
    settings.secret = m_demo->apiKey();
    SessionInfo session;
    session.isDemo = true;
    session.demoApiKey = m_demo->apiKey();
    openWindow(settings, session, QString(kDemoProfileId));
    return true;
}

void AppController::startProfile(const QString& profileId)
{
    ProfileStore store(*m_settings);
    const std::optional<ConnectionProfile> profile = store.profile(profileId);
    if (!profile)
        return;
    m_secrets->read(profile->id, this, [this, profile](const SecretStore::ReadResult& result) {
        if (!result.secret || result.secret->isEmpty()) {
            editConnection(profile->id,
                result.error.isEmpty()
                    ? tr("The key for \"%1\" is not stored on this computer. Enter it again.")
                          .arg(profile->name)
                    : result.error);
            return;
        }
        ConnectionSettings settings = profile->settings;
        settings.secret = *result.secret;
        SessionInfo session;
        session.projectName = profile->name;
        applyProxy(profile->proxy);
        if (profile->proxy.mode != ProxySettings::Mode::Manual) {
            openWindow(settings, session, profile->id);
            return;
        }
        // A proxy password kept in the keychain spares the question.
        m_secrets->read(proxySecretKey(profile->id), this,
            [this, profile, settings, session](const SecretStore::ReadResult& proxyResult) {
                // Kept as "user<TAB>password": the login typed at the question, which may differ
                // from the profile's.
                const QString kept = proxyResult.secret.value_or(QString());
                const qsizetype tab = kept.indexOf(u'\t');
                if (tab > 0) {
                    const QString key = u"%1:%2"_s.arg(profile->proxy.host).arg(profile->proxy.port);
                    if (!m_proxyLogins.contains(key))
                        m_proxyLogins.insert(key, { kept.left(tab), kept.mid(tab + 1), {} });
                }
                openWindow(settings, session, profile->id);
            });
    });
}

void AppController::openWindow(
    const ConnectionSettings& settings, const SessionInfo& session, const QString& profileId)
{
    auto client = std::make_unique<AlliClient>(&m_nam);
    client->setConnection(settings);
    connect(client.get(), &AlliClient::certificateNotTrusted, this, &AppController::askAboutCertificate);
    auto* window = new MainWindow(client.get(), m_languages, session);
    connect(window, &MainWindow::switchConnectionRequested, this, [this](const QString& id) {
        if (id == kDemoProfileId)
            startDemo();
        else
            startProfile(id);
    });
    connect(window, &MainWindow::newConnectionRequested, this, &AppController::newConnection);
    connect(window, &MainWindow::editConnectionRequested, this, [this] {
        if (m_currentProfileId == kDemoProfileId)
            QMessageBox::information(m_window, tr("Demo project"),
                tr("The demo project needs no credentials: its key is %1.")
                    .arg(m_demo ? m_demo->apiKey() : QString()));
        else
            editConnection(m_currentProfileId);
    });

    // Show the new window before closing the old one, so the application does not quit.
    QPointer<MainWindow> old = m_window;
    std::unique_ptr<AlliClient> oldClient = std::move(m_client);
    m_client = std::move(client);
    m_window = window;
    m_currentProfileId = profileId;
    ProfileStore(*m_settings).setLastUsedId(profileId);
    updateSwitcher();
    window->show();
    if (old) {
        old->close();
        delete old.data();
    }
    oldClient.reset();
    emit windowChanged(window);
}

void AppController::applyProxy(const ProxySettings& proxy)
{
    m_proxy = proxy;
    if (m_proxy.mode == ProxySettings::Mode::System)
        m_proxy.bypass = ProxySettings::bypassFromEnvironment();
    m_nam.setProxyFactory(new ProxyFactory(m_proxy)); // the manager owns it
    m_nam.clearConnectionCache(); // no connection made through the previous proxy is reused
}

void AppController::answerProxyLogin(const QNetworkProxy& proxy, QAuthenticator* authenticator)
{
    const QString key = u"%1:%2"_s.arg(proxy.hostName()).arg(proxy.port());
    QString reason;
    auto known = m_proxyLogins.find(key);
    if (known != m_proxyLogins.end()) {
        // Qt asks again when the proxy refused what a connection was given: it hands back the same
        // authenticator, holding the password tried (a plain request) or reset (a CONNECT tunnel's).
        // Any other ask is another connection to the proxy (every HTTPS tunnel has its own), which
        // gets the login without a question.
        const bool refused = !authenticator->password().isEmpty() || known->answered.contains(authenticator);
        if (!refused) {
            known->answered.insert(authenticator);
            authenticator->setUser(known->user);
            authenticator->setPassword(known->password);
            return;
        }
        reason = tr("The proxy did not accept the login for %1.").arg(known->user);
        m_proxyLogins.erase(known);
    }
    if (const auto declined = m_proxyDeclined.constFind(key);
        declined != m_proxyDeclined.cend() && declined->msecsTo(QDateTime::currentDateTimeUtc()) < 10000)
        return;
    const QString user = !authenticator->user().isEmpty() ? authenticator->user()
        : !proxy.user().isEmpty()                         ? proxy.user()
                                                          : m_proxy.user;
    const std::optional<ProxyLogin> login = m_proxyPrompt ? m_proxyPrompt(proxy, user, reason) : std::nullopt;
    if (!login) {
        m_proxyDeclined.insert(key, QDateTime::currentDateTimeUtc());
        return; // the request ends with "the proxy asks for a login"
    }
    m_proxyDeclined.remove(key);
    m_proxyLogins.insert(key, { login->user, login->password, { authenticator } });
    if (m_client)
        m_client->noteProxyLoginGiven();
    authenticator->setUser(login->user);
    authenticator->setPassword(login->password);
    if (!login->remember)
        return;
    // Kept for the profile whose own proxy this is (a system or PAC proxy can change between
    // sessions, so its login is asked for once per session instead).
    const bool ownProxy = m_proxy.mode == ProxySettings::Mode::Manual && proxy.port() == m_proxy.port
        && proxy.hostName().compare(m_proxy.host, Qt::CaseInsensitive) == 0;
    if (!ownProxy || m_currentProfileId.isEmpty() || m_currentProfileId == kDemoProfileId) {
        emit notice(tr("The proxy password is kept for this session only: only a proxy set in the "
                       "connection's own settings can keep its password in the keychain."));
        return;
    }
    m_secrets->write(proxySecretKey(m_currentProfileId), login->user + u'\t' + login->password, this,
        [this](const SecretStore::WriteResult& result) {
            if (!result.warning.isEmpty())
                emit notice(result.warning);
        });
}

void AppController::updateSwitcher()
{
    if (!m_window)
        return;
    QList<QPair<QString, QString>> entries { { QString(kDemoProfileId), QString() } };
    const QList<ConnectionProfile> profiles = ProfileStore(*m_settings).profiles();
    for (const ConnectionProfile& p : profiles)
        entries.append({ p.id, p.name + u" — "_s + p.regionLabel() });
    m_window->setConnections(entries, m_currentProfileId);
}

void AppController::newConnection()
{
    editConnection(QString());
}

void AppController::editConnection(const QString& profileId, const QString& reason)
{
    ProfileDialog dialog(&m_nam, m_window);
    if (!profileId.isEmpty()) {
        if (const auto p = ProfileStore(*m_settings).profile(profileId))
            dialog.setProfile(*p);
    }
    dialog.setAllowUnprotectedFile(m_settings->value(u"secrets/unprotectedFile"_s, false).toBool());
    if (!reason.isEmpty())
        QMessageBox::information(m_window, tr("Connect to Alli"), reason);
    if (dialog.exec() != QDialog::Accepted) {
        updateSwitcher();
        if (!m_window) {
            // No window yet (first start, or a stored key that is gone): back to the welcome
            // screen, where leaving is a choice of its own.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (!m_window && !showWelcome())
                        QCoreApplication::quit();
                },
                Qt::QueuedConnection);
        }
        return;
    }
    ConnectionProfile entered = dialog.profile();
    const QString secret = entered.settings.secret;
    const bool allowFile = dialog.allowUnprotectedFile();
    m_settings->setValue(u"secrets/unprotectedFile"_s, allowFile);
    if (auto* keychain = qobject_cast<KeychainSecretStore*>(m_secrets))
        keychain->setUnprotectedFileAllowed(allowFile,
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                + u"/unprotected-secrets.json"_s);
    const ConnectionProfile saved = ProfileStore(*m_settings).save(entered);
    m_secrets->write(saved.id, secret, this, [this, saved](const SecretStore::WriteResult& result) {
        startProfile(saved.id);
        if (!result.warning.isEmpty()) {
            emit notice(result.warning);
            if (m_window)
                m_window->statusBar()->showMessage(result.warning, 15000);
            QMessageBox::warning(m_window, tr("Secret not stored in a keychain"), result.warning);
        }
    });
}

CertificateTrustDialog* AppController::certificateDialog() const
{
    return m_certificateDialog;
}

void AppController::askAboutCertificate(const QUrl& server, const QList<QSslCertificate>& chain)
{
    // The demo has no certificate to trust; a profile is asked once per session and certificate,
    // not once per request of a page that loads several at once.
    if (m_currentProfileId.isEmpty() || m_currentProfileId == kDemoProfileId || chain.isEmpty()
        || m_certificateDialog)
        return;
    const QString key = m_currentProfileId + u'|' + CertificateTrustDialog::fingerprint(chain.constFirst());
    if (m_certificatesAsked.contains(key))
        return;
    m_certificatesAsked.insert(key);
    const std::optional<ConnectionProfile> profile = ProfileStore(*m_settings).profile(m_currentProfileId);
    if (!profile)
        return;
    auto* dialog = new CertificateTrustDialog(profile->name, server, chain, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_certificateDialog = dialog;
    const QString profileId = m_currentProfileId;
    connect(dialog, &QDialog::accepted, this,
        [this, profileId, issuer = dialog->issuerCertificate()] { trustIssuer(profileId, issuer); });
    dialog->open(); // window-modal, no nested event loop
}

bool AppController::trustIssuer(const QString& profileId, const QSslCertificate& issuer)
{
    ProfileStore store(*m_settings);
    std::optional<ConnectionProfile> profile = store.profile(profileId);
    if (!profile || issuer.isNull())
        return false;
    const QString dir
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/trusted-issuers"_s;
    const QString path = dir + u'/' + QString::fromLatin1(profileId.toUtf8().toHex()) + u".pem"_s;
    // What the profile trusted before stays trusted (a CA file chosen by the admin is copied, not
    // changed); the issuer is added once.
    QList<QSslCertificate> certificates;
    if (!profile->settings.caFile.isEmpty())
        certificates = ConnectionSettings::loadCaFile(profile->settings.caFile);
    if (!certificates.contains(issuer))
        certificates.append(issuer);
    QByteArray pem;
    for (const QSslCertificate& certificate : std::as_const(certificates))
        pem += certificate.toPem();
    QDir().mkpath(dir);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit()) {
        emit notice(tr("The certificate could not be saved in %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    profile->settings.caFile = path;
    store.save(*profile);
    emit notice(tr("“%1” is now trusted for the connection “%2”.")
                    .arg(issuer.subjectInfo(QSslCertificate::CommonName).join(u", "_s), profile->name));
    if (profileId == m_currentProfileId)
        startProfile(profileId); // a new client with the certificate, and the pages load again
    return true;
}

} // namespace Alli
