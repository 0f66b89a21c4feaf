#include "hal/escpos/escposencoder.h"

#include "hal/escpos/gb18030.h"
#include "hal/receipt/barcodedata.h"
#include "hal/receipt/columnlayout.h"

#include <algorithm>

namespace qtill::hal {

namespace {

constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;
constexpr char FS = 0x1C;
constexpr char DLE = 0x10;
constexpr char EOT = 0x04;
constexpr char LF = 0x0A;

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values) {
        out += char(v);
    }
    return out;
}

/// Tracks what the printer currently has set, so commands are sent only on change.
class Writer
{
public:
    Writer(const EscPosEncoder &encoder, const PaperProfile &profile)
        : m_encoder(encoder)
        , m_profile(profile)
        , m_layout(profile.encoding)
    {
    }

    void style(const TextStyle &style)
    {
        alignTo(style.align);
        if (style.bold != m_style.bold) {
            m_out += EscPosEncoder::bold(style.bold);
        }
        if (style.doubleWidth != m_style.doubleWidth || style.doubleHeight != m_style.doubleHeight) {
            m_out += EscPosEncoder::characterSize(style.doubleWidth, style.doubleHeight);
        }
        m_style = style;
    }
    void alignTo(Align align)
    {
        if (align != m_style.align) {
            m_out += EscPosEncoder::align(align);
            m_style.align = align;
        }
    }
    void line(QStringView text)
    {
        m_out += m_encoder.encodeText(text);
        m_out += LF;
    }

    void operator()(const TextLine &element)
    {
        style(element.style);
        for (const QString &text : m_layout.wrap(element.text, ColumnLayout::columnsFor(m_profile, element.style))) {
            line(text);
        }
    }
    void operator()(const ColumnsLine &element)
    {
        TextStyle rowStyle = element.style;
        rowStyle.align = Align::Left;
        style(rowStyle);
        for (const QString &text : m_layout.layout(element, ColumnLayout::columnsFor(m_profile, rowStyle))) {
            line(text);
        }
    }
    void operator()(const Separator &element)
    {
        style(TextStyle{});
        const QString one(element.character);
        const int count = m_profile.columns / std::max(m_layout.width(one), 1);
        line(one.repeated(count));
    }
    void operator()(const Feed &element) { m_out += EscPosEncoder::feedLines(element.lines); }
    void operator()(const Barcode &element)
    {
        if (!BarcodeData::validate(element).isEmpty()) {
            (*this)(TextLine{element.data, TextStyle{false, false, false, element.align}});
            return;
        }
        alignTo(element.align);
        m_out += EscPosEncoder::barcode(element);
    }
    void operator()(const QrCode &element)
    {
        if (!BarcodeData::validate(element).isEmpty()) {
            (*this)(TextLine{element.data, TextStyle{false, false, false, element.align}});
            return;
        }
        alignTo(element.align);
        m_out += EscPosEncoder::qrCode(element);
        m_out += LF;
    }
    void operator()(const Cut &element)
    {
        if (element.feedLines > 0) {
            m_out += EscPosEncoder::feedLines(element.feedLines);
        }
        m_out += EscPosEncoder::cut(element.type);
    }
    void operator()(const DrawerKick &element) { m_out += EscPosEncoder::drawerKick(element); }
    void operator()(const Logo &element)
    {
        if (element.image.isNull()) {
            return;
        }
        alignTo(element.align);
        m_out += EscPosEncoder::rasterImage(element.image, m_profile.dotsPerLine);
    }

    QByteArray &out() { return m_out; }

private:
    const EscPosEncoder &m_encoder;
    const PaperProfile &m_profile;
    ColumnLayout m_layout;
    TextStyle m_style;
    QByteArray m_out;
};

} // namespace

EscPosEncoder::EscPosEncoder(PaperProfile profile)
    : m_profile(std::move(profile))
{
}

QByteArray EscPosEncoder::encode(const ReceiptDocument &receipt) const
{
    Writer writer(*this, m_profile);
    writer.out() += initialize();
    if (m_profile.encoding == TextEncoding::Gb18030 && receipt.needsMultibyte()) {
        writer.out() += chineseMode(true);
    }
    for (const ReceiptElement &element : receipt.elements()) {
        std::visit(writer, element);
    }
    return writer.out();
}

QByteArray EscPosEncoder::encodeText(QStringView text) const
{
    const QString clean = ColumnLayout::sanitize(text);
    if (m_profile.encoding == TextEncoding::Gb18030) {
        return Gb18030::encode(clean);
    }
    QByteArray out;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        char32_t c = clean[i].unicode();
        if (clean[i].isHighSurrogate() && i + 1 < clean.size()) {
            c = QChar::surrogateToUcs4(clean[i], clean[i + 1]);
            ++i;
        }
        if (c <= 0xFF) {
            out += char(c);
        } else {
            out += ColumnLayout::isWide(c) ? "??" : "?";
        }
    }
    return out;
}

QByteArray EscPosEncoder::initialize()
{
    return bytes({ESC, '@'});
}

QByteArray EscPosEncoder::align(Align align)
{
    return bytes({ESC, 'a', align == Align::Left ? 0 : align == Align::Center ? 1 : 2});
}

QByteArray EscPosEncoder::bold(bool on)
{
    return bytes({ESC, 'E', on ? 1 : 0});
}

QByteArray EscPosEncoder::characterSize(bool doubleWidth, bool doubleHeight)
{
    return bytes({GS, '!', (doubleWidth ? 0x10 : 0) | (doubleHeight ? 0x01 : 0)});
}

QByteArray EscPosEncoder::chineseMode(bool on)
{
    return bytes({FS, on ? '&' : '.'});
}

QByteArray EscPosEncoder::feedLines(int lines)
{
    return bytes({ESC, 'd', std::clamp(lines, 0, 255)});
}

QByteArray EscPosEncoder::cut(CutType type)
{
    return bytes({GS, 'V', type == CutType::Full ? 0 : 1});
}

QByteArray EscPosEncoder::drawerKick(const DrawerKick &kick)
{
    return bytes({ESC, 'p', kick.pin == DrawerPin::Pin2 ? 0 : 1, std::clamp(kick.onMs / 2, 1, 255),
                  std::clamp(kick.offMs / 2, 1, 255)});
}

QByteArray EscPosEncoder::barcode(const Barcode &barcode)
{
    QByteArray out = bytes({GS, 'h', barcode.heightDots, GS, 'w', barcode.moduleWidth, GS, 'H',
                            barcode.humanReadable ? 2 : 0});
    QByteArray data;
    int m = 0;
    if (barcode.type == BarcodeType::Ean13) {
        m = 67;
        data = BarcodeData::ean13Full(barcode.data).toLatin1();
    } else {
        m = 73;
        data = BarcodeData::code128EscPos(barcode.data);
    }
    out += bytes({GS, 'k', m, int(data.size())});
    out += data;
    return out;
}

QByteArray EscPosEncoder::qrCode(const QrCode &qr)
{
    const QByteArray data = qr.data.toUtf8();
    const int level = 48 + int(qr.errorLevel); // L=48 M=49 Q=50 H=51
    QByteArray out;
    out += bytes({GS, '(', 'k', 4, 0, 49, 65, 50, 0});           // fn 165: model 2
    out += bytes({GS, '(', 'k', 3, 0, 49, 67, qr.moduleSize});   // fn 167: module size
    out += bytes({GS, '(', 'k', 3, 0, 49, 69, level});           // fn 169: error correction
    const int length = int(data.size()) + 3;
    out += bytes({GS, '(', 'k', length & 0xFF, length >> 8, 49, 80, 48}); // fn 180: store
    out += data;
    out += bytes({GS, '(', 'k', 3, 0, 49, 81, 48});              // fn 181: print
    return out;
}

QByteArray EscPosEncoder::rasterImage(const QImage &image, int maxDots)
{
    QImage scaled = image.width() > maxDots ? image.scaledToWidth(maxDots, Qt::SmoothTransformation) : image;
    // Transparent areas print as white paper.
    QImage flat(scaled.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QImage source = scaled.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < source.height(); ++y) {
            const auto *in = reinterpret_cast<const QRgb *>(source.constScanLine(y));
            auto *out = reinterpret_cast<QRgb *>(flat.scanLine(y));
            for (int x = 0; x < source.width(); ++x) {
                const int a = qAlpha(in[x]);
                const auto mix = [a](int c) { return (c * a + 255 * (255 - a)) / 255; };
                out[x] = qRgb(mix(qRed(in[x])), mix(qGreen(in[x])), mix(qBlue(in[x])));
            }
        }
    }
    const QImage mono = flat.convertToFormat(QImage::Format_Mono, Qt::MonoOnly | Qt::DiffuseDither);
    const int widthBytes = (mono.width() + 7) / 8;
    const int height = std::min(mono.height(), 0xFFFF);
    // Index 0/1 meaning depends on the colour table; black pixels are ink.
    const bool zeroIsBlack = qGray(mono.color(0)) < 128;
    QByteArray out = bytes({GS, 'v', '0', 0, widthBytes & 0xFF, widthBytes >> 8, height & 0xFF, height >> 8});
    for (int y = 0; y < height; ++y) {
        const uchar *line = mono.constScanLine(y);
        for (int xb = 0; xb < widthBytes; ++xb) {
            uchar byte = zeroIsBlack ? uchar(~line[xb]) : line[xb];
            const int valid = std::min(8, mono.width() - xb * 8);
            byte &= uchar(0xFF << (8 - valid)); // padding bits stay white
            out += char(byte);
        }
    }
    return out;
}

QByteArray EscPosEncoder::statusRequest(StatusRequest request)
{
    return bytes({DLE, EOT, int(request)});
}

} // namespace qtill::hal
