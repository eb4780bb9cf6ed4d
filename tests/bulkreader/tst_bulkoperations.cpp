// OperationSpec and RowValidator: auto-mapping of English, Korean and Japanese headers,
// every kind of validation problem, the exact payload JSON of each operation, and templates
// (UTF-8 with BOM that parse back into valid rows); plus the shared vocabulary of bulktypes.h.

#include "operations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Alli::Bulk;

Q_DECLARE_METATYPE(Alli::Bulk::Operation)

namespace
{

CsvTable table(const QString& text)
{
    auto r = CsvReader::parse(text, Delimiter::Auto);
    if (auto* e = std::get_if<CsvError>(&r))
        qFatal("test CSV refused: %s", qPrintable(e->message));
    return std::get<CsvTable>(r);
}

QList<PreparedRow> prepare(Operation op, const QString& text, const ValidationContext& context = {})
{
    const CsvTable t = table(text);
    return RowValidator::prepare(op, t, OperationSpec::autoMap(op, t.header), context);
}

QStringList targets(const QList<ColumnMapping>& mapping)
{
    QStringList out;
    for (const ColumnMapping& m : mapping)
        out.append(m.target);
    return out;
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// "E:column:message|W:column:message" for one row, so one QCOMPARE shows everything.
QString problems(const PreparedRow& row)
{
    QStringList out;
    for (const CellProblem& p : row.problems)
        out.append(
            (p.severity == CellProblem::Severity::Error ? u"E:"_s : u"W:"_s) + p.column + u':' + p.message);
    return out.join(u'|');
}

} // namespace

class TestBulkOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operationIds();
    void rowStatesAndCounts();
    void jobSources_data();
    void jobSources();
    void autoMap_data();
    void autoMap();
    void requiredFields();
    void invalidEmail();
    void duplicateKeys();
    void largeFilesPreparedAsSmallOnes();
    void batchesAreTheSameRows();
    void unknownGroups();
    void locales();
    void passwords();
    void existingKeys();
    void sendUnconfirmedTurnsGuessesIntoWarnings();
    void payloads_data();
    void payloads();
    void payloadTextIsValidJson();
    void linesAndCells();
    void manualMapping();
    void isValidEmail_data();
    void isValidEmail();
    void isStrongPassword_data();
    void isStrongPassword();
    void templates_data();
    void templates();
};

void TestBulkOperations::operationIds()
{
    const QList<Operation> ops = allOperations();
    QCOMPARE(ops.size(), 8);
    QStringList ids;
    for (Operation op : ops) {
        ids.append(operationId(op));
        QCOMPARE(operationFromId(operationId(op)), op);
        QVERIFY(!operationLabel(op).isEmpty());
    }
    QCOMPARE(ids,
        (QStringList { u"users-create"_s, u"users-update"_s, u"users-delete"_s, u"members-invite"_s,
            u"members-update-groups"_s, u"members-remove"_s, u"agents-create"_s, u"agents-delete"_s }));
    QCOMPARE(operationFromId(u"nope"), std::nullopt);
    QCOMPARE(maxRowsPerRequest(Operation::CreateUsers), 100);
    QCOMPARE(maxRowsPerRequest(Operation::RemoveMembers), 100);
    QCOMPARE(maxRowsPerRequest(Operation::CreateAgents), 1);
    QCOMPARE(maxRowsPerRequest(Operation::DeleteAgents), 1);
    QVERIFY(!rowsKeyedByEmail(Operation::UpdateUsers));
    QVERIFY(rowsKeyedByEmail(Operation::InviteMembers));
    QVERIFY(rowsKeyedByEmail(Operation::DeleteAgents));
}

// What the journal keeps as a job's source: a file's path, or a marker for rows from no file.
// Labels are what History shows, stems what report file names are made of (never a colon).
void TestBulkOperations::jobSources_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("file");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("stem");
    QTest::newRow("path") << u"/home/admin/staff.2026.csv"_s << true << u"staff.2026.csv"_s
                          << u"staff.2026"_s;
    QTest::newRow("windows path") << u"C:/Users/admin/직원.csv"_s << true << u"직원.csv"_s << u"직원"_s;
    QTest::newRow("bulk editor") << QString(kBulkEditorSource) << false << u"Rows typed in the bulk editor"_s
                                 << u"bulk-editor"_s;
    QTest::newRow("selection") << QString(kAgentSelectionSource) << false
                               << u"Agents selected on the agents page"_s << u"agents-selection"_s;
    QTest::newRow("pasted") << QString(kPastedSource) << false << u"Pasted rows"_s << u"pasted"_s;
    QTest::newRow("none") << QString() << false << QString() << QString();
}

void TestBulkOperations::jobSources()
{
    QFETCH(QString, source);
    QFETCH(bool, file);
    QFETCH(QString, label);
    QFETCH(QString, stem);
    QCOMPARE(isFileSource(source), file);
    QCOMPARE(sourceLabel(source), label);
    QCOMPARE(sourceDetail(source), file ? source : label);
    QCOMPARE(sourceFileStem(source), stem);
}

void TestBulkOperations::rowStatesAndCounts()
{
    for (RowState s : { RowState::Pending, RowState::Succeeded, RowState::Failed, RowState::Invalid,
             RowState::NotSent, RowState::Unknown }) {
        QCOMPARE(rowStateFromId(rowStateId(s)), s);
        QVERIFY(!rowStateLabel(s).isEmpty());
    }
    QCOMPARE(rowStateId(RowState::NotSent), u"not-sent"_s);
    QCOMPARE(rowStateFromId(u"gone"), std::nullopt);

    QList<RowResult> results;
    for (RowState s : { RowState::Succeeded, RowState::Succeeded, RowState::Failed, RowState::Invalid,
             RowState::NotSent, RowState::Unknown, RowState::Pending })
        results.append(RowResult { s, {}, 0 });
    const Counts c = countStates(results);
    QCOMPARE(c.total(), 7);
    QCOMPARE(c.summaryLine(), u"2 succeeded, 1 failed, 1 invalid, 1 not sent, 1 unknown"_s);

    PreparedRow row;
    QVERIFY(row.isValid());
    row.problems.append(CellProblem { CellProblem::Severity::Warning, {}, u"w"_s });
    QVERIFY(row.isValid());
    row.problems.append(CellProblem { CellProblem::Severity::Error, {}, u"e"_s });
    QVERIFY(!row.isValid());
}

void TestBulkOperations::autoMap_data()
{
    QTest::addColumn<Operation>("op");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("members, English")
        << Operation::InviteMembers
        << QStringList { u"E-mail"_s, u"First Name"_s, u"last_name"_s, u"Language"_s, u"Permission Groups"_s,
               u"Attribute.Department"_s, u"attribute:cost center"_s, u"notes"_s }
        << QStringList { u"email"_s, u"firstName"_s, u"lastName"_s, u"locale"_s, u"groups"_s,
               u"attribute:Department"_s, u"attribute:cost center"_s, u""_s };
    QTest::newRow("members, Korean") << Operation::InviteMembers
                                     << QStringList { u"이메일"_s, u"이름"_s, u"성"_s, u"언어"_s,
                                            u"권한 그룹"_s, u"attribute.부서"_s, u"비고"_s }
                                     << QStringList { u"email"_s, u"firstName"_s, u"lastName"_s, u"locale"_s,
                                            u"groups"_s, u"attribute:부서"_s, u""_s };
    QTest::newRow("members, Japanese")
        << Operation::InviteMembers
        << QStringList { u"メールアドレス"_s, u"名"_s, u"姓"_s, u"言語"_s, u"グループ"_s, u"氏名"_s }
        << QStringList { u"email"_s, u"firstName"_s, u"lastName"_s, u"locale"_s, u"groups"_s, u""_s };
    QTest::newRow("members, Korean 메일 and 그룹")
        << Operation::UpdateMemberGroups << QStringList { u"메일"_s, u"그룹"_s, u"attribute.x"_s }
        << QStringList { u"email"_s, u"groups"_s, u""_s };
    QTest::newRow("members remove, Japanese メール")
        << Operation::RemoveMembers << QStringList { u"メール"_s, u"名"_s }
        << QStringList { u"email"_s, u""_s };
    QTest::newRow("agents, Korean") << Operation::CreateAgents
                                    << QStringList { u"메일"_s, u"비밀번호"_s, u"언어"_s, u"권한 그룹"_s }
                                    << QStringList { u"email"_s, u"password"_s, u"locale"_s, u"group"_s };
    QTest::newRow("agents, Japanese")
        << Operation::CreateAgents
        << QStringList { u"メールアドレス"_s, u"パスワード"_s, u"言語"_s, u"権限グループ"_s }
        << QStringList { u"email"_s, u"password"_s, u"locale"_s, u"group"_s };
    QTest::newRow("agents delete ignores the rest")
        << Operation::DeleteAgents << QStringList { u"Email"_s, u"password"_s }
        << QStringList { u"email"_s, u""_s };
    QTest::newRow("users, Korean") << Operation::CreateUsers
                                   << QStringList { u"사번"_s, u"이름"_s, u"부서"_s }
                                   << QStringList { u"ownUserId"_s, u"data:first_name"_s, u"data:부서"_s };
    QTest::newRow("users, Korean 사원번호")
        << Operation::UpdateUsers << QStringList { u"이메일"_s, u"사원번호"_s }
        << QStringList { u"data:email"_s, u"ownUserId"_s };
    QTest::newRow("users, Japanese") << Operation::UpdateUsers << QStringList { u"従業員ID"_s, u"氏名"_s }
                                     << QStringList { u"ownUserId"_s, u"data:氏名"_s };
    QTest::newRow("users, Japanese 社員番号")
        << Operation::CreateUsers << QStringList { u"部署"_s, u"社員番号"_s }
        << QStringList { u"data:部署"_s, u"ownUserId"_s };
    QTest::newRow("users, English spacing")
        << Operation::CreateUsers << QStringList { u" Own User ID "_s, u"Department"_s, u""_s }
        << QStringList { u"ownUserId"_s, u"data:Department"_s, u""_s };
    // The user's own fields go to the documented data keys (first_name, last_name, email,
    // customer_group) whatever the file calls them; other columns stay custom keys.
    QTest::newRow("users, documented fields")
        << Operation::CreateUsers
        << QStringList { u"ownUserId"_s, u"firstName"_s, u"lastName"_s, u"email"_s, u"customerGroup"_s,
               u"title"_s }
        << QStringList { u"ownUserId"_s, u"data:first_name"_s, u"data:last_name"_s, u"data:email"_s,
               u"data:customer_group"_s, u"data:title"_s };
    QTest::newRow("users, documented keys as written")
        << Operation::UpdateUsers
        << QStringList { u"ownUserId"_s, u"first_name"_s, u"last_name"_s, u"customer_group"_s }
        << QStringList { u"ownUserId"_s, u"data:first_name"_s, u"data:last_name"_s,
               u"data:customer_group"_s };
    QTest::newRow("users, English labels")
        << Operation::CreateUsers
        << QStringList { u"User ID"_s, u"First name"_s, u"Last Name"_s, u"E-mail"_s, u"Customer Group"_s }
        << QStringList { u"ownUserId"_s, u"data:first_name"_s, u"data:last_name"_s, u"data:email"_s,
               u"data:customer_group"_s };
    QTest::newRow("users, Korean documented")
        << Operation::CreateUsers
        << QStringList { u"사번"_s, u"이름"_s, u"성"_s, u"이메일"_s, u"고객 그룹"_s }
        << QStringList { u"ownUserId"_s, u"data:first_name"_s, u"data:last_name"_s, u"data:email"_s,
               u"data:customer_group"_s };
    QTest::newRow("users, Japanese documented")
        << Operation::CreateUsers
        << QStringList { u"社員番号"_s, u"名"_s, u"姓"_s, u"メールアドレス"_s, u"顧客グループ"_s }
        << QStringList { u"ownUserId"_s, u"data:first_name"_s, u"data:last_name"_s, u"data:email"_s,
               u"data:customer_group"_s };
    QTest::newRow("users delete: no data")
        << Operation::DeleteUsers << QStringList { u"社員番号"_s, u"name"_s }
        << QStringList { u"ownUserId"_s, u""_s };
    QTest::newRow("second column for a field is ignored")
        << Operation::RemoveMembers << QStringList { u"email"_s, u"Email Address"_s }
        << QStringList { u"email"_s, u""_s };
}

void TestBulkOperations::autoMap()
{
    QFETCH(Operation, op);
    QFETCH(QStringList, header);
    QFETCH(QStringList, expected);
    const QList<ColumnMapping> mapping = OperationSpec::autoMap(op, header);
    QCOMPARE(mapping.size(), header.size());
    for (int i = 0; i < header.size(); ++i)
        QCOMPARE(mapping.at(i).column, header.at(i));
    QCOMPARE(targets(mapping), expected);
}

void TestBulkOperations::requiredFields()
{
    // Empty cell in a mapped required column.
    QList<PreparedRow> rows = prepare(Operation::CreateAgents, u"email,password\na@b.co,\n"_s);
    QCOMPARE(problems(rows.at(0)), u"E:password:Password is empty."_s);
    QVERIFY(!rows.at(0).isValid());
    // Whitespace only counts as empty.
    rows = prepare(Operation::RemoveMembers, u"email,x\n  ,1\n"_s);
    QCOMPARE(problems(rows.at(0)), u"E:email:Email is empty."_s);
    // A required field with no column at all.
    rows = prepare(Operation::UpdateMemberGroups, u"email,name\na@b.co,Kim\n"_s);
    QCOMPARE(problems(rows.at(0)), u"E::No column is mapped to Permission groups."_s);
    rows = prepare(Operation::CreateUsers, u"name\nKim\n"_s);
    QCOMPARE(problems(rows.at(0)), u"E::No column is mapped to User ID (ownUserId)."_s);
    // Optional fields may be empty.
    rows = prepare(Operation::InviteMembers, u"email,firstName,locale,groups\na@b.co,,,\n"_s);
    QCOMPARE(problems(rows.at(0)), QString());
}

void TestBulkOperations::invalidEmail()
{
    const QList<PreparedRow> rows = prepare(
        Operation::InviteMembers, u"email\nkim@example\n\"kim @example.com\"\n kim@example.com \n"_s);
    QCOMPARE(problems(rows.at(0)),
        u"E:email:\"kim@example\" is not a valid email address. Alli does not document this rule: the row can be sent anyway."_s);
    QCOMPARE(problems(rows.at(1)),
        u"E:email:\"kim @example.com\" is not a valid email address. Alli does not document this rule: the row can be sent anyway."_s);
    // Surrounding spaces are trimmed, in the key and the payload.
    QCOMPARE(problems(rows.at(2)), QString());
    QCOMPARE(rows.at(2).key, u"kim@example.com"_s);
    QCOMPARE(rows.at(2).payload.object().value(u"email"_s).toString(), u"kim@example.com"_s);
}

void TestBulkOperations::duplicateKeys()
{
    const QList<PreparedRow> rows
        = prepare(Operation::RemoveMembers, u"email\na@b.co\nc@d.co\n\nA@B.co\na@b.co\n"_s);
    QCOMPARE(problems(rows.at(0)), QString());
    QCOMPARE(problems(rows.at(1)), QString());
    QCOMPARE(problems(rows.at(2)), u"E:email:Email \"A@B.co\" already appears on line 2."_s);
    QCOMPARE(problems(rows.at(3)), u"E:email:Email \"a@b.co\" already appears on line 2."_s);
    QCOMPARE(rows.at(3).line, 6);

    const QList<PreparedRow> users = prepare(Operation::DeleteUsers, u"ownUserId\nE1\nE1\n"_s);
    QCOMPARE(problems(users.at(1)), u"E:ownUserId:User ID (ownUserId) \"E1\" already appears on line 2."_s);

    // Keys of any script compare by their case folding: "ÄBC" is "äbc", and the Kelvin sign
    // (U+212A) folds to the ASCII "k", so "\u212A1" is "K1" on line 4. Different keys whose
    // letters differ only in accents stay different.
    const QList<PreparedRow> folded = prepare(
        Operation::DeleteUsers, u"ownUserId\n\u00C4BC\nK1\n\u00E4bc\n\u212A1\nabc\n\u00E4bd\nk1\n"_s);
    QCOMPARE(folded.size(), 7);
    QCOMPARE(problems(folded.at(0)), QString());
    QCOMPARE(problems(folded.at(1)), QString());
    QCOMPARE(
        problems(folded.at(2)), u"E:ownUserId:User ID (ownUserId) \"\u00E4bc\" already appears on line 2."_s);
    QCOMPARE(
        problems(folded.at(3)), u"E:ownUserId:User ID (ownUserId) \"\u212A1\" already appears on line 3."_s);
    QCOMPARE(problems(folded.at(4)), QString());
    QCOMPARE(problems(folded.at(5)), QString());
    QCOMPARE(problems(folded.at(6)), u"E:ownUserId:User ID (ownUserId) \"k1\" already appears on line 3."_s);

    // Many keys, each once and then each again in another case: every second one is flagged
    // with the line of the first (the table of keys never confuses two keys of the same hash
    // bucket).
    QString many = u"email\n"_s;
    for (int i = 0; i < 3000; ++i)
        many += u"user%1@example.com\n"_s.arg(i);
    for (int i = 0; i < 3000; ++i)
        many += u"USER%1@EXAMPLE.COM\n"_s.arg(i);
    const QList<PreparedRow> twice = prepare(Operation::RemoveMembers, many);
    QCOMPARE(twice.size(), 6000);
    for (int i = 0; i < 3000; ++i) {
        QVERIFY2(twice.at(i).isValid(), qPrintable(problems(twice.at(i))));
        QCOMPARE(problems(twice.at(3000 + i)),
            u"E:email:Email \"USER%1@EXAMPLE.COM\" already appears on line %2."_s.arg(i).arg(i + 2));
    }
}

// A large file's rows are prepared on two threads (the key check first, on one): every row must
// come out as it would alone in file order, duplicates across the halves included.
void TestBulkOperations::largeFilesPreparedAsSmallOnes()
{
    constexpr int kRows = 24000; // above the two-thread threshold; halves at row 12,000
    const QString header = u"ownUserId,firstName,email\n"_s;
    const auto line = [](const QString& key, const QString& name) -> QString {
        return key + u',' + name + u',' + key.toLower() + u"@example.com\n"_s;
    };
    QString text = header;
    for (int i = 0; i < kRows; ++i) {
        QString key = u"U%1"_s.arg(i);
        if (i == 23000)
            key = u"u5"_s; // the first half's row 5, line 7
        else if (i == 12001)
            key = u"U12000"_s; // the row before, both in the second half
        else if (i == 11999)
            key = u"U23999"_s; // a key the second half has later: that later row is the duplicate
        // A formula-like name, on each side: a warning of the row's own.
        const QString name = (i == 11998 || i == 20000) ? u"=1+%1"_s.arg(i) : u"Name%1"_s.arg(i);
        text += line(key, name);
    }
    const QList<PreparedRow> rows = prepare(Operation::CreateUsers, text);
    QCOMPARE(rows.size(), kRows);
    QStringList wrong;
    for (int i = 0; i < kRows; ++i) {
        const PreparedRow& row = rows.at(i);
        QString expected;
        if (i == 23000)
            expected = u"E:ownUserId:User ID (ownUserId) \"u5\" already appears on line 7."_s;
        else if (i == 12001)
            expected = u"E:ownUserId:User ID (ownUserId) \"U12000\" already appears on line 12002."_s;
        else if (i == 23999)
            expected = u"E:ownUserId:User ID (ownUserId) \"U23999\" already appears on line 12001."_s;
        else if (i == 11998 || i == 20000) { // as the row alone says
            const QList<PreparedRow> alone
                = prepare(Operation::CreateUsers, header + line(row.key, u"=1+%1"_s.arg(i)));
            QCOMPARE(alone.size(), 1);
            expected = problems(alone.constFirst());
        }
        if (row.index != i || row.line != i + 2 || problems(row) != expected)
            wrong << u"row %1 (index %2, line %3): %4"_s.arg(i).arg(row.index).arg(row.line).arg(
                problems(row));
        if (i == 11998)
            QVERIFY2(expected.startsWith(u"W:firstName:"_s), qPrintable(expected));
        if (!expected.startsWith(u"E:"_s)) {
            // Its payload, written by whichever thread prepared it.
            const QJsonObject payload = row.payload.object();
            if (payload.value(u"ownUserId"_s).toString() != row.key
                || !row.payload.json().contains(u"%1@example.com"_s.arg(row.key.toLower()).toUtf8()))
                wrong << u"row %1: payload %2"_s.arg(i).arg(QString::fromUtf8(row.payload.json()));
        }
        if (wrong.size() > 5)
            break;
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

// alli-admin-cli prepares a large file a batch at a time while the first batches are sent:
// the batches, in order, are the very rows prepare() makes of the file (duplicates found across
// batches, in both directions of the file, with the same lines and payloads); stopping after a
// batch hands over nothing more.
void TestBulkOperations::batchesAreTheSameRows()
{
    QString text = u"ownUserId,firstName,email\n"_s;
    constexpr int kRows = 5000;
    for (int i = 0; i < kRows; ++i) {
        QString key = u"B%1"_s.arg(i);
        if (i == 3500)
            key = u"b10"_s; // a duplicate of row 10, two batches earlier
        else if (i == 1000)
            key = u"B999"_s; // the first row of a batch, a duplicate of the last of the one before
        if (i == 2222)
            key.clear(); // an error of the row's own
        text += u"%1,Name %2,%3@example.com\n"_s.arg(key).arg(i).arg(key.toLower());
    }
    const CsvTable t = table(text);
    const QList<ColumnMapping> mapping = OperationSpec::autoMap(Operation::CreateUsers, t.header);
    const QList<PreparedRow> whole = RowValidator::prepare(Operation::CreateUsers, t, mapping);
    QCOMPARE(whole.size(), kRows);
    QVERIFY(problems(whole.at(3500)).contains(u"already appears on line 12"_s));
    QVERIFY(problems(whole.at(1000)).contains(u"already appears on line 1001"_s));
    QVERIFY(!whole.at(2222).isValid());

    QList<qsizetype> sizes;
    QList<PreparedRow> batched;
    QVERIFY(RowValidator::prepareInBatches(
        Operation::CreateUsers, t, mapping, {}, 1000, [&](QList<PreparedRow> rows) {
            sizes.append(rows.size());
            batched += rows;
            return true;
        }));
    QCOMPARE(sizes, (QList<qsizetype> { 1000, 1000, 1000, 1000, 1000 }));
    QCOMPARE(batched.size(), kRows);
    QStringList wrong;
    for (int i = 0; i < kRows && wrong.size() < 5; ++i) {
        const PreparedRow& a = whole.at(i);
        const PreparedRow& b = batched.at(i);
        if (a.index != b.index || a.line != b.line || a.key != b.key || problems(a) != problems(b)
            || a.payload.json() != b.payload.json() || a.cells.toList() != b.cells.toList())
            wrong << u"row %1: %2 / %3"_s.arg(i).arg(problems(a), problems(b));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));

    // An uneven last batch; and stopped after the second batch, nothing more is handed over.
    sizes.clear();
    QVERIFY(RowValidator::prepareInBatches(Operation::CreateUsers, t, mapping, {}, 3000,
        [&](QList<PreparedRow> rows) { return sizes.append(rows.size()), true; }));
    QCOMPARE(sizes, (QList<qsizetype> { 3000, 2000 }));
    sizes.clear();
    QVERIFY(!RowValidator::prepareInBatches(Operation::CreateUsers, t, mapping, {}, 1000,
        [&](QList<PreparedRow> rows) { return sizes.append(rows.size()), sizes.size() < 2; }));
    QCOMPARE(sizes.size(), 2);
}

void TestBulkOperations::unknownGroups()
{
    ValidationContext context;
    context.knownGroupNames = { u"sales"_s, u"support"_s };
    // Invite: a warning, the group will be created; the row stays valid.
    QList<PreparedRow> rows
        = prepare(Operation::InviteMembers, u"email,groups\na@b.co,Sales;Marketing|support\n"_s, context);
    QCOMPARE(problems(rows.at(0)),
        u"W:groups:Permission group \"Marketing\" does not exist; it will be created."_s);
    QVERIFY(rows.at(0).isValid());
    // Update groups: an error.
    rows = prepare(Operation::UpdateMemberGroups, u"email,groups\na@b.co,Sales|Marketing\n"_s, context);
    QCOMPARE(problems(rows.at(0)),
        u"E:groups:Permission group \"Marketing\" does not exist. Alli does not document this rule: the row can be sent anyway."_s);
    // Agents: one group, an error.
    rows = prepare(Operation::CreateAgents,
        u"email,password,group\na@b.co,Aa345678,Marketing\nc@d.co,Aa345678,SALES\n"_s, context);
    QCOMPARE(problems(rows.at(0)),
        u"E:group:Permission group \"Marketing\" does not exist. Alli does not document this rule: the row can be sent anyway."_s);
    QCOMPARE(problems(rows.at(1)), QString());
    // Unknown context: nothing checked.
    rows = prepare(Operation::UpdateMemberGroups, u"email,groups\na@b.co,Anything\n"_s);
    QCOMPARE(problems(rows.at(0)), QString());
}

void TestBulkOperations::locales()
{
    const QList<PreparedRow> rows
        = prepare(Operation::InviteMembers, u"email,locale\na@b.co,KO\nc@d.co,kor\ne@f.co,xx\ng@h.co,ja\n"_s);
    QCOMPARE(problems(rows.at(0)), QString());
    QCOMPARE(rows.at(0).payload.object().value(u"locale"_s).toString(), u"ko"_s);
    QCOMPARE(problems(rows.at(1)),
        u"E:locale:\"kor\" is not a two-letter language code (ISO 639-1) such as ko, ja or en."_s);
    QCOMPARE(problems(rows.at(2)),
        u"E:locale:\"xx\" is not a two-letter language code (ISO 639-1) such as ko, ja or en."_s);
    QCOMPARE(problems(rows.at(3)), QString());
    QVERIFY(RowValidator::isValidLocale(u"en"_s));
    QVERIFY(!RowValidator::isValidLocale(u"en-US"_s));
    QVERIFY(!RowValidator::isValidLocale(u"한국"_s));
}

void TestBulkOperations::passwords()
{
    const QList<PreparedRow> rows = prepare(Operation::CreateAgents,
        u"email,password\na@b.co,short1A\nc@d.co,alllowercase1\ne@f.co,Good-pass\n"_s);
    // Three classes are documented (an error); a length is not (held back, can be sent anyway).
    QCOMPARE(problems(rows.at(0)),
        u"E:password:The password has fewer than 8 characters. Alli does not document this rule: the row can be sent anyway."_s);
    QVERIFY(!rows.at(0).isValid());
    QVERIFY(rows.at(0).isHeldByUnconfirmedRules());
    QVERIFY(!rows.at(1).isHeldByUnconfirmedRules());
    QCOMPARE(problems(rows.at(1)),
        u"E:password:The password must have three of: lowercase letters, uppercase letters, digits, other "
        "characters."_s);
    QVERIFY(!rows.at(1).isValid());
    QCOMPARE(problems(rows.at(2)), QString());
    // The message never repeats the password.
    QVERIFY(!problems(rows.at(0)).contains(u"short1A"_s));
}

void TestBulkOperations::existingKeys()
{
    ValidationContext context;
    context.existingKeys = { u"e1"_s, u"a@b.co"_s };
    QList<PreparedRow> rows = prepare(Operation::CreateUsers, u"ownUserId\nE1\nE2\n"_s, context);
    // Rows the look-up shows will fail are errors on the row (left out of the send, counted with
    // the problems), each with the way out.
    QCOMPARE(problems(rows.at(0)),
        u"E:ownUserId:User ID (ownUserId) \"E1\" already exists: switch to \"Update users\", or leave this "
        u"row "
        u"out. Alli does not document this rule: the row can be sent anyway."_s);
    QVERIFY(!rows.at(0).isValid());
    QCOMPARE(problems(rows.at(1)), QString());
    rows = prepare(Operation::UpdateUsers, u"ownUserId\nE1\nE2\n"_s, context);
    QCOMPARE(problems(rows.at(0)), QString());
    QCOMPARE(problems(rows.at(1)),
        u"E:ownUserId:User ID (ownUserId) \"E2\" was not found: switch to \"Create users\", or leave this "
        u"row "
        u"out. Alli does not document this rule: the row can be sent anyway."_s);
    // An invite of a member who is there updates their groups: a warning, still sent.
    rows = prepare(Operation::InviteMembers, u"email\nA@b.co\n"_s, context);
    QCOMPARE(
        problems(rows.at(0)), u"W:email:Email \"A@b.co\" is already a member: their groups are updated."_s);
    QVERIFY(rows.at(0).isValid());
    rows = prepare(Operation::RemoveMembers, u"email\nx@y.co\n"_s, context);
    QCOMPARE(problems(rows.at(0)),
        u"E:email:Email \"x@y.co\" was not found: there is nothing to change, leave this row out. Alli does not document this rule: the row can be sent anyway."_s);
}

void TestBulkOperations::sendUnconfirmedTurnsGuessesIntoWarnings()
{
    ValidationContext context;
    context.knownGroupNames = { u"sales"_s };
    context.existingKeys = { u"taken@example.com"_s };
    const QString csv = u"email,password,group,locale\n"
                        "short@example.com,Ab1!xyz,Sales,ko\n" // length: ours
                        "odd@intranet,Aa345678!,Sales,ko\n" // e-mail syntax: ours
                        "group@example.com,Aa345678!,Marketing,ko\n" // unknown group: ours
                        "taken@example.com,Aa345678!,Sales,ko\n" // exists: ours
                        "weak@example.com,abcdefghij,Sales,ko\n" // three classes: documented
                        "locale@example.com,Aa345678!,Sales,kor\n" // locale code: documented
                        "short@example.com,Ab1!xyz9,Sales,ko\n"_s; // twice in the file: the engine's
    const QList<PreparedRow> held = prepare(Operation::CreateAgents, csv, context);
    context.sendUnconfirmed = true;
    const QList<PreparedRow> sent = prepare(Operation::CreateAgents, csv, context);
    QCOMPARE(sent.size(), 7);
    for (int r = 0; r < 4; ++r) {
        QVERIFY2(held.at(r).isHeldByUnconfirmedRules(), qPrintable(problems(held.at(r))));
        QVERIFY2(sent.at(r).isValid(), qPrintable(problems(sent.at(r))));
        QVERIFY2(problems(sent.at(r)).startsWith(u"W:"_s), qPrintable(problems(sent.at(r))));
        QVERIFY2(problems(sent.at(r)).endsWith(u"Sent anyway, as asked: the server decides."_s),
            qPrintable(problems(sent.at(r))));
        QVERIFY(sent.at(r).hasUnconfirmedProblem());
        QVERIFY(!sent.at(r).payload.isEmpty()); // a request is built
    }
    QCOMPARE(sent.at(2).payload.object().value(u"permission_group_name"_s).toString(), u"Marketing"_s);
    for (int r = 4; r < 7; ++r) {
        QVERIFY2(!held.at(r).isHeldByUnconfirmedRules(), qPrintable(problems(held.at(r))));
        QVERIFY2(!sent.at(r).isValid(), qPrintable(problems(sent.at(r))));
        QVERIFY(!sent.at(r).hasUnconfirmedProblem());
    }
}

void TestBulkOperations::payloads_data()
{
    QTest::addColumn<Operation>("op");
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("payload");

    QTest::newRow("users create") << Operation::CreateUsers << u"사번,이름,부서,직급\nE1,김지훈, 영업부 ,\n"_s
                                  << u"E1"_s
                                  << u"{\"data\":[{\"key\":\"first_name\",\"value\":\"김지훈\"},{\"key\":"
                                     u"\"부서\",\"value\":\" 영업부 \"}],"
                                     "\"ownUserId\":\"E1\"}"_s;
    QTest::newRow("users update")
        << Operation::UpdateUsers << u"ownUserId,title\nE2,Manager\n"_s << u"E2"_s
        << u"{\"data\":[{\"key\":\"title\",\"value\":\"Manager\"}],\"ownUserId\":\"E2\"}"_s;
    QTest::newRow("users delete") << Operation::DeleteUsers << u"ownUserId,name\nE3,Kim\n"_s << u"E3"_s
                                  << u"{\"ownUserId\":\"E3\"}"_s;
    QTest::newRow("members invite, full")
        << Operation::InviteMembers
        << u"email,firstName,lastName,locale,groups,attribute.dept,attribute.site\na@b.co,Jihoon,Kim,ko,Sales; Support |Sales,영업,\n"_s
        << u"a@b.co"_s
        << u"{\"attributes\":{\"dept\":\"영업\"},\"email\":\"a@b.co\",\"firstName\":\"Jihoon\",\"groups\":["
           u"\"Sales\","
           "\"Support\"],\"lastName\":\"Kim\",\"locale\":\"ko\"}"_s;
    QTest::newRow("members invite, optional fields omitted")
        << Operation::InviteMembers << u"email,firstName,groups,attribute.dept\na@b.co,,,\n"_s << u"a@b.co"_s
        << u"{\"email\":\"a@b.co\"}"_s;
    QTest::newRow("members update groups")
        << Operation::UpdateMemberGroups << u"email,groups\na@b.co,A|B\n"_s << u"a@b.co"_s
        << u"{\"email\":\"a@b.co\",\"groups\":[\"A\",\"B\"]}"_s;
    QTest::newRow("members remove") << Operation::RemoveMembers << u"email,groups\na@b.co,A\n"_s
                                    << u"a@b.co"_s << u"{\"email\":\"a@b.co\"}"_s;
    QTest::newRow("agents create")
        << Operation::CreateAgents << u"email,password,locale,group\nagent@b.co,Aa-45678,JA,Agents\n"_s
        << u"agent@b.co"_s
        << u"{\"email\":\"agent@b.co\",\"locale\":\"ja\",\"password\":\"Aa-45678\","
           "\"permission_group_name\":\"Agents\"}"_s;
    QTest::newRow("agents create, minimal")
        << Operation::CreateAgents << u"email,password\nagent@b.co,Aa-45678\n"_s << u"agent@b.co"_s
        << u"{\"email\":\"agent@b.co\",\"password\":\"Aa-45678\"}"_s;
    QTest::newRow("agents delete") << Operation::DeleteAgents << u"email,password\nagent@b.co,x\n"_s
                                   << u"agent@b.co"_s << u"{\"deleteFlag\":true,\"email\":\"agent@b.co\"}"_s;
}

void TestBulkOperations::payloads()
{
    QFETCH(Operation, op);
    QFETCH(QString, csv);
    QFETCH(QString, key);
    QFETCH(QString, payload);
    const QList<PreparedRow> rows = prepare(op, csv);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(problems(rows.at(0)), QString());
    QCOMPARE(rows.at(0).key, key);
    QCOMPARE(json(rows.at(0).payload.object()), payload);
}

void TestBulkOperations::linesAndCells()
{
    const CsvTable t = table(u"email,name\na@b.co,\"Kim\nJihoon\"\n\nc@d.co,Lee\n"_s);
    const QList<PreparedRow> rows = RowValidator::prepare(
        Operation::RemoveMembers, t, OperationSpec::autoMap(Operation::RemoveMembers, t.header));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).index, 0);
    QCOMPARE(rows.at(0).line, 2);
    QCOMPARE(rows.at(0).cells.toList(), (QStringList { u"a@b.co"_s, u"Kim\nJihoon"_s }));
    QCOMPARE(rows.at(1).index, 1);
    QCOMPARE(rows.at(1).line, 5);
}

void TestBulkOperations::manualMapping()
{
    // The user maps an unrecognised column by hand and ignores a recognised one.
    const CsvTable t = table(u"Mitarbeiter-Mail,email\na@b.co,ignored@x.co\n"_s);
    const QList<ColumnMapping> mapping { { u"Mitarbeiter-Mail"_s, u"email"_s }, { u"email"_s, QString() } };
    const QList<PreparedRow> rows = RowValidator::prepare(Operation::RemoveMembers, t, mapping);
    QCOMPARE(rows.at(0).key, u"a@b.co"_s);
    QCOMPARE(problems(rows.at(0)), QString());
}

void TestBulkOperations::isValidEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"kim@example.com"_s << true;
    QTest::newRow("plus and dots") << u"first.last+tag@mail.example.co.kr"_s << true;
    QTest::newRow("IDN domain") << u"kim@회사.한국"_s << true;
    QTest::newRow("no at") << u"kim.example.com"_s << false;
    QTest::newRow("no domain dot") << u"kim@example"_s << false;
    QTest::newRow("two ats") << u"a@b@c.com"_s << false;
    QTest::newRow("space") << u"kim lee@example.com"_s << false;
    QTest::newRow("leading dot") << u".kim@example.com"_s << false;
    QTest::newRow("double dot") << u"kim..lee@example.com"_s << false;
    QTest::newRow("hyphen label") << u"kim@-example.com"_s << false;
    QTest::newRow("empty label") << u"kim@example..com"_s << false;
    QTest::newRow("one-letter TLD") << u"kim@example.c"_s << false;
    QTest::newRow("empty") << u""_s << false;
    QTest::newRow("Korean local part") << u"김@example.com"_s << false;
}

void TestBulkOperations::isValidEmail()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(RowValidator::isValidEmail(email), valid);
}

void TestBulkOperations::isStrongPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("strong");
    QTest::newRow("lower upper digit") << u"Abcdefg1"_s << true;
    QTest::newRow("lower upper other") << u"Abcdefg!"_s << true;
    QTest::newRow("lower digit other") << u"abcdef1!"_s << true;
    QTest::newRow("all four") << u"Ab1!Ab1!"_s << true;
    QTest::newRow("short is not a documented rule") << u"Ab1!"_s << true;
    QTest::newRow("two classes") << u"abcdefg1"_s << false;
    QTest::newRow("one class") << u"ABCDEFGHIJ"_s << false;
    QTest::newRow("Hangul counts as other") << u"abcdef1한"_s << true;
}

void TestBulkOperations::isStrongPassword()
{
    QFETCH(QString, password);
    QFETCH(bool, strong);
    QCOMPARE(RowValidator::isStrongPassword(password), strong);
}

void TestBulkOperations::templates_data()
{
    QTest::addColumn<Operation>("op");
    for (Operation op : allOperations())
        QTest::newRow(qPrintable(operationId(op))) << op;
}

void TestBulkOperations::templates()
{
    QFETCH(Operation, op);
    const QByteArray bytes = OperationSpec::templateCsv(op);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(OperationSpec::templateFileName(op), u"alli-"_s + operationId(op) + u"-template.csv"_s);

    auto r = CsvReader::read(bytes);
    QVERIFY(std::holds_alternative<CsvTable>(r));
    const CsvTable t = std::get<CsvTable>(r);
    QCOMPARE(t.encoding, Encoding::Utf8);
    QVERIFY(t.hadBom);
    QCOMPARE(t.rowCount(), 1);

    // Every template column is recognised, and every field of the operation has a column.
    const QList<ColumnMapping> mapping = OperationSpec::autoMap(op, t.header);
    const QStringList mapped = targets(mapping);
    QVERIFY2(!mapped.contains(QString()), qPrintable(mapped.join(u',')));
    for (const FieldInfo& f : OperationSpec::fields(op)) {
        QVERIFY2(mapped.contains(f.target), qPrintable(f.target));
        QVERIFY(!f.label().isEmpty());
    }
    const QList<PreparedRow> rows = RowValidator::prepare(op, t, mapping);
    QCOMPARE(problems(rows.at(0)), QString());
    QVERIFY(!rows.at(0).key.isEmpty());
}

// Payloads are written as JSON text directly: every character a cell can hold must come back
// exactly when the text is parsed (quotes, backslashes, control characters, any script).
void TestBulkOperations::payloadTextIsValidJson()
{
    const QStringList values { u"plain"_s, u"say \"hi\""_s, u"back\\slash"_s, u"line\nbreak\ttab\r"_s,
        QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f), u"김민수 佐藤花子"_s, u"😀 emoji"_s, QString(),
        u"</script>"_s };
    for (const QString& value : values) {
        const RowPayload payload
            = PayloadWriter().string("k"_L1, value).strings("list"_L1, { value, value }).finish();
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(payload.json(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, payload.json().constData());
        QCOMPARE(doc.object().value(u"k"_s).toString(), value);
        QCOMPARE(doc.object().value(u"list"_s).toArray().at(1).toString(), value);
    }
    const RowPayload users = PayloadWriter()
                                 .string("ownUserId"_L1, u"U1"_s)
                                 .beginArray("data"_L1)
                                 .keyValue(u"firstName", u"A")
                                 .keyValue(u"dept", u"B")
                                 .endArray()
                                 .boolean("deleteFlag"_L1, false)
                                 .beginObject("attributes"_L1)
                                 .member(u"x", u"1")
                                 .endObject()
                                 .finish();
    QCOMPARE(users.json(),
        QByteArray(R"({"ownUserId":"U1","data":[{"key":"firstName","value":"A"},{"key":"dept","value":"B"}],)"
                   R"("deleteFlag":false,"attributes":{"x":"1"}})"));
}

QTEST_GUILESS_MAIN(TestBulkOperations)
#include "tst_bulkoperations.moc"
