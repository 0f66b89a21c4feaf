#pragma once

#include "result.h"

#include <QString>

#include <cstddef>

namespace qtill {

/// Hashes and checks operator PINs with libsodium's Argon2id (crypto_pwhash_str). The stored string
/// carries its own salt and cost parameters, so a hash made with one cost still verifies under
/// another, and needsRehash() tells when a stored hash should be upgraded to the current cost.
///
/// Thread-safe: a PinHasher holds only its parameters.
class PinHasher
{
public:
    /// Argon2id cost. Production uses interactive(); tests use fastest() so a suite with hundreds of
    /// sign-ins stays quick. Never use fastest() in the application.
    struct Params
    {
        unsigned long long opsLimit = 0;
        std::size_t memLimit = 0;

        /// crypto_pwhash_OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE (2 passes, 64 MiB).
        static Params interactive();
        /// The smallest cost libsodium accepts (1 pass, 8 KiB). For tests only.
        static Params fastest();
    };

    static constexpr int kMinPinLength = 4;
    static constexpr int kMaxPinLength = 8;

    explicit PinHasher(Params params = Params::interactive());

    const Params &params() const { return m_params; }

    /// Ok when `pin` is 4 to 8 ASCII digits; otherwise an InvalidInput error saying so.
    static Status validatePin(const QString &pin);

    /// The encoded hash ("$argon2id$v=19$m=…") of a valid PIN; a fresh random salt every call.
    /// Fails with InvalidInput for a PIN of the wrong form, Internal when libsodium runs out of memory.
    Result<QString> hash(const QString &pin) const;

    /// True when `pin` matches `encodedHash`. False for a wrong PIN or a malformed hash.
    bool verify(const QString &encodedHash, const QString &pin) const;

    /// True when `encodedHash` was made with other parameters than this hasher's (or cannot be
    /// parsed): after a successful verify, store hash(pin) again.
    bool needsRehash(const QString &encodedHash) const;

private:
    Params m_params;
};

} // namespace qtill
