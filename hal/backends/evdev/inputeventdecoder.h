#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QtGlobal>

namespace qtill::hal {

/// One EV_KEY event from an evdev device.
struct RawKeyEvent
{
    quint16 code = 0;  ///< KEY_* from <linux/input-event-codes.h>
    qint32 value = 0;  ///< 0 release, 1 press, 2 autorepeat
    qint64 timeMs = 0; ///< the kernel's timestamp, in milliseconds
};

/// Turns the bytes read from /dev/input/eventN (a sequence of `struct input_event`) into key events.
/// Bytes may arrive in any chunking; a partial event is kept until the rest arrives. Takes arbitrary
/// bytes: anything that is not a well-formed key event is counted as malformed and skipped.
class InputEventDecoder
{
public:
    /// sizeof(struct input_event) on this platform (24 bytes on 64-bit Linux).
    static const qsizetype kEventSize;

    struct Output
    {
        QList<RawKeyEvent> keys;
        int malformed = 0;    ///< EV_KEY events with an impossible value or code
        /// The kernel reported SYN_DROPPED (events were lost): keys before this index belong to the
        /// lost input and partial input must be dropped before the rest. -1 when nothing was lost.
        int droppedBefore = -1;
    };

    Output feed(QByteArrayView bytes);
    /// Bytes of an incomplete event waiting for the rest.
    qsizetype pending() const { return m_partial.size(); }
    void reset() { m_partial.clear(); }

    /// Encodes one raw `struct input_event` (for recorded test streams and the simulator).
    static QByteArray encode(quint16 type, quint16 code, qint32 value, qint64 timeMs);
    /// A key press or release followed by SYN_REPORT, as the kernel sends it.
    static QByteArray encodeKey(quint16 code, bool press, qint64 timeMs);

private:
    QByteArray m_partial;
};

} // namespace qtill::hal
