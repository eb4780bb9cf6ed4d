// The GUI side of the crash-and-resume test: the real MainWindow and ImportDialog on the
// offscreen platform, driven like a user would, in a process the test can kill with SIGKILL.
//   crashgui_child start  BASE_URL FILE    opens the import, checks the file, clicks Send; runs until killed
//   crashgui_child resume BASE_URL REPORT  waits for the start-up offer to resume, clicks it, waits for
//                                          the job, saves the report, prints the summary line, exits 0
// The API key comes from ALLI_API_KEY, as for the CLI.

#include "alliclient.h"
#include "bulkjob.h"
#include "importdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "sessioninfo.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;

namespace
{

void say(const QString& line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // The same names as alli-admin: the same journal.
    QApplication::setApplicationName(u"Alli Admin"_s);
    QApplication::setOrganizationName(u"AlliAdmin"_s);
    const QStringList args = QApplication::arguments();
    if (args.size() != 4)
        return 2;
    const QString mode = args.at(1);

    ConnectionSettings settings;
    settings.region = ConnectionSettings::Region::Custom;
    settings.customBaseUrl = QUrl(args.at(2));
    settings.secret = qEnvironmentVariable("ALLI_API_KEY");
    QNetworkAccessManager nam;
    AlliClient client(&nam);
    client.setConnection(settings);
    LanguageManager languages;
    SessionInfo session;
    session.projectName = u"Crash test"_s;
    MainWindow window(&client, &languages, session);
    window.show();

    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &app, [] {
        say(u"timed out"_s);
        QCoreApplication::exit(3);
    });
    giveUp.start(180000);

    if (mode == u"start"_s) {
        auto* dialog = new ImportDialog(&client, &window);
        dialog->setConcurrency(4);
        dialog->show();
        QObject::connect(dialog, &ImportDialog::loadingFinished, dialog, [dialog](bool ok) {
            if (!ok) {
                say(u"file refused: "_s + dialog->errorText());
                QCoreApplication::exit(4);
                return;
            }
            auto* send = dialog->findChild<QPushButton*>(u"sendButton"_s);
            if (!send || !send->isEnabled()) {
                say(u"cannot send"_s);
                QCoreApplication::exit(4);
                return;
            }
            QTest::mouseClick(send, Qt::LeftButton);
            say(u"sending"_s);
        });
        dialog->setOperation(Bulk::Operation::CreateUsers);
        dialog->openFile(args.at(3));
        return QApplication::exec();
    }

    if (mode == u"resume"_s) {
        const QString reportPath = args.at(3);
        QTimer poll;
        bool clicked = false;
        QObject::connect(&poll, &QTimer::timeout, &app, [&] {
            if (!clicked) {
                auto* notice = window.findChild<QWidget*>(u"resumeNotice"_s);
                auto* button = window.findChild<QPushButton*>(u"resumeNoticeButton"_s);
                if (!notice || !notice->isVisible() || window.offeredResumeJobId() < 0 || !button)
                    return;
                say(u"offered %1"_s.arg(window.offeredResumeJobId()));
                QTest::mouseClick(button, Qt::LeftButton);
                clicked = true;
                return;
            }
            auto* dialog = window.findChild<ImportDialog*>();
            if (!dialog || !dialog->job() || !dialog->job()->isFinished() || dialog->isPreparingJob())
                return;
            if (dialog->isVerifying())
                return;
            poll.stop();
            if (!dialog->saveReport(reportPath))
                say(u"cannot save the report"_s);
            say(Bulk::countStates(dialog->job()->results()).summaryLine());
            QCoreApplication::exit(0);
        });
        poll.start(20);
        return QApplication::exec();
    }
    return 2;
}
