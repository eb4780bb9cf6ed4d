#pragma once
// What the profile dialog leaves behind, for the suites that start the console on a saved
// connection: the profile in QSettings and its secret in the secret store.

#include "connectionprofile.h"
#include "secretstore.h"

#include <QDebug>
#include <QSettings>
#include <QTest>

namespace Alli::Testing
{

// Saves `profile` (its id is given by the store) and writes `secret` under that id, waiting for
// the store's answer. `context` guards the store's callback.
inline ConnectionProfile saveProfileWithSecret(const ConnectionProfile& profile, const QString& secret,
    QSettings& settings, SecretStore& secrets, QObject* context)
{
    const ConnectionProfile saved = ProfileStore(settings).save(profile);
    bool stored = false;
    secrets.write(saved.id, secret, context, [&](const SecretStore::WriteResult&) { stored = true; });
    if (!QTest::qWaitFor([&] { return stored; }))
        qWarning("the secret store did not answer");
    return saved;
}

} // namespace Alli::Testing
