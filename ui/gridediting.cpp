#include "gridediting.h"

#include "clipboardtable.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QMetaProperty>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{

    // One batch of cell edits: redo applies the new texts, undo the ones they replaced.
    // Rows a paste added (beyond the table's rows before it) are removed again by undo.
    class CellEditsCommand : public QUndoCommand
    {
    public:
        CellEditsCommand(
            GridEditing* editing, GridEditing::Apply apply, QList<CellEdit> edits, const QString& text)
            : QUndoCommand(text)
            , m_editing(editing)
            , m_apply(std::move(apply))
            , m_edits(std::move(edits))
        {
        }
        void redo() override
        {
            if (m_before.isEmpty())
                m_rowsBefore = m_editing->dataRowCount();
            const QStringList old = m_apply(m_edits);
            if (m_before.isEmpty()) {
                m_before = m_edits;
                for (qsizetype i = 0; i < m_before.size(); ++i)
                    m_before[i].text = old.value(i);
            }
        }
        void undo() override
        {
            QList<CellEdit> reversed(m_before.crbegin(), m_before.crend());
            m_apply(reversed);
            if (m_rowsBefore >= 0)
                m_editing->removeRowsFrom(m_rowsBefore);
        }

    private:
        GridEditing* m_editing;
        GridEditing::Apply m_apply;
        QList<CellEdit> m_edits;
        QList<CellEdit> m_before;
        int m_rowsBefore = -1;
    };

    // Empty rows inserted at one place.
    class InsertRowsCommand : public QUndoCommand
    {
    public:
        InsertRowsCommand(GridEditing* editing, int row, int count, const QString& text)
            : QUndoCommand(text)
            , m_editing(editing)
            , m_row(row)
            , m_count(count)
        {
        }
        void redo() override { m_editing->rowOperations()->insert(m_row, QList<QStringList>(m_count)); }
        void undo() override { m_editing->rowOperations()->remove(m_row, m_count); }

    private:
        GridEditing* m_editing;
        int m_row;
        int m_count;
    };

    // Runs of rows removed, kept to be put back.
    class RemoveRowsCommand : public QUndoCommand
    {
    public:
        RemoveRowsCommand(GridEditing* editing, QList<std::pair<int, int>> runs, const QString& text)
            : QUndoCommand(text)
            , m_editing(editing)
            , m_runs(std::move(runs)) // ascending, not overlapping
        {
        }
        void redo() override
        {
            m_removed.clear();
            for (auto run = m_runs.crbegin(); run != m_runs.crend(); ++run) // from the bottom up
                m_removed.prepend(m_editing->rowOperations()->remove(run->first, run->second));
        }
        void undo() override
        {
            for (qsizetype i = 0; i < m_runs.size(); ++i)
                m_editing->rowOperations()->insert(m_runs.at(i).first, m_removed.value(i));
        }

    private:
        GridEditing* m_editing;
        QList<std::pair<int, int>> m_runs; // first row, count
        QList<QList<QStringList>> m_removed;
    };

    // Typing in a cell goes through the undo stack too.
    class UndoableDelegate : public QStyledItemDelegate
    {
    public:
        UndoableDelegate(GridEditing* editing, QObject* parent)
            : QStyledItemDelegate(parent)
            , m_editing(editing)
        {
        }
        QWidget* createEditor(
            QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
        {
            if (QWidget* editor = m_editing->createEditor(parent, index))
                return editor;
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
        void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
        {
            const QByteArray property = editor->metaObject()->userProperty().name();
            const QString text
                = editor->property(property.isEmpty() ? "text" : property.constData()).toString();
            if (text == model->data(index, Qt::EditRole).toString())
                return;
            m_editing->edit(
                { CellEdit { index.row(), index.column(), text } }, GridEditing::tr("Edit a cell"));
        }

    private:
        GridEditing* m_editing;
    };

} // namespace

QList<std::tuple<int, int, QString>> cellTriples(const QList<CellEdit>& edits)
{
    QList<std::tuple<int, int, QString>> cells;
    cells.reserve(edits.size());
    for (const CellEdit& e : edits)
        cells.append({ e.row, e.column, e.text });
    return cells;
}

GridEditing::GridEditing(QTableView* view, Apply apply, int errorRole, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_apply(std::move(apply))
    , m_errorRole(errorRole)
    , m_stack(new QUndoStack(this))
{
    m_view->setItemDelegate(new UndoableDelegate(this, m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    const auto add = [this](QAction*& action, const QString& name, const QKeySequence& keys, auto slot) {
        action = new QAction(m_view);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut); // not while a cell editor has the keys
        m_view->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    add(m_undo, u"gridUndo"_s, QKeySequence::Undo, [this] {
        if (!refuseWhileReadOnly())
            m_stack->undo();
    });
    add(m_redo, u"gridRedo"_s, QKeySequence::Redo, [this] {
        if (!refuseWhileReadOnly())
            m_stack->redo();
    });
    add(m_copy, u"gridCopy"_s, QKeySequence::Copy,
        [this] { QApplication::clipboard()->setText(copySelection()); });
    add(m_paste, u"gridPaste"_s, QKeySequence::Paste,
        [this] { pasteText(QApplication::clipboard()->text()); });
    add(m_fill, u"gridFillDown"_s, QKeySequence(Qt::CTRL | Qt::Key_D), [this] { fillDown(); });
    add(m_clear, u"gridClear"_s, QKeySequence::Delete, [this] { clearSelection(); });
    add(m_next, u"gridNextProblem"_s, QKeySequence(Qt::Key_F8), [this] { goToProblem(true); });
    add(m_previous, u"gridPreviousProblem"_s, QKeySequence(Qt::SHIFT | Qt::Key_F8),
        [this] { goToProblem(false); });
    connect(m_stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    retranslate();
}

GridEditing::~GridEditing() = default;

void GridEditing::retranslate()
{
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_copy->setText(tr("Copy"));
    m_paste->setText(tr("Paste"));
    m_fill->setText(tr("Fill down"));
    m_clear->setText(tr("Clear cells"));
    m_next->setText(tr("Next problem"));
    m_previous->setText(tr("Previous problem"));
    if (m_insertRows) {
        m_insertRows->setText(tr("Insert rows"));
        m_deleteRows->setText(tr("Delete rows"));
    }
}

void GridEditing::say(const QString& text)
{
    m_lastMessage = text;
    emit message(text);
}

void GridEditing::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (readOnly) {
        m_editTriggers = int(m_view->editTriggers());
        m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    } else {
        m_view->setEditTriggers(QAbstractItemView::EditTriggers(m_editTriggers));
    }
}

bool GridEditing::refuseWhileReadOnly()
{
    if (m_readOnly)
        say(tr("The rows cannot be changed while they are being sent."));
    return m_readOnly;
}

bool GridEditing::edit(const QList<CellEdit>& edits, const QString& description)
{
    if (refuseWhileReadOnly())
        return false;
    QList<CellEdit> real;
    const QAbstractItemModel* model = m_view->model();
    for (const CellEdit& e : edits) {
        const QModelIndex index = model->index(e.row, e.column);
        if (!index.isValid() && canGrowInto(e.row, e.column)) {
            if (!e.text.isEmpty())
                real.append(e); // no proxy with row operations: the model's own coordinates
            continue;
        }
        if (!index.isValid() || !(model->flags(index) & Qt::ItemIsEditable)
            || model->data(index, Qt::EditRole).toString() == e.text)
            continue;
        // Kept in the coordinates of the innermost model: a filter may hide the row once fixed,
        // and undo must still find it.
        QModelIndex source = index;
        for (auto* proxy = qobject_cast<const QAbstractProxyModel*>(model); proxy;
             proxy = qobject_cast<const QAbstractProxyModel*>(proxy->sourceModel()))
            source = proxy->mapToSource(source);
        real.append({ source.row(), source.column(), e.text });
    }
    if (real.isEmpty())
        return false;
    m_stack->push(new CellEditsCommand(this, m_apply, real, description));
    return true;
}

void GridEditing::setRowOperations(RowOperations operations)
{
    m_rows = std::move(operations);
    if (m_insertRows)
        return;
    m_insertRows = new QAction(m_view);
    m_insertRows->setObjectName(u"gridInsertRows"_s);
    // Excel's keys: Ctrl+"+" (Ctrl+Shift+= where + needs Shift) and Ctrl+"-".
    m_insertRows->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Plus),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Insert) });
    m_insertRows->setShortcutContext(Qt::WidgetShortcut);
    connect(m_insertRows, &QAction::triggered, this, [this] { insertRows(); });
    m_deleteRows = new QAction(m_view);
    m_deleteRows->setObjectName(u"gridDeleteRows"_s);
    m_deleteRows->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Minus) });
    m_deleteRows->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteRows, &QAction::triggered, this, [this] { deleteRows(); });
    m_view->addAction(m_insertRows);
    m_view->addAction(m_deleteRows);
    retranslate();
}

int GridEditing::dataRowCount() const
{
    return m_rows ? m_rows->rowCount() : -1;
}

void GridEditing::removeRowsFrom(int rowCount)
{
    if (m_rows && m_rows->rowCount() > rowCount)
        m_rows->remove(rowCount, m_rows->rowCount() - rowCount);
}

// A row past the table, where a paste may add rows: editable if the new-row line is.
bool GridEditing::canGrowInto(int row, int column) const
{
    const QAbstractItemModel* model = m_view->model();
    if (!m_rows || row < model->rowCount() || model->rowCount() == 0)
        return false;
    const QModelIndex newRowLine = model->index(model->rowCount() - 1, column);
    return newRowLine.isValid() && (model->flags(newRowLine) & Qt::ItemIsEditable);
}

QList<int> GridEditing::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedIndexes())
        rows.append(i.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

bool GridEditing::insertRows()
{
    if (!m_rows || refuseWhileReadOnly())
        return false;
    const QList<int> rows = selectedRows();
    const int at = rows.isEmpty() ? m_rows->rowCount() : std::min(rows.constFirst(), m_rows->rowCount());
    const int count = std::max(1, int(rows.size()));
    m_stack->push(new InsertRowsCommand(this, at, count, tr("Insert %n row(s)", nullptr, count)));
    m_view->setCurrentIndex(m_view->model()->index(at, std::max(0, m_view->currentIndex().column())));
    return true;
}

bool GridEditing::deleteRows()
{
    if (!m_rows || refuseWhileReadOnly())
        return false;
    QList<int> rows = selectedRows();
    const int dataRows = m_rows->rowCount();
    rows.erase(
        std::remove_if(rows.begin(), rows.end(), [dataRows](int r) { return r >= dataRows; }), rows.end());
    if (rows.isEmpty()) {
        say(tr("Select the rows to delete."));
        return false;
    }
    QList<std::pair<int, int>> runs;
    for (int r : std::as_const(rows)) {
        if (!runs.isEmpty() && runs.last().first + runs.last().second == r)
            ++runs.last().second;
        else
            runs.append({ r, 1 });
    }
    const int count = int(rows.size());
    m_stack->push(new RemoveRowsCommand(this, runs, tr("Delete %n row(s)", nullptr, count)));
    return true;
}

bool GridEditing::findNext(const QString& text, Qt::CaseSensitivity cs)
{
    const QAbstractItemModel* model = m_view->model();
    const int rows = model->rowCount(), columns = model->columnCount();
    if (text.isEmpty() || rows == 0 || columns == 0)
        return false;
    const QModelIndex current = m_view->currentIndex();
    const qsizetype total = qsizetype(rows) * columns;
    qsizetype position = current.isValid() ? qsizetype(current.row()) * columns + current.column() : -1;
    for (qsizetype step = 0; step < total; ++step) {
        position = (position + 1) % total;
        const QModelIndex i = model->index(int(position / columns), int(position % columns));
        if (model->data(i, Qt::EditRole).toString().contains(text, cs)) {
            m_view->setCurrentIndex(i);
            m_view->scrollTo(i);
            return true;
        }
    }
    say(tr("No cell contains \"%1\".").arg(text));
    return false;
}

int GridEditing::replaceAll(const QString& find, const QString& replace, Qt::CaseSensitivity cs)
{
    if (find.isEmpty())
        return 0;
    const QAbstractItemModel* model = m_view->model();
    QList<CellEdit> edits;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex i = model->index(r, c);
            if (!(model->flags(i) & Qt::ItemIsEditable))
                continue;
            QString text = model->data(i, Qt::EditRole).toString();
            if (!text.contains(find, cs))
                continue;
            edits.append({ r, c, text.replace(find, replace, cs) });
        }
    }
    const int changed = int(edits.size());
    if (!edit(edits, tr("Replace all"))) {
        say(tr("No cell that can be edited contains \"%1\".").arg(find));
        return 0;
    }
    say(tr("Replaced in %n cell(s).", nullptr, changed));
    return changed;
}

bool GridEditing::replaceCurrent(const QString& find, const QString& replace, Qt::CaseSensitivity cs)
{
    const QModelIndex current = m_view->currentIndex();
    const QAbstractItemModel* model = m_view->model();
    if (!find.isEmpty() && current.isValid() && (model->flags(current) & Qt::ItemIsEditable)) {
        QString text = model->data(current, Qt::EditRole).toString();
        if (text.contains(find, cs))
            edit({ { current.row(), current.column(), text.replace(find, replace, cs) } }, tr("Replace"));
    }
    return findNext(find, cs);
}

QList<QModelIndex> GridEditing::selectedEditable() const
{
    QList<QModelIndex> indexes
        = m_view->selectionModel() ? m_view->selectionModel()->selectedIndexes() : QList<QModelIndex>();
    if (indexes.isEmpty() && m_view->currentIndex().isValid())
        indexes.append(m_view->currentIndex());
    indexes.erase(
        std::remove_if(indexes.begin(), indexes.end(),
            [this](const QModelIndex& i) { return !(m_view->model()->flags(i) & Qt::ItemIsEditable); }),
        indexes.end());
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex& a, const QModelIndex& b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    return indexes;
}

QString GridEditing::copySelection() const
{
    QList<QModelIndex> indexes
        = m_view->selectionModel() ? m_view->selectionModel()->selectedIndexes() : QList<QModelIndex>();
    if (indexes.isEmpty() && m_view->currentIndex().isValid())
        indexes.append(m_view->currentIndex());
    if (indexes.isEmpty())
        return {};
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (const QModelIndex& i : std::as_const(indexes)) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QList<QStringList> rows;
    for (int r = top; r <= bottom; ++r) {
        QStringList cells;
        for (int c = left; c <= right; ++c) {
            const QModelIndex i = m_view->model()->index(r, c);
            cells.append(m_view->selectionModel()->isSelected(i) || indexes.contains(i)
                    ? m_view->model()->data(i, Qt::EditRole).toString()
                    : QString());
        }
        rows.append(cells);
    }
    return Bulk::ClipboardTable::tsvText(rows);
}

bool GridEditing::pasteText(const QString& text)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        say(tr("Select the cell where the pasted cells should start."));
        return false;
    }
    QString trimmed = text;
    while (trimmed.endsWith(u'\n') || trimmed.endsWith(u'\r'))
        trimmed.chop(1); // spreadsheets end the block with a line break
    std::optional<Bulk::CsvError> error;
    const QList<QStringList> block = Bulk::ClipboardTable::tsvRows(trimmed, &error);
    if (error) {
        say(error->message);
        return false;
    }
    const QAbstractItemModel* model = m_view->model();
    QList<CellEdit> edits;
    int leftOut = 0;
    for (int r = 0; r < block.size(); ++r) {
        for (int c = 0; c < block.at(r).size(); ++c) {
            const int row = current.row() + r, column = current.column() + c;
            const QModelIndex index = model->index(row, column);
            if (!canGrowInto(row, column)
                && (!index.isValid() || !(model->flags(index) & Qt::ItemIsEditable))) {
                ++leftOut;
                continue;
            }
            edits.append({ row, column, block.at(r).at(c) });
        }
    }
    const bool done = edit(edits, tr("Paste"));
    if (leftOut > 0)
        say(tr("%n pasted cell(s) fell outside the table and were left out.", nullptr, leftOut));
    return done;
}

bool GridEditing::fillDown()
{
    const QList<QModelIndex> indexes = selectedEditable();
    QHash<int, QString> topOfColumn;
    QList<CellEdit> edits;
    for (const QModelIndex& i : indexes) {
        const auto top = topOfColumn.constFind(i.column());
        if (top == topOfColumn.cend())
            topOfColumn.insert(i.column(), m_view->model()->data(i, Qt::EditRole).toString());
        else
            edits.append({ i.row(), i.column(), *top });
    }
    if (edits.isEmpty()) {
        say(tr("Select the cells to fill: the top one of each column is copied down."));
        return false;
    }
    return edit(edits, tr("Fill down"));
}

bool GridEditing::clearSelection()
{
    QList<CellEdit> edits;
    for (const QModelIndex& i : selectedEditable())
        edits.append({ i.row(), i.column(), QString() });
    return edit(edits, tr("Clear cells"));
}

bool GridEditing::goToProblem(bool forward)
{
    const QAbstractItemModel* model = m_view->model();
    const int rows = model->rowCount(), columns = model->columnCount();
    if (rows == 0 || columns == 0)
        return false;
    const QModelIndex current = m_view->currentIndex();
    const int total = rows * columns;
    int position = current.isValid() ? current.row() * columns + current.column() : (forward ? -1 : total);
    for (int step = 0; step < total; ++step) {
        position = ((forward ? position + 1 : position - 1) % total + total) % total;
        const QModelIndex i = model->index(position / columns, position % columns);
        if (model->data(i, m_errorRole).toBool()) {
            m_view->setCurrentIndex(i);
            m_view->scrollTo(i);
            return true;
        }
    }
    say(tr("No cell has an error."));
    return false;
}

} // namespace Alli
