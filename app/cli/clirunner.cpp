#include "clirunner.h"

#include "alliclient.h"
#include "pager.h"
#include "proxysettings.h"
#include "report.h"

#include <QAuthenticator>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkProxy>
#include <QSaveFile>

#include <system_error>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Cli
{

namespace
{

    // How many invalid or failed rows are listed on stderr before "and N more".
    constexpr int kListedRows = 20;
    // Rows prepared and handed to the job at a time when a file is prepared while it is sent.
    constexpr int kPrepareBatchRows = 2000;

} // namespace

CliRunner::CliRunner(QObject* parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{
}

CliRunner::~CliRunner()
{
    stopPreparing(); // it hands its batches to this object
    delete m_run; // before the client it uses
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
        // Nothing is sent, and nothing is asked of the server: validation without its context,
        // every row checked as for a real job, no request payload built.
        Bulk::ValidationContext context;
        context.sendUnconfirmed = m_allowWarnings;
        m_rows = Bulk::RowValidator::prepare(
            m_operation, m_table, m_mapping, context, Bulk::RowValidator::Payloads::Skip);
        int valid = 0;
        for (const Bulk::PreparedRow& row : std::as_const(m_rows))
            valid += row.isValid() ? 1 : 0;
        const int invalid = int(m_rows.size()) - valid;
        const int perRequest = std::max(1, Bulk::maxRowsPerRequest(m_operation));
        const int requests = (valid + perRequest - 1) / perRequest;
        printInvalidRows(m_rows, kListedRows);
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
    parser.addVersionOption();
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
    const QCommandLineOption reportOption(u"report"_s,
        tr("Write the per-row report to this file: an Excel workbook when its name ends in .xlsx, CSV "
           "otherwise."),
        u"OUT.csv"_s);
    const QCommandLineOption dryRunOption(
        u"dry-run"_s, tr("Validate and say what would be sent; send nothing."));
    const QCommandLineOption concurrencyOption(
        u"concurrency"_s, tr("Requests in flight (1-16, default: 4)."), u"N"_s, u"4"_s);
    const QCommandLineOption noVerifyOption(
        u"no-verify"_s, tr("Do not look up, after the job, the rows whose outcome is unknown."));
    const QCommandLineOption allowWarningsOption(u"allow-warnings"_s,
        tr("Also send the rows that break only rules of this program that Alli does not document "
           "(a short password, an unusual e-mail address, a group not found…): the server decides."));
    const QCommandLineOption proxyOption(u"proxy"_s,
        tr("Send the requests through this proxy: http://[user:password@]host:port or socks5://host:port "
           "(default: the system's proxy, or HTTPS_PROXY / HTTP_PROXY from the environment, where "
           "pac+URL names a PAC file; NO_PROXY lists the hosts that bypass either). A proxy that asks "
           "for a login and has none in its address gets ALLI_PROXY_USER and ALLI_PROXY_PASSWORD."),
        u"URL"_s);
    parser.addOption(proxyOption);
    const QCommandLineOption caFileOption(u"ca-file"_s,
        tr("Also trust the CA certificates in this PEM file (a company's TLS inspection root), together "
           "with the system's."),
        u"PEM"_s);
    parser.addOption(caFileOption);
    const QCommandLineOption sheetOption(u"sheet"_s,
        tr("An Excel workbook (.xlsx): the sheet to read (default: the first sheet with data)."), u"NAME"_s);
    const QCommandLineOption headerRowOption(u"header-row"_s,
        tr("An Excel workbook (.xlsx): the row of the header (default: the first row as wide as the data, "
           "below any title rows)."),
        u"N"_s);
    parser.addOptions({ sheetOption, headerRowOption });
    parser.addOptions(
        { baseUrlOption, regionOption, projectOption, actionOption, encodingOption, delimiterOption,
            reportOption, dryRunOption, concurrencyOption, noVerifyOption, allowWarningsOption });
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
    if (parser.isSet(u"version"_s)) {
        m_out << "alli-admin-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        m_exitCode = Success;
        return false;
    }

    const QStringList positional = parser.positionalArguments();
    m_verify = !parser.isSet(noVerifyOption);
    m_allowWarnings = parser.isSet(allowWarningsOption);
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
    m_csvOptions.sheet = parser.value(sheetOption);
    if (parser.isSet(headerRowOption)) {
        bool ok = false;
        m_csvOptions.headerRow = parser.value(headerRowOption).toInt(&ok);
        if (!ok || m_csvOptions.headerRow < 1)
            return usage(
                tr("--header-row takes a row number from 1: \"%1\".").arg(parser.value(headerRowOption)));
    }

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
    m_connection.caFile = parser.value(caFileOption);
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
    // The proxy: --proxy, or the environment's (HTTPS_PROXY, HTTP_PROXY) through Qt's system
    // configuration; NO_PROXY applies to both. A login in the address answers the proxy's 407.
    ProxySettings proxy;
    if (parser.isSet(proxyOption)) {
        QString problem;
        const std::optional<ProxySettings> manual
            = ProxySettings::fromUrl(parser.value(proxyOption), &problem);
        if (!manual)
            return usage(problem);
        proxy = *manual;
    }
    proxy.bypass = ProxySettings::bypassFromEnvironment();
    m_nam.setProxyFactory(new ProxyFactory(proxy));
    // The proxy's 407: answered once with the login of its address (--proxy, or HTTPS_PROXY /
    // HTTP_PROXY, which Qt reads with their login); asked again means refused, and the requests
    // end with "the proxy asks for a login" instead of looping. Nothing is asked on a terminal.
    connect(&m_nam, &QNetworkAccessManager::proxyAuthenticationRequired, this,
        [this, proxy](const QNetworkProxy& asking, QAuthenticator* authenticator) {
            const QString key = asking.hostName() + u':' + QString::number(asking.port());
            // Qt hands over the proxy without its login: the one of --proxy, or of the environment's
            // address; a proxy named by a PAC file or the desktop has none, and gets
            // ALLI_PROXY_USER / ALLI_PROXY_PASSWORD (never an argument, which others can see).
            const bool given = proxy.mode == ProxySettings::Mode::Manual && !proxy.user.isEmpty();
            QString user = given ? proxy.user : asking.user();
            QString password = given ? proxy.password : asking.password();
            if (user.isEmpty()) {
                user = qEnvironmentVariable("ALLI_PROXY_USER");
                password = qEnvironmentVariable("ALLI_PROXY_PASSWORD");
            }
            if (user.isEmpty() || m_proxyLoginsGiven.contains(key))
                return;
            m_proxyLoginsGiven.insert(key);
            authenticator->setUser(user);
            authenticator->setPassword(password);
        });
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
    if (!m_table.sheet.isEmpty())
        m_err << tr("Read %n row(s) from the sheet “%1”.", nullptr, m_table.rowCount()).arg(m_table.sheet)
              << Qt::endl;
    else
        m_err << tr("Read %n row(s) (encoding %1, delimiter %2).", nullptr, m_table.rowCount())
                     .arg(Bulk::encodingId(m_table.encoding), Bulk::delimiterId(m_table.delimiter))
              << Qt::endl;
    return true;
}

// The client of a job, new or resumed: the connection, the requests in flight, and the watch
// that stops the job on a refused key.
void CliRunner::makeClient()
{
    m_client = std::make_unique<AlliClient>(&m_nam);
    m_client->setConnection(m_connection);
    m_client->setMaxInFlight(m_concurrency);
    m_client->setActivityBodies(false); // only the status is watched (connectAuthWatch)
    connectAuthWatch();
}

void CliRunner::connectAuthWatch()
{
    // Any 401/403 while sending stops the job: every further request would be refused too.
    connect(m_client.get(), &AlliClient::activityRecorded, this, [this](const ActivityRecord& record) {
        if (m_run && (record.httpStatus == 401 || record.httpStatus == 403) && !m_authFailed) {
            m_authFailed = true;
            m_err << tr("The server refused the credentials: %1").arg(record.error.message()) << Qt::endl;
            m_run->cancel();
        }
    });
}

void CliRunner::fetchGroupsThenSend()
{
    makeClient();

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
        context.sendUnconfirmed = m_allowWarnings;
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
            stopPreparing();
            m_rowsPrepared = false;
            prepareRows(context);
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
    m_streamed = m_table.rowCount() > kPrepareBatchRows;
    if (!Bulk::RowValidator::usesGroupNames(m_mapping)) {
        // The group names do not matter to these rows: they are prepared while the answer comes
        // (after the request has left: the client starts it from the event loop first).
        QMetaObject::invokeMethod(
            this,
            [this] {
                Bulk::ValidationContext context;
                context.sendUnconfirmed = m_allowWarnings;
                if (m_streamed)
                    startPreparing(context);
                else
                    prepareRows(context);
            },
            Qt::QueuedConnection);
    }
}

void CliRunner::prepareRows(const Bulk::ValidationContext& context)
{
    if (m_rowsPrepared)
        return;
    m_rows = Bulk::RowValidator::prepare(m_operation, m_table, m_mapping, context);
    m_rowsPrepared = true;
}

// The rows, a batch at a time on a worker, handed to this thread in order (takePreparedRows()).
void CliRunner::startPreparing(const Bulk::ValidationContext& context)
{
    if (m_preparing || m_rowsPrepared)
        return;
    m_preparing = true;
    const auto work = [this, op = m_operation, table = m_table, mapping = m_mapping, context] {
        const bool complete = Bulk::RowValidator::prepareInBatches(
            op, table, mapping, context, kPrepareBatchRows, [this](QList<Bulk::PreparedRow> rows) {
                if (m_stopPreparing.load())
                    return false;
                QMetaObject::invokeMethod(
                    this, [this, rows = std::move(rows)]() mutable { takePreparedRows(std::move(rows)); },
                    Qt::QueuedConnection);
                return true;
            });
        if (complete)
            QMetaObject::invokeMethod(this, &CliRunner::takePreparedEnd, Qt::QueuedConnection);
    };
    try {
        m_preparer = std::thread(work);
    } catch (const std::system_error&) {
        // No thread to be had: every row now, on this one.
        m_preparing = false;
        m_streamed = false;
        prepareRows(context);
    }
}

// Before this object goes, or when the rows are prepared here after all: the worker stops after
// its current batch (the batches it handed over are dropped with the events for this object).
void CliRunner::stopPreparing()
{
    m_stopPreparing = true;
    if (m_preparer.joinable())
        m_preparer.join();
}

void CliRunner::takePreparedRows(QList<Bulk::PreparedRow> rows)
{
    if (m_stopPreparing.load())
        return; // handed over before it stopped: the rows are prepared here instead
    if (m_run) {
        m_run->appendRows(std::move(rows));
        return;
    }
    if (m_rows.isEmpty())
        m_rows.reserve(m_table.rowCount());
    m_rows.append(std::move(rows));
}

void CliRunner::takePreparedEnd()
{
    m_preparedAll = true;
    if (m_preparer.joinable())
        m_preparer.join(); // done with its last batch
    if (m_run)
        m_run->endRows();
}

void CliRunner::send(const Bulk::ValidationContext& context)
{
    QDir().mkpath(QFileInfo(Bulk::JobJournal::defaultPath()).absolutePath());
    const Bulk::RunSource source { QFileInfo(m_file).absoluteFilePath(), m_table.header };
    if (m_streamed) {
        // Sending starts with the first batch; the others follow as they are prepared, and the
        // invalid rows are listed at the end.
        startPreparing(context);
        if (m_streamed) {
            m_run = Bulk::BulkRun::streamed(
                m_client.get(), m_operation, m_table.rowCount(), source, runOptions(), this);
            m_run->appendRows(std::exchange(m_rows, {}));
            if (m_preparedAll)
                m_run->endRows();
            startRun();
            return;
        }
    }
    prepareRows(context);
    printInvalidRows(m_rows, kListedRows);
    m_run = new Bulk::BulkRun(m_client.get(), m_operation, m_rows, source, runOptions(), this);
    startRun();
}

Bulk::RunOptions CliRunner::runOptions() const
{
    Bulk::RunOptions options;
    options.concurrency = m_concurrency;
    options.verify = m_verify;
    return options;
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
              << '\t' << job.counts.summaryLine();
        // Rows of an interrupted job that were never recorded, so never sent (resume skips them);
        // in the counts' own words, which scripts read.
        if (job.notRecorded > 0)
            m_out << u", %1 never recorded"_s.arg(job.notRecorded);
        m_out << Qt::endl;
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
    const QString server = m_connection.baseUrl().host();
    if (m_resumeId < 0) {
        // The newest unfinished job of this server (the run refuses any other).
        const Bulk::JobJournal journal(path);
        if (!journal.isOpen())
            return fail(tr("Cannot open the journal %1: %2").arg(path, journal.errorString()));
        if (const std::optional<Bulk::JobSummary> job = Bulk::BulkRun::resumableJob(journal, server)) {
            m_resumeId = job->id;
        } else {
            const QList<Bulk::JobSummary> unfinished = journal.unfinishedJobs();
            if (unfinished.isEmpty())
                return fail(tr("There is no unfinished job to resume."));
            return fail(tr("There is no unfinished job of %1 to resume. %2")
                            .arg(server, Bulk::BulkRun::whyNotResumable(unfinished.constFirst(), server)));
        }
    }
    makeClient();
    m_run = Bulk::BulkRun::resumeJob(m_client.get(), m_resumeId, runOptions(), this);
    connect(m_run, &Bulk::BulkRun::rowsReset, this, [this] {
        m_operation = m_run->operation();
        m_file = m_run->source().file;
        const Bulk::Counts before = m_run->counts();
        m_err << tr("Resuming job %1 (%2, %3): %4 row(s) already final, %5 were in flight and are "
                    "looked up before anything is sent, %6 to send.")
                     .arg(m_run->jobId())
                     .arg(Bulk::operationLabel(m_operation), Bulk::sourceDetail(m_file))
                     .arg(before.succeeded + before.failed + before.invalid + before.notSent)
                     .arg(before.unknown)
                     .arg(before.pending)
              << Qt::endl;
    });
    startRun();
    return true;
}

void CliRunner::startRun()
{
    connect(m_run, &Bulk::BulkRun::progressChanged, this, &CliRunner::onProgress);
    connect(m_run, &Bulk::BulkRun::stageChanged, this, &CliRunner::onStage);
    connect(m_run, &Bulk::BulkRun::finished, this, &CliRunner::onFinished);
    m_sinceProgress.start();
    m_run->start();
}

void CliRunner::onStage(Bulk::BulkRun::Stage stage)
{
    using Stage = Bulk::BulkRun::Stage;
    switch (stage) {
    case Stage::Sending:
        if (m_run->jobId() >= 0 && !m_announcedJob) {
            m_announcedJob = true;
            m_err << tr("Job %1 (resume it after an interruption with: alli-admin-cli resume %1)")
                         .arg(m_run->jobId())
                  << Qt::endl;
        }
        if (!m_run->journalWarning().isEmpty() && !m_warnedJournal) {
            m_warnedJournal = true;
            m_err << tr("Warning: %1").arg(m_run->journalWarning()) << Qt::endl;
        }
        m_lastPrintedDone = -1;
        m_err << tr("Sending %n row(s)…", nullptr, m_run->counts().pending + m_run->rowsToCome()) << Qt::endl;
        break;
    case Stage::Checking:
    case Stage::Verifying:
    case Stage::Waiting:
        m_err << m_run->statusText() << Qt::endl;
        break;
    case Stage::NotStarted:
    case Stage::Journalling:
    case Stage::Finished:
        break;
    }
}

void CliRunner::onProgress()
{
    if (m_run->stage() != Bulk::BulkRun::Stage::Sending)
        return;
    const Bulk::Progress p = m_run->progress();
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
    if (m_run->error() != Bulk::BulkRun::Error::NoError) {
        m_err << m_run->errorString() << Qt::endl;
        finish(UsageError);
        return;
    }
    if (m_run->verifiedApplied() > 0 || m_run->resentRows() > 0)
        m_err << tr("Looked up on the server: %1 row(s) found applied; %2 found not applied and sent again.")
                     .arg(m_run->verifiedApplied())
                     .arg(m_run->resentRows())
              << Qt::endl;
    const QList<Bulk::RowResult>& results = m_run->results();
    const QList<Bulk::PreparedRow>& rows = m_run->rows();
    if (m_streamed)
        printInvalidRows(rows, kListedRows);
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
        m_err << tr("Line %1: %2: %3").arg(rows.at(i).line).arg(Bulk::rowStateLabel(r.state), r.message)
              << Qt::endl;
    }
    if (unlisted > 0)
        m_err << tr("… and %n more; see the report.", nullptr, unlisted) << Qt::endl;

    const Bulk::Counts counts = m_run->counts();
    bool reportOk = true;
    if (!m_reportPath.isEmpty())
        reportOk = writeReport();
    m_out << counts.summaryLine() << Qt::endl;

    int code = Success;
    if (m_authFailed)
        code = AuthError;
    else if (counts.succeeded != counts.total() || !reportOk || m_run->rowsNotRecorded() > 0)
        code = RowsFailed; // rows never recorded (a resumed job) were never sent either
    finish(code);
}

void CliRunner::printInvalidRows(const QList<Bulk::PreparedRow>& rows, int limit)
{
    int listed = 0, unlisted = 0, held = 0;
    QTextStream& err = m_err;
    for (const Bulk::PreparedRow& row : rows) {
        held += row.isHeldByUnconfirmedRules() ? 1 : 0;
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
    if (held > 0)
        err << tr("%n row(s) break only rules that Alli does not document; run again with --allow-warnings "
                  "to send them and let the server decide.",
            nullptr, held)
            << Qt::endl;
}

bool CliRunner::writeReport()
{
    // A workbook when the name ends in .xlsx, CSV otherwise.
    const QString error = Bulk::TableFile::write(
        m_reportPath, Bulk::Report::reportTable(m_run->source().header, m_run->rows(), m_run->results()));
    if (!error.isEmpty()) {
        m_err << tr("Cannot write the report to \"%1\": %2").arg(m_reportPath, error) << Qt::endl;
        return false;
    }
    m_err << tr("Report written to %1").arg(QDir::toNativeSeparators(m_reportPath)) << Qt::endl;
    return true;
}

void CliRunner::interrupt()
{
    if (m_run && !m_run->isFinished()) {
        using Stage = Bulk::BulkRun::Stage;
        const bool lookingUp = m_run->stage() == Stage::Checking || m_run->stage() == Stage::Verifying;
        m_err << (lookingUp || m_interrupted
                ? tr("Interrupted: the rows not looked up yet stay unknown.")
                : tr("Interrupted: waiting for the requests in flight; nothing more is sent."))
              << Qt::endl;
        m_interrupted = true;
        m_run->cancel();
    } else if (!m_run && !m_interrupted) {
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
