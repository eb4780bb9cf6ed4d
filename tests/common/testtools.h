#pragma once
// Helpers that several suites share: running openssl to make certificates, and making the Excel
// workbooks of tests/bulkreader/make_workbooks.py, both at test time in a folder of the test's.

#include <QDebug>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Alli::Testing
{

// `openssl ARGS` in `directory`; false (with openssl's complaint logged) when it fails.
inline bool openssl(const QString& directory, const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(directory);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << "openssl" << args << p.readAllStandardError();
        return false;
    }
    return true;
}

#ifdef ALLI_SOURCE_DIR
// The fixtures of make_workbooks.py (made by openpyxl and xlsxwriter) in `directory`; Debian's
// /usr/bin/python3, the interpreter that sees python3-openpyxl.
// `large`: also large.xlsx, 100,000 rows.
inline bool makeWorkbooks(const QString& directory, bool large = false)
{
    QProcess python;
    QStringList args { QStringLiteral(ALLI_SOURCE_DIR "/tests/bulkreader/make_workbooks.py"), directory };
    if (large)
        args << QStringLiteral("large");
    python.start(QStringLiteral("/usr/bin/python3"), args);
    if (!python.waitForFinished(300000) || python.exitCode() != 0) {
        qWarning() << "make_workbooks.py:" << python.readAllStandardError();
        return false;
    }
    return true;
}
#endif

} // namespace Alli::Testing
