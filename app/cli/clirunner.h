#pragma once
// The headless front end of bulk changes from CSV: parses the command line, reads and validates
// the file, checks the credentials, runs a journalled BulkRun and prints per-row problems to
// stderr and one summary line to stdout. The exit status says how it went (see ExitCode).

#include "bulkrun.h"
#include "csvreader.h"
#include "journal.h"
#include "operations.h"

#include "connectionsettings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>

namespace Alli
{
class AlliClient;
}

namespace Alli::Cli
{

enum ExitCode {
    Success = 0, // every row succeeded
    RowsFailed = 1, // some rows failed, are unknown, invalid or not sent
    UsageError = 2, // bad usage or an unreadable file: nothing was sent
    AuthError = 3, // 401 or 403
};

class CliRunner : public QObject
{
    Q_OBJECT
public:
    explicit CliRunner(QObject* parent = nullptr);
    ~CliRunner() override;

    // Parses the arguments and starts the work; the application quits with the exit code
    // through QCoreApplication::exit() once done. Returns false (and sets exitCode()) when
    // nothing is left to do, e.g. usage errors or --dry-run.
    bool start(const QStringList& arguments);
    int exitCode() const { return m_exitCode; }

    // Called (from the event loop) after SIGINT: cancels the job; chunks in flight finish.
    void interrupt();

private:
    enum class Command { Import, Jobs, Resume };

    bool parse(const QStringList& arguments);
    void listJobs();
    bool resume();
    void startRun();
    Bulk::RunOptions runOptions() const;
    void onStage(Bulk::BulkRun::Stage stage);
    bool readAndValidate();
    void makeClient();
    void prepareRows(const Bulk::ValidationContext& context);
    void startPreparing(const Bulk::ValidationContext& context);
    void stopPreparing();
    void takePreparedRows(QList<Bulk::PreparedRow> rows);
    void takePreparedEnd();
    void connectAuthWatch();
    void fetchGroupsThenSend();
    void send(const Bulk::ValidationContext& context);
    void onProgress();
    void onFinished();
    void printInvalidRows(const QList<Bulk::PreparedRow>& rows, int limit);
    bool writeReport();
    void finish(int code);

    QTextStream m_out;
    QTextStream m_err;
    int m_exitCode = UsageError;

    // Command line
    Command m_command = Command::Import;
    qint64 m_resumeId = -1; // -1: the newest unfinished job
    bool m_verify = true;
    bool m_allowWarnings = false; // --allow-warnings: ValidationContext::sendUnconfirmed
    Bulk::Operation m_operation = Bulk::Operation::CreateUsers;
    QString m_file;
    QString m_reportPath;
    Bulk::CsvOptions m_csvOptions;
    bool m_dryRun = false;
    int m_concurrency = 4;
    ConnectionSettings m_connection;

    // Work
    Bulk::CsvTable m_table;
    QList<Bulk::ColumnMapping> m_mapping;
    QList<Bulk::PreparedRow> m_rows;
    // A file of more than one batch of rows is prepared on m_preparer, a batch at a time, while
    // the first batches are sent (RowValidator::prepareInBatches(), BulkRun::streamed()): the
    // batches prepared before the run exists wait in m_rows. Its invalid rows are listed at the end.
    bool m_streamed = false;
    bool m_preparing = false;
    bool m_preparedAll = false;
    std::thread m_preparer;
    std::atomic<bool> m_stopPreparing { false };
    QNetworkAccessManager m_nam;
    QSet<QString> m_proxyLoginsGiven; // "host:port" of the proxies given their login once
    std::unique_ptr<AlliClient> m_client;
    Bulk::BulkRun* m_run = nullptr;
    bool m_announcedJob = false;
    bool m_warnedJournal = false;
    bool m_rowsPrepared = false;
    bool m_authFailed = false;
    bool m_interrupted = false;
    int m_lastPrintedDone = -1;
    QElapsedTimer m_sinceProgress;
};

} // namespace Alli::Cli
