// libFuzzer: evdev bytes → key events → characters (every layout) → scans.
#include "hal/backends/evdev/inputeventdecoder.h"
#include "hal/backends/evdev/keymap.h"
#include "hal/backends/evdev/keystream.h"
#include "hal/wedge/scanframer.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace qtill::hal;
    static const QStringList layouts = KeyMap::layouts();
    for (const QString &name : layouts) {
        InputEventDecoder decoder;
        KeyStream keys(*KeyMap::forLayout(name));
        ScanFraming framing;
        framing.maxGapMs = 50;
        ScanFramer framer(framing);
        const auto out = decoder.feed(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
        for (const RawKeyEvent &e : out.keys) {
            const KeyStream::Output o = keys.feed(e);
            if (o.kind != KeyStream::Output::Kind::Char)
                continue;
            if (o.ch == 0 || o.ch > 0x10FFFF)
                std::abort();
            const ScanFrame f = framer.feed(o.ch, o.timeMs);
            if (f.isScan() && f.text.isEmpty())
                std::abort();
        }
        if (decoder.pending() >= InputEventDecoder::kEventSize)
            std::abort();
    }
    return 0;
}
