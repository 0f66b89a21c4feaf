#include "pinhasher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace qtill {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::PinHasher", text);
}

/// sodium_init() is idempotent and thread-safe; the result only says whether it ran before.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

PinHasher::Params PinHasher::Params::interactive()
{
    return Params {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PinHasher::Params PinHasher::Params::fastest()
{
    return Params {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PinHasher::PinHasher(Params params) : m_params(params)
{
    sodiumReady();
}

Status PinHasher::validatePin(const QString &pin)
{
    if (pin.isEmpty())
        return Error::invalidInput(tr("Enter a PIN."));
    for (QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return Error::invalidInput(tr("A PIN has digits only (0-9)."));
    }
    if (pin.size() < kMinPinLength || pin.size() > kMaxPinLength)
        return Error::invalidInput(tr("A PIN has %1 to %2 digits.").arg(kMinPinLength).arg(kMaxPinLength));
    return {};
}

Result<QString> PinHasher::hash(const QString &pin) const
{
    if (auto valid = validatePin(pin); !valid)
        return valid.error();
    if (!sodiumReady())
        return Error::internal(tr("The PIN could not be saved."), QStringLiteral("sodium_init failed"));
    const QByteArray bytes = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(
            out, bytes.constData(), static_cast<unsigned long long>(bytes.size()), m_params.opsLimit, m_params.memLimit)
        != 0) {
        return Error::internal(
            tr("The PIN could not be saved."), QStringLiteral("crypto_pwhash_str failed (out of memory?)"));
    }
    return QString::fromLatin1(out);
}

bool PinHasher::verify(const QString &encodedHash, const QString &pin) const
{
    if (!sodiumReady() || encodedHash.isEmpty())
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray bytes = pin.toUtf8();
    return crypto_pwhash_str_verify(
               stored.constData(), bytes.constData(), static_cast<unsigned long long>(bytes.size()))
        == 0;
}

bool PinHasher::needsRehash(const QString &encodedHash) const
{
    const QByteArray stored = encodedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return true;
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_params.opsLimit, m_params.memLimit) != 0;
}

} // namespace qtill
