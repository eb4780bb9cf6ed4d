#pragma once
// ZIP files made in tests and fuzz targets: a ZIP of stored entries (what a workbook's parts
// become when a test or a fuzzer writes them), and a "zip bomb" whose one entry deflates a
// stream of zeros, written chunk by chunk so that the test never holds what it unpacks to.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <zlib.h>

#include <utility>

namespace Alli::Testing
{

namespace ZipDetail
{
    inline void put16(QByteArray& out, quint16 v)
    {
        out.append(char(v & 0xff)).append(char(v >> 8));
    }
    inline void put32(QByteArray& out, quint32 v)
    {
        put16(out, quint16(v & 0xffff));
        put16(out, quint16(v >> 16));
    }
    // A local header (method 0 stored, 8 deflated) and the matching central directory entry.
    inline void entry(QByteArray& out, QByteArray& central, const QByteArray& name, quint16 method,
        quint32 crc, quint32 compressed, quint32 size, quint32 offset)
    {
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0);
        put16(out, method);
        put32(out, 0); // time, date
        put32(out, crc);
        put32(out, compressed);
        put32(out, size);
        put16(out, quint16(name.size()));
        put16(out, 0);
        out += name;
        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, 0);
        put16(central, method);
        put32(central, 0);
        put32(central, crc);
        put32(central, compressed);
        put32(central, size);
        put16(central, quint16(name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central += name;
    }
    inline void end(QByteArray& out, const QByteArray& central, int entries, quint32 centralOffset)
    {
        out += central;
        put32(out, 0x06054b50);
        put16(out, 0);
        put16(out, 0);
        put16(out, quint16(entries));
        put16(out, quint16(entries));
        put32(out, quint32(central.size()));
        put32(out, centralOffset);
        put16(out, 0);
    }
} // namespace ZipDetail

// A ZIP of stored (uncompressed) entries.
inline QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>>& entries)
{
    QByteArray out;
    QByteArray central;
    for (const auto& [name, data] : entries) {
        const quint32 crc
            = quint32(crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(out.size());
        ZipDetail::entry(out, central, name, 0, crc, quint32(data.size()), quint32(data.size()), offset);
        out += data;
    }
    ZipDetail::end(out, central, int(entries.size()), quint32(out.size()));
    return out;
}

// A workbook-looking ZIP ([Content_Types].xml, then `name`) whose `name` unpacks to `megabytes`
// MB of zeros, deflated a megabyte at a time: the file is about a thousandth of that.
inline QByteArray zeroBomb(const QByteArray& name, int megabytes)
{
    QByteArray deflated;
    z_stream z {};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY); // raw deflate
    const QByteArray zeros(1 << 20, '\0');
    quint32 crc = quint32(crc32(0, nullptr, 0));
    char buffer[65536];
    for (int i = 0; i < megabytes; ++i) {
        crc = quint32(crc32(crc, reinterpret_cast<const Bytef*>(zeros.constData()), uInt(zeros.size())));
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.constData()));
        z.avail_in = uInt(zeros.size());
        const int flush = i + 1 == megabytes ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef*>(buffer);
            z.avail_out = sizeof buffer;
            deflate(&z, flush);
            deflated.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    QByteArray out;
    QByteArray central;
    const QByteArray types = "<Types/>";
    const quint32 typesCrc
        = quint32(crc32(0, reinterpret_cast<const Bytef*>(types.constData()), uInt(types.size())));
    ZipDetail::entry(
        out, central, "[Content_Types].xml", 0, typesCrc, quint32(types.size()), quint32(types.size()), 0);
    out += types;
    const quint32 offset = quint32(out.size());
    ZipDetail::entry(
        out, central, name, 8, crc, quint32(deflated.size()), quint32(qint64(megabytes) << 20), offset);
    out += deflated;
    ZipDetail::end(out, central, 2, quint32(out.size()));
    return out;
}

} // namespace Alli::Testing
