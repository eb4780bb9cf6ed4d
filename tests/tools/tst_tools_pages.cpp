// The Users, Tools and OAuth2 pages driven like a user would, against the embedded demo backend
// through the real client; the backend's state is checked afterwards.

#include "confirm.h"
#include "demofixture.h"
#include "errorbanner.h"
#include "fieldtreemodel.h"
#include "oauth2page.h"
#include "toollistmodel.h"
#include "toolspage.h"
#include "userspage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using Alli::Testing::DemoFixture;
using Alli::Testing::waitFor;

namespace
{

constexpr int kWait = 15000;
const QString kGoogle = u"demo-state-google"_s;

template<typename W> W* child(QWidget* page, const QString& name)
{
    W* w = page->findChild<W*>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

QString valueOf(const FieldTreeModel* model, const QString& key)
{
    return model->indexOfKey(key).siblingAtColumn(int(FieldTreeModel::Column::Value)).data().toString();
}

// Sets lastQuestion() to a marker so that a test can tell whether anything was asked.
// Where a look-up field and its status line are, and where the status text is drawn: a message
// must not move the field or drop to the middle of the page (a label stretched into the space a
// hidden view left draws its line in the middle).
struct Placement {
    QRect field;
    QRect status;
    Qt::Alignment alignment;
    Placement(QWidget* fieldWidget, QLabel* statusLabel)
        : field(fieldWidget->geometry().translated(
            fieldWidget->parentWidget()->mapTo(fieldWidget->window(), QPoint())))
        , status(statusLabel->geometry().translated(
              statusLabel->parentWidget()->mapTo(statusLabel->window(), QPoint())))
        , alignment(statusLabel->alignment())
    {
    }
    // The text's first line: the top of the label unless it is centred in a taller label.
    int textTop() const { return (alignment & Qt::AlignTop) ? status.top() : status.center().y(); }
    bool same(const Placement& other) const
    {
        return field == other.field && qAbs(textTop() - other.textTop()) <= 4
            && other.textTop() < other.field.bottom() + 80;
    }
    QString text() const { return u"field %1,%2 text at %3"_s.arg(field.x()).arg(field.y()).arg(textTop()); }
};

void resetConfirm()
{
    Confirm::setNextAnswer(false);
    Confirm::ask(nullptr, u"marker"_s, u"marker"_s, u"marker"_s);
    Confirm::setNextAnswer(std::nullopt);
}

std::unique_ptr<QAbstractItemModelTester> tester(QAbstractItemModel* model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

} // namespace

class TestToolsPages : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_fx;

    Demo::DemoServer* demo() const { return m_fx.demo(); }
    AlliClient* client() const { return m_fx.client(); }

    // The first proxy row of a kind in the Tools page's view.
    static QModelIndex firstOfKind(ToolsPage& page, ToolListModel::Kind kind)
    {
        for (int r = 0; r < page.proxy()->rowCount(); ++r) {
            const QModelIndex idx = page.proxy()->index(r, 0);
            if (idx.data(ToolListModel::KindRole).toInt() == int(kind))
                return idx;
        }
        return {};
    }

    void lookUpGoogle(OAuth2Page& page)
    {
        auto* edit = child<QLineEdit>(&page, u"oauthStateEdit"_s);
        QTest::keyClicks(edit, kGoogle);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(page.hasConfiguration(), kWait);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fx.start()); }

    void cleanup()
    {
        demo()->setFailRate(0.0);
        demo()->setLatencyMs(0);
        client()->setConnection(m_fx.connection());
        client()->setTransferTimeout(30000);
        Confirm::setNextAnswer(std::nullopt);
    }

    // --- Users ----------------------------------------------------------------------------

    void userLookUpShowsEveryField()
    {
        UsersPage page(client());
        auto t = tester(page.model());
        page.resize(900, 700);
        page.show();
        page.activate();
        auto* edit = child<QLineEdit>(&page, u"userIdEdit"_s);
        auto* button = child<QPushButton>(&page, u"lookUpButton"_s);
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(edit, u"EMP00002"_s);
        QVERIFY(button->isEnabled());
        QTest::keyClick(edit, Qt::Key_Return);

        const QJsonObject expected = demo()->user(u"EMP00002"_s);
        QVERIFY(expected.contains(u"email"_s));
        QVERIFY(expected.contains(u"customerGroup"_s));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), int(expected.size()), kWait);
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            QVERIFY2(page.model()->indexOfKey(it.key()).isValid(), qPrintable(it.key()));
            QCOMPARE(valueOf(page.model(), it.key()), FieldTreeModel::displayText(it.value()));
        }
        auto* view = child<QTreeView>(&page, u"userFieldsView"_s);
        QVERIFY(view->isVisible());
        QVERIFY2(view->height() > page.height() / 2, "the fields take the page's height"); // not the spacer
        QVERIFY(!view->isColumnHidden(int(FieldTreeModel::Column::Key)));
        QVERIFY(!view->isColumnHidden(int(FieldTreeModel::Column::Value)));
        QVERIFY(child<QLabel>(&page, u"userStatus"_s)->text().contains(u"EMP00002"_s));
        QVERIFY(!page.banner()->isShowingError());

        // The button does the same as Enter; nested objects appear as children.
        edit->clear();
        QTest::keyClicks(edit, u"EMP00003"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(valueOf(page.model(), u"userId"_s), u"EMP00003"_s, kWait);
    }

    void userNotFoundIsSaidClearly()
    {
        UsersPage page(client());
        auto t = tester(page.model());
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* edit = child<QLineEdit>(&page, u"userIdEdit"_s);
        auto* status = child<QLabel>(&page, u"userStatus"_s);
        const Placement before { edit, status };
        QTest::keyClicks(edit, u"NOBODY-42"_s);
        QTest::keyClick(edit, Qt::Key_Enter);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(),
            UsersPage::tr("No user with the id %1 in this project.").arg(u"NOBODY-42"_s), kWait);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(!child<QTreeView>(&page, u"userFieldsView"_s)->isVisible());
        QVERIFY(!page.banner()->isShowingError()); // a 404 is an answer, not a failure
        // Nothing jumps: the message stays under the field, where the hint was.
        const Placement after { edit, status };
        QVERIFY2(before.same(after), qPrintable(before.text() + u" then "_s + after.text()));
    }

    void userNonAsciiId()
    {
        UsersPage page(client());
        page.show();
        auto* edit = child<QLineEdit>(&page, u"userIdEdit"_s);
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, u"사용자-없음"_s, Qt::NoModifier);
        QCOMPARE(edit->text(), u"사용자-없음"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&page, u"userStatus"_s)->text().contains(u"사용자-없음"_s)
                && !child<QLabel>(&page, u"userStatus"_s)->text().endsWith(u"…"_s),
            kWait);
        QVERIFY(!page.banner()->isShowingError());
    }

    // --- Tools ----------------------------------------------------------------------------

    void toolsLoadBothKinds()
    {
        ToolsPage page(client());
        auto t1 = tester(page.model());
        auto t2 = tester(page.proxy());
        auto t3 = tester(page.rawModel());
        page.show();
        page.activate();
        QVERIFY(page.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWait);
        auto apps = waitFor(client()->listSingleActionAppTools());
        auto agents = waitFor(client()->listAgentTools());
        QVERIFY(apps->ok() && agents->ok());
        QCOMPARE(page.model()->singleActionAppCount(), apps->value().size());
        QCOMPARE(page.model()->agentToolCount(), agents->value().size());
        QCOMPARE(page.proxy()->rowCount(), int(apps->value().size() + agents->value().size()));
        QVERIFY(child<QLabel>(&page, u"toolsStatus"_s)
                    ->text()
                    .contains(QString::number(page.model()->rowCount())));
        QVERIFY(!page.banner()->isShowingError());

        // F5 reloads without losing rows for good.
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWait);
        QCOMPARE(page.proxy()->rowCount(), int(apps->value().size() + agents->value().size()));
    }

    void openSingleActionAppTool()
    {
        ToolsPage page(client());
        auto t1 = tester(page.proxy());
        auto t2 = tester(page.rawModel());
        page.show();
        page.activate();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWait);

        // Keyboard: the first row of the view is a single-action app.
        auto* view = child<QTableView>(&page, u"toolsView"_s);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home);
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Up);
        const QModelIndex current = view->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(ToolListModel::KindRole).toInt(), int(ToolListModel::Kind::SingleActionApp));
        const QString name = current.data(ToolListModel::ToolNameRole).toString();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoadingDetail(), kWait);

        auto expected = waitFor(client()->getSingleActionAppTool(name));
        QVERIFY(expected->ok());
        const SingleActionAppTool& tool = expected->value();
        QVERIFY(!tool.inputs.isEmpty());
        QCOMPARE(child<QLabel>(&page, u"toolName"_s)->text(), name);
        QCOMPARE(child<QLabel>(&page, u"toolTitle"_s)->text(), tool.displayName);
        auto* parameters = child<QTableWidget>(&page, u"toolParameters"_s);
        QCOMPARE(parameters->rowCount(), int(tool.inputs.size()));
        for (int r = 0; r < tool.inputs.size(); ++r) {
            QCOMPARE(parameters->item(r, 0)->text(), tool.inputs.at(r).name);
            QCOMPARE(parameters->item(r, 1)->text(), tool.inputs.at(r).type);
            QCOMPARE(parameters->item(r, 3)->text(), tool.inputs.at(r).description);
            const QString required = tool.inputs.at(r).required.value_or(false) ? ToolsPage::tr("Required")
                                                                                : ToolsPage::tr("Optional");
            QCOMPARE(parameters->item(r, 2)->text(), required);
        }
        // No published flag for single-action apps.
        QVERIFY(!child<QLabel>(&page, u"toolPublished"_s)->isVisibleTo(&page));
        const QString json = child<QPlainTextEdit>(&page, u"toolRawJson"_s)->toPlainText();
        QVERIFY(json.contains(u"\"single_action_inputs\""_s));
        QVERIFY(page.rawModel()->indexOfKey(u"display_name"_s).isValid());
        QVERIFY(!page.banner()->isShowingError());
    }

    void openAgentTool()
    {
        ToolsPage page(client());
        auto t1 = tester(page.proxy());
        auto t2 = tester(page.rawModel());
        page.show();
        page.activate();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWait);
        auto* view = child<QTableView>(&page, u"toolsView"_s);
        const QModelIndex idx = firstOfKind(page, ToolListModel::Kind::AgentTool);
        QVERIFY(idx.isValid());
        view->setCurrentIndex(idx);
        const QString name = idx.data(ToolListModel::ToolNameRole).toString();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoadingDetail(), kWait);

        auto expected = waitFor(client()->getAgentTool(name));
        QVERIFY(expected->ok());
        const AgentTool& tool = expected->value();
        QCOMPARE(child<QLabel>(&page, u"toolName"_s)->text(), name);
        auto* parameters = child<QTableWidget>(&page, u"toolParameters"_s);
        QCOMPARE(parameters->rowCount(), int(tool.variables.size()));
        QCOMPARE(parameters->item(0, 0)->text(), tool.variables.first().name);
        auto* published = child<QLabel>(&page, u"toolPublished"_s);
        QVERIFY(published->isVisibleTo(&page));
        QCOMPARE(published->text(),
            tool.published.value() ? ToolsPage::tr("Yes, published") : ToolsPage::tr("No, not published"));

        // The raw object keeps the fields the schema does not name.
        const QString json = child<QPlainTextEdit>(&page, u"toolRawJson"_s)->toPlainText();
        for (const QString& key : { u"\"llm\""_s, u"\"tags\""_s, u"\"project_id\""_s, u"\"variables\""_s })
            QVERIFY2(json.contains(key), qPrintable(key));
        QCOMPARE(page.rawModel()->rowCount(), int(tool.raw.size()));
        const QModelIndex llm = page.rawModel()->indexOfKey(u"llm"_s);
        QVERIFY(llm.isValid());
        QCOMPARE(page.rawModel()->rowCount(llm), 2);

        // An unpublished agent tool says so.
        for (int r = 0; r < page.proxy()->rowCount(); ++r) {
            const QModelIndex i = page.proxy()->index(r, int(ToolListModel::Column::Published));
            if (i.data().toString() == ToolListModel::tr("Not published")) {
                view->setCurrentIndex(i);
                QTRY_COMPARE_WITH_TIMEOUT(published->text(), ToolsPage::tr("No, not published"), kWait);
                break;
            }
        }
    }

    void kindAndTextFilters()
    {
        ToolsPage page(client());
        auto t = tester(page.proxy());
        page.show();
        page.activate();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), kWait);
        const int total = page.model()->rowCount();
        auto* kind = child<QComboBox>(&page, u"kindFilter"_s);
        auto* filter = child<QLineEdit>(&page, u"toolFilter"_s);
        auto* status = child<QLabel>(&page, u"toolsStatus"_s);

        kind->setCurrentIndex(kind->findData(int(ToolListModel::Kind::AgentTool)));
        QCOMPARE(page.proxy()->rowCount(), page.model()->agentToolCount());
        for (int r = 0; r < page.proxy()->rowCount(); ++r)
            QCOMPARE(page.proxy()->index(r, 0).data(ToolListModel::KindRole).toInt(),
                int(ToolListModel::Kind::AgentTool));
        kind->setCurrentIndex(kind->findData(int(ToolListModel::Kind::SingleActionApp)));
        QCOMPARE(page.proxy()->rowCount(), page.model()->singleActionAppCount());

        page.focusFilter();
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"jira"_s);
        QCOMPARE(page.proxy()->rowCount(), 1);
        QCOMPARE(page.proxy()->index(0, int(ToolListModel::Column::DisplayName)).data().toString(),
            u"Create Jira ticket"_s);

        filter->clear();
        QTest::sendKeyEvent(QTest::Click, filter, Qt::Key_unknown, u"휴가"_s, Qt::NoModifier);
        QCOMPARE(page.proxy()->rowCount(), 1);
        QCOMPARE(page.proxy()->index(0, int(ToolListModel::Column::DisplayName)).data().toString(),
            u"휴가 신청"_s);

        // Text and kind combine: an agent tool's name while only apps are shown.
        filter->clear();
        QTest::keyClicks(filter, u"helpdesk"_s);
        QCOMPARE(page.proxy()->rowCount(), 0);
        QCOMPARE(status->text(), ToolsPage::tr("No tools match the filter."));
        kind->setCurrentIndex(0);
        QCOMPARE(page.proxy()->rowCount(), 1);

        filter->clear();
        QCOMPARE(page.proxy()->rowCount(), total);
    }

    // --- OAuth2 ---------------------------------------------------------------------------

    void oauth2SecretsMaskedUntilReveal()
    {
        OAuth2Page page(client());
        auto t = tester(page.model());
        page.show();
        lookUpGoogle(page);
        const QString mask = FieldTreeModel::kMask.toString();
        const QJsonObject backend = demo()->oauth2(kGoogle);

        QCOMPARE(valueOf(page.model(), u"client_secret"_s), mask);
        QCOMPARE(valueOf(page.model(), u"code_verifier"_s), mask);
        QCOMPARE(valueOf(page.model(), u"token_info"_s), mask);
        QCOMPARE(valueOf(page.model(), u"client_id"_s), backend.value(u"client_id"_s).toString());
        QCOMPARE(valueOf(page.model(), u"configuration_name"_s), u"Google Workspace"_s);
        QCOMPARE(page.model()->rowCount(), int(backend.size()));
        // Masked means nowhere on the page: not in the editor either.
        auto* editor = child<QPlainTextEdit>(&page, u"tokenInfoEdit"_s);
        QVERIFY(editor->toPlainText().isEmpty());
        const QString secret = backend.value(u"client_secret"_s).toString();
        const auto labels = page.findChildren<QLabel*>();
        for (const QLabel* l : labels)
            QVERIFY(!l->text().contains(secret));

        auto* reveal = child<QCheckBox>(&page, u"revealSecrets"_s);
        QVERIFY(reveal->isEnabled());
        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(reveal->isChecked());
        QCOMPARE(valueOf(page.model(), u"client_secret"_s), secret);
        QCOMPARE(valueOf(page.model(), u"code_verifier"_s), backend.value(u"code_verifier"_s).toString());
        // Reveal starts the editor from the current token info.
        QVERIFY(OAuth2Page::parseTokenInfo(editor->toPlainText()).object.has_value());

        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(valueOf(page.model(), u"client_secret"_s), mask);
        QVERIFY(editor->toPlainText().isEmpty());
    }

    void oauth2NotFound()
    {
        OAuth2Page page(client());
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* edit = child<QLineEdit>(&page, u"oauthStateEdit"_s);
        const Placement before { edit, child<QLabel>(&page, u"oauthStatus"_s) };
        QTest::keyClicks(edit, u"no-such-state"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"oauthLookUpButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&page, u"oauthStatus"_s)->text(),
            OAuth2Page::tr("No OAuth2 configuration with the state %1 in this project.")
                .arg(u"no-such-state"_s),
            kWait);
        QVERIFY(!page.hasConfiguration());
        QVERIFY(!page.banner()->isShowingError());
        QVERIFY(!child<QPushButton>(&page, u"sendTokenInfo"_s)->isEnabledTo(&page));
        const Placement after { edit, child<QLabel>(&page, u"oauthStatus"_s) };
        QVERIFY2(before.same(after), qPrintable(before.text() + u" then "_s + after.text()));
    }

    void parseTokenInfoRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("object") << u"{\"a\": 1}"_s << true << QString();
        QTest::newRow("empty object") << u"  {}  "_s << true << QString();
        QTest::newRow("empty") << u"  \n"_s << false << QString();
        QTest::newRow("array") << u"[1, 2]"_s << false << u"array"_s;
        QTest::newRow("scalar") << u"42"_s << false << QString();
        QTest::newRow("line 3") << u"{\n  \"a\": 1,\n  \"b\": }"_s << false << u"line 3, column 8"_s;
        QTest::newRow("non-ascii offender") << u"{\"이름\": 값}"_s << false << u"line 1, column 8"_s;
        QTest::newRow("non-ascii before error")
            << u"{\"이름\": \"값\" \"b\": 1}"_s << false << u"line 1, column"_s;
        QTest::newRow("trailing comma") << u"{\"a\": 1,}"_s << false << u"line 1"_s;
    }

    void parseTokenInfoRules()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, errorContains);
        const OAuth2Page::ParseResult r = OAuth2Page::parseTokenInfo(text);
        QCOMPARE(r.object.has_value(), ok);
        QCOMPARE(r.error.isEmpty(), ok);
        if (!ok)
            QVERIFY(r.errorPosition >= 0 && r.errorPosition <= text.size());
        if (!errorContains.isEmpty())
            QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
    }

    void oauth2InvalidJsonIsRefusedBeforeSending()
    {
        OAuth2Page page(client());
        page.show();
        lookUpGoogle(page);
        auto* editor = child<QPlainTextEdit>(&page, u"tokenInfoEdit"_s);
        auto* error = child<QLabel>(&page, u"tokenInfoError"_s);
        auto* send = child<QPushButton>(&page, u"sendTokenInfo"_s);
        const QJsonObject before = demo()->oauth2(kGoogle);
        resetConfirm();
        const int requests = demo()->requestCount();

        editor->setPlainText(u"{\n  \"access_token\": \"abc\",\n  \"expires_in\": \n}"_s);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"line 4, column 1"_s), qPrintable(error->text()));
        QVERIFY(error->text().contains(u"object"_s));
        QCOMPARE(editor->textCursor().blockNumber(), 3); // the cursor is put where the problem is
        QCOMPARE(Confirm::lastQuestion(), u"marker"_s); // nothing was asked

        editor->setPlainText(u"[{\"access_token\": \"abc\"}]"_s);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"array"_s));
        QCOMPARE(Confirm::lastQuestion(), u"marker"_s);

        QCOMPARE(demo()->requestCount(), requests);
        QCOMPARE(demo()->oauth2(kGoogle), before);

        // Editing hides the message again.
        editor->setPlainText(u"{}"_s);
        QVERIFY(!error->isVisible());
    }

    void oauth2ValidJsonConfirmedUpdatesBackend()
    {
        OAuth2Page page(client());
        auto t = tester(page.model());
        page.show();
        lookUpGoogle(page);
        auto* editor = child<QPlainTextEdit>(&page, u"tokenInfoEdit"_s);
        auto* generated = child<QDoubleSpinBox>(&page, u"tokenGeneratedEdit"_s);
        // Token generated defaults to now, in seconds.
        QVERIFY(qAbs(generated->value() - double(QDateTime::currentSecsSinceEpoch())) < 120);

        editor->setPlainText(
            u"{\"access_token\": \"tok-from-test\", \"refresh_token\": \"rt-from-test\", \"expires_in\": 3600}"_s);
        generated->setValue(1764400000);
        Confirm::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(&page, u"sendTokenInfo"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            demo()->oauth2(kGoogle).value(u"token_info"_s).toObject().value(u"access_token"_s).toString(),
            u"tok-from-test"_s, kWait);
        const QJsonObject stored = demo()->oauth2(kGoogle);
        QCOMPARE(stored.value(u"token_info"_s).toObject().value(u"expires_in"_s).toInt(), 3600);
        QCOMPARE(stored.value(u"token_generated"_s).toDouble(), 1764400000.0);
        // The question names the configuration, never the tokens.
        QVERIFY(Confirm::lastQuestion().contains(u"Google Workspace"_s));
        QVERIFY(!Confirm::lastQuestion().contains(u"tok-from-test"_s));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&page, u"tokenUpdateStatus"_s)->text(),
            OAuth2Page::tr("Token info updated."), kWait);
        // The page reloads the configuration: the new token is there, masked.
        QTRY_COMPARE_WITH_TIMEOUT(
            page.model()->rowCount(page.model()->indexOfKey(u"token_info"_s)), 3, kWait);
        QCOMPARE(valueOf(page.model(), u"token_info"_s), FieldTreeModel::kMask.toString());
        QVERIFY(!page.banner()->isShowingError());
    }

    // Only `state` is required: an empty editor is no reason of ours to refuse. The request leaves
    // the token info out, after a warning, and reaches the server.
    void oauth2WithoutTokenInfoIsSentAfterAWarning()
    {
        OAuth2Page page(client());
        page.show();
        lookUpGoogle(page);
        const QJsonObject before = demo()->oauth2(kGoogle);
        auto* editor = child<QPlainTextEdit>(&page, u"tokenInfoEdit"_s);
        QVERIFY(editor->toPlainText().isEmpty());
        child<QDoubleSpinBox>(&page, u"tokenGeneratedEdit"_s)->setValue(1764500000);
        Confirm::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(&page, u"sendTokenInfo"_s), Qt::LeftButton);
        QVERIFY(!child<QLabel>(&page, u"tokenInfoError"_s)->isVisible());
        QVERIFY2(Confirm::lastQuestion().contains(u"does not say what such an update does"_s),
            qPrintable(Confirm::lastQuestion()));
        QTRY_COMPARE_WITH_TIMEOUT(
            demo()->oauth2(kGoogle).value(u"token_generated"_s).toDouble(), 1764500000.0, kWait);
        QCOMPARE(demo()->oauth2(kGoogle).value(u"token_info"_s), before.value(u"token_info"_s));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&page, u"tokenUpdateStatus"_s)->text(),
            OAuth2Page::tr("Token info updated."), kWait);
    }

    void oauth2DeclinedSendsNothing()
    {
        OAuth2Page page(client());
        page.show();
        lookUpGoogle(page);
        const QJsonObject before = demo()->oauth2(kGoogle);
        const int requests = demo()->requestCount();
        child<QPlainTextEdit>(&page, u"tokenInfoEdit"_s)->setPlainText(u"{\"access_token\": \"declined\"}"_s);
        Confirm::setNextAnswer(false);
        QTest::mouseClick(child<QPushButton>(&page, u"sendTokenInfo"_s), Qt::LeftButton);
        QVERIFY(Confirm::lastQuestion().contains(kGoogle));
        QCOMPARE(child<QLabel>(&page, u"tokenUpdateStatus"_s)->text(), OAuth2Page::tr("Not sent."));
        QTest::qWait(50); // give a wrongly sent request the chance to arrive
        QCOMPARE(demo()->requestCount(), requests);
        QCOMPARE(demo()->oauth2(kGoogle), before);
    }

    void oauth2UpdateFailureShowsBanner()
    {
        OAuth2Page page(client());
        page.show();
        lookUpGoogle(page);
        child<QPlainTextEdit>(&page, u"tokenInfoEdit"_s)->setPlainText(u"{\"access_token\": \"x\"}"_s);
        demo()->setFailRate(1.0);
        Confirm::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(&page, u"sendTokenInfo"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.banner()->isShowingError(), kWait);
        QVERIFY(child<QPushButton>(&page, u"sendTokenInfo"_s)->isEnabled());
    }

    // --- Errors on every page -------------------------------------------------------------

    void errorBanner_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("kind");
        for (const QString& page : { u"users"_s, u"tools"_s, u"tool-detail"_s, u"oauth2"_s }) {
            QTest::addRow("%s 401", qPrintable(page))
                << page << u"401"_s << int(ApiError::Kind::Unauthorized);
            QTest::addRow("%s 500", qPrintable(page)) << page << u"500"_s << int(ApiError::Kind::ServerError);
            QTest::addRow("%s timeout", qPrintable(page))
                << page << u"timeout"_s << int(ApiError::Kind::Timeout);
        }
    }

    void errorBanner()
    {
        QFETCH(QString, page);
        QFETCH(QString, fault);
        QFETCH(int, kind);

        auto inject = [&] {
            if (fault == u"401"_s) {
                ConnectionSettings wrong = m_fx.connection();
                wrong.secret = u"wrong-key"_s;
                client()->setConnection(wrong);
            } else if (fault == u"500"_s) {
                demo()->setFailRate(1.0);
            } else {
                demo()->setLatencyMs(2000);
                client()->setTransferTimeout(200);
            }
        };

        std::unique_ptr<ConsolePage> p;
        if (page == u"users"_s) {
            auto* users = new UsersPage(client());
            p.reset(users);
            users->show();
            inject();
            users->lookUp(u"EMP00002"_s);
        } else if (page == u"tools"_s) {
            auto* tools = new ToolsPage(client());
            p.reset(tools);
            tools->show();
            inject();
            tools->activate();
            QTRY_VERIFY_WITH_TIMEOUT(!tools->isLoading(), kWait);
        } else if (page == u"tool-detail"_s) {
            auto* tools = new ToolsPage(client());
            p.reset(tools);
            tools->show();
            tools->activate();
            QTRY_VERIFY_WITH_TIMEOUT(!tools->isLoading(), kWait);
            inject();
            child<QTableView>(tools, u"toolsView"_s)->setCurrentIndex(tools->proxy()->index(0, 0));
            QTRY_VERIFY_WITH_TIMEOUT(!tools->isLoadingDetail(), kWait);
        } else {
            auto* oauth = new OAuth2Page(client());
            p.reset(oauth);
            oauth->show();
            inject();
            oauth->lookUp(kGoogle);
        }
        QTRY_VERIFY_WITH_TIMEOUT(p->banner()->isShowingError(), kWait);
        QCOMPARE(int(p->banner()->error().kind()), kind);
        QVERIFY(!p->banner()->text().isEmpty());

        // Retry after the fault is gone clears the banner.
        cleanup();
        p->refresh();
        if (page == u"tool-detail"_s)
            return; // refresh reloads the lists; the detail retry is the banner's button
        QTRY_VERIFY_WITH_TIMEOUT(!p->banner()->isShowingError(), kWait);
    }

    // A language switch re-renders the pages but keeps what they show: the looked-up user, the
    // OAuth2 configuration, the selected tool and its details.
    void retranslateKeepsState()
    {
        OAuth2Page oauth(client());
        ToolsPage tools(client());
        UsersPage users(client());
        users.show();
        users.lookUp(u"EMP00002"_s);
        QTRY_VERIFY_WITH_TIMEOUT(users.model()->rowCount() > 0, kWait);
        const int userFields = users.model()->rowCount();
        oauth.show();
        lookUpGoogle(oauth);
        QTRY_VERIFY_WITH_TIMEOUT(oauth.model()->rowCount() > 0, kWait);
        const int oauthFields = oauth.model()->rowCount();
        tools.show();
        tools.activate();
        QTRY_VERIFY_WITH_TIMEOUT(!tools.isLoading(), kWait);
        auto* view = child<QTableView>(&tools, u"toolsView"_s);
        view->selectionModel()->setCurrentIndex(
            view->model()->index(1, 0), QItemSelectionModel::ClearAndSelect);
        QTRY_VERIFY_WITH_TIMEOUT(!tools.isLoadingDetail(), kWait);
        const QString title = child<QLabel>(&tools, u"toolTitle"_s)->text();
        QVERIFY(!title.isEmpty());
        const int requests = demo()->requestCount();

        for (ConsolePage* p : std::initializer_list<ConsolePage*> { &oauth, &tools, &users }) {
            QEvent change(QEvent::LanguageChange);
            QCoreApplication::sendEvent(p, &change);
            QVERIFY(!p->title().isEmpty());
        }
        QCOMPARE(users.model()->rowCount(), userFields);
        QCOMPARE(valueOf(users.model(), u"userId"_s), u"EMP00002"_s);
        QCOMPARE(oauth.model()->rowCount(), oauthFields);
        QCOMPARE(view->currentIndex().row(), 1);
        QCOMPARE(child<QLabel>(&tools, u"toolTitle"_s)->text(), title);
        QCOMPARE(demo()->requestCount(), requests); // re-rendered, not loaded again
    }
};

QTEST_MAIN(TestToolsPages)
#include "tst_tools_pages.moc"
