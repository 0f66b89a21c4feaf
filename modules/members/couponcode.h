#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringView>

namespace qtill::members {

/// Coupon codes people read off a flyer or a receipt and type at the till: 11 random symbols and one
/// check symbol in Crockford's base 32 (0-9 and A-Z without I, L, O and U), shown in groups of four
/// ("7KQ2-M9XD-4RTB"), stored without the dashes ("7KQ2M9XD4RTB").
///
/// - **Not guessable**: the 55 random bits come from the operating system's CSPRNG
///   (QRandomGenerator::system()), 5 bits per symbol, so every symbol is equally likely. With a million
///   codes in use a guessed code is valid with a chance of about 1 in 36 billion.
/// - **The check symbol** catches every single-symbol typo and every swap of two neighbours. It is the
///   check of Damm's method over GF(32) (polynomial x⁵ + x² + 1): the quasigroup x ∗ y = 2·x ⊕ y is
///   weakly totally anti-symmetric (2 ≠ 0, 1), so walking the code with interim = 2·interim ⊕ symbol
///   ends at 0 for a correct code; a changed symbol changes the end value (each step is a bijection),
///   and a swap of x ≠ y changes it by 2ᵏ·3·(x ⊕ y) ≠ 0. tests/members/test_couponcode.cpp checks both
///   exhaustively on sampled codes.
/// - **Typed input** is forgiving: case, spaces, dashes, full-width characters (Chinese input methods),
///   O → 0 and I / L → 1 as Crockford reads them.
///
/// Pure functions; thread-safe.
class CouponCode
{
public:
    static constexpr int kRandomLength = 11; ///< random symbols
    static constexpr int kLength = kRandomLength + 1; ///< stored length: random symbols + check
    static constexpr int kGroup = 4; ///< symbols per group when shown

    /// The 32 symbols, in value order: "0123456789ABCDEFGHJKMNPQRSTVWXYZ".
    static const QString &alphabet();
    /// The value (0 … 31) of a symbol of the alphabet (upper case), -1 for anything else.
    static int valueOf(QChar symbol);

    /// One new code (kLength symbols, check included, no dashes) from the system CSPRNG.
    static QString generate();
    /// `count` new codes, with one read of the system CSPRNG (fast enough for a million). They are
    /// unique with overwhelming probability, not by construction: the coupons table's UNIQUE code is
    /// what guarantees it, and CampaignService draws again for a code already taken.
    static QList<QString> generate(int count);

    /// The check symbol for `symbols` (alphabet symbols only, upper case).
    static QChar checkSymbol(QStringView symbols);
    /// `symbols` followed by its check symbol.
    static QString withCheck(QStringView symbols);
    /// True for a normalised code (kLength alphabet symbols) whose check symbol is right.
    static bool isValid(QStringView code);

    /// What is wrong with a typed code.
    enum class Problem {
        None, ///< a well-formed code with a correct check symbol
        Empty, ///< nothing typed
        BadCharacter, ///< a character that is in no code (badCharacter says which)
        WrongLength, ///< too few or too many symbols
        CheckFailed, ///< well-formed, but the check symbol is wrong: a typo
    };

    struct Parsed
    {
        QString code; ///< normalised (upper case, no dashes, O → 0, I/L → 1) as far as it went
        Problem problem = Problem::None;
        QChar badCharacter; ///< for BadCharacter, as typed

        bool ok() const { return problem == Problem::None; }
    };

    /// Normalises typed or scanned text: drops spaces, dashes and underscores, folds full-width forms
    /// and case, reads O as 0 and I / L as 1. Only the characters change, not whether it is valid.
    static QString normalise(const QString &typed);
    /// normalise() and then checks length, symbols and the check symbol.
    static Parsed parse(const QString &typed);

    /// A normalised code in groups of kGroup: "7KQ2-M9XD-4RTB". Other text comes back unchanged.
    static QString grouped(const QString &code);
};

} // namespace qtill::members
