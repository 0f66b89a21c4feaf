#include "couponcode.h"

#include <QRandomGenerator>

#include <vector>

namespace qtill::members {

namespace {

/// 2·x in GF(32) with the polynomial x⁵ + x² + 1.
constexpr int times2(int x)
{
    x <<= 1;
    return (x & 0x20) ? (x ^ 0x25) : x;
}

/// The Damm walk: interim = 2·interim ⊕ symbol; -1 when a symbol is not in the alphabet.
int walk(QStringView symbols)
{
    int interim = 0;
    for (QChar c : symbols) {
        const int v = CouponCode::valueOf(c);
        if (v < 0)
            return -1;
        interim = times2(interim) ^ v;
    }
    return interim;
}

QString fromBits(quint64 bits)
{
    QString code(CouponCode::kLength, Qt::Uninitialized);
    const QString &alphabet = CouponCode::alphabet();
    int interim = 0;
    for (int i = 0; i < CouponCode::kRandomLength; ++i) {
        const int v = int(bits & 31u);
        bits >>= 5;
        code[i] = alphabet.at(v);
        interim = times2(interim) ^ v;
    }
    code[CouponCode::kRandomLength] = alphabet.at(times2(interim));
    return code;
}

} // namespace

const QString &CouponCode::alphabet()
{
    static const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    return kAlphabet;
}

int CouponCode::valueOf(QChar symbol)
{
    const ushort u = symbol.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u < 'A' || u > 'Z')
        return -1;
    // A=10 … H=17, (I), J=18, K=19, (L), M=20, N=21, (O), P=22 … T=26, (U), V=27 … Z=31
    static constexpr int kLetters[26]
        = {10, 11, 12, 13, 14, 15, 16, 17, -1, 18, 19, -1, 20, 21, -1, 22, 23, 24, 25, 26, -1, 27, 28, 29, 30, 31};
    return kLetters[u - 'A'];
}

QString CouponCode::generate()
{
    return fromBits(QRandomGenerator::system()->generate64());
}

QList<QString> CouponCode::generate(int count)
{
    QList<QString> out;
    if (count <= 0)
        return out;
    std::vector<quint32> words(size_t(count) * 2);
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(fromBits((quint64(words[size_t(i) * 2]) << 32) | words[size_t(i) * 2 + 1]));
    return out;
}

QChar CouponCode::checkSymbol(QStringView symbols)
{
    const int interim = walk(symbols);
    return interim < 0 ? QChar() : alphabet().at(times2(interim));
}

QString CouponCode::withCheck(QStringView symbols)
{
    const QChar check = checkSymbol(symbols);
    return check.isNull() ? QString() : symbols.toString() + check;
}

bool CouponCode::isValid(QStringView code)
{
    return code.size() == kLength && walk(code) == 0;
}

QString CouponCode::normalise(const QString &typed)
{
    const QString folded = typed.normalized(QString::NormalizationForm_KC).toUpper();
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QChar(0x2010) || c == QChar(0x2014))
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        out.append(c);
    }
    return out;
}

CouponCode::Parsed CouponCode::parse(const QString &typed)
{
    Parsed parsed;
    parsed.code = normalise(typed);
    if (parsed.code.isEmpty()) {
        parsed.problem = Problem::Empty;
        return parsed;
    }
    for (QChar c : std::as_const(parsed.code)) {
        if (valueOf(c) < 0) {
            parsed.problem = Problem::BadCharacter;
            parsed.badCharacter = c;
            return parsed;
        }
    }
    if (parsed.code.size() != kLength)
        parsed.problem = Problem::WrongLength;
    else if (!isValid(parsed.code))
        parsed.problem = Problem::CheckFailed;
    return parsed;
}

QString CouponCode::grouped(const QString &code)
{
    if (code.size() != kLength)
        return code;
    QString out;
    for (int i = 0; i < code.size(); i += kGroup) {
        if (i > 0)
            out.append(QLatin1Char('-'));
        out.append(QStringView(code).mid(i, kGroup));
    }
    return out;
}

} // namespace qtill::members
