#pragma once

#include "hal/escpos/escposprinter.h"
#include "hal/sim/simtransport.h"

#include "hal/receipt/receiptdocument.h"

#include <QHash>
#include <QPointer>
#include <memory>

namespace qtill::hal {

class SimulatedPrinterRenderer;

/// The simulated receipt printer (--simulate-hardware and tests): a real EscPosPrinter over a
/// SimTransport, so the bytes, the queue, the status and the faults behave as with hardware; in
/// addition each receipt is rendered to `<folder>/receipt-<jobId>.png` (and its bytes kept as
/// `receipt-<jobId>.bin`) on the device thread once the printer took the job — a receipt held back by
/// paper out is pictured only when it prints, and a cleared one never — announced by receiptRendered.
/// Paper out, cover open and unplugging are set through simState().
class SimulatedPrinter : public EscPosPrinter
{
    Q_OBJECT

public:
    SimulatedPrinter(DeviceInfo info, PaperProfile profile, QString folder, PrinterSettings settings = {},
                     QObject *parent = nullptr);
    ~SimulatedPrinter() override;

    PrintSubmission print(const ReceiptDocument &receipt) override;
    SimPrinterState &simState() { return *m_state; }
    QString folder() const { return m_folder; }

Q_SIGNALS:
    /// A printed receipt's picture is ready.
    void receiptRendered(int jobId, const QString &pngPath);

protected:
    Outcome doOpen() override;

private:
    std::shared_ptr<SimPrinterState> m_state;
    QString m_folder;
    QPointer<SimulatedPrinterRenderer> m_renderer;
    struct Printed
    {
        ReceiptDocument receipt;
        QByteArray bytes;
    };
    QHash<int, Printed> m_unprinted; ///< accepted, not yet on paper
};

} // namespace qtill::hal
