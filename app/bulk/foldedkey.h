#pragma once
// Keys (ownUserId, email) compare by their case folding: "A@B.co" is "a@b.co", "ÄBC" is "äbc".
// Hashing a key's folding makes no folded copy when the key is ASCII (nearly every key), so the
// 100,000 keys of a large file take no allocation each.

#include "bulktypes.h"

#include <QList>
#include <QString>

#include <vector>

namespace Alli::Bulk
{

// Equal for keys with the same folding.
quint64 foldedHash(const QString& key);
bool sameFolding(const QString& a, const QString& b);

// The rows of each key of a file, by the hash of the key's folding, in file order: about 16
// bytes a row (a hash of folded copies and a list per key took 145). Rows of another key with
// the same hash can be among them (64 bits: hardly ever); callers that need the rows of exactly
// one key compare the keys (sameFolding()).
class KeyRows
{
public:
    KeyRows() = default;
    explicit KeyRows(const QList<PreparedRow>& rows); // every row with a key

    QList<int> rowsOf(const QString& key) const;
    void add(const QString& key, int row);
    void remove(const QString& key, int row);

private:
    struct Entry {
        quint64 hash;
        int row;
        bool operator<(const Entry& other) const
        {
            return hash != other.hash ? hash < other.hash : row < other.row;
        }
    };
    std::vector<Entry> m_entries; // sorted by hash, then row
};

} // namespace Alli::Bulk
