#pragma once

#include "hal/receipt/paperprofile.h"
#include "hal/receipt/receiptdocument.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace qtill::hal {

/// Renders and files receipts on the device thread (internal to SimulatedPrinter).
class SimulatedPrinterRenderer : public QObject
{
    Q_OBJECT

public:
    SimulatedPrinterRenderer(PaperProfile profile, QString folder);

public Q_SLOTS:
    void render(int jobId, const qtill::hal::ReceiptDocument &receipt, const QByteArray &bytes);

Q_SIGNALS:
    void rendered(int jobId, const QString &pngPath);
    void failed(const QString &detail);

private:
    PaperProfile m_profile;
    QString m_folder;
};

} // namespace qtill::hal
