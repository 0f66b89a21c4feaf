#pragma once

#include <QString>
#include <QVariantMap>

namespace qtill::hal {

/// How a scanner frames each code: the text it adds before/after, what ends a scan, sane lengths and,
/// for keyboard input, how fast the keys must come (a person typing is not a scanner).
struct ScanFraming
{
    QString prefix;                          ///< required at the start and stripped (empty: none)
    QString suffix;                          ///< stripped from the end when present
    QString terminators = u"\r\n"_qs;        ///< any of these ends a scan; CR LF counts once
    int minLength = 1;                       ///< shorter scans are rejected (after stripping)
    int maxLength = 512;                     ///< longer input is rejected whole
    int maxGapMs = 0;                        ///< > 0: a longer pause between characters drops the partial input

    /// From DeviceInfo params: "prefix", "suffix", "terminator" ("enter" (default), "tab", "cr", "lf",
    /// or the literal characters), "minLength", "maxLength", "maxGapMs".
    static ScanFraming fromParams(const QVariantMap &params);
};

enum class ScanError { None, TooShort, TooLong, MissingPrefix, BadCharacter };

/// One outcome of feeding the framer: nothing yet, a complete scan, or rejected input.
struct ScanFrame
{
    enum class Kind { None, Scan, Rejected };
    Kind kind = Kind::None;
    QString text;    ///< the scan, prefix/suffix stripped
    ScanError error = ScanError::None;
    QString message; ///< translated, for the cashier
    QString detail;  ///< technical (lengths, position), for the log

    bool isScan() const { return kind == Kind::Scan; }
    bool isRejected() const { return kind == Kind::Rejected; }
};

/// Assembles characters into scans according to a ScanFraming. Pure and deterministic: the caller
/// passes each character's timestamp. Shared by the evdev, serial and app-level wedge scanners.
class ScanFramer
{
public:
    explicit ScanFramer(ScanFraming framing = {});

    const ScanFraming &framing() const { return m_framing; }

    /// One character (terminators included) at `timeMs`.
    ScanFrame feed(char32_t ch, qint64 timeMs = 0);
    /// A key that gives no character (F-key, arrow, unknown) inside a scan: the scan is rejected at
    /// its terminator.
    void feedInvalid(qint64 timeMs = 0);
    /// Applies prefix, suffix, allowed characters and lengths to a complete scan body.
    ScanFrame check(const QString &body) const;

    void reset();
    bool hasPartial() const { return !m_buffer.isEmpty() || m_overflow || m_tainted; }
    /// Partial inputs dropped because of a pause longer than maxGapMs (slow typing).
    int staleDiscards() const { return m_staleDiscards; }

private:
    bool isTerminator(char32_t ch) const;
    void dropIfStale(qint64 timeMs);

    ScanFraming m_framing;
    QString m_buffer;
    bool m_overflow = false;
    bool m_tainted = false;
    bool m_started = false;
    qint64 m_lastMs = 0;
    int m_staleDiscards = 0;
};

} // namespace qtill::hal
