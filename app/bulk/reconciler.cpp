#include "reconciler.h"

#include "alliclient.h"
#include "operationtraits.h"
#include "pager.h"

#include <QJsonArray>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Bulk
{

namespace
{

    // Lookups in flight: a few, so a large reconciliation does not crowd the client's queue.
    constexpr int kLookupsInFlight = 4;

    QString trimmedLower(const QString& s)
    {
        return s.trimmed().toLower();
    }

    // What "get user" answers for a users/bulk data key, or nothing when the answer has no such
    // field (which says nothing about the row). The documented keys are sent in snake_case and
    // answered in camelCase (first_name -> firstName); any key is also looked for as written and
    // in the other case style. A customer group may come back as an object: its name or id.
    std::optional<QStringList> answeredValues(const QJsonObject& answer, const QString& key)
    {
        QStringList names { key };
        QString camel;
        bool upper = false;
        for (QChar c : key) {
            if (c == u'_') {
                upper = true;
                continue;
            }
            camel += upper ? c.toUpper() : c;
            upper = false;
        }
        QString snake;
        for (QChar c : key)
            snake += c.isUpper() ? u"_"_s + c.toLower() : QString(c);
        for (const QString& name : { camel, snake }) {
            if (!names.contains(name))
                names.append(name);
        }
        for (const QString& name : std::as_const(names)) {
            const QJsonValue v = answer.value(name);
            if (v.isString())
                return QStringList { v.toString() };
            if (v.isDouble())
                return QStringList { QString::number(v.toDouble()) };
            if (v.isObject()) {
                QStringList values;
                for (const QString& field : { u"name"_s, u"id"_s }) {
                    if (v.toObject().value(field).isString())
                        values.append(v.toObject().value(field).toString());
                }
                if (!values.isEmpty())
                    return values;
            }
        }
        return std::nullopt;
    }

} // namespace

Reconciler::Reconciler(AlliClient* client, Operation op, const QList<PreparedRow>& rows, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_operation(op)
    , m_rows(rows)
{
}

Reconciler::~Reconciler()
{
    // No signal from here on: the replies are cancelled without reaching our handlers.
    m_finished = true;
    m_tasks.clear();
    const QList<QPointer<ApiReply>> replies = m_replies;
    for (const QPointer<ApiReply>& reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->cancel();
        }
    }
}

QList<int> Reconciler::unknownRows(const QList<RowResult>& results)
{
    QList<int> rows;
    for (int i = 0; i < results.size(); ++i) {
        if (results.at(i).state == RowState::Unknown)
            rows.append(i);
    }
    return rows;
}

Reconciler::Changes Reconciler::changes(Use use) const
{
    Changes c;
    c.rows = m_results.keys();
    std::sort(c.rows.begin(), c.rows.end());
    c.results.reserve(c.rows.size());
    for (int row : std::as_const(c.rows)) {
        RowResult result = m_results.value(row);
        if (use == Use::BeforeResume && m_notApplied.contains(row)) {
            result.state = RowState::Pending;
            result.message.clear();
            result.retranslate.reset();
            ++c.toSend;
        }
        c.results.append(result);
    }
    return c;
}

void Reconciler::Changes::applyTo(QList<RowResult>* all) const
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i) >= 0 && rows.at(i) < all->size())
            (*all)[rows.at(i)] = results.at(i);
    }
}

void Reconciler::start(const QList<int>& rowIndexes, const QList<RowResult>& previous)
{
    if (m_started)
        return;
    m_started = true;
    for (int row : rowIndexes) {
        if (row < 0 || row >= m_rows.size())
            continue;
        m_previous.insert(
            row, row < previous.size() ? previous.at(row) : RowResult { RowState::Unknown, {}, 1 });
    }
    m_total = int(m_previous.size());
    if (!m_client) {
        for (auto it = m_previous.cbegin(); it != m_previous.cend(); ++it)
            couldNotCheck(it.key(), [] { return tr("no connection"); });
    } else if (m_operation == Operation::UpdateMemberGroups) {
        if (!m_previous.isEmpty())
            lookUpGroups();
    } else {
        // Users by ownUserId; members and agents by e-mail: present after a create, absent after a removal.
        const OperationTraits& traits = traitsOf(m_operation);
        const bool users = traits.family == OperationTraits::Family::Users;
        const bool expectPresent = traits.effect != OperationTraits::Effect::Removes;
        for (auto it = m_previous.cbegin(); it != m_previous.cend(); ++it) {
            const int row = it.key();
            if (users)
                m_tasks.append([this, row] { lookUpUser(row); });
            else
                m_tasks.append([this, row, expectPresent] { lookUpMember(row, expectPresent); });
        }
        pump();
    }
    // Queued, so that a caller connecting after start() still hears about an empty job.
    QMetaObject::invokeMethod(this, &Reconciler::finishIfDone, Qt::QueuedConnection);
}

void Reconciler::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_tasks.clear();
    const QList<QPointer<ApiReply>> replies = m_replies;
    for (const QPointer<ApiReply>& reply : replies) {
        if (reply)
            reply->cancel();
    }
    // With nothing in flight no answer would finish it.
    QMetaObject::invokeMethod(this, &Reconciler::finishIfDone, Qt::QueuedConnection);
}

void Reconciler::pump()
{
    while (!m_cancelled && m_inFlight < kLookupsInFlight && !m_tasks.isEmpty()) {
        ++m_inFlight;
        const Task task = m_tasks.takeFirst();
        task();
    }
}

void Reconciler::taskDone()
{
    --m_inFlight;
    pump();
    finishIfDone();
}

void Reconciler::lookUpUser(int row)
{
    const PreparedRow& prepared = m_rows.at(row);
    auto* reply = m_client->getUser(prepared.key);
    m_replies.append(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, row] {
        m_replies.removeAll(reply);
        const PreparedRow& prepared = m_rows.at(row);
        const ApiError& error = reply->error();
        const bool deleting = traitsOf(m_operation).effect == OperationTraits::Effect::Removes;
        if (error.kind() == ApiError::Kind::NotFound) {
            if (deleting)
                settle(row, RowState::Succeeded,
                    [] { return tr("Verified on the server: the user no longer exists."); });
            else
                notApplied(row, [key = prepared.key] {
                    return tr("Not applied: the server has no user \"%1\" (checked after no usable answer). "
                              "Retry the failed rows to send it again.")
                        .arg(key);
                });
        } else if (error.isError()) {
            couldNotCheck(row, [error] { return error.message(); });
        } else if (deleting) {
            notApplied(row, [] {
                return tr(
                    "Not applied: the user still exists on the server (checked after no usable answer).");
            });
        } else {
            const User user = reply->value();
            QStringList different;
            QStringList notAnswered; // custom variables, or fields this answer leaves out
            int compared = 0;
            const QJsonArray data = prepared.payload.object().value(u"data").toArray();
            for (const QJsonValue& pair : data) {
                const QString key = pair[u"key"].toString();
                const QString wanted = pair[u"value"].toString().trimmed();
                if (key == u"userId"_s)
                    continue;
                const std::optional<QStringList> actual = answeredValues(user.fields, key);
                if (!actual) {
                    notAnswered.append(key);
                    continue;
                }
                ++compared;
                const bool email = key.compare(u"email", Qt::CaseInsensitive) == 0;
                const bool same = std::any_of(actual->cbegin(), actual->cend(), [&](const QString& value) {
                    return value.trimmed().compare(wanted, email ? Qt::CaseInsensitive : Qt::CaseSensitive)
                        == 0;
                });
                if (!same)
                    different.append(key);
            }
            const bool creating = traitsOf(m_operation).effect == OperationTraits::Effect::Creates;
            const QString differ = different.join(u", "_s);
            const QString unseen = notAnswered.join(u", "_s);
            if (!different.isEmpty())
                notApplied(row, [differ] {
                    return tr("Not applied: on the server, %1 differ from this row (checked after no usable "
                              "answer). Retry the failed rows to send it again.")
                        .arg(differ);
                });
            else if (compared > 0 && notAnswered.isEmpty())
                settle(row, RowState::Succeeded,
                    [] { return tr("Verified on the server: the user has the data of this row."); });
            else if (compared > 0)
                settle(row, RowState::Succeeded, [unseen] {
                    return tr(
                        "Verified on the server: the user has the data of this row that the server shows "
                        "(not shown, so not compared: %1).")
                        .arg(unseen);
                });
            else if (creating)
                // The user exists, which a create that was not applied would not give.
                settle(row, RowState::Succeeded, [unseen] {
                    return tr("Verified on the server: the user exists (the server does not show %1, so they "
                              "were not compared).")
                        .arg(unseen);
                });
            else
                couldNotCheck(row, [unseen] {
                    return tr("the server's answer shows none of this row's fields (%1)").arg(unseen);
                });
        }
        taskDone();
    });
}

void Reconciler::lookUpMember(int row, bool expectPresent)
{
    const QString email = trimmedLower(m_rows.at(row).key);
    // The server's filter matches a part of the address; the exact address is picked below.
    auto* reply = m_client->listAgents(0, 100, email);
    m_replies.append(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, row, email, expectPresent] {
        m_replies.removeAll(reply);
        if (reply->error().isError()) {
            couldNotCheck(row, [error = reply->error()] { return error.message(); });
        } else {
            const QList<AgentResponse> agents = reply->value();
            const bool present = std::any_of(agents.cbegin(), agents.cend(),
                [&email](const AgentResponse& a) { return trimmedLower(a.email) == email; });
            const bool agentsOp = traitsOf(m_operation).family == OperationTraits::Family::Agents;
            if (present == expectPresent) {
                settle(row, RowState::Succeeded, [present, agentsOp, email] {
                    return present
                        ? (agentsOp ? tr("Verified on the server: the agent exists.")
                                    : tr("Verified on the server: %1 is a member.").arg(email))
                        : (agentsOp ? tr("Verified on the server: the agent no longer exists.")
                                    : tr("Verified on the server: %1 is no longer a member.").arg(email));
                });
            } else {
                notApplied(row, [present, email] {
                    return present
                        ? tr("Not applied: %1 is still on the server (checked after no usable answer).")
                              .arg(email)
                        : tr("Not applied: %1 is not on the server (checked after no usable answer). "
                             "Retry the failed rows to send it again.")
                              .arg(email);
                });
            }
        }
        taskDone();
    });
}

void Reconciler::lookUpGroups()
{
    // update-groups: the agent must be in every group its row names. One listing of the groups
    // (names → ids), then each named group's members once.
    ++m_inFlight;
    auto* fetch = new PagedFetch<PermissionGroupResponse>(
        [this](int offset, int limit) { return m_client->listPermissionGroups({}, offset, limit); }, 100,
        10000, this);
    connect(fetch, &PagedFetchBase::finished, this, [this, fetch] {
        fetch->deleteLater();
        if (m_cancelled || fetch->error().isError()) {
            const Render reason
                = [error = fetch->error()] { return error.isError() ? error.message() : tr("cancelled"); };
            for (auto it = m_previous.cbegin(); it != m_previous.cend(); ++it)
                couldNotCheck(it.key(), reason);
            taskDone();
            return;
        }
        QHash<QString, QString> idByName;
        for (const PermissionGroupResponse& group : fetch->items())
            idByName.insert(trimmedLower(group.name), group.id);

        // Which groups are needed, and rows that name a group that does not exist at all.
        auto membersOf = std::make_shared<QHash<QString, QSet<QString>>>(); // group id → emails
        auto pendingRows = std::make_shared<QList<int>>();
        QSet<QString> needed;
        for (auto it = m_previous.cbegin(); it != m_previous.cend(); ++it) {
            const int row = it.key();
            const QJsonArray groups = m_rows.at(row).payload.object().value(u"groups").toArray();
            QString missing;
            for (const QJsonValue& g : groups) {
                const QString id = idByName.value(trimmedLower(g.toString()));
                if (id.isEmpty())
                    missing = g.toString();
                else
                    needed.insert(id);
            }
            if (!missing.isEmpty())
                notApplied(row, [missing] {
                    return tr("Not applied: the permission group \"%1\" does not exist on the server.")
                        .arg(missing);
                });
            else
                pendingRows->append(row);
        }
        auto remaining = std::make_shared<int>(int(needed.size()));
        auto failure = std::make_shared<ApiError>(); // the first listing that failed
        auto settleRows = [this, membersOf, pendingRows, idByName, failure] {
            for (int row : std::as_const(*pendingRows)) {
                if (failure->isError()) {
                    couldNotCheck(row, [error = *failure] { return error.message(); });
                    continue;
                }
                const QString email = trimmedLower(m_rows.at(row).key);
                const QJsonArray groups = m_rows.at(row).payload.object().value(u"groups").toArray();
                QStringList missingFrom;
                for (const QJsonValue& g : groups) {
                    if (!membersOf->value(idByName.value(trimmedLower(g.toString()))).contains(email))
                        missingFrom.append(g.toString());
                }
                if (missingFrom.isEmpty())
                    settle(row, RowState::Succeeded, [email] {
                        return tr("Verified on the server: %1 is in the groups of this row.").arg(email);
                    });
                else
                    notApplied(row, [email, groups = missingFrom.join(u", "_s)] {
                        return tr(
                            "Not applied: %1 is not in %2 on the server (checked after no usable answer). "
                            "Retry the failed rows to send it again.")
                            .arg(email, groups);
                    });
            }
        };
        if (needed.isEmpty()) {
            settleRows();
            taskDone();
            return;
        }
        for (const QString& id : std::as_const(needed)) {
            auto* reply = m_client->listPermissionGroupAgents(id);
            m_replies.append(reply);
            connect(reply, &ApiReply::finished, this,
                [this, reply, id, membersOf, remaining, failure, settleRows] {
                    m_replies.removeAll(reply);
                    if (reply->error().isError()) {
                        if (!failure->isError())
                            *failure = reply->error();
                    } else {
                        QSet<QString>& emails = (*membersOf)[id];
                        for (const AgentResponse& agent : reply->value())
                            emails.insert(trimmedLower(agent.email));
                    }
                    if (--*remaining == 0) {
                        settleRows();
                        taskDone();
                    }
                });
        }
    });
    fetch->start();
}

void Reconciler::settle(int row, RowState state, Render message)
{
    RowResult result = m_previous.value(row);
    result.state = state;
    result.message = message();
    result.retranslate = retranslator(std::move(message));
    m_results.insert(row, result);
    ++m_verified;
    ++m_done;
    emit progressChanged(m_done, m_total);
}

void Reconciler::notApplied(int row, Render message)
{
    m_notApplied.insert(row);
    settle(row, RowState::Failed, std::move(message));
    m_results[row].retryable = true; // never reached the server: sending it again is the fix
}

void Reconciler::couldNotCheck(int row, Render reason)
{
    const RowResult before = m_previous.value(row);
    // What the row said before (why it was unknown), then why it is still unknown.
    RowResult result = RowResult::said(
        RowState::Unknown,
        [before, reason = std::move(reason)] {
            const QString text = tr("Could not be checked on the server (%1).").arg(reason());
            const QString earlier = before.text();
            return earlier.isEmpty() ? text : earlier + u' ' + text;
        },
        before.attempts);
    result.retryable = before.retryable;
    m_results.insert(row, result);
    ++m_stillUnknown;
    ++m_done;
    emit progressChanged(m_done, m_total);
}

void Reconciler::finishIfDone()
{
    if (m_finished || !m_started || m_inFlight > 0 || !m_tasks.isEmpty())
        return;
    if (m_cancelled) {
        for (auto it = m_previous.cbegin(); it != m_previous.cend(); ++it) {
            if (!m_results.contains(it.key()))
                couldNotCheck(it.key(), [] { return tr("cancelled"); });
        }
    }
    m_finished = true;
    emit finished();
}

} // namespace Alli::Bulk
