#include "apireply.h"

#include "alliclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

ApiReply::ApiReply(QString operationId, Method method, QString path, QObject* parent)
    : QObject(parent)
    , m_operationId(std::move(operationId))
    , m_method(method)
    , m_path(std::move(path))
{
    m_timeoutTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
}

ApiReply::~ApiReply()
{
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
}

QByteArray ApiReply::methodName() const
{
    switch (m_method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArray();
}

void ApiReply::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_client)
        m_client->cancelReply(this);
}

ApiError ApiReply::problemToError(const JsonReader::Problem& problem)
{
    QString detail;
    switch (problem.kind) {
    case JsonReader::Problem::Kind::Missing:
        detail = u"missing"_s;
        break;
    case JsonReader::Problem::Kind::WrongType:
        detail = u"expected "_s + problem.expected;
        break;
    case JsonReader::Problem::Kind::InvalidValue:
        detail = u"unexpected value \""_s + problem.expected + u'"';
        break;
    }
    return ApiError::malformed(problem.path.isEmpty() ? u"(document)"_s : problem.path, detail);
}

ApiError ApiReply::parseResponse(const QByteArray& body)
{
    QJsonValue document = QJsonValue::Undefined;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
        if (err.error != QJsonParseError::NoError) {
            return ApiError::malformed(
                QString(), u"not valid JSON: %1 at byte %2"_s.arg(err.errorString()).arg(err.offset));
        }
        if (doc.isObject())
            document = doc.object();
        else if (doc.isArray())
            document = doc.array();
        // A 2xx answer that says it failed is not a success, whatever the schema.
        if (doc.isObject() && doc.object().value(u"success"_s) == QJsonValue(false))
            return ApiError(ApiError::Kind::Rejected, m_httpStatus, ApiError::serverMessageFromBody(body));
    }
    return parseBody(document);
}

} // namespace Alli
