#pragma once
// Every bulk job is written to a local SQLite database (Qt Sql) before its first request and
// updated after every chunk, so that a job interrupted by a crash can be resumed without
// resending a chunk that was already answered, and a history page can list past jobs.

#include "bulktypes.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace Alli::Bulk {

struct JobSummary {
    qint64 id = -1;
    Operation operation = Operation::CreateUsers;
    QString sourceFile;
    QString connectionLabel; // e.g. "Demo project" or the profile name; never a secret
    QDateTime started;
    QDateTime finished; // invalid while unfinished
    Counts counts;
};

struct StoredJob {
    JobSummary summary;
    QStringList header;
    QList<PreparedRow> rows;
    // Rows in a chunk that was sent but not recorded as answered come back as Unknown.
    QList<RowResult> results;
};

class JobJournal : public QObject {
    Q_OBJECT
public:
    // Opens (creating if needed) the database at `path`; each instance uses its own connection name.
    explicit JobJournal(const QString& path, QObject* parent = nullptr);
    ~JobJournal() override;
    bool isOpen() const;
    QString errorString() const;
    // The database file: a worker thread opens its own JobJournal on it (WAL allows it).
    QString path() const { return m_path; }

    qint64 createJob(Operation op, const QString& sourceFile, const QString& connectionLabel,
        const QStringList& header, const QList<PreparedRow>& rows, const QList<RowResult>& results);
    // Before sending a chunk: its rows are marked "in flight".
    void markSent(qint64 jobId, const QList<int>& rowIndexes);
    // After a chunk's answer: its rows' final states, in one transaction.
    void recordResults(qint64 jobId, const QList<int>& rowIndexes, const QList<RowResult>& results);
    void markFinished(qint64 jobId);

    QList<JobSummary> jobs() const; // newest first
    QList<JobSummary> unfinishedJobs() const;
    std::optional<StoredJob> load(qint64 jobId) const;

private:
    QString m_path;
    QString m_connectionName;
    QString m_error;
};

} // namespace Alli::Bulk
