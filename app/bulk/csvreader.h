#pragma once
// Reading CSV files exported from HR systems and Excel: encoding detection (BOM, strict UTF-8,
// then Korean windows-949 and Japanese Shift_JIS/windows-31j), delimiter detection, and an
// RFC 4180 parser that keeps each record's physical line number. Pure functions, safe to run
// on a worker thread.

#include "cellstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Alli::Bulk
{

enum class Encoding { Auto, Utf8, Utf16LE, Utf16BE, Windows949, ShiftJis };
enum class Delimiter { Auto, Comma, Semicolon, Tab };

QString encodingId(Encoding e); // "auto", "utf-8", "utf-16le", "utf-16be", "windows-949", "shift_jis"
std::optional<Encoding> encodingFromId(QStringView id);
QString encodingLabel(Encoding e); // translated for the UI
QString delimiterId(Delimiter d); // "auto", "comma", "semicolon", "tab"
std::optional<Delimiter> delimiterFromId(QStringView id);

struct CsvOptions {
    Encoding encoding = Encoding::Auto;
    Delimiter delimiter = Delimiter::Auto;
    qint64 maxBytes = 64LL * 1024 * 1024; // refused above this (stated in the message)
    int maxColumns = 1000;
    int maxCellChars = 65536; // a longer cell is refused, naming its line and column
    // Data lines that cannot be read (a stray or unclosed quote, too many or too few cells, a
    // cell over the limit) are listed in CsvTable::badLines and left out, instead of refusing the
    // whole file at the first one. Problems of the file itself (encoding, header) still refuse it.
    bool skipBadLines = false;
    // An Excel workbook (.xlsx) is read instead of decoded (XlsxReader): which sheet (empty: the
    // first with data) and which row is the header (0: found below any title rows).
    QString sheet;
    int headerRow = 0;
};

// A data line left out by CsvOptions::skipBadLines: where, why, and its text as read.
struct CsvLineProblem {
    int line = 0;
    QString message; // translated; names the line
    QString text; // the line's first 200 characters
};

struct CsvTable {
    QStringList header;
    Encoding encoding = Encoding::Utf8; // what was used (detected or forced)
    bool hadBom = false;
    Delimiter delimiter = Delimiter::Comma;
    QString decodedPreview; // the first ~2,000 characters of decoded text, to spot mojibake
    QList<CsvLineProblem> badLines; // with CsvOptions::skipBadLines: the lines left out, in file order
    QString sheet; // the sheet of an Excel workbook the rows come from; empty for text
    QStringList sheets; // a workbook's sheets, in order (a picker offers them)
    QStringList hiddenSheets; // those of `sheets` that Excel hides (a template's lists)
    int headerRow = 0; // a workbook's row holding the header (1-based): found, or as asked
    // What Excel shows differently from what is imported (translated, one sentence each): merged
    // cells, hidden rows and columns. The rows are imported as they are; the admin is told.
    QStringList structureNotes;

    // The data rows (header excluded), each with its physical line (where the record starts, 1-based).
    int rowCount() const { return m_nextSlot >= 0 ? int(order.size()) : storeRows(); }
    bool isEmpty() const { return rowCount() == 0; }
    // The row's line in the file; 0 for a row inserted by the admin (insertRows()).
    int line(int row) const;
    QStringView cell(int row, int column) const; // an empty view out of range
    QStringList rowCells(int row) const;
    // The row's cells without a copy (a row of the shared store), or its edited cells.
    RowCells rowRef(int row) const;
    // Adds a row (tests, parts of a table): as many cells as the header has columns (missing
    // ones empty, extra ones dropped).
    void appendRow(int line, const QStringList& rowCells);
    // Replaces one cell (an edit in the preview): the shared store is left as read.
    void setCell(int row, int column, const QString& text);
    // Rows inserted before `row` (rowCount() appends), each with as many cells as the header has
    // columns, and rows removed (the bulk editor): the shared store is left as read.
    void insertRows(int row, const QList<QStringList>& rows);
    void removeRows(int row, int count);

    QSharedDataPointer<CellStore> cells; // null until the first row
    // Where each row's cells are, once rows were inserted or removed (empty before: row r is
    // row r of the store): a row of the store, or (>= the store's rows) a row added by
    // insertRows(), whose cells are in editedRows. Only used once m_nextSlot >= 0.
    QList<int> order;
    QHash<int, QStringList> editedRows; // slot (see order) -> its cells after edits

private:
    int storeRows() const { return cells.constData() ? cells.constData()->rowCount() : 0; }
    int slotOf(int row) const { return m_nextSlot >= 0 ? order.at(row) : row; }
    const QStringList* editedRow(int row) const; // nullptr when the row has no edit
    void startOrder();
    int m_nextSlot = -1; // the slot of the next inserted row; -1: no row inserted or removed yet
};

struct CsvError {
    CsvError(int line_ = 0, QString message_ = {})
        : line(line_)
        , message(std::move(message_))
    {
    }
    int line = 0; // 0 when it concerns the whole file
    QString message; // translated; names the line and what is wrong
    QString decodedPreview; // the text as read, when the file could be decoded
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Alli::Bulk::CsvReader)
public:
    // Detects (or applies) the encoding and decodes. Error for binary data or, when forced,
    // bytes that are invalid in the forced encoding.
    static std::variant<QString, CsvError> decode(
        const QByteArray& bytes, Encoding encoding, Encoding* used = nullptr, bool* hadBom = nullptr);
    static Delimiter detectDelimiter(const QString& firstLine);
    // Parses decoded text. Refuses: empty text, a header with no rows, duplicate header names,
    // rows with more or fewer cells than the header, an unterminated or stray quote (naming the
    // line), more than maxColumns columns, a cell longer than maxCellChars (naming line and column).
    // With `skipBadLines`, unreadable data lines go to CsvTable::badLines (at most kMaxBadLines).
    static std::variant<CsvTable, CsvError> parse(const QString& text, Delimiter delimiter,
        int maxColumns = 1000, int maxCellChars = 65536, bool skipBadLines = false);
    static constexpr int kMaxBadLines = 1000;
    // decode + parse; also refuses an empty file and a file over options.maxBytes (a file that is
    // not a regular file, such as a pipe, is read up to that limit and no further).
    static std::variant<CsvTable, CsvError> read(const QByteArray& bytes, const CsvOptions& options = {});
    static std::variant<CsvTable, CsvError> readFile(const QString& path, const CsvOptions& options = {});

    // Writes one CSV line (RFC 4180 quoting) with CRLF; formula-looking cells neutralised
    // (a leading = + - @ tab CR LF gets a single quote in front) when `neutralise` is true.
    static QString formatLine(const QStringList& cells, QChar delimiter = u',', bool neutralise = true);
    static QString neutraliseCell(const QString& cell);

private:
    // read(), releasing the bytes once they are decoded.
    static std::variant<CsvTable, CsvError> readOwned(QByteArray bytes, const CsvOptions& options);
};

} // namespace Alli::Bulk
