#include "jobhistorymodel.h"
#include "datetext.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

JobHistoryModel::JobHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void JobHistoryModel::setJobs(const QList<Bulk::JobSummary>& jobs, bool rowsArriving)
{
    beginResetModel();
    m_jobs = jobs;
    m_rowsArriving = rowsArriving;
    endResetModel();
}

int JobHistoryModel::rowOf(qint64 jobId) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).id == jobId)
            return i;
    }
    return -1;
}

int JobHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant JobHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bulk::JobSummary& job = m_jobs.at(index.row());
    const bool finished = job.finished.isValid();
    const bool arriving = m_rowsArriving && !finished;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Started:
            return shortDateTime(job.started);
        case Column::Operation:
            return Bulk::operationLabel(job.operation);
        case Column::Server:
            return job.connectionLabel;
        case Column::File:
            return Bulk::sourceLabel(job.sourceFile);
        case Column::Succeeded:
            return job.counts.succeeded;
        case Column::Failed:
            return job.counts.failed;
        case Column::Invalid:
            return job.counts.invalid;
        case Column::NotSent:
            return job.counts.notSent;
        case Column::Unknown:
            return job.counts.unknown;
        case Column::Status: {
            const QString status = job.rowsPruned.isValid() ? tr("Finished, rows removed")
                : finished                                  ? tr("Finished")
                                                            : tr("Did not finish");
            if (job.notRecorded > 0 && arriving)
                return QString(
                    status + u" · "_s + tr("%n row(s) still being recorded", nullptr, job.notRecorded));
            if (job.notRecorded > 0)
                return QString(status + u" · "_s + tr("%n row(s) never sent", nullptr, job.notRecorded));
            return status;
        }
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (Column(index.column()) == Column::File)
            return Bulk::sourceDetail(job.sourceFile);
        if (Column(index.column()) == Column::Status && job.notRecorded > 0 && arriving)
            return tr("The job was closed while its rows were being recorded in the journal; they are "
                      "still being written. This page updates when they are.");
        if (Column(index.column()) == Column::Status && job.notRecorded > 0)
            return tr("The job stopped while it was being recorded in the journal: %n row(s) of the file, "
                      "after the last one recorded, were never recorded nor sent. Import them again.",
                nullptr, job.notRecorded);
        if (Column(index.column()) == Column::Status && job.rowsPruned.isValid())
            return tr(
                "The rows were removed on %1; the counts are kept, the report can no longer be written.")
                .arg(shortDateTime(job.rowsPruned));
        if (Column(index.column()) == Column::Status && !job.connectionLabel.isEmpty())
            return tr("Sent to %1").arg(job.connectionLabel);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= int(Column::Succeeded) && index.column() <= int(Column::Unknown))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case JobIdRole:
        return job.id;
    case FinishedRole:
        return finished;
    case SortRole:
        switch (Column(index.column())) {
        case Column::Started:
            return job.started;
        case Column::Status:
            return finished;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant JobHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Started:
        return tr("Started");
    case Column::Operation:
        return tr("Change");
    case Column::Server:
        return tr("Server");
    case Column::File:
        return tr("File");
    case Column::Succeeded:
        return tr("Succeeded");
    case Column::Failed:
        return tr("Failed");
    case Column::Invalid:
        return tr("Invalid");
    case Column::NotSent:
        return tr("Not sent");
    case Column::Unknown:
        return tr("Unknown");
    case Column::Status:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

void JobHistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, int(Column::Count) - 1));
}

} // namespace Alli
