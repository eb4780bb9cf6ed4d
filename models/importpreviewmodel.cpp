#include "importpreviewmodel.h"
#include "statuscolors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>

#include <algorithm>
#include <numeric>

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

    // A password cell in the editor: the same mask whatever its length.
    constexpr char16_t kPasswordShown[] = u"••••••••";

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
    m_editorRows.clear();
    if (m_editor) {
        m_editorRows.resize(m_rows.size());
        for (Bulk::PreparedRow& row : m_rows)
            forgetIfBlank(row);
    }
    endResetModel();
    recount();
}

void ImportPreviewModel::setContext(const Bulk::ValidationContext& context)
{
    m_context = context;
    if (m_rows.isEmpty())
        return;
    QList<int> all(m_rows.size());
    std::iota(all.begin(), all.end(), 0);
    revalidateStructure(all, {});
}

void ImportPreviewModel::setEditorMode(bool editor)
{
    if (m_editor == editor)
        return;
    beginResetModel();
    m_editor = editor;
    m_editorRows.clear();
    m_editorRows.resize(editor ? m_rows.size() : 0);
    endResetModel();
}

bool ImportPreviewModel::isBlank(int row) const
{
    if (!m_editor || row < 0 || row >= m_rows.size())
        return false;
    for (int c = 0; c < problemsColumn(); ++c) {
        if (!m_table.cell(row, c).trimmed().isEmpty())
            return false;
    }
    return true;
}

// Editor mode: a row with nothing in it is not a row to send, nor a problem.
void ImportPreviewModel::forgetIfBlank(Bulk::PreparedRow& row) const
{
    if (!m_editor)
        return;
    for (qsizetype c = 0; c < row.cells.size(); ++c) {
        if (!row.cells.view(c).trimmed().isEmpty())
            return;
    }
    row.problems.clear();
    row.key.clear();
    row.payload = {};
}

void ImportPreviewModel::insertDataRows(int row, const QList<QStringList>& rows)
{
    insertRowsOnly(row, rows, true);
}

// Inserts; validates (the new rows, and those that share a key with them) unless the caller does.
void ImportPreviewModel::insertRowsOnly(int row, const QList<QStringList>& rows, bool validate)
{
    if (!m_editor || rows.isEmpty())
        return;
    row = std::clamp(row, 0, int(m_rows.size()));
    const int n = int(rows.size());
    beginInsertRows({}, row, row + n - 1);
    m_table.insertRows(row, rows);
    QList<Bulk::PreparedRow> fresh(n);
    for (int i = 0; i < n; ++i)
        fresh[i].cells = m_table.rowRef(row + i);
    m_rows = m_rows.first(row) + fresh + m_rows.sliced(row);
    m_editorRows.insert(row, n, EditorRow());
    endInsertRows();
    if (!validate)
        return;
    QList<int> changed(n);
    std::iota(changed.begin(), changed.end(), row);
    revalidateStructure(changed, {});
}

QList<QStringList> ImportPreviewModel::removeDataRows(int row, int count)
{
    QList<QStringList> removed;
    if (!m_editor || row < 0 || count <= 0 || row + count > m_rows.size())
        return removed;
    QSet<QString> keys;
    for (int r = row; r < row + count; ++r) {
        removed.append(m_table.rowCells(r));
        if (!m_rows.at(r).key.isEmpty())
            keys.insert(m_rows.at(r).key.toCaseFolded());
    }
    beginRemoveRows({}, row, row + count - 1);
    m_table.removeRows(row, count);
    m_rows.remove(row, count);
    m_editorRows.remove(row, count);
    endRemoveRows();
    revalidateStructure({}, keys);
    return removed;
}

void ImportPreviewModel::growTo(int rows, bool validate)
{
    if (!m_editor || rows <= m_rows.size())
        return;
    insertRowsOnly(int(m_rows.size()),
        QList<QStringList>(rows - m_rows.size(), QStringList(m_table.header.size())), validate);
}

void ImportPreviewModel::setSeed(const QList<QStringList>& seed)
{
    if (!m_editor)
        return;
    for (int r = 0; r < m_editorRows.size(); ++r)
        m_editorRows[r].seed = seed.value(r);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    recount();
}

bool ImportPreviewModel::isUnchanged(int row) const
{
    if (!m_editor || row < 0 || row >= m_editorRows.size() || m_editorRows.at(row).seed.isEmpty())
        return false;
    const QStringList& seed = m_editorRows.at(row).seed;
    for (int c = 0; c < problemsColumn(); ++c) {
        if (m_table.cell(row, c) != QStringView(seed.value(c)))
            return false;
    }
    return true;
}

int ImportPreviewModel::unchangedCount() const
{
    int n = 0;
    for (int r = 0; r < m_editorRows.size(); ++r)
        n += isUnchanged(r) ? 1 : 0;
    return n;
}

std::optional<Bulk::RowResult> ImportPreviewModel::resultAt(int row) const
{
    if (!m_editor || row < 0 || row >= m_editorRows.size())
        return std::nullopt;
    return m_editorRows.at(row).result;
}

void ImportPreviewModel::setResult(int row, const Bulk::RowResult& result)
{
    if (!m_editor || row < 0 || row >= m_editorRows.size())
        return;
    m_editorRows[row].result = result;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void ImportPreviewModel::clearResults()
{
    bool any = false;
    for (EditorRow& row : m_editorRows) {
        any = any || row.result.has_value();
        row.result.reset();
    }
    if (any)
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
}

int ImportPreviewModel::secretColumn() const
{
    for (qsizetype c = 0; c < m_mapping.size(); ++c) {
        if (m_mapping.at(c).target == u"password"_s)
            return int(c);
    }
    return -1;
}

// After rows were inserted or removed, or the context changed.
void ImportPreviewModel::revalidateStructure(const QList<int>& changed, const QSet<QString>& keys)
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i].index = i; // positions moved
    const int lastColumn = columnCount() - 1;
    if (m_rows.size() <= kWholeFileRevalidationLimit || changed.size() * 4 >= m_rows.size()) {
        // Small, or most rows changed: the whole table at once (the key index is built again at
        // the next edit of a large one).
        m_keyIndexBuilt = false;
        QList<Bulk::PreparedRow> fresh
            = Bulk::RowValidator::prepare(m_operation, m_table, m_mapping, m_context);
        if (fresh.size() != m_rows.size())
            return; // cannot happen: the table has the model's rows
        const QSet<int> edited(changed.cbegin(), changed.cend());
        int runStart = -1; // consecutive changed rows: one signal (a paste changes thousands)
        for (int i = 0; i <= fresh.size(); ++i) {
            bool differs = false;
            if (i < fresh.size()) {
                forgetIfBlank(fresh[i]);
                differs = edited.contains(i) || !sameProblems(fresh.at(i).problems, m_rows.at(i).problems)
                    || fresh.at(i).payload != m_rows.at(i).payload;
                if (differs)
                    m_rows[i] = fresh.at(i);
            }
            if (differs && runStart < 0)
                runStart = i;
            if (!differs && runStart >= 0) {
                emit dataChanged(index(runStart, 0), index(i - 1, lastColumn));
                runStart = -1;
            }
        }
    } else {
        QSet<QString> touched = keys;
        for (int r : changed) {
            m_rows[r] = validateRow(r, -1); // alone first: its key
            if (!m_rows.at(r).key.isEmpty())
                touched.insert(m_rows.at(r).key.toCaseFolded());
        }
        m_keyIndex = keyIndexOf(m_rows);
        m_keyIndexBuilt = true;
        QList<int> affected = changed;
        for (const QString& key : std::as_const(touched))
            affected += m_keyIndex.rowsOf(key);
        std::sort(affected.begin(), affected.end());
        affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
        const QSet<int> edited(changed.cbegin(), changed.cend());
        const auto keyOf = [this](int row) -> const QString& { return m_rows.at(row).key; };
        for (int i : std::as_const(affected)) {
            const Bulk::PreparedRow fresh = validateRow(i, firstRowOfKey(m_rows.at(i).key, keyOf));
            if (!edited.contains(i) && sameProblems(fresh.problems, m_rows.at(i).problems)
                && fresh.payload == m_rows.at(i).payload)
                continue;
            m_rows[i] = fresh;
            emit dataChanged(index(i, 0), index(i, lastColumn));
        }
    }
    recount();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_table = {};
    m_mapping.clear();
    m_context = {};
    m_rows.clear();
    m_editorRows.clear();
    m_keyIndex = {};
    m_keyIndexBuilt = false;
    endResetModel();
    recount();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    // The editor's new-row line, once there are columns to type into.
    return int(m_rows.size()) + (m_editor && !m_table.header.isEmpty() ? 1 : 0);
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    // An empty model has no columns at all, not a lone Problems column.
    if (parent.isValid() || m_table.header.isEmpty())
        return 0;
    return int(m_table.header.size()) + (m_editor ? 2 : 1);
}

QStringList ImportPreviewModel::problemTexts(const Bulk::PreparedRow& row) const
{
    // Errors first: what holds the row back is what the narrow column shows, whichever rule
    // found a warning earlier.
    QStringList texts;
    texts.reserve(row.problems.size());
    for (const Bulk::CellProblem& problem : row.problems) {
        if (problem.severity == Bulk::CellProblem::Severity::Error)
            texts << problem.text();
    }
    for (const Bulk::CellProblem& problem : row.problems) {
        if (problem.severity == Bulk::CellProblem::Severity::Warning)
            texts << tr("Warning: %1").arg(problem.text());
    }
    return texts;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == m_rows.size()) { // the editor's new-row line
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return QString();
        if (role == Qt::ToolTipRole && index.column() < problemsColumn())
            return tr("Type here to add a row.");
        if (role == RowStateRole)
            return -1;
        return {};
    }
    if (index.column() == resultColumn())
        return resultData(index.row(), role);
    const Bulk::PreparedRow& row = m_rows.at(index.row());
    const bool isProblems = index.column() == problemsColumn();
    const QString column = isProblems ? QString() : m_table.header.value(index.column());

    switch (role) {
    case Qt::DisplayRole:
        if (m_editor && !isProblems && index.column() == secretColumn()
            && !row.cells.view(index.column()).isEmpty())
            return QStringView(kPasswordShown).toString();
        [[fallthrough]];
    case Qt::EditRole:
        if (isProblems)
            return problemTexts(row).join(u' '); // each problem is a sentence
        return row.cells.value(index.column());
    case Qt::AccessibleDescriptionRole: {
        // What a screen reader says after the cell's text: its problems, as the tooltip shows.
        if (isProblems)
            return {};
        QStringList texts;
        for (const Bulk::CellProblem& problem : row.problems) {
            if (problem.column == column)
                texts << (problem.severity == Bulk::CellProblem::Severity::Warning
                        ? tr("Warning: %1").arg(problem.text())
                        : tr("Error: %1").arg(problem.text()));
        }
        return texts.isEmpty() ? QVariant() : QVariant(texts.join(u' '));
    }
    case Qt::FontRole: {
        // A seeded row's changed cells are bold: what will be sent.
        if (!m_editor || isProblems || m_editorRows.at(index.row()).seed.isEmpty())
            return {};
        const QStringList& seed = m_editorRows.at(index.row()).seed;
        if (row.cells.view(index.column()) == QStringView(seed.value(index.column())))
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case RowStateRole:
        return resultData(index.row(), role);
    case Qt::ToolTipRole: {
        if (isProblems)
            return problemTexts(row).join(u'\n');
        QStringList texts;
        for (const Bulk::CellProblem& problem : row.problems) {
            if (problem.column == column)
                texts << problem.text();
        }
        return texts.isEmpty() ? QVariant() : QVariant(texts.join(u'\n'));
    }
    case Qt::BackgroundRole:
        if (!isProblems && hasError(row, column))
            return QBrush(StatusColors::background(StatusColors::Role::Negative));
        if (!isProblems && hasWarning(row, column))
            return QBrush(StatusColors::background(StatusColors::Role::Neutral));
        return {};
    case Qt::ForegroundRole:
        // On a tinted cell the palette's text stays readable (StatusColors::background).
        if (isProblems && !row.isValid())
            return QBrush(StatusColors::text(StatusColors::Role::Negative));
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

QVariant ImportPreviewModel::resultData(int row, int role) const
{
    const std::optional<Bulk::RowResult>& result = m_editorRows.at(row).result;
    if (role == RowStateRole)
        return result ? int(result->state) : -1;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (result && result->state == Bulk::RowState::Pending)
            return tr("Sending…");
        if (result) {
            const QString label = Bulk::rowStateLabel(result->state);
            return result->message.isEmpty() ? label : tr("%1: %2").arg(label, result->text());
        }
        if (isUnchanged(row))
            return tr("Unchanged: not sent");
        if (isBlank(row))
            return {};
        return m_rows.at(row).isValid() ? tr("Ready to send") : tr("Not sent: fix the problems first");
    case Qt::ForegroundRole:
        if (!result)
            return QBrush(StatusColors::text(StatusColors::Role::Inactive));
        switch (result->state) {
        case Bulk::RowState::Succeeded:
            return QBrush(StatusColors::text(StatusColors::Role::Positive));
        case Bulk::RowState::Failed:
            return QBrush(StatusColors::text(StatusColors::Role::Negative));
        case Bulk::RowState::Unknown:
        case Bulk::RowState::NotSent:
            return QBrush(StatusColors::text(StatusColors::Role::Neutral));
        default:
            return {};
        }
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
    if (index.column() >= problemsColumn())
        return f;
    // The editor: a row the server took is done; a row being sent waits for its answer.
    if (m_editor && index.row() < m_rows.size()) {
        const std::optional<Bulk::RowResult>& result = m_editorRows.at(index.row()).result;
        if (result
            && (result->state == Bulk::RowState::Succeeded || result->state == Bulk::RowState::Pending))
            return f;
    }
    return f | Qt::ItemIsEditable;
}

bool ImportPreviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == problemsColumn())
        return false;
    if (!(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString();
    const int r = index.row();
    if (r == m_rows.size()) {
        if (text.isEmpty())
            return true; // nothing typed: no row
        growTo(r + 1, true);
    }
    if (m_rows.at(r).cells.value(index.column()) == text)
        return true;
    m_table.setCell(r, index.column(), text);
    if (m_editor)
        m_editorRows[r].result.reset(); // what was sent is no longer what the row says
    revalidate(r);
    return true;
}

QStringList ImportPreviewModel::setCells(const QList<std::tuple<int, int, QString>>& cells)
{
    QStringList before;
    QList<int> edited;
    QList<int> grown;
    if (m_editor) { // a paste that runs past the last row, or into the new-row line, adds rows
        int needed = int(m_rows.size());
        for (const auto& [r, c, text] : cells) {
            if (r >= needed && c >= 0 && c < problemsColumn() && !text.isEmpty())
                needed = r + 1;
        }
        const int before = int(m_rows.size());
        growTo(needed, false); // validated below with the edits
        for (int r = before; r < needed; ++r)
            grown.append(r);
    }
    for (const auto& [r, c, text] : cells) {
        if (r < 0 || r >= m_rows.size() || c < 0 || c >= problemsColumn()) {
            before.append(QString());
            continue;
        }
        before.append(m_table.cell(r, c).toString());
        m_table.setCell(r, c, text);
        m_rows[r].cells = m_table.rowRef(r);
        if (m_editor)
            m_editorRows[r].result.reset();
        edited.append(r);
    }
    edited += grown;
    std::sort(edited.begin(), edited.end());
    edited.erase(std::unique(edited.begin(), edited.end()), edited.end());
    if (edited.isEmpty())
        return before;
    if (!grown.isEmpty()
        || (m_rows.size() > kWholeFileRevalidationLimit && edited.size() * 4 >= m_rows.size())) {
        revalidateStructure(edited, {}); // rows added, or most of a large table: once, as a whole
    } else if (m_rows.size() <= kWholeFileRevalidationLimit) {
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
        QList<Bulk::PreparedRow> fresh
            = Bulk::RowValidator::prepare(m_operation, m_table, m_mapping, m_context);
        if (fresh.size() != m_rows.size())
            return; // cannot happen: the table keeps its rows
        for (int i = 0; i < fresh.size(); ++i) {
            forgetIfBlank(fresh[i]);
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
    return KeyIndex(rows);
}

// The first row (in file order) whose key has the folding of `key`, or -1; `keyOf` gives a
// row's key as it is now.
int ImportPreviewModel::firstRowOfKey(
    const QString& key, const std::function<const QString&(int)>& keyOf) const
{
    if (key.isEmpty())
        return -1;
    const QList<int> candidates = m_keyIndex.rowsOf(key); // same hash: compared to be sure
    for (int row : candidates) {
        if (Bulk::sameFolding(keyOf(row), key))
            return row;
    }
    return -1;
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
    forgetIfBlank(out);
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
        m_keyIndex.remove(oldKey, editedRow);
        affected += m_keyIndex.rowsOf(oldKey);
        m_keyIndex.add(newKey, editedRow);
        affected += m_keyIndex.rowsOf(newKey);
    }
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());

    // The edited row's key is its new one; the others' are in m_rows until revalidated.
    const auto keyOf = [this, editedRow, &newKey](int row) -> const QString& {
        return row == editedRow ? newKey : m_rows.at(row).key;
    };
    for (int i : std::as_const(affected)) {
        const Bulk::PreparedRow fresh = validateRow(i, firstRowOfKey(keyOf(i), keyOf));
        if (i != editedRow && sameProblems(fresh.problems, m_rows.at(i).problems)
            && fresh.payload == m_rows.at(i).payload)
            continue;
        m_rows[i] = fresh;
        emit dataChanged(index(i, 0), index(i, lastColumn));
    }
}

void ImportPreviewModel::recount()
{
    int valid = 0, warnings = 0, unconfirmed = 0, blank = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Bulk::PreparedRow& row = m_rows.at(i);
        // forgetIfBlank() leaves a blank row with neither problems nor a payload; every other
        // row has one or the other (a valid row always has its payload).
        if (m_editor && row.problems.isEmpty() && row.payload.isEmpty()) {
            ++blank;
            continue;
        }
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
    m_blankCount = blank;
    m_warningCount = warnings;
    m_unconfirmedCount = unconfirmed;
    emit summaryChanged();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The editor names its columns as the screen does ("Email", "이메일"); the column's name in
    // a CSV file is its tooltip, and ColumnNameRole.
    const bool named
        = m_editor && orientation == Qt::Horizontal && section >= 0 && section < problemsColumn();
    if (role == ColumnNameRole && named)
        return m_table.header.value(section);
    if (role == Qt::ToolTipRole && named)
        return tr("Column \"%1\" in a CSV file").arg(m_table.header.value(section));
    if (role == Qt::DisplayRole && named && section < m_mapping.size()
        && !m_mapping.at(section).target.isEmpty())
        return Bulk::OperationSpec::targetLabel(m_mapping.at(section).target);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (m_editor) // rows of a grid, numbered as a spreadsheet does; * for the new-row line
            return section == m_rows.size() ? QVariant(u"*"_s) : QVariant(section + 1);
        if (section < 0 || section >= m_rows.size())
            return {};
        return m_rows.at(section).line; // the line the user sees in a text editor
    }
    if (section == problemsColumn())
        return tr("Problems");
    if (section == resultColumn())
        return tr("Result");
    return m_table.header.value(section);
}

void ImportPreviewModel::retranslate()
{
    const int columns = columnCount();
    if (columns == 0)
        return;
    emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, problemsColumn()), index(rowCount() - 1, columnCount() - 1));
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
