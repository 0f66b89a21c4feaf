#include "hal/sim/simulatedprinter.h"

#include "hal/escpos/escposencoder.h"
#include "hal/sim/simulatedprinterrenderer.h"

#include <QDir>

#include <optional>

namespace qtill::hal {

SimulatedPrinter::SimulatedPrinter(DeviceInfo info, PaperProfile profile, QString folder, PrinterSettings settings,
                                   QObject *parent)
    : EscPosPrinter(std::move(info), profile, nullptr, settings, parent)
    , m_state(std::make_shared<SimPrinterState>())
    , m_folder(std::move(folder))
{
    // Pictured only once the printer took the job: what is on "paper" is what really printed.
    connect(this, &Device::outputCompleted, this, [this](int id) {
        const std::optional<Printed> job = m_unprinted.contains(id) ? std::optional(m_unprinted.take(id)) : std::nullopt;
        if (!job || !m_renderer) {
            return;
        }
        QMetaObject::invokeMethod(
            m_renderer, [renderer = m_renderer, id, job] { renderer->render(id, job->receipt, job->bytes); },
            Qt::QueuedConnection);
    });
    connect(this, &EscPosPrinter::jobDropped, this, [this](int id) { m_unprinted.remove(id); });
}

SimulatedPrinter::~SimulatedPrinter()
{
    stopIoThread();
}

Outcome SimulatedPrinter::doOpen()
{
    if (!QDir().mkpath(m_folder)) {
        return Outcome::failure(ErrorKind::PermissionDenied,
                                tr("The simulated printer cannot write to %1.").arg(m_folder));
    }
    setTransportFactory([state = m_state] { return std::make_unique<SimTransport>(state); });
    Outcome opened = EscPosPrinter::doOpen();
    if (!opened) {
        return opened;
    }
    auto *renderer = new SimulatedPrinterRenderer(profile(), m_folder);
    m_renderer = renderer;
    attachWorker(renderer);
    connect(renderer, &SimulatedPrinterRenderer::rendered, this, &SimulatedPrinter::receiptRendered);
    m_unprinted.clear();
    connect(renderer, &SimulatedPrinterRenderer::failed, this, [this](const QString &detail) {
        raiseError({ErrorKind::Failure, tr("The simulated printer could not save the receipt picture."), detail, true});
    });
    return opened;
}

PrintSubmission SimulatedPrinter::print(const ReceiptDocument &receipt)
{
    const QByteArray bytes = EscPosEncoder(profile()).encode(receipt);
    const PrintSubmission submission = printRaw(bytes);
    if (submission.accepted() && m_renderer) {
        m_unprinted.insert(submission.jobId, Printed{receipt, bytes});
    }
    return submission;
}

} // namespace qtill::hal
