#pragma once
// Every request made this session (one row per attempt), newest last, for the Activity page.
// Records arrive already redacted from AlliClient::activityRecorded.

#include "redaction.h"

#include <QAbstractTableModel>
#include <QList>

namespace Alli
{

class ActivityLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Time, Method, Path, Status, Duration, Outcome, Count };
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        SucceededRole,
        SortRole,
        LookupAnswerRole, // bool: a 404 that answers a look-up ("no such user"), shown as an answer
    };
    // A 404 to a GET of one resource: the answer "it does not exist", not a failure.
    static bool isLookupAnswer(const ActivityRecord& record);
    Q_ENUM(Role)

    explicit ActivityLogModel(QObject* parent = nullptr);

    void setMaxRows(int maxRows);
    int maxRows() const { return m_maxRows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ActivityRecord& recordAt(int row) const { return m_records.at(row); }

public Q_SLOTS:
    void append(const Alli::ActivityRecord& record);
    void clear();
    // Header texts are translated when asked for; views call this on QEvent::LanguageChange.
    void retranslate();

private:
    QList<ActivityRecord> m_records;
    int m_maxRows = 5000;
};

} // namespace Alli
