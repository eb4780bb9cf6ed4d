#pragma once
// The languages the application ships, and where their compiled catalogues live.

#include <QList>
#include <QLocale>
#include <QString>

namespace Alli
{

struct LanguageInfo {
    QString code; // "en", "ko", "ja"
    QString nativeName; // shown in the language menu in its own script
};

QList<LanguageInfo> availableLanguages();
// ":/i18n/alli_<code>.qm"
QString translationResource(const QString& code);
// ko or ja when the locale's language is Korean or Japanese, otherwise en.
QString languageForLocale(const QLocale& locale);

} // namespace Alli
