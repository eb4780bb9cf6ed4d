#pragma once
// What the engine knows about each of the eight bulk operations, in one table: its stable id and
// label, how rows are keyed and keys compared, how many rows one request takes, the endpoint and
// how a request body is built straight from prepared rows, how an answer is matched back to the
// rows, what a look-up expects to find, the undo inverse, and which field is secret.
// OperationSpec (operations.h) adds the file side: fields, header aliases, templates, validation.

#include "bulktypes.h"

#include <QByteArray>

#include <optional>

namespace Alli
{
class AlliClient;
class ApiReply;
}

namespace Alli::Bulk
{

struct OperationTraits {
    enum class Family { Users, Members, Agents };
    // What a row does to the server: what a look-up must find for the row to be applied, and
    // how "already exists" / "not found" read when an earlier attempt may have been applied.
    enum class Effect { Creates, Changes, Removes };

    Operation operation;
    QStringView id; // "users-create": command line, settings, templates, the journal
    const char* label; // untranslated (context "Alli::Bulk"); see OperationTraits::labelText()
    Family family;
    Effect effect;
    bool keyedByEmail; // members and agents: e-mail, compared ignoring case; users: ownUserId, exact
    int maxRowsPerRequest; // 100; agents: 1 (the endpoint takes one agent)
    QStringView path; // the endpoint
    QStringView userAction; // users: "create", "update", "delete"
    std::optional<Operation> inverse; // what an undo file does
    QStringView secretField; // a payload field never written after its row is final ("password")

    QString labelText() const; // translated
    // The key as results and look-ups compare it.
    QString comparableKey(const QString& key) const;
    // The body of one request for `chunk` (indexes into `rows`): the rows' payloads as they are,
    // wrapped as the endpoint expects. Compact JSON.
    QByteArray requestBody(const QList<PreparedRow>& rows, const QList<int>& chunk) const;
    // Sends `body` (from requestBody()) to the endpoint.
    ApiReply* send(AlliClient* client, const QByteArray& body) const;
    // The per-row results of a usable answer to the request for `chunk`, in chunk order: rows the
    // answer does not mention, or mentions with conflicting results, are Unknown. Empty when the
    // request failed as a whole (decided from the reply's error).
    QList<RowResult> matchResults(
        const ApiReply* reply, const QList<PreparedRow>& rows, const QList<int>& chunk) const;
};

const OperationTraits& traitsOf(Operation op);

} // namespace Alli::Bulk
