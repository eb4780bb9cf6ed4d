#include "importdialog.h"
#include "datetext.h"

#include "alliclient.h"
#include "background.h"
#include "bulkresultsmodel.h"
#include "bulkrunpanel.h"
#include "clipboardtable.h"
#include "confirm.h"
#include "gridediting.h"
#include "icons.h"
#include "importpreviewmodel.h"
#include "journal.h"
#include "operationtraits.h"
#include "pager.h"
#include "report.h"
#include "widgets.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCollator>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcImport, "alli.bulk.import")

namespace Alli
{

struct ImportDialog::LoadResult {
    quint64 generation = 0;
    bool ok = false;
    Bulk::CsvError error;
    Bulk::CsvTable table;
    QList<Bulk::ColumnMapping> mapping;
    QList<Bulk::PreparedRow> rows;
    std::optional<ImportPreviewModel::KeyIndex> keyIndex; // large files: for edits in the preview
    bool reread = false; // a file read anew: other rows, so earlier undo steps no longer apply
};

namespace
{

    const QList<Bulk::Encoding> kEncodings { Bulk::Encoding::Auto, Bulk::Encoding::Utf8,
        Bulk::Encoding::Windows949, Bulk::Encoding::ShiftJis, Bulk::Encoding::Utf16LE,
        Bulk::Encoding::Utf16BE };
    const QList<Bulk::Delimiter> kDelimiters { Bulk::Delimiter::Auto, Bulk::Delimiter::Comma,
        Bulk::Delimiter::Semicolon, Bulk::Delimiter::Tab };

    QString mappingSettingsKey(Bulk::Operation op)
    {
        return u"import/mapping/"_s + Bulk::operationId(op);
    }

    const QString kConcurrencyKey = u"import/concurrency"_s;
    constexpr int kMaxConcurrency = 8;
    constexpr int kMemberLookupCap = 20000;
    constexpr int kUserLookupCap = 500;
    constexpr int kUserLookupsInFlight = 4;

    bool keyedByMembers(Bulk::Operation op)
    {
        return Bulk::traitsOf(op).family == Bulk::OperationTraits::Family::Members;
    }

    bool keyedByUsers(Bulk::Operation op)
    {
        return Bulk::traitsOf(op).family == Bulk::OperationTraits::Family::Users;
    }

    void setTexts(QComboBox* combo, const QStringList& texts)
    {
        for (int i = 0; i < texts.size() && i < combo->count(); ++i)
            combo->setItemText(i, texts.at(i));
    }

    // A button beside a field or a list: Enter in the dialog never presses it.
    QPushButton* sideButton(const QString& objectName)
    {
        auto* button = new QPushButton;
        button->setObjectName(objectName);
        button->setAutoDefault(false);
        return button;
    }

} // namespace

ImportDialog::ImportDialog(AlliClient* client, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_journalPath(journalPath())
    , m_preview(new ImportPreviewModel(this))
    , m_previewProxy(new ImportPreviewFilterProxy(this))
    , m_stack(new QStackedWidget)
    , m_stepLabel(new QLabel)
{
    setObjectName(u"importDialog"_s);
    QDir().mkpath(QFileInfo(m_journalPath).absolutePath());
    m_previewProxy->setSourceModel(m_preview);

    QFont stepFont = m_stepLabel->font();
    stepFont.setBold(true);
    stepFont.setPointSizeF(stepFont.pointSizeF() * 1.2);
    m_stepLabel->setFont(stepFont);
    m_stepLabel->setObjectName(u"stepLabel"_s);

    // Unreadable data lines are listed all at once and can be left out (see the Check step).
    m_csvOptions.skipBadLines = true;
    buildSourcePage();
    buildCheckPage();
    buildSendPage();

    m_backButton = new QPushButton;
    m_backButton->setObjectName(u"backButton"_s);
    m_nextButton = new QPushButton;
    m_nextButton->setObjectName(u"nextButton"_s);
    m_sendButton = new QPushButton;
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setIcon(Icons::icon(u"mail-send"_s));
    m_closeButton = new QPushButton;
    m_closeButton->setObjectName(u"closeButton"_s);
    for (QPushButton* b : { m_backButton, m_nextButton, m_sendButton, m_closeButton })
        b->setAutoDefault(false);
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        if (m_step == Step::Check)
            goTo(Step::Source);
    });
    connect(m_nextButton, &QPushButton::clicked, this, [this] {
        if (m_step == Step::Source && m_preview->rowCount() > 0)
            goTo(Step::Check);
    });
    connect(m_sendButton, &QPushButton::clicked, this, &ImportDialog::onSendClicked);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);

    m_concurrencyLabel = new QLabel;
    m_concurrencySpin = new QSpinBox;
    m_concurrencySpin->setObjectName(u"concurrencySpin"_s);
    m_concurrencySpin->setRange(1, kMaxConcurrency);
    m_concurrencySpin->setValue(
        std::clamp(QSettings().value(kConcurrencyKey, 4).toInt(), 1, kMaxConcurrency));
    m_concurrencyLabel->setBuddy(m_concurrencySpin);
    connect(m_concurrencySpin, &QSpinBox::valueChanged, this,
        [](int value) { QSettings().setValue(kConcurrencyKey, value); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch();
    buttons->addWidget(m_concurrencyLabel);
    buttons->addWidget(m_concurrencySpin);
    buttons->addWidget(m_nextButton);
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_preview, &ImportPreviewModel::summaryChanged, this, &ImportDialog::updateSummary);
    resize(960, 640);
    retranslateUi();
    goTo(Step::Source);
    fetchGroups();
}

ImportDialog::~ImportDialog()
{
    // The panel's results model must let go of the run before the run (a child) is destroyed.
    m_panel->setRun(nullptr);
}

QString ImportDialog::journalPath()
{
    return Bulk::JobJournal::defaultPath();
}

QString ImportDialog::unsentRowsPath()
{
    return QFileInfo(Bulk::JobJournal::defaultPath()).absolutePath() + u"/unsent-rows.csv"_s;
}

bool ImportDialog::saveRows(const QString& path, bool forSpreadsheets) const
{
    // Closing the dialog: written before it goes (as CSV, which is quick), so nothing is lost.
    return Bulk::TableFile::write(path, rowsTable(forSpreadsheets)).isEmpty();
}

Bulk::TableData ImportDialog::rowsTable(bool forSpreadsheets) const
{
    // The rows as the grid shows them, edits included; an agent's password is never written. A
    // file for people is safe to open in a spreadsheet (formula-like cells neutralised in CSV,
    // text cells in a workbook); the one kept for next time keeps the cells exactly. The table
    // shares the rows, so it can be written on a worker while the grid is edited.
    const QList<Bulk::PreparedRow> rows = m_preview->preparedRows();
    Bulk::TableData table = Bulk::TableData::fromRows(tr("Rows"), m_preview->table().header, rows.size(),
        [rows](qsizetype r) { return rows.at(r).maskedCells(); });
    table.neutraliseForCsv = forSpreadsheets;
    return table;
}

void ImportDialog::saveRowsAs(const QString& path)
{
    m_summaryLabel->setText(tr("Saving the rows as %1…").arg(QDir::toNativeSeparators(path)));
    Bulk::TableFile::writeInBackground(this, path, rowsTable(true), [this, path](const QString& error) {
        m_summaryLabel->setText(error.isEmpty()
                ? tr("Saved the rows as %1.").arg(QDir::toNativeSeparators(path))
                : tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        emit fileSaved(path, error);
    });
}

bool ImportDialog::hasUnsavedRows() const
{
    return !m_job && m_preview->rowCount() > 0
        && (!m_gridEditing->undoStack()->isClean() || m_path.isEmpty());
}

bool ImportDialog::keepUnsentRows()
{
    QDir().mkpath(QFileInfo(unsentRowsPath()).absolutePath());
    if (!saveRows(unsentRowsPath(), false))
        return false;
    QSettings().setValue(u"import/unsentOperation"_s, Bulk::operationId(m_preview->operation()));
    QSettings().setValue(u"import/unsentSaved"_s, QDateTime::currentDateTime());
    return true;
}

void ImportDialog::restoreUnsentRows()
{
    const auto op = Bulk::operationFromId(QSettings().value(u"import/unsentOperation"_s).toString());
    if (op)
        setOperation(*op);
    m_restoreBox->hide();
    openFile(unsentRowsPath());
}

void ImportDialog::discardUnsentRows()
{
    QFile::remove(unsentRowsPath());
    QSettings().remove(u"import/unsentOperation"_s);
    QSettings().remove(u"import/unsentSaved"_s);
    m_restoreBox->hide();
}

void ImportDialog::updateRestoreOffer()
{
    const QFileInfo saved(unsentRowsPath());
    m_restoreBox->setVisible(saved.exists() && !m_job);
    if (!saved.exists())
        return;
    const QDateTime when = QSettings().value(u"import/unsentSaved"_s).toDateTime();
    const auto op = Bulk::operationFromId(QSettings().value(u"import/unsentOperation"_s).toString());
    m_restoreLabel->setText(tr("Rows you were editing when the import was closed (%1, %2) were kept.")
                                .arg(op ? Bulk::operationLabel(*op) : QString(),
                                    shortDateTime(when.isValid() ? when : saved.lastModified())));
}

ImportDialog* ImportDialog::openForFile(AlliClient* client, const QString& path, QWidget* parent)
{
    auto* dialog = new ImportDialog(client, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->openFile(path);
    return dialog;
}

void ImportDialog::buildSourcePage()
{
    auto* page = new QWidget;
    m_operationLabel = new QLabel;
    m_operationCombo = new QComboBox;
    m_operationCombo->setObjectName(u"operationCombo"_s);
    const QList<Bulk::Operation> ops = Bulk::allOperations();
    for (Bulk::Operation op : ops)
        m_operationCombo->addItem(QString(), int(op));
    m_operationLabel->setBuddy(m_operationCombo);
    connect(m_operationCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setOperation(Bulk::Operation(m_operationCombo->itemData(index).toInt()));
    });
    m_templateButton = sideButton(u"templateButton"_s);
    connect(m_templateButton, &QPushButton::clicked, this, &ImportDialog::downloadTemplate);

    m_fileLabel = new QLabel;
    m_fileEdit = new QLineEdit;
    m_fileEdit->setObjectName(u"fileEdit"_s);
    m_fileLabel->setBuddy(m_fileEdit);
    connect(m_fileEdit, &QLineEdit::returnPressed, this, [this] { openFile(m_fileEdit->text()); });
    m_browseButton = sideButton(u"browseButton"_s);
    connect(m_browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    // Rows copied in Excel or LibreOffice, without saving a file first.
    m_pasteButton = sideButton(u"pasteButton"_s);
    connect(m_pasteButton, &QPushButton::clicked, this, &ImportDialog::pasteClipboard);

    m_encodingLabel = new QLabel;
    m_encodingCombo = new QComboBox;
    m_encodingCombo->setObjectName(u"encodingCombo"_s);
    for (Bulk::Encoding e : kEncodings)
        m_encodingCombo->addItem(QString(), int(e));
    m_encodingLabel->setBuddy(m_encodingCombo);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setEncoding(Bulk::Encoding(m_encodingCombo->itemData(index).toInt()));
    });
    m_delimiterLabel = new QLabel;
    m_delimiterCombo = new QComboBox;
    m_delimiterCombo->setObjectName(u"delimiterCombo"_s);
    for (Bulk::Delimiter d : kDelimiters)
        m_delimiterCombo->addItem(QString(), int(d));
    m_delimiterLabel->setBuddy(m_delimiterCombo);
    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setDelimiter(Bulk::Delimiter(m_delimiterCombo->itemData(index).toInt()));
    });

    // A workbook: which sheet, and which row holds the header (title rows above it are skipped).
    m_sheetLabel = new QLabel;
    m_sheetCombo = new QComboBox;
    m_sheetCombo->setObjectName(u"sheetCombo"_s);
    m_sheetLabel->setBuddy(m_sheetCombo);
    connect(m_sheetCombo, &QComboBox::activated, this, [this](int index) {
        if (index >= 0)
            setSheet(m_sheetCombo->itemData(index).toString());
    });
    m_headerRowLabel = new QLabel;
    m_headerRowSpin = new QSpinBox;
    m_headerRowSpin->setObjectName(u"headerRowSpin"_s);
    m_headerRowSpin->setRange(0, 1000);
    m_headerRowSpin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_headerRowLabel->setBuddy(m_headerRowSpin);
    // Read again when the admin has chosen, not at every digit typed.
    m_headerRowSpin->setKeyboardTracking(false);
    connect(m_headerRowSpin, &QSpinBox::valueChanged, this, [this](int row) { setHeaderRow(row); });

    m_decodedLabel = new QLabel;
    m_decodedText = new QPlainTextEdit;
    m_decodedText->setObjectName(u"decodedPreview"_s);
    m_decodedText->setReadOnly(true);
    m_decodedText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_decodedLabel->setBuddy(m_decodedText);
    m_sourceStatus = new QLabel;
    m_sourceStatus->setObjectName(u"sourceStatus"_s);
    m_sourceStatus->setWordWrap(true);
    m_sourceStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* opRow = new QHBoxLayout;
    opRow->addWidget(m_operationCombo, 1);
    opRow->addWidget(m_templateButton);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    fileRow->addWidget(m_pasteButton);
    auto* form = new QFormLayout;
    form->addRow(m_operationLabel, opRow);
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_encodingLabel, m_encodingCombo);
    form->addRow(m_delimiterLabel, m_delimiterCombo);
    form->addRow(m_sheetLabel, m_sheetCombo);
    form->addRow(m_headerRowLabel, m_headerRowSpin);
    m_sourceForm = form;
    showWorkbookOptions(false);
    // Rows kept when the import was closed with edits: offered once, until restored or discarded.
    m_restoreBox = new QWidget;
    m_restoreBox->setObjectName(u"restoreBox"_s);
    m_restoreLabel = new QLabel;
    m_restoreLabel->setWordWrap(true);
    m_restoreButton = sideButton(u"restoreButton"_s);
    m_discardRestoreButton = sideButton(u"discardRestoreButton"_s);
    connect(m_restoreButton, &QPushButton::clicked, this, &ImportDialog::restoreUnsentRows);
    connect(m_discardRestoreButton, &QPushButton::clicked, this, &ImportDialog::discardUnsentRows);
    auto* restoreLayout = new QHBoxLayout(m_restoreBox);
    restoreLayout->setContentsMargins(0, 0, 0, 0);
    restoreLayout->addWidget(m_restoreLabel, 1);
    restoreLayout->addWidget(m_restoreButton);
    restoreLayout->addWidget(m_discardRestoreButton);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_restoreBox);
    layout->addLayout(form);
    layout->addWidget(m_sourceStatus);
    layout->addWidget(m_decodedLabel);
    layout->addWidget(m_decodedText, 1);
    m_stack->addWidget(page);
}

void ImportDialog::buildCheckPage()
{
    auto* page = new QWidget;
    m_mappingLabel = new QLabel;
    m_mappingTable = new QTableWidget(0, 2);
    m_mappingTable->setObjectName(u"mappingTable"_s);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab walks through the field pickers instead of the cells.
    m_mappingTable->setTabKeyNavigation(false);
    m_mappingLabel->setBuddy(m_mappingTable);

    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_invalidOnly = new QCheckBox;
    m_invalidOnly->setObjectName(u"invalidOnlyCheck"_s);
    connect(m_invalidOnly, &QCheckBox::toggled, m_previewProxy, &ImportPreviewFilterProxy::setInvalidOnly);
    // Rules of ours that Alli does not document hold rows back; the admin may let the server decide.
    m_sendAnywayCheck = new QCheckBox;
    m_sendAnywayCheck->setObjectName(u"sendAnywayCheck"_s);
    m_sendAnywayCheck->setVisible(false);
    connect(m_sendAnywayCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_context.sendUnconfirmed = on;
        if (m_preview->rowCount() == 0)
            return;
        if (m_loading)
            m_revalidateAfterLoad = true;
        else
            startLoad(false, m_preview->mapping());
    });
    m_previewView = new QTableView;
    m_previewView->setObjectName(u"previewView"_s);
    m_previewView->setModel(m_previewProxy);
    m_previewView->setSortingEnabled(false);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_previewView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    Widgets::setUpKeyboard(m_previewView);
    Widgets::fitColumnsToContents(m_previewView);
    // Spreadsheet keys on the preview: undo/redo, copy/paste blocks, fill down, clear, F8.
    m_gridEditing = new GridEditing(
        m_previewView,
        [this](const QList<CellEdit>& edits) {
            const QStringList before = m_preview->setCells(cellTriples(edits));
            updateSummary();
            updateButtons();
            return before;
        },
        ImportPreviewModel::CellErrorRole, this);
    // What a paste left out, or why a key did nothing: said under the grid until the next edit.
    m_gridMessage = new QLabel;
    m_gridMessage->setObjectName(u"gridMessage"_s);
    m_gridMessage->setWordWrap(true);
    m_gridMessage->hide();
    connect(m_gridEditing, &GridEditing::message, this, [this](const QString& text) {
        m_gridMessage->setText(text);
        m_gridMessage->setVisible(!text.isEmpty());
    });
    connect(m_gridEditing->undoStack(), &QUndoStack::indexChanged, m_gridMessage, &QLabel::hide);

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_mappingLabel);
    topLayout->addWidget(m_mappingTable);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    // Lines of the file that could not be read: every one at once, with its text, and a choice to
    // go on without them.
    m_badLinesBox = new QWidget;
    m_badLinesBox->setObjectName(u"badLinesBox"_s);
    m_badLinesLabel = new QLabel;
    m_badLinesLabel->setObjectName(u"badLinesLabel"_s);
    m_badLinesLabel->setWordWrap(true);
    m_badLinesView = new QTableWidget(0, 3);
    m_badLinesView->setObjectName(u"badLinesView"_s);
    m_badLinesView->verticalHeader()->hide();
    m_badLinesView->horizontalHeader()->setStretchLastSection(true);
    m_badLinesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_badLinesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_badLinesView->setMaximumHeight(160);
    Widgets::setUpKeyboard(m_badLinesView);
    Widgets::fitColumnsToContents(m_badLinesView);
    m_badLinesLabel->setBuddy(m_badLinesView);
    m_leaveOutCheck = new QCheckBox;
    m_leaveOutCheck->setObjectName(u"leaveOutCheck"_s);
    connect(m_leaveOutCheck, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    auto* badLayout = new QVBoxLayout(m_badLinesBox);
    badLayout->setContentsMargins(0, 0, 0, 0);
    badLayout->addWidget(m_badLinesLabel);
    badLayout->addWidget(m_badLinesView);
    badLayout->addWidget(m_leaveOutCheck);
    m_badLinesBox->setVisible(false);
    bottomLayout->addWidget(m_badLinesBox);

    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summaryLabel, 1);
    summaryRow->addWidget(m_invalidOnly);
    m_saveRowsButton = sideButton(u"saveRowsButton"_s);
    connect(m_saveRowsButton, &QPushButton::clicked, this, [this] {
        const QString path = Widgets::askTablePath(this, tr("Save rows"), QDir::homePath(),
            Bulk::OperationSpec::templateBaseName(m_preview->operation()) + u"-rows"_s);
        if (!path.isEmpty())
            saveRowsAs(path);
    });
    summaryRow->addWidget(m_saveRowsButton);
    bottomLayout->addLayout(summaryRow);
    bottomLayout->addWidget(m_sendAnywayCheck);
    // What Excel shows differently from the rows imported (merged cells, hidden rows and columns).
    m_workbookNotes = new QLabel;
    m_workbookNotes->setObjectName(u"workbookNotes"_s);
    m_workbookNotes->setWordWrap(true);
    m_workbookNotes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_workbookNotes->setVisible(false);
    bottomLayout->addWidget(m_workbookNotes);
    bottomLayout->addWidget(m_previewView, 1);
    bottomLayout->addWidget(m_gridMessage);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"checkSplitter"_s);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_stack->addWidget(page);
}

void ImportDialog::buildSendPage()
{
    m_panel = new BulkRunPanel;
    connect(m_panel, &BulkRunPanel::retryRequested, this, &ImportDialog::retryFailedRows);
    m_stack->addWidget(m_panel);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import CSV"));
    m_operationLabel->setText(tr("&Change:"));
    QStringList opTexts;
    for (int i = 0; i < m_operationCombo->count(); ++i)
        opTexts << Bulk::operationLabel(Bulk::Operation(m_operationCombo->itemData(i).toInt()));
    setTexts(m_operationCombo, opTexts);
    m_templateButton->setText(tr("Download &template…"));
    m_fileLabel->setText(tr("&File:"));
    m_fileEdit->setPlaceholderText(tr("A CSV file or an Excel workbook from your HR system"));
    m_browseButton->setText(tr("&Browse…"));
    m_pasteButton->setText(tr("&Paste rows"));
    m_pasteButton->setToolTip(
        tr("Reads the cells copied in Excel, LibreOffice or Google Sheets. A first row with "
           "column names is used as the header; without one, the columns are read in the "
           "template's order."));
    m_encodingLabel->setText(tr("&Encoding:"));
    QStringList encodingTexts;
    for (Bulk::Encoding e : kEncodings)
        encodingTexts << (e == Bulk::Encoding::Auto ? tr("Detect automatically") : Bulk::encodingLabel(e));
    setTexts(m_encodingCombo, encodingTexts);
    m_delimiterLabel->setText(tr("&Delimiter:"));
    setTexts(
        m_delimiterCombo, { tr("Detect automatically"), tr("Comma (,)"), tr("Semicolon (;)"), tr("Tab") });
    m_decodedLabel->setText(tr("Text as read (check that names look right):"));
    m_sheetLabel->setText(tr("S&heet:"));
    m_headerRowLabel->setText(tr("Header &row:"));
    m_headerRowSpin->setSpecialValueText(tr("Find automatically"));
    m_headerRowSpin->setToolTip(tr("The row of the sheet that names the columns. Title rows above it are "
                                   "skipped."));

    m_mappingLabel->setText(tr("&Columns: which field each column of the file fills"));
    m_mappingTable->setHorizontalHeaderLabels({ tr("Column in the file"), tr("Field") });
    m_invalidOnly->setText(tr("Show only rows with &problems"));
    m_saveRowsButton->setText(tr("Save ro&ws…"));
    m_saveRowsButton->setToolTip(
        tr("Saves the rows as they are now, your edits included, as a CSV file (UTF-8). "
           "Passwords are not saved."));
    m_restoreButton->setText(tr("&Restore"));
    m_discardRestoreButton->setText(tr("Discard"));
    updateRestoreOffer();
    m_gridEditing->retranslate();
    m_previewView->setToolTip(
        tr("Double-click or F2 to edit a cell. Ctrl+V pastes cells copied in a spreadsheet "
           "from the current cell on, Ctrl+D fills down, Delete clears, Ctrl+Z undoes, F8 "
           "goes to the next problem."));

    m_backButton->setText(tr("< Bac&k"));
    m_nextButton->setText(tr("&Next >"));
    m_sendButton->setText(tr("&Send"));
    m_closeButton->setText(tr("Close"));
    m_concurrencyLabel->setText(tr("Requests at &once:"));
    m_concurrencySpin->setToolTip(tr("How many requests are sent at the same time. More is faster; fewer "
                                     "is gentler on the server."));

    m_preview->retranslate();
    fillMappingTable();
    goTo(m_step); // step title
    updateSummary();
    updateButtons();
    if (!m_error.isEmpty())
        m_sourceStatus->setText(m_error);
    else if (!m_loading && !m_table.header.isEmpty())
        renderSourceStatus();
}

void ImportDialog::renderSourceStatus()
{
    // What was read, in the language of the moment: the rows, and the sheet and header row of a
    // workbook or the encoding and delimiter of a text file.
    const QString fileRows
        = tr("%1: %n row(s)", nullptr, m_table.rowCount()).arg(QFileInfo(m_path).fileName());
    m_sourceStatus->setText(m_path.isEmpty() ? m_pastedLabel
            : !m_table.sheet.isEmpty()       ? fileRows + u" · "_s
                + tr("sheet “%1”, header on row %2").arg(m_table.sheet).arg(m_table.headerRow)
                                       : fileRows + u" · "_s
                + tr("read as %1, separated by %2")
                      .arg(Bulk::encodingLabel(m_table.encoding),
                          m_delimiterCombo->itemText(m_delimiterCombo->findData(int(m_table.delimiter)))));
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Row problems are sentences in the language of the moment: check the rows again
        // (keeping the user's fixes) so that they follow the switch.
        if (m_step == Step::Check && !m_loading && !m_job && m_preview->rowCount() > 0)
            startLoad(false, m_preview->mapping());
    }
    QDialog::changeEvent(event);
}

void ImportDialog::goTo(Step step)
{
    m_step = step;
    m_stack->setCurrentIndex(int(step));
    switch (step) {
    case Step::Source:
        m_stepLabel->setText(tr("Step 1 of 3: choose the change and the file"));
        break;
    case Step::Check:
        m_stepLabel->setText(tr("Step 2 of 3: check the columns and the rows"));
        break;
    case Step::Send:
        m_stepLabel->setText(tr("Step 3 of 3: send and review the results"));
        break;
    }
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool running = m_job && !m_job->isFinished();
    const bool hasJob = m_job;
    m_backButton->setEnabled(m_step == Step::Check);
    m_backButton->setVisible(m_step != Step::Send);
    m_nextButton->setVisible(m_step == Step::Source);
    m_nextButton->setEnabled(!m_loading && m_preview->rowCount() > 0);
    m_sendButton->setVisible(m_step == Step::Check);
    m_sendButton->setEnabled(!m_loading && !hasJob && m_preview->validCount() > 0 && badLinesSettled());
    m_concurrencyLabel->setVisible(m_step != Step::Source);
    m_concurrencySpin->setVisible(m_step != Step::Source);
    m_concurrencySpin->setEnabled(!running);
    m_operationCombo->setEnabled(!hasJob);
    if (m_step == Step::Source)
        m_nextButton->setDefault(true);
    else if (m_step == Step::Check)
        m_sendButton->setDefault(true);
}

QString ImportDialog::errorText() const
{
    return m_error;
}

QString ImportDialog::decodedPreview() const
{
    return m_decodedText->toPlainText();
}

QList<Bulk::ColumnMapping> ImportDialog::mapping() const
{
    return m_preview->mapping();
}

void ImportDialog::setOperation(Bulk::Operation op)
{
    const int comboIndex = m_operationCombo->findData(int(op));
    if (comboIndex != m_operationCombo->currentIndex()) {
        const QSignalBlocker blocker(m_operationCombo);
        m_operationCombo->setCurrentIndex(comboIndex);
    }
    if (op == m_operation || m_job)
        return;
    m_operation = op;
    if (m_pasteTemplateColumns >= 0 && m_path.isEmpty() && !m_table.header.isEmpty()) {
        // Rows pasted without a header were read in the old operation's column order: read them
        // again in the new one's, unless they were edited since (then keep them, and never map
        // the extra "column N" columns: users would send them as data keys).
        if (m_gridEditing->undoStack()->isClean()) {
            pasteRows(m_pastedText, m_pastedHtml);
        } else {
            QList<Bulk::ColumnMapping> mapping = Bulk::OperationSpec::autoMap(op, m_preview->table().header);
            for (qsizetype c = m_pasteTemplateColumns; c < mapping.size(); ++c)
                mapping[c].target.clear();
            startLoad(false, mapping);
        }
        return;
    }
    // The same file read for another change: new mapping, new validation, no re-read.
    if (!m_table.header.isEmpty())
        startLoad(false);
}

void ImportDialog::pasteClipboard()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    pasteRows(mime ? mime->text() : QString(), mime && mime->hasHtml() ? mime->html() : QString());
}

void ImportDialog::pasteRows(const QString& text, const QString& html)
{
    if (m_job || m_loading)
        return;
    // Read on a worker: a paste of 100,000 rows must not freeze the window.
    m_loading = true;
    const quint64 generation = ++m_loadGeneration;
    m_sourceStatus->setText(tr("Reading the pasted rows…"));
    updateButtons();
    const Bulk::Operation op = m_operation;
    runInBackground(
        this, [op, text, html] { return Bulk::ClipboardTable::read(op, text, html); },
        [this, generation, op, text, html](std::variant<Bulk::PastedTable, Bulk::CsvError> read) {
            if (generation != m_loadGeneration)
                return; // a newer load replaced this one
            m_loading = false;
            if (auto* error = std::get_if<Bulk::CsvError>(&read)) {
                m_error = error->message;
                m_sourceStatus->setText(m_error);
                goTo(Step::Source);
                updateButtons();
                emit loadingFinished(false);
                return;
            }
            const Bulk::PastedTable pasted = std::get<Bulk::PastedTable>(std::move(read));
            m_pasteTemplateColumns = pasted.headerFound ? -1 : pasted.templateColumns;
            m_pastedText = text;
            m_pastedHtml = html;
            m_path.clear();
            m_fileEdit->clear();
            m_pastedLabel = pasted.headerFound ? tr("%n pasted row(s)", nullptr, pasted.table.rowCount())
                                               : tr("%n pasted row(s), read in the template's column order",
                                                   nullptr, pasted.table.rowCount());
            m_error.clear();
            m_table = pasted.table;
            m_preview->clear(); // the rows to check are these, not an earlier file's
            m_gridEditing->undoStack()->clear(); // its steps were about other rows
            startLoad(false, pasted.headerFound ? std::nullopt : std::make_optional(pasted.mapping(op)));
        });
}

void ImportDialog::openFile(const QString& path)
{
    if (m_job)
        return;
    m_pastedLabel.clear();
    m_pasteTemplateColumns = -1;
    m_pastedText.clear();
    m_pastedHtml.clear();
    if (path != m_path) {
        // Another file: its first sheet with data, its header found again.
        m_csvOptions.sheet.clear();
        m_csvOptions.headerRow = 0;
    }
    m_path = path;
    if (m_fileEdit->text() != path)
        m_fileEdit->setText(path);
    startLoad(true);
}

void ImportDialog::setSheet(const QString& sheet)
{
    if (m_csvOptions.sheet == sheet || m_job)
        return;
    m_csvOptions.sheet = sheet;
    m_csvOptions.headerRow = 0; // another sheet has its own title rows
    if (!m_path.isEmpty())
        startLoad(true);
}

void ImportDialog::setHeaderRow(int row)
{
    if (m_csvOptions.headerRow == row || m_job || m_showingWorkbook)
        return;
    m_csvOptions.headerRow = row;
    if (!m_path.isEmpty())
        startLoad(true);
}

void ImportDialog::showWorkbookOptions(bool workbook)
{
    // A workbook has no encoding or delimiter to choose, a text file no sheet or header row.
    m_sourceForm->setRowVisible(m_encodingCombo, !workbook);
    m_sourceForm->setRowVisible(m_delimiterCombo, !workbook);
    m_sourceForm->setRowVisible(m_sheetCombo, workbook);
    m_sourceForm->setRowVisible(m_headerRowSpin, workbook);
}

void ImportDialog::renderWorkbook(const Bulk::CsvTable& table)
{
    const bool workbook = !table.sheet.isEmpty();
    showWorkbookOptions(workbook);
    // A workbook's rows are shown with tabs between cells: stops wide enough for an e-mail.
    m_decodedText->setTabStopDistance(
        workbook ? m_decodedText->fontMetrics().horizontalAdvance(u'x') * 28 : 80);
    m_workbookNotes->setText(table.structureNotes.join(u'\n'));
    m_workbookNotes->setVisible(!table.structureNotes.isEmpty());
    if (!workbook)
        return;
    const QScopedValueRollback guard(m_showingWorkbook, true);
    const QSignalBlocker blockSheet(m_sheetCombo);
    m_sheetCombo->clear();
    for (const QString& sheet : table.sheets)
        m_sheetCombo->addItem(
            table.hiddenSheets.contains(sheet) ? tr("%1 (hidden)").arg(sheet) : sheet, sheet);
    m_sheetCombo->setCurrentIndex(int(table.sheets.indexOf(table.sheet)));
    // The row found is shown; it stays "found" (0) for the next read until the admin changes it.
    m_headerRowSpin->setValue(m_csvOptions.headerRow > 0 ? m_csvOptions.headerRow : table.headerRow);
}

void ImportDialog::setEncoding(Bulk::Encoding encoding)
{
    const int comboIndex = m_encodingCombo->findData(int(encoding));
    if (comboIndex != m_encodingCombo->currentIndex()) {
        const QSignalBlocker blocker(m_encodingCombo);
        m_encodingCombo->setCurrentIndex(comboIndex);
    }
    if (m_csvOptions.encoding == encoding)
        return;
    m_csvOptions.encoding = encoding;
    if (!m_path.isEmpty() && !m_job)
        startLoad(true);
}

void ImportDialog::setDelimiter(Bulk::Delimiter delimiter)
{
    const int comboIndex = m_delimiterCombo->findData(int(delimiter));
    if (comboIndex != m_delimiterCombo->currentIndex()) {
        const QSignalBlocker blocker(m_delimiterCombo);
        m_delimiterCombo->setCurrentIndex(comboIndex);
    }
    if (m_csvOptions.delimiter == delimiter)
        return;
    m_csvOptions.delimiter = delimiter;
    if (!m_path.isEmpty() && !m_job)
        startLoad(true);
}

void ImportDialog::setMapping(const QList<Bulk::ColumnMapping>& mapping)
{
    if (m_job || m_table.header.isEmpty())
        return;
    startLoad(false, mapping);
}

void ImportDialog::fetchGroups()
{
    // Validation is better with the project's group names (unknown groups are errors for some
    // changes); reading waits for this one request so a file is validated once.
    m_fetchingGroups = true;
    auto* fetch = new PagedFetch<PermissionGroupResponse>(
        [this](int offset, int limit) { return m_client->listPermissionGroups({}, offset, limit); }, 100,
        10000, this);
    connect(fetch, &PagedFetchBase::finished, this, [this, fetch] {
        fetch->deleteLater();
        m_fetchingGroups = false;
        if (!fetch->error().isError()) {
            m_groupNames.clear();
            for (const PermissionGroupResponse& group : fetch->items()) {
                m_context.knownGroupNames.insert(group.name.toLower());
                m_groupNames.append(group.name);
            }
            QCollator collator;
            collator.setCaseSensitivity(Qt::CaseInsensitive);
            std::sort(m_groupNames.begin(), m_groupNames.end(), collator);
            m_groupsKnown = true;
        } else {
            qCInfo(lcImport) << "validating without the group list:" << fetch->error().message();
        }
        if (m_pendingLoad && !m_fetchingMembers) {
            const auto pending = *m_pendingLoad;
            m_pendingLoad.reset();
            startLoad(pending.first, pending.second);
        }
    });
    fetch->start();
}

void ImportDialog::resetLookup()
{
    ++m_lookupGeneration; // answers still on their way are ignored
    m_fetchingMembers = false;
    m_userLookupQueue.clear();
    m_userLookupsInFlight = 0;
    m_lookupDone = 0;
    m_lookupTotal = 0;
    m_existingKeys.clear();
    m_lookupKey.clear();
    m_lookupState = LookupState::NotApplicable;
}

void ImportDialog::lookUpMembers()
{
    resetLookup();
    m_lookupKey = u"members"_s;
    m_lookupState = LookupState::Running;
    m_fetchingMembers = true;
    const quint64 generation = m_lookupGeneration;
    // One more than the cap tells "too many" apart from "exactly the cap".
    auto* fetch = new PagedFetch<AgentResponse>(
        [this](int offset, int limit) { return m_client->listAgents(offset, limit); }, kListPageLimit,
        kMemberLookupCap + 1, this);
    connect(fetch, &PagedFetchBase::pageReceived, this, [this, generation](int offset, int count) {
        if (generation != m_lookupGeneration)
            return;
        m_lookupDone = offset + count;
        updateSummary();
    });
    connect(fetch, &PagedFetchBase::finished, this, [this, fetch, generation] {
        fetch->deleteLater();
        if (generation != m_lookupGeneration)
            return;
        m_fetchingMembers = false;
        const QList<AgentResponse>& members = fetch->items();
        if (fetch->error().isError() || members.size() > kMemberLookupCap) {
            qCInfo(lcImport) << "members not checked:"
                             << (fetch->error().isError() ? fetch->error().message() : u"too many"_s);
            m_lookupState = LookupState::NotChecked;
        } else {
            for (const AgentResponse& member : members) {
                if (!member.email.isEmpty())
                    m_existingKeys.insert(member.email.toLower());
            }
            m_lookupState = LookupState::Checked;
        }
        if (m_pendingLoad && !m_fetchingGroups) {
            const auto pending = *m_pendingLoad;
            m_pendingLoad.reset();
            startLoad(pending.first, pending.second);
        } else {
            updateSummary();
        }
    });
    fetch->start();
}

void ImportDialog::lookUpUsers()
{
    QStringList keys;
    int rows = 0;
    const QList<Bulk::PreparedRow> prepared = m_preview->preparedRows();
    for (const Bulk::PreparedRow& row : prepared) {
        // Every row with a key, valid or not: the look-up's own marks make rows invalid, and the
        // set of keys must not change because of them.
        if (row.key.isEmpty())
            continue;
        if (++rows > kUserLookupCap)
            break;
        keys.append(row.key);
    }
    if (rows > kUserLookupCap) {
        resetLookup();
        m_lookupState = LookupState::NotChecked;
        return;
    }
    const QString lookupKey = u"users\n"_s + keys.join(u'\n');
    if (lookupKey == m_lookupKey
        && (m_lookupState == LookupState::Running || m_lookupState == LookupState::Checked))
        return; // the same users: the answer is (being) known
    resetLookup();
    m_lookupKey = lookupKey;
    if (keys.isEmpty())
        return;
    m_lookupState = LookupState::Running;
    m_userLookupQueue = keys;
    m_lookupTotal = int(keys.size());
    pumpUserLookups();
}

void ImportDialog::pumpUserLookups()
{
    const quint64 generation = m_lookupGeneration;
    while (m_userLookupsInFlight < kUserLookupsInFlight && !m_userLookupQueue.isEmpty()) {
        const QString key = m_userLookupQueue.takeFirst();
        ++m_userLookupsInFlight;
        auto* reply = m_client->getUser(key);
        connect(reply, &ApiReply::finished, this, [this, reply, key, generation] {
            if (generation != m_lookupGeneration)
                return;
            --m_userLookupsInFlight;
            ++m_lookupDone;
            if (reply->ok()) {
                m_existingKeys.insert(key.toLower());
            } else if (reply->error().kind() != ApiError::Kind::NotFound) {
                // Stop at the first real error: the summary says "not checked".
                qCInfo(lcImport) << "users not checked:" << reply->error().message();
                const QString lookupKey = m_lookupKey;
                resetLookup();
                m_lookupKey = lookupKey;
                m_lookupState = LookupState::NotChecked;
                updateSummary();
                return;
            }
            if (m_userLookupQueue.isEmpty() && m_userLookupsInFlight == 0) {
                m_lookupState = LookupState::Checked;
                // Check the rows again with what the look-up found: a row that will fail is
                // marked on the row and counted with the problems.
                if (m_loading)
                    m_revalidateAfterLoad = true; // the load under way started before the answer
                else
                    startLoad(false, m_preview->mapping());
                updateSummary();
            } else {
                pumpUserLookups();
                updateSummary(); // the count of users looked up so far
            }
        });
    }
}

Bulk::ValidationContext ImportDialog::validationContext(Bulk::Operation op) const
{
    Bulk::ValidationContext context = m_context;
    context.existingKeys.clear();
    const bool lookedUp = m_lookupState == LookupState::Checked
        && (keyedByUsers(op) ? m_lookupKey.startsWith(u"users\n"_s)
                             : keyedByMembers(op) && m_lookupKey == u"members"_s);
    if (lookedUp) {
        context.existingKeys = m_existingKeys;
        // An empty set means "not looked up" to the validator: keep "nobody exists" apart.
        if (context.existingKeys.isEmpty())
            context.existingKeys.insert(u"\n"_s);
    }
    return context;
}

void ImportDialog::startLoad(bool reread, const std::optional<QList<Bulk::ColumnMapping>>& mapping)
{
    const quint64 generation = ++m_loadGeneration;
    m_loading = true;
    m_error.clear();
    m_sourceStatus->setText(
        reread ? tr("Reading %1…").arg(QFileInfo(m_path).fileName()) : tr("Checking the rows…"));
    updateButtons();
    // Invite / update / remove members: the project's members are listed once before validating.
    if (keyedByMembers(m_operation)) {
        if (m_lookupKey != u"members"_s)
            lookUpMembers();
    } else if (m_lookupKey == u"members"_s) {
        resetLookup();
    }
    if (m_fetchingGroups || m_fetchingMembers) {
        m_pendingLoad = std::make_pair(reread, mapping);
        return;
    }

    // Everything the worker needs is copied: it never touches the dialog.
    const QString path = m_path;
    const Bulk::CsvOptions options = m_csvOptions;
    const Bulk::Operation op = m_operation;
    // Keep the user's fixes when only the mapping or the operation changed.
    const Bulk::CsvTable table
        = reread ? Bulk::CsvTable() : (m_preview->rowCount() > 0 ? m_preview->table() : m_table);
    const Bulk::ValidationContext context = validationContext(op);
    const QVariantMap remembered = QSettings().value(mappingSettingsKey(op)).toMap();

    runInBackground(
        this,
        [generation, reread, path, options, op, table, context, remembered, mapping] {
            LoadResult result;
            result.generation = generation;
            result.reread = reread;
            if (reread) {
                auto read = Bulk::CsvReader::readFile(path, options);
                if (auto* error = std::get_if<Bulk::CsvError>(&read)) {
                    result.error = *error;
                    return result;
                }
                result.table = std::get<Bulk::CsvTable>(std::move(read));
            } else {
                result.table = table;
            }
            if (mapping) {
                result.mapping = *mapping;
            } else {
                result.mapping = Bulk::OperationSpec::autoMap(op, result.table.header);
                for (Bulk::ColumnMapping& m : result.mapping) {
                    if (remembered.contains(m.column))
                        m.target = remembered.value(m.column).toString();
                }
            }
            result.rows = Bulk::RowValidator::prepare(op, result.table, result.mapping, context);
            if (result.rows.size() > ImportPreviewModel::kWholeFileRevalidationLimit)
                result.keyIndex = ImportPreviewModel::keyIndexOf(result.rows);
            result.ok = true;
            return result;
        },
        [this](const LoadResult& result) {
            if (result.generation == m_loadGeneration) // a newer load replaced this one
                onLoaded(result);
        });
}

void ImportDialog::onLoaded(const LoadResult& result)
{
    m_loading = false;
    if (!result.ok) {
        m_error = result.error.message;
        m_table = {};
        m_preview->clear();
        // What could be decoded is shown, so that the line named in the error can be found.
        m_decodedText->setPlainText(result.error.decodedPreview);
        m_sourceStatus->setText(m_error);
        renderBadLines();
        fillMappingTable();
        goTo(Step::Source);
        emit loadingFinished(false);
        return;
    }
    m_table = result.table;
    if (result.reread)
        m_gridEditing->undoStack()->clear();
    // Edits in the preview are checked with what the look-up found, like the whole file was.
    m_preview->setPrepared(m_operation, result.table, result.mapping, validationContext(m_operation),
        result.rows, result.keyIndex);
    m_decodedText->setPlainText(result.table.decodedPreview);
    renderBadLines();
    renderWorkbook(result.table);
    renderSourceStatus();
    fillMappingTable();
    if (m_step == Step::Source)
        goTo(Step::Check);
    if (keyedByUsers(m_operation))
        lookUpUsers();
    if (std::exchange(m_revalidateAfterLoad, false) && m_lookupState == LookupState::Checked) {
        startLoad(false, m_preview->mapping());
        return;
    }
    updateSummary();
    updateButtons();
    emit loadingFinished(true);
}

void ImportDialog::fillMappingTable()
{
    m_fillingMapping = true;
    const QList<Bulk::ColumnMapping> current = m_preview->mapping();
    m_mappingTable->setRowCount(int(current.size()));
    const QList<Bulk::FieldInfo> fields = Bulk::OperationSpec::fields(m_preview->operation());
    for (int row = 0; row < current.size(); ++row) {
        const Bulk::ColumnMapping& m = current.at(row);
        auto* item = new QTableWidgetItem(m.column);
        item->setFlags(Qt::ItemIsEnabled);
        m_mappingTable->setItem(row, 0, item);
        auto* combo = new QComboBox;
        combo->setObjectName(u"mappingCombo_"_s + QString::number(row));
        combo->addItem(tr("(not used)"), QString());
        for (const Bulk::FieldInfo& field : fields) {
            combo->addItem(
                field.required ? tr("%1 (required)").arg(field.label()) : field.label(), field.target);
        }
        if (m_preview->operation() == Bulk::Operation::CreateUsers
            || m_preview->operation() == Bulk::Operation::UpdateUsers)
            combo->addItem(tr("Extra data \"%1\"").arg(m.column), QString(u"data:"_s + m.column));
        if (m.target.startsWith(u"attribute:"_s) || m.target.startsWith(u"data:"_s)) {
            if (combo->findData(m.target) < 0)
                combo->addItem(m.target, m.target);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(m.target)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::onMappingEdited);
        m_mappingTable->setCellWidget(row, 1, combo);
    }
    m_mappingTable->resizeColumnToContents(0);
    m_fillingMapping = false;
}

void ImportDialog::onMappingEdited()
{
    if (m_fillingMapping)
        return;
    QList<Bulk::ColumnMapping> mapping;
    for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_mappingTable->cellWidget(row, 1));
        mapping.append(
            { m_mappingTable->item(row, 0)->text(), combo ? combo->currentData().toString() : QString() });
    }
    QVariantMap remembered = QSettings().value(mappingSettingsKey(m_operation)).toMap();
    for (const Bulk::ColumnMapping& m : std::as_const(mapping))
        remembered.insert(m.column, m.target);
    QSettings().setValue(mappingSettingsKey(m_operation), remembered);
    setMapping(mapping);
}

void ImportDialog::rememberMapping() const
{
    QVariantMap remembered = QSettings().value(mappingSettingsKey(m_operation)).toMap();
    const QList<Bulk::ColumnMapping> current = m_preview->mapping();
    for (const Bulk::ColumnMapping& m : current)
        remembered.insert(m.column, m.target);
    QSettings().setValue(mappingSettingsKey(m_operation), remembered);
}

QString ImportDialog::summaryText() const
{
    return m_summaryLabel->text();
}

void ImportDialog::updateSummary()
{
    const int unconfirmed = m_preview->unconfirmedCount();
    m_sendAnywayCheck->setVisible(unconfirmed > 0 || m_sendAnywayCheck->isChecked());
    m_sendAnywayCheck->setText(
        tr("Send &anyway the %n row(s) held back only by rules of this app that Alli does not document "
           "(the server decides)",
            nullptr, unconfirmed));
    m_sendAnywayCheck->setToolTip(tr("For example a password shorter than 8 characters, an unusual e-mail "
                                     "address, or a permission group the look-up did not find."));
    if (m_preview->rowCount() == 0) {
        m_summaryLabel->setText(m_loading ? tr("Checking the rows…") : tr("No rows."));
        return;
    }
    QString text = tr("%n row(s) ready to send", nullptr, m_preview->validCount());
    text += u" · "_s + tr("%n row(s) with problems (not sent)", nullptr, m_preview->invalidCount());
    if (m_preview->warningCount() > 0)
        text += u" · "_s + tr("%n warning(s)", nullptr, m_preview->warningCount());

    // What will happen, where the existing users / members are known.
    const Bulk::Operation op = m_preview->operation();
    const bool members = keyedByMembers(op);
    if (members || keyedByUsers(op)) {
        QString outcome;
        switch (m_lookupState) {
        case LookupState::NotApplicable:
            break;
        case LookupState::Running:
            // A long look-up counts what it has done, so that it is seen to move.
            if (members)
                outcome = m_lookupDone > 0
                    ? tr("Looking up the project's members… %n read", nullptr, m_lookupDone)
                    : tr("Looking up the project's members…");
            else
                outcome = tr("Looking up existing users… %1 of %2").arg(m_lookupDone).arg(m_lookupTotal);
            break;
        case LookupState::NotChecked:
            outcome = members ? tr("Existing members: not checked.") : tr("Existing users: not checked.");
            break;
        case LookupState::Checked: {
            int existing = 0;
            int missing = 0;
            const QList<Bulk::PreparedRow> rows = m_preview->preparedRows();
            for (const Bulk::PreparedRow& row : rows) {
                if (row.key.isEmpty())
                    continue;
                ++(m_existingKeys.contains(row.key.toLower()) ? existing : missing);
            }
            QStringList parts;
            const bool anyway = m_context.sendUnconfirmed;
            using Family = Bulk::OperationTraits::Family;
            using Effect = Bulk::OperationTraits::Effect;
            const Bulk::OperationTraits& traits = Bulk::traitsOf(op);
            const bool ofMembers = traits.family == Family::Members;
            if (traits.effect == Effect::Creates) {
                parts << (ofMembers ? tr("%n will be invited", nullptr, missing)
                                    : tr("%n will be created", nullptr, missing));
                if (existing > 0)
                    parts << (ofMembers ? tr("%n already member(s) (groups updated)", nullptr, existing)
                            : anyway    ? tr("%n already exist(s) (sent anyway)", nullptr, existing)
                                        : tr("%n already exist(s) (marked, not sent)", nullptr, existing));
            } else {
                parts << (traits.effect == Effect::Changes ? tr("%n will be updated", nullptr, existing)
                        : ofMembers                        ? tr("%n will be removed", nullptr, existing)
                                                           : tr("%n will be deleted", nullptr, existing));
                if (missing > 0)
                    parts << (anyway ? tr("%n not found (sent anyway)", nullptr, missing)
                                     : tr("%n not found (marked, not sent)", nullptr, missing));
            }
            outcome = parts.join(u", "_s);
            break;
        }
        }
        if (!outcome.isEmpty())
            text += u"\n"_s + outcome;
    }
    if (m_preview->invalidCount() > 0)
        text += u"\n"_s + tr("Fix a cell by double-clicking it, or send the valid rows only.");
    m_summaryLabel->setText(text);
    updateButtons();
}

void ImportDialog::onSendClicked()
{
    const Bulk::Operation op = m_preview->operation();
    const bool destructive = Bulk::traitsOf(op).effect == Bulk::OperationTraits::Effect::Removes;
    if (destructive
        && !Confirm::ask(this, Bulk::operationLabel(op),
            tr("%n row(s) will be sent. This cannot be undone from this application.", nullptr,
                m_preview->validCount()),
            Bulk::operationLabel(op)))
        return;
    startSending();
}

QList<Bulk::CsvLineProblem> ImportDialog::badLines() const
{
    return m_preview->rowCount() > 0 ? m_preview->table().badLines : m_table.badLines;
}

bool ImportDialog::badLinesSettled() const
{
    return badLines().isEmpty() || m_leaveOutCheck->isChecked();
}

void ImportDialog::setLeaveOutBadLines(bool leaveOut)
{
    m_leaveOutCheck->setChecked(leaveOut);
}

void ImportDialog::renderBadLines()
{
    const QList<Bulk::CsvLineProblem> lines = m_error.isEmpty() ? badLines() : QList<Bulk::CsvLineProblem>();
    m_badLinesBox->setVisible(!lines.isEmpty());
    m_badLinesView->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const Bulk::CsvLineProblem& problem = lines.at(r);
        auto* line = new QTableWidgetItem(QString::number(problem.line));
        line->setData(Qt::TextAlignmentRole, QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter));
        m_badLinesView->setItem(r, 0, line);
        m_badLinesView->setItem(r, 1, new QTableWidgetItem(problem.message));
        m_badLinesView->setItem(r, 2, new QTableWidgetItem(Bulk::shownValue(problem.text)));
    }
    m_badLinesView->setHorizontalHeaderLabels({ tr("Line"), tr("Problem"), tr("Text as read") });
    m_badLinesLabel->setText(
        tr("%n line(s) of the file could not be read. Fix the file and open it again, or "
           "leave them out and go on with the other rows.",
            nullptr, int(lines.size())));
    m_leaveOutCheck->setText(tr("&Leave these %n line(s) out of the import", nullptr, int(lines.size())));
    updateButtons();
}

bool ImportDialog::startSending()
{
    if (m_loading || m_job || m_preview->validCount() == 0 || !badLinesSettled())
        return false;
    rememberMapping();
    if (m_path == unsentRowsPath())
        discardUnsentRows(); // the job, in the journal, now has them
    startRun(new Bulk::BulkRun(m_client, m_preview->operation(), m_preview->preparedRows(),
        { m_path.isEmpty() ? QString(Bulk::kPastedSource) : m_path, m_preview->table().header }, runOptions(),
        this));
    return true;
}

Bulk::RunOptions ImportDialog::runOptions() const
{
    Bulk::RunOptions options;
    options.concurrency = m_concurrencySpin->value();
    options.journalPath = m_journalPath;
    return options;
}

int ImportDialog::concurrency() const
{
    return m_concurrencySpin->value();
}

void ImportDialog::setConcurrency(int chunks)
{
    m_concurrencySpin->setValue(chunks);
}

bool ImportDialog::isPreparingJob() const
{
    return m_job && m_job->stage() == Bulk::BulkRun::Stage::Journalling;
}

bool ImportDialog::isVerifying() const
{
    return m_job
        && (m_job->stage() == Bulk::BulkRun::Stage::Checking
            || m_job->stage() == Bulk::BulkRun::Stage::Verifying);
}

qint64 ImportDialog::journalJobId() const
{
    return m_job ? m_job->jobId() : -1;
}

bool ImportDialog::resumeJob(qint64 journalJobId)
{
    if ((m_job && !m_job->isFinished()) || m_journalPath.isEmpty())
        return false;
    // The run reads the job on a worker, refuses a job of another server, looks up the rows that
    // were in flight and sends the rest.
    auto* run = Bulk::BulkRun::resumeJob(m_client, journalJobId, runOptions(), this);
    connect(run, &Bulk::BulkRun::rowsReset, this, [this, run] {
        setOperation(run->operation());
        m_operation = run->operation();
        m_path = run->source().file;
        m_fileEdit->setText(Bulk::sourceDetail(m_path));
    });
    startRun(run);
    return true;
}

void ImportDialog::startRun(Bulk::BulkRun* run)
{
    Bulk::BulkRun* previous = m_job;
    m_job = run;
    m_panel->setFileHint(
        Bulk::isFileSource(m_path) ? m_path : QString()); // a resumed job's marker is no file
    m_panel->setRun(run);
    if (previous)
        previous->deleteLater();
    connect(run, &Bulk::BulkRun::stageChanged, this, &ImportDialog::updateButtons);
    connect(run, &Bulk::BulkRun::finished, this, &ImportDialog::onJobFinished);
    goTo(Step::Send);
    run->start();
    updateButtons();
}

void ImportDialog::onJobFinished()
{
    updateButtons();
    emit sendingFinished();
    if (m_closeWhenFinished)
        QDialog::reject();
}

void ImportDialog::pauseOrResume()
{
    m_panel->pauseOrResume();
}

void ImportDialog::cancelSending()
{
    m_panel->cancelSending();
    updateButtons();
}

BulkResultsModel* ImportDialog::resultsModel() const
{
    return m_panel->resultsModel();
}

BulkResultsFilterProxy* ImportDialog::resultsProxy() const
{
    return m_panel->resultsProxy();
}

bool ImportDialog::retryFailedRows()
{
    if (!m_job || !m_job->isFinished())
        return false;
    const QList<Bulk::PreparedRow> rows = m_job->failedRows();
    if (rows.isEmpty())
        return false;
    startRun(new Bulk::BulkRun(m_client, m_job->operation(), rows, m_job->source(), runOptions(), this));
    return true;
}

bool ImportDialog::saveReport(const QString& path)
{
    return m_panel->saveReport(path);
}

bool ImportDialog::saveUndoFile(const QString& path)
{
    return m_panel->saveUndoFile(path);
}

QString ImportDialog::fileNoteText() const
{
    return m_panel->fileNoteText();
}

void ImportDialog::saveTemplate(const QString& path)
{
    // A workbook's group column offers the project's groups, when they were read.
    m_sourceStatus->setText(tr("Saving the template as %1…").arg(QDir::toNativeSeparators(path)));
    Bulk::TableFile::writeInBackground(this, path,
        Bulk::OperationSpec::templateTable(m_operation, m_groupNames), [this, path](const QString& error) {
            m_sourceStatus->setText(error.isEmpty()
                    ? tr("Saved the template as %1. Fill it in, then open it here.")
                          .arg(QDir::toNativeSeparators(path))
                    : tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
            emit fileSaved(path, error);
        });
}

void ImportDialog::browse()
{
    const QString start = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open CSV file"), start,
        tr("CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportDialog::downloadTemplate()
{
    const QString path = Widgets::askTablePath(this, tr("Save template"), QDir::homePath(),
        Bulk::OperationSpec::templateBaseName(m_operation) + u"-template"_s);
    if (!path.isEmpty())
        saveTemplate(path);
}

void ImportDialog::reject()
{
    // Rows edited or pasted and not sent: offer to keep them (passwords are not kept).
    if (hasUnsavedRows() && m_step == Step::Check) {
        if (Confirm::ask(this, tr("Close the import"),
                tr("Keep the %n row(s) you edited for the next time the import opens?", nullptr,
                    m_preview->rowCount()),
                tr("Keep"),
                tr("They are saved on this computer and offered when the import opens again. Passwords are "
                   "not "
                   "saved.")))
            keepUnsentRows();
    }
    if (m_job && m_job->isResume()
        && (m_job->stage() == Bulk::BulkRun::Stage::Journalling
            || m_job->stage() == Bulk::BulkRun::Stage::Checking)) {
        // Nothing sent yet: the job stays unfinished in the journal and can be resumed later.
        m_panel->setRun(nullptr);
        delete m_job;
        QDialog::reject();
        return;
    }
    if (m_job && !m_job->isFinished()) {
        if (!BulkRunPanel::askToCancel(this))
            return;
        m_closeWhenFinished = true;
        cancelSending();
        return;
    }
    QDialog::reject();
}

} // namespace Alli
