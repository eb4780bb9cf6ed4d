#pragma once
// How requests reach Alli from a company network: the system's proxy configuration (PAC and
// auto-discovery where the platform has them: libproxy on Linux, WinHTTP on Windows; on Linux
// without libproxy, the http_proxy / https_proxy environment variables), no proxy, or a manual
// HTTP or SOCKS5 proxy; hosts that bypass it (NO_PROXY's syntax). The proxy's password lives in
// memory only.

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QString>
#include <QStringList>

#include <optional>

namespace Alli
{

struct ProxySettings {
    Q_DECLARE_TR_FUNCTIONS(Alli::ProxySettings)
public:
    enum class Mode { System, None, Manual };
    enum class Type { Http, Socks5 };
    Mode mode = Mode::System;
    Type type = Type::Http;
    QString host;
    quint16 port = 0;
    // Hosts that never go through the proxy: "localhost", "corp.example" (and its subdomains),
    // ".corp.example", "*.corp.example", an IP address, a CIDR range ("10.0.0.0/8"), or "*".
    QStringList bypass;
    QString user;
    QString password; // never stored

    // "http://[user[:password]@]host:port" or "socks5://…"; a port is required. The error says
    // what is wrong with the address (translated).
    static std::optional<ProxySettings> fromUrl(const QString& url, QString* error = nullptr);
    // NO_PROXY's list: comma- or space-separated.
    static QStringList parseBypass(const QString& list);
    static QStringList bypassFromEnvironment(); // NO_PROXY, else no_proxy
    bool bypasses(const QString& host) const;
};

// Applies ProxySettings to every request of a QNetworkAccessManager (setProxyFactory()).
class ProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ProxyFactory(ProxySettings settings);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query = QNetworkProxyQuery()) override;
    const ProxySettings& settings() const { return m_settings; }

private:
    // libproxy's PAC runner stays loaded until the process ends (see the .cpp).
    static void keepPacRunnerLoaded();
    ProxySettings m_settings;
};

} // namespace Alli
