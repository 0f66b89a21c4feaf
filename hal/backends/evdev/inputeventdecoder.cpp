#include "hal/backends/evdev/inputeventdecoder.h"

#include <cstring>
#include <linux/input.h>

namespace qtill::hal {

const qsizetype InputEventDecoder::kEventSize = qsizetype(sizeof(input_event));

InputEventDecoder::Output InputEventDecoder::feed(QByteArrayView bytes)
{
    Output out;
    m_partial.append(bytes.data(), bytes.size());
    qsizetype offset = 0;
    while (m_partial.size() - offset >= kEventSize) {
        input_event ev;
        std::memcpy(&ev, m_partial.constData() + offset, sizeof ev);
        offset += kEventSize;
        if (ev.type == EV_SYN && ev.code == SYN_DROPPED) {
            out.droppedBefore = int(out.keys.size());
            continue;
        }
        if (ev.type != EV_KEY)
            continue; // EV_SYN, EV_MSC (scan codes), EV_LED, ...: not needed
        if (ev.value < 0 || ev.value > 2 || ev.code > KEY_MAX || ev.input_event_usec < 0
            || ev.input_event_usec >= 1000000) {
            ++out.malformed;
            continue;
        }
        const qint64 ms = qint64(ev.input_event_sec) * 1000 + qint64(ev.input_event_usec) / 1000;
        out.keys.append(RawKeyEvent{ev.code, ev.value, ms});
    }
    m_partial.remove(0, offset);
    return out;
}

QByteArray InputEventDecoder::encode(quint16 type, quint16 code, qint32 value, qint64 timeMs)
{
    input_event ev;
    std::memset(&ev, 0, sizeof ev);
    ev.input_event_sec = decltype(ev.input_event_sec)(timeMs / 1000);
    ev.input_event_usec = decltype(ev.input_event_usec)((timeMs % 1000) * 1000);
    ev.type = type;
    ev.code = code;
    ev.value = value;
    return QByteArray(reinterpret_cast<const char *>(&ev), qsizetype(sizeof ev));
}

QByteArray InputEventDecoder::encodeKey(quint16 code, bool press, qint64 timeMs)
{
    return encode(EV_KEY, code, press ? 1 : 0, timeMs) + encode(EV_SYN, SYN_REPORT, 0, timeMs);
}

} // namespace qtill::hal
