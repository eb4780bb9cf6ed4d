#pragma once
// Past bulk jobs from the journal, newest first, with their per-state counts, for the history page.

#include "journal.h"

#include <QAbstractTableModel>

namespace Alli
{

class JobHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Started,
        Operation,
        Server, // where the job was sent: a job of another server can never be resumed here
        File,
        Succeeded,
        Failed,
        Invalid,
        NotSent,
        Unknown,
        Status,
        Count
    };
    enum Role {
        JobIdRole = Qt::UserRole + 1, // qint64
        FinishedRole, // bool
        SortRole,
    };
    Q_ENUM(Role)

    explicit JobHistoryModel(QObject* parent = nullptr);

    // `rowsArriving`: rows of a job closed mid-recording are still being written (see
    // Bulk::PendingJournalWrites): unfinished jobs' unrecorded rows are on their way, not lost.
    void setJobs(const QList<Bulk::JobSummary>& jobs, bool rowsArriving = false);
    const Bulk::JobSummary& jobAt(int row) const { return m_jobs.at(row); }
    int rowOf(qint64 jobId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void retranslate();

private:
    QList<Bulk::JobSummary> m_jobs;
    bool m_rowsArriving = false;
};

} // namespace Alli
