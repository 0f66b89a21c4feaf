#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace qtill::hal {

/// A keyboard layout: which character a Linux key code gives with Shift / AltGr. A keyboard-wedge
/// scanner "types" its data as key codes for the layout it was configured for; the HAL must use the
/// same layout to get the characters back ("us" for nearly every scanner shipped in China).
///
/// Layouts: "us", "gb", "de" (QWERTZ), "fr" (AZERTY). Dead keys (´ ` ^ on de/fr) are taken as the
/// plain character: scanners do not compose. Keypad keys always give digits/operators (NumLock on).
class KeyMap
{
public:
    /// The layout by its XKB-style name, or nullopt when unknown.
    static std::optional<KeyMap> forLayout(const QString &name);
    static QStringList layouts();

    const QString &name() const { return m_name; }

    /// The character for a key code (Shift and AltGr as held; Caps Lock flips letters only), or 0
    /// when the key gives no character (modifiers, function keys, unknown codes).
    char32_t character(quint16 code, bool shift, bool altGr, bool capsLock) const;
    /// The plain (unshifted) character of a key, used for Ctrl combinations.
    char32_t base(quint16 code) const;
    /// For the simulator and tests: the key code and Shift/AltGr that type `ch`, if this layout can.
    struct Stroke
    {
        quint16 code = 0;
        bool shift = false;
        bool altGr = false;
    };
    std::optional<Stroke> strokeFor(char32_t ch) const;

private:
    struct Entry
    {
        char32_t plain = 0;
        char32_t shifted = 0;
        char32_t altGr = 0;
    };
    void row(quint16 firstCode, const QString &plain, const QString &shifted);
    void altGr(quint16 code, char32_t ch);
    void set(quint16 code, char32_t plain, char32_t shifted);

    QString m_name;
    QHash<quint16, Entry> m_keys;
};

} // namespace qtill::hal
