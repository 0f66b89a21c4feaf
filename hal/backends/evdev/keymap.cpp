#include "hal/backends/evdev/keymap.h"

#include <QChar>
#include <linux/input-event-codes.h>

namespace qtill::hal {

namespace {

char32_t toUpper(char32_t c)
{
    return c > 0xFFFF ? c : QChar(char16_t(c)).toUpper().unicode();
}

char32_t toLower(char32_t c)
{
    return c > 0xFFFF ? c : QChar(char16_t(c)).toLower().unicode();
}

bool isCased(char32_t c)
{
    return c <= 0xFFFF && QChar(char16_t(c)).isLetter() && toUpper(c) != toLower(c);
}

} // namespace

void KeyMap::set(quint16 code, char32_t plain, char32_t shifted)
{
    Entry &e = m_keys[code];
    e.plain = plain;
    e.shifted = shifted;
}

void KeyMap::row(quint16 firstCode, const QString &plain, const QString &shifted)
{
    Q_ASSERT(plain.size() == shifted.size());
    for (qsizetype i = 0; i < plain.size(); ++i)
        set(quint16(firstCode + i), plain.at(i).unicode(), shifted.at(i).unicode());
}

void KeyMap::altGr(quint16 code, char32_t ch)
{
    m_keys[code].altGr = ch;
}

std::optional<KeyMap> KeyMap::forLayout(const QString &name)
{
    KeyMap map;
    map.m_name = name;
    // Keys common to every layout here.
    map.set(KEY_SPACE, U' ', U' ');
    map.set(KEY_TAB, U'\t', U'\t');
    map.set(KEY_ENTER, U'\r', U'\r');
    map.set(KEY_KPENTER, U'\r', U'\r');
    map.row(KEY_KP7, u"789-456+1230."_qs, u"789-456+1230."_qs);
    map.set(KEY_KPASTERISK, U'*', U'*');
    map.set(KEY_KPSLASH, U'/', U'/');
    map.set(KEY_KPEQUAL, U'=', U'=');
    map.set(KEY_KPCOMMA, U',', U',');

    if (name == u"us") {
        map.row(KEY_1, u"1234567890-="_qs, u"!@#$%^&*()_+"_qs);
        map.row(KEY_Q, u"qwertyuiop[]"_qs, u"QWERTYUIOP{}"_qs);
        map.row(KEY_A, u"asdfghjkl;'`"_qs, u"ASDFGHJKL:\"~"_qs);
        map.set(KEY_BACKSLASH, U'\\', U'|');
        map.row(KEY_Z, u"zxcvbnm,./"_qs, u"ZXCVBNM<>?"_qs);
        map.set(KEY_102ND, U'\\', U'|');
    } else if (name == u"gb") {
        map.row(KEY_1, u"1234567890-="_qs, u"!\"£$%^&*()_+"_qs);
        map.row(KEY_Q, u"qwertyuiop[]"_qs, u"QWERTYUIOP{}"_qs);
        map.row(KEY_A, u"asdfghjkl;'`"_qs, u"ASDFGHJKL:@¬"_qs);
        map.set(KEY_BACKSLASH, U'#', U'~');
        map.row(KEY_Z, u"zxcvbnm,./"_qs, u"ZXCVBNM<>?"_qs);
        map.set(KEY_102ND, U'\\', U'|');
        map.altGr(KEY_4, U'€');
        map.altGr(KEY_GRAVE, U'¦');
    } else if (name == u"de") {
        map.row(KEY_1, u"1234567890ß´"_qs, u"!\"§$%&/()=?`"_qs);
        map.row(KEY_Q, u"qwertzuiopü+"_qs, u"QWERTZUIOPÜ*"_qs);
        map.row(KEY_A, u"asdfghjklöä^"_qs, u"ASDFGHJKLÖÄ°"_qs);
        map.set(KEY_BACKSLASH, U'#', U'\'');
        map.row(KEY_Z, u"yxcvbnm,.-"_qs, u"YXCVBNM;:_"_qs);
        map.set(KEY_102ND, U'<', U'>');
        map.altGr(KEY_2, U'²');
        map.altGr(KEY_3, U'³');
        map.altGr(KEY_7, U'{');
        map.altGr(KEY_8, U'[');
        map.altGr(KEY_9, U']');
        map.altGr(KEY_0, U'}');
        map.altGr(KEY_MINUS, U'\\');
        map.altGr(KEY_Q, U'@');
        map.altGr(KEY_E, U'€');
        map.altGr(KEY_RIGHTBRACE, U'~');
        map.altGr(KEY_102ND, U'|');
        map.altGr(KEY_M, U'µ');
    } else if (name == u"fr") {
        map.row(KEY_1, u"&é\"'(-è_çà)="_qs, u"1234567890°+"_qs);
        map.row(KEY_Q, u"azertyuiop^$"_qs, u"AZERTYUIOP¨£"_qs);
        map.row(KEY_A, u"qsdfghjklmù²"_qs, u"QSDFGHJKLM%~"_qs);
        map.set(KEY_BACKSLASH, U'*', U'µ');
        map.row(KEY_Z, u"wxcvbn,;:!"_qs, u"WXCVBN?./§"_qs);
        map.set(KEY_102ND, U'<', U'>');
        map.altGr(KEY_2, U'~');
        map.altGr(KEY_3, U'#');
        map.altGr(KEY_4, U'{');
        map.altGr(KEY_5, U'[');
        map.altGr(KEY_6, U'|');
        map.altGr(KEY_7, U'`');
        map.altGr(KEY_8, U'\\');
        map.altGr(KEY_9, U'^');
        map.altGr(KEY_0, U'@');
        map.altGr(KEY_MINUS, U']');
        map.altGr(KEY_EQUAL, U'}');
        map.altGr(KEY_E, U'€');
    } else {
        return std::nullopt;
    }
    return map;
}

QStringList KeyMap::layouts()
{
    return {u"us"_qs, u"gb"_qs, u"de"_qs, u"fr"_qs};
}

char32_t KeyMap::character(quint16 code, bool shift, bool altGrHeld, bool capsLock) const
{
    const auto it = m_keys.constFind(code);
    if (it == m_keys.constEnd())
        return 0;
    if (altGrHeld)
        return it->altGr;
    char32_t c = shift ? it->shifted : it->plain;
    if (capsLock && isCased(it->plain) && isCased(it->shifted))
        c = shift ? toLower(it->plain) : toUpper(it->plain);
    return c;
}

char32_t KeyMap::base(quint16 code) const
{
    const auto it = m_keys.constFind(code);
    return it == m_keys.constEnd() ? 0 : it->plain;
}

std::optional<KeyMap::Stroke> KeyMap::strokeFor(char32_t ch) const
{
    if (ch == 0)
        return std::nullopt;
    // Prefer the main block over the keypad, plain over AltGr over Shift... then the lowest code.
    std::optional<Stroke> best;
    int bestRank = 0;
    for (auto it = m_keys.constBegin(); it != m_keys.constEnd(); ++it) {
        const quint16 code = it.key();
        const bool keypad = (code >= KEY_KP7 && code <= KEY_KPDOT) || code == KEY_KPENTER
            || code == KEY_KPASTERISK || code == KEY_KPSLASH || code == KEY_KPEQUAL || code == KEY_KPCOMMA;
        std::optional<Stroke> s;
        if (it->plain == ch)
            s = Stroke{code, false, false};
        else if (it->shifted == ch)
            s = Stroke{code, true, false};
        else if (it->altGr == ch)
            s = Stroke{code, false, true};
        if (!s)
            continue;
        const int rank = (keypad ? 100000 : 0) + (s->shift || s->altGr ? 10000 : 0) + code;
        if (!best || rank < bestRank) {
            best = s;
            bestRank = rank;
        }
    }
    return best;
}

} // namespace qtill::hal
