#pragma once

#include "hal/device.h"

#include <QByteArray>
#include <QString>

namespace qtill::hal {

/// Barcode symbologies a scanner may report.
enum class Symbology { Unknown, Ean13, Ean8, UpcA, UpcE, Code128, Code39, Itf, Qr, DataMatrix, Pdf417 };

/// The payload of Scanner::dataReceived: one scan.
struct ScanData
{
    QString text;                            ///< decoded, without prefix/terminator
    Symbology symbology = Symbology::Unknown;
    QByteArray raw;                          ///< bytes as received (serial) or UTF-8 of the keys
    QString source;                          ///< device id that produced it
};

/// A barcode scanner (UnifiedPOS Scanner). Each scan arrives as dataReceived(QVariant::fromValue(
/// ScanData)), one per event (see Device::setAutoDisable for one-at-a-time processing).
class Scanner : public Device
{
    Q_OBJECT

public:
    using Device::Device;

    /// Whether the backend knows the symbology (camera) or only the text (keyboard wedge).
    virtual bool reportsSymbology() const { return false; }
};

} // namespace qtill::hal

Q_DECLARE_METATYPE(qtill::hal::ScanData)
