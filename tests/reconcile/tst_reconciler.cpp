// Rows whose outcome is unknown (a lost answer, a crash while in flight) are looked up on the
// server, never sent again. For every operation: a row whose change is on the server becomes
// Succeeded, one whose change is verifiably absent becomes Failed and is listed as "not applied"
// (safe to send), and one that cannot be checked stays Unknown with the reason.

#include "demofixture.h"
#include "operations.h"
#include "reconciler.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using namespace Alli::Bulk;

class TestReconciler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void users();
    void usersDocumentedFields();
    void deletedUsers();
    void membersAndAgents();
    void updateGroups();
    void unreachableServerKeepsRowsUnknown();
    void emptyListFinishes();

private:
    QList<PreparedRow> prepare(Operation op, const QByteArray& csv);
    // Runs a reconciler over all rows as if each was Unknown.
    std::unique_ptr<Reconciler> check(Operation op, const QList<PreparedRow>& rows);

    Testing::DemoFixture m_fixture;
};

void TestReconciler::initTestCase()
{
    Demo::DemoOptions options;
    options.userCount = 20;
    QVERIFY(m_fixture.start(options));
}

QList<PreparedRow> TestReconciler::prepare(Operation op, const QByteArray& csv)
{
    auto read = CsvReader::read(csv);
    if (!std::holds_alternative<CsvTable>(read))
        return {};
    const CsvTable table = std::get<CsvTable>(read);
    return RowValidator::prepare(op, table, OperationSpec::autoMap(op, table.header));
}

std::unique_ptr<Reconciler> TestReconciler::check(Operation op, const QList<PreparedRow>& rows)
{
    auto reconciler = std::make_unique<Reconciler>(m_fixture.client(), op, rows);
    QList<int> indexes;
    QList<RowResult> previous;
    for (int i = 0; i < rows.size(); ++i) {
        indexes.append(i);
        previous.append({ RowState::Unknown, u"no answer"_s, 1 });
    }
    QSignalSpy finished(reconciler.get(), &Reconciler::finished);
    reconciler->start(indexes, previous);
    if (finished.isEmpty())
        finished.wait(20000);
    return reconciler;
}

void TestReconciler::users()
{
    // A user created with the row's data, one created with other data, one that does not exist.
    auto create = Testing::waitFor(m_fixture.client()->bulkUsers({ BulkUserAction::Create,
        { { u"REC1"_s,
              QList<BulkUserData> {
                  { u"email"_s, u"rec1@example.com"_s }, { u"department"_s, u"Sales"_s } } },
            { u"REC2"_s, QList<BulkUserData> { { u"email"_s, u"other@example.com"_s } } } } }));
    QVERIFY(create->ok());

    const QList<PreparedRow> rows = prepare(Operation::CreateUsers,
        "ownUserId,email,department\nREC1,rec1@example.com,Sales\nREC2,rec2@example.com,Ops\nREC3,rec3@"
        "example.com,Ops\n");
    QCOMPARE(rows.size(), qsizetype(3));
    const auto reconciler = check(Operation::CreateUsers, rows);
    QVERIFY(reconciler->isFinished());
    QCOMPARE(reconciler->results().value(0).state, RowState::Succeeded);
    QVERIFY(reconciler->results().value(0).message.startsWith(u"Verified on the server"_s));
    QCOMPARE(reconciler->results().value(0).attempts, 1);
    // On the server with different data: the change of this row is not there.
    QCOMPARE(reconciler->results().value(1).state, RowState::Failed);
    QVERIFY2(reconciler->results().value(1).message.contains(u"email"_s),
        qPrintable(reconciler->results().value(1).message));
    QCOMPARE(reconciler->results().value(2).state, RowState::Failed);
    QVERIFY(reconciler->results().value(2).message.contains(u"REC3"_s));
    QCOMPARE(reconciler->notAppliedRows(), (QSet<int> { 1, 2 }));
    QCOMPARE(reconciler->verified(), 3);
    QCOMPARE(reconciler->stillUnknown(), 0);
    // Looked up, never sent: the server still has exactly the two users.
    QVERIFY(!m_fixture.demo()->userExists(u"REC3"_s));
    QCOMPARE(m_fixture.demo()->user(u"REC2"_s).value(u"email").toString(), u"other@example.com"_s);
}

// The users' own fields are sent as the documented data keys (first_name, last_name, email,
// customer_group) and answered by "get user" in camelCase; custom variables may not be shown at
// all. The look-up compares what it can, and never calls a row "not applied" because a field is
// merely missing from the answer.
void TestReconciler::usersDocumentedFields()
{
    const QByteArray file = "ownUserId,firstName,성,이메일,顧客グループ,department\n"
                            "DOC1,Jiwoo,Han,Jiwoo.Han@example.com,VIP,Sales\n"
                            "DOC2,Mina,Seo,mina@example.com,VIP,Sales\n"
                            "DOC3,Absent,Row,absent@example.com,VIP,Sales\n";
    const QList<PreparedRow> rows = prepare(Operation::CreateUsers, file);
    QCOMPARE(rows.size(), qsizetype(3));
    // The file's headers became the documented keys; "department" stays a custom one.
    QCOMPARE(QString::fromUtf8(rows.at(0).payload.json()),
        u"{\"ownUserId\":\"DOC1\",\"data\":[{\"key\":\"first_name\",\"value\":\"Jiwoo\"},{\"key\":\"last_"
        u"name\","
        "\"value\":\"Han\"},{\"key\":\"email\",\"value\":\"Jiwoo.Han@example.com\"},{\"key\":\"customer_"
        "group\","
        "\"value\":\"VIP\"},{\"key\":\"department\",\"value\":\"Sales\"}]}"_s);
    // DOC1 as the file says (the server keeps the e-mail in lower case); DOC2 with another first name.
    auto create = Testing::waitFor(m_fixture.client()->bulkUsers({ BulkUserAction::Create,
        { { u"DOC1"_s,
              QList<BulkUserData> { { u"first_name"_s, u"Jiwoo"_s }, { u"last_name"_s, u"Han"_s },
                  { u"email"_s, u"jiwoo.han@example.com"_s }, { u"customer_group"_s, u"VIP"_s },
                  { u"department"_s, u"Sales"_s } } },
            { u"DOC2"_s,
                QList<BulkUserData> { { u"first_name"_s, u"Minah"_s }, { u"last_name"_s, u"Seo"_s } } } } }));
    QVERIFY(create->ok());
    QCOMPARE(m_fixture.demo()->user(u"DOC1"_s).value(u"firstName").toString(), u"Jiwoo"_s);

    for (const bool hidden : { false, true }) {
        m_fixture.demo()->setHideCustomUserFields(hidden);
        const auto reconciler = check(Operation::CreateUsers, rows);
        QVERIFY(reconciler->isFinished());
        const RowResult doc1 = reconciler->results().value(0);
        QCOMPARE(doc1.state, RowState::Succeeded);
        QCOMPARE(doc1.message.contains(u"department"_s), hidden); // not shown, so not compared
        const RowResult doc2 = reconciler->results().value(1);
        QCOMPARE(doc2.state, RowState::Failed); // the first name on the server is another one
        QVERIFY2(doc2.message.contains(u"first_name"_s), qPrintable(doc2.message));
        QCOMPARE(reconciler->results().value(2).state, RowState::Failed); // no such user
        QCOMPARE(reconciler->notAppliedRows(), (QSet<int> { 1, 2 }));
    }

    // Custom keys only, and the server does not show them: a create is verified by the user's
    // existence; an update cannot be decided and stays unknown, with the reason.
    const QList<PreparedRow> custom = prepare(Operation::CreateUsers, "ownUserId,department\nDOC1,Sales\n");
    const auto created = check(Operation::CreateUsers, custom);
    QCOMPARE(created->results().value(0).state, RowState::Succeeded);
    const auto updated
        = check(Operation::UpdateUsers, prepare(Operation::UpdateUsers, "ownUserId,department\nDOC1,Ops\n"));
    QCOMPARE(updated->results().value(0).state, RowState::Unknown);
    QVERIFY2(updated->results().value(0).message.contains(u"department"_s),
        qPrintable(updated->results().value(0).message));
    QVERIFY(updated->notAppliedRows().isEmpty());
    m_fixture.demo()->setHideCustomUserFields(false);
}

void TestReconciler::deletedUsers()
{
    auto create = Testing::waitFor(m_fixture.client()->bulkUsers({ BulkUserAction::Create,
        { { u"DEL1"_s, QList<BulkUserData> { { u"email"_s, u"d1@example.com"_s } } } } }));
    QVERIFY(create->ok());
    const QList<PreparedRow> rows = prepare(Operation::DeleteUsers, "ownUserId\nDEL1\nDEL-GONE\n");
    const auto reconciler = check(Operation::DeleteUsers, rows);
    QCOMPARE(reconciler->results().value(0).state, RowState::Failed); // still there: not applied
    QCOMPARE(reconciler->results().value(1).state, RowState::Succeeded); // gone
    QCOMPARE(reconciler->notAppliedRows(), (QSet<int> { 0 }));
}

void TestReconciler::membersAndAgents()
{
    const std::optional<Demo::AgentRecord> seeded
        = m_fixture.demo()->agentByEmail(m_fixture.demo()->memberEmails().value(3));
    QVERIFY(seeded);
    const QString member = seeded->email;
    // "ana@" is a part of many addresses: the exact one must be matched.
    const QByteArray csv = "email,firstName\n" + member.toUtf8() + ",A\nnobody-" + member.toUtf8() + ",B\n";

    const auto invite = check(Operation::InviteMembers, prepare(Operation::InviteMembers, csv));
    QCOMPARE(invite->results().value(0).state, RowState::Succeeded);
    QCOMPARE(invite->results().value(1).state, RowState::Failed);
    QCOMPARE(invite->notAppliedRows(), (QSet<int> { 1 }));

    const auto remove = check(Operation::RemoveMembers, prepare(Operation::RemoveMembers, csv));
    QCOMPARE(remove->results().value(0).state, RowState::Failed); // still a member
    QCOMPARE(remove->results().value(1).state, RowState::Succeeded); // not a member

    const QByteArray agentsCsv
        = "email,password\n" + member.toUtf8() + ",Passw0rd!\nnobody-" + member.toUtf8() + ",Passw0rd!\n";
    const auto agents = check(Operation::CreateAgents, prepare(Operation::CreateAgents, agentsCsv));
    QCOMPARE(agents->results().value(0).state, RowState::Succeeded);
    QCOMPARE(agents->results().value(1).state, RowState::Failed);
}

void TestReconciler::updateGroups()
{
    const QList<Demo::GroupRecord> groups = m_fixture.demo()->groups();
    QVERIFY(groups.size() >= 2);
    // An agent of group 0 and an agent not in group 1.
    QString inGroup, notInGroup;
    for (const QString& id : groups.at(0).agentIds) {
        const std::optional<Demo::AgentRecord> agent = m_fixture.demo()->agentById(id);
        if (!agent)
            continue;
        if (inGroup.isEmpty())
            inGroup = agent->email;
        if (!groups.at(1).agentIds.contains(id)) {
            notInGroup = agent->email;
        }
    }
    QVERIFY(!inGroup.isEmpty() && !notInGroup.isEmpty());
    const QByteArray csv = "email,groups\n" + inGroup.toUtf8() + "," + groups.at(0).name.toUtf8() + "\n"
        + notInGroup.toUtf8() + "," + groups.at(1).name.toUtf8() + "\n" + inGroup.toUtf8()
        + ",No Such Group\n";
    const auto reconciler = check(Operation::UpdateMemberGroups, prepare(Operation::UpdateMemberGroups, csv));
    QCOMPARE(reconciler->results().value(0).state, RowState::Succeeded);
    QCOMPARE(reconciler->results().value(1).state, RowState::Failed);
    QVERIFY(reconciler->results().value(1).message.contains(groups.at(1).name));
    QCOMPARE(reconciler->results().value(2).state, RowState::Failed);
    QVERIFY(reconciler->results().value(2).message.contains(u"No Such Group"_s));
}

void TestReconciler::unreachableServerKeepsRowsUnknown()
{
    const QList<PreparedRow> rows = prepare(Operation::CreateUsers, "ownUserId,email\nX1,x1@example.com\n");
    m_fixture.demo()->setForbidden(true);
    const auto reconciler = check(Operation::CreateUsers, rows);
    m_fixture.demo()->setForbidden(false);
    QCOMPARE(reconciler->results().value(0).state, RowState::Unknown);
    // The earlier explanation is kept, the reason it could not be checked added.
    QVERIFY(reconciler->results().value(0).message.startsWith(u"no answer"_s));
    QVERIFY(reconciler->results().value(0).message.contains(u"Could not be checked"_s));
    QVERIFY(reconciler->notAppliedRows().isEmpty());
    QCOMPARE(reconciler->stillUnknown(), 1);
}

void TestReconciler::emptyListFinishes()
{
    Reconciler reconciler(m_fixture.client(), Operation::CreateUsers, {});
    QSignalSpy finished(&reconciler, &Reconciler::finished);
    reconciler.start({}, {});
    QVERIFY(finished.wait(5000));
    QVERIFY(reconciler.results().isEmpty());
}

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
