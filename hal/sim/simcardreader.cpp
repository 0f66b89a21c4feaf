#include "hal/sim/simcardreader.h"

#include "hal/msr/securebuffer.h"
#include "hal/msr/trackparser.h"

namespace qtill::hal {

bool SimCardReader::swipe(QByteArray &tracks)
{
    if (!isEnabled()) {
        secureWipe(tracks.data(), size_t(tracks.size()));
        return false;
    }
    SecureBuffer raw(tracks.size() + 1);
    raw.append(std::string_view(tracks.constData(), size_t(tracks.size())));
    secureWipe(tracks.data(), size_t(tracks.size()));
    const ParsedSwipe swipe = TrackParser::parse(raw);
    if (swipe.ok())
        deliverData(QVariant::fromValue(swipe.card));
    else
        raiseError(DeviceError{ErrorKind::Protocol, swipe.message, swipe.detail, true});
    return true;
}

QByteArray SimCardReader::tracksFor(const QString &pan, const QString &holder, const QString &yymm)
{
    const QByteArray p = pan.toLatin1();
    return "%B" + p + '^' + holder.toLatin1() + '^' + yymm.toLatin1() + "1010000000?;" + p + '=' + yymm.toLatin1()
        + "1010000000?\r";
}

} // namespace qtill::hal
