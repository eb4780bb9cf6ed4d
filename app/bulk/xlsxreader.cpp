#include "xlsxreader.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <unzip.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Bulk
{

namespace
{

    // ---- minizip over a QByteArray ------------------------------------------------------------

    struct MemoryFile {
        const QByteArray* data = nullptr;
        qint64 pos = 0;
    };

    voidpf ZCALLBACK memoryOpen(voidpf opaque, const void*, int)
    {
        return new MemoryFile { static_cast<const QByteArray*>(opaque), 0 };
    }

    uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void* buffer, uLong size)
    {
        auto* file = static_cast<MemoryFile*>(stream);
        const qint64 left = file->data->size() - file->pos;
        const qint64 n = std::max<qint64>(0, std::min<qint64>(qint64(size), left));
        if (n > 0)
            std::memcpy(buffer, file->data->constData() + file->pos, size_t(n));
        file->pos += n;
        return uLong(n);
    }

    uLong ZCALLBACK memoryWrite(voidpf, voidpf, const void*, uLong)
    {
        return 0; // read only
    }

    ZPOS64_T ZCALLBACK memoryTell(voidpf, voidpf stream)
    {
        return ZPOS64_T(static_cast<MemoryFile*>(stream)->pos);
    }

    long ZCALLBACK memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
    {
        auto* file = static_cast<MemoryFile*>(stream);
        qint64 base = 0;
        if (origin == ZLIB_FILEFUNC_SEEK_CUR)
            base = file->pos;
        else if (origin == ZLIB_FILEFUNC_SEEK_END)
            base = file->data->size();
        const qint64 target = base + qint64(offset);
        if (target < 0 || target > file->data->size())
            return -1;
        file->pos = target;
        return 0;
    }

    int ZCALLBACK memoryClose(voidpf, voidpf stream)
    {
        delete static_cast<MemoryFile*>(stream);
        return 0;
    }

    int ZCALLBACK memoryError(voidpf, voidpf)
    {
        return 0;
    }

    // The workbook's ZIP container, read from memory, with limits on what it may unpack to.
    class Archive
    {
    public:
        explicit Archive(const QByteArray& bytes)
        {
            zlib_filefunc64_def functions {};
            functions.zopen64_file = memoryOpen;
            functions.zread_file = memoryRead;
            functions.zwrite_file = memoryWrite;
            functions.ztell64_file = memoryTell;
            functions.zseek64_file = memorySeek;
            functions.zclose_file = memoryClose;
            functions.zerror_file = memoryError;
            functions.opaque = const_cast<QByteArray*>(&bytes);
            m_zip = unzOpen2_64("workbook.xlsx", &functions);
        }
        ~Archive()
        {
            if (m_zip)
                unzClose(m_zip);
        }
        Archive(const Archive&) = delete;
        Archive& operator=(const Archive&) = delete;

        bool isOpen() const { return m_zip != nullptr; }

        // Why the container must not be unpacked (too many entries, too large once unpacked).
        QString checkLimits(const XlsxOptions& options)
        {
            int entries = 0;
            quint64 total = 0;
            for (int rc = unzGoToFirstFile(m_zip); rc == UNZ_OK; rc = unzGoToNextFile(m_zip)) {
                unz_file_info64 info {};
                if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
                    return XlsxReader::tr("the workbook's ZIP directory is damaged");
                if (++entries > options.maxEntries)
                    return XlsxReader::tr("it holds more than %1 parts").arg(options.maxEntries);
                total += info.uncompressed_size;
                if (total > quint64(options.maxUncompressedBytes))
                    return XlsxReader::tr("it would unpack to more than %1 MB")
                        .arg(options.maxUncompressedBytes / (1024 * 1024));
            }
            m_budget = options.maxUncompressedBytes;
            return {};
        }

        bool contains(const QString& name)
        {
            return unzLocateFile(m_zip, name.toUtf8().constData(), 2) == UNZ_OK;
        }

        // Opens a part for reading(); false with `error` set when it is missing or damaged.
        bool openPart(const QString& name, QString* error)
        {
            if (unzLocateFile(m_zip, name.toUtf8().constData(), 2) != UNZ_OK) {
                *error = XlsxReader::tr("the part %1 is missing").arg(name);
                return false;
            }
            unz_file_info64 info {};
            if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
                || unzOpenCurrentFile(m_zip) != UNZ_OK) {
                *error = XlsxReader::tr("the part %1 cannot be opened").arg(name);
                return false;
            }
            m_partName = name;
            m_declared = qint64(std::min<quint64>(info.uncompressed_size, quint64(m_budget)));
            m_read = 0;
            return true;
        }

        // The next bytes of the open part: > 0 read, 0 at its end (checksum verified), -1 with
        // `error` set when it is damaged or unpacks to more than the directory said (what a
        // crafted ZIP does): what is unpacked is counted, never what the directory claims.
        qint64 readPart(char* buffer, qint64 size, QString* error)
        {
            const int n = unzReadCurrentFile(m_zip, buffer, unsigned(std::min<qint64>(size, 1 << 20)));
            if (n < 0) {
                *error = XlsxReader::tr("the part %1 is damaged").arg(m_partName);
                return -1;
            }
            if (n == 0) {
                if (unzCloseCurrentFile(m_zip) != UNZ_OK) {
                    *error = XlsxReader::tr("the part %1 is damaged (checksum)").arg(m_partName);
                    return -1;
                }
                m_budget -= m_read;
                return 0;
            }
            if (m_read + n > m_declared || m_read + n > m_budget) {
                *error = XlsxReader::tr("the part %1 unpacks to more than its stated size").arg(m_partName);
                return -1;
            }
            m_read += n;
            return n;
        }

        void closePart() { unzCloseCurrentFile(m_zip); }

        // The whole part's bytes (the small ones: workbook, styles, shared strings); nullopt with
        // `error` set, as readPart().
        std::optional<QByteArray> part(const QString& name, QString* error)
        {
            if (!openPart(name, error))
                return std::nullopt;
            QByteArray out;
            char buffer[65536];
            for (;;) {
                const qint64 n = readPart(buffer, sizeof buffer, error);
                if (n < 0) {
                    closePart();
                    return std::nullopt;
                }
                if (n == 0)
                    return out;
                out.append(buffer, n);
            }
        }

    private:
        unzFile m_zip = nullptr;
        qint64 m_budget = 0;
        QString m_partName;
        qint64 m_declared = 0;
        qint64 m_read = 0;
    };

    // A part streamed as it unpacks, for the XML reader to pull from: a 100,000-row sheet is never
    // held whole (26 MB of XML for four columns).
    class PartStream : public QIODevice
    {
    public:
        PartStream(Archive& zip, const QString& name)
            : m_zip(zip)
        {
            if (zip.openPart(name, &m_problem))
                open(QIODevice::ReadOnly);
        }
        ~PartStream() override
        {
            if (isOpen() && !m_ended)
                m_zip.closePart();
        }
        bool isSequential() const override { return true; }
        // Why the part could not be read to its end; empty when it was.
        QString problem() const { return m_problem; }

    protected:
        qint64 readData(char* data, qint64 size) override
        {
            if (m_ended || !m_problem.isEmpty())
                return -1;
            if (size <= 0) // QIODevice asks for nothing at times: not the end of the part
                return 0;
            const qint64 n = m_zip.readPart(data, size, &m_problem);
            if (n <= 0) {
                m_ended = true; // the part is closed (or left to the destructor after an error)
                if (n < 0)
                    m_zip.closePart();
                return -1;
            }
            return n;
        }
        qint64 writeData(const char*, qint64) override { return -1; }

    private:
        Archive& m_zip;
        QString m_problem;
        bool m_ended = false;
    };

    // ---- Workbook parts -----------------------------------------------------------------------

    CsvError workbookError(const QString& why)
    {
        return { 0,
            XlsxReader::tr(
                "This Excel workbook cannot be read: %1. Open it in Excel and save it again as .xlsx, "
                "or use File > Save As and choose \"CSV UTF-8\".")
                .arg(why) };
    }

    // Every XML part is read through this: a DTD (where entity expansion hides) stops the part
    // like malformed XML, so no part can expand an entity, whichever loop reads it. A DTD can only
    // come before the root element, which every loop reads with next().
    class PartReader : public QXmlStreamReader
    {
    public:
        explicit PartReader(const QByteArray& data)
        {
            addData(data);
            setNamespaceProcessing(false);
        }
        explicit PartReader(QIODevice* device)
            : QXmlStreamReader(device)
        {
            setNamespaceProcessing(false);
        }
        TokenType next()
        {
            const TokenType token = readNext();
            if (token != DTD)
                return token;
            raiseError(XlsxReader::tr("a DTD is not allowed"));
            return Invalid;
        }
    };

    QString xmlProblem(const QXmlStreamReader& xml, const QString& part)
    {
        return XlsxReader::tr("the part %1 is not well-formed XML (line %2: %3)")
            .arg(part)
            .arg(xml.lineNumber())
            .arg(xml.errorString());
    }

    QString columnLetters(int column) // 1-based
    {
        QString letters;
        while (column > 0) {
            const int rest = (column - 1) % 26;
            letters.prepend(QChar(u'A' + rest));
            column = (column - 1) / 26;
        }
        return letters;
    }

    // "BC12" -> column 55 (1-based), row 12; 0 when absent or malformed.
    void parseReference(QStringView ref, int* column, int* row)
    {
        qsizetype i = 0;
        qint64 c = 0;
        while (i < ref.size() && ref[i].isLetter() && c <= 100000) {
            c = c * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
            ++i;
        }
        bool ok = false;
        const int r = ref.mid(i).toInt(&ok);
        *column = c > 0 && c <= 100000 ? int(c) : 0;
        *row = ok ? r : 0;
    }

    // Excel writes a control character, which XML 1.0 cannot hold, as _xHHHH_ (and a literal
    // "_x" that looks like one as _x005F_x...); the cell is the decoded text.
    QString decodeEscapes(QString text)
    {
        if (!text.contains(u"_x"))
            return text;
        QString out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x'
                && text.at(i + 6) == u'_') {
                bool ok = false;
                const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
                if (ok) {
                    out += QChar(code);
                    i += 6;
                    continue;
                }
            }
            out += text.at(i);
        }
        return out;
    }

    // Text of an <si> or <is>: every <t>, the phonetic runs (<rPh>, furigana) left out.
    QString richText(PartReader& xml, QStringView element)
    {
        QString text;
        int phonetic = 0;
        while (!xml.atEnd()) {
            const auto token = xml.next();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"rPh")
                    ++phonetic;
                else if (xml.name() == u"t" && phonetic == 0)
                    text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (token == QXmlStreamReader::EndElement) {
                if (xml.name() == u"rPh")
                    --phonetic;
                else if (xml.name() == element)
                    break;
            }
        }
        return decodeEscapes(text);
    }

    struct NumberFormat {
        enum Kind { General, Date, DateTime, Time, ZeroPadded, Text } kind = General;
        int digits = 0; // ZeroPadded: how many
    };

    NumberFormat formatOf(int id, const QString& code)
    {
        NumberFormat f;
        if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36)
            || (id >= 50 && id <= 58))
            f.kind = NumberFormat::Date;
        else if (id == 22)
            f.kind = NumberFormat::DateTime;
        else if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47))
            f.kind = NumberFormat::Time;
        else if (id == 49)
            f.kind = NumberFormat::Text;
        else if (!code.isEmpty()) {
            const QString first = code.section(u';', 0, 0);
            if (!first.isEmpty()
                && std::all_of(first.cbegin(), first.cend(), [](QChar c) { return c == u'0'; })) {
                f.kind = NumberFormat::ZeroPadded;
                f.digits = int(first.size());
            } else if (XlsxReader::isDateFormat(code)) {
                QString bare = code.toLower();
                const bool time = bare.contains(u'h') || bare.contains(u's');
                const bool date = bare.contains(u'y') || bare.contains(u'd');
                f.kind = date && time ? NumberFormat::DateTime
                    : time            ? NumberFormat::Time
                                      : NumberFormat::Date;
            } else if (code == u"@") {
                f.kind = NumberFormat::Text;
            }
        }
        return f;
    }

    QString numberText(double value)
    {
        if (std::isfinite(value) && std::fabs(value) < 1e15 && value == std::floor(value))
            return QString::number(qint64(value));
        QString text = QString::number(value, 'g', 15); // what Excel shows: 15 significant digits
        return text;
    }

    struct Workbook {
        bool date1904 = false;
        QList<XlsxSheetInfo> sheets;
        QStringList sheetParts; // xl/worksheets/sheet1.xml, by sheet
        QStringList sharedStrings;
        QList<NumberFormat> styles; // by cellXfs index
    };

    // [Content_Types], workbook, its relationships, shared strings and styles.
    std::variant<Workbook, CsvError> openWorkbook(Archive& zip)
    {
        Workbook book;
        QString error;
        const std::optional<QByteArray> types = zip.part(u"[Content_Types].xml"_s, &error);
        if (!types)
            return workbookError(XlsxReader::tr("it is not an Excel workbook (%1)").arg(error));
        if (types->contains("macroEnabled"))
            return CsvError { 0,
                XlsxReader::tr(
                    "This workbook contains macros (.xlsm), which Alli Admin never runs or reads. In "
                    "Excel, save a copy as \"Excel Workbook (.xlsx)\" and import that.") };
        const std::optional<QByteArray> workbook = zip.part(u"xl/workbook.xml"_s, &error);
        if (!workbook)
            return workbookError(XlsxReader::tr("it is not an Excel workbook (%1)").arg(error));
        QHash<QString, QString> sheetRel; // sheet name -> relationship id
        QStringList relIds;
        {
            PartReader xml(*workbook);
            while (!xml.atEnd()) {
                const auto token = xml.next();
                if (token != QXmlStreamReader::StartElement)
                    continue;
                const auto attributes = xml.attributes();
                if (xml.name() == u"workbookPr") {
                    const QStringView d = attributes.value(QLatin1StringView("date1904"));
                    book.date1904 = d == u"1" || d == u"true";
                } else if (xml.name() == u"sheet") {
                    XlsxSheetInfo info;
                    info.name = attributes.value(QLatin1StringView("name")).toString();
                    info.hidden = !attributes.value(QLatin1StringView("state")).isEmpty()
                        && attributes.value(QLatin1StringView("state")) != u"visible";
                    QString rid;
                    for (const QXmlStreamAttribute& a : attributes) {
                        if (a.qualifiedName().endsWith(u":id"))
                            rid = a.value().toString();
                    }
                    book.sheets.append(info);
                    relIds.append(rid);
                }
            }
            if (xml.hasError())
                return workbookError(xmlProblem(xml, u"xl/workbook.xml"_s));
        }
        if (book.sheets.isEmpty())
            return workbookError(XlsxReader::tr("it has no sheet"));
        // Sheets are chosen by name (the picker, --sheet), and Excel compares names without case.
        QHash<QString, QString> named; // folded name -> name
        for (qsizetype i = 0; i < book.sheets.size(); ++i) {
            const QString& name = book.sheets.at(i).name;
            if (name.isEmpty())
                return workbookError(XlsxReader::tr("its sheet %1 has no name").arg(i + 1));
            const QString folded = name.toCaseFolded();
            if (const auto twin = named.constFind(folded); twin != named.cend())
                return workbookError(
                    XlsxReader::tr("its sheets “%1” and “%2” have the same name").arg(*twin, name));
            named.insert(folded, name);
        }
        QHash<QString, QString> targets;
        if (const std::optional<QByteArray> rels = zip.part(u"xl/_rels/workbook.xml.rels"_s, &error)) {
            PartReader xml(*rels);
            while (!xml.atEnd()) {
                if (xml.next() == QXmlStreamReader::StartElement && xml.name() == u"Relationship")
                    targets.insert(xml.attributes().value(QLatin1StringView("Id")).toString(),
                        xml.attributes().value(QLatin1StringView("Target")).toString());
            }
            if (xml.hasError())
                return workbookError(xmlProblem(xml, u"xl/_rels/workbook.xml.rels"_s));
        }
        for (qsizetype i = 0; i < book.sheets.size(); ++i) {
            QString target = targets.value(relIds.at(i));
            if (target.isEmpty())
                target = u"worksheets/sheet%1.xml"_s.arg(i + 1);
            book.sheetParts.append(target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target);
        }
        if (zip.contains(u"xl/sharedStrings.xml"_s)) {
            const std::optional<QByteArray> strings = zip.part(u"xl/sharedStrings.xml"_s, &error);
            if (!strings)
                return workbookError(error);
            PartReader xml(*strings);
            while (!xml.atEnd()) {
                const auto token = xml.next();
                if (token == QXmlStreamReader::StartElement && xml.name() == u"si")
                    book.sharedStrings.append(richText(xml, u"si"));
            }
            if (xml.hasError())
                return workbookError(xmlProblem(xml, u"xl/sharedStrings.xml"_s));
        }
        if (zip.contains(u"xl/styles.xml"_s)) {
            const std::optional<QByteArray> styles = zip.part(u"xl/styles.xml"_s, &error);
            if (!styles)
                return workbookError(error);
            QHash<int, QString> codes;
            PartReader xml(*styles);
            bool inCellXfs = false;
            while (!xml.atEnd()) {
                const auto token = xml.next();
                if (token == QXmlStreamReader::StartElement) {
                    if (xml.name() == u"numFmt")
                        codes.insert(xml.attributes().value(QLatin1StringView("numFmtId")).toInt(),
                            xml.attributes().value(QLatin1StringView("formatCode")).toString());
                    else if (xml.name() == u"cellXfs")
                        inCellXfs = true;
                    else if (inCellXfs && xml.name() == u"xf") {
                        const int id = xml.attributes().value(QLatin1StringView("numFmtId")).toInt();
                        book.styles.append(formatOf(id, codes.value(id)));
                    }
                } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
                    inCellXfs = false;
                }
            }
            if (xml.hasError())
                return workbookError(xmlProblem(xml, u"xl/styles.xml"_s));
        }
        return book;
    }

    struct SheetRow {
        int number = 0;
        QStringList cells; // from column A
        bool hidden = false; // hidden in Excel
    };

    struct SheetData {
        QList<SheetRow> rows; // the non-empty ones
        QList<int> hiddenColumns; // 1-based
        QStringList merged; // "A1:C1"
        bool isEmpty() const { return rows.isEmpty(); }
    };

    // Every non-empty row of a sheet, its cells as Excel shows them, and what Excel hides or merges.
    std::variant<SheetData, CsvError> readRows(
        Archive& zip, const Workbook& book, int sheet, const XlsxOptions& options)
    {
        const QString sheetName = book.sheets.at(sheet).name;
        PartStream stream(zip, book.sheetParts.at(sheet));
        if (!stream.isOpen())
            return workbookError(stream.problem());
        SheetData sheetData;
        QList<SheetRow>& rows = sheetData.rows;
        PartReader xml(&stream);
        SheetRow current;
        int nextRow = 1;
        int nextColumn = 1;
        int rowWidth = 0; // of the last row, to size the next one's list
        int lastCellRow = 0; // the last cell read whole, to say where malformed XML starts
        int lastCellColumn = 0;
        int cellColumn = 0; // of the cell being read, for messages (its reference made only then)
        const auto fail = [&](const QString& why) {
            return CsvError { current.number,
                XlsxReader::tr("Sheet “%1”, cell %2: %3")
                    .arg(sheetName, columnLetters(cellColumn) + QString::number(current.number), why) };
        };
        while (!xml.atEnd()) {
            const auto token = xml.next();
            if (token == QXmlStreamReader::EndElement && xml.name() == u"row") {
                while (!current.cells.isEmpty() && current.cells.constLast().isEmpty())
                    current.cells.removeLast();
                if (!current.cells.isEmpty()) {
                    rowWidth = int(current.cells.size());
                    rows.append(std::move(current));
                }
                current = SheetRow();
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"row") {
                int r = 0;
                {
                    // Copies of the attributes are let go before the next token: a copy held
                    // makes the reader allocate its list again for every element.
                    const QXmlStreamAttributes a = xml.attributes();
                    r = a.value(QLatin1StringView("r")).toInt();
                    const QStringView hidden = a.value(QLatin1StringView("hidden"));
                    current.hidden = hidden == u"1" || hidden == u"true";
                }
                if (r > 0 && r < nextRow) // rows come in order in every writer's output
                    return workbookError(XlsxReader::tr("the sheet “%1” lists row %2 after row %3")
                                             .arg(sheetName)
                                             .arg(r)
                                             .arg(nextRow - 1));
                current.number = r > 0 ? r : nextRow;
                current.cells.reserve(rowWidth);
                nextRow = current.number + 1;
                nextColumn = 1;
                if (current.number > options.maxRows)
                    return CsvError { current.number,
                        XlsxReader::tr("Sheet “%1” has more than %2 rows, the limit.")
                            .arg(sheetName)
                            .arg(options.maxRows) };
                continue;
            }
            if (xml.name() == u"col") {
                const auto a = xml.attributes();
                const QStringView hidden = a.value(QLatin1StringView("hidden"));
                if (hidden == u"1" || hidden == u"true") {
                    const int from = a.value(QLatin1StringView("min")).toInt();
                    const int to = std::min(a.value(QLatin1StringView("max")).toInt(), options.maxColumns);
                    for (int c = std::max(from, 1); c <= to; ++c)
                        sheetData.hiddenColumns.append(c);
                }
                continue;
            }
            if (xml.name() == u"mergeCell") {
                if (sheetData.merged.size() < 1000)
                    sheetData.merged.append(xml.attributes().value(QLatin1StringView("ref")).toString());
                continue;
            }
            if (xml.name() != u"c")
                continue;
            int column = 0;
            int row = 0;
            enum class Type { Number, Shared, Inline, Text, Boolean } type = Type::Number;
            int style = 0;
            {
                const QXmlStreamAttributes attributes = xml.attributes();
                parseReference(attributes.value(QLatin1StringView("r")), &column, &row);
                const QStringView t = attributes.value(QLatin1StringView("t"));
                type = t == u"s"                            ? Type::Shared
                    : t == u"inlineStr"                     ? Type::Inline
                    : t == u"str" || t == u"e" || t == u"d" ? Type::Text
                    : t == u"b"                             ? Type::Boolean
                                                            : Type::Number;
                style = attributes.value(QLatin1StringView("s")).toInt();
            }
            if (column == 0)
                column = nextColumn;
            nextColumn = column + 1;
            cellColumn = column;
            if (column > options.maxColumns)
                return fail(XlsxReader::tr("column %1 is beyond the limit of %2 columns")
                                .arg(column)
                                .arg(options.maxColumns));
            QString value;
            bool hasValue = false;
            QString inlineText;
            bool hasInline = false;
            while (!xml.atEnd()) {
                const auto inner = xml.next();
                if (inner == QXmlStreamReader::EndElement && xml.name() == u"c")
                    break;
                if (inner != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == u"v") {
                    value = xml.readElementText();
                    hasValue = true;
                } else if (xml.name() == u"is") {
                    inlineText = richText(xml, u"is");
                    hasInline = true;
                } else if (xml.name() == u"f") {
                    xml.skipCurrentElement(); // never evaluated: the cached <v> is what Excel shows
                }
            }
            QString text;
            if (type == Type::Shared) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= book.sharedStrings.size())
                    return fail(XlsxReader::tr("it refers to a text that the workbook does not have"));
                text = book.sharedStrings.at(index);
            } else if (type == Type::Inline) {
                text = inlineText;
            } else if (type == Type::Text) {
                text = decodeEscapes(value);
            } else if (type == Type::Boolean) {
                text = value == u"1" ? u"TRUE"_s : u"FALSE"_s;
            } else if (hasValue) {
                bool ok = false;
                const double number = value.toDouble(&ok);
                if (!ok)
                    return fail(XlsxReader::tr("“%1” is not a number").arg(value.left(40)));
                const NumberFormat format
                    = style >= 0 && style < book.styles.size() ? book.styles.at(style) : NumberFormat();
                switch (format.kind) {
                case NumberFormat::Date:
                    text = XlsxReader::serialToIso(number, book.date1904, true, false);
                    break;
                case NumberFormat::DateTime:
                    text = XlsxReader::serialToIso(number, book.date1904, false, false);
                    break;
                case NumberFormat::Time:
                    text = XlsxReader::serialToIso(number, book.date1904, false, number < 1);
                    break;
                case NumberFormat::ZeroPadded:
                    text = number >= 0 && number == std::floor(number) && number < 1e15
                        ? QString::number(qint64(number)).rightJustified(format.digits, u'0')
                        : numberText(number);
                    break;
                case NumberFormat::General:
                case NumberFormat::Text:
                    text = numberText(number);
                    break;
                }
            } else if (hasInline) {
                text = inlineText;
            }
            if (text.size() > options.maxCellChars)
                return fail(XlsxReader::tr("the cell holds %1 characters, more than %2")
                                .arg(text.size())
                                .arg(options.maxCellChars));
            while (current.cells.size() < column - 1)
                current.cells.append(QString());
            if (current.cells.size() == column - 1)
                current.cells.append(text);
            else
                current.cells[column - 1] = text; // a cell given twice: the last one
            lastCellRow = current.number;
            lastCellColumn = column;
        }
        // A damaged or oversized part stops the XML early: that is the reason, not the XML.
        if (!stream.problem().isEmpty())
            return workbookError(stream.problem());
        if (xml.hasError()) {
            // Where: the last cell read before the fault (a whole sheet is often one line of XML).
            if (lastCellColumn > 0)
                return CsvError { lastCellRow,
                    workbookError(
                        XlsxReader::tr("the sheet “%1” is not well-formed XML after cell %2 (line %3, "
                                       "column %4: %5)")
                            .arg(sheetName, columnLetters(lastCellColumn) + QString::number(lastCellRow))
                            .arg(xml.lineNumber())
                            .arg(xml.columnNumber())
                            .arg(xml.errorString()))
                        .message };
            return workbookError(XlsxReader::tr("the sheet “%1” is not well-formed XML (line %2: %3)")
                                     .arg(sheetName)
                                     .arg(xml.lineNumber())
                                     .arg(xml.errorString()));
        }
        return sheetData;
    }

    // A list for a sentence: the first `shown` items, then "…".
    QString shortList(const QStringList& items, qsizetype shown = 5)
    {
        QString text = QStringList(items.mid(0, shown)).join(u", "_s);
        if (items.size() > shown)
            text += u", …"_s;
        return text;
    }

    // What Excel shows differently from the rows imported: merged cells (the value is in the first
    // cell of the range only), hidden rows and hidden named columns (imported all the same).
    QStringList structureNotes(const SheetData& data, const SheetRow& header, int lastRow)
    {
        QStringList notes;
        QStringList mergedHeader;
        QStringList mergedRows;
        for (const QString& ref : data.merged) {
            int c1 = 0, r1 = 0, c2 = 0, r2 = 0;
            parseReference(ref.section(u':', 0, 0), &c1, &r1);
            parseReference(ref.section(u':', 1, 1), &c2, &r2);
            if (r2 < r1)
                r2 = r1;
            if (r1 <= header.number && header.number <= r2)
                mergedHeader.append(ref);
            else if (r2 > header.number && r1 <= lastRow)
                mergedRows.append(ref);
        }
        if (!mergedHeader.isEmpty())
            notes.append(XlsxReader::tr("The header has merged cells (%1): only the first cell of each has a "
                                        "name; the others are named by their column letter.")
                             .arg(shortList(mergedHeader)));
        if (!mergedRows.isEmpty())
            notes.append(XlsxReader::tr("%n range(s) of merged cells below the header (%1): the value is in "
                                        "the first cell only, the other cells are imported empty.",
                nullptr, int(mergedRows.size()))
                             .arg(shortList(mergedRows)));
        QStringList hiddenRows;
        for (const SheetRow& row : data.rows) {
            if (row.hidden && row.number > header.number)
                hiddenRows.append(QString::number(row.number));
        }
        if (!hiddenRows.isEmpty())
            notes.append(
                XlsxReader::tr("%n row(s) hidden in Excel are imported too (rows %1). Leave them out "
                               "in the preview if they should not be sent.",
                    nullptr, int(hiddenRows.size()))
                    .arg(shortList(hiddenRows)));
        QStringList hiddenColumns;
        for (int c : data.hiddenColumns) {
            if (c <= header.cells.size() && !header.cells.at(c - 1).trimmed().isEmpty())
                hiddenColumns.append(columnLetters(c));
        }
        if (!hiddenColumns.isEmpty())
            notes.append(XlsxReader::tr("%n column(s) hidden in Excel are read too (%1): map them to “(not "
                                        "used)” if they should not be sent.",
                nullptr, int(hiddenColumns.size()))
                             .arg(shortList(hiddenColumns)));
        return notes;
    }

    int nonEmpty(const QStringList& cells)
    {
        return int(std::count_if(
            cells.cbegin(), cells.cend(), [](const QString& c) { return !c.trimmed().isEmpty(); }));
    }

} // namespace

namespace
{
    // ---- Old workbooks (.xls) and encrypted ones: OLE files, refused ------------------------
    //
    // Debian's libfreexl (1.0.6) would read .xls, and did in session 10, but fuzz_xlsxreader found
    // it reading outside a stack buffer of its own on a damaged file within seconds
    // (tests/fuzz/corpus/fuzz_xlsxreader/crash-freexl-stack-underflow). A file dropped on the
    // window must not be able to do that, so .xls is refused with the way out instead.
    QString oleRefusal()
    {
        return XlsxReader::tr(
            "This is an old Excel workbook (.xls) or a password-protected one, which Alli Admin does not "
            "read. In Excel, open it and save it as \"Excel Workbook (.xlsx)\" without a password (File > "
            "Save As), then import that file.");
    }

} // namespace

bool XlsxReader::looksLikeWorkbook(QByteArrayView bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0");
}

std::variant<QList<XlsxSheetInfo>, CsvError> XlsxReader::sheets(const QByteArray& bytes)
{
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return CsvError { 0, oleRefusal() };
    Archive zip(bytes);
    if (!zip.isOpen())
        return workbookError(tr("it is damaged or incomplete"));
    XlsxOptions options;
    if (const QString why = zip.checkLimits(options); !why.isEmpty())
        return workbookError(why);
    std::variant<Workbook, CsvError> book = openWorkbook(zip);
    if (auto* error = std::get_if<CsvError>(&book))
        return *error;
    return std::get<Workbook>(book).sheets;
}

namespace
{
    // The sheet asked for (or the first with data) as a table, its header found below any title
    // rows or taken from the row asked for: the same for .xlsx and .xls workbooks.
    std::variant<CsvTable, CsvError> tableOf(const QStringList& sheetNames,
        const std::function<std::variant<SheetData, CsvError>(int)>& readSheet, const XlsxOptions& options)
    {
        // The sheet asked for, or the first with data.
        SheetData sheetData;
        const QList<SheetRow>& rows = sheetData.rows;
        int sheet = -1;
        for (qsizetype i = 0; i < sheetNames.size(); ++i) {
            if (!options.sheet.isEmpty() && sheetNames.at(i) != options.sheet)
                continue;
            std::variant<SheetData, CsvError> read = readSheet(int(i));
            if (auto* error = std::get_if<CsvError>(&read))
                return *error;
            sheetData = std::move(std::get<SheetData>(read));
            sheet = int(i);
            if (!rows.isEmpty() || !options.sheet.isEmpty())
                break;
        }
        if (sheet < 0) {
            QStringList names;
            for (const QString& name : sheetNames)
                names << u"“%1”"_s.arg(name);
            return CsvError { 0,
                XlsxReader::tr("The workbook has no sheet named “%1”; its sheets are %2.")
                    .arg(options.sheet, names.join(u", "_s)) };
        }
        const QString sheetName = sheetNames.at(sheet);
        if (rows.isEmpty())
            return CsvError { 0, XlsxReader::tr("The sheet “%1” is empty.").arg(sheetName) };

        // The header: the row asked for, or the first as wide as the data (title rows above it are
        // narrower: "Staff list, April" in A1 alone).
        qsizetype headerIndex = -1;
        if (options.headerRow > 0) {
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (rows.at(i).number == options.headerRow)
                    headerIndex = i;
            }
            if (headerIndex < 0)
                return CsvError { options.headerRow,
                    XlsxReader::tr("Row %1 of the sheet “%2” is empty: it cannot be the header.")
                        .arg(options.headerRow)
                        .arg(sheetName) };
        } else {
            int widest = 0;
            for (qsizetype i = 0; i < rows.size() && i < 30; ++i)
                widest = std::max(widest, nonEmpty(rows.at(i).cells));
            for (qsizetype i = 0; i < rows.size() && headerIndex < 0; ++i) {
                if (nonEmpty(rows.at(i).cells) * 10 >= widest * 6)
                    headerIndex = i;
            }
        }
        const SheetRow& headerRow = rows.at(headerIndex);
        CsvTable table;
        table.encoding = Encoding::Utf8;
        table.delimiter = Delimiter::Comma;
        table.sheet = sheetName;
        table.sheets = sheetNames;
        table.headerRow = headerRow.number;
        table.structureNotes = structureNotes(sheetData, headerRow, rows.constLast().number);
        QHash<QString, int> seen;
        for (qsizetype c = 0; c < headerRow.cells.size(); ++c) {
            QString name = headerRow.cells.at(c).trimmed();
            if (name.isEmpty())
                name = XlsxReader::tr("Column %1").arg(columnLetters(int(c) + 1));
            const QString key = name.toLower();
            if (seen.contains(key))
                return CsvError { headerRow.number,
                    XlsxReader::tr("Sheet “%1”, row %2: the header names “%3” twice (columns %4 and %5).")
                        .arg(sheetName)
                        .arg(headerRow.number)
                        .arg(name, columnLetters(seen.value(key) + 1), columnLetters(int(c) + 1)) };
            seen.insert(key, int(c));
            table.header.append(name);
        }
        const qsizetype width = table.header.size();
        QString preview = table.header.join(u'\t') + u'\n';
        for (qsizetype i = headerIndex + 1; i < rows.size(); ++i) {
            const SheetRow& row = rows.at(i);
            if (row.cells.size() > width) {
                for (qsizetype c = width; c < row.cells.size(); ++c) {
                    if (!row.cells.at(c).trimmed().isEmpty())
                        return CsvError { row.number,
                            XlsxReader::tr("Sheet “%1”, cell %2: it has a value, but its column has no name "
                                           "in the header "
                                           "(row %3).")
                                .arg(sheetName, columnLetters(int(c) + 1) + QString::number(row.number))
                                .arg(headerRow.number) };
                }
            }
            table.appendRow(row.number, row.cells);
            if (preview.size() < 2000)
                preview += row.cells.join(u'\t') + u'\n';
            // The table holds the cells now: the sheet's copy goes, so both never add up.
            sheetData.rows[i].cells = QStringList();
        }
        table.decodedPreview = preview.left(2000);
        if (table.isEmpty())
            return CsvError { headerRow.number,
                XlsxReader::tr("The sheet “%1” has a header (row %2) but no rows below it.")
                    .arg(sheetName)
                    .arg(headerRow.number) };
        return table;
    }
} // namespace

std::variant<CsvTable, CsvError> XlsxReader::read(const QByteArray& bytes, const XlsxOptions& options)
{
    if (bytes.startsWith("\xD0\xCF\x11\xE0")) // an old .xls, or an encrypted .xlsx
        return CsvError { 0, oleRefusal() };
    Archive zip(bytes);
    if (!zip.isOpen())
        return workbookError(tr("it is damaged or incomplete"));
    if (const QString why = zip.checkLimits(options); !why.isEmpty())
        return workbookError(why);
    std::variant<Workbook, CsvError> opened = openWorkbook(zip);
    if (auto* error = std::get_if<CsvError>(&opened))
        return *error;
    const Workbook& book = std::get<Workbook>(opened);

    QStringList names;
    QStringList hidden;
    for (const XlsxSheetInfo& info : book.sheets) {
        names.append(info.name);
        if (info.hidden)
            hidden.append(info.name);
    }
    std::variant<CsvTable, CsvError> table = tableOf(
        names, [&](int sheet) { return readRows(zip, book, sheet, options); }, options);
    if (auto* t = std::get_if<CsvTable>(&table))
        t->hiddenSheets = hidden;
    return table;
}

QString XlsxReader::serialToIso(double serial, bool date1904, bool dateOnly, bool timeOnly)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466) // 9999-12-31
        return numberText(serial);
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = qint64(std::llround((serial - double(days)) * 86400.0));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    if (timeOnly)
        return time.toString(u"HH:mm:ss"_s);
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days < 60) // Excel counts a 29 February 1900 that never was: before it, one day less
        date = QDate(1899, 12, 31).addDays(days);
    else
        date = QDate(1899, 12, 30).addDays(days);
    if (dateOnly || seconds == 0)
        return date.toString(Qt::ISODate);
    return date.toString(Qt::ISODate) + u'T' + time.toString(u"HH:mm:ss"_s);
}

bool XlsxReader::isDateFormat(const QString& format)
{
    // Quoted text, escaped characters and [colour] or [$-locale] sections say nothing of dates;
    // [h], [m] and [s] (elapsed time) do.
    QString bare;
    bool quoted = false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype end = format.indexOf(u']', i);
            const QString inside = format.mid(i + 1, end < 0 ? -1 : end - i - 1).toLower();
            if (inside == u"h" || inside == u"hh" || inside == u"m" || inside == u"mm" || inside == u"s"
                || inside == u"ss")
                bare += inside;
            i = end < 0 ? format.size() : end;
        } else {
            bare += c.toLower();
        }
    }
    bare = bare.section(u';', 0, 0);
    if (bare.contains(u"general"))
        return false;
    return std::any_of(bare.cbegin(), bare.cend(),
        [](QChar c) { return c == u'y' || c == u'd' || c == u'm' || c == u'h' || c == u's'; });
}

} // namespace Alli::Bulk
