// The painter renders the same receipt the printer prints: the same line breaks, CJK two columns
// wide, real barcodes (decoded back with ZXing), and a PDF of the paper's width.
#include "hal/receipt/receiptpainter.h"
#include "receipts.h"

#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <ZXing/ReadBarcode.h>

using namespace qtill::hal;
using namespace qtill::hal::test;

namespace {

/// Columns (x) that have ink, as [first, last]; {-1, -1} for a blank image.
std::pair<int, int> inkSpan(const QImage &image)
{
    int first = -1;
    int last = -1;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (qGray(image.pixel(x, y)) < 128) {
                first = first < 0 ? x : first;
                last = x;
                break;
            }
        }
    }
    return {first, last};
}

int inkPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            count += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    return count;
}

/// Where previews are kept for a human to look at: $QTILL_PREVIEW_DIR, else a temporary folder.
QString previewPath(const QString &name)
{
    static QTemporaryDir temp;
    const QString dir = qEnvironmentVariableIsEmpty("QTILL_PREVIEW_DIR") ? temp.path()
                                                                         : qEnvironmentVariable("QTILL_PREVIEW_DIR");
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

} // namespace

TEST(ReceiptPainter, PrefersTheMonospaceCjkFontAndFallsBackToTheFixedFont)
{
    // Whatever this machine has installed: the choice, not the machine's fonts, is under test.
    const QString cjk = QStringLiteral("Noto Sans Mono CJK SC");
    EXPECT_EQ(ReceiptPainter::pickFontFamily({QStringLiteral("DejaVu Sans"), cjk, QStringLiteral("DejaVu Sans Mono")},
                                             QStringLiteral("DejaVu Sans Mono")),
              cjk);
    EXPECT_EQ(ReceiptPainter::pickFontFamily({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")},
                                             QStringLiteral("DejaVu Sans Mono")),
              QStringLiteral("DejaVu Sans Mono"))
        << "a proportional CJK font would break the column grid";
    EXPECT_EQ(ReceiptPainter::pickFontFamily({}, QStringLiteral("Monospace")), QStringLiteral("Monospace"));
}

TEST(ReceiptPainter, ChineseReceiptRendersAtThePaperWidth)
{
    for (const PaperProfile &profile : {PaperProfile::mm58(), PaperProfile::mm80()}) {
        const QImage image = ReceiptPainter(profile).render(chineseReceipt());
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.width(), profile.dotsPerLine + 2 * ReceiptPainter::kMarginDots);
        EXPECT_GT(image.height(), 20 * ReceiptPainter::kLineDots) << "about twenty lines and a cut";
        EXPECT_GT(inkPixels(image), 5000) << "text was drawn";
        const auto [first, last] = inkSpan(image);
        EXPECT_GE(first, ReceiptPainter::kMarginDots - 2);
        EXPECT_LE(last, ReceiptPainter::kMarginDots + profile.dotsPerLine + 2) << "nothing beyond the paper";
        ASSERT_TRUE(image.save(previewPath(QStringLiteral("chinese-%1.png").arg(profile.key))));
    }
    const QImage doubled = ReceiptPainter(PaperProfile::mm58()).render(chineseReceipt(), 2);
    EXPECT_EQ(doubled.width(), 2 * (384 + 2 * ReceiptPainter::kMarginDots));
}

TEST(ReceiptPainter, ChineseCharactersTakeTwoColumnsLikeOnPaper)
{
    const ReceiptPainter painter(PaperProfile::mm58());
    ReceiptDocument ascii;
    ascii.text(QStringLiteral("HHHHHHHH"));
    ReceiptDocument cjk;
    cjk.text(QStringLiteral("中国中国"));
    const auto [asciiFirst, asciiLast] = inkSpan(painter.render(ascii));
    const auto [cjkFirst, cjkLast] = inkSpan(painter.render(cjk));
    // 8 columns × 12 dots = 96 dots either way.
    EXPECT_NEAR(asciiLast - asciiFirst, 96, 8);
    EXPECT_NEAR(cjkLast - cjkFirst, 96, 8);

    // A right-aligned amount ends at the right edge of the printable width.
    ReceiptDocument row;
    row.columns(QStringLiteral("合计"), QStringLiteral("￥26.08"));
    const auto [rowFirst, rowLast] = inkSpan(painter.render(row));
    EXPECT_NEAR(rowFirst, ReceiptPainter::kMarginDots, 4);
    EXPECT_NEAR(rowLast, ReceiptPainter::kMarginDots + 384, 6);
}

TEST(ReceiptPainter, BarcodesAndQrDecodeBack)
{
    ASSERT_TRUE(ReceiptPainter(PaperProfile::mm80()).render(barcodeReceipt()).save(previewPath(QStringLiteral("barcodes-80mm.png"))));
    // One symbol per image (ZXing 1.4 asserts when it meets several 1-D codes in one picture).
    const auto decode = [](const ReceiptDocument &receipt, ZXing::BarcodeFormat format) {
        const QImage gray = ReceiptPainter(PaperProfile::mm80()).render(receipt).convertToFormat(QImage::Format_Grayscale8);
        const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                    int(gray.bytesPerLine()));
        ZXing::DecodeHints hints;
        hints.setFormats(format);
        const ZXing::Result result = ZXing::ReadBarcode(view, hints);
        return result.isValid() ? QString::fromStdString(result.text()) : QStringLiteral("(nothing)");
    };
    ReceiptDocument qr;
    qr.qrCode(QStringLiteral("https://qtill.example/r/000125?k=7f3a"));
    EXPECT_EQ(decode(qr, ZXing::BarcodeFormat::QRCode), QStringLiteral("https://qtill.example/r/000125?k=7f3a"));
    ReceiptDocument ean;
    ean.barcode(BarcodeType::Ean13, QStringLiteral("690123456789"));
    EXPECT_EQ(decode(ean, ZXing::BarcodeFormat::EAN13), QStringLiteral("6901234567892"));
    ReceiptDocument code128;
    code128.barcode(BarcodeType::Code128, QStringLiteral("No.20261121000125"));
    EXPECT_EQ(decode(code128, ZXing::BarcodeFormat::Code128), QStringLiteral("No.20261121000125"));
}

TEST(ReceiptPainter, PdfIsAsWideAsThePaper)
{
    const QByteArray pdf = ReceiptPainter(PaperProfile::mm58()).pdf(englishReceipt());
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_GT(pdf.size(), 2000);
    // 58 mm = 164.4 pt (Qt rounds page sizes to whole points).
    EXPECT_TRUE(pdf.contains("/MediaBox [0 0 164.")) << "no 58 mm page";
    ASSERT_TRUE(ReceiptPainter(PaperProfile::mm80()).savePdf(chineseReceipt(), previewPath(QStringLiteral("chinese-80mm.pdf"))));
}
