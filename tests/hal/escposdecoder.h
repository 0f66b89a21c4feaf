#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace qtill::hal::test {

/// One decoded item: a command (with its readable meaning) or a run of printed text.
struct EscPosItem
{
    qsizetype offset = 0; ///< where it starts in the input
    QString command;      ///< "ESC a", "GS k", ... or "TEXT"
    QString meaning;      ///< "align center", "EAN13 6901234567892", the text itself
};

/// The decoder's answer: the items, or the first error and where it happened.
struct EscPosDecoding
{
    QList<EscPosItem> items;
    QString error;
    qsizetype errorOffset = -1;

    bool ok() const { return error.isEmpty(); }
    /// One item per line ("ESC a   align center", "PRINT   \"text\"" for text + LF): the golden format.
    QString toText() const;
    /// Only the text lines as the paper would show them (TEXT + LF merged), for quick assertions.
    QStringList printedLines() const;
};

/// A strict, test-only ESC/POS decoder for the subset the encoder emits (and a few neighbours):
/// ESC @, ESC a, ESC E, ESC d, ESC p, ESC !, GS !, GS V, GS h, GS w, GS H, GS k (EAN-13, CODE128),
/// GS ( k (QR model 2 functions 165/167/169/180/181), GS v 0, FS &, FS ., DLE EOT, LF, text.
/// Text is Latin-1 outside and GB18030 inside Chinese mode (FS &). Anything else — an unknown
/// command, a truncated one, an out-of-range argument, a stray control byte, a malformed GB18030
/// sequence — stops decoding with an error. Never crashes on any input.
class EscPosDecoder
{
public:
    static EscPosDecoding decode(QByteArrayView bytes);
};

} // namespace qtill::hal::test
