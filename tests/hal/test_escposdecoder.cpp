// The test-only ESC/POS decoder must be strict (so the golden tests mean something) and robust: any
// garbage gives an error, never a crash or a silent success.
#include "escposdecoder.h"
#include "hal/escpos/escposencoder.h"
#include "receipts.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace qtill::hal;
using namespace qtill::hal::test;

namespace {

struct Malformed
{
    const char *name;
    const char *hex;
    const char *error; ///< a part of the expected message
};

const Malformed kMalformed[] = {
    {"unknown ESC", "1b7a", "unknown command ESC 0x7a"},
    {"truncated ESC", "1b", "truncated ESC command"},
    {"truncated ESC a", "1b61", "truncated ESC a"},
    {"bad alignment", "1b6107", "bad alignment"},
    {"bad drawer pin", "1b70053264", "bad pin"},
    {"zero pulse", "1b70000064", "zero pulse"},
    {"truncated drawer kick", "1b700032", "truncated ESC p"},
    {"size out of range", "1d2199", "bad size"},
    {"bad cut", "1d5607", "bad cut mode"},
    {"truncated feed cut", "1d5641", "truncated GS V"},
    {"EAN13 wrong length", "1d6b430331323334", "length 3"},
    {"EAN13 letters", "1d6b430c313233343536373839303161", "non-digit"},
    {"barcode data truncated", "1d6b430d313233", "truncated GS k data"},
    {"unsupported symbology", "1d6b0501", "unsupported symbology"},
    {"code128 without set", "1d6b4903414243", "data before a code set"},
    {"code128 C out of range", "1d6b49037b4364", "code C value 100"},
    {"code128 dangling brace", "1d6b49037b4241", ""}, // valid: "{B" then 'A'
    {"code128 bad escape", "1d6b49027b5a", "bad escape"},
    {"QR unknown function", "1d286b0300315930", "unknown QR function"},
    {"QR not QR", "1d286b0300324330", "is not QR"},
    {"QR bad level", "1d286b0300314539", "error level"},
    {"QR store too short for length", "1d286b100031503041", "truncated GS ( k data"},
    {"QR length too small", "1d286b0100", "length 1"},
    {"unknown GS (", "1d284c0000", "unknown command GS ( 0x4c"},
    {"raster truncated", "1d7630000200020000", "truncated GS v 0 image data"},
    {"raster empty", "1d76300000000100", "empty image"},
    {"unknown FS", "1c41", "unknown command FS 0x41"},
    {"DLE EOT bad", "100409", "bad request"},
    {"DLE unknown", "101401", "unknown command DLE"},
    {"stray NUL", "41004243", "stray control byte 0x00"},
    {"stray CR", "410d", "stray control byte 0x0d"},
    {"GB18030 lone lead byte", "1c26d6", "malformed GB18030"},
    {"GB18030 bad trail", "1c26d620", "malformed GB18030"},
    {"GB18030 truncated four-byte", "1c26813081", "malformed GB18030"},
};

} // namespace

TEST(EscPosDecoder, RejectsMalformedCommandsWithAReason)
{
    for (const Malformed &m : kMalformed) {
        const EscPosDecoding decoded = EscPosDecoder::decode(QByteArray::fromHex(m.hex));
        if (*m.error == 0) {
            EXPECT_TRUE(decoded.ok()) << m.name << ": " << decoded.error.toStdString();
            continue;
        }
        EXPECT_FALSE(decoded.ok()) << m.name;
        EXPECT_TRUE(decoded.error.contains(QLatin1String(m.error)))
            << m.name << ": got \"" << decoded.error.toStdString() << "\"";
        EXPECT_GE(decoded.errorOffset, 0) << m.name;
    }
}

TEST(EscPosDecoder, ReportsWhereTheErrorIs)
{
    const EscPosDecoding decoded = EscPosDecoder::decode(QByteArray::fromHex("1b40" "414243" "0a" "1b7a"));
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.errorOffset, 6);
    EXPECT_EQ(decoded.items.size(), 3) << "what came before is kept";
    EXPECT_TRUE(decoded.toText().endsWith(QStringLiteral("ERROR   at 6: unknown command ESC 0x7a\n")));
}

TEST(EscPosDecoder, Gb18030TextOnlyInChineseMode)
{
    const QByteArray chinese = QByteArray::fromHex("1c26" "d6d0cec4" "0a");
    EXPECT_EQ(EscPosDecoder::decode(chinese).printedLines(), QStringList{QStringLiteral("中文")});
    // Without FS & the same bytes are four Latin-1 characters (the printer's code page).
    const QByteArray latin = QByteArray::fromHex("d6d0cec4" "0a");
    EXPECT_EQ(EscPosDecoder::decode(latin).printedLines(), QStringList{QStringLiteral("\u00d6\u00d0\u00ce\u00c4")});
    // ESC @ leaves Chinese mode.
    EXPECT_FALSE(EscPosDecoder::decode(QByteArray::fromHex("1c26" "1b40" "d6d0" "0a")).printedLines().value(0)
                     .contains(QStringLiteral("中")));
}

TEST(EscPosDecoder, EveryTruncationOfARealReceiptIsAnErrorOrAPrefix)
{
    const QByteArray full = EscPosEncoder(PaperProfile::mm58()).encode(barcodeReceipt())
                            + EscPosEncoder(PaperProfile::mm58()).encode(chineseReceipt());
    ASSERT_TRUE(EscPosDecoder::decode(full).ok());
    int errors = 0;
    for (qsizetype cut = 0; cut < full.size(); ++cut) {
        const EscPosDecoding decoded = EscPosDecoder::decode(QByteArrayView(full).first(cut));
        if (!decoded.ok()) {
            ++errors;
            EXPECT_LE(decoded.errorOffset, cut);
        }
    }
    EXPECT_GT(errors, 100) << "cutting inside commands must be noticed";
}

TEST(EscPosDecoder, RandomBytesNeverCrashIt)
{
    QRandomGenerator random(20261121); // fixed seed: reproducible
    const QByteArray valid = EscPosEncoder(PaperProfile::mm80()).encode(chineseReceipt());
    int rejected = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray input;
        if (round % 2 == 0) {
            input.resize(random.bounded(1, 64));
            for (char &c : input) {
                c = char(random.bounded(256));
            }
        } else { // a real receipt with a few bytes flipped
            input = valid;
            for (int flips = 0; flips < 3; ++flips) {
                input[random.bounded(int(input.size()))] = char(random.bounded(256));
            }
        }
        const EscPosDecoding decoded = EscPosDecoder::decode(input);
        rejected += decoded.ok() ? 0 : 1;
        if (!decoded.ok()) {
            ASSERT_GE(decoded.errorOffset, 0);
            ASSERT_LT(decoded.errorOffset, input.size());
        }
    }
    EXPECT_GT(rejected, 10000) << "random bytes are mostly garbage and must be reported as such";
}
