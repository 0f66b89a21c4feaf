// Keyboard-wedge input: the ScanFramer (prefix, suffix, terminators, lengths, pauses) and the
// application-level WedgeFilter that tells a scanner's burst of keys from a person typing, with
// synthesized QKeyEvents and an injected clock (no sleeping).
#include "hal/devicemanager.h"
#include "hal/wedge/scanframer.h"
#include "hal/wedge/wedgecardreader.h"
#include "hal/wedge/wedgefilter.h"
#include "hal/wedge/wedgescanner.h"
#include "waituntil.h"

#include <QKeyEvent>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace qtill::hal;

namespace {

ScanFrame feedAll(ScanFramer &f, const QString &text, qint64 t0 = 0, int gap = 0, ScanFrame *last = nullptr)
{
    ScanFrame result;
    qint64 t = t0;
    for (const char32_t ch : text.toUcs4()) {
        const ScanFrame frame = f.feed(ch, t);
        if (frame.kind != ScanFrame::Kind::None)
            result = frame;
        t += gap;
    }
    if (last)
        *last = result;
    return result;
}

/// What a widget would receive: key presses as text ("\r" for Enter), in order.
class Recorder : public QObject
{
public:
    QString typed;
    int releases = 0;
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::KeyPress) {
            auto *k = static_cast<QKeyEvent *>(e);
            typed += (k->key() == Qt::Key_Return) ? u"\r"_qs : k->text();
            return true;
        }
        if (e->type() == QEvent::KeyRelease) {
            ++releases;
            return true;
        }
        return QObject::event(e);
    }
};

struct WedgeFixture : ::testing::Test
{
    Recorder widget;
    WedgeFilter filter;
    qint64 now = 1000;

    void SetUp() override
    {
        filter.setTimeSource([this] { return now; });
        filter.setScansEnabled(true);
        widget.installEventFilter(&filter);
    }

    /// One key press + release at `at` ms (also the event's timestamp), like the platform sends.
    void key(int code, const QString &text, qint64 at, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        now = at;
        QKeyEvent press(QEvent::KeyPress, code, mods, text);
        press.setTimestamp(ulong(at));
        QCoreApplication::sendEvent(&widget, &press);
        QKeyEvent release(QEvent::KeyRelease, code, mods, text);
        release.setTimestamp(ulong(at + 1));
        QCoreApplication::sendEvent(&widget, &release);
    }
    void enter(qint64 at) { key(Qt::Key_Return, u"\r"_qs, at); }
    /// Types `text` (then Enter) one key every `gap` ms from `start`; Shift around upper case.
    qint64 type(const QString &text, qint64 start, int gap, bool withEnter = true)
    {
        qint64 t = start;
        for (const QChar c : text) {
            const bool upper = c.isUpper();
            if (upper) {
                now = t;
                QKeyEvent shift(QEvent::KeyPress, Qt::Key_Shift, Qt::NoModifier);
                shift.setTimestamp(ulong(t));
                QCoreApplication::sendEvent(&widget, &shift);
            }
            key(c.toUpper().unicode(), QString(c), t, upper ? Qt::ShiftModifier : Qt::NoModifier);
            if (upper) {
                QKeyEvent shift(QEvent::KeyRelease, Qt::Key_Shift, Qt::ShiftModifier);
                shift.setTimestamp(ulong(t + 1));
                QCoreApplication::sendEvent(&widget, &shift);
            }
            t += gap;
        }
        if (withEnter)
            enter(t);
        return t;
    }
};

} // namespace

TEST(ScanFramer, TerminatorsPrefixSuffixAndLengths)
{
    ScanFraming framing;
    framing.prefix = u"]E0"_qs; // an AIM symbology identifier the scanner adds
    framing.suffix = u"#"_qs;
    framing.minLength = 8;
    framing.maxLength = 14;
    ScanFramer f(framing);
    EXPECT_EQ(feedAll(f, u"]E06901234567892#\r\n"_qs).text, u"6901234567892"_qs);
    EXPECT_FALSE(f.hasPartial()); // the LF after CR is no second, empty scan
    EXPECT_EQ(feedAll(f, u"]E012345678\n"_qs).text, u"12345678"_qs); // suffix is optional
    EXPECT_EQ(feedAll(f, u"6901234567892\r"_qs).error, ScanError::MissingPrefix);
    EXPECT_EQ(feedAll(f, u"]E01234\r"_qs).error, ScanError::TooShort);
    EXPECT_EQ(feedAll(f, u"]E0123456789012345678901234567890\r"_qs).error, ScanError::TooLong);
    EXPECT_EQ(feedAll(f, u"]E06901234567892\r"_qs).text, u"6901234567892"_qs); // recovers after overflow
}

TEST(ScanFramer, KeepsGs1SeparatorsAndRejectsOtherControls)
{
    ScanFramer f;
    EXPECT_EQ(feedAll(f, u"0106901234567892\x1d" u"10ABC\r"_qs).text, u"0106901234567892\x1d" u"10ABC"_qs);
    const ScanFrame bad = feedAll(f, u"123\x07" u"456\r"_qs);
    EXPECT_EQ(bad.error, ScanError::BadCharacter);
    EXPECT_FALSE(bad.message.isEmpty());
    f.feedInvalid();
    EXPECT_EQ(feedAll(f, u"123\r"_qs).error, ScanError::BadCharacter); // a key without a character inside
    EXPECT_EQ(feedAll(f, u"中文二维码\r"_qs).text, u"中文二维码"_qs);
}

TEST(ScanFramer, APauseDropsThePartialInput)
{
    ScanFraming framing;
    framing.maxGapMs = 50;
    framing.minLength = 4;
    ScanFramer f(framing);
    ScanFrame last;
    feedAll(f, u"1234\r"_qs, 0, 200, &last); // a person, one key per 200 ms
    EXPECT_EQ(last.kind, ScanFrame::Kind::None);
    EXPECT_EQ(f.staleDiscards(), 4);
    EXPECT_EQ(feedAll(f, u"6901234567892\r"_qs, 10000, 4).text, u"6901234567892"_qs);
}

TEST(ScanFramer, TerminatorFromParams)
{
    const ScanFraming tab = ScanFraming::fromParams({{u"terminator"_qs, u"tab"_qs}, {u"minLength"_qs, 3}});
    ScanFramer f(tab);
    EXPECT_EQ(feedAll(f, u"abc\r\t"_qs).error, ScanError::BadCharacter); // CR is data here, not allowed
    EXPECT_EQ(feedAll(f, u"abcd\t"_qs).text, u"abcd"_qs);
    EXPECT_EQ(tab.minLength, 3);
}

TEST_F(WedgeFixture, AScannerBurstIsAScanAndNeverReachesTheWidget)
{
    QSignalSpy scans(&filter, &WedgeFilter::scanned);
    type(u"6901234567892"_qs, 1000, 4);
    ASSERT_EQ(scans.size(), 1);
    EXPECT_EQ(scans.at(0).at(0).toString(), u"6901234567892"_qs);
    EXPECT_EQ(widget.typed, QString());
    EXPECT_EQ(widget.releases, 0); // the Enter release is swallowed too
    EXPECT_EQ(filter.heldKeyCount(), 0);
}

TEST_F(WedgeFixture, UpperCaseWithShiftIsPartOfTheBurst)
{
    QSignalSpy scans(&filter, &WedgeFilter::scanned);
    type(u"ABC-123x"_qs, 1000, 3);
    ASSERT_EQ(scans.size(), 1);
    EXPECT_EQ(scans.at(0).at(0).toString(), u"ABC-123x"_qs);
    EXPECT_EQ(widget.typed, QString());
}

TEST_F(WedgeFixture, SlowTypingPassesThroughInOrder)
{
    QSignalSpy scans(&filter, &WedgeFilter::scanned);
    type(u"1234"_qs, 1000, 150);
    EXPECT_EQ(scans.size(), 0);
    // The last key is held until Enter proves the burst went quiet; everything arrives in order.
    EXPECT_EQ(widget.typed, u"1234\r"_qs);
    EXPECT_EQ(widget.releases, 5);
}

TEST_F(WedgeFixture, AQuickPairOfKeysIsGivenBackWhenTheTypingPauses)
{
    type(u"ab"_qs, 1000, 10, false);
    EXPECT_EQ(widget.typed, QString()); // held: could still become a scan
    EXPECT_EQ(filter.heldKeyCount(), 4);
    now = 1030; // not quiet long enough yet
    filter.flushStale();
    EXPECT_EQ(widget.typed, QString());
    now = 1100;
    filter.flushStale();
    EXPECT_EQ(widget.typed, u"ab"_qs);
    EXPECT_EQ(widget.releases, 2);
}

TEST_F(WedgeFixture, AShortFastBurstIsTyping)
{
    QSignalSpy scans(&filter, &WedgeFilter::scanned);
    type(u"12"_qs, 1000, 5); // below minLength (4)
    EXPECT_EQ(scans.size(), 0);
    EXPECT_EQ(widget.typed, u"12\r"_qs);
}

TEST_F(WedgeFixture, TimestampsDecideEvenWhenTheGuiThreadWasBusy)
{
    // The events are processed all at once (the clock stands still), but the platform stamped
    // them 120 ms apart: a person typed them.
    QSignalSpy scans(&filter, &WedgeFilter::scanned);
    qint64 stamp = 5000;
    for (const QChar c : u"98765"_qs) {
        QKeyEvent press(QEvent::KeyPress, c.unicode(), Qt::NoModifier, QString(c));
        press.setTimestamp(ulong(stamp));
        QCoreApplication::sendEvent(&widget, &press);
        stamp += 120;
    }
    QKeyEvent ret(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, u"\r"_qs);
    ret.setTimestamp(ulong(stamp));
    QCoreApplication::sendEvent(&widget, &ret);
    EXPECT_EQ(scans.size(), 0);
    EXPECT_EQ(widget.typed, u"98765\r"_qs);
}

TEST_F(WedgeFixture, DisabledFilterHoldsNothing)
{
    filter.setScansEnabled(false);
    QSignalSpy scans(&filter, &WedgeFilter::scanned);
    type(u"6901234567892"_qs, 1000, 4, false);
    EXPECT_EQ(widget.typed, u"6901234567892"_qs); // at once, not held
    enter(2000);
    EXPECT_EQ(scans.size(), 0);
}

TEST_F(WedgeFixture, PrefixMarksTheScannerAndIsStripped)
{
    WedgeSettings s;
    s.prefix = u"$"_qs;
    filter.setSettings(s);
    QSignalSpy scans(&filter, &WedgeFilter::scanned);
    type(u"$6901234567892"_qs, 1000, 4);
    ASSERT_EQ(scans.size(), 1);
    EXPECT_EQ(scans.at(0).at(0).toString(), u"6901234567892"_qs);
    type(u"hello"_qs, 5000, 4); // fast, but not our scanner: someone's paste or a macro
    EXPECT_EQ(scans.size(), 1);
    EXPECT_EQ(widget.typed, u"hello\r"_qs);
}

TEST_F(WedgeFixture, ACardSwipeIsParsedAndNeverTyped)
{
    filter.setSwipesEnabled(true);
    QSignalSpy swipes(&filter, &WedgeFilter::swiped);
    QSignalSpy scans(&filter, &WedgeFilter::scanned);
    type(u"%B6222021234567890128^WANG/XIAOMING^3012220000?;6222021234567890128=30122200000000000?"_qs, 1000, 2);
    ASSERT_EQ(swipes.size(), 1);
    const CardData card = swipes.at(0).at(0).value<CardData>();
    EXPECT_EQ(card.brand, CardBrand::UnionPay);
    EXPECT_EQ(card.last4, u"0128"_qs);
    EXPECT_EQ(scans.size(), 0);
    EXPECT_EQ(widget.typed, QString());
}

TEST_F(WedgeFixture, ASwipeWithoutACardReaderIsStillSwallowed)
{
    QSignalSpy failed(&filter, &WedgeFilter::swipeFailed);
    type(u";4111111111111111=27121010000000000000?"_qs, 1000, 2);
    EXPECT_EQ(failed.size(), 1);
    EXPECT_EQ(widget.typed, QString()); // the card number never lands in a text field
}

TEST_F(WedgeFixture, RandomKeysAreEitherScannedOrDeliveredExactlyOnce)
{
    QRandomGenerator rng(7);
    QString scanned;
    QObject::connect(&filter, &WedgeFilter::scanned, [&](const QString &code) { scanned += code; });
    QString sent;
    qint64 t = 10000;
    for (int i = 0; i < 3000; ++i) {
        const int kind = int(rng.bounded(10));
        t += kind < 6 ? rng.bounded(8) : rng.bounded(300); // bursts and pauses
        if (kind == 9) {
            enter(t);
        } else {
            const QChar c = QChar(u'0' + char16_t(rng.bounded(10)));
            key(c.unicode(), QString(c), t);
            sent += c;
        }
        if (kind == 8) {
            now = t + 500;
            filter.flushStale();
        }
    }
    now = t + 1000;
    filter.flushStale();
    QString typedDigits = widget.typed;
    typedDigits.remove(QLatin1Char('\r'));
    EXPECT_EQ(typedDigits.size() + scanned.size(), sent.size());
    EXPECT_GT(scanned.size(), 0);
    EXPECT_GT(typedDigits.size(), 0);
    EXPECT_EQ(filter.heldKeyCount(), 0);
}

TEST_F(WedgeFixture, WedgeDevicesDeliverScansAndSwipesWhileEnabled)
{
    filter.setScansEnabled(false);
    DeviceManager manager;
    auto *scanner = new WedgeScanner(DeviceInfo{u"scanner"_qs, DeviceCategory::Scanner, {}, u"wedge"_qs,
                                                {{u"minLength"_qs, 8}}},
                                     &filter);
    auto *reader = new WedgeCardReader(DeviceInfo{u"msr"_qs, DeviceCategory::CardReader, {}, u"wedge"_qs, {}},
                                       &filter);
    ASSERT_TRUE(manager.add(std::unique_ptr<Device>(scanner)));
    ASSERT_TRUE(manager.add(std::unique_ptr<Device>(reader)));
    QSignalSpy scans(scanner, &Device::dataReceived);
    QSignalSpy cards(reader, &Device::dataReceived);
    QSignalSpy swipeErrors(reader, &Device::errorOccurred);

    ASSERT_TRUE(manager.start(scanner, u"checkout"_qs));
    ASSERT_TRUE(manager.start(reader, u"checkout"_qs));
    type(u"6901234567892"_qs, 1000, 4);
    type(u"1234567"_qs, 2000, 4); // below the configured minLength 8: typing
    type(u";4111111111111111=27121010000000000000?"_qs, 3000, 2);
    type(u";4111111111111112=27121010000000000000?"_qs, 4000, 2); // bad Luhn
    ASSERT_TRUE(qtill::hal::test::waitUntil([&] { return scans.size() == 1 && swipeErrors.size() == 1; }));
    EXPECT_EQ(scans.at(0).at(0).value<ScanData>().text, u"6901234567892"_qs);
    EXPECT_EQ(scans.at(0).at(0).value<ScanData>().source, u"scanner"_qs);
    EXPECT_EQ(swipeErrors.at(0).at(0).value<DeviceError>().kind, ErrorKind::Protocol);
    // The bad swipe came right after the good one: the good one waits until the cashier clears the error.
    EXPECT_EQ(reader->state(), Device::State::Error);
    manager.respond(reader, ErrorResponse::Clear);
    EXPECT_EQ(reader->state(), Device::State::Enabled);
    ASSERT_TRUE(qtill::hal::test::waitUntil([&] { return cards.size() == 1; }));
    EXPECT_EQ(cards.at(0).at(0).value<CardData>().maskedNumber, u"**** **** **** 1111"_qs);
    EXPECT_EQ(widget.typed, u"1234567\r"_qs);

    // Disabled: the filter lets everything through.
    ASSERT_TRUE(manager.disable(scanner, u"checkout"_qs));
    ASSERT_TRUE(manager.disable(reader, u"checkout"_qs));
    widget.typed.clear();
    type(u"6901234567892"_qs, 9000, 4);
    EXPECT_EQ(widget.typed, u"6901234567892\r"_qs);
    QCoreApplication::sendPostedEvents(); // a scan, had one been taken, would be delivered here
    EXPECT_EQ(scans.size(), 1);
}
