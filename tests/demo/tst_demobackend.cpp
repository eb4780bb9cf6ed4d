// The demo backend over real loopback HTTP, driven by a plain QNetworkAccessManager.

#include "demoserver.h"
#include "permissioncatalog.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using Alli::Demo::DemoOptions;
using Alli::Demo::DemoServer;

namespace
{

struct Response {
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QByteArray retryAfter;

    QJsonObject object() const { return json.object(); }
    QString detail() const { return json.object().value(u"detail").toString(); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

} // namespace

class TestDemoBackend : public QObject
{
    Q_OBJECT

private:
    QNetworkRequest makeRequest(const DemoServer& server, const QString& path, const QUrlQuery& query,
        const Headers& headers, bool withKey) const
    {
        QUrl url = server.baseUrl();
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (withKey)
            request.setRawHeader(QByteArrayLiteral("API-KEY"), server.apiKey().toUtf8());
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        return request;
    }

    static Response collect(QNetworkReply* reply)
    {
        Response response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.json = QJsonDocument::fromJson(response.body);
        response.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
        reply->deleteLater();
        return response;
    }

    QNetworkReply* start(const DemoServer& server, const QByteArray& method, const QString& path,
        const QByteArray& body = {}, const QUrlQuery& query = {}, const Headers& headers = {},
        bool withKey = true)
    {
        const QNetworkRequest request = makeRequest(server, path, query, headers, withKey);
        return m_nam.sendCustomRequest(request, method, body);
    }

    Response send(const DemoServer& server, const QByteArray& method, const QString& path,
        const QByteArray& body = {}, const QUrlQuery& query = {}, const Headers& headers = {},
        bool withKey = true)
    {
        QNetworkReply* reply = start(server, method, path, body, query, headers, withKey);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        return collect(reply);
    }

    Response get(const QString& path, const QUrlQuery& query = {})
    {
        return send(*m_server, QByteArrayLiteral("GET"), path, {}, query);
    }

    Response post(const QString& path, const QJsonObject& body)
    {
        return send(
            *m_server, QByteArrayLiteral("POST"), path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    static QJsonObject row(const QString& ownUserId, const QList<QPair<QString, QString>>& data)
    {
        QJsonArray pairs;
        for (const auto& [key, value] : data)
            pairs.append(QJsonObject { { u"key"_s, key }, { u"value"_s, value } });
        QJsonObject object { { u"ownUserId"_s, ownUserId } };
        if (!data.isEmpty())
            object.insert(u"data"_s, pairs);
        return object;
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<DemoServer> m_server;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<DemoServer>(DemoOptions {});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
    }

    void cleanupTestCase() { m_server.reset(); }

    void init()
    {
        m_server->setLatencyMs(0);
        m_server->setFailRate(0.0);
        m_server->setRateLimitEvery(0);
        m_server->setForbidden(false);
    }

    void seedSizes()
    {
        QCOMPARE(m_server->agentCount(), 2000);
        // Pages of at most 100 (a larger limit is capped, as a real service may).
        const Response capped = get(u"/webapi/v2/agents"_s, QUrlQuery(u"limit=5000"_s));
        QCOMPARE(capped.status, 200);
        QCOMPARE(capped.object().value(u"agents").toArray().size(), 100);
        QJsonArray list;
        for (int offset = 0;; offset += 100) {
            const Response page
                = get(u"/webapi/v2/agents"_s, QUrlQuery(u"limit=100&offset=%1"_s.arg(offset)));
            QCOMPARE(page.status, 200);
            const QJsonArray agents = page.object().value(u"agents").toArray();
            for (const QJsonValue& agent : agents)
                list.append(agent);
            if (agents.size() < 100)
                break;
        }
        QCOMPARE(list.size(), 2000);
        QSet<QString> emails;
        bool hangul = false, kanji = false, latin = false;
        for (const QJsonValue& value : list) {
            const QJsonObject agent = value.toObject();
            emails.insert(agent.value(u"email").toString().toLower());
            const QString name = agent.value(u"lastName").toString();
            hangul = hangul || (name.at(0).unicode() >= 0xAC00 && name.at(0).unicode() <= 0xD7A3);
            kanji = kanji || (name.at(0).unicode() >= 0x4E00 && name.at(0).unicode() <= 0x9FFF);
            latin = latin || (name.at(0).isLetter() && name.at(0).unicode() < 0x80);
        }
        QCOMPARE(emails.size(), 2000);
        QVERIFY(hangul && kanji && latin);

        const QList<Alli::Demo::GroupRecord> groups = m_server->groups();
        QVERIFY(groups.size() >= 8);
        int admins = 0, defaults = 0;
        const Alli::PermissionCatalog& catalog = Alli::PermissionCatalog::instance();
        for (const Alli::Demo::GroupRecord& group : groups) {
            admins += group.isAdmin;
            defaults += group.isDefault;
            QVERIFY2(catalog.missingDependencies(group.permissions).isEmpty(), qPrintable(group.name));
            if (group.isAdmin)
                QCOMPARE(group.permissions.size(), catalog.permissions().size());
        }
        QCOMPARE(admins, 1);
        QCOMPARE(defaults, 1);
        QVERIFY(m_server->groupByName(u"기본 그룹"_s));
        QVERIFY(m_server->groupByName(u"サポート担当"_s));

        QVERIFY(m_server->userExists(u"EMP00001"_s));
        QVERIFY(m_server->userExists(u"EMP00500"_s));
        QVERIFY(m_server->user(u"EMP00042"_s).contains(u"customerGroup"_s));
        QVERIFY(
            get(u"/webapi/agent_builder/single_action_app_tools"_s).object().value(u"tools").toArray().size()
            >= 10);
        QVERIFY(get(u"/webapi/agent_builder/agent_tools"_s).object().value(u"tools").toArray().size() >= 10);
        QCOMPARE(m_server->oauth2(u"demo-state-google"_s).value(u"configuration_name").toString(),
            u"Google Workspace"_s);
        QVERIFY(!m_server->oauth2(u"demo-state-slack"_s).isEmpty());
    }

    // Ids as Alli shows them: standard base64 with "=" padding of "<Type>:<24 hex digits>".
    void idsHaveTheRealFormat()
    {
        const QRegularExpression agentPattern(u"^Agent:[0-9a-f]{24}$"_s);
        const QRegularExpression groupPattern(u"^PermissionGroup:[0-9a-f]{24}$"_s);
        const auto decoded = [](const QString& id) {
            const auto raw
                = QByteArray::fromBase64Encoding(id.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            return raw ? QString::fromLatin1(*raw) : QString();
        };
        const QJsonArray agents
            = get(u"/webapi/v2/agents"_s, QUrlQuery(u"limit=3"_s)).object().value(u"agents").toArray();
        QCOMPARE(agents.size(), 3);
        for (const QJsonValue& agent : agents) {
            const QString id = agent[u"id"].toString();
            QCOMPARE(id.size() % 4, 0); // padded
            QVERIFY2(agentPattern.match(decoded(id)).hasMatch(), qPrintable(id + u" = "_s + decoded(id)));
            // The id finds the agent again, as it sits in a path (percent-encoded "=").
            const Response detail
                = get(u"/webapi/v2/agents/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)));
            QCOMPARE(detail.status, 200);
        }
        const QJsonArray groups
            = get(u"/webapi/v2/permission_groups"_s).object().value(u"permissionGroups").toArray();
        QVERIFY(!groups.isEmpty());
        for (const QJsonValue& group : groups)
            QVERIFY2(groupPattern.match(decoded(group[u"id"].toString())).hasMatch(),
                qPrintable(group[u"id"].toString()));
        // The documented example decodes as the documentation says (the same rule the demo follows).
        QCOMPARE(
            decoded(u"TExNQXBwOjY1NTQxZGJhMWJjYjE2MmIxZjU4MGEyYg=="_s), u"LLMApp:65541dba1bcb162b1f580a2b"_s);
    }

    void sameSeedSameData()
    {
        DemoServer same(DemoOptions {});
        DemoOptions otherOptions;
        otherOptions.seed = 7;
        DemoServer other(otherOptions);
        QVERIFY(same.start());
        QVERIFY(other.start());
        const QUrlQuery query(u"limit=200&offset=100"_s);
        const Response a = get(u"/webapi/v2/agents"_s, query);
        const Response b = send(same, QByteArrayLiteral("GET"), u"/webapi/v2/agents"_s, {}, query);
        const Response c = send(other, QByteArrayLiteral("GET"), u"/webapi/v2/agents"_s, {}, query);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body, b.body);
        QVERIFY(a.body != c.body);
        QCOMPARE(send(same, QByteArrayLiteral("GET"), u"/webapi/agent_builder/agent_tools"_s).body,
            get(u"/webapi/agent_builder/agent_tools"_s).body);
    }

    void authentication()
    {
        const Response missing
            = send(*m_server, QByteArrayLiteral("GET"), u"/webapi/v2/agents"_s, {}, {}, {}, false);
        QCOMPARE(missing.status, 401);
        // The body the real service was recorded sending (docs/alli-api-notes.md).
        QCOMPARE(missing.body,
            QByteArray(R"({"error":{"name":"INVALID_TOKEN","value":1013},"message":"INVALID_TOKEN"})"));
        const Response wrong = send(*m_server, QByteArrayLiteral("GET"), u"/webapi/v2/agents"_s, {}, {},
            { { QByteArrayLiteral("API-KEY"), QByteArrayLiteral("nope") } }, false);
        QCOMPARE(wrong.status, 401);
        const Response bearer = send(*m_server, QByteArrayLiteral("GET"), u"/webapi/v2/agents"_s, {}, {},
            { { QByteArrayLiteral("Authorization"), "Bearer " + m_server->token().toUtf8() } }, false);
        QCOMPARE(bearer.status, 200);
        // The auth layer is shared: the same recorded body on every endpoint family.
        const Response tools = send(
            *m_server, QByteArrayLiteral("GET"), u"/webapi/agent_builder/agent_tools"_s, {}, {}, {}, false);
        QCOMPARE(tools.status, 401);
        QCOMPARE(tools.body, missing.body);
    }

    void strictBadRequests_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorKey");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<int>("status");

        const QString bulk = u"/webapi/v2/users/bulk"_s;
        const QString groups = u"/webapi/v2/permission_groups"_s;
        const QString manage = u"/webapi/agent_management"_s;
        QTest::newRow("malformed JSON") // the recorded answer
            << bulk << QByteArray("{\"action\": ") << u"errors"_s << u"content must be JSON deserializable!"_s
            << 400;
        QTest::newRow("body not an object")
            << bulk << QByteArray("[1,2]") << u"detail"_s << u"\"loc\":[\"body\"]"_s << 422;
        QTest::newRow("wrong JSON type")
            << groups << QByteArray(R"({"name": 5})") << u"detail"_s
            << u"{\"loc\":[\"body\",\"name\"],\"msg\":\"Input should be a valid string\",\"type\":\"string_type\"}"_s
            << 422;
        QTest::newRow("missing required field")
            << bulk << QByteArray(R"({"users": []})") << u"detail"_s
            << u"{\"loc\":[\"body\",\"action\"],\"msg\":\"Field required\",\"type\":\"missing\"}"_s << 422;
        QTest::newRow("unknown bulk action")
            << bulk << QByteArray(R"({"action": "upsert", "users": []})") << u"detail"_s
            << u"\"msg\":\"Input should be 'create', 'update' or 'delete'\""_s << 422;
        QTest::newRow("unknown permission")
            << groups << QByteArray(R"({"name": "G1", "permissions": ["fly"]})") << u"detail"_s
            << u"\"loc\":[\"body\",\"permissions\",0]"_s << 422;
        QTest::newRow("dependency rule")
            << groups
            << QByteArray(R"({"name": "G2", "permissions": ["skill_write", "project_setting_write"]})")
            << u"detail"_s
            << u"Dependent permissions must be included together: skill_write requires skill_read"_s << 400;
        QJsonArray users;
        for (int i = 0; i < 101; ++i)
            users.append(QJsonObject { { u"ownUserId"_s, u"U%1"_s.arg(i) } });
        QTest::newRow("more than 100 users")
            << bulk
            << QJsonDocument(QJsonObject { { u"action"_s, u"delete"_s }, { u"users"_s, users } }).toJson()
            << u"detail"_s << u"100"_s << 400;
        QTest::newRow("duplicate group name") << groups << QByteArray(R"({"name": "ADMINISTRATORS"})")
                                              << u"detail"_s << u"already exists"_s << 400;
        QTest::newRow("empty group name")
            << groups << QByteArray(R"({"name": "   "})") << u"detail"_s << u"empty"_s << 400;
        QTest::newRow("weak password (2 classes)")
            << manage << QByteArray(R"({"email": "new1@example.com", "password": "abcdefgh1"})")
            << u"errors"_s << u"Password"_s << 400;
        QTest::newRow("two character classes") // documented: 3 of 4 (no length is documented)
            << manage << QByteArray(R"({"email": "new2@example.com", "password": "abcdefgh1"})")
            << u"errors"_s << u"3 of the 4"_s << 400;
        QTest::newRow("locale not two letters")
            << manage
            << QByteArray(R"({"email": "new3@example.com", "password": "Passw0rd!", "locale": "kor"})")
            << u"errors"_s << u"locale"_s << 400;
        QTest::newRow("email already registered")
            << manage << QByteArray(R"({"email": "Minjun.Kim1@example.com", "password": "Passw0rd!"})")
            << u"errors"_s << u"already registered"_s << 400;
        QTest::newRow("oauth2 missing state") << u"/webapi/agent_builder/oauth2_information"_s
                                              << QByteArray("{}") << u"error"_s << u"state"_s << 400;
    }

    void strictBadRequests()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, errorKey);
        QFETCH(QString, messagePart);
        QFETCH(int, status);
        const int groupsBefore = int(m_server->groups().size());
        const Response response = send(*m_server, QByteArrayLiteral("POST"), path, body);
        QCOMPARE(response.status, status);
        // A schema violation: django-ninja's 422 list of {type, loc, msg}; else the family's string.
        const QJsonValue value = response.object().value(errorKey);
        const QString message = status == 422
            ? QString::fromUtf8(
                QJsonDocument(value.toArray().at(0).toObject()).toJson(QJsonDocument::Compact))
            : value.toString();
        if (status == 422)
            QCOMPARE(value.toArray().size(), 1);
        QVERIFY2(message.contains(messagePart), qPrintable(QString::fromUtf8(response.body)));
        if (errorKey == u"error"_s)
            QCOMPARE(response.object().value(u"success"), QJsonValue(false));
        QCOMPARE(int(m_server->groups().size()), groupsBefore);
    }

    void updatePermissionsDependency()
    {
        const auto group = m_server->groupByName(u"Knowledge Managers"_s);
        QVERIFY(group);
        const Response response = send(*m_server, QByteArrayLiteral("PUT"),
            u"/webapi/v2/permission_groups/%1/permissions"_s.arg(group->id),
            R"({"permissions": ["faq_setting_write"]})");
        QCOMPARE(response.status, 400);
        QVERIFY(response.detail().contains(u"faq_setting_write requires faq_setting_read"_s));
        QCOMPARE(m_server->groupById(group->id)->permissions, group->permissions);
    }

    void notFound_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorKey");

        QTest::newRow("agent id") << QByteArray("GET")
                                  << u"/webapi/v2/agents/QWdlbnQ6NjU1NDFkYmEwMDAwMDAwMDAwMGY0MjNm"_s
                                  << QByteArray() << 404 << u"detail"_s;
        QTest::newRow("garbage agent id")
            << QByteArray("GET") << u"/webapi/v2/agents/zzz"_s << QByteArray() << 404 << u"detail"_s;
        QTest::newRow("own user id") << QByteArray("GET") << u"/webapi/v2/user/EMP99999"_s << QByteArray()
                                     << 404 << u"detail"_s;
        QTest::newRow("group id") << QByteArray("GET") << u"/webapi/v2/permission_groups/nope"_s
                                  << QByteArray() << 404 << u"detail"_s;
        QTest::newRow("group agents") << QByteArray("GET") << u"/webapi/v2/permission_groups/nope/agents"_s
                                      << QByteArray() << 404 << u"detail"_s;
        QTest::newRow("delete group") << QByteArray("DELETE") << u"/webapi/v2/permission_groups/nope"_s
                                      << QByteArray() << 404 << u"detail"_s;
        QTest::newRow("single action tool")
            << QByteArray("GET") << u"/webapi/agent_builder/single_action_app_tool/func_nope"_s
            << QByteArray() << 404 << u"error"_s;
        QTest::newRow("agent tool") << QByteArray("GET") << u"/webapi/agent_builder/agent_tool/func_nope"_s
                                    << QByteArray() << 404 << u"error"_s;
        QTest::newRow("oauth2 state") << QByteArray("POST") << u"/webapi/agent_builder/oauth2_information"_s
                                      << QByteArray(R"({"state": "nope"})") << 404 << u"error"_s;
        QTest::newRow("oauth2 update state")
            << QByteArray("POST") << u"/webapi/agent_builder/oauth2_information/update"_s
            << QByteArray(R"({"state": "nope", "tokenGenerated": 1})") << 404 << u"error"_s;
        QTest::newRow("delete unknown agent")
            << QByteArray("POST") << u"/webapi/agent_management"_s
            << QByteArray(R"({"email": "ghost@example.com", "deleteFlag": true})") << 404 << u"errors"_s;
        QTest::newRow("create with unknown group")
            << QByteArray("POST") << u"/webapi/agent_management"_s
            << QByteArray(
                   R"({"email": "g@example.com", "password": "Passw0rd!", "permission_group_name": "Nope"})")
            << 404 << u"errors"_s;
        QTest::newRow("unknown path")
            << QByteArray("GET") << u"/webapi/v2/nothing"_s << QByteArray() << 404 << u"detail"_s;
    }

    // What the real service was recorded answering to a wrong method and to a body that is not
    // JSON; a users/bulk success row has no "message" key (the documented example).
    void recordedAnswers()
    {
        const Response wrongMethod = send(*m_server, QByteArrayLiteral("PUT"), u"/webapi/v2/agents"_s);
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.body, QByteArray("Method not allowed"));
        const Response notJson
            = send(*m_server, QByteArrayLiteral("POST"), u"/webapi/v2/users/bulk"_s, "{not json");
        QCOMPARE(notJson.status, 400);
        QCOMPARE(
            notJson.body, QByteArray(R"({"errors":"content must be JSON deserializable!","result":[]})"));
        const Response created = post(u"/webapi/v2/users/bulk"_s,
            { { u"action"_s, u"create"_s },
                { u"users"_s, QJsonArray { row(u"T-REC-1"_s, { { u"first_name"_s, u"Rec"_s } }) } } });
        QCOMPARE(created.status, 200);
        const QJsonObject result = created.object().value(u"result").toArray().at(0).toObject();
        QCOMPARE(result.value(u"status").toString(), u"success"_s);
        QVERIFY(!result.contains(u"message"));
    }

    // As Alli's guides say: a member invited with no group gets no group; the Admin group cannot
    // be edited, rename included; deleting a group answers 200 with no body.
    void documentedGroupBehaviour()
    {
        const Response invited = post(u"/webapi/v2/members/bulk/invite"_s,
            { { u"members"_s, QJsonArray { QJsonObject { { u"email"_s, u"no.group@example.com"_s } } } } });
        QCOMPARE(invited.status, 200);
        const std::optional<Alli::Demo::AgentRecord> member
            = m_server->agentByEmail(u"no.group@example.com"_s);
        QVERIFY(member);
        QVERIFY2(member->groupIds.isEmpty(), qPrintable(member->groupIds.join(u',')));

        QString adminId;
        for (const Alli::Demo::GroupRecord& group : m_server->groups()) {
            if (group.isAdmin)
                adminId = group.id;
        }
        QVERIFY(!adminId.isEmpty());
        const Response rename = send(*m_server, QByteArrayLiteral("PUT"),
            u"/webapi/v2/permission_groups/%1/name"_s.arg(adminId), R"({"name": "Renamed"})");
        QCOMPARE(rename.status, 400);
        QCOMPARE(m_server->groupById(adminId)->name, u"Administrators"_s);

        const Response created = post(u"/webapi/v2/permission_groups"_s, { { u"name"_s, u"To delete"_s } });
        QCOMPARE(created.status, 200);
        const QString id = created.object().value(u"id").toString();
        const Response deleted
            = send(*m_server, QByteArrayLiteral("DELETE"), u"/webapi/v2/permission_groups/"_s + id);
        QCOMPARE(deleted.status, 200);
        QVERIFY(deleted.body.isEmpty());
        QVERIFY(!m_server->groupById(id));
    }

    void notFound()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, errorKey);
        const Response response = send(*m_server, method, path, body);
        QCOMPARE(response.status, status);
        QVERIFY2(response.object().value(errorKey).isString(), response.body.constData());
    }

    void bulkUsersPerRow()
    {
        const QJsonArray rows {
            row(u"T-NEW-1"_s, { { u"first_name"_s, u"Yui"_s }, { u"email"_s, u"yui@example.com"_s } }),
            row(u"EMP00001"_s, { { u"first_name"_s, u"Duplicate"_s } }),
            row(u"T-NEW-2"_s, {}),
            row(u"T-NEW-3"_s, { { u"email"_s, u"not an email"_s } }),
            row(u"T-NEW-4"_s, { { u"last_name"_s, u"田中"_s } }),
        };
        const Response created
            = post(u"/webapi/v2/users/bulk"_s, { { u"action"_s, u"create"_s }, { u"users"_s, rows } });
        QCOMPARE(created.status, 200);
        QStringList statuses;
        for (const QJsonValue& value : created.object().value(u"result").toArray())
            statuses.append(value.toObject().value(u"status").toString());
        QCOMPARE(statuses, (QStringList { u"success"_s, u"error"_s, u"error"_s, u"error"_s, u"success"_s }));
        QVERIFY(m_server->userExists(u"T-NEW-1"_s));
        QVERIFY(m_server->userExists(u"T-NEW-4"_s));
        QVERIFY(!m_server->userExists(u"T-NEW-2"_s));
        QCOMPARE(m_server->user(u"EMP00001"_s).value(u"firstName").toString() == u"Duplicate"_s, false);

        const Response removed = post(u"/webapi/v2/users/bulk"_s,
            { { u"action"_s, u"delete"_s },
                { u"users"_s, QJsonArray { row(u"T-NEW-1"_s, {}), row(u"NOPE"_s, {}) } } });
        const QJsonArray result = removed.object().value(u"result").toArray();
        QCOMPARE(result.at(0).toObject().value(u"status").toString(), u"success"_s);
        QCOMPARE(result.at(1).toObject().value(u"status").toString(), u"error"_s);
        QVERIFY(!result.at(1).toObject().value(u"message").toString().isEmpty());
        QVERIFY(!m_server->userExists(u"T-NEW-1"_s));

        const Response user = get(u"/webapi/v2/user/T-NEW-4"_s);
        QCOMPARE(user.status, 200);
        QCOMPARE(user.object().value(u"result").toObject().value(u"lastName").toString(), u"田中"_s);
        QCOMPARE(user.object().value(u"result").toObject().value(u"userId").toString(), u"T-NEW-4"_s);
    }

    // The bulk users answer is written by hand (not through QJsonDocument): it must be the same
    // bytes QJsonDocument writes, for ids and messages with quotes, backslashes, control
    // characters and non-ASCII text; and a user changed field by field reads back whole.
    void bulkUsersAnswerAndStoredFields()
    {
        const QString odd = u"Q\"uote\\back\nline\u0001사용者"_s;
        const QJsonArray rows { row(odd, { { u"first_name"_s, u"Odd"_s } }),
            row(odd, { { u"first_name"_s, u"Again"_s } }), // the same id: "already exists"
            row(u"T-FIELDS"_s, { { u"email"_s, u"not an e-mail"_s } }) };
        const Response created
            = post(u"/webapi/v2/users/bulk"_s, { { u"action"_s, u"create"_s }, { u"users"_s, rows } });
        QCOMPARE(created.status, 200);
        QCOMPARE(created.body, QJsonDocument(created.object()).toJson(QJsonDocument::Compact));
        const QJsonArray result = created.object().value(u"result").toArray();
        QCOMPARE(result.size(), 3);
        QCOMPARE(result.at(0).toObject().value(u"ownUserId").toString(), odd);
        QCOMPARE(result.at(0).toObject().value(u"status").toString(), u"success"_s);
        QCOMPARE(
            result.at(1).toObject().value(u"message").toString(), u"User '%1' already exists"_s.arg(odd));
        QCOMPARE(result.at(2).toObject().value(u"message").toString(), u"Invalid email 'not an e-mail'"_s);

        // A seeded user keeps the fields no change names; documented keys land in their camelCase
        // field, others are custom keys; undocumented spellings of own fields change nothing.
        const QJsonObject seeded = m_server->user(u"EMP00002"_s);
        QVERIFY(!seeded.value(u"department"_s).toString().isEmpty());
        const Response updated = post(u"/webapi/v2/users/bulk"_s,
            { { u"action"_s, u"update"_s },
                { u"users"_s,
                    QJsonArray { row(u"EMP00002"_s,
                        { { u"last_name"_s, u"Kim"_s }, { u"customer_group"_s, u"Gold"_s },
                            { u"title"_s, u"Lead"_s }, { u"title"_s, u"Chief"_s }, { u"firstName"_s, u"X"_s },
                            { u"userId"_s, u"EMP99999"_s } }) } } });
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.object().value(u"result").toArray().at(0).toObject().value(u"status").toString(),
            u"success"_s);
        QJsonObject expected = seeded;
        expected.insert(u"lastName"_s, u"Kim"_s);
        expected.insert(u"customerGroup"_s, QJsonObject { { u"name"_s, u"Gold"_s } });
        expected.insert(u"title"_s, u"Chief"_s);
        const Response read = get(u"/webapi/v2/user/EMP00002"_s);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.object().value(u"result").toObject(), expected);
        QVERIFY(!m_server->userExists(u"EMP99999"_s));
    }

    void bulkMembersGrouped()
    {
        const int before = m_server->agentCount();
        const QJsonArray members {
            QJsonObject { { u"email"_s, u"invite.a@example.com"_s }, { u"firstName"_s, u"서연"_s },
                { u"groups"_s, QJsonArray { u"Nouveau Groupe"_s } } },
            QJsonObject { { u"email"_s, u"invite.b@example.com"_s }, { u"locale"_s, u"ja"_s } },
            QJsonObject { { u"email"_s, u"broken"_s } },
            QJsonObject { { u"email"_s, u"invite.c@example.com"_s }, { u"locale"_s, u"japanese"_s } },
            QJsonObject { { u"email"_s, u"emma.johnson3@example.com"_s } },
        };
        const Response invited = post(u"/webapi/v2/members/bulk/invite"_s, { { u"members"_s, members } });
        QCOMPARE(invited.status, 200);
        const QJsonArray result = invited.object().value(u"result").toArray();
        QCOMPARE(result.size(), 3); // success ×3, invalid e-mail, invalid locale
        const QJsonObject success = result.at(0).toObject();
        QCOMPARE(success.value(u"status").toString(), u"success"_s);
        QCOMPARE(success.value(u"emails").toArray().size(), 3);
        QVERIFY(success.value(u"errorMessage").isNull());
        QCOMPARE(result.at(1).toObject().value(u"emails").toArray(), QJsonArray { u"broken"_s });
        QCOMPARE(
            result.at(2).toObject().value(u"emails").toArray(), QJsonArray { u"invite.c@example.com"_s });

        QCOMPARE(m_server->agentCount(), before + 2);
        const auto agent = m_server->agentByEmail(u"INVITE.A@example.com"_s);
        QVERIFY(agent);
        QCOMPARE(agent->firstName, u"서연"_s);
        const auto created = m_server->groupByName(u"nouveau groupe"_s);
        QVERIFY(created);
        QVERIFY(created->agentIds.contains(agent->id));
        QVERIFY(!m_server->agentByEmail(u"invite.c@example.com"_s));

        const Response moved = post(u"/webapi/v2/members/bulk/update_permission_groups"_s,
            { { u"members"_s,
                QJsonArray {
                    QJsonObject { { u"email"_s, u"invite.a@example.com"_s },
                        { u"groups"_s, QJsonArray { u"サポート担当"_s } } },
                    QJsonObject { { u"email"_s, u"invite.b@example.com"_s },
                        { u"groups"_s, QJsonArray { u"サポート担当"_s } } },
                    QJsonObject { { u"email"_s, u"invite.b@example.com"_s },
                        { u"groups"_s, QJsonArray { u"Unknown"_s } } },
                } } });
        const QJsonArray movedResult = moved.object().value(u"result").toArray();
        QCOMPARE(movedResult.size(), 2);
        QCOMPARE(movedResult.at(0).toObject().value(u"emails").toArray().size(), 2);
        QVERIFY(movedResult.at(1).toObject().value(u"errorMessage").toString().contains(u"Unknown"_s));
        QCOMPARE(m_server->agentByEmail(u"invite.a@example.com"_s)->groupIds,
            QStringList { m_server->groupByName(u"サポート担当"_s)->id });

        const Response removed = post(u"/webapi/v2/members/bulk/remove"_s,
            { { u"members"_s,
                QJsonArray { QJsonObject { { u"email"_s, u"invite.b@example.com"_s } },
                    QJsonObject { { u"email"_s, u"nobody@example.com"_s } } } } });
        const QJsonArray removedResult = removed.object().value(u"result").toArray();
        QCOMPARE(removedResult.size(), 2);
        QCOMPARE(removedResult.at(0).toObject().value(u"status").toString(), u"success"_s);
        QCOMPARE(removedResult.at(1).toObject().value(u"status").toString(), u"error"_s);
        QVERIFY(!m_server->memberEmails().contains(u"invite.b@example.com"_s));
        QCOMPARE(m_server->agentCount(), before + 1);
    }

    void agentManagement()
    {
        const Response created = post(u"/webapi/agent_management"_s,
            { { u"email"_s, u"managed@example.com"_s }, { u"password"_s, u"Passw0rd"_s },
                { u"locale"_s, u"ko"_s }, { u"permission_group_name"_s, u"分析チーム"_s } });
        QCOMPARE(created.status, 200);
        const QJsonObject result = created.object().value(u"result").toObject();
        QCOMPARE(result.value(u"status").toString(), u"created"_s);
        const auto agent = m_server->agentById(result.value(u"id").toString());
        QVERIFY(agent);
        QCOMPARE(agent->locale, u"ko"_s);
        QCOMPARE(agent->groupIds, QStringList { m_server->groupByName(u"分析チーム"_s)->id });
        QCOMPARE(get(u"/webapi/v2/agents/"_s + agent->id).status, 200);

        const Response deleted = post(u"/webapi/agent_management"_s,
            { { u"email"_s, u"managed@example.com"_s }, { u"deleteFlag"_s, true } });
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.object().value(u"result").toObject().value(u"status").toString(), u"deleted"_s);
        QVERIFY(!m_server->agentByEmail(u"managed@example.com"_s));
    }

    void latencyDoesNotSerialise()
    {
        m_server->setLatencyMs(200);
        m_server->resetMaxRequestsInProgress();
        QElapsedTimer timer;
        timer.start();
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 4; ++i)
            replies.append(start(*m_server, QByteArrayLiteral("GET"), u"/webapi/v2/permission_groups"_s));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                     [](QNetworkReply* reply) { return reply->isFinished(); }),
            5000);
        const qint64 elapsed = timer.elapsed();
        for (QNetworkReply* reply : std::as_const(replies))
            QCOMPARE(collect(reply).status, 200);
        qInfo() << "4 parallel requests at 200 ms latency took" << elapsed << "ms";
        // The latency is each answer's time from its request's arrival: none comes sooner (a
        // lower bound only; how much later depends on the machine).
        QVERIFY2(elapsed >= 195, qPrintable(u"answered after %1 ms"_s.arg(elapsed)));
        // Counted at the server, not timed: all four were waiting out their latency at once.
        QCOMPARE(m_server->maxRequestsInProgress(), 4);
    }

    void rateLimitEveryN()
    {
        m_server->setRateLimitEvery(3);
        QList<int> limited;
        for (int i = 0; i < 6; ++i) {
            const Response response = get(u"/webapi/v2/permission_groups"_s);
            if (response.status == 429) {
                limited.append(i);
                QCOMPARE(response.retryAfter, QByteArrayLiteral("1"));
                QCOMPARE(response.detail(), u"Too many requests"_s);
            } else {
                QCOMPARE(response.status, 200);
            }
        }
        QCOMPARE(limited.size(), 2);
        QCOMPARE(limited.at(1) - limited.at(0), 3);
    }

    void injectedFailures()
    {
        m_server->setFailRate(1.0);
        const int groups = int(m_server->groups().size());
        for (int i = 0; i < 3; ++i) {
            const Response response
                = post(u"/webapi/v2/permission_groups"_s, { { u"name"_s, u"Never created"_s } });
            QCOMPARE(response.status, 500);
            QCOMPARE(response.detail(), u"Injected failure"_s);
        }
        QCOMPARE(int(m_server->groups().size()), groups);
        m_server->setFailRate(0.0);
        QCOMPARE(get(u"/webapi/v2/agents"_s).status, 200);
    }

    void forbiddenProject()
    {
        m_server->setForbidden(true);
        QCOMPARE(get(u"/webapi/v2/agents"_s).status, 403);
        QCOMPARE(get(u"/webapi/agent_builder/agent_tools"_s).status, 403);
    }

    void base64IdentityHeaders()
    {
        const QString email = u"김민준@例え.jp"_s;
        const Headers headers {
            { QByteArrayLiteral("AGENT-EMAIL"), "base64:" + email.toUtf8().toBase64() },
            { QByteArrayLiteral("OWN-USER-ID"), QByteArrayLiteral("EMP00001") },
            { QByteArrayLiteral("USER-EMAIL"), "base64:" + u"사용자@example.com"_s.toUtf8().toBase64() },
        };
        const Response ok
            = send(*m_server, QByteArrayLiteral("GET"), u"/webapi/v2/agents"_s, {}, {}, headers);
        QCOMPARE(ok.status, 200);
        const QHash<QString, QString> seen = m_server->lastIdentityHeaders();
        QCOMPARE(seen.value(u"AGENT-EMAIL"_s), email);
        QCOMPARE(seen.value(u"USER-EMAIL"_s), u"사용자@example.com"_s);
        QCOMPARE(seen.value(u"OWN-USER-ID"_s), u"EMP00001"_s);

        const Response bad = send(*m_server, QByteArrayLiteral("GET"), u"/webapi/v2/agents"_s, {}, {},
            { { QByteArrayLiteral("AGENT-EMAIL"), QByteArrayLiteral("base64:@@not base64@@") } });
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.detail().contains(u"AGENT-EMAIL"_s));
    }

    void largeSeeds_data()
    {
        QTest::addColumn<int>("agents");
        QTest::newRow("100k") << 100000;
        QTest::newRow("1M") << 1000000;
    }

    void largeSeeds()
    {
        QFETCH(int, agents);
        DemoOptions options;
        options.agentCount = agents;
        DemoServer big(options);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(big.start());
        const qint64 startMs = timer.elapsed();
        QCOMPARE(big.agentCount(), agents);

        timer.restart();
        const Response tail = send(big, QByteArrayLiteral("GET"), u"/webapi/v2/agents"_s, {},
            QUrlQuery(u"offset=%1&limit=10"_s.arg(agents - 10)));
        const qint64 tailMs = timer.elapsed();
        QCOMPARE(tail.object().value(u"agents").toArray().size(), 10);

        timer.restart();
        const QString last
            = tail.object().value(u"agents").toArray().last().toObject().value(u"email").toString();
        const Response found = send(big, QByteArrayLiteral("GET"), u"/webapi/v2/agents"_s, {},
            QUrlQuery { { u"email"_s, last.toUpper() } });
        const qint64 filterMs = timer.elapsed();
        QCOMPARE(found.object().value(u"agents").toArray().size(), 1);
        QVERIFY(big.agentByEmail(last));
        qInfo().noquote() << agents << "agents: start" << startMs << "ms, last page" << tailMs
                          << "ms, full e-mail filter scan" << filterMs << "ms";
        // How long seeding takes is a benchmark figure (logged above), not a pass/fail rule.
    }
};

QTEST_GUILESS_MAIN(TestDemoBackend)
#include "tst_demobackend.moc"
