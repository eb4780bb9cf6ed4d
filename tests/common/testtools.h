#pragma once
// Helpers that several suites share: running openssl to make certificates, and making the Excel
// workbooks of tests/bulkreader/make_workbooks.py, both at test time in a folder of the test's;
// whether libproxy can run a PAC file.

#include <QDebug>
#include <QDir>
#include <QFile>
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

// A company root in `directory` (ca.pem and ca.key, "Corp Inspection Root", what an inspecting
// proxy's certificates are signed with), valid 30 days.
inline bool companyRoot(const QString& directory)
{
    return openssl(directory,
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
            QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
            QStringLiteral("/CN=Corp Inspection Root/O=Example Corp") });
}

// A server certificate and key (`base`.pem, `base`.key) for `names` (a subjectAltName such as
// "IP:127.0.0.1,DNS:localhost"), signed by the company root of companyRoot().
inline bool serverCertificate(
    const QString& directory, const QString& base, const QString& commonName, const QString& names)
{
    QFile ext(directory + QLatin1Char('/') + base + QStringLiteral(".ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=" + names.toLatin1() + "\n");
    ext.close();
    return openssl(directory,
               { QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), base + QStringLiteral(".key"),
                   QStringLiteral("-out"), base + QStringLiteral(".csr"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + commonName })
        && openssl(directory,
            { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                base + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                QStringLiteral("-out"), base + QStringLiteral(".pem"), QStringLiteral("-days"),
                QStringLiteral("30"), QStringLiteral("-extfile"), base + QStringLiteral(".ext") });
}

// Whether libproxy can run a PAC file: its JavaScript runner module (libproxy1-plugin-webkit), in
// libproxy's module directory under any of the system's library directories.
inline bool havePacRunner()
{
    QStringList libraryDirs { QStringLiteral("/usr/lib"), QStringLiteral("/usr/lib64") };
    for (const QString& multiarch :
        QDir(QStringLiteral("/usr/lib")).entryList({ QStringLiteral("*-linux-*") }, QDir::Dirs))
        libraryDirs.append(QStringLiteral("/usr/lib/") + multiarch);
    for (const QString& dir : std::as_const(libraryDirs)) {
        const QDir libproxy(dir + QStringLiteral("/libproxy"));
        for (const QString& version : libproxy.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!QDir(libproxy.filePath(version + QStringLiteral("/modules")))
                     .entryList({ QStringLiteral("pacrunner_*.so") })
                     .isEmpty())
                return true;
        }
    }
    return false;
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
