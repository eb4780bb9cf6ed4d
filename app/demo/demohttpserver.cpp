#include "demohttpserver.h"

#include "demolog.h"
#include "demostate.h"
#include "jsontext.h"
#include "permissioncatalog.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslServer>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Demo
{

namespace
{

    using Reply = DemoHttpServer::Reply;
    using Method = QHttpServerRequest::Method;

    // The real API uses three error body shapes depending on the endpoint family.
    enum class ErrorStyle {
        Detail, // /webapi/v2/*: {"detail": "..."} (django-ninja)
        SuccessError, // /webapi/agent_builder/*: {"success": false, "error": "..."}
        Errors, // /webapi/agent_management: {"errors": "..."}
    };

    constexpr int maxBulkUsers = 100;

    struct Call {
        DemoState& state;
        QStringList params;
        QUrlQuery query;
        QByteArray body;
        ErrorStyle style;
    };

    bool isAbsent(const QJsonValue& value)
    {
        return value.isUndefined() || value.isNull();
    }

    Reply json(const QJsonDocument& doc, int status = 200)
    {
        return Reply { status, doc.toJson(QJsonDocument::Compact), -1, {} };
    }

    Reply ok(const QJsonObject& object)
    {
        return json(QJsonDocument(object));
    }

    Reply error(ErrorStyle style, int status, const QString& message)
    {
        QJsonObject body;
        switch (style) {
        case ErrorStyle::Detail:
            body = { { u"detail"_s, message } };
            break;
        case ErrorStyle::SuccessError:
            body = { { u"success"_s, false }, { u"error"_s, message } };
            break;
        case ErrorStyle::Errors:
            body = { { u"errors"_s, message } };
            break;
        }
        return json(QJsonDocument(body), status);
    }

    Reply badRequest(const Call& call, const QString& message)
    {
        return error(call.style, 400, message);
    }

    // A request that breaks the endpoint's schema. The v2 endpoints are django-ninja, whose answer
    // is 422 {"detail":[{"type","loc","msg"}]} with pydantic's words; the other families keep
    // their own 400 shape with `message`.
    Reply schemaError(const Call& call, const QJsonArray& loc, const QString& type, const QString& msg,
        const QString& message)
    {
        if (call.style != ErrorStyle::Detail)
            return badRequest(call, message);
        const QJsonObject item { { u"type"_s, type }, { u"loc"_s, loc }, { u"msg"_s, msg } };
        return json(QJsonDocument(QJsonObject { { u"detail"_s, QJsonArray { item } } }), 422);
    }

    // A body field that is missing or of the wrong JSON type.
    Reply fieldError(const Call& call, QJsonArray path, const QJsonValue& value, const QString& expected,
        const QString& message)
    {
        path.prepend(u"body"_s);
        if (isAbsent(value))
            return schemaError(call, path, u"missing"_s, u"Field required"_s, message);
        static const QHash<QString, QString> words { { u"string"_s, u"a valid string"_s },
            { u"list"_s, u"a valid list"_s }, { u"dict"_s, u"a valid dictionary"_s },
            { u"bool"_s, u"a valid boolean"_s }, { u"float"_s, u"a valid number"_s } };
        return schemaError(
            call, path, expected + u"_type"_s, u"Input should be "_s + words.value(expected), message);
    }

    bool isValidEmail(const QString& email)
    {
        static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        return pattern.match(email).hasMatch();
    }

    bool isTwoLetterCode(const QString& locale)
    {
        static const QRegularExpression pattern(u"^[A-Za-z]{2}$"_s);
        return pattern.match(locale).hasMatch();
    }

    // The documented rule: 3 of the 4 character classes; no length is documented.
    bool isStrongPassword(const QString& password)
    {
        bool lower = false, upper = false, digit = false, other = false;
        for (QChar c : password) {
            lower = lower || c.isLower();
            upper = upper || c.isUpper();
            digit = digit || c.isDigit();
            other = other || !c.isLetterOrNumber();
        }
        return int(lower) + int(upper) + int(digit) + int(other) >= 3;
    }

    std::optional<QJsonObject> parseObject(const Call& call, Reply* reply)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(call.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // As recorded from the real service (the body parsing is shared by its endpoints).
            *reply = json(QJsonDocument(QJsonObject { { u"result"_s, QJsonArray() },
                              { u"errors"_s, u"content must be JSON deserializable!"_s } }),
                400);
            return std::nullopt;
        }
        if (!doc.isObject()) {
            *reply = schemaError(call, { u"body"_s }, u"dict_type"_s, u"Input should be a valid dictionary"_s,
                u"The request body must be a JSON object"_s);
            return std::nullopt;
        }
        return doc.object();
    }

    // No maximum `limit` is documented (the default is 100). The demo caps larger pages at 100, as
    // a real service may, so that a client which stops at the first short page is caught.
    constexpr qint64 kMaxListLimit = 100;

    bool queryInteger(const Call& call, const QString& name, qint64 fallback, qint64* out, Reply* reply)
    {
        if (!call.query.hasQueryItem(name)) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        *out = call.query.queryItemValue(name, QUrl::FullyDecoded).toLongLong(&ok);
        if (!ok || *out < 0) {
            const QString message = u"Query parameter '%1' must be a non-negative integer"_s.arg(name);
            *reply = ok
                ? schemaError(call, { u"query"_s, name }, u"greater_than_equal"_s,
                    u"Input should be greater than or equal to 0"_s, message)
                : schemaError(call, { u"query"_s, name }, u"int_parsing"_s,
                    u"Input should be a valid integer, unable to parse string as an integer"_s, message);
            return false;
        }
        return true;
    }

    bool optionalString(const QJsonObject& object, const QString& key, QString* out)
    {
        const QJsonValue value = object.value(key);
        if (isAbsent(value))
            return true;
        if (!value.isString())
            return false;
        *out = value.toString();
        return true;
    }

    bool stringArray(const QJsonValue& value, QStringList* out)
    {
        if (!value.isArray())
            return false;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array) {
            if (!item.isString())
                return false;
            out->append(item.toString());
        }
        return true;
    }

    QJsonObject agentJson(const AgentView& agent)
    {
        return { { u"id"_s, DemoState::agentId(agent.number) }, { u"lastName"_s, agent.lastName },
            { u"firstName"_s, agent.firstName }, { u"email"_s, agent.email } };
    }

    QJsonValue orderJson(const std::optional<int>& order)
    {
        return order ? QJsonValue(*order) : QJsonValue(QJsonValue::Null);
    }

    QJsonObject groupSummaryJson(const StoredGroup& group)
    {
        return { { u"id"_s, DemoState::groupId(group.number) }, { u"name"_s, group.name },
            { u"isAdmin"_s, group.isAdmin }, { u"isDefault"_s, group.isDefault },
            { u"order"_s, orderJson(group.order) },
            { u"permissions"_s, QJsonArray::fromStringList(group.permissions) },
            { u"agentCount"_s, qint64(group.members.size()) } };
    }

    QJsonArray groupAgentsJson(const DemoState& state, const StoredGroup& group)
    {
        QJsonArray agents;
        for (qint64 number : group.members) {
            if (const std::optional<AgentView> agent = state.agent(number))
                agents.append(agentJson(*agent));
        }
        return agents;
    }

    QJsonObject groupDetailJson(const DemoState& state, const StoredGroup& group)
    {
        return { { u"id"_s, DemoState::groupId(group.number) }, { u"name"_s, group.name },
            { u"isAdmin"_s, group.isAdmin }, { u"isDefault"_s, group.isDefault },
            { u"order"_s, orderJson(group.order) },
            { u"permissions"_s, QJsonArray::fromStringList(group.permissions) },
            { u"agents"_s, groupAgentsJson(state, group) } };
    }

    // Validates a permission list against the catalog and the dependency rule; returns it in catalog order.
    bool validatePermissions(const Call& call, const QJsonValue& value, QStringList* out, Reply* reply)
    {
        QStringList requested;
        if (!stringArray(value, &requested)) {
            *reply = fieldError(call, { u"permissions"_s }, value, u"list"_s,
                u"permissions must be an array of permission names"_s);
            return false;
        }
        const PermissionCatalog& catalog = PermissionCatalog::instance();
        QStringList unknown;
        for (const QString& name : std::as_const(requested)) {
            if (!catalog.contains(name) && !unknown.contains(name))
                unknown.append(name);
        }
        if (!unknown.isEmpty()) {
            // The items are an enum in the schema: pydantic names the first offender.
            *reply = schemaError(call,
                { u"body"_s, u"permissions"_s, int(requested.indexOf(unknown.constFirst())) }, u"enum"_s,
                u"Input should be a valid permission name"_s,
                u"Unknown permission(s): %1"_s.arg(unknown.join(u", "_s)));
            return false;
        }
        const QList<QPair<QString, QString>> missing = call.state.faults().enforcePermissionDependencies
            ? catalog.missingDependencies(requested)
            : QList<QPair<QString, QString>>();
        if (!missing.isEmpty()) {
            QStringList parts;
            for (const auto& [permission, required] : missing)
                parts.append(u"%1 requires %2"_s.arg(permission, required));
            *reply = badRequest(
                call, u"Dependent permissions must be included together: %1"_s.arg(parts.join(u"; "_s)));
            return false;
        }
        out->clear();
        for (const PermissionInfo& info : catalog.permissions()) {
            if (requested.contains(info.name))
                out->append(info.name);
        }
        return true;
    }

    bool validateGroupName(
        const Call& call, const QJsonValue& value, const StoredGroup* renamed, QString* out, Reply* reply)
    {
        if (!value.isString()) {
            *reply = fieldError(
                call, { u"name"_s }, value, u"string"_s, u"name is required and must be a string"_s);
            return false;
        }
        const QString name = value.toString().trimmed();
        if (name.isEmpty()) {
            *reply = badRequest(call, u"The permission group name must not be empty"_s);
            return false;
        }
        const StoredGroup* existing = call.state.groupByName(name);
        if (existing && existing != renamed) {
            *reply = badRequest(call, u"A permission group named '%1' already exists"_s.arg(existing->name));
            return false;
        }
        *out = name;
        return true;
    }

    // ---- Agents and users -------------------------------------------------------------------------

    Reply listAgents(Call& call)
    {
        Reply reply;
        qint64 offset = 0, limit = 0;
        if (!queryInteger(call, u"offset"_s, 0, &offset, &reply)
            || !queryInteger(call, u"limit"_s, 100, &limit, &reply))
            return reply;
        limit = std::min(limit, kMaxListLimit);
        const QString email = call.query.queryItemValue(u"email"_s, QUrl::FullyDecoded);
        QJsonArray agents;
        const QList<AgentView> page = call.state.members(offset, limit, email);
        for (const AgentView& agent : page)
            agents.append(agentJson(agent));
        return ok({ { u"agents"_s, agents } });
    }

    Reply getAgent(Call& call)
    {
        const std::optional<qint64> number = DemoState::agentNumberFromId(call.params.at(0));
        const std::optional<AgentView> agent = number ? call.state.agent(*number) : std::nullopt;
        if (!agent || !agent->member)
            return error(call.style, 404, u"Agent not found"_s);
        return ok(agentJson(*agent));
    }

    struct BulkUserRow {
        QString ownUserId;
        bool hasData = false;
        QList<QPair<QString, QString>> data;
    };

    Reply bulkUsers(Call& call)
    {
        Reply reply;
        const std::optional<QJsonObject> body = parseObject(call, &reply);
        if (!body)
            return reply;
        const QJsonValue actionValue = body->value(u"action");
        const QString action = actionValue.toString();
        if (isAbsent(actionValue))
            return fieldError(call, { u"action"_s }, actionValue, u"string"_s,
                u"action is required and must be one of: create, update, delete"_s);
        if (action != u"create"_s && action != u"update"_s && action != u"delete"_s)
            return schemaError(call, { u"body"_s, u"action"_s }, u"enum"_s,
                u"Input should be 'create', 'update' or 'delete'"_s,
                u"Unknown bulk action '%1'; expected create, update or delete"_s.arg(action));

        const QJsonValue usersValue = body->value(u"users");
        if (!isAbsent(usersValue) && !usersValue.isArray())
            return fieldError(call, { u"users"_s }, usersValue, u"list"_s, u"users must be an array"_s);
        const QJsonArray users = usersValue.toArray();
        if (users.size() > maxBulkUsers) {
            return badRequest(call,
                u"At most %1 users can be processed per request; got %2"_s.arg(maxBulkUsers)
                    .arg(users.size()));
        }

        // Shape errors reject the whole request (as schema validation would); data problems are per row.
        QList<BulkUserRow> rows;
        for (qsizetype i = 0; i < users.size(); ++i) {
            const QJsonObject user = users.at(i).toObject();
            const QString ownUserIdMessage
                = u"users[%1].ownUserId is required and must be a non-empty string"_s.arg(i);
            if (!users.at(i).isObject())
                return schemaError(call, { u"body"_s, u"users"_s, int(i) }, u"dict_type"_s,
                    u"Input should be a valid dictionary"_s, ownUserIdMessage);
            if (!user.value(u"ownUserId").isString())
                return fieldError(call, { u"users"_s, int(i), u"ownUserId"_s }, user.value(u"ownUserId"),
                    u"string"_s, ownUserIdMessage);
            if (user.value(u"ownUserId").toString().isEmpty())
                return badRequest(call, ownUserIdMessage); // valid for the schema: the service's own check
            BulkUserRow row { user.value(u"ownUserId").toString(), false, {} };
            const QJsonValue data = user.value(u"data");
            if (!isAbsent(data)) {
                if (!data.isArray())
                    return fieldError(call, { u"users"_s, int(i), u"data"_s }, data, u"list"_s,
                        u"users[%1].data must be an array of {key, value} objects"_s.arg(i));
                row.hasData = true;
                const QJsonArray pairs = data.toArray();
                for (qsizetype k = 0; k < pairs.size(); ++k) {
                    const QJsonValue pair = pairs.at(k);
                    const QJsonObject object = pair.toObject();
                    if (!pair.isObject() || !object.value(u"key").isString()
                        || !object.value(u"value").isString()) {
                        const QString field = object.value(u"key").isString() ? u"value"_s : u"key"_s;
                        return fieldError(call, { u"users"_s, int(i), u"data"_s, int(k), field },
                            object.value(field), u"string"_s,
                            u"users[%1].data items must have string 'key' and 'value' fields"_s.arg(i));
                    }
                    row.data.append({ object.value(u"key").toString(), object.value(u"value").toString() });
                }
            }
            rows.append(row);
        }

        QHash<QString, StoredUser>& store = call.state.users();
        const QLatin1StringView receiptName = action == u"create"_s ? "users.create"_L1
            : action == u"update"_s                                 ? "users.update"_L1
                                                                    : "users.delete"_L1;
        // The answer is written directly: {"result":[{"message":…,"ownUserId":…,"status":…}]}, the
        // keys in the order QJsonDocument would write them.
        QByteArray answer;
        answer.reserve(32 + rows.size() * 64);
        answer += "{\"result\":[";
        bool first = true;
        for (const BulkUserRow& row : std::as_const(rows)) {
            call.state.countReceipt(receiptName, row.ownUserId);
            QString problem;
            const auto existing = store.find(row.ownUserId);
            const bool exists = existing != store.end();
            if (action == u"delete"_s) {
                if (!exists)
                    problem = u"User '%1' not found"_s.arg(row.ownUserId);
            } else if (action == u"create"_s && exists) {
                problem = u"User '%1' already exists"_s.arg(row.ownUserId);
            } else if (action == u"update"_s && !exists) {
                problem = u"User '%1' not found"_s.arg(row.ownUserId);
            } else if (!row.hasData || row.data.isEmpty()) {
                problem = u"data is required for %1"_s.arg(action);
            } else {
                for (const auto& [key, value] : row.data) {
                    if (key.isEmpty())
                        problem = u"data keys must not be empty"_s;
                    else if (key == u"email"_s && !isValidEmail(value))
                        problem = u"Invalid email '%1'"_s.arg(value);
                }
            }

            if (problem.isEmpty()) {
                if (action == u"delete"_s) {
                    store.erase(existing);
                } else {
                    StoredUser& user = exists ? *existing : *store.insert(row.ownUserId, StoredUser {});
                    for (const auto& [key, value] : row.data) {
                        if (key == u"userId"_s)
                            continue; // the identity comes from ownUserId only
                        // The documented keys are the user's own fields, answered in camelCase
                        // by "get user"; any other key is a custom variable, kept as named.
                        if (key == u"first_name"_s)
                            user.firstName = value;
                        else if (key == u"last_name"_s)
                            user.lastName = value;
                        else if (key == u"customer_group"_s)
                            user.customerGroup = QJsonObject { { u"name"_s, value } };
                        else if (key == u"firstName"_s || key == u"lastName"_s || key == u"customerGroup"_s)
                            continue; // not a documented key: the user's own field is not changed by it
                        else
                            user.setCustom(key, value);
                    }
                }
            }
            // A success row has no "message" key at all (the documented example).
            answer += first ? "{" : ",{";
            first = false;
            if (!problem.isEmpty()) {
                answer += "\"message\":";
                appendJsonString(answer, problem);
                answer += ',';
            }
            answer += "\"ownUserId\":";
            appendJsonString(answer, row.ownUserId);
            answer += problem.isEmpty() ? ",\"status\":\"success\"}" : ",\"status\":\"error\"}";
        }
        answer += "]}";
        return Reply { 200, answer, -1, {} };
    }

    Reply getUser(Call& call)
    {
        const auto it = call.state.users().constFind(call.params.at(0));
        if (it == call.state.users().cend())
            return error(call.style, 404, u"User not found"_s);
        QJsonObject user = it->toJson(it.key());
        if (call.state.faults().hideCustomUserFields) {
            static const QStringList own { u"userId"_s, u"firstName"_s, u"lastName"_s, u"email"_s,
                u"customerGroup"_s };
            for (const QString& key : user.keys()) {
                if (!own.contains(key))
                    user.remove(key);
            }
        }
        return ok({ { u"result"_s, user } });
    }

    // ---- Bulk members -----------------------------------------------------------------------------

    struct MemberRow {
        QString email;
        QString firstName;
        QString lastName;
        QString locale;
        bool hasLocale = false;
        bool hasGroups = false;
        QStringList groups;
    };

    bool parseMembers(Call& call, QList<MemberRow>* rows, Reply* reply)
    {
        const std::optional<QJsonObject> body = parseObject(call, reply);
        if (!body)
            return false;
        const QJsonValue membersValue = body->value(u"members");
        if (!isAbsent(membersValue) && !membersValue.isArray()) {
            *reply
                = fieldError(call, { u"members"_s }, membersValue, u"list"_s, u"members must be an array"_s);
            return false;
        }
        const QJsonArray members = membersValue.toArray();
        for (qsizetype i = 0; i < members.size(); ++i) {
            const QJsonObject member = members.at(i).toObject();
            if (!members.at(i).isObject() || !member.value(u"email").isString()) {
                *reply = fieldError(call, { u"members"_s, int(i), u"email"_s }, member.value(u"email"),
                    u"string"_s, u"members[%1].email is required and must be a string"_s.arg(i));
                return false;
            }
            MemberRow row;
            row.email = member.value(u"email").toString().trimmed();
            if (!optionalString(member, u"firstName"_s, &row.firstName)
                || !optionalString(member, u"lastName"_s, &row.lastName)
                || !optionalString(member, u"locale"_s, &row.locale)) {
                *reply = schemaError(call, { u"body"_s, u"members"_s, int(i) }, u"string_type"_s,
                    u"Input should be a valid string"_s,
                    u"members[%1]: firstName, lastName and locale must be strings or null"_s.arg(i));
                return false;
            }
            row.hasLocale = !isAbsent(member.value(u"locale"));
            const QJsonValue groups = member.value(u"groups");
            row.hasGroups = !isAbsent(groups);
            if (row.hasGroups && !stringArray(groups, &row.groups)) {
                *reply = fieldError(call, { u"members"_s, int(i), u"groups"_s }, groups, u"list"_s,
                    u"members[%1].groups must be an array of strings or null"_s.arg(i));
                return false;
            }
            const QJsonValue attributes = member.value(u"attributes");
            if (!isAbsent(attributes)) {
                const QJsonObject object = attributes.toObject();
                bool allStrings = true;
                for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                    allStrings = allStrings && it.value().isString();
                if (!attributes.isObject() || !allStrings) {
                    *reply = fieldError(call, { u"members"_s, int(i), u"attributes"_s }, attributes,
                        attributes.isObject() ? u"string"_s : u"dict"_s,
                        u"members[%1].attributes must map names to strings"_s.arg(i));
                    return false;
                }
            }
            rows->append(row);
        }
        return true;
    }

    // Rows with the same outcome share one BulkTaskResult, as the real server reports them.
    class BulkOutcome
    {
    public:
        void add(const QString& email, const QString& problem)
        {
            for (auto& [message, emails] : m_entries) {
                if (message == problem) {
                    emails.append(email);
                    return;
                }
            }
            m_entries.append({ problem, { email } });
        }

        Reply reply() const
        {
            QJsonArray result;
            for (const auto& [message, emails] : m_entries) {
                result.append(QJsonObject {
                    { u"emails"_s, QJsonArray::fromStringList(emails) },
                    { u"status"_s, message.isEmpty() ? u"success"_s : u"error"_s },
                    { u"errorMessage"_s,
                        message.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(message) },
                });
            }
            return ok({ { u"result"_s, result } });
        }

    private:
        QList<QPair<QString, QStringList>> m_entries;
    };

    StoredGroup* findGroup(DemoState& state, const QString& nameOrId)
    {
        StoredGroup* group = state.groupByName(nameOrId);
        return group ? group : state.groupById(nameOrId);
    }

    StoredGroup* defaultGroup(DemoState& state)
    {
        for (StoredGroup& group : state.groups()) {
            if (group.isDefault)
                return &group;
        }
        return nullptr;
    }

    Reply inviteMembers(Call& call)
    {
        Reply reply;
        QList<MemberRow> rows;
        if (!parseMembers(call, &rows, &reply))
            return reply;
        DemoState& state = call.state;
        BulkOutcome outcome;
        for (const MemberRow& row : std::as_const(rows)) {
            state.countReceipt("members.invite"_L1, row.email.toLower());
            if (!isValidEmail(row.email)) {
                outcome.add(row.email, u"Invalid email address"_s);
                continue;
            }
            if (row.hasLocale && !isTwoLetterCode(row.locale)) {
                outcome.add(row.email, u"Invalid locale; use a two-letter ISO 639-1 code"_s);
                continue;
            }
            if (std::any_of(row.groups.cbegin(), row.groups.cend(),
                    [](const QString& g) { return g.trimmed().isEmpty(); })) {
                outcome.add(row.email, u"Permission group names must not be empty"_s);
                continue;
            }
            std::optional<qint64> number = state.agentNumberByEmail(row.email);
            if (!number) {
                number = state.createAgent(
                    row.email, row.firstName, row.lastName, row.hasLocale ? row.locale.toLower() : u"en"_s);
            } else {
                state.setMember(*number, true);
            }
            // A member invited with no group gets none (and sees only Alli Works: the Japanese
            // members guide), not a default group.
            for (const QString& name : row.groups) {
                StoredGroup* group = findGroup(state, name);
                if (!group)
                    group = &state.createGroup(name, {}); // the spec: "creates if needed"
                DemoState::addMember(*group, *number);
            }
            outcome.add(row.email, QString());
        }
        return outcome.reply();
    }

    Reply updateMemberGroups(Call& call)
    {
        Reply reply;
        QList<MemberRow> rows;
        if (!parseMembers(call, &rows, &reply))
            return reply;
        DemoState& state = call.state;
        BulkOutcome outcome;
        for (const MemberRow& row : std::as_const(rows)) {
            state.countReceipt("members.update-groups"_L1, row.email.toLower());
            if (!isValidEmail(row.email)) {
                outcome.add(row.email, u"Invalid email address"_s);
                continue;
            }
            const std::optional<qint64> number = state.agentNumberByEmail(row.email);
            const std::optional<AgentView> agent = number ? state.agent(*number) : std::nullopt;
            if (!agent || !agent->member) {
                outcome.add(row.email, u"Not a member of this project"_s);
                continue;
            }
            if (!row.hasGroups) {
                outcome.add(row.email, u"groups is required"_s);
                continue;
            }
            QList<StoredGroup*> groups;
            QString unknown;
            for (const QString& name : row.groups) {
                StoredGroup* group = findGroup(state, name);
                if (!group) {
                    unknown = name;
                    break;
                }
                groups.append(group);
            }
            if (!unknown.isEmpty()) {
                outcome.add(row.email, u"Unknown permission group: %1"_s.arg(unknown));
                continue;
            }
            state.removeFromAllGroups(*number);
            for (StoredGroup* group : std::as_const(groups))
                DemoState::addMember(*group, *number);
            outcome.add(row.email, QString());
        }
        return outcome.reply();
    }

    Reply removeMembers(Call& call)
    {
        Reply reply;
        QList<MemberRow> rows;
        if (!parseMembers(call, &rows, &reply))
            return reply;
        DemoState& state = call.state;
        BulkOutcome outcome;
        for (const MemberRow& row : std::as_const(rows)) {
            state.countReceipt("members.remove"_L1, row.email.toLower());
            if (!isValidEmail(row.email)) {
                outcome.add(row.email, u"Invalid email address"_s);
                continue;
            }
            const std::optional<qint64> number = state.agentNumberByEmail(row.email);
            const std::optional<AgentView> agent = number ? state.agent(*number) : std::nullopt;
            if (!agent || !agent->member) {
                outcome.add(row.email, u"Not a member of this project"_s);
                continue;
            }
            state.setMember(*number, false);
            outcome.add(row.email, QString());
        }
        return outcome.reply();
    }

    // ---- Permission groups ------------------------------------------------------------------------

    Reply listPermissionGroups(Call& call)
    {
        Reply reply;
        qint64 offset = 0, limit = 0;
        if (!queryInteger(call, u"offset"_s, 0, &offset, &reply)
            || !queryInteger(call, u"limit"_s, 100, &limit, &reply))
            return reply;
        limit = std::min(limit, kMaxListLimit);
        const QString search = call.query.queryItemValue(u"search_term"_s, QUrl::FullyDecoded).trimmed();
        QList<const StoredGroup*> matches;
        for (const StoredGroup& group : call.state.groups()) {
            if (search.isEmpty() || group.name.contains(search, Qt::CaseInsensitive))
                matches.append(&group);
        }
        // Ordered groups first by their order, unordered ones after them in creation order.
        std::stable_sort(matches.begin(), matches.end(), [](const StoredGroup* a, const StoredGroup* b) {
            if (a->order.has_value() != b->order.has_value())
                return a->order.has_value();
            return a->order.value_or(0) < b->order.value_or(0);
        });
        QJsonArray groups;
        for (qsizetype i = offset; i < matches.size() && i < offset + limit; ++i)
            groups.append(groupSummaryJson(*matches.at(i)));
        return ok({ { u"permissionGroups"_s, groups } });
    }

    Reply createPermissionGroup(Call& call)
    {
        Reply reply;
        const std::optional<QJsonObject> body = parseObject(call, &reply);
        if (!body)
            return reply;
        QString name;
        if (!validateGroupName(call, body->value(u"name"), nullptr, &name, &reply))
            return reply;

        QStringList agentIds;
        const QJsonValue agentIdsValue = body->value(u"agentIds");
        if (!isAbsent(agentIdsValue) && !stringArray(agentIdsValue, &agentIds))
            return fieldError(call, { u"agentIds"_s }, agentIdsValue, u"list"_s,
                u"agentIds must be an array of agent ids"_s);
        QList<qint64> agentNumbers;
        QStringList unknownAgents;
        for (const QString& id : std::as_const(agentIds)) {
            const std::optional<qint64> number = DemoState::agentNumberFromId(id);
            const std::optional<AgentView> agent = number ? call.state.agent(*number) : std::nullopt;
            if (!agent || !agent->member)
                unknownAgents.append(id);
            else
                agentNumbers.append(*number);
        }
        if (!unknownAgents.isEmpty())
            return badRequest(call, u"Unknown agent id(s): %1"_s.arg(unknownAgents.join(u", "_s)));

        QStringList permissions;
        const QJsonValue permissionsValue = body->value(u"permissions");
        if (!isAbsent(permissionsValue) && !validatePermissions(call, permissionsValue, &permissions, &reply))
            return reply;

        StoredGroup& group = call.state.createGroup(name, permissions);
        for (qint64 number : std::as_const(agentNumbers))
            DemoState::addMember(group, number);
        return ok(groupDetailJson(call.state, group));
    }

    StoredGroup* groupFromPath(Call& call, Reply* reply)
    {
        StoredGroup* group = call.state.groupById(call.params.at(0));
        if (!group)
            *reply = error(call.style, 404, u"Permission group not found"_s);
        return group;
    }

    Reply getPermissionGroup(Call& call)
    {
        Reply reply;
        const StoredGroup* group = groupFromPath(call, &reply);
        return group ? ok(groupDetailJson(call.state, *group)) : reply;
    }

    Reply deletePermissionGroup(Call& call)
    {
        Reply reply;
        const StoredGroup* group = groupFromPath(call, &reply);
        if (!group)
            return reply;
        if (group->isAdmin)
            return badRequest(call, u"The admin permission group cannot be deleted"_s);
        if (group->isDefault)
            return badRequest(call, u"The default permission group cannot be deleted"_s);
        call.state.deleteGroup(group->number);
        return Reply { 200, QByteArray(), -1, {} }; // 200 with no body, as documented
    }

    Reply listPermissionGroupAgents(Call& call)
    {
        Reply reply;
        const StoredGroup* group = groupFromPath(call, &reply);
        return group ? json(QJsonDocument(groupAgentsJson(call.state, *group))) : reply;
    }

    Reply renamePermissionGroup(Call& call)
    {
        Reply reply;
        StoredGroup* group = groupFromPath(call, &reply);
        if (!group)
            return reply;
        const std::optional<QJsonObject> body = parseObject(call, &reply);
        if (!body)
            return reply;
        QString name;
        if (!validateGroupName(call, body->value(u"name"), group, &name, &reply))
            return reply;
        // "Cannot be deleted or edited", rename included (user guide, groups page).
        if (group->isAdmin)
            return badRequest(call, u"The admin permission group cannot be edited"_s);
        group->name = name;
        return ok(groupDetailJson(call.state, *group));
    }

    Reply updatePermissionGroupPermissions(Call& call)
    {
        Reply reply;
        StoredGroup* group = groupFromPath(call, &reply);
        if (!group)
            return reply;
        const std::optional<QJsonObject> body = parseObject(call, &reply);
        if (!body)
            return reply;
        if (isAbsent(body->value(u"permissions")))
            return fieldError(call, { u"permissions"_s }, body->value(u"permissions"), u"list"_s,
                u"permissions is required"_s);
        QStringList permissions;
        if (!validatePermissions(call, body->value(u"permissions"), &permissions, &reply))
            return reply;
        if (group->isAdmin)
            return badRequest(call, u"The permissions of the admin permission group cannot be changed"_s);
        group->permissions = permissions;
        return ok(groupDetailJson(call.state, *group));
    }

    // ---- Agent builder ----------------------------------------------------------------------------

    Reply findTool(Call& call, const QJsonArray& tools, const QString& kind)
    {
        const QString& name = call.params.at(0);
        for (const QJsonValue& tool : tools) {
            if (tool.toObject().value(u"name").toString() == name)
                return ok({ { u"success"_s, true }, { u"tool"_s, tool } });
        }
        return error(call.style, 404, u"%1 '%2' not found"_s.arg(kind, name));
    }

    Reply listSingleActionAppTools(Call& call)
    {
        return ok({ { u"tools"_s, call.state.singleActionAppTools() } });
    }

    Reply getSingleActionAppTool(Call& call)
    {
        return findTool(call, call.state.singleActionAppTools(), u"Single action app tool"_s);
    }

    Reply listAgentTools(Call& call)
    {
        return ok({ { u"tools"_s, call.state.agentTools() } });
    }

    Reply getAgentTool(Call& call)
    {
        return findTool(call, call.state.agentTools(), u"Agent tool"_s);
    }

    QJsonObject* oauth2FromBody(Call& call, const QJsonObject& body, Reply* reply)
    {
        const QJsonValue state = body.value(u"state");
        if (!state.isString() || state.toString().isEmpty()) {
            *reply = badRequest(call, u"state is required and must be a non-empty string"_s);
            return nullptr;
        }
        const auto it = call.state.oauth2().find(state.toString());
        if (it == call.state.oauth2().end()) {
            *reply = error(call.style, 404, u"OAuth2 information not found"_s);
            return nullptr;
        }
        return &*it;
    }

    Reply getOAuth2Information(Call& call)
    {
        Reply reply;
        const std::optional<QJsonObject> body = parseObject(call, &reply);
        if (!body)
            return reply;
        const QJsonObject* info = oauth2FromBody(call, *body, &reply);
        return info ? ok({ { u"success"_s, true }, { u"oauth2_info"_s, *info } }) : reply;
    }

    Reply updateOAuth2Information(Call& call)
    {
        Reply reply;
        const std::optional<QJsonObject> body = parseObject(call, &reply);
        if (!body)
            return reply;
        const QJsonValue tokenInfo = body->value(u"tokenInfo");
        const QJsonValue tokenGenerated = body->value(u"tokenGenerated");
        if (!body->value(u"state").isString() || body->value(u"state").toString().isEmpty())
            return badRequest(call, u"state is required and must be a non-empty string"_s);
        if (!tokenInfo.isUndefined() && !tokenInfo.isObject())
            return badRequest(call, u"tokenInfo must be an object"_s);
        if (!tokenGenerated.isUndefined() && !tokenGenerated.isDouble())
            return badRequest(call, u"tokenGenerated must be a number"_s);
        // Only `state` is required (spec); what the service does with nothing else is not
        // documented, so the demo takes it and changes nothing.
        QJsonObject* info = oauth2FromBody(call, *body, &reply);
        if (!info)
            return reply;
        if (tokenInfo.isObject())
            info->insert(u"token_info"_s, tokenInfo);
        if (tokenGenerated.isDouble())
            info->insert(u"token_generated"_s, tokenGenerated);
        return ok({ { u"success"_s, true } });
    }

    // ---- Agent management -------------------------------------------------------------------------

    Reply manageAgent(Call& call)
    {
        Reply reply;
        const std::optional<QJsonObject> body = parseObject(call, &reply);
        if (!body)
            return reply;
        DemoState& state = call.state;
        const QJsonValue emailValue = body->value(u"email");
        if (!emailValue.isString() || emailValue.toString().trimmed().isEmpty())
            return badRequest(call, u"email is required"_s);
        const QString email = emailValue.toString().trimmed();
        if (!isValidEmail(email))
            return badRequest(call, u"Invalid email address: %1"_s.arg(email));
        const QJsonValue deleteFlag = body->value(u"deleteFlag");
        if (!isAbsent(deleteFlag) && !deleteFlag.isBool())
            return badRequest(call, u"deleteFlag must be a boolean"_s);
        const std::optional<qint64> existing = state.agentNumberByEmail(email);
        state.countReceipt(deleteFlag.toBool() ? "agents.delete"_L1 : "agents.create"_L1, email.toLower());

        if (deleteFlag.toBool()) {
            if (!existing)
                return error(call.style, 404, u"Agent with email %1 does not exist"_s.arg(email));
            const QString id = DemoState::agentId(*existing);
            state.deleteAgent(*existing);
            return ok({ { u"result"_s, QJsonObject { { u"id"_s, id }, { u"status"_s, u"deleted"_s } } } });
        }

        if (existing)
            return badRequest(call, u"An agent with email %1 is already registered"_s.arg(email));
        const QJsonValue password = body->value(u"password");
        if (!password.isString() || password.toString().isEmpty())
            return badRequest(call, u"password is required to create an agent"_s);
        if (!isStrongPassword(password.toString())) {
            return badRequest(call,
                u"Password must contain 3 of the 4 character classes: lower-case letters, upper-case "
                u"letters, digits, non-alphanumeric characters"_s);
        }
        QString locale = u"en"_s;
        const QJsonValue localeValue = body->value(u"locale");
        if (!isAbsent(localeValue)) {
            if (!localeValue.isString() || !isTwoLetterCode(localeValue.toString()))
                return badRequest(call, u"locale must be a two-letter ISO 639-1 code"_s);
            locale = localeValue.toString().toLower();
        }
        const QJsonValue groupIdValue = body->value(u"permission_group_id");
        const QJsonValue groupNameValue = body->value(u"permission_group_name");
        if ((!isAbsent(groupIdValue) && !groupIdValue.isString())
            || (!isAbsent(groupNameValue) && !groupNameValue.isString()))
            return badRequest(call, u"permission_group_id and permission_group_name must be strings"_s);
        StoredGroup* group = nullptr;
        if (groupIdValue.isString()) {
            group = state.groupById(groupIdValue.toString());
            if (!group)
                return error(
                    call.style, 404, u"Permission group %1 not found"_s.arg(groupIdValue.toString()));
        } else if (groupNameValue.isString()) {
            group = state.groupByName(groupNameValue.toString());
            if (!group)
                return error(
                    call.style, 404, u"Permission group '%1' not found"_s.arg(groupNameValue.toString()));
        } else {
            group = defaultGroup(state);
        }
        const qint64 number = state.createAgent(email, email.section(u'@', 0, 0), QString(), locale);
        if (group)
            DemoState::addMember(*group, number);
        return ok({ { u"result"_s,
            QJsonObject { { u"id"_s, DemoState::agentId(number) }, { u"status"_s, u"created"_s } } } });
    }

    // ---- Routing ----------------------------------------------------------------------------------

    struct Route {
        Method method;
        QLatin1StringView pattern;
        ErrorStyle style;
        Reply (*handler)(Call&);
    };

    const std::array<Route, 21> routes { {
        { Method::Get, "/webapi/v2/agents"_L1, ErrorStyle::Detail, listAgents },
        { Method::Get, "/webapi/v2/agents/{}"_L1, ErrorStyle::Detail, getAgent },
        { Method::Post, "/webapi/v2/users/bulk"_L1, ErrorStyle::Detail, bulkUsers },
        { Method::Get, "/webapi/v2/user/{}"_L1, ErrorStyle::Detail, getUser },
        { Method::Post, "/webapi/v2/members/bulk/invite"_L1, ErrorStyle::Detail, inviteMembers },
        { Method::Post, "/webapi/v2/members/bulk/update_permission_groups"_L1, ErrorStyle::Detail,
            updateMemberGroups },
        { Method::Post, "/webapi/v2/members/bulk/remove"_L1, ErrorStyle::Detail, removeMembers },
        { Method::Get, "/webapi/v2/permission_groups"_L1, ErrorStyle::Detail, listPermissionGroups },
        { Method::Post, "/webapi/v2/permission_groups"_L1, ErrorStyle::Detail, createPermissionGroup },
        { Method::Get, "/webapi/v2/permission_groups/{}"_L1, ErrorStyle::Detail, getPermissionGroup },
        { Method::Delete, "/webapi/v2/permission_groups/{}"_L1, ErrorStyle::Detail, deletePermissionGroup },
        { Method::Get, "/webapi/v2/permission_groups/{}/agents"_L1, ErrorStyle::Detail,
            listPermissionGroupAgents },
        { Method::Put, "/webapi/v2/permission_groups/{}/name"_L1, ErrorStyle::Detail, renamePermissionGroup },
        { Method::Put, "/webapi/v2/permission_groups/{}/permissions"_L1, ErrorStyle::Detail,
            updatePermissionGroupPermissions },
        { Method::Get, "/webapi/agent_builder/single_action_app_tools"_L1, ErrorStyle::SuccessError,
            listSingleActionAppTools },
        { Method::Get, "/webapi/agent_builder/single_action_app_tool/{}"_L1, ErrorStyle::SuccessError,
            getSingleActionAppTool },
        { Method::Get, "/webapi/agent_builder/agent_tools"_L1, ErrorStyle::SuccessError, listAgentTools },
        { Method::Get, "/webapi/agent_builder/agent_tool/{}"_L1, ErrorStyle::SuccessError, getAgentTool },
        { Method::Post, "/webapi/agent_builder/oauth2_information"_L1, ErrorStyle::SuccessError,
            getOAuth2Information },
        { Method::Post, "/webapi/agent_builder/oauth2_information/update"_L1, ErrorStyle::SuccessError,
            updateOAuth2Information },
        { Method::Post, "/webapi/agent_management"_L1, ErrorStyle::Errors, manageAgent },
    } };

    bool matchPath(QLatin1StringView pattern, const QStringList& segments, QStringList* params)
    {
        const QStringList patternParts = QString(pattern).split(u'/', Qt::SkipEmptyParts);
        if (patternParts.size() != segments.size())
            return false;
        QStringList captured;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (patternParts.at(i) == u"{}"_s)
                captured.append(segments.at(i));
            else if (patternParts.at(i) != segments.at(i))
                return false;
        }
        *params = captured;
        return true;
    }

    QByteArray methodName(Method method)
    {
        switch (method) {
        case Method::Get:
            return QByteArrayLiteral("GET");
        case Method::Put:
            return QByteArrayLiteral("PUT");
        case Method::Delete:
            return QByteArrayLiteral("DELETE");
        case Method::Post:
            return QByteArrayLiteral("POST");
        case Method::Head:
            return QByteArrayLiteral("HEAD");
        case Method::Options:
            return QByteArrayLiteral("OPTIONS");
        case Method::Patch:
            return QByteArrayLiteral("PATCH");
        default:
            return QByteArrayLiteral("OTHER");
        }
    }

    QByteArray headerValue(
        const QList<QPair<QByteArray, QByteArray>>& headers, QByteArrayView name, bool* present = nullptr)
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                if (present)
                    *present = true;
                return value.trimmed();
            }
        }
        if (present)
            *present = false;
        return {};
    }

    // Header values are Latin-1 on the wire; clients send non-ASCII identities as "base64:<UTF-8 bytes>".
    std::optional<QString> decodeIdentityHeader(const QByteArray& raw)
    {
        QByteArray bytes = raw;
        if (raw.startsWith("base64:")) {
            const auto decoded = QByteArray::fromBase64Encoding(
                raw.mid(7).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return std::nullopt;
            bytes = *decoded;
        }
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(bytes);
        if (utf8.hasError())
            return std::nullopt;
        return text;
    }

    void writeReply(QHttpServerResponder& responder, const Reply& reply)
    {
        responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
        if (reply.retryAfterSeconds >= 0)
            responder.writeHeader(
                QByteArrayLiteral("Retry-After"), QByteArray::number(reply.retryAfterSeconds));
        if (!reply.allow.isEmpty())
            responder.writeHeader(QByteArrayLiteral("Allow"), reply.allow);
        responder.writeBody(reply.body);
    }

    // A response whose sending waits for the injected latency; owns the responder until then.
    struct DeferredReply {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        Reply reply;
    };

} // namespace

struct DemoHttpServer::Incoming {
    Method method = Method::Unknown;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

DemoHttpServer::DemoHttpServer(std::shared_ptr<DemoState> state, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_state(std::move(state))
{
    // One worker: the state is behind one mutex anyway, and answers on a connection keep their order.
    m_workers.setMaxThreadCount(1);
    m_workers.setExpiryTimeout(-1);
}

DemoHttpServer::~DemoHttpServer()
{
    m_workers.waitForDone(); // the work in progress hands its answer to the clock
    m_answerClock.stop(); // no answer is handed to this object from now on
}

quint16 DemoHttpServer::listenOnLoopback(quint16 port, QString* error, const QSslConfiguration* tls)
{
    QTcpServer* server = nullptr;
    if (tls) {
        auto* ssl = new QSslServer(this);
        ssl->setSslConfiguration(*tls);
        server = ssl;
    } else {
        server = new QTcpServer(this);
    }
    if (!server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

Reply DemoHttpServer::dispatch(const Incoming& request)
{
    QMutexLocker locker(&m_state->mutex());
    DemoState& state = *m_state;
    const DemoFaults faults = state.faults();
    const qint64 requestNumber = state.countRequest();
    state.currentRequestKeys().clear();

    if (faults.rateLimitEvery > 0 && requestNumber % faults.rateLimitEvery == 0) {
        ++state.faultCounts().rateLimited;
        Reply reply = error(ErrorStyle::Detail, 429, u"Too many requests"_s);
        reply.retryAfterSeconds = faults.retryAfterSeconds;
        return reply;
    }

    const QStringList segments = request.url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    const Route* route = nullptr;
    QStringList params;
    QByteArrayList allowed;
    for (const Route& candidate : routes) {
        QStringList captured;
        if (!matchPath(candidate.pattern, segments, &captured))
            continue;
        allowed.append(methodName(candidate.method));
        if (candidate.method == request.method) {
            route = &candidate;
            params = captured;
        }
    }
    if (!route) {
        if (allowed.isEmpty())
            return error(ErrorStyle::Detail, 404, u"Not Found"_s);
        // As recorded from the real service: plain text, not JSON.
        Reply reply;
        reply.status = 405;
        reply.body = QByteArrayLiteral("Method not allowed");
        reply.contentType = QByteArrayLiteral("text/html");
        reply.allow = allowed.join(", ");
        return reply;
    }

    const QByteArray apiKey = headerValue(request.headers, "API-KEY");
    const QByteArray authorization = headerValue(request.headers, "Authorization");
    const bool keyOk = !apiKey.isEmpty() && apiKey == state.apiKey().toUtf8();
    const bool tokenOk = authorization.startsWith("Bearer ") && !state.token().isEmpty()
        && authorization.mid(7).trimmed() == state.token().toUtf8();
    if (!keyOk && !tokenOk) {
        // The body the real service was recorded sending for a missing or invalid key.
        return json(
            QJsonDocument(QJsonObject {
                { u"error"_s, QJsonObject { { u"value"_s, 1013 }, { u"name"_s, u"INVALID_TOKEN"_s } } },
                { u"message"_s, u"INVALID_TOKEN"_s } }),
            401);
    }
    if (faults.forbidden) {
        return error(ErrorStyle::Detail, 403,
            u"Access denied. The project is inactive or the request IP is not allowed."_s);
    }

    QHash<QString, QString> identity;
    for (const char* name : { "AGENT-EMAIL", "USER-EMAIL", "OWN-USER-ID" }) {
        bool present = false;
        const QByteArray raw = headerValue(request.headers, name, &present);
        if (!present)
            continue;
        const std::optional<QString> value = decodeIdentityHeader(raw);
        if (!value)
            return error(route->style, 400,
                u"Invalid %1 header: not valid base64-encoded UTF-8"_s.arg(QLatin1StringView(name)));
        identity.insert(QLatin1StringView(name), *value);
    }
    state.lastIdentityHeaders() = identity;
    if (state.capturing())
        state.captured().append({ QString::fromLatin1(methodName(request.method)),
            request.url.path(QUrl::FullyDecoded), request.body });

    const bool read = request.method == QHttpServerRequest::Method::Get;
    if ((!faults.failWritesOnly || !read) && state.nextInjectedFailure()) {
        ++state.faultCounts().injectedFailures;
        return error(ErrorStyle::Detail, 500, u"Injected failure"_s);
    }

    Call call { state, params, QUrlQuery(request.url), request.body, route->style };
    Reply reply = route->handler(call);
    // Lost-response mode: the change above is applied, then the connection is closed unanswered.
    if (state.nextLostResponse()) {
        ++state.faultCounts().lostResponses;
        reply.dropConnection = true;
        for (const QString& key : std::as_const(state.currentRequestKeys()))
            state.lostKeys().insert(key);
    }
    return reply;
}

bool DemoHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // The injected latency is the answer's time from the request's arrival, the server's own work
    // included, as a real service's response time is: a 50 ms server answers 50 ms after it has a
    // request (or as soon as its work is done, if that took longer). With a latency, the work is
    // done on a worker, so requests arriving together are all taken at once: none waits for the
    // others' work before its time starts.
    const auto arrived = std::chrono::steady_clock::now();
    // As production servers do: without TCP_NODELAY, keep-alive clients wait for delayed ACKs
    // (about 40 ms a request) before a multi-segment answer goes out.
    if (socket->socketOption(QAbstractSocket::LowDelayOption).toInt() == 0)
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    int latencyMs = 0;
    {
        QMutexLocker locker(&m_state->mutex());
        latencyMs = m_state->faults().latencyMs;
        m_state->requestStarted();
    }
    Incoming incoming { request.method(), request.url(), request.headers(), request.body() };
    auto deferred = std::make_shared<DeferredReply>(
        DeferredReply { std::make_unique<QHttpServerResponder>(makeResponder(request, socket)), socket, {} });
    // On the server's thread, where the socket lives. The responder ends here too, whichever
    // thread lets go of the request last (a worker or the clock may still hold a copy).
    const auto send = [state = m_state, deferred] {
        const std::unique_ptr<QHttpServerResponder> responder = std::move(deferred->responder);
        {
            QMutexLocker locker(&state->mutex());
            state->requestAnswered();
        }
        QTcpSocket* target = deferred->socket;
        if (!target || target->state() != QAbstractSocket::ConnectedState)
            return; // the client gave up meanwhile: the answer is dropped
        if (deferred->reply.dropConnection)
            target->abort(); // no status line, no body: the client only sees the connection go away
        else
            writeReply(*responder, deferred->reply);
    };
    const auto work = [this, deferred, incoming = std::move(incoming)] {
        deferred->reply = dispatch(incoming);
        qCDebug(lcDemo).noquote() << methodName(incoming.method) << incoming.url.path()
                                  << deferred->reply.status;
    };
    if (latencyMs <= 0) {
        work();
        // A connection is never closed from within its own request.
        if (deferred->reply.dropConnection)
            QTimer::singleShot(0, this, send);
        else
            send();
        return true;
    }
    // Each answer has its own deadline, so concurrent requests overlap their latency instead of
    // queueing behind each other; one whose work took longer goes as soon as it is done.
    m_workers.start([this, work, send, deadline = arrived + std::chrono::milliseconds(latencyMs)] {
        work();
        m_answerClock.at(
            deadline, [this, send] { QMetaObject::invokeMethod(this, send, Qt::QueuedConnection); });
    });
    return true;
}

void DemoHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers every request itself; this only satisfies the abstract interface.
    auto responder = makeResponder(request, socket);
    writeReply(responder, error(ErrorStyle::Detail, 404, u"Not Found"_s));
}

} // namespace Alli::Demo
