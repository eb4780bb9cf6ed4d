#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

namespace Alli::Demo::Seed
{

// Deterministic generators for the demo data: everything derives from (seed, index), so seeded agents
// need no per-agent storage and a million of them cost only a flag byte each.

quint64 mix(quint64 value);

struct PersonName {
    QString firstName;
    QString lastName;
    QString locale;
    std::string romanLocalPart; // "minjun.kim", used to build e-mail addresses
};

PersonName personName(quint64 seed, quint64 key);
PersonName agentName(quint64 seed, qint64 number);
void appendAgentEmail(quint64 seed, qint64 number, std::string& out); // lower-case ASCII
QString agentEmail(quint64 seed, qint64 number);

struct GroupSeed {
    QString name;
    bool isAdmin = false;
    bool isDefault = false;
    std::optional<int> order;
    QStringList permissions; // before the dependency closure; empty for the admin group (= all)
};

QList<GroupSeed> groups();
// Index into groups() for seeded agents that receive a group (the first few thousand).
int groupIndexForAgent(quint64 seed, qint64 number);
constexpr qint64 maxSeededGroupMembers = 2000;

QJsonObject user(quint64 seed, int index); // index 1-based: EMP00001
QJsonArray singleActionAppTools(quint64 seed);
QJsonArray agentTools(quint64 seed);
QList<QJsonObject> oauth2Configurations(quint64 seed);

} // namespace Alli::Demo::Seed
