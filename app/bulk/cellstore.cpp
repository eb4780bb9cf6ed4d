#include "cellstore.h"

namespace Alli::Bulk
{

CellStore::CellStore(QString text)
    : m_text(std::move(text))
{
}

QStringView CellStore::view(const Span& s) const
{
    if (s.start & kExtra)
        return QStringView(m_extra).sliced(s.start & ~kExtra, s.size);
    return QStringView(m_text).sliced(s.start, s.size);
}

QStringView CellStore::cell(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= m_columns)
        return {};
    return view(m_spans.at(qsizetype(row) * m_columns + column));
}

QStringList CellStore::rowCells(int row) const
{
    QStringList cells;
    if (row < 0 || row >= rowCount())
        return cells;
    cells.reserve(m_columns);
    for (int c = 0; c < m_columns; ++c)
        cells.append(view(m_spans.at(qsizetype(row) * m_columns + c)).toString());
    return cells;
}

void CellStore::reserve(qsizetype rows, int columns)
{
    m_spans.reserve(rows * columns);
    m_lines.reserve(rows);
}

void CellStore::addSpan(qsizetype start, qsizetype size)
{
    Q_ASSERT(start >= 0 && start + size <= m_text.size() && start + size < qsizetype(kExtra));
    m_spans.append(Span { quint32(start), quint32(size) });
}

void CellStore::addCell(QStringView text)
{
    if (text.isEmpty()) {
        m_spans.append(Span {});
        return;
    }
    Q_ASSERT(m_extra.size() + text.size() < qsizetype(kExtra));
    m_spans.append(Span { quint32(m_extra.size()) | kExtra, quint32(text.size()) });
    m_extra.append(text);
}

QStringView CellStore::pendingCell(qsizetype i) const
{
    return view(m_spans.at(qsizetype(m_lines.size()) * m_columns + i));
}

void CellStore::endRow(int line)
{
    Q_ASSERT(pendingCells() == m_columns);
    m_lines.append(line);
}

void CellStore::rollback()
{
    const qsizetype kept = qsizetype(m_lines.size()) * m_columns;
    if (m_spans.size() > kept) {
        // Unescaped text of the forgotten cells is forgotten with them (it is at the end).
        for (qsizetype i = kept; i < m_spans.size(); ++i) {
            if (m_spans.at(i).start & kExtra) {
                m_extra.truncate(m_spans.at(i).start & ~kExtra);
                break;
            }
        }
        m_spans.resize(kept);
    }
}

void CellStore::squeeze()
{
    m_spans.squeeze();
    m_lines.squeeze();
    m_extra.squeeze();
}

qsizetype CellStore::bytesUsed() const
{
    return (m_text.capacity() + m_extra.capacity()) * qsizetype(sizeof(QChar))
        + m_spans.capacity() * qsizetype(sizeof(Span)) + m_lines.capacity() * qsizetype(sizeof(int));
}

QStringView RowCells::view(qsizetype column) const
{
    if (m_row >= 0)
        return m_store.constData()->cell(m_row, int(column));
    return column >= 0 && column < m_own.size() ? QStringView(m_own.at(column)) : QStringView();
}

QStringList RowCells::toList() const
{
    return m_row >= 0 ? m_store.constData()->rowCells(m_row) : m_own;
}

void RowCells::set(qsizetype column, const QString& text)
{
    if (m_row >= 0) {
        m_own = toList();
        m_store.reset();
        m_row = -1;
    }
    if (column >= 0 && column < m_own.size())
        m_own[column] = text;
}

void RowCells::append(const QString& text)
{
    if (m_row >= 0) {
        m_own = toList();
        m_store.reset();
        m_row = -1;
    }
    m_own.append(text);
}

bool RowCells::operator==(const RowCells& other) const
{
    if (size() != other.size())
        return false;
    for (qsizetype c = 0; c < size(); ++c) {
        if (view(c) != other.view(c))
            return false;
    }
    return true;
}

} // namespace Alli::Bulk
