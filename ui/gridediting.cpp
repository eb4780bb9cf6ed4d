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
    class CellEditsCommand : public QUndoCommand
    {
    public:
        CellEditsCommand(GridEditing::Apply apply, QList<CellEdit> edits, const QString& text)
            : QUndoCommand(text)
            , m_apply(std::move(apply))
            , m_edits(std::move(edits))
        {
        }
        void redo() override
        {
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
        }

    private:
        GridEditing::Apply m_apply;
        QList<CellEdit> m_edits;
        QList<CellEdit> m_before;
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
    add(m_undo, u"gridUndo"_s, QKeySequence::Undo, [this] { m_stack->undo(); });
    add(m_redo, u"gridRedo"_s, QKeySequence::Redo, [this] { m_stack->redo(); });
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
}

void GridEditing::say(const QString& text)
{
    m_lastMessage = text;
    emit message(text);
}

bool GridEditing::edit(const QList<CellEdit>& edits, const QString& description)
{
    QList<CellEdit> real;
    const QAbstractItemModel* model = m_view->model();
    for (const CellEdit& e : edits) {
        const QModelIndex index = model->index(e.row, e.column);
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
    m_stack->push(new CellEditsCommand(m_apply, real, description));
    return true;
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
            if (!index.isValid() || !(model->flags(index) & Qt::ItemIsEditable)) {
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
