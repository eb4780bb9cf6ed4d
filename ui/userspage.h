#pragma once
// Look up one end user by the project's own user id (ownUserId) and show every field the server
// returned, including those the schema does not list (email, customerGroup, ...). A 404 is a
// normal answer here and is said in the page, not in the error banner. "Import CSV…" opens the
// bulk import with "Create users" preselected.

#include "apireply.h"
#include "bulktypes.h"
#include "consolepage.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace Alli
{

class FieldTreeModel;
class BulkEditorDialog;
class ImportDialog;

class UsersPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit UsersPage(AlliClient* client, QWidget* parent = nullptr);
    ~UsersPage() override;

    QString pageId() const override { return QStringLiteral("users"); }
    QString title() const override { return tr("Users"); }
    QString iconName() const override { return QStringLiteral("user-identity"); }

    void activate() override;
    void refresh() override; // repeats the last lookup
    DataAreas dataAreas() const override { return DataArea::Users; }
    void focusFilter() override;

    // Starts a lookup of `ownUserId` (also what Enter and the button do with the line edit's text).
    void lookUp(const QString& ownUserId);
    FieldTreeModel* model() const { return m_model; }
    // A non-modal import dialog (deleted on close) with "Create users" preselected.
    ImportDialog* importCsv();
    BulkEditorDialog* openBulkEditor(Bulk::Operation op);

protected:
    void retranslateUi() override;

private:
    enum class State { Idle, Loading, Found, NotFound, Failed };
    void setState(State state);
    void updateStatus();

    FieldTreeModel* m_model;
    QLabel* m_idLabel;
    QLineEdit* m_idEdit;
    QPushButton* m_lookUpButton;
    QPushButton* m_importButton;
    QPushButton* m_bulkEditButton;
    QLabel* m_status;
    QTreeView* m_view;
    QPointer<ApiReply> m_pending;
    State m_state = State::Idle;
    QString m_lastId;
};

} // namespace Alli
