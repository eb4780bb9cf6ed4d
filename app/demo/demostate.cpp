#include "demostate.h"

#include "demoseed.h"
#include "permissioncatalog.h"

#include <QByteArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Demo
{

namespace
{

    // Ids as Alli shows them: standard base64 (with "=" padding) of "<Type>:<24 hex digits>", a
    // MongoDB ObjectId, e.g. "TExNQXBwOjY1NTQxZGJhMWJjYjE2MmIxZjU4MGEyYg==" for
    // "LLMApp:65541dba1bcb162b1f580a2b". The demo's ObjectIds are a fixed 8-digit prefix and the
    // internal number in 16 hex digits.
    constexpr QByteArrayView kObjectIdPrefix = "65541dba";

    QString relayId(QLatin1StringView type, qint64 number)
    {
        const QByteArray raw = QByteArray(type.data(), type.size()) + ':' + kObjectIdPrefix.toByteArray()
            + QByteArray::number(number, 16).rightJustified(16, '0');
        return QString::fromLatin1(raw.toBase64());
    }

    std::optional<qint64> numberFromRelayId(QStringView id, QByteArrayView type)
    {
        const auto decoded
            = QByteArray::fromBase64Encoding(id.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        const QByteArray& raw = *decoded;
        const qsizetype hexStart = type.size() + 1;
        if (!raw.startsWith(type) || raw.size() != hexStart + 24 || raw.at(type.size()) != ':'
            || !raw.mid(hexStart, kObjectIdPrefix.size()).startsWith(kObjectIdPrefix))
            return std::nullopt;
        bool ok = false;
        const qint64 number = raw.mid(hexStart + kObjectIdPrefix.size()).toLongLong(&ok, 16);
        if (!ok || number <= 0)
            return std::nullopt;
        return number;
    }

} // namespace

DemoState::DemoState(const DemoOptions& options)
    : m_seed(options.seed)
    , m_apiKey(options.apiKey)
    , m_token(options.token)
    , m_failureRandom(options.seed ^ 0xfa11fa11ULL)
    , m_lostRandom(options.seed ^ 0x10575e5dULL)
    , m_seededCount(std::max<qint64>(0, options.agentCount))
    , m_seedFlags(size_t(m_seededCount) + 1, 0)
    , m_nextAgentNumber(m_seededCount + 1)
    , m_memberCount(m_seededCount)
{
    m_faults.latencyMs = options.latencyMs;
    m_faults.failRate = options.failRate;
    m_faults.rateLimitEvery = options.rateLimitEvery;
    m_faults.retryAfterSeconds = options.retryAfterSeconds;
    m_faults.forbidden = options.forbidden;
    m_faults.lostResponseRate = options.lostResponseRate;

    const PermissionCatalog& catalog = PermissionCatalog::instance();
    QStringList allPermissions;
    for (const PermissionInfo& info : catalog.permissions())
        allPermissions.append(info.name);
    const QList<Seed::GroupSeed> groupSeeds = Seed::groups();
    for (const Seed::GroupSeed& seed : groupSeeds) {
        StoredGroup& group = createGroup(
            seed.name, seed.isAdmin ? allPermissions : catalog.withDependencies(seed.permissions));
        group.isAdmin = seed.isAdmin;
        group.isDefault = seed.isDefault;
        group.order = seed.order;
    }
    const qint64 grouped = std::min(m_seededCount, Seed::maxSeededGroupMembers);
    for (qint64 n = 1; n <= grouped; ++n)
        addMember(m_groups[size_t(Seed::groupIndexForAgent(m_seed, n))], n);

    for (int i = 1; i <= options.userCount; ++i) {
        const QJsonObject user = Seed::user(m_seed, i);
        m_users.insert(user.value(u"userId").toString(), StoredUser::fromJson(user));
    }
    m_singleActionAppTools = Seed::singleActionAppTools(m_seed);
    m_agentTools = Seed::agentTools(m_seed);
    const QList<QJsonObject> configurations = Seed::oauth2Configurations(m_seed);
    for (const QJsonObject& configuration : configurations)
        m_oauth2.insert(configuration.value(u"state").toString(), configuration);
}

bool DemoState::nextInjectedFailure()
{
    if (m_faults.failRate <= 0.0)
        return false;
    return m_failureRandom.generateDouble() < m_faults.failRate;
}

bool DemoState::nextLostResponse()
{
    if (m_faults.lostResponseRate <= 0.0)
        return false;
    return m_lostRandom.generateDouble() < m_faults.lostResponseRate;
}

StoredUser StoredUser::fromJson(const QJsonObject& object)
{
    StoredUser user;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (key == u"userId"_s)
            continue;
        if (key == u"firstName"_s)
            user.firstName = it.value().toString();
        else if (key == u"lastName"_s)
            user.lastName = it.value().toString();
        else if (key == u"customerGroup"_s)
            user.customerGroup = it.value();
        else
            user.setCustom(key, it.value().toString());
    }
    return user;
}

void StoredUser::setCustom(const QString& key, const QString& value)
{
    for (auto& [name, current] : custom) {
        if (name == key) {
            current = value;
            return;
        }
    }
    custom.append({ key, value });
}

QJsonObject StoredUser::toJson(const QString& userId) const
{
    QJsonObject object { { u"userId"_s, userId }, { u"firstName"_s, firstName },
        { u"lastName"_s, lastName } };
    if (!customerGroup.isUndefined())
        object.insert(u"customerGroup"_s, customerGroup);
    for (const auto& [key, value] : custom)
        object.insert(key, value);
    return object;
}

void DemoState::countReceipt(QLatin1StringView operation, const QString& key)
{
    const QString id = operation % u':' % key;
    ++m_receipts[id];
    m_currentRequestKeys.append(id);
}

QString DemoState::agentId(qint64 number)
{
    return relayId("Agent"_L1, number);
}

std::optional<qint64> DemoState::agentNumberFromId(QStringView id)
{
    return numberFromRelayId(id, "Agent");
}

QString DemoState::groupId(qint64 number)
{
    return relayId("PermissionGroup"_L1, number);
}

bool DemoState::seededExists(qint64 number) const
{
    return number >= 1 && number <= m_seededCount && !(m_seedFlags[size_t(number)] & Deleted);
}

std::optional<AgentView> DemoState::agent(qint64 number) const
{
    if (seededExists(number)) {
        const Seed::PersonName name = Seed::agentName(m_seed, number);
        return AgentView { number, name.firstName, name.lastName, Seed::agentEmail(m_seed, number),
            name.locale, !(m_seedFlags[size_t(number)] & NotMember) };
    }
    const auto it = m_created.find(number);
    if (it == m_created.end() || it->second.deleted)
        return std::nullopt;
    return it->second.view;
}

std::optional<qint64> DemoState::agentNumberByEmail(const QString& email) const
{
    const QString lower = email.trimmed().toLower();
    if (const auto it = m_createdByEmail.constFind(lower); it != m_createdByEmail.cend())
        return *it;
    // Seeded addresses end their local part with the agent number: parse it, then confirm by regenerating.
    const qsizetype at = lower.indexOf(u'@');
    if (at <= 0)
        return std::nullopt;
    qsizetype digits = at;
    while (digits > 0 && lower.at(digits - 1).isDigit())
        --digits;
    if (digits == at || at - digits > 12)
        return std::nullopt;
    bool ok = false;
    const qint64 number = QStringView(lower).mid(digits, at - digits).toLongLong(&ok);
    if (!ok || !seededExists(number) || Seed::agentEmail(m_seed, number) != lower)
        return std::nullopt;
    return number;
}

QList<AgentView> DemoState::members(qint64 offset, qint64 limit, const QString& emailFilter) const
{
    QList<AgentView> page;
    if (limit <= 0)
        return page;
    const QString needle = emailFilter.toLower();
    const QByteArray needleLatin1 = needle.toLatin1();
    bool needleIsAscii = true;
    for (QChar c : needle)
        needleIsAscii = needleIsAscii && c.unicode() < 0x80;

    qint64 skipped = 0;
    std::string email;
    email.reserve(64);
    for (qint64 n = 1; n <= m_seededCount && page.size() < limit; ++n) {
        if (m_seedFlags[size_t(n)])
            continue; // deleted or no longer a member
        if (!needle.isEmpty()) {
            // Seeded addresses are lower-case ASCII; build them without allocating to keep a filtered
            // scan over a million agents in the tens of milliseconds.
            if (!needleIsAscii)
                break;
            email.clear();
            Seed::appendAgentEmail(m_seed, n, email);
            if (email.find(needleLatin1.constData(), 0, size_t(needleLatin1.size())) == std::string::npos)
                continue;
        }
        if (skipped < offset) {
            ++skipped;
            continue;
        }
        page.append(*agent(n));
    }
    for (auto it = m_created.cbegin(); it != m_created.cend() && page.size() < limit; ++it) {
        const CreatedAgent& created = it->second;
        if (created.deleted || !created.view.member)
            continue;
        if (!needle.isEmpty() && !created.view.email.contains(needle, Qt::CaseInsensitive))
            continue;
        if (skipped < offset) {
            ++skipped;
            continue;
        }
        page.append(created.view);
    }
    return page;
}

QStringList DemoState::memberEmails() const
{
    QStringList emails;
    emails.reserve(m_memberCount);
    for (qint64 n = 1; n <= m_seededCount; ++n) {
        if (!m_seedFlags[size_t(n)])
            emails.append(Seed::agentEmail(m_seed, n));
    }
    for (const auto& [number, created] : m_created) {
        if (!created.deleted && created.view.member)
            emails.append(created.view.email);
    }
    return emails;
}

qint64 DemoState::createAgent(
    const QString& email, const QString& firstName, const QString& lastName, const QString& locale)
{
    const qint64 number = m_nextAgentNumber++;
    m_created[number]
        = CreatedAgent { AgentView { number, firstName, lastName, email.trimmed(), locale, true }, false };
    m_createdByEmail.insert(email.trimmed().toLower(), number);
    ++m_memberCount;
    return number;
}

void DemoState::setMember(qint64 number, bool member)
{
    if (seededExists(number)) {
        quint8& flags = m_seedFlags[size_t(number)];
        const bool wasMember = !(flags & NotMember);
        if (wasMember == member)
            return;
        flags = member ? quint8(flags & ~NotMember) : quint8(flags | NotMember);
    } else {
        const auto it = m_created.find(number);
        if (it == m_created.end() || it->second.deleted || it->second.view.member == member)
            return;
        it->second.view.member = member;
    }
    m_memberCount += member ? 1 : -1;
    if (!member)
        removeFromAllGroups(number);
}

void DemoState::deleteAgent(qint64 number)
{
    const std::optional<AgentView> existing = agent(number);
    if (!existing)
        return;
    if (existing->member)
        --m_memberCount;
    removeFromAllGroups(number);
    if (number <= m_seededCount) {
        m_seedFlags[size_t(number)] |= Deleted;
    } else {
        m_created[number].deleted = true;
        m_createdByEmail.remove(existing->email.toLower());
    }
}

QStringList DemoState::groupIdsOf(qint64 number) const
{
    QStringList ids;
    for (const StoredGroup& group : m_groups) {
        if (group.memberSet.contains(number))
            ids.append(groupId(group.number));
    }
    return ids;
}

AgentRecord DemoState::agentRecord(const AgentView& agent) const
{
    return AgentRecord { agentId(agent.number), agent.firstName, agent.lastName, agent.email, agent.locale,
        agent.member, groupIdsOf(agent.number) };
}

StoredGroup* DemoState::groupById(QStringView id)
{
    const std::optional<qint64> number = numberFromRelayId(id, "PermissionGroup");
    if (!number)
        return nullptr;
    for (StoredGroup& group : m_groups) {
        if (group.number == *number)
            return &group;
    }
    return nullptr;
}

StoredGroup* DemoState::groupByName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (StoredGroup& group : m_groups) {
        if (QStringView(group.name).compare(trimmed, Qt::CaseInsensitive) == 0)
            return &group;
    }
    return nullptr;
}

StoredGroup& DemoState::createGroup(const QString& name, const QStringList& permissions)
{
    std::optional<int> nextOrder;
    for (const StoredGroup& group : m_groups) {
        if (group.order)
            nextOrder = std::max(nextOrder.value_or(0), *group.order + 1);
    }
    StoredGroup group;
    group.number = m_nextGroupNumber++;
    group.name = name.trimmed();
    group.permissions = permissions;
    group.order = nextOrder.value_or(0);
    m_groups.push_back(std::move(group));
    return m_groups.back();
}

void DemoState::deleteGroup(qint64 number)
{
    m_groups.erase(std::remove_if(m_groups.begin(), m_groups.end(),
                       [number](const StoredGroup& group) { return group.number == number; }),
        m_groups.end());
}

void DemoState::addMember(StoredGroup& group, qint64 agentNumber)
{
    if (group.memberSet.contains(agentNumber))
        return;
    group.memberSet.insert(agentNumber);
    group.members.push_back(agentNumber);
}

void DemoState::removeMember(StoredGroup& group, qint64 agentNumber)
{
    if (!group.memberSet.remove(agentNumber))
        return;
    group.members.erase(std::find(group.members.begin(), group.members.end(), agentNumber));
}

void DemoState::removeFromAllGroups(qint64 agentNumber)
{
    for (StoredGroup& group : m_groups)
        removeMember(group, agentNumber);
}

GroupRecord DemoState::groupRecord(const StoredGroup& group) const
{
    GroupRecord record { groupId(group.number), group.name, group.isAdmin, group.isDefault, group.order,
        group.permissions, {} };
    record.agentIds.reserve(qsizetype(group.members.size()));
    for (qint64 number : group.members)
        record.agentIds.append(agentId(number));
    return record;
}

} // namespace Alli::Demo
