#include "hal/receipt/paperprofile.h"

namespace qtill::hal {

PaperProfile PaperProfile::mm58()
{
    return PaperProfile{QStringLiteral("58mm"), 58, 32, 384, TextEncoding::Gb18030};
}

PaperProfile PaperProfile::mm80()
{
    return PaperProfile{QStringLiteral("80mm"), 80, 48, 576, TextEncoding::Gb18030};
}

PaperProfile PaperProfile::fromKey(const QString &key)
{
    if (key.startsWith(QLatin1String("58"))) {
        return mm58();
    }
    return mm80();
}

} // namespace qtill::hal
