#pragma once
// Text that comes from a server (or a file) and is shown to people: in banners, in the per-row
// messages of a report and on the CLI's terminal. One line, and nothing a terminal or a label
// would act on: line breaks and tabs become spaces, other control characters (ESC of an ANSI
// sequence, BEL, C1 controls) and bidirectional overrides become U+FFFD.

#include <QString>

namespace Alli
{

inline QString displaySafe(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t')
            out += u' ';
        else if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069))
            out += QChar(0xFFFD);
        else
            out += c;
    }
    return out;
}

} // namespace Alli
