#pragma once
// Small widget factories shared by the pages.

class QLabel;
class QString;

namespace Alli::Widgets {

// A read-only value in a detail pane: selectable with mouse and keyboard, wrapping.
QLabel* valueLabel(const QString& objectName);

} // namespace Alli::Widgets
