// The JSON viewer used for the activity log's bodies, a tool's raw object and the OAuth2
// configuration: folding, search over keys and values that opens what it finds, copy as text
// with secrets masked, and text for a body that is not JSON.
#include "fieldtreemodel.h"
#include "jsonview.h"
#include "languagemanager.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace Alli;
using namespace Qt::Literals::StringLiterals;

namespace
{
const QByteArray kBody = R"({
  "name": "HR bot",
  "token_info": {"access_token": "s3cret-value", "scope": ["read", "write"]},
  "items": [{"email": "kim@example.com"}, {"email": "lee@example.jp", "groups": ["Sales"]}],
  "count": 2
})";

QString keyOf(const QModelIndex& index)
{
    return index.siblingAtColumn(0).data(FieldTreeModel::PathRole).toString();
}
} // namespace

class TestJsonView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsAndFindsNestedMembers()
    {
        JsonView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(600, 400);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setBody(kBody);
        QVERIFY(view.isShowingTree());
        QCOMPARE(view.model()->rowCount(), 4);
        view.collapseAll();
        const QModelIndex items = view.model()->indexOfKey(u"items"_s);
        QVERIFY(!view.tree()->isExpanded(items));

        // Typing in the search field finds the member and opens the folded members above it.
        view.searchField()->setText(u"lee@"_s);
        QCOMPARE(view.matchCount(), 1);
        QCOMPARE(keyOf(view.tree()->currentIndex()), u"items[1].email"_s);
        QVERIFY(view.tree()->isExpanded(items));
        QVERIFY(view.tree()->isExpanded(view.tree()->currentIndex().parent()));
        QCOMPARE(view.findChild<QLabel*>(u"jsonMatches"_s)->text(), JsonView::tr("%1 of %2").arg(1).arg(1));

        // Keys match too, case-insensitively; F3 and Shift+F3 walk the matches and wrap.
        view.collapseAll();
        view.searchField()->setFocus();
        view.searchField()->setText(u"EMAIL"_s);
        QCOMPARE(view.matchCount(), 2);
        QCOMPARE(keyOf(view.tree()->currentIndex()), u"items[0].email"_s);
        QTest::keyClick(view.searchField(), Qt::Key_F3);
        QCOMPARE(keyOf(view.tree()->currentIndex()), u"items[1].email"_s);
        QCOMPARE(view.currentMatch(), 1);
        QTest::keyClick(view.searchField(), Qt::Key_F3);
        QCOMPARE(keyOf(view.tree()->currentIndex()), u"items[0].email"_s);
        QTest::keyClick(view.searchField(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(keyOf(view.tree()->currentIndex()), u"items[1].email"_s);

        // A secret is searched as it is shown (masked), never in clear text.
        view.searchField()->setText(u"s3cret"_s);
        QCOMPARE(view.matchCount(), 0);
        QCOMPARE(view.findChild<QLabel*>(u"jsonMatches"_s)->text(), JsonView::tr("Not found"));
        const QModelIndex token = view.model()->index(0, 1, view.model()->indexOfKey(u"token_info"_s));
        QVERIFY(!token.data().toString().contains(u"s3cret"_s));
    }

    void copiesTheSelectionOrEverythingWithSecretsMasked()
    {
        JsonView view;
        view.setBody(kBody);
        // Nothing selected: the whole document, valid JSON, the secret masked.
        QVERIFY(!view.tree()->currentIndex().isValid());
        view.copyAsText();
        const QString all = QApplication::clipboard()->text();
        QVERIFY2(!all.contains(u"s3cret"_s), qPrintable(all));
        QJsonParseError error;
        const QJsonObject copied = QJsonDocument::fromJson(all.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(copied.value(u"items"_s).toArray().size(), 2);
        QCOMPARE(copied.value(u"count"_s).toInt(), 2);
        QCOMPARE(copied.value(u"token_info"_s).toObject().value(u"access_token"_s).toString(),
            FieldTreeModel::kMask.toString());
        QVERIFY(all.contains(u"\n    \"items\": [\n"_s)); // indented, one member per line

        // One member: itself, named; an array element: the value alone.
        view.tree()->setCurrentIndex(view.model()->indexOfKey(u"token_info"_s));
        const QString member = view.textToCopy();
        QVERIFY(member.contains(u"\"token_info\""_s));
        QVERIFY(member.contains(u"\"scope\""_s));
        QVERIFY2(!member.contains(u"s3cret"_s), qPrintable(member));
        const QModelIndex second = view.model()->index(1, 0, view.model()->indexOfKey(u"items"_s));
        view.tree()->setCurrentIndex(second);
        QCOMPARE(QJsonDocument::fromJson(view.textToCopy().toUtf8()).object().value(u"email"_s).toString(),
            u"lee@example.jp"_s);
        view.tree()->setCurrentIndex(view.model()->indexOfKey(u"name"_s));
        QCOMPARE(view.textToCopy().simplified(), u"{ \"name\": \"HR bot\" }"_s);

        // Revealed on purpose (the OAuth2 page's "Show secrets"): copied as shown.
        view.model()->setRevealed(true);
        view.tree()->setCurrentIndex(QModelIndex());
        QVERIFY(view.textToCopy().contains(u"s3cret-value"_s));
    }

    // The Type column shows every type name whole in every language, also the ones that only
    // appear in folded members (Japanese "オブジェクト" below a list was cut off).
    void typeNamesFitInEveryLanguage()
    {
        LanguageManager languages;
        for (const QString& language : { u"en"_s, u"ko"_s, u"ja"_s }) {
            QVERIFY(languages.setLanguage(language));
            // Filled while hidden, as a tab that is not shown yet.
            JsonView view;
            view.resize(420, 400);
            view.setBody(R"({"a": "x", "list": [{"on": true, "n": 1, "none": null, "o": {}}]})");
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QTest::qWait(50);
            const int column = int(FieldTreeModel::Column::Type);
            const int width = view.tree()->header()->sectionSize(column);
            const QFontMetrics metrics(view.tree()->font());
            // What a cell leaves for its text: the style's margins on both sides.
            const int margins = 2
                * (view.tree()->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view.tree()) + 1);
            QStringList seen;
            const std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
                for (int r = 0; r < view.model()->rowCount(parent); ++r) {
                    const QModelIndex index = view.model()->index(r, column, parent);
                    const QString type = index.data().toString();
                    seen.append(type);
                    QVERIFY2(metrics.horizontalAdvance(type) + margins <= width,
                        qPrintable(u"%1: \"%2\" in %3 px"_s.arg(language, type).arg(width)));
                    walk(index.siblingAtColumn(0));
                }
            };
            walk({});
            QCOMPARE(seen.size(), 7); // text, list, object, yes/no, number, empty, object
        }
        QVERIFY(languages.setLanguage(u"en"_s));
    }

    void arraysAndBodiesThatAreNotJson()
    {
        JsonView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setBody(R"([{"id": 1}, {"id": 2, "password": "pw"}])");
        QVERIFY(view.isShowingTree());
        QCOMPARE(view.model()->rowCount(), 2);
        const QJsonArray array = QJsonDocument::fromJson(view.textToCopy().toUtf8()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(1).toObject().value(u"password"_s).toString(), FieldTreeModel::kMask.toString());

        // A proxy's HTML page or a cut answer is shown as it came, and the search still works.
        view.setBody("<html>502 Bad gateway</html>");
        QVERIFY(!view.isShowingTree());
        QCOMPARE(view.model()->rowCount(), 0);
        auto* text = view.findChild<QPlainTextEdit*>(u"jsonText"_s);
        QCOMPARE(text->toPlainText(), u"<html>502 Bad gateway</html>"_s);
        view.searchField()->setText(u"gateway"_s);
        QCOMPARE(text->textCursor().selectedText(), u"gateway"_s);
        QCOMPARE(view.textToCopy(), u"<html>502 Bad gateway</html>"_s);
        view.setBody("{\"cut");
        QVERIFY(!view.isShowingTree());
        QCOMPARE(text->toPlainText(), u"{\"cut"_s);
    }
};

QTEST_MAIN(TestJsonView)
#include "tst_jsonview.moc"
