#pragma once

#include "hal/backends/evdev/inputeventdecoder.h"
#include "hal/backends/evdev/keymap.h"

namespace qtill::hal {

/// Turns evdev key events into characters with a KeyMap, tracking the device's own modifier state
/// (Shift, AltGr, Ctrl, Caps Lock). Understands what scanners send besides plain keys:
/// Ctrl+letter / Ctrl+] for control characters (GS = 0x1D separates GS1 fields) and Alt+keypad
/// decimal codes ("Alt mode", taken as Unicode code points). Enter and keypad Enter give '\r'.
/// Autorepeat events are ignored (a scanner never holds a key; a stuck key must not flood).
class KeyStream
{
public:
    explicit KeyStream(KeyMap map);

    struct Output
    {
        enum class Kind { None, Char, Unmapped };
        Kind kind = Kind::None;
        char32_t ch = 0;   ///< for Char
        quint16 code = 0;  ///< the key (for Unmapped: what could not be translated)
        qint64 timeMs = 0;
    };

    Output feed(const RawKeyEvent &event);
    /// Forgets modifiers and any Alt code in progress (after lost events or a reopen).
    void reset();
    const KeyMap &keyMap() const { return m_map; }

private:
    KeyMap m_map;
    bool m_leftShift = false;
    bool m_rightShift = false;
    bool m_leftCtrl = false;
    bool m_rightCtrl = false;
    bool m_leftAlt = false;
    bool m_altGr = false;
    bool m_capsLock = false;
    bool m_altCodeActive = false;
    char32_t m_altCode = 0;
    int m_altDigits = 0;
};

} // namespace qtill::hal
