// The TCP port 9100 transport against a listener on 127.0.0.1: the listener receives exactly the
// encoder's bytes; with the listener down the printer raises an error event and the receipt prints
// when the listener comes up; a bidirectional printer's DLE EOT answers drive paper status.
#include "fakenetworkprinter.h"
#include "hal/backends/tcp/tcptransport.h"
#include "hal/devicemanager.h"
#include "hal/escpos/escposencoder.h"
#include "hal/escpos/escposprinter.h"
#include "receipts.h"
#include "waituntil.h"

#include <gtest/gtest.h>

using namespace qtill::hal;
using namespace qtill::hal::test;

namespace {

const QString kCheckout = QStringLiteral("checkout");

struct TcpTransportTest : ::testing::Test
{
    DeviceManager manager;
    FakeNetworkPrinter listener;
    EscPosPrinter *printer = nullptr;
    QList<DeviceError> errors;
    QList<DeviceStatus> statuses;
    QList<int> completed;

    void makePrinter(quint16 port, bool bidirectional)
    {
        PrinterSettings fast;
        fast.retryIntervalMs = 50;
        fast.statusIntervalMs = 0; // no idle polling: each job asks for status itself
        fast.statusTimeoutMs = 300;
        TcpTransport::Options options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = port;
        options.bidirectional = bidirectional;
        options.connectTimeoutMs = 1000;
        auto owned = std::make_unique<EscPosPrinter>(
            DeviceInfo{QStringLiteral("printer"), DeviceCategory::ReceiptPrinter, {}, QStringLiteral("tcp"), {}},
            PaperProfile::mm80(), [options] { return std::make_unique<TcpTransport>(options); }, fast);
        printer = owned.get();
        ASSERT_TRUE(manager.add(std::move(owned)));
        manager.setReconnectInterval(50);
        QObject::connect(printer, &Device::errorOccurred, [this](const DeviceError &e) { errors << e; });
        QObject::connect(printer, &Device::statusChanged, [this](DeviceStatus s) { statuses << s; });
        QObject::connect(printer, &Device::outputCompleted, [this](int id) { completed << id; });
    }

    static QByteArray encoded(const ReceiptDocument &receipt)
    {
        return EscPosEncoder(PaperProfile::mm80()).encode(receipt);
    }
};

} // namespace

TEST_F(TcpTransportTest, ListenerReceivesExactlyTheEncoderBytes)
{
    ASSERT_TRUE(listener.listen());
    makePrinter(listener.port(), false);
    ASSERT_TRUE(manager.start(printer, kCheckout));
    const PrintSubmission first = printer->print(chineseReceipt());
    const PrintSubmission second = printer->print(barcodeReceipt());
    ASSERT_TRUE(waitUntil([&] { return completed.size() == 2; }));
    const QByteArray expected = encoded(chineseReceipt()) + encoded(barcodeReceipt());
    ASSERT_TRUE(waitUntil([&] { return listener.received().size() >= expected.size(); }));
    EXPECT_EQ(listener.received(), expected);
    EXPECT_EQ(completed, (QList<int>{first.jobId, second.jobId}));
    EXPECT_TRUE(errors.isEmpty());
}

TEST_F(TcpTransportTest, ListenerDownIsAnErrorEventAndTheJobPrintsWhenItComesUp)
{
    // Find a free port, then leave it closed: "printer switched off".
    ASSERT_TRUE(listener.listen());
    const quint16 port = listener.port();
    listener.close();
    makePrinter(port, false);
    ASSERT_TRUE(manager.start(printer, kCheckout));

    const PrintSubmission job = printer->print(englishReceipt());
    ASSERT_TRUE(job.accepted()) << "printing never blocks the sale";
    ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty(); }));
    EXPECT_EQ(errors.first().kind, ErrorKind::Offline);
    EXPECT_EQ(errors.first().message, QStringLiteral("The receipt printer at 127.0.0.1 does not answer. Check that it "
                                                     "is switched on and connected to the network."));
    EXPECT_TRUE(errors.first().detail.startsWith(QStringLiteral("tcp://127.0.0.1:%1: ").arg(port)));
    EXPECT_EQ(printer->state(), Device::State::Error);
    EXPECT_TRUE(statuses.contains(DeviceStatus::Offline));

    ASSERT_TRUE(listener.listen(port)); // switched on again
    ASSERT_TRUE(waitUntil([&] { return completed.contains(job.jobId); }, 10000));
    ASSERT_TRUE(waitUntil([&] { return listener.received().size() >= encoded(englishReceipt()).size(); }));
    EXPECT_EQ(listener.received(), encoded(englishReceipt()));
    EXPECT_TRUE(waitUntil([&] { return printer->state() == Device::State::Enabled; }));
    EXPECT_EQ(errors.size(), 1);
}

TEST_F(TcpTransportTest, BidirectionalStatusHoldsJobsWhilePaperIsOut)
{
    ASSERT_TRUE(listener.listen());
    listener.answerStatus = true;
    listener.status[1] = 0x12 | 0x08; // offline
    listener.status[2] = 0x12 | 0x20; // stopped: paper end
    listener.status[4] = 0x12 | 0x60; // paper out
    makePrinter(listener.port(), true);
    ASSERT_TRUE(manager.start(printer, kCheckout));

    const PrintSubmission job = printer->print(chineseReceipt());
    ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty(); }));
    EXPECT_EQ(errors.first().kind, ErrorKind::PaperOut);
    EXPECT_TRUE(statuses.contains(DeviceStatus::PaperOut));
    EXPECT_TRUE(printer->currentStatus().paperOut);
    EXPECT_TRUE(listener.received().isEmpty()) << "nothing is sent into an empty printer";
    EXPECT_GE(listener.statusRequests(), 4);

    listener.status[1] = 0x12;
    listener.status[2] = 0x12;
    listener.status[4] = 0x12 | 0x0C; // paper loaded, near end
    ASSERT_TRUE(waitUntil([&] { return completed.contains(job.jobId); }, 10000));
    ASSERT_TRUE(waitUntil([&] { return listener.received().size() >= encoded(chineseReceipt()).size(); }));
    EXPECT_EQ(listener.received(), encoded(chineseReceipt())) << "status requests are not print data";
    EXPECT_TRUE(statuses.contains(DeviceStatus::PaperNearEnd));
    EXPECT_TRUE(waitUntil([&] { return printer->state() == Device::State::Enabled; }));
}

TEST_F(TcpTransportTest, TransportReportsAClosedPortAsOffline)
{
    ASSERT_TRUE(listener.listen());
    const quint16 port = listener.port();
    listener.close();
    TcpTransport transport({QStringLiteral("127.0.0.1"), port, true, 1000, 1000});
    const Outcome link = transport.connect();
    ASSERT_FALSE(link);
    EXPECT_EQ(link.error().kind, ErrorKind::Offline);
    EXPECT_FALSE(transport.isConnected());
    EXPECT_FALSE(transport.send("x"));
    EXPECT_EQ(transport.address(), QStringLiteral("tcp://127.0.0.1:%1").arg(port));
    TcpTransport unconfigured({});
    EXPECT_EQ(unconfigured.connect().error().kind, ErrorKind::NotFound);
}
