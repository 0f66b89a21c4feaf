#include "hal/escpos/printercashdrawer.h"

#include "hal/escpos/escposencoder.h"
#include "hal/escpos/escposprinter.h"

namespace qtill::hal {

PrinterCashDrawer::PrinterCashDrawer(DeviceInfo info, EscPosPrinter *printer, DrawerKick kick, QObject *parent)
    : CashDrawer(std::move(info), parent)
    , m_printer(printer)
    , m_kick(kick)
{
}

Outcome PrinterCashDrawer::doOpen()
{
    if (!m_printer) {
        return Outcome::failure(ErrorKind::NotFound,
                                tr("The cash drawer is set to open through a receipt printer that is not configured."));
    }
    connect(m_printer, &EscPosPrinter::outputCompleted, this, [this](int id) {
        if (m_kicks.remove(id)) {
            m_open = true;
            reportStatus(DeviceStatus::DrawerOpen);
            completeOutput(id);
        }
    });
    connect(m_printer, &EscPosPrinter::printerStatusChanged, this,
            [this](const PrinterStatus &status) { onPrinterStatus(status.drawerOpen); });
    return Outcome::success();
}

void PrinterCashDrawer::doClose()
{
    if (m_printer) {
        disconnect(m_printer, nullptr, this, nullptr);
    }
    m_kicks.clear();
}

bool PrinterCashDrawer::canReportState() const
{
    return m_printer && m_printer->canReportStatus();
}

Outcome PrinterCashDrawer::openDrawer()
{
    if (!isEnabled()) {
        return Outcome::failure(ErrorKind::Failure, tr("The cash drawer is not ready."));
    }
    const PrintSubmission kick = m_printer ? m_printer->submitPriority(EscPosEncoder::drawerKick(m_kick))
                                           : PrintSubmission{0, tr("The receipt printer is not configured.")};
    if (!kick.accepted()) {
        return Outcome::failure(ErrorKind::Offline,
                                tr("The cash drawer opens through the receipt printer: %1").arg(kick.message));
    }
    m_kicks.insert(kick.jobId);
    return Outcome::success();
}

void PrinterCashDrawer::onPrinterStatus(bool drawerOpen)
{
    if (!m_printer || !m_printer->currentStatus().known || drawerOpen == m_open) {
        return;
    }
    m_open = drawerOpen;
    reportStatus(drawerOpen ? DeviceStatus::DrawerOpen : DeviceStatus::DrawerClosed);
}

} // namespace qtill::hal
