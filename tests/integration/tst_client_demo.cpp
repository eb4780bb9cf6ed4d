// The API client against the embedded demo backend over real loopback HTTP: each of the 21
// operations, its success and the errors it can produce, checked against the backend's state.

#include "alliclient.h"
#include "demoserver.h"
#include "pager.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;

namespace
{

template<typename R> std::unique_ptr<R> wait(R* reply, int timeoutMs = 15000)
{
    reply->setAutoDelete(false);
    std::unique_ptr<R> owned(reply);
    if (!owned->isFinished()) {
        QSignalSpy spy(owned.get(), &ApiReply::finished);
        if (!spy.wait(timeoutMs))
            qWarning("reply did not finish in time");
    }
    return owned;
}

#define VERIFY_OK(reply) QVERIFY2((reply)->ok(), qPrintable((reply)->error().message()))
#define VERIFY_ERROR(reply, k)                                                                               \
    do {                                                                                                     \
        QVERIFY2((reply)->isFinished(), "not finished");                                                     \
        QCOMPARE(int((reply)->error().kind()), int(ApiError::Kind::k));                                      \
        QVERIFY(!(reply)->error().serverMessage().isEmpty());                                                \
    } while (false)

MemberMetadata member(const QString& email, std::optional<QStringList> groups = std::nullopt)
{
    MemberMetadata m;
    m.email = email;
    m.groups = std::move(groups);
    return m;
}

} // namespace

class TestClientAgainstDemo : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Demo::DemoServer> m_demo;
    QNetworkAccessManager m_nam;
    std::unique_ptr<AlliClient> m_client;

    ConnectionSettings demoConnection() const
    {
        ConnectionSettings s;
        s.region = ConnectionSettings::Region::Custom;
        s.customBaseUrl = m_demo->baseUrl();
        s.secret = m_demo->apiKey();
        return s;
    }

    QString groupId(const QString& name) const
    {
        const auto g = m_demo->groupByName(name);
        return g ? g->id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Demo::DemoOptions options;
        options.seed = 7;
        m_demo = std::make_unique<Demo::DemoServer>(options);
        QVERIFY2(m_demo->start(), qPrintable(m_demo->errorString()));
        QCOMPARE(m_demo->baseUrl().host(), u"127.0.0.1"_s);
    }

    void init()
    {
        m_demo->setOptions(Demo::DemoOptions {}); // faults off
        m_client = std::make_unique<AlliClient>(&m_nam);
        m_client->setConnection(demoConnection());
        m_client->setRetryPolicy({ 4, 20, 200, 5000 });
    }

    void cleanup() { m_client.reset(); }

    // --- Redirects ----------------------------------------------------------------------

    // A server on loopback that answers every request with a redirect to the demo backend: the
    // client must not follow it, and the demo must never see the request (nor the key).
    void redirectsAreNeverFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("post");
        for (int status : { 301, 302, 303, 307, 308 }) {
            QTest::addRow("%d GET", status) << status << false;
            QTest::addRow("%d POST", status) << status << true;
        }
    }

    void redirectsAreNeverFollowed()
    {
        QFETCH(int, status);
        QFETCH(bool, post);
        QTcpServer redirector;
        QVERIFY(redirector.listen(QHostAddress::LocalHost));
        const QUrl target = m_demo->baseUrl();
        int answered = 0;
        connect(&redirector, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* socket = redirector.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                    const QByteArray request = socket->readAll();
                    const QByteArray path = request.mid(request.indexOf(' ') + 1).split(' ').value(0);
                    socket->write("HTTP/1.1 " + QByteArray::number(status) + " Moved\r\nLocation: "
                        + target.toEncoded() + path + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                    ++answered;
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        ConnectionSettings s = demoConnection();
        s.customBaseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(redirector.serverPort()));
        m_client->setConnection(s);
        const int before = m_demo->requestCount();
        std::unique_ptr<ApiReply> reply;
        if (post) {
            BulkUserRequest request;
            request.action = BulkUserAction::Create;
            request.users.append(BulkUserBody { u"REDIRECT1"_s, QList<BulkUserData> {} });
            reply = wait(m_client->bulkUsers(request));
        } else {
            reply = wait(m_client->listAgents(0, 1));
        }
        QVERIFY(reply->isFinished());
        QCOMPARE(answered, 1);
        QCOMPARE(int(reply->error().kind()), int(ApiError::Kind::Redirected));
        QCOMPARE(reply->error().httpStatus(), status);
        // Both addresses are named, and nothing reached the other server.
        QVERIFY2(reply->error().message().contains(s.customBaseUrl.authority())
                && reply->error().message().contains(target.authority()),
            qPrintable(reply->error().message()));
        QTest::qWait(50);
        QCOMPARE(m_demo->requestCount(), before);
        QVERIFY(!m_demo->userExists(u"REDIRECT1"_s));
    }

    // A read redirected to the same scheme, host and port is followed (a server that moved a
    // path, or adds a trailing slash); one redirected to another host or scheme is not, and the
    // key reaches only the first address.
    void sameOriginReadRedirectIsFollowed_data()
    {
        QTest::addColumn<QString>("location"); // %1: the server's own port
        QTest::addColumn<bool>("followed");
        QTest::addRow("same origin, path") << u"http://127.0.0.1:%1/moved/agents?offset=0&limit=1"_s << true;
        QTest::addRow("same origin, relative") << u"/moved/agents?offset=0&limit=1"_s << true;
        QTest::addRow("other host name") << u"http://localhost:%1/moved/agents"_s << false;
        QTest::addRow("other scheme") << u"https://127.0.0.1:%1/moved/agents"_s << false;
        QTest::addRow("other port") << u"http://127.0.0.1:1/moved/agents"_s << false;
    }

    void sameOriginReadRedirectIsFollowed()
    {
        QFETCH(QString, location);
        QFETCH(bool, followed);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QByteArray> requests;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                    const QByteArray request = socket->readAll();
                    requests.append(request);
                    const QByteArray path = request.mid(request.indexOf(' ') + 1).split(' ').value(0);
                    QByteArray answer;
                    if (path.startsWith("/moved/")) {
                        const QByteArray body
                            = R"({"agents":[{"id":"QWdlbnQ6MQ==","firstName":"Min","lastName":"Kim","email":"kim@example.com"}]})";
                        answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
                    } else {
                        answer = "HTTP/1.1 301 Moved Permanently\r\nLocation: "
                            + location.arg(server.serverPort()).toUtf8()
                            + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                    }
                    socket->write(answer);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        ConnectionSettings s = demoConnection();
        s.customBaseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort()));
        m_client->setConnection(s);
        auto reply = wait(m_client->listAgents(0, 1));
        QVERIFY(reply->isFinished());
        if (followed) {
            QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
            QCOMPARE(reply->value().size(), 1);
            QCOMPARE(reply->value().first().email, u"kim@example.com"_s);
            QCOMPARE(requests.size(), 2);
            QVERIFY(requests.at(1).contains(QByteArray("API-KEY: " + s.secret.toLatin1())));
        } else {
            QCOMPARE(int(reply->error().kind()), int(ApiError::Kind::Redirected));
            QCOMPARE(requests.size(), 1);
            QVERIFY2(reply->error().message().contains(s.customBaseUrl.authority()),
                qPrintable(reply->error().message()));
        }
    }

    // A change is never sent again to the address a redirect names, even on the same server.
    void changesAreNeverRedirected()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int answered = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 308 Permanent Redirect\r\nLocation: /moved/bulk\r\n"
                                  "Content-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                    ++answered;
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        ConnectionSettings s = demoConnection();
        s.customBaseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort()));
        m_client->setConnection(s);
        BulkUserRequest request;
        request.action = BulkUserAction::Create;
        request.users.append(BulkUserBody { u"REDIRECT2"_s, QList<BulkUserData> {} });
        auto reply = wait(m_client->bulkUsers(request));
        QCOMPARE(int(reply->error().kind()), int(ApiError::Kind::Redirected));
        QTest::qWait(50);
        QCOMPARE(answered, 1);
    }

    // --- Agents -------------------------------------------------------------------------

    void listAgents()
    {
        auto page = wait(m_client->listAgents());
        VERIFY_OK(page);
        QCOMPARE(page->value().size(), 100);
        auto second = wait(m_client->listAgents(100, 10));
        VERIFY_OK(second);
        QCOMPARE(second->value().size(), 10);
        QVERIFY(second->value().first().id != page->value().first().id);

        // The email filter, with a real agent's address.
        const AgentResponse known = page->value().at(42);
        auto filtered = wait(m_client->listAgents(0, 100, known.email));
        VERIFY_OK(filtered);
        QVERIFY(!filtered->value().isEmpty());
        for (const AgentResponse& a : filtered->value())
            QVERIFY(a.email.contains(known.email, Qt::CaseInsensitive));
        auto none = wait(m_client->listAgents(0, 100, u"nobody-at-all+x@nowhere.invalid"_s));
        VERIFY_OK(none);
        QVERIFY(none->value().isEmpty());
    }

    void pagingWalksEveryAgent()
    {
        PagedFetch<AgentResponse> fetch(
            [this](int offset, int limit) { return m_client->listAgents(offset, limit); }, 500);
        QSignalSpy done(&fetch, &PagedFetchBase::finished);
        fetch.start();
        QVERIFY(done.wait(30000));
        QVERIFY2(!fetch.error().isError(), qPrintable(fetch.error().message()));
        QCOMPARE(fetch.items().size(), m_demo->agentCount());
        QVERIFY(fetch.items().size() >= 2000);
        QSet<QString> ids;
        for (const AgentResponse& a : fetch.items())
            ids.insert(a.id);
        QCOMPARE(ids.size(), fetch.items().size()); // no page overlaps another
    }

    void getAgent()
    {
        auto page = wait(m_client->listAgents(0, 1));
        VERIFY_OK(page);
        const AgentResponse first = page->value().first();
        auto detail = wait(m_client->getAgent(first.id));
        VERIFY_OK(detail);
        QCOMPARE(detail->value(), first);
        auto missing = wait(m_client->getAgent(u"no-such-agent"_s));
        VERIFY_ERROR(missing, NotFound);
    }

    void manageAgent()
    {
        const QString email = u"new.agent@example.com"_s;
        AgentManagementRequest create;
        create.email = email;
        create.password = u"Str0ng!pass"_s;
        create.locale = u"ja"_s;
        create.permissionGroupName = u"サポート担当"_s;
        auto created = wait(m_client->manageAgent(create));
        VERIFY_OK(created);
        QCOMPARE(created->value().status, u"created"_s);
        const auto stored = m_demo->agentByEmail(email);
        QVERIFY(stored);
        QCOMPARE(stored->id, created->value().id);
        QCOMPARE(stored->locale, u"ja"_s);
        QVERIFY(stored->groupIds.contains(groupId(u"サポート担当"_s)));

        auto duplicate = wait(m_client->manageAgent(create));
        VERIFY_ERROR(duplicate, BadRequest);

        AgentManagementRequest weak = create;
        weak.email = u"weak@example.com"_s;
        weak.password = u"alllowercase"_s;
        auto weakReply = wait(m_client->manageAgent(weak));
        VERIFY_ERROR(weakReply, BadRequest);
        QVERIFY(!m_demo->agentByEmail(weak.email));

        AgentManagementRequest badGroup = create;
        badGroup.email = u"group@example.com"_s;
        badGroup.permissionGroupName = u"No Such Group"_s;
        auto badGroupReply = wait(m_client->manageAgent(badGroup));
        VERIFY_ERROR(badGroupReply, NotFound);

        AgentManagementRequest remove;
        remove.email = email;
        remove.deleteFlag = true;
        auto removed = wait(m_client->manageAgent(remove));
        VERIFY_OK(removed);
        QCOMPARE(removed->value().status, u"deleted"_s);
        QVERIFY(!m_demo->agentByEmail(email) || !m_demo->agentByEmail(email)->member);
        auto again = wait(m_client->manageAgent(remove));
        VERIFY_ERROR(again, NotFound);
    }

    // --- Users --------------------------------------------------------------------------

    void bulkUsersPerRow()
    {
        QVERIFY(m_demo->userExists(u"EMP00001"_s));
        BulkUserRequest create;
        create.action = BulkUserAction::Create;
        create.users = { { u"NEW-001"_s,
                             QList<BulkUserData> {
                                 { u"first_name"_s, u"민준"_s }, { u"last_name"_s, u"김"_s } } },
            { u"EMP00001"_s, QList<BulkUserData> { { u"first_name"_s, u"Dup"_s } } },
            { u"NEW-002"_s,
                QList<BulkUserData> { { u"first_name"_s, u"花子"_s }, { u"last_name"_s, u"佐藤"_s } } } };
        auto reply = wait(m_client->bulkUsers(create));
        VERIFY_OK(reply);
        QHash<QString, BulkUserResultBody> byId;
        for (const BulkUserResultBody& r : reply->value().result)
            byId.insert(r.ownUserId, r);
        QCOMPARE(byId.size(), 3);
        QCOMPARE(byId[u"NEW-001"_s].status, ResultStatus::Success);
        QCOMPARE(byId[u"NEW-002"_s].status, ResultStatus::Success);
        QCOMPARE(byId[u"EMP00001"_s].status, ResultStatus::Failure);
        QVERIFY(!byId[u"EMP00001"_s].message.value_or(QString()).isEmpty());
        QVERIFY(m_demo->userExists(u"NEW-001"_s));
        QCOMPARE(m_demo->user(u"NEW-002"_s).value(u"firstName"_s).toString(), u"花子"_s);

        BulkUserRequest update;
        update.action = BulkUserAction::Update;
        update.users = { { u"NEW-001"_s, QList<BulkUserData> { { u"first_name"_s, u"서연"_s } } },
            { u"NOPE-404"_s, QList<BulkUserData> { { u"first_name"_s, u"x"_s } } } };
        auto updated = wait(m_client->bulkUsers(update));
        VERIFY_OK(updated);
        QCOMPARE(m_demo->user(u"NEW-001"_s).value(u"firstName"_s).toString(), u"서연"_s);
        QCOMPARE(updated->value().result.size(), 2);
        for (const auto& r : updated->value().result)
            QCOMPARE(r.status, r.ownUserId == u"NOPE-404" ? ResultStatus::Failure : ResultStatus::Success);

        BulkUserRequest remove;
        remove.action = BulkUserAction::Delete;
        remove.users = { { u"NEW-001"_s, std::nullopt }, { u"NEW-002"_s, std::nullopt } };
        auto removed = wait(m_client->bulkUsers(remove));
        VERIFY_OK(removed);
        QVERIFY(!m_demo->userExists(u"NEW-001"_s));
        QVERIFY(!m_demo->userExists(u"NEW-002"_s));
    }

    void bulkUsersOverHundredIsRefused()
    {
        BulkUserRequest create;
        for (int i = 0; i < 101; ++i)
            create.users.append({ u"BIG-%1"_s.arg(i), QList<BulkUserData> { { u"first_name"_s, u"x"_s } } });
        auto reply = wait(m_client->bulkUsers(create));
        VERIFY_ERROR(reply, BadRequest);
        QVERIFY(!m_demo->userExists(u"BIG-0"_s)); // nothing half-applied
    }

    void getUser()
    {
        auto reply = wait(m_client->getUser(u"EMP00002"_s));
        VERIFY_OK(reply);
        QCOMPARE(reply->value().userId, u"EMP00002"_s);
        QVERIFY(!reply->value().firstName.isEmpty());
        // Fields beyond the schema are kept: email and customer group.
        QVERIFY(reply->value().fields.contains(u"email"_s));
        QVERIFY(reply->value().fields.size() > 3);
        QCOMPARE(reply->value().fields, m_demo->user(u"EMP00002"_s));
        auto missing = wait(m_client->getUser(u"NOBODY"_s));
        VERIFY_ERROR(missing, NotFound);
    }

    // --- Members ------------------------------------------------------------------------

    void inviteUpdateRemoveMembers()
    {
        const QString a = u"invitee.one@example.com"_s;
        const QString b = u"invitee.two@example.com"_s;
        MemberMetadata first = member(a, QStringList { u"새 그룹"_s });
        first.firstName = u"지우"_s;
        first.locale = u"ko"_s;
        first.attributes = QMap<QString, QString> { { u"department"_s, u"영업부"_s } };
        auto invited = wait(m_client->inviteMembers(
            { first, member(b, QStringList { u"새 그룹"_s }), member(u"not-an-email"_s) }));
        VERIFY_OK(invited);
        QStringList succeeded, failed;
        for (const BulkTaskResult& r : invited->value().result)
            (r.isSuccess() ? succeeded : failed) += r.emails;
        succeeded.sort();
        QCOMPARE(succeeded, (QStringList { a, b }));
        QCOMPARE(failed, QStringList { u"not-an-email"_s });
        QVERIFY(m_demo->memberEmails().contains(a));
        const auto created = m_demo->groupByName(u"새 그룹"_s); // invite creates missing groups
        QVERIFY(created);
        QVERIFY(m_demo->agentByEmail(a)->groupIds.contains(created->id));

        auto updated = wait(m_client->updateMemberGroups(
            { member(a, QStringList { u"サポート担当"_s }), member(b, QStringList { u"Unknown Group"_s }) }));
        VERIFY_OK(updated);
        for (const BulkTaskResult& r : updated->value().result)
            QCOMPARE(r.isSuccess(), r.emails.contains(a));
        QVERIFY(m_demo->agentByEmail(a)->groupIds.contains(groupId(u"サポート担当"_s)));

        auto removed
            = wait(m_client->removeMembers({ member(a), member(b), member(u"never.member@example.com"_s) }));
        VERIFY_OK(removed);
        for (const BulkTaskResult& r : removed->value().result)
            QCOMPARE(r.isSuccess(), !r.emails.contains(u"never.member@example.com"_s));
        QVERIFY(!m_demo->memberEmails().contains(a));
        QVERIFY(!m_demo->memberEmails().contains(b));
    }

    // --- Permission groups ----------------------------------------------------------------

    void listPermissionGroups()
    {
        auto all = wait(m_client->listPermissionGroups());
        VERIFY_OK(all);
        QVERIFY(all->value().size() >= 8);
        int admins = 0, defaults = 0;
        for (const PermissionGroupResponse& g : all->value()) {
            admins += g.isAdmin;
            defaults += g.isDefault;
            QVERIFY(g.permissions.unknown.isEmpty());
        }
        QCOMPARE(admins, 1);
        QCOMPARE(defaults, 1);
        auto search = wait(m_client->listPermissionGroups(u"サポート"_s));
        VERIFY_OK(search);
        QCOMPARE(search->value().size(), 1);
        QCOMPARE(search->value().first().name, u"サポート担当"_s);
        auto limited = wait(m_client->listPermissionGroups({}, 2, 3));
        VERIFY_OK(limited);
        QCOMPARE(limited->value().size(), 3);
        QCOMPARE(limited->value().first().id, all->value().at(2).id);
    }

    void permissionGroupLifecycle()
    {
        auto agents = wait(m_client->listAgents(0, 2));
        VERIFY_OK(agents);
        CreatePermissionGroupRequest create;
        create.name = u"Release Managers"_s;
        create.agentIds = { agents->value()[0].id, agents->value()[1].id };
        create.permissions
            = { Permission::SkillRead, Permission::SkillWrite, Permission::DashboardAccessible };
        auto created = wait(m_client->createPermissionGroup(create));
        VERIFY_OK(created);
        const QString id = created->value().id;
        QCOMPARE(created->value().agents.size(), 2);
        QVERIFY(m_demo->groupById(id));

        auto duplicate = wait(m_client->createPermissionGroup(create));
        VERIFY_ERROR(duplicate, BadRequest);
        CreatePermissionGroupRequest lowercase = create;
        lowercase.name = u"release managers"_s;
        auto duplicateCase = wait(m_client->createPermissionGroup(lowercase));
        VERIFY_ERROR(duplicateCase, BadRequest);

        CreatePermissionGroupRequest broken = create;
        broken.name = u"Broken"_s;
        broken.permissions = { Permission::SkillWrite }; // needs skill_read
        auto brokenReply = wait(m_client->createPermissionGroup(broken));
        VERIFY_ERROR(brokenReply, BadRequest);
        QVERIFY(brokenReply->error().serverMessage().contains(u"skill_read"_s));
        QVERIFY(!m_demo->groupByName(u"Broken"_s));

        auto detail = wait(m_client->getPermissionGroup(id));
        VERIFY_OK(detail);
        QCOMPARE(detail->value().name, u"Release Managers"_s);
        QCOMPARE(detail->value().permissions.known.size(), 3);

        auto members = wait(m_client->listPermissionGroupAgents(id));
        VERIFY_OK(members);
        QCOMPARE(members->value().size(), 2);

        auto renamed = wait(m_client->renamePermissionGroup(id, u"배포 관리자"_s));
        VERIFY_OK(renamed);
        QCOMPARE(renamed->value().name, u"배포 관리자"_s);
        QCOMPARE(m_demo->groupById(id)->name, u"배포 관리자"_s);
        auto clash = wait(m_client->renamePermissionGroup(id, u"サポート担当"_s));
        VERIFY_ERROR(clash, BadRequest);

        auto permissions = wait(m_client->updatePermissionGroupPermissions(
            id, { Permission::ManageAgentRead, Permission::ManageAgentWrite }));
        VERIFY_OK(permissions);
        QCOMPARE(m_demo->groupById(id)->permissions,
            (QStringList { u"manage_agent_read"_s, u"manage_agent_write"_s }));
        auto badPermissions
            = wait(m_client->updatePermissionGroupPermissions(id, { Permission::ManageAgentWrite }));
        VERIFY_ERROR(badPermissions, BadRequest);
        QCOMPARE(m_demo->groupById(id)->permissions.size(), 2); // unchanged

        auto deleted = wait(m_client->deletePermissionGroup(id));
        VERIFY_OK(deleted);
        QVERIFY(!m_demo->groupById(id));

        // All five at once; each keeps its result until checked.
        std::vector<std::unique_ptr<ApiReply>> gone;
        for (ApiReply* r : std::initializer_list<ApiReply*> { m_client->getPermissionGroup(id),
                 m_client->listPermissionGroupAgents(id), m_client->renamePermissionGroup(id, u"x"_s),
                 m_client->updatePermissionGroupPermissions(id, { Permission::SkillRead }),
                 m_client->deletePermissionGroup(id) }) {
            r->setAutoDelete(false);
            gone.emplace_back(r);
        }
        for (auto& r : gone) {
            wait(r.release()).swap(r);
            VERIFY_ERROR(r, NotFound);
        }
    }

    // --- Tools and OAuth2 -----------------------------------------------------------------

    void singleActionAppTools()
    {
        auto list = wait(m_client->listSingleActionAppTools());
        VERIFY_OK(list);
        QVERIFY(list->value().size() >= 10);
        const SingleActionAppTool first = list->value().first();
        QVERIFY(first.name.startsWith(u"func_"_s));
        auto detail = wait(m_client->getSingleActionAppTool(first.name));
        VERIFY_OK(detail);
        QCOMPARE(detail->value().id, first.id);
        QVERIFY(!detail->value().inputs.isEmpty());
        auto missing = wait(m_client->getSingleActionAppTool(u"func_missing"_s));
        VERIFY_ERROR(missing, NotFound);
    }

    void agentTools()
    {
        auto list = wait(m_client->listAgentTools());
        VERIFY_OK(list);
        QVERIFY(list->value().size() >= 10);
        const AgentTool first = list->value().first();
        auto detail = wait(m_client->getAgentTool(first.name));
        VERIFY_OK(detail);
        QCOMPARE(detail->value().name, first.name);
        QVERIFY(detail->value().published.has_value());
        QVERIFY(!detail->value().variables.isEmpty());
        QVERIFY(detail->value().raw.size() > 7); // an open object: extra fields are kept
        auto missing = wait(m_client->getAgentTool(u"func_missing"_s));
        VERIFY_ERROR(missing, NotFound);
    }

    void oauth2()
    {
        auto info = wait(m_client->getOAuth2Information(u"demo-state-google"_s));
        VERIFY_OK(info);
        QCOMPARE(info->value().state, u"demo-state-google"_s);
        QVERIFY(!info->value().clientSecret.isEmpty());
        QVERIFY(!info->value().scope.isEmpty());
        auto missing = wait(m_client->getOAuth2Information(u"no-such-state"_s));
        VERIFY_ERROR(missing, NotFound);

        OAuth2TokenUpdate update;
        update.state = u"demo-state-google"_s;
        update.tokenInfo = QJsonObject { { u"access_token"_s, u"new-access"_s }, { u"expires_in"_s, 3600 } };
        update.tokenGenerated = 1764400000;
        auto updated = wait(m_client->updateOAuth2Information(update));
        VERIFY_OK(updated);
        QCOMPARE(m_demo->oauth2(u"demo-state-google"_s)
                     .value(u"token_info"_s)
                     .toObject()
                     .value(u"access_token"_s)
                     .toString(),
            u"new-access"_s);
        // Only `state` is required: an update with nothing else is taken and changes nothing.
        const QJsonObject stored = m_demo->oauth2(u"demo-state-google"_s);
        OAuth2TokenUpdate stateOnly;
        stateOnly.state = u"demo-state-google"_s;
        QCOMPARE(stateOnly.toJson(), (QJsonObject { { u"state"_s, u"demo-state-google"_s } }));
        auto sentAnyway = wait(m_client->updateOAuth2Information(stateOnly));
        VERIFY_OK(sentAnyway);
        QCOMPARE(m_demo->oauth2(u"demo-state-google"_s), stored);
        update.state = u"no-such-state"_s;
        auto updateMissing = wait(m_client->updateOAuth2Information(update));
        VERIFY_ERROR(updateMissing, NotFound);
    }

    // --- Authentication, faults and headers ----------------------------------------------

    void authenticationErrors()
    {
        ConnectionSettings wrong = demoConnection();
        wrong.secret = u"wrong-key"_s;
        m_client->setConnection(wrong);
        auto unauthorized = wait(m_client->listAgents());
        VERIFY_ERROR(unauthorized, Unauthorized);
        QVERIFY(unauthorized->error().explanation().contains(u"API key"_s));

        ConnectionSettings token = demoConnection();
        token.authMethod = ConnectionSettings::AuthMethod::Token;
        token.secret = m_demo->token();
        m_client->setConnection(token);
        auto withToken = wait(m_client->listAgents(0, 1));
        VERIFY_OK(withToken);

        m_client->setConnection(demoConnection());
        m_demo->setForbidden(true);
        auto forbidden = wait(m_client->listAgents());
        m_demo->setForbidden(false);
        VERIFY_ERROR(forbidden, Forbidden);
    }

    void identityHeadersArriveDecoded()
    {
        ConnectionSettings s = demoConnection();
        s.agentEmail = u"admin@example.kr"_s;
        s.ownUserId = u"社員-7"_s;
        m_client->setConnection(s);
        auto reply = wait(m_client->listAgents(0, 1));
        VERIFY_OK(reply);
        const QHash<QString, QString> headers = m_demo->lastIdentityHeaders();
        QCOMPARE(headers.value(u"AGENT-EMAIL"_s), u"admin@example.kr"_s);
        QCOMPARE(headers.value(u"OWN-USER-ID"_s), u"社員-7"_s);

        // base64: is documented for OWN-USER-ID only: a non-ASCII AGENT-EMAIL is refused before
        // anything is sent, naming the header.
        const int before = m_demo->requestCount();
        s.agentEmail = u"관리자@example.kr"_s;
        m_client->setConnection(s);
        auto refused = wait(m_client->listAgents(0, 1));
        QCOMPARE(refused->error().kind(), ApiError::Kind::InvalidSettings);
        QVERIFY2(
            refused->error().message().contains(u"AGENT-EMAIL"_s), qPrintable(refused->error().message()));
        QCOMPARE(m_demo->requestCount(), before);
    }

    void rateLimitedGetsAreRetried()
    {
        m_demo->setRateLimitEvery(2, 0);
        std::vector<std::unique_ptr<TypedReply<QList<AgentResponse>>>> replies;
        for (int i = 0; i < 6; ++i)
            replies.push_back(wait(m_client->listAgents(i * 10, 10)));
        for (const auto& r : replies)
            VERIFY_OK(r);
        int retried = 0;
        for (const auto& r : replies)
            retried += r->attempts() > 1;
        QVERIFY(retried >= 1);
    }

    void injectedFailuresAndTimeouts()
    {
        m_demo->setFailRate(1.0);
        auto failing = wait(m_client->getAgent(u"whatever"_s));
        VERIFY_ERROR(failing, ServerError);
        QCOMPARE(failing->attempts(), 4);
        m_demo->setFailRate(0.0);

        m_demo->setLatencyMs(800);
        m_client->setRetryPolicy({ 1, 10, 10, 1000 });
        m_client->setTransferTimeout(200);
        auto slow = wait(m_client->listAgents(0, 1));
        m_demo->setLatencyMs(0);
        QCOMPARE(slow->error().kind(), ApiError::Kind::Timeout);
    }

    void noServerListening()
    {
        ConnectionSettings s = demoConnection();
        QUrl url = s.customBaseUrl;
        url.setPort(1); // nothing listens on port 1
        s.customBaseUrl = url;
        m_client->setConnection(s);
        m_client->setRetryPolicy({ 2, 10, 10, 1000 });
        auto reply = wait(m_client->manageAgent({ u"x@example.com"_s, true, {}, {}, {}, {} }));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Network);
        QVERIFY(!reply->error().mayHaveReachedServer());
        QCOMPARE(reply->attempts(), 2); // refused connections are safe to retry, even for POST
    }
};

QTEST_GUILESS_MAIN(TestClientAgainstDemo)
#include "tst_client_demo.moc"
