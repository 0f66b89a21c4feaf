#include "hal/sim/simulatedprinterrenderer.h"

#include "hal/receipt/receiptpainter.h"

#include <QDir>
#include <QFile>

namespace qtill::hal {

SimulatedPrinterRenderer::SimulatedPrinterRenderer(PaperProfile profile, QString folder)
    : m_profile(std::move(profile))
    , m_folder(std::move(folder))
{
}

void SimulatedPrinterRenderer::render(int jobId, const ReceiptDocument &receipt, const QByteArray &bytes)
{
    const QDir dir(m_folder);
    const QString base = QStringLiteral("receipt-%1").arg(jobId, 5, 10, QLatin1Char('0'));
    const QString png = dir.filePath(base + QStringLiteral(".png"));
    QFile raw(dir.filePath(base + QStringLiteral(".bin")));
    if (!ReceiptPainter(m_profile).savePng(receipt, png) || !raw.open(QIODevice::WriteOnly)
        || raw.write(bytes) != bytes.size()) {
        Q_EMIT failed(png + QStringLiteral(": ") + raw.errorString());
        return;
    }
    Q_EMIT rendered(jobId, png);
}

} // namespace qtill::hal
