#include "demoserver.h"

#include "demohttpserver.h"
#include "demolog.h"
#include "demostate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutexLocker>
#include <QSslConfiguration>
#include <QSslKey>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Demo
{

Q_LOGGING_CATEGORY(lcDemo, "alli.demo")

DemoServer::DemoServer(DemoOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

DemoServer::~DemoServer()
{
    stop();
}

bool DemoServer::start()
{
    if (m_thread)
        return true;
    m_errorString.clear();

    QElapsedTimer timer;
    timer.start();
    m_state = std::make_shared<DemoState>(m_options);
    qCInfo(lcDemo) << "seeded" << m_options.agentCount << "agents in" << timer.elapsed() << "ms";

    m_thread = new QThread;
    m_thread->setObjectName(u"alli-demo-server"_s);
    m_http = new DemoHttpServer(m_state);
    m_http->moveToThread(m_thread);
    // The server and its sockets must die in the thread they live in.
    connect(m_thread, &QThread::finished, m_http, &QObject::deleteLater);
    m_thread->start();

    quint16 port = 0;
    QString error;
    std::optional<QSslConfiguration> tls;
    if (!m_options.tlsCertFile.isEmpty() || !m_options.tlsKeyFile.isEmpty()) {
        tls = tlsConfiguration(&error);
        if (!tls) {
            m_errorString = error;
            stop();
            return false;
        }
    }
    DemoHttpServer* http = m_http;
    const quint16 wanted = m_options.port;
    const QSslConfiguration* tlsPointer = tls ? &*tls : nullptr;
    QMetaObject::invokeMethod(
        m_http,
        [http, wanted, &port, &error, tlsPointer] {
            port = http->listenOnLoopback(wanted, &error, tlsPointer);
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        m_errorString = error.isEmpty() ? u"Could not listen on 127.0.0.1"_s : error;
        qCWarning(lcDemo) << "cannot listen:" << m_errorString;
        stop();
        return false;
    }
    m_port = port;
    qCInfo(lcDemo) << "listening on" << baseUrl().toString() << "after" << timer.elapsed() << "ms";
    return true;
}

void DemoServer::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_http = nullptr;
    m_port = 0;
}

bool DemoServer::isRunning() const
{
    return m_thread != nullptr;
}

QString DemoServer::errorString() const
{
    return m_errorString;
}

std::optional<QSslConfiguration> DemoServer::tlsConfiguration(QString* error) const
{
    QFile certFile(m_options.tlsCertFile);
    QFile keyFile(m_options.tlsKeyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the TLS certificate or key file"_s;
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyData = keyFile.readAll();
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = u"the TLS certificate (PEM) or private key (RSA or EC, PEM, unencrypted) is not valid"_s;
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for a certificate
    return tls;
}

QUrl DemoServer::baseUrl() const
{
    if (!m_port)
        return {};
    QUrl url;
    url.setScheme(m_options.tlsCertFile.isEmpty() ? u"http"_s : u"https"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

quint16 DemoServer::port() const
{
    return m_port;
}

QString DemoServer::apiKey() const
{
    return m_options.apiKey;
}

QString DemoServer::token() const
{
    return m_options.token;
}

DemoOptions DemoServer::options() const
{
    if (m_state) {
        QMutexLocker locker(&m_state->mutex());
        DemoOptions current = m_options;
        const DemoFaults faults = m_state->faults();
        current.latencyMs = faults.latencyMs;
        current.failRate = faults.failRate;
        current.rateLimitEvery = faults.rateLimitEvery;
        current.retryAfterSeconds = faults.retryAfterSeconds;
        current.forbidden = faults.forbidden;
        current.lostResponseRate = faults.lostResponseRate;
        return current;
    }
    return m_options;
}

void DemoServer::setOptions(const DemoOptions& options)
{
    m_options.latencyMs = options.latencyMs;
    m_options.failRate = options.failRate;
    m_options.rateLimitEvery = options.rateLimitEvery;
    m_options.retryAfterSeconds = options.retryAfterSeconds;
    m_options.forbidden = options.forbidden;
    m_options.lostResponseRate = options.lostResponseRate;
    if (!m_state) // not started yet: everything may still change
        m_options = options;
    applyFaults();
}

void DemoServer::setLatencyMs(int latencyMs)
{
    m_options.latencyMs = latencyMs;
    applyFaults();
}

void DemoServer::setFailRate(double failRate)
{
    m_options.failRate = failRate;
    applyFaults();
}

void DemoServer::setFailWritesOnly(bool writesOnly)
{
    m_options.failWritesOnly = writesOnly;
    applyFaults();
}

void DemoServer::setHideCustomUserFields(bool hide)
{
    m_options.hideCustomUserFields = hide;
    applyFaults();
}

void DemoServer::setEnforcePermissionDependencies(bool enforce)
{
    m_options.enforcePermissionDependencies = enforce;
    applyFaults();
}

void DemoServer::setRateLimitEvery(int everyNth, int retryAfterSeconds)
{
    m_options.rateLimitEvery = everyNth;
    m_options.retryAfterSeconds = retryAfterSeconds;
    applyFaults();
}

void DemoServer::setForbidden(bool forbidden)
{
    m_options.forbidden = forbidden;
    applyFaults();
}

void DemoServer::setLostResponseRate(double rate)
{
    m_options.lostResponseRate = rate;
    applyFaults();
}

DemoFaultCounts DemoServer::faultCounts() const
{
    if (!m_state)
        return {};
    QMutexLocker locker(&m_state->mutex());
    DemoFaultCounts counts = m_state->faultCounts();
    counts.requests = m_state->requestCount();
    return counts;
}

QHash<QString, int> DemoServer::receipts() const
{
    if (!m_state)
        return {};
    QMutexLocker locker(&m_state->mutex());
    return m_state->receipts();
}

QSet<QString> DemoServer::lostResponseKeys() const
{
    if (!m_state)
        return {};
    QMutexLocker locker(&m_state->mutex());
    return m_state->lostKeys();
}

void DemoServer::setCaptureRequests(bool capture)
{
    if (!m_state)
        return;
    QMutexLocker locker(&m_state->mutex());
    m_state->setCapturing(capture);
    if (!capture)
        m_state->captured().clear();
}

QList<CapturedRequest> DemoServer::capturedRequests() const
{
    if (!m_state)
        return {};
    QMutexLocker locker(&m_state->mutex());
    return m_state->captured();
}

void DemoServer::applyFaults()
{
    if (!m_state)
        return;
    QMutexLocker locker(&m_state->mutex());
    m_state->setFaults(DemoFaults { m_options.latencyMs, m_options.failRate, m_options.rateLimitEvery,
        m_options.retryAfterSeconds, m_options.forbidden, m_options.lostResponseRate,
        m_options.failWritesOnly, m_options.hideCustomUserFields, m_options.enforcePermissionDependencies });
}

int DemoServer::agentCount() const
{
    if (!m_state)
        return 0;
    QMutexLocker locker(&m_state->mutex());
    return int(m_state->memberCount());
}

std::optional<AgentRecord> DemoServer::agentByEmail(const QString& email) const
{
    if (!m_state)
        return std::nullopt;
    QMutexLocker locker(&m_state->mutex());
    const std::optional<qint64> number = m_state->agentNumberByEmail(email);
    const std::optional<AgentView> agent = number ? m_state->agent(*number) : std::nullopt;
    return agent ? std::optional(m_state->agentRecord(*agent)) : std::nullopt;
}

std::optional<AgentRecord> DemoServer::agentById(const QString& id) const
{
    if (!m_state)
        return std::nullopt;
    QMutexLocker locker(&m_state->mutex());
    const std::optional<qint64> number = DemoState::agentNumberFromId(id);
    const std::optional<AgentView> agent = number ? m_state->agent(*number) : std::nullopt;
    return agent ? std::optional(m_state->agentRecord(*agent)) : std::nullopt;
}

bool DemoServer::userExists(const QString& ownUserId) const
{
    if (!m_state)
        return false;
    QMutexLocker locker(&m_state->mutex());
    return m_state->users().contains(ownUserId);
}

QJsonObject DemoServer::user(const QString& ownUserId) const
{
    if (!m_state)
        return {};
    QMutexLocker locker(&m_state->mutex());
    const auto it = m_state->users().constFind(ownUserId);
    return it == m_state->users().cend() ? QJsonObject() : it->toJson(ownUserId);
}

int DemoServer::userCount() const
{
    if (!m_state)
        return 0;
    QMutexLocker locker(&m_state->mutex());
    return int(m_state->users().size());
}

std::optional<GroupRecord> DemoServer::groupByName(const QString& name) const
{
    if (!m_state)
        return std::nullopt;
    QMutexLocker locker(&m_state->mutex());
    const StoredGroup* group = m_state->groupByName(name);
    return group ? std::optional(m_state->groupRecord(*group)) : std::nullopt;
}

std::optional<GroupRecord> DemoServer::groupById(const QString& id) const
{
    if (!m_state)
        return std::nullopt;
    QMutexLocker locker(&m_state->mutex());
    const StoredGroup* group = m_state->groupById(id);
    return group ? std::optional(m_state->groupRecord(*group)) : std::nullopt;
}

QList<GroupRecord> DemoServer::groups() const
{
    QList<GroupRecord> result;
    if (!m_state)
        return result;
    QMutexLocker locker(&m_state->mutex());
    for (const StoredGroup& group : std::as_const(*m_state).groups())
        result.append(m_state->groupRecord(group));
    return result;
}

QJsonObject DemoServer::oauth2(const QString& state) const
{
    if (!m_state)
        return {};
    QMutexLocker locker(&m_state->mutex());
    return m_state->oauth2().value(state);
}

QStringList DemoServer::memberEmails() const
{
    if (!m_state)
        return {};
    QMutexLocker locker(&m_state->mutex());
    return m_state->memberEmails();
}

int DemoServer::maxRequestsInProgress() const
{
    if (!m_state)
        return 0;
    QMutexLocker locker(&m_state->mutex());
    return m_state->maxRequestsInProgress();
}

void DemoServer::resetMaxRequestsInProgress()
{
    if (!m_state)
        return;
    QMutexLocker locker(&m_state->mutex());
    m_state->resetMaxRequestsInProgress();
}

int DemoServer::requestCount() const
{
    if (!m_state)
        return 0;
    QMutexLocker locker(&m_state->mutex());
    return int(m_state->requestCount());
}

QHash<QString, QString> DemoServer::lastIdentityHeaders() const
{
    if (!m_state)
        return {};
    QMutexLocker locker(&m_state->mutex());
    return m_state->lastIdentityHeaders();
}

} // namespace Alli::Demo
