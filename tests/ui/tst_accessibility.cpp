// Accessibility of every page and dialog, against the demo backend: the QAccessible tree has a
// name for every interactive element a screen reader reaches, and the main action of each page
// is reached with the keyboard alone (Ctrl+1…Ctrl+8, then Tab).

#include "bulkeditordialog.h"
#include "demofixture.h"
#include "grouppermissionsdialog.h"
#include "importdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "newagentdialog.h"
#include "newgroupdialog.h"
#include "profiledialog.h"
#include "proxylogindialog.h"
#include "selectionjobdialog.h"
#include "theme.h"
#include "welcomedialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using namespace Alli::Testing;

namespace
{

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

// Every visible interactive element without a name, as "role objectName (class)" lines. The
// rows and cells of item views are the views' business (their headers name them); the view
// itself must have a name.
void collectUnnamed(QAccessibleInterface* iface, QStringList& out, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractive(role) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject* object = iface->object();
        out.append(u"%1 %2 (%3, in %4)"_s.arg(QString::number(int(role), 16),
            object ? object->objectName() : QString(),
            object ? QString::fromLatin1(object->metaObject()->className()) : QString(),
            object && object->parent() ? object->parent()->objectName() : QString()));
    }
    // The project's own painted controls (dashboard tiles, charts, the coverage map) say what
    // they show and what activating them does: a screen reader has no text of theirs to read.
    // (Tab reaches them, whatever their role: the charts are "client" areas.)
    if (auto* widget = qobject_cast<QWidget*>(iface->object()); widget
        && QByteArray(widget->metaObject()->className()).startsWith("Alli::")
        && (isInteractive(role) || (widget->focusPolicy() & Qt::TabFocus))
        && (iface->text(QAccessible::Name).trimmed().isEmpty()
            || iface->text(QAccessible::Description).trimmed().isEmpty()))
        out.append(u"own control without a name and a description: %1 (%2)"_s.arg(
            widget->objectName(), QString::fromLatin1(widget->metaObject()->className())));
    // A button that shows only an icon says what it does on hover too (its tooltip, also its
    // accessible description), for the sighted mouse user the icon alone does not tell.
    if (auto* button = qobject_cast<QAbstractButton*>(iface->object());
        button && button->text().isEmpty() && !button->icon().isNull() && button->toolTip().isEmpty())
        out.append(u"icon-only button without a tooltip: %1 (in %2)"_s.arg(
            button->objectName(), button->parent() ? button->parent()->objectName() : QString()));
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), out, depth + 1);
}

QString describe(const QWidget* w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
}

// The Tab chain of a window from its first focus: every widget Tab stops at, until it comes back
// to the first (`closed`), or stops on one widget or circles without it (a keyboard trap). Tab is
// sent to the focus widget as a user's key would be.
QList<QWidget*> tabChain(QWidget* window, bool* closed)
{
    *closed = false;
    QList<QWidget*> chain;
    QWidget* first = QApplication::focusWidget();
    if (!first || first->window() != window)
        return chain;
    for (QWidget* at = first; at && chain.size() < 80;) {
        chain.append(at);
        QTest::keyClick(at, Qt::Key_Tab);
        at = QApplication::focusWidget();
        *closed = at == first;
        if (*closed || chain.contains(at))
            break;
    }
    return chain;
}

// The controls a keyboard user must be able to reach in a window: shown, enabled, taking focus
// by Tab, and not handing their focus to another (a spin box's line edit).
QList<QWidget*> tabStops(QWidget* window)
{
    QList<QWidget*> out;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->window() == window && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
            && !w->focusProxy())
            out.append(w);
    }
    return out;
}

// What the window shows of a widget now: its area of the window as painted on the screen (the
// offscreen platform's backing store), so a widget that is not repainted when the focus comes
// looks unchanged.
QImage onScreen(QWidget* widget)
{
    QWidget* window = widget->window();
    QTest::qWait(30); // the pending paint
    const QPoint at = widget->mapTo(window, QPoint(0, 0));
    return window->screen()
        ->grabWindow(window->winId(), at.x(), at.y(), widget->width(), widget->height())
        .toImage();
}

// The Tab stops that look the same with and without the focus: each stop is seen while it has
// the focus, Tab is pressed, and it is seen again. One Tab first: styles draw the focus once the
// keyboard has moved it.
QStringList focusNotShown(QWidget* window)
{
    QWidget* start = QApplication::focusWidget();
    if (!start || start->window() != window)
        return { u"no focus in the window"_s };
    QTest::keyClick(start, Qt::Key_Tab);
    QStringList out;
    QList<QWidget*> seen;
    for (QWidget* at = QApplication::focusWidget(); at && !seen.contains(at) && seen.size() < 80;) {
        seen.append(at);
        const QImage focused = onScreen(at);
        QTest::keyClick(at, Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget();
        if (next != at && focused == onScreen(at))
            out.append(describe(at));
        at = next;
    }
    return out;
}

// Steps of the chain that go back up within one column (the next widget overlaps the previous one
// horizontally but starts above it): the reading order of the layout is top to bottom, then the
// next column. A step into another column (no overlap) may go up.
QStringList stepsAgainstTheLayout(QWidget* window, const QList<QWidget*>& chain)
{
    const auto rectOf
        = [window](const QWidget* w) { return QRect(w->mapTo(window, QPoint(0, 0)), w->size()); };
    // The chain is a cycle, and the first focus may be in the middle (a dialog that asks again
    // focuses the field to correct): the step back to the top-left widget is the wrap-around.
    const QWidget* topLeft = nullptr;
    for (const QWidget* w : chain) {
        const QRect r = rectOf(w);
        if (!topLeft || r.top() < rectOf(topLeft).top() - 4
            || (qAbs(r.top() - rectOf(topLeft).top()) <= 4 && r.left() < rectOf(topLeft).left()))
            topLeft = w;
    }
    QStringList out;
    for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
        if (chain.at(i + 1) == topLeft)
            continue;
        const QRect a = rectOf(chain.at(i));
        const QRect b = rectOf(chain.at(i + 1));
        const bool sameColumn = a.left() < b.right() && b.left() < a.right();
        if (sameColumn && b.top() < a.top() - 4 && b.bottom() < a.top())
            out.append(describe(chain.at(i)) + u" → "_s + describe(chain.at(i + 1)));
    }
    return out;
}

QStringList unnamedIn(QWidget* root)
{
    QStringList out;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), out);
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_fixture;
    LanguageManager m_languages;

    SessionInfo demoSession() const { return SessionInfo { QString(), true, m_fixture.demo()->apiKey() }; }

    // Every dialog of the app, children of `parent`.
    QList<QDialog*> everyDialog(QWidget* parent)
    {
        return { new ImportDialog(m_fixture.client(), parent), new NewAgentDialog(m_fixture.client(), parent),
            new NewGroupDialog(m_fixture.client(), parent), new ProfileDialog(m_fixture.nam(), parent),
            new GroupPermissionsDialog(m_fixture.client(), parent),
            new BulkEditorDialog(m_fixture.client(), Bulk::Operation::UpdateMemberGroups, parent),
            new SelectionJobDialog(m_fixture.client(), Bulk::Operation::UpdateMemberGroups,
                { { u"minjun.kim1@example.com"_s, u"김민준"_s } }, parent),
            new WelcomeDialog(parent),
            new ProxyLoginDialog(QNetworkProxy(QNetworkProxy::HttpProxy, u"proxy.corp.example"_s, 8080),
                u"kim"_s, u"The proxy did not accept the login for kim."_s, parent) };
    }

    // The main window shown at 1280×800 and active, as a user would have it.
    static bool showActive(QWidget* window)
    {
        window->resize(1280, 800);
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window);
    }

    // Runs `check` on every page of `w` (active, shown) and on every dialog, as "name" and window;
    // a dialog that never becomes active is a problem of its own.
    void forEveryPageAndDialog(
        MainWindow& w, QStringList& problems, const std::function<void(QWidget*, const QString&)>& check)
    {
        for (const char* id :
            { "overview", "agents", "users", "groups", "tools", "oauth2", "history", "activity" }) {
            w.showPage(QString::fromLatin1(id));
            QTest::qWait(300);
            check(&w, QString::fromLatin1(id));
        }
        const QList<QDialog*> dialogs = everyDialog(&w);
        for (QDialog* dialog : dialogs) {
            const QString name = QString::fromLatin1(dialog->metaObject()->className());
            dialog->show();
            dialog->activateWindow();
            if (!QTest::qWaitForWindowActive(dialog)) {
                problems.append(name + u": never active"_s);
                continue;
            }
            QTest::qWait(300);
            check(dialog, name);
            dialog->hide();
        }
        qDeleteAll(dialogs);
    }

    // One window's Tab chain: it comes back to where it started, reaches every control, and
    // follows the layout. Problems are added as "window: what".
    static void checkTabChain(QWidget* window, const QString& name, QStringList& problems)
    {
        // The stops before the walk: focus may enable more on the way (a list selects its
        // current row, and the buttons for it come on behind the focus).
        const QList<QWidget*> stops = tabStops(window);
        bool closed = false;
        const QList<QWidget*> chain = tabChain(window, &closed);
        QStringList names;
        for (QWidget* widget : chain)
            names.append(describe(widget));
        if (chain.size() < 2 || !closed)
            problems.append(name + u": Tab does not come back to the start: "_s + names.join(u" → "_s));
        for (QWidget* stop : stops) {
            if (!chain.contains(stop))
                problems.append(name + u": Tab never reaches "_s + describe(stop));
        }
        for (const QString& step : stepsAgainstTheLayout(window, chain))
            problems.append(name + u": Tab goes back up from "_s + step);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"AlliAdminAccessibilityTests"_s);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QAccessible::setActive(true);
        QVERIFY(m_fixture.start());
        QVERIFY(m_languages.setLanguage(u"en"_s));
    }

    void everyPageNamesItsControls_data()
    {
        QTest::addColumn<QString>("page");
        for (const char* id :
            { "overview", "agents", "users", "groups", "tools", "oauth2", "history", "activity" })
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void everyPageNamesItsControls()
    {
        QFETCH(QString, page);
        MainWindow w(m_fixture.client(), &m_languages, demoSession());
        w.resize(1280, 800);
        w.show();
        w.showPage(page);
        QTest::qWait(300); // the page's first load
        const QStringList unnamed = unnamedIn(&w);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u'\n')));
    }

    void everyDialogNamesItsControls()
    {
        MainWindow w(m_fixture.client(), &m_languages, demoSession());
        w.show();
        const QList<QDialog*> dialogs = everyDialog(&w);
        QStringList problems;
        for (QDialog* dialog : std::as_const(dialogs)) {
            dialog->show();
            QTest::qWait(300);
            const QStringList unnamed = unnamedIn(dialog);
            for (const QString& line : unnamed)
                problems.append(QString::fromLatin1(dialog->metaObject()->className()) + u": "_s + line);
            dialog->hide();
        }
        qDeleteAll(dialogs);
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }

    // Tab follows the layout: down each column, then the next, on every page and dialog. Every
    // page and dialog has a first focus, and Tab reaches more than one control.
    void tabOrderFollowsTheLayout()
    {
        MainWindow w(m_fixture.client(), &m_languages, demoSession());
        QVERIFY(showActive(&w));
        QStringList problems;
        forEveryPageAndDialog(w, problems,
            [&problems](QWidget* window, const QString& name) { checkTabChain(window, name, problems); });
        // The OAuth2 page with a configuration shown: the tree, the reveal box and the token
        // update box are on now.
        w.showPage(u"oauth2"_s);
        auto* state = w.findChild<QLineEdit*>(u"oauthStateEdit"_s);
        QVERIFY(state);
        state->setText(u"demo-state-google"_s);
        QMetaObject::invokeMethod(w.findChild<QPushButton*>(u"oauthLookUpButton"_s), &QPushButton::click);
        QTRY_VERIFY(w.findChild<QWidget*>(u"oauthConfigView"_s)->isVisible());
        QTRY_VERIFY(w.findChild<QWidget*>(u"tokenInfoEdit"_s)->isEnabled());
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.findChild<QWidget*>(u"navigation"_s)->setFocus();
        checkTabChain(&w, u"oauth2 with a configuration"_s, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }

    // The focus can be seen on every Tab stop of every page and dialog, in the light and the dark
    // theme: the project's own painted widgets (dashboard tiles, charts, the coverage map) and
    // what the style draws.
    void focusCanBeSeen_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Choice::Light);
        QTest::newRow("dark") << int(Theme::Choice::Dark);
    }

    void focusCanBeSeen()
    {
        QFETCH(int, theme);
        Theme::apply(Theme::Choice(theme));
        const auto restore = qScopeGuard([] { Theme::apply(Theme::Choice::Light); });
        MainWindow w(m_fixture.client(), &m_languages, demoSession());
        QVERIFY(showActive(&w));
        QStringList problems;
        forEveryPageAndDialog(w, problems, [&problems](QWidget* window, const QString& name) {
            for (const QString& unseen : focusNotShown(window))
                problems.append(name + u": "_s + unseen);
        });
        QVERIFY2(problems.isEmpty(), qPrintable(u"\nno visible focus on:\n"_s + problems.join(u'\n')));
    }

    void mainActionsByKeyboardAlone_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("field"); // typed into on the way (a button waits for it)
        QTest::addColumn<QString>("text");
        QTest::newRow("overview") << 0 << u"testConnection"_s << QString() << QString();
        QTest::newRow("agents") << 1 << u"newAgentButton"_s << QString() << QString();
        QTest::newRow("users") << 2 << u"lookUpButton"_s << u"userIdEdit"_s << u"EMP00002"_s;
        QTest::newRow("groups") << 3 << u"groupNew"_s << QString() << QString();
        QTest::newRow("tools") << 4 << u"toolsView"_s << QString() << QString();
        QTest::newRow("oauth2") << 5 << u"oauthLookUpButton"_s << u"oauthStateEdit"_s
                                << u"demo-state-google"_s;
        QTest::newRow("history") << 6 << u"importButton"_s << QString() << QString();
        QTest::newRow("activity") << 7 << u"activityView"_s << QString() << QString();
    }

    void mainActionsByKeyboardAlone()
    {
        QFETCH(int, page);
        QFETCH(QString, action);
        QFETCH(QString, field);
        QFETCH(QString, text);
        MainWindow w(m_fixture.client(), &m_languages, demoSession());
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
        QTest::qWait(200);
        QWidget* target = w.findChild<QWidget*>(action);
        QVERIFY(target);
        QStringList path;
        for (int presses = 0; presses < 40 && QApplication::focusWidget() != target; ++presses) {
            QWidget* from = QApplication::focusWidget() ? QApplication::focusWidget() : &w;
            if (!field.isEmpty() && from->objectName() == field && !text.isEmpty()) {
                QTest::keyClicks(from, text);
                text.clear();
            }
            path.append(from->objectName().isEmpty() ? QString::fromLatin1(from->metaObject()->className())
                                                     : from->objectName());
            QTest::keyClick(from, Qt::Key_Tab);
        }
        QVERIFY2(QApplication::focusWidget() == target, qPrintable(path.join(u" → "_s)));
        // A button is pressed with Space: here it does something visible without a dialog to close.
        if (auto* button = qobject_cast<QAbstractButton*>(target); button && action == u"testConnection"_s) {
            QTest::keyClick(button, Qt::Key_Space);
            QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QWidget*>(u"testResult"_s)
                                         ->property("text")
                                         .toString()
                                         .startsWith(u"Connected"_s),
                10000);
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
