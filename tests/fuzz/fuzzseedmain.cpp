// Without libFuzzer (QTILL_FUZZ off, or gcc): runs a fuzz target over its seed corpus as a plain
// test, so the parsers' garbage rejection is checked in every CI run. Each seed is fed whole, then
// every prefix (truncated input), then with each byte replaced by 0x00, 0xFF and its high bit
// flipped. A target that finds a broken invariant aborts, which fails the test.
//
//     fuzzseed_<name> <seed folder or file>...
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void feed(const QByteArray &bytes)
{
    // A copy of exactly `size` bytes, so reading past the end is caught by the sanitizers.
    QByteArray copy(bytes.constData(), bytes.size());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(copy.constData()), size_t(copy.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            const QDir dir(arg);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << arg;
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "no seed files given\n");
        return 1;
    }
    long runs = 0;
    feed(QByteArray());
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray seed = file.readAll();
        feed(seed);
        ++runs;
        for (qsizetype cut = 0; cut < seed.size(); ++cut, ++runs)
            feed(seed.left(cut));
        for (qsizetype at = 0; at < seed.size(); ++at) {
            for (const char replacement : {char(0x00), char(0xff), char(seed.at(at) ^ 0x80)}) {
                QByteArray mutated = seed;
                mutated[at] = replacement;
                feed(mutated);
                ++runs;
            }
        }
    }
    std::printf("%ld inputs from %lld seed files: no invariant broken\n", runs, static_cast<long long>(files.size()));
    return 0;
}
