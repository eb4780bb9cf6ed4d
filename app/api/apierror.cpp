#include "apierror.h"

#include "displaytext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

ApiError::ApiError(Kind kind, int httpStatus, QString serverMessage)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_serverMessage(std::move(serverMessage))
{
}

ApiError ApiError::malformed(const QString& field, const QString& detail)
{
    ApiError e(Kind::MalformedResponse);
    e.m_field = field;
    e.m_detail = detail;
    return e;
}

ApiError::Kind ApiError::kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 429:
        return Kind::RateLimited;
    case 502:
    case 503:
    case 504:
        return Kind::ServiceUnavailable;
    default:
        break;
    }
    if (status >= 500)
        return Kind::ServerError;
    if (status >= 400 || status < 200 || status >= 300)
        return Kind::HttpError;
    return Kind::None;
}

QString ApiError::explanation() const
{
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::InvalidSettings:
        return tr("The connection settings are not usable.");
    case Kind::BadRequest:
        return tr("The server refused the request as invalid (HTTP %1).")
            .arg(m_httpStatus ? m_httpStatus : 400);
    case Kind::Unauthorized:
        if (serverMessageIsCode())
            return tr("The API key or token is missing or invalid (%1). Check the connection's credentials.")
                .arg(m_serverMessage);
        return tr("Authentication failed: the API key or token is missing or invalid (HTTP 401). "
                  "Check the connection's credentials.");
    case Kind::Forbidden:
        return tr("Access denied: the project is inactive or this computer's IP address is not "
                  "on the project's allow-list (HTTP 403).");
    case Kind::NotFound:
        return tr("Not found: the item does not exist or is not part of this project (HTTP 404).");
    case Kind::RateLimited:
        if (m_retryAfterSeconds >= 0)
            return tr("Too many requests: the server asked to wait %n second(s) (HTTP 429).", nullptr,
                m_retryAfterSeconds);
        return tr("Too many requests: the server is rate-limiting this project (HTTP 429).");
    case Kind::ServerError:
        return tr("The server had an internal error (HTTP %1). Try again later.").arg(m_httpStatus);
    case Kind::ServiceUnavailable:
        return tr("The service is temporarily unavailable (HTTP %1). Try again later.").arg(m_httpStatus);
    case Kind::HttpError:
        return tr("The server answered with an unexpected status (HTTP %1).").arg(m_httpStatus);
    case Kind::Network:
        return tr("The server could not be reached. Check the network connection and the server address.");
    case Kind::Tls:
        return tr("A secure connection could not be established (TLS/certificate error).");
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::MalformedResponse:
        if (!m_field.isEmpty())
            return tr("The server sent a malformed response: field \"%1\" is missing or invalid.")
                .arg(m_field);
        return tr("The server sent a response that could not be read.");
    case Kind::Redirected:
        return tr("The server answered with a redirect (HTTP %1) that Alli Admin does not follow: it follows "
                  "only a read redirected to the same server address, so that the key or token is never "
                  "sent to another address. Check the server address of this connection.")
            .arg(m_httpStatus);
    case Kind::Rejected:
        return tr("The server reported that the operation did not succeed.");
    }
    return QString();
}

bool ApiError::serverMessageIsCode() const
{
    // INVALID_TOKEN, EXPIRED_TOKEN: a code, not a sentence.
    static const QRegularExpression code(u"^[A-Z][A-Z0-9_]{2,63}$"_s);
    return code.match(m_serverMessage).hasMatch();
}

QString ApiError::message() const
{
    QString text = explanation();
    if (m_kind == Kind::Unauthorized && serverMessageIsCode())
        return text; // the code is in the explanation
    if (!m_serverMessage.isEmpty())
        text += u' ' + tr("Server message: %1").arg(m_serverMessage);
    else if (!m_detail.isEmpty())
        text += u' ' + tr("Details: %1").arg(m_detail);
    return text;
}

static QString flatten(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        // django-ninja/pydantic validation errors: [{"loc": [...], "msg": "..."}]
        QStringList parts;
        const QJsonArray array = v.toArray();
        for (const QJsonValue& item : array) {
            if (item.isObject() && item.toObject().contains(u"msg"_s)) {
                const QJsonObject o = item.toObject();
                QStringList loc;
                const QJsonArray locArray = o.value(u"loc"_s).toArray();
                for (const QJsonValue& l : locArray)
                    loc.append(l.isString() ? l.toString() : QString::number(l.toInt()));
                const QString msg = o.value(u"msg"_s).toString();
                parts.append(loc.isEmpty() ? msg : loc.join(u'.') + u": "_s + msg);
            } else {
                parts.append(flatten(item));
            }
        }
        return parts.join(u"; "_s);
    }
    if (v.isObject()) {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts.append(it.key() + u": "_s + flatten(it.value()));
        return parts.join(u"; "_s);
    }
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return QString();
}

QString ApiError::serverMessageFromBody(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return QString();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        static const QString keys[]
            = { u"detail"_s, u"error"_s, u"errors"_s, u"message"_s, u"errorMessage"_s };
        QString text;
        // 1. The server's own sentence: a string under one of the usual keys. The real 401 is
        //    {"error":{"value":1013,"name":"INVALID_TOKEN"},"message":"INVALID_TOKEN"}: its
        //    message, not the error object flattened.
        for (const QString& key : keys) {
            if (const QJsonValue v = o.value(key); v.isString() && !v.toString().trimmed().isEmpty()) {
                text = v.toString();
                break;
            }
        }
        // 2. A validation list (django-ninja's 422 {"detail":[{"type","loc","msg"}]}): each
        //    place and message.
        for (const QString& key : { u"detail"_s, u"errors"_s }) {
            if (text.isEmpty() && o.value(key).isArray())
                text = flatten(o.value(key));
        }
        // 3. An error object that names itself: its message, else its name.
        for (const QString& key : { u"error"_s, u"errors"_s }) {
            const QJsonObject e = o.value(key).toObject();
            for (const QString& field : { u"message"_s, u"msg"_s, u"name"_s, u"code"_s }) {
                if (text.isEmpty() && e.value(field).isString())
                    text = e.value(field).toString();
            }
        }
        // 4. Any other shape, written out as it is.
        for (const QString& key : keys) {
            if (text.isEmpty())
                text = flatten(o.value(key));
        }
        text = displaySafe(text);
        // A message is shown in banners and written to every failed row of a report: a
        // server that answers with megabytes of detail must not multiply them.
        if (text.size() > 1000)
            text = text.left(1000) + u"…"_s;
        return text;
    }
    // Not JSON (a proxy's HTML error page, say): keep a short, single-line, tag-free excerpt.
    QString text = QString::fromUtf8(body.left(4096));
    static const QRegularExpression blocks(u"<(script|style|head)[^>]*>.*?</\\1>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    text.remove(blocks);
    text.replace(tags, u" "_s);
    text.replace(u"&nbsp;"_s, u" "_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&amp;"_s, u"&"_s);
    text = displaySafe(text).simplified();
    if (text.size() > 300)
        text = text.left(300) + u"…"_s;
    return text;
}

} // namespace Alli
