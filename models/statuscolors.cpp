#include "statuscolors.h"

#include <QGuiApplication>

#include <algorithm>

namespace Alli::StatusColors
{

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor text(Role role, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case Role::Positive:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Role::Negative:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case Role::Neutral:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x54, 0x00);
    case Role::Inactive:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QColor text(Role role)
{
    return text(role, QGuiApplication::palette());
}

QColor background(Role role, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case Role::Positive:
        return dark ? QColor(0x1f, 0x3d, 0x24) : QColor(0xdc, 0xf0, 0xdc);
    case Role::Negative:
        return dark ? QColor(0x5a, 0x26, 0x28) : QColor(0xff, 0xd6, 0xd9);
    case Role::Neutral:
        return dark ? QColor(0x4d, 0x3d, 0x17) : QColor(0xff, 0xf3, 0xcd);
    case Role::Inactive:
        break;
    }
    return palette.color(QPalette::AlternateBase);
}

QColor background(Role role)
{
    return background(role, QGuiApplication::palette());
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace Alli::StatusColors
