#pragma once
// Base of every page in the console's navigation: a translated title, lazy loading on first
// show, the standard actions the main window routes to the current page (F5, Ctrl+F, Del), an
// error banner, and remembered view state.

#include <QWidget>

class QSettings;

namespace Alli {

class AlliClient;
class ErrorBanner;

class ConsolePage : public QWidget {
    Q_OBJECT
public:
    explicit ConsolePage(AlliClient* client, QWidget* parent = nullptr);

    // Stable identifier, used for settings keys and screenshot file names, e.g. "agents".
    virtual QString pageId() const = 0;
    // Translated title for the navigation list.
    virtual QString title() const = 0;

    // Called each time the page becomes current; load data lazily on the first call.
    virtual void activate() {}
    virtual void refresh() {} // F5
    virtual void focusFilter() {} // Ctrl+F
    virtual void deleteSelected() {} // Del (asks for confirmation)

    // Column widths, splitter positions... under the group "pages/<pageId>".
    virtual void saveState(QSettings& settings) const;
    virtual void restoreState(QSettings& settings);

    AlliClient* client() const { return m_client; }
    ErrorBanner* banner() const { return m_banner; }

Q_SIGNALS:
    void titleChanged();
    // A 401: the user should see the connection's credentials.
    void credentialsRequested();

protected:
    void changeEvent(QEvent* event) override;
    // Re-set every user-visible text; called on QEvent::LanguageChange.
    virtual void retranslateUi() = 0;

private:
    AlliClient* m_client;
    ErrorBanner* m_banner;
};

} // namespace Alli
