#pragma once
// Spreadsheet habits for an editable table view: every edit (typing, paste, fill down, clear)
// is one undoable step (Ctrl+Z / Ctrl+Y), Ctrl+C copies the selected cells as tab-separated
// text (as Excel does), Ctrl+V pastes such a block from the current cell on, Ctrl+D fills the
// selection down from its top cell, Delete clears the selected cells, and F8 / Shift+F8 go to the
// next / previous cell with an error. The edits themselves are applied by the owner in one batch
// (CellEdit lists), so a model can validate once for a paste of a thousand cells.

#include <QModelIndex>
#include <QObject>
#include <QString>

#include <functional>

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

private:
    QList<QModelIndex> selectedEditable() const;
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
