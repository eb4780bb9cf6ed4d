#include "clipboardtable.h"

#include "operations.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Bulk
{

namespace
{

    // &amp; &lt; &gt; &quot; &apos; &nbsp; and numeric references; an unknown one is kept as written.
    QString decodeEntities(QStringView text)
    {
        QString out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c != u'&') {
                out += c;
                continue;
            }
            const qsizetype end = text.indexOf(u';', i);
            if (end < 0 || end - i > 10) {
                out += c;
                continue;
            }
            const QStringView name = text.sliced(i + 1, end - i - 1);
            char32_t code = 0;
            bool ok = true;
            if (name == u"amp")
                code = u'&';
            else if (name == u"lt")
                code = u'<';
            else if (name == u"gt")
                code = u'>';
            else if (name == u"quot")
                code = u'"';
            else if (name == u"apos")
                code = u'\'';
            else if (name == u"nbsp")
                code = u' ';
            else if (name.startsWith(u"#x") || name.startsWith(u"#X"))
                code = char32_t(name.sliced(2).toUInt(&ok, 16));
            else if (name.startsWith(u'#'))
                code = char32_t(name.sliced(1).toUInt(&ok, 10));
            else
                ok = false;
            if (!ok || code == 0 || code > 0x10FFFF) {
                out += c;
                continue;
            }
            out += QString::fromUcs4(&code, 1);
            i = end;
        }
        return out;
    }

    // A cell's HTML as text: <br> is a line break, other tags go, white space runs (the source's
    // line breaks included) become one space, as a browser shows them.
    QString cellText(QStringView html)
    {
        static const QRegularExpression br(u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tag(u"<[^>]*>"_s);
        static const QRegularExpression space(u"[ \\t\\r\\n]+"_s);
        QString text = html.toString();
        text.replace(br, u"\x01"_s);
        text.remove(tag);
        text.replace(space, u" "_s);
        text = decodeEntities(text);
        text.replace(u'\x01', u'\n');
        // Trimmed of the spaces the markup added, not of a cell's own line breaks.
        qsizetype from = 0, to = text.size();
        while (from < to && text.at(from) == u' ')
            ++from;
        while (to > from && text.at(to - 1) == u' ')
            --to;
        return text.mid(from, to - from);
    }

    // The header of the template for `op` (the column order a paste without header is read in).
    // A first row that names the operation's key field (ownUserId or email) is a header.
    bool looksLikeHeader(Operation op, const QStringList& firstRow)
    {
        const QString key = rowsKeyedByEmail(op) ? u"email"_s : u"ownUserId"_s;
        const QList<ColumnMapping> mapping = OperationSpec::autoMap(op, firstRow);
        return std::any_of(
            mapping.cbegin(), mapping.cend(), [&key](const ColumnMapping& m) { return m.target == key; });
    }

} // namespace

// Tab-separated text as spreadsheets write it: a cell that starts with a quote runs to the
// closing quote (tabs, line breaks and doubled quotes inside); CRLF or LF ends a row.
QList<QStringList> ClipboardTable::tsvRows(QStringView text, std::optional<CsvError>* error)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool atCellStart = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (atCellStart && c == u'"') {
            const int startLine = line;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar q = text.at(i);
                if (q == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        cell += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == u'\n')
                    ++line;
                if (!(q == u'\r' && i + 1 < n && text.at(i + 1) == u'\n'))
                    cell += q;
                ++i;
            }
            if (!closed) {
                *error = CsvError(startLine,
                    tr("The pasted text cannot be read as rows: the quote opened on pasted line "
                       "%1 is never closed.")
                        .arg(startLine));
                return {};
            }
            atCellStart = false;
            continue;
        }
        if (c == u'\t') {
            row.append(std::exchange(cell, QString()));
            atCellStart = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            row.append(std::exchange(cell, QString()));
            rows.append(std::exchange(row, QStringList()));
            ++line;
            atCellStart = true;
        } else {
            cell += c;
            atCellStart = false;
        }
        ++i;
    }
    row.append(cell);
    rows.append(row);
    return rows;
}

QString ClipboardTable::tsvText(const QList<QStringList>& rows)
{
    QString out;
    for (const QStringList& row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString& cell : row) {
            if (!cell.contains(u'\t') && !cell.contains(u'\n') && !cell.contains(u'\r')
                && !cell.contains(u'"')) {
                cells.append(cell);
                continue;
            }
            QString quoted = cell;
            quoted.replace(u"\""_s, u"\"\""_s);
            cells.append(u'"' + quoted + u'"');
        }
        out += cells.join(u'\t') + u"\r\n"_s;
    }
    return out;
}

QList<ColumnMapping> PastedTable::mapping(Operation op) const
{
    QList<ColumnMapping> result = OperationSpec::autoMap(op, table.header);
    if (!headerFound) {
        // Users map every named column to a data key: a made-up name must not become one.
        for (qsizetype c = templateColumns; c < result.size(); ++c)
            result[c].target.clear();
    }
    return result;
}

QList<QStringList> ClipboardTable::htmlTableRows(QStringView html)
{
    static const QRegularExpression rowPattern(u"<tr\\b[^>]*>(.*?)(?=<tr\\b|</table|$)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cellPattern(u"<t([dh])\\b([^>]*)>(.*?)(?=<t[dh]\\b|</tr|$)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression colspan(
        u"colspan\\s*=\\s*[\"']?(\\d+)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cellEnd(u"</t[dh]\\s*>"_s, QRegularExpression::CaseInsensitiveOption);
    const qsizetype tableStart = html.indexOf(u"<table", 0, Qt::CaseInsensitive);
    if (tableStart < 0)
        return {};
    const QString body = html.sliced(tableStart).toString();
    QList<QStringList> rows;
    auto rowIt = rowPattern.globalMatch(body);
    while (rowIt.hasNext()) {
        const QRegularExpressionMatch row = rowIt.next();
        QStringList cells;
        auto cellIt = cellPattern.globalMatch(row.captured(1));
        while (cellIt.hasNext()) {
            const QRegularExpressionMatch cell = cellIt.next();
            QString inner = cell.captured(3);
            if (const auto end = cellEnd.match(inner); end.hasMatch())
                inner.truncate(end.capturedStart());
            cells.append(cellText(inner));
            // A merged cell spans columns: the ones it covers are empty.
            const int span = colspan.match(cell.captured(2)).captured(1).toInt();
            for (int i = 1; i < span && i < 1000; ++i)
                cells.append(QString());
        }
        if (!cells.isEmpty())
            rows.append(cells);
    }
    return rows;
}

std::variant<PastedTable, CsvError> ClipboardTable::read(
    Operation op, const QString& text, const QString& html)
{
    QList<QStringList> rows;
    if (html.contains(u"<table"_s, Qt::CaseInsensitive))
        rows = htmlTableRows(html);
    if (rows.isEmpty()) {
        QString tsv = text;
        // Spreadsheets end the block with a line break; blank lines at the end are not rows.
        while (tsv.endsWith(u'\n') || tsv.endsWith(u'\r'))
            tsv.chop(1);
        if (tsv.trimmed().isEmpty())
            return CsvError(
                0, tr("The clipboard holds no rows. Copy the cells in Excel or LibreOffice, then paste."));
        std::optional<CsvError> error;
        rows = tsvRows(tsv, &error);
        if (error)
            return *error;
    }
    if (rows.size() > kMaxRows + 1)
        return CsvError(0,
            tr("The clipboard holds %1 rows; at most %2 can be pasted at once.")
                .arg(rows.size())
                .arg(kMaxRows));

    PastedTable pasted;
    pasted.headerFound = looksLikeHeader(op, rows.constFirst());
    CsvTable& table = pasted.table;
    table.delimiter = Delimiter::Tab;
    // What the source step shows as "text as read": the rows as tab-separated lines.
    for (qsizetype r = 0; r < rows.size() && table.decodedPreview.size() < 2000; ++r)
        table.decodedPreview += rows.at(r).join(u'\t') + u'\n';
    int firstData = 0;
    if (pasted.headerFound) {
        table.header = rows.constFirst();
        firstData = 1;
    } else {
        table.header = OperationSpec::templateHeader(op);
        pasted.templateColumns = int(table.header.size());
        int widest = 0;
        for (const QStringList& row : std::as_const(rows))
            widest = std::max(widest, int(row.size()));
        // Columns beyond the template's are kept under a name of their own ("column 7").
        for (int c = int(table.header.size()); c < widest; ++c)
            table.header.append(tr("column %1").arg(c + 1));
    }
    for (int r = firstData; r < rows.size(); ++r) {
        const QStringList& cells = rows.at(r);
        if (int(cells.size()) > int(table.header.size()))
            return CsvError(r + 1,
                tr("Pasted line %1 has %2 cells, but the header has %3.")
                    .arg(r + 1)
                    .arg(cells.size())
                    .arg(table.header.size()));
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString& c) { return c.trimmed().isEmpty(); }))
            continue; // a blank row between blocks
        table.appendRow(r + 1, cells);
    }
    if (table.rowCount() == 0)
        return CsvError(0, tr("The pasted cells are only a header: copy the rows below it too."));
    return pasted;
}

} // namespace Alli::Bulk
