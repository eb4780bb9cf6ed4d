#include "csvreader.h"

#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Bulk
{

namespace
{

    // ICU names. Qt's "CP949" resolves to an ICU converter without the UHC extension (똠, 햏, ...),
    // "windows-949" to the complete one. ICU's "Shift_JIS" is the Windows variant (windows-31j, with
    // the NEC and IBM extensions such as 髙 and 﨑).
    constexpr const char* Windows949Name = "windows-949";
    constexpr const char* ShiftJisName = "Shift_JIS";

    // Auto-detection of the legacy encodings looks at this much of the file (cut at a line end).
    constexpr qsizetype LegacySampleBytes = 256 * 1024;
    // Binary detection looks at this much.
    constexpr qsizetype BinarySampleBytes = 64 * 1024;

    QStringDecoder makeDecoder(Encoding e)
    {
        switch (e) {
        case Encoding::Utf8:
            return QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        case Encoding::Utf16LE:
            return QStringDecoder(QStringConverter::Utf16LE, QStringConverter::Flag::Stateless);
        case Encoding::Utf16BE:
            return QStringDecoder(QStringConverter::Utf16BE, QStringConverter::Flag::Stateless);
        case Encoding::Windows949:
            return QStringDecoder(Windows949Name, QStringConverter::Flag::Stateless);
        case Encoding::ShiftJis:
            return QStringDecoder(ShiftJisName, QStringConverter::Flag::Stateless);
        case Encoding::Auto:
            break;
        }
        return QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    }

    bool isAsciiCompatible(Encoding e)
    {
        return e != Encoding::Utf16LE && e != Encoding::Utf16BE;
    }

    // Strict decoding: nullopt when the bytes are not valid in the encoding.
    std::optional<QString> decodeStrict(QByteArrayView bytes, Encoding e)
    {
        QStringDecoder decoder = makeDecoder(e);
        if (!decoder.isValid())
            return std::nullopt;
        // A stateless decoder drops a trailing half character: a UTF-16 file cut short is not valid.
        if (!isAsciiCompatible(e) && bytes.size() % 2 != 0)
            return std::nullopt;
        QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return std::nullopt;
        return text;
    }

    // The physical line (CRLF, LF or CR ends a line) holding the first invalid byte sequence, or 0.
    // Only for ASCII-compatible encodings, where CR and LF are never part of a multi-byte sequence.
    int firstInvalidLine(QByteArrayView bytes, Encoding e)
    {
        if (!isAsciiCompatible(e))
            return 0;
        int line = 1;
        qsizetype start = 0;
        const qsizetype n = bytes.size();
        for (qsizetype i = 0; i <= n; ++i) {
            const bool end = i == n || bytes[i] == '\n' || bytes[i] == '\r';
            if (!end)
                continue;
            if (!decodeStrict(bytes.sliced(start, i - start), e))
                return line;
            if (i < n && bytes[i] == '\r' && i + 1 < n && bytes[i + 1] == '\n')
                ++i;
            ++line;
            start = i + 1;
        }
        return 0;
    }

    // How plausible the bytes are as Korean windows-949 text: modern Korean is mostly the 2,350
    // KS X 1001 syllables; the UHC extension syllables (똠, 햏, ...) and Hanja are rare. Japanese
    // Shift_JIS text read as windows-949 turns into exactly those rare syllables.
    double koreanPlausibility(QByteArrayView b)
    {
        double score = 0;
        const qsizetype n = b.size();
        for (qsizetype i = 0; i < n;) {
            const uchar lead = uchar(b[i]);
            if (lead < 0x80 || i + 1 >= n) {
                ++i;
                continue;
            }
            const uchar trail = uchar(b[i + 1]);
            if (lead >= 0xB0 && lead <= 0xC8 && trail >= 0xA1)
                score += 2; // KS X 1001 Hangul syllable
            else if (lead == 0xA4 && trail >= 0xA1)
                score += 0.5; // compatibility jamo
            else if (lead >= 0xCA && lead <= 0xFD && trail >= 0xA1)
                score -= 0.5; // Hanja
            else if (lead <= 0xA0 || (lead <= 0xC6 && trail < 0xA1))
                score -= 0.5; // UHC extension syllable
            i += 2;
        }
        return score;
    }

    // How plausible the bytes are as Japanese Shift_JIS text: kana and JIS level 1 kanji are
    // common; half-width katakana (what Korean bytes become) and the vendor extensions are rare.
    double japanesePlausibility(QByteArrayView b)
    {
        double score = 0;
        const qsizetype n = b.size();
        for (qsizetype i = 0; i < n;) {
            const uchar lead = uchar(b[i]);
            if (lead < 0x80) {
                ++i;
                continue;
            }
            if (lead >= 0xA1 && lead <= 0xDF) {
                score -= 1.5; // half-width katakana
                ++i;
                continue;
            }
            if (i + 1 >= n)
                break;
            const uchar trail = uchar(b[i + 1]);
            if (lead == 0x82 && trail >= 0x9F && trail <= 0xF1)
                score += 2; // hiragana
            else if (lead == 0x83 && trail >= 0x40 && trail <= 0x96)
                score += 2; // katakana
            else if (lead >= 0x88 && lead <= 0x98)
                score += 1; // JIS level 1 kanji
            else if (lead >= 0xED)
                score -= 1; // NEC / IBM extensions, user-defined area
            else if (lead == 0x84 || lead == 0x87)
                score -= 0.5; // Cyrillic, box drawing, NEC specials
            i += 2;
        }
        return score;
    }

    // Binary data: NUL bytes or a high share of control characters (other than tab, CR, LF, form
    // feed and the DOS end-of-file mark).
    bool looksBinary(QByteArrayView bytes)
    {
        const QByteArrayView sample = bytes.first(std::min(bytes.size(), BinarySampleBytes));
        if (std::memchr(sample.data(), 0, size_t(sample.size())))
            return true;
        qsizetype controls = 0;
        for (char c : sample) {
            const uchar u = uchar(c);
            if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != 0x1A) || u == 0x7F)
                ++controls;
        }
        return controls * 100 > sample.size() * 3;
    }

    bool looksBinary(QStringView text)
    {
        const QStringView sample = text.first(std::min(text.size(), BinarySampleBytes));
        qsizetype controls = 0;
        for (QChar c : sample) {
            const char16_t u = c.unicode();
            if (u == 0)
                return true;
            if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != 0x1A) || u == 0x7F)
                ++controls;
        }
        return controls * 100 > sample.size() * 3;
    }

    // UTF-16 without a BOM: every other byte is zero in mostly-ASCII text.
    std::optional<Encoding> guessUtf16WithoutBom(QByteArrayView bytes)
    {
        const qsizetype n = std::min(bytes.size(), qsizetype(4096)) & ~qsizetype(1);
        if (n < 4)
            return std::nullopt;
        qsizetype evenZero = 0, oddZero = 0;
        for (qsizetype i = 0; i < n; i += 2) {
            evenZero += bytes[i] == 0;
            oddZero += bytes[i + 1] == 0;
        }
        const qsizetype pairs = n / 2;
        if (oddZero * 10 >= pairs * 4 && evenZero * 20 < pairs)
            return Encoding::Utf16LE;
        if (evenZero * 10 >= pairs * 4 && oddZero * 20 < pairs)
            return Encoding::Utf16BE;
        return std::nullopt;
    }

    // The physical line (CRLF, LF or CR ends a line) of the character at `offset`.
    template<typename View> int lineAt(View text, qsizetype offset)
    {
        int line = 1;
        for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
            if (text[i] == u'\n' || (text[i] == u'\r' && !(i + 1 < text.size() && text[i + 1] == u'\n')))
                ++line;
        }
        return line;
    }

    CsvError binaryError(QByteArrayView bytes, int nulLine = 0)
    {
        if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0"))
            return { 0,
                CsvReader::tr(
                    "This is an Excel workbook, not a CSV file. In Excel, use File > Save As and choose "
                    "\"CSV UTF-8\".") };
        if (nulLine > 0)
            return { nulLine,
                CsvReader::tr(
                    "This is not a text file: it contains binary data (line %1 contains a NUL byte).")
                    .arg(nulLine) };
        return { 0, CsvReader::tr("This is not a text file: it contains binary data.") };
    }

    // Line of the first NUL byte in the sample binary detection looks at, or 0.
    int nulLineIn(QByteArrayView bytes)
    {
        const QByteArrayView sample = bytes.first(std::min(bytes.size(), BinarySampleBytes));
        const void* nul = std::memchr(sample.data(), 0, size_t(sample.size()));
        if (!nul)
            return 0;
        return lineAt(sample, static_cast<const char*>(nul) - sample.data());
    }

    int nulLineIn(QStringView text)
    {
        const QStringView sample = text.first(std::min(text.size(), BinarySampleBytes));
        const qsizetype nul = sample.indexOf(QChar(0));
        return nul < 0 ? 0 : lineAt(sample, nul);
    }

    // Line of the first line holding valid non-ASCII UTF-8, or 0: with an invalid line elsewhere it
    // means the file mixes encodings (an export appended to in another program, say).
    int firstUtf8NonAsciiLine(QByteArrayView bytes)
    {
        int line = 1;
        qsizetype start = 0;
        const qsizetype n = bytes.size();
        for (qsizetype i = 0; i <= n; ++i) {
            const bool end = i == n || bytes[i] == '\n' || bytes[i] == '\r';
            if (!end)
                continue;
            const QByteArrayView text = bytes.sliced(start, i - start);
            const bool nonAscii
                = std::any_of(text.begin(), text.end(), [](char c) { return uchar(c) >= 0x80; });
            if (nonAscii && text.isValidUtf8())
                return line;
            if (i < n && bytes[i] == '\r' && i + 1 < n && bytes[i + 1] == '\n')
                ++i;
            ++line;
            start = i + 1;
        }
        return 0;
    }

    QString megabytes(qint64 bytes)
    {
        return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
    }

    bool isLineEnd(QChar c)
    {
        return c == u'\n' || c == u'\r';
    }

} // namespace

QString encodingId(Encoding e)
{
    switch (e) {
    case Encoding::Auto:
        return u"auto"_s;
    case Encoding::Utf8:
        return u"utf-8"_s;
    case Encoding::Utf16LE:
        return u"utf-16le"_s;
    case Encoding::Utf16BE:
        return u"utf-16be"_s;
    case Encoding::Windows949:
        return u"windows-949"_s;
    case Encoding::ShiftJis:
        return u"shift_jis"_s;
    }
    return {};
}

std::optional<Encoding> encodingFromId(QStringView id)
{
    const QString key = id.trimmed().toString().toLower();
    for (Encoding e : { Encoding::Auto, Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE,
             Encoding::Windows949, Encoding::ShiftJis }) {
        if (encodingId(e) == key)
            return e;
    }
    // Common spellings people type on the command line.
    if (key == u"utf8" || key == u"utf-8-sig")
        return Encoding::Utf8;
    if (key == u"cp949" || key == u"ms949" || key == u"uhc" || key == u"euc-kr" || key == u"ks_c_5601-1987")
        return Encoding::Windows949;
    if (key == u"sjis" || key == u"shift-jis" || key == u"windows-31j" || key == u"cp932" || key == u"ms932")
        return Encoding::ShiftJis;
    if (key == u"utf16le" || key == u"utf-16")
        return Encoding::Utf16LE;
    if (key == u"utf16be")
        return Encoding::Utf16BE;
    return std::nullopt;
}

QString encodingLabel(Encoding e)
{
    switch (e) {
    case Encoding::Auto:
        return CsvReader::tr("Detect automatically");
    case Encoding::Utf8:
        return CsvReader::tr("UTF-8");
    case Encoding::Utf16LE:
        return CsvReader::tr("UTF-16 LE (Excel Unicode text)");
    case Encoding::Utf16BE:
        return CsvReader::tr("UTF-16 BE");
    case Encoding::Windows949:
        return CsvReader::tr("Korean (windows-949)");
    case Encoding::ShiftJis:
        return CsvReader::tr("Japanese (Shift_JIS)");
    }
    return {};
}

QString delimiterId(Delimiter d)
{
    switch (d) {
    case Delimiter::Auto:
        return u"auto"_s;
    case Delimiter::Comma:
        return u"comma"_s;
    case Delimiter::Semicolon:
        return u"semicolon"_s;
    case Delimiter::Tab:
        return u"tab"_s;
    }
    return {};
}

std::optional<Delimiter> delimiterFromId(QStringView id)
{
    const QStringView key = id.trimmed();
    for (Delimiter d : { Delimiter::Auto, Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab }) {
        if (key.compare(delimiterId(d), Qt::CaseInsensitive) == 0)
            return d;
    }
    if (key == u",")
        return Delimiter::Comma;
    if (key == u";")
        return Delimiter::Semicolon;
    if (key == u"\t" || key.compare(u"\\t", Qt::CaseInsensitive) == 0)
        return Delimiter::Tab;
    return std::nullopt;
}

std::variant<QString, CsvError> CsvReader::decode(
    const QByteArray& bytes, Encoding encoding, Encoding* used, bool* hadBom)
{
    Encoding bomEncoding = Encoding::Auto;
    qsizetype bomSize = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bomEncoding = Encoding::Utf8;
        bomSize = 3;
    } else if (bytes.startsWith("\xFF\xFE")) {
        bomEncoding = Encoding::Utf16LE;
        bomSize = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        bomEncoding = Encoding::Utf16BE;
        bomSize = 2;
    }

    Encoding chosen = encoding;
    QByteArrayView body(bytes);
    if (chosen == Encoding::Auto && bomEncoding != Encoding::Auto)
        chosen = bomEncoding;
    if (chosen == Encoding::Auto) {
        if (const std::optional<Encoding> utf16 = guessUtf16WithoutBom(body))
            chosen = *utf16;
    }
    if (bomEncoding != Encoding::Auto && bomEncoding == chosen)
        body = body.sliced(bomSize);
    if (used)
        *used = chosen;
    if (hadBom)
        *hadBom = bomEncoding != Encoding::Auto && bomEncoding == chosen;

    if (isAsciiCompatible(chosen) && looksBinary(body))
        return binaryError(bytes, nulLineIn(body));

    std::optional<QString> text;
    if (chosen != Encoding::Auto) {
        text = decodeStrict(body, chosen);
        if (!text) {
            const int line = firstInvalidLine(body, chosen);
            if (line > 0)
                return CsvError { line,
                    tr("Line %1 contains bytes that are not valid %2 text. Choose another encoding.")
                        .arg(line)
                        .arg(encodingLabel(chosen)) };
            return CsvError { 0,
                tr("The file is not valid %1 text. Choose another encoding.").arg(encodingLabel(chosen)) };
        }
    } else {
        text = decodeStrict(body, Encoding::Utf8);
        chosen = Encoding::Utf8;
        if (!text) {
            // Legacy encodings: decide on a sample, then decode everything with the winner (or the
            // other one if the rest of the file disagrees).
            QByteArrayView sample = body;
            if (body.size() > LegacySampleBytes) {
                const qsizetype cut = body.first(LegacySampleBytes).lastIndexOf('\n');
                sample = body.first(cut > 0 ? cut + 1 : LegacySampleBytes);
            }
            const bool koreanOk = decodeStrict(sample, Encoding::Windows949).has_value();
            const bool japaneseOk = decodeStrict(sample, Encoding::ShiftJis).has_value();
            QList<Encoding> order;
            if (koreanOk && japaneseOk) {
                if (japanesePlausibility(sample) > koreanPlausibility(sample))
                    order = { Encoding::ShiftJis, Encoding::Windows949 };
                else
                    order = { Encoding::Windows949, Encoding::ShiftJis };
            } else if (koreanOk) {
                // The only candidate, yet mostly rare characters: Latin-1 or mixed bytes that happen
                // to be valid windows-949 would turn into mojibake. Not recognised, then.
                if (koreanPlausibility(sample) >= 0)
                    order = { Encoding::Windows949, Encoding::ShiftJis };
            } else if (japaneseOk) {
                // Latin-1 (Müller, José) is often valid Shift_JIS as half-width katakana and
                // user-defined characters: refuse rather than send mojibake.
                if (japanesePlausibility(sample) >= 0)
                    order = { Encoding::ShiftJis, Encoding::Windows949 };
            }
            for (Encoding candidate : std::as_const(order)) {
                text = decodeStrict(body, candidate);
                if (text) {
                    chosen = candidate;
                    break;
                }
            }
            if (!text) {
                const int line = firstInvalidLine(body, Encoding::Utf8);
                const int utf8Line = firstUtf8NonAsciiLine(body);
                if (line > 0 && utf8Line > 0)
                    return CsvError { line,
                        tr("The file mixes encodings: line %1 is UTF-8 text but line %2 is not. Save the "
                           "whole file "
                           "in one encoding (in Excel: \"CSV UTF-8\").")
                            .arg(utf8Line)
                            .arg(line) };
                if (line > 0)
                    return CsvError { line,
                        tr("The encoding of the file was not recognised: line %1 is not valid UTF-8, and the "
                           "file is "
                           "not Korean (windows-949) or Japanese (Shift_JIS) text either. Choose the "
                           "encoding.")
                            .arg(line) };
                return CsvError { 0,
                    tr("The encoding of the file was not recognised: it is not UTF-8, UTF-16, Korean "
                       "(windows-949) "
                       "or Japanese (Shift_JIS) text. Choose the encoding.") };
            }
        }
        if (used)
            *used = chosen;
    }

    if (!isAsciiCompatible(chosen) && looksBinary(QStringView(*text)))
        return binaryError(bytes, nulLineIn(QStringView(*text)));
    return std::move(*text);
}

Delimiter CsvReader::detectDelimiter(const QString& firstLine)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (QChar c : firstLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u',')
            ++comma;
        else if (c == u';')
            ++semicolon;
        else if (c == u'\t')
            ++tab;
        else if (isLineEnd(c))
            break;
    }
    if (tab > comma && tab >= semicolon)
        return Delimiter::Tab;
    if (semicolon > comma)
        return Delimiter::Semicolon;
    return Delimiter::Comma;
}

const QStringList* CsvTable::editedRow(int row) const
{
    if (editedRows.isEmpty())
        return nullptr;
    const auto it = editedRows.constFind(slotOf(row));
    return it != editedRows.constEnd() ? &*it : nullptr;
}

int CsvTable::line(int row) const
{
    const int slot = slotOf(row);
    return slot < storeRows() ? cells.constData()->line(slot) : 0;
}

QStringView CsvTable::cell(int row, int column) const
{
    if (const QStringList* edited = editedRow(row))
        return column >= 0 && column < edited->size() ? QStringView(edited->at(column)) : QStringView();
    const int slot = slotOf(row);
    return slot < storeRows() ? cells.constData()->cell(slot, column) : QStringView();
}

QStringList CsvTable::rowCells(int row) const
{
    if (const QStringList* edited = editedRow(row))
        return *edited;
    const int slot = slotOf(row);
    return slot < storeRows() ? cells.constData()->rowCells(slot) : QStringList();
}

RowCells CsvTable::rowRef(int row) const
{
    if (const QStringList* edited = editedRow(row))
        return RowCells(*edited);
    return RowCells(cells, slotOf(row));
}

void CsvTable::appendRow(int rowLine, const QStringList& rowCells)
{
    if (!cells.constData()) {
        cells = new CellStore;
        cells->setColumnCount(int(header.isEmpty() ? rowCells.size() : header.size()));
    }
    if (m_nextSlot >= 0) {
        // Rows were inserted: slots after the store's rows are taken, so this one is added too.
        insertRows(rowCount(), { rowCells });
        return;
    }
    CellStore* store = cells.data(); // a copy of its own if it is shared
    for (int c = 0; c < store->columnCount(); ++c)
        store->addCell(c < rowCells.size() ? QStringView(rowCells.at(c)) : QStringView());
    store->endRow(rowLine);
}

void CsvTable::setCell(int row, int column, const QString& text)
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= int(header.size()))
        return;
    const int slot = slotOf(row);
    auto it = editedRows.find(slot);
    if (it == editedRows.end())
        it = editedRows.insert(slot, cells.constData()->rowCells(slot));
    if (column < it->size())
        (*it)[column] = text;
}

void CsvTable::startOrder()
{
    if (m_nextSlot >= 0)
        return;
    const int n = storeRows();
    order.clear();
    order.reserve(n + 1);
    for (int r = 0; r < n; ++r)
        order.append(r);
    m_nextSlot = n; // slots of removed rows are never used again
}

void CsvTable::insertRows(int row, const QList<QStringList>& rows)
{
    row = std::clamp(row, 0, rowCount());
    if (rows.isEmpty())
        return;
    startOrder();
    const qsizetype columns = header.isEmpty() ? (rows.constFirst().size()) : header.size();
    QList<int> added;
    added.reserve(rows.size());
    for (QStringList cellsOfRow : rows) {
        cellsOfRow.resize(columns);
        editedRows.insert(m_nextSlot, cellsOfRow);
        added.append(m_nextSlot++);
    }
    order = order.first(row) + added + order.sliced(row);
}

void CsvTable::removeRows(int row, int count)
{
    if (row < 0 || count <= 0 || row + count > rowCount())
        return;
    startOrder();
    for (int r = row; r < row + count; ++r)
        editedRows.remove(order.at(r));
    order.remove(row, count);
}

std::variant<CsvTable, CsvError> CsvReader::parse(
    const QString& text, Delimiter delimiter, int maxColumns, int maxCellChars, bool skipBadLines)
{
    const QChar* p = text.constData();
    qsizetype n = text.size();
    qsizetype i = 0;
    if (n > 0 && p[0] == QChar(0xFEFF))
        i = 1;
    if (n > i && p[n - 1] == QChar(0x1A))
        --n; // DOS end-of-file mark

    bool blank = true;
    for (qsizetype k = i; k < n && blank; ++k)
        blank = p[k].isSpace();
    if (blank)
        return CsvError { 0, tr("The file is empty.") };

    CsvTable table;
    if (delimiter == Delimiter::Auto) {
        qsizetype end = i;
        while (end < n && !isLineEnd(p[end]))
            ++end;
        delimiter = detectDelimiter(text.mid(i, end - i));
    }
    table.delimiter = delimiter;
    const QChar delim = delimiter == Delimiter::Tab ? QChar(u'\t')
        : delimiter == Delimiter::Semicolon         ? QChar(u';')
                                                    : QChar(u',');

    int line = 1;
    bool haveHeader = false;
    int headerLine = 0;
    qsizetype columns = 0;
    qsizetype lineEnds = QStringView(text).count(u'\n');
    if (lineEnds == 0)
        lineEnds = QStringView(text).count(u'\r');

    // A cell over the limit: refused with its line and column (by name once the header is known).
    const auto cellTooLong = [&](int cellLine, qsizetype column, qsizetype length) {
        const QString name = haveHeader ? table.header.value(column) : QString();
        const QString where
            = name.isEmpty() ? tr("column %1").arg(column + 1) : tr("column \"%1\"").arg(name);
        return CsvError { cellLine,
            tr("Line %1, %2: the cell has %3 characters; at most %4 are accepted.")
                .arg(cellLine)
                .arg(where)
                .arg(length)
                .arg(maxCellChars) };
    };

    // Cells are spans of `text` in the table's store; only a quoted cell with doubled quotes is
    // copied (unescaped).
    table.cells = new CellStore(text);
    CellStore* const store = table.cells.data();
    // Parses one record starting at i into the store's pending cells; an error leaves i anywhere
    // inside it (the caller rolls the pending cells back).
    const auto parseRecord = [&]() -> std::optional<CsvError> {
        for (;;) {
            if (i < n && p[i] == u'"') {
                const int quoteLine = line;
                ++i;
                const qsizetype start = i;
                qsizetype end = i;
                bool escaped = false;
                QString field; // only for a cell with doubled quotes
                qsizetype chunk = i;
                for (;;) {
                    if (i >= n)
                        return CsvError { quoteLine,
                            tr("Line %1: a quoted field is never closed (a closing quote \" is missing).")
                                .arg(quoteLine) };
                    const QChar c = p[i];
                    if (c == u'"') {
                        if (i + 1 < n && p[i + 1] == u'"') {
                            escaped = true;
                            field.append(p + chunk, i + 1 - chunk);
                            i += 2;
                            chunk = i;
                            continue;
                        }
                        if (escaped)
                            field.append(p + chunk, i - chunk);
                        end = i;
                        ++i;
                        break;
                    }
                    if (c == u'\n' || (c == u'\r' && !(i + 1 < n && p[i + 1] == u'\n')))
                        ++line;
                    ++i;
                }
                const qsizetype size = escaped ? field.size() : end - start;
                if (size > maxCellChars)
                    return cellTooLong(quoteLine, store->pendingCells(), size);
                if (i < n && p[i] != delim && !isLineEnd(p[i]))
                    return CsvError { line,
                        tr("Line %1: unexpected text after a closing quote. A quote inside a field must be "
                           "doubled "
                           "(\"\").")
                            .arg(line) };
                if (escaped)
                    store->addCell(field);
                else
                    store->addSpan(start, end - start);
            } else {
                const qsizetype start = i;
                while (i < n) {
                    const QChar c = p[i];
                    if (c == delim || c == u'\n' || c == u'\r')
                        break;
                    if (c == u'"')
                        return CsvError { line,
                            tr("Line %1: stray quote in a field that does not start with a quote. Put the "
                               "whole "
                               "field in quotes and double the quote (\"\").")
                                .arg(line) };
                    ++i;
                }
                if (i - start > maxCellChars)
                    return cellTooLong(line, store->pendingCells(), i - start);
                store->addSpan(start, i - start);
            }
            if (i >= n)
                return std::nullopt;
            if (p[i] == delim) {
                ++i;
                continue;
            }
            if (p[i] == u'\r' && i + 1 < n && p[i + 1] == u'\n')
                ++i;
            ++i;
            ++line;
            return std::nullopt;
        }
    };
    // A data line that cannot be read, when the caller asked to go on without it: noted with
    // its text, and reading resumes on the next physical line. Past kMaxBadLines the file is
    // refused (the refusal is returned), whichever way its lines cannot be read.
    const auto skipLine
        = [&](qsizetype recordStart, int recordLine, const CsvError& error) -> std::optional<CsvError> {
        i = recordStart;
        while (i < n && !isLineEnd(p[i]))
            ++i;
        table.badLines.append(CsvLineProblem {
            recordLine, error.message, text.mid(recordStart, std::min<qsizetype>(i - recordStart, 200)) });
        if (i < n) {
            if (p[i] == u'\r' && i + 1 < n && p[i + 1] == u'\n')
                ++i;
            ++i;
        }
        line = recordLine + 1;
        if (table.badLines.size() > kMaxBadLines)
            return CsvError { 0,
                tr("More than %1 lines of the file cannot be read; the first is line %2: %3")
                    .arg(kMaxBadLines)
                    .arg(table.badLines.constFirst().line)
                    .arg(table.badLines.constFirst().message) };
        return std::nullopt;
    };

    while (i < n) {
        const int recordLine = line;
        const qsizetype recordStart = i;
        if (const std::optional<CsvError> error = parseRecord()) {
            store->rollback();
            if (!skipBadLines || !haveHeader)
                return *error;
            if (std::optional<CsvError> refusal = skipLine(recordStart, recordLine, *error))
                return *refusal;
            continue;
        }

        const qsizetype cellCount = store->pendingCells();
        bool empty = true;
        for (qsizetype c = 0; c < cellCount && empty; ++c)
            empty = store->pendingCell(c).isEmpty();
        if (empty) {
            store->rollback();
            continue; // blank lines and rows of empty cells (Excel leaves them at the end)
        }

        if (!haveHeader) {
            if (cellCount > maxColumns)
                return CsvError { recordLine,
                    tr("Line %1: the header has %2 columns; at most %3 are accepted.")
                        .arg(recordLine)
                        .arg(cellCount)
                        .arg(maxColumns) };
            QStringList names;
            names.reserve(cellCount);
            QSet<QString> seen;
            for (qsizetype c = 0; c < cellCount; ++c) {
                const QString name = store->pendingCell(c).trimmed().toString();
                names.append(name);
                if (name.isEmpty())
                    continue;
                const QString folded = name.toCaseFolded();
                if (seen.contains(folded))
                    return CsvError { recordLine,
                        tr("Line %1: the header names the column \"%2\" twice. Column names must be unique.")
                            .arg(recordLine)
                            .arg(name) };
                seen.insert(folded);
            }
            store->rollback();
            table.header = names;
            columns = cellCount;
            store->setColumnCount(int(columns));
            // One record per line end at most: reserving avoids regrowing the spans of 100,000 rows.
            store->reserve(lineEnds + 1, int(columns));
            haveHeader = true;
            headerLine = recordLine;
            continue;
        }
        if (cellCount != columns) {
            store->rollback();
            const CsvError error { recordLine,
                tr("Line %1 has %2 cells but the header has %3 columns.")
                    .arg(recordLine)
                    .arg(cellCount)
                    .arg(columns) };
            if (!skipBadLines)
                return error;
            const qsizetype recordEnd = i;
            const int nextLine = line;
            if (std::optional<CsvError> refusal = skipLine(recordStart, recordLine, error))
                return *refusal;
            i = std::max(i, recordEnd); // the whole record, also when a quoted cell spans lines
            line = std::max(line, nextLine);
            continue;
        }
        store->endRow(recordLine);
    }
    store->squeeze();

    if (!haveHeader)
        return CsvError { 0, tr("The file is empty.") };
    if (table.isEmpty() && !table.badLines.isEmpty()) {
        table.decodedPreview = text.left(2000);
        return table; // every data line is unreadable: the caller lists them
    }
    if (table.isEmpty())
        return CsvError {
            headerLine,
            tr("Line %1 is a header with no data rows after it. The file has no data rows.").arg(headerLine)
        };
    table.decodedPreview = text.left(2000);
    return table;
}

std::variant<CsvTable, CsvError> CsvReader::read(const QByteArray& bytes, const CsvOptions& options)
{
    return readOwned(QByteArray(bytes), options);
}

std::variant<CsvTable, CsvError> CsvReader::readOwned(QByteArray bytes, const CsvOptions& options)
{
    if (bytes.isEmpty())
        return CsvError { 0, tr("The file is empty.") };
    if (bytes.size() > options.maxBytes)
        return CsvError { 0,
            tr("The file is %1 MB; files over %2 MB are refused. Split it into smaller files.")
                .arg(megabytes(bytes.size()), megabytes(options.maxBytes)) };
    if (XlsxReader::looksLikeWorkbook(bytes)) {
        // A workbook, not text: its cells as Excel shows them, the same table as a CSV file.
        XlsxOptions workbook;
        workbook.sheet = options.sheet;
        workbook.headerRow = options.headerRow;
        workbook.maxColumns = options.maxColumns;
        workbook.maxCellChars = std::min(options.maxCellChars, workbook.maxCellChars);
        return XlsxReader::read(bytes, workbook);
    }
    Encoding used = Encoding::Utf8;
    bool hadBom = false;
    std::variant<QString, CsvError> decoded = decode(bytes, options.encoding, &used, &hadBom);
    if (auto* error = std::get_if<CsvError>(&decoded))
        return *error;
    bytes = QByteArray(); // the file's bytes are not needed once decoded (when they are ours)
    const QString& text = std::get<QString>(decoded);
    std::variant<CsvTable, CsvError> parsed
        = parse(text, options.delimiter, options.maxColumns, options.maxCellChars, options.skipBadLines);
    if (auto* table = std::get_if<CsvTable>(&parsed)) {
        table->encoding = used;
        table->hadBom = hadBom;
    } else {
        std::get<CsvError>(parsed).decodedPreview = text.left(2000); // "Text as read" shows it
    }
    return parsed;
}

std::variant<CsvTable, CsvError> CsvReader::readFile(const QString& path, const CsvOptions& options)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return CsvError { 0, tr("Cannot open %1: %2").arg(name, file.errorString()) };
    // The size is checked before anything is read: a huge (or sparse) file costs nothing.
    if (file.size() > options.maxBytes)
        return CsvError { 0,
            tr("The file is %1 MB; files over %2 MB are refused. Split it into smaller files.")
                .arg(megabytes(file.size()), megabytes(options.maxBytes)) };
    // A pipe or device reports no size (and a file may grow meanwhile): read in steps, one byte
    // more than the limit at most.
    QByteArray bytes;
    if (file.size() > 0)
        bytes.reserve(file.size() + 1); // one allocation, not a doubling buffer
    while (bytes.size() <= options.maxBytes) {
        const QByteArray chunk
            = file.read(std::min<qint64>(1024 * 1024, options.maxBytes + 1 - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (file.error() != QFileDevice::NoError)
        return CsvError { 0, tr("Cannot read %1: %2").arg(name, file.errorString()) };
    if (bytes.size() > options.maxBytes)
        return CsvError { 0,
            tr("The file is larger than %1 MB; files over %1 MB are refused. Split it into smaller files.")
                .arg(megabytes(options.maxBytes)) };
    return readOwned(std::move(bytes), options);
}

QString CsvReader::neutraliseCell(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r'
        || first == u'\n')
        return u'\'' + cell;
    return cell;
}

QString CsvReader::formatLine(const QStringList& cells, QChar delimiter, bool neutralise)
{
    QString line;
    bool firstCell = true;
    for (const QString& raw : cells) {
        if (!firstCell)
            line += delimiter;
        firstCell = false;
        const QString cell = neutralise ? neutraliseCell(raw) : raw;
        const bool quote
            = cell.contains(delimiter) || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r');
        if (quote) {
            QString escaped = cell;
            escaped.replace(u'"', u"\"\""_s);
            line += u'"' + escaped + u'"';
        } else {
            line += cell;
        }
    }
    line += u"\r\n"_s;
    return line;
}

} // namespace Alli::Bulk
