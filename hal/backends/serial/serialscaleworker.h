#pragma once

#include "hal/backends/serial/serialstreamworker.h"
#include "hal/scale/scaleframeparser.h"

#include <QTimer>

namespace qtill::hal {

/// Serial worker for a scale with continuous output (see ScaleFrameParser for the protocol).
/// params: port keys, "pollCommand" + "pollMs" for scales that answer only when asked (e.g. `W\r\n`
/// every 200 ms), "silenceMs" (default 3000): no valid frame for that long → an Offline error
/// (an RS-232 cable pulled out gives no other sign).
class SerialScaleWorker : public SerialStreamWorker
{
    Q_OBJECT

public:
    explicit SerialScaleWorker(QVariantMap params);

Q_SIGNALS:
    void frameReceived(const qtill::hal::ScaleFrame &frame);
    void badFrame(const QString &detail);

protected:
    void handleBytes(QByteArrayView bytes) override;
    void handleReset() override;
    QString deviceNoun() const override;

private:
    void armTimers();

    ScaleFrameParser m_parser;
    QTimer *m_silence = nullptr;
    QTimer *m_poll = nullptr;
    QByteArray m_pollCommand;
};

} // namespace qtill::hal

Q_DECLARE_METATYPE(qtill::hal::ScaleFrame)
