#pragma once
// Base of every page in the console's navigation: a translated title, lazy loading on first
// show, the standard actions the main window routes to the current page (F5, Ctrl+F, Del), an
// error banner, and remembered view state.

#include <QVariantMap>
#include <QWidget>

class QSettings;

namespace Alli
{

class AlliClient;
class ErrorBanner;

class ConsolePage : public QWidget
{
    Q_OBJECT
public:
    // What a page shows, so that a change made elsewhere (an import, another page) can mark it
    // out of date.
    enum class DataArea {
        Agents = 0x1, // agents and members
        Groups = 0x2, // permission groups and their members
        Users = 0x4,
        Tools = 0x8,
        OAuth2 = 0x10,
    };
    Q_DECLARE_FLAGS(DataAreas, DataArea)

    explicit ConsolePage(AlliClient* client, QWidget* parent = nullptr);

    // Stable identifier, used for settings keys and screenshot file names, e.g. "agents".
    virtual QString pageId() const = 0;
    // Translated title for the navigation list.
    virtual QString title() const = 0;
    // Its icon in the navigation (a name of ui/icons.h, e.g. "system-users").
    virtual QString iconName() const = 0;

    // Called each time the page becomes current; load data lazily on the first call.
    virtual void activate() { }
    virtual void refresh() { } // F5
    virtual void focusFilter() { } // Ctrl+F
    virtual void deleteSelected() { } // Del (asks for confirmation)
    // Shows what another page pointed at (the overview's tiles): keys a page understands, e.g.
    // {"group": id} or {"errorsOnly": true}; unknown keys are ignored.
    virtual void showFiltered(const QVariantMap& filter) { Q_UNUSED(filter) }
    // The data this page shows; the main window refreshes it when a change touches one of them.
    virtual DataAreas dataAreas() const { return {}; }
    // What a successful change request (POST, PUT or DELETE, by its operationId) touches.
    static DataAreas areasChangedBy(QStringView operationId);

    // Column widths, splitter positions... under the group "pages/<pageId>".
    virtual void saveState(QSettings& settings) const;
    virtual void restoreState(QSettings& settings);

    AlliClient* client() const { return m_client; }
    ErrorBanner* banner() const { return m_banner; }

Q_SIGNALS:
    void titleChanged();
    // A 401: the user should see the connection's credentials.
    void credentialsRequested();
    // What an action did, in a sentence for the status bar ("Copied 3 email addresses.").
    void statusMessage(const QString& message);
    // Show another page with this filter (the overview's tiles); see showFiltered().
    void navigationRequested(const QString& pageId, const QVariantMap& filter);

protected:
    void changeEvent(QEvent* event) override;
    // Re-set every user-visible text; called on QEvent::LanguageChange.
    virtual void retranslateUi() = 0;

private:
    AlliClient* m_client;
    ErrorBanner* m_banner;
};

} // namespace Alli

Q_DECLARE_OPERATORS_FOR_FLAGS(Alli::ConsolePage::DataAreas)
