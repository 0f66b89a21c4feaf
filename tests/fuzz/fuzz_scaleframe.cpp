// libFuzzer: the scale's continuous-output parser and the weight tracker behind it.
#include "hal/scale/scaleframeparser.h"
#include "hal/scale/weighttracker.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace qtill::hal;
    ScaleFrameParser parser;
    WeightTracker tracker;
    for (const ScaleFrame &f : parser.feed(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)))) {
        if (!f.ok && f.error.isEmpty()) // errors always say why
            std::abort();
        tracker.feed(f);
    }
    (void)tracker.tare();
    (void)tracker.zero();
    return 0;
}
