// Build-time tool: renders the application icon's SVG into the PNG sizes a desktop needs
// (hicolor/<N>x<N>/apps), so the PNGs always match the drawing. Not installed.
//   alli-icon-render SVG OUTDIR NAME SIZE...

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 5) {
        err << "usage: alli-icon-render SVG OUTDIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "cannot read " << args.at(1) << '\n';
        return 1;
    }
    for (int i = 4; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        if (size <= 0) {
            err << "bad size " << args.at(i) << '\n';
            return 2;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        QDir().mkpath(dir);
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString path = dir + QLatin1Char('/') + args.at(3) + QStringLiteral(".png");
        if (!image.save(path)) {
            err << "cannot write " << path << '\n';
            return 1;
        }
    }
    return 0;
}
