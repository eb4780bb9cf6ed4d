#pragma once
// The asynchronous Alli User Management API client: a typed method for each of the 21
// operations on an injected QNetworkAccessManager. It owns scheduling (a cap on requests in
// flight), the transfer timeout, retries with backoff and Retry-After, and the activity log.

#include "apireply.h"
#include "apitypes.h"
#include "connectionsettings.h"
#include "redaction.h"

#include <QList>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcAlliApi)

namespace Alli
{

struct RetryPolicy {
    int maxAttempts = 4; // including the first
    int baseDelayMs = 500;
    int maxDelayMs = 8000;
    int maxRetryAfterMs = 120000; // a longer Retry-After ends the call with RateLimited
};

class AlliClient : public QObject
{
    Q_OBJECT
public:
    explicit AlliClient(QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~AlliClient() override;

    void setConnection(const ConnectionSettings& settings);
    const ConnectionSettings& connection() const { return m_settings; }

    void setRetryPolicy(const RetryPolicy& policy) { m_retry = policy; }
    // A new proxy login was given (the console asked for it): a request the proxy refused (407)
    // before it is sent once more with it. Nothing of a refused request reached the server.
    void noteProxyLoginGiven() { ++m_proxyLoginsGiven; }
    RetryPolicy retryPolicy() const { return m_retry; }
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }
    int transferTimeout() const { return m_timeoutMs; }
    void setMaxInFlight(int n);
    int maxInFlight() const { return m_maxInFlight; }
    int inFlight() const { return m_inFlight; }
    // Requests start from the event loop after they are made, so that a request cancelled at once
    // never reaches the network. A caller that has connected to its replies and will not cancel
    // them at once starts them now instead (as many as the in-flight limit allows): a bulk job
    // sends its next chunk before it records and shows the answer that freed the slot.
    void startQueuedNow() { pump(); }
    int queued() const { return int(m_queue.size()); }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    // Whether activityRecorded() carries the request and response bodies (redacted; default: yes,
    // for the Activity page). A front end that shows no bodies (the CLI) turns it off: redacting
    // a bulk request's 100 rows and its answer cost more than a millisecond per request.
    void setActivityBodies(bool on) { m_activityBodies = on; }
    const Redactor& redactor() const { return m_redactor; }

    // Cancels every pending call (each finishes with Cancelled).
    void cancelAll();

    // Agents
    TypedReply<QList<AgentResponse>>* listAgents(int offset = 0, int limit = 100, const QString& email = {});
    TypedReply<AgentResponse>* getAgent(const QString& agentId);
    TypedReply<AgentManagementResult>* manageAgent(const AgentManagementRequest& request);
    // Users
    TypedReply<BulkUserResponse>* bulkUsers(const BulkUserRequest& request);
    TypedReply<User>* getUser(const QString& ownUserId);
    // Members
    TypedReply<BulkMemberResponse>* inviteMembers(const QList<MemberMetadata>& members);
    TypedReply<BulkMemberResponse>* updateMemberGroups(const QList<MemberMetadata>& members);
    TypedReply<BulkMemberResponse>* removeMembers(const QList<MemberMetadata>& members);
    // The same three bulk requests with their body already built (compact JSON, as the request
    // types' toJson() write it): the bulk engine builds bodies straight from its prepared rows.
    // `path` is one of the three members endpoints.
    TypedReply<AgentManagementResult>* manageAgentBody(const QByteArray& body);
    TypedReply<BulkUserResponse>* bulkUsersBody(const QByteArray& body);
    TypedReply<BulkMemberResponse>* bulkMembersBody(const QString& path, const QByteArray& body);
    // Permission groups
    TypedReply<QList<PermissionGroupResponse>>* listPermissionGroups(
        const QString& searchTerm = {}, int offset = 0, int limit = 100);
    TypedReply<PermissionGroupDetailResponse>* createPermissionGroup(
        const CreatePermissionGroupRequest& request);
    TypedReply<PermissionGroupDetailResponse>* getPermissionGroup(const QString& groupId);
    TypedReply<Acknowledgement>* deletePermissionGroup(const QString& groupId);
    TypedReply<QList<AgentResponse>>* listPermissionGroupAgents(const QString& groupId);
    TypedReply<PermissionGroupDetailResponse>* renamePermissionGroup(
        const QString& groupId, const QString& name);
    TypedReply<PermissionGroupDetailResponse>* updatePermissionGroupPermissions(
        const QString& groupId, const QList<Permission>& permissions);
    // Tools
    TypedReply<QList<SingleActionAppTool>>* listSingleActionAppTools();
    TypedReply<SingleActionAppTool>* getSingleActionAppTool(const QString& toolName);
    TypedReply<QList<AgentTool>>* listAgentTools();
    TypedReply<AgentTool>* getAgentTool(const QString& toolName);
    // OAuth2
    TypedReply<OAuth2Information>* getOAuth2Information(const QString& state);
    TypedReply<Acknowledgement>* updateOAuth2Information(const OAuth2TokenUpdate& update);

    // Parses a Retry-After value (delta-seconds or HTTP-date) into seconds from `now`.
    static std::optional<int> parseRetryAfter(const QByteArray& value, const QDateTime& now);
    // True when the error means the request never left this machine.
    static bool neverReachedServer(QNetworkReply::NetworkError error);
    // Why a TLS handshake failed, in words: untrusted issuer, expired, wrong host name, revoked.
    static QString tlsReason(const QList<QSslError>& errors);
    // True when one of `errors` says that no trusted certificate issued the server's.
    static bool isUntrustedIssuer(const QList<QSslError>& errors);

Q_SIGNALS:
    // After every attempt, with secrets already removed.
    void activityRecorded(const Alli::ActivityRecord& record);
    void busyChanged(bool busy);
    // A TLS handshake failed because nothing trusted issued the server's certificate: `chain`
    // is what the server presented (its own certificate first), for the admin to look at.
    void certificateNotTrusted(const QUrl& server, const QList<QSslCertificate>& chain);

private:
    friend class ApiReply;

    template<typename T, typename Parser>
    TypedReply<T>* makeReply(
        const QString& operationId, ApiReply::Method method, const QString& path, Parser parser);
    void enqueue(ApiReply* reply);
    void pump();
    void startAttempt(ApiReply* reply);
    void onAttemptFinished(ApiReply* reply);
    void onTimeout(ApiReply* reply);
    void cancelReply(ApiReply* reply);
    void finish(ApiReply* reply, const ApiError& error, bool queued = false);
    int backoffDelayMs(int attempt) const;
    QNetworkRequest buildRequest(const ApiReply* reply) const;
    QList<QSslCertificate> m_extraCaCertificates; // ConnectionSettings::caFile, loaded once
    void recordActivity(const ApiReply* reply, const QNetworkRequest& request, const ApiError& error);
    void updateBusy();

    QPointer<QNetworkAccessManager> m_nam;
    ConnectionSettings m_settings;
    Redactor m_redactor;
    RetryPolicy m_retry;
    int m_timeoutMs = 30000;
    int m_maxInFlight = 4;
    qint64 m_maxResponseBytes = 256LL * 1024 * 1024;
    int m_inFlight = 0;
    int m_proxyLoginsGiven = 0;
    quint64 m_nextId = 1;
    bool m_busy = false;
    bool m_activityBodies = true;
    QList<QPointer<ApiReply>> m_queue;
    QList<QPointer<ApiReply>> m_active; // queued, in flight or waiting to retry
};

} // namespace Alli
