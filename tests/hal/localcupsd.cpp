#include "localcupsd.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace qtill::hal::test {

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) == text.toUtf8().size();
}

QString cupsdPath()
{
    const QString inSbin = QStringLiteral("/usr/sbin/cupsd");
    return QFileInfo::exists(inSbin) ? inSbin : QStandardPaths::findExecutable(QStringLiteral("cupsd"));
}

} // namespace

LocalCupsd::LocalCupsd() = default;

LocalCupsd::~LocalCupsd()
{
    if (m_cupsd.state() != QProcess::NotRunning) {
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(5000)) {
            m_cupsd.kill();
            m_cupsd.waitForFinished(2000);
        }
    }
}

QString LocalCupsd::socketPath() const
{
    return m_dir.filePath(QStringLiteral("cups.sock"));
}

QString LocalCupsd::errorLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("log/error_log")));
    if (!log.open(QIODevice::ReadOnly)) {
        return QStringLiteral("(no error log)");
    }
    return QString::fromUtf8(log.readAll().right(2000));
}

bool LocalCupsd::start(QString *why)
{
    const QString cupsd = cupsdPath();
    if (cupsd.isEmpty() || !QFileInfo::exists(QStringLiteral("/usr/lib/cups/backend/socket"))) {
        *why = QStringLiteral("cupsd or its socket backend is not installed (Debian packages cups-daemon, cups)");
        return false;
    }
    if (!m_dir.isValid()) {
        *why = QStringLiteral("no temporary directory");
        return false;
    }
    const QDir root(m_dir.path());
    for (const char *sub : {"spool", "spool/tmp", "cache", "state", "log", "ppd", "ssl"}) {
        root.mkpath(QLatin1String(sub));
    }
    QString files = QStringLiteral(
                        "ServerRoot %1\nRequestRoot %1/spool\nTempDir %1/spool/tmp\nCacheDir %1/cache\n"
                        "StateDir %1/state\nDataDir /usr/share/cups\nDocumentRoot /usr/share/cups/doc-root\n"
                        "ServerBin /usr/lib/cups\nErrorLog %1/log/error_log\nAccessLog %1/log/access_log\n"
                        "PageLog %1/log/page_log\nFileDevice No\n")
                        .arg(m_dir.path());
    if (geteuid() != 0) {
        // Not root: cupsd cannot change user, so it must be told to be us.
        const passwd *user = getpwuid(geteuid());
        const group *grp = getgrgid(getegid());
        if (user && grp) {
            files += QStringLiteral("User %1\nGroup %2\nSystemGroup %2\n")
                         .arg(QString::fromLocal8Bit(user->pw_name), QString::fromLocal8Bit(grp->gr_name));
        }
    }
    const QString conf = QStringLiteral(
                             "Listen %1\nLogLevel warn\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
                             "JobRetryInterval 1\nErrorPolicy retry-job\n"
                             "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                             "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
                             "<Policy default>\n  JobPrivateAccess all\n  JobPrivateValues none\n"
                             "  SubscriptionPrivateAccess all\n  SubscriptionPrivateValues none\n"
                             "  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
                             .arg(socketPath());
    if (!writeFile(root.filePath(QStringLiteral("cups-files.conf")), files)
        || !writeFile(root.filePath(QStringLiteral("cupsd.conf")), conf)) {
        *why = QStringLiteral("cannot write the cupsd configuration");
        return false;
    }
    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd.start(cupsd, {QStringLiteral("-f"), QStringLiteral("-c"), root.filePath(QStringLiteral("cupsd.conf")),
                          QStringLiteral("-s"), root.filePath(QStringLiteral("cups-files.conf"))});
    if (!m_cupsd.waitForStarted(5000)) {
        *why = QStringLiteral("cupsd did not start: ") + m_cupsd.errorString();
        return false;
    }
    QDeadlineTimer deadline(15000);
    while (!QFileInfo::exists(socketPath()) && !deadline.hasExpired()) {
        if (m_cupsd.state() == QProcess::NotRunning) {
            *why = QStringLiteral("cupsd exited: ") + QString::fromLocal8Bit(m_cupsd.readAll()) + errorLog();
            return false;
        }
        QThread::msleep(50);
    }
    if (!QFileInfo::exists(socketPath())) {
        *why = QStringLiteral("cupsd did not open its socket: ") + errorLog();
        return false;
    }
    // Wait until it answers requests.
    QString output;
    while (!deadline.hasExpired()) {
        if (run(QStringLiteral("lpstat"), {QStringLiteral("-r")}, &output) && output.contains(QLatin1String("is running"))) {
            return true;
        }
        QThread::msleep(100);
    }
    *why = QStringLiteral("cupsd does not answer: ") + output + errorLog();
    return false;
}

bool LocalCupsd::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUPS_SERVER"), socketPath());
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished(1000);
        *output = program + QStringLiteral(" timed out");
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool LocalCupsd::addRawQueue(const QString &name, const QString &deviceUri, QString *why)
{
    if (!run(QStringLiteral("lpadmin"),
             {QStringLiteral("-p"), name, QStringLiteral("-E"), QStringLiteral("-v"), deviceUri, QStringLiteral("-m"),
              QStringLiteral("raw")},
             why)) {
        *why = QStringLiteral("lpadmin failed: ") + *why + errorLog();
        return false;
    }
    return true;
}

bool LocalCupsd::removeQueue(const QString &name, QString *why)
{
    return run(QStringLiteral("lpadmin"), {QStringLiteral("-x"), name}, why);
}

} // namespace qtill::hal::test
