#pragma once
// The overview's own QPainter widgets (Qt Charts is GPL-only): a clickable tile with a figure,
// a bar chart of one model column, and a heat map of a model's share columns. They paint with
// palette roles and StatusColors only, so light, dark and high-contrast palettes work; they take
// the keyboard focus, move with the arrow keys and activate with Enter or Space.

#include <QAbstractButton>
#include <QPersistentModelIndex>
#include <QPointer>

class QAbstractItemModel;

namespace Alli
{

// A figure with a caption ("Agents" / "2,000"), a line under it, and optional lines with a
// success ratio bar (the recent bulk jobs). A button: clicked() opens the page behind it.
class DashboardTile : public QAbstractButton
{
    Q_OBJECT
public:
    enum class Tone { Normal, Negative, Positive };
    struct Line {
        QString text;
        double ratio = -1; // 0…1 draws a ratio bar under the text; < 0 none
    };

    explicit DashboardTile(QWidget* parent = nullptr);

    void setIconName(const QString& name);
    void setCaption(const QString& caption);
    void setValue(const QString& value);
    void setDetail(const QString& detail);
    void setLines(const QList<Line>& lines);
    void setTone(Tone tone);
    QString caption() const { return m_caption; }
    QString value() const { return m_value; }
    QString detail() const { return m_detail; }
    const QList<Line>& lines() const { return m_lines; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void changed();

    QString m_iconName;
    QString m_caption;
    QString m_value;
    QString m_detail;
    QList<Line> m_lines;
    Tone m_tone = Tone::Normal;
    bool m_hovered = false;
};

// Base of the two charts: a model, hit areas per index, a current index moved with the arrow
// keys and the mouse, tooltips from Qt::ToolTipRole, activated() on click, Enter or Space.
class ModelChart : public QWidget
{
    Q_OBJECT
public:
    explicit ModelChart(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    QAbstractItemModel* model() const { return m_model; }
    QModelIndex currentIndex() const { return m_current; }
    void setCurrentIndex(const QModelIndex& index);
    // Where an index is drawn (its hit area), in the order the arrow keys walk.
    QList<QPair<QRect, QModelIndex>> items() const { return m_items; }
    // A sentence that lists what the chart shows (its accessible description).
    virtual QString summary() const = 0;
    // Said in the middle of the chart while there is nothing to draw ("Loading…", "No groups").
    void setEmptyText(const QString& text);

Q_SIGNALS:
    void activated(const QModelIndex& index);

protected:
    virtual QList<QPair<QRect, QModelIndex>> layoutItems() const = 0;
    // How many items the Up and Down keys skip (a row of the heat map).
    virtual int itemsPerLine() const { return 1; }
    void relayout();
    void drawFocus(QPainter& painter) const;
    bool drawEmpty(QPainter& painter) const; // true when it drew the empty text

    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QModelIndex indexAt(const QPoint& pos) const;

    QPointer<QAbstractItemModel> m_model;
    QPersistentModelIndex m_current;
    QList<QPair<QRect, QModelIndex>> m_items;
    QString m_emptyText;
};

// Horizontal bars, largest first: the label column on the left, the value column as a bar and a
// figure. At most maxBars() bars; the rest is counted under them.
class BarChart : public ModelChart
{
    Q_OBJECT
public:
    explicit BarChart(QWidget* parent = nullptr);
    void setColumns(int labelColumn, int valueColumn);
    void setMaxBars(int bars);
    int maxBars() const { return m_maxBars; }
    QList<int> shownRows() const; // model rows in the order drawn
    QString summary() const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    QList<QPair<QRect, QModelIndex>> layoutItems() const override;
    void paintEvent(QPaintEvent* event) override;

private:
    int rowHeight() const;
    int m_labelColumn = 0;
    int m_valueColumn = 1;
    int m_maxBars = 10;
};

// A grid: one line per share column (from `firstColumn`, labelled by the header), one column per
// model row (labelled by `labelColumn`), each cell as dark as the share (CoverageRole-like
// `shareRole`, 0…1). At most maxRows() model rows, in the model's order.
class HeatMap : public ModelChart
{
    Q_OBJECT
public:
    explicit HeatMap(QWidget* parent = nullptr);
    void setColumns(int labelColumn, int firstColumn, int shareRole);
    void setMaxRows(int rows);
    // Groups beyond the rows shown: a line below the grid names how many, and where to see them.
    int hiddenGroups() const;
    static QString moreGroupsText(int hidden);
    QString summary() const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    QList<QPair<QRect, QModelIndex>> layoutItems() const override;
    int itemsPerLine() const override;
    void paintEvent(QPaintEvent* event) override;

private:
    int shownRows() const;
    int labelWidth() const;
    int cellWidth() const;
    int cellHeight() const;
    int headerHeight() const;
    int m_labelColumn = 0;
    int m_firstColumn = 1;
    int m_shareRole = Qt::UserRole;
    int m_maxRows = 10;
};

} // namespace Alli
