#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace qtill::hal::test {

/// A private cupsd for one test: its own cupsd.conf and cups-files.conf in a temporary directory,
/// listening only on a unix socket there, run in the foreground as the current user (as root it keeps
/// CUPS' default unprivileged user for backends). Stopped and removed on destruction.
class LocalCupsd
{
public:
    LocalCupsd();
    ~LocalCupsd();

    /// Starts cupsd and waits until it answers; false with the reason (and the error log) otherwise.
    bool start(QString *why);
    QString socketPath() const;
    /// lpadmin -p NAME -E -v URI -m raw against this server.
    bool addRawQueue(const QString &name, const QString &deviceUri, QString *why);
    /// lpadmin -x NAME.
    bool removeQueue(const QString &name, QString *why);
    /// The tail of cupsd's error log, for failure messages.
    QString errorLog() const;

    /// Runs a CUPS command-line tool against this server; false on failure, with its output.
    bool run(const QString &program, const QStringList &arguments, QString *output);

private:

    QTemporaryDir m_dir{QStringLiteral("/tmp/qtill-cupsd-XXXXXX")}; // short: unix socket paths are limited
    QProcess m_cupsd;
};

} // namespace qtill::hal::test
