#pragma once
// The cells of a file's data rows, kept compactly: the decoded text of the whole file is kept
// once, and a cell is a span of it (a quoted cell with doubled quotes, or a cell added by code,
// is kept unescaped in a second buffer). For 100,000 rows of 6 cells that is the text plus
// 8 bytes per cell, instead of a QString (and its allocation) per cell and a QStringList per row.
//
// A CellStore is shared, not copied: CsvTable, every PreparedRow (through RowCells) and the
// import preview read the same one. It is only appended to while it is being built (by the
// parser or by CsvTable::appendRow on a table of its own); after that it is read only, so it can
// be read from any thread.

#include <QList>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace Alli::Bulk
{

class CellStore : public QSharedData
{
public:
    CellStore() = default;
    // The file's decoded text: cells are then added as spans of it (addSpan).
    explicit CellStore(QString text);

    int columnCount() const { return m_columns; }
    int rowCount() const { return int(m_lines.size()); }
    int line(int row) const { return m_lines.at(row); }
    // An empty view for a column the row does not have.
    QStringView cell(int row, int column) const;
    QStringList rowCells(int row) const;
    const QString& text() const { return m_text; }

    // Building (single thread, before the store is shared): the cells of one row are added with
    // addSpan/addCell, then endRow(); rollback() forgets the cells added since the last endRow().
    void setColumnCount(int columns) { m_columns = columns; }
    void reserve(qsizetype rows, int columns);
    void addSpan(qsizetype start, qsizetype size); // a part of text()
    void addCell(QStringView text); // anything else (kept in the second buffer)
    qsizetype pendingCells() const { return m_spans.size() - qsizetype(m_lines.size()) * m_columns; }
    QStringView pendingCell(qsizetype i) const;
    void endRow(int line);
    void rollback();
    void squeeze();

    qsizetype bytesUsed() const; // the buffers and spans, for benchmarks

private:
    struct Span {
        quint32 start = 0; // kExtra set: in m_extra
        quint32 size = 0;
    };
    static constexpr quint32 kExtra = 0x80000000u;
    QStringView view(const Span& s) const;

    QString m_text;
    QString m_extra;
    QList<Span> m_spans; // row by row, m_columns per row
    QList<int> m_lines;
    int m_columns = 0;
};

// The cells of one prepared row: a row of a shared CellStore, or a list of its own (rows read
// back from the journal, built by code, or edited in the preview).
class RowCells
{
public:
    RowCells() = default;
    RowCells(QStringList cells)
        : m_own(std::move(cells))
    {
    }
    RowCells(std::initializer_list<QString> cells)
        : m_own(cells)
    {
    }
    RowCells(QSharedDataPointer<CellStore> store, int row)
        : m_store(std::move(store))
        , m_row(row)
    {
    }

    qsizetype size() const { return m_row >= 0 ? m_store.constData()->columnCount() : m_own.size(); }
    bool isEmpty() const { return size() == 0; }
    QStringView view(qsizetype column) const; // an empty view out of range
    QString at(qsizetype column) const { return view(column).toString(); }
    QString value(qsizetype column) const { return view(column).toString(); }
    QStringList toList() const;
    void set(qsizetype column, const QString& text); // becomes a list of its own
    void append(const QString& text);
    bool operator==(const RowCells& other) const;

private:
    QSharedDataPointer<CellStore> m_store;
    int m_row = -1;
    QStringList m_own;
};

} // namespace Alli::Bulk
