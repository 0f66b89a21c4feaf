#pragma once

#include "hal/customerdisplay.h"
#include "hal/display/poledisplayencoder.h"

#include <QByteArray>
#include <QString>

namespace qtill::hal {

/// What a two-line pole display shows for each CustomerDisplay call, as bytes for its encoder:
///
///     cart:     <last item name>   <amount>       payment:  Total          35.00
///               Total              <total>                  Change          5.00
///     QR:       <caption>                          message:  <line 1> / <line 2>
///               (blank: a pole display cannot show a QR code)
///     idle:     the configured idle lines ("Welcome")
///
/// With the price-only LED command set, only the amount is shown with its lamp (Price for a new
/// item, Total, Change, Collect for the QR caption's amount when it has one).
class PoleDisplayLayout
{
public:
    struct Options
    {
        PoleDisplayEncoder::Options encoder;
        bool priceOnly = false;         ///< an 8-digit LED price display, not a text display
        QString idleLine1;              ///< empty: a translated "Welcome"
        QString idleLine2;
    };

    PoleDisplayLayout() : PoleDisplayLayout(Options{}) {}
    explicit PoleDisplayLayout(Options options);

    const PoleDisplayEncoder &encoder() const { return m_encoder; }

    QByteArray cart(const DisplayCart &cart) const;
    QByteArray payment(const QString &total, const QString &paid, const QString &change) const;
    QByteArray paymentQr(const QString &caption) const;
    QByteArray message(const QString &line1, const QString &line2) const;
    QByteArray idle() const;

    /// The two lines (fitted) that cart()/payment()/… would show, for tests and the simulator.
    struct Lines
    {
        QString line1;
        QString line2;
    };
    Lines cartLines(const DisplayCart &cart) const;
    Lines paymentLines(const QString &total, const QString &paid, const QString &change) const;

private:
    QByteArray lines(const Lines &lines) const;

    Options m_options;
    PoleDisplayEncoder m_encoder;
};

} // namespace qtill::hal
