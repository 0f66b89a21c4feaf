#include "hal/backends/evdev/evdevswipereader.h"

#include <QCoreApplication>

namespace qtill::hal {

EvdevSwipeReader::EvdevSwipeReader(QVariantMap params, QString sysRoot, QString devRoot)
    : EvdevReader(params, std::move(sysRoot), std::move(devRoot))
    , m_keys(KeyMap::forLayout(params.value(u"layout"_qs, u"us"_qs).toString())
                 .value_or(*KeyMap::forLayout(u"us"_qs)))
    , m_raw(SecureBuffer::kDefaultCapacity)
{
    m_options.lrc = params.value(u"lrc"_qs, false).toBool();
    m_options.requireLuhn = params.value(u"requireLuhn"_qs, true).toBool();
    m_maxGapMs = qMax(1, params.value(u"maxGapMs"_qs, m_maxGapMs).toInt());
}

void EvdevSwipeReader::handleKey(const RawKeyEvent &event)
{
    const KeyStream::Output out = m_keys.feed(event);
    if (out.kind == KeyStream::Output::Kind::None)
        return;
    if (!m_raw.isEmpty() && out.timeMs - m_lastMs > m_maxGapMs) {
        m_raw.wipe(); // half a swipe, long ago
        m_overflow = false;
    }
    m_lastMs = out.timeMs;
    if (out.kind == KeyStream::Output::Kind::Char && (out.ch == U'\r' || out.ch == U'\n')) {
        if (!m_raw.isEmpty() || m_overflow)
            finish();
        return;
    }
    const char byte = (out.kind == KeyStream::Output::Kind::Char && out.ch >= 0x20 && out.ch <= 0x7E)
        ? char(out.ch)
        : '\x7f'; // not a track character: the parser rejects it
    if (!m_raw.append(byte))
        m_overflow = true;
}

void EvdevSwipeReader::finish()
{
    if (m_overflow) {
        m_raw.wipe();
        m_overflow = false;
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

void EvdevSwipeReader::handleReset()
{
    m_keys.reset();
    m_raw.wipe();
    m_overflow = false;
}

} // namespace qtill::hal
