#pragma once

#include "hal/receipt/paperprofile.h"
#include "hal/receipt/receiptdocument.h"

#include <QByteArray>

namespace qtill::hal {

/// Turns a ReceiptDocument into ESC/POS bytes for one paper profile. Stateless and thread-safe.
///
/// The output starts with ESC @. Documents with non-ASCII text on a GB18030 profile switch the
/// printer to Chinese mode (FS &) and send text in GB18030; style commands (ESC a, ESC E, GS !) are
/// sent only when they change. Lines are laid out by ColumnLayout, so the painter breaks them in the
/// same places. A barcode or QR code that cannot be encoded prints its text instead.
class EscPosEncoder
{
public:
    explicit EscPosEncoder(PaperProfile profile);

    QByteArray encode(const ReceiptDocument &receipt) const;
    /// Text bytes in the profile's encoding (no control characters).
    QByteArray encodeText(QStringView text) const;

    // Single commands, for the encoder itself, the drawer and tests.
    static QByteArray initialize();                        ///< ESC @
    static QByteArray align(Align align);                  ///< ESC a n
    static QByteArray bold(bool on);                       ///< ESC E n
    static QByteArray characterSize(bool doubleWidth, bool doubleHeight); ///< GS ! n
    static QByteArray chineseMode(bool on);                ///< FS & / FS .
    static QByteArray feedLines(int lines);                ///< ESC d n
    static QByteArray cut(CutType type);                   ///< GS V 0 / GS V 1
    static QByteArray drawerKick(const DrawerKick &kick);  ///< ESC p m t1 t2 (2 ms units)
    static QByteArray barcode(const Barcode &barcode);     ///< GS h, GS w, GS H, GS k (valid data only)
    static QByteArray qrCode(const QrCode &qr);            ///< GS ( k: model 2, size, level, store, print
    /// GS v 0 raster of a logo, dithered to black and white and scaled down to `maxDots` wide.
    static QByteArray rasterImage(const QImage &image, int maxDots);

    /// Real-time status request DLE EOT n (1 printer, 2 offline cause, 3 error cause, 4 paper sensor).
    enum class StatusRequest { Printer = 1, OfflineCause = 2, ErrorCause = 3, PaperSensor = 4 };
    static QByteArray statusRequest(StatusRequest request);

private:
    PaperProfile m_profile;
};

} // namespace qtill::hal
