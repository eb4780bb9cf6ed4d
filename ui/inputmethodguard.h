#pragma once
// Korean and Japanese composition in every text field of the application. Qt keeps the text being
// composed (the preedit: a Hangul syllable being built, kana not yet converted) outside the
// field's text, so filters, searches and completers only ever see committed text. Some input
// methods do not commit that text when the field loses the focus or when Enter reaches it, and
// the last syllable is lost; this guard commits the pending preedit first, exactly as shown.
// install() is idempotent; the main window calls it.

namespace Alli::InputMethodGuard
{

void install();

} // namespace Alli::InputMethodGuard
