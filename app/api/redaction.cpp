#include "redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{

    QJsonValue maskJson(const QJsonValue& value)
    {
        if (value.isObject()) {
            QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (Redactor::isSecretKey(it.key()))
                    it.value() = QString(Redactor::kMask);
                else
                    it.value() = maskJson(it.value());
            }
            return o;
        }
        if (value.isArray()) {
            QJsonArray a = value.toArray();
            for (auto it = a.begin(); it != a.end(); ++it)
                *it = maskJson(*it);
            return a;
        }
        return value;
    }

    QString shellQuote(const QString& s)
    {
        QString out = s;
        out.replace(u"'"_s, u"'\\''"_s);
        return u'\'' + out + u'\'';
    }

} // namespace

void Redactor::setKnownSecrets(const QStringList& secrets)
{
    m_secrets.clear();
    for (const QString& s : secrets) {
        // Very short values would mask ordinary text; they are not real credentials anyway.
        if (s.size() >= 4)
            m_secrets.append(s.toUtf8());
    }
}

bool Redactor::isSecretHeader(QByteArrayView name)
{
    static const QByteArrayView secretHeaders[]
        = { "api-key", "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key" };
    const QByteArray lower = name.toByteArray().toLower();
    for (QByteArrayView h : secretHeaders) {
        if (lower == h)
            return true;
    }
    return false;
}

bool Redactor::isSecretKey(QStringView jsonKey)
{
    QString k = jsonKey.toString().toLower();
    k.remove(u'_');
    k.remove(u'-');
    static const QStringList exact
        = { u"secret"_s, u"clientsecret"_s, u"password"_s, u"token"_s, u"accesstoken"_s, u"refreshtoken"_s,
              u"idtoken"_s, u"tokeninfo"_s, u"apikey"_s, u"codeverifier"_s, u"authorization"_s, u"code"_s };
    if (exact.contains(k))
        return true;
    // OAuth2 "place_access_token" and friends name where a token goes; they hold no secret.
    if (k.startsWith(u"place"_s))
        return false;
    return k.endsWith(u"secret"_s) || k.endsWith(u"password"_s) || k.endsWith(u"token"_s)
        || k.endsWith(u"apikey"_s);
}

QByteArray Redactor::redactHeaderValue(QByteArrayView name, const QByteArray& value) const
{
    if (!isSecretHeader(name))
        return redactText(QString::fromLatin1(value)).toLatin1();
    const qsizetype space = value.indexOf(' ');
    if (space > 0 && name.compare("authorization", Qt::CaseInsensitive) == 0)
        return value.left(space + 1) + QByteArray(kMask.data(), kMask.size()); // keep the scheme
    return QByteArray(kMask.data(), kMask.size());
}

QByteArray Redactor::redactBody(const QByteArray& body) const
{
    if (body.isEmpty())
        return body;
    QByteArray out = body;
    // Parsing and re-serialising a 100-row bulk body on every attempt is the client's biggest
    // cost on the GUI thread; a body that names no secret-looking key cannot need masking.
    // Keys are compared like isSecretKey() does: lower case, without '_' and '-'.
    QByteArray lower = body.toLower();
    lower.removeIf([](char c) { return c == '_' || c == '-'; });
    static const QByteArrayView hints[]
        = { "secret", "token", "password", "apikey", "verifier", "authorization", "\"code\"" };
    bool mayHoldSecrets = false;
    for (QByteArrayView hint : hints)
        mayHoldSecrets = mayHoldSecrets || lower.contains(hint);
    QJsonParseError err {};
    const QJsonDocument doc = mayHoldSecrets ? QJsonDocument::fromJson(body, &err) : QJsonDocument();
    if (mayHoldSecrets && err.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        const QJsonValue masked
            = maskJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        out = masked.isObject() ? QJsonDocument(masked.toObject()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(masked.toArray()).toJson(QJsonDocument::Compact);
    }
    for (const QByteArray& s : m_secrets)
        out.replace(s, QByteArray(kMask.data(), kMask.size()));
    return out;
}

QString Redactor::redactText(const QString& text) const
{
    QString out = text;
    for (const QByteArray& s : m_secrets)
        out.replace(QString::fromUtf8(s), QString(kMask));
    return out;
}

QUrl Redactor::redactUrl(const QUrl& url) const
{
    QUrl out = url;
    out.setUserInfo(QString());
    if (out.hasQuery()) {
        QUrlQuery query(out);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery masked;
        for (const auto& item : items)
            masked.addQueryItem(
                item.first, isSecretKey(item.first) ? QString(kMask) : redactText(item.second));
        out.setQuery(masked);
    }
    return out;
}

QString Redactor::curlCommand(const ActivityRecord& record)
{
    QStringList parts { u"curl"_s, u"-X"_s, QString::fromLatin1(record.method),
        shellQuote(record.url.toString(QUrl::FullyEncoded)) };
    for (const auto& [name, value] : record.requestHeaders) {
        const QString header = QString::fromLatin1(name);
        if (name.compare("api-key", Qt::CaseInsensitive) == 0)
            parts << u"-H"_s << u"\"%1: $ALLI_API_KEY\""_s.arg(header);
        else if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            parts << u"-H"_s << u"\"%1: Bearer $ALLI_TOKEN\""_s.arg(header);
        else if (isSecretHeader(name))
            continue;
        else
            parts << u"-H"_s << shellQuote(header + u": "_s + QString::fromLatin1(value));
    }
    if (!record.requestBody.isEmpty())
        parts << u"--data-raw"_s << shellQuote(QString::fromUtf8(record.requestBody));
    return parts.join(u' ');
}

} // namespace Alli
