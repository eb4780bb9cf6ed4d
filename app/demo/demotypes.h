#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace Alli::Demo
{

// Start-up data size and fault-injection settings of the embedded demo backend.
struct DemoOptions {
    quint16 port = 0; // 0 = any free port on 127.0.0.1
    int latencyMs = 0; // each answer's time from its request's arrival; requests overlap
    double failRate = 0.0; // probability (0..1) of an injected 500
    bool failWritesOnly = false; // injected 500s only for changes (POST, PUT, DELETE), never for reads
    // "Get user" shows only the user's own fields (userId, firstName, lastName, email,
    // customerGroup), not custom variables: whether the real service shows them is not known.
    bool hideCustomUserFields = false;
    // Permission sets are checked against the catalog's dependency graph ("Dependent permissions
    // must be included together", as the real service says). The graph itself is our guess, so
    // tests can turn the check off to play a service whose graph is different.
    bool enforcePermissionDependencies = true;
    int rateLimitEvery = 0; // every Nth request answers 429; 0 = off
    int retryAfterSeconds = 1; // value of the Retry-After header sent with 429
    bool forbidden = false; // project inactive: 403 on everything
    double lostResponseRate = 0.0; // probability (0..1) that a request is applied, then the connection
                                   // is closed without an answer (a lost response)
    quint64 seed = 42; // same seed, same data
    int agentCount = 2000;
    int userCount = 500;
    QString apiKey = QStringLiteral("demo-key-0000");
    QString token = QStringLiteral("demo-token-0000");
    // HTTPS with this certificate and private key (PEM files); both empty: plain HTTP.
    QString tlsCertFile;
    QString tlsKeyFile;
};

// What the fault injection did so far, and how often each row key reached a handler that may
// change data (for tests: "nothing was applied twice").
struct DemoFaultCounts {
    qint64 requests = 0; // every request that reached the server
    qint64 injectedFailures = 0; // 500s (nothing applied)
    qint64 rateLimited = 0; // 429s (nothing applied)
    qint64 lostResponses = 0; // applied, then the connection was closed without an answer
};

// One request as it reached the backend, after authentication (for contract tests of what the
// client sends; off unless asked for, since bodies may hold passwords).
struct CapturedRequest {
    QString method; // "GET", "POST", …
    QString path; // decoded, without the query
    QByteArray body;
};

// A snapshot of one agent as the demo backend holds it (for test inspection).
struct AgentRecord {
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString locale;
    bool member = true; // false once removed from the project by bulk remove
    QStringList groupIds;
};

// A snapshot of one permission group (for test inspection).
struct GroupRecord {
    QString id;
    QString name;
    bool isAdmin = false;
    bool isDefault = false;
    std::optional<int> order;
    QStringList permissions;
    QStringList agentIds;
};

} // namespace Alli::Demo
