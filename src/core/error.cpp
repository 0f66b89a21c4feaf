#include "error.h"

namespace qtill {

namespace {
Error make(Error::Code code, QString message, QString detail)
{
    return Error{code, std::move(message), std::move(detail)};
}
} // namespace

Error Error::invalidInput(QString m, QString d) { return make(Code::InvalidInput, std::move(m), std::move(d)); }
Error Error::notFound(QString m, QString d) { return make(Code::NotFound, std::move(m), std::move(d)); }
Error Error::conflict(QString m, QString d) { return make(Code::Conflict, std::move(m), std::move(d)); }
Error Error::permissionDenied(QString m, QString d) { return make(Code::PermissionDenied, std::move(m), std::move(d)); }
Error Error::locked(QString m, QString d) { return make(Code::Locked, std::move(m), std::move(d)); }
Error Error::overflow(QString m, QString d) { return make(Code::Overflow, std::move(m), std::move(d)); }
Error Error::storage(QString m, QString d) { return make(Code::Storage, std::move(m), std::move(d)); }
Error Error::corrupt(QString m, QString d) { return make(Code::Corrupt, std::move(m), std::move(d)); }
Error Error::internal(QString m, QString d) { return make(Code::Internal, std::move(m), std::move(d)); }

QString Error::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

const char *errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::InvalidInput: return "invalid-input";
    case Error::Code::NotFound: return "not-found";
    case Error::Code::Conflict: return "conflict";
    case Error::Code::PermissionDenied: return "permission-denied";
    case Error::Code::Locked: return "locked";
    case Error::Code::Overflow: return "overflow";
    case Error::Code::Storage: return "storage";
    case Error::Code::Corrupt: return "corrupt";
    case Error::Code::Device: return "device";
    case Error::Code::Internal: return "internal";
    }
    return "internal";
}

} // namespace qtill
