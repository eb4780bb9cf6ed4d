#include "clirunner.h"

#include "alliclient.h"
#include "pager.h"
#include "report.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Cli
{

namespace
{

    // How many invalid or failed rows are listed on stderr before "and N more".
    constexpr int kListedRows = 20;

} // namespace

CliRunner::CliRunner(QObject* parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{
}

CliRunner::~CliRunner()
{
    if (m_reconciler)
        m_reconciler->disconnect(this);
    delete m_reconciler;
    delete m_job;
}

bool CliRunner::start(const QStringList& arguments)
{
    if (!parse(arguments))
        return false;
    if (m_command == Command::Jobs) {
        listJobs();
        return false;
    }
    if (m_command == Command::Resume)
        return resume();
    if (!readAndValidate())
        return false;
    if (m_dryRun) {
        // Nothing is sent, and nothing is asked of the server: validation without its context.
        m_rows = Bulk::RowValidator::prepare(m_operation, m_table, m_mapping);
        int valid = 0;
        for (const Bulk::PreparedRow& row : std::as_const(m_rows))
            valid += row.isValid() ? 1 : 0;
        const int invalid = int(m_rows.size()) - valid;
        const int perRequest = std::max(1, Bulk::maxRowsPerRequest(m_operation));
        const int requests = (valid + perRequest - 1) / perRequest;
        printInvalidRows(kListedRows);
        m_err << tr("Dry run: nothing was sent.") << Qt::endl
              << tr("Change: %1").arg(Bulk::operationLabel(m_operation)) << Qt::endl
              << tr("Rows that would be sent: %1").arg(valid) << Qt::endl
              << tr("Requests that would be sent: %1").arg(requests) << Qt::endl
              << tr("Invalid rows (never sent): %1").arg(invalid) << Qt::endl;
        Bulk::Counts counts;
        counts.invalid = invalid;
        counts.notSent = valid;
        m_out << counts.summaryLine() << Qt::endl;
        m_exitCode = invalid == 0 ? Success : RowsFailed;
        return false;
    }
    fetchGroupsThenSend();
    return true;
}

bool CliRunner::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Bulk changes to an Alli project from a CSV file. "
                                        "The API key is read from the environment variable ALLI_API_KEY."));
    parser.addHelpOption();
    const QCommandLineOption baseUrlOption(
        u"base-url"_s, tr("Server address (HTTPS; HTTP only for this computer)."), u"URL"_s);
    const QCommandLineOption regionOption(
        u"region"_s, tr("Alli region: us or ja (default: us)."), u"REGION"_s);
    const QCommandLineOption projectOption(
        u"project-id"_s, tr("Project id sent with every request."), u"ID"_s);
    const QCommandLineOption actionOption(u"action"_s,
        tr("users: create, update, delete; members: invite, update-groups, remove; agents: create, delete."),
        u"ACTION"_s);
    const QCommandLineOption encodingOption(u"encoding"_s,
        tr("File encoding: auto, utf-8, windows-949 or shift_jis (default: auto)."), u"ENCODING"_s,
        u"auto"_s);
    const QCommandLineOption delimiterOption(u"delimiter"_s,
        tr("Delimiter: auto, comma, semicolon or tab (default: auto)."), u"DELIMITER"_s, u"auto"_s);
    const QCommandLineOption reportOption(
        u"report"_s, tr("Write the per-row report (CSV) to this file."), u"OUT.csv"_s);
    const QCommandLineOption dryRunOption(
        u"dry-run"_s, tr("Validate and say what would be sent; send nothing."));
    const QCommandLineOption concurrencyOption(
        u"concurrency"_s, tr("Requests in flight (1-16, default: 4)."), u"N"_s, u"4"_s);
    const QCommandLineOption noVerifyOption(
        u"no-verify"_s, tr("Do not look up, after the job, the rows whose outcome is unknown."));
    parser.addOptions({ baseUrlOption, regionOption, projectOption, actionOption, encodingOption,
        delimiterOption, reportOption, dryRunOption, concurrencyOption, noVerifyOption });
    parser.addPositionalArgument(u"resource"_s, tr("users, members or agents"));
    parser.addPositionalArgument(u"import"_s, tr("the command: import"));
    parser.addPositionalArgument(u"FILE"_s, tr("the CSV file"));
    parser.addPositionalArgument(u"jobs"_s,
        tr("alli-admin-cli jobs: list the journalled jobs; alli-admin-cli resume [JOB]: resume an "
           "interrupted job (the newest unfinished one by default)."),
        u"[jobs | resume [JOB]]"_s);

    const auto usage = [this](const QString& message) {
        m_err << message << Qt::endl << tr("Run alli-admin-cli --help for the usage.") << Qt::endl;
        m_err.flush();
        m_exitCode = UsageError;
        return false;
    };

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        m_out << parser.helpText();
        m_exitCode = Success;
        return false;
    }

    const QStringList positional = parser.positionalArguments();
    m_verify = !parser.isSet(noVerifyOption);
    if (positional.value(0) == u"jobs"_s) {
        if (positional.size() != 1)
            return usage(tr("Expected: jobs"));
        m_command = Command::Jobs;
        return true;
    }
    if (positional.value(0) == u"resume"_s) {
        if (positional.size() > 2)
            return usage(tr("Expected: resume [JOB]"));
        m_command = Command::Resume;
        if (positional.size() == 2) {
            bool idOk = false;
            m_resumeId = positional.at(1).toLongLong(&idOk);
            if (!idOk || m_resumeId < 0)
                return usage(
                    tr("\"%1\" is not a job number; see alli-admin-cli jobs.").arg(positional.at(1)));
        }
        if (parser.isSet(actionOption) || parser.isSet(dryRunOption))
            return usage(tr(
                "resume takes the action and the rows from the journal: leave out --action and --dry-run."));
    } else if (positional.size() != 3 || positional.at(1) != u"import"_s) {
        return usage(tr("Expected: users|members|agents import FILE --action ACTION"));
    }
    if (m_command == Command::Import) {
        const QString resource = positional.at(0);
        static const QHash<QString, QStringList> actions {
            { u"users"_s, { u"create"_s, u"update"_s, u"delete"_s } },
            { u"members"_s, { u"invite"_s, u"update-groups"_s, u"remove"_s } },
            { u"agents"_s, { u"create"_s, u"delete"_s } },
        };
        if (!actions.contains(resource))
            return usage(tr("Unknown resource \"%1\": use users, members or agents.").arg(resource));
        const QString action = parser.value(actionOption);
        if (action.isEmpty())
            return usage(tr("--action is required."));
        if (!actions.value(resource).contains(action)) {
            return usage(tr("Unknown action \"%1\" for %2: use %3.")
                             .arg(action, resource, actions.value(resource).join(u", "_s)));
        }
        const std::optional<Bulk::Operation> op = Bulk::operationFromId(QString(resource % u'-' % action));
        if (!op)
            return usage(tr("Unknown action \"%1\" for %2: use %3.")
                             .arg(action, resource, actions.value(resource).join(u", "_s)));
        m_operation = *op;
        m_file = positional.at(2);
    }

    const std::optional<Bulk::Encoding> encoding
        = Bulk::encodingFromId(parser.value(encodingOption).toLower());
    static const QStringList allowedEncodings { u"auto"_s, u"utf-8"_s, u"windows-949"_s, u"shift_jis"_s };
    if (!encoding || !allowedEncodings.contains(parser.value(encodingOption).toLower()))
        return usage(tr("Unknown encoding \"%1\": use auto, utf-8, windows-949 or shift_jis.")
                         .arg(parser.value(encodingOption)));
    m_csvOptions.encoding = *encoding;
    const std::optional<Bulk::Delimiter> delimiter
        = Bulk::delimiterFromId(parser.value(delimiterOption).toLower());
    if (!delimiter)
        return usage(tr("Unknown delimiter \"%1\": use auto, comma, semicolon or tab.")
                         .arg(parser.value(delimiterOption)));
    m_csvOptions.delimiter = *delimiter;

    bool numberOk = false;
    m_concurrency = parser.value(concurrencyOption).toInt(&numberOk);
    if (!numberOk || m_concurrency < 1 || m_concurrency > 16)
        return usage(tr("--concurrency must be a number from 1 to 16."));

    m_dryRun = parser.isSet(dryRunOption);
    m_reportPath = parser.value(reportOption);
    if (parser.isSet(reportOption)) {
        const QFileInfo info(m_reportPath);
        if (m_reportPath.isEmpty() || !info.absoluteDir().exists() || info.isDir())
            return usage(
                tr("Cannot write the report to \"%1\": the folder does not exist.").arg(m_reportPath));
    }

    if (parser.isSet(baseUrlOption) && parser.isSet(regionOption))
        return usage(tr("Use either --base-url or --region, not both."));
    if (parser.isSet(baseUrlOption)) {
        const QUrl url(parser.value(baseUrlOption), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return usage(tr("Invalid server address \"%1\".").arg(parser.value(baseUrlOption)));
        m_connection.region = ConnectionSettings::Region::Custom;
        m_connection.customBaseUrl = url;
    } else if (parser.isSet(regionOption)) {
        const QString region = parser.value(regionOption).toLower();
        if (region == u"us"_s)
            m_connection.region = ConnectionSettings::Region::US;
        else if (region == u"ja"_s)
            m_connection.region = ConnectionSettings::Region::JA;
        else
            return usage(tr("Unknown region \"%1\": use us or ja.").arg(parser.value(regionOption)));
    }
    m_connection.projectId = parser.value(projectOption);
    m_connection.authMethod = ConnectionSettings::AuthMethod::ApiKey;
    // Never from argv: command lines are visible to every user of the machine and kept in shell history.
    m_connection.secret = qEnvironmentVariable("ALLI_API_KEY");
    if (!m_dryRun) {
        if (m_connection.secret.isEmpty())
            return usage(tr("Set the environment variable ALLI_API_KEY to the project's API key."));
    }
    const QString problem = m_connection.validationError();
    // Without a key the validation would complain about it; a dry run needs none.
    if (!problem.isEmpty() && !(m_dryRun && m_connection.secret.isEmpty()))
        return usage(problem);
    if (m_dryRun && m_connection.secret.isEmpty()) {
        ConnectionSettings check = m_connection;
        check.secret = u"-"_s;
        if (const QString urlProblem = check.validationError(); !urlProblem.isEmpty())
            return usage(urlProblem);
    }
    return true;
}

bool CliRunner::readAndValidate()
{
    // Every unreadable line is named at once (not one per run); nothing is sent while any is left.
    Bulk::CsvOptions options = m_csvOptions;
    options.skipBadLines = true;
    auto result = Bulk::CsvReader::readFile(m_file, options);
    if (const auto* error = std::get_if<Bulk::CsvError>(&result)) {
        m_err << m_file << ": " << error->message << Qt::endl;
        m_exitCode = UsageError;
        return false;
    }
    m_table = std::get<Bulk::CsvTable>(std::move(result));
    if (!m_table.badLines.isEmpty()) {
        constexpr int Listed = 20;
        for (qsizetype i = 0; i < m_table.badLines.size() && i < Listed; ++i)
            m_err << m_file << ": " << m_table.badLines.at(i).message << Qt::endl;
        if (m_table.badLines.size() > Listed)
            m_err << m_file << ": "
                  << tr("…and %n more line(s) that cannot be read.", nullptr,
                         int(m_table.badLines.size()) - Listed)
                  << Qt::endl;
        m_err << tr("%n line(s) of the file cannot be read; nothing was sent. Fix them and run again.",
            nullptr, int(m_table.badLines.size()))
              << Qt::endl;
        m_exitCode = UsageError;
        return false;
    }
    m_mapping = Bulk::OperationSpec::autoMap(m_operation, m_table.header);

    // A required column missing altogether is a file error, not one invalid row per line.
    QStringList missing;
    const QList<Bulk::FieldInfo> fields = Bulk::OperationSpec::fields(m_operation);
    for (const Bulk::FieldInfo& field : fields) {
        if (!field.required)
            continue;
        const bool mapped = std::any_of(m_mapping.cbegin(), m_mapping.cend(),
            [&field](const Bulk::ColumnMapping& m) { return m.target == field.target; });
        if (!mapped)
            missing << tr("%1 (a column named %2)").arg(field.label(), field.aliases.value(0, field.target));
    }
    if (!missing.isEmpty()) {
        m_err << m_file << ": " << tr("Required column missing: %1.").arg(missing.join(u"; "_s)) << Qt::endl;
        m_exitCode = UsageError;
        return false;
    }
    m_err << tr("Read %n row(s) (encoding %1, delimiter %2).", nullptr, int(m_table.rows.size()))
                 .arg(Bulk::encodingId(m_table.encoding), Bulk::delimiterId(m_table.delimiter))
          << Qt::endl;
    return true;
}

void CliRunner::connectAuthWatch()
{
    // Any 401/403 while sending stops the job: every further request would be refused too.
    connect(m_client.get(), &AlliClient::activityRecorded, this, [this](const ActivityRecord& record) {
        if (m_job && (record.httpStatus == 401 || record.httpStatus == 403) && !m_authFailed) {
            m_authFailed = true;
            m_err << tr("The server refused the credentials: %1").arg(record.error.message()) << Qt::endl;
            if (m_job)
                m_job->cancel();
        }
    });
}

void CliRunner::fetchGroupsThenSend()
{
    m_client = std::make_unique<AlliClient>(&m_nam);
    m_client->setConnection(m_connection);
    m_client->setMaxInFlight(m_concurrency);
    connectAuthWatch();

    // One cheap request first: it checks the key before any change is sent and gives the
    // permission group names the validation needs.
    auto* fetch = new PagedFetch<PermissionGroupResponse>(
        [this](int offset, int limit) { return m_client->listPermissionGroups({}, offset, limit); }, 100,
        10000, this);
    connect(fetch, &PagedFetchBase::finished, this, [this, fetch] {
        fetch->deleteLater();
        if (m_interrupted)
            return;
        Bulk::ValidationContext context;
        const ApiError error = fetch->error();
        if (error.kind() == ApiError::Kind::Unauthorized) {
            m_err << tr("Authentication failed: %1").arg(error.message()) << Qt::endl;
            finish(AuthError);
            return;
        }
        if (!error.isError()) {
            for (const PermissionGroupResponse& group : fetch->items())
                context.knownGroupNames.insert(group.name.toLower());
        } else if (error.kind() != ApiError::Kind::Forbidden) {
            // A key that may not list groups may still be allowed this change: a 403 is
            // only fatal when the change itself is refused.
            m_err << tr("Cannot reach the server: %1").arg(error.message()) << Qt::endl;
            m_rows = Bulk::RowValidator::prepare(m_operation, m_table, m_mapping);
            Bulk::Counts counts;
            for (const Bulk::PreparedRow& row : std::as_const(m_rows))
                ++(row.isValid() ? counts.notSent : counts.invalid);
            m_out << counts.summaryLine() << Qt::endl;
            finish(RowsFailed);
            return;
        }
        send(context);
    });
    fetch->start();
}

void CliRunner::send(const Bulk::ValidationContext& context)
{
    m_rows = Bulk::RowValidator::prepare(m_operation, m_table, m_mapping, context);
    printInvalidRows(kListedRows);

    Bulk::JobOptions options;
    options.concurrency = m_concurrency;
    m_job = new Bulk::BulkJob(m_client.get(), m_operation, m_rows, options);

    const QString path = Bulk::JobJournal::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_journal = std::make_unique<Bulk::JobJournal>(path);
    if (m_journal->isOpen()) {
        const QString connectionLabel = m_connection.baseUrl().host();
        m_jobId = m_journal->createJob(m_operation, QFileInfo(m_file).absoluteFilePath(), connectionLabel,
            m_table.header, m_job->rows(), m_job->results());
        if (m_jobId >= 0) {
            m_job->setJournal(m_journal.get(), m_jobId);
            m_err
                << tr("Job %1 (resume it after an interruption with: alli-admin-cli resume %1)").arg(m_jobId)
                << Qt::endl;
        }
    } else {
        m_err << tr("Warning: the job is not journalled: %1").arg(m_journal->errorString()) << Qt::endl;
    }
    startJob();
}

void CliRunner::listJobs()
{
    const QString path = Bulk::JobJournal::defaultPath();
    if (!QFileInfo::exists(path)) {
        m_err << tr("No jobs yet.") << Qt::endl;
        m_exitCode = Success;
        return;
    }
    Bulk::JobJournal journal(path);
    if (!journal.isOpen()) {
        m_err << tr("Cannot open the journal %1: %2").arg(path, journal.errorString()) << Qt::endl;
        m_exitCode = UsageError;
        return;
    }
    const QList<Bulk::JobSummary> jobs = journal.jobs();
    if (jobs.isEmpty())
        m_err << tr("No jobs yet.") << Qt::endl;
    for (const Bulk::JobSummary& job : jobs) {
        // Tab-separated for scripts: id, action, state, started, server, file, counts.
        m_out << job.id << '\t' << Bulk::operationId(job.operation) << '\t'
              << (job.finished.isValid() ? u"finished"_s : u"unfinished"_s) << '\t'
              << job.started.toString(Qt::ISODate) << '\t' << job.connectionLabel << '\t' << job.sourceFile
              << '\t' << job.counts.summaryLine() << Qt::endl;
    }
    m_exitCode = Success;
}

bool CliRunner::resume()
{
    const QString path = Bulk::JobJournal::defaultPath();
    const auto fail = [this](const QString& message) {
        m_err << message << Qt::endl;
        m_exitCode = UsageError;
        return false;
    };
    if (!QFileInfo::exists(path))
        return fail(tr("There is no job to resume."));
    m_journal = std::make_unique<Bulk::JobJournal>(path);
    if (!m_journal->isOpen())
        return fail(tr("Cannot open the journal %1: %2").arg(path, m_journal->errorString()));
    if (m_resumeId < 0) {
        const QList<Bulk::JobSummary> unfinished = m_journal->unfinishedJobs();
        if (unfinished.isEmpty())
            return fail(tr("There is no unfinished job to resume."));
        m_resumeId = unfinished.constFirst().id;
    }
    const std::optional<Bulk::StoredJob> stored = m_journal->load(m_resumeId);
    if (!stored)
        return fail(tr("There is no job %1 in the journal; see alli-admin-cli jobs.").arg(m_resumeId));
    if (stored->summary.finished.isValid())
        return fail(tr("Job %1 has already finished: nothing to resume.").arg(m_resumeId));
    // The journal keeps the server's host (never a key): refuse to replay rows on another project.
    const QString host = m_connection.baseUrl().host();
    if (!stored->summary.connectionLabel.isEmpty() && stored->summary.connectionLabel != host) {
        return fail(tr("Job %1 was started on %2, not on %3: give the same --base-url or --region.")
                        .arg(m_resumeId)
                        .arg(stored->summary.connectionLabel, host));
    }

    m_operation = stored->summary.operation;
    m_file = stored->summary.sourceFile;
    m_table.header = stored->header;
    m_rows = stored->rows;
    m_jobId = m_resumeId;
    m_client = std::make_unique<AlliClient>(&m_nam);
    m_client->setConnection(m_connection);
    m_client->setMaxInFlight(m_concurrency);
    connectAuthWatch();

    const Bulk::Counts before = Bulk::countStates(stored->results);
    m_err << tr("Resuming job %1 (%2, %3): %4 row(s) already final, %5 were in flight and are not "
                "sent again, %6 to send.")
                 .arg(m_jobId)
                 .arg(Bulk::operationLabel(m_operation), m_file)
                 .arg(before.succeeded + before.failed + before.invalid + before.notSent)
                 .arg(before.unknown)
                 .arg(before.pending)
          << Qt::endl;

    const QList<int> inFlight = Bulk::Reconciler::unknownRows(stored->results);
    if (!m_verify || inFlight.isEmpty()) {
        resumeWith(stored->results);
        return true;
    }
    // The rows that were in flight when the job stopped are looked up first: those the server
    // applied are done, those it verifiably never applied are sent with the rest (that is not a
    // resend), those that cannot be checked stay unknown.
    m_err << tr("Checking %n row(s) that were in flight on the server…", nullptr, int(inFlight.size()))
          << Qt::endl;
    const QList<Bulk::RowResult> storedResults = stored->results;
    m_reconciler = new Bulk::Reconciler(m_client.get(), m_operation, m_rows);
    connect(m_reconciler, &Bulk::Reconciler::finished, this, [this, storedResults] {
        QList<Bulk::RowResult> results = storedResults;
        const Bulk::Reconciler::Changes changes = m_reconciler->changes(Bulk::Reconciler::Use::BeforeResume);
        changes.applyTo(&results);
        if (m_journal && m_journal->isOpen() && !changes.rows.isEmpty())
            m_journal->recordResults(m_jobId, changes.rows, changes.results);
        m_err << tr("Checked: %1 applied on the server, %2 never reached it (sent now), %3 still unknown.")
                     .arg(m_reconciler->verified() - changes.toSend)
                     .arg(changes.toSend)
                     .arg(m_reconciler->stillUnknown())
              << Qt::endl;
        m_reconciler->deleteLater();
        m_reconciler = nullptr;
        if (m_interrupted) {
            finish(RowsFailed);
            return;
        }
        resumeWith(results);
    });
    m_reconciler->start(inFlight, stored->results);
    return true;
}

void CliRunner::resumeWith(const QList<Bulk::RowResult>& results)
{
    Bulk::JobOptions options;
    options.concurrency = m_concurrency;
    m_job = new Bulk::BulkJob(m_client.get(), m_operation, m_rows, options);
    m_job->setInitialResults(results);
    m_job->setJournal(m_journal.get(), m_jobId);
    startJob();
}

void CliRunner::startJob()
{
    connect(m_job, &Bulk::BulkJob::progressChanged, this, &CliRunner::onProgress);
    connect(m_job, &Bulk::BulkJob::finished, this, &CliRunner::onFinished);
    m_sinceProgress.start();
    m_err << tr("Sending %n row(s)…", nullptr, m_job->progress().total) << Qt::endl;
    m_job->start();
}

void CliRunner::onProgress()
{
    const Bulk::Progress p = m_job->progress();
    if (p.total == 0)
        return;
    // At most two lines a second, and always the last one.
    if (p.done == m_lastPrintedDone || (p.done < p.total && m_sinceProgress.elapsed() < 500))
        return;
    m_lastPrintedDone = p.done;
    m_sinceProgress.restart();
    QString line = tr("%1/%2 rows done, %3 failed, %4 rows/s")
                       .arg(p.done)
                       .arg(p.total)
                       .arg(p.failed)
                       .arg(p.rowsPerSecond, 0, 'f', 1);
    if (p.etaMs >= 0 && p.done < p.total)
        line += u", "_s % tr("about %n s left", nullptr, int((p.etaMs + 999) / 1000));
    m_err << line << Qt::endl;
}

void CliRunner::onFinished()
{
    m_finalResults = m_job->results();
    const QList<int> unknown = Bulk::Reconciler::unknownRows(m_finalResults);
    if (!m_verify || m_authFailed || m_interrupted || unknown.isEmpty() || !m_client) {
        finishJob();
        return;
    }
    // Rows sent without a usable answer are looked up, never sent again.
    m_err << tr("Checking %n row(s) whose outcome is unknown on the server…", nullptr, int(unknown.size()))
          << Qt::endl;
    m_reconciler = new Bulk::Reconciler(m_client.get(), m_operation, m_rows);
    connect(m_reconciler, &Bulk::Reconciler::finished, this, [this] {
        const Bulk::Reconciler::Changes changes = m_reconciler->changes(Bulk::Reconciler::Use::AfterJob);
        changes.applyTo(&m_finalResults);
        if (m_journal && m_journal->isOpen() && m_jobId >= 0 && !changes.rows.isEmpty())
            m_journal->recordResults(m_jobId, changes.rows, changes.results);
        m_err << tr("Checked: %1 verified, %2 still unknown.")
                     .arg(m_reconciler->verified())
                     .arg(m_reconciler->stillUnknown())
              << Qt::endl;
        finishJob();
    });
    m_reconciler->start(unknown, m_finalResults);
}

void CliRunner::finishJob()
{
    const QList<Bulk::RowResult>& results = m_finalResults;
    int listed = 0, unlisted = 0;
    for (int i = 0; i < results.size(); ++i) {
        const Bulk::RowResult& r = results.at(i);
        if (r.state != Bulk::RowState::Failed && r.state != Bulk::RowState::Unknown)
            continue;
        if (listed >= kListedRows) {
            ++unlisted;
            continue;
        }
        ++listed;
        m_err << tr("Line %1: %2: %3").arg(m_rows.at(i).line).arg(Bulk::rowStateLabel(r.state), r.message)
              << Qt::endl;
    }
    if (unlisted > 0)
        m_err << tr("… and %n more; see the report.", nullptr, unlisted) << Qt::endl;

    const Bulk::Counts counts = Bulk::countStates(results);
    bool reportOk = true;
    if (!m_reportPath.isEmpty())
        reportOk = writeReport();
    m_out << counts.summaryLine() << Qt::endl;

    int code = Success;
    if (m_authFailed)
        code = AuthError;
    else if (counts.succeeded != counts.total() || !reportOk)
        code = RowsFailed;
    finish(code);
}

void CliRunner::printInvalidRows(int limit)
{
    int listed = 0, unlisted = 0;
    QTextStream& err = m_err;
    for (const Bulk::PreparedRow& row : m_rows) {
        for (const Bulk::CellProblem& problem : row.problems) {
            if (problem.severity != Bulk::CellProblem::Severity::Error)
                continue;
            if (listed >= limit) {
                ++unlisted;
                continue;
            }
            ++listed;
            err << tr("Line %1: %2").arg(row.line).arg(problem.message) << Qt::endl;
        }
    }
    if (unlisted > 0)
        err << tr("… and %n more problem(s).", nullptr, unlisted) << Qt::endl;
}

bool CliRunner::writeReport()
{
    QSaveFile file(m_reportPath);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(Bulk::Report::reportCsv(m_table.header, m_job->rows(), m_finalResults)) < 0
        || !file.commit()) {
        m_err << tr("Cannot write the report to \"%1\": %2").arg(m_reportPath, file.errorString())
              << Qt::endl;
        return false;
    }
    m_err << tr("Report written to %1").arg(QDir::toNativeSeparators(m_reportPath)) << Qt::endl;
    return true;
}

void CliRunner::interrupt()
{
    if (m_reconciler && !m_reconciler->isFinished()) {
        m_interrupted = true;
        m_err << tr("Interrupted: the remaining rows stay unknown.") << Qt::endl;
        m_reconciler->cancel();
    } else if (m_job && !m_job->isFinished()) {
        m_interrupted = true;
        m_err << tr("Interrupted: waiting for the requests in flight; nothing more is sent.") << Qt::endl;
        m_job->cancel();
    } else if (!m_job && !m_interrupted) {
        m_interrupted = true;
        m_err << tr("Interrupted before sending.") << Qt::endl;
        finish(RowsFailed);
    }
}

void CliRunner::finish(int code)
{
    m_exitCode = code;
    m_out.flush();
    m_err.flush();
    // Queued: exit() before exec() would be ignored, and the job may finish synchronously.
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

} // namespace Alli::Cli
