// Evdev keyboard-wedge scanners and card readers on recorded `struct input_event` streams: a
// scanner's burst vs. a person typing slowly, shifted characters and layouts, lost events, the
// sysfs lookup by VID:PID, and the whole device path through a FIFO standing in for /dev/input/eventN
// (open, read on the device thread, unplug → Offline → hot-plug back).
#include "hal/backends/evdev/evdevcardreader.h"
#include "hal/backends/evdev/evdevdevicefinder.h"
#include "hal/backends/evdev/evdevscanner.h"
#include "hal/backends/evdev/evdevscanreader.h"
#include "hal/backends/evdev/evdevswipereader.h"
#include "hal/devicemanager.h"
#include "evdevtyping.h"
#include "waituntil.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace qtill::hal;
using qtill::hal::test::typeText;
using qtill::hal::test::waitUntil;

namespace {

KeyMap us()
{
    return *KeyMap::forLayout(u"us"_qs);
}

QStringList scansOf(const QSignalSpy &spy)
{
    QStringList out;
    for (const auto &args : spy)
        out << args.at(0).toString();
    return out;
}

/// A fake /sys and /dev: event nodes with name, ids and capabilities as the kernel shows them.
struct FakeInputTree
{
    QTemporaryDir dir;
    QString sys() const { return dir.filePath(u"sys"_qs); }
    QString dev() const { return dir.filePath(u"dev"_qs); }

    void addNode(int event, const QString &name, const QString &vid, const QString &pid, bool keyboard)
    {
        const QString base = sys() + u"/class/input/event%1/device"_qs.arg(event);
        QDir().mkpath(base + u"/id"_qs);
        QDir().mkpath(base + u"/capabilities"_qs);
        write(base + u"/name"_qs, name);
        write(base + u"/id/vendor"_qs, vid);
        write(base + u"/id/product"_qs, pid);
        // EV_SYN|EV_KEY|EV_MSC|EV_LED|EV_REP for a keyboard; EV_SYN|EV_KEY|EV_REL for a mouse.
        write(base + u"/capabilities/ev"_qs, keyboard ? u"120013"_qs : u"7"_qs);
        write(base + u"/capabilities/key"_qs,
              keyboard ? u"1000000000007 ff9f207ac14057ff febeffdfffefffff fffffffffffffffe"_qs
                       : u"1f0000 0 0 0 0"_qs);
        QDir().mkpath(dev() + u"/input/by-id"_qs);
    }
    static void write(const QString &path, const QString &text)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8() + "\n");
    }
    QString fifo(int event)
    {
        const QString path = dev() + u"/input/event%1"_qs.arg(event);
        ::mkfifo(QFile::encodeName(path).constData(), 0600);
        return path;
    }
};

} // namespace

TEST(EvdevScanReader, AScannerBurstIsAScanButSlowTypingIsNot)
{
    EvdevScanReader reader({{u"maxGapMs"_qs, 50}, {u"minLength"_qs, 4}});
    QSignalSpy scans(&reader, &EvdevScanReader::scanned);
    const KeyMap map = us();
    reader.feed(typeText(map, u"1234\r"_qs, 1000, 250));           // a person: 250 ms per key
    reader.feed(typeText(map, u"6901234567892\r"_qs, 5000, 4));    // a scanner: 4 ms per key
    reader.feed(typeText(map, u"12\r"_qs, 9000, 4));               // too short for a scan
    EXPECT_EQ(scansOf(scans), QStringList{u"6901234567892"_qs});
}

TEST(EvdevScanReader, ShiftedCharactersAndOtherLayouts)
{
    EvdevScanReader reader({{u"layout"_qs, u"us"_qs}});
    QSignalSpy scans(&reader, &EvdevScanReader::scanned);
    reader.feed(typeText(us(), u"https://qtill.example/p?id=A-42&x=\"%\"\r"_qs, 0, 2));
    // A scanner set to German layout types 'z' with KEY_Y; the reader must be told.
    EvdevScanReader german({{u"layout"_qs, u"de"_qs}});
    QSignalSpy germanScans(&german, &EvdevScanReader::scanned);
    const KeyMap de = *KeyMap::forLayout(u"de"_qs);
    german.feed(typeText(de, u"Zyx-99/Ä@\r"_qs, 0, 2));
    EXPECT_EQ(scansOf(scans), QStringList{u"https://qtill.example/p?id=A-42&x=\"%\""_qs});
    EXPECT_EQ(scansOf(germanScans), QStringList{u"Zyx-99/Ä@"_qs});
    // The same German keystrokes read as US give something else: the layout matters.
    EvdevScanReader wrong({{u"layout"_qs, u"us"_qs}});
    QSignalSpy wrongScans(&wrong, &EvdevScanReader::scanned);
    wrong.feed(typeText(de, u"Zyx\r"_qs, 0, 2));
    EXPECT_EQ(scansOf(wrongScans), QStringList{u"Yzx"_qs});
}

TEST(EvdevScanReader, PrefixAndLostEvents)
{
    EvdevScanReader reader({{u"prefix"_qs, u"~"_qs}});
    QSignalSpy scans(&reader, &EvdevScanReader::scanned);
    QSignalSpy rejected(&reader, &EvdevScanReader::rejected);
    QByteArray stream = typeText(us(), u"~690123"_qs, 0, 2);
    stream += InputEventDecoder::encode(EV_SYN, SYN_DROPPED, 0, 20); // the kernel lost events
    stream += typeText(us(), u"4567892\r"_qs, 30, 2);
    stream += typeText(us(), u"~96385074\r"_qs, 100, 2);
    reader.feed(stream);
    // The broken first scan is rejected (no prefix after the drop), never delivered half.
    EXPECT_EQ(scansOf(scans), QStringList{u"96385074"_qs});
    EXPECT_EQ(rejected.size(), 1);
}

TEST(EvdevSwipeReader, TypedTracksBecomeMaskedCardDataAndAreWiped)
{
    EvdevSwipeReader reader({});
    QSignalSpy swiped(&reader, &EvdevSwipeReader::swiped);
    QSignalSpy failed(&reader, &EvdevSwipeReader::swipeFailed);
    reader.feed(typeText(us(), u"%B5555555555554444^LI/LEI^2906201?;5555555555554444=2906201?\r"_qs, 0, 1));
    ASSERT_EQ(swiped.size(), 1);
    const CardData card = swiped.at(0).at(0).value<CardData>();
    EXPECT_EQ(card.brand, CardBrand::Mastercard);
    EXPECT_EQ(card.maskedNumber, u"**** **** **** 4444"_qs);
    EXPECT_FALSE(reader.holdsTrackData());
    reader.feed(typeText(us(), u";5555555555554444=2913201?\r"_qs, 5000, 1)); // month 13
    ASSERT_EQ(failed.size(), 1);
    EXPECT_FALSE(reader.holdsTrackData());
    reader.feed(typeText(us(), u";5555555555"_qs, 9000, 1)); // half a swipe…
    EXPECT_TRUE(reader.holdsTrackData());
    reader.feed(typeText(us(), u";5555555555554444=2906201?\r"_qs, 20000, 1)); // …is wiped by the next one
    EXPECT_EQ(swiped.size(), 2);
    EXPECT_FALSE(reader.holdsTrackData());
}

TEST(EvdevDeviceFinder, FindsKeyboardsByVidPidAndById)
{
    FakeInputTree tree;
    tree.addNode(2, u"Logitech USB Mouse"_qs, u"046d"_qs, u"c077"_qs, false);
    tree.addNode(5, u"Honeywell Imaging & Mobility 1900"_qs, u"0c2e"_qs, u"0b61"_qs, true);
    tree.addNode(11, u"Honeywell Imaging & Mobility 1900"_qs, u"0c2e"_qs, u"0b61"_qs, true);
    const QString node5 = tree.fifo(5);
    QFile::link(node5, tree.dev() + u"/input/by-id/usb-Honeywell_1900-event-kbd"_qs);
    EvdevDeviceFinder finder(tree.sys(), tree.dev());

    const auto keyboards = finder.keyboards();
    ASSERT_EQ(keyboards.size(), 2); // the mouse is not a keyboard
    EXPECT_EQ(keyboards[0].name, u"Honeywell Imaging & Mobility 1900"_qs);
    EXPECT_EQ(keyboards[0].vendor, 0x0c2e);
    EXPECT_EQ(keyboards[0].byId, tree.dev() + u"/input/by-id/usb-Honeywell_1900-event-kbd"_qs);
    EXPECT_EQ(finder.resolve({{u"vid"_qs, u"0C2E"_qs}, {u"pid"_qs, u"0x0b61"_qs}}), tree.dev() + u"/input/event5"_qs);
    EXPECT_EQ(finder.resolve({{u"vid"_qs, u"0c2e"_qs}, {u"pid"_qs, u"0b61"_qs}, {u"index"_qs, 1}}),
              tree.dev() + u"/input/event11"_qs);
    QString why;
    EXPECT_TRUE(finder.resolve({{u"vid"_qs, u"1234"_qs}, {u"pid"_qs, u"5678"_qs}}, &why).isEmpty());
    EXPECT_TRUE(why.contains(u"1234:5678"_qs));
    EXPECT_EQ(finder.resolve({{u"path"_qs, QString(tree.dev() + u"/input/by-id/usb-Honeywell_1900-event-kbd"_qs)}}),
              QFileInfo(node5).canonicalFilePath());
    const auto detected = finder.detect();
    ASSERT_EQ(detected.size(), 2);
    EXPECT_EQ(detected[0].backend, u"evdev"_qs);
    EXPECT_TRUE(detected[0].name.contains(u"0c2e:0b61"_qs));
}

TEST(EvdevScanner, ReadsOnItsThreadAndComesBackAfterUnplug)
{
    FakeInputTree tree;
    tree.addNode(7, u"Scanner"_qs, u"05e0"_qs, u"1200"_qs, true);
    const QString node = tree.fifo(7);
    DeviceManager manager;
    manager.setReconnectInterval(30);
    auto owned = std::make_unique<EvdevScanner>(DeviceInfo{
        u"scanner"_qs, DeviceCategory::Scanner, u"Front scanner"_qs, u"evdev"_qs,
        // A FIFO cannot be grabbed; the grab itself is covered by the next test.
        {{u"vid"_qs, u"05e0"_qs}, {u"pid"_qs, u"1200"_qs}, {u"grab"_qs, false}}});
    EvdevScanner *scanner = owned.get();
    scanner->setRoots(tree.sys(), tree.dev());
    ASSERT_TRUE(manager.add(std::move(owned)));
    QSignalSpy data(scanner, &Device::dataReceived);
    QSignalSpy errors(scanner, &Device::errorOccurred);
    ASSERT_TRUE(manager.start(scanner, u"checkout"_qs));

    int writer = -1;
    ASSERT_TRUE(waitUntil([&] { // the device thread has opened the node once a writer can connect
        if (writer < 0) // waitUntil asks once more after success: open only once
            writer = ::open(QFile::encodeName(node).constData(), O_WRONLY | O_NONBLOCK);
        return writer >= 0;
    }));
    const QByteArray burst = typeText(us(), u"6901234567892\r"_qs, 1000, 3);
    ASSERT_EQ(::write(writer, burst.constData(), size_t(burst.size())), burst.size());
    ASSERT_TRUE(waitUntil([&] { return data.size() == 1; }));
    const ScanData scan = data.at(0).at(0).value<ScanData>();
    EXPECT_EQ(scan.text, u"6901234567892"_qs);
    EXPECT_EQ(scan.source, u"scanner"_qs);

    // Unplug: the node disappears.
    ::close(writer);
    QFile::remove(node);
    ASSERT_TRUE(waitUntil([&] { return scanner->state() == Device::State::Error; }));
    EXPECT_EQ(errors.at(0).at(0).value<DeviceError>().kind, ErrorKind::Offline);
    test::spin(100); // reconnect attempts fail quietly while it is away
    EXPECT_EQ(scanner->state(), Device::State::Error);

    // Plugged back (a new node): the manager's reconnect finds it by VID:PID.
    tree.fifo(7);
    ASSERT_TRUE(waitUntil([&] { return scanner->state() == Device::State::Enabled; }));
    writer = -1;
    ASSERT_TRUE(waitUntil([&] {
        if (writer < 0) // waitUntil asks once more after success: open only once
            writer = ::open(QFile::encodeName(node).constData(), O_WRONLY | O_NONBLOCK);
        return writer >= 0;
    }));
    const QByteArray again = typeText(us(), u"4006381333931\r"_qs, 9000, 3);
    ASSERT_EQ(::write(writer, again.constData(), size_t(again.size())), again.size());
    ASSERT_TRUE(waitUntil([&] { return data.size() == 2; }));
    EXPECT_EQ(data.at(1).at(0).value<ScanData>().text, u"4006381333931"_qs);
    ::close(writer);
    manager.close(scanner);
}

TEST(EvdevScanner, ANodeThatCannotBeGrabbedIsAClearError)
{
    FakeInputTree tree;
    tree.addNode(3, u"Scanner"_qs, u"05e0"_qs, u"1200"_qs, true);
    const QString node = tree.fifo(3);
    DeviceManager manager;
    auto owned = std::make_unique<EvdevScanner>(
        DeviceInfo{u"scanner"_qs, DeviceCategory::Scanner, {}, u"evdev"_qs, {{u"path"_qs, node}}});
    EvdevScanner *scanner = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QSignalSpy errors(scanner, &Device::errorOccurred);
    ASSERT_TRUE(manager.start(scanner, u"checkout"_qs));
    ASSERT_TRUE(waitUntil([&] { return errors.size() == 1; }));
    const DeviceError e = errors.at(0).at(0).value<DeviceError>();
    EXPECT_EQ(e.kind, ErrorKind::Failure);
    EXPECT_TRUE(e.detail.contains(u"EVIOCGRAB"_qs));
}

TEST(EvdevScanner, ConfigurationErrorsAreRefusedAtOpen)
{
    DeviceManager manager;
    auto owned = std::make_unique<EvdevScanner>(
        DeviceInfo{u"s"_qs, DeviceCategory::Scanner, {}, u"evdev"_qs, {{u"layout"_qs, u"klingon"_qs}, {u"path"_qs, u"/x"_qs}}});
    EvdevScanner *bad = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    const Outcome o = manager.open(bad);
    EXPECT_FALSE(o);
    EXPECT_TRUE(o.message().contains(u"klingon"_qs));
    auto none = std::make_unique<EvdevCardReader>(DeviceInfo{u"m"_qs, DeviceCategory::CardReader, {}, u"evdev"_qs, {}});
    EvdevCardReader *reader = none.get();
    ASSERT_TRUE(manager.add(std::move(none)));
    EXPECT_EQ(manager.open(reader).error().kind, ErrorKind::NotFound);
}
