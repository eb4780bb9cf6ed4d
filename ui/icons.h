#pragma once
// The console's icons. Each has a freedesktop icon-theme name: the desktop's theme draws it where
// there is one (Linux), and the project's own SVG set (resources/icons) is the fallback, so that
// Windows, macOS and a bare Linux session show the same icons. The own set is monochrome and is
// drawn in the palette's text colour (highlighted text when selected, the disabled colour when
// disabled), so it follows light, dark and high-contrast palettes; it is rendered at the screen's
// device pixel ratio, so it stays crisp at 150 % and 200 %.

#include <QIcon>
#include <QString>

namespace Alli::Icons
{

// `name` is a freedesktop name that has a file in resources/icons/actions ("view-refresh").
QIcon icon(const QString& name);
// Only the project's own drawing, never the theme's (the dashboard, screenshots in tests).
QIcon ownIcon(const QString& name);
// The application icon (resources/icons/app/alli-admin.svg), in colour.
QIcon appIcon();
// True when the own set has a drawing for `name`.
bool hasOwnIcon(const QString& name);

} // namespace Alli::Icons
