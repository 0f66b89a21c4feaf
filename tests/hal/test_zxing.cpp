// Camera scanning: ZXing-C++ 1.4 round trips (encode EAN-13, EAN-8, UPC-A, UPC-E, Code 128 and QR →
// image, also rotated 90°, scaled and with noise → decode → the same text and symbology), camera
// frames (YUV planes and RGB) to luminance, the de-duplication window, and the CameraScanner's
// frame → device thread → scan path.
#include "hal/backends/camera/camerascanner.h"
#include "hal/backends/camera/luminanceimage.h"
#include "hal/backends/camera/scandeduplicator.h"
#include "hal/backends/camera/zxingdecoder.h"
#include "hal/backends/camera/zxingencoder.h"
#include "hal/devicemanager.h"
#include "waituntil.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTransform>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <gtest/gtest.h>

using namespace qtill::hal;
using qtill::hal::test::waitUntil;

namespace {

struct Sample
{
    QString text;
    Symbology symbology;
};

const Sample kSamples[] = {
    {u"6901234567892"_qs, Symbology::Ean13},
    {u"96385074"_qs, Symbology::Ean8},
    {u"036000291452"_qs, Symbology::UpcA},
    {u"04252614"_qs, Symbology::UpcE},
    {u"QTILL-2026/ABC-42"_qs, Symbology::Code128},
    {u"https://pay.example.cn/付款?id=42&amt=35.00"_qs, Symbology::Qr},
};

/// The symbol pasted on a grey-ish "photo" background with some margin, like a camera frame.
QImage onBackground(const QImage &symbol, int pad = 40)
{
    QImage frame(symbol.width() + 2 * pad, symbol.height() + 2 * pad, QImage::Format_Grayscale8);
    frame.fill(200);
    QPainter p(&frame);
    p.drawImage(pad, pad, symbol);
    return frame;
}

QImage noisy(QImage image, double fraction, int amplitude, quint32 seed)
{
    QRandomGenerator rng(seed);
    image = image.convertToFormat(QImage::Format_Grayscale8);
    const int count = int(image.width() * image.height() * fraction);
    for (int i = 0; i < count; ++i) {
        const int x = int(rng.bounded(image.width()));
        const int y = int(rng.bounded(image.height()));
        uchar &px = image.scanLine(y)[x];
        px = uchar(qBound(0, int(px) + int(rng.bounded(2 * amplitude + 1)) - amplitude, 255));
    }
    return image;
}

bool decodesTo(const QImage &image, const Sample &s, std::string *what = nullptr)
{
    const auto found = ZxingDecoder(ZxingDecoder::retailSymbologies()).decode(image);
    for (const DecodedBarcode &b : found) {
        if (b.text == s.text && b.symbology == s.symbology)
            return true;
        if (what)
            *what += b.text.toStdString() + " ";
    }
    return false;
}

QVideoFrame frameOf(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGBX8888);
    QVideoFrame frame(QVideoFrameFormat(rgb.size(), QVideoFrameFormat::Format_RGBX8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), rgb.constScanLine(y), size_t(rgb.width() * 4));
    frame.unmap();
    return frame;
}

} // namespace

TEST(Zxing, RoundTripEverySymbology)
{
    for (const Sample &s : kSamples) {
        const QImage symbol = ZxingEncoder::encode(s.text, s.symbology, 3);
        ASSERT_FALSE(symbol.isNull()) << s.text.toStdString();
        std::string seen;
        EXPECT_TRUE(decodesTo(onBackground(symbol), s, &seen)) << s.text.toStdString() << " saw: " << seen;
    }
}

TEST(Zxing, RotatedScaledAndNoisyImagesStillDecode)
{
    // 4-pixel modules, as a phone-distance camera sees a shelf label; scaled down to 3 pixels and up
    // to 6, rotated a quarter turn, and speckled (10 % of the pixels off by up to ±50 grey levels).
    auto scaled = [](const QImage &image, double factor) {
        return image.scaled(int(image.width() * factor), int(image.height() * factor), Qt::IgnoreAspectRatio,
                            Qt::SmoothTransformation);
    };
    for (const Sample &s : kSamples) {
        const QImage base = onBackground(ZxingEncoder::encode(s.text, s.symbology, 4));
        const QImage rotated = base.transformed(QTransform().rotate(90));
        EXPECT_TRUE(decodesTo(rotated, s)) << "rotated " << s.text.toStdString();
        EXPECT_TRUE(decodesTo(scaled(base, 0.75), s)) << "smaller " << s.text.toStdString();
        EXPECT_TRUE(decodesTo(scaled(base, 1.5), s)) << "larger " << s.text.toStdString();
        EXPECT_TRUE(decodesTo(noisy(base, 0.10, 50, 11), s)) << "noisy " << s.text.toStdString();
        EXPECT_TRUE(decodesTo(noisy(scaled(rotated, 0.75), 0.10, 50, 12), s))
            << "rotated+scaled+noisy " << s.text.toStdString();
    }
}

TEST(Zxing, NothingInABlankOrRandomImage)
{
    QImage blank(320, 240, QImage::Format_Grayscale8);
    blank.fill(255);
    EXPECT_TRUE(ZxingDecoder().decode(blank).isEmpty());
    EXPECT_TRUE(ZxingDecoder().decode(noisy(blank, 1.0, 120, 3)).isEmpty());
    EXPECT_TRUE(ZxingDecoder().decode(QImage()).isEmpty());
    // Contents a symbology cannot carry give no image (no exception escapes).
    EXPECT_TRUE(ZxingEncoder::encode(u"ABC"_qs, Symbology::Ean13).isNull());
    EXPECT_TRUE(ZxingEncoder::encode(u"6901234567891"_qs, Symbology::Ean13).isNull()); // bad check digit
}

TEST(LuminanceImage, YuvPlanesAndRgbFramesGiveTheSameGreys)
{
    const QImage symbol = onBackground(ZxingEncoder::encode(u"6901234567892"_qs, Symbology::Ean13, 2));
    // NV12: the Y plane is the picture.
    QVideoFrame nv12(QVideoFrameFormat(symbol.size(), QVideoFrameFormat::Format_NV12));
    ASSERT_TRUE(nv12.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < symbol.height(); ++y)
        std::memcpy(nv12.bits(0) + qsizetype(y) * nv12.bytesPerLine(0), symbol.constScanLine(y), size_t(symbol.width()));
    nv12.unmap();
    const QImage fromNv12 = LuminanceImage::fromFrame(nv12);
    ASSERT_EQ(fromNv12.size(), symbol.size());
    EXPECT_EQ(fromNv12, symbol);
    // YUYV: every other byte.
    QVideoFrame yuyv(QVideoFrameFormat(symbol.size(), QVideoFrameFormat::Format_YUYV));
    ASSERT_TRUE(yuyv.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < symbol.height(); ++y) {
        uchar *row = yuyv.bits(0) + qsizetype(y) * yuyv.bytesPerLine(0);
        for (int x = 0; x < symbol.width(); ++x) {
            row[2 * x] = symbol.constScanLine(y)[x];
            row[2 * x + 1] = 128;
        }
    }
    yuyv.unmap();
    EXPECT_EQ(LuminanceImage::fromFrame(yuyv), symbol);
    // RGB is converted on the CPU (no QGuiApplication needed).
    const QImage fromRgb = LuminanceImage::fromFrame(frameOf(symbol));
    ASSERT_EQ(fromRgb.size(), symbol.size());
    EXPECT_TRUE(decodesTo(fromRgb, {u"6901234567892"_qs, Symbology::Ean13}));
    EXPECT_TRUE(LuminanceImage::fromFrame(QVideoFrame()).isNull());
}

TEST(ScanDeduplicator, TheSameCodeInViewIsOneScan)
{
    ScanDeduplicator d(1500);
    EXPECT_TRUE(d.accept(u"A"_qs, 0));
    EXPECT_FALSE(d.accept(u"A"_qs, 100));  // next frame
    EXPECT_FALSE(d.accept(u"A"_qs, 1400));
    EXPECT_FALSE(d.accept(u"A"_qs, 2800)); // held in view: the window slides
    EXPECT_TRUE(d.accept(u"B"_qs, 2900));  // another item
    EXPECT_TRUE(d.accept(u"A"_qs, 4400));  // A out of view for 1.6 s: the second one of A
}

TEST(CameraScanner, FramesBecomeScansWithSymbologyOnce)
{
    DeviceManager manager;
    auto owned = std::make_unique<CameraScanner>(DeviceInfo{
        u"camera"_qs, DeviceCategory::Scanner, {}, u"camera"_qs, {{u"camera"_qs, u"none"_qs}, {u"windowMs"_qs, 1000}}});
    CameraScanner *scanner = owned.get();
    qint64 now = 0;
    scanner->setTimeSource([&] { return now; });
    ASSERT_TRUE(manager.add(std::move(owned)));
    QSignalSpy data(scanner, &Device::dataReceived);
    ASSERT_TRUE(manager.start(scanner, u"checkout"_qs));
    EXPECT_TRUE(scanner->reportsSymbology());

    const QImage qr = onBackground(ZxingEncoder::encode(u"member:8801234"_qs, Symbology::Qr, 4));
    const QImage ean = onBackground(ZxingEncoder::encode(u"6901234567892"_qs, Symbology::Ean13, 3));
    auto show = [&](const QImage &image, qint64 at) {
        now = at;
        scanner->processFrame(frameOf(image));
        ASSERT_TRUE(waitUntil([&] { return scanner->framesInFlight() == 0; }));
    };
    show(qr, 0);
    show(qr, 33);   // the same code, next frame
    show(qr, 66);
    show(ean, 500);
    show(qr, 3000); // shown again later: a second scan
    show(ean, 5000); // the last one: every scan of the frames before it is delivered before it
    ASSERT_TRUE(waitUntil([&] { return data.size() >= 4; }));
    ASSERT_EQ(data.size(), 4);
    EXPECT_EQ(data.at(0).at(0).value<ScanData>().text, u"member:8801234"_qs);
    EXPECT_EQ(data.at(0).at(0).value<ScanData>().symbology, Symbology::Qr);
    EXPECT_EQ(data.at(1).at(0).value<ScanData>().symbology, Symbology::Ean13);
    EXPECT_EQ(data.at(2).at(0).value<ScanData>().text, u"member:8801234"_qs);
    EXPECT_EQ(data.at(3).at(0).value<ScanData>().text, u"6901234567892"_qs);

    // Disabled: a frame is not even taken; enabled again, the next scan is the next one delivered.
    ASSERT_TRUE(manager.disable(scanner, u"checkout"_qs));
    now = 9000;
    scanner->processImage(ean);
    EXPECT_EQ(scanner->framesInFlight(), 0) << "a disabled scanner takes no frames";
    ASSERT_TRUE(manager.enable(scanner, u"checkout"_qs));
    show(qr, 12000);
    ASSERT_TRUE(waitUntil([&] { return data.size() >= 5; }));
    ASSERT_EQ(data.size(), 5); // nothing from while it was disabled
    EXPECT_EQ(data.at(4).at(0).value<ScanData>().text, u"member:8801234"_qs);
}
