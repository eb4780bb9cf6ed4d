// Korean and Japanese input methods in the filter fields, the group search and the new group's
// agent search, against the demo backend: text being composed (preedit) triggers no request and
// no filtering; the committed text does, exactly; Hangul composed syllable by syllable and kana
// converted to kanji; and the last syllable survives Enter or a focus change during composition.

#include "activitylogmodel.h"
#include "agentlistmodel.h"
#include "agentsortproxy.h"
#include "agentspage.h"
#include "bulkeditordialog.h"
#include "confirm.h"
#include "demofixture.h"
#include "importpreviewmodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "newgroupdialog.h"
#include "permissiongroupmodel.h"
#include "permissiongroupspage.h"
#include "toolspage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using namespace Alli::Testing;

namespace
{

void preedit(QWidget* field, const QString& text)
{
    QList<QInputMethodEvent::Attribute> attributes {
        { QInputMethodEvent::TextFormat, 0, int(text.size()), QVariant() },
        { QInputMethodEvent::Cursor, int(text.size()), 1, QVariant() },
    };
    QInputMethodEvent event(text, attributes);
    QApplication::sendEvent(field, &event);
}

void commit(QWidget* field, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(field, &event);
}

} // namespace

class TestInputMethod : public QObject
{
    Q_OBJECT

private:
    QList<QUrl> m_requests; // before the fixture: the client's last answers still arrive here
    DemoFixture m_fixture;
    LanguageManager m_languages;

    SessionInfo demoSession() const { return SessionInfo { QString(), true, m_fixture.demo()->apiKey() }; }

    // The values of query item `key` in the requests to `path` since forgetRequests().
    QStringList queried(const QString& path, const QString& key) const
    {
        QStringList values;
        for (const QUrl& url : std::as_const(m_requests)) {
            if (url.path().endsWith(path) && QUrlQuery(url).hasQueryItem(key))
                values.append(QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded));
        }
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"AlliAdminImeTests"_s);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_fixture.start());
        QVERIFY(m_languages.setLanguage(u"ko"_s));
        connect(m_fixture.client(), &AlliClient::activityRecorded, this,
            [this](const ActivityRecord& record) { m_requests.append(record.url); });
    }

    void agentFilterWaitsForTheCommittedText()
    {
        MainWindow w(m_fixture.client(), &m_languages, demoSession());
        w.show();
        w.showPage(u"agents"_s);
        auto* page = qobject_cast<AgentsPage*>(w.page(u"agents"_s));
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0 && !page->model()->isLoading(), 15000);
        auto* filter = w.findChild<QLineEdit*>(u"agentFilter"_s);
        filter->setFocus();
        const int shown = page->proxy()->rowCount();
        m_requests.clear();

        // Hangul, jamo by jamo: ㄱ, 기, 김, 김ㅁ, 김미, 김민 (the syllable block is rebuilt each time).
        for (const QString& step : { u"ㄱ"_s, u"기"_s, u"김"_s, u"김ㅁ"_s, u"김미"_s, u"김민"_s }) {
            preedit(filter, step);
            QCOMPARE(filter->text(), QString()); // the field's text is what was committed
        }
        QTest::qWait(900); // longer than the server filter's pause
        QCOMPARE(page->proxy()->rowCount(), shown); // nothing filtered on preedit
        QVERIFY2(queried(u"/agents"_s, u"email"_s).isEmpty(), "a request was made for preedit text");

        commit(filter, u"김민"_s);
        QCOMPARE(filter->text(), u"김민"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->emailFilter(), u"김민"_s, 5000);
        QTRY_VERIFY(queried(u"/agents"_s, u"email"_s).contains(u"김민"_s));
    }

    void groupSearchConvertsKanaToKanji()
    {
        MainWindow w(m_fixture.client(), &m_languages, demoSession());
        w.show();
        w.showPage(u"groups"_s);
        auto* page = qobject_cast<PermissionGroupsPage*>(w.page(u"groups"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->groupModel()->rowCount() > 0, 15000);
        auto* search = w.findChild<QLineEdit*>(u"groupSearch"_s);
        search->setFocus();
        m_requests.clear();
        // Kana typed, then converted (the preedit changes to kanji), then committed.
        for (const QString& step : { u"か"_s, u"かん"_s, u"かんさ"_s, u"かんさ"_s, u"監査"_s })
            preedit(search, step);
        QTest::qWait(900);
        QCOMPARE(search->text(), QString());
        QVERIFY(queried(u"/permission_groups"_s, u"search_term"_s).isEmpty());
        commit(search, u"監査"_s);
        QCOMPARE(search->text(), u"監査"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            queried(u"/permission_groups"_s, u"search_term"_s).contains(u"監査"_s), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 5000);
        QCOMPARE(page->groupModel()->rowCount(), 1); // 監査担当 (読み取り専用)
        QVERIFY(page->groupModel()->groupAt(0).name.startsWith(u"監査"_s));
    }

    void toolFilterAndAgentSearchToo()
    {
        MainWindow w(m_fixture.client(), &m_languages, demoSession());
        w.show();
        w.showPage(u"tools"_s);
        auto* tools = qobject_cast<ToolsPage*>(w.page(u"tools"_s));
        QTRY_VERIFY_WITH_TIMEOUT(tools->proxy()->rowCount() > 0, 15000);
        const int all = tools->proxy()->rowCount();
        auto* toolFilter = w.findChild<QLineEdit*>(u"toolFilter"_s);
        toolFilter->setFocus();
        preedit(toolFilter, u"ㅎ"_s);
        preedit(toolFilter, u"회"_s);
        QCOMPARE(tools->proxy()->rowCount(), all);
        commit(toolFilter, u"zzz-no-such-tool"_s);
        QCOMPARE(tools->proxy()->rowCount(), 0);

        NewGroupDialog dialog(m_fixture.client(), &w);
        dialog.show();
        auto* agentSearch = dialog.findChild<QLineEdit*>(u"agentSearch"_s);
        agentSearch->setFocus();
        m_requests.clear();
        preedit(agentSearch, u"사"_s);
        preedit(agentSearch, u"사토"_s);
        QTest::qWait(900);
        QVERIFY(!dialog.isSearching());
        QVERIFY(queried(u"/agents"_s, u"email"_s).isEmpty());
        commit(agentSearch, u"sato"_s);
        QTRY_VERIFY_WITH_TIMEOUT(queried(u"/agents"_s, u"email"_s).contains(u"sato"_s), 5000);
    }

    void lastSyllableSurvivesEnterAndFocusChange()
    {
        MainWindow w(m_fixture.client(), &m_languages, demoSession());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showPage(u"agents"_s);
        auto* page = qobject_cast<AgentsPage*>(w.page(u"agents"_s));
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0 && !page->model()->isLoading(), 15000);
        auto* filter = w.findChild<QLineEdit*>(u"agentFilter"_s);
        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());

        // An input method that does not commit when the user presses Enter mid-syllable.
        commit(filter, u"김"_s);
        preedit(filter, u"민"_s);
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(filter->text(), u"김민"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->emailFilter(), u"김민"_s, 5000);

        // … or when the focus moves away during composition.
        filter->clear();
        preedit(filter, u"佐藤"_s);
        auto* view = w.findChild<QTableView*>(u"agentsView"_s);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(filter->text(), u"佐藤"_s);
        // Composition that was committed by the input method itself is not committed twice.
        filter->setFocus();
        filter->clear();
        preedit(filter, u"한"_s);
        commit(filter, u"한"_s);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(filter->text(), u"한"_s);
    }

    // The bulk editor's group cell completes the project's group names: composed text neither
    // completes nor reaches the cell; the committed text completes the name after the last ";";
    // and Enter in the middle of a syllable keeps it.
    void bulkEditorGroupCellCompletesCommittedText()
    {
        BulkEditorDialog dialog(m_fixture.client(), Bulk::Operation::InviteMembers);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading() && !dialog.groupNames().isEmpty(), 15000);
        ImportPreviewModel* model = dialog.model();
        int groups = -1;
        for (int c = 0; c < model->problemsColumn(); ++c) {
            if (model->headerData(c, Qt::Horizontal, ImportPreviewModel::ColumnNameRole).toString()
                == u"groups"_s)
                groups = c;
        }
        QVERIFY(groups >= 0);
        const auto openEditor = [&](int row) -> QLineEdit* {
            dialog.view()->setFocus();
            dialog.view()->setCurrentIndex(model->index(row, groups));
            dialog.view()->edit(model->index(row, groups));
            // Null when the editor did not open or take the focus; the caller's QVERIFY says so. The
            // editor of the cell before may still be there, hidden, until its deferred delete.
            QLineEdit* editor = nullptr;
            const auto openOne = [&] {
                for (QLineEdit* e : dialog.view()->viewport()->findChildren<QLineEdit*>()) {
                    if (e->isVisible())
                        editor = e;
                }
                return editor != nullptr;
            };
            if (!QTest::qWaitFor(openOne))
                return nullptr;
            // The completer's popup closing leaves no active window on the offscreen platform.
            dialog.activateWindow();
            if (!QTest::qWaitForWindowActive(&dialog))
                return nullptr;
            editor->setFocus();
            return QTest::qWaitFor([editor] { return editor->hasFocus(); }, 2000) ? editor : nullptr;
        };

        QLineEdit* editor = openEditor(0);
        QVERIFY(editor && editor->completer());
        QCompleter* completer = editor->completer();
        commit(editor, u"Project Operators;"_s);
        // After ";" every group is offered; composing does not narrow the list.
        QTRY_VERIFY(completer->popup()->isVisible());
        const int all = completer->completionCount();
        QCOMPARE(all, dialog.groupNames().size());
        for (const QString& step : { u"ㅋ"_s, u"코"_s, u"콘"_s, u"콘ㅌ"_s, u"콘테"_s, u"콘텐"_s }) {
            preedit(editor, step);
            QCOMPARE(editor->text(), u"Project Operators;"_s);
            QCOMPARE(completer->completionPrefix(), u"Project Operators;"_s);
            QCOMPARE(completer->completionCount(), all);
        }
        commit(editor, u"콘텐"_s);
        QCOMPARE(editor->text(), u"Project Operators;콘텐"_s);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionPrefix(), u"Project Operators;콘텐"_s);
        QCOMPARE(completer->completionCount(), 1); // the name after the last ";"
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(editor->text(), u"Project Operators;콘텐츠 편집자"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(
            model->index(0, groups).data(Qt::EditRole).toString(), u"Project Operators;콘텐츠 편집자"_s);

        // An input method that does not commit when Enter is pressed mid-word.
        editor = openEditor(1);
        QVERIFY(editor);
        commit(editor, u"分析チ"_s);
        preedit(editor, u"ーム"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model->index(1, groups).data(Qt::EditRole).toString(), u"分析チーム"_s);
        Confirm::setNextAnswer(false);
    }
};

QTEST_MAIN(TestInputMethod)
#include "tst_inputmethod.moc"
