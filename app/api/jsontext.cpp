#include "jsontext.h"

namespace Alli
{

void appendJsonString(QByteArray& out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        // A run of ASCII that needs no escape, copied in one go.
        qsizetype end = i;
        while (end < n) {
            const char16_t u = text.at(end).unicode();
            if (u < 0x20 || u >= 0x80 || u == u'"' || u == u'\\')
                break;
            ++end;
        }
        if (end > i) {
            const qsizetype at = out.size();
            out.resize(at + (end - i));
            char* to = out.data() + at;
            for (qsizetype k = i; k < end; ++k)
                *to++ = char(text.at(k).unicode());
            i = end;
            continue;
        }
        const char16_t c = text.at(i).unicode();
        if (c >= 0x80) {
            // A run of non-ASCII characters, encoded in one go (surrogate pairs stay together).
            qsizetype end = i + 1;
            while (end < n && text.at(end).unicode() >= 0x80)
                ++end;
            out += text.sliced(i, end - i).toUtf8();
            i = end;
            continue;
        }
        ++i;
        if (c == u'"' || c == u'\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            switch (c) {
            case u'\n':
                out += "\\n";
                break;
            case u'\r':
                out += "\\r";
                break;
            case u'\t':
                out += "\\t";
                break;
            case u'\b':
                out += "\\b";
                break;
            case u'\f':
                out += "\\f";
                break;
            default:
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            }
        } else {
            out += char(c);
        }
    }
    out += '"';
}

} // namespace Alli
