// Shelf and barcode labels: PDF pages of the right size and count, barcodes that scan back.
#include "inventory/labels/barcodesymbol.h"
#include "inventory/labels/labelpresets.h"
#include "inventory/labels/labelrenderer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <ZXing/ReadBarcode.h>

using namespace qtill;
using namespace qtill::inventory;

namespace {

LabelData label(const QString &name, qint64 priceFen, const QString &code, const QString &sku)
{
    LabelData d;
    d.name = name;
    d.price = Money::fromMinor(priceFen, Currency::cny());
    d.memberPrice = Money::fromMinor(priceFen - 20, Currency::cny());
    d.unit = QStringLiteral("瓶");
    d.code = code;
    d.sku = sku;
    return d;
}

QList<LabelData> someLabels(int count)
{
    QList<LabelData> labels;
    for (int i = 0; i < count; ++i) {
        labels << label(i % 2 ? QStringLiteral("农夫山泉饮用天然水 550ml") : QStringLiteral("可口可乐 330ml 罐装"),
                        350 + i, i % 2 ? QStringLiteral("6921168509256") : QStringLiteral("6901234567892"),
                        QStringLiteral("14%1").arg(i, 4, 10, QLatin1Char('0')));
    }
    return labels;
}

/// Every page's MediaBox in points, as written in the PDF.
QList<QSizeF> mediaBoxes(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const QString pdf = QString::fromLatin1(file.readAll());
    static const QRegularExpression box(QStringLiteral("/MediaBox \\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*\\]"));
    QList<QSizeF> sizes;
    for (auto it = box.globalMatch(pdf); it.hasNext();) {
        const auto m = it.next();
        sizes << QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    }
    return sizes;
}

/// The codes ZXing reads in `image`.
QStringList decode(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setTryHarder(true);
    QStringList texts;
    for (const ZXing::Result &r : ZXing::ReadBarcodes(view, hints))
        texts << QString::fromStdString(r.text());
    return texts;
}

constexpr double kPointsPerMm = 72.0 / 25.4;

} // namespace

TEST(LabelLayout, A4ThreeByEightSharesThePage)
{
    const LabelLayout layout = LabelLayout::a4Sheet(3, 8);
    EXPECT_EQ(layout.labelsPerPage(), 24);
    EXPECT_NEAR(layout.labelSizeMm().width(), 70.0, 0.01);
    EXPECT_NEAR(layout.labelSizeMm().height(), 37.125, 0.01);
    EXPECT_EQ(layout.pageCount(25), 2);
    EXPECT_EQ(layout.labelRectMm(25).topLeft(), QPointF(70.0, 0.0));   // second on page 2
    const LabelLayout margins = LabelLayout::a4Sheet(3, 8, QMarginsF(7, 13, 7, 13), QSizeF(2.5, 0));
    EXPECT_NEAR(margins.labelSizeMm().width(), (210 - 14 - 5) / 3.0, 0.01);
    EXPECT_TRUE(margins.check().ok());
    EXPECT_FALSE(LabelLayout::a4Sheet(20, 40).check().ok());
}

TEST(BarcodeSymbol, ChoosesAndRefuses)
{
    EXPECT_EQ(BarcodeSymbol::choose(QStringLiteral("6901234567892")), LabelSymbology::Ean13);
    EXPECT_EQ(BarcodeSymbol::choose(QStringLiteral("96385074")), LabelSymbology::Ean8);
    EXPECT_EQ(BarcodeSymbol::choose(QStringLiteral("9001")), LabelSymbology::Code128);
    EXPECT_EQ(BarcodeSymbol::choose(QStringLiteral("6901234567893")), LabelSymbology::Code128);
    auto bad = BarcodeSymbol::encode(QStringLiteral("6901234567893"), LabelSymbology::Ean13);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("Code 128")));
    auto ean = BarcodeSymbol::encode(QStringLiteral("6901234567892"));
    ASSERT_TRUE(ean.ok());
    EXPECT_EQ(ean->width(), 95);   // EAN-13: 95 modules
    auto qr = BarcodeSymbol::encode(QStringLiteral("https://qtill.example/p/140001"), LabelSymbology::Qr);
    ASSERT_TRUE(qr.ok());
    EXPECT_EQ(qr->width(), qr->height());
}

TEST(LabelRenderer, A4SheetPdfHasA4PagesForThirtyLabels)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shelf.pdf"));
    LabelRenderer renderer(LabelLayout::a4Sheet(3, 8));
    auto pages = renderer.writePdf(path, someLabels(30), QStringLiteral("货架标签"));
    ASSERT_TRUE(pages.ok()) << pages.error().toString().toStdString();
    EXPECT_EQ(*pages, 2);
    const QList<QSizeF> boxes = mediaBoxes(path);
    ASSERT_EQ(boxes.size(), 2);
    for (const QSizeF &b : boxes) {
        EXPECT_NEAR(b.width(), 210 * kPointsPerMm, 1.0);
        EXPECT_NEAR(b.height(), 297 * kPointsPerMm, 1.0);
    }
}

TEST(LabelRenderer, RollPdfHasOneFortyByThirtyPagePerLabel)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roll.pdf"));
    LabelRenderer renderer(LabelLayout::labelRoll(40, 30), LabelOptions{.kind = LabelKind::Barcode});
    auto pages = renderer.writePdf(path, someLabels(5));
    ASSERT_TRUE(pages.ok()) << pages.error().toString().toStdString();
    EXPECT_EQ(*pages, 5);
    const QList<QSizeF> boxes = mediaBoxes(path);
    ASSERT_EQ(boxes.size(), 5);
    EXPECT_NEAR(boxes.first().width(), 40 * kPointsPerMm, 1.0);
    EXPECT_NEAR(boxes.first().height(), 30 * kPointsPerMm, 1.0);
}

TEST(LabelRenderer, ABadCodeStopsThePrintBeforeAnythingIsDrawn)
{
    QTemporaryDir dir;
    QList<LabelData> labels = someLabels(3);
    labels[2].code = QStringLiteral("6901234567893");
    LabelRenderer renderer(LabelLayout::a4Sheet(3, 8), LabelOptions{.symbology = LabelSymbology::Ean13});
    auto pages = renderer.writePdf(dir.filePath(QStringLiteral("bad.pdf")), labels);
    ASSERT_FALSE(pages.ok());
    EXPECT_TRUE(pages.error().message.contains(labels[2].name));
}

TEST(LabelRenderer, ShelfLabelBarcodeScansBack)
{
    LabelRenderer renderer(LabelLayout::a4Sheet(3, 8), LabelOptions{.cutLines = true});
    const QList<LabelData> labels = someLabels(24);
    const QImage page = renderer.renderPage(labels, 0, 300);
    ASSERT_FALSE(page.isNull());
    if (const QByteArray out = qgetenv("QTILL_LABEL_PNG"); !out.isEmpty())
        page.save(QString::fromLocal8Bit(out));
    // One label cut out of the sheet holds exactly its own code.
    const double pxPerMm = 300 / 25.4;
    const QRectF mm = renderer.layout().labelRectMm(4);
    const QImage one = page.copy(QRectF(mm.topLeft() * pxPerMm, mm.size() * pxPerMm).toRect());
    EXPECT_EQ(decode(one), QStringList{labels[4].code});
}

TEST(LabelRenderer, RollBarcodeAndQrLabelsScanBack)
{
    QList<LabelData> labels{label(QStringLiteral("散装苹果"), 1280, QStringLiteral("2000123000004"), QStringLiteral("130001"))};
    labels << label(QStringLiteral("店内商品"), 500, QStringLiteral("QT-140001"), QStringLiteral("140001"));
    LabelRenderer code128(LabelLayout::labelRoll(40, 30), LabelOptions{.kind = LabelKind::Barcode});
    EXPECT_EQ(decode(code128.renderPage(labels, 0, 300)), QStringList{QStringLiteral("2000123000004")});
    EXPECT_EQ(decode(code128.renderPage(labels, 1, 300)), QStringList{QStringLiteral("QT-140001")});
    LabelRenderer qr(LabelLayout::labelRoll(40, 30),
                     LabelOptions{.kind = LabelKind::Barcode, .symbology = LabelSymbology::Qr});
    EXPECT_EQ(decode(qr.renderPage(labels, 1, 300)), QStringList{QStringLiteral("QT-140001")});
}

TEST(LabelPreset, EveryStockOnOfferFitsAndHasTheLabelSizeItsNameSays)
{
    const QList<LabelPreset> presets = LabelPreset::all();
    ASSERT_GE(presets.size(), 6);
    EXPECT_EQ(presets.constFirst().id, QStringLiteral("a4-3x8"));
    for (const LabelPreset &preset : presets) {
        EXPECT_TRUE(preset.layout.check().ok()) << preset.id.toStdString();
        EXPECT_EQ(LabelPreset::find(preset.id).id, preset.id);
    }
    const QSizeF l7163 = LabelPreset::find(QStringLiteral("a4-2x7")).layout.labelSizeMm();
    EXPECT_NEAR(l7163.width(), 99.1, 0.01);
    EXPECT_NEAR(l7163.height(), 38.1, 0.01);
    const QSizeF small = LabelPreset::find(QStringLiteral("a4-4x10")).layout.labelSizeMm();
    EXPECT_NEAR(small.width(), 48.5, 0.01);
    EXPECT_NEAR(small.height(), 25.4, 0.01);
    EXPECT_EQ(LabelPreset::find(QStringLiteral("a4-3x8")).layout.labelsPerPage(), 24);
    EXPECT_TRUE(LabelPreset::find(QStringLiteral("roll-40x30")).layout.roll);
    EXPECT_EQ(LabelPreset::find(QStringLiteral("nonsense")).id, QStringLiteral("a4-3x8"));
}
