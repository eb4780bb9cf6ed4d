// Excel workbooks read like CSV files, from fixtures made at test time by openpyxl and xlsxwriter
// (tests/bulkreader/make_workbooks.py): title rows skipped, Korean and Japanese text, leading
// zeros stored as text or by a "00000" format, dates (1900 and 1904 systems), booleans, integers
// without ".0", cached formula values, a second sheet; and hostile files refused with the reason:
// a zip bomb, an encrypted or old .xls file, a truncated ZIP, entity expansion, a cell in column
// XFD, malformed XML, macros.

#include "csvreader.h"
#include "testtools.h"
#include "xlsxreader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Alli::Bulk;

class TestXlsxReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QByteArray fixture(const QString& name) const
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static CsvTable table(const std::variant<CsvTable, CsvError>& result)
    {
        if (const auto* error = std::get_if<CsvError>(&result))
            qWarning() << "refused:" << error->message;
        return std::holds_alternative<CsvTable>(result) ? std::get<CsvTable>(result) : CsvTable();
    }

    static QString refusal(const std::variant<CsvTable, CsvError>& result)
    {
        return std::holds_alternative<CsvError>(result) ? std::get<CsvError>(result).message : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Alli::Testing::makeWorkbooks(m_dir.path()));
    }

    void cellsAsExcelShowsThem()
    {
        const QByteArray bytes = fixture(u"staff.xlsx"_s);
        QVERIFY(XlsxReader::looksLikeWorkbook(bytes));
        // Through CsvReader, as every front end reads a file.
        const CsvTable t = table(CsvReader::read(bytes));
        // The title row above the header is skipped; an unnamed column gets its letter.
        QCOMPARE(t.header,
            (QStringList { u"ownUserId"_s, u"이름"_s, u"姓"_s, u"email"_s, u"hired"_s, u"zip"_s, u"active"_s,
                u"score"_s, XlsxReader::tr("Column %1").arg(u"I"_s), u"note"_s }));
        QCOMPARE(t.rowCount(), 2);
        QCOMPARE(t.sheet, u"Staff"_s);
        QCOMPARE(t.line(0), 4); // the row number in the sheet, as the admin sees it in Excel
        QCOMPARE(t.line(1), 5);
        // "00123" stored as text, and 123 shown through a "00000" format: the same text.
        QCOMPARE(t.cell(0, 0), u"00123"_s);
        QCOMPARE(t.cell(1, 0), u"00123"_s);
        QCOMPARE(t.cell(0, 1), u"민준"_s);
        QCOMPARE(t.cell(1, 2), u"鈴木"_s);
        QCOMPARE(t.cell(0, 4), u"2024-04-01"_s);
        QCOMPARE(t.cell(1, 4), u"2024-04-02T09:30:00"_s);
        QCOMPARE(t.cell(0, 5), u"0001234"_s);
        QCOMPARE(t.cell(0, 6), u"TRUE"_s);
        QCOMPARE(t.cell(1, 6), u"FALSE"_s);
        QCOMPARE(t.cell(0, 7), u"1.5"_s);
        QCOMPARE(t.cell(1, 7), u"42"_s); // an integer has no ".0"
        QCOMPARE(t.cell(0, 8), u""_s);
        QCOMPARE(t.cell(1, 9), u"b"_s);
    }

    void sheetsHeaderRowsAndDateSystems()
    {
        const QByteArray bytes = fixture(u"staff.xlsx"_s);
        const auto sheets = XlsxReader::sheets(bytes);
        QVERIFY(std::holds_alternative<QList<XlsxSheetInfo>>(sheets));
        QCOMPARE(std::get<QList<XlsxSheetInfo>>(sheets).size(), 2);
        QCOMPARE(std::get<QList<XlsxSheetInfo>>(sheets).at(1).name, u"Other"_s);
        CsvOptions options;
        options.sheet = u"Other"_s;
        const CsvTable other = table(CsvReader::read(bytes, options));
        QCOMPARE(other.header, (QStringList { u"email"_s, u"groups"_s }));
        QCOMPARE(other.cell(0, 1), u"Sales"_s);
        options.sheet = u"Missing"_s;
        const QString missing = refusal(CsvReader::read(bytes, options));
        QVERIFY2(missing.contains(u"Missing"_s) && missing.contains(u"“Staff”"_s), qPrintable(missing));
        // The header row can be named: the title row is one column wide, so the data beside it
        // has no column name, which is said with the cell.
        XlsxOptions header;
        header.headerRow = 3;
        QCOMPARE(table(XlsxReader::read(bytes, header)).header.value(3), u"email"_s);
        header.headerRow = 1;
        const QString titled = refusal(XlsxReader::read(bytes, header));
        QVERIFY2(titled.contains(u"B3"_s) && titled.contains(u"row 1"_s), qPrintable(titled));
        header.headerRow = 2;
        QVERIFY(refusal(XlsxReader::read(bytes, header)).contains(u"Row 2"_s));

        const CsvTable mac = table(CsvReader::read(fixture(u"mac1904.xlsx"_s)));
        QCOMPARE(mac.cell(0, 1), u"2024-04-01"_s);
        QCOMPARE(XlsxReader::serialToIso(45383, false, true, false), u"2024-04-01"_s);
        QCOMPARE(XlsxReader::serialToIso(45383.5, false, false, false), u"2024-04-01T12:00:00"_s);
        QCOMPARE(XlsxReader::serialToIso(0.25, false, false, true), u"06:00:00"_s);
        QCOMPARE(XlsxReader::serialToIso(1, false, true, false), u"1900-01-01"_s);
        QVERIFY(XlsxReader::isDateFormat(u"yyyy\\-mm\\-dd"_s));
        QVERIFY(XlsxReader::isDateFormat(u"[$-411]ggge\"年\"m\"月\"d\"日\""_s));
        QVERIFY(!XlsxReader::isDateFormat(u"0.00\" days\""_s));
        QVERIFY(!XlsxReader::isDateFormat(u"General"_s));
    }

    void secondWriterAndCachedFormulas()
    {
        const CsvTable t = table(CsvReader::read(fixture(u"xlsxwriter.xlsx"_s)));
        QCOMPARE(t.header, (QStringList { u"email"_s, u"firstName"_s, u"count"_s }));
        QCOMPARE(t.cell(0, 1), u"김"_s);
        QCOMPARE(t.cell(0, 2), u"2"_s); // the cached value; the formula is never evaluated
        QCOMPARE(t.cell(1, 2), u"cached text"_s);
        QCOMPARE(t.cell(1, 1), u"さとう"_s);
    }

    void aHundredThousandRowSheetIsReadWhole()
    {
        // 27 MB of sheet XML, streamed from the ZIP as it unpacks: every row, in order.
        QTemporaryDir dir;
        QVERIFY(Alli::Testing::makeWorkbooks(dir.path(), true));
        QFile file(dir.filePath(u"large.xlsx"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CsvTable t = table(CsvReader::read(file.readAll()));
        QCOMPARE(t.header, (QStringList { u"ownUserId"_s, u"firstName"_s, u"lastName"_s, u"email"_s }));
        QCOMPARE(t.rowCount(), 100000);
        QCOMPARE(t.rowCells(0), (QStringList { u"EMP000001"_s, u"민준"_s, u"김"_s, u"user1@example.com"_s }));
        QCOMPARE(t.rowCells(99999),
            (QStringList { u"EMP100000"_s, u"민준"_s, u"김"_s, u"user100000@example.com"_s }));
        QCOMPARE(t.line(99999), 100001);
        // A limit below the sheet's rows: refused, named.
        XlsxOptions options;
        options.maxRows = 50000;
        file.seek(0);
        const QString message = refusal(XlsxReader::read(file.readAll(), options));
        QVERIFY2(message.contains(u"50000"_s), qPrintable(message));
    }

    void oldXlsWorkbooksAreRefusedWithTheWayOut()
    {
        // A real .xls (BIFF8, by xlwt) is refused, with what to do instead: libfreexl, which could
        // read it, reads outside its own buffers on damaged files (the fuzz corpus keeps one).
        const QByteArray bytes = fixture(u"staff.xls"_s);
        QVERIFY(bytes.startsWith("\xD0\xCF\x11\xE0"));
        QVERIFY(XlsxReader::looksLikeWorkbook(bytes));
        for (const QString& message : { refusal(XlsxReader::read(bytes)), refusal(CsvReader::read(bytes)) }) {
            QVERIFY2(message.contains(u".xls"_s) && message.contains(u"Excel Workbook (.xlsx)"_s),
                qPrintable(message));
        }
        QVERIFY(std::holds_alternative<CsvError>(XlsxReader::sheets(bytes)));
    }

    void whatExcelHidesOrMergesIsReported()
    {
        // A title row merged above the header is no news.
        const CsvTable staff = table(XlsxReader::read(fixture(u"staff.xlsx"_s)));
        QCOMPARE(staff.structureNotes, QStringList());
        QCOMPARE(staff.sheets, (QStringList { u"Staff"_s, u"Other"_s }));
        QCOMPARE(staff.headerRow, 3);

        const CsvTable t = table(XlsxReader::read(fixture(u"structure.xlsx"_s)));
        QCOMPARE(t.headerRow, 2);
        // Every row is imported, the hidden one too; a merged range's value is in its first cell.
        QCOMPARE(t.rowCount(), 4);
        QCOMPARE(t.header.at(3), u"Column D"_s);
        QCOMPARE(t.cell(1, 5), u""_s);
        QCOMPARE(t.cell(2, 0), u"c@example.com"_s);
        const QString notes = t.structureNotes.join(u'\n');
        QCOMPARE(t.structureNotes.size(), 4);
        QVERIFY2(notes.contains(u"merged cells (C2:D2)"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"(F3:F4)"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"(rows 5)"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"hidden in Excel are read too (E)"_s), qPrintable(notes));
        // The header row named by the caller.
        XlsxOptions options;
        options.headerRow = 3;
        const CsvTable fromRow3 = table(XlsxReader::read(fixture(u"structure.xlsx"_s), options));
        QCOMPARE(fromRow3.headerRow, 3);
        QCOMPARE(fromRow3.header.at(0), u"a@example.com"_s);
        QCOMPARE(fromRow3.rowCount(), 3);
    }

    void hostileFilesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected");
        const QByteArray staff = fixture(u"staff.xlsx"_s);
        QTest::addRow("zip bomb") << fixture(u"bomb.xlsx"_s) << QStringList { u"16 MB"_s };
        QTest::addRow("encrypted or .xls")
            << (QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'))
            << QStringList { u"password-protected"_s, u".xls"_s };
        QTest::addRow("truncated ZIP") << staff.left(staff.size() / 2) << QStringList { u"damaged"_s };
        QTest::addRow("entity expansion") << fixture(u"entities.xlsx"_s) << QStringList { u"DTD"_s };
        QTest::addRow("entity expansion in the relationships")
            << fixture(u"entities-rels.xlsx"_s) << QStringList { u"DTD"_s, u"workbook.xml.rels"_s };
        QTest::addRow("16,384 columns") << fixture(u"wide.xlsx"_s) << QStringList { u"XFD1"_s, u"16384"_s };
        QTest::addRow("malformed XML")
            << fixture(u"malformed.xlsx"_s) << QStringList { u"“S”"_s, u"after cell A1"_s, u"line"_s };
        QTest::addRow("macros") << fixture(u"macros.xlsx"_s) << QStringList { u".xlsm"_s, u"never"_s };
        QTest::addRow("header only") << fixture(u"headeronly.xlsx"_s) << QStringList { u"no rows"_s };
        QTest::addRow("rows out of order")
            << fixture(u"disorder.xlsx"_s) << QStringList { u"row 1 after row 2"_s };
        QTest::addRow("sheet without a name")
            << fixture(u"unnamed.xlsx"_s) << QStringList { u"sheet 1 has no name"_s };
        QTest::addRow("two sheets of one name")
            << fixture(u"twins.xlsx"_s) << QStringList { u"“S”"_s, u"“s”"_s, u"same name"_s };
    }

    void hostileFilesAreRefusedWithTheReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        XlsxOptions options;
        options.maxUncompressedBytes = 16LL * 1024 * 1024;
        const QString message = refusal(XlsxReader::read(bytes, options));
        QVERIFY2(!message.isEmpty(), "read instead of refused");
        for (const QString& part : expected)
            QVERIFY2(message.contains(part), qPrintable(part + u" not in: "_s + message));
        // Through CsvReader too (the front ends' way in), with its default limits.
        if (qstrcmp(QTest::currentDataTag(), "zip bomb") != 0) // (its 64 MB are below the default limit)
            QVERIFY(std::holds_alternative<CsvError>(CsvReader::read(bytes)));
    }
};

QTEST_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
