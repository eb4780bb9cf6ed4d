#pragma once
// What each bulk operation needs from a file: its fields (required or not), the header names
// that map to them automatically (English, Korean and Japanese), the template to download, and
// the validation that turns a CSV row into a PreparedRow with its problems.

#include "bulktypes.h"
#include "csvreader.h"
#include "tablefile.h"

#include <QSet>

#include <functional>

namespace Alli::Bulk
{

struct FieldInfo {
    QString target; // see ColumnMapping
    bool required = false;
    QStringList aliases; // lower-case header names that map here: "email", "이메일", "メールアドレス", ...
    QString label() const; // translated
};

class OperationSpec
{
    Q_DECLARE_TR_FUNCTIONS(Alli::Bulk::OperationSpec)
public:
    static QList<FieldInfo> fields(Operation op);
    // Maps each header to a target automatically: exact alias match (case-insensitive, trimmed,
    // ignoring spaces, "_" and "-"), "attribute.<key>" / "attribute:<key>" for members; for
    // users every other column becomes "data:<column>". Unknown columns map to "" (ignored).
    static QList<ColumnMapping> autoMap(Operation op, const QStringList& header);
    // The template file: UTF-8 with BOM, a header and one example row.
    static QByteArray templateCsv(Operation op);
    // The template's columns: what a paste without a header and the bulk editor's grid use.
    static QStringList templateHeader(Operation op);
    // What a mapping target is called on screen (translated): "Email", "Data: department"…
    static QString targetLabel(const QString& target);
    static QString templateFileName(Operation op); // e.g. "alli-users-create-template.csv"
    static QString templateBaseName(Operation op); // e.g. "alli-users-create": files of this operation
    // The template as a table (TableFile): the example row, a drop-down of common locale codes
    // for a locale column and of `groupNames` (the project's, when known) for a group column.
    static TableData templateTable(Operation op, const QStringList& groupNames = {});
};

// Context the validator may know from the server (empty sets = unknown, not checked).
// A value as messages show it: one line, control characters as visible symbols, cut at 80.
QString shownValue(QStringView value);

struct ValidationContext {
    QSet<QString> knownGroupNames; // lower-case
    QSet<QString> existingKeys; // existing ownUserIds / member emails (lower-case), when looked up
    // The admin sends rows that break only rules Alli does not document (CellProblem::overridable):
    // those problems become warnings. The CLI's --allow-warnings, the import dialog's "Send anyway".
    bool sendUnconfirmed = false;
};

class RowValidator
{
    Q_DECLARE_TR_FUNCTIONS(Alli::Bulk::RowValidator)
public:
    // Builds every row's payload and problems. Errors of documented rules or of what the engine
    // needs: a missing required field, a key twice in the file (every occurrence after the
    // first), a locale that is not a two-letter ISO 639-1 code, a password without three of the
    // four character classes. Overridable errors (rules of ours, see docs/alli-api-notes.md): e-mail
    // syntax, an invisible character in a key, a password shorter than 8 or longer than 128
    // characters, what the look-up found (exists / not found, unknown permission group for
    // update-groups and agents). Warnings: a group an invite creates, a cell like a formula.
    // Groups cells split on ';' or '|'.
    // Payloads::Skip checks every row the same way but builds no request payload: a dry run.
    enum class Payloads { Build, Skip };
    static QList<PreparedRow> prepare(Operation op, const CsvTable& table,
        const QList<ColumnMapping>& mapping, const ValidationContext& context = {},
        Payloads payloads = Payloads::Build);
    // The same rows, prepared one after the other on the calling thread and handed to `batch`
    // `batchRows` at a time, in order, each batch as soon as it is ready: a row depends only on
    // the rows before it (a key that an earlier row has is the duplicate). alli-admin-cli sends a
    // large file's first rows while the rest are prepared on a worker. Stops when `batch`
    // returns false; returns whether every row was handed over.
    static bool prepareInBatches(Operation op, const CsvTable& table, const QList<ColumnMapping>& mapping,
        const ValidationContext& context, int batchRows,
        const std::function<bool(QList<PreparedRow>)>& batch);
    // Whether prepare() looks at ValidationContext::knownGroupNames with this mapping: only when a
    // column is mapped to permission groups. Otherwise rows can be prepared before they are known.
    static bool usesGroupNames(const QList<ColumnMapping>& mapping);
    static bool isValidEmail(const QString& email);
    static bool isValidLocale(const QString& locale);
    // Three of the four documented character classes (no length is documented).
    static bool isStrongPassword(const QString& password);

private:
    static QList<PreparedRow> prepareRows(Operation op, const CsvTable& table,
        const QList<ColumnMapping>& mapping, const ValidationContext& context, Payloads payloads,
        int batchRows, const std::function<bool(QList<PreparedRow>)>& batch);
};

} // namespace Alli::Bulk
