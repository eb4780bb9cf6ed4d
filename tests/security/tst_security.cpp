// Security checks after a realistic session.
//
// The test runs with private XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_STATE_HOME and
// HOME (set in main() before anything reads them). A GUI session on two connection profiles (an
// API key and a bearer token, neither the demo's) against the demo backend visits every page,
// looks up an OAuth2 configuration (so its client_secret passes through the app), imports a
// members file through the import dialog, saves its report and undo file, exports the agents, and
// the CLI imports a file with --report. Then every byte of every file under those folders and the
// report folder is searched for the key, the token and the client secret, raw, base64 (at every
// alignment, standard and URL alphabets), percent-encoded, UTF-16 and hex.
//
// Also: a base URL that is neither HTTPS nor loopback is refused by the settings, the profile
// dialog, the client (sending nothing) and the CLI (exit 2, nothing sent); and every saved
// report and export neutralises formula cells.

#include "agentlistmodel.h"
#include "agentspage.h"
#include "alliclient.h"
#include "appcontroller.h"
#include "connectionprofile.h"
#include "csvreader.h"
#include "demoserver.h"
#include "fieldtreemodel.h"
#include "historypage.h"
#include "importdialog.h"
#include "journal.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "oauth2page.h"
#include "profiledialog.h"
#include "profiletools.h"
#include "relayproxy.h"
#include "secretstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;

namespace
{

// Neither is the demo's default; both use characters that percent-encoding and base64 change.
const QString kApiKey = u"sk-live_Q7x+9Zp/L2mN=4vR8tY~k3W"_s;
const QString kToken = u"tok.eyJzdWIiOiJhZG1pbiJ9.s1gn+ature/Xq=="_s;
const QString kClientSecret = u"demo-client-secret-google"_s; // seeded by the demo backend
const QString kProxyPassword = u"Pr0xy+corp/Pass=9"_s; // typed at the proxy's login question
const QString kOAuthState = u"demo-state-google"_s;

QString g_root; // set by main()

// Every message of every category at every level (main() turns them all on) goes to a file under
// the scanned folders, so that a secret in any log line is found like one in any other file.
QtMessageHandler g_testHandler = nullptr;
int g_loggedLines = 0;
void logToSessionFile(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static QFile file(g_root + u"/state/session.log"_s);
    if (!file.isOpen())
        file.open(QIODevice::WriteOnly | QIODevice::Append);
    file.write(QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n');
    file.flush();
    ++g_loggedLines;
    if (g_testHandler && type != QtDebugMsg && type != QtInfoMsg)
        g_testHandler(type, context, message); // QtTest's own handler: warnings stay visible
}

struct Form {
    QString name;
    QByteArray bytes;
};

// Every way a secret could end up in a file.
QList<Form> formsOf(const QString& secret)
{
    const QByteArray raw = secret.toUtf8();
    QList<Form> forms { { u"raw"_s, raw } };
    const QByteArray percent = QUrl::toPercentEncoding(secret);
    if (percent != raw)
        forms.append({ u"percent-encoded"_s, percent });
    forms.append({ u"percent-encoded (lower case)"_s, percent.toLower() });
    forms.append({ u"form-encoded"_s, QByteArray(percent).replace("%20", "+") });
    // Base64 of the secret inside a longer text depends on where it starts (mod 3): the part of
    // the encoding that only the secret determines, for each alignment and both alphabets.
    for (int pad = 0; pad < 3; ++pad) {
        const QByteArray encoded
            = QByteArray(QByteArray(pad, '\0') + raw).toBase64(QByteArray::OmitTrailingEquals);
        const qsizetype from = (8 * pad + 5) / 6;
        const qsizetype to = (8 * (pad + raw.size())) / 6;
        const QByteArray stable = encoded.mid(from, to - from);
        forms.append({ u"base64 (offset %1)"_s.arg(pad), stable });
        forms.append(
            { u"base64url (offset %1)"_s.arg(pad), QByteArray(stable).replace('+', '-').replace('/', '_') });
    }
    forms.append(
        { u"UTF-16"_s, QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2) });
    forms.append({ u"hex"_s, raw.toHex() });
    forms.append({ u"HEX"_s, raw.toHex().toUpper() });
    return forms;
}

struct Hit {
    QString file;
    QString secret;
    QString form;
};

// Searches every file under `roots` (hidden ones too) for every form of every secret.
QList<Hit> scan(const QStringList& roots, const QList<QPair<QString, QString>>& secrets,
    int* scannedFiles = nullptr, qint64* scannedBytes = nullptr)
{
    QList<QPair<QString, QList<Form>>> all;
    for (const auto& [name, secret] : secrets)
        all.append({ name, formsOf(secret) });
    QList<Hit> hits;
    QSet<QString> seen;
    int files = 0;
    qint64 bytes = 0;
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info(path);
            if (!info.isFile() || seen.contains(info.canonicalFilePath()))
                continue;
            seen.insert(info.canonicalFilePath());
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                hits.append({ path, u"(unreadable)"_s, file.errorString() });
                continue;
            }
            const QByteArray content = file.readAll();
            ++files;
            bytes += content.size();
            for (const auto& [name, forms] : all) {
                for (const Form& form : forms) {
                    if (!form.bytes.isEmpty() && content.contains(form.bytes))
                        hits.append({ path, name, form.name });
                }
            }
        }
    }
    if (scannedFiles)
        *scannedFiles = files;
    if (scannedBytes)
        *scannedBytes = bytes;
    return hits;
}

QString describe(const QList<Hit>& hits)
{
    QStringList lines;
    for (const Hit& h : hits)
        lines << u"%1: %2 (%3)"_s.arg(h.file, h.secret, h.form);
    return lines.join(u'\n');
}

// No cell of a CSV file may start with a character a spreadsheet would evaluate.
QString formulaCellIn(const QByteArray& bytes)
{
    const auto result = Bulk::CsvReader::read(bytes);
    if (const auto* error = std::get_if<Bulk::CsvError>(&result))
        return u"unreadable: "_s + error->message;
    const Bulk::CsvTable& table = std::get<Bulk::CsvTable>(result);
    QList<QStringList> records { table.header };
    for (int r = 0; r < table.rowCount(); ++r)
        records.append(table.rowCells(r));
    for (const QStringList& cells : std::as_const(records)) {
        for (const QString& cell : cells) {
            if (!cell.isEmpty() && QStringView(u"=+-@\t\r\n").contains(cell.front()))
                return cell;
        }
    }
    return {};
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Scrolls a paged agents list to its end, as a user scrolling down would.
bool loadedToTheEnd(AgentListModel* model)
{
    if (!model->isLoading() && model->canFetchMore({}))
        model->fetchMore({});
    return model->isStarted() && model->atEnd() && !model->isLoading();
}

class CountingNam : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scannerFindsPlantedSecrets();
    void guiSession();
    void cliSession();
    void agentPasswordsAreNotKept();
    void noSecretOnDisk();
    void reportsNeutraliseFormulas();
    void plainHttpRefused_data();
    void plainHttpRefused();
    void cliRefusesPlainHttp();
    void cliSendsNothingOverPlainHttp();

private:
    QString reportDir() const { return g_root + u"/home/Documents/alli-reports"_s; }
    QString writeFile(const QString& path, const QByteArray& content);
    // The GUI and CLI sessions whose files the checks read: run here when the checks run alone.
    void ensureSessions();

    std::unique_ptr<Demo::DemoServer> m_demo;
    LanguageManager m_languages;
    QString m_guiReport, m_guiUndo, m_historyReport, m_agentsExport, m_cliReport;
};

void TestSecurity::initTestCase()
{
    QVERIFY(!g_root.isEmpty());
    g_testHandler = qInstallMessageHandler(logToSessionFile);
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        g_root + u"/data/AlliAdmin/Alli Admin"_s);
    QVERIFY(QDir().mkpath(reportDir()));
    Demo::DemoOptions options;
    options.apiKey = kApiKey;
    options.token = kToken;
    m_demo = std::make_unique<Demo::DemoServer>(options);
    QVERIFY2(m_demo->start(), qPrintable(m_demo->errorString()));
    QCOMPARE(m_demo->apiKey(), kApiKey);
    QVERIFY(m_languages.setLanguage(u"en"_s));
}

void TestSecurity::cleanupTestCase()
{
    m_demo.reset();
    qInstallMessageHandler(g_testHandler);
}

QString TestSecurity::writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void TestSecurity::scannerFindsPlantedSecrets()
{
    // The scanner must be able to fail: plant each form in files of its own.
    QTemporaryDir planted;
    QVERIFY(planted.isValid());
    const QList<QPair<QString, QString>> secrets { { u"key"_s, kApiKey }, { u"token"_s, kToken },
        { u"client_secret"_s, kClientSecret } };
    writeFile(planted.filePath(u"clean.conf"_s), "[window]\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcb)\n");
    QCOMPARE(scan({ planted.path() }, secrets).size(), 0);

    writeFile(planted.filePath(u"raw.log"_s),
        QByteArray("\x01\x02 header API-KEY: ", 19) + kApiKey.toUtf8() + "\n");
    QDir(planted.path()).mkpath(u".hidden"_s);
    writeFile(planted.filePath(u".hidden/b64.json"_s),
        "{\"blob\":\"" + QByteArray("xy" + kToken.toUtf8()).toBase64() + "\"}"); // offset 2 inside the blob
    writeFile(planted.filePath(u"url.txt"_s),
        "https://x.example/cb?client_secret=" + QUrl::toPercentEncoding(kClientSecret) + "&a=1");
    writeFile(planted.filePath(u"percent.txt"_s), "k=" + QUrl::toPercentEncoding(kApiKey));
    writeFile(planted.filePath(u"wide.bin"_s),
        QByteArray("\xFF\xFE", 2)
            + QByteArray(reinterpret_cast<const char*>(kToken.utf16()), kToken.size() * 2));
    const QList<Hit> hits = scan({ planted.path() }, secrets);
    const auto found = [&](const QString& file, const QString& secret, const QString& form) {
        return std::any_of(hits.cbegin(), hits.cend(), [&](const Hit& h) {
            return h.file.endsWith(file) && h.secret == secret && h.form.startsWith(form);
        });
    };
    QVERIFY2(found(u"raw.log"_s, u"key"_s, u"raw"_s), qPrintable(describe(hits)));
    QVERIFY2(found(u"b64.json"_s, u"token"_s, u"base64"_s), qPrintable(describe(hits)));
    QVERIFY2(found(u"url.txt"_s, u"client_secret"_s, u"raw"_s), qPrintable(describe(hits)));
    QVERIFY2(found(u"percent.txt"_s, u"key"_s, u"percent-encoded"_s), qPrintable(describe(hits)));
    QVERIFY2(found(u"wide.bin"_s, u"token"_s, u"UTF-16"_s), qPrintable(describe(hits)));
    QVERIFY(!found(u"clean.conf"_s, u"key"_s, QString()));
}

void TestSecurity::guiSession()
{
    QSettings settings; // XDG_CONFIG_HOME/AlliAdmin/Alli Admin.conf, as the application's
    MemorySecretStore secrets;
    ConnectionProfile keyProfile;
    keyProfile.name = u"Production (key)"_s;
    keyProfile.settings.region = ConnectionSettings::Region::Custom;
    keyProfile.settings.customBaseUrl = m_demo->baseUrl();
    keyProfile.settings.authMethod = ConnectionSettings::AuthMethod::ApiKey;
    keyProfile.settings.projectId = u"project-7"_s;
    keyProfile.settings.secret = kApiKey; // a careless caller: ProfileStore must drop it
    ConnectionProfile tokenProfile = keyProfile;
    keyProfile = Testing::saveProfileWithSecret(keyProfile, kApiKey, settings, secrets, this);
    tokenProfile.name = u"Production (token)"_s;
    tokenProfile.settings.authMethod = ConnectionSettings::AuthMethod::Token;
    tokenProfile.settings.secret = kToken;
    tokenProfile = Testing::saveProfileWithSecret(tokenProfile, kToken, settings, secrets, this);

    AppController controller(&m_languages, &secrets, &settings, Demo::DemoOptions {});
    controller.startProfile(keyProfile.id);
    QTRY_VERIFY_WITH_TIMEOUT(controller.window(), 10000);
    QPointer<MainWindow> window = controller.window();
    QCOMPARE(controller.client()->connection().secret, kApiKey);

    // Every page, as a user clicking through the navigation.
    for (ConsolePage* page : window->pages())
        window->showPage(page->pageId());
    auto* agents = qobject_cast<AgentsPage*>(window->page(u"agents"_s));
    QVERIFY(agents);
    window->showPage(u"agents"_s);
    QTRY_VERIFY_WITH_TIMEOUT(loadedToTheEnd(agents->model()), 30000);
    QCOMPARE(agents->model()->rowCount(), m_demo->agentCount());

    // The OAuth2 client secret passes through the page (and is revealed on screen).
    auto* oauth = qobject_cast<OAuth2Page*>(window->page(u"oauth2"_s));
    QVERIFY(oauth);
    window->showPage(u"oauth2"_s);
    oauth->lookUp(kOAuthState);
    QTRY_VERIFY_WITH_TIMEOUT(oauth->hasConfiguration(), 10000);
    auto* reveal = oauth->findChild<QCheckBox*>(u"revealSecrets"_s);
    QVERIFY(reveal);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(oauth->model()
                 ->indexOfKey(u"client_secret"_s)
                 .siblingAtColumn(int(FieldTreeModel::Column::Value))
                 .data()
                 .toString(),
        kClientSecret);
    QTest::mouseClick(reveal, Qt::LeftButton);

    // A members import through the import dialog, with a cell for every formula character.
    const QString csv = writeFile(reportDir() + u"/members.csv"_s,
        "email,firstName,lastName,attribute.note,attribute.dept,attribute.tab,attribute.cr,attribute.lf\r\n"
        "sec.formula1@example.com,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",+SUM(1),-2+3,@cmd,"
        "\"\tTab\",\"\rCR\",\"\nLF\"\r\n"
        "sec.plain2@example.com,Plain,Name,,,,,\r\n");
    QVERIFY(!csv.isEmpty());
    auto* history = qobject_cast<HistoryPage*>(window->page(u"history"_s));
    QVERIFY(history);
    window->showPage(u"history"_s);
    QPointer<ImportDialog> dialog = history->openImportDialog();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog.data(), &ImportDialog::loadingFinished);
    dialog->setOperation(Bulk::Operation::InviteMembers);
    dialog->openFile(csv);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
    QVERIFY2(loaded.first().first().toBool(), qPrintable(dialog->errorText()));
    QSignalSpy sent(dialog.data(), &ImportDialog::sendingFinished);
    auto* send = dialog->findChild<QPushButton*>(u"sendButton"_s);
    QVERIFY(send && send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
    QVERIFY(dialog->job());
    QCOMPARE(Bulk::countStates(dialog->job()->results()).succeeded, 2);
    m_guiReport = reportDir() + u"/gui-report.csv"_s;
    m_guiUndo = reportDir() + u"/gui-undo.csv"_s;
    QVERIFY(dialog->saveReport(m_guiReport));
    QVERIFY(dialog->saveUndoFile(m_guiUndo));
    const qint64 jobId = dialog->journalJobId();
    QVERIFY(jobId >= 0);
    dialog->close();
    m_historyReport = history->exportReport(jobId);
    QVERIFY(!m_historyReport.isEmpty());
    QVERIFY(m_historyReport.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));

    // The agents export, now with the invited member whose name is a formula.
    window->showPage(u"agents"_s);
    agents->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(loadedToTheEnd(agents->model()), 30000);
    QCOMPARE(agents->model()->rowCount(), m_demo->agentCount());
    QSignalSpy exported(agents, &AgentsPage::exportFinished);
    m_agentsExport = reportDir() + u"/agents.csv"_s;
    agents->exportCsv(m_agentsExport);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 20000);
    QVERIFY2(exported.first().first().toBool(), qPrintable(exported.first().at(1).toString()));

    // The token profile: the switch builds a new client and window with the bearer token.
    emit window->switchConnectionRequested(tokenProfile.id);
    QTRY_VERIFY_WITH_TIMEOUT(!window, 10000);
    QVERIFY(controller.window());
    QCOMPARE(controller.client()->connection().authMethod, ConnectionSettings::AuthMethod::Token);
    QCOMPARE(controller.client()->connection().secret, kToken);
    for (ConsolePage* page : controller.window()->pages())
        controller.window()->showPage(page->pageId());
    auto* agents2 = qobject_cast<AgentsPage*>(controller.window()->page(u"agents"_s));
    controller.window()->showPage(u"agents"_s);
    QTRY_VERIFY_WITH_TIMEOUT(agents2->model()->rowCount() > 0, 20000);
    auto* oauth2 = qobject_cast<OAuth2Page*>(controller.window()->page(u"oauth2"_s));
    controller.window()->showPage(u"oauth2"_s);
    oauth2->lookUp(kOAuthState);
    QTRY_VERIFY_WITH_TIMEOUT(oauth2->hasConfiguration(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        controller.client()->inFlight() == 0 && controller.client()->queued() == 0, 20000);

    // A third profile behind a proxy that asks for a login: the password typed at the question
    // (and kept in the keychain, as asked) must not reach any file either.
    Testing::RelayProxy proxy;
    proxy.setRequiredLogin("corp-kim", kProxyPassword.toUtf8());
    QVERIFY(proxy.start());
    ConnectionProfile proxied = keyProfile;
    proxied.id.clear();
    proxied.name = u"Production (proxy)"_s;
    proxied.proxy.mode = ProxySettings::Mode::Manual;
    proxied.proxy.host = u"127.0.0.1"_s;
    proxied.proxy.port = proxy.port();
    proxied.proxy.user = u"corp-kim"_s;
    proxied = Testing::saveProfileWithSecret(proxied, kApiKey, settings, secrets, this);
    int asked = 0;
    controller.setProxyLoginPrompt([&](const QNetworkProxy&, const QString& user, const QString&) {
        ++asked;
        return std::optional<ProxyLogin>(ProxyLogin { user, kProxyPassword, true });
    });
    emit controller.window()->switchConnectionRequested(proxied.id);
    QTRY_VERIFY_WITH_TIMEOUT(
        controller.client() && controller.client()->connection().secret == kApiKey, 10000);
    auto* agents3 = qobject_cast<AgentsPage*>(controller.window()->page(u"agents"_s));
    controller.window()->showPage(u"agents"_s);
    QTRY_VERIFY_WITH_TIMEOUT(agents3->model()->rowCount() > 0, 20000);
    QVERIFY(asked >= 1);
    QVERIFY(proxy.requests() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        controller.client()->inFlight() == 0 && controller.client()->queued() == 0, 20000);

    controller.window()->close();
    settings.sync();
    // The profiles are remembered, without their secrets (checked with the rest below).
    QCOMPARE(ProfileStore(settings).profiles().size(), 3);
}

void TestSecurity::cliSession()
{
    const QString csv = writeFile(reportDir() + u"/cli-members.csv"_s,
        "email,firstName,lastName\r\nsec.cli1@example.com,=1+2,-3\r\nsec.cli2@example.com,@x,+y\r\n");
    m_cliReport = reportDir() + u"/cli-report.csv"_s;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // the private XDG folders of main()
    env.insert(u"ALLI_API_KEY"_s, kApiKey);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true;qt.*.debug=false"_s); // every line the CLI can log
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ALLI_CLI_PATH),
        { u"--base-url"_s, m_demo->baseUrl().toString(), u"members"_s, u"import"_s, csv, u"--action"_s,
            u"invite"_s, u"--report"_s, m_cliReport });
    QVERIFY(process.waitForFinished(60000));
    const QByteArray out = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, out.constData());
    QVERIFY(!out.contains(kApiKey.toUtf8()));
    // Its whole output goes under the scanned folders: noSecretOnDisk() checks every form.
    QVERIFY(!writeFile(g_root + u"/state/cli-session.log"_s, out).isEmpty());
    QVERIFY2(out.contains("alli."), "the CLI logged nothing: the secret scan would prove nothing");
    QVERIFY(m_demo->agentByEmail(u"sec.cli2@example.com"_s).has_value());
}

void TestSecurity::agentPasswordsAreNotKept()
{
    // An agent's initial password is sent, and then never written to a report or left in the
    // journal's rows (neither in the original cells nor, once answered, in the payload).
    const QString password = u"Init!Pass-4242"_s;
    const QString csv = writeFile(reportDir() + u"/cli-agents.csv"_s,
        "email,password,locale\r\nsec.agent1@example.com," + password.toUtf8() + ",ko\r\n");
    const QString report = reportDir() + u"/cli-agents-report.csv"_s;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ALLI_API_KEY"_s, kApiKey);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ALLI_CLI_PATH),
        { u"--base-url"_s, m_demo->baseUrl().toString(), u"agents"_s, u"import"_s, csv, u"--action"_s,
            u"create"_s, u"--report"_s, report });
    QVERIFY(process.waitForFinished(60000));
    const QByteArray out = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, out.constData());
    QVERIFY(m_demo->agentByEmail(u"sec.agent1@example.com"_s).has_value());
    QVERIFY(!out.contains(password.toUtf8()));

    QFile saved(report);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QVERIFY(bytes.contains("sec.agent1@example.com"));
    QVERIFY2(!bytes.contains(password.toUtf8()), bytes.constData());
    QVERIFY(bytes.contains("********"));

    Bulk::JobJournal journal(ImportDialog::journalPath());
    QVERIFY(journal.isOpen());
    const QList<Bulk::JobSummary> jobs = journal.jobs();
    QVERIFY(!jobs.isEmpty());
    const std::optional<Bulk::StoredJob> stored = journal.load(jobs.constFirst().id);
    QVERIFY(stored);
    QCOMPARE(stored->summary.operation, Bulk::Operation::CreateAgents);
    QCOMPARE(int(stored->rows.size()), 1);
    QVERIFY(!stored->rows.constFirst().cells.toList().join(u',').contains(password));
    QVERIFY(!stored->rows.constFirst().payload.object().contains(u"password"_s));
}

void TestSecurity::ensureSessions()
{
    if (m_guiReport.isEmpty())
        guiSession();
    if (m_cliReport.isEmpty() && !QTest::currentTestFailed())
        cliSession();
}

void TestSecurity::noSecretOnDisk()
{
    ensureSessions();
    if (QTest::currentTestFailed())
        return;
    const QStringList roots { g_root + u"/config"_s, g_root + u"/data"_s, g_root + u"/cache"_s,
        g_root + u"/state"_s, g_root + u"/home"_s, reportDir() };
    // What the session left: settings, the shared journal, the reports, the export.
    QVERIFY(QFile::exists(QSettings().fileName()));
    QVERIFY(QSettings().fileName().startsWith(g_root + u"/config/"_s));
    QVERIFY(QFile::exists(ImportDialog::journalPath()));
    for (const QString& f : { m_guiReport, m_guiUndo, m_historyReport, m_agentsExport, m_cliReport })
        QVERIFY2(QFile::exists(f), qPrintable(f));

    int files = 0;
    qint64 bytes = 0;
    const QList<Hit> hits = scan(roots,
        { { u"API key"_s, kApiKey }, { u"token"_s, kToken }, { u"OAuth2 client_secret"_s, kClientSecret },
            { u"proxy password"_s, kProxyPassword } },
        &files, &bytes);
    qInfo("scanned %d files, %lld bytes", files, bytes);
    QVERIFY(files >= 7);
    // The session's own log lines, every category at every level, are among them.
    QVERIFY2(g_loggedLines > 50, qPrintable(QString::number(g_loggedLines)));
    QFile log(g_root + u"/state/session.log"_s);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY(logged.contains("alli.api"));
    QVERIFY2(hits.isEmpty(), qPrintable(u"secrets on disk:\n"_s + describe(hits)));
}

void TestSecurity::reportsNeutraliseFormulas()
{
    ensureSessions();
    if (QTest::currentTestFailed())
        return;
    for (const QString& path : { m_guiReport, m_historyReport, m_cliReport, m_agentsExport, m_guiUndo }) {
        const QByteArray bytes = readAll(path);
        QVERIFY2(!bytes.isEmpty(), qPrintable(path));
        const QString cell = formulaCellIn(bytes);
        QVERIFY2(cell.isEmpty(), qPrintable(path + u": "_s + cell));
    }
    // The bytes themselves, cell by cell, for each of = + - @ tab CR LF.
    for (const QString& path : { m_guiReport, m_historyReport }) {
        const QByteArray bytes = readAll(path);
        QVERIFY2(bytes.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""), bytes.constData());
        QVERIFY(bytes.contains(",'+SUM(1),"));
        QVERIFY(bytes.contains(",'-2+3,"));
        QVERIFY(bytes.contains(",'@cmd,"));
        QVERIFY(bytes.contains(",'\tTab,"));
        QVERIFY(bytes.contains(",\"'\rCR\","));
        QVERIFY(bytes.contains(",\"'\nLF\","));
    }
    const QByteArray cli = readAll(m_cliReport);
    QVERIFY(cli.contains("sec.cli1@example.com,'=1+2,'-3,"));
    QVERIFY(cli.contains("sec.cli2@example.com,'@x,'+y,"));
    const QByteArray agents = readAll(m_agentsExport);
    QVERIFY(agents.contains("'=HYPERLINK(") && agents.contains("sec.formula1@example.com"));
}

void TestSecurity::plainHttpRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http://example.com") << u"http://example.com"_s << false;
    QTest::newRow("HTTP://EXAMPLE.COM:80") << u"HTTP://EXAMPLE.COM:80"_s << false;
    QTest::newRow("a LAN address") << u"http://192.168.1.20:8080"_s << false;
    QTest::newRow("a private address") << u"http://10.0.0.1"_s << false;
    QTest::newRow("localhost as a subdomain") << u"http://localhost.example.com"_s << false;
    QTest::newRow("127.0.0.1 as a subdomain") << u"http://127.0.0.1.nip.io"_s << false;
    QTest::newRow("IPv4-mapped IPv6 of a LAN address") << u"http://[::ffff:10.0.0.1]"_s << false;
    QTest::newRow("userinfo that looks like localhost") << u"http://localhost@evil.example"_s << false;
    QTest::newRow("ftp") << u"ftp://example.com"_s << false;
    QTest::newRow("ws") << u"ws://example.com"_s << false;
    QTest::newRow("no scheme") << u"example.com"_s << false;
    QTest::newRow("https") << u"https://example.com"_s << true;
    QTest::newRow("http on 127.0.0.1") << u"http://127.0.0.1:9"_s << true;
    QTest::newRow("http on 127.8.9.10") << u"http://127.8.9.10:9"_s << true;
    QTest::newRow("http on localhost") << u"http://localhost:9"_s << true;
    QTest::newRow("http on [::1]") << u"http://[::1]:9"_s << true;
}

void TestSecurity::plainHttpRefused()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    ConnectionSettings settings;
    settings.region = ConnectionSettings::Region::Custom;
    settings.customBaseUrl = QUrl(url);
    settings.secret = kApiKey;
    QCOMPARE(settings.validationError().isEmpty(), allowed);

    // The profile dialog says so and will not accept it.
    QNetworkAccessManager dialogNam;
    ProfileDialog dialog(&dialogNam);
    ConnectionProfile profile;
    profile.name = u"Test"_s;
    profile.settings = settings;
    dialog.setProfile(profile);
    auto* secret = dialog.findChild<QLineEdit*>(u"profileSecret"_s);
    QVERIFY(secret);
    secret->setText(kApiKey);
    QCOMPARE(dialog.validationError().isEmpty(), allowed);
    if (auto* box = dialog.findChild<QDialogButtonBox*>(); box && box->button(QDialogButtonBox::Ok))
        QCOMPARE(box->button(QDialogButtonBox::Ok)->isEnabled(), allowed);

    if (allowed)
        return;
    // The client sends nothing at all with such settings.
    CountingNam nam;
    AlliClient client(&nam);
    client.setConnection(settings);
    auto* reply = client.listAgents();
    reply->setAutoDelete(false);
    std::unique_ptr<ApiReply> owned(reply);
    QTRY_VERIFY(owned->isFinished());
    QCOMPARE(owned->error().kind(), ApiError::Kind::InvalidSettings);
    QCOMPARE(nam.created, 0);
}

void TestSecurity::cliRefusesPlainHttp()
{
    const QString csv = writeFile(reportDir() + u"/http.csv"_s, "ownUserId\r\nEMP00007\r\n");
    const auto run = [&](const QString& url) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ALLI_API_KEY"_s, kApiKey);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ALLI_CLI_PATH),
            { u"--base-url"_s, url, u"users"_s, u"import"_s, csv, u"--action"_s, u"delete"_s });
        process.waitForFinished(60000);
        return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAllStandardError()));
    };
    const int before = m_demo->requestCount();
    const auto [code, err] = run(u"http://example.com"_s);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(u"HTTPS"_s), qPrintable(err));
    QVERIFY(!err.contains(kApiKey));

    QCOMPARE(m_demo->requestCount(), before);
    QVERIFY(m_demo->userExists(u"EMP00007"_s));
}

// Proof that nothing is sent: a plain-HTTP listener on this machine's non-loopback address (a
// loopback one would be allowed). Skipped, and said so, on a machine that has none.
void TestSecurity::cliSendsNothingOverPlainHttp()
{
    QHostAddress lan;
    for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()) {
            lan = a;
            break;
        }
    }
    if (lan.isNull())
        QSKIP("this machine has no non-loopback IPv4 address to listen on");
    QTcpServer listener;
    QVERIFY(listener.listen(lan));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ALLI_API_KEY"_s, kApiKey);
    process.setProcessEnvironment(env);
    const QString csv = writeFile(reportDir() + u"/plain-http-lan.csv"_s, "ownUserId\r\nEMP00008\r\n");
    process.start(QStringLiteral(ALLI_CLI_PATH),
        { u"--base-url"_s, u"http://%1:%2"_s.arg(lan.toString()).arg(listener.serverPort()), u"users"_s,
            u"import"_s, csv, u"--action"_s, u"delete"_s });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(u"HTTPS"_s), qPrintable(err));
    // The CLI has exited: a connection it made would already be waiting.
    QVERIFY(!listener.waitForNewConnection(200));
}

int main(int argc, char** argv)
{
    // Private folders for everything the session writes, before anything reads the environment.
    QByteArray root = qgetenv("ALLI_SECURITY_ROOT");
    if (root.isEmpty()) {
        char pattern[] = "/tmp/alli-security-XXXXXX";
        if (!mkdtemp(pattern))
            return 99;
        root = pattern;
    }
    g_root = QString::fromLocal8Bit(root);
    for (const char* dir : { "config", "data", "cache", "state", "home" })
        QDir().mkpath(g_root + u'/' + QString::fromLatin1(dir));
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    qputenv("XDG_STATE_HOME", root + "/state");
    qputenv("HOME", root + "/home");
    // Every category at every level (ctest's default rules hide info lines): the secret scan
    // must see what a user's debug log would hold.
    qputenv("QT_LOGGING_RULES", "*.debug=true;qt.*.debug=false");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The application's own names: the CLI and the GUI share the journal under them.
    QCoreApplication::setOrganizationName(u"AlliAdmin"_s);
    QCoreApplication::setApplicationName(u"Alli Admin"_s);
    int rc = 0;
    {
        TestSecurity test;
        rc = QTest::qExec(&test, argc, argv);
    }
    if (rc == 0 && qEnvironmentVariableIsEmpty("ALLI_SECURITY_KEEP"))
        QDir(g_root).removeRecursively();
    else
        qInfo("the session's files are kept in %s", root.constData());
    return rc;
}

#include "tst_security.moc"
