#include "bulktypes.h"

#include "operationtraits.h"

#include <QFileInfo>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Bulk
{

namespace
{

    struct StateName {
        RowState state;
        QStringView id;
    };

    constexpr std::array<StateName, 6> StateNames { {
        { RowState::Pending, u"pending" },
        { RowState::Succeeded, u"succeeded" },
        { RowState::Failed, u"failed" },
        { RowState::Invalid, u"invalid" },
        { RowState::NotSent, u"not-sent" },
        { RowState::Unknown, u"unknown" },
    } };

    QString trBulk(const char* text)
    {
        return QCoreApplication::translate("Alli::Bulk", text);
    }

} // namespace

QString operationId(Operation op)
{
    return traitsOf(op).id.toString();
}

std::optional<Operation> operationFromId(QStringView id)
{
    for (Operation op : allOperations()) {
        if (traitsOf(op).id.compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return op;
    }
    return std::nullopt;
}

QList<Operation> allOperations()
{
    return { Operation::CreateUsers, Operation::UpdateUsers, Operation::DeleteUsers, Operation::InviteMembers,
        Operation::UpdateMemberGroups, Operation::RemoveMembers, Operation::CreateAgents,
        Operation::DeleteAgents };
}

QString operationLabel(Operation op)
{
    return traitsOf(op).labelText();
}

bool rowsKeyedByEmail(Operation op)
{
    return traitsOf(op).keyedByEmail;
}

int maxRowsPerRequest(Operation op)
{
    return traitsOf(op).maxRowsPerRequest;
}

bool PreparedRow::isValid() const
{
    for (const CellProblem& p : problems) {
        if (p.severity == CellProblem::Severity::Error)
            return false;
    }
    return true;
}

bool PreparedRow::isHeldByUnconfirmedRules() const
{
    bool held = false;
    for (const CellProblem& p : problems) {
        if (p.severity != CellProblem::Severity::Error)
            continue;
        if (!p.overridable)
            return false;
        held = true;
    }
    return held;
}

bool PreparedRow::hasUnconfirmedProblem() const
{
    return std::any_of(
        problems.cbegin(), problems.cend(), [](const CellProblem& p) { return p.overridable; });
}

QStringView PreparedRow::maskedCell(qsizetype column) const
{
    const QStringView cell = cells.view(column);
    return column == secretColumn && !cell.isEmpty() ? QStringView(kSecretMask) : cell;
}

QStringList PreparedRow::maskedCells() const
{
    QStringList masked;
    masked.reserve(cells.size());
    for (qsizetype c = 0; c < cells.size(); ++c)
        masked.append(maskedCell(c).toString());
    return masked;
}

namespace
{
    const char* const kMayBeAppliedSource = QT_TRANSLATE_NOOP(
        "Alli::Bulk::BulkJob", "An earlier attempt got no usable answer: this row may already be applied.");
} // namespace

QString CellProblem::mayBeAppliedText()
{
    return QCoreApplication::translate("Alli::Bulk::BulkJob", kMayBeAppliedSource);
}

CellProblem CellProblem::said(Severity severity, const QString& column, std::function<QString()> render)
{
    CellProblem problem { severity, column, render() };
    problem.retranslate = retranslator(std::move(render));
    return problem;
}

CellProblem CellProblem::mayBeAppliedWarning()
{
    CellProblem problem = said(Severity::Warning, QString(), &CellProblem::mayBeAppliedText);
    problem.mayBeApplied = true;
    return problem;
}

RowResult RowResult::said(RowState state, std::function<QString()> render, int attempts)
{
    RowResult result { state, render(), attempts };
    result.retranslate = retranslator(std::move(render));
    return result;
}

CellProblem journalledWarning(const QString& text)
{
    if (text == kMayBeAppliedMarker || text == CellProblem::mayBeAppliedText()
        || text == QLatin1StringView(kMayBeAppliedSource))
        return CellProblem::mayBeAppliedWarning();
    return { CellProblem::Severity::Warning, QString(), text };
}

bool isFileSource(const QString& source)
{
    return !source.isEmpty() && !source.startsWith(kSourceMarkerPrefix);
}

QString sourceLabel(const QString& source)
{
    if (source == kBulkEditorSource)
        return trBulk(QT_TRANSLATE_NOOP("Alli::Bulk", "Rows typed in the bulk editor"));
    if (source == kAgentSelectionSource)
        return trBulk(QT_TRANSLATE_NOOP("Alli::Bulk", "Agents selected on the agents page"));
    if (source == kPastedSource)
        return trBulk(QT_TRANSLATE_NOOP("Alli::Bulk", "Pasted rows"));
    return QFileInfo(source).fileName();
}

QString sourceDetail(const QString& source)
{
    return isFileSource(source) ? source : sourceLabel(source);
}

QString sourceFileStem(const QString& source)
{
    return isFileSource(source) ? QFileInfo(source).completeBaseName()
                                : source.mid(kSourceMarkerPrefix.size());
}

QString rowStateLabel(RowState state)
{
    switch (state) {
    case RowState::Pending:
        return trBulk(QT_TRANSLATE_NOOP("Alli::Bulk", "Pending"));
    case RowState::Succeeded:
        return trBulk(QT_TRANSLATE_NOOP("Alli::Bulk", "Succeeded"));
    case RowState::Failed:
        return trBulk(QT_TRANSLATE_NOOP("Alli::Bulk", "Failed"));
    case RowState::Invalid:
        return trBulk(QT_TRANSLATE_NOOP("Alli::Bulk", "Invalid"));
    case RowState::NotSent:
        return trBulk(QT_TRANSLATE_NOOP("Alli::Bulk", "Not sent"));
    case RowState::Unknown:
        return trBulk(QT_TRANSLATE_NOOP("Alli::Bulk", "Unknown"));
    }
    return {};
}

QString rowStateId(RowState state)
{
    for (const StateName& n : StateNames) {
        if (n.state == state)
            return n.id.toString();
    }
    return {};
}

std::optional<RowState> rowStateFromId(QStringView id)
{
    for (const StateName& n : StateNames) {
        if (n.id.compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return n.state;
    }
    return std::nullopt;
}

QString Counts::summaryLine() const
{
    return u"%1 succeeded, %2 failed, %3 invalid, %4 not sent, %5 unknown"_s.arg(succeeded)
        .arg(failed)
        .arg(invalid)
        .arg(notSent)
        .arg(unknown);
}

QString Counts::text() const
{
    QStringList parts { QCoreApplication::translate("Alli::Bulk", "%n succeeded", nullptr, succeeded),
        QCoreApplication::translate("Alli::Bulk", "%n failed", nullptr, failed) };
    if (invalid > 0)
        parts << QCoreApplication::translate("Alli::Bulk", "%n invalid", nullptr, invalid);
    if (notSent > 0)
        parts << QCoreApplication::translate("Alli::Bulk", "%n not sent", nullptr, notSent);
    if (unknown > 0)
        parts << QCoreApplication::translate(
            "Alli::Bulk", "%n unknown (may or may not be applied)", nullptr, unknown);
    return parts.join(u", "_s);
}

int countRetryable(const QList<RowResult>& results)
{
    return int(std::count_if(results.cbegin(), results.cend(), [](const RowResult& r) {
        return r.state == RowState::Unknown || (r.state == RowState::Failed && r.retryable);
    }));
}

Counts countStates(const QList<RowResult>& results)
{
    Counts c;
    for (const RowResult& r : results) {
        switch (r.state) {
        case RowState::Pending:
            ++c.pending;
            break;
        case RowState::Succeeded:
            ++c.succeeded;
            break;
        case RowState::Failed:
            ++c.failed;
            break;
        case RowState::Invalid:
            ++c.invalid;
            break;
        case RowState::NotSent:
            ++c.notSent;
            break;
        case RowState::Unknown:
            ++c.unknown;
            break;
        }
    }
    return c;
}

} // namespace Alli::Bulk
