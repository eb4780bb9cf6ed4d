#pragma once
// Sends prepared rows to Alli: chunks of at most 100 rows (one row per request for agents), a
// cap on chunks in flight, pause / resume / cancel, per-row results matched by ownUserId or
// email (results may be grouped and in any order), and no blind resend of a chunk that may
// have reached the server. Progress with throughput and time left. Optionally journalled.

#include "bulktypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <limits>
#include <memory>

namespace Alli
{
class AlliClient;
class ApiReply;
}

namespace Alli::Bulk
{

class JobJournal;
class JournalWriter;

struct JobOptions {
    // Chunks in flight. While the job runs, the client's maxInFlight is raised to this when lower
    // (and restored when the job finishes or is destroyed).
    int concurrency = 4;
    int chunkSize = 100; // capped by maxRowsPerRequest()
};

struct Progress {
    int total = 0; // rows to send (valid rows)
    int done = 0; // rows with a final state
    int failed = 0; // failed + unknown
    double rowsPerSecond = 0;
    qint64 etaMs = -1; // -1 when unknown
};

class BulkJob : public QObject
{
    Q_OBJECT
public:
    // Invalid rows are marked Invalid at once and never sent.
    BulkJob(AlliClient* client, Operation op, QList<PreparedRow> rows, JobOptions options = {},
        QObject* parent = nullptr);
    // The same followed by setInitialResults(results), without building the initial results first:
    // `results` is shared, not copied, until the job changes a row (BulkRun's rounds of 100,000 rows).
    BulkJob(AlliClient* client, Operation op, QList<PreparedRow> rows, QList<RowResult> results,
        JobOptions options = {}, QObject* parent = nullptr);
    ~BulkJob() override;
    // Every row Pending, except invalid rows: Invalid with their problems.
    static QList<RowResult> initialResults(const QList<PreparedRow>& rows);

    // Records the job's progress in the journal (where createJob() recorded it as `jobId`):
    // every chunk's rows are marked sent, and committed, before its request goes out; results
    // are recorded after each answer. The writes run on a thread of their own with their own
    // connection to the journal's file (`journal` itself is only asked for its path); finished()
    // comes once everything, the job's end included, is in the journal.
    void setJournal(JobJournal* journal, qint64 jobId);
    void setJournal(const QString& journalPath, qint64 jobId);
    // The same with a writer shared with others (BulkRun: one writer for all the rounds of a
    // job). With `marksFinished` false the job does not record the job's end: finished() comes
    // once every row is final, and the owner marks the job finished when it is done with it.
    void setJournalWriter(std::shared_ptr<JournalWriter> writer, bool marksFinished);
    // A job recorded in the journal in segments while it is sent (BulkRun): rows [0, count) are
    // recorded, or queued to the writer before anything this job queues from now on. No row
    // beyond is marked sent (so none is sent) nor has its result written; raising the count
    // lets sending go on. All rows when never called.
    void setRecordedRows(int count);
    // Resume: rows whose state is already final keep it; rows in a chunk that was in flight when
    // the previous run stopped must be passed as Unknown, so they are never resent.
    void setInitialResults(const QList<RowResult>& results);

    // A job whose rows are still being prepared (BulkRun, for alli-admin-cli): more rows come by
    // appendRows(), in order, and the job does not finish before endRows(). Before start().
    // `expectedRows`: how many it will have in all (room is made for them at once).
    void expectMoreRows(int expectedRows);
    // Rows after those the job has, with their initial results (initialResults()): sent like the
    // others, or NotSent at once when the job was cancelled or stopped meanwhile.
    void appendRows(QList<PreparedRow> rows, QList<RowResult> results);
    // No more rows: the job finishes once the rows it has are final.
    void endRows();

    void start();
    void pause(); // chunks in flight finish; no new chunk starts
    void resume();
    // Chunks in flight finish; every row not sent becomes NotSent (marked in slices over a few
    // event-loop turns for large jobs; finished() comes once every row has its final state).
    void cancel();

    Operation operation() const { return m_operation; }
    const QList<PreparedRow>& rows() const { return m_rows; }
    const QList<RowResult>& results() const { return m_results; }
    Progress progress() const;
    bool isRunning() const;
    bool isPaused() const { return m_paused; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    // The server refused the credentials (401 / 403): the rows not sent became NotSent.
    bool isStopped() const { return m_stopped; }
    // How many chunks found a free slot but had to wait for their journal mark to be committed
    // (the first chunk always does): the marks are meant to stay ahead of the slots.
    int journalWaits() const { return m_journalWaits; }
    // A new job with the rows that failed or are unknown (for "Retry failed rows").
    QList<PreparedRow> failedRows() const;
    // Rows an earlier attempt may already have applied (unknown before, or marked "may already be
    // applied") that the server refused now, with that refusal. Such a row ends Unknown: only a
    // look-up on the server tells whether the refusal means it is already applied ("already
    // exists", "not found", in whatever words or language) or refuses its content. BulkRun looks
    // them up: applied, they succeeded; not applied, the refusal is their result.
    const QHash<int, RowResult>& refusals() const { return m_refusals; }

Q_SIGNALS:
    void rowsChanged(const QList<int>& indexes);
    void progressChanged();
    void finished();

private:
    // Implementation detail of the engine; see bulkjob.cpp.
    void buildChunks();
    void chunkNewRows();
    void sendNewRows();
    void pump();
    void sendChunk(int chunkIndex);
    void chunkAnswered(int chunkIndex, ApiReply* reply, const QList<RowResult>& results);
    void markRemainingNotSent(const RowResult& notSent); // NotSent, and why
    RowResult notSentResult(int row) const;
    void markNotSentSlice();
    void queueMarks();
    void unmarkAhead();
    void recordInJournal(const QList<int>& rows, const QList<RowResult>& results);
    void onJournalCommitted(quint64 ticket);
    void finishIfDone();
    void finishNow();
    RowResult reconcile(int row, const RowResult& result);
    qint64 activeMs() const;
    void setResult(int row, const RowResult& result);
    void raiseClientLimit();
    void restoreClientLimit();

    QPointer<AlliClient> m_client;
    Operation m_operation;
    QList<PreparedRow> m_rows;
    QList<RowResult> m_results;
    JobOptions m_options;
    QList<QList<int>> m_chunks; // row indexes per chunk
    // While more rows may come: rows [0, m_chunkedRows) are in chunks or in the open chunk, which
    // is not in m_chunks (not sent) until it is full or no more rows come.
    QList<int> m_openChunk;
    QSet<QString> m_openKeys;
    int m_chunkedRows = 0;
    bool m_moreRows = false;
    QList<bool> m_previouslyUnknown; // per row: an earlier run sent it without a usable answer
    QHash<int, RowResult> m_refusals; // see refusals()
    QList<QPointer<ApiReply>> m_replies; // in flight
    int m_nextChunk = 0;
    int m_inFlight = 0;
    int m_doneAtStart = 0; // rows already final when start() was called (resume)
    bool m_started = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_stopped = false; // 401 / 403: every further chunk would fail the same way
    bool m_finished = false;
    // The journal: chunks [0, m_markCommitted) have their markSent() committed; markSent() is
    // queued for [0, m_markQueued), ahead of sending, so that sending is not held up.
    std::shared_ptr<JournalWriter> m_writer;
    bool m_writerMarksFinished = true;
    int m_markQueued = 0;
    int m_markCommitted = 0;
    int m_recordedRows = std::numeric_limits<int>::max(); // setRecordedRows()
    int m_journalWaits = 0; // times a free slot waited for a chunk's mark (journalWaits())
    int m_waitedChunk = -1;
    QList<std::pair<quint64, int>> m_markTickets; // (ticket, chunk) not committed yet
    quint64 m_finishTicket = 0; // markFinished() queued; finished() comes once it is committed
    // Cancel / stop: rows of chunks [m_nextChunk, end) become NotSent a slice at a time.
    RowResult m_notSent;
    bool m_markingNotSent = false;
    QElapsedTimer m_clock;
    Counts m_counts; // kept up to date by setResult(), so progress() costs nothing per chunk
    QElapsedTimer m_pauseClock;
    qint64 m_pausedMs = 0;
    int m_savedMaxInFlight = -1; // the client's limit before raiseClientLimit(); -1 = untouched
    int m_raisedMaxInFlight = -1;
};

// The rows of a "Retry failed rows" job: unknown rows and failures a retry can fix (not rows the
// server refused). Rows that may already be applied (unknown now, `mayBeApplied`, or carrying the
// mark from an earlier job) carry CellProblem::mayBeAppliedWarning(), so that a refusal of them is
// looked up (BulkJob::refusals()).
QList<PreparedRow> retryableRows(
    const QList<PreparedRow>& rows, const QList<RowResult>& results, const QList<bool>& mayBeApplied = {});

} // namespace Alli::Bulk
