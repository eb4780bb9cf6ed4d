#pragma once
// The history of bulk changes from CSV (GUI and alli-admin-cli share the journal): past jobs
// with their counts, each job's report, "Import CSV…", and resuming jobs that did not finish.

#include "consolepage.h"

#include <QUrl>

#include <functional>
#include <memory>

class QFrame;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace Alli
{

class ViewOverlay;

class ImportDialog;
class JobHistoryModel;

namespace Bulk
{
    class JobJournal;
}

class HistoryPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit HistoryPage(AlliClient* client, QWidget* parent = nullptr);
    ~HistoryPage() override;

    QString pageId() const override { return QStringLiteral("history"); }
    QString title() const override;
    QString iconName() const override { return QStringLiteral("document-open-recent"); }
    void activate() override; // (re)reads the journal; offers to resume unfinished jobs
    void refresh() override;
    // {"job": id} selects that job (the overview's list of recent jobs).
    void showFiltered(const QVariantMap& filter) override;

    JobHistoryModel* model() const { return m_model; }
    // Writes the report of a journalled job under AppDataLocation/reports and returns its path
    // (empty on failure). "Open report" then hands it to the desktop.
    QString exportReport(qint64 jobId);
    // Opens the import dialog (non-modal) and returns it; it deletes itself when closed.
    ImportDialog* openImportDialog();
    ImportDialog* resumeJob(qint64 jobId);

    // The report last written by "Open report", shown with its path under the table with
    // Open, "Save as…" and "Show in folder" (a desktop without a CSV viewer opens nothing).
    QString shownReportPath() const { return m_reportPath; }
    QString reportBarText() const;
    // Rows of finished jobs are kept this many days (QSettings "history/keepRowsDays"), then
    // pruned when the page refreshes; their counts stay for good.
    int keepRowsDays() const;
    void setKeepRowsDays(int days);
    QString retentionText() const;
    // "Clean up now": removes the rows of every finished job at once (asks first); the journal
    // is compacted on a worker thread. pruned(count) follows.
    void cleanUpNow();

    // "Save as…": copies the shown report to `target` (replacing it); says what it did.
    bool saveReportCopy(const QString& target);
    // Test seam: what hands a file or folder to the desktop (QDesktopServices::openUrl).
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_openUrl = std::move(opener); }

Q_SIGNALS:
    // "Open report" wrote the report (on a worker thread) and hands it to the desktop.
    void reportWritten(const QString& path);
    // Rows of `jobs` finished jobs were removed (-1: the journal could not be pruned).
    void pruned(int jobs);

protected:
    void retranslateUi() override;

private:
    qint64 selectedJobId() const;
    void updateActions();
    void openSelectedReport();
    void showReport(const QString& path);
    void saveReportAs();
    void showReportInFolder();
    void renderReportBar();
    void prune(const QDateTime& finishedBefore);

    std::unique_ptr<Bulk::JobJournal> m_journal;
    JobHistoryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QFrame* m_resumeBar;
    QLabel* m_resumeText;
    QPushButton* m_resumeBarButton;
    QLabel* m_intro;
    QPushButton* m_importButton;
    QPushButton* m_reportButton;
    QPushButton* m_resumeButton;
    QTableView* m_view;
    ViewOverlay* m_overlay = nullptr;
    QLabel* m_emptyLabel;
    qint64 m_unfinishedJobId = -1;
    QFrame* m_reportBar;
    QLabel* m_reportText;
    QPushButton* m_reportOpenButton;
    QPushButton* m_reportSaveButton;
    QPushButton* m_reportFolderButton;
    QString m_reportPath;
    qint64 m_reportJobId = -1; // the job of m_reportPath, when opened from the list
    bool m_reportOpened = false; // the desktop took the file
    std::function<bool(const QUrl&)> m_openUrl;
    QLabel* m_retentionLabel;
    QSpinBox* m_keepDays;
    QPushButton* m_cleanUpButton;
    bool m_pruning = false;
};

} // namespace Alli
