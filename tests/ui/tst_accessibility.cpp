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
#include "welcomedialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QNetworkProxy>
#include <QSettings>
#include <QStandardPaths>

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
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), out, depth + 1);
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
        QList<QDialog*> dialogs;
        dialogs << new ImportDialog(m_fixture.client(), &w) << new NewAgentDialog(m_fixture.client(), &w)
                << new NewGroupDialog(m_fixture.client(), &w) << new ProfileDialog(m_fixture.nam(), &w)
                << new GroupPermissionsDialog(m_fixture.client(), &w)
                << new BulkEditorDialog(m_fixture.client(), Bulk::Operation::UpdateMemberGroups, &w)
                << new SelectionJobDialog(m_fixture.client(), Bulk::Operation::UpdateMemberGroups,
                       { { u"minjun.kim1@example.com"_s, u"김민준"_s } }, &w)
                << new WelcomeDialog(&w)
                << new ProxyLoginDialog(
                       QNetworkProxy(QNetworkProxy::HttpProxy, u"proxy.corp.example"_s, 8080), u"kim"_s,
                       u"The proxy did not accept the login for kim."_s, &w);
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
