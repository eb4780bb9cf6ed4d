#pragma once
// A named connection to an Alli project, as remembered between sessions. Everything but the
// secret: the API key or token lives in a SecretStore under the profile's id.

#include "connectionsettings.h"
#include "proxysettings.h"

#include <QList>
#include <QString>

class QSettings;

namespace Alli
{

struct ConnectionProfile {
    QString id; // stable, generated; also the secret store key
    QString name; // chosen by the user, e.g. "Production (JA)"
    ConnectionSettings settings; // settings.secret is always empty here
    // How this connection reaches the server: the system's proxy, none, or a manual one. The
    // proxy's password is never stored here (the keychain keeps it when the user asks).
    ProxySettings proxy;

    QString regionLabel() const; // "US", "JA" or the custom host
};

// The saved profiles, in QSettings under "profiles/". Never holds a secret: save() refuses to
// write one even if a caller left it in the settings.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings& settings);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString& id) const;
    // Adds or replaces by id (a new id is generated when empty); returns the stored profile.
    ConnectionProfile save(ConnectionProfile profile);
    void remove(const QString& id);

    QString lastUsedId() const;
    void setLastUsedId(const QString& id);

private:
    QSettings& m_settings;
};

} // namespace Alli
