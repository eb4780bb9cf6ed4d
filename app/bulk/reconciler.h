#pragma once
// Checks on the server what became of rows whose outcome is unknown: a chunk that may have
// reached the server without a usable answer (a lost response, a timeout, a crash of this
// program while it was in flight). Nothing is sent again; the rows are only looked up:
//   users      GET /webapi/v2/users/{ownUserId}, data compared field by field
//   members    GET /webapi/v2/agents?email=…; for update-groups also the groups' member lists
//   agents     GET /webapi/v2/agents?email=…
// A row whose change is visible on the server becomes Succeeded ("verified on the server"); a row
// whose change is verifiably absent becomes Failed ("not applied"), so "Retry failed rows" can
// send it safely; a row that cannot be checked stays Unknown with the reason.

#include "bulktypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Alli
{
class AlliClient;
class ApiReply;
}

namespace Alli::Bulk
{

class Reconciler : public QObject
{
    Q_OBJECT
public:
    Reconciler(AlliClient* client, Operation op, const QList<PreparedRow>& rows, QObject* parent = nullptr);
    ~Reconciler() override;

    // Looks up the given rows (indexes into rows); `previous` are their current results (for
    // attempts and the original message). finished() follows, also for an empty list.
    void start(const QList<int>& rowIndexes, const QList<RowResult>& previous);
    void cancel();
    bool isFinished() const { return m_finished; }
    // The new result of every row that was looked up.
    const QHash<int, RowResult>& results() const { return m_results; }
    int verified() const { return m_verified; } // rows now Succeeded or Failed
    int stillUnknown() const { return m_stillUnknown; }
    // Rows whose change is verifiably absent on the server (they are Failed in results()):
    // sending them again is not a resend, since the server never applied them.
    const QSet<int>& notAppliedRows() const { return m_notApplied; }

    // The looked-up rows as updates for the job's results and its journal (rows in ascending
    // order). AfterJob: every row as looked up. BeforeResume: rows verifiably never applied
    // become Pending instead of Failed, so the resumed job sends them (not a resend).
    enum class Use { AfterJob, BeforeResume };
    struct Changes {
        QList<int> rows;
        QList<RowResult> results;
        int toSend = 0; // BeforeResume: rows made Pending
        void applyTo(QList<RowResult>* all) const;
    };
    Changes changes(Use use) const;

    // Rows of `results` that are Unknown: what start() takes.
    static QList<int> unknownRows(const QList<RowResult>& results);

Q_SIGNALS:
    void progressChanged(int done, int total);
    void finished();

private:
    using Task = std::function<void()>;
    void run(Task task);
    void pump();
    void taskDone();
    void lookUpUser(int row);
    void lookUpMember(int row, bool expectPresent);
    void lookUpGroups();
    // Messages are tr() calls kept with their arguments: they follow a language switch.
    using Render = std::function<QString()>;
    void settle(int row, RowState state, Render message);
    void notApplied(int row, Render message);
    void couldNotCheck(int row, Render reason);
    void finishIfDone();

    QPointer<AlliClient> m_client;
    Operation m_operation;
    QList<PreparedRow> m_rows;
    QHash<int, RowResult> m_previous;
    QHash<int, RowResult> m_results;
    QSet<int> m_notApplied;
    QList<Task> m_tasks;
    QList<QPointer<ApiReply>> m_replies;
    int m_inFlight = 0;
    int m_total = 0;
    int m_done = 0;
    int m_verified = 0;
    int m_stillUnknown = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Alli::Bulk
