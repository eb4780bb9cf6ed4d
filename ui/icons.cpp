#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Icons
{

namespace
{

    QString ownPath(const QString& name)
    {
        return u":/icons/actions/"_s + name + u".svg"_s;
    }

    // Draws one SVG of the own set with "currentColor" replaced by the palette colour of the mode.
    class PaletteSvgEngine final : public QIconEngine
    {
    public:
        explicit PaletteSvgEngine(const QString& path)
            : m_path(path)
        {
        }

        void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
        {
            QSvgRenderer renderer(svgFor(mode));
            renderer.render(painter, QRectF(rect));
        }

        QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
        {
            return scaledPixmap(size, mode, state, 1.0);
        }

        QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State, qreal scale) override
        {
            // Qt 6.4's QIcon::pixmap(size, dpr) asks for size × dpr: `size` is in device pixels.
            const QColor colour = colourFor(mode);
            const QSize pixels = size;
            const QString key = u"alli-icon:%1:%2x%3:%4"_s.arg(m_path)
                                    .arg(pixels.width())
                                    .arg(pixels.height())
                                    .arg(colour.rgba(), 0, 16);
            QPixmap pm;
            if (QPixmapCache::find(key, &pm))
                return pm;
            QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            {
                QPainter p(&image);
                QSvgRenderer renderer(svgFor(mode));
                renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(pixels)));
            }
            pm = QPixmap::fromImage(image);
            pm.setDevicePixelRatio(scale);
            QPixmapCache::insert(key, pm);
            return pm;
        }

        QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
        QIconEngine* clone() const override { return new PaletteSvgEngine(m_path); }
        QString key() const override { return u"AlliPaletteSvg"_s; }
        bool isNull() override { return !QFile::exists(m_path); }

    private:
        static QColor colourFor(QIcon::Mode mode)
        {
            const QPalette palette = QApplication::palette();
            switch (mode) {
            case QIcon::Disabled:
                return palette.color(QPalette::Disabled, QPalette::WindowText);
            case QIcon::Selected:
                return palette.color(QPalette::Active, QPalette::HighlightedText);
            case QIcon::Normal:
            case QIcon::Active:
                break;
            }
            return palette.color(QPalette::Active, QPalette::WindowText);
        }

        QByteArray svgFor(QIcon::Mode mode) const
        {
            QFile file(m_path);
            if (!file.open(QIODevice::ReadOnly))
                return {};
            QByteArray svg = file.readAll();
            svg.replace("currentColor", colourFor(mode).name(QColor::HexRgb).toLatin1());
            return svg;
        }

        QString m_path;
    };

} // namespace

bool hasOwnIcon(const QString& name)
{
    return QFile::exists(ownPath(name));
}

QIcon ownIcon(const QString& name)
{
    return QIcon(new PaletteSvgEngine(ownPath(name)));
}

QIcon icon(const QString& name)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return ownIcon(name);
}

QIcon appIcon()
{
    // The same engine as the action icons (it has no "currentColor": the colours stay as drawn),
    // so that it is rendered at the screen's pixel ratio too.
    return QIcon(new PaletteSvgEngine(u":/icons/app/alli-admin.svg"_s));
}

} // namespace Alli::Icons
