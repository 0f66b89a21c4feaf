// The receipt printer device over a simulated ESC/POS link: the UnifiedPOS state machine, a claim by
// two users, and faults (paper out, cover open, unplugged) raising error events while the receipts
// wait and print when the printer is back — the sale is never blocked. Also the cash drawer kick.
#include "hal/devicemanager.h"
#include "hal/iothreads.h"
#include "hal/escpos/escposencoder.h"
#include "hal/escpos/escposprinter.h"
#include "hal/escpos/printercashdrawer.h"
#include "hal/sim/simtransport.h"
#include "receipts.h"
#include "waituntil.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace qtill::hal;
using qtill::hal::test::waitUntil;

namespace {

const QString kCheckout = QStringLiteral("checkout");

struct EscPosPrinterTest : ::testing::Test
{
    DeviceManager manager;
    std::shared_ptr<SimPrinterState> sim = std::make_shared<SimPrinterState>();
    EscPosPrinter *printer = nullptr;
    QList<DeviceError> errors;
    QList<DeviceStatus> statuses;
    QList<int> completed;

    void SetUp() override
    {
        PrinterSettings fast;
        fast.retryIntervalMs = 40;
        fast.statusIntervalMs = 40;
        fast.statusTimeoutMs = 100;
        auto owned = std::make_unique<EscPosPrinter>(
            DeviceInfo{QStringLiteral("printer"), DeviceCategory::ReceiptPrinter, QStringLiteral("Front printer"),
                       QStringLiteral("sim"), {}},
            PaperProfile::mm58(), [state = sim] { return std::make_unique<SimTransport>(state); }, fast);
        printer = owned.get();
        ASSERT_TRUE(manager.add(std::move(owned)));
        manager.setReconnectInterval(40);
        QObject::connect(printer, &Device::errorOccurred, [this](const DeviceError &e) { errors << e; });
        QObject::connect(printer, &Device::statusChanged, [this](DeviceStatus s) { statuses << s; });
        QObject::connect(printer, &Device::outputCompleted, [this](int id) { completed << id; });
    }

    QByteArray encoded(const ReceiptDocument &receipt) const { return EscPosEncoder(PaperProfile::mm58()).encode(receipt); }
};

} // namespace

TEST_F(EscPosPrinterTest, PrintsOnlyWhenEnabledAndSendsExactlyTheEncodedBytes)
{
    ASSERT_TRUE(manager.open(printer));
    const PrintSubmission early = printer->print(qtill::hal::test::englishReceipt());
    EXPECT_FALSE(early.accepted());
    EXPECT_EQ(early.message, QStringLiteral("The Front printer is not ready: opened."));

    ASSERT_TRUE(manager.claim(printer, kCheckout));
    ASSERT_TRUE(manager.enable(printer, kCheckout));
    const PrintSubmission job = printer->print(qtill::hal::test::chineseReceipt());
    ASSERT_TRUE(job.accepted());
    ASSERT_TRUE(waitUntil([&] { return completed.contains(job.jobId); }));
    EXPECT_EQ(sim->jobs(), QList<QByteArray>{encoded(qtill::hal::test::chineseReceipt())});
    EXPECT_EQ(printer->pendingJobs(), 0);
    EXPECT_TRUE(printer->canReportStatus());
    EXPECT_TRUE(waitUntil([&] { return statuses.contains(DeviceStatus::PaperOk); }));
    EXPECT_TRUE(errors.isEmpty());

    ASSERT_TRUE(manager.disable(printer, kCheckout));
    EXPECT_FALSE(printer->print(qtill::hal::test::englishReceipt()).accepted()) << "disabled: refused";
}

TEST_F(EscPosPrinterTest, ASecondClaimantIsRefusedWhileCheckoutPrints)
{
    ASSERT_TRUE(manager.start(printer, kCheckout));
    const Outcome settings = manager.claim(printer, QStringLiteral("settings"));
    ASSERT_FALSE(settings);
    EXPECT_EQ(settings.message(), QStringLiteral("The Front printer is in use by checkout."));
    EXPECT_FALSE(manager.disable(printer, QStringLiteral("settings")));
    const PrintSubmission job = printer->print(qtill::hal::test::englishReceipt());
    EXPECT_TRUE(waitUntil([&] { return completed.contains(job.jobId); }));
    ASSERT_TRUE(manager.release(printer, kCheckout));
    EXPECT_TRUE(manager.claim(printer, QStringLiteral("settings")));
}

TEST_F(EscPosPrinterTest, PaperOutIsAnErrorEventTheReceiptsWaitAndPrintWhenPaperIsBack)
{
    ASSERT_TRUE(manager.start(printer, kCheckout));
    sim->setPaperOut(true);
    const PrintSubmission first = printer->print(qtill::hal::test::englishReceipt());
    ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty(); }));
    EXPECT_EQ(errors.first().kind, ErrorKind::PaperOut);
    EXPECT_EQ(errors.first().message,
              QStringLiteral("The receipt printer is out of paper. Load a new roll; the receipt prints when paper is back."));
    EXPECT_EQ(printer->state(), Device::State::Error);
    EXPECT_TRUE(statuses.contains(DeviceStatus::PaperOut));
    EXPECT_TRUE(sim->jobs().isEmpty());

    // The sale goes on: the next receipt is accepted and waits too.
    const PrintSubmission second = printer->print(qtill::hal::test::chineseReceipt());
    ASSERT_TRUE(second.accepted());
    EXPECT_EQ(printer->pendingJobs(), 2);

    sim->setPaperOut(false); // the cashier loads paper: no button needed
    ASSERT_TRUE(waitUntil([&] { return completed.size() == 2; }));
    EXPECT_EQ(completed, (QList<int>{first.jobId, second.jobId}));
    EXPECT_EQ(sim->jobs(), (QList<QByteArray>{encoded(qtill::hal::test::englishReceipt()),
                                              encoded(qtill::hal::test::chineseReceipt())}));
    EXPECT_TRUE(waitUntil([&] { return printer->state() == Device::State::Enabled; }));
    EXPECT_EQ(errors.size(), 1) << "one error event, not one per retry";
}

TEST_F(EscPosPrinterTest, CoverOpenThenRetryPrints)
{
    ASSERT_TRUE(manager.start(printer, kCheckout));
    sim->setCoverOpen(true);
    printer->print(qtill::hal::test::englishReceipt());
    ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty(); }));
    EXPECT_EQ(errors.first().kind, ErrorKind::CoverOpen);
    sim->setCoverOpen(false);
    manager.respond(printer, ErrorResponse::Retry);
    ASSERT_TRUE(waitUntil([&] { return completed.size() == 1; }));
    EXPECT_EQ(printer->state(), Device::State::Enabled);
}

TEST_F(EscPosPrinterTest, ClearDropsTheReceiptThatFailedAndKeepsTheOthers)
{
    ASSERT_TRUE(manager.start(printer, kCheckout));
    sim->setPaperOut(true);
    const PrintSubmission failed = printer->print(qtill::hal::test::englishReceipt());
    const PrintSubmission kept = printer->print(qtill::hal::test::barcodeReceipt());
    ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty(); }));
    manager.respond(printer, ErrorResponse::Clear);
    EXPECT_EQ(printer->state(), Device::State::Enabled);
    sim->setPaperOut(false);
    ASSERT_TRUE(waitUntil([&] { return completed.contains(kept.jobId); }));
    EXPECT_FALSE(completed.contains(failed.jobId));
    EXPECT_EQ(sim->jobs(), QList<QByteArray>{encoded(qtill::hal::test::barcodeReceipt())});
    EXPECT_EQ(printer->pendingJobs(), 0);
}

TEST_F(EscPosPrinterTest, AnUnpluggedPrinterIsPickedUpAgainAndPrintsWhatWaited)
{
    ASSERT_TRUE(manager.start(printer, kCheckout));
    ASSERT_TRUE(waitUntil([&] { return statuses.contains(DeviceStatus::Online); }));
    sim->setConnected(false);
    const PrintSubmission job = printer->print(qtill::hal::test::englishReceipt());
    ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty(); }));
    EXPECT_EQ(errors.first().kind, ErrorKind::Offline);
    EXPECT_TRUE(waitUntil([&] { return statuses.contains(DeviceStatus::Offline); }));
    qtill::hal::test::spin(150);
    EXPECT_EQ(printer->state(), Device::State::Error);

    sim->setConnected(true); // plugged back in
    ASSERT_TRUE(waitUntil([&] { return completed.contains(job.jobId); }));
    EXPECT_TRUE(waitUntil([&] { return printer->state() == Device::State::Enabled; }));
    EXPECT_EQ(statuses.last(), DeviceStatus::Online);
}

TEST_F(EscPosPrinterTest, CloseWithAFaultNeverHangs)
{
    ASSERT_TRUE(manager.start(printer, kCheckout));
    sim->setConnected(false);
    printer->print(qtill::hal::test::englishReceipt());
    ASSERT_TRUE(waitUntil([&] { return printer->hasError(); }));
    const int abandoned = abandonedIoThreads();
    manager.close(printer);
    EXPECT_EQ(printer->state(), Device::State::Closed);
    // The I/O thread stopped within close (its worker and transport are gone), not left running
    // because the reconnect attempts would not let it go. How long close takes: tests/bench/bench_hal.
    EXPECT_EQ(abandonedIoThreads(), abandoned);
    // And it opens again cleanly.
    sim->setConnected(true);
    ASSERT_TRUE(manager.start(printer, kCheckout));
    const PrintSubmission job = printer->print(qtill::hal::test::englishReceipt());
    EXPECT_TRUE(waitUntil([&] { return completed.contains(job.jobId); }));
}

TEST_F(EscPosPrinterTest, CashDrawerKicksThroughThePrinterAndReportsItsSwitch)
{
    auto drawerOwned = std::make_unique<PrinterCashDrawer>(
        DeviceInfo{QStringLiteral("drawer"), DeviceCategory::CashDrawer, {}, QStringLiteral("printer"), {}}, printer);
    PrinterCashDrawer *drawer = drawerOwned.get();
    ASSERT_TRUE(manager.add(std::move(drawerOwned)));
    QList<DeviceStatus> drawerStatus;
    QObject::connect(drawer, &Device::statusChanged, [&](DeviceStatus s) { drawerStatus << s; });

    ASSERT_TRUE(manager.start(drawer, kCheckout));
    EXPECT_FALSE(drawer->openDrawer()) << "the printer is not open yet";
    ASSERT_TRUE(manager.open(printer)); // opened by someone; the drawer does not need its claim
    ASSERT_TRUE(waitUntil([&] { return printer->currentStatus().known; }));
    EXPECT_TRUE(drawer->canReportState());

    ASSERT_TRUE(drawer->openDrawer());
    ASSERT_TRUE(waitUntil([&] { return drawerStatus.contains(DeviceStatus::DrawerOpen); }));
    EXPECT_TRUE(drawer->isDrawerOpen());
    EXPECT_EQ(sim->jobs(), QList<QByteArray>{QByteArray::fromHex("1b70003264")});

    sim->setDrawerOpen(true); // the switch sees the open drawer: a whole status poll (4 requests) after this ...
    const int polls = sim->statusRequests();
    ASSERT_TRUE(waitUntil([&] { return sim->statusRequests() >= polls + 4; }));
    sim->setDrawerOpen(false); // ... and the cashier closes it
    ASSERT_TRUE(waitUntil([&] { return drawerStatus.contains(DeviceStatus::DrawerClosed); }));
    EXPECT_FALSE(drawer->isDrawerOpen());
    EXPECT_EQ(drawerStatus.count(DeviceStatus::DrawerOpen), 1);
}
