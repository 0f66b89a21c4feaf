#pragma once

#include "hal/escpos/escposencoder.h"
#include "hal/printerstatus.h"

#include <QtGlobal>

namespace qtill::hal {

/// Parses the one-byte answers to DLE EOT n (ESC/POS real-time status transmission).
///
/// Every answer has bit 0 = 0, bit 1 = 1, bit 4 = 1, bit 7 = 0. The meaning of the other bits:
///  n=1 printer:       bit 2 drawer kick connector pin 3 high, bit 3 offline
///  n=2 offline cause: bit 2 cover open, bit 3 paper fed by button, bit 5 stopped for paper end,
///                     bit 6 error
///  n=3 error cause:   bit 3 autocutter error, bit 5 unrecoverable error, bit 6 auto-recoverable
///                     error (head temperature)
///  n=4 paper sensor:  bits 2-3 paper near end, bits 5-6 paper out
class EscPosStatus
{
public:
    /// Whether a byte can be an answer to DLE EOT.
    static bool isStatusByte(quint8 byte);
    /// Applies the answer to one request onto `status`; false (status untouched) for a byte that is
    /// not a status answer. `drawerOpenWhenHigh`: what pin 3 high means for the connected drawer.
    static bool apply(EscPosEncoder::StatusRequest request, quint8 byte, PrinterStatus &status,
                      bool drawerOpenWhenHigh = true);
};

} // namespace qtill::hal
