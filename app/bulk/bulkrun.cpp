#include "bulkrun.h"

#include "alliclient.h"
#include "reconciler.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Bulk
{

namespace
{
    Q_LOGGING_CATEGORY(lcBulkRun, "alli.bulk.run", QtInfoMsg)

    constexpr int kMaxBackoffMs = 30000;
} // namespace

BulkRun::BulkRun(AlliClient* client, QObject* parent, RunOptions options)
    : QObject(parent)
    , m_client(client)
    , m_server(serverLabel(client))
    , m_options(std::move(options))
{
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, [this] {
        if (!m_paused)
            sendRound();
    });
}

BulkRun::BulkRun(AlliClient* client, Operation op, QList<PreparedRow> rows, RunSource source,
    RunOptions options, QObject* parent)
    : BulkRun(client, parent, std::move(options))
{
    m_operation = op;
    m_rows = std::move(rows);
    m_results = BulkJob::initialResults(m_rows);
    m_source = std::move(source);
}

BulkRun* BulkRun::streamed(
    AlliClient* client, Operation op, int expectedRows, RunSource source, RunOptions options, QObject* parent)
{
    auto* run = new BulkRun(client, op, {}, std::move(source), std::move(options), parent);
    run->m_expectedRows = expectedRows;
    run->m_rowsComplete = false;
    return run;
}

void BulkRun::appendRows(QList<PreparedRow> rows)
{
    if (m_rowsComplete || rows.isEmpty())
        return;
    QList<RowResult> results = BulkJob::initialResults(rows);
    if (m_job) {
        m_job->appendRows(std::move(rows), std::move(results));
    } else if (m_rows.isEmpty()) {
        m_rows = std::move(rows); // with the room the caller made for every row
        m_rows.reserve(m_expectedRows);
        m_results = std::move(results);
        m_results.reserve(m_expectedRows);
    } else {
        m_rows.append(std::move(rows));
        m_results.append(std::move(results));
    }
    if (m_segmentTicket == 0)
        recordNextSegment();
    emit progressChanged();
}

void BulkRun::endRows()
{
    if (m_rowsComplete)
        return;
    m_rowsComplete = true;
    if (m_job)
        m_job->endRows();
    emit progressChanged();
}

BulkRun* BulkRun::resumeJob(AlliClient* client, qint64 jobId, RunOptions options, QObject* parent)
{
    auto* run = new BulkRun(client, parent, std::move(options));
    run->m_resumeId = jobId;
    run->m_jobId = jobId;
    return run;
}

// Shared by a run and the worker creating its job: whichever comes second records the rows
// after the first segment when the run is destroyed before it learnt its job's id.
struct BulkRun::Creation {
    QMutex mutex;
    bool abandoned = false; // the run was destroyed
    bool created = false; // createJob() returned (id)
    qint64 id = -1;
    int first = 0; // rows recorded by createJob()
    std::unique_ptr<JournalWriter::PendingWrite> pending; // readers wait for the worker's rows
};

BulkRun::~BulkRun()
{
    if (m_creation) {
        // Destroyed while its job was being created: nothing was sent; every row is still
        // recorded (History and resume see the whole job, nothing "never recorded").
        QMutexLocker lock(&m_creation->mutex);
        m_creation->abandoned = true;
        if (!m_creation->created) {
            m_creation->pending = std::make_unique<JournalWriter::PendingWrite>();
        } else if (m_creation->id >= 0 && m_creation->first < m_rows.size()) {
            auto writer = std::make_shared<JournalWriter>(m_options.journalPath, m_creation->id);
            writer->appendRows(m_rows, m_creation->first, m_results.mid(m_creation->first));
            JournalWriter::release(std::move(writer));
        }
    }
    // The round's destructor undoes marks made ahead and drops requests in flight (their rows
    // stay "sent" in the journal: a resumed job looks them up); then the writer writes the rest,
    // the rows not recorded yet included.
    delete m_reconciler;
    if (m_job) {
        m_rows = m_job->rows();
        m_results = m_job->results();
    }
    delete m_job;
    m_job = nullptr;
    if (m_cancelled) {
        // The round's own not-sent marks skipped the rows not recorded yet.
        for (qsizetype i = m_recorded; i < m_results.size(); ++i) {
            if (m_results.at(i).state == RowState::Pending)
                m_results[i] = { RowState::NotSent,
                    QCoreApplication::translate("Alli::Bulk::BulkJob", "Cancelled before it was sent"),
                    m_results.at(i).attempts };
        }
    }
    const bool recording = m_recorded < m_rows.size();
    recordRemainingRows();
    if (m_writer) {
        disconnect(m_writer.get(), nullptr, this, nullptr);
        // Destroyed while its rows were still being recorded (a 100,000-row import closed in its
        // first second): they are written on the writer's thread, nobody waits for them here.
        if (recording)
            JournalWriter::release(std::move(m_writer));
    }
}

QString BulkRun::serverLabel(const AlliClient* client)
{
    return client ? client->connection().baseUrl().host() : QString();
}

std::optional<JobSummary> BulkRun::resumableJob(const JobJournal& journal, const QString& server)
{
    const QList<JobSummary> unfinished = journal.unfinishedJobs(); // newest first
    for (const JobSummary& job : unfinished) {
        if (whyNotResumable(job, server).isEmpty())
            return job;
    }
    return std::nullopt;
}

QString BulkRun::notRecordedText(const JobSummary& job)
{
    if (job.notRecorded <= 0)
        return {};
    return tr("%n row(s) of the file were never recorded nor sent: resuming does not send them; import "
              "them again.",
        nullptr, job.notRecorded);
}

QString BulkRun::whyNotResumable(const JobSummary& job, const QString& server)
{
    if (job.finished.isValid())
        return tr("Job %1 has already finished: nothing to resume.").arg(job.id);
    // The journal keeps the server's host (never a key): rows are never replayed on another project.
    if (job.connectionLabel != server)
        return tr("Job %1 was started on %2, not on %3: connect to the same server to resume it.")
            .arg(job.id)
            .arg(job.connectionLabel.isEmpty() ? tr("an unknown server") : job.connectionLabel,
                server.isEmpty() ? tr("no server") : server);
    return {};
}

void BulkRun::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    qCDebug(lcBulkRun) << "job" << m_jobId << "stage" << stage;
    emit stageChanged(stage);
    emit progressChanged();
}

void BulkRun::fail(Error error, const QString& message)
{
    m_error = error;
    m_errorString = message;
    qCWarning(lcBulkRun).noquote() << message;
    finishNow();
}

void BulkRun::start()
{
    if (m_stage != Stage::NotStarted)
        return;
    setStage(Stage::Journalling);
    // Only schedules: every answer, finished() included, comes from the event loop.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (isResume())
                loadJob();
            else
                journalNewJob();
        },
        Qt::QueuedConnection);
}

void BulkRun::journalNewJob()
{
    if (m_options.journalPath.isEmpty()) {
        sendRound();
        return;
    }
    // A job of 100,000 rows takes a while to write: its first segment on a worker, the others
    // on the writer's thread while the first chunks are sent.
    const Operation op = m_operation;
    const RunSource source = m_source;
    const QString server = m_server;
    const QList<PreparedRow> rows = m_rows; // implicitly shared, nothing is copied
    const QList<RowResult> results = m_results;
    const int first = int(std::min<qsizetype>(rows.size(), std::max(1, m_options.recordSegmentRows)));
    m_creation = std::make_shared<Creation>();
    m_creation->first = first;
    // Not runWithJournal(): a new job waits for nobody's rows (and a run destroyed meanwhile
    // makes readers wait for this very worker).
    runInBackground(
        this,
        [path = m_options.journalPath, op, source, server, rows, results, first, creation = m_creation,
            totalRows = m_rowsComplete ? -1 : m_expectedRows] {
            JobJournal journal(path);
            if (!journal.isOpen()) {
                const QMutexLocker lock(&creation->mutex);
                creation->created = true;
                creation->pending.reset();
                return qint64(-1);
            }
            const qint64 id
                = journal.createJob(op, source.file, server, source.header, rows, results, first, totalRows);
            QMutexLocker lock(&creation->mutex);
            creation->id = id;
            creation->created = true;
            if (!creation->abandoned)
                return id;
            // The run was destroyed meanwhile: its rows are recorded here, none is ever sent.
            std::unique_ptr<JournalWriter::PendingWrite> pending = std::move(creation->pending);
            lock.unlock();
            if (id >= 0 && first < rows.size())
                journal.appendRows(id, rows, first, results.mid(first));
            return id;
        },
        [this, first](qint64 id) {
            m_creation.reset();
            if (id < 0) {
                m_journalWarning = tr("The job could not be written to the journal: it is sent, but "
                                      "cannot be resumed if it is interrupted.");
                qCWarning(lcBulkRun).noquote() << m_journalWarning;
            } else {
                m_jobId = id;
                m_recorded = first;
                openWriter();
            }
            sendRound();
            // After the job's first marks (its first pump is queued already): the first requests
            // wait for one small commit, not for the next segment of 2,000 rows.
            QMetaObject::invokeMethod(this, &BulkRun::recordNextSegment, Qt::QueuedConnection);
        });
}

// The next segment of a new job's rows, with their results as they are now (a row cancelled
// before its segment is recorded is recorded as not sent).
void BulkRun::recordNextSegment()
{
    const QList<PreparedRow>& rows = this->rows();
    if (!m_writer || m_segmentTicket != 0 || m_recorded >= rows.size())
        return;
    const int to = int(
        std::min<qsizetype>(rows.size(), qsizetype(m_recorded) + std::max(1, m_options.recordSegmentRows)));
    m_segmentTicket = m_writer->appendRows(rows, m_recorded, results().mid(m_recorded, to - m_recorded));
    m_recorded = to;
    if (m_job)
        m_job->setRecordedRows(m_recorded);
}

// Before the job's end is recorded, or when the run is destroyed: every row not recorded yet.
void BulkRun::recordRemainingRows()
{
    while (m_writer && m_recorded < rows().size()) {
        m_segmentTicket = 0;
        recordNextSegment();
    }
}

// The job's writer for every round; finished() once the job's end is committed.
void BulkRun::openWriter()
{
    m_writer = std::make_shared<JournalWriter>(m_options.journalPath, m_jobId);
    connect(m_writer.get(), &JournalWriter::committed, this, [this](quint64 ticket) {
        if (m_segmentTicket != 0 && ticket >= m_segmentTicket) {
            m_segmentTicket = 0;
            recordNextSegment();
        }
        if (m_finishTicket != 0 && ticket >= m_finishTicket && m_stage != Stage::Finished)
            finishNow();
    });
}

void BulkRun::loadJob()
{
    if (m_options.journalPath.isEmpty()) {
        fail(Error::NoSuchJob, tr("Job %1 cannot be resumed: there is no journal.").arg(m_resumeId));
        return;
    }
    const qint64 id = m_resumeId;
    runWithJournal<std::optional<StoredJob>>(
        this, m_options.journalPath, std::nullopt, [id](JobJournal& journal) { return journal.load(id); },
        [this](const std::optional<StoredJob>& stored) {
            if (!stored) {
                fail(Error::NoSuchJob,
                    tr("There is no job %1 in the journal, or the journal cannot be read.").arg(m_resumeId));
                return;
            }
            const QString why = whyNotResumable(stored->summary, m_server);
            if (!why.isEmpty()) {
                fail(stored->summary.finished.isValid() ? Error::AlreadyFinished : Error::OtherServer, why);
                return;
            }
            m_operation = stored->summary.operation;
            m_rows = stored->rows;
            m_results = stored->results;
            m_source = { stored->summary.sourceFile, stored->header };
            m_recorded = int(m_rows.size());
            m_rowsNotRecorded = stored->rowsNotRecorded;
            if (m_rowsNotRecorded > 0) {
                m_journalWarning = tr("%n row(s) after line %1 of %2 were never sent: the job stopped "
                                      "while it was being recorded in the journal. Import those lines "
                                      "again.",
                    nullptr, m_rowsNotRecorded)
                                       .arg(stored->lastRecordedLine)
                                       .arg(sourceDetail(m_source.file));
                qCWarning(lcBulkRun).noquote() << m_journalWarning;
            }
            openWriter();
            emit rowsReset();
            emit progressChanged();
            checkInFlightRows();
        });
}

// Rows that were in flight when the job stopped are looked up before anything is sent: the
// ones the server applied are done, the ones it never received are sent with the rest (that is
// not a resend), the ones that cannot be checked stay unknown.
void BulkRun::checkInFlightRows()
{
    const QList<int> inFlight = Reconciler::unknownRows(m_results);
    if (!m_options.verify || inFlight.isEmpty() || m_cancelled) {
        sendRound();
        return;
    }
    m_lookedUp = 0;
    m_toLookUp = int(inFlight.size());
    setStage(Stage::Checking);
    m_reconciler = new Reconciler(m_client, m_operation, m_rows, this);
    connect(m_reconciler, &Reconciler::progressChanged, this, [this](int done, int) {
        m_lookedUp = done;
        emit progressChanged();
    });
    connect(m_reconciler, &Reconciler::finished, this, [this] {
        const Reconciler::Changes changes = m_reconciler->changes(Reconciler::Use::BeforeResume);
        m_verifiedApplied += m_reconciler->verified() - changes.toSend;
        m_reconciler->deleteLater();
        m_reconciler = nullptr;
        changes.applyTo(&m_results);
        // Recorded before anything is sent (the writer keeps the order), so that a second
        // interruption finds them as they are now.
        recordResults(changes.rows, changes.results);
        emit rowsChanged(changes.rows);
        sendRound();
    });
    m_reconciler->start(inFlight, m_results);
}

void BulkRun::sendRound()
{
    ++m_round;
    setStage(Stage::Sending);
    JobOptions options;
    options.concurrency = m_options.concurrency;
    options.chunkSize = m_options.chunkSize;
    // The job holds the results while it runs (results() reads them there): shared with a copy
    // kept here, its first change would copy 100,000 results before its first request went out.
    m_job = new BulkJob(
        m_client, m_operation, std::exchange(m_rows, {}), std::exchange(m_results, {}), options, this);
    if (!m_rowsComplete)
        m_job->expectMoreRows(m_expectedRows);
    if (m_writer) {
        m_job->setJournalWriter(m_writer, false);
        if (m_recorded < m_job->rows().size() || !m_rowsComplete)
            m_job->setRecordedRows(m_recorded);
    }
    connect(m_job, &BulkJob::rowsChanged, this, &BulkRun::onJobRowsChanged);
    connect(m_job, &BulkJob::progressChanged, this, &BulkRun::progressChanged);
    connect(m_job, &BulkJob::finished, this, &BulkRun::onRoundFinished);
    if (m_paused)
        m_job->pause();
    if (m_cancelled)
        m_job->cancel();
    else
        m_job->start();
}

void BulkRun::onJobRowsChanged(const QList<int>& indexes)
{
    emit rowsChanged(indexes);
}

void BulkRun::onRoundFinished()
{
    m_rows = m_job->rows();
    m_results = m_job->results();
    const QHash<int, RowResult>& refusals = m_job->refusals();
    for (auto it = refusals.cbegin(); it != refusals.cend(); ++it)
        m_refusals.insert(it.key(), it.value());
    m_stopped = m_stopped || m_job->isStopped();
    m_job->deleteLater();
    m_job = nullptr;
    if (m_options.verify && !m_stopped && !m_stopVerifying && !Reconciler::unknownRows(m_results).isEmpty()) {
        verifyUnknownRows();
        return;
    }
    finishRun();
}

// Rows sent without a usable answer (a server error, a lost answer) are looked up, never
// resent blindly: applied ones succeeded; verifiably absent ones are sent again (below).
void BulkRun::verifyUnknownRows()
{
    const QList<int> unknown = Reconciler::unknownRows(m_results);
    m_lookedUp = 0;
    m_toLookUp = int(unknown.size());
    setStage(Stage::Verifying); // after the counts: what the stage says at once is right
    m_reconciler = new Reconciler(m_client, m_operation, m_rows, this);
    connect(m_reconciler, &Reconciler::progressChanged, this, [this](int done, int) {
        m_lookedUp = done;
        emit progressChanged();
    });
    connect(m_reconciler, &Reconciler::finished, this, &BulkRun::onVerified);
    m_reconciler->start(unknown, m_results);
}

void BulkRun::onVerified()
{
    Reconciler::Changes changes = m_reconciler->changes(Reconciler::Use::AfterJob);
    const QSet<int> notApplied = m_reconciler->notAppliedRows();
    m_reconciler->deleteLater();
    m_reconciler = nullptr;
    const bool mayResend = !m_cancelled && !m_stopped;
    int resend = 0;
    for (qsizetype i = 0; i < changes.rows.size(); ++i) {
        const int row = changes.rows.at(i);
        RowResult& result = changes.results[i];
        if (result.state == RowState::Succeeded)
            ++m_verifiedApplied;
        const bool refused = m_refusals.contains(row);
        const RowResult refusal = m_refusals.take(row);
        if (refused && notApplied.contains(row)) {
            // Refused, and not on the server: the refusal was about the row itself. It is the
            // row's result, as in a first attempt; sent again, it would be refused again.
            const int attempts = result.attempts;
            result = refusal;
            result.attempts = attempts;
            result.retryable = false;
            continue;
        }
        if (mayResend && notApplied.contains(row) && result.attempts < m_options.maxSends) {
            // Never applied: sending it again is not a resend of something the server has.
            result.state = RowState::Pending;
            result.message.clear();
            result.retranslate.reset();
            ++resend;
        }
    }
    changes.applyTo(&m_results);
    recordResults(changes.rows, changes.results);
    emit rowsChanged(changes.rows);
    if (resend == 0) {
        finishRun();
        return;
    }
    m_resentRows += resend;
    const qint64 delay
        = std::min<qint64>(kMaxBackoffMs, qint64(m_options.resendDelayMs) << std::min(m_round - 1, 16));
    qCInfo(lcBulkRun).noquote() << "job" << m_jobId << ":" << resend << "rows not applied, sent again in"
                                << delay << "ms";
    setStage(Stage::Waiting);
    m_backoff.start(int(delay));
}

void BulkRun::recordResults(const QList<int>& rows, const QList<RowResult>& results)
{
    if (m_writer && !rows.isEmpty())
        m_writer->recordResults(rows, results);
}

void BulkRun::finishRun()
{
    recordRemainingRows();
    if (m_writer) {
        // After every result (the writer keeps the order); finished() once it is committed.
        m_finishTicket = m_writer->markFinished();
        return;
    }
    finishNow();
}

void BulkRun::finishNow()
{
    if (m_stage == Stage::Finished)
        return;
    qCInfo(lcBulkRun).noquote() << operationId(m_operation) << "job" << m_jobId
                                << "finished:" << counts().summaryLine();
    setStage(Stage::Finished);
    emit finished();
}

void BulkRun::pause()
{
    if (m_paused || isFinished())
        return;
    m_paused = true;
    if (m_job)
        m_job->pause();
    emit progressChanged();
}

void BulkRun::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_job)
        m_job->resume();
    else if (m_stage == Stage::Waiting && !m_backoff.isActive())
        sendRound(); // the wait ended while paused
    emit progressChanged();
}

void BulkRun::cancel()
{
    if (isFinished())
        return;
    const bool again = m_cancelled;
    m_cancelled = true;
    if (m_paused)
        m_paused = false; // a cancelled job does not wait for anyone
    switch (m_stage) {
    case Stage::NotStarted:
    case Stage::Journalling:
        break; // the round starts cancelled: every row becomes NotSent
    case Stage::Checking:
    case Stage::Verifying:
        m_stopVerifying = true;
        if (m_reconciler)
            m_reconciler->cancel(); // the rows not looked up stay unknown
        break;
    case Stage::Sending:
        if (m_job)
            m_job->cancel();
        if (again)
            m_stopVerifying = true;
        break;
    case Stage::Waiting:
        m_backoff.stop();
        sendRound(); // cancelled at once: the rows to send again become NotSent
        break;
    case Stage::Finished:
        break;
    }
    emit progressChanged();
}

Progress BulkRun::progress() const
{
    if (m_job) {
        Progress p = m_job->progress();
        if (const int toCome = rowsToCome(); toCome > 0) {
            // Rows still being prepared are counted as rows to send.
            p.total += toCome;
            if (p.rowsPerSecond > 0)
                p.etaMs = qint64((p.total - p.done) / p.rowsPerSecond * 1000.0);
        }
        return p;
    }
    const Counts c = counts();
    Progress p;
    p.total = c.total() - c.invalid;
    p.done = p.total - c.pending;
    p.failed = c.failed + c.unknown;
    p.etaMs = isFinished() ? 0 : -1;
    return p;
}

QString BulkRun::statusText() const
{
    switch (m_stage) {
    case Stage::NotStarted:
        return {};
    case Stage::Journalling:
        return isResume() ? tr("Reading the job from the journal…") : tr("Recording the job in the journal…");
    case Stage::Checking:
        return tr("Checking on the server the %n row(s) that were in flight when the job stopped: %1 done…",
            nullptr, m_toLookUp)
            .arg(m_lookedUp);
    case Stage::Verifying:
        return tr(
            "Checking on the server the %n row(s) whose outcome is unknown: %1 done…", nullptr, m_toLookUp)
            .arg(m_lookedUp);
    case Stage::Waiting: {
        const int pending = counts().pending;
        return tr("%n row(s) were not applied after a server error or a lost answer; they are sent again "
                  "shortly.",
                   nullptr, pending)
            + (m_paused ? u" · "_s + tr("paused") : QString());
    }
    case Stage::Sending: {
        const Progress p = progress();
        QString text = tr("%1 of %2 rows done, %3 failed").arg(p.done).arg(p.total).arg(p.failed);
        if (p.rowsPerSecond > 0)
            text += u" · "_s + tr("%1 rows/s").arg(QLocale().toString(p.rowsPerSecond, 'f', 1));
        if (p.etaMs >= 0) {
            const int seconds = int((p.etaMs + 999) / 1000);
            text += u" · "_s
                + (seconds < 90 ? tr("about %n second(s) left", nullptr, seconds)
                                : tr("about %n minute(s) left", nullptr, (seconds + 59) / 60));
        }
        if (m_round > 1)
            text += u" · "_s + tr("sending again the rows that were not applied");
        if (m_paused)
            text += u" · "_s + tr("paused");
        return text;
    }
    case Stage::Finished:
        if (m_error != Error::NoError)
            return m_errorString;
        return tr("Finished: %1").arg(counts().text());
    }
    return {};
}

QList<PreparedRow> BulkRun::failedRows() const
{
    return retryableRows(rows(), results());
}

} // namespace Alli::Bulk
