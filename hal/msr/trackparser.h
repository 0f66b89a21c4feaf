#pragma once

#include "hal/cardreader.h"

#include <QString>

namespace qtill::hal {

class SecureBuffer;

/// Why a swipe could not be used. The cashier sees ParsedSwipe::message; the detail names the
/// problem and a position, never card data.
enum class TrackError {
    None,
    Empty,           ///< nothing but separators
    Garbage,         ///< bytes outside any track (no start sentinel)
    NoEndSentinel,   ///< a track without its '?'
    BadCharacter,    ///< a character not allowed in that track
    TooLong,         ///< longer than ISO/IEC 7811 allows (79 / 40 / 107 characters)
    BadFormat,       ///< fields missing or malformed (format code, separators, service code)
    BadNumber,       ///< the card number is not 12..19 digits
    BadLuhn,         ///< the card number fails the Luhn check
    BadExpiry,       ///< YYMM is not a date
    BadLrc,          ///< the longitudinal redundancy check does not match
    TrackMismatch,   ///< track 1 and track 2 disagree
    ReadFailed,      ///< the reader reported every track as unreadable ("%E?", ";E?")
};

/// The result of parsing one swipe. Only masked data: brand, masked number, last four, expiry and
/// the holder's name. The full card number is never stored here.
struct ParsedSwipe
{
    TrackError error = TrackError::None;
    QString message; ///< translated, cashier-readable; empty when ok
    QString detail;  ///< technical, for the log; never contains card data
    CardData card;
    int expiryYear = 0;  ///< e.g. 2027
    int expiryMonth = 0; ///< 1..12
    QString holderName;  ///< "JOHN A DOE" from track 1 "DOE/JOHN A", empty without track 1
    bool track1 = false; ///< track 1 was read
    bool track2 = false; ///< track 2 was read

    bool ok() const { return error == TrackError::None; }
};

/// ISO/IEC 7813 track 1 ("%B<PAN>^<NAME>^<YYMM><service code>...?") and track 2
/// (";<PAN>=<YYMM><service code>...?") parsing, as a keyboard-wedge or serial magnetic-stripe reader
/// sends them (tracks in any order, separated by nothing, CR/LF, STX/ETX; a third track is checked and
/// ignored). Takes arbitrary bytes: garbage gives an error, never a crash.
class TrackParser
{
public:
    struct Options
    {
        /// Each track is followed by its LRC character (readers configured to send it), and it is verified.
        bool lrc = false;
        /// Reject card numbers that fail the Luhn check (private-label cards may need false).
        bool requireLuhn = true;
    };

    /// Parses the raw swipe, then wipes `raw` — always, on success and on error.
    static ParsedSwipe parse(SecureBuffer &raw, const Options &options);
    static ParsedSwipe parse(SecureBuffer &raw) { return parse(raw, Options{}); }
};

} // namespace qtill::hal
