// Rows pasted from spreadsheets: tab-separated text as Excel and LibreOffice put it on the
// clipboard (quoting, CRLF, the trailing line break), with a Korean or Japanese header or none,
// and their HTML tables; and the refusals, each with its reason.

#include "clipboardtable.h"
#include "operations.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Alli::Bulk;

class TestClipboardTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tsvWithKoreanHeaderMapsLikeAFile();
    void tsvWithoutHeaderTakesTheTemplateOrder();
    void quotedCellsKeepTabsQuotesAndLineBreaks();
    void oneLineOfData();
    void tsvTextRoundTrips();
    void excelHtmlTable();
    void htmlWinsOverText();
    void refusals_data();
    void refusals();
    void pastedRowsValidateLikeAFile();
};

namespace
{
PastedTable readOk(Operation op, const QString& text, const QString& html = {})
{
    auto read = ClipboardTable::read(op, text, html);
    if (auto* error = std::get_if<CsvError>(&read)) {
        qWarning() << error->message;
        return {};
    }
    return std::get<PastedTable>(read);
}
} // namespace

void TestClipboardTable::tsvWithKoreanHeaderMapsLikeAFile()
{
    // As Excel copies it: CRLF line ends and a final line break.
    const PastedTable p = readOk(Operation::InviteMembers,
        u"이메일\t이름\t성\t권한 그룹\r\nminji.kim@example.com\t민지\t김\t영업부;지원팀\r\nhana@example.jp\t花\t山田\t\r\n"_s);
    QVERIFY(p.headerFound);
    QCOMPARE(p.table.header, (QStringList { u"이메일"_s, u"이름"_s, u"성"_s, u"권한 그룹"_s }));
    QCOMPARE(p.table.rowCount(), 2);
    QCOMPARE(p.table.rowCells(0),
        (QStringList { u"minji.kim@example.com"_s, u"민지"_s, u"김"_s, u"영업부;지원팀"_s }));
    QCOMPARE(p.table.rowCells(1).value(3), QString()); // an empty last cell stays a cell
    const QList<ColumnMapping> mapping = OperationSpec::autoMap(Operation::InviteMembers, p.table.header);
    QCOMPARE(mapping.at(0).target, u"email"_s);
    QCOMPARE(mapping.at(1).target, u"firstName"_s);
    QCOMPARE(mapping.at(2).target, u"lastName"_s);
    QCOMPARE(mapping.at(3).target, u"groups"_s);
    // Japanese headers, users: 社員番号 is the key.
    const PastedTable users = readOk(Operation::CreateUsers, u"社員番号\t名\t姓\nE1\t花子\t佐藤\n"_s);
    QVERIFY(users.headerFound);
    QCOMPARE(OperationSpec::autoMap(Operation::CreateUsers, users.table.header).at(0).target, u"ownUserId"_s);
}

void TestClipboardTable::tsvWithoutHeaderTakesTheTemplateOrder()
{
    const PastedTable p
        = readOk(Operation::CreateAgents, u"a.lee@example.com\tPass-word1\tko\tAgents\textra\n"_s);
    QVERIFY(!p.headerFound);
    QCOMPARE(
        p.table.header, (QStringList { u"email"_s, u"password"_s, u"locale"_s, u"group"_s, u"column 5"_s }));
    QCOMPARE(p.table.rowCount(), 1);
    QCOMPARE(p.table.rowCells(0).value(1), u"Pass-word1"_s);
    QCOMPARE(p.table.line(0), 1); // the first pasted line
    QCOMPARE(p.templateColumns, 4);
    const QList<ColumnMapping> mapping = p.mapping(Operation::CreateAgents);
    QCOMPARE(mapping.value(0).target, u"email"_s);
    QCOMPARE(mapping.value(3).target, u"group"_s);
    QCOMPARE(mapping.value(4).target, QString()); // "column 5" is not sent
    // Users map named columns to data keys: not a made-up one.
    const PastedTable users = readOk(Operation::UpdateUsers, u"E1\tKim\t\t\t\t\tx\ty\n"_s);
    const QList<ColumnMapping> userMapping = users.mapping(Operation::UpdateUsers);
    QCOMPARE(userMapping.value(0).target, u"ownUserId"_s);
    QCOMPARE(userMapping.value(1).target, u"data:first_name"_s);
    QCOMPARE(userMapping.value(6).target, QString());
    QCOMPARE(userMapping.value(7).target, QString());
    // Data rows with empty and repeated cells are rows, not a header.
    const PastedTable q = readOk(Operation::InviteMembers, u"a@b.co\t\t\t\t\r\nc@d.co\t\t\t\t\r\n"_s);
    QVERIFY(!q.headerFound);
    QCOMPARE(q.table.rowCount(), 2);
    QCOMPARE(q.table.rowCells(1).value(0), u"c@d.co"_s);
}

void TestClipboardTable::quotedCellsKeepTabsQuotesAndLineBreaks()
{
    // Excel quotes a cell that holds a tab, a quote or a line break.
    const PastedTable p = readOk(Operation::CreateUsers,
        u"ownUserId\tnote\r\nE1\t\"two\nlines\"\r\nE2\t\"a \"\"quote\"\" and\ta tab\"\r\n"_s);
    QVERIFY(p.headerFound);
    QCOMPARE(p.table.rowCount(), 2);
    QCOMPARE(p.table.rowCells(0).value(1), u"two\nlines"_s);
    QCOMPARE(p.table.rowCells(1).value(1), u"a \"quote\" and\ta tab"_s);
}

void TestClipboardTable::oneLineOfData()
{
    const PastedTable p = readOk(Operation::RemoveMembers, u"someone@example.com"_s);
    QVERIFY(!p.headerFound);
    QCOMPARE(p.table.rowCount(), 1);
    QCOMPARE(p.table.rowCells(0), QStringList { u"someone@example.com"_s });
}

void TestClipboardTable::tsvTextRoundTrips()
{
    const QList<QStringList> rows { { u"plain"_s, u"tab\there"_s, u"two\nlines"_s },
        { u"\"quoted\""_s, QString(), u"김\r\n지훈"_s } };
    const QString text = ClipboardTable::tsvText(rows);
    QCOMPARE(text.section(u"\r\n"_s, 0, 0), u"plain\t\"tab\there\"\t\"two\nlines\""_s);
    QString trimmed = text;
    trimmed.chop(2);
    std::optional<CsvError> error;
    QList<QStringList> back = ClipboardTable::tsvRows(trimmed, &error);
    QVERIFY(!error);
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(0), rows.at(0));
    QCOMPARE(back.at(1).value(0), u"\"quoted\""_s);
    QCOMPARE(back.at(1).value(2), u"김\n지훈"_s); // CRLF inside a cell reads as a line break
}

void TestClipboardTable::excelHtmlTable()
{
    // Trimmed from what Excel for Windows puts on the clipboard: style, classes, <br>, &nbsp;,
    // entities, a cell without its closing tag, and a merged cell.
    const QString html = uR"(<html><head><style>td {mso-number-format:"\@";}</style></head><body>
<table border=0 cellpadding=0 cellspacing=0 width=300>
 <tr height=20>
  <td class=xl65 height=20>사번</td>
  <td class=xl65>이름</td>
  <td>부서</td>
 </tr>
 <tr><td>00123</td><td>김&nbsp;지훈</td><td>R&amp;D<br>2팀</td></tr>
 <tr><td>E&#45;7<td colspan=2>&lt;merged&gt;</td></tr>
</table></body></html>)"_s;
    const PastedTable p = readOk(Operation::CreateUsers, u"ignored\ttext"_s, html);
    QVERIFY(p.headerFound);
    QCOMPARE(p.table.header, (QStringList { u"사번"_s, u"이름"_s, u"부서"_s }));
    QCOMPARE(p.table.rowCount(), 2);
    QCOMPARE(p.table.rowCells(0), (QStringList { u"00123"_s, u"김 지훈"_s, u"R&D\n2팀"_s }));
    QCOMPARE(p.table.rowCells(1), (QStringList { u"E-7"_s, u"<merged>"_s, QString() }));
}

void TestClipboardTable::htmlWinsOverText()
{
    const QString html = u"<table><tr><th>email</th></tr><tr><td>from.html@example.com</td></tr></table>"_s;
    const PastedTable p = readOk(Operation::RemoveMembers, u"email\nfrom.text@example.com\n"_s, html);
    QCOMPARE(p.table.rowCells(0).value(0), u"from.html@example.com"_s);
    // HTML without a table (a rich-text paste): the text is read.
    const PastedTable q
        = readOk(Operation::RemoveMembers, u"email\nfrom.text@example.com\n"_s, u"<b>x</b>"_s);
    QCOMPARE(q.table.rowCells(0).value(0), u"from.text@example.com"_s);
}

void TestClipboardTable::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QString() << u"holds no rows"_s;
    QTest::newRow("blank lines") << u"\r\n\r\n"_s << u"holds no rows"_s;
    QTest::newRow("header only") << u"email\tfirstName\r\n"_s << u"only a header"_s;
    QTest::newRow("ragged row") << u"email\tfirstName\na@b.co\tKim\textra\n"_s << u"2"_s;
    QTest::newRow("unclosed quote") << u"email\tfirstName\na@b.co\t\"Kim\n"_s << u"cannot be read as rows"_s;
}

void TestClipboardTable::refusals()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    auto read = ClipboardTable::read(Operation::InviteMembers, text);
    QVERIFY(std::holds_alternative<CsvError>(read));
    const QString message = std::get<CsvError>(read).message;
    QVERIFY2(message.contains(messagePart), qPrintable(message));
}

void TestClipboardTable::pastedRowsValidateLikeAFile()
{
    const PastedTable p
        = readOk(Operation::InviteMembers, u"a@b.co\tKim\nnot-an-email\tLee\na@b.co\tPark\n"_s);
    QVERIFY(!p.headerFound);
    const QList<PreparedRow> rows = RowValidator::prepare(
        Operation::InviteMembers, p.table, OperationSpec::autoMap(Operation::InviteMembers, p.table.header));
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(0).isValid());
    QCOMPARE(rows.at(0).payload.object().value(u"firstName"_s).toString(), u"Kim"_s);
    QVERIFY(rows.at(1).isHeldByUnconfirmedRules()); // e-mail syntax: our rule
    QVERIFY(!rows.at(2).isValid()); // a key twice
    QVERIFY2(rows.at(2).problems.value(0).message.contains(u"line 1"_s),
        qPrintable(rows.at(2).problems.value(0).message));
}

QTEST_GUILESS_MAIN(TestClipboardTable)
#include "tst_clipboardtable.moc"
