#pragma once
// The project's permission groups and who is in each: the group list (paged), then every
// group's agents, all at once. What an editor seeded from a selection needs to show each agent's
// current groups. finished() comes once; on the first failed request the others are cancelled
// and error() tells why.

#include "apierror.h"
#include "apitypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Alli
{

class AlliClient;
class ApiReply;
class PagedFetchBase;

class GroupMemberships : public QObject
{
    Q_OBJECT
public:
    explicit GroupMemberships(AlliClient* client, QObject* parent = nullptr);
    ~GroupMemberships() override;

    // Again: everything is read afresh. Without `withMembers`, only the list of groups.
    void start(bool withMembers = true);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isLoaded() const { return m_loaded; }
    const ApiError& error() const { return m_error; }

    const QList<PermissionGroupResponse>& groups() const { return m_groups; } // the server's order
    // The groups `email` is in (case-insensitive), in the server's order.
    QStringList groupNamesOf(const QString& email) const;
    QSet<QString> groupIdsOf(const QString& email) const { return m_memberGroups.value(email.toLower()); }
    // The lower-case emails of the members of group `groupId`; of every group when it is empty.
    QSet<QString> memberEmails(const QString& groupId = {}) const;

Q_SIGNALS:
    void finished(bool ok);

private:
    void fetchMembers();
    void finish(const ApiError& error);

    QPointer<AlliClient> m_client;
    QPointer<PagedFetchBase> m_groupFetch;
    QList<QPointer<ApiReply>> m_replies;
    QList<PermissionGroupResponse> m_groups;
    QHash<QString, QSet<QString>> m_memberGroups; // lower-case email -> group ids
    ApiError m_error;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_running = false;
    bool m_loaded = false;
    bool m_withMembers = true;
};

} // namespace Alli
