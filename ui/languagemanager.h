#pragma once
// Installs the application's and Qt's own translations for one language and switches them at
// run time; widgets retranslate on QEvent::LanguageChange.

#include <QObject>
#include <QString>

class QTranslator;

namespace Alli
{

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    QString language() const { return m_language; }
    // Installs the catalogues for "en", "ko" or "ja"; returns false for an unknown code.
    bool setLanguage(const QString& code);

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    void removeTranslators();

    QString m_language;
    QTranslator* m_app = nullptr;
    QTranslator* m_qt = nullptr;
};

} // namespace Alli
