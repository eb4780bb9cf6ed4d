// libFuzzer target: the Excel workbook reader (XlsxReader), in two modes chosen by the first byte.
//
// Even: the rest is a whole file, as dropped on the window (the ZIP container, its limits, OLE
// refusals). Random bytes rarely make a ZIP that opens, so the other mode reaches the XML:
//
// Odd: the rest is the workbook's parts separated by two NUL bytes (which XML cannot hold): the
// first sheet, the shared strings, the styles, the workbook part, a second sheet. They are put into
// a valid, uncompressed ZIP here (missing parts get a minimal default), so every mutation lands in
// what the reader parses: cells, references, styles and dates, merged and hidden cells, DTDs.
//
// Besides the sanitizers it checks what the header promises: a table that reads has a header,
// its header row and sheet are reported, its rows have exactly as many cells as the header, in
// increasing row order below the header row; and reading twice gives the same table.

#include "csvreader.h"
#include "xlsxreader.h"
#include "ziptools.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace Alli::Bulk;

namespace
{

void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_xlsxreader: broken invariant: %s\n", what);
        std::abort();
    }
}

QByteArray workbookOf(const QByteArray& input)
{
    QList<QByteArray> joined;
    for (qsizetype from = 0;;) {
        const qsizetype at = input.indexOf(QByteArrayView("\0\0", 2), from);
        if (at < 0) {
            joined.append(input.mid(from));
            break;
        }
        joined.append(input.mid(from, at - from));
        from = at + 2;
    }
    const auto part = [&](int i, const char* fallback) {
        return i < joined.size() ? joined.at(i) : QByteArray(fallback);
    };
    const QByteArray types = "<?xml version=\"1.0\"?><Types "
                             "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    const QByteArray workbook = part(3,
        "<workbook xmlns:r=\"r\"><workbookPr/><sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/>"
        "<sheet name=\"B\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
    const QByteArray rels = "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
                            "<Relationship Id=\"rId2\" Target=\"worksheets/sheet2.xml\"/></Relationships>";
    return Alli::Testing::storedZip({ { "[Content_Types].xml", types }, { "xl/workbook.xml", workbook },
        { "xl/_rels/workbook.xml.rels", rels }, { "xl/worksheets/sheet1.xml", part(0, "<worksheet/>") },
        { "xl/sharedStrings.xml", part(1, "<sst/>") }, { "xl/styles.xml", part(2, "<styleSheet/>") },
        { "xl/worksheets/sheet2.xml", part(4, "<worksheet/>") } });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Error messages go through tr(); a QCoreApplication makes that the app's code path.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1 || size > 1024 * 1024)
        return 0;
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const QByteArray bytes = (data[0] & 1) ? workbookOf(rest) : rest;
    XlsxOptions options;
    options.maxUncompressedBytes = 8LL * 1024 * 1024; // bounded memory per input
    options.maxColumns = 200;
    options.maxRows = 100000;
    options.headerRow = (data[0] >> 1) % 4 == 3 ? 2 : 0;
    if ((data[0] >> 3) & 1)
        options.sheet = u"B"_s;
    const auto read = XlsxReader::read(bytes, options);
    if (const auto* error = std::get_if<CsvError>(&read)) {
        check(!error->message.isEmpty(), "a refusal says why");
        return 0;
    }
    const CsvTable& table = std::get<CsvTable>(read);
    check(!table.header.isEmpty(), "a table has a header");
    check(
        !table.sheet.isEmpty() && table.sheets.contains(table.sheet), "the sheet read is one of the sheets");
    check(table.headerRow > 0, "the header row is reported");
    check(options.headerRow == 0 || table.headerRow == options.headerRow, "the header row asked for is used");
    check(table.header.size() <= options.maxColumns, "no more columns than the limit");
    int previous = table.headerRow;
    for (int r = 0; r < table.rowCount(); ++r) {
        check(table.rowCells(r).size() == table.header.size(), "each row has as many cells as the header");
        check(table.line(r) > previous, "rows come below the header, in order");
        previous = table.line(r);
    }
    // Reading is a function of the bytes.
    const auto again = XlsxReader::read(bytes, options);
    check(std::holds_alternative<CsvTable>(again), "a second read reads too");
    const CsvTable& second = std::get<CsvTable>(again);
    check(second.header == table.header && second.rowCount() == table.rowCount()
            && second.structureNotes == table.structureNotes,
        "a second read gives the same table");
    return 0;
}
