#include "report.h"

#include "operationtraits.h"

#include "csvreader.h"

using namespace Qt::Literals::StringLiterals;

namespace Alli::Bulk
{

QString Report::reportStatusCode(RowState state)
{
    // The journal's ids with an underscore ("not-sent" -> "not_sent"); a report of an unfinished
    // job lists its pending rows as not sent (yet).
    return rowStateId(state == RowState::Pending ? RowState::NotSent : state).replace(u'-', u'_');
}

QByteArray Report::reportCsv(
    const QStringList& header, const QList<PreparedRow>& rows, const QList<RowResult>& results)
{
    return TableFile::csv(reportTable(header, rows, results));
}

TableData Report::reportTable(
    const QStringList& header, const QList<PreparedRow>& rows, const QList<RowResult>& results)
{
    TableData table;
    table.sheetName = tr("Report");
    // The original columns, then four that are always last: line, status and message keep fixed
    // names and codes for scripts; "result" says the status in the language of the moment.
    for (const QString& title : header)
        table.columns.append({ title, TableColumn::Kind::Text, {}, {} });
    table.columns.append({ u"line"_s, TableColumn::Kind::Number, {}, {} });
    for (const QString& title : { u"status"_s, u"message"_s, tr("Result") })
        table.columns.append({ title, TableColumn::Kind::Text, {}, {} });
    table.rowCount = rows.size();
    const qsizetype width = header.size();
    table.row = [rows, results, width](qsizetype i) {
        const RowResult result = i < results.size() ? results.at(i) : RowResult {};
        // An agent's initial password never reaches a report.
        QStringList cells = rows.at(i).maskedCells();
        // A row with fewer cells than the header would shift status and message left.
        while (cells.size() < width)
            cells.append(QString());
        cells.resize(width);
        return cells << QString::number(rows.at(i).line) << reportStatusCode(result.state) << result.text()
                     << rowStateLabel(result.state);
    };
    return table;
}

std::optional<Operation> Report::inverseOperation(Operation op)
{
    return traitsOf(op).inverse;
}

std::optional<QByteArray> Report::undoCsv(
    Operation op, const QList<PreparedRow>& rows, const QList<RowResult>& results)
{
    const std::optional<TableData> table = undoTable(op, rows, results);
    if (!table)
        return std::nullopt;
    return TableFile::csv(*table);
}

std::optional<TableData> Report::undoTable(
    Operation op, const QList<PreparedRow>& rows, const QList<RowResult>& results)
{
    const std::optional<Operation> inverse = inverseOperation(op);
    if (!inverse)
        return std::nullopt;
    QList<QStringList> keys;
    for (qsizetype i = 0; i < rows.size() && i < results.size(); ++i) {
        if (results.at(i).state == RowState::Succeeded)
            keys.append({ rows.at(i).key });
    }
    if (keys.isEmpty())
        return std::nullopt;
    // The header is the API's field name, which every language's auto-mapping recognises.
    const QString column = rowsKeyedByEmail(*inverse) ? u"email"_s : u"ownUserId"_s;
    return TableData::fromRows(tr("Undo"), { column }, std::move(keys));
}

} // namespace Alli::Bulk
