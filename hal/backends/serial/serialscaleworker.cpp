#include "hal/backends/serial/serialscaleworker.h"

#include <QCoreApplication>

namespace qtill::hal {

SerialScaleWorker::SerialScaleWorker(QVariantMap params)
    : SerialStreamWorker(params)
    , m_pollCommand(commandBytes(params.value(u"pollCommand"_qs).toString()))
{
    m_silence = new QTimer(this);
    m_silence->setSingleShot(true);
    m_silence->setInterval(qMax(200, params.value(u"silenceMs"_qs, 3000).toInt()));
    connect(m_silence, &QTimer::timeout, this, [this] {
        if (!isOpen())
            return;
        Q_EMIT failed(DeviceError{ErrorKind::Offline,
                                  QCoreApplication::translate("qtill::hal::SerialScaleWorker",
                                                              "The scale sends no weight. Check that it is on "
                                                              "and connected."),
                                  u"no valid frame for %1 ms"_qs.arg(m_silence->interval()), true});
    });
    m_poll = new QTimer(this);
    m_poll->setInterval(qMax(50, params.value(u"pollMs"_qs, 200).toInt()));
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (isOpen())
            write(m_pollCommand, -1);
    });
}

QString SerialScaleWorker::deviceNoun() const
{
    return QCoreApplication::translate("qtill::hal::SerialScaleWorker", "scale");
}

void SerialScaleWorker::armTimers()
{
    m_silence->start();
    if (!m_pollCommand.isEmpty() && !m_poll->isActive())
        m_poll->start();
}

void SerialScaleWorker::handleReset()
{
    m_parser.reset();
    if (isOpen()) {
        armTimers();
    } else {
        m_silence->stop();
        m_poll->stop();
    }
}

void SerialScaleWorker::handleBytes(QByteArrayView bytes)
{
    for (const ScaleFrame &frame : m_parser.feed(bytes)) {
        if (frame.ok) {
            m_silence->start();
            Q_EMIT frameReceived(frame);
        } else {
            Q_EMIT badFrame(frame.error);
        }
    }
}

} // namespace qtill::hal
