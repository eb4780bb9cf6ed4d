// Corporate TLS trust against the demo backend serving HTTPS on loopback (alli-demo-server's
// --tls-cert/--tls-key), with certificates made at test time by openssl: a company root, a
// server certificate it signed for 127.0.0.1, and one for another host. The client trusts the
// root only when the connection names its PEM file (with the system's store, never instead);
// a failure says why in words: an untrusted issuer (named), the wrong host (the certificate's
// names). Nothing ignores a TLS error. The CLI takes --ca-file.

#include "clirun.h"
#include "datetext.h"
#include "demofixture.h"
#include "relayproxy.h"
#include "testtools.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using namespace Alli::Testing;

class TestTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList& args) { return Testing::openssl(m_dir.path(), args); }

    bool serverCertificate(const QString& base, const QString& commonName, const QString& names)
    {
        return Testing::serverCertificate(m_dir.path(), base, commonName, names);
    }

    // A server certificate for 127.0.0.1 valid only between two dates (YYYYMMDDHHMMSSZ): `openssl
    // x509 -req` cannot back-date, `openssl ca` can.
    bool datedCertificate(const QString& base, const QString& start, const QString& end)
    {
        QFile config(path(base + u".cnf"_s));
        QFile index(path(base + u".index"_s));
        QFile serial(path(base + u".serial"_s));
        QFile ext(path(base + u".ext"_s));
        if (!config.open(QIODevice::WriteOnly) || !index.open(QIODevice::WriteOnly)
            || !serial.open(QIODevice::WriteOnly) || !ext.open(QIODevice::WriteOnly))
            return false;
        config.write("[ ca ]\ndefault_ca = own\n[ own ]\ndatabase = " + base.toLatin1()
            + ".index\nserial = " + base.toLatin1()
            + ".serial\nnew_certs_dir = .\ndefault_md = sha256\npolicy = any\n[ any ]\ncommonName = "
              "supplied\n");
        serial.write("01\n");
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        config.close();
        index.close();
        serial.close();
        ext.close();
        return openssl({ u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, base + u".key"_s,
                   u"-out"_s, base + u".csr"_s, u"-subj"_s, u"/CN=127.0.0.1"_s })
            && openssl({ u"ca"_s, u"-batch"_s, u"-config"_s, base + u".cnf"_s, u"-keyfile"_s, u"ca.key"_s,
                u"-cert"_s, u"ca.pem"_s, u"-in"_s, base + u".csr"_s, u"-out"_s, base + u".pem"_s,
                u"-startdate"_s, start, u"-enddate"_s, end, u"-extfile"_s, base + u".ext"_s });
    }

    std::unique_ptr<Demo::DemoServer> tlsDemo(const QString& base)
    {
        Demo::DemoOptions options;
        options.agentCount = 20;
        options.tlsCertFile = path(base + u".pem"_s);
        options.tlsKeyFile = path(base + u".key"_s);
        auto demo = std::make_unique<Demo::DemoServer>(options);
        if (!demo->start())
            return nullptr;
        return demo;
    }

    ConnectionSettings connection(const Demo::DemoServer& demo, const QString& caFile) const
    {
        ConnectionSettings s;
        s.region = ConnectionSettings::Region::Custom;
        s.customBaseUrl = demo.baseUrl();
        s.secret = demo.apiKey();
        s.caFile = caFile;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Testing::companyRoot(m_dir.path()));
        QVERIFY(serverCertificate(u"server"_s, u"127.0.0.1"_s, u"IP:127.0.0.1,DNS:localhost"_s));
        QVERIFY(serverCertificate(u"other"_s, u"alli.other.example"_s, u"DNS:alli.other.example"_s));
        QVERIFY(serverCertificate(u"corp"_s, u"alli.corp.example"_s, u"DNS:alli.corp.example"_s));
        QFile notPem(path(u"not-a-certificate.pem"_s));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("this is not a certificate\n");
    }

    void untrustedIssuerIsNamed()
    {
        auto demo = tlsDemo(u"server"_s);
        QVERIFY(demo);
        QCOMPARE(demo->baseUrl().scheme(), u"https"_s);
        AlliClient client(&m_nam);
        client.setConnection(connection(*demo, QString()));
        auto reply = waitFor(client.listAgents(0, 5));
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().kind(), ApiError::Kind::Tls);
        const QString message = reply->error().message();
        QVERIFY2(message.contains(u"not trusted"_s) && message.contains(u"Corp Inspection Root"_s),
            qPrintable(message));
        QCOMPARE(demo->faultCounts().requests, 0); // nothing reached the server
    }

    void companyRootTrustedBesideTheSystemStore()
    {
        auto demo = tlsDemo(u"server"_s);
        QVERIFY(demo);
        AlliClient client(&m_nam);
        client.setConnection(connection(*demo, path(u"ca.pem"_s)));
        auto reply = waitFor(client.listAgents(0, 5));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
        QCOMPARE(reply->value().size(), 5);
        // The root is added per request (to a copy of the default configuration, which starts
        // from the system's store): the process-wide default is left as it was.
        QVERIFY(!QSslConfiguration::systemCaCertificates().isEmpty());
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(
            ConnectionSettings::loadCaFile(path(u"ca.pem"_s)).constFirst()));
    }

    // A certificate out of its dates says so, with the date, even from a trusted issuer; nothing
    // is sent.
    void expiredAndNotYetValidAreNamed()
    {
        QVERIFY(datedCertificate(u"expired"_s, u"20200101000000Z"_s, u"20200201000000Z"_s));
        QVERIFY(datedCertificate(u"future"_s, u"20990101000000Z"_s, u"20991231000000Z"_s));
        for (const QString& base : { u"expired"_s, u"future"_s }) {
            auto demo = tlsDemo(base);
            QVERIFY(demo);
            AlliClient client(&m_nam);
            client.setConnection(connection(*demo, path(u"ca.pem"_s)));
            auto reply = waitFor(client.listAgents(0, 5));
            QVERIFY(!reply->ok());
            QCOMPARE(reply->error().kind(), ApiError::Kind::Tls);
            const QString message = reply->error().message();
            const QSslCertificate certificate = QSslCertificate::fromPath(path(base + u".pem"_s)).value(0);
            QVERIFY(!certificate.isNull());
            const QString expected = base == u"expired"_s
                ? AlliClient::tr("the server's certificate (%1) expired on %2")
                      .arg(u"127.0.0.1"_s, Alli::shortDateTime(certificate.expiryDate()))
                : AlliClient::tr("the server's certificate (%1) is not valid before %2")
                      .arg(u"127.0.0.1"_s, Alli::shortDateTime(certificate.effectiveDate()));
            QVERIFY2(message.contains(expected), qPrintable(message + u" / expected: "_s + expected));
            QCOMPARE(demo->faultCounts().requests, 0);
        }
    }

    void wrongHostIsNamed()
    {
        auto demo = tlsDemo(u"other"_s);
        QVERIFY(demo);
        AlliClient client(&m_nam);
        client.setConnection(connection(*demo, path(u"ca.pem"_s)));
        auto reply = waitFor(client.listAgents(0, 5));
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().kind(), ApiError::Kind::Tls);
        QVERIFY2(
            reply->error().message().contains(u"alli.other.example"_s), qPrintable(reply->error().message()));
    }

    void unreadableCaFileIsRefusedBeforeSending()
    {
        auto demo = tlsDemo(u"server"_s);
        QVERIFY(demo);
        const ConnectionSettings bad = connection(*demo, path(u"not-a-certificate.pem"_s));
        QVERIFY2(bad.validationError().contains(u"no PEM certificate"_s), qPrintable(bad.validationError()));
        const ConnectionSettings missing = connection(*demo, path(u"nowhere.pem"_s));
        QVERIFY(missing.validationError().contains(u"cannot be read"_s));
        AlliClient client(&m_nam);
        client.setConnection(bad);
        auto reply = waitFor(client.listAgents(0, 5));
        QCOMPARE(reply->error().kind(), ApiError::Kind::InvalidSettings);
        QCOMPARE(demo->faultCounts().requests, 0);
    }

    void httpsThroughAProxyWithALogin();
    void proxyLoginFromTheEnvironment();
    void proxyFromAPacFile();

    void cliTakesCaFile()
    {
        auto demo = tlsDemo(u"server"_s);
        QVERIFY(demo);
        QFile csv(path(u"users.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("ownUserId,firstName\nTLS00001,Mina\n");
        csv.close();
        const QProcessEnvironment env = cliEnvironment(demo->apiKey(), path(u"cli-data"_s));
        const QStringList args { u"--base-url"_s, demo->baseUrl().toString(), u"users"_s, u"import"_s,
            path(u"users.csv"_s), u"--action"_s, u"create"_s };
        const CliRun refused = runCli(QStringLiteral(ALLI_CLI_PATH), args, env);
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"not trusted"_s), qPrintable(refused.err));
        const CliRun trusted = runCli(
            QStringLiteral(ALLI_CLI_PATH), args + QStringList { u"--ca-file"_s, path(u"ca.pem"_s) }, env);
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
        QCOMPARE(trusted.lastOutLine(), u"1 succeeded, 0 failed, 0 invalid, 0 not sent, 0 unknown"_s);
    }
};

// The company network end to end: the CLI reaches the HTTPS demo (company root) through a proxy
// that asks for a login, in a CONNECT tunnel. Without a login nothing reaches the server and the
// CLI says why; with the login in --proxy and the root in --ca-file the job goes through.
void TestTls::httpsThroughAProxyWithALogin()
{
    auto demo = tlsDemo(u"server"_s);
    QVERIFY(demo);
    Testing::RelayProxy proxy;
    proxy.setRequiredLogin("corp-kim", "Tunnel-pass9");
    QVERIFY(proxy.start());
    QFile csv(path(u"tunnel.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("ownUserId,firstName\nTLS00101,Yuna\n");
    csv.close();
    QProcessEnvironment env = cliEnvironment(demo->apiKey(), path(u"cli-data"_s));
    env.remove(u"NO_PROXY"_s);
    env.remove(u"no_proxy"_s);
    QStringList args { u"--base-url"_s, demo->baseUrl().toString(), u"--ca-file"_s, path(u"ca.pem"_s),
        u"--proxy"_s, proxy.url(), u"users"_s, u"import"_s, path(u"tunnel.csv"_s), u"--action"_s,
        u"create"_s };
    const CliRun refused = runCli(QStringLiteral(ALLI_CLI_PATH), args, env);
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.out));
    QVERIFY2(refused.err.contains(u"proxy asks for a login"_s), qPrintable(refused.err));
    QCOMPARE(demo->faultCounts().requests, 0);

    args[args.indexOf(proxy.url())] = u"http://corp-kim:Tunnel-pass9@127.0.0.1:%1"_s.arg(proxy.port());
    const CliRun through = runCli(QStringLiteral(ALLI_CLI_PATH), args, env);
    QVERIFY2(through.exitCode == 0, qPrintable(through.err));
    QCOMPARE(through.lastOutLine(), u"1 succeeded, 0 failed, 0 invalid, 0 not sent, 0 unknown"_s);
    QVERIFY(demo->userExists(u"TLS00101"_s));
    const QString tunnel = u"CONNECT 127.0.0.1:%1"_s.arg(demo->baseUrl().port());
    QVERIFY2(proxy.targets().contains(tunnel), qPrintable(proxy.targets().join(u'\n')));
    QVERIFY(proxy.refusals() > 0);
    QVERIFY(!through.err.contains(u"Tunnel-pass9"_s) && !through.out.contains(u"Tunnel-pass9"_s));
}

// The proxy of the environment, as a company's login script sets it: HTTPS_PROXY with the login in
// the address, and no --proxy. The server has a name only the proxy resolves (so the request is
// not to this computer, which the system proxy never carries). Without a login in the variable
// nothing reaches the server and the CLI says why; with it the job goes through the tunnel, and
// the password is never printed.
void TestTls::proxyLoginFromTheEnvironment()
{
    auto demo = tlsDemo(u"corp"_s);
    QVERIFY(demo);
    Testing::RelayProxy proxy;
    proxy.setRequiredLogin("corp-lee", "Env:pass@7");
    proxy.setHostAlias(u"alli.corp.example"_s);
    QVERIFY(proxy.start());
    QFile csv(path(u"env-proxy.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("ownUserId,firstName\nTLS00201,Sora\n");
    csv.close();
    QProcessEnvironment env = cliEnvironment(demo->apiKey(), path(u"cli-env-data"_s));
    Testing::removeProxyVariables(env);
    const QString server = u"https://alli.corp.example:%1"_s.arg(demo->baseUrl().port());
    const QStringList args { u"--base-url"_s, server, u"--ca-file"_s, path(u"ca.pem"_s), u"users"_s,
        u"import"_s, path(u"env-proxy.csv"_s), u"--action"_s, u"create"_s };

    env.insert(u"HTTPS_PROXY"_s, proxy.url());
    const CliRun refused = runCli(QStringLiteral(ALLI_CLI_PATH), args, env);
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.out));
    QVERIFY2(refused.err.contains(u"proxy asks for a login"_s), qPrintable(refused.err));
    QCOMPARE(demo->faultCounts().requests, 0);
    QVERIFY(proxy.refusals() > 0);

    // The login percent-encoded in the address, as the variable must carry it.
    env.insert(u"HTTPS_PROXY"_s, u"http://corp-lee:Env%3Apass%407@127.0.0.1:%1"_s.arg(proxy.port()));
    const CliRun through = runCli(QStringLiteral(ALLI_CLI_PATH), args, env);
    QVERIFY2(through.exitCode == 0, qPrintable(through.err));
    QCOMPARE(through.lastOutLine(), u"1 succeeded, 0 failed, 0 invalid, 0 not sent, 0 unknown"_s);
    QVERIFY(demo->userExists(u"TLS00201"_s));
    const QString tunnel = u"CONNECT alli.corp.example:%1"_s.arg(demo->baseUrl().port());
    QVERIFY2(proxy.targets().contains(tunnel), qPrintable(proxy.targets().join(u'\n')));
    QVERIFY(!through.err.contains(u"Env:pass"_s) && !through.out.contains(u"Env:pass"_s));
    QVERIFY(!through.err.contains(u"Env%3Apass"_s) && !through.out.contains(u"Env%3Apass"_s));
}

// A proxy auto-configuration (PAC) file, as company networks publish them: the system's proxy
// configuration (libproxy on Linux, here from HTTPS_PROXY=pac+URL as a desktop's settings would
// give it) fetches the script, and the CLI goes through the proxy it names for the company's
// server, with the login of ALLI_PROXY_USER / ALLI_PROXY_PASSWORD. A PAC file needs libproxy's JavaScript
// runner (libproxy1-plugin-webkit, which the package recommends and the test command installs).
void TestTls::proxyFromAPacFile()
{
    QVERIFY2(havePacRunner(), "libproxy's PAC runner (libproxy1-plugin-webkit) is not installed");
    auto demo = tlsDemo(u"corp"_s);
    QVERIFY(demo);
    Testing::RelayProxy proxy;
    proxy.setHostAlias(u"alli.corp.example"_s);
    proxy.setRequiredLogin("corp-choi", "Pac-login5");
    QVERIFY(proxy.start()); // the port is known once it listens; the script names it
    proxy.setPacScript(u"function FindProxyForURL(url, host) {\n"
                       "  if (dnsDomainIs(host, \".corp.example\")) return \"PROXY 127.0.0.1:%1\";\n"
                       "  return \"DIRECT\";\n}\n"_s.arg(proxy.port())
                           .toLatin1());
    QFile csv(path(u"pac.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("ownUserId,firstName\nTLS00301,Hana\n");
    csv.close();
    QProcessEnvironment env = cliEnvironment(demo->apiKey(), path(u"cli-pac-data"_s));
    Testing::removeProxyVariables(env);
    env.insert(u"HTTPS_PROXY"_s, u"pac+"_s + proxy.pacUrl());
    const QString server = u"https://alli.corp.example:%1"_s.arg(demo->baseUrl().port());
    const QStringList args { u"--base-url"_s, server, u"--ca-file"_s, path(u"ca.pem"_s), u"users"_s,
        u"import"_s, path(u"pac.csv"_s), u"--action"_s, u"create"_s };
    // The proxy the PAC file names asks for a login: none in the environment, the CLI says so.
    const CliRun refused = runCli(QStringLiteral(ALLI_CLI_PATH), args, env);
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.out));
    QVERIFY2(refused.err.contains(u"proxy asks for a login"_s), qPrintable(refused.err));
    QCOMPARE(demo->faultCounts().requests, 0);
    // With the login in ALLI_PROXY_USER / ALLI_PROXY_PASSWORD (a PAC file's proxy has no address
    // to carry one).
    env.insert(u"ALLI_PROXY_USER"_s, u"corp-choi"_s);
    env.insert(u"ALLI_PROXY_PASSWORD"_s, u"Pac-login5"_s);
    const CliRun run = runCli(QStringLiteral(ALLI_CLI_PATH), args, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.err.contains(u"Pac-login5"_s) && !run.out.contains(u"Pac-login5"_s));
    QCOMPARE(run.lastOutLine(), u"1 succeeded, 0 failed, 0 invalid, 0 not sent, 0 unknown"_s);
    QVERIFY(demo->userExists(u"TLS00301"_s));
    QVERIFY(proxy.pacFetches() >= 1);
    const QString tunnel = u"CONNECT alli.corp.example:%1"_s.arg(demo->baseUrl().port());
    QVERIFY2(proxy.targets().contains(tunnel), qPrintable(proxy.targets().join(u'\n')));
}

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
