// Reading speed and peak memory of the bulk CSV reader: decode + parse (CsvReader::readFile) and
// validate (OperationSpec::autoMap + RowValidator::prepare for "users-create") of one file.
// scripts/bench-reading.sh generates the files, runs this in a child process per measurement
// and compares with Python's csv module on the same files.
//
// Usage: bench_csvreader FILE [--encoding ID] [--repeat N] [--parse-only] [--check-only]
//                        [--expect-refusal]
// Prints one line of key=value pairs: bytes, rows, encoding, best milliseconds of each phase,
// and the process's peak resident set (getrusage ru_maxrss, KiB) before and after the work.

#include "csvreader.h"
#include "operations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <sys/resource.h>

#include <cstdio>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace Alli::Bulk;

namespace
{

long peakRssKiB()
{
    struct rusage usage {
    };
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const long baselineKiB = peakRssKiB();
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr,
            "usage: bench_csvreader FILE [--encoding ID] [--repeat N] [--parse-only] [--check-only]\n");
        return 2;
    }
    const QString path = args.at(1);
    CsvOptions options;
    int repeat = 1;
    bool validate = true;
    bool checkOnly = false; // --check-only: validation without payloads (what a dry run needs)
    // --expect-refusal: a hostile file; how long the refusal took and the memory it needed.
    bool expectRefusal = false;
    for (int i = 2; i < args.size(); ++i) {
        if (args.at(i) == u"--encoding" && i + 1 < args.size()) {
            const auto e = encodingFromId(args.at(++i));
            if (!e) {
                std::fprintf(stderr, "unknown encoding\n");
                return 2;
            }
            options.encoding = *e;
        } else if (args.at(i) == u"--repeat" && i + 1 < args.size()) {
            repeat = std::max(1, args.at(++i).toInt());
        } else if (args.at(i) == u"--parse-only") {
            validate = false;
        } else if (args.at(i) == u"--check-only") {
            checkOnly = true;
        } else if (args.at(i) == u"--expect-refusal") {
            expectRefusal = true;
        }
    }

    double bestRead = std::numeric_limits<double>::max();
    double bestValidate = std::numeric_limits<double>::max();
    double bestTotal = std::numeric_limits<double>::max();
    qsizetype rows = 0;
    qsizetype invalid = 0;
    Encoding used = Encoding::Auto;
    for (int run = 0; run < repeat; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto result = CsvReader::readFile(path, options);
        const double readMs = double(timer.nsecsElapsed()) / 1e6;
        if (auto* error = std::get_if<CsvError>(&result)) {
            if (expectRefusal) {
                std::printf("refused=1 total_ms=%.1f baseline_kib=%ld peak_kib=%ld\n", readMs, baselineKiB,
                    peakRssKiB());
                return 0;
            }
            std::fprintf(stderr, "refused: %s\n", qPrintable(error->message));
            return 1;
        }
        const CsvTable& table = std::get<CsvTable>(result);
        rows = table.rowCount();
        used = table.encoding;
        double validateMs = 0;
        if (validate) {
            QElapsedTimer v;
            v.start();
            const QList<PreparedRow> prepared = RowValidator::prepare(Operation::CreateUsers, table,
                OperationSpec::autoMap(Operation::CreateUsers, table.header), {},
                checkOnly ? RowValidator::Payloads::Skip : RowValidator::Payloads::Build);
            validateMs = double(v.nsecsElapsed()) / 1e6;
            invalid = 0;
            for (const PreparedRow& row : prepared)
                invalid += row.isValid() ? 0 : 1;
        }
        bestRead = std::min(bestRead, readMs);
        bestValidate = std::min(bestValidate, validateMs);
        bestTotal = std::min(bestTotal, readMs + validateMs);
    }

    std::printf("bytes=%lld rows=%lld invalid=%lld encoding=%s read_ms=%.1f validate_ms=%.1f total_ms=%.1f "
                "baseline_kib=%ld peak_kib=%ld\n",
        static_cast<long long>(QFileInfo(path).size()), static_cast<long long>(rows),
        static_cast<long long>(invalid), qPrintable(encodingId(used)), bestRead, bestValidate, bestTotal,
        baselineKiB, peakRssKiB());
    return 0;
}
