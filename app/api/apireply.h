#pragma once
// One object per API call (the ownCloud/KDE job contract): the client schedules it, it never
// blocks, it emits finished() exactly once with either a typed value or a typed ApiError, and it
// can be cancelled at any time. By default it deletes itself after finished().

#include "apierror.h"
#include "jsonreader.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkReply;

namespace Alli
{

class AlliClient;

class ApiReply : public QObject
{
    Q_OBJECT
public:
    enum class Method { Get, Post, Put, Delete };
    Q_ENUM(Method)

    ~ApiReply() override;

    QString operationId() const { return m_operationId; }
    Method method() const { return m_method; }
    QByteArray methodName() const;
    QString path() const { return m_path; }
    quint64 id() const { return m_id; }

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray responseBody() const { return m_responseBody; }
    int attempts() const { return m_attempts; }

    // Stops the call. finished() follows (queued) with ApiError::Kind::Cancelled unless the
    // reply had already finished. A POST already sent may still have been applied.
    void cancel();

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

Q_SIGNALS:
    void finished();
    // A failed attempt will be repeated after delayMs.
    void retryScheduled(int nextAttempt, int delayMs, const Alli::ApiError& reason);

protected:
    ApiReply(QString operationId, Method method, QString path, QObject* parent = nullptr);
    // Parses a 2xx body into the typed value; returns the malformed-response error if any.
    virtual ApiError parseBody(const QJsonValue& document) = 0;
    static ApiError problemToError(const JsonReader::Problem& problem);

private:
    friend class AlliClient;

    ApiError parseResponse(const QByteArray& body);

    // Request
    QString m_operationId;
    Method m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    quint64 m_id = 0;
    // A same-origin redirect of a read being followed (AlliClient::onAttemptFinished).
    QUrl m_redirectedUrl;
    int m_redirects = 0;
    bool m_proxyRetried = false; // sent once more after the proxy refused it (407)

    // State, driven by AlliClient
    QPointer<AlliClient> m_client;
    QPointer<QNetworkReply> m_network;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptClock;
    QDateTime m_attemptStarted;
    int m_attempts = 0;
    bool m_queued = false;
    bool m_timedOut = false;
    QList<QSslError> m_sslErrors; // of the current attempt
    QList<QSslCertificate> m_peerChain; // what the server presented, when its handshake failed
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_autoDelete = true;

    // Result
    ApiError m_error;
    int m_httpStatus = 0;
    QByteArray m_responseBody;
};

template<typename T> class TypedReply final : public ApiReply
{
public:
    using Parser = std::function<std::optional<T>(JsonReader&)>;

    TypedReply(QString operationId, Method method, QString path, Parser parser)
        : ApiReply(std::move(operationId), method, std::move(path))
        , m_parser(std::move(parser))
    {
    }

    // Valid once finished() was emitted with ok() == true.
    const T& value() const { return m_value; }

protected:
    ApiError parseBody(const QJsonValue& document) override
    {
        JsonReader reader(document);
        std::optional<T> parsed = m_parser(reader);
        if (!reader.ok())
            return problemToError(*reader.problem());
        if (!parsed)
            return ApiError::malformed(QString(), QString());
        m_value = std::move(*parsed);
        return ApiError();
    }

private:
    Parser m_parser;
    T m_value {};
};

} // namespace Alli
