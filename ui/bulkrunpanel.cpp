#include "bulkrunpanel.h"

#include "background.h"
#include "bulkresultsmodel.h"
#include "bulkrun.h"
#include "confirm.h"
#include "icons.h"
#include "operations.h"
#include "report.h"
#include "widgets.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{
    constexpr BulkResultsFilterProxy::Preset kPresets[] = { BulkResultsFilterProxy::Preset::All,
        BulkResultsFilterProxy::Preset::Problems, BulkResultsFilterProxy::Preset::Succeeded,
        BulkResultsFilterProxy::Preset::Invalid, BulkResultsFilterProxy::Preset::NotSent };
} // namespace

BulkRunPanel::BulkRunPanel(QWidget* parent)
    : QWidget(parent)
    , m_results(new BulkResultsModel(this))
    , m_resultsProxy(new BulkResultsFilterProxy(this))
    , m_progressBar(new QProgressBar)
    , m_progressLabel(new QLabel)
    , m_pauseButton(new QPushButton)
    , m_cancelButton(new QPushButton)
    , m_filterLabel(new QLabel)
    , m_filter(new QComboBox)
    , m_resultsView(new QTableView)
    , m_saveReportButton(new QPushButton)
    , m_retryButton(new QPushButton)
    , m_saveUndoButton(new QPushButton)
    , m_fileNote(new QLabel)
{
    setObjectName(u"bulkRunPanel"_s);
    m_resultsProxy->setSourceModel(m_results);
    m_resultsProxy->setSortRole(BulkResultsModel::SortRole);
    m_progressBar->setObjectName(u"progressBar"_s);
    m_progressLabel->setObjectName(u"progressLabel"_s);
    m_progressLabel->setWordWrap(true);
    m_pauseButton->setObjectName(u"pauseButton"_s);
    m_pauseButton->setIcon(Icons::icon(u"media-playback-pause"_s));
    m_cancelButton->setObjectName(u"cancelSendingButton"_s);
    m_cancelButton->setIcon(Icons::icon(u"process-stop"_s));
    connect(m_pauseButton, &QPushButton::clicked, this, &BulkRunPanel::pauseOrResume);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (askToCancel(this))
            cancelSending();
    });

    m_filter->setObjectName(u"resultsFilterCombo"_s);
    // Item data says which preset each entry is; the texts are set in retranslateUi().
    for (BulkResultsFilterProxy::Preset preset : kPresets)
        m_filter->addItem(QString(), QVariant::fromValue(int(preset)));
    m_filterLabel->setBuddy(m_filter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto preset = BulkResultsFilterProxy::Preset(m_filter->itemData(index).toInt());
        m_resultsProxy->setStates(BulkResultsFilterProxy::statesFor(preset));
    });
    m_resultsView->setObjectName(u"resultsView"_s);
    m_resultsView->setModel(m_resultsProxy);
    m_resultsView->setSortingEnabled(true);
    m_resultsView->sortByColumn(int(BulkResultsModel::Column::Line), Qt::AscendingOrder);
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    Widgets::setUpKeyboard(m_resultsView);
    Widgets::fitColumnsToContents(m_resultsView);

    m_saveReportButton->setObjectName(u"saveReportButton"_s);

    m_saveReportButton->setIcon(Icons::icon(u"document-save"_s));
    m_retryButton->setObjectName(u"retryButton"_s);
    m_retryButton->setIcon(Icons::icon(u"view-refresh"_s));
    m_saveUndoButton->setObjectName(u"saveUndoButton"_s);
    m_saveUndoButton->setIcon(Icons::icon(u"edit-undo"_s));
    for (QPushButton* b :
        { m_pauseButton, m_cancelButton, m_saveReportButton, m_retryButton, m_saveUndoButton })
        b->setAutoDefault(false);
    connect(m_saveReportButton, &QPushButton::clicked, this, &BulkRunPanel::saveReportAs);
    connect(m_retryButton, &QPushButton::clicked, this, &BulkRunPanel::onRetryClicked);
    connect(m_saveUndoButton, &QPushButton::clicked, this, &BulkRunPanel::saveUndoAs);
    m_fileNote->setObjectName(u"fileNote"_s);
    m_fileNote->setWordWrap(true);
    m_fileNote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fileNote->setVisible(false);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_pauseButton);
    progressRow->addWidget(m_cancelButton);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch();
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_saveReportButton);
    actionRow->addWidget(m_retryButton);
    actionRow->addWidget(m_saveUndoButton);
    actionRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(progressRow);
    layout->addWidget(m_progressLabel);
    layout->addLayout(filterRow);
    layout->addWidget(m_resultsView, 1);
    layout->addLayout(actionRow);
    layout->addWidget(m_fileNote);
    retranslateUi();
    update();
}

BulkRunPanel::~BulkRunPanel()
{
    // The model lets go of the run before the run (usually a sibling) is destroyed.
    m_results->setRun(nullptr);
}

void BulkRunPanel::setRun(Bulk::BulkRun* run)
{
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_run = run;
    m_results->setRun(run);
    setFileNote(QString());
    if (run) {
        connect(run, &Bulk::BulkRun::progressChanged, this, &BulkRunPanel::update);
        connect(run, &Bulk::BulkRun::stageChanged, this, &BulkRunPanel::update);
        connect(run, &Bulk::BulkRun::finished, this, [this] {
            if (m_run && m_run->error() == Bulk::BulkRun::Error::NoError
                && !m_run->journalWarning().isEmpty())
                setFileNote(m_run->journalWarning());
            update();
        });
    }
    update();
}

void BulkRunPanel::setLineColumnVisible(bool visible)
{
    m_resultsView->setColumnHidden(int(BulkResultsModel::Column::Line), !visible);
}

bool BulkRunPanel::askToCancel(QWidget* parent)
{
    return Confirm::ask(parent, tr("Cancel sending"),
        tr("Rows that were not sent yet will not be sent. Requests already on their way still finish."),
        tr("Cancel sending"));
}

void BulkRunPanel::setResultsTableVisible(bool visible)
{
    m_filterLabel->setVisible(visible);
    m_filter->setVisible(visible);
    m_resultsView->setVisible(visible);
    m_retryButton->setVisible(visible);
}

void BulkRunPanel::setCancelVisible(bool visible)
{
    m_cancelVisible = visible;
    update();
}

void BulkRunPanel::update()
{
    using Stage = Bulk::BulkRun::Stage;
    const Bulk::BulkRun* run = m_run;
    const bool running = run && !run->isFinished();
    const bool done = run && run->isFinished();
    if (!run) {
        m_progressBar->setRange(0, 1);
        m_progressBar->setValue(0);
        m_progressLabel->clear();
    } else {
        switch (run->stage()) {
        case Stage::NotStarted:
        case Stage::Journalling:
        case Stage::Waiting:
            m_progressBar->setRange(0, 0); // busy
            break;
        case Stage::Checking:
        case Stage::Verifying:
            m_progressBar->setRange(0, std::max(1, run->toLookUp()));
            m_progressBar->setValue(run->lookedUp());
            break;
        case Stage::Sending:
        case Stage::Finished: {
            const Bulk::Progress p = run->progress();
            m_progressBar->setRange(0, std::max(1, p.total));
            m_progressBar->setValue(p.done);
            break;
        }
        }
        QString text = run->statusText();
        if (running && run->isCancelled())
            text += u" · "_s + tr("cancelling…");
        m_progressLabel->setText(text);
    }
    m_pauseButton->setEnabled(running && !run->isCancelled());
    m_pauseButton->setText(run && run->isPaused() ? tr("Resu&me") : tr("&Pause"));
    m_cancelButton->setVisible(m_cancelVisible);
    m_cancelButton->setEnabled(running && !run->isCancelled());
    // Counting is cheap; building the retry rows or the undo file here would not be (100,000 rows).
    const bool ran = done && run->error() == Bulk::BulkRun::Error::NoError;
    const Bulk::Counts counts = ran ? run->counts() : Bulk::Counts();
    m_saveReportButton->setEnabled(ran);
    // Only failures a retry can fix: a row the server refused ("already exists") fails again.
    m_retryButton->setEnabled(ran && Bulk::countRetryable(run->results()) > 0);
    const bool undoable = run && Bulk::Report::inverseOperation(run->operation()).has_value();
    m_saveUndoButton->setVisible(!run || undoable);
    m_saveUndoButton->setEnabled(ran && undoable && counts.succeeded > 0);
}

QString BulkRunPanel::progressText() const
{
    return m_progressLabel->text();
}

QString BulkRunPanel::fileNoteText() const
{
    return m_fileNote->text();
}

void BulkRunPanel::setFileNote(const QString& text)
{
    m_fileNote->setText(text);
    m_fileNote->setVisible(!text.isEmpty());
}

void BulkRunPanel::pauseOrResume()
{
    if (!m_run || m_run->isFinished())
        return;
    if (m_run->isPaused())
        m_run->resume();
    else
        m_run->pause();
    update();
}

void BulkRunPanel::cancelSending()
{
    if (m_run && !m_run->isFinished())
        m_run->cancel();
    update();
}

void BulkRunPanel::onRetryClicked()
{
    if (!m_run)
        return;
    const Bulk::Counts c = m_run->counts();
    // Unknown rows may have been applied: sending them again must be a decision.
    if (c.unknown > 0
        && !Confirm::ask(this, tr("Retry failed rows"),
            tr("%n row(s) got no usable answer and may already be applied. They will be sent again.", nullptr,
                c.unknown),
            tr("Retry")))
        return;
    emit retryRequested();
}

bool BulkRunPanel::saveReport(const QString& path)
{
    if (!m_run || !m_run->isFinished())
        return false;
    const QString error = Bulk::TableFile::write(
        path, Bulk::Report::reportTable(m_run->source().header, m_run->rows(), m_run->results()));
    setFileNote(error.isEmpty() ? tr("Saved the report as %1.").arg(QDir::toNativeSeparators(path))
                                : cannotWrite(path, error));
    return error.isEmpty();
}

QString BulkRunPanel::cannotWrite(const QString& path, const QString& why)
{
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
}

bool BulkRunPanel::saveUndoFile(const QString& path)
{
    if (!m_run || !m_run->isFinished())
        return false;
    const std::optional<Bulk::TableData> undo
        = Bulk::Report::undoTable(m_run->operation(), m_run->rows(), m_run->results());
    if (!undo)
        return false;
    if (const QString error = Bulk::TableFile::write(path, *undo); !error.isEmpty()) {
        setFileNote(cannotWrite(path, error));
        return false;
    }
    setFileNote(undoSavedNote(path));
    return true;
}

QString BulkRunPanel::fileDirectory() const
{
    return m_fileHint.isEmpty() ? QDir::homePath() : QFileInfo(m_fileHint).absolutePath();
}

void BulkRunPanel::saveReportAs()
{
    const QString base = m_fileHint.isEmpty() ? u"selection"_s : QFileInfo(m_fileHint).completeBaseName();
    const QString path = Widgets::askTablePath(this, tr("Save report"), fileDirectory(), base + u"-report"_s);
    if (!path.isEmpty())
        saveReportInBackground(path);
}

void BulkRunPanel::saveReportInBackground(const QString& path)
{
    if (!m_run || !m_run->isFinished())
        return;
    // 100,000 rows take a moment to write: on a worker (the rows are shared, not copied).
    setFileNote(tr("Saving the report as %1…").arg(QDir::toNativeSeparators(path)));
    Bulk::TableFile::writeInBackground(this, path,
        Bulk::Report::reportTable(m_run->source().header, m_run->rows(), m_run->results()),
        [this, path](const QString& error) {
            setFileNote(error.isEmpty() ? tr("Saved the report as %1.").arg(QDir::toNativeSeparators(path))
                                        : cannotWrite(path, error));
            emit fileSaved(path, error);
        });
}

void BulkRunPanel::saveUndoAs()
{
    if (!m_run)
        return;
    const std::optional<Bulk::Operation> inverse = Bulk::Report::inverseOperation(m_run->operation());
    if (!inverse)
        return;
    const QString path = Widgets::askTablePath(this, tr("Save undo file"), fileDirectory(),
        Bulk::OperationSpec::templateBaseName(*inverse) + u"-undo"_s);
    if (!path.isEmpty())
        saveUndoInBackground(path);
}

void BulkRunPanel::saveUndoInBackground(const QString& path)
{
    if (!m_run || !m_run->isFinished())
        return;
    if (!Bulk::Report::inverseOperation(m_run->operation()) || m_run->counts().succeeded == 0)
        return;
    setFileNote(tr("Saving the undo file as %1…").arg(QDir::toNativeSeparators(path)));
    // The keys of 100,000 rows are gathered on the worker too, from lists that share the run's.
    Bulk::TableFile::writeInBackground(
        this, path,
        [op = m_run->operation(), rows = m_run->rows(), results = m_run->results()] {
            return Bulk::Report::undoTable(op, rows, results).value_or(Bulk::TableData {});
        },
        [this, path](const QString& error) {
            setFileNote(error.isEmpty() ? undoSavedNote(path) : cannotWrite(path, error));
            emit fileSaved(path, error);
        });
}

QString BulkRunPanel::undoSavedNote(const QString& path)
{
    return tr("Saved the undo file as %1. Open it in “Import CSV…” to undo the rows that succeeded.")
        .arg(QDir::toNativeSeparators(path));
}

void BulkRunPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BulkRunPanel::retranslateUi()
{
    m_cancelButton->setText(tr("&Cancel sending"));
    m_filterLabel->setText(tr("S&how:"));
    const QStringList texts { tr("All rows"), tr("Failed or unknown"), tr("Succeeded"), tr("Invalid"),
        tr("Not sent") };
    for (int i = 0; i < m_filter->count() && i < texts.size(); ++i)
        m_filter->setItemText(i, texts.at(i));
    m_resultsView->setAccessibleName(tr("Results"));
    m_saveReportButton->setText(tr("Save &report…"));
    m_retryButton->setText(tr("Re&try failed rows"));
    m_saveUndoButton->setText(tr("Save &undo file…"));
    m_results->retranslate();
    update();
}

} // namespace Alli
