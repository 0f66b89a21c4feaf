// The CUPS transport against a real cupsd started by the test in a temporary directory, with a raw
// queue whose device is socket://127.0.0.1:PORT: the listener on PORT must receive exactly the bytes
// the encoder produced. Skipped (with the reason) only where cupsd cannot run.
#include "fakenetworkprinter.h"
#include "hal/backends/cups/cupstransport.h"
#include "hal/devicemanager.h"
#include "hal/escpos/escposencoder.h"
#include "hal/escpos/escposprinter.h"
#include "localcupsd.h"
#include "receipts.h"
#include "waituntil.h"

#include <gtest/gtest.h>

using namespace qtill::hal;
using namespace qtill::hal::test;

namespace {

const QString kCheckout = QStringLiteral("checkout");
const QString kQueue = QStringLiteral("receipts");

class CupsTransportTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_cupsd = new LocalCupsd;
        if (!s_cupsd->start(&s_why)) {
            delete s_cupsd;
            s_cupsd = nullptr;
            return;
        }
        qputenv("CUPS_SERVER", s_cupsd->socketPath().toLocal8Bit()); // read by libcups on each new thread
    }
    static void TearDownTestSuite()
    {
        delete s_cupsd;
        s_cupsd = nullptr;
    }

    void SetUp() override
    {
        if (!s_cupsd) {
            GTEST_SKIP() << "cupsd cannot run here: " << s_why.toStdString();
        }
        ASSERT_TRUE(listener.listen());
        QString why;
        ASSERT_TRUE(s_cupsd->addRawQueue(kQueue, QStringLiteral("socket://127.0.0.1:%1").arg(listener.port()), &why))
            << why.toStdString();
    }
    void TearDown() override
    {
        if (s_cupsd) {
            QString ignored;
            s_cupsd->removeQueue(kQueue, &ignored);
        }
    }

    EscPosPrinter *makePrinter(const QString &queue)
    {
        PrinterSettings fast;
        fast.retryIntervalMs = 100;
        auto owned = std::make_unique<EscPosPrinter>(
            DeviceInfo{QStringLiteral("printer"), DeviceCategory::ReceiptPrinter, {}, QStringLiteral("cups"), {}},
            PaperProfile::mm58(),
            [queue] {
                CupsTransport::Options options;
                options.queue = queue;
                return std::make_unique<CupsTransport>(options);
            },
            fast);
        EscPosPrinter *printer = owned.get();
        EXPECT_TRUE(manager.add(std::move(owned)));
        QObject::connect(printer, &Device::errorOccurred, [this](const DeviceError &e) { errors << e; });
        QObject::connect(printer, &Device::outputCompleted, [this](int id) { completed << id; });
        return printer;
    }

    static LocalCupsd *s_cupsd;
    static QString s_why;
    DeviceManager manager;
    FakeNetworkPrinter listener;
    QList<DeviceError> errors;
    QList<int> completed;
};

LocalCupsd *CupsTransportTest::s_cupsd = nullptr;
QString CupsTransportTest::s_why;

QByteArray encoded(const ReceiptDocument &receipt)
{
    return EscPosEncoder(PaperProfile::mm58()).encode(receipt);
}

} // namespace

TEST_F(CupsTransportTest, RawQueueDeliversExactlyTheEncoderBytes)
{
    EscPosPrinter *printer = makePrinter(kQueue);
    ASSERT_TRUE(manager.start(printer, kCheckout));
    EXPECT_FALSE(printer->canReportStatus()) << "CUPS is one-way";
    const PrintSubmission first = printer->print(chineseReceipt());
    const PrintSubmission second = printer->print(barcodeReceipt());
    ASSERT_TRUE(waitUntil([&] { return completed.size() == 2; }, 15000)) << s_cupsd->errorLog().toStdString();
    EXPECT_EQ(completed, (QList<int>{first.jobId, second.jobId}));

    const QByteArray expected = encoded(chineseReceipt()) + encoded(barcodeReceipt());
    ASSERT_TRUE(waitUntil([&] { return listener.received().size() >= expected.size(); }, 30000))
        << "received " << listener.received().size() << " of " << expected.size() << " bytes\n"
        << s_cupsd->errorLog().toStdString();
    EXPECT_EQ(listener.received(), expected);
    EXPECT_TRUE(errors.isEmpty()) << errors.value(0).detail.toStdString();
}

TEST_F(CupsTransportTest, AMissingQueueIsACleanError)
{
    CupsTransport::Options options;
    options.queue = QStringLiteral("no-such-queue");
    CupsTransport transport(options);
    const Outcome link = transport.connect();
    ASSERT_FALSE(link);
    EXPECT_EQ(link.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(link.message(), QStringLiteral("There is no print queue called \"no-such-queue\". Choose the receipt "
                                             "printer again in the device settings."));

    // As a device: opening works (the queue may come later), the error event says what is wrong.
    EscPosPrinter *printer = makePrinter(QStringLiteral("no-such-queue"));
    ASSERT_TRUE(manager.start(printer, kCheckout));
    ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty(); }));
    EXPECT_EQ(errors.first().kind, ErrorKind::NotFound);
    EXPECT_EQ(printer->state(), Device::State::Error);
}

TEST_F(CupsTransportTest, APausedQueueHoldsTheReceiptUntilResumed)
{
    QString output;
    ASSERT_TRUE(s_cupsd->run(QStringLiteral("cupsdisable"), {kQueue}, &output)) << output.toStdString();
    ASSERT_TRUE(s_cupsd->run(QStringLiteral("cupsreject"), {kQueue}, &output)) << output.toStdString();
    EscPosPrinter *printer = makePrinter(kQueue);
    ASSERT_TRUE(manager.start(printer, kCheckout));
    const PrintSubmission job = printer->print(englishReceipt());
    ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty(); }, 10000));
    EXPECT_EQ(errors.first().kind, ErrorKind::Offline);
    EXPECT_EQ(errors.first().message,
              QStringLiteral("The print queue \"receipts\" is paused. Resume it in the printer settings."));

    ASSERT_TRUE(s_cupsd->run(QStringLiteral("cupsaccept"), {kQueue}, &output)) << output.toStdString();
    ASSERT_TRUE(s_cupsd->run(QStringLiteral("cupsenable"), {kQueue}, &output)) << output.toStdString();
    ASSERT_TRUE(waitUntil([&] { return completed.contains(job.jobId); }, 15000));
    ASSERT_TRUE(waitUntil([&] { return listener.received().size() >= encoded(englishReceipt()).size(); }, 30000));
    EXPECT_EQ(listener.received(), encoded(englishReceipt()));
    EXPECT_TRUE(waitUntil([&] { return printer->state() == Device::State::Enabled; }));
}

TEST_F(CupsTransportTest, DetectListsTheQueues)
{
    const QList<DetectedDevice> found = CupsTransport::detect(s_cupsd->socketPath());
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].backend, QStringLiteral("cups"));
    EXPECT_EQ(found[0].params.value(QStringLiteral("queue")).toString(), kQueue);
    EXPECT_EQ(found[0].params.value(QStringLiteral("deviceUri")).toString(),
              QStringLiteral("socket://127.0.0.1:%1").arg(listener.port()));
}
