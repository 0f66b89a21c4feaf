#include "escposdecoder.h"

#include "hal/escpos/gb18030.h"

#include <QCryptographicHash>

namespace qtill::hal::test {

namespace {

constexpr quint8 ESC = 0x1B;
constexpr quint8 GS = 0x1D;
constexpr quint8 FS = 0x1C;
constexpr quint8 DLE = 0x10;
constexpr quint8 LF = 0x0A;

QString quoted(const QString &text)
{
    QString q = text;
    q.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    q.replace(QLatin1String("\""), QLatin1String("\\\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

class Decoder
{
public:
    explicit Decoder(QByteArrayView bytes)
        : m_in(bytes)
    {
    }

    EscPosDecoding run()
    {
        while (m_pos < m_in.size() && m_result.ok()) {
            step();
        }
        return m_result;
    }

private:
    quint8 at(qsizetype i) const { return quint8(m_in[i]); }
    bool need(qsizetype count, const char *what)
    {
        if (m_pos + count > m_in.size()) {
            fail(QStringLiteral("truncated %1").arg(QLatin1String(what)));
            return false;
        }
        return true;
    }
    void fail(const QString &message)
    {
        if (m_result.ok()) {
            m_result.error = message;
            m_result.errorOffset = m_start;
        }
    }
    void emitItem(const QString &command, const QString &meaning)
    {
        m_result.items.append(EscPosItem{m_start, command, meaning});
    }

    void step()
    {
        m_start = m_pos;
        const quint8 b = at(m_pos);
        if (b == LF) {
            ++m_pos;
            emitItem(QStringLiteral("LF"), {});
        } else if (b == ESC) {
            escape();
        } else if (b == GS) {
            group();
        } else if (b == FS) {
            fieldSeparator();
        } else if (b == DLE) {
            dataLinkEscape();
        } else if (b < 0x20 || b == 0x7F) {
            ++m_pos;
            fail(QStringLiteral("stray control byte 0x%1").arg(b, 2, 16, QLatin1Char('0')));
        } else {
            text();
        }
    }

    void text()
    {
        QString decoded;
        while (m_pos < m_in.size()) {
            const quint8 b = at(m_pos);
            if (b < 0x20 || b == 0x7F) {
                break;
            }
            if (m_chinese && b >= 0x80) {
                const int length = Gb18030::sequenceLength(m_in.sliced(m_pos));
                if (length == 0) {
                    m_start = m_pos;
                    fail(QStringLiteral("malformed GB18030 sequence"));
                    return;
                }
                decoded += Gb18030::decode(m_in.sliced(m_pos, length));
                m_pos += length;
            } else {
                decoded += QChar(char16_t(b)); // Latin-1 / ASCII
                ++m_pos;
            }
        }
        emitItem(QStringLiteral("TEXT"), decoded);
    }

    void escape()
    {
        if (!need(2, "ESC command")) {
            return;
        }
        const quint8 c = at(m_pos + 1);
        switch (c) {
        case '@':
            m_pos += 2;
            m_chinese = false;
            emitItem(QStringLiteral("ESC @"), QStringLiteral("initialize"));
            return;
        case 'a': {
            if (!need(3, "ESC a")) {
                return;
            }
            const quint8 n = at(m_pos + 2);
            m_pos += 3;
            static const char *names[] = {"left", "center", "right"};
            const int index = n >= '0' ? n - '0' : n;
            if (index > 2) {
                fail(QStringLiteral("ESC a: bad alignment %1").arg(n));
                return;
            }
            emitItem(QStringLiteral("ESC a"), QStringLiteral("align ") + QLatin1String(names[index]));
            return;
        }
        case 'E': {
            if (!need(3, "ESC E")) {
                return;
            }
            const quint8 n = at(m_pos + 2);
            m_pos += 3;
            emitItem(QStringLiteral("ESC E"), (n & 1) ? QStringLiteral("bold on") : QStringLiteral("bold off"));
            return;
        }
        case '!': {
            if (!need(3, "ESC !")) {
                return;
            }
            const quint8 n = at(m_pos + 2);
            m_pos += 3;
            emitItem(QStringLiteral("ESC !"), QStringLiteral("print mode 0x%1").arg(n, 2, 16, QLatin1Char('0')));
            return;
        }
        case 'd': {
            if (!need(3, "ESC d")) {
                return;
            }
            const quint8 n = at(m_pos + 2);
            m_pos += 3;
            emitItem(QStringLiteral("ESC d"), QStringLiteral("feed %1 lines").arg(n));
            return;
        }
        case 'p': {
            if (!need(5, "ESC p")) {
                return;
            }
            const quint8 m = at(m_pos + 2);
            const quint8 t1 = at(m_pos + 3);
            const quint8 t2 = at(m_pos + 4);
            m_pos += 5;
            if (m != 0 && m != 1 && m != '0' && m != '1') {
                fail(QStringLiteral("ESC p: bad pin %1").arg(m));
                return;
            }
            if (t1 == 0 || t2 == 0) {
                fail(QStringLiteral("ESC p: zero pulse time"));
                return;
            }
            emitItem(QStringLiteral("ESC p"), QStringLiteral("drawer kick pin %1, on %2 ms, off %3 ms")
                                                   .arg((m & 1) ? 5 : 2)
                                                   .arg(t1 * 2)
                                                   .arg(t2 * 2));
            return;
        }
        default:
            fail(QStringLiteral("unknown command ESC 0x%1").arg(c, 2, 16, QLatin1Char('0')));
        }
    }

    void group()
    {
        if (!need(2, "GS command")) {
            return;
        }
        const quint8 c = at(m_pos + 1);
        switch (c) {
        case '!': {
            if (!need(3, "GS !")) {
                return;
            }
            const quint8 n = at(m_pos + 2);
            m_pos += 3;
            const int width = (n >> 4) + 1;
            const int height = (n & 0x0F) + 1;
            if (width > 8 || height > 8) {
                fail(QStringLiteral("GS !: bad size 0x%1").arg(n, 2, 16, QLatin1Char('0')));
                return;
            }
            emitItem(QStringLiteral("GS !"), QStringLiteral("size width x%1 height x%2").arg(width).arg(height));
            return;
        }
        case 'V':
            cut();
            return;
        case 'h':
        case 'w':
        case 'H':
            barcodeSetting(c);
            return;
        case 'k':
            barcode();
            return;
        case '(':
            function();
            return;
        case 'v':
            raster();
            return;
        default:
            fail(QStringLiteral("unknown command GS 0x%1").arg(c, 2, 16, QLatin1Char('0')));
        }
    }

    void cut()
    {
        if (!need(3, "GS V")) {
            return;
        }
        const quint8 m = at(m_pos + 2);
        if (m == 0 || m == 1 || m == '0' || m == '1') {
            m_pos += 3;
            emitItem(QStringLiteral("GS V"), (m & 1) ? QStringLiteral("cut partial") : QStringLiteral("cut full"));
        } else if (m == 65 || m == 66) {
            if (!need(4, "GS V")) {
                return;
            }
            const quint8 n = at(m_pos + 3);
            m_pos += 4;
            emitItem(QStringLiteral("GS V"), QStringLiteral("feed %1 and cut %2")
                                                  .arg(n)
                                                  .arg(m == 65 ? QLatin1String("full") : QLatin1String("partial")));
        } else {
            m_pos += 3;
            fail(QStringLiteral("GS V: bad cut mode %1").arg(m));
        }
    }

    void barcodeSetting(quint8 c)
    {
        if (!need(3, "barcode setting")) {
            return;
        }
        const quint8 n = at(m_pos + 2);
        m_pos += 3;
        if (c == 'h') {
            if (n == 0) {
                fail(QStringLiteral("GS h: zero height"));
                return;
            }
            emitItem(QStringLiteral("GS h"), QStringLiteral("barcode height %1 dots").arg(n));
        } else if (c == 'w') {
            if (n < 1 || n > 6) {
                fail(QStringLiteral("GS w: bad module width %1").arg(n));
                return;
            }
            emitItem(QStringLiteral("GS w"), QStringLiteral("barcode module width %1").arg(n));
        } else {
            static const char *names[] = {"none", "above", "below", "above and below"};
            const int index = n >= '0' ? n - '0' : n;
            if (index > 3) {
                fail(QStringLiteral("GS H: bad HRI position %1").arg(n));
                return;
            }
            emitItem(QStringLiteral("GS H"), QStringLiteral("barcode text ") + QLatin1String(names[index]));
        }
    }

    void barcode()
    {
        if (!need(4, "GS k")) {
            return;
        }
        const quint8 m = at(m_pos + 2);
        const quint8 n = at(m_pos + 3);
        if (m != 67 && m != 73) {
            m_pos += 4;
            fail(QStringLiteral("GS k: unsupported symbology %1").arg(m));
            return;
        }
        if (!need(4 + n, "GS k data")) {
            return;
        }
        const QByteArrayView data = m_in.sliced(m_pos + 4, n);
        m_pos += 4 + n;
        if (m == 67) {
            if (n != 12 && n != 13) {
                fail(QStringLiteral("GS k EAN13: length %1").arg(n));
                return;
            }
            for (char d : data) {
                if (d < '0' || d > '9') {
                    fail(QStringLiteral("GS k EAN13: non-digit"));
                    return;
                }
            }
            emitItem(QStringLiteral("GS k"), QStringLiteral("EAN13 ") + QString::fromLatin1(data));
            return;
        }
        // CODE128: "{A"/"{B"/"{C" code set selections, "{{" is a literal '{'.
        QString readable;
        char set = 0;
        for (qsizetype i = 0; i < data.size(); ++i) {
            const auto b = quint8(data[i]);
            if (b == '{') {
                if (i + 1 >= data.size()) {
                    fail(QStringLiteral("GS k CODE128: dangling '{'"));
                    return;
                }
                const char next = data[++i];
                if (next == 'A' || next == 'B' || next == 'C') {
                    set = next;
                    readable += QStringLiteral("[%1]").arg(QLatin1Char(next));
                    continue;
                }
                if (next == '{' && set == 'B') {
                    readable += QLatin1Char('{');
                    continue;
                }
                fail(QStringLiteral("GS k CODE128: bad escape '{%1'").arg(QLatin1Char(next)));
                return;
            }
            if (set == 0) {
                fail(QStringLiteral("GS k CODE128: data before a code set"));
                return;
            }
            if (set == 'C') {
                if (b > 99) {
                    fail(QStringLiteral("GS k CODE128: code C value %1").arg(b));
                    return;
                }
                readable += QStringLiteral("%1").arg(b, 2, 10, QLatin1Char('0'));
            } else if (set == 'B' && b >= 0x20 && b <= 0x7F) {
                readable += QChar(char16_t(b));
            } else if (set == 'A' && b <= 0x5F) {
                readable += b < 0x20 ? QStringLiteral("<%1>").arg(b) : QString(QChar(char16_t(b)));
            } else {
                fail(QStringLiteral("GS k CODE128: byte %1 not in code set %2").arg(b).arg(QLatin1Char(set)));
                return;
            }
        }
        if (set == 0) {
            fail(QStringLiteral("GS k CODE128: no code set"));
            return;
        }
        emitItem(QStringLiteral("GS k"), QStringLiteral("CODE128 ") + readable);
    }

    void function()
    {
        if (!need(5, "GS ( command")) {
            return;
        }
        const quint8 fn = at(m_pos + 2);
        const int length = at(m_pos + 3) | (at(m_pos + 4) << 8);
        if (fn != 'k') {
            m_pos += 5;
            fail(QStringLiteral("unknown command GS ( 0x%1").arg(fn, 2, 16, QLatin1Char('0')));
            return;
        }
        if (length < 2) {
            m_pos += 5;
            fail(QStringLiteral("GS ( k: length %1").arg(length));
            return;
        }
        if (!need(5 + length, "GS ( k data")) {
            return;
        }
        const QByteArrayView body = m_in.sliced(m_pos + 5, length);
        m_pos += 5 + length;
        const auto cn = quint8(body[0]);
        const auto fnNumber = quint8(body[1]);
        if (cn != 49) {
            fail(QStringLiteral("GS ( k: symbol %1 is not QR").arg(cn));
            return;
        }
        const auto arg = [&](qsizetype i) { return i < body.size() ? quint8(body[i]) : 0; };
        switch (fnNumber) {
        case 65: // 165 model
            if (length != 4 || (arg(2) != 49 && arg(2) != 50) || arg(3) != 0) {
                fail(QStringLiteral("QR model: bad arguments"));
                return;
            }
            emitItem(QStringLiteral("GS ( k"), QStringLiteral("QR model %1").arg(arg(2) - 48));
            return;
        case 67: // 167 size
            if (length != 3 || arg(2) < 1 || arg(2) > 16) {
                fail(QStringLiteral("QR size: bad arguments"));
                return;
            }
            emitItem(QStringLiteral("GS ( k"), QStringLiteral("QR module size %1").arg(arg(2)));
            return;
        case 69: { // 169 error correction
            static const char *levels[] = {"L", "M", "Q", "H"};
            if (length != 3 || arg(2) < 48 || arg(2) > 51) {
                fail(QStringLiteral("QR error level: bad arguments"));
                return;
            }
            emitItem(QStringLiteral("GS ( k"), QStringLiteral("QR error correction ") + QLatin1String(levels[arg(2) - 48]));
            return;
        }
        case 80: // 180 store
            if (length < 4 || arg(2) != 48) {
                fail(QStringLiteral("QR store: bad arguments"));
                return;
            }
            emitItem(QStringLiteral("GS ( k"), QStringLiteral("QR store ") + quoted(QString::fromUtf8(body.sliced(3))));
            return;
        case 81: // 181 print
            if (length != 3 || arg(2) != 48) {
                fail(QStringLiteral("QR print: bad arguments"));
                return;
            }
            emitItem(QStringLiteral("GS ( k"), QStringLiteral("QR print"));
            return;
        default:
            fail(QStringLiteral("GS ( k: unknown QR function %1").arg(fnNumber));
        }
    }

    void raster()
    {
        if (!need(8, "GS v 0")) {
            return;
        }
        if (at(m_pos + 2) != '0' || at(m_pos + 3) > 3) {
            m_pos += 4;
            fail(QStringLiteral("GS v: bad raster mode"));
            return;
        }
        const int widthBytes = at(m_pos + 4) | (at(m_pos + 5) << 8);
        const int height = at(m_pos + 6) | (at(m_pos + 7) << 8);
        if (widthBytes == 0 || height == 0) {
            m_pos += 8;
            fail(QStringLiteral("GS v 0: empty image"));
            return;
        }
        const qsizetype size = qsizetype(widthBytes) * height;
        if (!need(8 + size, "GS v 0 image data")) {
            return;
        }
        const QByteArrayView data = m_in.sliced(m_pos + 8, size);
        m_pos += 8 + size;
        int black = 0;
        for (char b : data) {
            black += qPopulationCount(quint8(b));
        }
        emitItem(QStringLiteral("GS v 0"), QStringLiteral("raster image %1x%2 dots, %3 black, sha1 %4")
                                                .arg(widthBytes * 8)
                                                .arg(height)
                                                .arg(black)
                                                .arg(QString::fromLatin1(QCryptographicHash::hash(
                                                    data, QCryptographicHash::Sha1).toHex().left(12))));
    }

    void fieldSeparator()
    {
        if (!need(2, "FS command")) {
            return;
        }
        const quint8 c = at(m_pos + 1);
        m_pos += 2;
        if (c == '&') {
            m_chinese = true;
            emitItem(QStringLiteral("FS &"), QStringLiteral("Chinese mode on (GB18030)"));
        } else if (c == '.') {
            m_chinese = false;
            emitItem(QStringLiteral("FS ."), QStringLiteral("Chinese mode off"));
        } else {
            fail(QStringLiteral("unknown command FS 0x%1").arg(c, 2, 16, QLatin1Char('0')));
        }
    }

    void dataLinkEscape()
    {
        if (!need(3, "DLE command")) {
            return;
        }
        const quint8 c = at(m_pos + 1);
        const quint8 n = at(m_pos + 2);
        m_pos += 3;
        if (c != 0x04) {
            fail(QStringLiteral("unknown command DLE 0x%1").arg(c, 2, 16, QLatin1Char('0')));
            return;
        }
        static const char *names[] = {"printer", "offline cause", "error cause", "paper sensor"};
        if (n < 1 || n > 4) {
            fail(QStringLiteral("DLE EOT: bad request %1").arg(n));
            return;
        }
        emitItem(QStringLiteral("DLE EOT"), QStringLiteral("status request: ") + QLatin1String(names[n - 1]));
    }

    QByteArrayView m_in;
    qsizetype m_pos = 0;
    qsizetype m_start = 0;
    bool m_chinese = false;
    EscPosDecoding m_result;
};

} // namespace

EscPosDecoding EscPosDecoder::decode(QByteArrayView bytes)
{
    return Decoder(bytes).run();
}

QString EscPosDecoding::toText() const
{
    QString out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const EscPosItem &item = items[i];
        QString line;
        if (item.command == QLatin1String("TEXT")) {
            // Text followed by LF is one printed line.
            const bool printed = i + 1 < items.size() && items[i + 1].command == QLatin1String("LF");
            line = (printed ? QStringLiteral("PRINT") : item.command).leftJustified(8) + quoted(item.meaning);
            i += printed ? 1 : 0;
        } else {
            line = item.command.leftJustified(8) + item.meaning;
        }
        while (line.endsWith(QLatin1Char(' '))) {
            line.chop(1);
        }
        out += line + QLatin1Char('\n');
    }
    if (!ok()) {
        out += QStringLiteral("ERROR   at %1: %2\n").arg(errorOffset).arg(error);
    }
    return out;
}

QStringList EscPosDecoding::printedLines() const
{
    QStringList lines;
    QString current;
    for (const EscPosItem &item : items) {
        if (item.command == QLatin1String("TEXT")) {
            current += item.meaning;
        } else if (item.command == QLatin1String("LF")) {
            lines.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        lines.append(current);
    }
    return lines;
}

} // namespace qtill::hal::test
