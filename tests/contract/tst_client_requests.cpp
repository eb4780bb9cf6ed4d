// What the client sends, for the contract test: every operation with a request body (10 of the
// 21), driven through the code that admins use (CSV rows through the validator and the bulk run;
// the typed calls of the pages), against the demo backend with request capture on. The captured
// requests are written to the file named by ALLI_CLIENT_REQUESTS (JSON: [{method, path, body}]),
// which contract_test.py --client-requests validates against the spec's request schemas.

#include "bulkrun.h"
#include "csvreader.h"
#include "demofixture.h"
#include "operations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using Alli::Testing::DemoFixture;
using Alli::Testing::waitFor;

class TestClientRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bulkOperations_data();
    void bulkOperations();
    void permissionGroups();
    void oauth2();
    void agentManagementFromTheDialogsRequest();
    void cleanupTestCase();

private:
    DemoFixture m_fixture;
    QList<Demo::CapturedRequest> m_captured;
};

void TestClientRequests::initTestCase()
{
    QVERIFY(m_fixture.start());
    m_fixture.demo()->setCaptureRequests(true);
}

void TestClientRequests::bulkOperations_data()
{
    QTest::addColumn<Bulk::Operation>("op");
    QTest::addColumn<QByteArray>("csv");
    const QByteArray member = m_fixture.demo()->memberEmails().value(3).toUtf8();
    // Every documented field the file side knows, Korean and Japanese text included.
    QTest::newRow("users create") << Bulk::Operation::CreateUsers
                                  << QByteArray("사번,이름,성,이메일,고객 그룹,부서\n"
                                                "CR-1,지민,박,jimin@example.com,VIP,영업부\n"
                                                "CR-2,花子,佐藤,hanako@example.com,,\n");
    QTest::newRow("users update") << Bulk::Operation::UpdateUsers
                                  << QByteArray("ownUserId,first_name,title\nCR-1,Jimin,Manager\n");
    QTest::newRow("users delete") << Bulk::Operation::DeleteUsers << QByteArray("ownUserId\nCR-2\n");
    QTest::newRow("members invite")
        << Bulk::Operation::InviteMembers
        << QByteArray("email,firstName,lastName,locale,groups,attribute.team\n"
                      "contract.invite@example.com,Mina,Lee,ko,기본 그룹;New Contract Group,QA\n"
                      "contract.nogroup@example.com,,,,,\n");
    QTest::newRow("members update groups")
        << Bulk::Operation::UpdateMemberGroups
        << QByteArray("email,groups\ncontract.invite@example.com,기본 그룹\n");
    QTest::newRow("members remove") << Bulk::Operation::RemoveMembers << "email\n" + member + "\n";
    QTest::newRow("agents create")
        << Bulk::Operation::CreateAgents
        << QByteArray(
               "email,password,locale,group\ncontract.agent@example.com,Contract-Pass1,ja,기본 그룹\n");
    QTest::newRow("agents delete") << Bulk::Operation::DeleteAgents
                                   << QByteArray("email\ncontract.agent@example.com\n");
}

void TestClientRequests::bulkOperations()
{
    QFETCH(Bulk::Operation, op);
    QFETCH(QByteArray, csv);
    auto read = Bulk::CsvReader::read(csv);
    QVERIFY(std::holds_alternative<Bulk::CsvTable>(read));
    const Bulk::CsvTable table = std::get<Bulk::CsvTable>(read);
    const QList<Bulk::PreparedRow> rows
        = Bulk::RowValidator::prepare(op, table, Bulk::OperationSpec::autoMap(op, table.header));
    for (const Bulk::PreparedRow& row : rows)
        QVERIFY2(row.isValid(), qPrintable(row.problems.value(0).message));
    Bulk::RunOptions options;
    options.journalPath.clear();
    Bulk::BulkRun run(m_fixture.client(), op, rows, { u"contract.csv"_s, table.header }, options);
    QSignalSpy finished(&run, &Bulk::BulkRun::finished);
    run.start();
    QVERIFY(finished.wait(30000) || run.isFinished());
    QCOMPARE(run.counts().succeeded, int(rows.size()));
}

void TestClientRequests::permissionGroups()
{
    AlliClient* client = m_fixture.client();
    auto agents = waitFor(client->listAgents(0, 2));
    QVERIFY(agents->ok());
    CreatePermissionGroupRequest create;
    create.name = u"계약 테스트 그룹"_s;
    create.permissions = { *permissionFromName(u"skill_read"), *permissionFromName(u"skill_write") };
    for (const AgentResponse& a : agents->value())
        create.agentIds.append(a.id);
    auto created = waitFor(client->createPermissionGroup(create));
    QVERIFY2(created->ok(), qPrintable(created->error().message()));
    const QString id = created->value().id;
    auto renamed = waitFor(client->renamePermissionGroup(id, u"Contract group"_s));
    QVERIFY2(renamed->ok(), qPrintable(renamed->error().message()));
    auto updated
        = waitFor(client->updatePermissionGroupPermissions(id, { *permissionFromName(u"skill_read") }));
    QVERIFY2(updated->ok(), qPrintable(updated->error().message()));
}

void TestClientRequests::oauth2()
{
    AlliClient* client = m_fixture.client();
    auto info = waitFor(client->getOAuth2Information(u"demo-state-google"_s));
    QVERIFY(info->ok());
    OAuth2TokenUpdate update;
    update.state = u"demo-state-google"_s;
    update.tokenInfo = QJsonObject { { u"access_token"_s, u"contract-token"_s }, { u"expires_in"_s, 3600 } };
    update.tokenGenerated = 1764400000;
    auto updated = waitFor(client->updateOAuth2Information(update));
    QVERIFY(updated->ok());
    OAuth2TokenUpdate stateOnly; // what the OAuth2 page sends with an empty editor, less the time
    stateOnly.state = u"demo-state-google"_s;
    auto sent = waitFor(client->updateOAuth2Information(stateOnly));
    QVERIFY(sent->ok());
}

void TestClientRequests::agentManagementFromTheDialogsRequest()
{
    AgentManagementRequest request; // as NewAgentDialog::request() builds it
    request.email = u"dialog.agent@example.com"_s;
    request.password = u"Dialog-Pass1"_s;
    request.locale = u"ko"_s;
    request.permissionGroupName = u"기본 그룹"_s;
    auto created = waitFor(m_fixture.client()->manageAgent(request));
    QVERIFY2(created->ok(), qPrintable(created->error().message()));
}

void TestClientRequests::cleanupTestCase()
{
    m_captured = m_fixture.demo()->capturedRequests();
    QJsonArray out;
    for (const Demo::CapturedRequest& r : std::as_const(m_captured)) {
        if (r.method == u"GET"_s || r.method == u"DELETE"_s)
            continue; // no body
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.path + u": "_s + error.errorString()));
        out.append(
            QJsonObject { { u"method"_s, r.method }, { u"path"_s, r.path }, { u"body"_s, doc.object() } });
    }
    QVERIFY(out.size() >= 10);
    const QString path = qEnvironmentVariable("ALLI_CLIENT_REQUESTS");
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(out).toJson(QJsonDocument::Indented));
    QVERIFY(file.commit());
}

QTEST_GUILESS_MAIN(TestClientRequests)
#include "tst_client_requests.moc"
