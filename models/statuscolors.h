#pragma once
// The colours that carry meaning (succeeded, failed, needs a look, not yet) in the current
// palette, like KColorScheme's Positive/Negative/Neutral/Inactive roles: readable on the view's
// Base colour in light, dark and high-contrast palettes. Asked at paint time (models return them
// from data()), so a change of palette shows at the next repaint.

#include <QColor>
#include <QPalette>

namespace Alli::StatusColors
{

enum class Role {
    Positive, // succeeded, applied
    Negative, // failed, an error
    Neutral, // unknown, a warning, changed and not saved
    Inactive, // not sent yet
};

// True when the palette's Base (the background of views) is dark.
bool isDark(const QPalette& palette);
// Text in this role on the palette's Base.
QColor text(Role role, const QPalette& palette);
QColor text(Role role); // on the application palette
// A tint of the Base for a cell or a box in this role; text() of the palette stays readable on it.
QColor background(Role role, const QPalette& palette);
QColor background(Role role);

// The colour a share t (0..1) of the way from a to b, like KColorUtils::mix: for frames, tints
// and shades drawn between two palette colours.
QColor mix(const QColor& a, const QColor& b, double t);

} // namespace Alli::StatusColors
