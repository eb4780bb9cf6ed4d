#include "operationtraits.h"

#include "alliclient.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Bulk
{

namespace
{
    Q_LOGGING_CATEGORY(lcTraits, "alli.bulk.job", QtInfoMsg)

    using Family = OperationTraits::Family;
    using Effect = OperationTraits::Effect;

    const std::array<OperationTraits, 8> kTraits { {
        { Operation::CreateUsers, u"users-create", QT_TRANSLATE_NOOP("Alli::Bulk", "Create users"),
            Family::Users, Effect::Creates, false, 100, u"/webapi/v2/users/bulk", u"create",
            Operation::DeleteUsers, {} },
        { Operation::UpdateUsers, u"users-update", QT_TRANSLATE_NOOP("Alli::Bulk", "Update users"),
            Family::Users, Effect::Changes, false, 100, u"/webapi/v2/users/bulk", u"update", std::nullopt,
            {} },
        { Operation::DeleteUsers, u"users-delete", QT_TRANSLATE_NOOP("Alli::Bulk", "Delete users"),
            Family::Users, Effect::Removes, false, 100, u"/webapi/v2/users/bulk", u"delete", std::nullopt,
            {} },
        { Operation::InviteMembers, u"members-invite", QT_TRANSLATE_NOOP("Alli::Bulk", "Invite members"),
            Family::Members, Effect::Creates, true, 100, u"/webapi/v2/members/bulk/invite", {},
            Operation::RemoveMembers, {} },
        { Operation::UpdateMemberGroups, u"members-update-groups",
            QT_TRANSLATE_NOOP("Alli::Bulk", "Update members' permission groups"), Family::Members,
            Effect::Changes, true, 100, u"/webapi/v2/members/bulk/update_permission_groups", {}, std::nullopt,
            {} },
        { Operation::RemoveMembers, u"members-remove", QT_TRANSLATE_NOOP("Alli::Bulk", "Remove members"),
            Family::Members, Effect::Removes, true, 100, u"/webapi/v2/members/bulk/remove", {}, std::nullopt,
            {} },
        { Operation::CreateAgents, u"agents-create", QT_TRANSLATE_NOOP("Alli::Bulk", "Create agents"),
            Family::Agents, Effect::Creates, true, 1, u"/webapi/agent_management", {},
            Operation::DeleteAgents, u"password" },
        { Operation::DeleteAgents, u"agents-delete", QT_TRANSLATE_NOOP("Alli::Bulk", "Delete agents"),
            Family::Agents, Effect::Removes, true, 1, u"/webapi/agent_management", {}, std::nullopt, {} },
    } };

    // Strings marked with QT_TRANSLATE_NOOP("Alli::Bulk::BulkJob", …), so that lupdate finds them.
    QString trJob(const char* text)
    {
        return QCoreApplication::translate("Alli::Bulk::BulkJob", text);
    }

    // A per-row status that is neither a success nor a failure: the row is looked up.
    RowResult unrecognised(const QString& status, const std::optional<QString>& message)
    {
        return RowResult::said(RowState::Unknown, [status, message = message.value_or(QString())] {
            const QString text = trJob(QT_TRANSLATE_NOOP("Alli::Bulk::BulkJob",
                                           "The server answered \"%1\" for this row, which says neither "
                                           "success nor failure: it is checked on the server."))
                                     .arg(status);
            return message.isEmpty() ? text : text + u' ' + message;
        });
    }

    // A failure the server gave no words for.
    RowResult noMessage()
    {
        return RowResult::said(RowState::Failed, [] {
            return trJob(QT_TRANSLATE_NOOP("Alli::Bulk::BulkJob", "Failed (no message from the server)"));
        });
    }

    QByteArray compact(const QJsonObject& o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    // Results named by key, possibly several per key and in any order, onto the chunk's rows.
    class ResultMatcher
    {
    public:
        ResultMatcher(const OperationTraits& traits, const QList<PreparedRow>& rows, const QList<int>& chunk)
            : m_traits(traits)
            , m_results(chunk.size(),
                  RowResult::said(RowState::Unknown,
                      [] { return trJob(QT_TRANSLATE_NOOP("Alli::Bulk::BulkJob", "no result")); }))
            , m_seen(chunk.size(), 0)
        {
            m_position.reserve(chunk.size());
            for (qsizetype i = 0; i < chunk.size(); ++i)
                m_position.insert(traits.comparableKey(rows.at(chunk.at(i)).key), int(i));
        }

        void add(const QString& key, const RowResult& result)
        {
            const auto it = m_position.constFind(m_traits.comparableKey(key));
            if (it == m_position.cend()) {
                qCWarning(lcTraits) << "a result for a row not in the request was ignored";
                return;
            }
            if (m_seen[*it]++ && m_results.at(*it).state != result.state)
                m_results[*it] = RowResult::said(RowState::Unknown,
                    [] { return trJob(QT_TRANSLATE_NOOP("Alli::Bulk::BulkJob", "conflicting results")); });
            else if (m_seen[*it] == 1)
                m_results[*it] = result;
        }

        QList<RowResult> results() const { return m_results; }

    private:
        const OperationTraits& m_traits;
        QHash<QString, int> m_position; // key -> position in the chunk
        QList<RowResult> m_results;
        QList<int> m_seen;
    };

} // namespace

const OperationTraits& traitsOf(Operation op)
{
    for (const OperationTraits& t : kTraits) {
        if (t.operation == op)
            return t;
    }
    Q_UNREACHABLE();
    return kTraits.front();
}

QString OperationTraits::labelText() const
{
    return QCoreApplication::translate("Alli::Bulk", label);
}

QString OperationTraits::comparableKey(const QString& key) const
{
    return keyedByEmail ? key.trimmed().toLower() : key;
}

QByteArray OperationTraits::requestBody(const QList<PreparedRow>& rows, const QList<int>& chunk) const
{
    if (family == Family::Agents) {
        // One agent per request; the payload says everything but whether it is a deletion.
        QJsonObject o = rows.at(chunk.constFirst()).payload.object();
        o.insert(u"deleteFlag"_s, effect == Effect::Removes);
        if (effect == Effect::Removes) {
            // A deletion names the agent, nothing else: never a password.
            o.remove(u"password"_s);
            o.remove(u"locale"_s);
        }
        return compact(o);
    }
    QByteArray body;
    body.reserve(chunk.size() * 96 + 48);
    if (family == Family::Users)
        body += "{\"action\":\"" + userAction.toUtf8() + "\",\"users\":[";
    else
        body += "{\"members\":[";
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        if (i > 0)
            body += ',';
        const QByteArray& json = rows.at(chunk.at(i)).payload.json();
        body += json.isEmpty() ? QByteArrayView("{}") : QByteArrayView(json);
    }
    body += "]}";
    return body;
}

ApiReply* OperationTraits::send(AlliClient* client, const QByteArray& body) const
{
    switch (family) {
    case Family::Users:
        return client->bulkUsersBody(body);
    case Family::Members:
        return client->bulkMembersBody(path.toString(), body);
    case Family::Agents:
        return client->manageAgentBody(body);
    }
    return nullptr;
}

QList<RowResult> OperationTraits::matchResults(
    const ApiReply* reply, const QList<PreparedRow>& rows, const QList<int>& chunk) const
{
    if (family == Family::Agents) {
        if (reply->ok())
            return { RowResult { RowState::Succeeded, QString(), 0 } };
        const int status = reply->httpStatus();
        // With one row per request, a refusal is that row's own failure.
        if (status == 400 || status == 404 || status == 409)
            return { RowResult::said(
                RowState::Failed, [error = reply->error()] { return error.message(); }) };
        return {};
    }
    if (!reply->ok())
        return {};
    ResultMatcher matcher(*this, rows, chunk);
    if (family == Family::Users) {
        const auto* users = dynamic_cast<const TypedReply<BulkUserResponse>*>(reply);
        if (!users)
            return {};
        for (const BulkUserResultBody& r : users->value().result) {
            switch (r.status) {
            case ResultStatus::Success:
                matcher.add(r.ownUserId, { RowState::Succeeded, r.message.value_or(QString()), 0 });
                break;
            case ResultStatus::Failure:
                matcher.add(
                    r.ownUserId, r.message ? RowResult { RowState::Failed, *r.message, 0 } : noMessage());
                break;
            case ResultStatus::Unrecognised:
                matcher.add(r.ownUserId, unrecognised(r.statusText, r.message));
                break;
            }
        }
    } else {
        const auto* members = dynamic_cast<const TypedReply<BulkMemberResponse>*>(reply);
        if (!members)
            return {};
        for (const BulkTaskResult& task : members->value().result) {
            RowResult result;
            switch (task.outcome()) {
            case ResultStatus::Success:
                result = { RowState::Succeeded, QString(), 0 };
                break;
            case ResultStatus::Failure:
                if (task.errorMessage || !task.status.isEmpty())
                    result = { RowState::Failed, task.errorMessage.value_or(task.status), 0 };
                else
                    result = noMessage();
                break;
            case ResultStatus::Unrecognised:
                result = unrecognised(task.status, task.errorMessage);
                break;
            }
            for (const QString& email : task.emails)
                matcher.add(email, result);
        }
    }
    return matcher.results();
}

} // namespace Alli::Bulk
