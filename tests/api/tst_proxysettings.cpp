// Company networks: a proxy address from the command line is read (or refused with what is
// wrong), NO_PROXY's list is honoured (names, subdomains, wildcards, IP addresses, CIDR ranges),
// the system's proxy never carries requests to this computer, and a manual proxy carries the
// login it was given.

#include "proxysettings.h"

#include <QNetworkProxy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;

class TestProxySettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressesAreRead()
    {
        QString error;
        auto http = ProxySettings::fromUrl(u"http://kim:p%40ss@proxy.corp.example:8080"_s, &error);
        QVERIFY2(http, qPrintable(error));
        QCOMPARE(http->mode, ProxySettings::Mode::Manual);
        QCOMPARE(http->type, ProxySettings::Type::Http);
        QCOMPARE(http->host, u"proxy.corp.example"_s);
        QCOMPARE(http->port, quint16(8080));
        QCOMPARE(http->user, u"kim"_s);
        QCOMPARE(http->password, u"p@ss"_s);
        auto socks = ProxySettings::fromUrl(u"socks5://10.1.2.3:1080"_s, &error);
        QVERIFY(socks);
        QCOMPARE(socks->type, ProxySettings::Type::Socks5);
    }

    void badAddressesSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << u"not a proxy address"_s;
        QTest::newRow("words") << u"not a url"_s << u"not a proxy address"_s;
        QTest::newRow("scheme") << u"ftp://proxy:21"_s << u"\"ftp\" is not supported"_s;
        QTest::newRow("no port") << u"http://proxy.corp"_s << u"has no port"_s;
    }
    void badAddressesSayWhatIsWrong()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!ProxySettings::fromUrl(url, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(!error.contains(u"secret"_s));
        QVERIFY(!ProxySettings::fromUrl(u"http://u:secret@proxy.corp"_s, &error));
        QVERIFY2(!error.contains(u"secret"_s), qPrintable(error)); // a password is never repeated
    }

    void bypassListIsHonoured_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("bypassed");
        QTest::newRow("exact") << u"intranet"_s << u"intranet"_s << true;
        QTest::newRow("domain covers subdomains") << u"corp.example"_s << u"api.corp.example"_s << true;
        QTest::newRow("domain itself") << u"corp.example"_s << u"corp.example"_s << true;
        QTest::newRow("not a suffix of a name") << u"corp.example"_s << u"notcorp.example"_s << false;
        QTest::newRow("leading dot") << u".corp.example"_s << u"a.corp.example"_s << true;
        QTest::newRow("wildcard") << u"*.corp.example"_s << u"b.corp.example"_s << true;
        QTest::newRow("case") << u"Corp.Example"_s << u"API.corp.example"_s << true;
        QTest::newRow("ip") << u"10.0.0.5"_s << u"10.0.0.5"_s << true;
        QTest::newRow("cidr in") << u"10.0.0.0/8"_s << u"10.20.30.40"_s << true;
        QTest::newRow("cidr out") << u"10.0.0.0/8"_s << u"11.0.0.1"_s << false;
        QTest::newRow("list with spaces") << u"a.example, b.example  c.example"_s << u"c.example"_s << true;
        QTest::newRow("star") << u"*"_s << u"anything.example"_s << true;
        QTest::newRow("other") << u"corp.example"_s << u"backend.alli.ai"_s << false;
    }
    void bypassListIsHonoured()
    {
        QFETCH(QString, list);
        QFETCH(QString, host);
        QFETCH(bool, bypassed);
        ProxySettings settings;
        settings.bypass = ProxySettings::parseBypass(list);
        QCOMPARE(settings.bypasses(host), bypassed);
    }

    void factoryChoosesTheProxy()
    {
        ProxySettings manual = *ProxySettings::fromUrl(u"http://kim:pw@proxy.corp:3128"_s);
        manual.bypass = ProxySettings::parseBypass(u".internal"_s);
        ProxyFactory factory(manual);
        const QList<QNetworkProxy> proxied
            = factory.queryProxy(QNetworkProxyQuery(QUrl(u"https://backend.alli.ai/webapi/v2/agents"_s)));
        QCOMPARE(proxied.size(), 1);
        QCOMPARE(proxied.first().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxied.first().hostName(), u"proxy.corp"_s);
        QCOMPARE(proxied.first().port(), quint16(3128));
        QCOMPARE(proxied.first().user(), u"kim"_s);
        QCOMPARE(proxied.first().password(), u"pw"_s);
        QCOMPARE(factory.queryProxy(QNetworkProxyQuery(QUrl(u"https://alli.internal/"_s))).first().type(),
            QNetworkProxy::NoProxy);
        // Given explicitly, it carries this computer's requests too (a test proxy, a local relay)…
        QCOMPARE(factory.queryProxy(QNetworkProxyQuery(QUrl(u"http://127.0.0.1:8080/"_s))).first().type(),
            QNetworkProxy::HttpProxy);
        // …the system's never does, nor does "no proxy" ever send anything through one.
        ProxyFactory system { ProxySettings {} };
        for (const QString& local :
            { u"http://127.0.0.1:8080/"_s, u"http://localhost:1/"_s, u"http://[::1]:2/"_s })
            QCOMPARE(
                system.queryProxy(QNetworkProxyQuery(QUrl(local))).first().type(), QNetworkProxy::NoProxy);
        ProxySettings none;
        none.mode = ProxySettings::Mode::None;
        ProxyFactory direct(none);
        QCOMPARE(direct.queryProxy(QNetworkProxyQuery(QUrl(u"https://backend.alli.ai/"_s))).first().type(),
            QNetworkProxy::NoProxy);
    }
};

QTEST_GUILESS_MAIN(TestProxySettings)
#include "tst_proxysettings.moc"
