#pragma once
// The history of bulk changes from CSV (GUI and alli-admin-cli share the journal): past jobs
// with their counts, each job's report, "Import CSV…", and resuming jobs that did not finish.

#include "consolepage.h"

#include <memory>

class QFrame;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Alli
{

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
    void activate() override; // (re)reads the journal; offers to resume unfinished jobs
    void refresh() override;

    JobHistoryModel* model() const { return m_model; }
    // Writes the report of a journalled job under AppDataLocation/reports and returns its path
    // (empty on failure). "Open report" then hands it to the desktop.
    QString exportReport(qint64 jobId);
    // Opens the import dialog (non-modal) and returns it; it deletes itself when closed.
    ImportDialog* openImportDialog();
    ImportDialog* resumeJob(qint64 jobId);

Q_SIGNALS:
    // "Open report" wrote the report (on a worker thread) and hands it to the desktop.
    void reportWritten(const QString& path);

protected:
    void retranslateUi() override;

private:
    qint64 selectedJobId() const;
    void updateActions();
    void openSelectedReport();

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
    QLabel* m_emptyLabel;
    qint64 m_unfinishedJobId = -1;
};

} // namespace Alli
