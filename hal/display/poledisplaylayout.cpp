#include "hal/display/poledisplaylayout.h"

#include <QCoreApplication>

namespace qtill::hal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::hal::PoleDisplayLayout", text);
}

} // namespace

PoleDisplayLayout::PoleDisplayLayout(Options options) : m_options(std::move(options)), m_encoder(m_options.encoder)
{
}

QByteArray PoleDisplayLayout::lines(const Lines &l) const
{
    return m_encoder.showLines(l.line1, l.line2);
}

PoleDisplayLayout::Lines PoleDisplayLayout::cartLines(const DisplayCart &cart) const
{
    Lines l;
    if (cart.lines.isEmpty()) {
        l.line1 = m_encoder.fit(m_options.idleLine1.isEmpty() ? tr("Welcome") : m_options.idleLine1);
    } else {
        const DisplayLine &last = cart.lines.last();
        l.line1 = m_encoder.labelled(last.name, last.amount);
    }
    l.line2 = m_encoder.labelled(tr("Total"), cart.total);
    return l;
}

PoleDisplayLayout::Lines PoleDisplayLayout::paymentLines(const QString &total, const QString &paid,
                                                          const QString &change) const
{
    Lines l;
    l.line1 = m_encoder.labelled(tr("Total"), total);
    l.line2 = change.isEmpty() ? m_encoder.labelled(tr("Paid"), paid) : m_encoder.labelled(tr("Change"), change);
    return l;
}

QByteArray PoleDisplayLayout::cart(const DisplayCart &cart) const
{
    if (m_options.priceOnly) {
        if (cart.lines.isEmpty())
            return m_encoder.showPrice(PoleDisplayEncoder::PriceLabel::Total, cart.total);
        return m_encoder.showPrice(PoleDisplayEncoder::PriceLabel::Price, cart.lines.last().amount);
    }
    return lines(cartLines(cart));
}

QByteArray PoleDisplayLayout::payment(const QString &total, const QString &paid, const QString &change) const
{
    if (m_options.priceOnly) {
        return change.isEmpty() ? m_encoder.showPrice(PoleDisplayEncoder::PriceLabel::Total, total)
                                : m_encoder.showPrice(PoleDisplayEncoder::PriceLabel::Change, change);
    }
    return lines(paymentLines(total, paid, change));
}

QByteArray PoleDisplayLayout::paymentQr(const QString &caption) const
{
    if (m_options.priceOnly) {
        // The amount in the caption ("Scan to pay ¥35.00"), under the Collect lamp.
        QString digits;
        for (const QChar c : caption) {
            if ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.'))
                digits += c;
        }
        return m_encoder.showPrice(PoleDisplayEncoder::PriceLabel::Collect, digits);
    }
    return lines({caption, QString()});
}

QByteArray PoleDisplayLayout::message(const QString &line1, const QString &line2) const
{
    if (m_options.priceOnly)
        return m_encoder.showPrice(PoleDisplayEncoder::PriceLabel::None, QString());
    return lines({line1, line2});
}

QByteArray PoleDisplayLayout::idle() const
{
    return message(m_options.idleLine1.isEmpty() ? tr("Welcome") : m_options.idleLine1, m_options.idleLine2);
}

} // namespace qtill::hal
