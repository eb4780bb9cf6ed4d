#include "foldedkey.h"

#include <algorithm>

namespace Alli::Bulk
{

quint64 foldedHash(const QString& key)
{
    constexpr quint64 Offset = 14695981039346656037ULL; // FNV-1a over the folded UTF-16 units
    constexpr quint64 Prime = 1099511628211ULL;
    quint64 h = Offset;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            h = Offset;
            for (const QChar f : key.toCaseFolded())
                h = (h ^ f.unicode()) * Prime;
            return h;
        }
        h = (h ^ (u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u)) * Prime;
    }
    return h;
}

namespace
{
    bool isAscii(const QString& s)
    {
        return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
    }
} // namespace

bool sameFolding(const QString& a, const QString& b)
{
    if (isAscii(a) && isAscii(b))
        return a.compare(b, Qt::CaseInsensitive) == 0;
    return a.toCaseFolded() == b.toCaseFolded();
}

KeyRows::KeyRows(const QList<PreparedRow>& rows)
{
    m_entries.reserve(size_t(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).key.isEmpty())
            m_entries.push_back({ foldedHash(rows.at(i).key), i });
    }
    std::sort(m_entries.begin(), m_entries.end());
}

QList<int> KeyRows::rowsOf(const QString& key) const
{
    QList<int> rows;
    if (key.isEmpty())
        return rows;
    const quint64 hash = foldedHash(key);
    auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), Entry { hash, -1 });
    for (; it != m_entries.cend() && it->hash == hash; ++it)
        rows.append(it->row);
    return rows;
}

void KeyRows::add(const QString& key, int row)
{
    if (key.isEmpty())
        return;
    const Entry entry { foldedHash(key), row };
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), entry);
    if (it == m_entries.end() || it->hash != entry.hash || it->row != row)
        m_entries.insert(it, entry);
}

void KeyRows::remove(const QString& key, int row)
{
    if (key.isEmpty())
        return;
    const Entry entry { foldedHash(key), row };
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), entry);
    if (it != m_entries.end() && it->hash == entry.hash && it->row == row)
        m_entries.erase(it);
}

} // namespace Alli::Bulk
