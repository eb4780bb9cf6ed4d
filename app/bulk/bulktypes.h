#pragma once
// Shared vocabulary of bulk changes from CSV: the eight operations, how columns map to fields,
// a row prepared for sending with its problems, and the one final state every row ends in.

#include "cellstore.h"
#include "rowpayload.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Alli::Bulk
{

// Says a message of ours again in the language of the moment: the tr() call that made it, with its
// arguments captured by value. A row's problems and results are shown long after they were made
// (results of a finished job, a report saved later), and the admin may have switched languages
// meanwhile. Texts that are not ours (the server's words) and texts read back from the journal
// have none: they stay as they were written.
using Retranslator = std::shared_ptr<const std::function<QString()>>;
template<typename Render> Retranslator retranslator(Render&& render)
{
    return std::make_shared<const std::function<QString()>>(std::forward<Render>(render));
}

enum class Operation {
    CreateUsers, // POST /webapi/v2/users/bulk action=create
    UpdateUsers, // action=update
    DeleteUsers, // action=delete
    InviteMembers, // POST /webapi/v2/members/bulk/invite
    UpdateMemberGroups, // POST /webapi/v2/members/bulk/update_permission_groups
    RemoveMembers, // POST /webapi/v2/members/bulk/remove
    CreateAgents, // POST /webapi/agent_management, one request per row
    DeleteAgents, // same, deleteFlag = true
};

// Stable names used on the command line, in settings keys, templates and the journal:
// "users-create", "users-update", "users-delete", "members-invite", "members-update-groups",
// "members-remove", "agents-create", "agents-delete".
QString operationId(Operation op);
std::optional<Operation> operationFromId(QStringView id);
QList<Operation> allOperations();
QString operationLabel(Operation op); // translated, e.g. "Create users"
bool rowsKeyedByEmail(Operation op); // members and agents: email; users: ownUserId
int maxRowsPerRequest(Operation op); // 100, or 1 for agents

// Where a CSV column goes. Targets: "ownUserId", "email", "firstName", "lastName", "locale",
// "groups", "password", "group" (agents: one permission group by name), "attribute:<key>"
// (members), "data:<key>" (users), or empty = ignored.
struct ColumnMapping {
    QString column;
    QString target;
    bool operator==(const ColumnMapping&) const = default;
};

struct CellProblem {
    // Error: the row is not sent. Warning: worth a look; the row is sent.
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString column; // empty when it concerns the whole row
    QString message; // translated, names the field and the value
    // From a rule of this app that Alli's documentation does not state (a password length,
    // e-mail syntax, a group the look-up did not find…): an error that holds the row back, or,
    // when the admin sends such rows anyway (ValidationContext::sendUnconfirmed), a warning.
    bool overridable = false;
    // "An earlier attempt may already have been applied" (a row of a retry job): a refusal of it
    // is looked up on the server before it counts (BulkJob::refusals()). Known by this flag, never
    // by its text, which is in the language of the moment; the journal keeps it as kMayBeAppliedMarker.
    bool mayBeApplied = false;
    // `message` again in the current language (empty: `message` is all there is).
    Retranslator retranslate {};

    // What views and reports show: the message in the language of the moment (the journal
    // records `message`, as it was first said).
    QString text() const { return retranslate ? (*retranslate)() : message; }
    // A problem whose message follows the language: `render` (a tr() call) is called now and
    // again whenever the problem is shown.
    static CellProblem said(Severity severity, const QString& column, std::function<QString()> render);

    // That warning, in the current language.
    static CellProblem mayBeAppliedWarning();
    static QString mayBeAppliedText();
};

// How the journal records CellProblem::mayBeApplied (a language-neutral marker).
inline constexpr QLatin1StringView kMayBeAppliedMarker("alli:may-be-applied");
// A warning read back from the journal: the marker, or the text an older version recorded (in
// the current language or in English), becomes the flagged warning again.
CellProblem journalledWarning(const QString& text);

// What reports and the journal write instead of a secret cell.
inline constexpr char16_t kSecretMask[] = u"********";

// One data row of the file, prepared for the API.
struct PreparedRow {
    int index = 0; // 0-based position among the file's data rows
    int line = 0; // physical line number in the file (1-based, header is line 1)
    RowCells cells; // the original cells, for the report (a row of the file's shared store)
    QString key; // ownUserId or email: how results are matched
    RowPayload payload; // BulkUserBody, MemberMetadata or AgentManagementRequest JSON (compact text)
    QList<CellProblem> problems;
    // The cell holding a secret (an agent's initial password), or -1: reports and the journal
    // write it masked (maskedCells()).
    int secretColumn = -1;
    // cells, with the secret cell (if any, and not empty) replaced by a mask.
    QStringList maskedCells() const;
    QStringView maskedCell(qsizetype column) const; // one of maskedCells(), without the list
    bool isValid() const;
    // Not valid, but only because of overridable errors: sent if the admin sends anyway.
    bool isHeldByUnconfirmedRules() const;
    bool hasUnconfirmedProblem() const; // held back, or sent anyway
};

enum class RowState {
    Pending,
    Succeeded,
    Failed, // with the server's message
    Invalid, // not sent: problems in the file
    NotSent, // cancelled before it was sent
    Unknown, // sent, no usable answer (or no result for this row): may or may not be applied
};
// Where a job's rows came from, as the journal keeps it: a file's absolute path, or one of these
// markers for rows typed in the app (never a translated text in the journal: History, the resume
// offers and reports say them in the language of the moment).
inline constexpr QLatin1StringView kSourceMarkerPrefix("alli:");
inline constexpr QLatin1StringView kBulkEditorSource("alli:bulk-editor");
inline constexpr QLatin1StringView kAgentSelectionSource("alli:agents-selection");
inline constexpr QLatin1StringView kPastedSource("alli:pasted"); // rows pasted into the import dialog
bool isFileSource(const QString& source); // a file's path, not a marker (nor empty)
QString sourceLabel(const QString& source); // the file's name, or the marker's description (translated)
QString sourceDetail(const QString& source); // the file's whole path, or the description
QString sourceFileStem(const QString& source); // for file names made from it: "staff", "bulk-editor"

QString rowStateLabel(RowState state); // translated
QString rowStateId(RowState state); // "pending", "succeeded", "failed", "invalid", "not-sent", "unknown"
std::optional<RowState> rowStateFromId(QStringView id);

struct RowResult {
    RowState state = RowState::Pending;
    QString message; // server message or explanation (translated where it is ours)
    int attempts = 0;
    // A failure that sending again can fix: the whole request failed (a 500, the network) or the
    // row was verified as never applied. A row the server refused ("already exists") is not.
    // Kept in memory only: rows failed in an earlier run of a resumed job count as refused.
    bool retryable = false;
    // `message` again in the current language, when it is ours (see Retranslator).
    Retranslator retranslate {};

    // What views and reports show: the message in the language of the moment (the journal
    // records `message`, as it was first said).
    QString text() const { return retranslate ? (*retranslate)() : message; }
    // A result whose message follows the language: `render` (a tr() call) is called now and again
    // whenever the result is shown.
    static RowResult said(RowState state, std::function<QString()> render, int attempts = 0);
    // Equal results say the same thing now (how they would say it again does not matter).
    bool operator==(const RowResult& other) const
    {
        return state == other.state && message == other.message && attempts == other.attempts
            && retryable == other.retryable;
    }
};

struct Counts {
    int succeeded = 0, failed = 0, invalid = 0, notSent = 0, unknown = 0, pending = 0;
    int total() const { return succeeded + failed + invalid + notSent + unknown + pending; }
    Counts& operator+=(const Counts& o)
    {
        succeeded += o.succeeded;
        failed += o.failed;
        invalid += o.invalid;
        notSent += o.notSent;
        unknown += o.unknown;
        pending += o.pending;
        return *this;
    }
    // "N succeeded, N failed, N invalid, N not sent, N unknown" (untranslated: the CLI's last line)
    QString summaryLine() const;
    // The same, translated with plurals, leaving out the zero counts of invalid, not sent and
    // unknown rows: what the dialogs show when a job has finished.
    QString text() const;
};
Counts countStates(const QList<RowResult>& results);
// Rows that "Retry failed rows" would send: unknown rows and failures a retry can fix.
int countRetryable(const QList<RowResult>& results);

} // namespace Alli::Bulk
