#include "hal/display/poledisplayencoder.h"

#include "hal/escpos/gb18030.h"
#include "hal/receipt/columnlayout.h"

namespace qtill::hal {

namespace {

constexpr char kEsc = 0x1B;
constexpr char kFs = 0x1C;
constexpr char kUs = 0x1F;
constexpr char kFf = 0x0C;
constexpr char kCr = 0x0D;

ColumnLayout layoutFor(bool chinese)
{
    return ColumnLayout(chinese ? TextEncoding::Gb18030 : TextEncoding::Latin1);
}

} // namespace

PoleDisplayEncoder::PoleDisplayEncoder(Options options) : m_options(options)
{
    m_options.columns = qBound(1, m_options.columns, 80);
}

QByteArray PoleDisplayEncoder::initialize() const
{
    QByteArray out;
    out += kEsc;
    out += '@';
    if (m_options.chinese) {
        out += kFs;
        out += '&';
    }
    if (m_options.commands == CommandSet::EscPos) {
        out += kUs;
        out += 'C';
        out += char(0);
    }
    out += kFf;
    return out;
}

QByteArray PoleDisplayEncoder::clear() const
{
    return QByteArray(1, kFf);
}

QString PoleDisplayEncoder::fit(const QString &text, Align align) const
{
    ColumnLayout layout = layoutFor(m_options.chinese);
    QString clean = ColumnLayout::sanitize(text);
    if (!m_options.chinese) {
        // Without a Chinese font, everything outside printable ASCII shows as one '?'.
        for (QChar &c : clean) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7E)
                c = QLatin1Char('?');
        }
    }
    return layout.fit(clean, m_options.columns, align);
}

QByteArray PoleDisplayEncoder::encodeText(const QString &text) const
{
    if (m_options.chinese)
        return Gb18030::encode(text);
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += (c.unicode() >= 0x20 && c.unicode() <= 0x7E) ? char(c.unicode()) : '?';
    return out;
}

QByteArray PoleDisplayEncoder::showLines(const QString &line1, const QString &line2, Align align1,
                                         Align align2) const
{
    const QByteArray first = encodeText(fit(line1, align1));
    const QByteArray second = encodeText(fit(line2, align2));
    QByteArray out;
    if (m_options.commands == CommandSet::Cd5220) {
        out += kEsc;
        out += "QA";
        out += first;
        out += kCr;
        out += kEsc;
        out += "QB";
        out += second;
        out += kCr;
    } else {
        out += kUs;
        out += '$';
        out += char(1);
        out += char(1);
        out += first;
        out += kUs;
        out += '$';
        out += char(1);
        out += char(2);
        out += second;
    }
    return out;
}

QString PoleDisplayEncoder::labelled(const QString &label, const QString &amount) const
{
    const ColumnLayout layout = layoutFor(m_options.chinese);
    const QString right = fit(amount, Align::Right).trimmed();
    const int room = qMax(0, m_options.columns - layout.width(right) - 1);
    const QString left = ColumnLayout::sanitize(label);
    return layout.fit(left, room, Align::Left) + QLatin1Char(' ') + right;
}

QByteArray PoleDisplayEncoder::showPrice(PriceLabel label, const QString &amount) const
{
    QByteArray out;
    out += kEsc;
    out += 's';
    out += char('0' + int(label));
    out += kEsc;
    out += "QA";
    for (const QChar c : amount) {
        if ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('-'))
            out += char(c.unicode());
    }
    out += kCr;
    return out;
}

} // namespace qtill::hal
