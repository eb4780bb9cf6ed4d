// A connection profile's proxy, against the demo backend behind a relaying proxy on loopback:
// the profile keeps its proxy choice (never its password); a proxy that asks for a login (407)
// makes the console ask once per session, again with the reason when the login is refused, and
// keep the password in the keychain only when asked; the next session uses the kept password
// without asking. The server never sees the proxy's login. An HTTPS server is reached through the
// proxy's CONNECT tunnel with the company root of the profile, also when the system's proxy
// configuration names the proxy in a PAC file.

#include "appcontroller.h"
#include "bulkrun.h"
#include "connectionprofile.h"
#include "demoserver.h"
#include "importdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "profiledialog.h"
#include "profiletools.h"
#include "relayproxy.h"
#include "secretstore.h"
#include "testtools.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "demofixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using namespace Alli::Testing;

class TestProxyLogin : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;

    static QStringList everySetting()
    {
        QSettings settings;
        QStringList values;
        for (const QString& key : settings.allKeys())
            values.append(key + u'=' + settings.value(key).toString());
        return values;
    }

    // A saved profile of the controller's demo server, reached through `proxy` (manual), with its
    // API key in `secrets`.
    ConnectionProfile proxiedProfile(AppController& controller, const RelayProxy& proxy,
        const QString& proxyUser, QSettings& settings, MemorySecretStore& secrets)
    {
        ConnectionProfile p;
        p.name = u"Through the proxy"_s;
        p.settings.region = ConnectionSettings::Region::Custom;
        p.settings.customBaseUrl = controller.demoServer()->baseUrl();
        p.proxy.mode = ProxySettings::Mode::Manual;
        p.proxy.host = u"127.0.0.1"_s;
        p.proxy.port = proxy.port();
        p.proxy.user = proxyUser;
        return Testing::saveProfileWithSecret(p, controller.demoServer()->apiKey(), settings, secrets, this);
    }

    // A demo backend serving HTTPS with a certificate for `name` (`altNames`, openssl's form),
    // signed by a company root whose PEM is dir/ca.pem; null if it cannot start.
    static std::unique_ptr<Demo::DemoServer> httpsDemo(
        const QTemporaryDir& dir, const QString& name, const QString& altNames)
    {
        if (!dir.isValid() || !Testing::companyRoot(dir.path())
            || !Testing::serverCertificate(dir.path(), u"server"_s, name, altNames))
            return nullptr;
        Demo::DemoOptions tls;
        tls.agentCount = 30;
        tls.tlsCertFile = dir.filePath(u"server.pem"_s);
        tls.tlsKeyFile = dir.filePath(u"server.key"_s);
        auto server = std::make_unique<Demo::DemoServer>(tls);
        return server->start() ? std::move(server) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"AlliAdminProxyTests"_s);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_languages.setLanguage(u"en"_s));
    }

    void profileKeepsItsProxyButNoPassword()
    {
        QSettings settings;
        settings.clear();
        ConnectionProfile p;
        p.name = u"Behind the proxy"_s;
        p.settings.region = ConnectionSettings::Region::Custom;
        p.settings.customBaseUrl = QUrl(u"https://alli.example.com"_s);
        p.proxy.mode = ProxySettings::Mode::Manual;
        p.proxy.type = ProxySettings::Type::Socks5;
        p.proxy.host = u"proxy.corp.example"_s;
        p.proxy.port = 1080;
        p.proxy.bypass = { u"localhost"_s, u".corp.example"_s };
        p.proxy.user = u"kim"_s;
        p.proxy.password = u"never-stored-9"_s;
        const ConnectionProfile saved = ProfileStore(settings).save(p);
        const std::optional<ConnectionProfile> back = ProfileStore(settings).profile(saved.id);
        QVERIFY(back);
        QCOMPARE(back->proxy.mode, ProxySettings::Mode::Manual);
        QCOMPARE(back->proxy.type, ProxySettings::Type::Socks5);
        QCOMPARE(back->proxy.host, u"proxy.corp.example"_s);
        QCOMPARE(back->proxy.port, quint16(1080));
        QCOMPARE(back->proxy.bypass, p.proxy.bypass);
        QCOMPARE(back->proxy.user, u"kim"_s);
        QVERIFY(back->proxy.password.isEmpty());
        QVERIFY(!everySetting().join(u'\n').contains(u"never-stored-9"_s));

        // The dialog shows and edits it; a manual proxy without a port cannot be saved.
        QNetworkAccessManager nam;
        ProfileDialog dialog(&nam);
        dialog.setProfile(*back);
        QCOMPARE(dialog.profile().proxy.host, u"proxy.corp.example"_s);
        QCOMPARE(dialog.profile().proxy.bypass, p.proxy.bypass);
        dialog.findChild<QSpinBox*>(u"profileProxyPort"_s)->setValue(0);
        QVERIFY(dialog.validationError().contains(u"port"_s));
        dialog.findChild<QComboBox*>(u"profileProxyMode"_s)->setCurrentIndex(int(ProxySettings::Mode::None));
        QVERIFY(!dialog.validationError().contains(u"proxy"_s)); // (the key is still to be typed)
        QVERIFY(!dialog.findChild<QLineEdit*>(u"profileProxyHost"_s)->isEnabled());
    }

    void loginAskedOncePerSessionAndKeptWhenAsked()
    {
        QSettings settings;
        settings.clear();
        MemorySecretStore secrets;
        Demo::DemoOptions options;
        options.agentCount = 50;
        RelayProxy proxy;
        proxy.setRequiredLogin("corp-kim", "Pr0xy-pass");
        QVERIFY(proxy.start());

        // A profile of the demo server reached through the proxy, with its key in the store.
        AppController controller(&m_languages, &secrets, &settings, options);
        QVERIFY(controller.start(true)); // starts the demo server
        const ConnectionProfile saved = proxiedProfile(controller, proxy, u"corp-kim"_s, settings, secrets);

        // First a wrong password, then the right one, kept in the keychain.
        QList<QString> reasons;
        QList<QString> users;
        controller.setProxyLoginPrompt(
            [&](const QNetworkProxy& asking, const QString& user, const QString& reason) {
                [&] { QCOMPARE(asking.port(), proxy.port()); }();
                reasons.append(reason);
                users.append(user);
                const bool first = reasons.size() == 1;
                return std::optional<ProxyLogin>(
                    ProxyLogin { user, first ? u"wrong"_s : u"Pr0xy-pass"_s, !first });
            });
        controller.startProfile(saved.id);
        QTRY_VERIFY(controller.currentProfileId() == saved.id);
        auto first = waitFor(controller.client()->listAgents(0, 5));
        QVERIFY2(first->ok(), qPrintable(first->error().message()));
        QCOMPARE(reasons.size(), 2);
        QVERIFY(reasons.at(0).isEmpty());
        QVERIFY2(reasons.at(1).contains(u"did not accept"_s), qPrintable(reasons.at(1)));
        QCOMPARE(users.at(0), u"corp-kim"_s); // the profile's proxy login, filled in
        QVERIFY(proxy.refusals() >= 2);
        QVERIFY(proxy.requests() >= 1);
        // Asked once per session: more requests, no more questions.
        auto second = waitFor(controller.client()->listPermissionGroups({}, 0, 5));
        QVERIFY(second->ok());
        auto third = waitFor(controller.client()->listAgents(5, 5));
        QVERIFY(third->ok());
        QCOMPARE(reasons.size(), 2);
        // Kept in the keychain as asked, never in the settings.
        QVERIFY(secrets.contains(AppController::proxySecretKey(saved.id)));
        QVERIFY(!everySetting().join(u'\n').contains(u"Pr0xy-pass"_s));

        // The next session finds the password in the keychain and does not ask.
        AppController next(&m_languages, &secrets, &settings, options);
        int asked = 0;
        next.setProxyLoginPrompt([&](const QNetworkProxy&, const QString&, const QString&) {
            ++asked;
            return std::optional<ProxyLogin>();
        });
        // The demo server of the first controller keeps running: the profile points at it.
        next.startProfile(saved.id);
        QTRY_VERIFY(next.client() != nullptr);
        auto again = waitFor(next.client()->listAgents(0, 5));
        QVERIFY2(again->ok(), qPrintable(again->error().message()));
        QCOMPARE(asked, 0);
    }

    // The company network end to end in the console: an HTTPS server signed by the company root
    // (the profile's CA file), through a proxy that asks for a login, in a CONNECT tunnel. The
    // console asks for the login once per session (not once per tunnel) and asks again only when
    // the proxy refuses it; the requests and a bulk job from the import dialog go through; the
    // proxy sees only the tunnel's address, never a path or the key.
    void httpsThroughTheProxyTunnel()
    {
        QTemporaryDir dir;
        const auto demo = httpsDemo(dir, u"127.0.0.1"_s, u"IP:127.0.0.1,DNS:localhost"_s);
        QVERIFY(demo);
        Demo::DemoServer& server = *demo;
        QCOMPARE(server.baseUrl().scheme(), u"https"_s);

        QSettings settings;
        settings.clear();
        MemorySecretStore secrets;
        RelayProxy proxy;
        proxy.setRequiredLogin("corp-park", "Tunnel-7x");
        QVERIFY(proxy.start());
        AppController controller(&m_languages, &secrets, &settings, Demo::DemoOptions());
        ConnectionProfile p;
        p.name = u"HTTPS through the proxy"_s;
        p.settings.region = ConnectionSettings::Region::Custom;
        p.settings.customBaseUrl = server.baseUrl();
        p.settings.caFile = dir.filePath(u"ca.pem"_s);
        p.proxy.mode = ProxySettings::Mode::Manual;
        p.proxy.host = u"127.0.0.1"_s;
        p.proxy.port = proxy.port();
        p.proxy.user = u"corp-park"_s;
        const ConnectionProfile saved
            = Testing::saveProfileWithSecret(p, server.apiKey(), settings, secrets, this);
        // A mistyped password first: asked again with the reason, once; then every tunnel (Qt opens
        // several) gets the login without another question.
        QStringList reasons;
        controller.setProxyLoginPrompt([&](const QNetworkProxy&, const QString& user, const QString& reason) {
            reasons.append(reason);
            return std::optional<ProxyLogin>(
                ProxyLogin { user, reasons.size() == 1 ? u"Tunnel-typo"_s : u"Tunnel-7x"_s, false });
        });
        controller.startProfile(saved.id);
        QTRY_VERIFY(controller.currentProfileId() == saved.id);
        auto agents = waitFor(controller.client()->listAgents(0, 5));
        QVERIFY2(agents->ok(), qPrintable(agents->error().message()));
        auto groups = waitFor(controller.client()->listPermissionGroups({}, 0, 5));
        QVERIFY2(groups->ok(), qPrintable(groups->error().message()));
        QCOMPARE(reasons.size(), 2);
        QVERIFY(reasons.at(0).isEmpty());
        QVERIFY2(reasons.at(1).contains(u"did not accept"_s), qPrintable(reasons.at(1)));
        QVERIFY(proxy.refusals() >= 2);
        // A bulk job from the import dialog goes through the same tunnel, without another question.
        const QString csv = dir.filePath(u"tunnel-users.csv"_s);
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("ownUserId,firstName,lastName,email\nPRX00001,Mina,Kim,mina.kim@example.com\n"
                       "PRX00002,Ren,Sato,ren.sato@example.jp\n");
        }
        QFile::remove(ImportDialog::journalPath());
        ImportDialog import(controller.client());
        QSignalSpy loaded(&import, &ImportDialog::loadingFinished);
        import.setOperation(Bulk::Operation::CreateUsers);
        import.openFile(csv);
        QVERIFY(loaded.wait(15000));
        QVERIFY(loaded.constLast().at(0).toBool());
        QSignalSpy sent(&import, &ImportDialog::sendingFinished);
        QVERIFY(import.startSending());
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
        QCOMPARE(Bulk::countStates(import.job()->results()).succeeded, 2);
        QVERIFY(server.userExists(u"PRX00001"_s) && server.userExists(u"PRX00002"_s));
        QCOMPARE(reasons.size(), 2);

        const QString tunnel = u"CONNECT 127.0.0.1:%1"_s.arg(server.baseUrl().port());
        const QStringList targets = proxy.targets();
        QVERIFY2(!targets.isEmpty(), "nothing went through the proxy");
        for (const QString& target : targets)
            QVERIFY2(target == tunnel, qPrintable(target)); // a tunnel only: no path, no key
        QVERIFY(!everySetting().join(u'\n').contains(u"Tunnel-7x"_s));
    }

    // The system's proxy configuration (the profile's default), from a company's PAC file: libproxy
    // reads HTTPS_PROXY=pac+URL as a desktop's settings would give it, fetches the script, and the
    // requests to the company's server go through the proxy it names, which asks for a login: the
    // console asks once, then everything goes through the tunnel.
    void systemProxyFromAPacFile()
    {
        QVERIFY2(havePacRunner(), "libproxy's PAC runner (libproxy1-plugin-webkit) is not installed");
        QTemporaryDir dir;
        const auto demo = httpsDemo(dir, u"alli.corp.example"_s, u"DNS:alli.corp.example"_s);
        QVERIFY(demo);
        Demo::DemoServer& server = *demo;
        RelayProxy proxy;
        proxy.setHostAlias(u"alli.corp.example"_s); // the company's DNS: only the proxy resolves it
        proxy.setRequiredLogin("corp-jung", "Pac-login9");
        QVERIFY(proxy.start());
        proxy.setPacScript(u"function FindProxyForURL(url, host) {\n"
                           "  if (dnsDomainIs(host, \".corp.example\")) return \"PROXY 127.0.0.1:%1\";\n"
                           "  return \"DIRECT\";\n}\n"_s.arg(proxy.port())
                               .toLatin1());
        const QList<QByteArray> variables { "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy",
            "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy" };
        QHash<QByteArray, QByteArray> saved;
        for (const QByteArray& name : variables) {
            if (qEnvironmentVariableIsSet(name.constData()))
                saved.insert(name, qgetenv(name.constData()));
            qunsetenv(name.constData());
        }
        const auto restore = qScopeGuard([&] {
            qunsetenv("HTTPS_PROXY");
            for (auto it = saved.cbegin(); it != saved.cend(); ++it)
                qputenv(it.key().constData(), it.value());
        });
        qputenv("HTTPS_PROXY", (u"pac+"_s + proxy.pacUrl()).toLatin1());

        QSettings settings;
        settings.clear();
        MemorySecretStore secrets;
        AppController controller(&m_languages, &secrets, &settings, Demo::DemoOptions());
        ConnectionProfile p;
        p.name = u"Company network"_s;
        p.settings.region = ConnectionSettings::Region::Custom;
        p.settings.customBaseUrl = QUrl(u"https://alli.corp.example:%1"_s.arg(server.baseUrl().port()));
        p.settings.caFile = dir.filePath(u"ca.pem"_s);
        QCOMPARE(p.proxy.mode, ProxySettings::Mode::System);
        const ConnectionProfile stored
            = Testing::saveProfileWithSecret(p, server.apiKey(), settings, secrets, this);
        int asked = 0;
        controller.setProxyLoginPrompt([&](const QNetworkProxy& asking, const QString&, const QString&) {
            ++asked;
            if (asking.hostName() != u"127.0.0.1"_s || asking.port() != proxy.port())
                return std::optional<ProxyLogin>(); // not the proxy the PAC file names
            return std::optional<ProxyLogin>(ProxyLogin { u"corp-jung"_s, u"Pac-login9"_s, false });
        });
        controller.startProfile(stored.id);
        QTRY_VERIFY(controller.currentProfileId() == stored.id);
        auto agents = waitFor(controller.client()->listAgents(0, 5));
        QVERIFY2(agents->ok(), qPrintable(agents->error().message()));
        auto groups = waitFor(controller.client()->listPermissionGroups({}, 0, 5));
        QVERIFY2(groups->ok(), qPrintable(groups->error().message()));
        QCOMPARE(asked, 1);
        QVERIFY(proxy.pacFetches() > 0);
        QVERIFY(proxy.refusals() > 0);
        const QString tunnel = u"CONNECT alli.corp.example:%1"_s.arg(server.baseUrl().port());
        const QStringList targets = proxy.targets();
        QVERIFY2(targets.contains(tunnel), qPrintable(targets.join(u'\n')));
        for (const QString& target : targets)
            QVERIFY2(target == tunnel, qPrintable(target)); // a tunnel only: no path, no key
        QVERIFY(!everySetting().join(u'\n').contains(u"Pac-login9"_s));
    }

    void refusingToLogInEndsTheRequestWithAReason()
    {
        QSettings settings;
        settings.clear();
        MemorySecretStore secrets;
        RelayProxy proxy;
        proxy.setRequiredLogin("corp-lee", "secret-2");
        QVERIFY(proxy.start());
        AppController controller(&m_languages, &secrets, &settings, Demo::DemoOptions());
        QVERIFY(controller.start(true));
        const ConnectionProfile saved = proxiedProfile(controller, proxy, QString(), settings, secrets);
        int asked = 0;
        controller.setProxyLoginPrompt([&](const QNetworkProxy&, const QString&, const QString&) {
            ++asked;
            return std::optional<ProxyLogin>(); // Cancel
        });
        controller.startProfile(saved.id);
        QTRY_VERIFY(controller.currentProfileId() == saved.id);
        auto reply = waitFor(controller.client()->listAgents(0, 5));
        QVERIFY(!reply->ok());
        QCOMPARE(asked, 1);
        QCOMPARE(proxy.requests(), 0); // nothing reached the server
        QVERIFY2(reply->error().message().contains(u"proxy"_s, Qt::CaseInsensitive),
            qPrintable(reply->error().message()));
    }
};

QTEST_MAIN(TestProxyLogin)
#include "tst_proxylogin.moc"
