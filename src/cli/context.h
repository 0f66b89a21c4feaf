#pragma once

#include "args.h"

#include "core/clock.h"
#include "core/operator.h"
#include "core/result.h"

#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>

namespace qtill {
class DatabaseAddress;
class Services;
}

namespace qtill::cli {

/// Exit codes of qtillctl.
enum ExitCode { kExitOk = 0, kExitError = 1, kExitUsage = 2 };

/// What every command needs: the parsed command line, the store's services (opened on first use),
/// the acting operator (signed in on first use with --as and the PIN), and output helpers.
/// A module's services come from its owner object, never built by a command:
/// `inventory::InventoryServices::of(**context.services())`.
///
/// PINs: the acting operator's PIN comes from $QTILL_PIN, else from the terminal without echo; a new
/// PIN (users add, users set-pin) from $QTILL_NEW_PIN, else asked twice. PINs are never taken as
/// arguments (they would show in the process list and the shell history).
class Context
{
public:
    explicit Context(Args args);
    ~Context();

    const Args &args() const { return m_args; }
    bool json() const { return m_args.flag(QStringLiteral("json")); }
    bool verbose() const { return m_args.flag(QStringLiteral("verbose")); }
    const Clock &clock() const { return m_clock; }

    /// --db, else $QTILL_DB, else the default path.
    QString databasePath() const;

    /// The store's services, opened, migrated and wired on the first call. Only `init` creates a missing
    /// database; other commands get NotFound saying to run init.
    Result<Services *> services(bool createIfMissing = false);

    /// Services of another store (`db copy`'s target) with qtillctl's modules; never created.
    Result<std::unique_ptr<Services>> openOther(const QString &address) const;

    /// Signs the acting operator out and closes the store (restore needs the file closed).
    void close();

    /// The operator named by --as, signed in (once) with the PIN. Usage errors and wrong PINs are errors.
    Result<Session> actor();
    /// The acting operator's PIN as typed for actor() (for changing one's own PIN).
    const QString &actorPin() const { return m_actorPin; }
    /// Signs `number` in with `pin` as the acting operator (init does this for the new owner).
    Result<Session> signInAs(const QString &number, const QString &pin);

    /// A new PIN from $QTILL_NEW_PIN or asked twice on the terminal.
    Result<QString> readNewPin(const QString &forWhom);

    /// Text to stdout (a newline is added when missing). Suppressed under --json.
    void say(const QString &text) const;
    /// JSON to stdout (indented).
    void printJson(const QJsonValue &value) const;
    /// Prints the error to stderr (with its detail under --verbose); returns kExitError.
    int fail(const Error &error) const;
    /// Prints a usage problem and the help hint to stderr; returns kExitUsage.
    int usage(const QString &message) const;

private:
    Result<QString> readSecret(const QString &prompt) const;
    /// Opens the --db store once (see services()).
    Result<std::unique_ptr<Services>> openStore(const DatabaseAddress &address, bool createIfMissing);
    /// When `error` is the server asking for a password that ~/.pgpass, PGPASSFILE and the service
    /// file did not give, and a person is at the terminal: asks for it (not echoed) and hands it to
    /// libpq through this process's environment (PGPASSWORD: readable by this process only, inherited
    /// by the pg_dump/pg_restore it starts, never written, shown or logged). True when it asked.
    bool askServerPassword(const Error &error, const DatabaseAddress &address) const;

    Args m_args;
    SystemClock m_clock;
    std::unique_ptr<Services> m_services;
    std::optional<Session> m_session;
    QString m_actorPin;
};

/// A time for --json output: ISO 8601 on this lane's clock with milliseconds and its UTC offset
/// ("2026-12-07T11:18:45.123+08:00"), so a script reads the same instant wherever it runs; empty when invalid.
QString jsonTime(const QDateTime &at);

/// QCoreApplication::translate in the "qtill::cli" context.
QString tr(const char *text);

} // namespace qtill::cli
