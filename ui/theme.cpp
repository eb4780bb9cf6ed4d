#include "theme.h"

#include "statuscolors.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Theme
{

namespace
{

    struct Original {
        bool saved = false;
        QString styleName;
        QPalette palette;
    };

    Original& original()
    {
        static Original o;
        return o;
    }

    // Fusion, with two things a keyboard user must see:
    // - Check boxes on a dark palette: Fusion draws their frame in the window colour darkened,
    //   which on the dark base is 1.1:1 (the permission tree's unchecked boxes disappeared). The
    //   frame is drawn again between text and base colour, at least 3:1 against the base in both
    //   palettes, as a control's outline must be.
    // - The focus on a scroll area (a read-only text, a list with no current row): Fusion draws
    //   none, so Tab seemed to go nowhere. A focused scroll area's frame is drawn in the
    //   highlight colour (QWidget repaints a widget whose focus comes or goes).
    class ConsoleStyle final : public QProxyStyle
    {
    public:
        ConsoleStyle()
            : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
        {
        }
        void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
            const QWidget* widget) const override
        {
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            if (element == PE_Frame && (option->state & State_HasFocus)
                && qobject_cast<const QAbstractScrollArea*>(widget)) {
                painter->save();
                painter->setRenderHint(QPainter::Antialiasing, false);
                painter->setBrush(Qt::NoBrush);
                painter->setPen(QPen(option->palette.color(QPalette::Highlight), 1));
                painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
                painter->restore();
                return;
            }
            if (element != PE_IndicatorCheckBox && element != PE_IndicatorItemViewItemCheck)
                return;
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing, false);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(checkBoxFrame(option->palette), 1));
            const int size = std::min(option->rect.width(), option->rect.height());
            QRect box(0, 0, size, size);
            box.moveCenter(option->rect.center());
            painter->drawRect(box.adjusted(0, 0, -1, -1));
            painter->restore();
        }
    };

    Choice& currentChoice()
    {
        static Choice c = Choice::System;
        return c;
    }

    QString styleSheetFor(const QWidget* widget, Tint tint)
    {
        using StatusColors::Role;
        const QPalette palette = QApplication::palette();
        const QString name = widget->objectName();
        switch (tint) {
        case Tint::NegativeText:
            return u"color: %1;"_s.arg(StatusColors::text(Role::Negative, palette).name());
        case Tint::NeutralText:
            return u"color: %1;"_s.arg(StatusColors::text(Role::Neutral, palette).name());
        case Tint::ErrorBox:
        case Tint::NoticeBox: {
            const Role role = tint == Tint::ErrorBox ? Role::Negative : Role::Neutral;
            return u"#%1 { background: %2; border: 1px solid %3; border-radius: 4px; } #%1 QLabel { color: %4; }"_s
                .arg(name, StatusColors::background(role, palette).name(),
                    StatusColors::text(role, palette).name(), palette.color(QPalette::WindowText).name());
        }
        }
        return {};
    }

    // Re-tints the tinted widgets after the application palette changed: Qt announces that with
    // QEvent::ApplicationPaletteChange on the application object.
    class Tinter final : public QObject
    {
    public:
        static Tinter& instance()
        {
            static Tinter* tinter = [] {
                auto* t = new Tinter;
                QCoreApplication::instance()->installEventFilter(t);
                return t;
            }();
            return *tinter;
        }

        void add(QWidget* widget, Tint tint)
        {
            remove(widget);
            m_widgets.append({ QPointer<QWidget>(widget), tint });
            apply(widget, tint);
        }

        void remove(QWidget* widget)
        {
            m_widgets.removeIf(
                [widget](const auto& entry) { return entry.first.isNull() || entry.first == widget; });
        }

        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (watched == QCoreApplication::instance()
                && event->type() == QEvent::ApplicationPaletteChange) {
                for (const auto& [widget, tint] : std::as_const(m_widgets)) {
                    if (widget)
                        apply(widget, tint);
                }
            }
            return false;
        }

    private:
        static void apply(QWidget* widget, Tint tint) { widget->setStyleSheet(styleSheetFor(widget, tint)); }

        QList<QPair<QPointer<QWidget>, Tint>> m_widgets;
    };

} // namespace

QString key(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return u"light"_s;
    case Choice::Dark:
        return u"dark"_s;
    case Choice::System:
        break;
    }
    return u"system"_s;
}

Choice fromKey(const QString& key)
{
    if (key == u"light")
        return Choice::Light;
    if (key == u"dark")
        return Choice::Dark;
    return Choice::System;
}

QColor checkBoxFrame(const QPalette& palette)
{
    return StatusColors::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.55);
}

QPalette lightPalette()
{
    QStyle* fusion = QStyleFactory::create(u"Fusion"_s);
    const QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

QPalette darkPalette()
{
    // Fusion's colours turned dark, with text contrast of at least 4.5:1 on every background.
    QPalette p;
    const QColor window(0x2d, 0x2f, 0x33), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    const QColor disabled(0x8a, 0x8d, 0x93), highlight(0x2a, 0x6a, 0xc8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xab));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x39, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    return p;
}

void apply(Choice choice)
{
    Original& o = original();
    if (!o.saved) {
        o.saved = true;
        o.styleName = QApplication::style()->name();
        o.palette = QApplication::palette();
    }
    currentChoice() = choice;
    switch (choice) {
    case Choice::System:
        if (QApplication::style()->name().compare(o.styleName, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(o.styleName);
        QApplication::setPalette(o.palette);
        return;
    case Choice::Light:
    case Choice::Dark:
        if (!dynamic_cast<ConsoleStyle*>(QApplication::style()))
            QApplication::setStyle(new ConsoleStyle); // the application owns it
        QApplication::setPalette(choice == Choice::Dark ? darkPalette() : lightPalette());
        return;
    }
}

Choice current()
{
    return currentChoice();
}

void tint(QWidget* widget, Tint tint)
{
    Tinter::instance().add(widget, tint);
}

void untint(QWidget* widget)
{
    Tinter::instance().remove(widget);
    widget->setStyleSheet(QString());
}

} // namespace Alli::Theme
