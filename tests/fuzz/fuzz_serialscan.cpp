// libFuzzer: serial scanner bytes (UTF-8 and GB18030) → scans or rejections.
#include "hal/backends/serial/serialscanworker.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace qtill::hal;
    for (const char *encoding : {"utf-8", "gb18030"}) {
        SerialScanWorker worker({{QStringLiteral("encoding"), QString::fromLatin1(encoding)}});
        QObject::connect(&worker, &SerialScanWorker::scanned, [](const QString &text, const QByteArray &) {
            if (text.isEmpty())
                std::abort();
        });
        worker.feed(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    }
    return 0;
}
