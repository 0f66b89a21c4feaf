#include "hal/msr/trackparser.h"

#include "hal/msr/cardnumber.h"
#include "hal/msr/securebuffer.h"

#include <QCoreApplication>
#include <array>
#include <string_view>

namespace qtill::hal {

namespace {

constexpr size_t kTrack1Max = 79;  // including sentinels
constexpr size_t kTrack2Max = 40;
constexpr size_t kTrack3Max = 107;
constexpr size_t kPanMax = 19;
constexpr size_t kNameMax = 26;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::hal::TrackParser", text);
}

/// A card number copied out of the raw buffer; wiped when it goes out of scope.
struct Pan
{
    std::array<char, kPanMax> digits{};
    size_t size = 0;
    ~Pan() { secureWipe(digits.data(), digits.size()); }
    std::string_view view() const { return {digits.data(), size}; }
    bool operator==(const Pan &other) const { return view() == other.view(); }
};

/// What one track yields (no heap copies of the card number).
struct TrackFields
{
    Pan pan;
    int expiryYear = 0;
    int expiryMonth = 0;
    QString name;
};

struct Failure
{
    TrackError error = TrackError::None;
    QString detail;
    explicit operator bool() const { return error != TrackError::None; }
};

Failure fail(TrackError error, QString detail)
{
    return Failure{error, std::move(detail)};
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSeparator(char c)
{
    return c == '\r' || c == '\n' || c == '\x02' || c == '\x03' || c == '\t';
}

/// Parses YYMM at the start of `s` (and checks the 3-digit service code after it).
Failure parseExpiry(std::string_view s, int track, TrackFields &out)
{
    if (s.size() < 7)
        return fail(TrackError::BadFormat, QStringLiteral("track %1: expiry/service code missing").arg(track));
    for (size_t i = 0; i < 7; ++i) {
        if (!isDigit(s[i]))
            return fail(i < 4 ? TrackError::BadExpiry : TrackError::BadFormat,
                        QStringLiteral("track %1: non-digit in %2").arg(track).arg(
                            i < 4 ? QStringLiteral("expiry") : QStringLiteral("service code")));
    }
    const int yy = (s[0] - '0') * 10 + (s[1] - '0');
    const int mm = (s[2] - '0') * 10 + (s[3] - '0');
    if (mm < 1 || mm > 12)
        return fail(TrackError::BadExpiry, QStringLiteral("track %1: month out of range").arg(track));
    out.expiryYear = 2000 + yy;
    out.expiryMonth = mm;
    return {};
}

/// Copies the digits of a PAN field (track 1 may contain spaces) into `pan`.
Failure copyPan(std::string_view field, int track, Pan &pan)
{
    pan.size = 0;
    for (char c : field) {
        if (c == ' ' && track == 1)
            continue;
        if (!isDigit(c))
            return fail(TrackError::BadNumber, QStringLiteral("track %1: non-digit in card number").arg(track));
        if (pan.size >= kPanMax)
            return fail(TrackError::BadNumber, QStringLiteral("track %1: card number too long").arg(track));
        pan.digits[pan.size++] = c;
    }
    if (pan.size < 12)
        return fail(TrackError::BadNumber, QStringLiteral("track %1: card number too short").arg(track));
    return {};
}

/// "DOE/JOHN A.MR" → "JOHN A DOE".
QString holderName(std::string_view field)
{
    QString raw = QString::fromLatin1(field.data(), qsizetype(field.size())).trimmed();
    const qsizetype dot = raw.indexOf(QLatin1Char('.'));
    if (dot >= 0)
        raw.truncate(dot);
    const qsizetype slash = raw.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return raw.simplified();
    const QString surname = raw.left(slash).simplified();
    const QString given = raw.mid(slash + 1).simplified();
    if (given.isEmpty())
        return surname;
    if (surname.isEmpty())
        return given;
    return given + QLatin1Char(' ') + surname;
}

/// Track 1 content between the sentinels: B<PAN>^<NAME>^<YYMM><SVC>...
Failure parseTrack1(std::string_view content, TrackFields &out)
{
    for (char c : content) {
        if (c < 0x20 || c > 0x5F || c == '%' || c == '?')
            return fail(TrackError::BadCharacter, QStringLiteral("track 1: character outside the track 1 set"));
    }
    if (content.empty() || content[0] != 'B')
        return fail(TrackError::BadFormat, QStringLiteral("track 1: format code is not B"));
    const size_t sep1 = content.find('^', 1);
    if (sep1 == std::string_view::npos)
        return fail(TrackError::BadFormat, QStringLiteral("track 1: field separator missing"));
    const size_t sep2 = content.find('^', sep1 + 1);
    if (sep2 == std::string_view::npos)
        return fail(TrackError::BadFormat, QStringLiteral("track 1: second field separator missing"));
    if (Failure f = copyPan(content.substr(1, sep1 - 1), 1, out.pan))
        return f;
    const std::string_view name = content.substr(sep1 + 1, sep2 - sep1 - 1);
    if (name.size() > kNameMax)
        return fail(TrackError::BadFormat, QStringLiteral("track 1: name longer than 26 characters"));
    out.name = holderName(name);
    return parseExpiry(content.substr(sep2 + 1), 1, out);
}

/// Track 2 content between the sentinels: <PAN>=<YYMM><SVC>...
Failure parseTrack2(std::string_view content, TrackFields &out)
{
    for (char c : content) {
        if (!isDigit(c) && c != '=')
            return fail(TrackError::BadCharacter, QStringLiteral("track 2: character outside the track 2 set"));
    }
    const size_t sep = content.find('=');
    if (sep == std::string_view::npos)
        return fail(TrackError::BadFormat, QStringLiteral("track 2: field separator missing"));
    if (Failure f = copyPan(content.substr(0, sep), 2, out.pan))
        return f;
    return parseExpiry(content.substr(sep + 1), 2, out);
}

Failure parseTrack3(std::string_view content)
{
    for (char c : content) {
        if (c < 0x30 || c > 0x3F || c == ';' || c == '?')
            return fail(TrackError::BadCharacter, QStringLiteral("track 3: character outside the track 3 set"));
    }
    return {};
}

/// The LRC over a whole track (sentinels included): XOR of the 6-bit (track 1) or 4-bit (tracks 2/3)
/// character values, encoded back as a character of the same set.
char lrcOf(std::string_view track, bool sixBit)
{
    const int base = sixBit ? 0x20 : 0x30;
    const int mask = sixBit ? 0x3F : 0x0F;
    int lrc = 0;
    for (char c : track)
        lrc ^= (c - base) & mask;
    return char(lrc + base);
}

QString messageFor(TrackError error)
{
    switch (error) {
    case TrackError::None: return {};
    case TrackError::Empty: return tr("No card data was read. Swipe the card again.");
    case TrackError::BadLuhn: return tr("The card number is not valid. Swipe again or use another card.");
    case TrackError::BadExpiry: return tr("Could not read the card's expiry date. Swipe the card again.");
    case TrackError::TrackMismatch: return tr("The card was read inconsistently. Swipe the card again.");
    default: break;
    }
    return tr("Could not read the card. Swipe the card again.");
}

class Parser
{
public:
    Parser(std::string_view s, const TrackParser::Options &options) : m_s(s), m_options(options) {}

    Failure run()
    {
        size_t pos = 0;
        bool sawTrack = false;
        while (pos < m_s.size()) {
            const char c = m_s[pos];
            if (isSeparator(c)) {
                ++pos;
                continue;
            }
            if (c != '%' && c != ';')
                return fail(TrackError::Garbage, QStringLiteral("byte %1: no start sentinel").arg(pos));
            const bool isTrack1 = c == '%';
            const bool isTrack3 = !isTrack1 && (m_track2Seen || m_track2Failed);
            const size_t max = isTrack1 ? kTrack1Max : (isTrack3 ? kTrack3Max : kTrack2Max);
            const size_t end = m_s.find('?', pos + 1);
            if (end == std::string_view::npos) {
                return fail(TrackError::NoEndSentinel,
                            QStringLiteral("track starting at byte %1: no end sentinel").arg(pos));
            }
            if (end - pos + 1 > max)
                return fail(TrackError::TooLong, QStringLiteral("track starting at byte %1: too long").arg(pos));
            const std::string_view track = m_s.substr(pos, end - pos + 1);
            pos = end + 1;
            if (m_options.lrc) {
                if (pos >= m_s.size())
                    return fail(TrackError::BadLrc, QStringLiteral("track at byte %1: LRC missing").arg(end));
                if (m_s[pos] != lrcOf(track, isTrack1))
                    return fail(TrackError::BadLrc, QStringLiteral("track at byte %1: LRC mismatch").arg(end));
                ++pos;
            }
            sawTrack = true;
            if (Failure f = takeTrack(track, isTrack1, isTrack3))
                return f;
        }
        if (!sawTrack)
            return fail(TrackError::Empty, QStringLiteral("no track data"));
        return finish();
    }

    bool track1() const { return m_track1Seen; }
    bool track2() const { return m_track2Seen; }
    const TrackFields &best() const { return m_track2Seen ? m_t2 : m_t1; }
    const TrackFields &t1() const { return m_t1; }

private:
    Failure takeTrack(std::string_view track, bool isTrack1, bool isTrack3)
    {
        const std::string_view content = track.substr(1, track.size() - 2);
        const bool readError = content == std::string_view("E");
        if (isTrack3)
            return readError ? Failure{} : parseTrack3(content);
        if (isTrack1) {
            if (m_track1Seen || m_track1Failed)
                return fail(TrackError::BadFormat, QStringLiteral("track 1 appears twice"));
            if (readError) {
                m_track1Failed = true;
                return {};
            }
            m_track1Seen = true;
            return parseTrack1(content, m_t1);
        }
        if (readError) {
            m_track2Failed = true;
            return {};
        }
        m_track2Seen = true;
        return parseTrack2(content, m_t2);
    }

    Failure finish()
    {
        if (!m_track1Seen && !m_track2Seen)
            return fail(TrackError::ReadFailed, QStringLiteral("reader reported no readable track"));
        if (m_track1Seen && m_track2Seen) {
            if (!(m_t1.pan == m_t2.pan))
                return fail(TrackError::TrackMismatch, QStringLiteral("card numbers of track 1 and 2 differ"));
            if (m_t1.expiryYear != m_t2.expiryYear || m_t1.expiryMonth != m_t2.expiryMonth)
                return fail(TrackError::TrackMismatch, QStringLiteral("expiry of track 1 and 2 differ"));
        }
        if (m_options.requireLuhn && !CardNumber::luhnValid(best().pan.view()))
            return fail(TrackError::BadLuhn, QStringLiteral("card number fails the Luhn check"));
        return {};
    }

    std::string_view m_s;
    TrackParser::Options m_options;
    TrackFields m_t1;
    TrackFields m_t2;
    bool m_track1Seen = false;
    bool m_track1Failed = false;
    bool m_track2Seen = false;
    bool m_track2Failed = false;
};

} // namespace

ParsedSwipe TrackParser::parse(SecureBuffer &raw, const Options &options)
{
    ParsedSwipe out;
    {
        Parser parser(raw.view(), options);
        const Failure failure = parser.run();
        if (failure) {
            out.error = failure.error;
            out.message = messageFor(failure.error);
            out.detail = failure.detail;
        } else {
            const TrackFields &fields = parser.best();
            const std::string_view pan = fields.pan.view();
            out.card.brand = CardNumber::brand(pan);
            out.card.maskedNumber = CardNumber::masked(pan);
            out.card.last4 = CardNumber::last4(pan);
            out.card.luhnValid = CardNumber::luhnValid(pan);
            out.expiryYear = fields.expiryYear;
            out.expiryMonth = fields.expiryMonth;
            out.card.expiryYear = fields.expiryYear;
            out.card.expiryMonth = fields.expiryMonth;
            out.holderName = parser.track1() ? parser.t1().name : QString();
            out.track1 = parser.track1();
            out.track2 = parser.track2();
        }
    } // the parser's card-number copies are wiped here
    raw.wipe();
    return out;
}

} // namespace qtill::hal
