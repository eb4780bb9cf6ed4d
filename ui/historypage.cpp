#include "historypage.h"
#include "datetext.h"

#include "bulkrun.h"

#include "background.h"
#include "confirm.h"
#include "errorbanner.h"
#include "icons.h"
#include "importdialog.h"
#include "jobhistorymodel.h"
#include "journal.h"
#include "report.h"
#include "tablefile.h"
#include "viewoverlay.h"
#include "widgets.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

HistoryPage::HistoryPage(AlliClient* client, QWidget* parent)
    : ConsolePage(client, parent)
    , m_model(new JobHistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_resumeBar(new QFrame)
    , m_resumeText(new QLabel)
    , m_resumeBarButton(new QPushButton)
    , m_intro(new QLabel)
    , m_importButton(new QPushButton)
    , m_reportButton(new QPushButton)
    , m_resumeButton(new QPushButton)
    , m_view(new QTableView)
    , m_emptyLabel(new QLabel)
    , m_reportBar(new QFrame)
    , m_reportText(new QLabel)
    , m_reportOpenButton(new QPushButton)
    , m_reportSaveButton(new QPushButton)
    , m_reportFolderButton(new QPushButton)
    , m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); })
    , m_retentionLabel(new QLabel)
    , m_keepDays(new QSpinBox)
    , m_cleanUpButton(new QPushButton)
{
    setObjectName(u"historyPage"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JobHistoryModel::SortRole);

    m_resumeBar->setObjectName(u"resumeBar"_s);
    m_resumeBar->setFrameShape(QFrame::StyledPanel);
    m_resumeBar->setVisible(false);
    m_resumeText->setWordWrap(true);
    m_resumeBarButton->setObjectName(u"resumeBarButton"_s);
    m_resumeBarButton->setIcon(Icons::icon(u"media-playback-start"_s));
    connect(m_resumeBarButton, &QPushButton::clicked, this, [this] {
        if (m_unfinishedJobId >= 0)
            resumeJob(m_unfinishedJobId);
    });
    auto* barLayout = new QHBoxLayout(m_resumeBar);
    barLayout->addWidget(m_resumeText, 1);
    barLayout->addWidget(m_resumeBarButton);

    m_intro->setWordWrap(true);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setIcon(Icons::icon(u"document-import"_s));
    m_reportButton->setObjectName(u"openReportButton"_s);
    m_reportButton->setIcon(Icons::icon(u"view-list-details"_s));
    m_resumeButton->setObjectName(u"resumeButton"_s);
    m_resumeButton->setIcon(Icons::icon(u"media-playback-start"_s));
    connect(m_importButton, &QPushButton::clicked, this, &HistoryPage::openImportDialog);
    connect(m_reportButton, &QPushButton::clicked, this, &HistoryPage::openSelectedReport);
    connect(m_resumeButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedJobId(); id >= 0)
            resumeJob(id);
    });

    m_view->setObjectName(u"historyView"_s);
    m_overlay = new ViewOverlay(m_view);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(JobHistoryModel::Column::Started), Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    // Every column as wide as its content; the space left over stays empty instead of widening
    // "Finished".
    m_view->horizontalHeader()->setStretchLastSection(false);
    Widgets::setUpKeyboard(m_view);
    Widgets::enableColumnChooser(m_view, u"history"_s);
    Widgets::fitColumnsToContents(m_view);
    // A long file name (or a bulk editor's description of its change) never pushes the counts and
    // the status out of sight, whatever the language.
    Widgets::setElasticColumn(m_view, int(JobHistoryModel::Column::File));
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPage::updateActions);
    connect(m_view, &QTableView::activated, this, &HistoryPage::openSelectedReport);
    // Rows of a job closed mid-recording have all arrived: the page shows the job whole.
    connect(Bulk::PendingJournalWrites::instance(), &Bulk::PendingJournalWrites::allWritten, this, [this] {
        if (isVisible())
            refresh();
    });

    m_emptyLabel->setObjectName(u"emptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);

    m_reportBar->setObjectName(u"reportBar"_s);
    m_reportBar->setFrameShape(QFrame::StyledPanel);
    m_reportBar->setVisible(false);
    m_reportText->setObjectName(u"reportText"_s);
    m_reportText->setWordWrap(true);
    m_reportText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reportOpenButton->setObjectName(u"reportOpenButton"_s);
    m_reportSaveButton->setObjectName(u"reportSaveButton"_s);
    m_reportSaveButton->setIcon(Icons::icon(u"document-save"_s));
    m_reportFolderButton->setObjectName(u"reportFolderButton"_s);
    connect(m_reportOpenButton, &QPushButton::clicked, this, [this] { showReport(m_reportPath); });
    connect(m_reportSaveButton, &QPushButton::clicked, this, &HistoryPage::saveReportAs);
    connect(m_reportFolderButton, &QPushButton::clicked, this, &HistoryPage::showReportInFolder);
    auto* reportLayout = new QHBoxLayout(m_reportBar);
    reportLayout->addWidget(m_reportText, 1);
    reportLayout->addWidget(m_reportOpenButton);
    reportLayout->addWidget(m_reportSaveButton);
    reportLayout->addWidget(m_reportFolderButton);

    m_retentionLabel->setObjectName(u"retentionLabel"_s);
    m_retentionLabel->setWordWrap(true);
    m_keepDays->setObjectName(u"keepDaysSpin"_s);
    m_keepDays->setRange(1, 3650);
    m_keepDays->setValue(keepRowsDays());
    m_retentionLabel->setBuddy(m_keepDays);
    m_cleanUpButton->setObjectName(u"cleanUpButton"_s);
    m_cleanUpButton->setIcon(Icons::icon(u"edit-delete"_s));
    connect(m_keepDays, &QSpinBox::valueChanged, this, &HistoryPage::setKeepRowsDays);
    connect(m_cleanUpButton, &QPushButton::clicked, this, &HistoryPage::cleanUpNow);
    auto* retentionRow = new QHBoxLayout;
    retentionRow->addWidget(m_retentionLabel, 1);
    retentionRow->addWidget(m_keepDays);
    retentionRow->addWidget(m_cleanUpButton);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_importButton);
    actions->addWidget(m_reportButton);
    actions->addWidget(m_resumeButton);
    actions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addWidget(m_resumeBar);
    layout->addWidget(m_intro);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(m_reportBar);
    layout->addLayout(retentionRow);
    retranslateUi();
    updateActions();
}

HistoryPage::~HistoryPage() = default;

QString HistoryPage::title() const
{
    return tr("Import history");
}

void HistoryPage::retranslateUi()
{
    m_intro->setText(tr("Bulk changes from CSV files, from this application and from alli-admin-cli."));
    m_importButton->setText(tr("&Import CSV…"));
    m_reportButton->setText(tr("Open &report"));
    m_resumeButton->setText(tr("Res&ume"));
    m_resumeBarButton->setText(tr("Resume"));
    m_emptyLabel->setText(
        tr("No imports yet. Use \"Import CSV…\" to change many users, members or agents at once "
           "from a file."));
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setAccessibleName(tr("Days to keep the rows of finished imports"));
    m_cleanUpButton->setText(tr("C&lean up now…"));
    m_cleanUpButton->setToolTip(tr("Removes the rows of every finished import now; their counts stay."));
    m_retentionLabel->setText(retentionText());
    m_reportOpenButton->setText(tr("&Open"));
    m_reportSaveButton->setText(tr("&Save as…"));
    m_reportFolderButton->setText(tr("Show in &folder"));
    renderReportBar();
    m_model->retranslate();
    emit titleChanged();
}

void HistoryPage::activate()
{
    refresh();
}

void HistoryPage::showFiltered(const QVariantMap& filter)
{
    bool ok = false;
    const qint64 job = filter.value(u"job"_s).toLongLong(&ok);
    if (!ok)
        return;
    if (const int row = m_model->rowOf(job); row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

void HistoryPage::refresh()
{
    if (!m_journal) {
        QDir().mkpath(QFileInfo(ImportDialog::journalPath()).absolutePath());
        m_journal = std::make_unique<Bulk::JobJournal>(ImportDialog::journalPath());
    }
    if (!m_journal->isOpen()) {
        banner()->showMessage(tr("Cannot open the import history: %1").arg(m_journal->errorString()));
        m_journal.reset(); // try again on the next refresh
        return;
    }
    banner()->clear();
    const qint64 selected = selectedJobId();
    // A job closed while its rows were being recorded is complete only once they are written:
    // until then it says so, offers no resume, and this refreshes when they are.
    const bool rowsArriving = Bulk::PendingJournalWrites::anyPending();
    const QList<Bulk::JobSummary> jobs = m_journal->jobs();
    m_model->setJobs(jobs, rowsArriving);
    if (jobs.isEmpty())
        m_overlay->showEmpty(tr("No bulk job has run on this computer yet."), tr("Import CSV…"),
            [this] { openImportDialog(); });
    else
        m_overlay->clear();
    // Rows of finished jobs older than the retention period go (on a worker, then this refreshes).
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-keepRowsDays());
    const bool due = std::any_of(jobs.cbegin(), jobs.cend(), [&](const Bulk::JobSummary& job) {
        return job.finished.isValid() && job.finished < cutoff && !job.rowsPruned.isValid();
    });
    if (due && !m_pruning)
        prune(cutoff);
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());

    // Offer, without interrupting, to resume the newest job of this server that did not finish:
    // rows are never replayed on another server.
    const QString server = Bulk::BulkRun::serverLabel(client());
    QList<Bulk::JobSummary> unfinished = m_journal->unfinishedJobs();
    const qsizetype all = unfinished.size();
    unfinished.removeIf([&server](const Bulk::JobSummary& job) {
        return !Bulk::BulkRun::whyNotResumable(job, server).isEmpty();
    });
    if (rowsArriving)
        unfinished.clear();
    m_unfinishedJobId = unfinished.isEmpty() ? -1 : unfinished.constFirst().id;
    if (!unfinished.isEmpty()) {
        const Bulk::JobSummary& job = unfinished.constFirst();
        QString text = tr("%n import(s) did not finish.", nullptr, int(unfinished.size())) + u' '
            + tr("The newest: %1 from %2, %n row(s) not answered yet. Rows that were on their way are first "
                 "checked on the server: only those it never received are sent.",
                nullptr, job.counts.pending)
                  .arg(Bulk::operationLabel(job.operation), Bulk::sourceLabel(job.sourceFile));
        if (job.notRecorded > 0)
            text += u' ' + Bulk::BulkRun::notRecordedText(job);
        if (all > unfinished.size())
            text += u' '
                + tr("%n unfinished import(s) of other servers can only be resumed when connected to their "
                     "server.",
                    nullptr, int(all - unfinished.size()));
        m_resumeText->setText(text);
    }
    m_resumeBar->setVisible(!unfinished.isEmpty());
    updateActions();
}

qint64 HistoryPage::selectedJobId() const
{
    const QModelIndexList rows
        = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return -1;
    return rows.constFirst().data(JobHistoryModel::JobIdRole).toLongLong();
}

int HistoryPage::keepRowsDays() const
{
    return std::clamp(
        QSettings().value(u"history/keepRowsDays"_s, Bulk::JobJournal::kDefaultKeepDays).toInt(), 1, 3650);
}

void HistoryPage::setKeepRowsDays(int days)
{
    QSettings().setValue(u"history/keepRowsDays"_s, std::clamp(days, 1, 3650));
    if (m_keepDays->value() != days)
        m_keepDays->setValue(days);
    m_retentionLabel->setText(retentionText());
}

QString HistoryPage::retentionText() const
{
    return tr("Every import's counts, file, server and times are kept for good. Its rows (and so its "
              "report) are kept for %n day(s) after it finished: until %1 for an import that finishes today. "
              "Keep the rows for:",
        nullptr, keepRowsDays())
        .arg(shortDate(QDate::currentDate().addDays(keepRowsDays())));
}

void HistoryPage::cleanUpNow()
{
    const QList<Bulk::JobSummary> jobs = m_journal ? m_journal->jobs() : QList<Bulk::JobSummary>();
    const int withRows = int(std::count_if(jobs.cbegin(), jobs.cend(),
        [](const Bulk::JobSummary& job) { return job.finished.isValid() && !job.rowsPruned.isValid(); }));
    if (withRows == 0) {
        emit statusMessage(tr("No finished import has rows left to remove."));
        return;
    }
    if (!Confirm::ask(this, tr("Clean up the import history"),
            tr("Remove the rows of %n finished import(s)?", nullptr, withRows), tr("Remove rows"),
            tr("Their counts, files, servers and times stay in the history. Their reports can no longer "
               "be written. Imports that did not finish are kept whole.")))
        return;
    prune(QDateTime::currentDateTimeUtc().addSecs(1));
}

void HistoryPage::prune(const QDateTime& finishedBefore)
{
    if (!m_journal || m_pruning)
        return;
    m_pruning = true;
    m_cleanUpButton->setEnabled(false);
    Bulk::runWithJournal<int>(
        this, m_journal->path(), -1,
        [finishedBefore](Bulk::JobJournal& journal) { return journal.pruneFinishedJobs(finishedBefore); },
        [this](int count) {
            m_pruning = false;
            m_cleanUpButton->setEnabled(true);
            if (count < 0)
                banner()->showMessage(tr("The import history could not be cleaned up."));
            else if (count > 0)
                emit statusMessage(tr("Removed the rows of %n finished import(s).", nullptr, count));
            emit pruned(count);
            refresh();
        });
}

void HistoryPage::updateActions()
{
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_emptyLabel->setVisible(empty);
    const qint64 id = selectedJobId();
    m_reportButton->setEnabled(id >= 0);
    const int row = m_model->rowOf(id);
    const QString why = row >= 0
        ? Bulk::BulkRun::whyNotResumable(m_model->jobAt(row), Bulk::BulkRun::serverLabel(client()))
        : QString();
    m_resumeButton->setEnabled(row >= 0 && why.isEmpty());
    m_resumeButton->setToolTip(why);
}

// Reads a whole job and writes its report (to `target`, a workbook or CSV by its extension, or
// else a CSV file in the application's report folder): O(rows), so it runs on a worker with a
// journal connection of its own. The path written, or empty.
static QString writeReport(const QString& journalPath, qint64 jobId, const QString& target = {})
{
    Bulk::JournalWriter::waitForReleased(); // a job let go while it was being recorded: all of it
    const Bulk::JobJournal journal(journalPath);
    if (!journal.isOpen())
        return {};
    const std::optional<Bulk::StoredJob> job = journal.load(jobId);
    if (!job)
        return {};
    QString path = target;
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/reports"_s;
        QDir().mkpath(dir);
        path = dir + u"/job-%1-%2-report.csv"_s.arg(jobId).arg(Bulk::sourceFileStem(job->summary.sourceFile));
    }
    if (!Bulk::TableFile::write(path, Bulk::Report::reportTable(job->header, job->rows, job->results))
             .isEmpty())
        return {};
    return path;
}

QString HistoryPage::exportReport(qint64 jobId)
{
    if (!m_journal)
        refresh();
    if (!m_journal)
        return {};
    return writeReport(m_journal->path(), jobId);
}

void HistoryPage::openSelectedReport()
{
    const qint64 id = selectedJobId();
    if (id < 0)
        return;
    if (const int row = m_model->rowOf(id); row >= 0 && m_model->jobAt(row).rowsPruned.isValid()) {
        banner()->showMessage(
            tr("The rows of this import were removed after %n day(s); only its counts are kept, "
               "so its report cannot be written.",
                nullptr, keepRowsDays()));
        return;
    }
    if (!m_journal)
        refresh();
    if (!m_journal) {
        banner()->showMessage(tr("Cannot write the report of this import."));
        return;
    }
    m_reportButton->setEnabled(false);
    runInBackground(
        this, [journalPath = m_journal->path(), id] { return writeReport(journalPath, id); },
        [this, id](const QString& path) {
            m_reportJobId = id;
            updateActions();
            if (path.isEmpty()) {
                banner()->showMessage(tr("Cannot write the report of this import."));
                return;
            }
            emit reportWritten(path);
            showReport(path);
        });
}

void HistoryPage::showReport(const QString& path)
{
    m_reportPath = path;
    m_reportOpened = m_openUrl(QUrl::fromLocalFile(path));
    renderReportBar();
    emit statusMessage(m_reportOpened ? tr("Opened the report %1.").arg(QDir::toNativeSeparators(path))
                                      : tr("Report saved as %1.").arg(QDir::toNativeSeparators(path)));
}

void HistoryPage::renderReportBar()
{
    m_reportBar->setVisible(!m_reportPath.isEmpty());
    m_reportText->setText(reportBarText());
}

QString HistoryPage::reportBarText() const
{
    if (m_reportPath.isEmpty())
        return {};
    const QString path = QDir::toNativeSeparators(m_reportPath);
    if (m_reportOpened)
        return tr("The report is saved as %1 and was handed to the program that opens CSV files.").arg(path);
    return tr("The report is saved as %1. No program on this computer opened it: save a copy where you "
              "want it, or show it in its folder.")
        .arg(path);
}

bool HistoryPage::saveReportCopy(const QString& target)
{
    if (m_reportPath.isEmpty() || target.isEmpty())
        return false;
    const QString shown = QDir::toNativeSeparators(target);
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_reportPath).absoluteFilePath())
        return true;
    if (Bulk::TableFile::formatOf(target) != Bulk::TableFile::formatOf(m_reportPath)) {
        // Another format: written again from the journal, on a worker.
        if (!m_journal || m_reportJobId < 0)
            return false;
        runInBackground(
            this,
            [journalPath = m_journal->path(), id = m_reportJobId, target] {
                return writeReport(journalPath, id, target);
            },
            [this, shown](const QString& written) {
                if (written.isEmpty())
                    banner()->showMessage(tr("Could not save the report as %1.").arg(shown));
                else
                    emit statusMessage(tr("Saved a copy of the report as %1.").arg(shown));
            });
        return true;
    }
    if (QFile::exists(target) && !QFile::remove(target)) {
        banner()->showMessage(tr("Could not replace %1.").arg(shown));
        return false;
    }
    if (!QFile::copy(m_reportPath, target)) {
        banner()->showMessage(tr("Could not save the report as %1.").arg(shown));
        return false;
    }
    emit statusMessage(tr("Saved a copy of the report as %1.").arg(shown));
    return true;
}

void HistoryPage::saveReportAs()
{
    const QString target = Widgets::askTablePath(
        this, tr("Save report"), QDir::homePath(), QFileInfo(m_reportPath).completeBaseName());
    if (!target.isEmpty())
        saveReportCopy(target);
}

void HistoryPage::showReportInFolder()
{
    const QString folder = QFileInfo(m_reportPath).absolutePath();
    if (!m_openUrl(QUrl::fromLocalFile(folder)))
        banner()->showMessage(
            tr("No file manager opened the folder %1.").arg(QDir::toNativeSeparators(folder)));
}

ImportDialog* HistoryPage::openImportDialog()
{
    auto* dialog = new ImportDialog(client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::sendingFinished, this, &HistoryPage::refresh);
    connect(dialog, &QDialog::finished, this, &HistoryPage::refresh);
    dialog->show();
    return dialog;
}

ImportDialog* HistoryPage::resumeJob(qint64 jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row >= 0) {
        const QString why
            = Bulk::BulkRun::whyNotResumable(m_model->jobAt(row), Bulk::BulkRun::serverLabel(client()));
        if (!why.isEmpty()) {
            banner()->showMessage(why);
            return nullptr;
        }
    }
    ImportDialog* dialog = openImportDialog();
    if (!dialog->resumeJob(jobId)) {
        dialog->close();
        banner()->showMessage(tr("This import cannot be resumed."));
        return nullptr;
    }
    refresh();
    return dialog;
}

} // namespace Alli
