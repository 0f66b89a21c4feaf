#pragma once

#include "hal/cardreader.h"

#include <QByteArray>
#include <QString>

namespace qtill::hal {

/// A magnetic-stripe reader simulator (backend "sim"): swipe raw track bytes (parsed and wiped as
/// the real readers do) or a test card.
class SimCardReader : public CardReader
{
    Q_OBJECT

public:
    using CardReader::CardReader;

    /// Parses the tracks like a real reader: CardData, or a Protocol error ("Swipe again").
    /// `tracks` is overwritten with zeros afterwards. False when not enabled.
    bool swipe(QByteArray &tracks);
    /// Track 1 + track 2 of a card (for tests and the simulator's "swipe a test card").
    static QByteArray tracksFor(const QString &pan, const QString &holder = u"TEST/CARD"_qs,
                                const QString &yymm = u"3012"_qs);
};

} // namespace qtill::hal
