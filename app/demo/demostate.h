#pragma once

#include "demotypes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QRandomGenerator64>
#include <QSet>
#include <QString>
#include <algorithm>

#include <deque>
#include <map>
#include <optional>
#include <vector>

namespace Alli::Demo
{

// Fault-injection settings that may change while the server runs.
struct DemoFaults {
    int latencyMs = 0;
    double failRate = 0.0;
    int rateLimitEvery = 0;
    int retryAfterSeconds = 1;
    bool forbidden = false;
    double lostResponseRate = 0.0;
    bool failWritesOnly = false;
    bool hideCustomUserFields = false;
    bool enforcePermissionDependencies = true;
};

// One agent as the endpoint code sees it; "number" is the internal key behind the public id.
struct AgentView {
    qint64 number = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString locale;
    bool member = true;
};

struct StoredGroup {
    qint64 number = 0;
    QString name;
    bool isAdmin = false;
    bool isDefault = false;
    std::optional<int> order;
    QStringList permissions;
    std::vector<qint64> members; // insertion order, for stable listings
    QSet<qint64> memberSet;
};

// A user of the project (the bulk users API). Fields, not a QJsonObject per user: a bulk request
// changes 100 users, and building objects nobody reads cost most of the server's time per request.
struct StoredUser {
    QString firstName;
    QString lastName;
    QJsonValue customerGroup = QJsonValue::Undefined; // as the seed or the bulk change set it
    QList<std::pair<QString, QString>> custom; // every other key, as named

    static StoredUser fromJson(const QJsonObject& object);
    void setCustom(const QString& key, const QString& value);
    QJsonObject toJson(const QString& userId) const; // as "get user" answers it
};

// The demo project's data, shared by the HTTP thread and the DemoServer owner thread. Callers lock
// mutex() around every use; the type itself does no locking so one request can make several
// changes atomically.
class DemoState
{
public:
    explicit DemoState(const DemoOptions& options);

    QMutex& mutex() const { return m_mutex; }
    quint64 seed() const { return m_seed; }
    const QString& apiKey() const { return m_apiKey; }
    const QString& token() const { return m_token; }

    DemoFaults faults() const { return m_faults; }
    void setFaults(const DemoFaults& faults) { m_faults = faults; }
    qint64 countRequest() { return ++m_requestCount; }
    qint64 requestCount() const { return m_requestCount; }
    // Requests received and not answered yet (latency included), and the most there ever were at
    // once: how tests measure concurrency at the server, not with the client's own counter.
    void requestStarted() { m_maxInProgress = std::max(m_maxInProgress, ++m_inProgress); }
    void requestAnswered() { m_inProgress = std::max(0, m_inProgress - 1); }
    int maxRequestsInProgress() const { return m_maxInProgress; }
    void resetMaxRequestsInProgress() { m_maxInProgress = m_inProgress; }
    bool nextInjectedFailure();
    bool nextLostResponse();
    DemoFaultCounts& faultCounts() { return m_faultCounts; }

    // Every row of a bulk change that reached its handler, keyed "<operation>:<ownUserId or
    // lower-case email>", with how many times. A key seen twice was sent twice.
    void countReceipt(QLatin1StringView operation, const QString& key);
    const QHash<QString, int>& receipts() const { return m_receipts; }
    // Row keys whose request was applied but whose answer was dropped (lost-response mode).
    QSet<QString>& lostKeys() { return m_lostKeys; }
    QStringList& currentRequestKeys() { return m_currentRequestKeys; }
    QHash<QString, QString>& lastIdentityHeaders() { return m_lastIdentity; }
    bool capturing() const { return m_capturing; }
    void setCapturing(bool on) { m_capturing = on; }
    QList<CapturedRequest>& captured() { return m_captured; }

    static QString agentId(qint64 number);
    static std::optional<qint64> agentNumberFromId(QStringView id);
    static QString groupId(qint64 number);

    // Agents. Lookups only find agents that exist (not deleted), members or not.
    qint64 memberCount() const { return m_memberCount; }
    std::optional<AgentView> agent(qint64 number) const;
    std::optional<qint64> agentNumberByEmail(const QString& email) const;
    QList<AgentView> members(qint64 offset, qint64 limit, const QString& emailFilter) const;
    QStringList memberEmails() const;
    qint64 createAgent(
        const QString& email, const QString& firstName, const QString& lastName, const QString& locale);
    void setMember(qint64 number, bool member);
    void deleteAgent(qint64 number);
    QStringList groupIdsOf(qint64 number) const;
    AgentRecord agentRecord(const AgentView& agent) const;

    // Permission groups, in creation order.
    std::deque<StoredGroup>& groups() { return m_groups; }
    const std::deque<StoredGroup>& groups() const { return m_groups; }
    StoredGroup* groupById(QStringView id);
    StoredGroup* groupByName(QStringView name); // case-insensitive, trimmed
    StoredGroup& createGroup(const QString& name, const QStringList& permissions);
    void deleteGroup(qint64 number);
    static void addMember(StoredGroup& group, qint64 agentNumber);
    static void removeMember(StoredGroup& group, qint64 agentNumber);
    void removeFromAllGroups(qint64 agentNumber);
    GroupRecord groupRecord(const StoredGroup& group) const;

    QHash<QString, StoredUser>& users() { return m_users; }
    const QJsonArray& singleActionAppTools() const { return m_singleActionAppTools; }
    const QJsonArray& agentTools() const { return m_agentTools; }
    QMap<QString, QJsonObject>& oauth2() { return m_oauth2; }

private:
    enum SeedFlag : quint8 { Deleted = 0x1, NotMember = 0x2 };
    struct CreatedAgent {
        AgentView view;
        bool deleted = false;
    };

    bool seededExists(qint64 number) const;

    mutable QMutex m_mutex;
    const quint64 m_seed;
    const QString m_apiKey;
    const QString m_token;
    DemoFaults m_faults;
    qint64 m_requestCount = 0;
    int m_inProgress = 0;
    int m_maxInProgress = 0;
    QRandomGenerator64 m_failureRandom;
    QRandomGenerator64 m_lostRandom;
    DemoFaultCounts m_faultCounts;
    QHash<QString, int> m_receipts;
    QSet<QString> m_lostKeys;
    bool m_capturing = false;
    QList<CapturedRequest> m_captured;
    QStringList m_currentRequestKeys; // receipts of the request being handled
    QHash<QString, QString> m_lastIdentity;

    // Seeded agents 1..m_seededCount are computed from the seed; only a flag byte each is stored.
    const qint64 m_seededCount;
    std::vector<quint8> m_seedFlags;
    std::map<qint64, CreatedAgent> m_created;
    QHash<QString, qint64> m_createdByEmail; // lower-case e-mail → number
    qint64 m_nextAgentNumber;
    qint64 m_memberCount = 0;

    std::deque<StoredGroup> m_groups; // deque: creating a group keeps references to the others valid
    qint64 m_nextGroupNumber = 1;
    QHash<QString, StoredUser> m_users;
    QJsonArray m_singleActionAppTools;
    QJsonArray m_agentTools;
    QMap<QString, QJsonObject> m_oauth2;
};

} // namespace Alli::Demo
