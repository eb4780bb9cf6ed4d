#include "proxysettings.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <dlfcn.h>

#include <atomic>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

std::optional<ProxySettings> ProxySettings::fromUrl(const QString& text, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<ProxySettings> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
        return fail(tr("\"%1\" is not a proxy address: use http://host:port or socks5://host:port.")
                        .arg(url.toDisplayString(QUrl::RemovePassword)));
    ProxySettings settings;
    settings.mode = Mode::Manual;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http"_s)
        settings.type = Type::Http;
    else if (scheme == u"socks5"_s || scheme == u"socks5h"_s)
        settings.type = Type::Socks5;
    else
        return fail(tr("The proxy scheme \"%1\" is not supported: use http:// or socks5://.").arg(scheme));
    if (url.port() <= 0)
        return fail(tr("The proxy address %1 has no port: add one, e.g. %2:8080.")
                        .arg(url.toDisplayString(QUrl::RemovePassword | QUrl::RemovePath), url.host()));
    settings.host = url.host();
    settings.port = quint16(url.port());
    settings.user = url.userName(QUrl::FullyDecoded);
    settings.password = url.password(QUrl::FullyDecoded);
    return settings;
}

QStringList ProxySettings::parseBypass(const QString& list)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    QStringList entries = list.split(separators, Qt::SkipEmptyParts);
    for (QString& e : entries)
        e = e.trimmed().toLower();
    return entries;
}

QStringList ProxySettings::bypassFromEnvironment()
{
    return parseBypass(qEnvironmentVariableIsSet("NO_PROXY") ? qEnvironmentVariable("NO_PROXY")
                                                             : qEnvironmentVariable("no_proxy"));
}

bool ProxySettings::bypasses(const QString& hostName) const
{
    const QString host = hostName.toLower();
    const QHostAddress address(host);
    for (QString entry : bypass) {
        if (entry == u"*"_s)
            return true;
        if (entry.contains(u'/') && !address.isNull()) { // a CIDR range
            const std::pair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry);
            if (subnet.second >= 0 && address.isInSubnet(subnet))
                return true;
            continue;
        }
        if (entry.startsWith(u"*."_s))
            entry.remove(0, 1); // "*.corp" is ".corp"
        if (entry.startsWith(u'.')) {
            if (host.endsWith(entry) || host == entry.mid(1))
                return true;
            continue;
        }
        if (host == entry || host.endsWith(u'.' + entry)) // "corp.example" covers its subdomains
            return true;
        if (!address.isNull() && QHostAddress(entry) == address)
            return true;
    }
    return false;
}

ProxyFactory::ProxyFactory(ProxySettings settings)
    : m_settings(std::move(settings))
{
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    // The system's proxy never carries requests to this computer (the demo backend); a proxy
    // given explicitly carries everything NO_PROXY does not name.
    const QString host = query.peerHostName();
    const bool loopback
        = host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
    if ((loopback && m_settings.mode == ProxySettings::Mode::System)
        || m_settings.mode == ProxySettings::Mode::None || m_settings.bypasses(host))
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    if (m_settings.mode == ProxySettings::Mode::System) {
        QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(query);
        keepPacRunnerLoaded();
        return proxies;
    }
    QNetworkProxy proxy(m_settings.type == ProxySettings::Type::Socks5 ? QNetworkProxy::Socks5Proxy
                                                                       : QNetworkProxy::HttpProxy,
        m_settings.host, m_settings.port, m_settings.user, m_settings.password);
    return { proxy };
}

void ProxyFactory::keepPacRunnerLoaded()
{
#ifdef Q_OS_LINUX
    // Qt asks libproxy on a thread of its own; libproxy runs PAC files with JavaScriptCore (its
    // webkit module), which it unloads when Qt frees it at exit, while that thread still holds
    // JavaScriptCore's thread-local data: the thread's exit then calls into unmapped code, and
    // the process crashed at exit 18 times in 20 after using a PAC file. Once libproxy has
    // loaded it, the library is marked never to be unloaded (NOLOAD: nothing is loaded here).
    static std::atomic<bool> pinned { false };
    if (pinned.load(std::memory_order_relaxed))
        return;
    for (const char* library : { "libjavascriptcoregtk-4.0.so.18", "libjavascriptcoregtk-4.1.so.0" }) {
        if (dlopen(library, RTLD_LAZY | RTLD_NOLOAD | RTLD_NODELETE)) // the reference is kept on purpose
            pinned.store(true, std::memory_order_relaxed);
    }
#endif
}

} // namespace Alli
