#pragma once
// Every table Alli Admin saves for people (reports, undo files, agent and member exports,
// templates, rows kept from the import grid) as a CSV file or as an Excel workbook, chosen by the
// file name's extension.
//
// CSV: UTF-8 with a BOM (Excel opens it without mojibake), CRLF, cells like formulas neutralised
// when the table asks for it (CsvReader::neutraliseCell).
//
// Workbook (.xlsx, through libxlsxwriter in constant-memory mode, so a 100,000-row report is
// streamed, not held twice): every cell is a text cell unless its column says Number and the cell
// is a plain integer, so IDs keep their leading zeros and a cell that starts with =, +, - or @ stays
// the text it is, never a formula; a bold header row, frozen, with an autofilter; columns as wide
// as their content (East Asian characters count twice); text columns formatted "@" so what the
// admin types later stays text; a column with choices gets a drop-down (Excel's data validation,
// a warning rather than a refusal) whose list is on a hidden sheet, so it has no length limit.
// Re-importing a saved workbook gives exactly the cells that were saved.
//
// Both are written atomically: the file at the path is replaced only when everything was written.

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Alli::Bulk
{

struct TableColumn {
    enum class Kind { Text, Number };
    QString title;
    Kind kind = Kind::Text; // Number: a cell that is a plain integer ("42", not "007") is a number
    QStringList choices; // a workbook's drop-down for this column; not in a CSV file
    QString choicesHint; // shown beside the drop-down (translated): "One of these, or another code"
};

struct TableData {
    QString sheetName; // the workbook's sheet: "Report", "Agents"…
    QList<TableColumn> columns;
    qsizetype rowCount = 0;
    // The cells of row `row` (0-based, without the header); missing cells are empty. Called once
    // per row, in order, on the thread that writes (so it must not touch widgets).
    std::function<QStringList(qsizetype row)> row;
    bool neutraliseForCsv = true; // formula-like cells of a CSV file get a leading apostrophe
    // Rows a workbook's drop-downs cover below the header: at least the rows written (a
    // template's empty rows to fill in get them too).
    int validatedRows = 0;

    // A table of plain text columns named `titles`, its rows copied.
    static TableData fromRows(const QString& sheetName, const QStringList& titles, QList<QStringList> rows);
    // A table of plain text columns named `titles` whose `rowCount` rows `row` gives. `row` must
    // own (or share) what it reads, since the table may be written on another thread.
    static TableData fromRows(const QString& sheetName, const QStringList& titles, qsizetype rowCount,
        std::function<QStringList(qsizetype row)> row);
    QStringList titles() const;
};

class TableFile
{
    Q_DECLARE_TR_FUNCTIONS(Alli::Bulk::TableFile)
public:
    enum class Format { Csv, Xlsx };
    static constexpr int MaxWorkbookRows = 1048576; // Excel's limit, the header included
    static constexpr int MaxWorkbookCellChars = 32767;

    // .xlsx (any case) is a workbook; everything else is CSV.
    static Format formatOf(const QString& path);
    // The file dialog's filters, the preferred one first; and the extension of a format.
    static QString saveFilters(Format preferred = Format::Xlsx);
    static QString extension(Format format); // "xlsx", "csv"
    // `path` with the extension of the filter chosen in a save dialog, when it has none of ours.
    static QString withExtensionOf(const QString& path, const QString& selectedFilter);

    // Writes `table` to `path` in the format of its extension. An empty string when it was
    // written; otherwise why not (translated), naming the row and column when a cell is at fault,
    // and the file at `path` is left as it was.
    static QString write(const QString& path, const TableData& table);
    static QString write(const QString& path, const TableData& table, Format format);
    // write() on the thread pool (a 100,000-row workbook takes a second): `done` gets the result
    // on `context`'s thread, unless `context` was destroyed first. The table must own its rows.
    static void writeInBackground(QObject* context, const QString& path, TableData table,
        std::function<void(const QString& error)> done);
    // The same, with the table made on the worker too (from lists captured by value, which share
    // their data). A table made empty of rows is still written: its header alone.
    static void writeInBackground(QObject* context, const QString& path, std::function<TableData()> makeTable,
        std::function<void(const QString& error)> done);
    static QByteArray csv(const TableData& table);
    // The workbook's bytes, or the reason in `error`.
    static QByteArray xlsx(const TableData& table, QString* error);
    // How wide a column of these texts looks, in Excel's character units (wide characters 2).
    static int displayWidth(QStringView text);
};

} // namespace Alli::Bulk
