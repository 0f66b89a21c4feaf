// Magnetic-stripe readers as devices: a serial reader on a pseudo-terminal (swipe → masked CardData,
// bad swipe → Protocol error the cashier clears, nothing retained), and the simulators of the card
// reader and the scanner.
#include "hal/backends/serial/serialcardreader.h"
#include "hal/backends/serial/serialswipeworker.h"
#include "hal/devicemanager.h"
#include "hal/sim/simcardreader.h"
#include "hal/sim/simscanner.h"
#include "ptypair.h"
#include "waituntil.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace qtill::hal;
using qtill::hal::test::waitUntil;

TEST(SerialSwipeWorker, FramesSwipesAndKeepsNothing)
{
    SerialSwipeWorker worker({});
    QSignalSpy swiped(&worker, &SerialSwipeWorker::swiped);
    QSignalSpy failed(&worker, &SerialSwipeWorker::swipeFailed);
    // STX … ETX framing, split across reads.
    worker.feed("\x02%B4111111111111111^DOE/JOHN^2712101?;41111111");
    EXPECT_TRUE(worker.holdsTrackData());
    worker.feed("11111111=2712101?\x03");
    ASSERT_EQ(swiped.size(), 1);
    EXPECT_EQ(swiped.at(0).at(0).value<CardData>().maskedNumber, u"**** **** **** 1111"_qs);
    EXPECT_FALSE(worker.holdsTrackData());
    worker.feed(";4111111111111112=2712101?\r"); // bad Luhn
    ASSERT_EQ(failed.size(), 1);
    EXPECT_FALSE(worker.holdsTrackData());
    worker.feed(QByteArray(QByteArray(600, '7') + "\r")); // longer than any swipe
    ASSERT_EQ(failed.size(), 2);
    EXPECT_FALSE(worker.holdsTrackData());
}

TEST(SerialCardReader, SwipesOnAPortBecomeCardDataOrAnError)
{
    test::PtyPair pty;
    ASSERT_TRUE(pty.ok());
    DeviceManager manager;
    auto owned = std::make_unique<SerialCardReader>(
        DeviceInfo{u"msr"_qs, DeviceCategory::CardReader, {}, u"serial"_qs, {{u"port"_qs, pty.slaveName}}});
    SerialCardReader *reader = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QSignalSpy data(reader, &Device::dataReceived);
    QSignalSpy errors(reader, &Device::errorOccurred);
    ASSERT_TRUE(manager.start(reader, u"checkout"_qs));
    test::spin(100);

    ASSERT_TRUE(pty.send(";6222021234567890128=30122200000000000?\r\n"));
    ASSERT_TRUE(waitUntil([&] { return data.size() == 1; }));
    const CardData card = data.at(0).at(0).value<CardData>();
    EXPECT_EQ(card.brand, CardBrand::UnionPay);
    EXPECT_EQ(card.last4, u"0128"_qs);

    ASSERT_TRUE(pty.send("%E?;E?\r")); // the reader could not read the stripe
    ASSERT_TRUE(waitUntil([&] { return errors.size() == 1; }));
    const DeviceError e = errors.at(0).at(0).value<DeviceError>();
    EXPECT_EQ(e.kind, ErrorKind::Protocol);
    EXPECT_TRUE(e.message.contains(u"Swipe"_qs));
    manager.respond(reader, ErrorResponse::Retry); // "swipe again"
    EXPECT_EQ(reader->state(), Device::State::Enabled);
    ASSERT_TRUE(pty.send(";4111111111111111=27121010000000000000?\r"));
    ASSERT_TRUE(waitUntil([&] { return data.size() == 2; }));
    EXPECT_EQ(data.at(1).at(0).value<CardData>().brand, CardBrand::Visa);
}

TEST(SimCardReader, ParsesAndWipesLikeARealReader)
{
    DeviceManager manager;
    auto owned = std::make_unique<SimCardReader>(DeviceInfo{u"msr"_qs, DeviceCategory::CardReader, {}, u"sim"_qs, {}});
    SimCardReader *reader = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QSignalSpy data(reader, &Device::dataReceived);
    QSignalSpy errors(reader, &Device::errorOccurred);
    ASSERT_TRUE(manager.start(reader, u"checkout"_qs));
    QByteArray tracks = SimCardReader::tracksFor(u"5555555555554444"_qs, u"LI/LEI"_qs);
    ASSERT_TRUE(reader->swipe(tracks));
    EXPECT_EQ(tracks, QByteArray(tracks.size(), '\0')); // the caller's copy is wiped too
    QByteArray garbage("not a card");
    ASSERT_TRUE(reader->swipe(garbage));
    ASSERT_TRUE(waitUntil([&] { return errors.size() == 1; }));
    manager.respond(reader, ErrorResponse::Clear);
    ASSERT_TRUE(waitUntil([&] { return data.size() == 1; }));
    EXPECT_EQ(data.at(0).at(0).value<CardData>().brand, CardBrand::Mastercard);
}

TEST(SimScanner, ScansOnlyWhileEnabled)
{
    DeviceManager manager;
    auto owned = std::make_unique<SimScanner>(DeviceInfo{u"scan"_qs, DeviceCategory::Scanner, {}, u"sim"_qs, {}});
    SimScanner *scanner = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QSignalSpy data(scanner, &Device::dataReceived);
    EXPECT_FALSE(scanner->scan(u"6901234567892"_qs));
    ASSERT_TRUE(manager.start(scanner, u"checkout"_qs));
    EXPECT_TRUE(scanner->scan(u"6901234567892"_qs, Symbology::Ean13));
    EXPECT_TRUE(scanner->scan(u"96385074"_qs, Symbology::Ean8));
    ASSERT_TRUE(waitUntil([&] { return data.size() == 2; }));
    EXPECT_EQ(data.at(0).at(0).value<ScanData>().symbology, Symbology::Ean13);
    EXPECT_EQ(data.at(1).at(0).value<ScanData>().text, u"96385074"_qs);
}
