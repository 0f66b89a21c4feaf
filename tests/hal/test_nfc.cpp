// NFC member cards: UID responses and formats, the PC/SC reader without the pcscd service (a clean,
// cashier-readable Offline error, no crash, no hang), and the simulator's tap/remove events.
#include "hal/backends/pcsc/nfcuid.h"
#include "hal/backends/pcsc/pcscnfcreader.h"
#include "hal/devicemanager.h"
#include "hal/iothreads.h"
#include "hal/sim/simnfcreader.h"
#include "waituntil.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace qtill::hal;
using qtill::hal::test::waitUntil;

TEST(NfcUid, ParsesGetDataResponses)
{
    EXPECT_EQ(NfcUid::getUidCommand(), QByteArray::fromHex("FFCA000000"));
    const auto four = NfcUid::parseResponse(QByteArray::fromHex("04A224B29000"));
    ASSERT_TRUE(four.ok);
    EXPECT_EQ(four.uid, QByteArray::fromHex("04A224B2"));
    const auto seven = NfcUid::parseResponse(QByteArray::fromHex("04A224B2C35E809000"));
    ASSERT_TRUE(seven.ok);
    EXPECT_EQ(seven.uid.size(), 7);
    const auto unsupported = NfcUid::parseResponse(QByteArray::fromHex("6A81"));
    EXPECT_FALSE(unsupported.ok);
    EXPECT_TRUE(unsupported.error.contains(u"6A81"_qs));
    EXPECT_FALSE(NfcUid::parseResponse(QByteArray::fromHex("6300")).ok);
    EXPECT_FALSE(NfcUid::parseResponse(QByteArray::fromHex("90")).ok);
    EXPECT_FALSE(NfcUid::parseResponse(QByteArray::fromHex("04A2249000")).ok); // 3-byte UID
}

TEST(NfcUid, FormatsTheWaysStaffSeeThem)
{
    const QByteArray uid = QByteArray::fromHex("04a224b2");
    EXPECT_EQ(NfcUid::hex(uid), u"04A224B2"_qs);
    EXPECT_EQ(NfcUid::colonHex(uid), u"04:A2:24:B2"_qs);
    EXPECT_EQ(NfcUid::decimal10(uid), u"2988745220"_qs); // little-endian 0xB224A204
    EXPECT_EQ(NfcUid::decimal10(QByteArray::fromHex("01000000")), u"0000000001"_qs);
    EXPECT_EQ(NfcUid::decimal10(QByteArray::fromHex("04A224B2C35E80")), QString()); // only for 4 bytes
    const NfcTag tag = NfcUid::tag(QByteArray::fromHex("04A224B2C35E80"), u"ACS ACR122U"_qs);
    EXPECT_EQ(tag.uidHex, u"04A224B2C35E80"_qs);
    EXPECT_EQ(tag.reader, u"ACS ACR122U"_qs);
}

TEST(NfcUid, RandomResponsesNeverCrash)
{
    QRandomGenerator rng(5);
    int ok = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray r;
        const int n = int(rng.bounded(14));
        for (int j = 0; j < n; ++j)
            r.append(char(rng.bounded(256)));
        if (i % 3 == 0)
            r.append("\x90\x00", 2);
        const auto p = NfcUid::parseResponse(r);
        if (p.ok) {
            ++ok;
            ASSERT_TRUE(p.uid.size() == 4 || p.uid.size() == 7 || p.uid.size() == 10);
        } else {
            ASSERT_FALSE(p.error.isEmpty());
        }
    }
    EXPECT_GT(ok, 0);
}

TEST(PcscNfcReader, WithoutTheServiceItIsACleanOfflineError)
{
    // Point pcsc-lite at a socket that does not exist: exactly what a till without pcscd sees.
    QTemporaryDir dir;
    qputenv("PCSCLITE_CSOCK_NAME", QFile::encodeName(dir.filePath(u"no-pcscd.comm"_qs)));
    DeviceManager manager;
    manager.setReconnectInterval(50);
    auto owned = std::make_unique<PcscNfcReader>(DeviceInfo{u"nfc"_qs, DeviceCategory::NfcReader, {}, u"pcsc"_qs, {}});
    PcscNfcReader *reader = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QSignalSpy errors(reader, &Device::errorOccurred);
    ASSERT_TRUE(manager.start(reader, u"checkout"_qs));
    ASSERT_TRUE(waitUntil([&] { return errors.size() == 1; }));
    const DeviceError e = errors.at(0).at(0).value<DeviceError>();
    EXPECT_EQ(e.kind, ErrorKind::Offline);
    EXPECT_TRUE(e.message.contains(u"pcscd"_qs));
    EXPECT_TRUE(e.detail.contains(u"SCardEstablishContext"_qs));
    EXPECT_EQ(reader->state(), Device::State::Error);
    // Reconnect attempts keep failing quietly (one error event, no storm), and closing is prompt.
    test::spin(200);
    EXPECT_EQ(errors.size(), 1);
    const int abandoned = abandonedIoThreads();
    manager.close(reader);
    EXPECT_EQ(reader->state(), Device::State::Closed);
    EXPECT_EQ(abandonedIoThreads(), abandoned) << "the worker stopped within close, not left behind";
    qunsetenv("PCSCLITE_CSOCK_NAME");
}

TEST(SimNfcReader, TapAndRemove)
{
    DeviceManager manager;
    auto owned = std::make_unique<SimNfcReader>(DeviceInfo{u"nfc"_qs, DeviceCategory::NfcReader, {}, u"sim"_qs, {}});
    SimNfcReader *reader = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QSignalSpy data(reader, &Device::dataReceived);
    QSignalSpy status(reader, &Device::statusChanged);
    EXPECT_FALSE(reader->tap(QByteArray::fromHex("04A224B2"))); // not enabled
    ASSERT_TRUE(manager.start(reader, u"checkout"_qs));
    ASSERT_TRUE(reader->tap(QByteArray::fromHex("04A224B2")));
    reader->removeCard();
    ASSERT_TRUE(waitUntil([&] { return data.size() == 1; }));
    EXPECT_EQ(data.at(0).at(0).value<NfcTag>().uidHex, u"04A224B2"_qs);
    ASSERT_EQ(status.size(), 2);
    EXPECT_EQ(status.at(0).at(0).value<DeviceStatus>(), DeviceStatus::CardPresent);
    EXPECT_EQ(status.at(1).at(0).value<DeviceStatus>(), DeviceStatus::CardRemoved);
}
