#include "journal.h"

#include "operationtraits.h"

#include <sqlite3.h>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>
#include <QWaitCondition>

#include <algorithm>
#include <deque>
#include <functional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Bulk
{

namespace
{

    Q_LOGGING_CATEGORY(lcJournal, "alli.bulk.journal", QtInfoMsg)

    // Rows of a chunk that was sent but whose answer was not recorded yet.
    const QString kSentState = u"sent"_s;

    QAtomicInteger<quint64> s_connectionCounter;

    QString toJson(const QJsonObject& o)
    {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    QString toJson(const QStringList& list)
    {
        // Written directly: a JSON tree per row made journalling 100,000 rows slow.
        QByteArray out;
        out.reserve(16 * list.size() + 2);
        out += '[';
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                out += ',';
            appendJsonString(out, list.at(i));
        }
        out += ']';
        return QString::fromUtf8(out);
    }

    // A row's cells as a JSON array, straight from the file's shared cells, the secret masked
    // (PreparedRow::maskedCell(): no list of copies per row).
    QByteArray cellsJson(const PreparedRow& row)
    {
        QByteArray out;
        const qsizetype n = row.cells.size();
        out.reserve(16 * n + 2);
        out += '[';
        for (qsizetype i = 0; i < n; ++i) {
            if (i > 0)
                out += ',';
            appendJsonString(out, row.maskedCell(i));
        }
        out += ']';
        return out;
    }

    QStringList stringListFromJson(const QString& text)
    {
        QStringList out;
        const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
        for (const QJsonValue& v : array)
            out.append(v.toString());
        return out;
    }

    QString dateText(const QDateTime& dt)
    {
        return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
    }

    QDateTime dateFromText(const QString& text)
    {
        if (text.isEmpty())
            return {};
        return QDateTime::fromString(text, Qt::ISODateWithMs); // stored with a "Z": UTC
    }

    void addToCounts(Counts& c, const QString& state, int n)
    {
        if (state == kSentState) {
            c.unknown += n;
            return;
        }
        switch (rowStateFromId(state).value_or(RowState::Unknown)) {
        case RowState::Pending:
            c.pending += n;
            break;
        case RowState::Succeeded:
            c.succeeded += n;
            break;
        case RowState::Failed:
            c.failed += n;
            break;
        case RowState::Invalid:
            c.invalid += n;
            break;
        case RowState::NotSent:
            c.notSent += n;
            break;
        case RowState::Unknown:
            c.unknown += n;
            break;
        }
    }

    // A password is only needed until its row is answered; it never stays in the journal longer.
    QString withoutSecrets(const QString& payloadJson)
    {
        if (!payloadJson.contains("\"password\""_L1))
            return payloadJson;
        QJsonObject o = QJsonDocument::fromJson(payloadJson.toUtf8()).object();
        if (!o.contains("password"_L1))
            return payloadJson;
        o.remove("password"_L1);
        return toJson(o);
    }

} // namespace

QString JobJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal.sqlite"_s;
}

JobJournal::JobJournal(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_connectionName(u"alli-bulk-journal-%1"_s.arg(++s_connectionCounter))
{
    if (const QString dir = QFileInfo(path).absolutePath(); !QDir().mkpath(dir)) {
        m_error = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(dir));
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_error = tr("Cannot open the job journal %1: %2")
                      .arg(QDir::toNativeSeparators(path), db.lastError().text());
        return;
    }
    // The journal holds e-mail addresses and, until answered, passwords: owner only.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QSqlQuery q(db);
    const QStringList statements = {
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=NORMAL"_s,
        u"PRAGMA foreign_keys=ON"_s,
        // A password removed from a row is overwritten on disk, not left in a free page.
        u"PRAGMA secure_delete=ON"_s,
        u"CREATE TABLE IF NOT EXISTS jobs ("
        "id INTEGER PRIMARY KEY AUTOINCREMENT, operation TEXT NOT NULL, source_file TEXT, "
        "connection_label TEXT, header TEXT, started TEXT, finished TEXT)"_s,
        u"CREATE TABLE IF NOT EXISTS rows ("
        "job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, idx INTEGER NOT NULL, line INTEGER, "
        "key TEXT, cells TEXT, payload TEXT, state TEXT NOT NULL, message TEXT, attempts INTEGER NOT NULL "
        "DEFAULT 0, "
        "PRIMARY KEY (job_id, idx))"_s,
    };
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            m_error = tr("Cannot prepare the job journal %1: %2")
                          .arg(QDir::toNativeSeparators(path), q.lastError().text());
            db.close();
            return;
        }
    }
    // Added later: the counts kept when a finished job's rows are pruned, and when that was; how
    // many rows a job has (it is recorded in segments; NULL in jobs of older versions: all).
    // A journal from an older version gets the columns on first open.
    QSet<QString> columns;
    if (q.exec(u"PRAGMA table_info(jobs)"_s)) {
        while (q.next())
            columns.insert(q.value(1).toString());
    }
    for (const auto& [name, type] : { std::pair { u"kept_counts"_s, u"TEXT"_s },
             { u"rows_pruned"_s, u"TEXT"_s }, { u"total_rows"_s, u"INTEGER"_s } }) {
        if (!columns.contains(name) && !q.exec(u"ALTER TABLE jobs ADD COLUMN "_s + name + u' ' + type)) {
            m_error = tr("Cannot prepare the job journal %1: %2")
                          .arg(QDir::toNativeSeparators(path), q.lastError().text());
            db.close();
            return;
        }
    }
}

JobJournal::~JobJournal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool JobJournal::isOpen() const
{
    return m_error.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QString JobJournal::errorString() const
{
    return m_error;
}

namespace
{

    // Inserts rows [from, to) of job `id` through SQLite's own API, as UTF-8 bound in place:
    // through QSqlQuery every value became a QVariant and a UTF-16 string that SQLite converted
    // back (100,000 rows: 1.0 s). The caller holds the transaction.
    // `results` holds the results of rows [resultsFrom, resultsFrom + size).
    // Rows [from, to) of a job, rows.at(0) being row `rowsFrom`, results.at(0) row `resultsFrom`.
    bool insertRows(sqlite3* handle, qint64 id, const QList<PreparedRow>& rows, int rowsFrom, int from,
        int to, const QList<RowResult>& results, int resultsFrom, QString* error)
    {
        sqlite3_stmt* insert = nullptr;
        if (sqlite3_prepare_v2(handle,
                "INSERT INTO rows (job_id, idx, line, key, cells, payload, state, message, attempts) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                -1, &insert, nullptr)
            != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            return false;
        }
        const auto bindText = [insert](int column, const QByteArray& text) {
            sqlite3_bind_text(insert, column, text.constData(), int(text.size()), SQLITE_STATIC);
        };
        const QByteArray pending = rowStateId(RowState::Pending).toUtf8();
        for (qsizetype i = from; i < to && i - rowsFrom < rows.size(); ++i) {
            const PreparedRow& r = rows.at(i - rowsFrom);
            const RowResult result = results.value(i - resultsFrom);
            QString message = result.message;
            if (result.state == RowState::Pending && message.isEmpty() && !r.problems.isEmpty()) {
                // Warnings travel with a pending row (e.g. "may already be applied" on a retry
                // job), so that a resumed job still knows them.
                QStringList warnings;
                for (const CellProblem& p : r.problems) {
                    if (p.mayBeApplied)
                        warnings.append(kMayBeAppliedMarker);
                    else if (p.severity == CellProblem::Severity::Warning && p.column.isEmpty())
                        warnings.append(p.message);
                }
                message = warnings.join(u'\n');
            }
            const QByteArray key = r.key.toUtf8();
            const QByteArray cells = cellsJson(r); // an agent's password never reaches the journal's cells
            const QByteArray payload = r.payload.isEmpty() ? QByteArray("{}")
                : result.state == RowState::Pending
                ? r.payload.json()
                : withoutSecrets(QString::fromUtf8(r.payload.json())).toUtf8();
            const QByteArray state
                = result.state == RowState::Pending ? pending : rowStateId(result.state).toUtf8();
            const QByteArray messageText = message.toUtf8();
            sqlite3_bind_int64(insert, 1, id);
            sqlite3_bind_int64(insert, 2, i);
            sqlite3_bind_int(insert, 3, r.line);
            bindText(4, key);
            bindText(5, cells);
            bindText(6, payload);
            bindText(7, state);
            bindText(8, messageText);
            sqlite3_bind_int(insert, 9, result.attempts);
            const int rc = sqlite3_step(insert);
            sqlite3_reset(insert);
            sqlite3_clear_bindings(insert); // the texts above are bound in place and go out of scope now
            if (rc != SQLITE_DONE) {
                *error = QString::fromUtf8(sqlite3_errmsg(handle));
                sqlite3_finalize(insert);
                return false;
            }
        }
        sqlite3_finalize(insert);
        return true;
    }

    sqlite3* sqliteHandle(const QSqlDatabase& db)
    {
        if (const QVariant v = db.driver()->handle(); v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
            return *static_cast<sqlite3* const*>(v.constData());
        return nullptr;
    }

} // namespace

qint64 JobJournal::createJob(Operation op, const QString& sourceFile, const QString& connectionLabel,
    const QStringList& header, const QList<PreparedRow>& rows, const QList<RowResult>& results, int recorded,
    int totalRows)
{
    if (!isOpen())
        return -1;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO jobs (operation, source_file, connection_label, header, started, total_rows) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(operationId(op));
    q.addBindValue(sourceFile);
    q.addBindValue(connectionLabel);
    q.addBindValue(toJson(header));
    q.addBindValue(dateText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(totalRows < 0 ? int(rows.size()) : totalRows);
    if (!q.exec()) {
        m_error = q.lastError().text();
        qCWarning(lcJournal) << "cannot record a job:" << m_error;
        db.rollback();
        return -1;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    sqlite3* handle = sqliteHandle(db);
    const int to = recorded < 0 ? int(rows.size()) : std::min(recorded, int(rows.size()));
    if (!handle || !insertRows(handle, id, rows, 0, 0, to, results, 0, &m_error)) {
        if (!handle)
            m_error = u"not an SQLite connection"_s;
        qCWarning(lcJournal) << "cannot record a job's rows:" << m_error;
        db.rollback();
        return -1;
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        return -1;
    }
    return id;
}

bool JobJournal::appendRows(
    qint64 jobId, const QList<PreparedRow>& rows, int from, const QList<RowResult>& results, int rowsFrom)
{
    const int to = std::min(rowsFrom + int(rows.size()), from + int(results.size()));
    if (!isOpen() || from >= to)
        return isOpen();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    sqlite3* handle = sqliteHandle(db);
    if (!handle) {
        m_error = u"not an SQLite connection"_s;
        return false;
    }
    db.transaction();
    if (!insertRows(handle, jobId, rows, rowsFrom, from, to, results, from, &m_error)) {
        qCWarning(lcJournal) << "cannot record a job's rows:" << m_error;
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        return false;
    }
    return true;
}

namespace
{

    // "1,2,3": indexes are integers, so the list can be inlined safely; one statement per chunk
    // instead of one per row keeps the journal's cost per chunk well under a millisecond.
    QString indexList(const QList<int>& indexes)
    {
        QString out;
        out.reserve(indexes.size() * 6);
        for (int idx : indexes) {
            if (!out.isEmpty())
                out += u',';
            out += QString::number(idx);
        }
        return out;
    }

} // namespace

void JobJournal::markSent(qint64 jobId, const QList<int>& rowIndexes)
{
    if (!isOpen() || rowIndexes.isEmpty())
        return;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"UPDATE rows SET state = ?, attempts = attempts + 1 WHERE job_id = ? AND idx IN ("_s
        % indexList(rowIndexes) % u")"_s);
    q.addBindValue(kSentState);
    q.addBindValue(jobId);
    if (!q.exec())
        qCWarning(lcJournal) << "cannot mark rows sent:" << q.lastError().text();
}

void JobJournal::unmarkSent(qint64 jobId, const QList<int>& rowIndexes)
{
    if (!isOpen() || rowIndexes.isEmpty())
        return;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"UPDATE rows SET state = ?, attempts = MAX(attempts - 1, 0) WHERE job_id = ? AND state = ? "
              "AND idx IN ("_s
        % indexList(rowIndexes) % u")"_s);
    q.addBindValue(rowStateId(RowState::Pending));
    q.addBindValue(jobId);
    q.addBindValue(kSentState);
    if (!q.exec())
        qCWarning(lcJournal) << "cannot mark rows not sent after all:" << q.lastError().text();
}

void JobJournal::recordResults(qint64 jobId, const QList<int>& rowIndexes, const QList<RowResult>& results)
{
    if (!isOpen() || rowIndexes.isEmpty())
        return;
    // Rows with the same outcome (typically the whole chunk) are written by one statement.
    QList<QPair<RowResult, QList<int>>> groups;
    for (qsizetype i = 0; i < rowIndexes.size() && i < results.size(); ++i) {
        auto it = std::find_if(
            groups.begin(), groups.end(), [&](const auto& g) { return g.first == results.at(i); });
        if (it == groups.end())
            groups.append({ results.at(i), { rowIndexes.at(i) } });
        else
            it->second.append(rowIndexes.at(i));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery q(db);
    for (const auto& [result, indexes] : std::as_const(groups)) {
        // A password is only needed until its row is final: a row whose outcome is unknown may
        // still be sent again once it is found absent on the server. The job's end removes it
        // from every row (markFinished()).
        const QString payload = result.state == RowState::Pending || result.state == RowState::Unknown
            ? u"payload"_s
            : u"CASE WHEN instr(payload, '\"password\"') > 0 THEN json_remove(payload, '$.password') "
              "ELSE payload END"_s;
        q.prepare(u"UPDATE rows SET state = ?, message = ?, attempts = ?, payload = "_s % payload
            % u" WHERE job_id = ? AND idx IN ("_s % indexList(indexes) % u")"_s);
        q.addBindValue(rowStateId(result.state));
        q.addBindValue(result.message);
        q.addBindValue(result.attempts);
        q.addBindValue(jobId);
        if (!q.exec())
            qCWarning(lcJournal) << "cannot record results:" << q.lastError().text();
    }
    if (!db.commit())
        qCWarning(lcJournal) << "cannot commit:" << db.lastError().text();
}

void JobJournal::markFinished(qint64 jobId)
{
    if (!isOpen())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery q(db);
    // The secret field of the job's operation (an agent's password) leaves every row; a job of
    // an operation without one is not scanned (100,000 rows: about 0.1 s at the end of the job).
    q.prepare(u"SELECT operation FROM jobs WHERE id = ?"_s);
    q.addBindValue(jobId);
    const std::optional<Operation> op
        = q.exec() && q.next() ? operationFromId(q.value(0).toString()) : std::nullopt;
    const QString secret = op ? traitsOf(*op).secretField.toString() : u"password"_s;
    if (!secret.isEmpty()) {
        q.prepare(u"UPDATE rows SET payload = json_remove(payload, '$.%1') "
                  "WHERE job_id = ? AND instr(payload, '\"%1\"') > 0"_s.arg(secret));
        q.addBindValue(jobId);
        if (!q.exec())
            qCWarning(lcJournal) << "cannot remove the passwords of a finished job:" << q.lastError().text();
    }
    q.prepare(u"UPDATE jobs SET finished = ? WHERE id = ?"_s);
    q.addBindValue(dateText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(jobId);
    if (!q.exec())
        qCWarning(lcJournal) << "cannot mark a job finished:" << q.lastError().text();
    if (!db.commit())
        qCWarning(lcJournal) << "cannot commit:" << db.lastError().text();
}

// ---------------------------------------------------------------------------------------------

struct JournalWriter::Private {
    using Work = std::function<void(JobJournal&)>;
    QString path;
    QMutex mutex;
    QWaitCondition wake; // the writer: work queued or stop
    QWaitCondition idle; // flush(): the queue is empty and nothing is being written
    std::deque<std::pair<quint64, Work>> queue;
    quint64 lastTicket = 0;
    bool busy = false;
    bool stop = false;
    bool released = false; // counted in ReleasedWriters::pending until drained
    QThread* thread = nullptr;
};

namespace
{
    // Writers let go by release(): kept (and deleted) on the thread that released them; `pending`
    // counts those with work left, for waitForReleased() on any thread. Lock order: a writer's
    // own mutex, then this one.
    struct ReleasedWriters {
        QMutex mutex;
        QWaitCondition none;
        int pending = 0;
        std::vector<std::shared_ptr<JournalWriter>> kept; // their thread's only
    };

    ReleasedWriters& releasedWriters()
    {
        static ReleasedWriters writers;
        return writers;
    }

    // The application object goes: every released writer finishes (each destructor waits).
    void deleteReleasedWriters()
    {
        std::vector<std::shared_ptr<JournalWriter>> kept;
        kept.swap(releasedWriters().kept);
        kept.clear();
    }
} // namespace

JournalWriter::JournalWriter(const QString& path, qint64 jobId, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
    , m_jobId(jobId)
{
    d->path = path;
    Private* p = d.get();
    d->thread = QThread::create([this, p] {
        JobJournal journal(p->path);
        if (!journal.isOpen())
            qCWarning(lcJournal) << "journal writer: the journal is unavailable:" << journal.errorString();
        QMutexLocker lock(&p->mutex);
        for (;;) {
            while (p->queue.empty() && !p->stop)
                p->wake.wait(&p->mutex);
            if (p->queue.empty())
                break; // stop, and everything queued is written
            auto [ticket, work] = std::move(p->queue.front());
            p->queue.pop_front();
            p->busy = true;
            lock.unlock();
            work(journal);
            emit committed(ticket);
            lock.relock();
            p->busy = false;
            if (p->queue.empty()) {
                p->idle.wakeAll();
                if (p->released) {
                    p->released = false;
                    ReleasedWriters& writers = releasedWriters();
                    QMutexLocker released(&writers.mutex);
                    if (--writers.pending == 0) {
                        writers.none.wakeAll();
                        PendingJournalWrites::notifyAllWritten();
                    }
                    emit drained();
                }
            }
        }
    });
    d->thread->setObjectName(u"journal-writer"_s);
    d->thread->start();
}

JournalWriter::~JournalWriter()
{
    {
        QMutexLocker lock(&d->mutex);
        d->stop = true;
        d->wake.wakeAll();
    }
    d->thread->wait();
    delete d->thread;
}

quint64 JournalWriter::enqueue(std::function<void(JobJournal&)> work)
{
    QMutexLocker lock(&d->mutex);
    const quint64 ticket = ++d->lastTicket;
    d->queue.emplace_back(ticket, std::move(work));
    d->wake.wakeAll();
    return ticket;
}

quint64 JournalWriter::appendRows(const QList<PreparedRow>& rows, int from, const QList<RowResult>& results)
{
    const qint64 id = m_jobId;
    // Only the segment's rows go to the writer's thread: the caller's list may grow meanwhile (a
    // job whose rows are still being prepared), which would copy it whole if it were shared.
    return enqueue([id, segment = rows.mid(from, results.size()), from, results](
                       JobJournal& j) { j.appendRows(id, segment, from, results, from); });
}

quint64 JournalWriter::markSent(const QList<int>& rowIndexes)
{
    const qint64 id = m_jobId;
    return enqueue([id, rowIndexes](JobJournal& j) { j.markSent(id, rowIndexes); });
}

quint64 JournalWriter::unmarkSent(const QList<int>& rowIndexes)
{
    const qint64 id = m_jobId;
    return enqueue([id, rowIndexes](JobJournal& j) { j.unmarkSent(id, rowIndexes); });
}

quint64 JournalWriter::recordResults(const QList<int>& rowIndexes, const QList<RowResult>& results)
{
    const qint64 id = m_jobId;
    return enqueue([id, rowIndexes, results](JobJournal& j) { j.recordResults(id, rowIndexes, results); });
}

quint64 JournalWriter::markFinished()
{
    const qint64 id = m_jobId;
    return enqueue([id](JobJournal& j) { j.markFinished(id); });
}

void JournalWriter::release(std::shared_ptr<JournalWriter> writer)
{
    if (!writer || !QCoreApplication::instance())
        return; // without an application object nobody could delete it later: it waits now
    static const bool atExit = [] {
        qAddPostRoutine(deleteReleasedWriters);
        return true;
    }();
    Q_UNUSED(atExit);
    JournalWriter* raw = writer.get();
    // Queued from the writer's thread (connected before it can be emitted); deleting the writer
    // here joins a thread with nothing left to write.
    const QMetaObject::Connection connection
        = connect(raw, &JournalWriter::drained, QCoreApplication::instance(), [raw] {
              std::vector<std::shared_ptr<JournalWriter>>& kept = releasedWriters().kept;
              kept.erase(std::remove_if(kept.begin(), kept.end(),
                             [raw](const std::shared_ptr<JournalWriter>& w) { return w.get() == raw; }),
                  kept.end());
          });
    {
        QMutexLocker lock(&writer->d->mutex);
        if (writer->d->queue.empty() && !writer->d->busy) {
            disconnect(connection);
            return; // nothing left: its destructor does not wait
        }
        writer->d->released = true;
        ReleasedWriters& writers = releasedWriters();
        QMutexLocker released(&writers.mutex);
        ++writers.pending;
    }
    releasedWriters().kept.push_back(std::move(writer));
}

JournalWriter::PendingWrite::PendingWrite()
{
    ReleasedWriters& writers = releasedWriters();
    QMutexLocker lock(&writers.mutex);
    ++writers.pending;
}

JournalWriter::PendingWrite::~PendingWrite()
{
    ReleasedWriters& writers = releasedWriters();
    QMutexLocker lock(&writers.mutex);
    if (--writers.pending == 0) {
        writers.none.wakeAll();
        PendingJournalWrites::notifyAllWritten();
    }
}

namespace
{
    PendingJournalWrites* g_releasedWrites = nullptr; // guarded by ReleasedWriters::mutex
}

PendingJournalWrites* PendingJournalWrites::instance()
{
    ReleasedWriters& writers = releasedWriters();
    QMutexLocker lock(&writers.mutex);
    if (!g_releasedWrites) {
        g_releasedWrites = new PendingJournalWrites;
        // Deleted with the application object (under the mutex: a writer may be telling it).
        if (QCoreApplication::instance())
            connect(QCoreApplication::instance(), &QObject::destroyed, [] {
                QMutexLocker gone(&releasedWriters().mutex);
                delete std::exchange(g_releasedWrites, nullptr);
            });
    }
    return g_releasedWrites;
}

bool PendingJournalWrites::anyPending()
{
    ReleasedWriters& writers = releasedWriters();
    QMutexLocker lock(&writers.mutex);
    return writers.pending > 0;
}

// Called with ReleasedWriters' mutex held, on any thread.
void PendingJournalWrites::notifyAllWritten()
{
    if (g_releasedWrites)
        QMetaObject::invokeMethod(g_releasedWrites, &PendingJournalWrites::allWritten, Qt::QueuedConnection);
}

void JournalWriter::waitForReleased()
{
    ReleasedWriters& writers = releasedWriters();
    QMutexLocker lock(&writers.mutex);
    while (writers.pending > 0)
        writers.none.wait(&writers.mutex);
}

void JournalWriter::flush()
{
    QMutexLocker lock(&d->mutex);
    while (!d->queue.empty() || d->busy)
        d->idle.wait(&d->mutex);
}

// ---------------------------------------------------------------------------------------------

// The counts of a job whose rows were pruned, kept in its jobs row.
static QString countsToJson(const Counts& c)
{
    const QJsonObject o { { u"succeeded"_s, c.succeeded }, { u"failed"_s, c.failed },
        { u"invalid"_s, c.invalid }, { u"notSent"_s, c.notSent }, { u"unknown"_s, c.unknown },
        { u"pending"_s, c.pending } };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

static Counts countsFromJson(const QString& text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    Counts c;
    c.succeeded = o.value(u"succeeded").toInt();
    c.failed = o.value(u"failed").toInt();
    c.invalid = o.value(u"invalid").toInt();
    c.notSent = o.value(u"notSent").toInt();
    c.unknown = o.value(u"unknown").toInt();
    c.pending = o.value(u"pending").toInt();
    return c;
}

static QList<JobSummary> querySummaries(const QString& connectionName, const QString& where)
{
    QList<JobSummary> jobs;
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.isOpen())
        return jobs;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, operation, source_file, connection_label, started, finished, kept_counts, "
                "rows_pruned, total_rows FROM jobs "_s
            % where % u" ORDER BY id DESC"_s))
        return jobs;
    QHash<qint64, int> position;
    QList<int> totals; // -1: not known (a job of an older version: all its rows are recorded)
    while (q.next()) {
        JobSummary s;
        s.id = q.value(0).toLongLong();
        s.operation = operationFromId(q.value(1).toString()).value_or(Operation::CreateUsers);
        s.sourceFile = q.value(2).toString();
        s.connectionLabel = q.value(3).toString();
        s.started = dateFromText(q.value(4).toString());
        s.finished = dateFromText(q.value(5).toString());
        s.rowsPruned = dateFromText(q.value(7).toString());
        if (s.rowsPruned.isValid())
            s.counts = countsFromJson(q.value(6).toString()); // the rows are gone: the kept counts
        position.insert(s.id, int(jobs.size()));
        jobs.append(s);
        totals.append(q.value(8).isNull() ? -1 : q.value(8).toInt());
    }
    QSqlQuery counts(db);
    if (counts.exec(u"SELECT job_id, state, COUNT(*) FROM rows GROUP BY job_id, state"_s)) {
        while (counts.next()) {
            const auto it = position.constFind(counts.value(0).toLongLong());
            if (it != position.cend())
                addToCounts(jobs[*it].counts, counts.value(1).toString(), counts.value(2).toInt());
        }
    }
    for (qsizetype i = 0; i < jobs.size(); ++i)
        jobs[i].notRecorded = totals.at(i) < 0 ? 0 : std::max(0, totals.at(i) - jobs.at(i).counts.total());
    return jobs;
}

QList<JobSummary> JobJournal::jobs() const
{
    return querySummaries(m_connectionName, QString());
}

int JobJournal::pruneFinishedJobs(const QDateTime& finishedBefore)
{
    if (!isOpen())
        return -1;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const QList<JobSummary> candidates = querySummaries(m_connectionName,
        u"WHERE finished IS NOT NULL AND finished != '' AND (rows_pruned IS NULL OR rows_pruned = '')"_s);
    int pruned = 0;
    if (!db.transaction())
        return -1;
    for (const JobSummary& job : candidates) {
        if (!job.finished.isValid() || job.finished >= finishedBefore)
            continue;
        QSqlQuery keep(db);
        keep.prepare(u"UPDATE jobs SET kept_counts = ?, rows_pruned = ? WHERE id = ?"_s);
        keep.addBindValue(countsToJson(job.counts));
        keep.addBindValue(dateText(QDateTime::currentDateTimeUtc()));
        keep.addBindValue(job.id);
        QSqlQuery drop(db);
        drop.prepare(u"DELETE FROM rows WHERE job_id = ?"_s);
        drop.addBindValue(job.id);
        if (!keep.exec() || !drop.exec()) {
            qCWarning(lcJournal) << "cannot prune job" << job.id << ":" << db.lastError().text();
            db.rollback();
            return -1;
        }
        ++pruned;
    }
    if (!db.commit())
        return -1;
    if (pruned > 0) {
        // Give the pages back to the file system (WAL: checkpoint first, so that VACUUM sees them).
        QSqlQuery q(db);
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        if (!q.exec(u"VACUUM"_s))
            qCInfo(lcJournal) << "the journal was pruned but not compacted:" << q.lastError().text();
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    return pruned;
}

QList<JobSummary> JobJournal::unfinishedJobs() const
{
    return querySummaries(m_connectionName, u"WHERE finished IS NULL OR finished = ''"_s);
}

std::optional<StoredJob> JobJournal::load(qint64 jobId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return std::nullopt;
    const QList<JobSummary> all = querySummaries(m_connectionName, u"WHERE id = %1"_s.arg(jobId));
    if (all.isEmpty())
        return std::nullopt;
    StoredJob job;
    job.summary = all.constFirst();
    QSqlQuery q(db);
    q.prepare(u"SELECT header FROM jobs WHERE id = ?"_s);
    q.addBindValue(jobId);
    if (q.exec() && q.next())
        job.header = stringListFromJson(q.value(0).toString());
    QSqlQuery rows(db);
    rows.prepare(u"SELECT idx, line, key, cells, payload, state, message, attempts FROM rows "
                 "WHERE job_id = ? ORDER BY idx"_s);
    rows.addBindValue(jobId);
    if (!rows.exec())
        return std::nullopt;
    while (rows.next()) {
        PreparedRow row;
        row.index = rows.value(0).toInt();
        row.line = rows.value(1).toInt();
        row.key = rows.value(2).toString();
        row.cells = stringListFromJson(rows.value(3).toString());
        row.payload = RowPayload::fromJson(rows.value(4).toString().toUtf8());
        RowResult result;
        const QString state = rows.value(5).toString();
        result.message = rows.value(6).toString();
        result.attempts = rows.value(7).toInt();
        if (state == kSentState) {
            result = RowResult::said(
                RowState::Unknown,
                [] {
                    return tr(
                        "The app stopped before the answer arrived: this row may or may not be applied.");
                },
                result.attempts);
        } else {
            result.state = rowStateFromId(state).value_or(RowState::Unknown);
        }
        if (result.state == RowState::Pending && !result.message.isEmpty()) {
            const QStringList warnings = result.message.split(u'\n');
            for (const QString& w : warnings)
                row.problems.append(journalledWarning(w));
            result.message.clear();
        }
        job.rows.append(row);
        job.results.append(result);
    }
    QSqlQuery total(db);
    total.prepare(u"SELECT total_rows FROM jobs WHERE id = ?"_s);
    total.addBindValue(jobId);
    if (total.exec() && total.next() && !total.value(0).isNull() && !job.summary.rowsPruned.isValid()) {
        job.rowsNotRecorded = std::max(0, total.value(0).toInt() - int(job.rows.size()));
        job.lastRecordedLine = job.rows.isEmpty() ? 0 : job.rows.constLast().line;
    }
    return job;
}

} // namespace Alli::Bulk
