// libFuzzer target: the bulk CSV reader with encoding and delimiter detection, then validation.
// The input is the raw bytes of a file. They go through CsvReader::read, which is what
// CsvReader::readFile (the GUI's import dialog and alli-admin-cli) does once the file is read:
// encoding auto-detected (BOM, strict UTF-8, windows-949, Shift_JIS) unless a hash of the input
// picks a forced one, delimiter auto-detected, RFC 4180 parsing. A table that parses is then
// auto-mapped and validated for one of the eight operations (also chosen by the hash) and
// written back with the report's CSV writer. Besides the sanitizers, it checks what the
// headers promise: a parsed table has a header, data rows with exactly as many cells as the
// header and increasing line numbers, and validation gives one PreparedRow per data row.

#include "csvreader.h"
#include "operations.h"

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
        std::fprintf(stderr, "fuzz_csvreader: broken invariant: %s\n", what);
        std::abort();
    }
}

quint32 hashOf(const uint8_t* data, size_t size)
{
    quint32 h = 2166136261u; // FNV-1a
    for (size_t i = 0; i < size; ++i)
        h = (h ^ data[i]) * 16777619u;
    return h;
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
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const quint32 h = hashOf(data, size);

    CsvOptions options;
    if ((h >> 3) % 4 == 0) { // a quarter of the inputs: an encoding forced in the dialog
        static constexpr Encoding forced[] = { Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE,
            Encoding::Windows949, Encoding::ShiftJis };
        options.encoding = forced[(h >> 5) % 5];
    }
    if ((h >> 8) % 8 == 0) {
        static constexpr Delimiter forced[] = { Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab };
        options.delimiter = forced[(h >> 11) % 3];
    }

    // Half of the inputs as the import dialog reads them: unreadable data lines listed and left out.
    options.skipBadLines = (h >> 15) % 2 == 0;

    std::variant<CsvTable, CsvError> result = CsvReader::read(bytes, options);
    if (const CsvError* error = std::get_if<CsvError>(&result)) {
        check(!error->message.isEmpty(), "an error without a message");
        check(error->line >= 0, "an error on a negative line");
        return 0;
    }
    const CsvTable& table = std::get<CsvTable>(result);
    check(!table.header.isEmpty(), "a table without a header");
    check(table.header.size() <= options.maxColumns, "more columns than maxColumns");
    check(!table.isEmpty() || !table.badLines.isEmpty(), "a table without data rows or unreadable lines");
    check(options.skipBadLines || table.badLines.isEmpty(), "unreadable lines listed without skipBadLines");
    check(table.badLines.size() <= CsvReader::kMaxBadLines, "more unreadable lines listed than the limit");
    int lastBad = 0;
    for (const CsvLineProblem& bad : table.badLines) {
        check(bad.line > lastBad, "unreadable line numbers that do not increase");
        check(!bad.message.isEmpty() && bad.text.size() <= 200,
            "an unreadable line without a message or too long");
        lastBad = bad.line;
    }
    int lastLine = 0;
    for (int r = 0; r < table.rowCount(); ++r) {
        check(table.rowCells(r).size() == table.header.size(),
            "a row with a different number of cells than the header");
        check(table.line(r) > lastLine, "row line numbers that do not increase");
        lastLine = table.line(r);
    }
    check(table.decodedPreview.size() <= 4096, "a decoded preview far over its size");

    const Operation op = Operation(h % 8);
    const QList<ColumnMapping> mapping = OperationSpec::autoMap(op, table.header);
    check(mapping.size() == table.header.size(), "autoMap gave a mapping per header a different count");
    ValidationContext context;
    if ((h >> 14) % 2 == 0)
        context.knownGroupNames = { u"admin"_s, u"기본 그룹"_s };
    const QList<PreparedRow> prepared = RowValidator::prepare(op, table, mapping, context);
    check(prepared.size() == table.rowCount(), "validation did not give one row per data row");
    for (qsizetype i = 0; i < prepared.size(); ++i) {
        check(prepared[i].index == i, "a prepared row with the wrong index");
        check(prepared[i].line == table.line(int(i)), "a prepared row with the wrong line");
        if (!prepared[i].isValid())
            check(!prepared[i].problems.isEmpty(), "an invalid row without a problem");
    }

    // The report writer over what was read (formula cells neutralised).
    QString out = CsvReader::formatLine(table.header);
    for (int r = 0; r < table.rowCount(); ++r)
        out += CsvReader::formatLine(table.rowCells(r), u';', (h >> 15) % 2 == 0);
    check(!out.isEmpty(), "the writer wrote nothing");
    return 0;
}
