// The import dialog's preview of a large file: the time from "open this file" until the preview
// table is painted with its rows, and the memory the preview keeps per row. Baseline in the same
// run: Qt's stock way, a QStandardItemModel with one QStandardItem per cell (the file read and
// split on the GUI thread) in a QTableView. Each is measured in a process of its own (this
// program runs itself with --baseline), on the offscreen platform. Not a ctest test: run
// scripts/bench-preview.sh, which builds this in Release and prints the figures.

#include "alliclient.h"
#include "bulkeditordialog.h"
#include "confirm.h"
#include "csvreader.h"
#include "demoserver.h"
#include "gridediting.h"
#include "importdialog.h"
#include "importpreviewmodel.h"
#include "operations.h"
#include "tablefile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;

namespace
{

qint64 statusKb(const char* field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

void writeUsers(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray text = "ownUserId,firstName,lastName,email,department\r\n";
    for (int i = 1; i <= rows; ++i)
        text += QStringLiteral("BN%1,First%2,Last%2,user%2@bench.example.com,Dept%3\r\n")
                    .arg(i, 7, 10, QChar(u'0'))
                    .arg(i)
                    .arg(i % 17)
                    .toUtf8();
    file.write(text);
}

// The clipboard text of `rows` rows of 6 columns, as Excel puts it there (a header, CRLF).
QString pastedText(int rows)
{
    QString text = u"사번\t이름\t성\t이메일\t고객 그룹\t부서\r\n"_s;
    for (int i = 1; i <= rows; ++i)
        text += QStringLiteral("P%1\t이름%2\t성%2\tuser%2@paste.example.com\tVIP\t부서%3\r\n")
                    .arg(i, 7, 10, QChar(u'0'))
                    .arg(i)
                    .arg(i % 17);
    return text;
}

// The longest time the event loop went without running a 1 ms timer while `busy` holds.
class GapMeter
{
public:
    GapMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(
            &m_timer, &QTimer::timeout, [this] { m_longest = std::max(m_longest, m_since.restart()); });
        m_since.start();
        m_timer.start();
    }
    qint64 longest() const { return std::max(m_longest, m_since.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
};

// The bulk editor: `rows` pasted rows, then one cell edited in the middle of them (the live
// validation of one cell), against validating that one row alone. One line for the parent:
// "time_ms rss_delta_kb peak_kb gap_ms edit_us one_row_us".
int measureEditor(AlliClient* client, int rows)
{
    BulkEditorDialog dialog(client, Bulk::Operation::CreateUsers);
    dialog.resize(1280, 720);
    dialog.show();
    QSignalSpy loaded(&dialog, &BulkEditorDialog::loaded);
    loaded.wait(10000);
    const qint64 before = statusKb("VmRSS:");
    const QString text = pastedText(rows);
    QSignalSpy added(&dialog, &BulkEditorDialog::rowsAdded);
    QElapsedTimer clock;
    clock.start();
    GapMeter gaps;
    dialog.pasteRows(text);
    while (added.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QCoreApplication::processEvents();
    dialog.view()->grab();
    const qint64 ms = clock.elapsed();
    const qint64 gap = gaps.longest();
    if (dialog.model()->dataRowCount() != rows) {
        std::fprintf(stderr, "the editor has %d rows, not %d\n", dialog.model()->dataRowCount(), rows);
        return 1;
    }
    // One cell typed in the middle of the grid, again and again (the median of 21).
    const int email = int(dialog.model()->table().header.indexOf(u"email"_s));
    QList<qint64> edits;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer edit;
        edit.start();
        dialog.gridEditing()->edit(
            { { rows / 2, email, u"changed%1@paste.example.com"_s.arg(i) } }, QString());
        edits.append(edit.nsecsElapsed() / 1000);
    }
    std::sort(edits.begin(), edits.end());
    // The floor: the same row validated on its own.
    Bulk::CsvTable one;
    one.header = dialog.model()->table().header;
    one.appendRow(1, dialog.model()->table().rowCells(rows / 2));
    QList<qint64> alone;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        const auto prepared = Bulk::RowValidator::prepare(
            Bulk::Operation::CreateUsers, one, dialog.model()->mapping(), dialog.model()->context());
        alone.append(t.nsecsElapsed() / 1000 + (prepared.isEmpty() ? 1 : 0));
    }
    std::sort(alone.begin(), alone.end());
    std::printf("%lld %lld %lld %lld %lld %lld\n", ms, statusKb("VmRSS:") - before, statusKb("VmHWM:"), gap,
        edits.at(10), alone.at(10));
    Confirm::setNextAnswer(false);
    return 0;
}

// One line for the parent: "time_ms rss_delta_kb peak_kb gap_ms".
int measureOurs(const QString& path, int rows, bool paste, bool editor)
{
    Demo::DemoServer demo;
    if (!demo.start())
        return 1;
    QNetworkAccessManager nam;
    AlliClient client(&nam);
    ConnectionSettings settings;
    settings.region = ConnectionSettings::Region::Custom;
    settings.customBaseUrl = demo.baseUrl();
    settings.secret = demo.apiKey();
    client.setConnection(settings);
    if (editor)
        return measureEditor(&client, rows);

    ImportDialog dialog(&client);
    dialog.resize(1280, 720);
    dialog.setOperation(Bulk::Operation::CreateUsers);
    dialog.show();
    QCoreApplication::processEvents();
    auto* view = dialog.findChild<QTableView*>(u"previewView"_s);
    if (!view)
        return 1;
    const qint64 before = statusKb("VmRSS:");
    const QString text = paste ? pastedText(rows) : QString();
    QSignalSpy loaded(&dialog, &ImportDialog::loadingFinished);
    QElapsedTimer clock;
    clock.start();
    GapMeter gaps;
    if (paste)
        dialog.pasteRows(text);
    else
        dialog.openFile(path);
    while (loaded.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QCoreApplication::processEvents();
    view->grab(); // painted with its first rows
    const qint64 ms = clock.elapsed();
    if (!loaded.constFirst().at(0).toBool() || view->model()->rowCount() != rows) {
        std::fprintf(stderr, "the preview has %d rows, not %d\n", view->model()->rowCount(), rows);
        return 1;
    }
    std::printf("%lld %lld %lld %lld\n", ms, statusKb("VmRSS:") - before, statusKb("VmHWM:"), gaps.longest());
    return 0;
}

int measureBaseline(const QString& path, int rows, bool paste)
{
    QTableView view;
    view.resize(1280, 600);
    view.show();
    QCoreApplication::processEvents();
    const qint64 before = statusKb("VmRSS:");
    QElapsedTimer clock;
    clock.start();
    auto* model = new QStandardItemModel(&view);
    QString text;
    if (paste) {
        text = pastedText(rows);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        text = QString::fromUtf8(file.readAll());
    }
    const QChar separator = paste ? u'\t' : u',';
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    model->setHorizontalHeaderLabels(lines.value(0).split(separator));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QList<QStandardItem*> items;
        for (const QString& cell : lines.at(i).split(separator))
            items.append(new QStandardItem(cell));
        model->appendRow(items);
    }
    view.setModel(model);
    QCoreApplication::processEvents();
    view.grab();
    const qint64 ms = clock.elapsed();
    if (model->rowCount() != rows)
        return 1;
    // All of it ran on the GUI thread: the gap is the whole time.
    std::printf("%lld %lld %lld %lld\n", ms, statusKb("VmRSS:") - before, statusKb("VmHWM:"), ms);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import preview benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(
        u"rows"_s, u"Rows in the file (default 100000)."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption fileOption(u"file"_s, u"Measure this file (internal)."_s, u"path"_s);
    const QCommandLineOption baselineOption(
        u"baseline"_s, u"Measure the QStandardItemModel baseline (internal)."_s);
    const QCommandLineOption pasteOption(u"paste"_s,
        u"Paste the rows (tab-separated, 6 columns, a Korean header) instead of opening a file."_s);
    const QCommandLineOption editorOption(
        u"editor"_s, u"Paste the rows into the bulk editor, then edit one cell in the middle of them."_s);
    const QCommandLineOption workbookOption(u"workbook"_s,
        u"Open the same rows as an Excel workbook (.xlsx), against the CSV file and the baseline."_s);
    parser.addOptions({ rowsOption, fileOption, baselineOption, pasteOption, editorOption, workbookOption });
    parser.process(app);
    const int rows = std::max(1, parser.value(rowsOption).toInt());

    const bool editor = parser.isSet(editorOption);
    const bool paste = parser.isSet(pasteOption) || editor;
    if (parser.isSet(fileOption))
        return parser.isSet(baselineOption) ? measureBaseline(parser.value(fileOption), rows, paste)
                                            : measureOurs(parser.value(fileOption), rows, paste, editor);

    QTemporaryDir dir;
    QString path = dir.filePath(u"users.csv"_s);
    writeUsers(path, rows);
    struct Figures {
        qint64 ms = 0, deltaKb = 0, peakKb = 0, gapMs = 0, editUs = 0, oneRowUs = 0;
    };
    const auto run = [&](bool baseline, Figures* out) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        env.insert(u"QT_LOGGING_RULES"_s, u"alli.*.debug=false;alli.*.info=false"_s);
        child.setProcessEnvironment(env);
        QStringList args { u"--file"_s, path, u"--rows"_s, QString::number(rows) };
        if (baseline)
            args << u"--baseline"_s;
        if (paste)
            args << u"--paste"_s;
        if (editor && !baseline)
            args << u"--editor"_s;
        child.start(QCoreApplication::applicationFilePath(), args);
        if (!child.waitForFinished(300000) || child.exitCode() != 0) {
            std::fprintf(stderr, "%s failed: %s\n", baseline ? "baseline" : "preview",
                child.readAllStandardError().constData());
            return false;
        }
        const QList<QByteArray> f = child.readAllStandardOutput().trimmed().split(' ');
        *out = { f.value(0).toLongLong(), f.value(1).toLongLong(), f.value(2).toLongLong(),
            f.value(3).toLongLong(), f.value(4).toLongLong(), f.value(5).toLongLong() };
        return true;
    };
    Figures ours, stock;
    if (parser.isSet(workbookOption)) {
        // The same rows written as a workbook by our own writer (text cells, inline strings).
        Figures csv;
        if (!run(false, &csv) || !run(true, &stock))
            return 1;
        const QString workbook = dir.filePath(u"users.xlsx"_s);
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        const auto table = Bulk::CsvReader::read(file.readAll());
        if (!std::holds_alternative<Bulk::CsvTable>(table))
            return 1;
        const Bulk::CsvTable& t = std::get<Bulk::CsvTable>(table);
        const Bulk::TableData data = Bulk::TableData::fromRows(
            u"Users"_s, t.header, t.rowCount(), [&t](qsizetype r) { return t.rowCells(int(r)); });
        if (const QString error = Bulk::TableFile::write(workbook, data); !error.isEmpty())
            return 1;
        const QString csvPath = path;
        path = workbook; // what run() opens
        if (!run(false, &ours))
            return 1;
        std::printf("import preview of %d rows as a workbook (%.1f MB .xlsx, %.1f MB as CSV), offscreen:\n",
            rows, QFileInfo(workbook).size() / 1e6, QFileInfo(csvPath).size() / 1e6);
        std::printf("  until the table is painted   .xlsx %6lld ms   the same rows as CSV %6lld ms   "
                    "QStandardItemModel (CSV) %6lld ms\n",
            ours.ms, csv.ms, stock.ms);
        std::printf("  ratio .xlsx / CSV            %.2f\n", csv.ms > 0 ? double(ours.ms) / csv.ms : 0.0);
        std::printf("  peak RSS of the process      .xlsx %6lld MB   CSV %6lld MB\n", ours.peakKb / 1024,
            csv.peakKb / 1024);
        std::printf("  longest event-loop gap       .xlsx %6lld ms   CSV %6lld ms\n", ours.gapMs, csv.gapMs);
        return 0;
    }
    if (!run(false, &ours) || !run(true, &stock))
        return 1;
    if (editor)
        std::printf(
            "bulk editor, %d pasted rows (6 columns, tab-separated, Korean header), offscreen:\n", rows);
    else if (paste)
        std::printf(
            "import preview of %d pasted rows (6 columns, tab-separated, Korean header), offscreen:\n", rows);
    else
        std::printf(
            "import preview of %d rows (%.1f MB file), offscreen:\n", rows, QFileInfo(path).size() / 1e6);
    std::printf("  until the table is painted   ours %6lld ms   QStandardItemModel %6lld ms   ratio %.2f\n",
        ours.ms, stock.ms, stock.ms > 0 ? double(ours.ms) / stock.ms : 0.0);
    std::printf("  memory kept per row          ours %6.0f B    QStandardItemModel %6.0f B    ratio %.2f\n",
        ours.deltaKb * 1024.0 / rows, stock.deltaKb * 1024.0 / rows,
        stock.deltaKb > 0 ? double(ours.deltaKb) / stock.deltaKb : 0.0);
    std::printf("  peak RSS of the process      ours %6lld MB   QStandardItemModel %6lld MB\n",
        ours.peakKb / 1024, stock.peakKb / 1024);
    std::printf("  longest event-loop gap       ours %6lld ms   QStandardItemModel %6lld ms\n", ours.gapMs,
        stock.gapMs);
    if (editor) {
        std::printf(
            "  one cell edited in the grid  ours %6lld us   the row validated alone %6lld us   ratio %.2f\n",
            ours.editUs, ours.oneRowUs, ours.oneRowUs > 0 ? double(ours.editUs) / ours.oneRowUs : 0.0);
        std::printf("  (ours: the clipboard read on a worker, the rows validated on the GUI thread as one\n"
                    "   undo step; an edit validates its row and the rows sharing its old or new key)\n");
        return 0;
    }
    std::printf("  (ours: read, decode, validate and key index on a worker, with a payload per row for\n"
                "   sending; the baseline only splits the text, and does it on the GUI thread)\n");
    return 0;
}
