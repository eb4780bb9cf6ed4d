#include "languagemanager.h"

#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcAlliI18n, "alli.i18n", QtInfoMsg)

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

void LanguageManager::removeTranslators()
{
    for (QTranslator** t : { &m_app, &m_qt }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

bool LanguageManager::setLanguage(const QString& code)
{
    bool known = false;
    const QList<LanguageInfo> languages = availableLanguages();
    for (const LanguageInfo& info : languages)
        known = known || info.code == code;
    if (!known)
        return false;
    if (code == m_language)
        return true;

    removeTranslators();
    m_app = new QTranslator;
    if (!m_app->load(translationResource(code)))
        qCWarning(lcAlliI18n) << "missing application catalogue for" << code;
    QCoreApplication::installTranslator(m_app);
    if (code != u"en") {
        // Standard buttons, file dialogs and other strings from Qt itself.
        m_qt = new QTranslator;
        if (m_qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt);
        else
            qCWarning(lcAlliI18n) << "Qt's own catalogue is missing for" << code;
    }
    const QLocale locale(code == u"ko" ? QLocale::Korean
            : code == u"ja"            ? QLocale::Japanese
                                       : QLocale::English,
        code == u"ko"       ? QLocale::SouthKorea
            : code == u"ja" ? QLocale::Japan
                            : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    m_language = code;
    emit languageChanged(code);
    return true;
}

} // namespace Alli
