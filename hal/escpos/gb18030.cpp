#include "hal/escpos/gb18030.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <cerrno>
#include <iconv.h>

namespace qtill::hal {

namespace {

constexpr const char *kName = "GB18030";

QByteArray iconvConvert(const char *to, const char *from, QByteArrayView input)
{
    iconv_t cd = iconv_open(to, from);
    if (cd == iconv_t(-1)) {
        return {};
    }
    QByteArray output(input.size() * 4 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(input.data());
    size_t inLeft = size_t(input.size());
    char *out = output.data();
    size_t outLeft = size_t(output.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &out, &outLeft) == size_t(-1)) {
            if (errno == EILSEQ || errno == EINVAL) {
                ++in; // skip a malformed unit
                --inLeft;
                continue;
            }
            break;
        }
    }
    iconv_close(cd);
    output.truncate(output.size() - qsizetype(outLeft));
    return output;
}

QString withoutLoneSurrogates(QStringView text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            clean += c;
            clean += text[++i];
        } else if (c.isSurrogate()) {
            clean += QLatin1Char('?');
        } else {
            clean += c;
        }
    }
    return clean;
}

} // namespace

QByteArray Gb18030::encode(QStringView text)
{
    const QString clean = withoutLoneSurrogates(text);
    QStringEncoder encoder(kName);
    if (encoder.isValid()) {
        return encoder.encode(clean);
    }
    const QByteArray utf8 = clean.toUtf8();
    return iconvConvert(kName, "UTF-8", utf8);
}

QString Gb18030::decode(QByteArrayView bytes)
{
    QStringDecoder decoder(kName);
    if (decoder.isValid()) {
        return decoder.decode(bytes);
    }
    return QString::fromUtf8(iconvConvert("UTF-8", kName, bytes));
}

int Gb18030::sequenceLength(QByteArrayView bytes)
{
    if (bytes.isEmpty()) {
        return 0;
    }
    const auto b0 = quint8(bytes[0]);
    if (b0 < 0x80) {
        return 1;
    }
    if (b0 == 0x80 || b0 == 0xFF || bytes.size() < 2) {
        return 0;
    }
    const auto b1 = quint8(bytes[1]);
    if ((b1 >= 0x40 && b1 <= 0x7E) || (b1 >= 0x80 && b1 <= 0xFE)) {
        return 2;
    }
    if (b1 >= 0x30 && b1 <= 0x39) {
        if (bytes.size() < 4) {
            return 0;
        }
        const auto b2 = quint8(bytes[2]);
        const auto b3 = quint8(bytes[3]);
        if (b2 >= 0x81 && b2 <= 0xFE && b3 >= 0x30 && b3 <= 0x39) {
            return 4;
        }
    }
    return 0;
}

} // namespace qtill::hal
