#pragma once

#include "hal/cashdrawer.h"
#include "hal/receipt/receiptdocument.h"

#include <QPointer>
#include <QSet>

namespace qtill::hal {

class EscPosPrinter;

/// A cash drawer on a receipt printer's drawer kick connector (ESC p, pin 2 or 5).
///
/// The kick goes ahead of queued receipts; the opening is reported (statusChanged(DrawerOpen)) when
/// the printer took the kick. Where the printer reports status (DLE EOT), the drawer switch gives
/// DrawerOpen/DrawerClosed too. The printer must be open (any claimant); it is not owned.
class PrinterCashDrawer : public CashDrawer
{
    Q_OBJECT

public:
    PrinterCashDrawer(DeviceInfo info, EscPosPrinter *printer, DrawerKick kick = {}, QObject *parent = nullptr);

    Outcome openDrawer() override;
    bool canReportState() const override;
    bool isDrawerOpen() const override { return m_open; }

protected:
    Outcome doOpen() override;
    void doClose() override;

private:
    void onPrinterStatus(bool drawerOpen);

    QPointer<EscPosPrinter> m_printer;
    DrawerKick m_kick;
    QSet<int> m_kicks;
    bool m_open = false;
};

} // namespace qtill::hal
