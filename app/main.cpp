// Alli Admin: wires the libraries together. Everything of substance lives in app/api,
// app/demo, models/ and ui/.

#include "agentsortproxy.h"
#include "agentspage.h"
#include "appcontroller.h"
#include "bulkeditordialog.h"
#include "confirm.h"
#include "csvreader.h"
#include "demotypes.h"
#include "gridediting.h"
#include "grouppermissionsdialog.h"
#include "historypage.h"
#include "icons.h"
#include "importdialog.h"
#include "importpreviewmodel.h"
#include "languagemanager.h"
#include "languages.h"
#include "mainwindow.h"
#include "permissiongroupspage.h"
#include "profiledialog.h"
#include "secretstore.h"
#include "selectionjobdialog.h"
#include "tablefile.h"
#include "theme.h"

#include <QItemSelectionModel>
#include <QTableView>

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace
{

// Renders every page in every language to DIR/<language>-<page>.png, then quits. Used by
// scripts/screenshots.sh so that the team looks at what users see.
// Lets layouts, menu bars and pending replies settle before a grab (a developer tool only).
void settle(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void scheduleScreenshots(QMainWindow* window, Alli::LanguageManager* languages, const QString& dir)
{
    QTimer::singleShot(500, window, [window, languages, dir] {
        // Visit every page once and fill it like a user would, so the shots show real data.
        auto* nav = window->findChild<QListWidget*>(u"navigation"_s);
        for (int row = 0; nav && row < nav->count(); ++row) {
            nav->setCurrentRow(row);
            settle(150);
        }
        const auto fill = [window](const QString& edit, const QString& text, const QString& button) {
            auto* e = window->findChild<QLineEdit*>(edit);
            auto* b = window->findChild<QPushButton*>(button);
            if (e && b) {
                e->setText(text);
                b->click();
            }
        };
        fill(u"userIdEdit"_s, u"EMP00002"_s, u"lookUpButton"_s);
        fill(u"oauthStateEdit"_s, u"demo-state-google"_s, u"oauthLookUpButton"_s);
        if (auto* test = window->findChild<QPushButton*>(u"testConnection"_s))
            test->click();
        settle(1500);
        for (const QString& name : { u"agentsView"_s, u"groupList"_s, u"toolsView"_s }) {
            if (auto* view = window->findChild<QAbstractItemView*>(name); view && view->model())
                view->setCurrentIndex(view->model()->index(1, 0));
        }
        settle(1000);
        QDir().mkpath(dir);
        const QString original = languages->language();
        const QList<Alli::LanguageInfo> all = Alli::availableLanguages();
        for (const Alli::LanguageInfo& info : all) {
            languages->setLanguage(info.code);
            settle(300);
            for (int row = 0; nav && row < nav->count(); ++row) {
                nav->setCurrentRow(row);
                settle(400);
                window->grab().save(u"%1/%2-%3.png"_s.arg(dir, info.code).arg(row));
            }
        }
        // The import dialog with a small members file, one row of which is invalid.
        const QString sample = dir + u"/sample-members.csv"_s;
        QFile file(sample);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(
                "\xEF\xBB\xBF"
                "email,firstName,lastName,locale,groups,attribute.department\r\n"
                "minjun.kim1@example.com,\xEB\xAF\xBC\xEC\xA4\x80,\xEA\xB9\x80,ko,Support|Sales,Sales\r\n"
                "hanako.sato@example.jp,\xE8\x8A\xB1\xE5\xAD\x90,\xE4\xBD\x90\xE8\x97\xA4,ja,Support,CS\r\n"
                "not-an-email,Emma,Johnson,en,Support,HR\r\n"
                "liam.lee5@example.com,Liam,Lee,english,New Team,HR\r\n");
            file.close();
        }
        auto* history
            = qobject_cast<Alli::HistoryPage*>(static_cast<Alli::MainWindow*>(window)->page(u"history"_s));
        if (Alli::ImportDialog* dialog = history ? history->openImportDialog() : nullptr) {
            dialog->resize(1000, 680);
            dialog->setOperation(Alli::Bulk::Operation::InviteMembers);
            dialog->show();
            settle(300);
            // The first step: the file, or rows pasted from a spreadsheet.
            for (const Alli::LanguageInfo& info : all) {
                languages->setLanguage(info.code);
                settle(300);
                dialog->grab().save(u"%1/%2-import-source.png"_s.arg(dir, info.code));
            }
            dialog->openFile(sample);
            settle(1500);
            for (const Alli::LanguageInfo& info : all) {
                languages->setLanguage(info.code);
                settle(400);
                dialog->grab().save(u"%1/%2-import.png"_s.arg(dir, info.code));
            }
            // The same rows as an Excel workbook (a template's drop-downs make a hidden list sheet):
            // the first step shows the sheet picker and the header row instead of the encoding.
            {
                const QString workbook = dir + u"/sample-members.xlsx"_s;
                QFile csv(sample);
                csv.open(QIODevice::ReadOnly);
                const auto read = Alli::Bulk::CsvReader::read(csv.readAll());
                if (const auto* table = std::get_if<Alli::Bulk::CsvTable>(&read)) {
                    QList<QStringList> rows;
                    for (int r = 0; r < table->rowCount(); ++r)
                        rows.append(table->rowCells(r));
                    Alli::Bulk::TableData data
                        = Alli::Bulk::TableData::fromRows(u"Members"_s, table->header, rows);
                    data.columns[3].choices = { u"ko"_s, u"ja"_s, u"en"_s };
                    if (Alli::Bulk::TableFile::write(workbook, data).isEmpty()) {
                        dialog->openFile(workbook);
                        settle(1500);
                        if (auto* back = dialog->findChild<QPushButton*>(u"backButton"_s))
                            back->click();
                        settle(300);
                        for (const Alli::LanguageInfo& info : all) {
                            languages->setLanguage(info.code);
                            settle(300);
                            dialog->grab().save(u"%1/%2-import-workbook.png"_s.arg(dir, info.code));
                        }
                        dialog->openFile(sample);
                        settle(1500);
                    }
                }
            }
            // The send step once the job has finished: progress, per-row results, report, retry.
            if (dialog->startSending()) {
                settle(3000);
                for (const Alli::LanguageInfo& info : all) {
                    languages->setLanguage(info.code);
                    settle(400);
                    dialog->grab().save(u"%1/%2-import-results.png"_s.arg(dir, info.code));
                }
            }
            dialog->close();
        }
        // "Change groups…" for two selected agents, with one group added: the changes it will send.
        auto* main = static_cast<Alli::MainWindow*>(window);
        main->showPage(u"agents"_s);
        settle(300);
        if (auto* agents = qobject_cast<Alli::AgentsPage*>(main->page(u"agents"_s))) {
            QItemSelectionModel* selection = agents->view()->selectionModel();
            selection->select(agents->proxy()->index(0, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            selection->select(
                agents->proxy()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            if (Alli::SelectionJobDialog* groups = agents->changeGroupsOfSelected()) {
                groups->resize(760, 560);
                settle(1500);
                const QStringList names = groups->availableGroups();
                if (!names.isEmpty())
                    groups->setGroupCheckState(names.last(), Qt::Checked);
                for (const Alli::LanguageInfo& info : all) {
                    languages->setLanguage(info.code);
                    settle(400);
                    groups->grab().save(u"%1/%2-change-groups.png"_s.arg(dir, info.code));
                }
                groups->reject();
            }
            // The same two agents in the groups editor, one row changed and sent.
            if (Alli::BulkEditorDialog* editor = agents->editGroupsInBulk()) {
                editor->resize(1000, 600);
                settle(1500);
                Alli::ImportPreviewModel* model = editor->model();
                const QStringList names = editor->groupNames();
                if (model->dataRowCount() > 1 && !names.isEmpty()) {
                    editor->gridEditing()->edit({ { 1, 1, names.last() } }, QString());
                    editor->send();
                    settle(1500);
                }
                for (const Alli::LanguageInfo& info : all) {
                    languages->setLanguage(info.code);
                    settle(400);
                    editor->grab().save(u"%1/%2-bulk-edit-groups.png"_s.arg(dir, info.code));
                }
                Alli::Confirm::setNextAnswer(false);
                editor->close();
            }
        }
        // A create-agents editor with pasted rows, one of them with problems, before sending.
        if (auto* agents = qobject_cast<Alli::AgentsPage*>(main->page(u"agents"_s))) {
            auto* editor
                = new Alli::BulkEditorDialog(agents->client(), Alli::Bulk::Operation::CreateAgents, window);
            editor->resize(1000, 600);
            editor->show();
            settle(800);
            editor->appendRows({ { u"jiwoo.park@example.com"_s, u"Welcome-2026-kr"_s, u"ko"_s, u"Support"_s },
                { u"yui.tanaka@example.jp"_s, u"Welcome-2026-jp"_s, u"ja"_s, u"Sales"_s },
                { u"not-an-email"_s, u"short"_s, u"korean"_s, u"Support"_s } });
            settle(400);
            for (const Alli::LanguageInfo& info : all) {
                languages->setLanguage(info.code);
                settle(400);
                editor->grab().save(u"%1/%2-bulk-edit.png"_s.arg(dir, info.code));
            }
            Alli::Confirm::setNextAnswer(false);
            editor->close();
            delete editor;
        }
        // The permissions of several groups, one permission given to two of them.
        if (auto* groupsPage = qobject_cast<Alli::PermissionGroupsPage*>(main->page(u"groups"_s))) {
            Alli::GroupPermissionsDialog* several = groupsPage->editSeveralGroups();
            several->resize(1000, 680);
            settle(1500);
            Alli::GroupPermissionsModel* model = several->model();
            if (model->groupCount() > 2 && model->rowCount() > 0) {
                const QModelIndex category = model->index(0, 0);
                const QString name
                    = model->index(0, 0, category).data(Alli::GroupPermissionsModel::NameRole).toString();
                model->setChecked(name, false, { 1, 2 }, !model->matrixOf(1)->isChecked(name));
            }
            for (const Alli::LanguageInfo& info : all) {
                languages->setLanguage(info.code);
                settle(400);
                several->grab().save(u"%1/%2-several-groups.png"_s.arg(dir, info.code));
            }
            Alli::Confirm::setNextAnswer(true);
            several->close();
        }
        // A connection profile behind a company proxy.
        {
            QNetworkAccessManager nam;
            Alli::ProfileDialog profile(&nam, window);
            Alli::ConnectionProfile p;
            p.name = u"Production (JA)"_s;
            p.settings.region = Alli::ConnectionSettings::Region::JA;
            p.proxy.mode = Alli::ProxySettings::Mode::Manual;
            p.proxy.host = u"proxy.corp.example"_s;
            p.proxy.port = 8080;
            p.proxy.bypass = { u"localhost"_s, u".corp.example"_s };
            p.proxy.user = u"kim.minjun"_s;
            profile.setProfile(p);
            profile.show();
            settle(300);
            for (const Alli::LanguageInfo& info : all) {
                languages->setLanguage(info.code);
                settle(300);
                profile.grab().save(u"%1/%2-profile.png"_s.arg(dir, info.code));
            }
        }
        // An empty state on a view: the agents filtered by an address nobody has.
        main->showPage(u"agents"_s);
        if (auto* filter = window->findChild<QLineEdit*>(u"agentFilter"_s)) {
            filter->setText(u"nobody@nowhere"_s);
            settle(1500);
            for (const Alli::LanguageInfo& info : all) {
                languages->setLanguage(info.code);
                settle(400);
                window->grab().save(u"%1/%2-agents-empty.png"_s.arg(dir, info.code));
            }
            filter->clear();
        }
        // The JSON viewer: the activity log's answer to the agents list, searched, and a tool's
        // raw fields.
        main->showPage(u"activity"_s);
        if (auto* view = window->findChild<QAbstractItemView*>(u"activityView"_s); view && view->model()) {
            view->setCurrentIndex(view->model()->index(0, 0));
            if (auto* tabs = window->findChild<QTabWidget*>(u"activityDetailTabs"_s))
                tabs->setCurrentIndex(2);
            if (auto* response = window->findChild<QWidget*>(u"activityResponseJson"_s)) {
                if (auto* search = response->findChild<QLineEdit*>(u"jsonSearch"_s))
                    search->setText(u"kim"_s);
            }
            settle(400);
            for (const Alli::LanguageInfo& info : all) {
                languages->setLanguage(info.code);
                settle(400);
                window->grab().save(u"%1/%2-activity-json.png"_s.arg(dir, info.code));
            }
        }
        main->showPage(u"tools"_s);
        if (auto* tabs = window->findChild<QTabWidget*>(u"toolDetailTabs"_s)) {
            tabs->setCurrentIndex(1);
            settle(400);
            for (const Alli::LanguageInfo& info : all) {
                languages->setLanguage(info.code);
                settle(400);
                window->grab().save(u"%1/%2-tools-json.png"_s.arg(dir, info.code));
            }
        }
        languages->setLanguage(original);
        QCoreApplication::quit();
    });
}

// The options of alli-admin. Built for a QCoreApplication too, so that --help and --version
// answer before any display is needed.
struct Options {
    QCommandLineOption demo { u"demo"_s,
        u"Start on the embedded demo backend: a seeded project on 127.0.0.1 that needs no account "
        "(without this option the last used connection opens, or the welcome screen)."_s };
    QCommandLineOption language { u"language"_s, u"User interface language: en, ko or ja."_s, u"code"_s };
    QCommandLineOption agents { u"demo-agents"_s, u"Number of agents in the demo project."_s, u"n"_s };
    QCommandLineOption latency { u"demo-latency-ms"_s, u"Latency of every demo answer."_s, u"ms"_s };
    QCommandLineOption screenshots { u"screenshots"_s,
        u"Save a screenshot of every page in every language to DIR, then quit."_s, u"dir"_s };
    QCommandLineOption theme { u"theme"_s,
        u"Colours: system, light or dark (remembered, like Settings > Appearance)."_s, u"name"_s };
    QCommandLineOption windowSize { u"window-size"_s, u"Size of the main window, e.g. 1280x720."_s,
        u"WxH"_s };

    void addTo(QCommandLineParser& parser) const
    {
        parser.setApplicationDescription(u"Desktop console for administrators of Alli projects."_s);
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({ demo, language, agents, latency, screenshots, theme, windowSize });
    }
};

void setApplicationNames()
{
    QCoreApplication::setApplicationName(u"Alli Admin"_s);
    QCoreApplication::setOrganizationName(u"AlliAdmin"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ALLI_VERSION));
}

// True when the command line only asks for help, the version, or is wrong: all answered on the
// terminal, without a display (a QApplication would abort on a machine without one).
bool answersWithoutDisplay(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (answersWithoutDisplay(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        QCommandLineParser parser;
        Options().addTo(parser);
        parser.process(app); // prints and exits for --help and --version, or on a bad option
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setWindowIcon(Alli::Icons::appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral(ALLI_APP_ID)); // the launcher entry and icon

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);
    const QCommandLineOption& demoOption = options.demo;
    const QCommandLineOption& languageOption = options.language;
    const QCommandLineOption& agentsOption = options.agents;
    const QCommandLineOption& latencyOption = options.latency;
    const QCommandLineOption& screenshotOption = options.screenshots;

    QSettings settings;
    if (parser.isSet(options.theme))
        settings.setValue(u"ui/theme"_s, Alli::Theme::key(Alli::Theme::fromKey(parser.value(options.theme))));
    Alli::Theme::apply(Alli::Theme::fromKey(settings.value(u"ui/theme"_s).toString()));
    Alli::LanguageManager languages;
    QString language = parser.value(languageOption);
    if (language.isEmpty())
        language = settings.value(u"ui/language"_s).toString();
    if (language.isEmpty() || !languages.setLanguage(language))
        languages.setLanguage(Alli::languageForLocale(QLocale::system()));
    QObject::connect(&languages, &Alli::LanguageManager::languageChanged, &app,
        [](const QString& code) { QSettings().setValue(u"ui/language"_s, code); });

    Alli::Demo::DemoOptions demoOptions;
    if (parser.isSet(agentsOption))
        demoOptions.agentCount = parser.value(agentsOption).toInt();
    if (parser.isSet(latencyOption))
        demoOptions.latencyMs = parser.value(latencyOption).toInt();

    Alli::KeychainSecretStore secrets(u"Alli Admin"_s);
    Alli::AppController controller(&languages, &secrets, &settings, demoOptions);
    const bool demo = parser.isSet(demoOption) || parser.isSet(screenshotOption);
    if (!controller.start(demo))
        return 1;
    if (parser.isSet(options.windowSize) && controller.window()) {
        const QStringList wh = parser.value(options.windowSize).split(u'x');
        if (wh.size() == 2 && wh.at(0).toInt() > 0 && wh.at(1).toInt() > 0)
            controller.window()->resize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    if (parser.isSet(screenshotOption)) {
        scheduleScreenshots(controller.window(), &languages, parser.value(screenshotOption));
    }
    return app.exec();
}
