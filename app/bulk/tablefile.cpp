#include "tablefile.h"

#include "csvreader.h"

#include "background.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Bulk
{

namespace
{

    const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");
    // Rows looked at for a column's width: enough to see what the column holds, cheap for 100,000.
    constexpr qsizetype WidthSampleRows = 1000;
    constexpr int MinColumnWidth = 8;
    constexpr int MaxColumnWidth = 60;
    const QString kListsSheet = u"Lists"_s;

    bool isWide(char32_t c)
    {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
            || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }

    // A plain integer that a number cell shows the same: no sign but '-', no leading zero, no
    // more digits than a double keeps exactly.
    bool isPlainInteger(const QString& cell)
    {
        static const QRegularExpression integer(u"^-?(0|[1-9][0-9]{0,14})$"_s);
        return integer.match(cell).hasMatch();
    }

    // Excel's sheet names: at most 31 characters, none of []:*?/\, not empty.
    QString sheetNameOf(const QString& wanted)
    {
        QString name = wanted;
        static const QRegularExpression forbidden(u"[\\[\\]:*?/\\\\]"_s);
        name.replace(forbidden, u"_"_s);
        name = name.left(31).trimmed();
        if (name.isEmpty() || name.compare(kListsSheet, Qt::CaseInsensitive) == 0)
            name = u"Sheet1"_s;
        return name;
    }

    QByteArray cut(const QString& text, int chars) // libxlsxwriter's limits of validation texts
    {
        return text.left(chars).toUtf8();
    }

    QString columnLetters(int column) // 0-based
    {
        QString letters;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
            letters.prepend(QChar(u'A' + (c - 1) % 26));
        return letters;
    }

    struct WorkbookCloser {
        void operator()(lxw_workbook* workbook) const
        {
            if (workbook)
                workbook_close(workbook);
        }
    };

} // namespace

TableData TableData::fromRows(const QString& sheetName, const QStringList& titles, QList<QStringList> rows)
{
    const qsizetype count = rows.size();
    return fromRows(sheetName, titles, count, [rows = std::move(rows)](qsizetype r) { return rows.at(r); });
}

TableData TableData::fromRows(const QString& sheetName, const QStringList& titles, qsizetype rowCount,
    std::function<QStringList(qsizetype row)> row)
{
    TableData table;
    table.sheetName = sheetName;
    for (const QString& title : titles)
        table.columns.append(TableColumn { title, TableColumn::Kind::Text, {}, {} });
    table.rowCount = rowCount;
    table.row = std::move(row);
    return table;
}

QStringList TableData::titles() const
{
    QStringList out;
    out.reserve(columns.size());
    for (const TableColumn& column : columns)
        out.append(column.title);
    return out;
}

TableFile::Format TableFile::formatOf(const QString& path)
{
    return path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

QString TableFile::saveFilters(Format preferred)
{
    const QString workbook = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV UTF-8 (*.csv)");
    return preferred == Format::Xlsx ? workbook + u";;"_s + csv : csv + u";;"_s + workbook;
}

QString TableFile::extension(Format format)
{
    return format == Format::Xlsx ? u"xlsx"_s : u"csv"_s;
}

QString TableFile::withExtensionOf(const QString& path, const QString& selectedFilter)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (path.isEmpty() || suffix == u"csv" || suffix == u"xlsx" || suffix == u"txt" || suffix == u"tsv")
        return path;
    const Format format = selectedFilter.contains(u"*.xlsx"_s) ? Format::Xlsx : Format::Csv;
    return path + u'.' + extension(format);
}

int TableFile::displayWidth(QStringView text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QByteArray TableFile::csv(const TableData& table)
{
    QString text = CsvReader::formatLine(table.titles(), u',', table.neutraliseForCsv);
    for (qsizetype r = 0; r < table.rowCount; ++r)
        text += CsvReader::formatLine(table.row(r), u',', table.neutraliseForCsv);
    return kBom + text.toUtf8();
}

QByteArray TableFile::xlsx(const TableData& table, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    if (table.rowCount + 1 > MaxWorkbookRows)
        return fail(tr("%n row(s) do not fit in an Excel sheet (at most 1,048,575 below the header): save "
                       "as CSV instead.",
            nullptr, int(std::min<qsizetype>(table.rowCount, INT_MAX))));
    if (table.columns.size() > 16384)
        return fail(tr("%n column(s) do not fit in an Excel sheet (at most 16,384): save as CSV instead.",
            nullptr, int(table.columns.size())));

    // libxlsxwriter writes a file by name; a private temporary one, read back once complete.
    QTemporaryFile temporary(QDir::temp().filePath(u"alli-admin-XXXXXX.xlsx"_s));
    if (!temporary.open())
        return fail(tr("Cannot make a temporary file: %1").arg(temporary.errorString()));
    temporary.close();
    const QByteArray fileName = QFile::encodeName(temporary.fileName());
    const QByteArray tmpdir = QFile::encodeName(QDir::tempPath());
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE; // rows are streamed to a temporary file as they come
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(workbook_new_opt(fileName.constData(), &options));
    if (!workbook)
        return fail(tr("Cannot start the workbook."));
    lxw_worksheet* sheet
        = workbook_add_worksheet(workbook.get(), sheetNameOf(table.sheetName).toUtf8().constData());
    lxw_format* bold = workbook_add_format(workbook.get());
    format_set_bold(bold);
    lxw_format* text = workbook_add_format(workbook.get());
    format_set_num_format(text, "@"); // what the admin types into a text column stays text

    // Widths from the header and the first rows; text columns formatted as text.
    const int columnCount = int(table.columns.size());
    QList<int> widths(columnCount);
    for (int c = 0; c < columnCount; ++c)
        widths[c] = displayWidth(table.columns.at(c).title) + 3; // the autofilter's button
    for (qsizetype r = 0; r < std::min(table.rowCount, WidthSampleRows); ++r) {
        const QStringList cells = table.row(r);
        for (int c = 0; c < columnCount && c < cells.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(cells.at(c).section(u'\n', 0, 0)) + 1);
    }
    for (int c = 0; c < columnCount; ++c) {
        const bool isText = table.columns.at(c).kind == TableColumn::Kind::Text;
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
            std::clamp(widths[c], MinColumnWidth, MaxColumnWidth), isText ? text : nullptr);
    }

    for (int c = 0; c < columnCount; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), table.columns.at(c).title.toUtf8().constData(), bold);
    for (qsizetype r = 0; r < table.rowCount; ++r) {
        const QStringList cells = table.row(r);
        for (int c = 0; c < columnCount && c < cells.size(); ++c) {
            const QString& cell = cells.at(c);
            if (cell.isEmpty())
                continue;
            if (cell.size() > MaxWorkbookCellChars)
                return fail(tr("Row %1, column “%2”: the cell holds %3 characters, more than the %4 an "
                               "Excel cell can hold. Save as CSV instead.")
                                .arg(r + 1)
                                .arg(table.columns.at(c).title)
                                .arg(cell.size())
                                .arg(MaxWorkbookCellChars));
            const bool number = table.columns.at(c).kind == TableColumn::Kind::Number && isPlainInteger(cell);
            // A text cell is never a formula, whatever it starts with.
            const lxw_error written = number
                ? worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), cell.toDouble(), nullptr)
                : worksheet_write_string(
                    sheet, lxw_row_t(r + 1), lxw_col_t(c), cell.toUtf8().constData(), text);
            if (written != LXW_NO_ERROR)
                return fail(tr("Row %1, column “%2”: %3")
                                .arg(r + 1)
                                .arg(table.columns.at(c).title, QString::fromUtf8(lxw_strerror(written))));
        }
    }
    if (columnCount > 0) {
        worksheet_freeze_panes(sheet, 1, 0);
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rowCount), lxw_col_t(columnCount - 1));
    }

    // Drop-downs: each column's choices in a column of a hidden sheet, the validation refers to it.
    QList<const QStringList*> choiceLists;
    const lxw_row_t lastValidated
        = lxw_row_t(std::max<qsizetype>({ table.rowCount, table.validatedRows, 1 }));
    for (int c = 0; c < columnCount; ++c) {
        const TableColumn& column = table.columns.at(c);
        if (column.choices.isEmpty())
            continue;
        const int listColumn = int(choiceLists.size());
        choiceLists.append(&column.choices);
        const QByteArray formula = (u"=%1!$%2$1:$%2$%3"_s)
                                       .arg(kListsSheet, columnLetters(listColumn))
                                       .arg(column.choices.size())
                                       .toUtf8();
        const QByteArray title = cut(column.title, 32);
        const QByteArray hint = cut(column.choicesHint, 250);
        lxw_data_validation validation {};
        validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        validation.value_formula = const_cast<char*>(formula.constData());
        validation.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING; // other values stay possible
        validation.ignore_blank = LXW_VALIDATION_ON;
        if (!hint.isEmpty()) {
            validation.input_title = const_cast<char*>(title.constData());
            validation.input_message = const_cast<char*>(hint.constData());
            validation.error_title = const_cast<char*>(title.constData());
            validation.error_message = const_cast<char*>(hint.constData());
        }
        worksheet_data_validation_range(sheet, 1, lxw_col_t(c), lastValidated, lxw_col_t(c), &validation);
    }
    lxw_worksheet* lists = nullptr;
    if (!choiceLists.isEmpty()) {
        lists = workbook_add_worksheet(workbook.get(), kListsSheet.toUtf8().constData());
        // Constant-memory mode writes a sheet row by row: every list's n-th choice, then the next.
        qsizetype longest = 0;
        for (const QStringList* list : std::as_const(choiceLists))
            longest = std::max(longest, list->size());
        for (qsizetype r = 0; r < longest; ++r) {
            for (qsizetype l = 0; l < choiceLists.size(); ++l) {
                if (r < choiceLists.at(l)->size())
                    worksheet_write_string(lists, lxw_row_t(r), lxw_col_t(l),
                        choiceLists.at(l)->at(r).toUtf8().constData(), text);
            }
        }
    }
    if (lists)
        worksheet_hide(lists);
    worksheet_activate(sheet);

    const lxw_error closed = workbook_close(workbook.release());
    if (closed != LXW_NO_ERROR)
        return fail(tr("Cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(closed))));
    QFile written(temporary.fileName());
    if (!written.open(QIODevice::ReadOnly))
        return fail(written.errorString());
    return written.readAll();
}

QString TableFile::write(const QString& path, const TableData& table)
{
    return write(path, table, formatOf(path));
}

void TableFile::writeInBackground(
    QObject* context, const QString& path, TableData table, std::function<void(const QString& error)> done)
{
    runInBackground(
        context, [path, table = std::move(table)] { return write(path, table); },
        [done = std::move(done)](const QString& error) { done(error); });
}

void TableFile::writeInBackground(QObject* context, const QString& path, std::function<TableData()> makeTable,
    std::function<void(const QString& error)> done)
{
    runInBackground(
        context, [path, makeTable = std::move(makeTable)] { return write(path, makeTable()); },
        [done = std::move(done)](const QString& error) { done(error); });
}

QString TableFile::write(const QString& path, const TableData& table, Format format)
{
    QString error;
    const QByteArray bytes = format == Format::Xlsx ? xlsx(table, &error) : csv(table);
    if (!error.isEmpty())
        return error;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString().isEmpty() ? tr("Cannot write the file.") : file.errorString();
    return {};
}

} // namespace Alli::Bulk
