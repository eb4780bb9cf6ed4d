#include "widgets.h"

#include "tablefile.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Widgets
{

QLabel* valueLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

void setUpKeyboard(QAbstractItemView* view)
{
    view->setTabKeyNavigation(false);
}

namespace
{
    const char kElasticKey[] = "alliElasticColumn";
    const char kElasticNaturalKey[] = "alliElasticNatural"; // its fitted width, before giving any up

    // The elastic column as wide as the room the other visible columns leave, between its floor
    // and its fitted width.
    void fitElasticColumn(QTableView* view)
    {
        bool ok = false;
        const int column = view->property(kElasticKey).toInt(&ok);
        QHeaderView* header = view->horizontalHeader();
        if (!ok || !view->model() || column >= view->model()->columnCount() || view->isColumnHidden(column))
            return;
        const int natural = view->property(kElasticNaturalKey).toInt();
        if (natural <= 0)
            return;
        int others = 0;
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            if (c != column && !view->isColumnHidden(c))
                others += header->sectionSize(c);
        }
        const int floor = std::min(
            natural, std::max(header->sectionSizeHint(column), view->fontMetrics().averageCharWidth() * 20));
        header->resizeSection(column, std::max(floor, std::min(natural, view->viewport()->width() - others)));
    }

    class ElasticColumnFilter : public QObject
    {
    public:
        explicit ElasticColumnFilter(QTableView* view)
            : QObject(view)
            , m_view(view)
        {
        }

    protected:
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::Resize && watched == m_view->viewport())
                fitElasticColumn(m_view);
            return QObject::eventFilter(watched, event);
        }

    private:
        QTableView* m_view;
    };
} // namespace

void setElasticColumn(QTableView* view, int column)
{
    view->setProperty(kElasticKey, column);
    view->setItemDelegateForColumn(column, new MiddleElidingDelegate(view));
    view->viewport()->installEventFilter(new ElasticColumnFilter(view));
}

void MiddleElidingDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideMiddle;
}

void applyColumnFit(QTableView* view)
{
    QAbstractItemModel* model = view->model();
    QHeaderView* header = view->horizontalHeader();
    if (!model)
        return;
    const int columns = model->columnCount();
    // In the order the header shows them (a view may have moved sections).
    int lastVisible = -1;
    for (int v = 0; v < columns; ++v) {
        if (!view->isColumnHidden(header->logicalIndex(v)))
            lastVisible = header->logicalIndex(v);
    }
    // A pathological cell (a 10,000-character value) must not push every other column away:
    // past 80 characters a cell is cut and its tooltip shows it whole.
    const int cap = view->fontMetrics().averageCharWidth() * 80;
    for (int v = 0; v < columns; ++v) {
        const int c = header->logicalIndex(v);
        if (view->isColumnHidden(c))
            continue;
        const int headerWidth = header->sectionSizeHint(c);
        if (c == lastVisible && header->stretchLastSection()) {
            // The last column (descriptions, messages, problems: free text) takes what is left, never
            // less than its header; a longer text is elided and shown whole in its tooltip. Set to
            // its header's width, the header stretches it over the rest and keeps doing so as the
            // view's width changes. Set wider than the header's room at that moment (a viewport
            // about to lose width to a vertical scroll bar), it would keep that width for good: a
            // horizontal scroll bar on a table whose columns fit.
            header->resizeSection(c, headerWidth);
            continue;
        }
        // sizeHintForColumn() measures the rows the header's resizeContentsPrecision allows,
        // in the delegate's font and with its margins: the same text the cells paint.
        const int width = std::min(
            cap, std::max(headerWidth, static_cast<QAbstractItemView*>(view)->sizeHintForColumn(c)));
        header->resizeSection(c, width);
        if (view->property(kElasticKey).toInt() == c && view->property(kElasticKey).isValid())
            view->setProperty(kElasticNaturalKey, width);
    }
    fitElasticColumn(view);
}

void fitColumnsToContents(QTableView* view, int sampleRows)
{
    view->horizontalHeader()->setResizeContentsPrecision(sampleRows);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    auto* timer = new QTimer(view);
    timer->setSingleShot(true);
    timer->setInterval(0);
    QObject::connect(timer, &QTimer::timeout, view, [view] { applyColumnFit(view); });
    auto connectModel = [view, timer, sampleRows](QAbstractItemModel* model) {
        if (!model)
            return;
        const auto schedule = [timer] { timer->start(); };
        QObject::connect(model, &QAbstractItemModel::modelReset, timer, schedule);
        QObject::connect(model, &QAbstractItemModel::layoutChanged, timer, schedule);
        QObject::connect(model, &QAbstractItemModel::headerDataChanged, timer, schedule);
        QObject::connect(model, &QAbstractItemModel::columnsInserted, timer, schedule);
        QObject::connect(model, &QAbstractItemModel::dataChanged, timer,
            [timer, view, sampleRows](const QModelIndex& topLeft) {
                if (topLeft.row() < sampleRows && view->isVisible())
                    timer->start();
            });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, timer,
            [timer, sampleRows](const QModelIndex& parent, int first) {
                if (!parent.isValid() && first < sampleRows) // the rows that are measured
                    timer->start();
            });
    };
    connectModel(view->model());
    timer->start();
}

namespace
{
    const char kChooserKey[] = "alliColumnChooserKey";

    QString chooserSettingsKey(const QTableView* view)
    {
        return u"columns/"_s + view->property(kChooserKey).toString() + u"/hidden"_s;
    }

    void saveHidden(QTableView* view)
    {
        QStringList hidden;
        for (int c = 0; view->model() && c < view->model()->columnCount(); ++c) {
            if (view->isColumnHidden(c))
                hidden.append(QString::number(c));
        }
        QSettings().setValue(chooserSettingsKey(view), hidden);
    }

    void applyHidden(QTableView* view, const QList<int>& hiddenByDefault)
    {
        if (!view->model())
            return;
        const QVariant stored = QSettings().value(chooserSettingsKey(view));
        QList<int> hidden = hiddenByDefault;
        if (stored.isValid()) {
            hidden.clear();
            for (const QString& c : stored.toStringList())
                hidden.append(c.toInt());
        }
        const int columns = view->model()->columnCount();
        int shown = 0;
        for (int c = 0; c < columns; ++c) {
            const bool hide = hidden.contains(c);
            view->setColumnHidden(c, hide);
            shown += hide ? 0 : 1;
        }
        if (shown == 0 && columns > 0)
            view->setColumnHidden(0, false); // a stored choice never leaves an empty table
    }

} // namespace

QMenu* columnChooserMenu(QTableView* view, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(u"columnChooserMenu"_s);
    QAbstractItemModel* model = view->model();
    const int columns = model ? model->columnCount() : 0;
    int shown = 0;
    for (int c = 0; c < columns; ++c)
        shown += view->isColumnHidden(c) ? 0 : 1;
    for (int c = 0; c < columns; ++c) {
        QAction* action = menu->addAction(model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!view->isColumnHidden(c));
        action->setEnabled(view->isColumnHidden(c) || shown > 1); // the last one stays
        QObject::connect(action, &QAction::toggled, view, [view, c](bool on) {
            view->setColumnHidden(c, !on);
            saveHidden(view);
            applyColumnFit(view);
        });
    }
    menu->addSeparator();
    QAction* all = menu->addAction(QCoreApplication::translate("Alli::Widgets", "Show all columns"));
    all->setObjectName(u"showAllColumns"_s);
    QObject::connect(all, &QAction::triggered, view, [view, columns] {
        for (int c = 0; c < columns; ++c)
            view->setColumnHidden(c, false);
        saveHidden(view);
        applyColumnFit(view);
    });
    return menu;
}

void enableColumnChooser(QTableView* view, const QString& settingsKey, const QList<int>& hiddenByDefault)
{
    view->setProperty(kChooserKey, settingsKey);
    QHeaderView* header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(QCoreApplication::translate("Alli::Widgets", "Right-click to choose the columns."));
    QObject::connect(header, &QHeaderView::customContextMenuRequested, view, [view](const QPoint& pos) {
        QMenu* menu = columnChooserMenu(view, view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(view->horizontalHeader()->mapToGlobal(pos));
    });
    applyHidden(view, hiddenByDefault);
    if (QAbstractItemModel* model = view->model()) {
        const auto reapply = [view, hiddenByDefault] { applyHidden(view, hiddenByDefault); };
        QObject::connect(model, &QAbstractItemModel::modelReset, view, reapply);
        QObject::connect(model, &QAbstractItemModel::columnsInserted, view, reapply);
    }
}

QString askTablePath(QWidget* parent, const QString& title, const QString& directory, const QString& baseName)
{
    using Bulk::TableFile;
    const QString key = u"files/tableFormat"_s;
    const TableFile::Format last
        = QSettings().value(key).toString() == u"csv" ? TableFile::Format::Csv : TableFile::Format::Xlsx;
    QString selected;
    QString path = QFileDialog::getSaveFileName(parent, title,
        QDir(directory).filePath(baseName + u'.' + TableFile::extension(last)), TableFile::saveFilters(last),
        &selected);
    if (path.isEmpty())
        return path;
    path = TableFile::withExtensionOf(path, selected);
    QSettings().setValue(key, TableFile::extension(TableFile::formatOf(path)));
    return path;
}

} // namespace Alli::Widgets
