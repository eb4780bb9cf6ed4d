// The Agents page driven through its widgets against the demo backend: loading by scrolling,
// the debounced server filter, details, "New agent" with the live password rule, delete with a
// confirmation that names the agent, copy emails, CSV export, and errors in the banner.

#include "agentlistmodel.h"
#include "agentsortproxy.h"
#include "agentspage.h"
#include "confirm.h"
#include "csvreader.h"
#include "demofixture.h"
#include "errorbanner.h"
#include "newagentdialog.h"
#include "viewoverlay.h"
#include "widgets.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using Alli::Testing::DemoFixture;

namespace
{
constexpr auto Report = QAbstractItemModelTester::FailureReportingMode::QtTest;
}

class TestAgentsPage : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_fx;
    std::unique_ptr<AgentsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    AgentListModel* model() const { return m_page->model(); }

    // Scrolls to the end until every agent is loaded, as a user would.
    bool scrollToEnd()
    {
        for (int i = 0; i < 100; ++i) {
            if (!QTest::qWaitFor([this] { return !model()->isLoading(); }, 15000))
                return false;
            if (model()->atEnd())
                return true;
            m_page->view()->scrollToBottom();
            QTest::qWait(1);
        }
        return false;
    }

    int proxyRowOfEmail(const QString& email) const
    {
        for (int row = 0; row < m_page->proxy()->rowCount(); ++row) {
            const QModelIndex source = m_page->proxy()->mapToSource(m_page->proxy()->index(row, 0));
            if (model()->emailAt(source.row()) == email)
                return row;
        }
        return -1;
    }

    void selectProxyRows(const QList<int>& rows)
    {
        QItemSelectionModel* selection = m_page->view()->selectionModel();
        selection->clearSelection();
        for (int row : rows)
            selection->select(
                m_page->proxy()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->setCurrentIndex(m_page->proxy()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    }

    // The lower-case emails of the members of the first group with at least `atLeast` members.
    std::pair<PermissionGroupResponse, QSet<QString>> groupWithMembers(int atLeast)
    {
        auto groups = Alli::Testing::waitFor(m_fx.client()->listPermissionGroups({}, 0, 100));
        for (const PermissionGroupResponse& group : groups->value()) {
            auto agents = Alli::Testing::waitFor(m_fx.client()->listPermissionGroupAgents(group.id));
            QSet<QString> emails;
            for (const AgentResponse& agent : agents->value())
                emails.insert(agent.email.toLower());
            if (emails.size() >= atLeast)
                return { group, emails };
        }
        return {};
    }

    // Picks `index` in a combo box the way a user does: the list opens, the item is chosen with
    // the keyboard.
    static void chooseInCombo(QComboBox* combo, int index)
    {
        combo->showPopup();
        combo->view()->setCurrentIndex(combo->model()->index(index, 0));
        QTest::keyClick(combo->view(), Qt::Key_Return);
    }

    QSet<QString> shownEmails() const
    {
        QSet<QString> emails;
        for (int row = 0; row < m_page->proxy()->rowCount(); ++row)
            emails.insert(model()
                              ->emailAt(m_page->proxy()->mapToSource(m_page->proxy()->index(row, 0)).row())
                              .toLower());
        return emails;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Demo::DemoOptions options;
        options.agentCount = 450;
        QVERIFY(m_fx.start(options));
    }

    void init()
    {
        m_fx.demo()->setFailRate(0);
        m_fx.demo()->setLatencyMs(0);
        m_fx.client()->setConnection(m_fx.connection());
        m_page = std::make_unique<AgentsPage>(m_fx.client());
        // The testers fetch on every insertion like an eager view; the scrolling test goes without
        // them to show that the table's own scrolling pages the list.
        if (QByteArray(QTest::currentTestFunction()) != "scrollingLoadsEveryPage") {
            m_modelTester = std::make_unique<QAbstractItemModelTester>(m_page->model(), Report);
            m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_page->proxy(), Report);
        }
        m_page->resize(1000, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QCOMPARE(model()->rowCount(), 0); // lazy until the page is first shown in the window
        m_page->activate();
        QTRY_VERIFY(model()->rowCount() >= 100);
        if (m_modelTester) // it keeps fetching: start each test from the whole list
            QTRY_VERIFY_WITH_TIMEOUT(model()->atEnd() && !model()->isLoading(), 15000);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_page.reset();
    }

    // Name and email first, the id hidden until chosen; the choice is remembered, and the last
    // visible column cannot be hidden.
    void columnsAreChosenOnTheHeaderAndRemembered()
    {
        QSettings().remove(u"columns/agents"_s);
        const auto newPage = [this] {
            m_proxyTester.reset();
            m_modelTester.reset();
            m_page = std::make_unique<AgentsPage>(m_fx.client());
            m_modelTester = std::make_unique<QAbstractItemModelTester>(m_page->model(), Report);
            m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_page->proxy(), Report);
        };
        newPage();
        QTableView* view = m_page->view();
        const int id = int(AgentListModel::Column::Id), name = int(AgentListModel::Column::Name),
                  email = int(AgentListModel::Column::Email);
        QVERIFY(view->isColumnHidden(id));
        QVERIFY(!view->isColumnHidden(name) && !view->isColumnHidden(email));
        QCOMPARE(view->horizontalHeader()->contextMenuPolicy(), Qt::CustomContextMenu);

        std::unique_ptr<QMenu> menu(Widgets::columnChooserMenu(view, nullptr));
        QList<QAction*> actions = menu->actions();
        QVERIFY(actions.size() >= 3);
        QCOMPARE(actions.at(id)->text(), model()->headerData(id, Qt::Horizontal).toString());
        QVERIFY(!actions.at(id)->isChecked());
        actions.at(id)->toggle(); // show the id
        QVERIFY(!view->isColumnHidden(id));
        actions.at(email)->toggle(); // hide the email
        QVERIFY(view->isColumnHidden(email));

        // A new page (the next start) shows the same columns, after its model is reset too.
        newPage();
        m_page->resize(1000, 600);
        m_page->show();
        m_page->activate();
        QTRY_VERIFY(model()->rowCount() > 0);
        view = m_page->view();
        QVERIFY(!view->isColumnHidden(id));
        QVERIFY(view->isColumnHidden(email));

        // Down to one column: its box cannot be unticked.
        menu.reset(Widgets::columnChooserMenu(view, nullptr));
        menu->actions().at(id)->toggle();
        menu.reset(Widgets::columnChooserMenu(view, nullptr));
        QVERIFY(!menu->actions().at(name)->isEnabled());
        menu->findChild<QAction*>(u"showAllColumns"_s)->trigger();
        for (int c = 0; c < model()->columnCount(); ++c)
            QVERIFY(!view->isColumnHidden(c));
        QSettings().remove(u"columns/agents"_s);
    }

    void scrollingLoadsEveryPage()
    {
        auto* status = m_page->findChild<QLabel*>(u"agentsStatus"_s);
        QVERIFY(status);
        QVERIFY2(status->text().contains(u"scroll down"_s), qPrintable(status->text()));
        QVERIFY(scrollToEnd());
        QCOMPARE(model()->rowCount(), m_fx.demo()->agentCount());
        QTRY_VERIFY2(status->text().startsWith(QString::number(m_fx.demo()->agentCount()) + u" agent"_s),
            qPrintable(status->text()));

        // Sorting by clicking the Name header, then back.
        QHeaderView* header = m_page->view()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(int(AgentListModel::Column::Name)) + 5,
                header->height() / 2));
        QTRY_VERIFY(!m_page->proxy()->isSorting());
        QCOMPARE(m_page->proxy()->sortColumn(), int(AgentListModel::Column::Name));
    }

    void filterIsDebouncedThenServerSide()
    {
        auto* filter = m_page->findChild<QLineEdit*>(u"agentFilter"_s);
        QVERIFY(filter);
        const QString target = model()->emailAt(2); // emma.johnson…
        const QString needle = target.left(target.indexOf(u'@'));
        QTRY_VERIFY(model()->atEnd() && !model()->isLoading());
        const int loaded = model()->rowCount();
        const int requestsBefore = m_fx.demo()->requestCount();
        filter->setFocus();
        QTest::keyClicks(filter, needle);
        // Instant narrowing of what is loaded; one server request once typing pauses.
        QVERIFY(m_page->proxy()->rowCount() < loaded);
        QTRY_COMPARE(model()->emailFilter(), needle);
        QTRY_VERIFY(!model()->isLoading());
        QCOMPARE(m_fx.demo()->requestCount(), requestsBefore + 1);
        QVERIFY(model()->rowCount() >= 1);
        for (int row = 0; row < model()->rowCount(); ++row)
            QVERIFY(model()->emailAt(row).contains(needle));
        QVERIFY(proxyRowOfEmail(target) >= 0);

        filter->clear();
        QTest::keyClicks(filter, u"no-one-has-this-address"_s);
        QTRY_VERIFY(model()->atEnd() && model()->rowCount() == 0 && !model()->isLoading());
        QVERIFY2(
            m_page->statusText().contains(u"no-one-has-this-address"_s), qPrintable(m_page->statusText()));
    }

    // Email (or @domain), name and group filters combine; a combination is saved as a named view
    // of this connection and is there again after a restart.
    void filtersCombineAndViewsSurviveARestart()
    {
        QSettings().remove(u"agentViews"_s);
        const auto [group, members] = groupWithMembers(3);
        QVERIFY2(!group.id.isEmpty(), "the demo has a group with members");
        // A name fragment that some members of the group have, and some agents outside it too.
        const QString memberEmail = *members.constBegin();
        const int memberRow = [&] {
            for (int row = 0; row < model()->rowCount(); ++row)
                if (model()->emailAt(row).toLower() == memberEmail)
                    return row;
            return -1;
        }();
        QVERIFY(memberRow >= 0);
        const QString needle = model()->agentAt(memberRow).firstName.left(3).toLower();
        QVERIFY(!needle.isEmpty());
        QSet<QString> expected;
        int sameNameOutside = 0;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const bool named = model()->displayNameAt(row).contains(needle, Qt::CaseInsensitive);
            const bool member = members.contains(model()->emailAt(row).toLower());
            if (named && member)
                expected.insert(model()->emailAt(row).toLower());
            sameNameOutside += named && !member;
        }
        QVERIFY(!expected.isEmpty());

        auto* nameFilter = m_page->findChild<QLineEdit*>(u"agentNameFilter"_s);
        auto* groupFilter = m_page->findChild<QComboBox*>(u"agentGroupFilter"_s);
        QVERIFY(nameFilter && groupFilter);
        nameFilter->setFocus();
        // The demo's names may be Korean or Japanese: typed as one committed text.
        QTest::sendKeyEvent(QTest::Click, nameFilter, Qt::Key_unknown, needle, Qt::NoModifier);
        QCOMPARE(nameFilter->text(), needle);
        QCOMPARE(shownEmails().size(), int(expected.size()) + sameNameOutside);
        // The group list is read when it opens.
        groupFilter->showPopup();
        QTRY_VERIFY(groupFilter->findData(group.id) >= 0);
        groupFilter->hidePopup();
        chooseInCombo(groupFilter, groupFilter->findData(group.id));
        QCOMPARE(m_page->groupFilter(), group.id);
        QCOMPARE(shownEmails(), expected);
        // The agents in no group are the others.
        chooseInCombo(groupFilter, groupFilter->findData(AgentsPage::kNoGroup.toString()));
        for (const QString& email : shownEmails())
            QVERIFY(!members.contains(email));
        chooseInCombo(groupFilter, groupFilter->findData(group.id));

        // "@domain" is the end of the address, not any part of it.
        const QString domain = memberEmail.mid(memberEmail.indexOf(u'@'));
        m_page->setFilters(domain, needle, group.id);
        QTRY_VERIFY(model()->atEnd() && !model()->isLoading());
        QCOMPARE(shownEmails(), expected);
        m_page->setFilters(domain.chopped(2), needle, group.id);
        QTRY_VERIFY(model()->atEnd() && !model()->isLoading());
        QVERIFY(shownEmails().isEmpty());
        QCOMPARE(m_page->overlay()->state(), ViewOverlay::State::Empty);
        m_page->setFilters(domain, needle, group.id);
        QTRY_VERIFY(model()->atEnd() && !model()->isLoading());

        m_page->saveView(u"Sales people"_s);
        QCOMPARE(m_page->savedViewNames(), QStringList { u"Sales people"_s });
        // Nothing secret in the settings: the view holds the filters only.
        const QVariantMap stored
            = QSettings().value(QSettings().allKeys().filter(u"agentViews/"_s).value(0)).toMap();
        QCOMPARE(stored.value(u"Sales people"_s).toMap().value(u"name"_s).toString(), needle);
        QVERIFY(!QSettings().allKeys().filter(u"agentViews/"_s).isEmpty());

        // A restart: a new page on the same connection lists the view; choosing it filters again.
        cleanup();
        init();
        auto* views = m_page->findChild<QComboBox*>(u"agentViewCombo"_s);
        QVERIFY(views);
        QCOMPARE(views->findText(u"Sales people"_s), 1);
        QVERIFY(shownEmails().size() > int(expected.size()));
        chooseInCombo(views, 1);
        QCOMPARE(m_page->findChild<QLineEdit*>(u"agentNameFilter"_s)->text(), needle);
        QCOMPARE(m_page->findChild<QLineEdit*>(u"agentFilter"_s)->text(), domain);
        QCOMPARE(m_page->groupFilter(), group.id);
        QTRY_VERIFY(
            m_page->findChild<QComboBox*>(u"agentGroupFilter"_s)->currentData().toString() == group.id);
        QTRY_VERIFY(model()->atEnd() && !model()->isLoading());
        QTRY_COMPARE(shownEmails(), expected);
        // "All agents" clears every filter.
        chooseInCombo(views, 0);
        QTRY_VERIFY(model()->atEnd() && !model()->isLoading());
        QCOMPARE(shownEmails().size(), model()->rowCount());

        // Another connection (another project) has views of its own.
        ConnectionSettings other = m_fx.connection();
        other.projectId = u"another-project"_s;
        m_fx.client()->setConnection(other);
        QVERIFY(m_page->savedViewNames().isEmpty());
        m_fx.client()->setConnection(m_fx.connection());
        m_page->deleteView(u"Sales people"_s);
        QVERIFY(m_page->savedViewNames().isEmpty());
    }

    // "Select all matching" selects every agent the filters match, also those not loaded yet, and
    // the bulk actions then say how many they apply to.
    void selectAllMatchingReachesRowsNotLoadedYet()
    {
        const QString needle = u"a"_s;
        int expected = 0;
        for (int offset = 0;; offset += 100) {
            auto page = Alli::Testing::waitFor(m_fx.client()->listAgents(offset, 100, needle));
            expected += int(page->value().size());
            if (page->value().size() < 100)
                break;
        }
        QVERIFY(expected > 100); // more than one page
        // A fresh page without eager testers: only the first page is loaded.
        cleanup();
        m_page = std::make_unique<AgentsPage>(m_fx.client());
        m_page->resize(1000, 600);
        m_page->show();
        m_page->activate();
        m_page->setFilters(needle, {}, {});
        QTRY_VERIFY(model()->rowCount() >= 100 && !model()->isLoading());
        QVERIFY(!model()->atEnd());
        auto* button = m_page->findChild<QPushButton*>(u"selectAllMatchingButton"_s);
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isSelectingAllMatching(), 15000);
        QVERIFY(model()->atEnd());
        QCOMPARE(m_page->view()->selectionModel()->selectedRows().size(), expected);
        QCOMPARE(m_page->selectedSourceRows().size(), expected);
        Confirm::setNextAnswer(false);
        QVERIFY(!m_page->removeSelectedFromProject());
        QVERIFY2(Confirm::lastQuestion().contains(
                     AgentsPage::tr("Remove %n agent(s) from the project?", "", expected)),
            qPrintable(Confirm::lastQuestion()));
    }

    // Nothing jumps: a long address in the detail pane neither widens it nor narrows the table.
    void longAddressDoesNotMoveTheTable()
    {
        m_page->view()->selectRow(0);
        QTRY_VERIFY(!m_page->findChild<QLabel*>(u"detailEmail"_s)->text().isEmpty());
        QTest::qWait(50);
        const int tableWidth = m_page->view()->width();
        AgentResponse agent;
        agent.id = u"QWdlbnQ6bG9uZw=="_s;
        agent.firstName = u"Long"_s;
        agent.lastName = u"Address"_s;
        agent.email = u"a.very.long.address.that.nobody.would.type.twice.but.an.hr.system.exports@"
                      "subsidiary-of-a-large-company.example.co.jp"_s;
        model()->addCreatedAgent(agent);
        const int row = proxyRowOfEmail(agent.email);
        QVERIFY(row >= 0);
        m_page->view()->selectRow(row);
        QTRY_COMPARE(m_page->findChild<QLabel*>(u"detailEmail"_s)->text(), agent.email);
        QTest::qWait(50);
        QCOMPARE(m_page->view()->width(), tableWidth);
    }

    // The email column (the last one shown) fills the table and follows its width: no horizontal
    // scroll bar while the columns fit, also when they were fitted in the moment the table's
    // viewport was wider than its header (as while a vertical scroll bar appears), and after the
    // window is made narrower or wider.
    void lastColumnFollowsTheTablesWidth()
    {
        QTableView* view = m_page->view();
        QHeaderView* header = view->horizontalHeader();
        const auto fits = [view, header] {
            return header->length() == view->viewport()->width()
                && view->horizontalScrollBar()->maximum() == 0;
        };
        const auto widths = [view, header] {
            return u"header %1 px, viewport %2 px"_s.arg(header->length()).arg(view->viewport()->width());
        };
        QTRY_VERIFY2(fits(), qPrintable(widths()));
        // The fit, taken between the viewport's resize and the header's.
        view->viewport()->resize(view->viewport()->width() + 30, view->viewport()->height());
        Widgets::applyColumnFit(view);
        m_page->resize(m_page->width() - 1, m_page->height()); // lays the view out again
        QTRY_VERIFY2(fits(), qPrintable(widths()));
        m_page->resize(800, 600);
        QTRY_VERIFY2(fits(), qPrintable(widths()));
        m_page->resize(1000, 600);
        QTRY_VERIFY2(fits(), qPrintable(widths()));
    }

    void detailPaneShowsTheAgent()
    {
        QSignalSpy shown(m_page.get(), &AgentsPage::detailsShown);
        const int row = proxyRowOfEmail(model()->emailAt(1));
        m_page->view()->setFocus();
        m_page->view()->setCurrentIndex(m_page->proxy()->index(row, 0));
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(shown.first().first().toString(), model()->idAt(1));
        QCOMPARE(m_page->findChild<QLabel*>(u"detailName"_s)->text(), u"佐藤花子"_s);
        QCOMPARE(m_page->findChild<QLabel*>(u"detailEmail"_s)->text(), model()->emailAt(1));
        QCOMPARE(m_page->findChild<QLabel*>(u"detailId"_s)->text(), model()->idAt(1));
        // Shown, not only set: each value has the pane's width beside its caption (a field that
        // does not grow gets no width at all for a text whose size is ignored).
        const auto* pane = m_page->findChild<QWidget*>(u"agentDetails"_s);
        for (const QString& name : { u"detailName"_s, u"detailEmail"_s, u"detailId"_s }) {
            const auto* value = m_page->findChild<QLabel*>(name);
            QTRY_VERIFY2(value->isVisible() && value->width() >= pane->width() / 3,
                qPrintable(u"%1: %2 px of %3"_s.arg(name).arg(value->width()).arg(pane->width())));
        }
        // Where the pane cuts an address (it has no place to wrap), the tooltip has all of it.
        QCOMPARE(m_page->findChild<QLabel*>(u"detailEmail"_s)->toolTip(), model()->emailAt(1));

        // The groups the agent is in, as the server has them.
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoadingGroups(), 15000);
        const auto agent = m_fx.demo()->agentByEmail(model()->emailAt(1));
        QVERIFY(agent && !agent->groupIds.isEmpty());
        QStringList expected;
        for (const QString& id : agent->groupIds)
            expected.append(m_fx.demo()->groupById(id)->name);
        QStringList shown2 = m_page->detailGroups();
        std::sort(expected.begin(), expected.end());
        std::sort(shown2.begin(), shown2.end());
        QCOMPARE(shown2, expected);
        const QString label = m_page->findChild<QLabel*>(u"detailGroups"_s)->text();
        for (const QString& name : expected)
            QVERIFY2(label.contains(name), qPrintable(label));
    }

    void passwordRuleIsCheckedLive()
    {
        std::unique_ptr<NewAgentDialog> dialog(m_page->createNewAgentDialog());
        auto* email = dialog->findChild<QLineEdit*>(u"emailEdit"_s);
        auto* password = dialog->findChild<QLineEdit*>(u"passwordEdit"_s);
        auto* create = dialog->findChild<QPushButton*>(u"createAgentButton"_s);
        QVERIFY(email && password && create);
        QTRY_VERIFY(dialog->groupsLoaded());
        QTest::keyClicks(email, u"rule.check@example.com"_s);
        QVERIFY(!create->isEnabled());

        QTest::keyClicks(password, u"abcdefgh"_s); // long enough, one class
        QVERIFY(!PasswordCheck::check(password->text()).ok());
        QVERIFY(dialog->passwordRuleText().contains(u"1 of 4"_s));
        QVERIFY(!create->isEnabled());
        password->clear();
        QTest::keyClicks(password, u"abcdEFGH"_s); // two classes
        QVERIFY(dialog->passwordRuleText().contains(u"2 of 4"_s));
        QVERIFY(!create->isEnabled());
        QTest::keyClick(password, Qt::Key_1); // three classes
        QVERIFY(dialog->passwordRuleText().contains(u"3 of 4"_s));
        QVERIFY(create->isEnabled());
        QVERIFY(dialog->warnings().isEmpty());
        password->clear();
        // Four classes, short: Alli documents no length, so the length is advice (a warning).
        QTest::keyClicks(password, u"aB1!"_s);
        QVERIFY(dialog->passwordRuleText().contains(u"4 of 4"_s));
        QVERIFY(dialog->passwordRuleText().contains(u"Alli documents no length"_s));
        QVERIFY(create->isEnabled());
        QCOMPARE(dialog->warnings().size(), 1);
        QVERIFY(dialog->warnings().constFirst().contains(u"fewer than 8"_s));

        const PasswordCheck c = PasswordCheck::check(u"Ab1!Ab1!"_s);
        QVERIFY(c.longEnough && c.lower && c.upper && c.digit && c.other && c.ok() && c.advised());
        QVERIFY(PasswordCheck::check(u"ab1!ab1!"_s).ok());
        QVERIFY(PasswordCheck::check(u"aB1!"_s).ok() && !PasswordCheck::check(u"aB1!"_s).advised());
        QVERIFY(!PasswordCheck::check(u"비밀번호비밀번호"_s).ok());
    }

    // The advice is asked about, and then the request reaches the server, which decides.
    void newAgentWithAdviceIsSentAnyway()
    {
        std::unique_ptr<NewAgentDialog> dialog(m_page->createNewAgentDialog());
        QTRY_VERIFY(dialog->groupsLoaded());
        dialog->setEmail(u"ops@intranet"_s);
        dialog->setPassword(u"aB1!x"_s);
        QVERIFY(dialog->canSubmit());
        QCOMPARE(dialog->warnings().size(), 2);
        const int requests = m_fx.demo()->requestCount();
        Confirm::setNextAnswer(false);
        dialog->accept();
        QVERIFY(!dialog->isSubmitting());
        QVERIFY(Confirm::lastQuestion().contains(u"does not look like an e-mail address"_s));
        QCOMPARE(m_fx.demo()->requestCount(), requests);

        Confirm::setNextAnswer(true);
        dialog->accept();
        QVERIFY(dialog->isSubmitting());
        // The demo checks addresses its own way and refuses this one, in its words.
        QTRY_VERIFY(dialog->banner()->isShowingError());
        QVERIFY2(dialog->banner()->text().contains(u"email"_s, Qt::CaseInsensitive),
            qPrintable(dialog->banner()->text()));
        QVERIFY(m_fx.demo()->requestCount() > requests);

        dialog->setEmail(u"short.pass@example.com"_s);
        Confirm::setNextAnswer(true);
        dialog->accept();
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_fx.demo()->agentByEmail(u"short.pass@example.com"_s));
    }

    void newAgentIsCreatedOnTheServer()
    {
        QVERIFY(scrollToEnd()); // so the new agent appears in the table at once
        const QString address = u"new.person@example.com"_s;
        std::unique_ptr<NewAgentDialog> dialog(m_page->createNewAgentDialog());
        QTRY_VERIFY(dialog->groupsLoaded());
        QVERIFY(dialog->permissionGroupNames().contains(u"サポート担当"_s));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"emailEdit"_s), address);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"passwordEdit"_s), u"Str0ng!pass"_s);
        QVERIFY(dialog->setLocaleCode(u"ja"_s));
        QVERIFY(dialog->setPermissionGroupName(u"サポート担当"_s));
        QCOMPARE(dialog->findChild<QComboBox*>(u"groupCombo"_s)->currentText(), u"サポート担当"_s);
        QVERIFY(!dialog->setPermissionGroupName(u"No such group"_s));
        QVERIFY(dialog->canSubmit());
        dialog->accept();
        QVERIFY(dialog->isSubmitting());
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));

        const auto stored = m_fx.demo()->agentByEmail(address);
        QVERIFY(stored);
        QCOMPARE(stored->locale, u"ja"_s);
        QVERIFY(stored->groupIds.contains(m_fx.demo()->groupByName(u"サポート担当"_s)->id));
        QTRY_VERIFY(model()->rowOfId(stored->id) >= 0);
        QVERIFY(m_page->statusText().contains(address));

        // A duplicate is refused by the server and explained in the dialog, which stays open.
        std::unique_ptr<NewAgentDialog> again(m_page->createNewAgentDialog());
        QTRY_VERIFY(again->groupsLoaded());
        again->setEmail(address);
        again->setPassword(u"Str0ng!pass"_s);
        again->accept();
        QTRY_VERIFY(again->banner()->isShowingError());
        QCOMPARE(again->banner()->error().kind(), ApiError::Kind::BadRequest);
        QCOMPARE(again->result(), int(QDialog::Rejected));
    }

    void deleteAsksByNameAndRemovesTheMember()
    {
        const QString email = model()->emailAt(2);
        const int rowsBefore = model()->rowCount();
        QVERIFY(m_fx.demo()->agentByEmail(email));
        const int row = proxyRowOfEmail(email);
        selectProxyRows({ row });

        // Declined: nothing happens.
        Confirm::setNextAnswer(false);
        m_page->deleteSelected();
        QVERIFY(Confirm::lastQuestion().contains(u"Emma Johnson"_s));
        QVERIFY(Confirm::lastQuestion().contains(email));
        QVERIFY(m_fx.demo()->agentByEmail(email)->member);

        Confirm::setNextAnswer(true);
        QSignalSpy finished(m_page.get(), &AgentsPage::deleteFinished);
        m_page->view()->setFocus();
        QTest::mouseClick(m_page->findChild<QPushButton*>(u"deleteAgentButton"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QVERIFY(finished.first().at(1).toBool());
        QVERIFY(Confirm::lastQuestion().contains(u"Emma Johnson"_s));
        const auto after = m_fx.demo()->agentByEmail(email);
        QVERIFY(!after || !after->member);
        QCOMPARE(proxyRowOfEmail(email), -1);
        QCOMPARE(model()->rowCount(), rowsBefore - 1);
    }

    void deleteSeveralNamesThemAll()
    {
        const QStringList emails = { model()->emailAt(10), model()->emailAt(11), model()->emailAt(12) };
        selectProxyRows(
            { proxyRowOfEmail(emails[0]), proxyRowOfEmail(emails[1]), proxyRowOfEmail(emails[2]) });
        Confirm::setNextAnswer(true);
        QSignalSpy finished(m_page.get(), &AgentsPage::deleteFinished);
        m_page->deleteSelected();
        QVERIFY(Confirm::lastQuestion().contains(u"3 agent"_s));
        for (const QString& e : emails)
            QVERIFY(Confirm::lastQuestion().contains(e));
        QTRY_COMPARE(finished.size(), 1);
        for (const QString& e : emails) {
            const auto after = m_fx.demo()->agentByEmail(e);
            QVERIFY(!after || !after->member);
        }
    }

    void copyEmails()
    {
        const QStringList emails = { model()->emailAt(20), model()->emailAt(21) };
        selectProxyRows({ proxyRowOfEmail(emails[0]), proxyRowOfEmail(emails[1]) });
        QApplication::clipboard()->clear();
        QTest::mouseClick(m_page->findChild<QPushButton*>(u"copyEmailsButton"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), emails.join(u'\n'));
        // Ctrl+C in the table does the same.
        QApplication::clipboard()->clear();
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), emails.join(u'\n'));
    }

    void exportsNeutraliseFormulasAsCsvAndAsWorkbook()
    {
        QVERIFY(scrollToEnd());
        model()->appendAgents(
            { { u"formula-1"_s, u"=HYPERLINK(\"http://x\")"_s, u"+1"_s, u"@evil@example.com"_s },
                { u"formula-2"_s, u"-2"_s, u"\tTab"_s, u"plain@example.com"_s } });
        QTemporaryDir dir;
        const QString path = dir.filePath(u"agents.csv"_s);
        QSignalSpy done(m_page.get(), &AgentsPage::exportFinished);
        m_page->exportCsv(path);
        QTRY_COMPARE(done.size(), 1);
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "id,firstName,lastName,email\r\n"));
        QCOMPARE(csv.count("\r\n"), model()->rowCount() + 1);
        QVERIFY(csv.contains("formula-1,\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'@evil@example.com\r\n"));
        QVERIFY(csv.contains("formula-2,'-2,'\tTab,plain@example.com\r\n"));
        QVERIFY(csv.contains((model()->idAt(0) + u",민준,김,"_s + model()->emailAt(0)).toUtf8()));

        // As an Excel workbook: the same agents in the same order, each cell the text it is (a
        // text cell, never a formula), read back by the import's reader.
        const QString workbook = dir.filePath(u"agents.xlsx"_s);
        m_page->exportCsv(workbook);
        QTRY_COMPARE(done.size(), 2);
        QVERIFY2(done.at(1).first().toBool(), qPrintable(done.at(1).at(1).toString()));
        QFile workbookFile(workbook);
        QVERIFY(workbookFile.open(QIODevice::ReadOnly));
        Bulk::CsvOptions options;
        options.headerRow = 1;
        const auto read = Bulk::CsvReader::read(workbookFile.readAll(), options);
        QVERIFY(std::holds_alternative<Bulk::CsvTable>(read));
        const Bulk::CsvTable& table = std::get<Bulk::CsvTable>(read);
        QCOMPARE(table.header, (QStringList { u"id"_s, u"firstName"_s, u"lastName"_s, u"email"_s }));
        QCOMPARE(table.rowCount(), model()->rowCount());
        const int last = table.rowCount() - 1;
        QCOMPARE(table.rowCells(last - 1),
            (QStringList { u"formula-1"_s, u"=HYPERLINK(\"http://x\")"_s, u"+1"_s, u"@evil@example.com"_s }));
        QCOMPARE(table.rowCells(last),
            (QStringList { u"formula-2"_s, u"-2"_s, u"\tTab"_s, u"plain@example.com"_s }));
        QCOMPARE(
            table.rowCells(0), (QStringList { model()->idAt(0), u"민준"_s, u"김"_s, model()->emailAt(0) }));

        // An unwritable place: the banner says so.
        m_page->exportCsv(dir.filePath(u"missing-folder/agents.csv"_s));
        QTRY_COMPARE(done.size(), 3);
        QVERIFY(!done.at(2).first().toBool());
        QVERIFY(m_page->banner()->isVisible());
    }

    void unauthorizedShowsTheBanner()
    {
        ConnectionSettings wrong = m_fx.connection();
        wrong.secret = u"wrong-key"_s;
        m_fx.client()->setConnection(wrong);
        m_page->refresh();
        QTRY_VERIFY(m_page->banner()->isShowingError());
        QCOMPARE(m_page->banner()->error().kind(), ApiError::Kind::Unauthorized);
        QVERIFY(m_page->banner()->findChild<QPushButton*>(u"errorBannerCredentials"_s)->isVisible());
        QVERIFY(m_page->statusText().contains(u"could not be loaded"_s));
    }

    void serverErrorShowsTheBannerAndRetryRecovers()
    {
        m_fx.demo()->setFailRate(1.0);
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->banner()->isShowingError(), 10000);
        QCOMPARE(m_page->banner()->error().kind(), ApiError::Kind::ServerError);
        m_fx.demo()->setFailRate(0);
        auto* retry = m_page->banner()->findChild<QPushButton*>(u"errorBannerRetry"_s);
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(model()->rowCount() >= 100);
        QVERIFY(!m_page->banner()->isShowingError());
    }

    void timeoutShowsTheBanner()
    {
        const RetryPolicy policy = m_fx.client()->retryPolicy();
        const int timeout = m_fx.client()->transferTimeout();
        m_fx.client()->setRetryPolicy({ 1, 10, 10, 1000 });
        m_fx.client()->setTransferTimeout(200);
        m_fx.demo()->setLatencyMs(800);
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->banner()->isShowingError(), 10000);
        QCOMPARE(m_page->banner()->error().kind(), ApiError::Kind::Timeout);
        m_fx.demo()->setLatencyMs(0);
        m_fx.client()->setRetryPolicy(policy);
        m_fx.client()->setTransferTimeout(timeout);
    }
};

QTEST_MAIN(TestAgentsPage)
#include "tst_agentspage.moc"
