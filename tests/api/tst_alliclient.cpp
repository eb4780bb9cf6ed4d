// The API client against a fake network: every status code, malformed and partial JSON, the
// nulls the spec allows, timeouts versus cancel, retries and Retry-After, the in-flight cap,
// headers, URL security, redaction and paging. The demo backend covers whole flows elsewhere.

#include "alliclient.h"
#include "fakenetwork.h"
#include "pager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;

namespace
{

template<typename R> std::unique_ptr<R> own(R* reply)
{
    reply->setAutoDelete(false);
    return std::unique_ptr<R>(reply);
}

// Waits for finished() and checks it came exactly once, even after the event loop ran on.
bool finishesOnce(ApiReply* reply, int timeoutMs = 5000)
{
    QSignalSpy spy(reply, &ApiReply::finished);
    if (!reply->isFinished() && !spy.wait(timeoutMs))
        return false;
    QTest::qWait(30);
    return spy.count() == 1 || (spy.count() == 0 && reply->isFinished());
}

QByteArray agentJson(int i)
{
    return u"{\"id\":\"a%1\",\"firstName\":\"F%1\",\"lastName\":\"L%1\",\"email\":\"a%1@example.com\"}"_s
        .arg(i)
        .toUtf8();
}

QByteArray agentsPage(int from, int count)
{
    QByteArray out = "{\"agents\":[";
    for (int i = 0; i < count; ++i)
        out += (i ? "," : "") + agentJson(from + i);
    return out + "]}";
}

const QByteArray kGroup = R"({"id":"g1","name":"기본 그룹","isAdmin":false,"isDefault":true,"order":null,
    "permissions":["skill_read","skill_write","future_permission"],"agentCount":3})";

// A one-request HTTP server on a thread of its own, so that it takes a connection while the
// test's thread is busy: `connected` is released once the client has connected; the answer
// (200, `{}`) goes once the whole request has arrived.
class OneRequestServer : public QThread
{
public:
    QSemaphore listening;
    QSemaphore connected;
    QByteArray received;
    quint16 port = 0;

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost))
            port = server.serverPort();
        listening.release();
        if (!port || !server.waitForNewConnection(10000))
            return;
        std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
        connected.release();
        qsizetype headerEnd = -1;
        qint64 length = -1;
        while (socket->waitForReadyRead(10000)) {
            received += socket->readAll();
            if (headerEnd < 0 && (headerEnd = received.indexOf("\r\n\r\n")) >= 0) {
                const QByteArray lower = received.left(headerEnd).toLower();
                const qsizetype at = lower.indexOf("content-length:");
                length = at < 0
                    ? 0
                    : lower.mid(at + 15, lower.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            }
            if (headerEnd >= 0 && received.size() >= headerEnd + 4 + length) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                              "Connection: close\r\n\r\n{}");
                socket->waitForBytesWritten(5000);
                socket->disconnectFromHost();
                if (socket->state() != QAbstractSocket::UnconnectedState)
                    socket->waitForDisconnected(5000);
                return;
            }
        }
    }
};

} // namespace

class TestAlliClient : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager* m_nam = nullptr;
    AlliClient* m_client = nullptr;
    QList<QtMsgType> m_types;

    ConnectionSettings settings(const QString& url = u"https://alli.example.com"_s) const
    {
        ConnectionSettings s;
        s.region = ConnectionSettings::Region::Custom;
        s.customBaseUrl = QUrl(url);
        s.secret = u"sk-live-SECRET-1234"_s;
        s.projectId = u"proj-1"_s;
        return s;
    }

private Q_SLOTS:
    void init()
    {
        m_nam = new FakeNetworkAccessManager(this);
        m_client = new AlliClient(m_nam, this);
        m_client->setConnection(settings());
        m_client->setRetryPolicy({ 4, 10, 40, 120000 });
        m_client->setTransferTimeout(2000);
    }

    void cleanup()
    {
        delete m_client;
        delete m_nam;
    }

    // A bulk run sends its next chunk and then records the previous one's results: the request
    // must be on its way before that, not wait for the event loop (Qt's HTTP reply starts a
    // request with a body from there). Qt's network thread connects before it asks this thread
    // for the body: the test's thread does not return to the event loop until the server has
    // the connection, which it never gets when the start waits for the event loop.
    void postIsOnItsWayBeforeTheEventLoopRuns()
    {
        OneRequestServer server;
        server.start();
        QVERIFY(server.listening.tryAcquire(1, 10000));
        QVERIFY(server.port != 0);
        QNetworkAccessManager nam;
        AlliClient client(&nam);
        client.setConnection(settings(u"http://127.0.0.1:%1"_s.arg(server.port)));
        auto reply = own(client.bulkUsersBody(R"({"action":"create","users":[]})"));
        client.startQueuedNow();
        const bool onItsWay = server.connected.tryAcquire(1, 5000);
        QVERIFY(finishesOnce(reply.get(), 10000));
        QVERIFY2(onItsWay, "the POST waited for the event loop before leaving");
        QCOMPARE(reply->error().kind(), ApiError::Kind::None);
        QVERIFY(server.wait(10000)); // `received` is the server thread's until it has ended
        QVERIFY(server.received.startsWith("POST /"));
        QVERIFY(server.received.endsWith(R"({"action":"create","users":[]})"));
    }

    void statusCodes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("serverMessage");
        QTest::newRow("400 detail") << 400 << QByteArray(R"({"detail":"limit must be positive"})")
                                    << int(ApiError::Kind::BadRequest) << u"limit must be positive"_s;
        QTest::newRow("400 pydantic list")
            << 400 << QByteArray(R"({"detail":[{"loc":["query","limit"],"msg":"not an int"}]})")
            << int(ApiError::Kind::BadRequest) << u"query.limit: not an int"_s;
        QTest::newRow("401") << 401 << QByteArray(R"({"detail":"Authentication failed."})")
                             << int(ApiError::Kind::Unauthorized) << u"Authentication failed."_s;
        QTest::newRow("403 message") << 403 << QByteArray(R"({"message":"프로젝트가 비활성 상태입니다"})")
                                     << int(ApiError::Kind::Forbidden) << u"프로젝트가 비활성 상태입니다"_s;
        QTest::newRow("404 error") << 404
                                   << QByteArray(R"({"success":false,"error":"ツールが見つかりません"})")
                                   << int(ApiError::Kind::NotFound) << u"ツールが見つかりません"_s;
        QTest::newRow("404 errors") << 404 << QByteArray(R"({"errors":"Agent not found"})")
                                    << int(ApiError::Kind::NotFound) << u"Agent not found"_s;
        QTest::newRow("429") << 429 << QByteArray(R"({"detail":"Too many requests"})")
                             << int(ApiError::Kind::RateLimited) << u"Too many requests"_s;
        QTest::newRow("500 html") << 500 << QByteArray("<html><body>Internal Server Error</body></html>")
                                  << int(ApiError::Kind::ServerError) << u"Internal Server Error"_s;
        QTest::newRow("502 empty") << 502 << QByteArray() << int(ApiError::Kind::ServiceUnavailable)
                                   << QString();
        QTest::newRow("418") << 418 << QByteArray("{}") << int(ApiError::Kind::HttpError) << QString();
    }

    // The error bodies the real service was recorded sending (docs/alli-api-notes.md), verbatim,
    // and the whole message a user reads for each: the server's own words, never a flattened
    // object such as "name: INVALID_TOKEN; value: 1013".
    void recordedErrorBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("401 INVALID_TOKEN")
            << 401 << QByteArray("application/json")
            << QByteArray(R"({"error":{"value":1013,"name":"INVALID_TOKEN"},"message":"INVALID_TOKEN"})")
            << u"The API key or token is missing or invalid (INVALID_TOKEN). Check the connection's credentials."_s;
        QTest::newRow("401 error object only")
            << 401 << QByteArray("application/json")
            << QByteArray(R"({"error":{"value":1013,"name":"INVALID_TOKEN"}})")
            << u"The API key or token is missing or invalid (INVALID_TOKEN). Check the connection's credentials."_s;
        QTest::newRow("400 not JSON")
            << 400 << QByteArray("application/json")
            << QByteArray(R"({"result":[],"errors":"content must be JSON deserializable!"})")
            << u"The server refused the request as invalid (HTTP 400). Server message: content "
               "must be JSON deserializable!"_s;
        QTest::newRow("405 text/html")
            << 405 << QByteArray("text/html") << QByteArray("Method not allowed")
            << u"The server answered with an unexpected status (HTTP 405). Server message: "
               "Method not allowed"_s;
        QTest::newRow("422 django-ninja")
            << 422 << QByteArray("application/json")
            << QByteArray(
                   R"({"detail":[{"type":"missing","loc":["body","payload","users",0,"ownUserId"],)"
                   R"("msg":"Field required"},{"type":"string_type","loc":["body","payload","action"],)"
                   R"("msg":"Input should be a valid string"}]})")
            << u"The server refused the request as invalid (HTTP 422). Server message: "
               "body.payload.users.0.ownUserId: Field required; body.payload.action: Input should be a valid string"_s;
    }

    void recordedErrorBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        m_client->setRetryPolicy({ 1, 10, 10, 1000 });
        m_nam->setHandler([&](const RecordedRequest&) {
            FakeResponse r;
            r.status = status;
            r.body = body;
            r.addHeader("Content-Type", contentType);
            return r;
        });
        auto reply = own(m_client->getAgent(u"a1"_s));
        QVERIFY(finishesOnce(reply.get()));
        QCOMPARE(reply->error().message(), message);
        QVERIFY(!reply->error().message().contains(u"value: 1013"_s));
    }

    void statusCodes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, serverMessage);
        m_client->setRetryPolicy({ 1, 10, 10, 1000 }); // no retries: one request, one answer
        m_nam->setHandler([&](const RecordedRequest&) { return FakeResponse::json(status, body); });
        auto reply = own(m_client->getAgent(u"a1"_s));
        QVERIFY(finishesOnce(reply.get()));
        QCOMPARE(int(reply->error().kind()), kind);
        QCOMPARE(reply->httpStatus(), status);
        QCOMPARE(reply->error().serverMessage(), serverMessage);
        QVERIFY(!reply->error().explanation().isEmpty());
        if (!serverMessage.isEmpty())
            QVERIFY(reply->error().message().contains(serverMessage));
        QCOMPARE(m_nam->requests().size(), 1);
    }

    void explanationsNameTheCause()
    {
        QVERIFY(ApiError(ApiError::Kind::Unauthorized, 401).explanation().contains(u"API key"_s));
        const QString forbidden = ApiError(ApiError::Kind::Forbidden, 403).explanation();
        QVERIFY(forbidden.contains(u"inactive"_s));
        QVERIFY(forbidden.contains(u"IP"_s));
    }

    void malformedJson()
    {
        m_nam->setHandler(
            [](const RecordedRequest&) { return FakeResponse::json(200, "{\"agents\": [ {\"id\""); });
        auto reply = own(m_client->listAgents());
        QVERIFY(finishesOnce(reply.get()));
        QCOMPARE(reply->error().kind(), ApiError::Kind::MalformedResponse);
        QVERIFY(reply->error().detail().contains(u"not valid JSON"_s));
        QCOMPARE(m_nam->requests().size(), 1); // a malformed answer is not retried
    }

    void missingRequiredFieldIsNamed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("agent email") << QByteArray(
            R"({"agents":[)" + agentJson(1) + R"(,{"id":"2","firstName":"a","lastName":"b"}]})")
                                     << u"agents[1].email"_s;
        QTest::newRow("no agents key") << QByteArray(R"({"items":[]})") << u"agents"_s;
        QTest::newRow("wrong type") << QByteArray(
            R"({"agents":[{"id":7,"firstName":"a","lastName":"b","email":"e"}]})")
                                    << u"agents[0].id"_s;
        QTest::newRow("array instead of object") << QByteArray("[]") << u"(document)"_s;
    }

    void missingRequiredFieldIsNamed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        m_nam->setHandler([&](const RecordedRequest&) { return FakeResponse::json(200, body); });
        auto reply = own(m_client->listAgents());
        QVERIFY(finishesOnce(reply.get()));
        QCOMPARE(reply->error().kind(), ApiError::Kind::MalformedResponse);
        QCOMPARE(reply->error().field(), field);
        QVERIFY(reply->error().explanation().contains(field));
        QVERIFY(reply->value().isEmpty());
    }

    void groupFieldsAndAllowedNulls()
    {
        m_nam->setHandler([](const RecordedRequest&) {
            return FakeResponse::json(200, "{\"permissionGroups\":[" + kGroup + "],\"unknownTopLevel\":1}");
        });
        auto reply = own(m_client->listPermissionGroups());
        QVERIFY(finishesOnce(reply.get()));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
        QCOMPARE(reply->value().size(), 1);
        const PermissionGroupResponse& g = reply->value().first();
        QCOMPARE(g.name, u"기본 그룹"_s);
        QVERIFY(g.isDefault);
        QVERIFY(!g.order.has_value());
        QCOMPARE(g.agentCount, 3);
        QCOMPARE(g.permissions.known, (QList<Permission> { Permission::SkillRead, Permission::SkillWrite }));
        QCOMPARE(g.permissions.unknown, QStringList { u"future_permission"_s }); // kept, not dropped
    }

    void groupOrderMustBePresent()
    {
        // `order` may be null but is required: leaving it out is a malformed response.
        QByteArray body = kGroup;
        body.replace("\"order\":null,", "");
        m_nam->setHandler([&](const RecordedRequest&) {
            return FakeResponse::json(200, "{\"permissionGroups\":[" + body + "]}");
        });
        auto reply = own(m_client->listPermissionGroups());
        QVERIFY(finishesOnce(reply.get()));
        QCOMPARE(reply->error().field(), u"permissionGroups[0].order"_s);
    }

    void bulkResultsWithNullMessages()
    {
        m_nam->setHandler([](const RecordedRequest&) {
            return FakeResponse::json(200, R"({"result":[{"ownUserId":"E1","status":"success","message":null},
                {"ownUserId":"E2","status":"error","message":"User already exists"}]})");
        });
        BulkUserRequest request;
        request.action = BulkUserAction::Create;
        request.users = { { u"E1"_s, QList<BulkUserData> { { u"name"_s, u"김민준"_s } } },
            { u"E2"_s, QList<BulkUserData> {} } };
        auto reply = own(m_client->bulkUsers(request));
        QVERIFY(finishesOnce(reply.get()));
        QVERIFY(reply->ok());
        QCOMPARE(reply->value().result.size(), 2);
        QCOMPARE(reply->value().result[0].status, ResultStatus::Success);
        QVERIFY(!reply->value().result[0].message);
        QCOMPARE(reply->value().result[1].message.value(), u"User already exists"_s);
        const QByteArray sent = m_nam->requests().first().body;
        QVERIFY(sent.contains(R"("action":"create")"));
        QVERIFY(sent.contains(u"김민준"_s.toUtf8()));

        m_nam->setHandler([](const RecordedRequest&) {
            return FakeResponse::json(
                200, R"({"result":[{"emails":["a@x.com","b@x.com"],"status":"success","errorMessage":null},
                {"emails":["c@x.com"],"status":"error","errorMessage":"Unknown group"}]})");
        });
        MemberMetadata member;
        member.email = u"a@x.com"_s;
        auto members = own(m_client->updateMemberGroups({ member }));
        QVERIFY(finishesOnce(members.get()));
        QVERIFY(members->ok());
        QCOMPARE(members->value().result[0].emails.size(), 2);
        QVERIFY(members->value().result[0].isSuccess());
        QVERIFY(!members->value().result[1].isSuccess());
    }

    // A status word outside the spec's enum does not make the whole answer unreadable (the other
    // rows' results are kept); that row is neither a success nor a failure.
    void bulkUserStatusOutsideEnumIsUndecided()
    {
        m_nam->setHandler([](const RecordedRequest&) {
            return FakeResponse::json(200,
                R"({"result":[{"ownUserId":"E1","status":"done"},{"ownUserId":"E2","status":"SUCCESS"},)"
                R"({"ownUserId":"E3","status":"Error","message":"exists"}]})");
        });
        auto reply = own(m_client->bulkUsers(BulkUserRequest {}));
        QVERIFY(finishesOnce(reply.get()));
        QVERIFY(reply->ok());
        QCOMPARE(reply->value().result.size(), 3);
        QCOMPARE(reply->value().result[0].status, ResultStatus::Unrecognised);
        QCOMPARE(reply->value().result[0].statusText, u"done"_s);
        QCOMPARE(reply->value().result[1].status, ResultStatus::Success);
        QCOMPARE(reply->value().result[2].status, ResultStatus::Failure);
    }

    void getUserKeepsExtraFields()
    {
        m_nam->setHandler([](const RecordedRequest&) {
            return FakeResponse::json(200, R"({"result":{"userId":"EMP1","firstName":"花子","lastName":"佐藤",
                "email":"hanako@example.jp","customerGroup":{"id":"cg1","name":"VIP"}}})");
        });
        auto reply = own(m_client->getUser(u"EMP/1 한"_s));
        QVERIFY(finishesOnce(reply.get()));
        QVERIFY(reply->ok());
        QCOMPARE(reply->value().fields.value(u"email"_s).toString(), u"hanako@example.jp"_s);
        QCOMPARE(
            reply->value().fields.value(u"customerGroup"_s).toObject().value(u"name"_s).toString(), u"VIP"_s);
        // The id is one path segment, percent-encoded.
        QCOMPARE(m_nam->requests().first().request.url().path(QUrl::FullyEncoded),
            u"/webapi/v2/user/EMP%2F1%20%ED%95%9C"_s);
    }

    void successFalseIsRejected()
    {
        m_nam->setHandler([](const RecordedRequest&) {
            return FakeResponse::json(200, R"({"success":false,"error":"State expired"})");
        });
        auto reply = own(m_client->updateOAuth2Information({ u"s1"_s, QJsonObject {}, 1.0 }));
        QVERIFY(finishesOnce(reply.get()));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Rejected);
        QCOMPARE(reply->error().serverMessage(), u"State expired"_s);
    }

    void emptyBodyAcknowledges()
    {
        m_nam->setHandler([](const RecordedRequest&) { return FakeResponse::json(200, ""); });
        auto reply = own(m_client->deletePermissionGroup(u"g1"_s));
        QVERIFY(finishesOnce(reply.get()));
        QVERIFY(reply->ok());
        QCOMPARE(m_nam->requests().first().verb, QByteArray("DELETE"));
    }

    void timeoutIsNotCancel()
    {
        m_client->setRetryPolicy({ 1, 10, 10, 1000 });
        m_client->setTransferTimeout(100);
        m_nam->setHandler([](const RecordedRequest&) { return FakeResponse::hanging(); });
        auto reply = own(m_client->getAgent(u"a1"_s));
        QVERIFY(finishesOnce(reply.get()));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Timeout);
        QVERIFY(reply->error().mayHaveReachedServer());
    }

    void cancelIsNotTimeout()
    {
        m_client->setTransferTimeout(100);
        m_nam->setHandler([](const RecordedRequest&) { return FakeResponse::hanging(); });
        auto reply = own(m_client->getAgent(u"a1"_s));
        QSignalSpy spy(reply.get(), &ApiReply::finished);
        QTRY_COMPARE(m_nam->requests().size(), 1);
        reply->cancel();
        reply->cancel(); // idempotent
        QVERIFY(finishesOnce(reply.get()));
        QTest::qWait(250); // past the transfer timeout: still one finished(), still Cancelled
        QCOMPARE(spy.count(), 1);
        QCOMPARE(reply->error().kind(), ApiError::Kind::Cancelled);
    }

    void cancelBeforeSending()
    {
        auto reply = own(m_client->getAgent(u"a1"_s));
        reply->cancel();
        QVERIFY(finishesOnce(reply.get()));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Cancelled);
        QTest::qWait(20);
        QCOMPARE(m_nam->requests().size(), 0);
    }

    void timeoutRetriesGetThenSucceeds()
    {
        m_client->setTransferTimeout(100);
        m_nam->setHandler([this](const RecordedRequest&) {
            return m_nam->requests().size() == 1 ? FakeResponse::hanging()
                                                 : FakeResponse::json(200, agentJson(1));
        });
        auto reply = own(m_client->getAgent(u"a1"_s));
        QVERIFY(finishesOnce(reply.get()));
        QVERIFY(reply->ok());
        QCOMPARE(reply->attempts(), 2);
        QCOMPARE(reply->value().email, u"a1@example.com"_s);
    }

    void retryAfterSeconds()
    {
        m_nam->setHandler([this](const RecordedRequest&) {
            if (m_nam->requests().size() == 1) {
                FakeResponse r = FakeResponse::json(429, R"({"detail":"slow down"})");
                r.addHeader("Retry-After", "1");
                return r;
            }
            return FakeResponse::json(200, agentsPage(0, 1));
        });
        auto reply = own(m_client->listAgents());
        QSignalSpy retries(reply.get(), &ApiReply::retryScheduled);
        QVERIFY(finishesOnce(reply.get(), 5000));
        QVERIFY(reply->ok());
        QCOMPARE(retries.count(), 1);
        QCOMPARE(retries.first().at(1).toInt(), 1000); // the server's delay, not our backoff
        QCOMPARE(m_nam->requests().size(), 2);
    }

    void retryAfterHttpDate()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 29), QTime(10, 0, 0), Qt::UTC);
        QCOMPARE(AlliClient::parseRetryAfter("Sun, 29 Nov 2026 10:00:07 GMT", now), std::optional<int>(7));
        QCOMPARE(AlliClient::parseRetryAfter("120", now), std::optional<int>(120));
        QCOMPARE(AlliClient::parseRetryAfter("Sun, 29 Nov 2026 09:00:00 GMT", now), std::optional<int>(0));
        QCOMPARE(AlliClient::parseRetryAfter("soon", now), std::nullopt);
        QCOMPARE(AlliClient::parseRetryAfter("-3", now), std::nullopt);

        // End to end: a 503 whose Retry-After is a date a minute ahead. The scheduled delay comes
        // from that date (a stall of up to half a minute on a busy machine still passes); the
        // retry itself is not waited for: the reply is cancelled once it is scheduled.
        m_nam->setHandler([](const RecordedRequest&) {
            FakeResponse r = FakeResponse::json(503, "{}");
            const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(60);
            r.addHeader(
                "Retry-After", QLocale::c().toString(when, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1());
            return r;
        });
        auto reply = own(m_client->getAgent(u"a1"_s));
        QSignalSpy retries(reply.get(), &ApiReply::retryScheduled);
        QVERIFY(retries.wait(5000));
        const int delay = retries.first().at(1).toInt();
        QVERIFY2(delay > 30000 && delay <= 60000, qPrintable(QString::number(delay)));
        reply->cancel();
        QVERIFY(finishesOnce(reply.get(), 5000));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(m_nam->requests().size(), 1);
    }

    void retryAfterBeyondCapGivesUp()
    {
        m_client->setRetryPolicy({ 4, 10, 40, 5000 });
        m_nam->setHandler([](const RecordedRequest&) {
            FakeResponse r = FakeResponse::json(429, "{}");
            r.addHeader("Retry-After", "3600");
            return r;
        });
        auto reply = own(m_client->getAgent(u"a1"_s));
        QVERIFY(finishesOnce(reply.get()));
        QCOMPARE(reply->error().kind(), ApiError::Kind::RateLimited);
        QCOMPARE(reply->error().retryAfterSeconds(), 3600);
        QCOMPARE(m_nam->requests().size(), 1);
    }

    void retryPolicyByMethod_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("failStatus"); // 0: network error below
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("expectedRequests");
        QTest::addColumn<bool>("mayHaveReached");
        // GET and PUT are retried on server errors and lost connections.
        QTest::newRow("GET 500") << u"GET"_s << 500 << 0 << 2 << false;
        QTest::newRow("PUT 502") << u"PUT"_s << 502 << 0 << 2 << false;
        QTest::newRow("GET closed") << u"GET"_s << 0 << int(QNetworkReply::RemoteHostClosedError) << 2
                                    << false;
        // A POST is retried only when the server refused it (rate limit) or it never left this
        // machine. A server error (500, 502, 503, 504) says nothing about whether the change was
        // applied: not resent, and reported as one that may have reached the server (a bulk run
        // looks its rows up and resends the absent ones).
        QTest::newRow("POST 429") << u"POST"_s << 429 << 0 << 2 << false;
        QTest::newRow("POST 503") << u"POST"_s << 503 << 0 << 1 << true;
        QTest::newRow("POST refused")
            << u"POST"_s << 0 << int(QNetworkReply::ConnectionRefusedError) << 2 << false;
        QTest::newRow("POST 500") << u"POST"_s << 500 << 0 << 1 << true;
        QTest::newRow("POST 504") << u"POST"_s << 504 << 0 << 1 << true;
        QTest::newRow("POST closed") << u"POST"_s << 0 << int(QNetworkReply::RemoteHostClosedError) << 1
                                     << true;
        QTest::newRow("DELETE 500") << u"DELETE"_s << 500 << 0 << 1 << true;
    }

    void retryPolicyByMethod()
    {
        QFETCH(QString, method);
        QFETCH(int, failStatus);
        QFETCH(int, networkError);
        QFETCH(int, expectedRequests);
        QFETCH(bool, mayHaveReached);
        m_nam->setHandler([&](const RecordedRequest& r) {
            if (m_nam->requests().size() > 1) {
                if (r.verb == "GET")
                    return FakeResponse::json(200, agentJson(1));
                if (r.verb == "PUT")
                    return FakeResponse::json(200,
                        R"({"id":"g","name":"n","isAdmin":false,"isDefault":false,"order":1,"permissions":[],"agents":[]})");
                return FakeResponse::json(200, R"({"result":{"id":"x","status":"created"}})");
            }
            return failStatus ? FakeResponse::json(failStatus, "{}")
                              : FakeResponse::networkError(QNetworkReply::NetworkError(networkError));
        });
        std::unique_ptr<ApiReply> reply;
        if (method == u"GET")
            reply = own<ApiReply>(m_client->getAgent(u"a"_s));
        else if (method == u"PUT")
            reply = own<ApiReply>(m_client->renamePermissionGroup(u"g"_s, u"n"_s));
        else if (method == u"DELETE")
            reply = own<ApiReply>(m_client->deletePermissionGroup(u"g"_s));
        else {
            AgentManagementRequest create;
            create.email = u"new@example.com"_s;
            create.password = u"Passw0rd!"_s;
            reply = own<ApiReply>(m_client->manageAgent(create));
        }
        QVERIFY(finishesOnce(reply.get()));
        QTest::qWait(100); // no late retry either
        QCOMPARE(m_nam->requests().size(), expectedRequests);
        QCOMPARE(reply->ok(), expectedRequests == 2);
        if (!reply->ok())
            QCOMPARE(reply->error().mayHaveReachedServer(), mayHaveReached);
    }

    void retriesStopAtMaxAttempts()
    {
        m_client->setRetryPolicy({ 3, 5, 20, 1000 });
        m_nam->setHandler(
            [](const RecordedRequest&) { return FakeResponse::json(500, R"({"detail":"boom"})"); });
        auto reply = own(m_client->getAgent(u"a"_s));
        QVERIFY(finishesOnce(reply.get()));
        QCOMPARE(m_nam->requests().size(), 3);
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(reply->error().kind(), ApiError::Kind::ServerError);
        QCOMPARE(reply->error().serverMessage(), u"boom"_s);
    }

    void inFlightCap()
    {
        m_client->setMaxInFlight(4);
        m_nam->setHandler([](const RecordedRequest&) { return FakeResponse::hanging(); });
        std::vector<std::unique_ptr<TypedReply<AgentResponse>>> replies;
        for (int i = 0; i < 10; ++i)
            replies.push_back(own(m_client->getAgent(QString::number(i))));
        QTRY_COMPARE(m_nam->requests().size(), 4);
        QTest::qWait(50);
        QCOMPARE(m_nam->requests().size(), 4);
        QCOMPARE(m_client->inFlight(), 4);
        replies[1]->cancel(); // frees one slot
        QTRY_COMPARE(m_nam->requests().size(), 5);
        replies[7]->cancel(); // a queued one: never sent
        m_client->cancelAll();
        for (auto& r : replies)
            QVERIFY(finishesOnce(r.get()));
        QCOMPARE(m_nam->requests().size(), 5);
        QCOMPARE(m_client->inFlight(), 0);
    }

    void headers()
    {
        ConnectionSettings s = settings();
        s.projectIdHeader = "X-PROJECT";
        s.agentEmail = u"admin@example.com"_s;
        s.userEmail = u"user@example.kr"_s;
        s.ownUserId = u"홍길동"_s;
        m_client->setConnection(s);
        auto reply = own(m_client->listAgents(200, 50, u"a+b@x.com"_s));
        QVERIFY(finishesOnce(reply.get()));
        const QNetworkRequest& r = m_nam->requests().first().request;
        QCOMPARE(r.rawHeader("API-KEY"), QByteArray("sk-live-SECRET-1234"));
        QVERIFY(!r.hasRawHeader("Authorization"));
        QCOMPARE(r.rawHeader("X-PROJECT"), QByteArray("proj-1"));
        QCOMPARE(r.rawHeader("AGENT-EMAIL"), QByteArray("admin@example.com"));
        QCOMPARE(r.rawHeader("USER-EMAIL"), QByteArray("user@example.kr"));
        // The documented example (docs, Authentication): 홍길동 -> base64:7ZmN6ri464+Z
        QCOMPARE(r.rawHeader("OWN-USER-ID"), QByteArray("base64:7ZmN6ri464+Z"));
        QCOMPARE(r.url().query(QUrl::FullyEncoded), u"offset=200&limit=50&email=a%2Bb%40x.com"_s);

        s.authMethod = ConnectionSettings::AuthMethod::Token;
        s.secret = u"tok-XYZ-987"_s;
        m_client->setConnection(s);
        auto second = own(m_client->getAgent(u"a"_s));
        QVERIFY(finishesOnce(second.get()));
        const QNetworkRequest& r2 = m_nam->requests().last().request;
        QCOMPARE(r2.rawHeader("Authorization"), QByteArray("Bearer tok-XYZ-987"));
        QVERIFY(!r2.hasRawHeader("API-KEY"));
    }

    void baseUrlSecurity_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://backend.alli.ai"_s << true;
        QTest::newRow("http remote") << u"http://backend.alli.ai"_s << false;
        QTest::newRow("http private") << u"http://192.168.1.10:8080"_s << false;
        QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http loopback range") << u"http://127.8.9.10:8080"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
        QTest::newRow("http ipv6 loopback") << u"http://[::1]:8080"_s << true;
        QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
        QTest::newRow("not a url") << u"backend"_s << false;
    }

    void baseUrlSecurity()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        m_client->setConnection(settings(url));
        auto reply = own(m_client->getAgent(u"a"_s));
        QVERIFY(finishesOnce(reply.get()));
        QTest::qWait(10);
        QCOMPARE(m_nam->requests().size(), allowed ? 1 : 0);
        if (!allowed) {
            QCOMPARE(reply->error().kind(), ApiError::Kind::InvalidSettings);
            QVERIFY(!reply->error().detail().isEmpty());
        }
    }

    void regionUrls()
    {
        QCOMPARE(ConnectionSettings::regionUrl(ConnectionSettings::Region::US),
            QUrl(u"https://backend.alli.ai"_s));
        QCOMPARE(ConnectionSettings::regionUrl(ConnectionSettings::Region::JA),
            QUrl(u"https://backend-ja.alli.ai"_s));
        ConnectionSettings s = settings(u"https://proxy.example.com/alli/"_s);
        m_client->setConnection(s);
        auto reply = own(m_client->listAgentTools());
        QVERIFY(finishesOnce(reply.get()));
        QCOMPARE(m_nam->requests().first().request.url().toString(),
            u"https://proxy.example.com/alli/webapi/agent_builder/agent_tools"_s);
    }

    // The activity carries the bodies (redacted) for the Activity page, and only the status and
    // headers for a front end that turned them off (the CLI, which watches the status alone).
    void activityBodiesCanBeLeftOut()
    {
        QList<ActivityRecord> records;
        connect(m_client, &AlliClient::activityRecorded, this,
            [&](const ActivityRecord& r) { records.append(r); });
        m_nam->setHandler([&](const RecordedRequest&) {
            return FakeResponse::json(200, R"({"result":[{"ownUserId":"U1","status":"success"}]})");
        });
        BulkUserRequest users;
        users.action = BulkUserAction::Create;
        users.users = { { u"U1"_s, QList<BulkUserData> { { u"first_name"_s, u"Mina"_s } } } };
        auto withBodies = own(m_client->bulkUsers(users));
        QVERIFY(finishesOnce(withBodies.get()));
        m_client->setActivityBodies(false);
        auto without = own(m_client->bulkUsers(users));
        QVERIFY(finishesOnce(without.get()));
        m_client->setActivityBodies(true);
        QCOMPARE(records.size(), 2);
        QVERIFY(records.at(0).requestBody.contains("U1") && records.at(0).responseBody.contains("success"));
        QVERIFY(records.at(1).requestBody.isEmpty() && records.at(1).responseBody.isEmpty());
        QCOMPARE(records.at(1).httpStatus, 200);
        QVERIFY(without->ok()); // the caller still gets the answer
    }

    void secretsNeverReachLogsOrActivity()
    {
        const QString secret = u"sk-live-SECRET-1234"_s;
        static QStringList messages;
        messages.clear();
        QLoggingCategory::setFilterRules(u"alli.*=true"_s);
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& msg) { messages.append(msg); });
        QList<ActivityRecord> records;
        connect(m_client, &AlliClient::activityRecorded, this,
            [&](const ActivityRecord& r) { records.append(r); });
        m_nam->setHandler([&](const RecordedRequest&) {
            // A careless server echoing the key and a client secret back.
            return FakeResponse::json(
                401, "{\"detail\":\"bad key " + secret.toUtf8() + "\",\"client_secret\":\"cs-123456\"}");
        });
        auto reply = own(m_client->getOAuth2Information(u"state-1"_s));
        QVERIFY(finishesOnce(reply.get()));
        m_nam->setHandler([&](const RecordedRequest&) {
            return FakeResponse::json(
                200, R"({"success":true,"oauth2_info":{"client_id":"cid","client_secret":"cs-987654",
                "token_info":{"access_token":"at-55555","refresh_token":"rt-66666"},"token_generated":1700000000}})");
        });
        auto ok = own(m_client->getOAuth2Information(u"state-1"_s));
        QVERIFY(finishesOnce(ok.get()));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(ok->ok());
        QCOMPARE(ok->value().clientSecret, u"cs-987654"_s); // the caller still gets the data
        QVERIFY(!messages.isEmpty());
        QVERIFY2(QLoggingCategory("alli.api").isInfoEnabled(),
            "alli.api info lines are off: run with QT_LOGGING_RULES=alli.*.debug=true, as ctest does");
        // The line that carries the server's own error text was logged (redacted): without it the
        // check below would prove nothing.
        QVERIFY2(std::any_of(messages.cbegin(), messages.cend(),
                     [](const QString& m) { return m.contains(u"401"_s) && m.contains(u"bad key"_s); }),
            qPrintable(messages.join(u'\n')));
        for (const QString& m : std::as_const(messages))
            QVERIFY2(!m.contains(secret) && !m.contains(u"cs-987654"_s), qPrintable(m));
        QCOMPARE(records.size(), 2);
        for (const ActivityRecord& r : std::as_const(records)) {
            QString all = r.url.toString() + QString::fromUtf8(r.requestBody + r.responseBody);
            for (const auto& h : r.requestHeaders)
                all += QString::fromLatin1(h.first + ": " + h.second);
            for (const QString& forbidden :
                { secret, u"cs-123456"_s, u"cs-987654"_s, u"at-55555"_s, u"rt-66666"_s })
                QVERIFY2(!all.contains(forbidden), qPrintable(all));
            const QString curl = Redactor::curlCommand(r);
            QVERIFY(curl.contains(u"$ALLI_API_KEY"_s));
            QVERIFY(!curl.contains(secret));
            QVERIFY(curl.startsWith(
                u"curl -X POST 'https://alli.example.com/webapi/agent_builder/oauth2_information'"_s));
        }
    }

    void redactBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("mustNotContain");
        QTest::addColumn<QByteArray>("mustContain");
        QTest::newRow("plain bulk body kept")
            << QByteArray(R"({"action":"create","users":[{"ownUserId":"E1"}]})") << QByteArray()
            << QByteArray(R"("ownUserId":"E1")");
        QTest::newRow("client_secret") << QByteArray(R"({"client_secret":"cs-1","client_id":"id-1"})")
                                       << QByteArray("cs-1") << QByteArray("id-1");
        QTest::newRow("Client-Secret")
            << QByteArray(R"({"Client-Secret":"cs-2"})") << QByteArray("cs-2") << QByteArray("***");
        QTest::newRow("nested token") << QByteArray(R"({"tokenInfo":{"access_token":"at-3"},"state":"s"})")
                                      << QByteArray("at-3") << QByteArray(R"("state":"s")");
        QTest::newRow("code") << QByteArray(R"({"code":"c-4","countryCode":"KR"})") << QByteArray("c-4")
                              << QByteArray("KR");
        QTest::newRow("password in array") << QByteArray(R"([{"email":"a@b.c","password":"Pw-5!x"}])")
                                           << QByteArray("Pw-5!x") << QByteArray("a@b.c");
        QTest::newRow("place names kept")
            << QByteArray(R"({"place_access_token":"access_token"})") << QByteArray()
            << QByteArray(R"("place_access_token":"access_token")");
    }

    void redactBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, mustNotContain);
        QFETCH(QByteArray, mustContain);
        Redactor redactor;
        redactor.setKnownSecrets({ u"sk-live-SECRET-1234"_s });
        const QByteArray out = redactor.redactBody(body);
        if (!mustNotContain.isEmpty())
            QVERIFY2(!out.contains(mustNotContain), out.constData());
        QVERIFY2(out.contains(mustContain), out.constData());
        // A known secret is scrubbed even where no key hints at it.
        QVERIFY(!redactor.redactBody(R"({"note":"sk-live-SECRET-1234"})").contains("sk-live-SECRET-1234"));
    }

    void pagerStopsOnShortPage_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("expectedRequests");
        QTest::newRow("237 items") << 237 << 3;
        QTest::newRow("exact multiple") << 200 << 3; // the last, empty page says "done"
        QTest::newRow("empty") << 0 << 1;
    }

    void pagerStopsOnShortPage()
    {
        QFETCH(int, total);
        QFETCH(int, expectedRequests);
        m_nam->setHandler([&](const RecordedRequest& r) {
            const QUrlQuery q(r.request.url());
            const int offset = q.queryItemValue(u"offset"_s).toInt();
            const int limit = q.queryItemValue(u"limit"_s).toInt();
            return FakeResponse::json(200, agentsPage(offset, std::clamp(total - offset, 0, limit)));
        });
        PagedFetch<AgentResponse> fetch(
            [this](int offset, int limit) { return m_client->listAgents(offset, limit); }, 100);
        QSignalSpy finished(&fetch, &PagedFetchBase::finished);
        fetch.start();
        QVERIFY(finished.wait(5000));
        QVERIFY(!fetch.error().isError());
        QCOMPARE(fetch.items().size(), total);
        QCOMPARE(m_nam->requests().size(), expectedRequests);
        if (total)
            QCOMPARE(fetch.items().last().id, u"a%1"_s.arg(total - 1));
        QCOMPARE(finished.count(), 1);
    }

    void pagerReportsErrors()
    {
        m_client->setRetryPolicy({ 1, 10, 10, 1000 });
        m_nam->setHandler([this](const RecordedRequest&) {
            return m_nam->requests().size() == 1 ? FakeResponse::json(200, agentsPage(0, 100))
                                                 : FakeResponse::json(403, R"({"detail":"inactive"})");
        });
        PagedFetch<AgentResponse> fetch(
            [this](int offset, int limit) { return m_client->listAgents(offset, limit); }, 100);
        QSignalSpy finished(&fetch, &PagedFetchBase::finished);
        fetch.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(fetch.error().kind(), ApiError::Kind::Forbidden);
        QCOMPARE(fetch.items().size(), 100);
    }

    void responseSizeLimit()
    {
        m_client->setMaxResponseBytes(1000);
        m_nam->setHandler([](const RecordedRequest&) { return FakeResponse::json(200, agentsPage(0, 100)); });
        auto reply = own(m_client->listAgents());
        QVERIFY(finishesOnce(reply.get()));
        QCOMPARE(reply->error().kind(), ApiError::Kind::MalformedResponse);
        QVERIFY(reply->error().detail().contains(u"larger"_s));
    }

    void requestBodies()
    {
        m_nam->setHandler([](const RecordedRequest&) { return FakeResponse::json(200, "{}"); });
        CreatePermissionGroupRequest create { u"サポート"_s, { u"a1"_s },
            { Permission::SkillRead, Permission::ConsversationDownload } };
        auto r1 = own(m_client->createPermissionGroup(create));
        AgentManagementRequest del;
        del.email = u"gone@example.com"_s;
        del.deleteFlag = true;
        del.password = u"ignored"_s;
        auto r2 = own(m_client->manageAgent(del));
        MemberMetadata m;
        m.email = u"m@example.com"_s;
        m.groups = QStringList { u"A"_s, u"B"_s };
        m.attributes = QMap<QString, QString> { { u"dept"_s, u"영업"_s } };
        auto r3 = own(m_client->inviteMembers({ m }));
        QVERIFY(finishesOnce(r1.get()) && finishesOnce(r2.get()) && finishesOnce(r3.get()));
        const auto& reqs = m_nam->requests();
        QCOMPARE(reqs.size(), 3);
        QCOMPARE(QJsonDocument::fromJson(reqs[0].body).object(),
            QJsonObject({ { u"name"_s, u"サポート"_s }, { u"agentIds"_s, QJsonArray { u"a1"_s } },
                { u"permissions"_s, QJsonArray { u"skill_read"_s, u"consversation_download"_s } } }));
        QCOMPARE(QJsonDocument::fromJson(reqs[1].body).object(),
            QJsonObject({ { u"email"_s, u"gone@example.com"_s }, { u"deleteFlag"_s, true } }));
        const QJsonObject member
            = QJsonDocument::fromJson(reqs[2].body).object().value(u"members"_s).toArray().first().toObject();
        QCOMPARE(member.value(u"groups"_s).toArray().size(), 2);
        QCOMPARE(member.value(u"attributes"_s).toObject().value(u"dept"_s).toString(), u"영업"_s);
        QVERIFY(!member.contains(u"firstName"_s)); // unset optionals are left out, not sent as ""
        QCOMPARE(
            reqs[0].request.header(QNetworkRequest::ContentTypeHeader).toString(), u"application/json"_s);
    }

    void permissionTable()
    {
        QCOMPARE(int(Permission::Count), 84);
        QCOMPARE(permissionName(Permission::DashboardAccessible), u"dashboard_accessible"_s);
        QCOMPARE(permissionName(Permission::AnnouncementWrite), u"announcement_write"_s);
        for (Permission p : allPermissions())
            QCOMPARE(permissionFromName(permissionName(p)), std::optional<Permission>(p));
        QVERIFY(!permissionFromName(u"skill_reads"));
    }
};

QTEST_GUILESS_MAIN(TestAlliClient)
#include "tst_alliclient.moc"
