#include "report.h"

#include "operationtraits.h"

#include "csvreader.h"

using namespace Qt::Literals::StringLiterals;

namespace Alli::Bulk
{

namespace
{

    const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

} // namespace

QString Report::reportStatusCode(RowState state)
{
    // The journal's ids with an underscore ("not-sent" -> "not_sent"); a report of an unfinished
    // job lists its pending rows as not sent (yet).
    return rowStateId(state == RowState::Pending ? RowState::NotSent : state).replace(u'-', u'_');
}

QByteArray Report::reportCsv(
    const QStringList& header, const QList<PreparedRow>& rows, const QList<RowResult>& results)
{
    QString text;
    // The original columns, then four that are always last: line, status and message keep fixed
    // names and codes for scripts; "result" says the status in the language of the moment.
    text += CsvReader::formatLine(
        QStringList(header) << u"line"_s << u"status"_s << u"message"_s << tr("Result"));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const RowResult result = i < results.size() ? results.at(i) : RowResult {};
        // An agent's initial password never reaches a report.
        QStringList cells = rows.at(i).maskedCells();
        // A row with fewer cells than the header would shift status and message left.
        while (cells.size() < header.size())
            cells.append(QString());
        text += CsvReader::formatLine(cells << QString::number(rows.at(i).line)
                                            << reportStatusCode(result.state) << result.message
                                            << rowStateLabel(result.state));
    }
    return kBom + text.toUtf8();
}

std::optional<Operation> Report::inverseOperation(Operation op)
{
    return traitsOf(op).inverse;
}

std::optional<QByteArray> Report::undoCsv(
    Operation op, const QList<PreparedRow>& rows, const QList<RowResult>& results)
{
    const std::optional<Operation> inverse = inverseOperation(op);
    if (!inverse)
        return std::nullopt;
    // The header is the API's field name, which every language's auto-mapping recognises.
    const QString column = rowsKeyedByEmail(*inverse) ? u"email"_s : u"ownUserId"_s;
    QString text = CsvReader::formatLine({ column });
    int count = 0;
    for (qsizetype i = 0; i < rows.size() && i < results.size(); ++i) {
        if (results.at(i).state != RowState::Succeeded)
            continue;
        text += CsvReader::formatLine({ rows.at(i).key });
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return kBom + text.toUtf8();
}

} // namespace Alli::Bulk
