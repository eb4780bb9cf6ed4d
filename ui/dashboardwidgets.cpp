#include "dashboardwidgets.h"

#include "icons.h"
#include "statuscolors.h"

#include <QAbstractItemModel>
#include <QEnterEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{

    using StatusColors::mix;

    // A frame colour that shows on the window colour in light and dark palettes.
    QColor frameColour(const QPalette& palette)
    {
        return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.28);
    }

    constexpr int kPad = 12;
    constexpr int kIcon = 20;
    constexpr int kRatioBar = 5;

} // namespace

// ---- DashboardTile ----

DashboardTile::DashboardTile(QWidget* parent)
    : QAbstractButton(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAttribute(Qt::WA_Hover);
}

void DashboardTile::setIconName(const QString& name)
{
    m_iconName = name;
    update();
}

void DashboardTile::setCaption(const QString& caption)
{
    m_caption = caption;
    changed();
}

void DashboardTile::setValue(const QString& value)
{
    m_value = value;
    changed();
}

void DashboardTile::setDetail(const QString& detail)
{
    m_detail = detail;
    changed();
}

void DashboardTile::setLines(const QList<Line>& lines)
{
    m_lines = lines;
    changed();
}

void DashboardTile::setTone(Tone tone)
{
    m_tone = tone;
    update();
}

void DashboardTile::changed()
{
    // What a screen reader says: the caption and figure as the name, the rest as the description.
    setText(m_caption);
    setAccessibleName(m_value.isEmpty() ? m_caption : m_caption + u": "_s + m_value);
    QStringList description;
    if (!m_detail.isEmpty())
        description.append(m_detail);
    for (const Line& line : std::as_const(m_lines))
        description.append(line.text);
    setAccessibleDescription(description.join(u"; "_s));
    setToolTip(description.join(u'\n'));
    updateGeometry();
    update();
}

static QFont valueFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 1.9);
    f.setBold(true);
    return f;
}

QSize DashboardTile::sizeHint() const
{
    const QFontMetrics fm(font());
    const QFontMetrics vm(valueFont(font()));
    int width = std::max({ 170, fm.horizontalAdvance(m_caption) + kIcon + 6, vm.horizontalAdvance(m_value) });
    width = std::min(width, 320) + 2 * kPad;
    int height = kPad + std::max(kIcon, fm.height()) + 4 + vm.height() + 2 + fm.height() + kPad;
    for (const Line& line : m_lines)
        height += fm.height() + (line.ratio >= 0 ? kRatioBar + 6 : 2);
    return { width, height };
}

QSize DashboardTile::minimumSizeHint() const
{
    return { 150, sizeHint().height() };
}

void DashboardTile::enterEvent(QEnterEvent* event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void DashboardTile::leaveEvent(QEvent* event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void DashboardTile::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRectF card = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QColor fill = pal.color(QPalette::Base);
    if (isDown())
        fill = mix(fill, pal.color(QPalette::Highlight), 0.15);
    else if (m_hovered)
        fill = mix(fill, pal.color(QPalette::Highlight), 0.07);
    p.setBrush(fill);
    const bool focused = hasFocus();
    p.setPen(
        QPen(focused || m_hovered ? pal.color(QPalette::Highlight) : frameColour(pal), focused ? 2.5 : 1));
    p.drawRoundedRect(card, 8, 8);

    const QFontMetrics fm(font());
    const int inner = width() - 2 * kPad;
    int y = kPad;
    const int captionHeight = std::max(kIcon, fm.height());
    if (!m_iconName.isEmpty()) {
        const QIcon icon = Icons::icon(m_iconName);
        icon.paint(&p, QRect(kPad, y + (captionHeight - kIcon) / 2, kIcon, kIcon));
    }
    const int captionX = kPad + (m_iconName.isEmpty() ? 0 : kIcon + 6);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(captionX, y, width() - captionX - kPad, captionHeight), Qt::AlignVCenter | Qt::AlignLeft,
        fm.elidedText(m_caption, Qt::ElideRight, width() - captionX - kPad));
    y += captionHeight + 4;

    const QFont vf = valueFont(font());
    const QFontMetrics vm(vf);
    p.setFont(vf);
    QColor valueColour = pal.color(QPalette::Text);
    if (m_tone == Tone::Negative)
        valueColour = StatusColors::text(StatusColors::Role::Negative, pal);
    else if (m_tone == Tone::Positive)
        valueColour = StatusColors::text(StatusColors::Role::Positive, pal);
    p.setPen(valueColour);
    p.drawText(QRect(kPad, y, inner, vm.height()), Qt::AlignVCenter | Qt::AlignLeft,
        vm.elidedText(m_value, Qt::ElideRight, inner));
    y += vm.height() + 2;
    p.setFont(font());

    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(kPad, y, inner, fm.height()), Qt::AlignVCenter | Qt::AlignLeft,
        fm.elidedText(m_detail, Qt::ElideRight, inner));
    y += fm.height();

    for (const Line& line : std::as_const(m_lines)) {
        y += 2;
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(kPad, y, inner, fm.height()), Qt::AlignVCenter | Qt::AlignLeft,
            fm.elidedText(line.text, Qt::ElideRight, inner));
        y += fm.height();
        if (line.ratio >= 0) {
            y += 2;
            const QRectF track(kPad, y, inner, kRatioBar);
            p.setPen(Qt::NoPen);
            p.setBrush(StatusColors::text(StatusColors::Role::Negative, pal));
            p.drawRoundedRect(track, 2, 2);
            p.setBrush(StatusColors::text(StatusColors::Role::Positive, pal));
            p.drawRoundedRect(
                QRectF(track.topLeft(), QSizeF(track.width() * std::clamp(line.ratio, 0.0, 1.0), kRatioBar)),
                2, 2);
            y += kRatioBar + 2;
        }
    }
}

// ---- ModelChart ----

ModelChart::ModelChart(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
}

void ModelChart::setModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_current = QModelIndex();
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ModelChart::relayout);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ModelChart::relayout);
        connect(model, &QAbstractItemModel::dataChanged, this, &ModelChart::relayout);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ModelChart::relayout);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ModelChart::relayout);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ModelChart::relayout);
    }
    relayout();
}

void ModelChart::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

void ModelChart::setCurrentIndex(const QModelIndex& index)
{
    m_current = index;
    update();
}

void ModelChart::relayout()
{
    m_items = m_model ? layoutItems() : QList<QPair<QRect, QModelIndex>> {};
    setAccessibleDescription(summary());
    updateGeometry();
    update();
}

void ModelChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_items = m_model ? layoutItems() : QList<QPair<QRect, QModelIndex>> {};
}

void ModelChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        relayout();
    QWidget::changeEvent(event);
}

QModelIndex ModelChart::indexAt(const QPoint& pos) const
{
    for (const auto& [rect, index] : m_items) {
        if (rect.contains(pos))
            return index;
    }
    return {};
}

bool ModelChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid())
            QToolTip::showText(help->globalPos(), index.data(Qt::ToolTipRole).toString(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ModelChart::keyPressEvent(QKeyEvent* event)
{
    if (m_items.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    int at = -1;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).second == QModelIndex(m_current))
            at = i;
    }
    const int last = int(m_items.size()) - 1;
    int next = at;
    switch (event->key()) {
    case Qt::Key_Left:
        next = at < 0 ? 0 : std::max(0, at - 1);
        break;
    case Qt::Key_Right:
        next = at < 0 ? 0 : std::min(last, at + 1);
        break;
    case Qt::Key_Up:
        next = at < 0 ? 0 : (at - itemsPerLine() >= 0 ? at - itemsPerLine() : at);
        break;
    case Qt::Key_Down:
        next = at < 0 ? 0 : (at + itemsPerLine() <= last ? at + itemsPerLine() : at);
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = last;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current.isValid())
            emit activated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setCurrentIndex(m_items.at(next).second);
}

void ModelChart::mousePressEvent(QMouseEvent* event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid())
        setCurrentIndex(index);
    QWidget::mousePressEvent(event);
}

void ModelChart::mouseReleaseEvent(QMouseEvent* event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index.isValid() && index == QModelIndex(m_current))
        emit activated(index);
    QWidget::mouseReleaseEvent(event);
}

void ModelChart::drawFocus(QPainter& painter) const
{
    if (!hasFocus())
        return;
    for (const auto& [rect, index] : m_items) {
        if (index == QModelIndex(m_current)) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.drawRect(QRectF(rect).adjusted(1, 1, -1, -1));
        }
    }
    if (!m_current.isValid()) { // the focus is here, nothing chosen yet: frame the whole chart
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

bool ModelChart::drawEmpty(QPainter& painter) const
{
    if (!m_items.isEmpty())
        return false;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    return true;
}

// ---- BarChart ----

BarChart::BarChart(QWidget* parent)
    : ModelChart(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BarChart::setColumns(int labelColumn, int valueColumn)
{
    m_labelColumn = labelColumn;
    m_valueColumn = valueColumn;
    relayout();
}

void BarChart::setMaxBars(int bars)
{
    m_maxBars = std::max(1, bars);
    relayout();
}

int BarChart::rowHeight() const
{
    return fontMetrics().height() + 10;
}

QList<int> BarChart::shownRows() const
{
    QList<int> rows;
    if (!model())
        return rows;
    const int count = model()->rowCount();
    rows.reserve(count);
    for (int r = 0; r < count; ++r)
        rows.append(r);
    const auto value = [this](int r) { return model()->index(r, m_valueColumn).data().toDouble(); };
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return value(a) > value(b); });
    if (rows.size() > m_maxBars)
        rows.resize(m_maxBars);
    return rows;
}

QList<QPair<QRect, QModelIndex>> BarChart::layoutItems() const
{
    QList<QPair<QRect, QModelIndex>> items;
    const QList<int> rows = shownRows();
    for (int i = 0; i < rows.size(); ++i)
        items.append(
            { QRect(0, i * rowHeight(), width(), rowHeight()), model()->index(rows.at(i), m_labelColumn) });
    return items;
}

QString BarChart::summary() const
{
    QStringList parts;
    for (int row : shownRows()) {
        parts.append(u"%1: %2"_s.arg(model()->index(row, m_labelColumn).data().toString(),
            QLocale().toString(model()->index(row, m_valueColumn).data().toInt())));
    }
    if (const int hidden = model()->rowCount() - int(shownRows().size()); hidden > 0)
        parts.append(tr("… and %n more group(s)", nullptr, hidden));
    return parts.join(u", "_s);
}

QSize BarChart::sizeHint() const
{
    const int rows = model() ? std::min(model()->rowCount(), m_maxBars) : 0;
    const bool more = model() && model()->rowCount() > m_maxBars;
    return { 360, std::max(rows + (more ? 1 : 0), 2) * rowHeight() };
}

QSize BarChart::minimumSizeHint() const
{
    return { 220, sizeHint().height() };
}

void BarChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (drawEmpty(p))
        return;
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QFontMetrics fm = fontMetrics();
    double most = 1;
    int labelWidth = 0;
    int valueWidth = 0;
    for (const auto& [rect, index] : items()) {
        most = std::max(most, model()->index(index.row(), m_valueColumn).data().toDouble());
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(index.data().toString()));
        valueWidth = std::max(valueWidth,
            fm.horizontalAdvance(
                QLocale().toString(model()->index(index.row(), m_valueColumn).data().toInt())));
    }
    labelWidth = std::min(labelWidth, width() * 2 / 5) + 8;
    const int barLeft = labelWidth + 4;
    const int barSpace = std::max(10, width() - barLeft - valueWidth - 12);
    for (const auto& [rect, index] : items()) {
        const double value = model()->index(index.row(), m_valueColumn).data().toDouble();
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(4, rect.top(), labelWidth - 8, rect.height()), Qt::AlignVCenter | Qt::AlignLeft,
            fm.elidedText(index.data().toString(), Qt::ElideRight, labelWidth - 8));
        const QRectF bar(barLeft, rect.top() + 4, std::max(value > 0 ? 2.0 : 0.0, barSpace * value / most),
            rect.height() - 8);
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::Highlight));
        p.drawRoundedRect(bar, 3, 3);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(int(bar.right()) + 6, rect.top(), valueWidth + 6, rect.height()),
            Qt::AlignVCenter | Qt::AlignLeft, QLocale().toString(qRound(value)));
    }
    const int hidden = model()->rowCount() - int(items().size());
    if (hidden > 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(4, int(items().size()) * rowHeight(), width() - 8, rowHeight()),
            Qt::AlignVCenter | Qt::AlignLeft, tr("… and %n more group(s)", nullptr, hidden));
    }
    drawFocus(p);
}

// ---- HeatMap ----

HeatMap::HeatMap(QWidget* parent)
    : ModelChart(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void HeatMap::setColumns(int labelColumn, int firstColumn, int shareRole)
{
    m_labelColumn = labelColumn;
    m_firstColumn = firstColumn;
    m_shareRole = shareRole;
    relayout();
}

void HeatMap::setMaxRows(int rows)
{
    m_maxRows = std::max(1, rows);
    relayout();
}

int HeatMap::shownRows() const
{
    return model() ? std::min(model()->rowCount(), m_maxRows) : 0;
}

int HeatMap::labelWidth() const
{
    int widest = 0;
    if (model()) {
        for (int c = m_firstColumn; c < model()->columnCount(); ++c)
            widest = std::max(
                widest, fontMetrics().horizontalAdvance(model()->headerData(c, Qt::Horizontal).toString()));
    }
    return std::min(widest, 220) + 12;
}

int HeatMap::cellWidth() const
{
    const int rows = std::max(1, shownRows());
    return std::clamp((width() - labelWidth()) / rows, 40, 120);
}

int HeatMap::cellHeight() const
{
    return fontMetrics().height() + 6;
}

int HeatMap::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int HeatMap::itemsPerLine() const
{
    return std::max(1, shownRows());
}

QList<QPair<QRect, QModelIndex>> HeatMap::layoutItems() const
{
    QList<QPair<QRect, QModelIndex>> items;
    const int rows = shownRows();
    if (rows == 0)
        return items;
    const int left = labelWidth();
    for (int c = m_firstColumn; c < model()->columnCount(); ++c) {
        const int y = headerHeight() + (c - m_firstColumn) * cellHeight();
        for (int r = 0; r < rows; ++r)
            items.append(
                { QRect(left + r * cellWidth(), y, cellWidth(), cellHeight()), model()->index(r, c) });
    }
    return items;
}

QString HeatMap::summary() const
{
    QStringList parts;
    for (int r = 0; r < shownRows(); ++r) {
        double sum = 0;
        const int columns = model()->columnCount() - m_firstColumn;
        for (int c = m_firstColumn; c < model()->columnCount(); ++c)
            sum += model()->index(r, c).data(m_shareRole).toDouble();
        //: A group and its average share of the permission categories, e.g. "Support: 35 %"
        parts.append(tr("%1: %2 %")
                         .arg(model()->index(r, m_labelColumn).data().toString())
                         .arg(columns > 0 ? qRound(100 * sum / columns) : 0));
    }
    if (const int hidden = hiddenGroups(); hidden > 0)
        parts.append(moreGroupsText(hidden));
    return parts.join(u", "_s);
}

int HeatMap::hiddenGroups() const
{
    return model() ? std::max(0, model()->rowCount() - m_maxRows) : 0;
}

QString HeatMap::moreGroupsText(int hidden)
{
    return tr("… and %n more group(s), on the Permission groups page", nullptr, hidden);
}

QSize HeatMap::sizeHint() const
{
    const int lines = model() ? std::max(0, model()->columnCount() - m_firstColumn) : 0;
    // A line below the grid says how many groups it leaves out.
    return { labelWidth() + std::max(1, shownRows()) * 64,
        headerHeight() + (std::max(lines, 2) + (hiddenGroups() > 0 ? 1 : 0)) * cellHeight() };
}

QSize HeatMap::minimumSizeHint() const
{
    return { labelWidth() + std::max(1, shownRows()) * 40, sizeHint().height() };
}

void HeatMap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    if (drawEmpty(p))
        return;
    const QPalette& pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int left = labelWidth();
    const int rows = shownRows();
    // Group names above their columns, category names left of their lines.
    p.setPen(pal.color(QPalette::Text));
    for (int r = 0; r < rows; ++r) {
        const QRect head(left + r * cellWidth(), 0, cellWidth(), headerHeight());
        p.drawText(head.adjusted(2, 0, -2, 0), Qt::AlignCenter,
            fm.elidedText(
                model()->index(r, m_labelColumn).data().toString(), Qt::ElideRight, cellWidth() - 4));
    }
    for (int c = m_firstColumn; c < model()->columnCount(); ++c) {
        const int y = headerHeight() + (c - m_firstColumn) * cellHeight();
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(0, y, left - 8, cellHeight()), Qt::AlignVCenter | Qt::AlignLeft,
            fm.elidedText(model()->headerData(c, Qt::Horizontal).toString(), Qt::ElideRight, left - 8));
    }
    const QColor base = pal.color(QPalette::Base);
    const QColor full = pal.color(QPalette::Highlight);
    const bool roomForFigures = cellWidth() >= fm.horizontalAdvance(u"100 %"_s) + 6;
    for (const auto& [rect, index] : items()) {
        const double share = index.data(m_shareRole).toDouble();
        p.fillRect(rect.adjusted(1, 1, -1, -1), mix(base, full, 0.12 + 0.88 * share));
        if (roomForFigures) {
            p.setPen(share > 0.5 ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
            p.drawText(rect, Qt::AlignCenter, index.data().toString());
        }
    }
    if (const int hidden = hiddenGroups(); hidden > 0) {
        const int lines = model()->columnCount() - m_firstColumn;
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, headerHeight() + lines * cellHeight(), width(), cellHeight()),
            Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(moreGroupsText(hidden), Qt::ElideRight, width()));
    }
    drawFocus(p);
}

} // namespace Alli
