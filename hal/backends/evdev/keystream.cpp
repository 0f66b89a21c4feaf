#include "hal/backends/evdev/keystream.h"

#include <linux/input-event-codes.h>

namespace qtill::hal {

namespace {

/// The digit of a keypad key, or -1.
int keypadDigit(quint16 code)
{
    switch (code) {
    case KEY_KP0: return 0;
    case KEY_KP1: return 1;
    case KEY_KP2: return 2;
    case KEY_KP3: return 3;
    case KEY_KP4: return 4;
    case KEY_KP5: return 5;
    case KEY_KP6: return 6;
    case KEY_KP7: return 7;
    case KEY_KP8: return 8;
    case KEY_KP9: return 9;
    default: return -1;
    }
}

/// The control character Ctrl+`c` gives, or 0.
char32_t controlOf(char32_t c)
{
    if (c >= U'a' && c <= U'z')
        return c - U'a' + 1;
    if (c >= U'A' && c <= U'Z')
        return c - U'A' + 1;
    switch (c) {
    case U'[': return 0x1B;
    case U'\\': return 0x1C;
    case U']': return 0x1D;
    case U'^': case U'6': return 0x1E;
    case U'_': case U'-': return 0x1F;
    default: return 0;
    }
}

bool validCodePoint(char32_t c)
{
    return c > 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
}

} // namespace

KeyStream::KeyStream(KeyMap map) : m_map(std::move(map)) {}

void KeyStream::reset()
{
    m_leftShift = m_rightShift = m_leftCtrl = m_rightCtrl = m_leftAlt = m_altGr = false;
    m_altCodeActive = false;
    m_altCode = 0;
    m_altDigits = 0;
}

KeyStream::Output KeyStream::feed(const RawKeyEvent &event)
{
    Output out;
    out.code = event.code;
    out.timeMs = event.timeMs;
    if (event.value == 2)
        return out; // autorepeat
    const bool press = event.value == 1;

    switch (event.code) {
    case KEY_LEFTSHIFT: m_leftShift = press; return out;
    case KEY_RIGHTSHIFT: m_rightShift = press; return out;
    case KEY_LEFTCTRL: m_leftCtrl = press; return out;
    case KEY_RIGHTCTRL: m_rightCtrl = press; return out;
    case KEY_RIGHTALT: m_altGr = press; return out;
    case KEY_CAPSLOCK:
        if (press)
            m_capsLock = !m_capsLock;
        return out;
    case KEY_NUMLOCK:
    case KEY_SCROLLLOCK:
        return out;
    case KEY_LEFTALT:
        m_leftAlt = press;
        if (press) {
            m_altCodeActive = true;
            m_altCode = 0;
            m_altDigits = 0;
            return out;
        }
        if (m_altCodeActive && m_altDigits > 0) {
            m_altCodeActive = false;
            if (validCodePoint(m_altCode)) {
                out.kind = Output::Kind::Char;
                out.ch = m_altCode;
            } else {
                out.kind = Output::Kind::Unmapped;
            }
            return out;
        }
        m_altCodeActive = false;
        return out;
    default:
        break;
    }
    if (!press)
        return out;

    if (m_leftAlt) {
        const int digit = keypadDigit(event.code);
        if (m_altCodeActive && digit >= 0 && m_altDigits < 7) {
            m_altCode = m_altCode * 10 + char32_t(digit);
            ++m_altDigits;
        } else {
            m_altCodeActive = false; // an Alt shortcut, not text
        }
        return out;
    }

    if (m_leftCtrl || m_rightCtrl) {
        const char32_t control = controlOf(m_map.base(event.code));
        out.kind = control ? Output::Kind::Char : Output::Kind::Unmapped;
        out.ch = control;
        return out;
    }

    const char32_t c = m_map.character(event.code, m_leftShift || m_rightShift, m_altGr, m_capsLock);
    if (c == 0) {
        // Function keys, arrows, Esc, Backspace: not part of any scan.
        out.kind = Output::Kind::Unmapped;
        return out;
    }
    out.kind = Output::Kind::Char;
    out.ch = c;
    return out;
}

} // namespace qtill::hal
