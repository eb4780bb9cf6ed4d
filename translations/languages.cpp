#include "languages.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

QList<LanguageInfo> availableLanguages()
{
    // Native names are deliberately not translated: a user must find their language
    // whatever language the window is in.
    return { { u"en"_s, u"English"_s }, { u"ko"_s, u"한국어"_s }, { u"ja"_s, u"日本語"_s } };
}

QString translationResource(const QString& code)
{
    return u":/i18n/alli_"_s + code + u".qm"_s;
}

QString languageForLocale(const QLocale& locale)
{
    switch (locale.language()) {
    case QLocale::Korean:
        return u"ko"_s;
    case QLocale::Japanese:
        return u"ja"_s;
    default:
        return u"en"_s;
    }
}

} // namespace Alli
