#pragma once

#include "demotypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslConfiguration>

#include <QSet>
#include <QString>
#include <QUrl>
#include <optional>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Alli::Demo
{

class DemoState;
class DemoHttpServer;

// The embedded Alli-compatible demo backend: owns a worker thread running the HTTP server on
// 127.0.0.1, so slow (injected-latency) answers never block the caller's thread. The inspection
// functions are thread-safe snapshots meant for tests.
class DemoServer : public QObject
{
    Q_OBJECT

public:
    explicit DemoServer(DemoOptions options = {}, QObject* parent = nullptr);
    ~DemoServer() override;

    bool start();
    void stop();
    bool isRunning() const;
    QString errorString() const;
    QUrl baseUrl() const;
    quint16 port() const;
    QString apiKey() const;
    QString token() const;

    // Fault injection at runtime. Data-shaping options (seed, agentCount, keys, port) only apply at start().
    DemoOptions options() const;
    void setOptions(const DemoOptions& options);
    void setLatencyMs(int latencyMs);
    void setFailRate(double failRate);
    // Injected 500s only for changes, so that look-ups always get through (tests of verification).
    void setFailWritesOnly(bool writesOnly);
    void setHideCustomUserFields(bool hide); // see DemoOptions::hideCustomUserFields
    void setEnforcePermissionDependencies(bool enforce); // see DemoOptions::enforcePermissionDependencies
    void setRateLimitEvery(int everyNth, int retryAfterSeconds = 1);
    void setForbidden(bool forbidden);
    // Lost-response mode: with this probability a request is applied and its connection then
    // closed without an answer, as when a proxy or the network drops the response.
    void setLostResponseRate(double rate);

    // Inspection (thread-safe; empty/nullopt before start()).
    int agentCount() const; // members listed by GET /webapi/v2/agents
    std::optional<AgentRecord> agentByEmail(const QString& email) const;
    std::optional<AgentRecord> agentById(const QString& id) const;
    bool userExists(const QString& ownUserId) const;
    QJsonObject user(const QString& ownUserId) const;
    int userCount() const;
    std::optional<GroupRecord> groupByName(const QString& name) const;
    std::optional<GroupRecord> groupById(const QString& id) const;
    QList<GroupRecord> groups() const;
    QJsonObject oauth2(const QString& state) const;
    QStringList memberEmails() const;
    int requestCount() const;
    // The most requests the backend was handling at once (received, not answered yet) since the
    // last reset: concurrency as the server saw it.
    int maxRequestsInProgress() const;
    void resetMaxRequestsInProgress();
    DemoFaultCounts faultCounts() const;
    // How many times each row of a bulk change reached its handler, keyed
    // "<users.create|users.update|users.delete|members.invite|members.update-groups|members.remove|
    // agents.create|agents.delete>:<ownUserId or lower-case email>".
    QHash<QString, int> receipts() const;
    // The same keys for rows whose request was applied but whose answer was dropped.
    QSet<QString> lostResponseKeys() const;
    // Every authenticated request from now on is kept (method, path, body) until captured
    // requests are taken; off by default, since bodies may hold passwords.
    void setCaptureRequests(bool capture);
    QList<CapturedRequest> capturedRequests() const;
    // Decoded AGENT-EMAIL / USER-EMAIL / OWN-USER-ID of the last authenticated request.
    QHash<QString, QString> lastIdentityHeaders() const;

private:
    void applyFaults();

    DemoOptions m_options;
    std::shared_ptr<DemoState> m_state;
    QThread* m_thread = nullptr;
    DemoHttpServer* m_http = nullptr;
    std::optional<QSslConfiguration> tlsConfiguration(QString* error) const;
    quint16 m_port = 0;
    QString m_errorString;
};

} // namespace Alli::Demo
