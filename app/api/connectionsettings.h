#pragma once
// Where and as whom the client talks to Alli: region or custom URL, API key or bearer token,
// the project id header and the optional per-connection identity headers.

#include <QByteArray>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace Alli
{

struct ConnectionSettings {
    Q_DECLARE_TR_FUNCTIONS(Alli::ConnectionSettings)
public:
    enum class Region { US, JA, Custom };
    enum class AuthMethod { ApiKey, Token };

    Region region = Region::US;
    QUrl customBaseUrl;
    AuthMethod authMethod = AuthMethod::ApiKey;
    QString secret; // API key or token; kept in memory only
    QString projectId;
    QByteArray projectIdHeader = QByteArrayLiteral("PROJECT-ID");
    QString agentEmail;
    QString userEmail;
    QString ownUserId;
    // A PEM file of extra CA certificates (a company's TLS inspection root), trusted together
    // with the system's store, never instead of it. Empty: the system's store only.
    QString caFile;
    // The certificates of caFile; the error says why there are none (translated).
    static QList<QSslCertificate> loadCaFile(const QString& path, QString* error = nullptr);

    static QUrl regionUrl(Region region);
    QUrl baseUrl() const;

    // A translated reason why these settings cannot be used, or an empty string.
    // Plain HTTP is refused unless the host is on this machine.
    QString validationError() const;

    static bool isLoopbackHost(const QString& host);
    // OWN-USER-ID: non-ASCII text is sent as "base64:" + base64(UTF-8), as Alli documents for
    // that header (and for no other: AGENT-EMAIL, USER-EMAIL and the project id must be ASCII,
    // see validationError()).
    static QByteArray encodeHeaderValue(const QString& value);
    static bool isPlainHeaderValue(const QString& value); // printable ASCII only
    static QString decodeHeaderValue(const QByteArray& value);
};

} // namespace Alli
