#include "alliclient.h"
#include "datetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimeZone>

#include <algorithm>
#include <cstring>
#include <limits>

Q_LOGGING_CATEGORY(lcAlliApi, "alli.api", QtInfoMsg)

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{
    // Hops of a same-origin redirect followed for one read.
    constexpr int kMaxRedirects = 5;
} // namespace

namespace
{

    // The body of a request that must never be sent twice (a POST). Qt's HTTP/1 channel silently
    // resends a request whose connection closes before the answer (QTBUG-style "reconnect attempts"),
    // also for POST, as long as it can rewind the body. This device cannot be rewound once Qt has
    // read from it, so a lost answer ends the attempt with ContentReSendError instead of a duplicate
    // change; the caller then treats the outcome as unknown. Our own retries (429, refused
    // connections) build a new device.
    class OneShotBody final : public QIODevice
    {
    public:
        explicit OneShotBody(const QByteArray& data, QObject* parent = nullptr)
            : QIODevice(parent)
            , m_data(data)
        {
            open(QIODevice::ReadOnly);
        }
        bool isSequential() const override { return false; }
        qint64 size() const override { return m_data.size(); }
        bool reset() override
        {
            if (m_read)
                return false;
            return QIODevice::reset();
        }
        bool seek(qint64 pos) override
        {
            if (m_read && pos != QIODevice::pos())
                return false;
            return QIODevice::seek(pos);
        }

    protected:
        qint64 readData(char* out, qint64 max) override
        {
            const qint64 at = pos();
            const qint64 n = std::min<qint64>(max, m_data.size() - at);
            if (n <= 0)
                return at >= m_data.size() ? -1 : 0;
            std::memcpy(out, m_data.constData() + at, size_t(n));
            m_read = true;
            return n;
        }
        qint64 writeData(const char*, qint64) override { return -1; }

    private:
        const QByteArray m_data;
        bool m_read = false;
    };

    QString segment(const QString& value)
    {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    }

    QByteArray compactJson(const QJsonObject& o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    template<typename T>
    std::optional<QList<T>> listUnder(JsonReader& r, QStringView key, std::optional<T> (*parse)(JsonReader&))
    {
        if (!r.expectObject())
            return std::nullopt;
        QList<T> items = r.requiredList<T>(key, parse);
        if (!r.ok())
            return std::nullopt;
        return items;
    }

    template<typename T>
    std::optional<T> objectUnder(JsonReader& r, QStringView key, std::optional<T> (*parse)(JsonReader&))
    {
        if (!r.expectObject())
            return std::nullopt;
        JsonReader child = r.at(key);
        return parse(child);
    }

    QJsonArray membersArray(const QList<MemberMetadata>& members)
    {
        QJsonArray array;
        for (const MemberMetadata& m : members)
            array.append(m.toJson());
        return array;
    }

    bool isIdempotent(ApiReply::Method method)
    {
        return method == ApiReply::Method::Get || method == ApiReply::Method::Put;
    }

} // namespace

AlliClient::AlliClient(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
{
}

AlliClient::~AlliClient()
{
    cancelAll();
}

void AlliClient::setConnection(const ConnectionSettings& settings)
{
    m_settings = settings;
    m_redactor.setKnownSecrets({ settings.secret });
    m_extraCaCertificates = settings.caFile.isEmpty() ? QList<QSslCertificate>()
                                                      : ConnectionSettings::loadCaFile(settings.caFile);
}

void AlliClient::setMaxInFlight(int n)
{
    m_maxInFlight = std::max(1, n);
    pump();
}

void AlliClient::cancelAll()
{
    // Queued calls first, so that aborting those in flight does not start them.
    const auto queued = m_queue;
    for (const QPointer<ApiReply>& reply : queued) {
        if (reply)
            reply->cancel();
    }
    const auto active = m_active;
    for (const QPointer<ApiReply>& reply : active) {
        if (reply)
            reply->cancel();
    }
}

template<typename T, typename Parser>
TypedReply<T>* AlliClient::makeReply(
    const QString& operationId, ApiReply::Method method, const QString& path, Parser parser)
{
    auto* reply = new TypedReply<T>(operationId, method, path, typename TypedReply<T>::Parser(parser));
    reply->m_client = this;
    reply->m_id = m_nextId++;
    connect(&reply->m_timeoutTimer, &QTimer::timeout, this, [this, reply] { onTimeout(reply); });
    connect(&reply->m_retryTimer, &QTimer::timeout, this, [this, reply] {
        reply->m_queued = true;
        m_queue.append(reply);
        pump();
    });
    return reply;
}

void AlliClient::enqueue(ApiReply* reply)
{
    m_active.append(reply);
    if (!m_nam) {
        ApiError e(ApiError::Kind::InvalidSettings);
        e.setDetail(u"no network access manager"_s);
        finish(reply, e, true);
        return;
    }
    const QString problem = m_settings.validationError();
    if (!problem.isEmpty()) {
        ApiError e(ApiError::Kind::InvalidSettings);
        e.setDetail(problem);
        finish(reply, e, true);
        return;
    }
    reply->m_queued = true;
    m_queue.append(reply);
    updateBusy();
    // Start from the event loop, so that the caller connects to finished() first.
    QMetaObject::invokeMethod(this, &AlliClient::pump, Qt::QueuedConnection);
}

void AlliClient::pump()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        QPointer<ApiReply> next = m_queue.takeFirst();
        if (!next || next->m_finished)
            continue;
        next->m_queued = false;
        startAttempt(next);
    }
}

QNetworkRequest AlliClient::buildRequest(const ApiReply* reply) const
{
    QUrl url = m_settings.baseUrl();
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + reply->m_path, QUrl::TolerantMode);
    url.setQuery(reply->m_query);
    if (reply->m_redirectedUrl.isValid())
        url = reply->m_redirectedUrl; // same scheme, host and port: checked before following

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QByteArrayLiteral("AlliAdmin/"
                          "0.1"));
    if (reply->m_method == ApiReply::Method::Post || reply->m_method == ApiReply::Method::Put)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (m_settings.authMethod == ConnectionSettings::AuthMethod::ApiKey)
        request.setRawHeader("API-KEY", m_settings.secret.toLatin1());
    else
        request.setRawHeader("Authorization", "Bearer " + m_settings.secret.toLatin1());
    // Plain ASCII (validationError() refuses anything else before a request is made).
    if (!m_settings.projectId.isEmpty())
        request.setRawHeader(m_settings.projectIdHeader, m_settings.projectId.toLatin1());
    if (!m_settings.agentEmail.isEmpty())
        request.setRawHeader("AGENT-EMAIL", m_settings.agentEmail.toLatin1());
    if (!m_settings.userEmail.isEmpty())
        request.setRawHeader("USER-EMAIL", m_settings.userEmail.toLatin1());
    if (!m_settings.ownUserId.isEmpty())
        request.setRawHeader("OWN-USER-ID", ConnectionSettings::encodeHeaderValue(m_settings.ownUserId));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!m_extraCaCertificates.isEmpty()) {
        // The company's roots in addition to the system's: never instead of them.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    // Qt 6 follows redirects that are "no less safe" by default, headers included: the key would
    // reach whatever host a 3xx names. Qt follows none; onAttemptFinished() follows a read's
    // redirect to the same origin only, and the error names both addresses of any other.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

void AlliClient::startAttempt(ApiReply* reply)
{
    ++reply->m_attempts;
    reply->m_timedOut = false;
    reply->m_tooLarge = false;
    const QNetworkRequest request = buildRequest(reply);
    QNetworkReply* network = nullptr;
    switch (reply->m_method) {
    case ApiReply::Method::Get:
        network = m_nam->get(request);
        break;
    case ApiReply::Method::Post: {
        QNetworkRequest once(request);
        once.setHeader(QNetworkRequest::ContentLengthHeader, reply->m_body.size());
        once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBody(reply->m_body);
        network = m_nam->post(once, body);
        body->setParent(network);
        break;
    }
    case ApiReply::Method::Put:
        network = m_nam->put(request, reply->m_body);
        break;
    case ApiReply::Method::Delete:
        network = m_nam->deleteResource(request);
        break;
    }
    reply->m_network = network;
    reply->m_attemptStarted = QDateTime::currentDateTime();
    reply->m_attemptClock.start();
    ++m_inFlight;
    updateBusy();

    connect(network, &QNetworkReply::finished, reply, [this, reply] { onAttemptFinished(reply); });
    // Kept to say why the handshake failed; never ignored (no ignoreSslErrors anywhere).
    reply->m_sslErrors.clear();
    reply->m_peerChain.clear();
    connect(network, &QNetworkReply::sslErrors, reply, [reply, network](const QList<QSslError>& errors) {
        reply->m_sslErrors = errors;
        reply->m_peerChain = network->sslConfiguration().peerCertificateChain();
    });
    connect(network, &QNetworkReply::downloadProgress, reply, [this, reply](qint64 received, qint64) {
        if (reply->m_timeoutTimer.isActive())
            reply->m_timeoutTimer.start(m_timeoutMs);
        if (received > m_maxResponseBytes && reply->m_network) {
            reply->m_tooLarge = true;
            reply->m_network->abort();
        }
    });
    connect(network, &QNetworkReply::uploadProgress, reply, [this, reply](qint64, qint64) {
        if (reply->m_timeoutTimer.isActive())
            reply->m_timeoutTimer.start(m_timeoutMs);
    });
    if (m_timeoutMs > 0)
        reply->m_timeoutTimer.start(m_timeoutMs);
    // Qt's HTTP reply starts a request with a body from the event loop (a queued call, which
    // waits behind whatever this thread does next: a bulk run records the previous chunk's
    // results meanwhile), one without a body at once. A POST or PUT is started here as well:
    // Qt's network thread takes it up now (connection, request) and then only waits for this
    // thread to hand over the body, once back in the event loop (about 0.35 ms less per request
    // of a bulk run). Qt queues the errors of a start either way (as for a GET), and every
    // connection above is made. Only Qt's own reply: another (a test's fake network) may have
    // queued its answer, which must not arrive from here.
    if ((reply->m_method == ApiReply::Method::Post || reply->m_method == ApiReply::Method::Put)
        && network->inherits("QNetworkReplyHttpImpl"))
        QCoreApplication::sendPostedEvents(network, QEvent::MetaCall);
    qCDebug(lcAlliApi).noquote() << "start" << reply->methodName()
                                 << m_redactor.redactUrl(request.url()).toString() << "attempt"
                                 << reply->m_attempts;
}

void AlliClient::onTimeout(ApiReply* reply)
{
    if (!reply->m_network)
        return;
    reply->m_timedOut = true;
    reply->m_network->abort(); // emits finished(), handled in onAttemptFinished
}

namespace
{
    // The errors that mean "nobody we trust issued this certificate": what adding the company's CA
    // mends (the trust dialog) and what the message tells the user to do.
    bool isIssuerError(QSslError::SslError error)
    {
        switch (error) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            return true;
        default:
            return false;
        }
    }
} // namespace

bool AlliClient::isUntrustedIssuer(const QList<QSslError>& errors)
{
    return std::any_of(
        errors.cbegin(), errors.cend(), [](const QSslError& e) { return isIssuerError(e.error()); });
}

QString AlliClient::tlsReason(const QList<QSslError>& errors)
{
    // The first error that says what to do about it, in words, with the certificate's names.
    for (const QSslError& e : errors) {
        const QSslCertificate& c = e.certificate();
        const QString subject = c.subjectInfo(QSslCertificate::CommonName).join(u", "_s);
        const QString issuer = c.issuerInfo(QSslCertificate::CommonName).join(u", "_s);
        if (isIssuerError(e.error()))
            return tr("the issuer of the server's certificate (%1, issued by %2) is not trusted: add the "
                      "company's CA "
                      "certificate (PEM) to the connection")
                .arg(subject, issuer);
        switch (e.error()) {
        case QSslError::CertificateExpired:
            return tr("the server's certificate (%1) expired on %2")
                .arg(subject, shortDateTime(c.expiryDate()));
        case QSslError::CertificateNotYetValid:
            return tr("the server's certificate (%1) is not valid before %2")
                .arg(subject, shortDateTime(c.effectiveDate()));
        case QSslError::HostNameMismatch: {
            const auto names = c.subjectAlternativeNames();
            const QStringList hosts = names.values(QSsl::DnsEntry) + names.values(QSsl::IpAddressEntry);
            return tr("the server's certificate is for %1, not for this address")
                .arg(hosts.isEmpty() ? subject : hosts.join(u", "_s));
        }
        case QSslError::CertificateRevoked:
            return tr("the server's certificate (%1) has been revoked").arg(subject);
        default:
            break;
        }
    }
    return errors.isEmpty() ? QString() : errors.first().errorString();
}

bool AlliClient::neverReachedServer(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

std::optional<int> AlliClient::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    // Capped, so that seconds * 1000 still fits an int: any wait that long ends the call anyway.
    constexpr qint64 kMaxSeconds = std::numeric_limits<int>::max() / 1000;
    bool isNumber = false;
    const qlonglong seconds = v.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional<int>(int(std::min<qint64>(seconds, kMaxSeconds))) : std::nullopt;
    if (v.size() > 64)
        return std::nullopt; // no date is that long
    QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid()) {
        // RFC 9110 IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
        QString text = QString::fromLatin1(v);
        if (text.endsWith(u" GMT"_s))
            text.chop(4);
        when = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss"_s);
        when.setTimeSpec(Qt::UTC);
    }
    if (!when.isValid())
        return std::nullopt;
    return int(std::clamp<qint64>(now.secsTo(when), 0, kMaxSeconds));
}

int AlliClient::backoffDelayMs(int attempt) const
{
    // Capped exponential backoff with jitter in [delay/2, delay].
    qint64 delay = qint64(m_retry.baseDelayMs) << std::min(attempt - 1, 20);
    delay = std::min<qint64>(delay, m_retry.maxDelayMs);
    const qint64 half = delay / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}

void AlliClient::onAttemptFinished(ApiReply* reply)
{
    QNetworkReply* network = reply->m_network;
    if (!network)
        return;
    reply->m_network = nullptr;
    reply->m_timeoutTimer.stop();
    network->disconnect(reply);
    network->deleteLater();
    --m_inFlight;

    const QVariant statusAttr = network->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QByteArray body = network->isOpen() ? network->readAll() : QByteArray();
    const QNetworkReply::NetworkError networkError = network->error();
    reply->m_httpStatus = status;
    reply->m_responseBody = body;
    const bool idempotent = isIdempotent(reply->m_method);

    ApiError error;
    bool retryable = false;
    if (reply->m_cancelled) {
        error = ApiError(ApiError::Kind::Cancelled);
        error.setMayHaveReachedServer(!idempotent);
    } else if (reply->m_tooLarge) {
        error = ApiError::malformed(
            QString(), u"the response is larger than the limit of %1 bytes"_s.arg(m_maxResponseBytes));
    } else if (reply->m_timedOut) {
        error = ApiError(ApiError::Kind::Timeout, status);
        error.setDetail(u"no data for %1 ms"_s.arg(m_timeoutMs));
        error.setMayHaveReachedServer(true);
        retryable = idempotent;
    } else if (networkError == QNetworkReply::ProxyAuthenticationRequiredError) {
        // The proxy wants a login nobody gave (AppController asks the user once): nothing
        // reached the server. Once a login was given this session, the request is sent once more
        // at once: Qt may have tried a mistyped login it cached while the admin corrected it
        // (each HTTPS tunnel logs in on its own). Otherwise it would only meet the same 407.
        error = ApiError(ApiError::Kind::Network);
        error.setDetail(u"the proxy asks for a login (HTTP 407) and none was accepted"_s);
        error.setMayHaveReachedServer(false);
        if (m_proxyLoginsGiven > 0 && !reply->m_proxyRetried) {
            reply->m_proxyRetried = true;
            retryable = true;
            error.setRetryAfterSeconds(0);
        }
    } else if (status == 0) {
        const bool tls = networkError == QNetworkReply::SslHandshakeFailedError;
        error = ApiError(tls ? ApiError::Kind::Tls : ApiError::Kind::Network);
        // ContentReSendError: the connection closed before the answer and the body (OneShotBody)
        // could not be sent again; whether the server acted on it is unknown.
        error.setDetail(networkError == QNetworkReply::ContentReSendError
                ? u"the connection was closed before the answer arrived"_s
                : (tls && !reply->m_sslErrors.isEmpty()) ? tlsReason(reply->m_sslErrors)
                                                         : network->errorString());
        const bool never = neverReachedServer(networkError);
        error.setMayHaveReachedServer(!never && !tls);
        retryable = !tls && (never || idempotent);
    } else if (status >= 200 && status < 300) {
        error = reply->parseResponse(body);
    } else if (status >= 300 && status < 400) {
        // The credentials stay with the configured server: only a read (GET) redirected to the
        // same scheme, host and port (never a downgrade to HTTP, never another host) is followed,
        // a few hops at most. A change (POST, PUT, DELETE) is never sent again to another
        // address, and any other redirect is reported with both addresses.
        const QUrl from = network->url();
        const QUrl to = from.resolved(QUrl::fromEncoded(network->rawHeader("Location")));
        const bool sameOrigin = to.isValid() && to.scheme() == from.scheme() && to.host() == from.host()
            && to.port(from.scheme() == u"https"_s ? 443 : 80)
                == from.port(from.scheme() == u"https"_s ? 443 : 80)
            && to.userInfo().isEmpty();
        const bool followable
            = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
        if (sameOrigin && followable && reply->m_method == ApiReply::Method::Get
            && reply->m_redirects < kMaxRedirects && !reply->m_cancelled) {
            // The hop is in the activity log as what it is: an answer, not a failure.
            recordActivity(reply, network->request(), ApiError());
            ++reply->m_redirects;
            reply->m_redirectedUrl = to;
            --reply->m_attempts; // a hop is not another attempt
            startAttempt(reply);
            return;
        }
        error = ApiError(ApiError::Kind::Redirected, status);
        error.setDetail(u"%1 → %2"_s.arg(m_redactor.redactText(from.toDisplayString(QUrl::RemoveUserInfo)),
            m_redactor.redactText(to.toDisplayString(QUrl::RemoveUserInfo))));
    } else {
        error = ApiError(ApiError::kindForStatus(status), status, ApiError::serverMessageFromBody(body));
        if (network->hasRawHeader("Retry-After")) {
            if (std::optional<int> s
                = parseRetryAfter(network->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()))
                error.setRetryAfterSeconds(*s);
        }
        if (status == 429) {
            retryable = true; // rate-limited: the server refused the request without acting on it
        } else if (status == 500 || status == 502 || status == 503 || status == 504) {
            // A server or gateway error says nothing about whether the backend applied a change
            // (a 503 may come from a proxy after the backend received the request): only reads
            // are sent again here; a bulk run looks the rows up and resends what was not applied.
            retryable = idempotent;
            error.setMayHaveReachedServer(!idempotent);
        }
    }

    recordActivity(reply, network->request(), error);
    if (error.kind() == ApiError::Kind::Tls && isUntrustedIssuer(reply->m_sslErrors))
        emit certificateNotTrusted(network->url(), reply->m_peerChain);

    if (retryable && reply->m_attempts < m_retry.maxAttempts) {
        const qint64 retryAfterMs
            = error.retryAfterSeconds() >= 0 ? qint64(error.retryAfterSeconds()) * 1000 : -1;
        if (retryAfterMs <= m_retry.maxRetryAfterMs) {
            const int delay = retryAfterMs >= 0 ? int(retryAfterMs) : backoffDelayMs(reply->m_attempts);
            qCInfo(lcAlliApi).noquote() << reply->methodName() << reply->m_path << "will retry in" << delay
                                        << "ms:" << error.explanation();
            reply->m_retryTimer.start(delay);
            emit reply->retryScheduled(reply->m_attempts + 1, delay, error);
            pump();
            return;
        }
    }
    finish(reply, error, reply->m_cancelled);
    pump();
}

void AlliClient::cancelReply(ApiReply* reply)
{
    if (reply->m_finished)
        return;
    if (reply->m_network) {
        reply->m_network->abort(); // onAttemptFinished sees m_cancelled
        return;
    }
    reply->m_retryTimer.stop();
    m_queue.removeAll(reply);
    finish(reply, ApiError(ApiError::Kind::Cancelled), true);
}

void AlliClient::finish(ApiReply* reply, const ApiError& error, bool queued)
{
    if (reply->m_finished)
        return;
    reply->m_finished = true;
    reply->m_error = error;
    reply->m_timeoutTimer.stop();
    reply->m_retryTimer.stop();
    m_active.removeAll(reply);
    updateBusy();
    auto emitFinished = [reply] {
        emit reply->finished();
        if (reply->m_autoDelete)
            reply->deleteLater();
    };
    if (queued)
        QMetaObject::invokeMethod(reply, emitFinished, Qt::QueuedConnection);
    else
        emitFinished();
}

void AlliClient::recordActivity(const ApiReply* reply, const QNetworkRequest& request, const ApiError& error)
{
    ActivityRecord record;
    record.requestId = reply->m_id;
    record.attempt = reply->m_attempts;
    record.started = reply->m_attemptStarted;
    record.durationMs = reply->m_attemptClock.elapsed();
    record.operationId = reply->m_operationId;
    record.method = reply->methodName();
    record.url = m_redactor.redactUrl(request.url());
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray& name : names)
        record.requestHeaders.append({ name, m_redactor.redactHeaderValue(name, request.rawHeader(name)) });
    record.httpStatus = reply->m_httpStatus;
    if (m_activityBodies) {
        record.requestBody = m_redactor.redactBody(reply->m_body);
        constexpr qsizetype kMaxLoggedBody = 1024 * 1024;
        record.responseBody = m_redactor.redactBody(reply->m_responseBody.left(kMaxLoggedBody));
    }
    record.error = error;

    qCInfo(lcAlliApi).noquote() << record.method << record.url.toString() << "->"
                                << (record.httpStatus ? QString::number(record.httpStatus) : u"no answer"_s)
                                << u"%1 ms"_s.arg(record.durationMs)
                                << (error.isError() ? m_redactor.redactText(error.message()) : QString());
    emit activityRecorded(record);
}

void AlliClient::updateBusy()
{
    const bool busy = !m_active.isEmpty();
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

// ---- The 21 operations -------------------------------------------------------------------

TypedReply<QList<AgentResponse>>* AlliClient::listAgents(int offset, int limit, const QString& email)
{
    auto* reply
        = makeReply<QList<AgentResponse>>(u"listAgents"_s, ApiReply::Method::Get, u"/webapi/v2/agents"_s,
            [](JsonReader& r) { return listUnder<AgentResponse>(r, u"agents", AgentResponse::fromJson); });
    reply->m_query.addQueryItem(u"offset"_s, QString::number(offset));
    reply->m_query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!email.isEmpty())
        reply->m_query.addQueryItem(u"email"_s, QString::fromLatin1(QUrl::toPercentEncoding(email)));
    enqueue(reply);
    return reply;
}

TypedReply<AgentResponse>* AlliClient::getAgent(const QString& agentId)
{
    auto* reply = makeReply<AgentResponse>(u"getAgent"_s, ApiReply::Method::Get,
        u"/webapi/v2/agents/"_s + segment(agentId), AgentResponse::fromJson);
    enqueue(reply);
    return reply;
}

TypedReply<AgentManagementResult>* AlliClient::manageAgent(const AgentManagementRequest& request)
{
    return manageAgentBody(compactJson(request.toJson()));
}

TypedReply<AgentManagementResult>* AlliClient::manageAgentBody(const QByteArray& body)
{
    auto* reply = makeReply<AgentManagementResult>(u"manageAgent"_s, ApiReply::Method::Post,
        u"/webapi/agent_management"_s, AgentManagementResult::fromJson);
    reply->m_body = body;
    enqueue(reply);
    return reply;
}

TypedReply<BulkUserResponse>* AlliClient::bulkUsers(const BulkUserRequest& request)
{
    return bulkUsersBody(compactJson(request.toJson()));
}

TypedReply<BulkUserResponse>* AlliClient::bulkUsersBody(const QByteArray& body)
{
    auto* reply = makeReply<BulkUserResponse>(
        u"bulkUsers"_s, ApiReply::Method::Post, u"/webapi/v2/users/bulk"_s, BulkUserResponse::fromJson);
    reply->m_body = body;
    enqueue(reply);
    return reply;
}

TypedReply<User>* AlliClient::getUser(const QString& ownUserId)
{
    auto* reply = makeReply<User>(
        u"getUser"_s, ApiReply::Method::Get, u"/webapi/v2/user/"_s + segment(ownUserId), User::fromJson);
    enqueue(reply);
    return reply;
}

TypedReply<BulkMemberResponse>* AlliClient::inviteMembers(const QList<MemberMetadata>& members)
{
    return bulkMembersBody(
        u"/webapi/v2/members/bulk/invite"_s, compactJson({ { u"members"_s, membersArray(members) } }));
}

TypedReply<BulkMemberResponse>* AlliClient::updateMemberGroups(const QList<MemberMetadata>& members)
{
    return bulkMembersBody(u"/webapi/v2/members/bulk/update_permission_groups"_s,
        compactJson({ { u"members"_s, membersArray(members) } }));
}

TypedReply<BulkMemberResponse>* AlliClient::removeMembers(const QList<MemberMetadata>& members)
{
    return bulkMembersBody(
        u"/webapi/v2/members/bulk/remove"_s, compactJson({ { u"members"_s, membersArray(members) } }));
}

TypedReply<BulkMemberResponse>* AlliClient::bulkMembersBody(const QString& path, const QByteArray& body)
{
    static const QHash<QString, QString> operationIds { { u"/webapi/v2/members/bulk/invite"_s,
                                                            u"inviteMembers"_s },
        { u"/webapi/v2/members/bulk/update_permission_groups"_s, u"updateMemberGroups"_s },
        { u"/webapi/v2/members/bulk/remove"_s, u"removeMembers"_s } };
    Q_ASSERT(operationIds.contains(path));
    auto* reply = makeReply<BulkMemberResponse>(
        operationIds.value(path), ApiReply::Method::Post, path, BulkMemberResponse::fromJson);
    reply->m_body = body;
    enqueue(reply);
    return reply;
}

TypedReply<QList<PermissionGroupResponse>>* AlliClient::listPermissionGroups(
    const QString& searchTerm, int offset, int limit)
{
    auto* reply = makeReply<QList<PermissionGroupResponse>>(u"listPermissionGroups"_s, ApiReply::Method::Get,
        u"/webapi/v2/permission_groups"_s, [](JsonReader& r) {
            return listUnder<PermissionGroupResponse>(
                r, u"permissionGroups", PermissionGroupResponse::fromJson);
        });
    if (!searchTerm.isEmpty())
        reply->m_query.addQueryItem(
            u"search_term"_s, QString::fromLatin1(QUrl::toPercentEncoding(searchTerm)));
    reply->m_query.addQueryItem(u"limit"_s, QString::number(limit));
    reply->m_query.addQueryItem(u"offset"_s, QString::number(offset));
    enqueue(reply);
    return reply;
}

TypedReply<PermissionGroupDetailResponse>* AlliClient::createPermissionGroup(
    const CreatePermissionGroupRequest& request)
{
    auto* reply = makeReply<PermissionGroupDetailResponse>(u"createPermissionGroup"_s, ApiReply::Method::Post,
        u"/webapi/v2/permission_groups"_s, PermissionGroupDetailResponse::fromJson);
    reply->m_body = compactJson(request.toJson());
    enqueue(reply);
    return reply;
}

TypedReply<PermissionGroupDetailResponse>* AlliClient::getPermissionGroup(const QString& groupId)
{
    auto* reply = makeReply<PermissionGroupDetailResponse>(u"getPermissionGroup"_s, ApiReply::Method::Get,
        u"/webapi/v2/permission_groups/"_s + segment(groupId), PermissionGroupDetailResponse::fromJson);
    enqueue(reply);
    return reply;
}

TypedReply<Acknowledgement>* AlliClient::deletePermissionGroup(const QString& groupId)
{
    auto* reply = makeReply<Acknowledgement>(u"deletePermissionGroup"_s, ApiReply::Method::Delete,
        u"/webapi/v2/permission_groups/"_s + segment(groupId), Acknowledgement::fromJson);
    enqueue(reply);
    return reply;
}

TypedReply<QList<AgentResponse>>* AlliClient::listPermissionGroupAgents(const QString& groupId)
{
    auto* reply = makeReply<QList<AgentResponse>>(u"listPermissionGroupAgents"_s, ApiReply::Method::Get,
        u"/webapi/v2/permission_groups/"_s + segment(groupId) + u"/agents"_s,
        [](JsonReader& r) -> std::optional<QList<AgentResponse>> {
            QList<AgentResponse> agents = r.elements<AgentResponse>(AgentResponse::fromJson);
            if (!r.ok())
                return std::nullopt;
            return agents;
        });
    enqueue(reply);
    return reply;
}

TypedReply<PermissionGroupDetailResponse>* AlliClient::renamePermissionGroup(
    const QString& groupId, const QString& name)
{
    auto* reply = makeReply<PermissionGroupDetailResponse>(u"renamePermissionGroup"_s, ApiReply::Method::Put,
        u"/webapi/v2/permission_groups/"_s + segment(groupId) + u"/name"_s,
        PermissionGroupDetailResponse::fromJson);
    reply->m_body = compactJson({ { u"name"_s, name } });
    enqueue(reply);
    return reply;
}

TypedReply<PermissionGroupDetailResponse>* AlliClient::updatePermissionGroupPermissions(
    const QString& groupId, const QList<Permission>& permissions)
{
    auto* reply = makeReply<PermissionGroupDetailResponse>(u"updatePermissionGroupPermissions"_s,
        ApiReply::Method::Put, u"/webapi/v2/permission_groups/"_s + segment(groupId) + u"/permissions"_s,
        PermissionGroupDetailResponse::fromJson);
    QJsonArray names;
    for (Permission p : permissions)
        names.append(permissionName(p));
    reply->m_body = compactJson({ { u"permissions"_s, names } });
    enqueue(reply);
    return reply;
}

TypedReply<QList<SingleActionAppTool>>* AlliClient::listSingleActionAppTools()
{
    auto* reply = makeReply<QList<SingleActionAppTool>>(u"listSingleActionAppTools"_s, ApiReply::Method::Get,
        u"/webapi/agent_builder/single_action_app_tools"_s, [](JsonReader& r) {
            return listUnder<SingleActionAppTool>(r, u"tools", SingleActionAppTool::fromJson);
        });
    enqueue(reply);
    return reply;
}

TypedReply<SingleActionAppTool>* AlliClient::getSingleActionAppTool(const QString& toolName)
{
    auto* reply = makeReply<SingleActionAppTool>(u"getSingleActionAppTool"_s, ApiReply::Method::Get,
        u"/webapi/agent_builder/single_action_app_tool/"_s + segment(toolName), [](JsonReader& r) {
            return objectUnder<SingleActionAppTool>(r, u"tool", SingleActionAppTool::fromJson);
        });
    enqueue(reply);
    return reply;
}

TypedReply<QList<AgentTool>>* AlliClient::listAgentTools()
{
    auto* reply = makeReply<QList<AgentTool>>(u"listAgentTools"_s, ApiReply::Method::Get,
        u"/webapi/agent_builder/agent_tools"_s,
        [](JsonReader& r) { return listUnder<AgentTool>(r, u"tools", AgentTool::fromJson); });
    enqueue(reply);
    return reply;
}

TypedReply<AgentTool>* AlliClient::getAgentTool(const QString& toolName)
{
    auto* reply = makeReply<AgentTool>(u"getAgentTool"_s, ApiReply::Method::Get,
        u"/webapi/agent_builder/agent_tool/"_s + segment(toolName),
        [](JsonReader& r) { return objectUnder<AgentTool>(r, u"tool", AgentTool::fromJson); });
    enqueue(reply);
    return reply;
}

TypedReply<OAuth2Information>* AlliClient::getOAuth2Information(const QString& state)
{
    auto* reply = makeReply<OAuth2Information>(u"getOAuth2Information"_s, ApiReply::Method::Post,
        u"/webapi/agent_builder/oauth2_information"_s, [](JsonReader& r) {
            return objectUnder<OAuth2Information>(r, u"oauth2_info", OAuth2Information::fromJson);
        });
    reply->m_body = compactJson({ { u"state"_s, state } });
    enqueue(reply);
    return reply;
}

TypedReply<Acknowledgement>* AlliClient::updateOAuth2Information(const OAuth2TokenUpdate& update)
{
    auto* reply = makeReply<Acknowledgement>(u"updateOAuth2Information"_s, ApiReply::Method::Post,
        u"/webapi/agent_builder/oauth2_information/update"_s, Acknowledgement::fromJson);
    reply->m_body = compactJson(update.toJson());
    enqueue(reply);
    return reply;
}

} // namespace Alli
