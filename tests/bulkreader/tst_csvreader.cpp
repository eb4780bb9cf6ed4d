// CsvReader: the RFC 4180 / Excel parser against a table of cases (with physical line numbers),
// encoding detection (BOM, UTF-8, UTF-16, short windows-949 and Shift_JIS files with UHC and
// vendor-extension characters) and the override, every refusal with its line, and the writer.

#include "csvreader.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Alli::Bulk;

using Rows = QList<QStringList>;
using Lines = QList<int>;

Q_DECLARE_METATYPE(Alli::Bulk::Delimiter)
Q_DECLARE_METATYPE(Alli::Bulk::Encoding)

namespace
{

QByteArray encoded(const QString& text, const char* codec)
{
    QStringEncoder encoder(codec, QStringEncoder::Flag::Stateless);
    const QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        qFatal("test data cannot be encoded in %s", codec);
    return bytes;
}

QByteArray utf16le(const QString& text, bool bom)
{
    QByteArray bytes = bom ? QByteArray("\xFF\xFE", 2) : QByteArray();
    for (QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QByteArray utf16be(const QString& text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return bytes;
}

CsvTable mustRead(const QByteArray& bytes, const CsvOptions& options = {})
{
    auto result = CsvReader::read(bytes, options);
    if (auto* error = std::get_if<CsvError>(&result))
        qWarning("unexpected error: %s", qPrintable(error->message));
    return std::get<CsvTable>(result);
}

// Five-row files, the hard case for telling Korean from Japanese legacy encodings.
const QString Korean5
    = u"사번,이름,부서\r\nE1,김똠,영업부\r\nE2,박햏,개발팀\r\nE3,이쓩,인사팀\r\nE4,최민수,총무부\r\nE5,정다은,마케팅\r\n"_s;
const QString KoreanUhcOnly = u"사번,이름\nE1,똠\nE2,햏\nE3,쓩\nE4,똠햏\nE5,햏쓩\n"_s;
const QString KoreanWithHanja
    = u"사번,이름,부서\nE1,김철수,營業部\nE2,이영희,人事部\nE3,박민준,開發部\nE4,최지우,總務部\nE5,정하늘,企劃部\n"_s;
const QString Japanese5
    = u"社員番号,氏名,部署\r\nE1,山田太郎,営業部\r\nE2,髙橋一郎,開発部\r\nE3,山﨑花子,人事部\r\nE4,佐藤さくら,総務部\r\nE5,鈴木ケン,マーケティング\r\n"_s;
const QString JapaneseKanjiOnly
    = u"社員番号,姓,名\nE1,山田,太郎\nE2,田中,一郎\nE3,佐藤,花子\nE4,鈴木,次郎\nE5,高橋,健\n"_s;
const QString KoreanEnglishHeader
    = u"id,name,dept\n1,김민수,Sales\n2,이서연,HR\n3,박햏,IT\n4,최똠,Ops\n5,정쓩,Dev\n"_s;
const QString JapaneseEnglishHeader = u"id,name\n1,山田\n2,田中\n3,髙橋\n4,山﨑\n5,渡辺\n"_s;
const QString JapaneseKana = u"ID,なまえ\n1,さくら\n2,ひかる\n3,カオル\n4,ミドリ\n5,あおい\n"_s;

QStringList cellsOf(const QString& text, int row)
{
    return text.split(u'\n', Qt::SkipEmptyParts).at(row).trimmed().split(u',');
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void refusals_data();
    void refusals();
    void readRefusals();
    void detectDelimiter_data();
    void detectDelimiter();
    void encodings_data();
    void encodings();
    void legacyFiveRows_data();
    void legacyFiveRows();
    void legacyRandomShortFiles();
    void windows949NotCp949();
    void encodingOverride();
    void forcedEncodingErrorNamesLine();
    void unrecognisedEncoding();
    void previewShowsDecodedText();
    void readFile();
    void randomInputNeverCrashes();
    void ids();
    void neutraliseCell_data();
    void neutraliseCell();
    void formatLine_data();
    void formatLine();
    void formatLineRoundTrip();
    void sharedCellsSurviveSkippedLines();
    void editsAndAppendsLeaveSharedRowsAlone();
    void rowsInsertedAndRemovedKeepTheirCells();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Delimiter>("delimiter");
    QTest::addColumn<Delimiter>("expectedDelimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");

    const auto C = Delimiter::Comma;
    const auto A = Delimiter::Auto;
    QTest::newRow("LF") << u"a,b\n1,2\n3,4\n"_s << A << C << QStringList { u"a"_s, u"b"_s }
                        << Rows { { u"1"_s, u"2"_s }, { u"3"_s, u"4"_s } } << Lines { 2, 3 };
    QTest::newRow("CRLF, no final line end")
        << u"a,b\r\n1,2\r\n3,4"_s << A << C << QStringList { u"a"_s, u"b"_s }
        << Rows { { u"1"_s, u"2"_s }, { u"3"_s, u"4"_s } } << Lines { 2, 3 };
    QTest::newRow("CR (old Mac Excel)") << u"a,b\r1,2\r3,4\r"_s << A << C << QStringList { u"a"_s, u"b"_s }
                                        << Rows { { u"1"_s, u"2"_s }, { u"3"_s, u"4"_s } } << Lines { 2, 3 };
    QTest::newRow("mixed line ends") << u"a,b\r\n1,2\n3,4\r5,6"_s << A << C << QStringList { u"a"_s, u"b"_s }
                                     << Rows { { u"1"_s, u"2"_s }, { u"3"_s, u"4"_s }, { u"5"_s, u"6"_s } }
                                     << Lines { 2, 3, 4 };
    QTest::newRow("quoted comma") << u"a,b\n\"Kim, Jihoon\",2\n"_s << A << C << QStringList { u"a"_s, u"b"_s }
                                  << Rows { { u"Kim, Jihoon"_s, u"2"_s } } << Lines { 2 };
    QTest::newRow("doubled quotes") << u"a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n"_s << A << C
                                    << QStringList { u"a"_s, u"b"_s } << Rows { { u"say \"hi\""_s, u"\""_s } }
                                    << Lines { 2 };
    QTest::newRow("LF inside quotes")
        << u"a,b\n\"line 1\nline 2\",2\n3,4\n"_s << A << C << QStringList { u"a"_s, u"b"_s }
        << Rows { { u"line 1\nline 2"_s, u"2"_s }, { u"3"_s, u"4"_s } } << Lines { 2, 4 };
    QTest::newRow("CRLF inside quotes")
        << u"a,b\r\n\"x\r\ny\r\nz\",2\r\n3,4\r\n"_s << A << C << QStringList { u"a"_s, u"b"_s }
        << Rows { { u"x\r\ny\r\nz"_s, u"2"_s }, { u"3"_s, u"4"_s } } << Lines { 2, 5 };
    QTest::newRow("CR inside quotes") << u"a,b\r\"x\ry\",2\r3,4"_s << A << C << QStringList { u"a"_s, u"b"_s }
                                      << Rows { { u"x\ry"_s, u"2"_s }, { u"3"_s, u"4"_s } } << Lines { 2, 4 };
    QTest::newRow("spaces kept") << u"a,b\n x , y \n"_s << A << C << QStringList { u"a"_s, u"b"_s }
                                 << Rows { { u" x "_s, u" y "_s } } << Lines { 2 };
    QTest::newRow("header names trimmed") << u" a , b \n1,2\n"_s << A << C << QStringList { u"a"_s, u"b"_s }
                                          << Rows { { u"1"_s, u"2"_s } } << Lines { 2 };
    QTest::newRow("empty cells, blank rows skipped")
        << u"a,b,c\n,,\n1,,3\n\n"_s << A << C << QStringList { u"a"_s, u"b"_s, u"c"_s }
        << Rows { { u"1"_s, u""_s, u"3"_s } } << Lines { 3 };
    QTest::newRow("trailing empty field") << u"a,b\n1,\n"_s << A << C << QStringList { u"a"_s, u"b"_s }
                                          << Rows { { u"1"_s, u""_s } } << Lines { 2 };
    QTest::newRow("quoted empty field") << u"a,b\n\"\",x\n"_s << A << C << QStringList { u"a"_s, u"b"_s }
                                        << Rows { { u""_s, u"x"_s } } << Lines { 2 };
    QTest::newRow("blank lines keep physical numbers")
        << u"\na,b\n\n1,2\n\n\n3,4"_s << A << C << QStringList { u"a"_s, u"b"_s }
        << Rows { { u"1"_s, u"2"_s }, { u"3"_s, u"4"_s } } << Lines { 4, 7 };
    QTest::newRow("BOM character") << u"\uFEFFa,b\n1,2"_s << A << C << QStringList { u"a"_s, u"b"_s }
                                   << Rows { { u"1"_s, u"2"_s } } << Lines { 2 };
    QTest::newRow("quoted header (Excel)")
        << u"\"e-mail\",\"name\"\n\"a@b.co\",\"Kim\"\n"_s << A << C << QStringList { u"e-mail"_s, u"name"_s }
        << Rows { { u"a@b.co"_s, u"Kim"_s } } << Lines { 2 };
    QTest::newRow("semicolon (European Excel)")
        << u"a;b\n1,5;\"x;y\"\n"_s << A << Delimiter::Semicolon << QStringList { u"a"_s, u"b"_s }
        << Rows { { u"1,5"_s, u"x;y"_s } } << Lines { 2 };
    QTest::newRow("tab (Unicode text)")
        << u"a\tb\n\"x\ty\"\t2\n"_s << A << Delimiter::Tab << QStringList { u"a"_s, u"b"_s }
        << Rows { { u"x\ty"_s, u"2"_s } } << Lines { 2 };
    QTest::newRow("override comma on semicolons")
        << u"a;b\n1;2\n"_s << Delimiter::Comma << C << QStringList { u"a;b"_s } << Rows { { u"1;2"_s } }
        << Lines { 2 };
    QTest::newRow("override tab") << u"a,b\tc\n1,2\t3\n"_s << Delimiter::Tab << Delimiter::Tab
                                  << QStringList { u"a,b"_s, u"c"_s } << Rows { { u"1,2"_s, u"3"_s } }
                                  << Lines { 2 };
    QTest::newRow("Korean and Japanese") << u"이메일,名前\nkim@example.com,\"山田, 太郎\"\n"_s << A << C
                                         << QStringList { u"이메일"_s, u"名前"_s }
                                         << Rows { { u"kim@example.com"_s, u"山田, 太郎"_s } } << Lines { 2 };
    QTest::newRow("single column") << u"email\na@b.co\nc@d.co\n"_s << A << C << QStringList { u"email"_s }
                                   << Rows { { u"a@b.co"_s }, { u"c@d.co"_s } } << Lines { 2, 3 };
    QTest::newRow("unnamed trailing column")
        << u"a,b,\n1,2,\n"_s << A << C << QStringList { u"a"_s, u"b"_s, u""_s }
        << Rows { { u"1"_s, u"2"_s, u""_s } } << Lines { 2 };
}

void TestCsvReader::parse()
{
    QFETCH(QString, text);
    QFETCH(Delimiter, delimiter);
    QFETCH(Delimiter, expectedDelimiter);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);

    auto result = CsvReader::parse(text, delimiter);
    if (auto* error = std::get_if<CsvError>(&result))
        QFAIL(qPrintable(error->message));
    const CsvTable table = std::get<CsvTable>(result);
    QCOMPARE(table.delimiter, expectedDelimiter);
    QCOMPARE(table.header, header);
    Rows actualRows;
    Lines actualLines;
    for (int r = 0; r < table.rowCount(); ++r) {
        actualRows.append(table.rowCells(r));
        actualLines.append(table.line(r));
    }
    QCOMPARE(actualRows, rows);
    QCOMPARE(actualLines, lines);
}

void TestCsvReader::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxColumns");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("needle"); // part of the message

    QTest::newRow("empty") << u""_s << 1000 << 0 << u"empty"_s;
    QTest::newRow("only line ends") << u"\r\n\n\r"_s << 1000 << 0 << u"empty"_s;
    QTest::newRow("only empty cells") << u",,\n,,\n"_s << 1000 << 0 << u"empty"_s;
    QTest::newRow("header, no rows") << u"email,name\n"_s << 1000 << 1 << u"no data rows"_s;
    QTest::newRow("header, blank rows") << u"email,name\r\n\r\n,\r\n"_s << 1000 << 1 << u"no data rows"_s;
    QTest::newRow("duplicate header") << u"email,name,Email\na,b,c\n"_s << 1000 << 1 << u"\"Email\" twice"_s;
    QTest::newRow("duplicate header after blank line") << u"\nid, id \n1,2\n"_s << 1000 << 2 << u"Line 2"_s;
    QTest::newRow("fewer cells") << u"a,b,c\n1,2,3\n4,5\n"_s << 1000 << 3 << u"Line 3 has 2 cells"_s;
    QTest::newRow("more cells") << u"a,b\n1,2,3\n"_s << 1000 << 2 << u"Line 2 has 3 cells"_s;
    QTest::newRow("more cells after multi-line field")
        << u"a,b\n\"x\ny\",2\n3,4,5\n"_s << 1000 << 4 << u"Line 4"_s;
    QTest::newRow("unterminated quote") << u"a,b\n1,2\n3,\"abc\n4,5\n"_s << 1000 << 3 << u"never closed"_s;
    QTest::newRow("unterminated quote, CR") << u"a,b\r1,\"x\r"_s << 1000 << 2 << u"never closed"_s;
    QTest::newRow("stray quote") << u"a,b\n1,2\n3,5'10\"\n"_s << 1000 << 3 << u"stray quote"_s;
    QTest::newRow("space before quote") << u"a,b\n1, \"x\"\n"_s << 1000 << 2 << u"stray quote"_s;
    QTest::newRow("text after closing quote")
        << u"a,b\n\"x\"y,1\n"_s << 1000 << 2 << u"after a closing quote"_s;
    QTest::newRow("text after multi-line field") << u"a,b\n\"x\ny\"z,1\n"_s << 1000 << 3 << u"Line 3"_s;
    QTest::newRow("quote in header") << u"a\"b,c\n1,2\n"_s << 1000 << 1 << u"Line 1"_s;
    QTest::newRow("too many columns") << u"a,b,c\n1,2,3\n"_s << 2 << 1 << u"at most 2"_s;
}

void TestCsvReader::refusals()
{
    QFETCH(QString, text);
    QFETCH(int, maxColumns);
    QFETCH(int, line);
    QFETCH(QString, needle);

    auto result = CsvReader::parse(text, Delimiter::Auto, maxColumns);
    QVERIFY(std::holds_alternative<CsvError>(result));
    const CsvError error = std::get<CsvError>(result);
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(needle), qPrintable(error.message));
    if (line > 0)
        QVERIFY2(error.message.contains(u"Line %1"_s.arg(line)), qPrintable(error.message));
}

void TestCsvReader::readRefusals()
{
    // Empty file.
    auto r = CsvReader::read(QByteArray());
    QVERIFY(std::holds_alternative<CsvError>(r));
    QVERIFY(std::get<CsvError>(r).message.contains(u"empty"_s));
    // Only a BOM.
    r = CsvReader::read(QByteArray("\xEF\xBB\xBF"));
    QVERIFY(std::get<CsvError>(r).message.contains(u"empty"_s));

    // Binary: NUL bytes.
    r = CsvReader::read(QByteArray("a,b\n\x01\x00\x02\x03\x00\xFF,x\n", 14));
    QVERIFY(std::holds_alternative<CsvError>(r));
    QVERIFY2(std::get<CsvError>(r).message.contains(u"binary"_s), qPrintable(std::get<CsvError>(r).message));
    // Binary: control characters, no NUL.
    QByteArray controls("a,b\n");
    for (int i = 0; i < 200; ++i)
        controls.append(char(1 + i % 8)).append("xy");
    r = CsvReader::read(controls);
    QVERIFY(std::get<CsvError>(r).message.contains(u"binary"_s));
    // Binary in UTF-16 clothing.
    r = CsvReader::read(utf16le(u"a\tb\n"_s + QString(40, QChar(0)), true));
    QVERIFY(std::get<CsvError>(r).message.contains(u"binary"_s));
    // An Excel workbook instead of CSV.
    r = CsvReader::read(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(100, 'x'));
    QVERIFY2(std::get<CsvError>(r).message.contains(u"Excel workbook"_s),
        qPrintable(std::get<CsvError>(r).message));
    // A single DOS end-of-file mark is not binary.
    QCOMPARE(mustRead(QByteArray("a,b\r\n1,2\r\n\x1A")).rowCount(), 1);

    // Over the size limit: refused with both sizes in the message.
    CsvOptions small;
    small.maxBytes = 1024 * 1024;
    QByteArray big("a,b\n");
    while (big.size() <= small.maxBytes)
        big.append("1234567,abcdefgh\n");
    r = CsvReader::read(big, small);
    QVERIFY(std::holds_alternative<CsvError>(r));
    QVERIFY2(std::get<CsvError>(r).message.contains(u"1.0 MB"_s), qPrintable(std::get<CsvError>(r).message));
    // The default limit is stated as 64 MB.
    QCOMPARE(CsvOptions().maxBytes, 64LL * 1024 * 1024);

    // Parser refusals come through read() with their line.
    r = CsvReader::read(u"이메일,이름\na@b.co,\"김\n"_s.toUtf8());
    QCOMPARE(std::get<CsvError>(r).line, 2);
}

void TestCsvReader::detectDelimiter_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Delimiter>("expected");
    QTest::newRow("comma") << u"a,b,c"_s << Delimiter::Comma;
    QTest::newRow("semicolon") << u"a;b;c"_s << Delimiter::Semicolon;
    QTest::newRow("tab") << u"a\tb\tc"_s << Delimiter::Tab;
    QTest::newRow("one column") << u"email"_s << Delimiter::Comma;
    QTest::newRow("quoted commas ignored") << u"\"a,b,c\";d"_s << Delimiter::Semicolon;
    QTest::newRow("tab beats a comma inside a name") << u"name, full\temail\tgroup"_s << Delimiter::Tab;
    QTest::newRow("only the first line") << u"a;b\nc,d,e,f"_s << Delimiter::Semicolon;
}

void TestCsvReader::detectDelimiter()
{
    QFETCH(QString, line);
    QFETCH(Delimiter, expected);
    QCOMPARE(CsvReader::detectDelimiter(line), expected);
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<Delimiter>("delimiter");

    const QString text = u"이메일,氏名\nkim@example.com,김지훈\nyamada@example.jp,山田太郎\n"_s;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << Encoding::Utf8 << true
                                    << Delimiter::Comma;
    QTest::newRow("UTF-8") << text.toUtf8() << Encoding::Utf8 << false << Delimiter::Comma;
    QString tabbed = text;
    tabbed.replace(u',', u'\t');
    tabbed.replace(u'\n', u"\r\n"_s);
    QTest::newRow("Excel Unicode text (UTF-16LE, tabs)")
        << utf16le(tabbed, true) << Encoding::Utf16LE << true << Delimiter::Tab;
    QTest::newRow("UTF-16LE without BOM")
        << utf16le(u"email,name\na@b.co,Kim\n"_s, false) << Encoding::Utf16LE << false << Delimiter::Comma;
    QTest::newRow("UTF-16BE") << utf16be(text) << Encoding::Utf16BE << true << Delimiter::Comma;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, encoding);
    QFETCH(bool, bom);
    QFETCH(Delimiter, delimiter);

    const CsvTable table = mustRead(bytes);
    QCOMPARE(table.encoding, encoding);
    QCOMPARE(table.hadBom, bom);
    QCOMPARE(table.delimiter, delimiter);
    QVERIFY(!table.header.first().startsWith(QChar(0xFEFF)));
    QCOMPARE(table.rowCount(), table.header.first() == u"email" ? 1 : 2);
    if (table.header.first() != u"email") {
        QCOMPARE(table.header, (QStringList { u"이메일"_s, u"氏名"_s }));
        QCOMPARE(table.rowCells(1).at(1), u"山田太郎"_s);
        QCOMPARE(table.line(1), 3);
    }
}

void TestCsvReader::legacyFiveRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("codec");
    QTest::addColumn<Encoding>("expected");

    QTest::newRow("Korean with UHC extension (똠 햏 쓩)")
        << Korean5 << QByteArray("windows-949") << Encoding::Windows949;
    QTest::newRow("Korean, only UHC extension syllables")
        << KoreanUhcOnly << QByteArray("windows-949") << Encoding::Windows949;
    QTest::newRow("Korean with Hanja departments")
        << KoreanWithHanja << QByteArray("windows-949") << Encoding::Windows949;
    QTest::newRow("Korean names, English header")
        << KoreanEnglishHeader << QByteArray("windows-949") << Encoding::Windows949;
    QTest::newRow("Japanese surnames, English header")
        << JapaneseEnglishHeader << QByteArray("Shift_JIS") << Encoding::ShiftJis;
    QTest::newRow("Japanese with IBM extension kanji (髙 﨑)")
        << Japanese5 << QByteArray("Shift_JIS") << Encoding::ShiftJis;
    QTest::newRow("Japanese, kanji only")
        << JapaneseKanjiOnly << QByteArray("Shift_JIS") << Encoding::ShiftJis;
    QTest::newRow("Japanese, kana only") << JapaneseKana << QByteArray("Shift_JIS") << Encoding::ShiftJis;
}

void TestCsvReader::legacyFiveRows()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, codec);
    QFETCH(Encoding, expected);

    const QByteArray bytes = encoded(text, codec.constData());
    QVERIFY(!bytes.isValidUtf8());
    const CsvTable table = mustRead(bytes);
    QCOMPARE(table.encoding, expected);
    QVERIFY(!table.hadBom);
    QCOMPARE(table.header, cellsOf(text, 0));
    QCOMPARE(table.rowCount(), 5);
    for (int r = 0; r < 5; ++r) {
        QCOMPARE(table.rowCells(r), cellsOf(text, r + 1));
        QCOMPARE(table.line(r), r + 2);
    }
}

void TestCsvReader::legacyRandomShortFiles()
{
    // Many random five-row files of names and departments: every one must be detected right.
    const QStringList koSurnames
        = u"김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍"_s.split(u' ');
    const QString koGiven = u"민서지현수영준호우진하은도윤예시주원채아연희성태동건혁재미경숙철훈빈솔똠햏쓩"_s;
    const QStringList koDepts = u"영업부 개발팀 인사팀 재무팀 마케팅 고객지원 총무부 연구소"_s.split(u' ');
    const QStringList jaSurnames
        = u"山田 佐藤 鈴木 高橋 髙橋 田中 渡辺 伊藤 中村 小林 加藤 吉田 山本 山﨑 斎藤 松本 井上 木村 林 清水"_s
              .split(u' ');
    const QStringList jaGiven
        = u"太郎 花子 さくら ゆうき 健一 美咲 ケン 翔太 陽菜 大輔 直子 蓮 結衣 はると 恵"_s.split(u' ');
    const QStringList jaDepts
        = u"営業部 開発部 人事部 総務課 経理部 マーケティング 品質保証部 研究所"_s.split(u' ');
    QRandomGenerator rnd(20261129);
    int wrong = 0;
    QStringList failures;
    for (int trial = 0; trial < 300; ++trial) {
        const bool korean = trial % 2 == 0;
        QString text = korean ? u"사번,이름,부서\n"_s : u"社員番号,氏名,部署\n"_s;
        if (trial % 3 == 0)
            text = u"id,name,department\n"_s;
        for (int r = 1; r <= 5; ++r) {
            QString name;
            QString dept;
            if (korean) {
                name = koSurnames.at(rnd.bounded(koSurnames.size())) + koGiven.at(rnd.bounded(koGiven.size()))
                    + koGiven.at(rnd.bounded(koGiven.size()));
                dept = koDepts.at(rnd.bounded(koDepts.size()));
            } else {
                name
                    = jaSurnames.at(rnd.bounded(jaSurnames.size())) + jaGiven.at(rnd.bounded(jaGiven.size()));
                dept = jaDepts.at(rnd.bounded(jaDepts.size()));
            }
            text += u"E%1,%2,%3\n"_s.arg(r).arg(name, dept);
        }
        const QByteArray bytes = encoded(text, korean ? "windows-949" : "Shift_JIS");
        const auto result = CsvReader::read(bytes);
        const auto* table = std::get_if<CsvTable>(&result);
        if (!table || table->encoding != (korean ? Encoding::Windows949 : Encoding::ShiftJis)) {
            ++wrong;
            failures.append(text.section(u'\n', 1, 1));
        }
    }
    QVERIFY2(
        wrong == 0, qPrintable(u"%1 of 300 misdetected, e.g. %2"_s.arg(wrong).arg(failures.join(u" / "_s))));
}

void TestCsvReader::windows949NotCp949()
{
    // 똠 is 8C 63 and 햏 is C1 64 in windows-949 (UHC extension; not in EUC-KR), 김 is B1 E8.
    CsvOptions forced;
    forced.encoding = Encoding::Windows949;
    QCOMPARE(mustRead(QByteArray("id,name\n1,\x8C\x63\xC1\x64\n"), forced).rowCells(0).at(1), u"똠햏"_s);
    const CsvTable table = mustRead(QByteArray("id,name\n1,\xB1\xE8\x8C\x63\xC1\x64\n"));
    QCOMPARE(table.encoding, Encoding::Windows949);
    QCOMPARE(table.rowCells(0).at(1), u"김똠햏"_s);
}

void TestCsvReader::encodingOverride()
{
    const QByteArray korean = encoded(Korean5, "windows-949");
    CsvOptions options;
    options.encoding = Encoding::Windows949;
    QCOMPARE(mustRead(korean, options).rowCells(0).at(1), u"김똠"_s);

    // Forcing the wrong legacy encoding either fails or shows mojibake in the preview; it never
    // silently gives the Korean text.
    options.encoding = Encoding::ShiftJis;
    auto r = CsvReader::read(korean, options);
    if (auto* table = std::get_if<CsvTable>(&r)) {
        QCOMPARE(table->encoding, Encoding::ShiftJis);
        QVERIFY(!table->decodedPreview.contains(u"김똠"_s));
    }

    // UTF-8 Korean read as windows-949 when the user insists: decodes (valid bytes) as mojibake.
    const QByteArray utf8 = u"id,이름\n1,가\n"_s.toUtf8();
    options.encoding = Encoding::Windows949;
    r = CsvReader::read(utf8, options);
    if (auto* table = std::get_if<CsvTable>(&r))
        QVERIFY(!table->decodedPreview.contains(u"이름"_s));

    // Japanese read as Japanese when forced, even though the detector would agree anyway.
    options.encoding = Encoding::ShiftJis;
    QCOMPARE(mustRead(encoded(Japanese5, "Shift_JIS"), options).rowCells(2).at(1), u"山﨑花子"_s);

    // Forcing UTF-8 on a file with a UTF-8 BOM strips it.
    options.encoding = Encoding::Utf8;
    const CsvTable bom = mustRead(QByteArray("\xEF\xBB\xBFid\n1\n"), options);
    QVERIFY(bom.hadBom);
    QCOMPARE(bom.header, QStringList { u"id"_s });

    // The delimiter override travels with the options.
    options.encoding = Encoding::Auto;
    options.delimiter = Delimiter::Semicolon;
    QCOMPARE(mustRead(QByteArray("a,b;c\n1,2;3\n"), options).header, (QStringList { u"a,b"_s, u"c"_s }));
}

void TestCsvReader::forcedEncodingErrorNamesLine()
{
    CsvOptions options;
    options.encoding = Encoding::Utf8;
    auto r = CsvReader::read(QByteArray("a,b\r\n1,2\r\n\xFF\xFE\xFD,3\r\n"), options);
    QVERIFY(std::holds_alternative<CsvError>(r));
    QCOMPARE(std::get<CsvError>(r).line, 3);
    QVERIFY(std::get<CsvError>(r).message.contains(u"Line 3"_s));

    options.encoding = Encoding::ShiftJis;
    r = CsvReader::read(QByteArray("a,b\n1,2\n3,4\n\x80,5\n"), options);
    QVERIFY(std::holds_alternative<CsvError>(r));
    QCOMPARE(std::get<CsvError>(r).line, 4);
}

void TestCsvReader::unrecognisedEncoding()
{
    // 0x81 followed by a space is invalid in UTF-8, windows-949 and Shift_JIS.
    auto r = CsvReader::read(QByteArray("a,b\n1,2\n\x81 ,3\n"));
    QVERIFY(std::holds_alternative<CsvError>(r));
    const CsvError error = std::get<CsvError>(r);
    QVERIFY2(error.message.contains(u"windows-949"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"line 3"_s), qPrintable(error.message));
}

void TestCsvReader::previewShowsDecodedText()
{
    QString text = u"email,name\n"_s;
    for (int i = 0; i < 300; ++i)
        text += u"user%1@example.com,김지훈\n"_s.arg(i);
    const CsvTable table = mustRead(text.toUtf8());
    QCOMPARE(table.decodedPreview.size(), 2000);
    QVERIFY(text.startsWith(table.decodedPreview));
}

void TestCsvReader::readFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"사원.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(encoded(Korean5, "windows-949"));
    file.close();
    const auto r = CsvReader::readFile(path);
    QVERIFY(std::holds_alternative<CsvTable>(r));
    QCOMPARE(std::get<CsvTable>(r).encoding, Encoding::Windows949);

    CsvOptions tiny;
    tiny.maxBytes = 10;
    QVERIFY(std::get<CsvError>(CsvReader::readFile(path, tiny)).message.contains(u"refused"_s));

    const auto missing = CsvReader::readFile(dir.filePath(u"missing.csv"_s));
    QVERIFY(std::get<CsvError>(missing).message.contains(u"missing.csv"_s));
}

void TestCsvReader::randomInputNeverCrashes()
{
    // Random mixes of the characters that matter: every outcome is a table or an error.
    const QByteArray alphabet
        = QByteArray("a,;\t\"\r\n ") + u"김똠"_s.toUtf8() + QByteArray("\xB1\xE8\x82\xA0\xFF\x00", 6);
    QRandomGenerator rnd(7);
    int tables = 0;
    for (int trial = 0; trial < 3000; ++trial) {
        QByteArray bytes;
        const int size = rnd.bounded(40);
        for (int i = 0; i < size; ++i)
            bytes.append(alphabet.at(rnd.bounded(alphabet.size())));
        const auto result = CsvReader::read(bytes);
        if (const auto* table = std::get_if<CsvTable>(&result)) {
            ++tables;
            QVERIFY(!table->isEmpty());
            for (int r = 0; r < table->rowCount(); ++r)
                QCOMPARE(table->rowCells(r).size(), table->header.size());
        } else {
            QVERIFY(!std::get<CsvError>(result).message.isEmpty());
        }
    }
    QVERIFY(tables > 0);
}

void TestCsvReader::ids()
{
    for (Encoding e : { Encoding::Auto, Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE,
             Encoding::Windows949, Encoding::ShiftJis }) {
        QCOMPARE(encodingFromId(encodingId(e)), e);
        QVERIFY(!encodingLabel(e).isEmpty());
    }
    QCOMPARE(encodingFromId(u"CP949"), Encoding::Windows949);
    QCOMPARE(encodingFromId(u"windows-31j"), Encoding::ShiftJis);
    QCOMPARE(encodingFromId(u"latin1"), std::nullopt);
    for (Delimiter d : { Delimiter::Auto, Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab })
        QCOMPARE(delimiterFromId(delimiterId(d)), d);
    QCOMPARE(delimiterFromId(u";"), Delimiter::Semicolon);
    QCOMPARE(delimiterFromId(u"pipe"), std::nullopt);
}

void TestCsvReader::neutraliseCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("formula") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("plus") << u"+82 10"_s << u"'+82 10"_s;
    QTest::newRow("minus") << u"-5"_s << u"'-5"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=x"_s << u"'\t=x"_s;
    QTest::newRow("CR") << u"\r=x"_s << u"'\r=x"_s;
    QTest::newRow("LF") << u"\n=x"_s << u"'\n=x"_s;
    QTest::newRow("plain") << u"Kim"_s << u"Kim"_s;
    QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("email") << u"a@b.co"_s << u"a@b.co"_s;
    QTest::newRow("empty") << u""_s << u""_s;
    QTest::newRow("Korean") << u"김지훈"_s << u"김지훈"_s;
}

void TestCsvReader::neutraliseCell()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvReader::neutraliseCell(cell), expected);
}

void TestCsvReader::formatLine_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("neutralise");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringList { u"a"_s, u"b"_s } << QChar(u',') << true << u"a,b\r\n"_s;
    QTest::newRow("comma quoted") << QStringList { u"Kim, J"_s, u"b"_s } << QChar(u',') << true
                                  << u"\"Kim, J\",b\r\n"_s;
    QTest::newRow("quote doubled") << QStringList { u"say \"hi\""_s } << QChar(u',') << true
                                   << u"\"say \"\"hi\"\"\"\r\n"_s;
    QTest::newRow("line break quoted")
        << QStringList { u"a\nb"_s, u"c\rd"_s } << QChar(u',') << true << u"\"a\nb\",\"c\rd\"\r\n"_s;
    QTest::newRow("spaces kept, unquoted") << QStringList { u" a "_s } << QChar(u',') << true << u" a \r\n"_s;
    QTest::newRow("empty cells") << QStringList { u""_s, u""_s } << QChar(u',') << true << u",\r\n"_s;
    QTest::newRow("formula neutralised") << QStringList { u"=HYPERLINK(\"x\")"_s } << QChar(u',') << true
                                         << u"\"'=HYPERLINK(\"\"x\"\")\"\r\n"_s;
    QTest::newRow("formula kept") << QStringList { u"=1+2"_s } << QChar(u',') << false << u"=1+2\r\n"_s;
    QTest::newRow("semicolon delimiter")
        << QStringList { u"a;b"_s, u"c,d"_s } << QChar(u';') << true << u"\"a;b\";c,d\r\n"_s;
    QTest::newRow("tab delimiter") << QStringList { u"a\tb"_s, u"c"_s } << QChar(u'\t') << true
                                   << u"\"a\tb\"\tc\r\n"_s;
}

void TestCsvReader::formatLine()
{
    QFETCH(QStringList, cells);
    QFETCH(QChar, delimiter);
    QFETCH(bool, neutralise);
    QFETCH(QString, expected);
    QCOMPARE(CsvReader::formatLine(cells, delimiter, neutralise), expected);
}

void TestCsvReader::formatLineRoundTrip()
{
    const QStringList header { u"a"_s, u"b"_s, u"c"_s };
    const QStringList row { u"Kim, \"J\""_s, u"line 1\r\nline 2"_s, u" spaced "_s };
    const QString text = CsvReader::formatLine(header) + CsvReader::formatLine(row, u',', false);
    const CsvTable table = std::get<CsvTable>(CsvReader::parse(text, Delimiter::Auto));
    QCOMPARE(table.header, header);
    QCOMPARE(table.rowCells(0), row);
}

// Cells are spans of the decoded text, except quoted cells with doubled quotes (kept unescaped
// apart): a line left out by skipBadLines must take its unescaped cells with it, so that the
// next row's cells are its own.
void TestCsvReader::sharedCellsSurviveSkippedLines()
{
    const QString text = u"name,note\r\n"
                         "\"Kim \"\"JH\"\"\",first\r\n" // escaped cell kept
                         "\"Lee \"\"SY\"\"\",x,too many\r\n" // left out: 3 cells
                         "\"Park \"\"MS\"\"\",\"line 1\nline 2\"\r\n"
                         "plain,\"quoted, no escape\"\r\n"_s;
    const auto parsed = CsvReader::parse(text, Delimiter::Comma, 1000, 65536, true);
    QVERIFY(std::holds_alternative<CsvTable>(parsed));
    const CsvTable table = std::get<CsvTable>(parsed);
    QCOMPARE(table.badLines.size(), 1);
    QCOMPARE(table.badLines.constFirst().line, 3);
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.rowCells(0), (QStringList { u"Kim \"JH\""_s, u"first"_s }));
    QCOMPARE(table.rowCells(1), (QStringList { u"Park \"MS\""_s, u"line 1\nline 2"_s }));
    QCOMPARE(table.rowCells(2), (QStringList { u"plain"_s, u"quoted, no escape"_s }));
    QCOMPARE(table.line(1), 4);
    QCOMPARE(table.line(2), 6);
    QCOMPARE(table.cell(2, 1).toString(), u"quoted, no escape"_s);
    QVERIFY(table.cell(2, 2).isEmpty()); // out of range: empty, no crash
    QVERIFY(table.cell(3, 0).isEmpty());
    // Rows refer to the table's store instead of copying their cells.
    const RowCells ref = table.rowRef(1);
    QCOMPARE(ref.size(), 2);
    QCOMPARE(ref.at(0), u"Park \"MS\""_s);
    QCOMPARE(ref.toList(), table.rowCells(1));
    // 100,000 rows: the store is the text plus 8 bytes a cell, not a QString per cell.
    QString big = u"id,name,email\n"_s;
    for (int i = 0; i < 100000; ++i)
        big += u"ID%1,Name %1,user%1@example.com\n"_s.arg(i);
    const CsvTable large = std::get<CsvTable>(CsvReader::parse(big, Delimiter::Comma));
    QCOMPARE(large.rowCount(), 100000);
    QCOMPARE(
        large.rowCells(99999), (QStringList { u"ID99999"_s, u"Name 99999"_s, u"user99999@example.com"_s }));
    QVERIFY2(large.cells.constData()->bytesUsed() <= big.capacity() * 2 + 100000 * 3 * 8 + 100000 * 4 + 1024,
        QByteArray::number(large.cells.constData()->bytesUsed()));
}

// The preview edits its table; rows already prepared from it (and copies of the table) keep
// what they were prepared from.
void TestCsvReader::editsAndAppendsLeaveSharedRowsAlone()
{
    CsvTable table = std::get<CsvTable>(CsvReader::parse(u"a,b\n1,2\n3,4\n"_s, Delimiter::Comma));
    const CsvTable copy = table;
    const RowCells before = table.rowRef(0);
    table.setCell(0, 1, u"edited"_s);
    table.setCell(0, 5, u"no such column"_s); // ignored
    table.setCell(9, 0, u"no such row"_s); // ignored
    QCOMPARE(table.rowCells(0), (QStringList { u"1"_s, u"edited"_s }));
    QCOMPARE(table.cell(0, 1).toString(), u"edited"_s);
    QCOMPARE(table.rowRef(0).toList(), (QStringList { u"1"_s, u"edited"_s }));
    QCOMPARE(before.toList(), (QStringList { u"1"_s, u"2"_s }));
    QCOMPARE(copy.rowCells(0), (QStringList { u"1"_s, u"2"_s }));

    table.appendRow(7, { u"5"_s }); // missing cells are empty
    table.appendRow(8, { u"6"_s, u"7"_s, u"dropped"_s });
    QCOMPARE(table.rowCount(), 4);
    QCOMPARE(copy.rowCount(), 2); // the copy's store is not the one appended to
    QCOMPARE(table.rowCells(2), (QStringList { u"5"_s, QString() }));
    QCOMPARE(table.rowCells(3), (QStringList { u"6"_s, u"7"_s }));
    QCOMPARE(table.line(3), 8);
    QCOMPARE(before.toList(), (QStringList { u"1"_s, u"2"_s }));

    RowCells own = table.rowRef(1);
    own.set(0, u"changed"_s);
    QCOMPARE(own.toList(), (QStringList { u"changed"_s, u"4"_s }));
    QCOMPARE(table.rowCells(1), (QStringList { u"3"_s, u"4"_s }));
    QVERIFY(own == RowCells({ u"changed"_s, u"4"_s }));
    QVERIFY(!(own == table.rowRef(1)));
}

// The bulk editor inserts and removes rows: the rows of the file keep their cells and lines,
// inserted rows have line 0, edits follow their row wherever it moves, and the store shared with
// prepared rows and copies is never written.
void TestCsvReader::rowsInsertedAndRemovedKeepTheirCells()
{
    CsvTable table = std::get<CsvTable>(CsvReader::parse(u"a,b\n1,2\n3,4\n5,6\n"_s, Delimiter::Comma));
    const CsvTable copy = table;
    table.setCell(2, 0, u"five"_s);
    table.insertRows(1, { { u"x"_s }, { u"y"_s, u"z"_s, u"dropped"_s } });
    QCOMPARE(table.rowCount(), 5);
    QCOMPARE(table.rowCells(0), (QStringList { u"1"_s, u"2"_s }));
    QCOMPARE(table.rowCells(1), (QStringList { u"x"_s, QString() }));
    QCOMPARE(table.rowCells(2), (QStringList { u"y"_s, u"z"_s }));
    QCOMPARE(table.rowCells(3), (QStringList { u"3"_s, u"4"_s }));
    QCOMPARE(table.rowCells(4), (QStringList { u"five"_s, u"6"_s })); // the edit moved with its row
    QCOMPARE(table.line(0), 2);
    QCOMPARE(table.line(1), 0);
    QCOMPARE(table.line(3), 3);
    QCOMPARE(table.rowRef(3).toList(), (QStringList { u"3"_s, u"4"_s }));

    table.setCell(1, 1, u"typed"_s);
    QCOMPARE(table.cell(1, 1).toString(), u"typed"_s);
    table.removeRows(0, 2);
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.rowCells(0), (QStringList { u"y"_s, u"z"_s }));
    QCOMPARE(table.rowCells(1), (QStringList { u"3"_s, u"4"_s }));
    table.removeRows(2, 5); // out of range: nothing
    QCOMPARE(table.rowCount(), 3);

    // Every row removed, then one appended: a table of one row, not the store's rows again.
    table.removeRows(0, 3);
    QCOMPARE(table.rowCount(), 0);
    table.appendRow(9, { u"new"_s, u"row"_s });
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(table.rowCells(0), (QStringList { u"new"_s, u"row"_s }));
    table.insertRows(0, { { u"first"_s } });
    QCOMPARE(table.rowCells(0), (QStringList { u"first"_s, QString() }));
    QCOMPARE(table.rowCells(1), (QStringList { u"new"_s, u"row"_s }));

    QCOMPARE(copy.rowCount(), 3);
    QCOMPARE(copy.rowCells(2), (QStringList { u"5"_s, u"6"_s }));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
