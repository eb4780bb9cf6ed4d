#pragma once
// One bulk job from start to end, wherever it starts (the import dialog, a selection of agents,
// the command line, History): it is written to the journal before anything is sent, sent
// (BulkJob), rows whose outcome is unknown are looked up on the server (Reconciler), rows
// verifiably never applied are sent again with backoff, and every row ends in one final state
// recorded in the journal. A resumed job is refused when it was started on another server; the
// rows that were in flight when it stopped are looked up before anything is sent.
//
// Shaped like KDE's KCompositeJob: start() only schedules work, stage and progress change as it
// goes, finished() comes exactly once, with error() / errorString() set when it could not run.

#include "bulkjob.h"
#include "bulktypes.h"
#include "journal.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace Alli
{
class AlliClient;
}

namespace Alli::Bulk
{

class Reconciler;

struct RunOptions {
    int concurrency = 4; // requests in flight
    int chunkSize = 100; // capped by maxRowsPerRequest()
    // Look up rows whose outcome is unknown (after sending, and on resume before sending).
    // alli-admin-cli --no-verify turns it off: such rows then stay unknown.
    bool verify = true;
    // A row verifiably not applied after a server error or a lost answer is sent again, up to
    // this many sends in all; the n-th resend waits resendDelayMs × 2^(n-1), at most 30 s.
    int maxSends = 4;
    int resendDelayMs = 1000;
    // The journal's file; empty: the job is not journalled.
    QString journalPath = JobJournal::defaultPath();
    // A new job is recorded in segments of this many rows: sending starts once the first is
    // written, the others follow on the journal's thread between the chunks' marks (a row is
    // never marked sent, so never sent, before it is recorded).
    int recordSegmentRows = 2000;
};

// Where a job's rows came from, as History and the report show it.
struct RunSource {
    QString file; // the CSV file's path, or a description ("Agents page: …") for a selection
    QStringList header; // the report's original columns
};

class BulkRun : public QObject
{
    Q_OBJECT
public:
    enum class Stage {
        NotStarted,
        Journalling, // writing a new job to the journal, or reading the job to resume
        Checking, // resume: looking up the rows that were in flight when the job stopped
        Sending,
        Verifying, // looking up rows whose outcome is unknown
        Waiting, // before sending verifiably absent rows again (backoff)
        Finished,
    };
    Q_ENUM(Stage)
    enum class Error {
        NoError,
        NoSuchJob, // resume: not in the journal, or the journal cannot be read
        AlreadyFinished, // resume: nothing left to do
        OtherServer, // resume: the job was started on another server
    };
    Q_ENUM(Error)

    // A new job of `rows` (invalid rows are recorded and never sent).
    BulkRun(AlliClient* client, Operation op, QList<PreparedRow> rows, RunSource source,
        RunOptions options = {}, QObject* parent = nullptr);
    // Resumes the journalled job `jobId` (read by start(), on a worker).
    static BulkRun* resumeJob(
        AlliClient* client, qint64 jobId, RunOptions options = {}, QObject* parent = nullptr);
    // A new job whose rows are still being prepared (alli-admin-cli with a large file): the
    // file's `expectedRows` rows come in order by appendRows() while the job runs, then
    // endRows(). The journal has the job's size from the start, so rows never given (the process
    // stopped first) are "never recorded" rows of the job; sending starts with the first rows,
    // and the job finishes after endRows(). Rows given later change rows() without a signal of
    // their own (progressChanged() only): for front ends that show counts, not a row model.
    static BulkRun* streamed(AlliClient* client, Operation op, int expectedRows, RunSource source,
        RunOptions options = {}, QObject* parent = nullptr);
    ~BulkRun() override;
    // The next rows of a streamed() job (their index follows the rows given before).
    void appendRows(QList<PreparedRow> rows);
    void endRows();
    // Rows a streamed() job has still to be given; 0 once endRows() was called.
    int rowsToCome() const { return m_rowsComplete ? 0 : std::max(0, m_expectedRows - int(rows().size())); }

    // The name a job keeps of its server: the host of its base URL (never a key).
    static QString serverLabel(const AlliClient* client);
    // The newest unfinished job started on `server`, the one to offer for resuming.
    static std::optional<JobSummary> resumableJob(const JobJournal& journal, const QString& server);
    // What resuming `job` cannot do (translated), or empty: rows of its file that were never
    // recorded, so never sent (JobSummary::notRecorded).
    static QString notRecordedText(const JobSummary& job);
    // Why `job` cannot be resumed on `server` (translated), or empty when it can.
    static QString whyNotResumable(const JobSummary& job, const QString& server);

    void start();
    void pause(); // while sending: requests in flight finish, no new one starts
    void resume();
    // Nothing more is sent: requests in flight finish, unsent rows become NotSent; rows whose
    // outcome is unknown are still looked up (reads only) unless cancel() is called again.
    void cancel();

    Stage stage() const { return m_stage; }
    bool isResume() const { return m_resumeId >= 0; }
    bool isRunning() const { return m_stage != Stage::NotStarted && m_stage != Stage::Finished; }
    bool isFinished() const { return m_stage == Stage::Finished; }
    bool isPaused() const { return m_paused; }
    bool isCancelled() const { return m_cancelled; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; } // translated; empty when error() is NoError
    // Set when the job could not be written to the journal (it is sent anyway), or when a
    // resumed job stopped before all its rows were recorded (those were never sent).
    QString journalWarning() const { return m_journalWarning; }
    // Resume: rows of the file that were never recorded, so never sent (see StoredJob).
    int rowsNotRecorded() const { return m_rowsNotRecorded; }

    Operation operation() const { return m_operation; }
    const RunSource& source() const { return m_source; }
    qint64 jobId() const { return m_jobId; } // -1 before it is journalled or when it is not
    // While a round sends, its job holds the rows and the results (one copy of 100,000 rows, not
    // two, and rows given to a streamed() job are appended without copying those before).
    const QList<PreparedRow>& rows() const { return m_job ? m_job->rows() : m_rows; }
    const QList<RowResult>& results() const { return m_job ? m_job->results() : m_results; }
    Counts counts() const { return countStates(results()); }
    // While sending: rows done of rows to send, throughput and time left. Otherwise counts only.
    Progress progress() const;
    // While checking or verifying: rows looked up so far and how many are to look up.
    int lookedUp() const { return m_lookedUp; }
    int toLookUp() const { return m_toLookUp; }
    // Rows found applied on the server by the look-ups, and rows sent again after being found
    // absent, over the whole run.
    int verifiedApplied() const { return m_verifiedApplied; }
    int resentRows() const { return m_resentRows; }
    // What one line of progress says now (translated): the stage and its counts.
    QString statusText() const;
    // The rows "Retry failed rows" would send (see BulkJob::failedRows()).
    QList<PreparedRow> failedRows() const;

Q_SIGNALS:
    void stageChanged(Alli::Bulk::BulkRun::Stage stage);
    void progressChanged();
    void rowsChanged(const QList<int>& indexes);
    // rows() was replaced (a resumed job, once read from the journal).
    void rowsReset();
    void finished();

private:
    BulkRun(AlliClient* client, QObject* parent, RunOptions options);
    void setStage(Stage stage);
    void fail(Error error, const QString& message);
    void journalNewJob();
    void openWriter();
    void loadJob();
    void checkInFlightRows();
    void sendRound();
    void onRoundFinished();
    void verifyUnknownRows();
    void onVerified();
    void finishRun();
    void finishNow();
    void onJobRowsChanged(const QList<int>& indexes);
    void recordResults(const QList<int>& rows, const QList<RowResult>& results);
    void recordNextSegment();
    void recordRemainingRows();

    QPointer<AlliClient> m_client;
    QString m_server;
    Operation m_operation = Operation::CreateUsers;
    QList<PreparedRow> m_rows;
    QList<RowResult> m_results;
    RunSource m_source;
    RunOptions m_options;
    qint64 m_resumeId = -1;
    qint64 m_jobId = -1;
    std::shared_ptr<JournalWriter> m_writer;
    // A new job being created on a worker; shared with it, for a run destroyed meanwhile.
    struct Creation;
    std::shared_ptr<Creation> m_creation;
    BulkJob* m_job = nullptr; // the round being sent
    Reconciler* m_reconciler = nullptr;
    QTimer m_backoff;
    Stage m_stage = Stage::NotStarted;
    Error m_error = Error::NoError;
    QString m_errorString;
    QString m_journalWarning;
    int m_round = 0;
    int m_lookedUp = 0;
    int m_toLookUp = 0;
    int m_verifiedApplied = 0;
    int m_resentRows = 0;
    // Rows that may already have been applied and were refused: their refusal, their result if
    // the look-up finds them not applied (BulkJob::refusals()).
    QHash<int, RowResult> m_refusals;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_stopVerifying = false;
    bool m_stopped = false; // credentials refused
    quint64 m_finishTicket = 0;
    quint64 m_generation = 0;
    // A new job's rows [0, m_recorded) are recorded or queued to the writer; m_segmentTicket is
    // the segment being written (0: none).
    int m_recorded = 0;
    quint64 m_segmentTicket = 0;
    int m_rowsNotRecorded = 0;
    // streamed(): the rows of the whole job, and whether endRows() was called.
    int m_expectedRows = -1;
    bool m_rowsComplete = true;
};

} // namespace Alli::Bulk
