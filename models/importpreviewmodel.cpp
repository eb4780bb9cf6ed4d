#include "importpreviewmodel.h"

#include <QBrush>
#include <QColor>
#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{

    bool sameProblems(const QList<Bulk::CellProblem>& a, const QList<Bulk::CellProblem>& b)
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).severity != b.at(i).severity || a.at(i).column != b.at(i).column
                || a.at(i).message != b.at(i).message)
                return false;
        }
        return true;
    }

    bool hasError(const Bulk::PreparedRow& row, const QString& column)
    {
        return std::any_of(row.problems.cbegin(), row.problems.cend(), [&column](const Bulk::CellProblem& p) {
            return p.severity == Bulk::CellProblem::Severity::Error && p.column == column;
        });
    }

    bool hasWarning(const Bulk::PreparedRow& row, const QString& column)
    {
        return std::any_of(row.problems.cbegin(), row.problems.cend(), [&column](const Bulk::CellProblem& p) {
            return p.severity == Bulk::CellProblem::Severity::Warning && p.column == column;
        });
    }

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPrepared(Bulk::Operation op, const Bulk::CsvTable& table,
    const QList<Bulk::ColumnMapping>& mapping, const Bulk::ValidationContext& context,
    const QList<Bulk::PreparedRow>& rows, std::optional<KeyIndex> keyIndex)
{
    beginResetModel();
    m_operation = op;
    m_table = table;
    m_mapping = mapping;
    m_context = context;
    m_rows = rows;
    m_keyIndexBuilt = keyIndex.has_value();
    m_keyIndex = keyIndex ? std::move(*keyIndex) : KeyIndex();
    endResetModel();
    recount();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_table = {};
    m_mapping.clear();
    m_context = {};
    m_rows.clear();
    m_keyIndex.clear();
    m_keyIndexBuilt = false;
    endResetModel();
    recount();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    // An empty model has no columns at all, not a lone Problems column.
    return parent.isValid() || m_table.header.isEmpty() ? 0 : int(m_table.header.size()) + 1;
}

QStringList ImportPreviewModel::problemTexts(const Bulk::PreparedRow& row) const
{
    QStringList texts;
    texts.reserve(row.problems.size());
    for (const Bulk::CellProblem& problem : row.problems) {
        texts << (problem.severity == Bulk::CellProblem::Severity::Warning
                ? tr("Warning: %1").arg(problem.message)
                : problem.message);
    }
    return texts;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bulk::PreparedRow& row = m_rows.at(index.row());
    const bool isProblems = index.column() == problemsColumn();
    const QString column = isProblems ? QString() : m_table.header.value(index.column());

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (isProblems)
            return problemTexts(row).join(u' '); // each problem is a sentence
        return row.cells.value(index.column());
    case Qt::ToolTipRole: {
        if (isProblems)
            return problemTexts(row).join(u'\n');
        QStringList texts;
        for (const Bulk::CellProblem& problem : row.problems) {
            if (problem.column == column)
                texts << problem.message;
        }
        return texts.isEmpty() ? QVariant() : QVariant(texts.join(u'\n'));
    }
    case Qt::BackgroundRole:
        if (!isProblems && hasError(row, column))
            return QBrush(QColor(255, 205, 210));
        if (!isProblems && hasWarning(row, column))
            return QBrush(QColor(255, 243, 205));
        return {};
    case Qt::ForegroundRole:
        if (!isProblems && (hasError(row, column) || hasWarning(row, column)))
            return QBrush(Qt::black); // readable on the tint in dark themes too
        if (isProblems && !row.isValid())
            return QBrush(QColor(183, 28, 28));
        return {};
    case ValidRole:
        return row.isValid();
    case LineRole:
        return row.line;
    case ProblemsRole:
        return problemTexts(row);
    case CellErrorRole:
        return !isProblems && hasError(row, column);
    case SortRole:
        if (isProblems)
            return int(row.problems.size());
        return row.cells.value(index.column());
    default:
        return {};
    }
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != problemsColumn())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ImportPreviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == problemsColumn())
        return false;
    const QString text = value.toString();
    const int r = index.row();
    if (m_rows.at(r).cells.value(index.column()) == text)
        return true;
    m_table.setCell(r, index.column(), text);
    revalidate(r);
    return true;
}

QStringList ImportPreviewModel::setCells(const QList<std::tuple<int, int, QString>>& cells)
{
    QStringList before;
    QList<int> edited;
    for (const auto& [r, c, text] : cells) {
        if (r < 0 || r >= m_rows.size() || c < 0 || c >= problemsColumn()) {
            before.append(QString());
            continue;
        }
        before.append(m_table.cell(r, c).toString());
        m_table.setCell(r, c, text);
        m_rows[r].cells = m_table.rowRef(r);
        edited.append(r);
    }
    std::sort(edited.begin(), edited.end());
    edited.erase(std::unique(edited.begin(), edited.end()), edited.end());
    if (edited.isEmpty())
        return before;
    if (m_rows.size() <= kWholeFileRevalidationLimit) {
        revalidate(edited.constFirst()); // the whole file, once
        for (int r : std::as_const(edited))
            emit dataChanged(index(r, 0), index(r, columnCount() - 1));
    } else {
        for (int r : std::as_const(edited))
            revalidateAround(r);
        recount();
    }
    return before;
}

void ImportPreviewModel::revalidate(int editedRow)
{
    const int lastColumn = columnCount() - 1;
    if (m_rows.size() <= kWholeFileRevalidationLimit) {
        // Duplicates are a property of the whole file: fixing one row may fix another.
        const QList<Bulk::PreparedRow> fresh
            = Bulk::RowValidator::prepare(m_operation, m_table, m_mapping, m_context);
        if (fresh.size() != m_rows.size())
            return; // cannot happen: the table keeps its rows
        for (int i = 0; i < fresh.size(); ++i) {
            const bool changed = i == editedRow || !sameProblems(fresh.at(i).problems, m_rows.at(i).problems)
                || fresh.at(i).payload != m_rows.at(i).payload;
            if (!changed)
                continue;
            m_rows[i] = fresh.at(i);
            emit dataChanged(index(i, 0), index(i, lastColumn));
        }
    } else {
        revalidateAround(editedRow);
    }
    recount();
}

ImportPreviewModel::KeyIndex ImportPreviewModel::keyIndexOf(const QList<Bulk::PreparedRow>& rows)
{
    KeyIndex index;
    index.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).key.isEmpty())
            index[rows.at(i).key.toCaseFolded()].append(i); // in file order
    }
    return index;
}

// `row` validated as the whole-file validation would: alone, or after the first row with the
// same key (firstOfKey >= 0), which makes it a duplicate of that row.
Bulk::PreparedRow ImportPreviewModel::validateRow(int row, int firstOfKey) const
{
    Bulk::CsvTable part;
    part.header = m_table.header;
    part.encoding = m_table.encoding;
    part.delimiter = m_table.delimiter;
    if (firstOfKey >= 0 && firstOfKey != row)
        part.appendRow(m_table.line(firstOfKey), m_table.rowCells(firstOfKey));
    part.appendRow(m_table.line(row), m_table.rowCells(row));
    QList<Bulk::PreparedRow> fresh = Bulk::RowValidator::prepare(m_operation, part, m_mapping, m_context);
    Bulk::PreparedRow out = fresh.isEmpty() ? m_rows.at(row) : fresh.takeLast();
    out.index = m_rows.at(row).index;
    out.line = m_rows.at(row).line;
    return out;
}

// Large files: the edited row, plus every row that had its old key or has its new one (fixing
// one duplicate clears the error on the other row, making one clears the first row's...).
void ImportPreviewModel::revalidateAround(int editedRow)
{
    if (!m_keyIndexBuilt) {
        m_keyIndex = keyIndexOf(m_rows);
        m_keyIndexBuilt = true;
    }
    const int lastColumn = columnCount() - 1;
    const QString oldKey = m_rows.at(editedRow).key.toCaseFolded();
    const QString newKey = validateRow(editedRow, -1).key.toCaseFolded();

    QList<int> affected { editedRow };
    if (oldKey != newKey) {
        if (!oldKey.isEmpty()) {
            auto it = m_keyIndex.find(oldKey);
            if (it != m_keyIndex.end()) {
                it->removeOne(editedRow);
                affected += *it;
                if (it->isEmpty())
                    m_keyIndex.erase(it);
            }
        }
        if (!newKey.isEmpty()) {
            QList<int>& rows = m_keyIndex[newKey];
            rows.insert(std::lower_bound(rows.begin(), rows.end(), editedRow), editedRow);
            affected += rows;
        }
    }
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());

    for (int i : std::as_const(affected)) {
        const QString key = i == editedRow ? newKey : m_rows.at(i).key.toCaseFolded();
        const QList<int> sameKey = key.isEmpty() ? QList<int>() : m_keyIndex.value(key);
        const Bulk::PreparedRow fresh = validateRow(i, sameKey.isEmpty() ? -1 : sameKey.constFirst());
        if (i != editedRow && sameProblems(fresh.problems, m_rows.at(i).problems)
            && fresh.payload == m_rows.at(i).payload)
            continue;
        m_rows[i] = fresh;
        emit dataChanged(index(i, 0), index(i, lastColumn));
    }
}

void ImportPreviewModel::recount()
{
    int valid = 0, warnings = 0, unconfirmed = 0;
    for (const Bulk::PreparedRow& row : std::as_const(m_rows)) {
        if (row.isValid())
            ++valid;
        if (row.hasUnconfirmedProblem())
            ++unconfirmed;
        if (std::any_of(row.problems.cbegin(), row.problems.cend(), [](const Bulk::CellProblem& p) {
                return p.severity == Bulk::CellProblem::Severity::Warning;
            }))
            ++warnings;
    }
    m_validCount = valid;
    m_warningCount = warnings;
    m_unconfirmedCount = unconfirmed;
    emit summaryChanged();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        return m_rows.at(section).line; // the line the user sees in a text editor
    }
    if (section == problemsColumn())
        return tr("Problems");
    return m_table.header.value(section);
}

void ImportPreviewModel::retranslate()
{
    const int columns = columnCount();
    if (columns == 0)
        return;
    emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, problemsColumn()), index(rowCount() - 1, problemsColumn()));
}

ImportPreviewFilterProxy::ImportPreviewFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ImportPreviewModel::SortRole);
    setSortLocaleAware(true);
}

void ImportPreviewFilterProxy::setInvalidOnly(bool invalidOnly)
{
    if (m_invalidOnly == invalidOnly)
        return;
    m_invalidOnly = invalidOnly;
    invalidateRowsFilter();
}

bool ImportPreviewFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_invalidOnly)
        return true;
    return !sourceModel()->index(sourceRow, 0, sourceParent).data(ImportPreviewModel::ValidRole).toBool();
}

} // namespace Alli
