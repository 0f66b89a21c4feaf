#include "hal/backends/serial/serialswipeworker.h"

#include <QCoreApplication>

namespace qtill::hal {

SerialSwipeWorker::SerialSwipeWorker(QVariantMap params)
    : SerialStreamWorker(params), m_raw(SecureBuffer::kDefaultCapacity)
{
    m_options.lrc = params.value(u"lrc"_qs, false).toBool();
    m_options.requireLuhn = params.value(u"requireLuhn"_qs, true).toBool();
    m_maxGapMs = qMax(1, params.value(u"maxGapMs"_qs, m_maxGapMs).toInt());
}

QString SerialSwipeWorker::deviceNoun() const
{
    return QCoreApplication::translate("qtill::hal::SerialSwipeWorker", "card reader");
}

void SerialSwipeWorker::handleReset()
{
    m_raw.wipe();
    m_overflow = false;
}

void SerialSwipeWorker::handleBytes(QByteArrayView bytes)
{
    const qint64 now = nowMs();
    if ((!m_raw.isEmpty() || m_overflow) && now - m_lastMs > m_maxGapMs)
        handleReset(); // a half swipe from long ago
    m_lastMs = now;
    for (const char b : bytes) {
        if (b == '\r' || b == '\n' || b == '\x03') {
            if (!m_raw.isEmpty() || m_overflow)
                finish();
            continue;
        }
        if (!m_raw.append(b))
            m_overflow = true;
    }
}

void SerialSwipeWorker::finish()
{
    if (m_overflow) {
        handleReset();
        Q_EMIT swipeFailed(QCoreApplication::translate("qtill::hal::TrackParser",
                                                       "Could not read the card. Swipe the card again."),
                           u"swipe longer than the buffer"_qs);
        return;
    }
    const ParsedSwipe swipe = TrackParser::parse(m_raw, m_options); // wipes m_raw
    if (swipe.ok())
        Q_EMIT swiped(swipe.card);
    else
        Q_EMIT swipeFailed(swipe.message, swipe.detail);
}

} // namespace qtill::hal
