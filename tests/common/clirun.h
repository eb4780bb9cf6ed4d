#pragma once
// Runs alli-admin-cli as a user would: a child process with its own environment (the API key in
// ALLI_API_KEY, a private data folder for the journal), waited for while the in-process demo
// backend answers from its own thread. Shared by the CLI, bad-input and fault-injection suites.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Alli::Testing
{

struct CliRun {
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QString out;
    QString err;
    QString lastOutLine() const
    {
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        return lines.isEmpty() ? QString() : lines.constLast().trimmed();
    }
};

// The environment of a CLI run: this process's, with the key (none when `apiKey` is null), the
// data folder and an English locale.
inline QProcessEnvironment cliEnvironment(const QString& apiKey, const QString& dataHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ALLI_API_KEY"));
    if (!apiKey.isNull())
        env.insert(QStringLiteral("ALLI_API_KEY"), apiKey);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}

// Removes the proxy settings a test runner's environment may carry (a CI behind a proxy), so that
// a test sets the ones it means: the proxy variables in both cases, and the CLI's proxy login.
inline void removeProxyVariables(QProcessEnvironment& env)
{
    for (const char* name : { "NO_PROXY", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY" }) {
        env.remove(QString::fromLatin1(name));
        env.remove(QString::fromLatin1(name).toLower());
    }
    env.remove(QStringLiteral("ALLI_PROXY_USER"));
    env.remove(QStringLiteral("ALLI_PROXY_PASSWORD"));
}

inline CliRun runCli(
    const QString& program, const QStringList& args, const QProcessEnvironment& env, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    CliRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace Alli::Testing
