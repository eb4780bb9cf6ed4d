// A profile whose server presents a certificate from a company root nobody trusts yet (the demo
// backend on HTTPS, certificates made by openssl at test time): the console asks once, showing
// the server's and the issuer's certificate with their SHA-256 fingerprints; Cancel changes
// nothing; "Trust this issuer" adds the root to that connection only and it connects. A server
// that does not send its issuer's certificate cannot be trusted from the question.

#include "alliclient.h"
#include "appcontroller.h"
#include "certificatetrustdialog.h"
#include "connectionprofile.h"
#include "demoserver.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "profiletools.h"
#include "secretstore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "demofixture.h"
#include "testtools.h"

using namespace Qt::Literals::StringLiterals;
using namespace Alli;
using namespace Alli::Testing;

class TestCertificateTrust : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A profile of the controller's (HTTPS) demo server with its key in `secrets`.
    ConnectionProfile profileOf(AppController& controller, QSettings& settings, MemorySecretStore& secrets)
    {
        ConnectionProfile p;
        p.name = u"Behind the inspection"_s;
        p.settings.region = ConnectionSettings::Region::Custom;
        p.settings.customBaseUrl = controller.demoServer()->baseUrl();
        return Testing::saveProfileWithSecret(p, controller.demoServer()->apiKey(), settings, secrets, this);
    }

    Demo::DemoOptions tlsOptions(const QString& certificateFile) const
    {
        Demo::DemoOptions options;
        options.agentCount = 30;
        options.tlsCertFile = path(certificateFile);
        options.tlsKeyFile = path(u"server.key"_s);
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"AlliAdminCertificateTests"_s);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_languages.setLanguage(u"en"_s));
        QVERIFY(m_dir.isValid());
        QVERIFY(Testing::companyRoot(m_dir.path()));
        QVERIFY(Testing::serverCertificate(
            m_dir.path(), u"server"_s, u"127.0.0.1"_s, u"IP:127.0.0.1,DNS:localhost"_s));
        // What an inspecting proxy often presents: its certificate and the company root.
        QFile leaf(path(u"server.pem"_s));
        QFile root(path(u"ca.pem"_s));
        QFile chain(path(u"chain.pem"_s));
        QVERIFY(leaf.open(QIODevice::ReadOnly) && root.open(QIODevice::ReadOnly)
            && chain.open(QIODevice::WriteOnly));
        chain.write(leaf.readAll() + root.readAll());
    }

    void untrustedIssuerIsShownAndTrustedForThisConnectionOnly()
    {
        QSettings settings;
        settings.clear();
        MemorySecretStore secrets;
        AppController controller(&m_languages, &secrets, &settings, tlsOptions(u"chain.pem"_s));
        QVERIFY(controller.start(true));
        const ConnectionProfile saved = profileOf(controller, settings, secrets);
        const ConnectionProfile other = profileOf(controller, settings, secrets);
        const int requestsBefore = controller.demoServer()->faultCounts().requests;

        controller.startProfile(saved.id);
        QTRY_VERIFY_WITH_TIMEOUT(controller.certificateDialog(), 15000);
        CertificateTrustDialog* dialog = controller.certificateDialog();
        const QSslCertificate leaf = QSslCertificate::fromPath(path(u"server.pem"_s)).value(0);
        const QSslCertificate root = QSslCertificate::fromPath(path(u"ca.pem"_s)).value(0);
        const QString details = dialog->detailsText();
        for (const QString& expected : { u"127.0.0.1"_s, u"Corp Inspection Root"_s, u"Example Corp"_s,
                 CertificateTrustDialog::fingerprint(leaf), CertificateTrustDialog::fingerprint(root) })
            QVERIFY2(details.contains(expected), qPrintable(expected + u" in:\n"_s + details));
        QVERIFY(CertificateTrustDialog::fingerprint(leaf).contains(u':'));
        QCOMPARE(CertificateTrustDialog::fingerprint(leaf).size(), 32 * 3 - 1);
        QCOMPARE(dialog->issuerCertificate(), root);
        // Nothing reached the server, and trusting is never the default button.
        QCOMPARE(controller.demoServer()->faultCounts().requests, requestsBefore);
        QVERIFY(!dialog->trustButton()->isDefault());

        // Trusted: the root is added to this profile only, and its pages load.
        QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
        QTRY_VERIFY(!controller.certificateDialog());
        const std::optional<ConnectionProfile> trusted = ProfileStore(settings).profile(saved.id);
        QVERIFY(trusted && !trusted->settings.caFile.isEmpty());
        QCOMPARE(ConnectionSettings::loadCaFile(trusted->settings.caFile), QList<QSslCertificate> { root });
        QVERIFY(ProfileStore(settings).profile(other.id)->settings.caFile.isEmpty());
        QCOMPARE(controller.client()->connection().caFile, trusted->settings.caFile);
        auto reply = waitFor(controller.client()->listAgents(0, 5));
        QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
        QVERIFY(controller.demoServer()->faultCounts().requests > requestsBefore);
        // The process-wide default is untouched: the demo connection still does not trust it.
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(root));

        // Another profile of the same server is asked on its own; Cancel changes nothing.
        controller.startProfile(other.id);
        QTRY_VERIFY_WITH_TIMEOUT(controller.certificateDialog(), 15000);
        controller.certificateDialog()->reject();
        QTRY_VERIFY(!controller.certificateDialog());
        QVERIFY(ProfileStore(settings).profile(other.id)->settings.caFile.isEmpty());
        // ... and not asked again in this session for the same certificate.
        auto again = waitFor(controller.client()->listAgents(0, 5));
        QCOMPARE(again->error().kind(), ApiError::Kind::Tls);
        QTest::qWait(100);
        QVERIFY(!controller.certificateDialog());
    }

    void serverWithoutItsIssuerCannotBeTrustedFromTheQuestion()
    {
        QSettings settings;
        settings.clear();
        MemorySecretStore secrets;
        AppController controller(&m_languages, &secrets, &settings, tlsOptions(u"server.pem"_s));
        QVERIFY(controller.start(true));
        const ConnectionProfile saved = profileOf(controller, settings, secrets);
        controller.startProfile(saved.id);
        QTRY_VERIFY_WITH_TIMEOUT(controller.certificateDialog(), 15000);
        CertificateTrustDialog* dialog = controller.certificateDialog();
        QVERIFY(dialog->issuerCertificate().isNull());
        QVERIFY(!dialog->trustButton());
        QVERIFY(!dialog->findChild<QPushButton*>(u"trustIssuerButton"_s));
        const QString outcome = dialog->findChild<QLabel*>(u"certificateOutcome"_s)->text();
        QVERIFY2(outcome.contains(u"Extra CA certificates"_s), qPrintable(outcome));
        QVERIFY(dialog->detailsText().contains(u"Corp Inspection Root"_s)); // named as the issuer
        dialog->reject();
        QVERIFY(ProfileStore(settings).profile(saved.id)->settings.caFile.isEmpty());
    }
};

QTEST_MAIN(TestCertificateTrust)
#include "tst_certificatetrust.moc"
