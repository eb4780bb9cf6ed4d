#include "groupmemberships.h"

#include "alliclient.h"
#include "pager.h"

namespace Alli
{

GroupMemberships::GroupMemberships(AlliClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

GroupMemberships::~GroupMemberships()
{
    ++m_generation;
    cancel();
}

void GroupMemberships::start(bool withMembers)
{
    cancel();
    m_withMembers = withMembers;
    const quint64 generation = ++m_generation;
    m_groups.clear();
    m_memberGroups.clear();
    m_error = {};
    m_loaded = false;
    m_running = true;
    if (!m_client) {
        finish(ApiError(ApiError::Kind::Cancelled));
        return;
    }
    auto* fetch = new PagedFetch<PermissionGroupResponse>(
        [client = m_client](
            int offset, int limit) { return client->listPermissionGroups({}, offset, limit); },
        kListPageLimit, 10000, this);
    m_groupFetch = fetch;
    connect(fetch, &PagedFetchBase::finished, this, [this, fetch, generation] {
        fetch->deleteLater();
        if (generation != m_generation)
            return;
        m_groupFetch = nullptr;
        if (fetch->error().isError()) {
            finish(fetch->error());
            return;
        }
        m_groups = fetch->items();
        if (m_withMembers)
            fetchMembers();
        else
            finish({});
    });
    fetch->start();
}

void GroupMemberships::fetchMembers()
{
    m_pending = int(m_groups.size());
    if (m_pending == 0) {
        finish({});
        return;
    }
    const quint64 generation = m_generation;
    for (const PermissionGroupResponse& group : std::as_const(m_groups)) {
        auto* reply = m_client->listPermissionGroupAgents(group.id);
        m_replies.append(reply);
        connect(reply, &ApiReply::finished, this, [this, reply, generation, id = group.id] {
            if (generation != m_generation)
                return;
            if (!reply->ok()) {
                finish(reply->error()); // the others are cancelled
                return;
            }
            for (const AgentResponse& agent : reply->value())
                m_memberGroups[agent.email.toLower()].insert(id);
            if (--m_pending == 0)
                finish({});
        });
    }
}

void GroupMemberships::cancel()
{
    if (m_groupFetch)
        m_groupFetch->cancel();
    for (const QPointer<ApiReply>& reply : std::as_const(m_replies)) {
        if (reply)
            reply->cancel();
    }
    m_replies.clear();
}

void GroupMemberships::finish(const ApiError& error)
{
    if (!m_running)
        return;
    ++m_generation; // answers still on their way are ignored
    m_running = false;
    m_error = error;
    m_loaded = !error.isError();
    cancel();
    emit finished(m_loaded);
}

QStringList GroupMemberships::groupNamesOf(const QString& email) const
{
    const QSet<QString> ids = m_memberGroups.value(email.toLower());
    QStringList names;
    for (const PermissionGroupResponse& group : m_groups) {
        if (ids.contains(group.id))
            names.append(group.name);
    }
    return names;
}

QSet<QString> GroupMemberships::memberEmails(const QString& groupId) const
{
    QSet<QString> emails;
    for (auto it = m_memberGroups.cbegin(); it != m_memberGroups.cend(); ++it) {
        if (groupId.isEmpty() ? !it.value().isEmpty() : it.value().contains(groupId))
            emails.insert(it.key());
    }
    return emails;
}

} // namespace Alli
