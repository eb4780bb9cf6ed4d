#pragma once
// Small widget factories and set-ups shared by the pages and dialogs.

#include <QList>
#include <QStyledItemDelegate>

class QAbstractItemView;
class QMenu;
class QWidget;
class QLabel;
class QString;
class QTableView;

namespace Alli::Widgets
{

// A read-only value in a detail pane: selectable with mouse and keyboard, wrapping.
QLabel* valueLabel(const QString& objectName);

// Keyboard habits of every table: Tab and Shift+Tab move to the next and previous widget (QTableView's
// default keeps them inside the table, moving cell by cell); arrows move inside.
void setUpKeyboard(QAbstractItemView* view);

// Column widths from the content and the language, not from fixed numbers: each column gets the
// width of its header text or of its widest cell among the rows the view samples (the first
// `sampleRows`), whichever is larger, up to 80 characters; the last column (free text: a
// description, a message) takes the space left, never less than its header, and elides with a
// tooltip. The widths are computed again when the model is reset, its first rows arrive, or the
// header texts change (a language switch). Columns the user resized keep their width until the
// next reset or language switch.
void fitColumnsToContents(QTableView* view, int sampleRows = 300);

// Sets the widths now (what fitColumnsToContents() does on each of its triggers).
void applyColumnFit(QTableView* view);

// With fitColumnsToContents(): `column` (free text such as a file name) gives up width when the
// fitted columns are wider than the view, down to 20 characters or its header, so that the
// columns after it stay in sight; it elides, its tooltip shows it whole. It takes its width
// back when the view grows (the other columns keep theirs, resized by the user or not).
// The column keeps both ends of a cut text (a file name's date and extension, a description's
// count) with MiddleElidingDelegate.
void setElasticColumn(QTableView* view, int column);

// Elides in the middle ("staff-list-…-v3.csv"), whatever the view's elide mode.
class MiddleElidingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

// A column chooser on the view's header (right click): one check box per column, "Show all
// columns", never the last visible column hidden. What is hidden is remembered in QSettings
// under "columns/<settingsKey>" (column positions of the model, not their translated names) and
// applied again whenever the model is reset; `hiddenByDefault` until the user chose.
void enableColumnChooser(
    QTableView* view, const QString& settingsKey, const QList<int>& hiddenByDefault = {});
// The chooser's menu as the header shows it (for tests and keyboard users: the caller owns it).
QMenu* columnChooserMenu(QTableView* view, QWidget* parent);

// A save dialog for a table (an Excel workbook or a CSV file, Bulk::TableFile): the format the
// admin chose last is offered first (QSettings "files/tableFormat"; a workbook the first time),
// and a name typed without an extension gets the chosen one. Empty when cancelled.
QString askTablePath(
    QWidget* parent, const QString& title, const QString& directory, const QString& baseName);

} // namespace Alli::Widgets
