// Sending speed of the bulk engine (BulkRun, as every front end runs a job): creates N users (default
// 100,000) against the embedded demo backend with injected latency (default 50 ms) and K chunks in flight
// (default 4), and compares the wall time with the ideal ceil(N / 100) x latency / K. While the job runs, a
// 10 ms timer on the main (GUI) thread measures how responsive the event loop stays. With --cancel-after MS
// the job is cancelled after MS ms instead: the same gap is measured from the cancel until finished(), and
// every row's final state is checked against the journal read back. Not a ctest test: run
// scripts/bench-sending.sh, which builds this in Release and prints the figures.

#include "alliclient.h"
#include "bulkrun.h"
#include "demoserver.h"
#include "journal.h"
#include "operationtraits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using namespace Alli::Bulk;

namespace
{

QList<PreparedRow> makeRows(int count, const QString& prefix = u"BENCH"_s)
{
    QList<PreparedRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString id = prefix + u"%1"_s.arg(i, 7, 10, QChar(u'0'));
        const QString email = prefix.toLower() + u"%1@example.com"_s.arg(i);
        PreparedRow row;
        row.index = i;
        row.line = i + 2;
        row.key = id;
        row.cells = { id, u"Bench"_s, email };
        row.payload = QJsonObject { { u"ownUserId"_s, id },
            { u"data"_s,
                QJsonArray { QJsonObject { { u"key"_s, u"firstName"_s }, { u"value"_s, u"Bench"_s } },
                    QJsonObject { { u"key"_s, u"email"_s }, { u"value"_s, email } } } } };
        rows.append(row);
    }
    return rows;
}

// The floor for this server and Qt's network stack: the same requests (other users), their bodies
// built beforehand, posted straight through QNetworkAccessManager with `concurrency` in flight,
// no engine, no journal, nothing done with the answers. Returns the wall time in ms.
qint64 rawFloorMs(
    QNetworkAccessManager* nam, const QUrl& url, const QString& key, int rowCount, int concurrency)
{
    const QList<PreparedRow> rows = makeRows(rowCount, u"FLOOR"_s);
    QList<QByteArray> bodies;
    for (int first = 0; first < rowCount; first += 100) {
        QList<int> chunk;
        for (int r = first; r < std::min(rowCount, first + 100); ++r)
            chunk.append(r);
        bodies.append(traitsOf(Operation::CreateUsers).requestBody(rows, chunk));
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("API-KEY", key.toLatin1());
    QEventLoop loop;
    qsizetype next = 0;
    int inFlight = 0;
    std::function<void()> sendNext = [&] {
        while (inFlight < concurrency && next < bodies.size()) {
            QNetworkReply* reply = nam->post(request, bodies.at(next++));
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->readAll();
                reply->deleteLater();
                --inFlight;
                sendNext();
                if (inFlight == 0 && next >= bodies.size())
                    loop.quit();
            });
        }
    };
    QElapsedTimer wall;
    wall.start();
    sendNext();
    loop.exec();
    return wall.elapsed();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Bulk sending benchmark against the demo backend"_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(
        u"rows"_s, u"Users to create (default 100000)."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption latencyOption(
        u"latency"_s, u"Demo latency in ms (default 50)."_s, u"ms"_s, u"50"_s);
    const QCommandLineOption concurrencyOption(
        u"concurrency"_s, u"Chunks in flight (default 4)."_s, u"k"_s, u"4"_s);
    const QCommandLineOption noJournalOption(u"no-journal"_s, u"Do not record the job in a journal."_s);
    const QCommandLineOption cancelOption(
        u"cancel-after"_s, u"Cancel the job after this many ms (default: never)."_s, u"ms"_s, u"0"_s);
    const QCommandLineOption serverOption(u"server"_s,
        u"Use this running backend (alli-demo-server --latency-ms ...) instead of an embedded one; "
        "--latency then only sets the ideal."_s,
        u"url"_s);
    const QCommandLineOption keyOption(u"key"_s, u"The API key of --server."_s, u"key"_s, u"demo-key-0000"_s);
    parser.addOptions({ rowsOption, latencyOption, concurrencyOption, noJournalOption, cancelOption,
        serverOption, keyOption });
    parser.process(app);
    const int rowCount = std::max(1, parser.value(rowsOption).toInt());
    const int latencyMs = std::max(0, parser.value(latencyOption).toInt());
    const int concurrency = std::max(1, parser.value(concurrencyOption).toInt());
    const bool useJournal = !parser.isSet(noJournalOption);
    const int cancelAfterMs = std::max(0, parser.value(cancelOption).toInt());

    Demo::DemoOptions options;
    options.latencyMs = latencyMs;
    options.userCount = 10;
    options.agentCount = 10;
    Demo::DemoServer demo(options);
    const bool external = parser.isSet(serverOption);
    const QUrl baseUrl = external ? QUrl(parser.value(serverOption)) : QUrl();
    const QString apiKey = parser.value(keyOption);
    if (!external && !demo.start()) {
        std::fprintf(stderr, "demo backend did not start: %s\n", qPrintable(demo.errorString()));
        return 1;
    }
    QNetworkAccessManager nam;
    AlliClient client(&nam);
    ConnectionSettings settings;
    settings.region = ConnectionSettings::Region::Custom;
    settings.customBaseUrl = external ? baseUrl : demo.baseUrl();
    settings.secret = external ? apiKey : demo.apiKey();
    client.setConnection(settings);
    client.setMaxInFlight(std::max(client.maxInFlight(), concurrency));

    // The same requests without the engine first (on a second access manager), so that the
    // engine's figure has this server's and Qt's floor beside it.
    qint64 floorMs = 0;
    if (cancelAfterMs == 0) {
        QNetworkAccessManager floorNam;
        floorMs = rawFloorMs(&floorNam, QUrl(settings.customBaseUrl.toString() + u"/webapi/v2/users/bulk"_s),
            settings.secret, rowCount, concurrency);
    }

    QElapsedTimer prepare;
    prepare.start();
    const QList<PreparedRow> rows = makeRows(rowCount);
    const qint64 prepareMs = prepare.elapsed();

    // The run object every front end uses: it records the job in the journal (its first segment
    // before anything is sent, the rest while sending), sends, verifies and records the results.
    QElapsedTimer wall;
    QTemporaryDir dir;
    RunOptions runOptions;
    runOptions.concurrency = concurrency;
    runOptions.chunkSize = 100;
    runOptions.journalPath = useJournal ? dir.filePath(u"jobs.sqlite"_s) : QString();
    BulkRun job(&client, Operation::CreateUsers, rows,
        { u"bench.csv"_s, { u"ownUserId"_s, u"firstName"_s, u"email"_s } }, runOptions);
    qint64 journalledMs = -1;
    QObject::connect(&job, &BulkRun::stageChanged, &app, [&](BulkRun::Stage stage) {
        if (stage == BulkRun::Stage::Sending && journalledMs < 0)
            journalledMs = wall.elapsed();
    });

    // Event-loop responsiveness: the longest gap between 10 ms ticks while the job runs.
    QElapsedTimer tickClock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    qint64 lastTick = -1;
    qint64 maxGap = 0;
    QList<qint64> gaps;
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = tickClock.elapsed();
        if (lastTick >= 0) {
            maxGap = std::max(maxGap, now - lastTick);
            gaps.append(now - lastTick);
        }
        lastTick = now;
    });

    qint64 cancelledAtMs = -1;
    qint64 cancelCallMs = 0;
    qint64 maxGapBeforeCancel = 0;
    if (cancelAfterMs > 0) {
        QTimer::singleShot(cancelAfterMs, &app, [&] {
            maxGapBeforeCancel = maxGap;
            maxGap = 0;
            gaps.clear();
            cancelledAtMs = wall.elapsed();
            QElapsedTimer t;
            t.start();
            job.cancel();
            cancelCallMs = t.elapsed();
        });
    }
    QObject::connect(&job, &BulkRun::finished, &app, [&] {
        const qint64 wallMs = wall.elapsed();
        ticker.stop();
        if (cancelledAtMs >= 0) {
            const Counts counts = countStates(job.results());
            std::sort(gaps.begin(), gaps.end());
            const qint64 p99 = gaps.isEmpty() ? 0 : gaps.at(qsizetype(double(gaps.size() - 1) * 0.99));
            std::printf("bulk cancel: %d users, %d in flight, demo latency %d ms, journal %s\n", rowCount,
                concurrency, latencyMs, useJournal ? "on" : "off");
            std::printf("  cancelled after          %8lld ms (max gap before: %lld ms)\n", cancelledAtMs,
                maxGapBeforeCancel);
            std::printf("  cancel() returned in     %8lld ms\n", cancelCallMs);
            std::printf("  finished() after         %8lld ms from the cancel\n", wallMs - cancelledAtMs);
            std::printf("  event loop: max gap      %8lld ms between 10 ms ticks from cancel to finished "
                        "(p99 %lld ms)\n",
                maxGap, p99);
            std::printf("  result                   %s\n", qPrintable(counts.summaryLine()));
            bool ok = counts.pending == 0 && counts.total() == rowCount && counts.notSent > 0;
            if (useJournal) {
                JobJournal journal(runOptions.journalPath);
                const std::optional<StoredJob> stored = journal.load(job.jobId());
                const bool finished = !journal.unfinishedJobs().size();
                int differ = 0;
                for (qsizetype i = 0; stored && i < stored->results.size(); ++i) {
                    if (stored->results.at(i).state != job.results().at(i).state)
                        ++differ;
                }
                std::printf("  journal                  %s, %s, %d rows differ from the job\n",
                    stored ? qPrintable(stored->summary.counts.summaryLine()) : "unreadable",
                    finished ? "finished" : "NOT finished", differ);
                ok = ok && stored && finished && differ == 0;
            }
            QCoreApplication::exit(ok ? 0 : 2);
            return;
        }
        const int requests = int(std::ceil(rowCount / 100.0));
        const double idealMs = double(requests) * latencyMs / concurrency;
        const Counts counts = countStates(job.results());
        std::sort(gaps.begin(), gaps.end());
        const qint64 p99 = gaps.isEmpty() ? 0 : gaps.at(qsizetype(double(gaps.size() - 1) * 0.99));
        const qint64 over50 = std::count_if(gaps.cbegin(), gaps.cend(), [](qint64 g) { return g > 50; });
        std::printf("bulk send: %d users in %d requests, %d in flight, demo latency %d ms, journal %s\n",
            rowCount, requests, concurrency, latencyMs, useJournal ? "on" : "off");
        std::printf("  rows prepared in         %8lld ms (not timed below)\n", qint64(prepareMs));
        if (useJournal)
            std::printf("  first segment recorded   %8lld ms after start (the rest while sending, on the "
                        "journal's thread)\n",
                journalledMs);
        std::printf("  wall time                %8lld ms\n", wallMs);
        std::printf("  ideal                    %8.0f ms  (%d x %d ms / %d)\n", idealMs, requests, latencyMs,
            concurrency);
        const double ratio = idealMs > 0 ? wallMs / idealMs : 0;
        std::printf("  ratio                    %8.3f    (goal <= 1.05: %s)\n", ratio,
            ratio <= 1.05 ? "met" : "MISSED");
        std::printf(
            "  floor                    %8lld ms  (same requests straight through QNetworkAccessManager,\n"
            "                                       bodies built beforehand, no engine: %.3f x ideal)\n",
            floorMs, idealMs > 0 ? floorMs / idealMs : 0.0);
        std::printf("  engine / floor           %8.3f\n", floorMs > 0 ? double(wallMs) / floorMs : 0.0);
        std::printf(
            "  throughput               %8.0f rows/s\n", wallMs > 0 ? rowCount * 1000.0 / wallMs : 0.0);
        std::printf(
            "  event loop: max gap      %8lld ms between 10 ms ticks (p99 %lld ms, %lld gaps > 50 ms, %lld "
            "ticks)\n",
            maxGap, p99, qint64(over50), qint64(gaps.size() + 1));
        std::printf("  result                   %s\n", qPrintable(counts.summaryLine()));
        const bool allCreated = counts.succeeded == rowCount && (external || demo.userCount() >= rowCount);
        std::printf("  backend                  %s\n",
            external ? "external"
                     : qPrintable(u"%1 users, %2 requests"_s.arg(demo.userCount()).arg(demo.requestCount())));
        QCoreApplication::exit(allCreated ? 0 : 2);
    });

    tickClock.start();
    ticker.start();
    wall.start();
    job.start();
    return app.exec();
}
