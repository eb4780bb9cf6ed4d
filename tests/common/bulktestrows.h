#pragma once
// Prepared rows for the engine's tests: users keyed by ownUserId with a first name, agents
// with an e-mail address and a password.

#include "alliclient.h"
#include "bulktypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Alli::Testing
{

// A client of https://alli.example.com (a fake network answers it) with a test key, quick retries
// and room for 8 requests in flight.
inline AlliClient* fakeServerClient(QNetworkAccessManager* nam, int maxAttempts, QObject* parent)
{
    using namespace Qt::Literals::StringLiterals;
    auto* client = new AlliClient(nam, parent);
    ConnectionSettings s;
    s.region = ConnectionSettings::Region::Custom;
    s.customBaseUrl = QUrl(u"https://alli.example.com"_s);
    s.secret = u"sk-test-1234"_s;
    client->setConnection(s);
    client->setRetryPolicy({ maxAttempts, 5, 40, 120000 });
    client->setMaxInFlight(8);
    return client;
}

inline QString userId(int i, QStringView prefix = u"U")
{
    return prefix + QString::number(i).rightJustified(4, u'0');
}

inline Bulk::PreparedRow userRow(int i, QStringView prefix = u"U")
{
    using namespace Qt::Literals::StringLiterals;
    Bulk::PreparedRow r;
    r.index = i;
    r.line = i + 2;
    r.key = userId(i, prefix);
    r.cells = { r.key, u"Name %1"_s.arg(i) };
    r.payload = QJsonObject { { u"ownUserId"_s, r.key },
        { u"data"_s,
            QJsonArray {
                QJsonObject { { u"key"_s, u"firstName"_s }, { u"value"_s, u"Name %1"_s.arg(i) } } } } };
    return r;
}

inline QList<Bulk::PreparedRow> userRows(int n, QStringView prefix = u"U")
{
    QList<Bulk::PreparedRow> rows;
    for (int i = 0; i < n; ++i)
        rows.append(userRow(i, prefix));
    return rows;
}

inline QList<Bulk::PreparedRow> agentRows(int n)
{
    using namespace Qt::Literals::StringLiterals;
    QList<Bulk::PreparedRow> rows;
    for (int i = 0; i < n; ++i) {
        Bulk::PreparedRow r;
        r.index = i;
        r.line = i + 2;
        r.key = u"agent%1@example.com"_s.arg(i);
        r.cells = { r.key, u"Secr3t!pass"_s };
        r.payload = QJsonObject { { u"email"_s, r.key }, { u"password"_s, u"Secr3t!pass"_s },
            { u"locale"_s, u"ko"_s } };
        rows.append(r);
    }
    return rows;
}

} // namespace Alli::Testing
