#include "connectionsettings.h"

#include <QFile>

#include <algorithm>

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

QUrl ConnectionSettings::regionUrl(Region region)
{
    switch (region) {
    case Region::US:
        return QUrl(u"https://backend.alli.ai"_s);
    case Region::JA:
        return QUrl(u"https://backend-ja.alli.ai"_s);
    case Region::Custom:
        return QUrl();
    }
    return QUrl();
}

QUrl ConnectionSettings::baseUrl() const
{
    return region == Region::Custom ? customBaseUrl : regionUrl(region);
}

bool ConnectionSettings::isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

QList<QSslCertificate> ConnectionSettings::loadCaFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The CA certificate file %1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromData(file.read(4 * 1024 * 1024), QSsl::Pem);
    if (certificates.isEmpty() && error)
        *error = tr("The file %1 holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\").").arg(path);
    return certificates;
}

QString ConnectionSettings::validationError() const
{
    const QUrl url = baseUrl();
    if (!url.isValid() || url.host().isEmpty())
        return tr("The server address is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && !(scheme == u"http" && isLoopbackHost(url.host())))
        return tr("The server address must use HTTPS; plain HTTP is only allowed for this computer "
                  "(localhost).");
    if (secret.isEmpty())
        return authMethod == AuthMethod::ApiKey ? tr("The API key is missing.") : tr("The token is missing.");
    for (const QChar c : secret) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return authMethod == AuthMethod::ApiKey
                ? tr("The API key contains spaces or characters that are not allowed.")
                : tr("The token contains spaces or characters that are not allowed.");
    }
    if (!caFile.isEmpty()) {
        QString error;
        if (loadCaFile(caFile, &error).isEmpty())
            return error;
    }
    if (projectIdHeader.isEmpty() && !projectId.isEmpty())
        return tr("The project id header name is empty.");
    // The "base64:" form is documented for OWN-USER-ID only: these headers are sent as they are,
    // so they must be plain ASCII rather than in an encoding the service may not decode.
    const std::pair<QString, const QString*> plainHeaders[]
        = { { QString::fromLatin1(projectIdHeader), &projectId }, { u"AGENT-EMAIL"_s, &agentEmail },
              { u"USER-EMAIL"_s, &userEmail } };
    for (const auto& [header, value] : plainHeaders) {
        if (!isPlainHeaderValue(*value))
            return tr(
                "%1 \"%2\" has characters other than plain ASCII letters, digits and signs. Alli documents "
                "other characters (the \"base64:\" form) only for OWN-USER-ID: use an ASCII address here.")
                .arg(header, *value);
    }
    return QString();
}

bool ConnectionSettings::isPlainHeaderValue(const QString& value)
{
    return std::all_of(
        value.cbegin(), value.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() <= 0x7e; });
}

QByteArray ConnectionSettings::encodeHeaderValue(const QString& value)
{
    bool ascii = true;
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return value.toLatin1();
    return QByteArrayLiteral("base64:") + value.toUtf8().toBase64();
}

QString ConnectionSettings::decodeHeaderValue(const QByteArray& value)
{
    if (value.startsWith("base64:")) {
        auto decoded = QByteArray::fromBase64Encoding(value.mid(7), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return QString::fromUtf8(*decoded);
    }
    return QString::fromLatin1(value);
}

} // namespace Alli
