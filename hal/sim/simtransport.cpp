#include "hal/sim/simtransport.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace qtill::hal {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::hal::SimTransport", text);
}
} // namespace

#define QTILL_SIM_SETTER(name, member)                                                                            \
    void SimPrinterState::name(bool value)                                                                        \
    {                                                                                                             \
        QMutexLocker lock(&m_mutex);                                                                              \
        member = value;                                                                                           \
    }
QTILL_SIM_SETTER(setConnected, m_connected)
QTILL_SIM_SETTER(setPaperOut, m_paperOut)
QTILL_SIM_SETTER(setPaperNearEnd, m_paperNearEnd)
QTILL_SIM_SETTER(setCoverOpen, m_coverOpen)
QTILL_SIM_SETTER(setDrawerOpen, m_drawerOpen)
QTILL_SIM_SETTER(setBidirectional, m_bidirectional)
#undef QTILL_SIM_SETTER

bool SimPrinterState::isBidirectional() const
{
    QMutexLocker lock(&m_mutex);
    return m_bidirectional;
}

QList<QByteArray> SimPrinterState::jobs() const
{
    QMutexLocker lock(&m_mutex);
    return m_jobs;
}

QByteArray SimPrinterState::allBytes() const
{
    QMutexLocker lock(&m_mutex);
    QByteArray all;
    for (const QByteArray &job : m_jobs) {
        all += job;
    }
    return all;
}

int SimPrinterState::statusRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_statusRequests;
}

SimTransport::SimTransport(std::shared_ptr<SimPrinterState> state)
    : m_state(std::move(state))
{
}

bool SimTransport::isBidirectional() const
{
    return m_state->isBidirectional();
}

Outcome SimTransport::connect()
{
    QMutexLocker lock(&m_state->m_mutex);
    if (!m_state->m_connected) {
        return Outcome::failure(ErrorKind::Offline,
                                tr("The simulated printer is unplugged. Plug it back in to go on printing."),
                                QStringLiteral("sim: not connected"));
    }
    m_connected = true;
    return Outcome::success();
}

Outcome SimTransport::send(const QByteArray &bytes)
{
    QMutexLocker lock(&m_state->m_mutex);
    if (!m_connected || !m_state->m_connected) {
        m_connected = false;
        return Outcome::failure(ErrorKind::Offline, tr("The simulated printer was unplugged."),
                                QStringLiteral("sim: write failed"));
    }
    const bool isStatusRequest = bytes.size() == 3 && bytes[0] == 0x10 && bytes[1] == 0x04;
    if (isStatusRequest) {
        ++m_state->m_statusRequests;
        if (!m_state->m_bidirectional) {
            return Outcome::success();
        }
        const SimPrinterState &s = *m_state;
        quint8 answer = 0x12;
        switch (bytes[2]) {
        case 1:
            answer |= (s.m_drawerOpen ? 0x04 : 0) | ((s.m_paperOut || s.m_coverOpen) ? 0x08 : 0);
            break;
        case 2:
            answer |= (s.m_coverOpen ? 0x04 : 0) | (s.m_paperOut ? 0x20 : 0);
            break;
        case 3:
            break;
        case 4:
            answer |= (s.m_paperNearEnd ? 0x0C : 0) | (s.m_paperOut ? 0x60 : 0);
            break;
        default:
            return Outcome::success();
        }
        m_answers += char(answer);
        return Outcome::success();
    }
    if (m_state->m_paperOut || m_state->m_coverOpen) {
        // A real printer would buffer and stall; the simulator refuses so that a one-way link notices.
        return Outcome::failure(ErrorKind::Timeout, tr("The simulated printer does not take data (paper out or cover open)."),
                                QStringLiteral("sim: stalled"));
    }
    m_state->m_jobs.append(bytes);
    return Outcome::success();
}

QByteArray SimTransport::read(int max, int timeoutMs)
{
    Q_UNUSED(timeoutMs)
    const QByteArray out = m_answers.left(max);
    m_answers.remove(0, out.size());
    return out;
}

} // namespace qtill::hal
