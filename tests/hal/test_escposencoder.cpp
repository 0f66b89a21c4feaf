// The ESC/POS encoder, checked byte for byte: each sample receipt is decoded by the test-only decoder
// and compared with a readable golden file under tests/data/escpos/, plus raw byte assertions for the
// commands a printer is most picky about.
#include "escposdecoder.h"
#include "golden.h"
#include "hal/escpos/escposencoder.h"
#include "hal/escpos/escposstatus.h"
#include "hal/escpos/gb18030.h"
#include "hal/receipt/barcodedata.h"
#include "hal/receipt/columnlayout.h"
#include "receipts.h"

#include <QImage>
#include <gtest/gtest.h>

using namespace qtill::hal;
using namespace qtill::hal::test;

namespace {

QString decodeToText(const QByteArray &bytes)
{
    const EscPosDecoding decoded = EscPosDecoder::decode(bytes);
    EXPECT_TRUE(decoded.ok()) << decoded.error.toStdString() << " at " << decoded.errorOffset;
    return decoded.toText();
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

} // namespace

TEST(EscPosEncoder, EnglishReceiptMatchesGolden)
{
    const QByteArray bytes = EscPosEncoder(PaperProfile::mm80()).encode(englishReceipt());
    EXPECT_TRUE(matchesGolden(QStringLiteral("escpos/english-80mm.txt"), decodeToText(bytes)));
    EXPECT_TRUE(bytes.startsWith(hex("1b40"))) << "ESC @ first";
    EXPECT_FALSE(bytes.contains(hex("1c26"))) << "no Chinese mode for ASCII-only receipts";
    EXPECT_TRUE(bytes.endsWith(hex("1b6403" "1d5601"))) << "feed 3 lines, partial cut";
}

TEST(EscPosEncoder, ChineseReceiptOn58mmMatchesGolden)
{
    const QByteArray bytes = EscPosEncoder(PaperProfile::mm58()).encode(chineseReceipt());
    EXPECT_TRUE(matchesGolden(QStringLiteral("escpos/chinese-58mm.txt"), decodeToText(bytes)));
    EXPECT_TRUE(bytes.startsWith(hex("1b40" "1c26"))) << "ESC @ then FS & (Chinese mode)";
    // 好又多 in GB18030, after centre, bold and double size.
    EXPECT_TRUE(bytes.contains(hex("1b6101" "1b4501" "1d2111" "bac3d3d6b6e0"))) << bytes.toHex(' ').toStdString();
    // The fullwidth yen sign is the GB2312 code A3A4.
    EXPECT_TRUE(bytes.contains(hex("a3a4" "32362e3038")));
}

TEST(EscPosEncoder, ChineseReceiptOn80mmMatchesGolden)
{
    const QByteArray bytes = EscPosEncoder(PaperProfile::mm80()).encode(chineseReceipt());
    EXPECT_TRUE(matchesGolden(QStringLiteral("escpos/chinese-80mm.txt"), decodeToText(bytes)));
    // Every printed line fits the paper (CJK = two columns).
    const ColumnLayout layout(TextEncoding::Gb18030);
    const EscPosDecoding decoded = EscPosDecoder::decode(bytes);
    for (const QString &line : decoded.printedLines()) {
        EXPECT_LE(layout.width(line), 48) << line.toStdString();
    }
}

TEST(EscPosEncoder, BarcodesAndQrMatchGolden)
{
    const QByteArray bytes = EscPosEncoder(PaperProfile::mm80()).encode(barcodeReceipt());
    EXPECT_TRUE(matchesGolden(QStringLiteral("escpos/barcodes-80mm.txt"), decodeToText(bytes)));
    // QR: model 2, size 6, level M, store (len = data + 3), print.
    const QByteArray url = "https://qtill.example/r/000125?k=7f3a";
    QByteArray qr = hex("1d286b0400314132" "00" "1d286b03003143" "06" "1d286b03003145" "31");
    qr += hex("1d286b") + char(url.size() + 3) + char(0) + hex("315030") + url + hex("1d286b0300315130");
    EXPECT_TRUE(bytes.contains(qr));
    // EAN-13 with the computed check digit, function B (m = 67), 13 digits.
    EXPECT_TRUE(bytes.contains(QByteArray(hex("1d6b430d") + "6901234567892")));
    // Code 128: "No." in code set B, then the 14 digits packed in code set C.
    EXPECT_TRUE(bytes.contains(QByteArray(hex("1d6b49") + char(2 + 3 + 2 + 7) + "{BNo.{C" + hex("141a0b150001" "19"))))
        << bytes.toHex(' ').toStdString();
}

TEST(EscPosEncoder, CutAndDrawerKickMatchGolden)
{
    const QByteArray bytes = EscPosEncoder(PaperProfile::mm58()).encode(cutAndDrawerReceipt());
    EXPECT_TRUE(matchesGolden(QStringLiteral("escpos/cut-drawer-58mm.txt"), decodeToText(bytes)));
    EXPECT_TRUE(bytes.contains(hex("1b70003264"))) << "ESC p pin 2, 100 ms on, 200 ms off";
    EXPECT_TRUE(bytes.contains(hex("1b70013264"))) << "ESC p pin 5";
    EXPECT_TRUE(bytes.contains(hex("1b6404" "1d5601"))) << "feed 4, partial cut";
    EXPECT_TRUE(bytes.endsWith(hex("1d5600"))) << "full cut without feed";
}

TEST(EscPosEncoder, StatusRequestsAreDleEot)
{
    EXPECT_EQ(EscPosEncoder::statusRequest(EscPosEncoder::StatusRequest::Printer), hex("100401"));
    EXPECT_EQ(EscPosEncoder::statusRequest(EscPosEncoder::StatusRequest::PaperSensor), hex("100404"));
}

TEST(EscPosEncoder, Gb18030IsTheRealEncoding)
{
    EXPECT_EQ(Gb18030::encode(u"中文"), hex("d6d0cec4"));
    EXPECT_EQ(Gb18030::encode(u"€"), hex("a2e3"));
    EXPECT_EQ(Gb18030::encode(u"\U0001F600"), hex("9439fc36")); // four-byte sequence
    EXPECT_EQ(Gb18030::decode(hex("d6d0cec4")), QStringLiteral("中文"));
    EXPECT_EQ(Gb18030::sequenceLength(hex("9439fc36")), 4);
    EXPECT_EQ(Gb18030::sequenceLength(hex("d6")), 0) << "truncated";
}

TEST(EscPosEncoder, TextCannotInjectCommands)
{
    ReceiptDocument r;
    r.text(QStringLiteral("Evil\x1bp\x01\x32\x32 tea\x1dV\x00"));
    const QByteArray bytes = EscPosEncoder(PaperProfile::mm58()).encode(r);
    const EscPosDecoding decoded = EscPosDecoder::decode(bytes);
    ASSERT_TRUE(decoded.ok()) << decoded.error.toStdString();
    EXPECT_EQ(decoded.printedLines(), QStringList{QStringLiteral("Evilp22 teaV")});
    EXPECT_FALSE(bytes.contains(hex("1b70")));
}

TEST(EscPosEncoder, LatinProfilePrintsQuestionMarksForWhatItCannotPrint)
{
    PaperProfile latin = PaperProfile::mm58();
    latin.encoding = TextEncoding::Latin1;
    EXPECT_EQ(EscPosEncoder(latin).encodeText(u"Café 中"), QByteArray("Caf\xe9 ??"));
}

TEST(EscPosEncoder, LogoIsARasterImageOfThePaperWidthAtMost)
{
    QImage logo(800, 40, QImage::Format_RGB32);
    logo.fill(Qt::white);
    for (int y = 10; y < 30; ++y) {
        for (int x = 0; x < 800; ++x) {
            logo.setPixel(x, y, qRgb(0, 0, 0));
        }
    }
    ReceiptDocument r;
    r.logo(logo);
    const QByteArray bytes = EscPosEncoder(PaperProfile::mm58()).encode(r);
    const EscPosDecoding decoded = EscPosDecoder::decode(bytes);
    ASSERT_TRUE(decoded.ok()) << decoded.error.toStdString();
    ASSERT_EQ(decoded.items.size(), 3);
    // 800x40 scaled to 384 wide keeps the aspect: 384x19; the black band is about half of it.
    EXPECT_TRUE(decoded.items[2].meaning.startsWith(QStringLiteral("raster image 384x19 dots")))
        << decoded.items[2].meaning.toStdString();
}

TEST(BarcodeData, ValidatesWhatAPrinterWouldReject)
{
    EXPECT_EQ(BarcodeData::ean13CheckDigit(u"690123456789"), 2);
    EXPECT_EQ(BarcodeData::ean13CheckDigit(u"400638133393"), 1);
    EXPECT_TRUE(BarcodeData::validate(Barcode{BarcodeType::Ean13, QStringLiteral("4006381333931")}).isEmpty());
    EXPECT_FALSE(BarcodeData::validate(Barcode{BarcodeType::Ean13, QStringLiteral("4006381333932")}).isEmpty());
    EXPECT_FALSE(BarcodeData::validate(Barcode{BarcodeType::Ean13, QStringLiteral("12345")}).isEmpty());
    EXPECT_FALSE(BarcodeData::validate(Barcode{BarcodeType::Code128, QStringLiteral("中文")}).isEmpty());
    EXPECT_EQ(BarcodeData::code128EscPos(u"{x}"), QByteArray("{B{{x}"));
    EXPECT_EQ(BarcodeData::code128EscPos(u"12345"), QByteArray("{B1{C") + hex("172d"));
}

TEST(EscPosStatus, ParsesTheRealTimeStatusBytes)
{
    using Request = EscPosEncoder::StatusRequest;
    PrinterStatus status;
    EXPECT_FALSE(EscPosStatus::apply(Request::Printer, 0x00, status)) << "fixed bits missing: not a status byte";
    EXPECT_FALSE(EscPosStatus::apply(Request::Printer, 0x93, status));
    EXPECT_FALSE(status.known);

    ASSERT_TRUE(EscPosStatus::apply(Request::Printer, 0x12, status));
    EXPECT_TRUE(status.known);
    EXPECT_TRUE(status.online);
    EXPECT_FALSE(status.drawerOpen);
    ASSERT_TRUE(EscPosStatus::apply(Request::Printer, 0x1E, status)); // pin 3 high + offline
    EXPECT_TRUE(status.drawerOpen);
    EXPECT_FALSE(status.online);
    ASSERT_TRUE(EscPosStatus::apply(Request::Printer, 0x16, status, false)); // a drawer whose switch reads low = open
    EXPECT_FALSE(status.drawerOpen);

    ASSERT_TRUE(EscPosStatus::apply(Request::OfflineCause, 0x16, status)); // cover open
    EXPECT_TRUE(status.coverOpen);
    ASSERT_TRUE(EscPosStatus::apply(Request::OfflineCause, 0x52, status)); // error occurred
    EXPECT_FALSE(status.coverOpen);
    EXPECT_TRUE(status.error);
    ASSERT_TRUE(EscPosStatus::apply(Request::ErrorCause, 0x12, status));
    EXPECT_FALSE(status.error);
    ASSERT_TRUE(EscPosStatus::apply(Request::ErrorCause, 0x1A, status)); // autocutter error
    EXPECT_TRUE(status.error);

    ASSERT_TRUE(EscPosStatus::apply(Request::PaperSensor, 0x1E, status)); // near end
    EXPECT_TRUE(status.paperNearEnd);
    EXPECT_FALSE(status.paperOut);
    ASSERT_TRUE(EscPosStatus::apply(Request::PaperSensor, 0x72, status)); // paper out
    EXPECT_TRUE(status.paperOut);
    ASSERT_TRUE(EscPosStatus::apply(Request::PaperSensor, 0x12, status));
    EXPECT_FALSE(status.paperOut);
    EXPECT_FALSE(status.paperNearEnd);
}
