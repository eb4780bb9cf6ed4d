#pragma once
// Files a job leaves behind: the report (UTF-8 with BOM, formula cells neutralised: the original
// columns, then `line` (the row's physical line in the file), `status` (succeeded, failed,
// invalid, not_sent or unknown, never translated), `message`, and a translated "Result" column for
// people; README.md documents it) and the undo file (users created -> a delete file; members invited
// -> a remove file; agents created -> a delete file).

#include "bulktypes.h"
#include "tablefile.h"

#include <QByteArray>

#include <optional>

namespace Alli::Bulk
{

class Report
{
    Q_DECLARE_TR_FUNCTIONS(Alli::Bulk::Report)
public:
    // The fixed code of the report's `status` column.
    static QString reportStatusCode(RowState state);
    static QByteArray reportCsv(
        const QStringList& header, const QList<PreparedRow>& rows, const QList<RowResult>& results);
    // The same report as a table to save as CSV or as a workbook (TableFile). It shares the lists
    // (no copy), so it can be written on a worker.
    static TableData reportTable(
        const QStringList& header, const QList<PreparedRow>& rows, const QList<RowResult>& results);
    // The inverse operation, if there is one, and the CSV that performs it for the rows that
    // succeeded; nullopt when the operation has no inverse or nothing succeeded. undoTable() is
    // safe on a worker, given lists it shares.
    static std::optional<Operation> inverseOperation(Operation op);
    static std::optional<QByteArray> undoCsv(
        Operation op, const QList<PreparedRow>& rows, const QList<RowResult>& results);
    static std::optional<TableData> undoTable(
        Operation op, const QList<PreparedRow>& rows, const QList<RowResult>& results);
};

} // namespace Alli::Bulk
