#include "connectionprofile.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

QString ConnectionProfile::regionLabel() const
{
    switch (settings.region) {
    case ConnectionSettings::Region::US:
        return u"US"_s;
    case ConnectionSettings::Region::JA:
        return u"JA"_s;
    case ConnectionSettings::Region::Custom:
        return settings.customBaseUrl.host();
    }
    return QString();
}

ProfileStore::ProfileStore(QSettings& settings)
    : m_settings(settings)
{
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> out;
    const int count = m_settings.beginReadArray(u"profiles"_s);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile p;
        p.id = m_settings.value(u"id"_s).toString();
        p.name = m_settings.value(u"name"_s).toString();
        const QString region = m_settings.value(u"region"_s).toString();
        p.settings.region = region == u"JA" ? ConnectionSettings::Region::JA
            : region == u"custom"           ? ConnectionSettings::Region::Custom
                                            : ConnectionSettings::Region::US;
        p.settings.customBaseUrl = QUrl(m_settings.value(u"customBaseUrl"_s).toString());
        p.settings.authMethod = m_settings.value(u"auth"_s).toString() == u"token"
            ? ConnectionSettings::AuthMethod::Token
            : ConnectionSettings::AuthMethod::ApiKey;
        p.settings.projectId = m_settings.value(u"projectId"_s).toString();
        p.settings.projectIdHeader
            = m_settings.value(u"projectIdHeader"_s, u"PROJECT-ID"_s).toString().toLatin1();
        p.settings.agentEmail = m_settings.value(u"agentEmail"_s).toString();
        p.settings.userEmail = m_settings.value(u"userEmail"_s).toString();
        p.settings.ownUserId = m_settings.value(u"ownUserId"_s).toString();
        p.settings.caFile = m_settings.value(u"caFile"_s).toString();
        const QString proxyMode = m_settings.value(u"proxyMode"_s).toString();
        p.proxy.mode = proxyMode == u"none" ? ProxySettings::Mode::None
            : proxyMode == u"manual"        ? ProxySettings::Mode::Manual
                                            : ProxySettings::Mode::System;
        p.proxy.type = m_settings.value(u"proxyType"_s).toString() == u"socks5" ? ProxySettings::Type::Socks5
                                                                                : ProxySettings::Type::Http;
        p.proxy.host = m_settings.value(u"proxyHost"_s).toString();
        p.proxy.port = quint16(m_settings.value(u"proxyPort"_s, 0).toUInt());
        p.proxy.bypass = ProxySettings::parseBypass(m_settings.value(u"proxyBypass"_s).toString());
        p.proxy.user = m_settings.value(u"proxyUser"_s).toString();
        if (!p.id.isEmpty())
            out.append(p);
    }
    m_settings.endArray();
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString& id) const
{
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile& p : all) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

static void writeAll(QSettings& settings, const QList<ConnectionProfile>& profiles)
{
    settings.remove(u"profiles"_s);
    settings.beginWriteArray(u"profiles"_s, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile& p = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"id"_s, p.id);
        settings.setValue(u"name"_s, p.name);
        settings.setValue(u"region"_s,
            p.settings.region == ConnectionSettings::Region::JA           ? u"JA"_s
                : p.settings.region == ConnectionSettings::Region::Custom ? u"custom"_s
                                                                          : u"US"_s);
        settings.setValue(u"customBaseUrl"_s, p.settings.customBaseUrl.toString());
        settings.setValue(u"auth"_s,
            p.settings.authMethod == ConnectionSettings::AuthMethod::Token ? u"token"_s : u"apiKey"_s);
        settings.setValue(u"projectId"_s, p.settings.projectId);
        settings.setValue(u"projectIdHeader"_s, QString::fromLatin1(p.settings.projectIdHeader));
        settings.setValue(u"agentEmail"_s, p.settings.agentEmail);
        settings.setValue(u"userEmail"_s, p.settings.userEmail);
        settings.setValue(u"ownUserId"_s, p.settings.ownUserId);
        settings.setValue(u"caFile"_s, p.settings.caFile);
        settings.setValue(u"proxyMode"_s,
            p.proxy.mode == ProxySettings::Mode::None         ? u"none"_s
                : p.proxy.mode == ProxySettings::Mode::Manual ? u"manual"_s
                                                              : u"system"_s);
        settings.setValue(
            u"proxyType"_s, p.proxy.type == ProxySettings::Type::Socks5 ? u"socks5"_s : u"http"_s);
        settings.setValue(u"proxyHost"_s, p.proxy.host);
        settings.setValue(u"proxyPort"_s, p.proxy.port);
        settings.setValue(u"proxyBypass"_s, p.proxy.bypass.join(u", "_s));
        settings.setValue(u"proxyUser"_s, p.proxy.user); // the password: never here
        // Deliberately no "secret" key: secrets go to the SecretStore only.
    }
    settings.endArray();
    settings.sync();
}

ConnectionProfile ProfileStore::save(ConnectionProfile profile)
{
    profile.settings.secret.clear();
    profile.proxy.password.clear();
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<ConnectionProfile> all = profiles();
    bool replaced = false;
    for (ConnectionProfile& p : all) {
        if (p.id == profile.id) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(profile);
    writeAll(m_settings, all);
    return profile;
}

void ProfileStore::remove(const QString& id)
{
    QList<ConnectionProfile> all = profiles();
    all.removeIf([&](const ConnectionProfile& p) { return p.id == id; });
    writeAll(m_settings, all);
    if (lastUsedId() == id)
        setLastUsedId(QString());
}

QString ProfileStore::lastUsedId() const
{
    return m_settings.value(u"lastProfile"_s).toString();
}

void ProfileStore::setLastUsedId(const QString& id)
{
    m_settings.setValue(u"lastProfile"_s, id);
}

} // namespace Alli
