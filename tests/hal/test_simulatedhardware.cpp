// The simulators used by --simulate-hardware and by checkout's tests: the simulated printer keeps the
// bytes and a picture of every receipt; the simulated drawer opens, closes and can fail.
#include "escposdecoder.h"
#include "hal/devicemanager.h"
#include "hal/escpos/escposencoder.h"
#include "hal/sim/simulatedcashdrawer.h"
#include "hal/sim/simulatedprinter.h"
#include "receipts.h"
#include "waituntil.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qtill::hal;
using namespace qtill::hal::test;

TEST(SimulatedPrinter, KeepsTheBytesAndAPictureOfEachReceipt)
{
    QTemporaryDir dir;
    DeviceManager manager;
    PrinterSettings fast;
    fast.retryIntervalMs = 40;
    fast.statusIntervalMs = 40;
    auto owned = std::make_unique<SimulatedPrinter>(
        DeviceInfo{QStringLiteral("printer"), DeviceCategory::ReceiptPrinter, {}, QStringLiteral("sim"), {}},
        PaperProfile::mm58(), dir.filePath(QStringLiteral("receipts")), fast);
    SimulatedPrinter *printer = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QStringList pictures;
    QList<DeviceError> errors;
    QObject::connect(printer, &SimulatedPrinter::receiptRendered, [&](int, const QString &path) { pictures << path; });
    QObject::connect(printer, &Device::errorOccurred, [&](const DeviceError &e) { errors << e; });
    ASSERT_TRUE(manager.start(printer, QStringLiteral("checkout")));

    const PrintSubmission job = printer->print(chineseReceipt());
    ASSERT_TRUE(job.accepted());
    ASSERT_TRUE(waitUntil([&] { return pictures.size() == 1 && printer->pendingJobs() == 0; }));
    const QImage picture(pictures.first());
    EXPECT_EQ(picture.width(), 384 + 2 * 16);
    EXPECT_GT(picture.height(), 500);
    EXPECT_TRUE(pictures.first().endsWith(QStringLiteral("receipt-00001.png")));

    const QByteArray expected = EscPosEncoder(PaperProfile::mm58()).encode(chineseReceipt());
    EXPECT_EQ(printer->simState().jobs(), QList<QByteArray>{expected});
    QFile raw(QString(pictures.first()).replace(QStringLiteral(".png"), QStringLiteral(".bin")));
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    EXPECT_EQ(raw.readAll(), expected);
    EXPECT_TRUE(EscPosDecoder::decode(expected).printedLines().contains(QStringLiteral("谢谢惠顾，欢迎再次光临！")));

    // Its faults are the real ones.
    printer->simState().setPaperOut(true);
    const PrintSubmission waiting = printer->print(englishReceipt());
    ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty(); }));
    EXPECT_EQ(errors.first().kind, ErrorKind::PaperOut);
    // Nothing reached the paper, so there is no picture of it — however long we look.
    EXPECT_FALSE(waitUntil([&] { return pictures.size() > 1; }, 300));
    printer->simState().setPaperOut(false);
    ASSERT_TRUE(waitUntil([&] { return printer->simState().jobs().size() == 2; }));
    EXPECT_TRUE(waitUntil([&] { return printer->state() == Device::State::Enabled; }));
    ASSERT_TRUE(waitUntil([&] { return pictures.size() == 2; }));
    EXPECT_TRUE(pictures.last().endsWith(QStringLiteral("receipt-%1.png").arg(waiting.jobId, 5, 10, QLatin1Char('0'))));

    // A job given up with Clear is never pictured.
    printer->simState().setPaperOut(true);
    errors.clear();
    ASSERT_TRUE(printer->print(englishReceipt()).accepted());
    ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty(); }));
    manager.respond(printer, ErrorResponse::Clear);
    ASSERT_TRUE(waitUntil([&] { return printer->pendingJobs() == 0; }));
    printer->simState().setPaperOut(false);
    EXPECT_FALSE(waitUntil([&] { return pictures.size() > 2; }, 300));
    EXPECT_EQ(printer->simState().jobs().size(), 2);
}

TEST(SimulatedCashDrawer, OpensClosesAndFailsLikeADrawer)
{
    DeviceManager manager;
    manager.setReconnectInterval(30);
    auto owned = std::make_unique<SimulatedCashDrawer>(
        DeviceInfo{QStringLiteral("drawer"), DeviceCategory::CashDrawer, {}, QStringLiteral("sim"), {}});
    SimulatedCashDrawer *drawer = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QList<DeviceStatus> statuses;
    QObject::connect(drawer, &Device::statusChanged, [&](DeviceStatus s) { statuses << s; });

    EXPECT_FALSE(drawer->openDrawer()) << "closed device";
    ASSERT_TRUE(manager.start(drawer, QStringLiteral("checkout")));
    ASSERT_TRUE(drawer->openDrawer());
    ASSERT_TRUE(waitUntil([&] { return drawer->isDrawerOpen(); }));
    drawer->closeByHand();
    EXPECT_EQ(statuses, (QList<DeviceStatus>{DeviceStatus::DrawerOpen, DeviceStatus::DrawerClosed}));

    drawer->setConnected(false);
    EXPECT_FALSE(drawer->openDrawer());
    EXPECT_EQ(drawer->state(), Device::State::Error);
    EXPECT_EQ(drawer->lastError().message, QStringLiteral("The cash drawer does not respond. Check its cable."));
    drawer->setConnected(true);
    ASSERT_TRUE(waitUntil([&] { return drawer->state() == Device::State::Enabled; }));
    EXPECT_EQ(drawer->openings(), 1);
}
