// libFuzzer: the test-only ESC/POS decoder. Any bytes give items or an error at a place inside the
// input; it never crashes or reads past the end.
#include "escposdecoder.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace qtill::hal::test;
    const qsizetype n = qsizetype(size);
    const EscPosDecoding d = EscPosDecoder::decode(QByteArrayView(reinterpret_cast<const char *>(data), n));
    if (!d.ok() && (d.errorOffset < 0 || d.errorOffset > n))
        std::abort();
    qsizetype last = -1;
    for (const EscPosItem &item : d.items) {
        if (item.offset < last || item.offset > n || item.command.isEmpty())
            std::abort();
        last = item.offset;
    }
    (void)d.toText();
    (void)d.printedLines();
    return 0;
}
