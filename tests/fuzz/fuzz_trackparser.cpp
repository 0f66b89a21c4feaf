// libFuzzer: magnetic-stripe track parsing. Any bytes give ok or an error, the raw buffer is always
// wiped, and nothing but the last four digits leaves.
#include "hal/msr/securebuffer.h"
#include "hal/msr/trackparser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace qtill::hal;
    SecureBuffer raw(qsizetype(size) + 1);
    raw.append(std::string_view(reinterpret_cast<const char *>(data), size));
    const ParsedSwipe p = TrackParser::parse(raw);
    if (!raw.isAllZero())
        std::abort();
    if (p.ok() != p.message.isEmpty() || (p.ok() && p.card.last4.size() != 4))
        std::abort();
    return 0;
}
