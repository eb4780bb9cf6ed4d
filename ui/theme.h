#pragma once
// Light, dark or the system's palette (Settings > Appearance), and the few widgets that tint
// themselves by meaning (an error box, a warning line) re-tinted whenever the palette changes.
// Light and dark use the Fusion style with its palette, so they look the same on every platform;
// System gives back the platform's own style and palette (a high-contrast desktop palette
// included).

#include <QPalette>
#include <QString>

class QWidget;

namespace Alli::Theme
{

enum class Choice { System, Light, Dark };

QString key(Choice choice); // "system", "light", "dark": for QSettings and --theme
Choice fromKey(const QString& key); // System for anything else
void apply(Choice choice);
Choice current();
QPalette lightPalette();
// The frame of a check box in the light and dark choices (Fusion's own is invisible on dark).
QColor checkBoxFrame(const QPalette& palette);
QPalette darkPalette();

enum class Tint {
    NegativeText, // an error said in a line of text
    NeutralText, // a warning said in a line of text
    ErrorBox, // a framed box with an error (the error banner)
    NoticeBox, // a framed box that asks for attention (an unfinished import)
};
// Colours `widget` by meaning now and again after every change of the application palette.
void tint(QWidget* widget, Tint tint); // again: the new tint replaces the old one
void untint(QWidget* widget); // back to the palette's colours

} // namespace Alli::Theme
