// alli-admin-cli: bulk changes to an Alli project from a CSV file, without a display.
// Usage: alli-admin-cli [--base-url URL | --region us|ja] users|members|agents import FILE --action ACTION

#include "clirunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <atomic>
#include <csignal>

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#endif

using namespace Qt::Literals::StringLiterals;

namespace
{

std::atomic<bool> g_interrupted { false };

extern "C" void onSigint(int)
{
    g_interrupted.store(true);
    // A second Ctrl+C ends the process at once.
    std::signal(SIGINT, SIG_DFL);
}

#if defined(__GLIBC__)
// One job, then the process ends: memory freed on the way (a file's text once its cells are
// stored) is kept for the rows prepared next, not handed back to the system and faulted in again
// page by page; and the heap's first 128 MB are backed by huge pages where the kernel offers them
// (transparent huge pages in "madvise" mode, as on Debian): a 100,000-row file touches some 50 MB,
// 12,000 page faults of 4 KB on a virtual machine where each costs several microseconds.
// Measured on 100,000 rows: the dry run 0.16-0.17 -> 0.06-0.08 s (peak memory +1.5 MB), the time
// to the first request 0.20-0.22 -> 0.12-0.17 s.
void tuneMemoryForOneJob()
{
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
#if defined(MADV_HUGEPAGE)
    // Taken from the heap and given back at once: it stays in the heap (below the trim
    // threshold), and what is allocated there later is faulted in 2 MB at a time.
    constexpr uintptr_t kHuge = uintptr_t(2) << 20;
    constexpr size_t kRoom = size_t(128) << 20;
    if (void* room = std::malloc(kRoom)) {
        const auto start = reinterpret_cast<uintptr_t>(room);
        const uintptr_t from = (start + kHuge - 1) & ~(kHuge - 1);
        const uintptr_t to = (start + kRoom) & ~(kHuge - 1);
        if (to > from)
            madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
        std::free(room);
    }
#endif
}
#endif

} // namespace

int main(int argc, char* argv[])
{
#if defined(__GLIBC__)
    tuneMemoryForOneJob();
#endif
    QCoreApplication app(argc, argv);
    // Same names as the GUI: both share the journal under AppDataLocation.
    QCoreApplication::setOrganizationName(u"AlliAdmin"_s);
    QCoreApplication::setApplicationName(u"Alli Admin"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ALLI_VERSION));

    // Progress and problems already go to stderr; the libraries' info lines would drown them.
    // QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(u"alli.*.info=false\nalli.*.debug=false"_s);

    Alli::Cli::CliRunner runner;
    if (!runner.start(QCoreApplication::arguments()))
        return runner.exitCode();

    // Only an atomic flag is touched in the signal handler; the event loop polls it.
    std::signal(SIGINT, onSigint);
    QTimer sigintPoll;
    QObject::connect(&sigintPoll, &QTimer::timeout, &runner, [&runner] {
        if (g_interrupted.exchange(false))
            runner.interrupt();
    });
    sigintPoll.start(100);
    return QCoreApplication::exec();
}
