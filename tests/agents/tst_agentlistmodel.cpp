// AgentListModel and AgentSortProxy: paging against the demo backend under
// QAbstractItemModelTester, the server filter and its reset, stale replies, errors, the
// locale-aware (and asynchronous) sort, the local filter, CSV cells and memory per row.

#include "agentlistmodel.h"
#include "agentsortproxy.h"
#include "demofixture.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using Alli::Testing::DemoFixture;

namespace
{

using Column = AgentListModel::Column;
constexpr auto Report = QAbstractItemModelTester::FailureReportingMode::QtTest;

// Fetches pages until the model has everything (or `maxRows`), as a scrolling view would.
bool loadAll(AgentListModel& model, int maxRows = -1)
{
    for (int guard = 0; guard < 1000; ++guard) {
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 15000))
            return false;
        if (model.lastError().isError())
            return false;
        if (!model.canFetchMore({}) || (maxRows >= 0 && model.rowCount() >= maxRows))
            return true;
        model.fetchMore({});
    }
    return false;
}

QList<AgentResponse> generated(int count, int firstNumber = 1)
{
    static const QString firsts[]
        = { u"민준"_s, u"花子"_s, u"Emma"_s, u"Émile"_s, u"zoe"_s, u"Ölaf"_s, u"서연"_s, u"翔"_s };
    static const QString lasts[]
        = { u"김"_s, u"佐藤"_s, u"Johnson"_s, u"Zola"_s, u"adams"_s, u"Ångström"_s, u"이"_s, u"鈴木"_s };
    QList<AgentResponse> agents;
    agents.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int n = firstNumber + i;
        const quint64 h = quint64(n) * 0x9e3779b97f4a7c15ULL;
        AgentResponse a;
        a.id = QString::number(h, 16).rightJustified(24, u'0');
        a.firstName = firsts[(h >> 7) % 8];
        a.lastName = lasts[(h >> 13) % 8];
        a.email = u"agent%1.%2@example.com"_s.arg(h % 100000).arg(n);
        agents.append(a);
    }
    return agents;
}

// Every adjacent pair of the proxy is in order for `column`.
bool proxySorted(const AgentSortProxy& proxy, int column, Qt::SortOrder order, QString* why)
{
    QCollator collator(proxy.collatorLocale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (int i = 1; i < proxy.rowCount(); ++i) {
        const QString a = proxy.index(i - 1, column).data().toString();
        const QString b = proxy.index(i, column).data().toString();
        int c = column == int(Column::Id) ? QString::compare(a, b) : collator.compare(a, b);
        if (order == Qt::DescendingOrder)
            c = -c;
        if (c > 0) {
            *why = u"row %1: %2 > %3"_s.arg(i).arg(a, b);
            return false;
        }
    }
    return true;
}

} // namespace

class TestAgentListModel : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_fx;

private Q_SLOTS:
    void initTestCase()
    {
        Demo::DemoOptions options;
        options.agentCount = 1000;
        QVERIFY(m_fx.start(options));
    }

    void init()
    {
        m_fx.demo()->setFailRate(0);
        m_fx.demo()->setLatencyMs(0);
    }

    void pagesArriveUnderTheTester()
    {
        AgentListModel model(m_fx.client());
        AgentSortProxy proxy(&model);
        QAbstractItemModelTester modelTester(&model, Report);
        QAbstractItemModelTester proxyTester(&proxy, Report);
        proxy.sort(int(Column::Name)); // pages are inserted into a sorted proxy
        QVERIFY(!model.canFetchMore({})); // lazy: nothing before the first reload
        QSignalSpy pages(&model, &AgentListModel::pageLoaded);

        model.reload();
        QVERIFY(model.isLoading());
        // The view (here the tester, which fetches on every insertion) asking again while a page
        // is in flight does not start another request.
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(m_fx.client()->inFlight() + m_fx.client()->queued(), 1);
        QTRY_VERIFY(model.rowCount() >= 100);
        QVERIFY(m_fx.client()->inFlight() + m_fx.client()->queued() <= 1);

        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), m_fx.demo()->agentCount());
        QVERIFY(model.atEnd());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(pages.size(), 11); // ten full pages and the empty one that says "the end"
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QString why;
        QVERIFY2(proxySorted(proxy, int(Column::Name), Qt::AscendingOrder, &why), qPrintable(why));

        // The fixed seeded agents, in the order each language writes names.
        QCOMPARE(model.agentAt(0).email, m_fx.demo()->agentById(model.agentAt(0).id)->email);
        QCOMPARE(model.displayNameAt(0), u"김민준"_s);
        QCOMPARE(model.displayNameAt(1), u"佐藤花子"_s);
        QCOMPARE(model.displayNameAt(2), u"Emma Johnson"_s);
        QCOMPARE(model.index(2, int(Column::Name)).data().toString(), u"Emma Johnson"_s);
        QCOMPARE(
            model.index(2, int(Column::Email)).data(AgentListModel::EmailRole).toString(), model.emailAt(2));
        QCOMPARE(model.headerData(int(Column::Email), Qt::Horizontal).toString(), u"Email"_s);
    }

    // No maximum `limit` is documented and the demo, like a service may, caps pages at 100: asking
    // for more would get a short first page that reads as the end. Every member is still seen.
    void everyMemberBehindAPageCap()
    {
        AgentListModel model(m_fx.client());
        QAbstractItemModelTester tester(&model, Report);
        model.setPageSize(500); // more than the cap: the model asks for 100
        model.reload();
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), m_fx.demo()->agentCount());
        QCOMPARE(model.rowCount(), 1000);
        QSet<QString> emails;
        for (int r = 0; r < model.rowCount(); ++r)
            emails.insert(model.emailAt(r));
        const QStringList onServer = m_fx.demo()->memberEmails();
        QCOMPARE(emails, QSet<QString>(onServer.cbegin(), onServer.cend()));
    }

    void filterResetsAndRefetches()
    {
        AgentListModel model(m_fx.client());
        QAbstractItemModelTester tester(&model, Report);
        model.reload();
        QVERIFY(loadAll(model, 200));
        const QString email = model.emailAt(42);
        const QString needle = email.left(email.indexOf(u'@')).toUpper(); // the server ignores case

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setEmailFilter(needle);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isLoading());
        QVERIFY(loadAll(model));
        QVERIFY(model.rowCount() >= 1);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY2(
                model.emailAt(row).contains(needle, Qt::CaseInsensitive), qPrintable(model.emailAt(row)));
        QVERIFY(model.atEnd());

        model.setEmailFilter(u"nobody-matches-this@nowhere.invalid"_s);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.atEnd());
    }

    void staleRepliesAreIgnored()
    {
        AgentListModel model(m_fx.client());
        QAbstractItemModelTester tester(&model, Report);
        m_fx.demo()->setLatencyMs(300);
        model.setEmailFilter(u"kim"_s); // in flight when the filter changes
        QVERIFY(model.isLoading());
        model.setEmailFilter(u"sato"_s);
        QSignalSpy pages(&model, &AgentListModel::pageLoaded);
        QSignalSpy errors(&model, &AgentListModel::loadError);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QTest::qWait(400); // let the superseded reply land too, if it were going to
        QCOMPARE(pages.size(), 1);
        QCOMPARE(errors.size(), 0); // its cancellation is not reported as an error
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY2(model.emailAt(row).contains(u"sato"_s), qPrintable(model.emailAt(row)));
    }

    void loadErrorThenRetry()
    {
        AgentListModel model(m_fx.client());
        QAbstractItemModelTester tester(&model, Report);
        QSignalSpy errors(&model, &AgentListModel::loadError);
        m_fx.demo()->setFailRate(1.0);
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
        QCOMPARE(errors.first().first().value<ApiError>().kind(), ApiError::Kind::ServerError);
        QCOMPARE(model.lastError().kind(), ApiError::Kind::ServerError);
        QVERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore({})); // no hammering from a scrolling view
        m_fx.demo()->setFailRate(0);
        model.retry();
        QTRY_VERIFY(model.rowCount() >= 100);
        QVERIFY(errors.size() == 1);
    }

    void createdAndDeletedAgents()
    {
        AgentListModel model(m_fx.client());
        QAbstractItemModelTester tester(&model, Report);
        model.setEmailFilter(u"only-these@example.org"_s);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 0);
        model.addCreatedAgent({ u"id-1"_s, u"A"_s, u"B"_s, u"only-these@example.org"_s });
        model.addCreatedAgent({ u"id-2"_s, u"C"_s, u"D"_s, u"other@example.org"_s }); // outside the filter
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfId(u"id-1"_s), 0);
        QVERIFY(model.removeAgent(u"id-1"_s));
        QVERIFY(!model.removeAgent(u"id-1"_s));
        QCOMPARE(model.rowCount(), 0);
    }

    void displayNames()
    {
        QCOMPARE(agentDisplayName(u"민준", u"김"), u"김민준"_s);
        QCOMPARE(agentDisplayName(u"花子", u"佐藤"), u"佐藤花子"_s);
        QCOMPARE(agentDisplayName(u"ハナコ", u"サトウ"), u"サトウハナコ"_s);
        QCOMPARE(agentDisplayName(u"Emma", u"Johnson"), u"Emma Johnson"_s);
        QCOMPARE(agentDisplayName(u"Emma", u""), u"Emma"_s);
        QCOMPARE(agentDisplayName(u"", u"Johnson"), u"Johnson"_s);
    }

    void storeRoundTripsAndIsCompact()
    {
        AgentListModel model;
        const QList<AgentResponse> agents = generated(20000);
        model.appendAgents(agents);
        QCOMPARE(model.rowCount(), 20000);
        for (int row : { 0, 1, 9999, 19999 })
            QCOMPARE(model.agentAt(row), agents.at(row));
        QCOMPARE(model.rowOfId(agents.at(777).id), 777);
        // About 16 bytes of row reference plus the UTF-8 text (~60 bytes here).
        const double perRow = double(model.store().bytesReserved()) / model.rowCount();
        QVERIFY2(perRow < 100, qPrintable(QString::number(perRow)));
    }

    void asyncSortOfALargeList()
    {
        AgentListModel model;
        AgentSortProxy proxy(&model);
        proxy.setCollatorLocale(QLocale(QLocale::English));
        QAbstractItemModelTester tester(&proxy, Report);
        model.appendAgents(generated(20000));
        QSignalSpy finished(&proxy, &AgentSortProxy::sortFinished);

        proxy.sort(int(Column::Name));
        QVERIFY(proxy.isSorting()); // ranked in a worker; the GUI thread goes on
        QTRY_VERIFY(!proxy.isSorting());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(proxy.sortColumn(), int(Column::Name));
        QString why;
        QVERIFY2(proxySorted(proxy, int(Column::Name), Qt::AscendingOrder, &why), qPrintable(why));

        // Pages arriving after the ranking go into place; a deletion keeps the order.
        model.appendAgents(generated(300, 50000));
        QCOMPARE(proxy.rowCount(), 20300);
        QVERIFY2(proxySorted(proxy, int(Column::Name), Qt::AscendingOrder, &why), qPrintable(why));
        QVERIFY(model.removeAgent(model.idAt(5)));
        QVERIFY2(proxySorted(proxy, int(Column::Name), Qt::AscendingOrder, &why), qPrintable(why));

        proxy.sort(int(Column::Email), Qt::DescendingOrder);
        QTRY_VERIFY(!proxy.isSorting());
        QVERIFY2(proxySorted(proxy, int(Column::Email), Qt::DescendingOrder, &why), qPrintable(why));
        proxy.sort(int(Column::Id));
        QTRY_VERIFY(!proxy.isSorting());
        QVERIFY2(proxySorted(proxy, int(Column::Id), Qt::AscendingOrder, &why), qPrintable(why));

        // A reset while ranking: the pending sort applies to the new (empty) list at once.
        proxy.sort(int(Column::Name));
        QVERIFY(proxy.isSorting());
        model.clear();
        QVERIFY(!proxy.isSorting());
        QCOMPARE(proxy.sortColumn(), int(Column::Name));
        model.appendAgents(generated(500));
        QVERIFY2(proxySorted(proxy, int(Column::Name), Qt::AscendingOrder, &why), qPrintable(why));
    }

    // Large lists are filtered in a worker: the GUI thread only swaps the new rows in. The
    // filters combine, a selected agent stays selected, and pages that arrive meanwhile are
    // filtered too.
    void asyncFiltersOfALargeList()
    {
        AgentListModel model;
        AgentSortProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy, Report);
        model.appendAgents(generated(20000));
        const auto matching = [&](auto accepts) {
            QList<int> rows;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (accepts(row))
                    rows.append(row);
            }
            return rows;
        };
        const int kept = matching([&](int row) { return model.emailAt(row).contains(u"agent1"_s); }).value(3);
        QPersistentModelIndex selected = proxy.mapFromSource(model.index(kept, 0));
        QVERIFY(selected.isValid());

        QSignalSpy applied(&proxy, &AgentSortProxy::mappingApplied);
        proxy.setEmailFilter(u"agent1"_s);
        QVERIFY(proxy.isBusy()); // computed in a worker; nothing has changed yet
        QCOMPARE(proxy.rowCount(), 20000);
        model.appendAgents(generated(200, 90000)); // a page arrives meanwhile
        QTRY_VERIFY(!proxy.isBusy());
        QCOMPARE(applied.size(), 1);
        QCOMPARE(proxy.sourceRowsInOrder(),
            matching([&](int row) { return model.emailAt(row).contains(u"agent1"_s); }));
        QVERIFY(selected.isValid());
        QCOMPARE(proxy.mapToSource(selected).row(), kept);

        // Name and domain combine with it; "@" matches the end of the address only.
        const QString name = model.agentAt(kept).firstName;
        proxy.setNameFilter(name);
        proxy.setEmailFilter(u"@example.com"_s);
        QTRY_VERIFY(!proxy.isBusy());
        QCOMPARE(proxy.sourceRowsInOrder(), matching([&](int row) {
            return model.emailAt(row).endsWith(u"@example.com"_s)
                && model.displayNameAt(row).contains(name, Qt::CaseInsensitive);
        }));
        QVERIFY(proxy.rowCount() > 0);
        proxy.setEmailFilter(u"@example.c"_s);
        QTRY_VERIFY(!proxy.isBusy());
        QCOMPARE(proxy.rowCount(), 0);

        // Group membership (a set of emails), and its inverse.
        const QSet<QString> members { model.emailAt(1).toLower(), model.emailAt(7).toLower() };
        proxy.setNameFilter({});
        proxy.setEmailFilter({});
        proxy.setMemberFilter(members);
        QTRY_VERIFY(!proxy.isBusy());
        QCOMPARE(proxy.sourceRowsInOrder(), (QList<int> { 1, 7 }));
        const QPersistentModelIndex member = proxy.index(1, 0);
        proxy.setMemberFilter(members, true);
        QTRY_VERIFY(!proxy.isBusy());
        QCOMPARE(proxy.rowCount(), model.rowCount() - 2);

        QVERIFY(!member.isValid()); // a selected row the filter hides is no longer selected
        QPersistentModelIndex other = proxy.index(0, 0);

        // Cleared: every row again, in the server's order; a selected row stays on its agent.
        proxy.setMemberFilter(std::nullopt);
        QTRY_VERIFY(!proxy.isBusy());
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QVERIFY(other.isValid());
        QCOMPARE(other.row(), 0);
        QCOMPARE(proxy.sourceRowsInOrder().mid(0, 3), (QList<int> { 0, 1, 2 }));
    }

    void localeAwareNameOrder()
    {
        AgentListModel model;
        AgentSortProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy, Report);
        proxy.setCollatorLocale(QLocale(QLocale::English));
        model.appendAgents(
            { { u"1"_s, u"zoe"_s, u"x"_s, u"z@e.com"_s }, { u"2"_s, u"Émile"_s, u"x"_s, u"e@e.com"_s },
                { u"3"_s, u"Adam"_s, u"x"_s, u"a@e.com"_s }, { u"4"_s, u"eve"_s, u"x"_s, u"v@e.com"_s } });
        proxy.sort(int(Column::Name));
        QStringList names;
        for (int i = 0; i < proxy.rowCount(); ++i)
            names << proxy.index(i, int(Column::Name)).data().toString();
        // Accents and case do not push names to the end as a code-point sort would.
        QCOMPARE(names, (QStringList { u"Adam x"_s, u"Émile x"_s, u"eve x"_s, u"zoe x"_s }));
    }

    void localEmailFilter()
    {
        AgentListModel model;
        AgentSortProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy, Report);
        model.appendAgents({ { u"1"_s, u"A"_s, u"B"_s, u"Kim.MinJun@Example.com"_s },
            { u"2"_s, u"C"_s, u"D"_s, u"sato@example.jp"_s },
            { u"3"_s, u"E"_s, u"F"_s, u"관리자@example.kr"_s } });
        proxy.setEmailFilter(u"minjun"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setEmailFilter(u"EXAMPLE"_s);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setEmailFilter(u"관리"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.sourceRowsInOrder(), QList<int> { 2 });
        proxy.setEmailFilter(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void csvNeutralisesFormulas()
    {
        QCOMPARE(csvCell("=SUM(A1:A2)"), QByteArray("'=SUM(A1:A2)"));
        QCOMPARE(csvCell("+1"), QByteArray("'+1"));
        QCOMPARE(csvCell("-1"), QByteArray("'-1"));
        QCOMPARE(csvCell("@cmd"), QByteArray("'@cmd"));
        QCOMPARE(csvCell("\tx"), QByteArray("'\tx"));
        QCOMPARE(csvCell("\rx"), QByteArray("\"'\rx\""));
        QCOMPARE(csvCell("\nx"), QByteArray("\"'\nx\""));
        QCOMPARE(csvCell("a,b"), QByteArray("\"a,b\""));
        QCOMPARE(csvCell("say \"hi\""), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(csvCell("=1,2"), QByteArray("\"'=1,2\""));
        QCOMPARE(csvCell("a=b"), QByteArray("a=b"));
        QCOMPARE(csvCell(""), QByteArray());

        AgentStore store;
        store.append({ u"id1"_s, u"민준"_s, u"김"_s, u"kim@example.kr"_s });
        store.append({ u"id2"_s, u"=HYPERLINK(\"x\")"_s, u"-2"_s, u"@x@example.com"_s });
        const QByteArray csv = agentsToCsv(store, { 1, 0 });
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv,
            QByteArray("\xEF\xBB\xBF"
                       "id,firstName,lastName,email\r\n"
                       "id2,\"'=HYPERLINK(\"\"x\"\")\",'-2,'@x@example.com\r\n"
                       "id1,")
                + u"민준,김"_s.toUtf8() + QByteArray(",kim@example.kr\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestAgentListModel)
#include "tst_agentlistmodel.moc"
