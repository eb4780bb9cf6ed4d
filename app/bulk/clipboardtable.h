#pragma once
// Rows pasted from a spreadsheet: the text Excel, LibreOffice and Google Sheets put on the
// clipboard (tab-separated, quoted where a cell holds a tab, a quote or a line break) or their
// HTML table, read into the same CsvTable a CSV file gives. A first row that maps to the
// operation's key field (through the same header aliases as a file, Korean and Japanese
// included) is the header; otherwise the rows are read in the column order of the operation's
// template. Pure functions, safe to run on a worker thread.

#include "bulktypes.h"
#include "csvreader.h"

namespace Alli::Bulk
{

struct PastedTable {
    CsvTable table;
    bool headerFound = false; // false: the columns are the template's, in its order
    // Without a header: how many columns are the template's; the ones after them ("column 7")
    // are not mapped to anything unless the admin maps them (see mapping()).
    int templateColumns = 0;
    // The automatic mapping of the table: autoMap(), less the columns beyond the template's.
    QList<ColumnMapping> mapping(Operation op) const;
};

class ClipboardTable
{
    Q_DECLARE_TR_FUNCTIONS(Alli::Bulk::ClipboardTable)
public:
    // `html` wins when it holds a <table>; else `text` is read as tab-separated values.
    // Refused with a message: nothing pasted, no data row, ragged rows beyond the header (named).
    static std::variant<PastedTable, CsvError> read(
        Operation op, const QString& text, const QString& html = {});
    // The cells of an HTML table, row by row (<tr>, <td>/<th>; <br> is a line break; entities
    // decoded; tags inside cells dropped). Tolerant of the HTML that spreadsheets write.
    static QList<QStringList> htmlTableRows(QStringView html);
    // Tab-separated text as spreadsheets write it: a cell that starts with a quote runs to the
    // closing quote (tabs, line breaks and doubled quotes inside); CRLF or LF ends a row. An
    // unclosed quote sets `error` (naming the line) and gives no rows.
    static QList<QStringList> tsvRows(QStringView text, std::optional<CsvError>* error);
    // The reverse, as Excel puts cells on the clipboard: quoted where a cell holds a tab, a quote
    // or a line break; CRLF after every row.
    static QString tsvText(const QList<QStringList>& rows);
    // How many rows a paste may have (a larger one is refused, with this number).
    static constexpr int kMaxRows = 100000;
};

} // namespace Alli::Bulk
