#pragma once
// Spreadsheet habits for an editable table view: every edit (typing, paste, fill down, clear)
// is one undoable step (Ctrl+Z / Ctrl+Y), Ctrl+C copies the selected cells as tab-separated
// text (as Excel does), Ctrl+V pastes such a block from the current cell on, Ctrl+D fills the
// selection down from its top cell, Delete clears the selected cells, and F8 / Shift+F8 go to the
// next / previous cell with an error. The edits themselves are applied by the owner in one batch
// (CellEdit lists), so a model can validate once for a paste of a thousand cells.
// With row operations (the bulk editor), rows can be inserted (Ctrl++) and deleted (Ctrl+-),
// and a paste or a typed cell in the last line adds rows; find and replace work on any grid.

#include <QModelIndex>
#include <QObject>
#include <QString>

#include <QStringList>

#include <functional>
#include <optional>
#include <tuple>

class QAction;
class QTableView;
class QUndoStack;

namespace Alli
{

struct CellEdit {
    int row = 0; // in the view's model, or (given to Apply) in the innermost source model
    int column = 0;
    QString text;
};

// The edits as (row, column, text) triples, as ImportPreviewModel::setCells() takes them.
QList<std::tuple<int, int, QString>> cellTriples(const QList<CellEdit>& edits);

class GridEditing : public QObject
{
    Q_OBJECT
public:
    // Applies `edits` (coordinates of the model under the view's proxies) and returns the texts
    // they replaced, in order.
    using Apply = std::function<QStringList(const QList<CellEdit>& edits)>;
    // `errorRole`: a bool role of the view's model, true on a cell with an error (for F8).
    GridEditing(QTableView* view, Apply apply, int errorRole, QObject* parent = nullptr);
    ~GridEditing() override;

    // While rows are being sent: no edit, paste, undo or row change (each says why).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Rows of the view's model (no proxy in between) that the admin can insert and remove.
    struct RowOperations {
        std::function<int()> rowCount; // the data rows (a "new row" line after them not counted)
        std::function<void(int row, const QList<QStringList>& rows)> insert;
        std::function<QList<QStringList>(int row, int count)> remove; // gives the removed cells
    };
    // Cell editors of the owner's choice (a completer, a choice list, a password field); nullptr
    // from the factory: the default line edit. Whatever the editor, the edit is one undo step.
    using EditorFactory = std::function<QWidget*(QWidget* parent, const QModelIndex& index)>;
    void setEditorFactory(EditorFactory factory) { m_editorFactory = std::move(factory); }
    QWidget* createEditor(QWidget* parent, const QModelIndex& index) const
    {
        return m_editorFactory ? m_editorFactory(parent, index) : nullptr;
    }
    // Adds "Insert rows" and "Delete rows"; a paste that runs past the last row, or a cell typed
    // in the last line, adds rows (undo removes them).
    void setRowOperations(RowOperations operations);
    // Above the selection, as many empty rows as it spans (at the end when nothing is selected).
    bool insertRows();
    bool deleteRows(); // every row with a selected cell; one undo step
    // Selects the next cell after the current one whose text contains `text` (wrapping round).
    bool findNext(const QString& text, Qt::CaseSensitivity cs = Qt::CaseInsensitive);
    // Every editable cell containing `find`, in one undo step; returns how many cells changed.
    int replaceAll(const QString& find, const QString& replace, Qt::CaseSensitivity cs = Qt::CaseInsensitive);
    // The current cell, when it contains `find`; then finds the next one.
    bool replaceCurrent(
        const QString& find, const QString& replace, Qt::CaseSensitivity cs = Qt::CaseInsensitive);

    QUndoStack* undoStack() const { return m_stack; }
    // Each is one undo step; false when there was nothing to do (say why: lastMessage()).
    bool edit(const QList<CellEdit>& edits, const QString& description);
    bool pasteText(const QString& text);
    bool fillDown();
    bool clearSelection();
    QString copySelection() const; // also put on the clipboard by the Copy action
    bool goToProblem(bool forward);
    QString lastMessage() const { return m_lastMessage; }
    void retranslate();

Q_SIGNALS:
    void message(const QString& text); // what a paste left out, why nothing happened

public:
    // The row operations' data rows (-1 without row operations), and removal of rows added by a
    // paste when it is undone (for the undo commands).
    int dataRowCount() const;
    void removeRowsFrom(int rowCount);
    const std::optional<RowOperations>& rowOperations() const { return m_rows; }

private:
    QList<QModelIndex> selectedEditable() const;
    QList<int> selectedRows() const; // rows with a selected cell (or the current one), ascending
    bool canGrowInto(int row, int column) const;
    std::optional<RowOperations> m_rows;
    EditorFactory m_editorFactory;
    bool m_readOnly = false;
    int m_editTriggers = 0; // the view's, while read only
    bool refuseWhileReadOnly();
    QAction* m_insertRows = nullptr;
    QAction* m_deleteRows = nullptr;
    void say(const QString& text);

    QTableView* m_view;
    Apply m_apply;
    int m_errorRole;
    QUndoStack* m_stack;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_paste = nullptr;
    QAction* m_fill = nullptr;
    QAction* m_clear = nullptr;
    QAction* m_next = nullptr;
    QAction* m_previous = nullptr;
    QString m_lastMessage;
};

} // namespace Alli
