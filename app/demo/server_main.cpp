// alli-demo-server: the demo backend as a headless process, for contract tests and manual use.

#include "demoserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace
{

#if defined(Q_OS_UNIX)
int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

// Ctrl+C and SIGTERM end the event loop, so that the server stops cleanly.
void quitOnTerminationSignals(QCoreApplication* app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
#elif defined(Q_OS_WIN)
// Windows calls a console control handler on a thread of its own: a queued call is safe there.
BOOL WINAPI onConsoleControl(DWORD)
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    return TRUE;
}

void quitOnTerminationSignals(QCoreApplication*)
{
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
}
#else
void quitOnTerminationSignals(QCoreApplication*) { }
#endif

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"alli-demo-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ALLI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Alli-compatible demo backend listening on 127.0.0.1."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const Alli::Demo::DemoOptions defaults;
    const QCommandLineOption portOption(u"port"_s, u"TCP port (0 = any free port)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption latencyOption(u"latency-ms"_s,
        u"Time every answer takes from the request's arrival (the server's own work included)."_s, u"ms"_s,
        u"0"_s);
    const QCommandLineOption failOption(
        u"fail-rate"_s, u"Probability (0..1) of an injected 500."_s, u"rate"_s, u"0"_s);
    const QCommandLineOption rateOption(
        u"rate-limit-every"_s, u"Every Nth request answers 429 (0 = off)."_s, u"n"_s, u"0"_s);
    const QCommandLineOption lostOption(u"lost-response-rate"_s,
        u"Probability (0..1) that a request is applied and then answered by a closed connection."_s,
        u"rate"_s, u"0"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, u"Seed of the deterministic demo data."_s, u"seed"_s, QString::number(defaults.seed));
    const QCommandLineOption agentsOption(
        u"agents"_s, u"Number of seeded agents."_s, u"count"_s, QString::number(defaults.agentCount));
    const QCommandLineOption keyOption(
        u"api-key"_s, u"API key clients must send."_s, u"key"_s, defaults.apiKey);
    const QCommandLineOption tlsCertOption(u"tls-cert"_s,
        u"Serve HTTPS with this certificate (PEM; the chain may follow the certificate)."_s, u"file"_s);
    const QCommandLineOption tlsKeyOption(
        u"tls-key"_s, u"The certificate's private key (PEM, RSA or EC, unencrypted)."_s, u"file"_s);
    parser.addOptions({ portOption, latencyOption, failOption, rateOption, lostOption, seedOption,
        agentsOption, keyOption, tlsCertOption, tlsKeyOption });
    parser.process(app);

    Alli::Demo::DemoOptions options;
    bool ok = true;
    auto number = [&parser, &ok](const QCommandLineOption& option) {
        bool valid = false;
        const double value = parser.value(option).toDouble(&valid);
        if (!valid || value < 0) {
            std::fprintf(stderr, "invalid value for --%s\n", qPrintable(option.names().constFirst()));
            ok = false;
        }
        return value;
    };
    options.port = quint16(number(portOption));
    options.latencyMs = int(number(latencyOption));
    options.failRate = number(failOption);
    options.rateLimitEvery = int(number(rateOption));
    options.lostResponseRate = number(lostOption);
    bool seedOk = false;
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    ok = ok && seedOk;
    options.agentCount = int(number(agentsOption));
    options.apiKey = parser.value(keyOption);
    options.tlsCertFile = parser.value(tlsCertOption);
    options.tlsKeyFile = parser.value(tlsKeyOption);
    if (options.tlsCertFile.isEmpty() != options.tlsKeyFile.isEmpty()) {
        std::fprintf(stderr, "--tls-cert and --tls-key go together\n");
        return 2;
    }
    if (!ok || options.failRate > 1.0 || options.lostResponseRate > 1.0) {
        std::fprintf(stderr, "invalid arguments\n");
        return 2;
    }

    Alli::Demo::DemoServer server(options);
    if (!server.start()) {
        std::fprintf(stderr, "alli-demo-server: %s\n", qPrintable(server.errorString()));
        return 1;
    }

    quitOnTerminationSignals(&app);

    // Printing the key is the point of this line: it is a fixed demo key, never a real credential.
    std::printf("Alli demo backend listening on %s  API-KEY: %s\n", qPrintable(server.baseUrl().toString()),
        qPrintable(server.apiKey()));
    std::fflush(stdout);

    const int code = app.exec();
    server.stop();
    return code;
}
