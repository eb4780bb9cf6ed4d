#include "bulkjob.h"

#include "alliclient.h"
#include "journal.h"
#include "operationtraits.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Bulk
{

namespace
{

    Q_LOGGING_CATEGORY(lcBulkJob, "alli.bulk.job", QtInfoMsg)

    bool isFinal(RowState s)
    {
        return s != RowState::Pending;
    }

    // An earlier attempt may have applied the row: it was unknown before, or carries the mark.
    bool mayBeApplied(const PreparedRow& row, const RowResult& result)
    {
        return result.state == RowState::Unknown
            || std::any_of(row.problems.cbegin(), row.problems.cend(),
                [](const CellProblem& p) { return p.mayBeApplied; });
    }

} // namespace

BulkJob::BulkJob(
    AlliClient* client, Operation op, QList<PreparedRow> rows, JobOptions options, QObject* parent)
    : BulkJob(client, op, std::move(rows), QList<RowResult>(), options, parent) // every row pending
{
}

BulkJob::BulkJob(AlliClient* client, Operation op, QList<PreparedRow> rows, QList<RowResult> results,
    JobOptions options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_operation(op)
    , m_rows(std::move(rows))
    , m_results(std::move(results))
    , m_options(options)
{
    if (m_results.size() != m_rows.size())
        m_results.resize(m_rows.size()); // (resize() would copy shared results even to their own size)
    m_previouslyUnknown.resize(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const PreparedRow& row = m_rows.at(i);
        if (!row.isValid()) {
            // Invalid with its own problems, whatever `results` says (as setInitialResults() keeps it).
            const RowResult invalid = initialResults({ row }).constFirst();
            if (!(m_results.at(i) == invalid))
                m_results[i] = invalid;
        }
        m_previouslyUnknown[i] = mayBeApplied(row, m_results.at(i));
    }
}

QList<RowResult> BulkJob::initialResults(const QList<PreparedRow>& rows)
{
    QList<RowResult> results(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PreparedRow& row = rows.at(i);
        if (row.isValid())
            continue;
        QList<CellProblem> errors;
        for (const CellProblem& p : row.problems) {
            if (p.severity == CellProblem::Severity::Error)
                errors.append(p);
        }
        results[i] = RowResult::said(RowState::Invalid, [errors] {
            QStringList messages;
            for (const CellProblem& p : errors)
                messages.append(p.text());
            return messages.join("; "_L1);
        });
    }
    return results;
}

BulkJob::~BulkJob()
{
    restoreClientLimit();
    if (m_writer) {
        // Chunks marked ahead of time but never sent are pending again; a cancel still being
        // marked completes in the journal. Then everything queued is written.
        unmarkAhead();
        if (m_markingNotSent) {
            QList<int> rows;
            QList<RowResult> results;
            for (int c = m_nextChunk; c < m_chunks.size(); ++c) {
                for (int row : m_chunks.at(c)) {
                    if (m_results.at(row).state == RowState::Pending) {
                        rows.append(row);
                        results.append(notSentResult(row));
                    }
                }
            }
            recordInJournal(rows, results);
        }
    }
    // Requests not answered yet are dropped: the journal has their rows as "sent", so a resumed
    // job reports them as outcome unknown instead of sending them again.
    const auto replies = m_replies;
    m_replies.clear();
    for (const QPointer<ApiReply>& reply : replies) {
        if (reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->cancel();
        }
    }
    if (m_writer)
        disconnect(m_writer.get(), nullptr, this, nullptr);
    m_writer.reset();
}

void BulkJob::setJournal(JobJournal* journal, qint64 jobId)
{
    setJournal(journal ? journal->path() : QString(), jobId);
}

void BulkJob::setJournal(const QString& journalPath, qint64 jobId)
{
    Q_ASSERT(!m_started);
    m_writer.reset();
    if (journalPath.isEmpty() || jobId < 0)
        return;
    setJournalWriter(std::make_shared<JournalWriter>(journalPath, jobId), true);
}

void BulkJob::setJournalWriter(std::shared_ptr<JournalWriter> writer, bool marksFinished)
{
    Q_ASSERT(!m_started);
    if (m_writer)
        disconnect(m_writer.get(), nullptr, this, nullptr);
    m_writer = std::move(writer);
    m_writerMarksFinished = marksFinished;
    if (!m_writer)
        return;
    // Emitted on the writer's thread: queued to this one.
    connect(m_writer.get(), &JournalWriter::committed, this, &BulkJob::onJournalCommitted);
}

void BulkJob::setInitialResults(const QList<RowResult>& results)
{
    Q_ASSERT(!m_started);
    for (qsizetype i = 0; i < results.size() && i < m_results.size(); ++i) {
        if (m_results.at(i).state == RowState::Invalid)
            continue;
        m_results[i] = results.at(i);
        if (results.at(i).state == RowState::Unknown)
            m_previouslyUnknown[i] = true;
    }
}

void BulkJob::buildChunks()
{
    m_chunks.clear();
    m_openChunk.clear();
    m_openKeys.clear();
    m_chunkedRows = 0;
    const int size = std::max(1, std::min(m_options.chunkSize, traitsOf(m_operation).maxRowsPerRequest));
    m_chunks.reserve(m_rows.size() / size + 1);
    chunkNewRows();
}

// The rows not in a chunk yet go into chunks; the last one stays open while more rows may come
// (appendRows()), unless nothing more may be sent.
void BulkJob::chunkNewRows()
{
    const OperationTraits& traits = traitsOf(m_operation);
    const int size = std::max(1, std::min(m_options.chunkSize, traits.maxRowsPerRequest));
    for (qsizetype i = m_chunkedRows; i < m_rows.size(); ++i) {
        if (isFinal(m_results.at(i).state))
            continue;
        QString key = traits.comparableKey(m_rows.at(i).key);
        // A key twice in one request could not be told apart in the answer.
        if (m_openChunk.size() >= size || m_openKeys.contains(key)) {
            m_chunks.append(std::exchange(m_openChunk, {}));
            m_openKeys.clear();
        }
        if (m_openChunk.isEmpty()) {
            m_openChunk.reserve(size);
            m_openKeys.reserve(size);
        }
        m_openChunk.append(int(i));
        m_openKeys.insert(std::move(key));
    }
    m_chunkedRows = int(m_rows.size());
    if (!m_openChunk.isEmpty() && (!m_moreRows || m_cancelled || m_stopped)) {
        m_chunks.append(std::exchange(m_openChunk, {}));
        m_openKeys.clear();
    }
}

void BulkJob::expectMoreRows(int expectedRows)
{
    Q_ASSERT(!m_started);
    m_moreRows = true;
    // Growing lists of 100,000 rows a batch at a time would copy them again and again.
    m_rows.reserve(expectedRows);
    m_results.reserve(expectedRows);
    m_previouslyUnknown.reserve(expectedRows);
}

void BulkJob::appendRows(QList<PreparedRow> rows, QList<RowResult> results)
{
    Q_ASSERT(m_moreRows && rows.size() == results.size());
    const qsizetype from = m_rows.size();
    if (m_started)
        m_counts += countStates(results);
    m_rows.append(std::move(rows));
    m_results.append(std::move(results));
    m_previouslyUnknown.resize(m_rows.size());
    for (qsizetype i = from; i < m_rows.size(); ++i)
        m_previouslyUnknown[i] = mayBeApplied(m_rows.at(i), m_results.at(i));
    if (!m_started)
        return; // start() counts and chunks every row
    sendNewRows();
    emit progressChanged();
}

void BulkJob::endRows()
{
    if (!m_moreRows)
        return;
    m_moreRows = false;
    if (!m_started)
        return;
    sendNewRows(); // the last chunk is complete
    finishIfDone();
}

// Rows given after start() go into chunks and out, or become NotSent when nothing more is sent.
void BulkJob::sendNewRows()
{
    chunkNewRows();
    if (m_cancelled || m_stopped)
        markRemainingNotSent(m_notSent);
    else
        pump();
}

void BulkJob::start()
{
    if (m_started)
        return;
    m_started = true;
    raiseClientLimit();
    buildChunks();
    m_counts = countStates(m_results);
    m_doneAtStart = m_counts.total() - m_counts.invalid - m_counts.pending;
    m_clock.start();
    if (m_paused)
        m_pauseClock.start();
    qCInfo(lcBulkJob).noquote() << operationId(m_operation) << "start:" << m_rows.size() << "rows in"
                                << m_chunks.size() << "requests," << m_options.concurrency << "in flight";
    // start() only schedules work: the first request and finished() come from the event loop.
    QMetaObject::invokeMethod(
        this,
        [this] {
            pump();
            finishIfDone();
        },
        Qt::QueuedConnection);
}

void BulkJob::pause()
{
    if (m_paused || m_finished || m_finishTicket != 0) // nothing left to hold back
        return;
    m_paused = true;
    if (m_started)
        m_pauseClock.start();
    // Chunks marked sent ahead of time are pending again while paused.
    unmarkAhead();
    emit progressChanged();
}

void BulkJob::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_pauseClock.isValid())
        m_pausedMs += m_pauseClock.elapsed();
    m_pauseClock.invalidate();
    emit progressChanged();
    if (m_started) {
        pump();
        finishIfDone();
    }
}

void BulkJob::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    if (!m_started) {
        buildChunks();
        m_counts = countStates(m_results);
        m_started = true;
        m_clock.start();
    }
    if (m_paused) {
        m_paused = false;
        if (m_pauseClock.isValid())
            m_pausedMs += m_pauseClock.elapsed();
        m_pauseClock.invalidate();
    }
    chunkNewRows(); // an open chunk is closed: nothing more joins it
    markRemainingNotSent(
        RowResult::said(RowState::NotSent, [] { return tr("Cancelled before it was sent"); }));
    QMetaObject::invokeMethod(this, &BulkJob::finishIfDone, Qt::QueuedConnection);
}

RowResult BulkJob::notSentResult(int row) const
{
    RowResult result = m_notSent;
    result.attempts = m_results.at(row).attempts;
    return result;
}

void BulkJob::markRemainingNotSent(const RowResult& notSent)
{
    m_notSent = notSent;
    if (m_markingNotSent)
        return;
    m_markingNotSent = true;
    markNotSentSlice(); // the first slice at once, the rest on later event-loop turns
}

// A slice of the rows still to send become NotSent: at most kSliceRows rows or kSliceMs of work
// per event-loop turn, so that cancelling 100,000 rows never blocks the thread for long (the
// results model and its views update per slice as well).
void BulkJob::markNotSentSlice()
{
    constexpr int kSliceRows = 2000;
    constexpr qint64 kSliceMs = 8;
    QElapsedTimer clock;
    clock.start();
    QList<int> changed;
    QList<RowResult> results;
    while (m_nextChunk < m_chunks.size() && changed.size() < kSliceRows
        && (changed.isEmpty() || clock.elapsed() < kSliceMs)) {
        for (int row : m_chunks.at(m_nextChunk)) {
            if (m_results.at(row).state != RowState::Pending)
                continue;
            setResult(row, notSentResult(row));
            changed.append(row);
            results.append(m_results.at(row));
        }
        ++m_nextChunk;
    }
    if (!changed.isEmpty()) {
        recordInJournal(changed, results);
        emit rowsChanged(changed);
        emit progressChanged();
    }
    if (m_nextChunk < m_chunks.size()) {
        QTimer::singleShot(0, this, &BulkJob::markNotSentSlice);
        return;
    }
    m_markingNotSent = false;
    finishIfDone();
}

void BulkJob::pump()
{
    if (!m_started || m_finished)
        return;
    queueMarks();
    const int cap = std::max(1, m_options.concurrency);
    while (!m_paused && !m_cancelled && !m_stopped && m_inFlight < cap && m_nextChunk < m_chunks.size()) {
        // A chunk goes out only once the journal has it as sent (crash safety: a resumed job
        // never sends again a chunk that may have reached the server).
        if (m_writer && m_nextChunk >= m_markCommitted) {
            // A free slot waiting for the journal (counted once per chunk; the first chunks
            // always wait for their first commit).
            if (m_waitedChunk != m_nextChunk) {
                m_waitedChunk = m_nextChunk;
                ++m_journalWaits;
            }
            break;
        }
        sendChunk(m_nextChunk++);
    }
    if (m_client)
        m_client->startQueuedNow(); // connected to, never cancelled at once: out now
    queueMarks();
}

// markSent() for the chunks that may be sent next (those that fit in flight now plus as many
// again), so that a chunk's journal write is committed by the time a slot frees up.
void BulkJob::queueMarks()
{
    if (!m_writer || m_paused || m_cancelled || m_stopped || m_finished)
        return;
    const int cap = std::max(1, m_options.concurrency);
    const int target = int(std::min<qsizetype>(m_chunks.size(), qsizetype(m_nextChunk) + cap));
    m_markQueued = std::max(m_markQueued, m_nextChunk);
    // A chunk's rows are increasing: it can be marked once its last row is recorded. The chunks
    // marked here are marked together (one commit: the first ones of a job go out at once).
    const int from = m_markQueued;
    QList<int> rows;
    while (m_markQueued < target && m_chunks.at(m_markQueued).constLast() < m_recordedRows)
        rows += m_chunks.at(m_markQueued++);
    if (rows.isEmpty())
        return;
    const quint64 ticket = m_writer->markSent(rows);
    for (int chunk = from; chunk < m_markQueued; ++chunk)
        m_markTickets.append({ ticket, chunk });
}

void BulkJob::setRecordedRows(int count)
{
    const bool more = count > m_recordedRows;
    m_recordedRows = count;
    if (more)
        pump();
}

// Rows not recorded yet are left out: their segment, queued later, carries their state then.
void BulkJob::recordInJournal(const QList<int>& rows, const QList<RowResult>& results)
{
    if (!m_writer || rows.isEmpty())
        return;
    if (std::all_of(rows.cbegin(), rows.cend(), [this](int row) { return row < m_recordedRows; })) {
        m_writer->recordResults(rows, results);
        return;
    }
    QList<int> recordedRows;
    QList<RowResult> recordedResults;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i) < m_recordedRows) {
            recordedRows.append(rows.at(i));
            recordedResults.append(results.at(i));
        }
    }
    if (!recordedRows.isEmpty())
        m_writer->recordResults(recordedRows, recordedResults);
}

// Chunks marked sent ahead of time but not sent become pending again in the journal.
void BulkJob::unmarkAhead()
{
    if (!m_writer || m_markQueued <= m_nextChunk)
        return;
    QList<int> rows;
    for (int chunk = m_nextChunk; chunk < m_markQueued; ++chunk)
        rows += m_chunks.at(chunk);
    m_writer->unmarkSent(rows);
    m_markTickets.removeIf([this](const std::pair<quint64, int>& t) { return t.second >= m_nextChunk; });
    m_markQueued = m_nextChunk;
    m_markCommitted = std::min(m_markCommitted, m_nextChunk);
}

void BulkJob::onJournalCommitted(quint64 ticket)
{
    bool sendable = false;
    while (!m_markTickets.isEmpty() && m_markTickets.constFirst().first <= ticket) {
        m_markCommitted = std::max(m_markCommitted, m_markTickets.constFirst().second + 1);
        m_markTickets.removeFirst();
        sendable = true;
    }
    if (m_finishTicket != 0 && ticket >= m_finishTicket) {
        if (!m_finished)
            finishNow();
        return;
    }
    if (sendable) {
        pump();
        finishIfDone();
    }
}

void BulkJob::sendChunk(int chunkIndex)
{
    const QList<int>& chunk = m_chunks.at(chunkIndex);
    if (!m_client) {
        QList<RowResult> results(
            chunk.size(), RowResult::said(RowState::NotSent, [] { return tr("Not connected"); }));
        chunkAnswered(chunkIndex, nullptr, results);
        return;
    }
    // The journal knows the rows are on their way before the request can reach the server
    // (pump() sends a chunk only once its markSent() is committed).
    for (int row : chunk)
        ++m_results[row].attempts;
    ++m_inFlight;

    // The body straight from the prepared rows' payloads (no typed round trip).
    const OperationTraits& traits = traitsOf(m_operation);
    ApiReply* sent = traits.send(m_client, traits.requestBody(m_rows, chunk));
    connect(sent, &ApiReply::finished, this, [this, chunkIndex, sent] {
        chunkAnswered(
            chunkIndex, sent, traitsOf(m_operation).matchResults(sent, m_rows, m_chunks.at(chunkIndex)));
    });
    m_replies.append(sent);
}

// `results` holds one entry per chunk row when the answer was usable; empty means a
// whole-request failure that is decided from the reply's error.
void BulkJob::chunkAnswered(int chunkIndex, ApiReply* reply, const QList<RowResult>& perRow)
{
    const QList<int> chunk = m_chunks.at(chunkIndex);
    if (reply) {
        m_replies.removeAll(reply);
        --m_inFlight;
    }
    QList<RowResult> results = perRow;
    if (results.isEmpty()) {
        const ApiError& error = reply->error();
        RowResult whole;
        const int status = reply->httpStatus();
        const bool transient = status == 500 || status == 502 || status == 503 || status == 504;
        if (error.kind() == ApiError::Kind::MalformedResponse || error.mayHaveReachedServer() || transient) {
            // A server error says nothing about whether (part of) the request was applied.
            // The request may have been applied: never resent blindly, reported as unknown.
            whole = RowResult::said(RowState::Unknown, [error] {
                return tr("No usable answer; the change may or may not have been applied: %1")
                    .arg(error.message());
            });
        } else if (error.kind() == ApiError::Kind::Cancelled) {
            whole = RowResult::said(RowState::NotSent, [error] { return error.message(); });
        } else {
            whole = RowResult::said(RowState::Failed, [error] { return error.message(); });
            // The request as a whole failed, not the rows: sending them again can succeed,
            // except where the credentials are refused.
            whole.retryable = error.kind() != ApiError::Kind::Unauthorized
                && error.kind() != ApiError::Kind::Forbidden && error.kind() != ApiError::Kind::Redirected;
        }
        results.fill(whole, chunk.size());
        if (error.kind() == ApiError::Kind::Unauthorized || error.kind() == ApiError::Kind::Forbidden) {
            if (!m_stopped)
                qCWarning(lcBulkJob) << "stopping the job:" << error.explanation();
            m_stopped = true;
        }
    }

    // The freed slot takes the next chunk first: recording this chunk's results (journal queue,
    // result models and views through rowsChanged) never delays a request.
    if (!m_stopped)
        pump();

    QList<RowResult> recorded;
    recorded.reserve(chunk.size());
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        const int row = chunk.at(i);
        RowResult r = reconcile(row, results.at(i));
        r.attempts = m_results.at(row).attempts;
        setResult(row, r);
        recorded.append(r);
    }
    recordInJournal(chunk, recorded);
    emit rowsChanged(chunk);
    if (m_stopped && !m_cancelled) {
        chunkNewRows(); // an open chunk is closed: nothing more is sent
        markRemainingNotSent(
            RowResult::said(RowState::NotSent, [error = reply ? reply->error() : ApiError()] {
                return tr("Not sent: the job stopped after: %1").arg(error.message());
            }));
    }
    emit progressChanged();
    finishIfDone();
}

RowResult BulkJob::reconcile(int row, const RowResult& result)
{
    if (!m_previouslyUnknown.at(row) || result.state != RowState::Failed)
        return result;
    // An earlier attempt may have been applied: a refusal now may be the sign that it was
    // ("already exists" on a create, "not found" on a delete) or a refusal of the row's content
    // ("the e-mail address is used by another user"). The server's words cannot tell which, in
    // any language: the row is looked up (BulkRun), and the refusal is kept in case it was not.
    const OperationTraits::Effect effect = traitsOf(m_operation).effect;
    if (effect != OperationTraits::Effect::Creates && effect != OperationTraits::Effect::Removes)
        return result;
    m_refusals.insert(row, result);
    return RowResult::said(
        RowState::Unknown,
        [result] {
            return tr("The server refused this row, but an earlier attempt may already have applied it: "
                      "its outcome is unknown until it is looked up on the server. The server said: %1")
                .arg(result.text());
        },
        result.attempts);
}

void BulkJob::finishIfDone()
{
    if (!m_started || m_finished || m_finishTicket != 0 || m_markingNotSent || m_inFlight > 0
        || m_nextChunk < m_chunks.size() || m_moreRows)
        return;
    if (m_writer && m_writerMarksFinished) {
        // After every recordResults() (the queue keeps the order); finished() once committed.
        m_finishTicket = m_writer->markFinished();
        return;
    }
    finishNow();
}

void BulkJob::finishNow()
{
    m_finished = true;
    restoreClientLimit();
    qCInfo(lcBulkJob).noquote() << operationId(m_operation) << "finished in" << m_clock.elapsed()
                                << "ms:" << m_counts.summaryLine();
    emit progressChanged();
    emit finished();
}

void BulkJob::raiseClientLimit()
{
    if (!m_client || m_savedMaxInFlight >= 0 || m_client->maxInFlight() >= m_options.concurrency)
        return;
    m_savedMaxInFlight = m_client->maxInFlight();
    m_raisedMaxInFlight = m_options.concurrency;
    m_client->setMaxInFlight(m_options.concurrency);
}

void BulkJob::restoreClientLimit()
{
    if (m_savedMaxInFlight < 0)
        return;
    // Only undo our own change: someone who set another limit meanwhile keeps theirs.
    if (m_client && m_client->maxInFlight() == m_raisedMaxInFlight)
        m_client->setMaxInFlight(m_savedMaxInFlight);
    m_savedMaxInFlight = -1;
    m_raisedMaxInFlight = -1;
}

qint64 BulkJob::activeMs() const
{
    if (!m_clock.isValid())
        return 0;
    qint64 paused = m_pausedMs;
    if (m_pauseClock.isValid())
        paused += m_pauseClock.elapsed();
    return std::max<qint64>(0, m_clock.elapsed() - paused);
}

void BulkJob::setResult(int row, const RowResult& result)
{
    auto slot = [this](RowState state) -> int& {
        switch (state) {
        case RowState::Pending:
            return m_counts.pending;
        case RowState::Succeeded:
            return m_counts.succeeded;
        case RowState::Failed:
            return m_counts.failed;
        case RowState::Invalid:
            return m_counts.invalid;
        case RowState::NotSent:
            return m_counts.notSent;
        case RowState::Unknown:
            return m_counts.unknown;
        }
        return m_counts.pending;
    };
    --slot(m_results.at(row).state);
    ++slot(result.state);
    m_results[row] = result;
}

Progress BulkJob::progress() const
{
    const Counts c = m_started ? m_counts : countStates(m_results);
    Progress p;
    p.total = c.total() - c.invalid;
    p.done = p.total - c.pending;
    p.failed = c.failed + c.unknown;
    const qint64 ms = activeMs();
    const int doneNow = p.done - m_doneAtStart;
    if (ms > 0 && doneNow > 0) {
        p.rowsPerSecond = doneNow * 1000.0 / double(ms);
        p.etaMs = m_finished ? 0 : qint64((p.total - p.done) / p.rowsPerSecond * 1000.0);
    } else if (m_finished) {
        p.etaMs = 0;
    }
    return p;
}

bool BulkJob::isRunning() const
{
    return m_started && !m_finished;
}

QList<PreparedRow> BulkJob::failedRows() const
{
    return retryableRows(m_rows, m_results, m_previouslyUnknown);
}

QList<PreparedRow> retryableRows(
    const QList<PreparedRow>& rows, const QList<RowResult>& results, const QList<bool>& mayBeApplied)
{
    QList<PreparedRow> retry;
    for (qsizetype i = 0; i < rows.size() && i < results.size(); ++i) {
        const RowResult& result = results.at(i);
        if (result.state != RowState::Unknown && !(result.state == RowState::Failed && result.retryable))
            continue; // succeeded, or refused by the server for a reason a retry does not change
        PreparedRow row = rows.at(i);
        const qsizetype before = row.problems.size();
        row.problems.removeIf([](const CellProblem& p) { return p.mayBeApplied; });
        const bool carried = row.problems.size() != before || mayBeApplied.value(i);
        // "May already be applied" goes with the row, so that its answer can be reconciled.
        if (result.state == RowState::Unknown || carried)
            row.problems.append(CellProblem::mayBeAppliedWarning());
        retry.append(row);
    }
    return retry;
}

} // namespace Alli::Bulk
