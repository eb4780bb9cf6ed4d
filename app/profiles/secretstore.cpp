#include "secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcAlliSecrets, "alli.secrets", QtInfoMsg)

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{
    // Runs `f` from the event loop if `context` still exists: every callback is asynchronous.
    void later(QObject* context, std::function<void()> f)
    {
        QTimer::singleShot(0, context, std::move(f));
    }
}

void MemorySecretStore::write(
    const QString& key, const QString& secret, QObject* context, std::function<void(const WriteResult&)> done)
{
    m_secrets.insert(key, secret);
    later(context, [done] { done({ Persistence::SessionOnly, QString() }); });
}

void MemorySecretStore::read(
    const QString& key, QObject* context, std::function<void(const ReadResult&)> done)
{
    ReadResult result;
    if (m_secrets.contains(key))
        result.secret = m_secrets.value(key);
    later(context, [done, result] { done(result); });
}

void MemorySecretStore::remove(const QString& key)
{
    m_secrets.remove(key);
}

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
{
}

void KeychainSecretStore::setUnprotectedFileAllowed(bool allowed, const QString& filePath)
{
    m_fileAllowed = allowed;
    m_filePath = filePath;
}

void KeychainSecretStore::write(
    const QString& key, const QString& secret, QObject* context, std::function<void(const WriteResult&)> done)
{
    // Always keep it for this session, whatever the keychain says.
    m_session.write(key, secret, this, [](const WriteResult&) {});
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, key, secret, guard, done](QKeychain::Job* j) {
        WriteResult result;
        if (j->error() == QKeychain::NoError) {
            result.persistence = Persistence::Keychain;
            writeFile(key, std::nullopt); // an older unprotected copy must not linger
        } else {
            qCInfo(lcAlliSecrets) << "keychain unavailable:" << j->error(); // never the secret
            if (m_fileAllowed && writeFile(key, secret)) {
                result.persistence = Persistence::UnprotectedFile;
                result.warning = QCoreApplication::translate("Alli::SecretStore",
                    "No keychain is available, so the secret is saved unencrypted in %1, readable only "
                    "by your user account.")
                                     .arg(QDir::toNativeSeparators(m_filePath));
            } else {
                result.persistence = Persistence::SessionOnly;
                result.warning = QCoreApplication::translate("Alli::SecretStore",
                    "No keychain (secret service) is available on this computer, so the secret is kept "
                    "only until Alli Admin quits. You will be asked for it again next time.");
            }
        }
        if (guard)
            done(result);
    });
    job->start();
}

void KeychainSecretStore::read(
    const QString& key, QObject* context, std::function<void(const ReadResult&)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, key, guard, done](QKeychain::Job* j) {
        ReadResult result;
        const auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(j);
        if (j->error() == QKeychain::NoError) {
            result.secret = readJob->textData();
        } else {
            // Session memory first, then the opted-in file.
            m_session.read(key, this, [](const ReadResult&) {});
            if (m_session.contains(key)) {
                m_session.read(key, this, [guard, done](const ReadResult& r) {
                    if (guard)
                        done(r);
                });
                return;
            }
            result.secret = readFile(key);
            if (!result.secret && j->error() != QKeychain::EntryNotFound
                && j->error() != QKeychain::NoBackendAvailable && j->error() != QKeychain::OtherError)
                result.error
                    = QCoreApplication::translate("Alli::SecretStore", "The keychain refused access: %1")
                          .arg(j->errorString());
        }
        if (guard)
            done(result);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key)
{
    m_session.remove(key);
    writeFile(key, std::nullopt);
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
}

bool KeychainSecretStore::writeFile(const QString& key, const std::optional<QString>& secret)
{
    if (m_filePath.isEmpty() || (!secret && !QFile::exists(m_filePath)))
        return !secret;
    QJsonObject all;
    QFile in(m_filePath);
    if (in.open(QIODevice::ReadOnly))
        all = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    if (secret)
        all.insert(key, *secret);
    else
        all.remove(key);
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile out(m_filePath);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(all).toJson());
    return out.commit();
}

std::optional<QString> KeychainSecretStore::readFile(const QString& key) const
{
    if (!m_fileAllowed || m_filePath.isEmpty())
        return std::nullopt;
    QFile in(m_filePath);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject all = QJsonDocument::fromJson(in.readAll()).object();
    if (!all.contains(key))
        return std::nullopt;
    return all.value(key).toString();
}

} // namespace Alli
