#pragma once
// Reading Excel workbooks (.xlsx) into the same table a CSV file gives, so that every front end
// (the import dialog, drag and drop, the bulk editors' "Add from file", alli-admin-cli) takes the
// HR system's workbook as it is, without "Save as CSV" and what that step breaks.
//
// The ZIP container is read by minizip (zlib's contrib, Debian's libminizip) from memory; every
// XML part is streamed with QXmlStreamReader. Cells come out as Excel shows them: shared, inline
// and rich-text strings as text; integers without ".0"; a number formatted "00000" keeps its
// zeros; dates and times in ISO 8601 (1900 and 1904 date systems); booleans TRUE/FALSE; a formula
// gives its cached value and is never evaluated. The header is the first row that looks like one
// (title rows above it are skipped), or the row the caller names.
//
// Refused with a message that says why, nothing read: a password-protected workbook or an old
// .xls (both are OLE files), a macro-enabled workbook, a ZIP whose entries or uncompressed size
// exceed the limits (a zip bomb), a part that is not well-formed XML or declares a DTD (entity
// expansion), naming the sheet and cell where it can, and more rows or columns than the limits.

#include "csvreader.h"

#include <QCoreApplication>

namespace Alli::Bulk
{

struct XlsxOptions {
    QString sheet; // by name; empty: the first sheet with data
    int headerRow = 0; // 1-based row of the header; 0: found below any title rows
    qint64 maxUncompressedBytes = 256LL * 1024 * 1024;
    int maxEntries = 10000;
    int maxRows = 1048576; // Excel's own limit
    int maxColumns = 1000;
    int maxCellChars = 32767; // Excel's own limit of a cell
};

struct XlsxSheetInfo {
    QString name;
    bool hidden = false;
};

class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(Alli::Bulk::XlsxReader)
public:
    // A ZIP (PK) or OLE (D0 CF 11 E0) file: a workbook rather than text.
    static bool looksLikeWorkbook(QByteArrayView bytes);
    // The workbook's sheets in their order, or why it cannot be read.
    static std::variant<QList<XlsxSheetInfo>, CsvError> sheets(const QByteArray& bytes);
    // The sheet as a table: its header and data rows, each with its row number in the sheet.
    static std::variant<CsvTable, CsvError> read(const QByteArray& bytes, const XlsxOptions& options = {});
    // Excel's date serial (days since 1899-12-30, or 1904-01-01) as ISO 8601 text: a date, or a
    // date and time when there is a time of day, or a time alone below one day.
    static QString serialToIso(double serial, bool date1904, bool dateOnly, bool timeOnly);
    // True when an Excel number format shows a date or time ("yyyy-mm-dd", "m/d/yy h:mm", ...).
    static bool isDateFormat(const QString& format);
};

} // namespace Alli::Bulk
