#pragma once

#include <QString>

namespace qtill {

/// What went wrong, in a form fit for a cashier's screen.
///
/// `message` is already translated and says what happened and what to do next, in the words a
/// cashier uses. `detail` is for logs and for IT (SQL error text, file names); it is never shown
/// on the sales screen.
struct Error
{
    enum class Code {
        InvalidInput,       ///< the user typed or scanned something that cannot be used
        NotFound,           ///< the thing asked for does not exist
        Conflict,           ///< it exists already, or it changed under us
        PermissionDenied,   ///< the operator may not do this (a supervisor may authorise it)
        Locked,             ///< the operator or the record is locked
        Overflow,           ///< an amount is too large to be represented
        Storage,            ///< the database could not do what was asked
        Corrupt,            ///< the database file is damaged
        Device,             ///< a device failed
        Internal,           ///< a bug: this should not happen
    };

    Code code = Code::Internal;
    QString message;
    QString detail;

    static Error invalidInput(QString message, QString detail = {});
    static Error notFound(QString message, QString detail = {});
    static Error conflict(QString message, QString detail = {});
    static Error permissionDenied(QString message, QString detail = {});
    static Error locked(QString message, QString detail = {});
    static Error overflow(QString message, QString detail = {});
    static Error storage(QString message, QString detail = {});
    static Error corrupt(QString message, QString detail = {});
    static Error internal(QString message, QString detail = {});

    /// Message and detail together, for logs and the command line.
    QString toString() const;
};

const char *errorCodeName(Error::Code code);

} // namespace qtill
