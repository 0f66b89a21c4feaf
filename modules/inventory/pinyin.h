#pragma once

#include <QString>

namespace qtill::inventory {

/// Pinyin initials for search as you type: 可口可乐 → "KKKL", 可乐 330ml → "KL330ML".
///
/// Han characters go through ICU's Han-Latin transliterator (its reading of each character on its
/// own: a polyphone such as 乐 gets ICU's first reading), ASCII letters are upper-cased, digits kept,
/// everything else (spaces, punctuation, symbols) dropped. Full-width letters and digits count as
/// their ASCII forms.
///
/// Threading: safe from any thread (one shared transliterator and cache behind a mutex).
class Pinyin
{
public:
    /// The initials of `text`, upper case ASCII letters and digits only.
    static QString initials(const QString &text);

    /// The initial (an upper case ASCII letter) of one Han character, or a null QChar when ICU has
    /// no Latin reading for it.
    static QChar initialOf(char32_t hanCharacter);

    /// True when ICU's Han-Latin transliterator could be created (false only in a broken ICU install;
    /// initials() then keeps only the ASCII letters and digits).
    static bool isAvailable();
};

} // namespace qtill::inventory
