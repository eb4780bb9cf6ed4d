#pragma once
// Where API keys and tokens are kept. The interface is asynchronous (the OS keychain answers
// over D-Bus). KeychainSecretStore uses QtKeychain; when no keychain is available (a headless
// Linux machine has no secret service, and QtKeychain 0.13 has no plaintext fallback there), it
// keeps the secret in memory for this session and says so, and writes it to a file only after
// the user explicitly opted in to an unprotected file.

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Alli
{

class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Persistence {
        Keychain, // protected by the OS keychain
        SessionOnly, // in memory until the application quits
        UnprotectedFile, // in a file readable by this OS user only, not encrypted (opt-in)
    };
    Q_ENUM(Persistence)

    struct WriteResult {
        Persistence persistence = Persistence::SessionOnly;
        QString warning; // translated; why the secret is not in the keychain, if it is not
    };
    struct ReadResult {
        std::optional<QString> secret; // nullopt when nothing is stored
        QString error; // translated, when the store itself failed
    };

    using QObject::QObject;

    // Callbacks run later, from the event loop, with `context` alive.
    virtual void write(const QString& key, const QString& secret, QObject* context,
        std::function<void(const WriteResult&)> done)
        = 0;
    virtual void read(const QString& key, QObject* context, std::function<void(const ReadResult&)> done) = 0;
    virtual void remove(const QString& key) = 0;
};

// For tests and for secrets that must not outlive the session.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void write(const QString& key, const QString& secret, QObject* context,
        std::function<void(const WriteResult&)> done) override;
    void read(const QString& key, QObject* context, std::function<void(const ReadResult&)> done) override;
    void remove(const QString& key) override;
    bool contains(const QString& key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
};

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString& service, QObject* parent = nullptr);

    // Opt-in: when the keychain is unavailable, keep secrets in `filePath` (mode 0600, not
    // encrypted) instead of memory. Off by default.
    void setUnprotectedFileAllowed(bool allowed, const QString& filePath);
    bool unprotectedFileAllowed() const { return m_fileAllowed; }

    void write(const QString& key, const QString& secret, QObject* context,
        std::function<void(const WriteResult&)> done) override;
    void read(const QString& key, QObject* context, std::function<void(const ReadResult&)> done) override;
    void remove(const QString& key) override;

private:
    bool writeFile(const QString& key, const std::optional<QString>& secret);
    std::optional<QString> readFile(const QString& key) const;

    QString m_service;
    bool m_fileAllowed = false;
    QString m_filePath;
    MemorySecretStore m_session;
};

} // namespace Alli
