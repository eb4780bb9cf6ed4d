#pragma once
// Every bulk job is written to a local SQLite database (Qt Sql) before its first request and
// updated after every chunk, so that a job interrupted by a crash can be resumed without
// resending a chunk that was already answered, and a history page can list past jobs.

#include "background.h"
#include "bulktypes.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Alli::Bulk
{

struct JobSummary {
    qint64 id = -1;
    Operation operation = Operation::CreateUsers;
    QString sourceFile;
    QString connectionLabel; // e.g. "Demo project" or the profile name; never a secret
    QDateTime started;
    QDateTime finished; // invalid while unfinished
    Counts counts;
    // When the rows of this finished job were removed (JobJournal::pruneFinishedJobs): its counts
    // stay, its report can no longer be written. Invalid while the rows are kept.
    QDateTime rowsPruned;
    // Rows of the file never recorded, so never sent: the job stopped while it was being recorded
    // in segments (see StoredJob::rowsNotRecorded). Kept after its rows are pruned.
    int notRecorded = 0;
};

struct StoredJob {
    JobSummary summary;
    QStringList header;
    QList<PreparedRow> rows;
    // Rows in a chunk that was sent but not recorded as answered come back as Unknown.
    QList<RowResult> results;
    // A job is recorded in segments while its first rows are sent (createJob(), appendRows()).
    // When it stopped before every segment was written, the rows after `lastRecordedLine` were
    // never recorded and therefore never sent: how many there were.
    int rowsNotRecorded = 0;
    int lastRecordedLine = 0;
};

class JobJournal : public QObject
{
    Q_OBJECT
public:
    // Opens (creating if needed) the database at `path`; each instance uses its own connection name.
    explicit JobJournal(const QString& path, QObject* parent = nullptr);
    ~JobJournal() override;
    bool isOpen() const;
    QString errorString() const;
    // The journal shared by alli-admin and alli-admin-cli: journal.sqlite in AppDataLocation.
    static QString defaultPath();
    // The database file: a worker thread opens its own JobJournal on it (WAL allows it).
    QString path() const { return m_path; }

    // Records a new job of `rows`: the first `recorded` of them (all when negative) in the same
    // transaction; appendRows() records the rest. A row is never marked sent before it is recorded.
    // `totalRows`: the job's rows when `rows` are only the first of them (the others still being
    // prepared); negative: rows.size().
    qint64 createJob(Operation op, const QString& sourceFile, const QString& connectionLabel,
        const QStringList& header, const QList<PreparedRow>& rows, const QList<RowResult>& results,
        int recorded = -1, int totalRows = -1);
    // Records rows [from, from + results.size()) of a job created with createJob(), with those
    // results, in one transaction; rows.at(0) is the job's row `rowsFrom`.
    bool appendRows(qint64 jobId, const QList<PreparedRow>& rows, int from, const QList<RowResult>& results,
        int rowsFrom = 0);
    // Before sending a chunk: its rows are marked "in flight".
    void markSent(qint64 jobId, const QList<int>& rowIndexes);
    // Undoes markSent() for rows that were marked ahead of time but not sent (pause, close):
    // rows still "in flight" become pending again.
    void unmarkSent(qint64 jobId, const QList<int>& rowIndexes);
    // After a chunk's answer: its rows' final states, in one transaction.
    void recordResults(qint64 jobId, const QList<int>& rowIndexes, const QList<RowResult>& results);
    void markFinished(qint64 jobId);

    QList<JobSummary> jobs() const; // newest first

    // Removes the rows of every finished job that finished before `finishedBefore` (their counts,
    // file, server and times stay for good), then gives the space back to the file system.
    // Unfinished jobs are never touched. Returns how many jobs lost their rows, or -1 on error.
    int pruneFinishedJobs(const QDateTime& finishedBefore);
    // How many days the rows of finished jobs are kept by default (History can change it).
    static constexpr int kDefaultKeepDays = 30;
    QList<JobSummary> unfinishedJobs() const;
    std::optional<StoredJob> load(qint64 jobId) const;

private:
    QString m_path;
    QString m_connectionName;
    QString m_error;
};

// One job's journal updates, written in the order they were queued by a thread of its own with
// its own connection to the journal file, so that the sending thread never waits for SQLite.
// committed(ticket) is emitted (queued to the writer's thread) once that update and everything
// queued before it are in the database. The destructor writes whatever is still queued.
class JournalWriter : public QObject
{
    Q_OBJECT
public:
    JournalWriter(const QString& path, qint64 jobId, QObject* parent = nullptr);
    ~JournalWriter() override;
    qint64 jobId() const { return m_jobId; }

    quint64 appendRows(const QList<PreparedRow>& rows, int from, const QList<RowResult>& results);
    quint64 markSent(const QList<int>& rowIndexes);
    quint64 unmarkSent(const QList<int>& rowIndexes);
    quint64 recordResults(const QList<int>& rowIndexes, const QList<RowResult>& results);
    quint64 markFinished();
    // Blocks until everything queued so far is written (tests; a process about to exit).
    void flush();

    // Lets `writer` write what is queued on its own thread without anyone waiting for it (a run
    // destroyed while its rows were still being recorded: the GUI thread must not wait). It is
    // deleted on this thread once everything is written, or when the application object goes.
    static void release(std::shared_ptr<JournalWriter> writer);
    // Blocks until every released writer has written everything: whoever reads a job from the
    // journal on a worker (or in the CLI) first calls it. Never on the GUI thread.
    static void waitForReleased();
    // While one exists, waitForReleased() waits as well: rows that nobody waits for are being
    // written elsewhere (a job created on a worker for a run that no longer exists).
    class PendingWrite
    {
    public:
        PendingWrite();
        ~PendingWrite();
        Q_DISABLE_COPY_MOVE(PendingWrite)
    };

Q_SIGNALS:
    void committed(quint64 ticket);
    // Released, and everything queued is written.
    void drained();

private:
    quint64 enqueue(std::function<void(JobJournal&)> work);
    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_jobId;
};

// Rows written elsewhere (by released writers, or for a PendingWrite) are not all in the
// journal yet while anyPending(): a job then shows rows "never recorded" that are on their way.
// allWritten() tells readers on the application's thread (History) when the last has arrived.
class PendingJournalWrites : public QObject
{
    Q_OBJECT
public:
    static PendingJournalWrites* instance(); // created on, and signalling to, the first caller's thread
    static bool anyPending();

Q_SIGNALS:
    void allWritten();

private:
    PendingJournalWrites() = default;
    friend class JournalWriter;
    static void notifyAllWritten(); // with the released writers' mutex held
};

// Runs `work` with a JobJournal of its own on a pool thread (created and destroyed there: SQLite
// connections belong to the thread that opened them), then `done` with its result on
// `context`'s thread. `done` is not called when `context` is destroyed first; `failed` is the
// result when the journal cannot be opened.
template<typename T, typename Work, typename Done>
void runWithJournal(QObject* context, const QString& path, T failed, Work work, Done done)
{
    runInBackground(
        context,
        [path, failed = std::move(failed), work = std::move(work)]() -> T {
            JournalWriter::waitForReleased(); // every row of a job, also of one just let go
            JobJournal journal(path);
            return journal.isOpen() ? work(journal) : failed;
        },
        std::move(done));
}

} // namespace Alli::Bulk
