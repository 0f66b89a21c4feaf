#pragma once
// Builds recorded evdev streams: what a keyboard-wedge scanner (or a person) sends for a text.

#include "hal/backends/evdev/inputeventdecoder.h"
#include "hal/backends/evdev/keymap.h"

#include <QByteArray>
#include <QString>
#include <linux/input-event-codes.h>

namespace qtill::hal::test {

/// Key events (press/release + SYN, with Shift/AltGr around characters that need them) typing
/// `text` on `map`, the first key at `startMs`, one key every `gapMs`. Returns the end time in `endMs`.
inline QByteArray typeText(const KeyMap &map, const QString &text, qint64 startMs, int gapMs,
                           qint64 *endMs = nullptr)
{
    QByteArray out;
    qint64 t = startMs;
    for (const char32_t ch : text.toUcs4()) {
        const auto stroke = map.strokeFor(ch);
        if (!stroke)
            continue;
        if (stroke->shift)
            out += InputEventDecoder::encodeKey(KEY_LEFTSHIFT, true, t);
        if (stroke->altGr)
            out += InputEventDecoder::encodeKey(KEY_RIGHTALT, true, t);
        out += InputEventDecoder::encodeKey(stroke->code, true, t);
        out += InputEventDecoder::encodeKey(stroke->code, false, t + 1);
        if (stroke->altGr)
            out += InputEventDecoder::encodeKey(KEY_RIGHTALT, false, t + 1);
        if (stroke->shift)
            out += InputEventDecoder::encodeKey(KEY_LEFTSHIFT, false, t + 1);
        t += gapMs;
    }
    if (endMs)
        *endMs = t;
    return out;
}

} // namespace qtill::hal::test
