// The main window and session wiring against the demo backend: pages and navigation, the demo
// marking, the connection test with its error banner, the activity log and copy-as-curl, live
// language switching of the window and of an open dialog, connection profiles and secrets.

#include "activitylogmodel.h"
#include "activitypage.h"
#include "appcontroller.h"
#include "bulktestrows.h"
#include "connectionprofile.h"
#include "demofixture.h"
#include "errorbanner.h"
#include "fieldtreemodel.h"
#include "importdialog.h"
#include "importpreviewmodel.h"
#include "journal.h"
#include "jsonview.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "profiledialog.h"
#include "profiletools.h"
#include "secretstore.h"
#include "testtools.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using namespace Alli::Testing;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_fixture;
    LanguageManager m_languages;

    static QStringList navTexts(MainWindow& w)
    {
        auto* nav = w.findChild<QListWidget*>(u"navigation"_s);
        QStringList out;
        for (int i = 0; nav && i < nav->count(); ++i)
            out << nav->item(i)->text();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"AlliAdminTests"_s);
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<Alli::MainWindow*>();
        QSettings().clear();
        QVERIFY(m_fixture.start());
        QVERIFY(m_languages.setLanguage(u"en"_s));
    }

    void cleanup() { m_languages.setLanguage(u"en"_s); }

    void demoIsVisiblyMarked()
    {
        SessionInfo session { QString(), true, m_fixture.demo()->apiKey() };
        MainWindow w(m_fixture.client(), &m_languages, session);
        w.show();
        QVERIFY(w.windowTitle().contains(u"Demo project"_s));
        QVERIFY(w.windowTitle().contains(m_fixture.demo()->baseUrl().toString()));
        auto* badge = w.findChild<QLabel*>(u"demoBadge"_s);
        QVERIFY(badge && badge->isVisible());
        QCOMPARE(badge->text(), u"DEMO"_s);
        QVERIFY(
            w.findChild<QLabel*>(u"statusServer"_s)->text().contains(m_fixture.demo()->baseUrl().toString()));

        SessionInfo real { u"Production"_s, false, QString() };
        MainWindow r(m_fixture.client(), &m_languages, real);
        r.show();
        QVERIFY(r.windowTitle().contains(u"Production"_s));
        QVERIFY(!r.windowTitle().contains(u"demo"_s, Qt::CaseInsensitive));
        QVERIFY(!r.findChild<QLabel*>(u"demoBadge"_s)->isVisible());
    }

    // A job of this server interrupted while it was being recorded: the start-up offer counts
    // every row of its file and says that the rows never recorded are not sent by resuming.
    void resumeOfferCountsRowsNeverRecorded()
    {
        const QString path = ImportDialog::journalPath();
        QFile::remove(path);
        {
            Bulk::JobJournal journal(path);
            QVERIFY(journal.isOpen());
            const QList<Bulk::PreparedRow> rows = Testing::userRows(10, u"NR");
            QVERIFY(journal.createJob(Bulk::Operation::CreateUsers, u"/data/cut.csv"_s,
                        m_fixture.demo()->baseUrl().host(), { u"ownUserId"_s }, rows,
                        QList<Bulk::RowResult>(10), 4)
                >= 0);
        }
        SessionInfo session { QString(), true, m_fixture.demo()->apiKey() };
        MainWindow w(m_fixture.client(), &m_languages, session);
        w.show();
        auto* notice = w.findChild<QWidget*>(u"resumeNotice"_s);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
        const QString text = w.findChild<QLabel*>(u"resumeNoticeText"_s)->text();
        QVERIFY2(text.contains(u"0 of 10 rows sent"_s), qPrintable(text));
        QVERIFY2(text.contains(u"6 rows of the file were never recorded nor sent"_s), qPrintable(text));
        QFile::remove(path);
    }

    // The HR system's workbook dropped on the window: the import opens on it with the rows Excel
    // shows (title row skipped, leading zeros, Korean and Japanese text), a text file no different.
    void droppedWorkbookOpensTheImport()
    {
        QTemporaryDir dir;
        QVERIFY(Testing::makeWorkbooks(dir.path()));
        SessionInfo session { QString(), true, m_fixture.demo()->apiKey() };
        MainWindow w(m_fixture.client(), &m_languages, session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(dir.filePath(u"staff.xlsx"_s)) });
        const QPointF at(w.width() / 2.0, w.height() / 2.0);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QVERIFY(drop.isAccepted());
        QPointer<ImportDialog> dialog = w.findChild<ImportDialog*>();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), ImportDialog::Step::Check, 15000);
        const Bulk::CsvTable& table = dialog->previewModel()->table();
        QCOMPARE(table.sheet, u"Staff"_s);
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.cell(0, 0), u"00123"_s);
        QCOMPARE(table.cell(1, 0), u"00123"_s); // 123 shown through "00000"
        QCOMPARE(table.cell(0, 1), u"민준"_s);
        QCOMPARE(table.cell(1, 2), u"鈴木"_s);
        dialog->close();
        QTRY_VERIFY(!dialog); // deletes itself on close

        // Something that is not a table is not taken.
        QMimeData image;
        image.setUrls({ QUrl::fromLocalFile(dir.filePath(u"photo.png"_s)) });
        QDragEnterEvent refused(at.toPoint(), Qt::CopyAction, &image, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QCoreApplication::sendEvent(&w, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void connectionTestAndBanner()
    {
        SessionInfo session { QString(), true, m_fixture.demo()->apiKey() };
        MainWindow w(m_fixture.client(), &m_languages, session);
        w.show();
        auto* overview = qobject_cast<OverviewPage*>(w.page(u"overview"_s));
        QVERIFY(overview);
        QTest::mouseClick(w.findChild<QPushButton*>(u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            w.findChild<QLabel*>(u"testResult"_s)->text().startsWith(u"Connected"_s), 10000);
        QVERIFY(!overview->banner()->isVisible());

        m_fixture.demo()->setForbidden(true);
        auto* test = w.findChild<QPushButton*>(u"testConnection"_s);
        QTest::mouseClick(test, Qt::LeftButton);
        // The test's own answer, not the dashboard's pages that fail meanwhile (their banner
        // comes first at times, with a Retry that reloads the dashboard): the button is back.
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && overview->banner()->isShowingError(), 10000);
        QCOMPARE(overview->banner()->error().kind(), ApiError::Kind::Forbidden);
        QVERIFY(overview->banner()->text().contains(u"IP address"_s));
        auto* retry = overview->banner()->findChild<QPushButton*>(u"errorBannerRetry"_s);
        QVERIFY(retry->isVisible());
        m_fixture.demo()->setForbidden(false);
        QTest::mouseClick(retry, Qt::LeftButton); // Retry succeeds now
        QTRY_VERIFY_WITH_TIMEOUT(
            w.findChild<QLabel*>(u"testResult"_s)->text().startsWith(u"Connected"_s), 10000);
        QVERIFY(!overview->banner()->isVisible());
    }

    void unauthorizedOffersCredentials()
    {
        AlliClient wrong(m_fixture.nam());
        ConnectionSettings s = m_fixture.connection();
        s.secret = u"not-the-key"_s;
        wrong.setConnection(s);
        MainWindow w(&wrong, &m_languages, SessionInfo { u"Staging"_s, false, QString() });
        w.show();
        QSignalSpy credentials(&w, &MainWindow::editConnectionRequested);
        auto* overview = qobject_cast<OverviewPage*>(w.page(u"overview"_s));
        overview->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(overview->banner()->isShowingError(), 10000);
        QVERIFY(overview->banner()->text().contains(u"API key"_s));
        auto* button = overview->banner()->findChild<QPushButton*>(u"errorBannerCredentials"_s);
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(credentials.count(), 1);
    }

    void activityLogAndCurl()
    {
        MainWindow w(
            m_fixture.client(), &m_languages, SessionInfo { QString(), true, m_fixture.demo()->apiKey() });
        w.show();
        auto* activity = qobject_cast<ActivityPage*>(w.page(u"activity"_s));
        QAbstractItemModelTester tester(
            activity->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto reply = waitFor(m_fixture.client()->getAgent(u"does-not-exist"_s));
        QTRY_VERIFY(activity->model()->rowCount() >= 1);
        // The overview's dashboard loads at the same time: find this request's row.
        int row = activity->model()->rowCount() - 1;
        while (row > 0 && !activity->model()->recordAt(row).url.path().endsWith(u"/does-not-exist"_s))
            --row;
        QCOMPARE(activity->model()->index(row, int(ActivityLogModel::Column::Status)).data().toInt(), 404);
        // The time has seconds: the attempts of one request, a second apart, can be told apart.
        QCOMPARE(activity->model()->index(row, int(ActivityLogModel::Column::Time)).data().toString(),
            activity->model()->recordAt(row).started.time().toString(u"HH:mm:ss"_s));
        QVERIFY(activity->model()
                    ->index(row, int(ActivityLogModel::Column::Path))
                    .data()
                    .toString()
                    .contains(u"/webapi/v2/agents/"_s));

        w.showPage(u"activity"_s);
        auto* view = w.findChild<QTableView*>(u"activityView"_s);
        view->setCurrentIndex(view->model()->index(row, 0)); // nothing filtered: the same rows
        auto* copy = w.findChild<QPushButton*>(u"copyAsCurl"_s);
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.contains(u"$ALLI_API_KEY"_s), qPrintable(curl));
        QVERIFY(!curl.contains(m_fixture.demo()->apiKey()));
        QVERIFY(curl.contains(u"/webapi/v2/agents/does-not-exist"_s));

        // Bodies are shown readable: JSON indented one member per line, anything else as it came.
        auto* details = w.findChild<QPlainTextEdit*>(u"activityDetails"_s);
        QVERIFY(details);
        QVERIFY(ActivityPage::readableBody(R"({"a":1,"b":[true]})").contains(u"\n    \"b\": [\n"_s));
        QCOMPARE(ActivityPage::readableBody("<html>Bad gateway</html>"), u"<html>Bad gateway</html>"_s);
        QCOMPARE(ActivityPage::readableBody("{\"cut"), u"{\"cut"_s);
        auto created = waitFor(m_fixture.client()->listPermissionGroups({}, 0, 2));
        QTRY_VERIFY(activity->model()->rowCount() >= 2);
        view->setCurrentIndex(view->model()->index(view->model()->rowCount() - 1, 0));
        QVERIFY2(details->toPlainText().contains(u"\n    "_s), qPrintable(details->toPlainText()));
        // Each body also as a tree that folds and can be searched: the GET has none, its answer does.
        auto* request = w.findChild<JsonView*>(u"activityRequestJson"_s);
        auto* response = w.findChild<JsonView*>(u"activityResponseJson"_s);
        QVERIFY(request && response);
        QVERIFY(!request->isShowingTree());
        QVERIFY(response->isShowingTree());
        QVERIFY(response->model()->rowCount() > 0);
        response->searchField()->setText(u"name"_s);
        QVERIFY(response->matchCount() > 0);
        QVERIFY(response->tree()->currentIndex().isValid());
    }

    // At 200 % a 1600×1000 screen has 800×500 logical pixels: the first window must fit in it.
    void firstWindowFitsTheScreen()
    {
        QCOMPARE(MainWindow::fittedGeometry({ 0, 0, 1180, 760 }, { 0, 0, 800, 500 }), QRect(0, 0, 800, 500));
        QCOMPARE(MainWindow::fittedGeometry({ 700, 400, 400, 300 }, { 0, 0, 800, 600 }),
            QRect(400, 300, 400, 300));
        QCOMPARE(
            MainWindow::fittedGeometry({ 10, 20, 300, 200 }, { 0, 0, 800, 600 }), QRect(10, 20, 300, 200));
        QCOMPARE(
            MainWindow::fittedGeometry({ -50, 0, 300, 200 }, { 0, 30, 800, 570 }), QRect(0, 30, 300, 200));
        MainWindow w(
            m_fixture.client(), &m_languages, SessionInfo { QString(), true, m_fixture.demo()->apiKey() });
        w.show();
        const QRect available = w.screen()->availableGeometry();
        const auto text = [](const QRect& r) {
            return u"%1,%2 %3x%4"_s.arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
        };
        QVERIFY2(w.width() <= available.width() && w.height() <= available.height(),
            qPrintable(text(w.geometry()) + u" in "_s + text(available) + u", minimum "_s
                + QString::number(w.minimumSizeHint().width()) + u'x'
                + QString::number(w.minimumSizeHint().height())));
    }

    void languageSwitchesLive()
    {
        MainWindow w(
            m_fixture.client(), &m_languages, SessionInfo { QString(), true, m_fixture.demo()->apiKey() });
        w.show();
        ProfileDialog dialog(m_fixture.nam(), &w);
        dialog.show();
        const QStringList english = navTexts(w);
        QCOMPARE(english.first(), u"Overview"_s);
        QCOMPARE(dialog.windowTitle(), u"Connect to Alli"_s);
        const QString englishMenu = w.menuBar()->actions().first()->text();

        QVERIFY(m_languages.setLanguage(u"ko"_s));
        QTRY_COMPARE(navTexts(w).first(), u"개요"_s); // QEvent::LanguageChange is posted
        QVERIFY(w.windowTitle().contains(u"데모 프로젝트"_s));
        QCOMPARE(w.menuBar()->actions().first()->text(), u"파일(&F)"_s);
        QCOMPARE(w.findChild<QLabel*>(u"demoBadge"_s)->text(), u"데모"_s);
        QCOMPARE(dialog.windowTitle(), u"Alli에 연결"_s);
        // Qt's own strings come from qtbase_ko.qm.
        auto* box = dialog.findChild<QDialogButtonBox*>();
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), u"취소"_s);
        QCOMPARE(QLocale().language(), QLocale::Korean);

        QVERIFY(m_languages.setLanguage(u"ja"_s));
        QTRY_COMPARE(navTexts(w).first(), u"概要"_s);
        QCOMPARE(dialog.windowTitle(), u"Alli に接続"_s);
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), u"キャンセル"_s);

        QVERIFY(m_languages.setLanguage(u"en"_s));
        QTRY_COMPARE(navTexts(w), english);
        QCOMPARE(w.menuBar()->actions().first()->text(), englishMenu);
        QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);
        QVERIFY(!m_languages.setLanguage(u"fr"_s));
    }

    void profileDialogValidatesAndTests()
    {
        ProfileDialog dialog(m_fixture.nam());
        ConnectionProfile p;
        p.name = u"Local"_s;
        p.settings = m_fixture.connection();
        p.settings.customBaseUrl = QUrl(u"http://alli.example.com"_s);
        dialog.setProfile(p);
        QVERIFY(dialog.validationError().contains(u"HTTPS"_s));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());

        p.settings = m_fixture.connection();
        dialog.setProfile(p);
        QVERIFY(dialog.validationError().isEmpty());
        QVERIFY(ok->isEnabled());
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().startsWith(u"Connected"_s), 10000);

        p.settings.secret = u"bad-key"_s;
        dialog.setProfile(p);
        dialog.testConnection();
        // The demo answers with the body the real service was recorded sending for a bad key.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult()
                == u"The API key or token is missing or invalid (INVALID_TOKEN). Check the connection's credentials."_s,
            10000);

        auto* secretEdit = dialog.findChild<QLineEdit*>(u"profileSecret"_s);
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    }

    void profilesNeverStoreSecrets()
    {
        QSettings settings;
        ProfileStore store(settings);
        ConnectionProfile p;
        p.name = u"운영 (JA)"_s;
        p.settings.region = ConnectionSettings::Region::JA;
        p.settings.authMethod = ConnectionSettings::AuthMethod::Token;
        p.settings.secret = u"tok-SHOULD-NOT-PERSIST-42"_s;
        p.settings.projectId = u"proj-ja"_s;
        p.settings.projectIdHeader = "X-PROJECT";
        p.settings.agentEmail = u"admin@example.jp"_s;
        const ConnectionProfile saved = store.save(p);
        QVERIFY(!saved.id.isEmpty());
        settings.sync();

        const auto loaded = ProfileStore(settings).profile(saved.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->name, p.name);
        QCOMPARE(loaded->settings.region, ConnectionSettings::Region::JA);
        QCOMPARE(loaded->settings.authMethod, ConnectionSettings::AuthMethod::Token);
        QCOMPARE(loaded->settings.projectIdHeader, QByteArray("X-PROJECT"));
        QCOMPARE(loaded->settings.agentEmail, u"admin@example.jp"_s);
        QVERIFY(loaded->settings.secret.isEmpty());

        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("proj-ja"));
        QVERIFY(!content.contains("SHOULD-NOT-PERSIST"));

        store.remove(saved.id);
        QVERIFY(!ProfileStore(settings).profile(saved.id));
    }

    void keychainStoreFallsBackSafely()
    {
        KeychainSecretStore store(u"Alli Admin Tests"_s);
        const QString file
            = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/secrets-test.json"_s;
        QFile::remove(file);
        std::optional<SecretStore::WriteResult> written;
        store.write(u"profile-1"_s, u"sk-secret-value-1"_s, this,
            [&](const SecretStore::WriteResult& r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        std::optional<SecretStore::ReadResult> read;
        store.read(u"profile-1"_s, this, [&](const SecretStore::ReadResult& r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QCOMPARE(read->secret.value_or(QString()),
            u"sk-secret-value-1"_s); // available this session, wherever it is
        if (written->persistence == SecretStore::Persistence::Keychain) {
            store.remove(u"profile-1"_s);
            QSKIP("A keychain is running here; the fallback paths below need a machine without one.");
        }
        QCOMPARE(written->persistence, SecretStore::Persistence::SessionOnly);
        QVERIFY(written->warning.contains(u"keychain"_s));
        QVERIFY(!QFile::exists(file)); // nothing on disk without the opt-in

        store.setUnprotectedFileAllowed(true, file);
        written.reset();
        store.write(u"profile-2"_s, u"sk-secret-value-2"_s, this,
            [&](const SecretStore::WriteResult& r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QCOMPARE(written->persistence, SecretStore::Persistence::UnprotectedFile);
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());

        // A new store (a new session) finds only what was opted in to the file.
        KeychainSecretStore next(u"Alli Admin Tests"_s);
        next.setUnprotectedFileAllowed(true, file);
        std::optional<SecretStore::ReadResult> r1, r2;
        next.read(u"profile-1"_s, this, [&](const SecretStore::ReadResult& r) { r1 = r; });
        next.read(u"profile-2"_s, this, [&](const SecretStore::ReadResult& r) { r2 = r; });
        QTRY_VERIFY_WITH_TIMEOUT(r1 && r2, 20000);
        QVERIFY(!r1->secret);
        QCOMPARE(r2->secret.value_or(QString()), u"sk-secret-value-2"_s);
        next.remove(u"profile-2"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("sk-secret-value-2"));
    }

    void controllerSwitchesConnections()
    {
        QSettings settings;
        settings.clear();
        MemorySecretStore secrets;
        Demo::DemoOptions options;
        AppController controller(&m_languages, &secrets, &settings, options);
        QVERIFY(controller.start(true));
        QPointer<MainWindow> demoWindow = controller.window();
        QVERIFY(demoWindow);
        QVERIFY(demoWindow->findChild<QLabel*>(u"demoBadge"_s)->isVisible());

        // A saved profile pointing at the demo backend, with its key in the secret store.
        ConnectionProfile p;
        p.name = u"Staging"_s;
        p.settings.region = ConnectionSettings::Region::Custom;
        p.settings.customBaseUrl = controller.demoServer()->baseUrl();
        const ConnectionProfile saved
            = Testing::saveProfileWithSecret(p, controller.demoServer()->apiKey(), settings, secrets, this);

        QSignalSpy changed(&controller, &AppController::windowChanged);
        emit demoWindow->switchConnectionRequested(saved.id);
        QTRY_COMPARE(changed.count(), 1);
        QTRY_VERIFY(!demoWindow); // the old window and its data are gone
        MainWindow* staging = controller.window();
        QVERIFY(staging->windowTitle().contains(u"Staging"_s));
        QVERIFY(!staging->findChild<QLabel*>(u"demoBadge"_s)->isVisible());
        QCOMPARE(controller.client()->connection().secret, controller.demoServer()->apiKey());
        auto* switcher = staging->findChild<QComboBox*>(u"connectionSwitcher"_s);
        QCOMPARE(switcher->count(), 2);
        QCOMPARE(switcher->currentData().toString(), saved.id);
        QCOMPARE(ProfileStore(settings).lastUsedId(), saved.id);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
