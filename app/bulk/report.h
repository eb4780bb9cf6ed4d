#pragma once
// Files a job leaves behind: the report (original columns + status + message, UTF-8 with BOM,
// formula cells neutralised) and the undo file (users created -> a delete file; members invited
// -> a remove file; agents created -> a delete file).

#include "bulktypes.h"

#include <QByteArray>

#include <optional>

namespace Alli::Bulk {

class Report {
    Q_DECLARE_TR_FUNCTIONS(Alli::Bulk::Report)
public:
    static QByteArray reportCsv(const QStringList& header, const QList<PreparedRow>& rows,
        const QList<RowResult>& results);
    // The inverse operation, if there is one, and the CSV that performs it for the rows that
    // succeeded; nullopt when the operation has no inverse or nothing succeeded.
    static std::optional<Operation> inverseOperation(Operation op);
    static std::optional<QByteArray> undoCsv(Operation op, const QList<PreparedRow>& rows,
        const QList<RowResult>& results);
};

} // namespace Alli::Bulk
