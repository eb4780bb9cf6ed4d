// Tables saved as CSV or as Excel workbooks (TableFile): what is saved is what comes back when the
// file is imported again (the round trip, through the same reader every front end uses), and what
// a second reader (openpyxl, tests/bulkreader/inspect_workbook.py) sees in a saved workbook: text
// cells for IDs and for anything that looks like a formula, a bold frozen header with an
// autofilter, columns as wide as their content, drop-downs from a hidden sheet. A table Excel
// cannot hold is refused with the row and column, and the file already there is left alone.

#include "csvreader.h"
#include "report.h"
#include "tablefile.h"
#include "xlsxreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Alli::Bulk;

class TestTableFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The cells a workbook or CSV file gives back through the import's reader, header first.
    static QList<QStringList> reimported(const QString& path)
    {
        CsvOptions options;
        options.headerRow = 1;
        const auto read = CsvReader::read(readAll(path), options);
        if (const auto* error = std::get_if<CsvError>(&read)) {
            qWarning() << "refused:" << error->message;
            return {};
        }
        const CsvTable& table = std::get<CsvTable>(read);
        QList<QStringList> rows { table.header };
        for (int r = 0; r < table.rowCount(); ++r)
            rows.append(table.rowCells(r));
        return rows;
    }

    static QJsonObject inspect(const QString& path)
    {
        QProcess python;
        python.start(u"/usr/bin/python3"_s,
            { QStringLiteral(ALLI_SOURCE_DIR "/tests/bulkreader/inspect_workbook.py"), path });
        if (!python.waitForFinished(60000) || python.exitCode() != 0) {
            qWarning() << "inspect_workbook.py:" << python.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

    // Staff as an HR system exports them, with every kind of cell that goes wrong in a spreadsheet.
    static QList<QStringList> staffRows()
    {
        return {
            { u"00123"_s, u"김민준"_s, u"minjun.kim@example.com"_s, u"12"_s, u"ko"_s },
            { u"E-7"_s, u"佐藤 花子"_s, u"hanako@example.co.jp"_s, u"007"_s, u"ja"_s },
            { u"=HYPERLINK(\"http://evil\")"_s, u"+82 10 1234"_s, u"-1042"_s, u"@home"_s, u""_s },
            { u"42"_s, u"line one\nline two"_s, u""_s, u"-3"_s, u"en"_s },
            { u"tab\there"_s, u"  padded  "_s, u"bell\u0007"_s, u"123456789012345"_s, u"zh"_s },
        };
    }

    static TableData staffTable()
    {
        TableData table = TableData::fromRows(
            u"Staff"_s, { u"ownUserId"_s, u"이름"_s, u"email"_s, u"count"_s, u"locale"_s }, staffRows());
        table.columns[3].kind = TableColumn::Kind::Number;
        table.columns[4].choices = { u"ko"_s, u"ja"_s, u"en"_s };
        table.columns[4].choicesHint = u"A two-letter ISO 639-1 code"_s;
        // A second, longer list (the project's groups in a template): each list in its own column.
        table.columns[1].choices = { u"영업"_s, u"営業"_s, u"Support"_s, u"HR"_s, u"R&D"_s };
        table.validatedRows = 500;
        return table;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void savedRowsComeBackExactly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("workbook") << u"staff.xlsx"_s;
        QTest::addRow("CSV") << u"staff.csv"_s;
    }

    void savedRowsComeBackExactly()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        TableData table = staffTable();
        // A CSV file for people neutralises formula-like cells; a workbook needs not (text cells),
        // and this round trip compares the cells themselves.
        table.neutraliseForCsv = false;
        QCOMPARE(TableFile::write(path, table), QString());
        QList<QStringList> expected { table.titles() };
        expected += staffRows();
        const QList<QStringList> back = reimported(path);
        QCOMPARE(back.size(), expected.size());
        for (qsizetype r = 0; r < expected.size(); ++r) {
            QStringList row = back.at(r);
            while (row.size() < expected.at(r).size())
                row.append(QString());
            QCOMPARE(row, expected.at(r));
        }
    }

    void aSecondReaderSeesTextHeaderFilterAndDropDowns()
    {
        const QString path = m_dir.filePath(u"inspected.xlsx"_s);
        QCOMPARE(TableFile::write(path, staffTable()), QString());
        const QJsonObject book = inspect(path);
        QCOMPARE(book.value(u"active"_s).toString(), u"Staff"_s);
        const QJsonArray sheets = book.value(u"sheets"_s).toArray();
        QCOMPARE(sheets.size(), 2);
        const QJsonObject staff = sheets.at(0).toObject();
        QCOMPARE(staff.value(u"freeze"_s).toString(), u"A2"_s);
        QCOMPARE(staff.value(u"autofilter"_s).toString(), u"A1:E6"_s);
        const QJsonArray cells = staff.value(u"cells"_s).toArray();
        const auto cell = [&](int r, int c) { return cells.at(r).toArray().at(c).toObject(); };
        for (int c = 0; c < 5; ++c)
            QVERIFY2(cell(0, c).value(u"bold"_s).toBool(), "the header is bold");
        QVERIFY(!cell(1, 0).value(u"bold"_s).toBool());
        // IDs and e-mails are text; "00123" keeps its zeros.
        QCOMPARE(cell(1, 0).value(u"v"_s).toString(), u"00123"_s);
        QCOMPARE(cell(1, 0).value(u"t"_s).toString(), u"s"_s);
        QCOMPARE(cell(4, 0).value(u"t"_s).toString(), u"s"_s); // "42" in an ID column: text
        // Never a formula: openpyxl says "f" for a formula cell.
        for (int c = 0; c < 4; ++c)
            QCOMPARE(cell(3, c).value(u"t"_s).toString(), u"s"_s);
        QCOMPARE(cell(3, 0).value(u"v"_s).toString(), u"=HYPERLINK(\"http://evil\")"_s);
        // The number column: integers are numbers, "007" stays text.
        QCOMPARE(cell(1, 3).value(u"t"_s).toString(), u"n"_s);
        QCOMPARE(cell(1, 3).value(u"v"_s).toInt(), 12);
        QCOMPARE(cell(2, 3).value(u"t"_s).toString(), u"s"_s);
        QCOMPARE(cell(2, 3).value(u"v"_s).toString(), u"007"_s);
        // Widths follow the content: the e-mail column is wider than the locale column, Korean
        // counts double.
        const QJsonObject widths = staff.value(u"widths"_s).toObject();
        QVERIFY2(widths.value(u"C"_s).toDouble() >= 22, QJsonDocument(widths).toJson().constData());
        QVERIFY(widths.value(u"C"_s).toDouble() > widths.value(u"E"_s).toDouble());
        // The drop-down of the locale column, from the hidden list sheet, warning only.
        const QJsonArray validations = staff.value(u"validations"_s).toArray();
        QCOMPARE(validations.size(), 2);
        QJsonObject v = validations.at(0).toObject();
        if (v.value(u"sqref"_s).toString().startsWith(u'B'))
            v = validations.at(1).toObject();
        QCOMPARE(v.value(u"sqref"_s).toString(), u"E2:E501"_s);
        QCOMPARE(v.value(u"type"_s).toString(), u"list"_s);
        QCOMPARE(v.value(u"errorStyle"_s).toString(), u"warning"_s);
        QCOMPARE(v.value(u"formula"_s).toString(), u"Lists!$B$1:$B$3"_s);
        QCOMPARE(v.value(u"prompt"_s).toString(), u"A two-letter ISO 639-1 code"_s);
        // Our own reader knows the list sheet is hidden (the import's sheet picker says so).
        const auto read = CsvReader::read(readAll(path));
        QVERIFY(std::holds_alternative<CsvTable>(read));
        QCOMPARE(std::get<CsvTable>(read).sheets, (QStringList { u"Staff"_s, u"Lists"_s }));
        QCOMPARE(std::get<CsvTable>(read).hiddenSheets, QStringList { u"Lists"_s });
        const QJsonObject lists = sheets.at(1).toObject();
        QCOMPARE(lists.value(u"title"_s).toString(), u"Lists"_s);
        QCOMPARE(lists.value(u"state"_s).toString(), u"hidden"_s);
        const QJsonArray listCells = lists.value(u"cells"_s).toArray();
        QCOMPARE(listCells.size(), 5);
        QCOMPARE(listCells.at(0).toArray().at(0).toObject().value(u"v"_s).toString(), u"영업"_s);
        QCOMPARE(listCells.at(0).toArray().at(1).toObject().value(u"v"_s).toString(), u"ko"_s);
        QCOMPARE(listCells.at(2).toArray().at(1).toObject().value(u"v"_s).toString(), u"en"_s);
        QCOMPARE(listCells.at(4).toArray().at(0).toObject().value(u"v"_s).toString(), u"R&D"_s);
    }

    void aReportAsAWorkbookHasTheRowsOfTheCsvReport()
    {
        // The job's report: the original columns, line as a number, the fixed status code, the
        // message; the password column masked the same way in both.
        QList<PreparedRow> rows;
        for (int i = 0; i < 3; ++i) {
            PreparedRow row;
            row.line = i + 2;
            row.key = u"user%1@example.com"_s.arg(i);
            row.cells = { row.key, u"Secret-%1a!"_s.arg(i) };
            rows.append(row);
        }
        const QList<RowResult> results { { RowState::Succeeded, {}, 0, false },
            { RowState::Failed, u"HTTP 400: bad"_s, 0, false },
            { RowState::Unknown, u"no answer"_s, 0, false } };
        const QStringList header { u"email"_s, u"note"_s };
        const QString csvPath = m_dir.filePath(u"report.csv"_s);
        const QString xlsxPath = m_dir.filePath(u"report.xlsx"_s);
        QCOMPARE(TableFile::write(csvPath, Report::reportTable(header, rows, results)), QString());
        QCOMPARE(TableFile::write(xlsxPath, Report::reportTable(header, rows, results)), QString());
        QCOMPARE(readAll(csvPath), Report::reportCsv(header, rows, results));
        const QList<QStringList> fromCsv = reimported(csvPath);
        const QList<QStringList> fromWorkbook = reimported(xlsxPath);
        QCOMPARE(fromWorkbook, fromCsv);
        QCOMPARE(fromWorkbook.at(2).at(3), u"failed"_s);
        QCOMPARE(fromWorkbook.at(2).at(2), u"3"_s); // the line, a number without ".0"
        // The undo file of the row that succeeded, as a workbook, is an import file again.
        const std::optional<TableData> undo = Report::undoTable(Operation::InviteMembers, rows, results);
        QVERIFY(undo);
        const QString undoPath = m_dir.filePath(u"undo.xlsx"_s);
        QCOMPARE(TableFile::write(undoPath, *undo), QString());
        QCOMPARE(reimported(undoPath), (QList<QStringList> { { u"email"_s }, { u"user0@example.com"_s } }));
    }

    void whatExcelCannotHoldIsRefusedAndTheOldFileKept()
    {
        const QString path = m_dir.filePath(u"kept.xlsx"_s);
        QCOMPARE(TableFile::write(path, staffTable()), QString());
        const QByteArray before = readAll(path);
        QList<QStringList> rows = staffRows();
        rows[3][1] = QString(40000, u'가');
        const QString error = TableFile::write(
            path, TableData::fromRows(u"Staff"_s, { u"a"_s, u"name"_s, u"c"_s, u"d"_s, u"e"_s }, rows));
        QVERIFY2(error.contains(u"Row 4"_s) && error.contains(u"“name”"_s) && error.contains(u"40000"_s)
                && error.contains(u"CSV"_s),
            qPrintable(error));
        QCOMPARE(readAll(path), before);
        // CSV has no such limit.
        QCOMPARE(TableFile::write(m_dir.filePath(u"long.csv"_s),
                     TableData::fromRows(u"Staff"_s, { u"a"_s, u"name"_s, u"c"_s, u"d"_s, u"e"_s }, rows)),
            QString());
        // A folder that does not exist: the reason, nothing written.
        QVERIFY(!TableFile::write(m_dir.filePath(u"missing/x.xlsx"_s), staffTable()).isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing/x.xlsx"_s)));
    }

    void theFileNameSaysTheFormat()
    {
        QCOMPARE(TableFile::formatOf(u"/tmp/a.XLSX"_s), TableFile::Format::Xlsx);
        QCOMPARE(TableFile::formatOf(u"/tmp/a.csv"_s), TableFile::Format::Csv);
        QCOMPARE(TableFile::formatOf(u"/tmp/a"_s), TableFile::Format::Csv);
        const QString xlsxFilter = TableFile::saveFilters().split(u";;"_s).first();
        QCOMPARE(TableFile::withExtensionOf(u"/tmp/report"_s, xlsxFilter), u"/tmp/report.xlsx"_s);
        QCOMPARE(TableFile::withExtensionOf(u"/tmp/report.csv"_s, xlsxFilter), u"/tmp/report.csv"_s);
        QCOMPARE(TableFile::displayWidth(u"김민준 ab"_s), 9);
    }
};

QTEST_GUILESS_MAIN(TestTableFile)
#include "tst_tablefile.moc"
