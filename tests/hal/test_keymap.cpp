// Keyboard layouts and the evdev key stream: every character a layout can type comes back as the
// same character (with Shift / AltGr / Caps Lock), control characters and Alt codes scanners use,
// raw `struct input_event` decoding in any chunking, and random input that never crashes.
#include "hal/backends/evdev/inputeventdecoder.h"
#include "hal/backends/evdev/keymap.h"
#include "hal/backends/evdev/keystream.h"
#include "evdevtyping.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>
#include <linux/input.h>

using namespace qtill::hal;

namespace {

KeyMap layout(const char *name)
{
    return *KeyMap::forLayout(QString::fromLatin1(name));
}

/// Runs a recorded stream through decoder + key stream; returns the characters typed.
QString typed(const KeyMap &map, const QByteArray &stream, int *unmapped = nullptr)
{
    InputEventDecoder decoder;
    KeyStream keys(map);
    QString out;
    for (const RawKeyEvent &e : decoder.feed(stream).keys) {
        const KeyStream::Output o = keys.feed(e);
        if (o.kind == KeyStream::Output::Kind::Char)
            out += QString::fromUcs4(&o.ch, 1);
        else if (o.kind == KeyStream::Output::Kind::Unmapped && unmapped)
            ++*unmapped;
    }
    return out;
}

} // namespace

TEST(KeyMap, KnowsItsLayoutsAndRejectsOthers)
{
    EXPECT_EQ(KeyMap::layouts(), (QStringList{u"us"_qs, u"gb"_qs, u"de"_qs, u"fr"_qs}));
    EXPECT_FALSE(KeyMap::forLayout(u"xx"_qs).has_value());
}

TEST(KeyMap, ShiftedAndLayoutSpecificCharacters)
{
    const KeyMap us = layout("us"), gb = layout("gb"), de = layout("de"), fr = layout("fr");
    EXPECT_EQ(us.character(KEY_1, true, false, false), U'!');
    EXPECT_EQ(us.character(KEY_2, true, false, false), U'@');
    EXPECT_EQ(gb.character(KEY_2, true, false, false), U'"');
    EXPECT_EQ(gb.character(KEY_3, true, false, false), U'£');
    EXPECT_EQ(de.character(KEY_Z, false, false, false), U'y');  // QWERTZ
    EXPECT_EQ(de.character(KEY_Y, false, false, false), U'z');
    EXPECT_EQ(de.character(KEY_MINUS, false, false, false), U'ß');
    EXPECT_EQ(de.character(KEY_Q, false, true, false), U'@');   // AltGr+Q
    EXPECT_EQ(fr.character(KEY_Q, false, false, false), U'a');  // AZERTY
    EXPECT_EQ(fr.character(KEY_1, false, false, false), U'&');  // digits need Shift on AZERTY
    EXPECT_EQ(fr.character(KEY_1, true, false, false), U'1');
    EXPECT_EQ(us.character(KEY_F1, false, false, false), U'\0');
}

TEST(KeyMap, CapsLockFlipsLettersOnly)
{
    const KeyMap us = layout("us");
    EXPECT_EQ(us.character(KEY_A, false, false, true), U'A');
    EXPECT_EQ(us.character(KEY_A, true, false, true), U'a');
    EXPECT_EQ(us.character(KEY_1, false, false, true), U'1');
    EXPECT_EQ(us.character(KEY_SEMICOLON, false, false, true), U';');
    const KeyMap de = layout("de");
    EXPECT_EQ(de.character(KEY_SEMICOLON, false, false, true), U'Ö');
}

TEST(KeyMap, EveryTypableCharacterRoundTripsOnEveryLayout)
{
    QString ascii;
    for (char16_t c = 0x20; c < 0x7F; ++c)
        ascii += QChar(c);
    for (const QString &name : KeyMap::layouts()) {
        const KeyMap map = *KeyMap::forLayout(name);
        int strokes = 0;
        for (const char32_t ch : ascii.toUcs4()) {
            const auto s = map.strokeFor(ch);
            if (!s)
                continue;
            ++strokes;
            EXPECT_EQ(map.character(s->code, s->shift, s->altGr, false), ch)
                << name.toStdString() << " U+" << std::hex << unsigned(ch);
        }
        // A usable layout types every digit, every letter and the GS1/URL punctuation.
        EXPECT_GE(strokes, 80) << name.toStdString();
        const QString stream = typed(map, test::typeText(map, u"ABCxyz0189-./:?=&%"_qs, 1000, 5));
        EXPECT_EQ(stream, u"ABCxyz0189-./:?=&%"_qs) << name.toStdString();
    }
}

TEST(KeyStream, ShiftStateFollowsPressAndRelease)
{
    const KeyMap us = layout("us");
    QByteArray s;
    s += InputEventDecoder::encodeKey(KEY_RIGHTSHIFT, true, 0);
    s += InputEventDecoder::encodeKey(KEY_A, true, 1) + InputEventDecoder::encodeKey(KEY_A, false, 2);
    s += InputEventDecoder::encodeKey(KEY_1, true, 3) + InputEventDecoder::encodeKey(KEY_1, false, 4);
    s += InputEventDecoder::encodeKey(KEY_RIGHTSHIFT, false, 5);
    s += InputEventDecoder::encodeKey(KEY_A, true, 6) + InputEventDecoder::encodeKey(KEY_A, false, 7);
    s += InputEventDecoder::encodeKey(KEY_CAPSLOCK, true, 8) + InputEventDecoder::encodeKey(KEY_CAPSLOCK, false, 9);
    s += InputEventDecoder::encodeKey(KEY_B, true, 10) + InputEventDecoder::encodeKey(KEY_B, false, 11);
    s += InputEventDecoder::encodeKey(KEY_ENTER, true, 12);
    EXPECT_EQ(typed(us, s), u"A!aB\r"_qs);
}

TEST(KeyStream, ControlCharactersAndAltCodes)
{
    const KeyMap us = layout("us");
    QByteArray s;
    // GS1 group separator as scanners type it: Ctrl+]
    s += InputEventDecoder::encodeKey(KEY_LEFTCTRL, true, 0);
    s += InputEventDecoder::encodeKey(KEY_RIGHTBRACE, true, 1) + InputEventDecoder::encodeKey(KEY_RIGHTBRACE, false, 2);
    s += InputEventDecoder::encodeKey(KEY_LEFTCTRL, false, 3);
    // Alt + keypad 0065 → 'A'; Alt + keypad 20013 → '中' (Unicode code point)
    s += InputEventDecoder::encodeKey(KEY_LEFTALT, true, 4);
    for (quint16 k : {KEY_KP0, KEY_KP0, KEY_KP6, KEY_KP5})
        s += InputEventDecoder::encodeKey(k, true, 5) + InputEventDecoder::encodeKey(k, false, 5);
    s += InputEventDecoder::encodeKey(KEY_LEFTALT, false, 6);
    s += InputEventDecoder::encodeKey(KEY_LEFTALT, true, 7);
    for (quint16 k : {KEY_KP2, KEY_KP0, KEY_KP0, KEY_KP1, KEY_KP3})
        s += InputEventDecoder::encodeKey(k, true, 8) + InputEventDecoder::encodeKey(k, false, 8);
    s += InputEventDecoder::encodeKey(KEY_LEFTALT, false, 9);
    // Keypad digits type digits.
    s += InputEventDecoder::encodeKey(KEY_KP7, true, 10);
    int unmapped = 0;
    EXPECT_EQ(typed(us, s, &unmapped), u"\x1d" u"A" u"中" u"7"_qs);
    EXPECT_EQ(unmapped, 0);
}

TEST(KeyStream, AutorepeatIsIgnoredAndFunctionKeysAreUnmapped)
{
    const KeyMap us = layout("us");
    QByteArray s = InputEventDecoder::encodeKey(KEY_5, true, 0);
    s += InputEventDecoder::encode(EV_KEY, KEY_5, 2, 500); // held down: repeat
    s += InputEventDecoder::encode(EV_KEY, KEY_5, 2, 530);
    s += InputEventDecoder::encodeKey(KEY_5, false, 540);
    s += InputEventDecoder::encodeKey(KEY_F5, true, 600);
    int unmapped = 0;
    EXPECT_EQ(typed(us, s, &unmapped), u"5"_qs);
    EXPECT_EQ(unmapped, 1);
}

TEST(InputEventDecoder, AnyChunkingGivesTheSameEvents)
{
    const KeyMap us = layout("us");
    const QByteArray stream = test::typeText(us, u"6901234567892\r"_qs, 1700000000123, 3);
    InputEventDecoder whole;
    const auto expected = whole.feed(stream).keys;
    ASSERT_EQ(expected.size(), 13 * 2 + 2);
    EXPECT_EQ(expected.first().timeMs, 1700000000123);

    InputEventDecoder bytewise;
    QList<RawKeyEvent> got;
    for (qsizetype i = 0; i < stream.size(); ++i)
        got += bytewise.feed(QByteArrayView(stream).sliced(i, 1)).keys;
    ASSERT_EQ(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].code, expected[i].code);
        EXPECT_EQ(got[i].value, expected[i].value);
        EXPECT_EQ(got[i].timeMs, expected[i].timeMs);
    }
    EXPECT_EQ(bytewise.pending(), 0);
}

TEST(InputEventDecoder, ReportsLostEventsAndMalformedOnes)
{
    QByteArray s = InputEventDecoder::encodeKey(KEY_1, true, 0);
    s += InputEventDecoder::encode(EV_SYN, SYN_DROPPED, 0, 1);
    s += InputEventDecoder::encode(EV_KEY, KEY_2, 7, 2); // impossible value
    s += InputEventDecoder::encodeKey(KEY_3, true, 3);
    s += InputEventDecoder::encode(EV_MSC, MSC_SCAN, 0x70020, 3); // ignored
    InputEventDecoder d;
    const auto out = d.feed(s);
    ASSERT_EQ(out.keys.size(), 2);
    EXPECT_EQ(out.droppedBefore, 1);
    EXPECT_EQ(out.malformed, 1);
    EXPECT_EQ(out.keys[1].code, KEY_3);
}

TEST(KeyStream, RandomEventsNeverCrashAndGiveOnlyValidCharacters)
{
    QRandomGenerator rng(42);
    for (const QString &name : KeyMap::layouts()) {
        KeyStream keys(*KeyMap::forLayout(name));
        auto check = [&](const QList<RawKeyEvent> &events) {
            int chars = 0;
            for (const RawKeyEvent &e : events) {
                const KeyStream::Output o = keys.feed(e);
                if (o.kind == KeyStream::Output::Kind::Char) {
                    ++chars;
                    EXPECT_TRUE(o.ch > 0 && o.ch <= 0x10FFFF && !(o.ch >= 0xD800 && o.ch <= 0xDFFF));
                }
            }
            return chars;
        };
        // Well-formed events with random keys, presses and releases.
        InputEventDecoder aligned;
        int chars = 0;
        for (int round = 0; round < 3000; ++round) {
            const QByteArray bytes = InputEventDecoder::encode(EV_KEY, quint16(rng.bounded(130)),
                                                               qint32(rng.bounded(3)), qint64(round));
            chars += check(aligned.feed(bytes).keys);
        }
        EXPECT_GT(chars, 50) << name.toStdString(); // modifiers held at random swallow many
        // Arbitrary bytes in arbitrary chunks.
        InputEventDecoder garbage;
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes;
            const int n = int(rng.bounded(100));
            for (int i = 0; i < n; ++i)
                bytes.append(char(rng.bounded(256)));
            check(garbage.feed(bytes).keys);
            ASSERT_LT(garbage.pending(), InputEventDecoder::kEventSize);
        }
    }
}
