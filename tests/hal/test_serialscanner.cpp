// Serial / CDC-ACM barcode scanners: recorded byte streams through the real parsing path
// (terminators, chunking, encodings, garbage), and the whole device on a pseudo-terminal opened by
// QSerialPort on the device thread, including the cable being pulled.
#include "hal/backends/serial/serialscanner.h"
#include "hal/backends/serial/serialscanworker.h"
#include "hal/devicemanager.h"
#include "ptypair.h"
#include "waituntil.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace qtill::hal;
using qtill::hal::test::waitUntil;

namespace {

QStringList scansOf(const QSignalSpy &spy)
{
    QStringList out;
    for (const auto &args : spy)
        out << args.at(0).toString();
    return out;
}

} // namespace

TEST(SerialScanWorker, RecordedStreamInAnyChunking)
{
    const QByteArray stream = "6901234567892\r\n"
                              "ABC-abc-123\r"
                              "\n"
                              "https://qtill.example/?q=1\n"
                              "\r\n";
    for (int chunk : {1, 2, 3, 7, 1000}) {
        SerialScanWorker worker({});
        QSignalSpy scans(&worker, &SerialScanWorker::scanned);
        for (qsizetype i = 0; i < stream.size(); i += chunk)
            worker.feed(QByteArrayView(stream).sliced(i, qMin<qsizetype>(chunk, stream.size() - i)));
        EXPECT_EQ(scansOf(scans),
                  (QStringList{u"6901234567892"_qs, u"ABC-abc-123"_qs, u"https://qtill.example/?q=1"_qs}))
            << "chunk " << chunk;
        ASSERT_EQ(scans.size(), 3);
        EXPECT_EQ(scans.at(0).at(1).toByteArray(), QByteArray("6901234567892"));
    }
}

TEST(SerialScanWorker, Utf8AndGb18030QrCodes)
{
    const QString text = u"付款码:丽江古城¥35.00"_qs;
    SerialScanWorker utf8({});
    QSignalSpy utf8Scans(&utf8, &SerialScanWorker::scanned);
    utf8.feed(QByteArray(text.toUtf8() + "\r"));
    EXPECT_EQ(scansOf(utf8Scans), QStringList{text});

    SerialScanWorker gb({{u"encoding"_qs, u"gb18030"_qs}});
    QSignalSpy gbScans(&gb, &SerialScanWorker::scanned);
    QStringEncoder encoder("GB18030");
    ASSERT_TRUE(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    ASSERT_NE(bytes, text.toUtf8());
    for (const char b : bytes) // one byte at a time: multi-byte characters split across reads
        gb.feed(QByteArrayView(&b, 1));
    gb.feed("\r");
    EXPECT_EQ(scansOf(gbScans), QStringList{text});
    EXPECT_EQ(gbScans.at(0).at(1).toByteArray(), bytes);
}

TEST(SerialScanWorker, GarbageIsRejectedAndTheNextScanIsClean)
{
    SerialScanWorker worker({{u"prefix"_qs, u"\x02"_qs}, {u"terminator"_qs, u"\x03"_qs}}); // STX…ETX framing
    QSignalSpy scans(&worker, &SerialScanWorker::scanned);
    QSignalSpy rejected(&worker, &SerialScanWorker::rejected);
    worker.feed(QByteArray("\xff\xfe\x80garbage\x03", 11));         // invalid UTF-8, no STX
    worker.feed(QByteArray("noise-without-stx\x03"));                // no STX
    worker.feed(QByteArray("\x02" "4006381333931\x03"));
    EXPECT_EQ(scansOf(scans), QStringList{u"4006381333931"_qs});
    EXPECT_EQ(rejected.size(), 2);
}

TEST(SerialScanWorker, RandomBytesGiveScansOrRejectionsNeverCrashes)
{
    QRandomGenerator rng(1234);
    SerialScanWorker worker({{u"maxLength"_qs, 64}});
    int scans = 0;
    int rejected = 0;
    QObject::connect(&worker, &SerialScanWorker::scanned, [&](const QString &text, const QByteArray &) {
        ++scans;
        EXPECT_FALSE(text.isEmpty());
        EXPECT_LE(text.size(), 64);
    });
    QObject::connect(&worker, &SerialScanWorker::rejected, [&] { ++rejected; });
    for (int i = 0; i < 5000; ++i) {
        QByteArray bytes;
        const int n = int(rng.bounded(80));
        for (int j = 0; j < n; ++j)
            bytes.append(rng.bounded(4) == 0 ? "\r\n0123ABC"[rng.bounded(9)] : char(rng.bounded(256)));
        worker.feed(bytes);
    }
    EXPECT_GT(scans, 0);
    EXPECT_GT(rejected, 0);
}

TEST(SerialScanner, ReadsAPortOnItsThreadAndReportsAPulledCable)
{
    test::PtyPair pty;
    ASSERT_TRUE(pty.ok());
    DeviceManager manager;
    auto owned = std::make_unique<SerialScanner>(DeviceInfo{
        u"scanner"_qs, DeviceCategory::Scanner, {}, u"serial"_qs, {{u"port"_qs, pty.slaveName}, {u"baud"_qs, 115200}}});
    SerialScanner *scanner = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QSignalSpy data(scanner, &Device::dataReceived);
    QSignalSpy errors(scanner, &Device::errorOccurred);
    ASSERT_TRUE(manager.start(scanner, u"checkout"_qs));
    test::spin(100); // the device thread opens the port
    ASSERT_EQ(errors.size(), 0) << errors.at(0).at(0).value<DeviceError>().detail.toStdString();

    ASSERT_TRUE(pty.send("6901234567892\r\n"));
    ASSERT_TRUE(pty.send("96385074\r\n"));
    ASSERT_TRUE(waitUntil([&] { return data.size() == 2; }));
    EXPECT_EQ(data.at(0).at(0).value<ScanData>().text, u"6901234567892"_qs);
    EXPECT_EQ(data.at(1).at(0).value<ScanData>().text, u"96385074"_qs);
    EXPECT_EQ(data.at(1).at(0).value<ScanData>().raw, QByteArray("96385074"));

    // Disabled: scans are dropped, not delivered later.
    ASSERT_TRUE(manager.disable(scanner, u"checkout"_qs));
    ASSERT_TRUE(pty.send("11111111\r\n"));
    test::spin(100);
    ASSERT_TRUE(manager.enable(scanner, u"checkout"_qs));
    test::spin(50);
    EXPECT_EQ(data.size(), 2);

    pty.close(); // cable pulled
    ASSERT_TRUE(waitUntil([&] { return errors.size() == 1; }));
    EXPECT_EQ(errors.at(0).at(0).value<DeviceError>().kind, ErrorKind::Offline)
        << errors.at(0).at(0).value<DeviceError>().detail.toStdString();
    EXPECT_EQ(scanner->state(), Device::State::Error);
}

TEST(SerialScanner, AMissingPortIsOffline)
{
    DeviceManager manager;
    auto owned = std::make_unique<SerialScanner>(
        DeviceInfo{u"scanner"_qs, DeviceCategory::Scanner, {}, u"serial"_qs, {{u"port"_qs, u"/dev/ttyQTILLNONE"_qs}}});
    SerialScanner *scanner = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QSignalSpy errors(scanner, &Device::errorOccurred);
    ASSERT_TRUE(manager.start(scanner, u"checkout"_qs));
    ASSERT_TRUE(waitUntil([&] { return errors.size() == 1; }));
    EXPECT_EQ(errors.at(0).at(0).value<DeviceError>().kind, ErrorKind::Offline);
    EXPECT_FALSE(errors.at(0).at(0).value<DeviceError>().message.isEmpty());
}
