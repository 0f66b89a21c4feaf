#include "hal/escpos/escposstatus.h"

namespace qtill::hal {

namespace {
constexpr quint8 bit(int n)
{
    return quint8(1u << n);
}
} // namespace

bool EscPosStatus::isStatusByte(quint8 byte)
{
    return (byte & 0x93) == 0x12;
}

bool EscPosStatus::apply(EscPosEncoder::StatusRequest request, quint8 byte, PrinterStatus &status,
                         bool drawerOpenWhenHigh)
{
    if (!isStatusByte(byte)) {
        return false;
    }
    status.known = true;
    switch (request) {
    case EscPosEncoder::StatusRequest::Printer:
        status.drawerOpen = ((byte & bit(2)) != 0) == drawerOpenWhenHigh;
        status.online = (byte & bit(3)) == 0;
        break;
    case EscPosEncoder::StatusRequest::OfflineCause:
        status.coverOpen = (byte & bit(2)) != 0;
        if (byte & bit(5)) {
            status.paperOut = true;
        }
        status.error = (byte & bit(6)) != 0;
        break;
    case EscPosEncoder::StatusRequest::ErrorCause:
        status.error = (byte & (bit(3) | bit(5) | bit(6))) != 0;
        break;
    case EscPosEncoder::StatusRequest::PaperSensor:
        status.paperNearEnd = (byte & (bit(2) | bit(3))) != 0;
        status.paperOut = (byte & (bit(5) | bit(6))) != 0;
        break;
    }
    return true;
}

} // namespace qtill::hal
