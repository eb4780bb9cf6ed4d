#pragma once
// The one place secrets are removed from anything that leaves the client: log lines, the
// activity log and "copy as curl". API-KEY and Authorization headers, and JSON fields such as
// client_secret, tokens and passwords, are masked; known secret values are scrubbed from text.

#include "apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Alli
{

// One HTTP exchange as the activity log shows it. Every field is already redacted.
struct ActivityRecord {
    quint64 requestId = 0;
    int attempt = 1;
    QDateTime started;
    qint64 durationMs = 0;
    QString operationId;
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QByteArray requestBody;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QByteArray responseBody;
    ApiError error; // None on success; explained in the current language when shown
    bool succeeded() const { return !error.isError(); }
};

class Redactor
{
public:
    static constexpr QLatin1StringView kMask { "***" };

    // Exact secret values (the API key, the token) to scrub wherever they appear.
    void setKnownSecrets(const QStringList& secrets);

    static bool isSecretHeader(QByteArrayView name);
    static bool isSecretKey(QStringView jsonKey);

    QByteArray redactHeaderValue(QByteArrayView name, const QByteArray& value) const;
    // JSON bodies get secret fields masked; any body gets known secret values scrubbed.
    QByteArray redactBody(const QByteArray& body) const;
    QString redactText(const QString& text) const;
    QUrl redactUrl(const QUrl& url) const;

    // A shell command that repeats the request, with $ALLI_API_KEY / $ALLI_TOKEN in place of
    // the credentials. Built from a record, so it only ever sees redacted data.
    static QString curlCommand(const ActivityRecord& record);

private:
    QList<QByteArray> m_secrets;
};

} // namespace Alli
