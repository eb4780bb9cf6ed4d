#include "widgets.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
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
    int used = 0;
    for (int v = 0; v < columns; ++v) {
        const int c = header->logicalIndex(v);
        if (view->isColumnHidden(c))
            continue;
        const int headerWidth = header->sectionSizeHint(c);
        if (c == lastVisible && header->stretchLastSection()) {
            // The last column (descriptions, messages, problems: free text) takes what is left, never
            // less than its header; a longer text is elided and shown whole in its tooltip.
            header->resizeSection(c, std::max(headerWidth, view->viewport()->width() - used));
            continue;
        }
        // sizeHintForColumn() measures the rows the header's resizeContentsPrecision allows,
        // in the delegate's font and with its margins: the same text the cells paint.
        const int width = std::min(
            cap, std::max(headerWidth, static_cast<QAbstractItemView*>(view)->sizeHintForColumn(c)));
        header->resizeSection(c, width);
        used += width;
    }
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

} // namespace Alli::Widgets
