#include "bulkeditordialog.h"
#include "datetext.h"

#include "alliclient.h"
#include "background.h"
#include "bulkrun.h"
#include "bulkrunpanel.h"
#include "clipboardtable.h"
#include "confirm.h"
#include "csvreader.h"
#include "gridediting.h"
#include "groupmemberships.h"
#include "icons.h"
#include "importpreviewmodel.h"
#include "inputmethodguard.h"
#include "journal.h"
#include "operations.h"
#include "tablefile.h"
#include "widgets.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{

    const QString kConcurrencyKey = u"import/concurrency"_s; // shared with the import dialog
    const QString kGroups = u"groups"_s;
    const QString kGroup = u"group"_s;
    const QString kLocale = u"locale"_s;
    const QString kPassword = u"password"_s;
    const QString kEmail = u"email"_s;

    // Completes the name being typed after the last ; or | of a groups cell.
    class GroupCompleter : public QCompleter
    {
    public:
        GroupCompleter(const QStringList& names, bool several, QLineEdit* edit)
            : QCompleter(names, edit)
            , m_edit(edit)
            , m_several(several)
        {
            setCaseSensitivity(Qt::CaseInsensitive);
            setFilterMode(Qt::MatchContains);
        }
        QStringList splitPath(const QString& path) const override
        {
            if (!m_several)
                return { path.trimmed() };
            return { path.section(separators(), -1).trimmed() };
        }
        QString pathFromIndex(const QModelIndex& index) const override
        {
            const QString name = index.data().toString();
            if (!m_several)
                return name;
            const QString text = m_edit->text();
            const qsizetype cut = text.lastIndexOf(separators());
            return cut < 0 ? name : text.left(cut + 1) + name;
        }

    private:
        static const QRegularExpression& separators()
        {
            static const QRegularExpression re(u"[;|]"_s);
            return re;
        }
        QLineEdit* m_edit;
        bool m_several;
    };

    QString targetOf(const QList<Bulk::ColumnMapping>& mapping, int column)
    {
        return column >= 0 && column < mapping.size() ? mapping.at(column).target : QString();
    }

    int columnOf(const QList<Bulk::ColumnMapping>& mapping, const QString& target)
    {
        for (qsizetype c = 0; c < mapping.size(); ++c) {
            if (mapping.at(c).target == target)
                return int(c);
        }
        return -1;
    }

    bool writeText(const QString& path, const QString& text)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
        return file.commit();
    }

    // A read on a worker: the table and its mapping, or the reason it could not be read.
    struct ReadResult {
        Bulk::CsvTable table;
        QList<Bulk::ColumnMapping> mapping;
        QString error;
        int templateColumns = -1; // a paste without a header: columns beyond are left out
    };

    // A CSV file mapped by its header (on a worker).
    ReadResult readCsvFile(Bulk::Operation op, const QString& path)
    {
        ReadResult out;
        auto read = Bulk::CsvReader::readFile(path);
        if (auto* error = std::get_if<Bulk::CsvError>(&read)) {
            out.error = error->message;
            return out;
        }
        out.table = std::get<Bulk::CsvTable>(std::move(read));
        out.mapping = Bulk::OperationSpec::autoMap(op, out.table.header);
        return out;
    }

} // namespace

BulkEditorDialog::BulkEditorDialog(AlliClient* client, Bulk::Operation op, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_operation(op)
    , m_header(Bulk::OperationSpec::templateHeader(op))
    , m_mapping(Bulk::OperationSpec::autoMap(op, m_header))
    , m_memberships(new GroupMemberships(client, this))
    , m_model(new ImportPreviewModel(this))
{
    setObjectName(u"bulkEditorDialog"_s);
    InputMethodGuard::install(); // a cell's last Korean or Japanese syllable is never lost
    m_model->setEditorMode(true);
    Bulk::CsvTable empty;
    empty.header = m_header;
    m_model->setPrepared(op, empty, m_mapping, {}, {});
    buildUi();
    connect(m_memberships, &GroupMemberships::finished, this, &BulkEditorDialog::onGroupsLoaded);
    // The summary counts every row: worked out once per turn of the event loop, not once per
    // changed row (a paste of 10,000 rows changes 10,000).
    m_stateTimer.setSingleShot(true);
    m_stateTimer.setInterval(0);
    connect(&m_stateTimer, &QTimer::timeout, this, &BulkEditorDialog::updateState);
    connect(m_model, &ImportPreviewModel::summaryChanged, &m_stateTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, &m_stateTimer, qOverload<>(&QTimer::start));
    fetchGroups();
    updateRestoreOffer();
    retranslateUi();
    updateState();
}

BulkEditorDialog::~BulkEditorDialog()
{
    m_panel->setRun(nullptr); // before the run (a child) goes
}

BulkEditorDialog* BulkEditorDialog::open(AlliClient* client, Bulk::Operation op, QWidget* parent)
{
    auto* dialog = new BulkEditorDialog(client, op, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QMenu* BulkEditorDialog::operationsMenu(
    const QList<Bulk::Operation>& ops, const std::function<void(Bulk::Operation)>& chosen, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(u"bulkEditMenu"_s);
    for (Bulk::Operation op : ops) {
        QAction* action = menu->addAction(Bulk::operationLabel(op));
        action->setObjectName(u"bulkEdit-"_s + Bulk::operationId(op));
        QObject::connect(action, &QAction::triggered, menu, [chosen, op] { chosen(op); });
    }
    // Labels in the language of the moment.
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu, ops] {
        const QList<QAction*> actions = menu->actions();
        for (qsizetype i = 0; i < actions.size() && i < ops.size(); ++i)
            actions.at(i)->setText(Bulk::operationLabel(ops.at(i)));
    });
    return menu;
}

QString BulkEditorDialog::keptRowsPath(Bulk::Operation op)
{
    return QFileInfo(Bulk::JobJournal::defaultPath()).absolutePath() + u"/bulk-editor-"_s
        + Bulk::operationId(op) + u".csv"_s;
}

void BulkEditorDialog::buildUi()
{
    m_intro = new QLabel;
    m_intro->setWordWrap(true);

    m_restoreBar = new QWidget;
    m_restoreBar->setObjectName(u"restoreBar"_s);
    m_restoreLabel = new QLabel;
    m_restoreLabel->setWordWrap(true);
    m_restoreButton = new QPushButton;
    m_restoreButton->setObjectName(u"restoreButton"_s);
    m_restoreButton->setIcon(Icons::icon(u"edit-undo"_s));
    m_discardButton = new QPushButton;
    m_discardButton->setObjectName(u"discardButton"_s);
    m_discardButton->setIcon(Icons::icon(u"edit-delete"_s));
    connect(m_restoreButton, &QPushButton::clicked, this, &BulkEditorDialog::restoreKeptRows);
    connect(m_discardButton, &QPushButton::clicked, this, &BulkEditorDialog::discardKeptRows);
    auto* restoreLayout = new QHBoxLayout(m_restoreBar);
    restoreLayout->setContentsMargins(0, 0, 0, 0);
    restoreLayout->addWidget(m_restoreLabel, 1);
    restoreLayout->addWidget(m_restoreButton);
    restoreLayout->addWidget(m_discardButton);

    m_view = new QTableView;
    m_view->setObjectName(u"editorView"_s);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    Widgets::setUpKeyboard(m_view);
    // Result before Problems: the problems (free text, often long) take the width left.
    m_view->horizontalHeader()->moveSection(m_model->resultColumn(), m_model->problemsColumn());
    Widgets::fitColumnsToContents(m_view);
    m_editing = new GridEditing(
        m_view, [this](const QList<CellEdit>& edits) { return m_model->setCells(cellTriples(edits)); },
        ImportPreviewModel::CellErrorRole, this);
    m_editing->setRowOperations({
        [this] { return m_model->dataRowCount(); },
        [this](int row, const QList<QStringList>& rows) { m_model->insertDataRows(row, rows); },
        [this](int row, int count) { return m_model->removeDataRows(row, count); },
    });
    m_editing->setEditorFactory([this](QWidget* parent, const QModelIndex& index) {
        return createCellEditor(parent, index.column());
    });
    connect(m_editing, &GridEditing::message, this, &BulkEditorDialog::say);

    const auto tool = [this](const QString& name, auto slot) {
        auto* button = new QToolButton;
        button->setObjectName(name);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::clicked, this, slot);
        return button;
    };
    m_insertButton = tool(u"insertRowsButton"_s, [this] { m_editing->insertRows(); });
    m_deleteButton = tool(u"deleteRowsButton"_s, [this] { m_editing->deleteRows(); });
    m_pasteButton = tool(u"pasteRowsButton"_s, [this] { pasteClipboard(); });
    m_findButton = tool(u"findButton"_s, [this] { showFind(true); });
    m_nextProblemButton = tool(u"nextProblemButton"_s, [this] { m_editing->goToProblem(true); });
    m_openButton = tool(u"openCsvButton"_s, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Add rows from a CSV file"), QDir::homePath(),
                tr("CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)"));
        if (!path.isEmpty())
            openCsv(path);
    });
    m_saveButton = tool(u"saveCsvButton"_s, [this] {
        const QString path = Widgets::askTablePath(
            this, tr("Save rows"), QDir::homePath(), Bulk::OperationSpec::templateBaseName(m_operation));
        if (!path.isEmpty())
            saveRowsAs(path);
    });
    auto* tools = new QHBoxLayout;
    for (QToolButton* b : { m_insertButton, m_deleteButton, m_pasteButton, m_findButton, m_nextProblemButton,
             m_openButton, m_saveButton })
        tools->addWidget(b);
    tools->addStretch(1);

    // Find and replace (Ctrl+F, Ctrl+H): on the grid's cells, each replacement one undo step.
    m_findBar = new QWidget;
    m_findBar->setObjectName(u"findBar"_s);
    m_findLabel = new QLabel;
    m_findEdit = new QLineEdit;
    m_findEdit->setObjectName(u"findEdit"_s);
    m_findLabel->setBuddy(m_findEdit);
    m_replaceLabel = new QLabel;
    m_replaceEdit = new QLineEdit;
    m_replaceEdit->setObjectName(u"replaceEdit"_s);
    m_replaceLabel->setBuddy(m_replaceEdit);
    m_matchCase = new QCheckBox;
    m_findNextButton = new QPushButton;
    m_replaceButton = new QPushButton;
    m_replaceAllButton = new QPushButton;
    m_replaceAllButton->setObjectName(u"replaceAllButton"_s);
    const auto cs = [this] { return m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive; };
    connect(m_findNextButton, &QPushButton::clicked, this,
        [this, cs] { m_editing->findNext(m_findEdit->text(), cs()); });
    connect(m_findEdit, &QLineEdit::returnPressed, m_findNextButton, &QPushButton::click);
    connect(m_replaceButton, &QPushButton::clicked, this,
        [this, cs] { m_editing->replaceCurrent(m_findEdit->text(), m_replaceEdit->text(), cs()); });
    connect(m_replaceAllButton, &QPushButton::clicked, this,
        [this, cs] { m_editing->replaceAll(m_findEdit->text(), m_replaceEdit->text(), cs()); });
    auto* findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_findLabel);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(m_replaceLabel);
    findLayout->addWidget(m_replaceEdit, 1);
    findLayout->addWidget(m_matchCase);
    findLayout->addWidget(m_findNextButton);
    findLayout->addWidget(m_replaceButton);
    findLayout->addWidget(m_replaceAllButton);
    m_findBar->hide();
    auto* findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] { showFind(false); });
    auto* replaceAction = new QAction(this);
    replaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(replaceAction, &QAction::triggered, this, [this] { showFind(true); });
    addAction(findAction);
    addAction(replaceAction);

    m_summary = new QLabel;
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    m_sendAnyway = new QCheckBox;
    m_sendAnyway->setObjectName(u"sendAnywayCheck"_s);
    m_sendAnyway->hide();
    connect(m_sendAnyway, &QCheckBox::toggled, this, [this](bool on) {
        Bulk::ValidationContext context = m_model->context();
        context.sendUnconfirmed = on;
        m_model->setContext(context);
    });

    m_panel = new BulkRunPanel;
    m_panel->setResultsTableVisible(false);
    m_panel->setLineColumnVisible(false);
    m_panel->hide();

    m_concurrencyLabel = new QLabel;
    m_concurrency = new QSpinBox;
    m_concurrency->setRange(1, 8);
    m_concurrency->setValue(std::clamp(QSettings().value(kConcurrencyKey, 4).toInt(), 1, 8));
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_sendButton = new QPushButton;
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setIcon(Icons::icon(u"mail-send"_s));
    m_sendButton->setDefault(false);
    m_sendButton->setAutoDefault(false);
    connect(m_sendButton, &QPushButton::clicked, this, &BulkEditorDialog::send);
    m_closeButton = new QPushButton;
    m_closeButton->setAutoDefault(false);
    connect(m_closeButton, &QPushButton::clicked, this, &BulkEditorDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_concurrencyLabel);
    buttons->addWidget(m_concurrency);
    buttons->addStretch(1);
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_restoreBar);
    layout->addLayout(tools);
    layout->addWidget(m_findBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_sendAnyway);
    layout->addWidget(m_panel);
    layout->addLayout(buttons);
    resize(900, 600);
}

void BulkEditorDialog::retranslateUi()
{
    setWindowTitle(tr("Bulk edit: %1").arg(Bulk::operationLabel(m_operation)));
    m_intro->setText(tr("Type or paste rows; every cell is checked as it changes. Send sends the rows that "
                        "are ready, and each row's result appears in the Result column. Rows that failed "
                        "can be fixed and sent again."));
    m_insertButton->setText(tr("Insert rows"));
    m_insertButton->setToolTip(tr("Insert empty rows above the selection (Ctrl++)"));
    m_deleteButton->setText(tr("Delete rows"));
    m_deleteButton->setToolTip(tr("Delete the selected rows (Ctrl+-)"));
    m_pasteButton->setText(tr("Paste rows"));
    m_pasteButton->setToolTip(tr("Add the rows copied in a spreadsheet, with or without their header row"));
    m_findButton->setText(tr("Find and replace"));
    m_findButton->setToolTip(tr("Find (Ctrl+F) and replace (Ctrl+H) text in the cells"));
    m_nextProblemButton->setText(tr("Next problem"));
    m_nextProblemButton->setToolTip(tr("Go to the next cell with an error (F8; Shift+F8 goes back)"));
    m_openButton->setText(tr("Add from CSV…"));
    m_saveButton->setText(tr("Save rows…"));
    m_saveButton->setToolTip(tr("Save the rows as a CSV file (passwords are not written)"));
    m_findLabel->setText(tr("F&ind:"));
    m_replaceLabel->setText(tr("Replace &with:"));
    m_matchCase->setText(tr("Match case"));
    m_findNextButton->setText(tr("Find next"));
    m_replaceButton->setText(tr("Replace"));
    m_replaceAllButton->setText(tr("Replace all"));
    m_sendAnyway->setText(tr("Send rows anyway that break only rules Alli does not document"));
    m_concurrencyLabel->setText(tr("Requests in &flight:"));
    m_restoreButton->setText(tr("Restore"));
    m_discardButton->setText(tr("Discard"));
    m_closeButton->setText(tr("Close"));
    m_view->setAccessibleName(tr("Rows to send"));
    m_editing->retranslate();
    m_model->retranslate();
    updateRestoreOffer();
    updateState();
}

void BulkEditorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Problems are sentences in the language of the moment: the rows are checked again.
        if (!isSending() && m_model->dataRowCount() > 0)
            m_model->setContext(m_model->context());
    }
    QDialog::changeEvent(event);
}

QWidget* BulkEditorDialog::createCellEditor(QWidget* parent, int column) const
{
    const QString target = targetOf(m_mapping, column);
    if (target == kGroups || target == kGroup) {
        auto* edit = new QLineEdit(parent);
        edit->setFrame(false);
        edit->setCompleter(new GroupCompleter(groupNames(), target == kGroups, edit));
        return edit;
    }
    if (target == kLocale) {
        // The languages Alli's admins use first; any other two-letter code can be typed.
        auto* combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItem(QString());
        for (const QString& code :
            { u"ko"_s, u"ja"_s, u"en"_s, u"zh"_s, u"vi"_s, u"th"_s, u"id"_s, u"es"_s, u"fr"_s, u"de"_s }) {
            combo->addItem(code);
            const QLocale locale(code);
            combo->setItemData(combo->count() - 1, locale.nativeLanguageName(), Qt::ToolTipRole);
        }
        return combo;
    }
    if (target == kPassword) {
        auto* edit = new QLineEdit(parent);
        edit->setFrame(false);
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    }
    return nullptr;
}

void BulkEditorDialog::fetchGroups()
{
    m_memberships->start(m_seeding);
    updateState();
}

bool BulkEditorDialog::isLoading() const
{
    return m_memberships->isRunning();
}

QStringList BulkEditorDialog::groupNames() const
{
    QStringList names;
    for (const PermissionGroupResponse& group : m_memberships->groups())
        names.append(group.name);
    return names;
}

void BulkEditorDialog::seedGroupsOf(const QStringList& emails)
{
    m_seedEmails = emails;
    m_seeding = true;
    fetchGroups();
}

void BulkEditorDialog::onGroupsLoaded(bool ok)
{
    if (!ok) {
        say(m_seeding
                ? tr("The agents' current groups could not be read: %1").arg(m_memberships->error().message())
                : tr("The project's groups could not be read (%1): group names are not checked.")
                      .arg(m_memberships->error().message()));
        emit loaded(false);
        updateState();
        return;
    }
    Bulk::ValidationContext context = m_model->context();
    context.knownGroupNames.clear();
    for (const PermissionGroupResponse& group : m_memberships->groups())
        context.knownGroupNames.insert(group.name.toLower());
    m_model->setContext(context);
    if (m_seeding) {
        m_seeding = false;
        // One row per agent with the groups it is in now: the starting point, not an edit.
        const int emailColumn = columnOf(m_mapping, kEmail);
        const int groupsColumn = columnOf(m_mapping, kGroups);
        QList<QStringList> rows;
        for (const QString& email : std::as_const(m_seedEmails)) {
            QStringList cells(m_header.size());
            if (emailColumn >= 0)
                cells[emailColumn] = email;
            if (groupsColumn >= 0)
                cells[groupsColumn] = m_memberships->groupNamesOf(email).join(u';');
            rows.append(cells);
        }
        const int first = m_model->dataRowCount();
        m_model->insertDataRows(first, rows);
        QList<QStringList> seed(first);
        seed += rows;
        m_model->setSeed(seed);
        m_editing->undoStack()->clear();
        say(tr("%n agent(s) with their current groups: change the groups cells, then send. Only the rows "
               "that change are sent.",
            nullptr, int(rows.size())));
    }
    emit loaded(true);
    updateState();
}

void BulkEditorDialog::say(const QString& text)
{
    m_message = text;
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

QString BulkEditorDialog::messageText() const
{
    return m_message;
}

QList<int> BulkEditorDialog::rowsToSend() const
{
    QList<int> rows;
    for (int r = 0; r < m_model->dataRowCount(); ++r) {
        if (isUnsent(r) && m_model->rowAt(r).isValid())
            rows.append(r);
    }
    return rows;
}

// A row with something in it, changed (when seeded), that the server has not taken yet.
bool BulkEditorDialog::isUnsent(int row) const
{
    if (m_model->isBlank(row) || m_model->isUnchanged(row))
        return false;
    const std::optional<Bulk::RowResult> result = m_model->resultAt(row);
    return !result || result->state != Bulk::RowState::Succeeded;
}

bool BulkEditorDialog::hasUnsentRows() const
{
    for (int r = 0; r < m_model->dataRowCount(); ++r) {
        if (isUnsent(r))
            return true;
    }
    return false;
}

bool BulkEditorDialog::isSending() const
{
    return m_run && m_run->isRunning();
}

QString BulkEditorDialog::summaryText() const
{
    const int rows = m_model->dataRowCount() - m_model->blankCount();
    QStringList parts;
    parts << tr("%n row(s)", nullptr, rows);
    if (m_model->invalidCount() > 0)
        parts << tr("%n with problems (F8 goes to the next one)", nullptr, m_model->invalidCount());
    if (const int unchanged = m_model->unchangedCount(); unchanged > 0)
        parts << tr("%n unchanged", nullptr, unchanged);
    int succeeded = 0, failed = 0, unknown = 0;
    for (int r = 0; r < m_model->dataRowCount(); ++r) {
        const std::optional<Bulk::RowResult> result = m_model->resultAt(r);
        if (!result)
            continue;
        succeeded += result->state == Bulk::RowState::Succeeded ? 1 : 0;
        failed += result->state == Bulk::RowState::Failed ? 1 : 0;
        unknown += result->state == Bulk::RowState::Unknown ? 1 : 0;
    }
    if (succeeded > 0)
        parts << tr("%n succeeded", nullptr, succeeded);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    if (unknown > 0)
        parts << tr("%n unknown", nullptr, unknown);
    parts << tr("%n ready to send", nullptr, int(rowsToSend().size()));
    QString text = parts.join(tr(", "));
    if (isLoading())
        text += u' ' + tr("(reading the project's groups…)");
    return text;
}

void BulkEditorDialog::updateState()
{
    const bool sending = isSending();
    m_summary->setText(summaryText());
    const int toSend = int(rowsToSend().size());
    m_sendButton->setText(m_run && m_run->isFinished() && toSend > 0 ? tr("Send again (%n)", nullptr, toSend)
                                                                     : tr("Send (%n)", nullptr, toSend));
    m_sendButton->setEnabled(!sending && !m_busyReading && !m_memberships->isRunning() && toSend > 0);
    m_sendAnyway->setVisible(m_model->unconfirmedCount() > 0 || m_sendAnyway->isChecked());
    for (QWidget* w : std::initializer_list<QWidget*> { m_insertButton, m_deleteButton, m_pasteButton,
             m_openButton, m_replaceButton, m_replaceAllButton, m_sendAnyway, m_restoreButton })
        w->setEnabled(!sending && !m_busyReading);
    m_concurrency->setEnabled(!sending);
}

void BulkEditorDialog::appendRows(const QList<QStringList>& rows)
{
    // One undo step: undo takes the rows away again.
    QList<CellEdit> edits;
    const int first = m_model->dataRowCount();
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < m_header.size(); ++c) {
            if (!rows.at(r).at(c).isEmpty())
                edits.append({ first + r, c, rows.at(r).at(c) });
        }
    }
    if (!edits.isEmpty())
        m_editing->edit(edits, tr("Add %n row(s)", nullptr, int(rows.size())));
}

// A table read from a paste or a file: its columns put in the grid's order through its mapping.
void BulkEditorDialog::addTable(
    const Bulk::CsvTable& table, const QList<Bulk::ColumnMapping>& mapping, int leftOutColumns)
{
    QList<int> source(m_header.size(), -1);
    QStringList leftOut;
    for (qsizetype c = 0; c < mapping.size(); ++c) {
        const int g = mapping.at(c).target.isEmpty() ? -1 : columnOf(m_mapping, mapping.at(c).target);
        if (g >= 0 && source.at(g) < 0)
            source[g] = int(c);
        else if (c < table.header.size())
            leftOut.append(table.header.at(c));
    }
    QList<QStringList> rows;
    rows.reserve(table.rowCount());
    for (int r = 0; r < table.rowCount(); ++r) {
        QStringList cells(m_header.size());
        for (int g = 0; g < m_header.size(); ++g) {
            if (source.at(g) >= 0)
                cells[g] = table.cell(r, source.at(g)).toString();
        }
        rows.append(cells);
    }
    appendRows(rows);
    QString text = tr("Added %n row(s).", nullptr, int(rows.size()));
    if (!leftOut.isEmpty() || leftOutColumns > 0)
        text += u' '
            + tr("Columns this change has no use for were left out: %1.")
                  .arg(leftOut.isEmpty() ? tr("%n column(s)", nullptr, leftOutColumns)
                                         : leftOut.join(tr(", ")));
    say(text);
    emit rowsAdded(int(rows.size()));
}

// Rows are read one source at a time, never while rows are being sent.
bool BulkEditorDialog::beginReading()
{
    if (m_busyReading || isSending())
        return false;
    m_busyReading = true;
    updateState();
    return true;
}

void BulkEditorDialog::pasteClipboard()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    pasteRows(mime ? mime->text() : QString(), mime && mime->hasHtml() ? mime->html() : QString());
}

void BulkEditorDialog::pasteRows(const QString& text, const QString& html)
{
    if (!beginReading())
        return;
    const Bulk::Operation op = m_operation;
    runInBackground(
        this,
        [op, text, html] {
            ReadResult out;
            auto read = Bulk::ClipboardTable::read(op, text, html);
            if (auto* error = std::get_if<Bulk::CsvError>(&read)) {
                out.error = error->message;
                return out;
            }
            const auto& pasted = std::get<Bulk::PastedTable>(read);
            out.table = pasted.table;
            out.mapping = pasted.mapping(op);
            out.templateColumns = pasted.headerFound ? -1 : pasted.templateColumns;
            return out;
        },
        [this](const ReadResult& result) {
            m_busyReading = false;
            if (!result.error.isEmpty()) {
                say(tr("Nothing was pasted: %1").arg(result.error));
                emit rowsAdded(0);
            } else {
                const int extra = result.templateColumns >= 0
                    ? int(result.table.header.size()) - result.templateColumns
                    : 0;
                addTable(result.table, result.mapping, extra);
            }
            updateState();
        });
}

void BulkEditorDialog::openCsv(const QString& path)
{
    if (!beginReading())
        return;
    const Bulk::Operation op = m_operation;
    runInBackground(
        this, [op, path] { return readCsvFile(op, path); },
        [this, path](const ReadResult& result) {
            m_busyReading = false;
            if (!result.error.isEmpty()) {
                say(tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), result.error));
                emit rowsAdded(0);
            } else {
                addTable(result.table, result.mapping, 0);
            }
            updateState();
        });
}

Bulk::TableData BulkEditorDialog::rowsTable() const
{
    // Rows as the grid shows them; a password is never written. The rows are shared, not
    // copied, so the table can be written on a worker while the grid is edited.
    QList<Bulk::PreparedRow> rows;
    for (int r = 0; r < m_model->dataRowCount(); ++r) {
        if (!m_model->isBlank(r))
            rows.append(m_model->rowAt(r));
    }
    const qsizetype count = rows.size();
    return Bulk::TableData::fromRows(tr("Rows"), m_header, count,
        [rows = std::move(rows)](qsizetype r) { return rows.at(r).maskedCells(); });
}

void BulkEditorDialog::saveRowsAs(const QString& path)
{
    say(tr("Saving the rows as %1…").arg(QDir::toNativeSeparators(path)));
    Bulk::TableFile::writeInBackground(this, path, rowsTable(), [this, path](const QString& error) {
        say(error.isEmpty() ? tr("Saved the rows as %1.").arg(QDir::toNativeSeparators(path))
                            : tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        emit fileSaved(path, error);
    });
}

bool BulkEditorDialog::send()
{
    if (isSending() || m_busyReading || m_memberships->isRunning())
        return false;
    const QList<int> rows = rowsToSend();
    if (rows.isEmpty()) {
        say(tr("No row is ready to send."));
        return false;
    }
    int unknown = 0;
    for (int r : rows) {
        const std::optional<Bulk::RowResult> result = m_model->resultAt(r);
        unknown += result && result->state == Bulk::RowState::Unknown ? 1 : 0;
    }
    if (unknown > 0
        && !Confirm::ask(this, tr("Send again"),
            tr("%n row(s) may already be applied: their outcome could not be checked.", nullptr, unknown),
            tr("Send again"),
            tr("Sending them again can fail with \"already exists\", or repeat a change. Check them on the "
               "server first if in doubt.")))
        return false;

    QSettings().setValue(kConcurrencyKey, m_concurrency->value());
    QList<Bulk::PreparedRow> prepared;
    prepared.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        Bulk::PreparedRow row = m_model->rowAt(rows.at(i));
        row.index = i;
        row.line = rows.at(i) + 1; // the grid's row number, in the report and History
        prepared.append(row);
    }
    m_sentRows = rows;
    for (int r : rows)
        m_model->setResult(r, {}); // pending: read only until its answer
    Bulk::RunOptions options;
    options.concurrency = m_concurrency->value();
    Bulk::BulkRun* previous = m_run;
    m_run = new Bulk::BulkRun(
        m_client, m_operation, prepared, { QString(Bulk::kBulkEditorSource), m_header }, options, this);
    connect(m_run, &Bulk::BulkRun::rowsChanged, this, &BulkEditorDialog::onRunRowsChanged);
    connect(m_run, &Bulk::BulkRun::rowsReset, this, [this] { onRunRowsChanged({}); });
    connect(m_run, &Bulk::BulkRun::finished, this, &BulkEditorDialog::onRunFinished);
    connect(m_run, &Bulk::BulkRun::stageChanged, this, &BulkEditorDialog::updateState);
    m_panel->setRun(m_run);
    m_panel->show();
    if (previous)
        previous->deleteLater();
    m_editing->setReadOnly(true);
    say({});
    m_run->start();
    updateState();
    return true;
}

void BulkEditorDialog::onRunRowsChanged(const QList<int>& indexes)
{
    const QList<Bulk::RowResult>& results = m_run->results();
    if (indexes.isEmpty()) {
        for (int i = 0; i < results.size() && i < m_sentRows.size(); ++i)
            m_model->setResult(m_sentRows.at(i), results.at(i));
        return;
    }
    for (int i : indexes) {
        if (i >= 0 && i < results.size() && i < m_sentRows.size())
            m_model->setResult(m_sentRows.at(i), results.at(i));
    }
}

void BulkEditorDialog::onRunFinished()
{
    onRunRowsChanged({});
    m_editing->setReadOnly(false);
    if (!m_run->errorString().isEmpty())
        say(m_run->errorString());
    else if (m_run->counts().failed + m_run->counts().unknown > 0)
        say(tr("Fix the rows that failed and send again; rows that succeeded are kept as they are."));
    updateState();
    emit sendingFinished();
    if (m_closeWhenFinished)
        QDialog::reject();
}

void BulkEditorDialog::cancelSending()
{
    m_panel->cancelSending();
}

void BulkEditorDialog::showFind(bool replace)
{
    m_findBar->show();
    m_replaceLabel->setVisible(replace);
    m_replaceEdit->setVisible(replace);
    m_replaceButton->setVisible(replace);
    m_replaceAllButton->setVisible(replace);
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

bool BulkEditorDialog::hasKeptRows() const
{
    return QFile::exists(keptRowsPath(m_operation));
}

bool BulkEditorDialog::keepRows()
{
    // The rows not sent yet, exactly (no formula neutralising); passwords are not kept.
    QString text = Bulk::CsvReader::formatLine(m_header, u',', false);
    int kept = 0;
    for (int r = 0; r < m_model->dataRowCount(); ++r) {
        if (!isUnsent(r))
            continue;
        text += Bulk::CsvReader::formatLine(m_model->rowAt(r).maskedCells(), u',', false);
        ++kept;
    }
    if (kept == 0)
        return false;
    QDir().mkpath(QFileInfo(keptRowsPath(m_operation)).absolutePath());
    return writeText(keptRowsPath(m_operation), text);
}

void BulkEditorDialog::restoreKeptRows()
{
    const QString path = keptRowsPath(m_operation);
    if (!QFile::exists(path) || !beginReading())
        return;
    const int secret = columnOf(m_mapping, kPassword);
    const Bulk::Operation op = m_operation;
    runInBackground(
        this, [path, op] { return readCsvFile(op, path); },
        [this, path, secret](ReadResult result) {
            m_busyReading = false;
            if (!result.error.isEmpty()) {
                say(tr("The kept rows could not be read: %1").arg(result.error));
                updateState();
                return;
            }
            // Passwords were not kept: their cells are empty again, to be typed.
            if (secret >= 0) {
                const int column = int(result.table.header.indexOf(m_header.value(secret)));
                for (int r = 0; column >= 0 && r < result.table.rowCount(); ++r) {
                    if (result.table.cell(r, column) == QStringView(Bulk::kSecretMask))
                        result.table.setCell(r, column, QString());
                }
            }
            addTable(result.table, result.mapping, 0);
            QFile::remove(path);
            updateRestoreOffer();
            updateState();
        });
}

void BulkEditorDialog::discardKeptRows()
{
    QFile::remove(keptRowsPath(m_operation));
    updateRestoreOffer();
}

void BulkEditorDialog::updateRestoreOffer()
{
    const QFileInfo kept(keptRowsPath(m_operation));
    m_restoreBar->setVisible(kept.exists());
    if (kept.exists())
        m_restoreLabel->setText(tr("Rows of this change were kept when the editor closed on %1.")
                                    .arg(shortDateTime(kept.lastModified())));
}

void BulkEditorDialog::reject()
{
    if (isSending()) {
        if (!BulkRunPanel::askToCancel(this))
            return;
        m_closeWhenFinished = true;
        cancelSending();
        return;
    }
    if (hasUnsentRows()
        && Confirm::ask(this, tr("Close the editor"), tr("Keep the rows that were not sent for next time?"),
            tr("Keep"),
            tr("They are saved on this computer and offered when this editor opens again. Passwords are not "
               "saved.")))
        keepRows();
    QDialog::reject();
}

} // namespace Alli
