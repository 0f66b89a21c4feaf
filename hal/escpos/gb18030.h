#pragma once

#include <QByteArray>
#include <QString>

namespace qtill::hal {

/// GB18030, the encoding of Chinese-mode receipt printers. Uses Qt's ICU-backed codec when Qt has
/// one, else glibc iconv. Thread-safe (no shared state).
class Gb18030
{
public:
    /// Encodes text; unpaired surrogates become '?'.
    static QByteArray encode(QStringView text);
    /// Decodes bytes; malformed sequences become U+FFFD.
    static QString decode(QByteArrayView bytes);
    /// Bytes of the GB18030 character starting at `bytes[0]` (1, 2 or 4), or 0 if malformed/truncated.
    static int sequenceLength(QByteArrayView bytes);
};

} // namespace qtill::hal
