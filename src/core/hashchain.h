#pragma once

#include <QByteArray>
#include <QString>

namespace qtill::hashchain {

/// Appends one field of a hash-chained record's canonical text as `<UTF-8 length>:<bytes>\n` (a
/// netstring-like form: no separator inside a field can be forged). The audit log and the register
/// journal both build the text their hashes cover this way.
inline void appendField(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += '\n';
}

/// The previous hash of a chain's first record: 64 zeros.
inline QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

} // namespace qtill::hashchain
