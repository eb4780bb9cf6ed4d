// Memory per row and sort/filter times of AgentListModel + AgentSortProxy against a
// QStandardItemModel + QSortFilterProxyModel holding the same agents, measured in one run.
// Heap figures are mallinfo2() deltas (all arenas, brk and mmap). Data: the demo backend's
// deterministic agents (Korean, Japanese and English names), filled directly, no network.
//
// Usage: bench_agentmodel [--view] [N ...]   (default: 100000 1000000; --view: the project's
// proxy shown in a QTableView, its layout work included in the GUI thread's time)

#include "agentlistmodel.h"
#include "agentsortproxy.h"
#include "demoseed.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>

#include <malloc.h>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;

namespace
{

using Column = AgentListModel::Column;

qint64 heapBytes()
{
    malloc_trim(0);
    const struct mallinfo2 m = mallinfo2();
    return qint64(m.uordblks + m.hblkhd);
}

QList<AgentResponse> generate(int count)
{
    QList<AgentResponse> agents;
    agents.reserve(count);
    constexpr quint64 seed = 42;
    for (int n = 1; n <= count; ++n) {
        const Demo::Seed::PersonName name = Demo::Seed::agentName(seed, n);
        const quint64 a = Demo::Seed::mix(seed ^ quint64(n));
        const quint64 b = Demo::Seed::mix(a);
        AgentResponse r;
        r.id = QString(
            QString::number(a, 16).rightJustified(16, u'0') + QString::number(b, 16).rightJustified(16, u'0'))
                   .left(24);
        r.firstName = name.firstName;
        r.lastName = name.lastName;
        r.email = Demo::Seed::agentEmail(seed, n);
        agents.append(r);
    }
    return agents;
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Figures {
    double bytesPerRow = 0; // model only
    double proxyBytesPerRow = 0; // proxy after sorting and filtering
    double fillMs = 0;
    double sortMs = 0; // until the rows are in order
    double sortGuiMs = 0; // of which the GUI thread was busy
    double resortMs = 0; // the other direction once ranked
    double filterMs = 0;
    double filterGuiMs = 0;
    double clearFilterMs = 0;
    double clearGuiMs = 0;
    double resortGuiMs = 0;
    int filtered = 0;
};

const QString FilterNeedle = u"kim"_s;

Figures benchProject(const QList<AgentResponse>& agents, bool withView)
{
    Figures f;
    const qint64 h0 = heapBytes();
    QElapsedTimer t;
    t.start();
    auto model = std::make_unique<AgentListModel>();
    // In pages of 100, as they arrive from the server.
    for (qsizetype i = 0; i < agents.size(); i += 100)
        model->appendAgents(agents.mid(i, 100));
    f.fillMs = ms(t);
    const qint64 h1 = heapBytes();
    f.bytesPerRow = double(h1 - h0) / agents.size();

    auto proxy = std::make_unique<AgentSortProxy>(model.get());
    proxy->setCollatorLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    // --view: a table shows the proxy as on the agents page (fixed row heights, hidden row
    // numbers), so that the view's own work on each change is counted too.
    std::unique_ptr<QTableView> view;
    if (withView) {
        view = std::make_unique<QTableView>();
        view->verticalHeader()->hide();
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->setModel(proxy.get());
        view->resize(800, 600);
        view->show();
        QCoreApplication::processEvents();
    }
    // Runs `action` and waits until its new order or filter is in place. Returns the wall time;
    // `gui` gets the time the calling (GUI) thread was busy: the call itself, plus applying the
    // mapping when a worker computed it.
    const auto timed = [&proxy](auto action, double* gui) {
        QEventLoop loop;
        QElapsedTimer apply;
        double applyMs = 0;
        bool inCall = true;
        bool appliedInCall = false;
        const auto started = QObject::connect(
            proxy.get(), &QAbstractItemModel::layoutAboutToBeChanged, proxy.get(), [&] { apply.start(); });
        const auto applied = QObject::connect(proxy.get(), &AgentSortProxy::mappingApplied, proxy.get(), [&] {
            if (inCall) {
                appliedInCall = true;
                return;
            }
            applyMs += apply.isValid() ? ms(apply) : 0;
            loop.quit();
        });
        QElapsedTimer wall;
        wall.start();
        action();
        const double callMs = ms(wall);
        inCall = false;
        if (!appliedInCall && proxy->isBusy())
            loop.exec();
        QObject::disconnect(started);
        QObject::disconnect(applied);
        *gui = callMs + applyMs;
        return ms(wall);
    };
    f.sortMs = timed([&] { proxy->sort(int(Column::Name)); }, &f.sortGuiMs);
    f.resortMs = timed([&] { proxy->sort(int(Column::Name), Qt::DescendingOrder); }, &f.resortGuiMs);
    f.filterMs = timed([&] { proxy->setEmailFilter(FilterNeedle); }, &f.filterGuiMs);
    f.filtered = proxy->rowCount();
    f.clearFilterMs = timed([&] { proxy->setEmailFilter(QString()); }, &f.clearGuiMs);
    f.proxyBytesPerRow = double(heapBytes() - h1) / agents.size();
    return f;
}

Figures benchStandard(const QList<AgentResponse>& agents)
{
    Figures f;
    const qint64 h0 = heapBytes();
    QElapsedTimer t;
    t.start();
    auto model = std::make_unique<QStandardItemModel>(0, 3);
    for (const AgentResponse& a : agents) {
        model->appendRow({ new QStandardItem(a.id),
            new QStandardItem(agentDisplayName(a.firstName, a.lastName)), new QStandardItem(a.email) });
    }
    f.fillMs = ms(t);
    const qint64 h1 = heapBytes();
    f.bytesPerRow = double(h1 - h0) / agents.size();

    auto proxy = std::make_unique<QSortFilterProxyModel>();
    proxy->setSourceModel(model.get());
    proxy->setSortLocaleAware(true);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(int(Column::Email));
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    t.restart();
    proxy->sort(int(Column::Name));
    f.sortMs = ms(t);
    f.sortGuiMs = f.sortMs; // all of it on the calling thread
    t.restart();
    proxy->sort(int(Column::Name), Qt::DescendingOrder);
    f.resortMs = ms(t);
    f.resortGuiMs = f.resortMs;
    t.restart();
    proxy->setFilterFixedString(FilterNeedle);
    f.filterMs = ms(t);
    f.filterGuiMs = f.filterMs;
    f.filtered = proxy->rowCount();
    t.restart();
    proxy->setFilterFixedString(QString());
    f.clearFilterMs = ms(t);
    f.clearGuiMs = f.clearFilterMs;
    f.proxyBytesPerRow = double(heapBytes() - h1) / agents.size();
    return f;
}

void line(const char* what, double project, double standard, const char* unit)
{
    std::printf("  %-34s %12.1f %12.1f %s   ratio %6.1fx\n", what, project, standard, unit,
        project > 0 ? standard / project : 0.0);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QList<int> sizes;
    bool withView = false;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--view")
            withView = true;
        else
            sizes.append(QByteArray(argv[i]).toInt());
    }
    if (sizes.isEmpty())
        sizes = { 100000, 1000000 };

    for (int n : sizes) {
        const QList<AgentResponse> agents = generate(n);
        const Figures p = benchProject(agents, withView);
        const Figures s = benchStandard(agents);
        std::printf("\n%d agents   (project: AgentListModel + AgentSortProxy;  Qt: QStandardItemModel + "
                    "QSortFilterProxyModel; ratio = Qt / project)\n",
            n);
        std::printf("  %-34s %12s %12s\n", "", "project", "Qt");
        line("model heap per row", p.bytesPerRow, s.bytesPerRow, "B ");
        line("proxy heap per row (sorted)", p.proxyBytesPerRow, s.proxyBytesPerRow, "B ");
        line("model + proxy heap per row", p.bytesPerRow + p.proxyBytesPerRow,
            s.bytesPerRow + s.proxyBytesPerRow, "B ");
        line("fill (pages of 100)", p.fillMs, s.fillMs, "ms");
        line("sort by name, locale-aware", p.sortMs, s.sortMs, "ms");
        line("  of which GUI thread busy", p.sortGuiMs, s.sortGuiMs, "ms");
        line("re-sort (other direction)", p.resortMs, s.resortMs, "ms");
        line("  of which GUI thread busy", p.resortGuiMs, s.resortGuiMs, "ms");
        line("filter email contains \"kim\"", p.filterMs, s.filterMs, "ms");
        line("  of which GUI thread busy", p.filterGuiMs, s.filterGuiMs, "ms");
        line("clear filter", p.clearFilterMs, s.clearFilterMs, "ms");
        line("  of which GUI thread busy", p.clearGuiMs, s.clearGuiMs, "ms");
        std::printf("  rows matching the filter: %d (project), %d (Qt)\n", p.filtered, s.filtered);
        std::fflush(stdout);
    }
    return 0;
}
