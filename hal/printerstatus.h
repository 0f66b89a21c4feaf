#pragma once

#include <QMetaType>

namespace qtill::hal {

/// A printer's last known condition (from DLE EOT on bidirectional links, else from write results).
struct PrinterStatus
{
    bool known = false; ///< false until the printer answered a status request
    bool online = true;
    bool paperNearEnd = false;
    bool paperOut = false;
    bool coverOpen = false;
    bool drawerOpen = false; ///< drawer kick connector pin 3 (meaning depends on the drawer's switch)
    bool error = false;      ///< cutter jam, head overheated, unrecoverable error

    bool operator==(const PrinterStatus &) const = default;
};

} // namespace qtill::hal

Q_DECLARE_METATYPE(qtill::hal::PrinterStatus)
