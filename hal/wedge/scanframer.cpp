#include "hal/wedge/scanframer.h"

#include <QCoreApplication>

namespace qtill::hal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::hal::ScanFramer", text);
}

ScanFrame rejected(ScanError error, QString detail)
{
    ScanFrame f;
    f.kind = ScanFrame::Kind::Rejected;
    f.error = error;
    f.detail = std::move(detail);
    switch (error) {
    case ScanError::TooShort:
    case ScanError::TooLong:
    case ScanError::BadCharacter:
        f.message = tr("The barcode could not be read. Scan it again.");
        break;
    case ScanError::MissingPrefix:
        f.message = tr("The scanner sent data in an unexpected format. Check the scanner's prefix setting.");
        break;
    case ScanError::None:
        break;
    }
    return f;
}

/// Control characters a scan may legitimately contain: GS1 group separator and the ISO/IEC 15434
/// envelope characters.
bool allowedControl(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x1D || u == 0x1E || u == 0x04 || u == 0x1C;
}

} // namespace

ScanFraming ScanFraming::fromParams(const QVariantMap &params)
{
    ScanFraming f;
    f.prefix = params.value(u"prefix"_qs).toString();
    f.suffix = params.value(u"suffix"_qs).toString();
    const QString term = params.value(u"terminator"_qs, u"enter"_qs).toString();
    if (term == u"enter" || term.isEmpty())
        f.terminators = u"\r\n"_qs;
    else if (term == u"tab")
        f.terminators = u"\t"_qs;
    else if (term == u"cr")
        f.terminators = u"\r"_qs;
    else if (term == u"lf")
        f.terminators = u"\n"_qs;
    else
        f.terminators = term;
    f.minLength = qMax(1, params.value(u"minLength"_qs, f.minLength).toInt());
    f.maxLength = qMax(f.minLength, params.value(u"maxLength"_qs, f.maxLength).toInt());
    f.maxGapMs = qMax(0, params.value(u"maxGapMs"_qs, f.maxGapMs).toInt());
    return f;
}

ScanFramer::ScanFramer(ScanFraming framing) : m_framing(std::move(framing)) {}

void ScanFramer::reset()
{
    m_buffer.clear();
    m_overflow = false;
    m_tainted = false;
    m_started = false;
}

bool ScanFramer::isTerminator(char32_t ch) const
{
    return ch <= 0xFFFF && m_framing.terminators.contains(QChar(char16_t(ch)));
}

void ScanFramer::dropIfStale(qint64 timeMs)
{
    if (m_framing.maxGapMs > 0 && m_started && timeMs - m_lastMs > m_framing.maxGapMs) {
        if (hasPartial())
            ++m_staleDiscards;
        reset();
    }
}

void ScanFramer::feedInvalid(qint64 timeMs)
{
    dropIfStale(timeMs);
    m_tainted = true;
    m_started = true;
    m_lastMs = timeMs;
}

ScanFrame ScanFramer::feed(char32_t ch, qint64 timeMs)
{
    dropIfStale(timeMs);
    if (isTerminator(ch)) {
        if (!hasPartial()) {
            reset(); // CR LF, or a stray Enter
            return {};
        }
        ScanFrame frame;
        if (m_overflow)
            frame = rejected(ScanError::TooLong, QStringLiteral("more than %1 characters").arg(m_framing.maxLength));
        else if (m_tainted)
            frame = rejected(ScanError::BadCharacter, QStringLiteral("a key without a character inside the scan"));
        else
            frame = check(m_buffer);
        reset();
        return frame;
    }
    m_started = true;
    m_lastMs = timeMs;
    if (m_overflow)
        return {};
    // The raw input may carry prefix and suffix on top of maxLength.
    if (m_buffer.size() >= m_framing.maxLength + m_framing.prefix.size() + m_framing.suffix.size()) {
        m_overflow = true;
        m_buffer.clear();
        return {};
    }
    if (ch > 0xFFFF) {
        const char32_t both[] = {ch};
        m_buffer += QString::fromUcs4(both, 1);
    } else {
        m_buffer += QChar(char16_t(ch));
    }
    return {};
}

ScanFrame ScanFramer::check(const QString &body) const
{
    QString text = body;
    if (!m_framing.prefix.isEmpty()) {
        if (!text.startsWith(m_framing.prefix))
            return rejected(ScanError::MissingPrefix, QStringLiteral("prefix not found"));
        text.remove(0, m_framing.prefix.size());
    }
    if (!m_framing.suffix.isEmpty() && text.endsWith(m_framing.suffix))
        text.chop(m_framing.suffix.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate() || (c.unicode() < 0x20 && !allowedControl(c)) || c.unicode() == 0x7F) {
            return rejected(ScanError::BadCharacter,
                            QStringLiteral("character U+%1 at %2").arg(int(c.unicode()), 4, 16, QLatin1Char('0')).arg(i));
        }
    }
    if (text.size() < m_framing.minLength)
        return rejected(ScanError::TooShort, QStringLiteral("%1 characters, at least %2 needed")
                                                 .arg(text.size()).arg(m_framing.minLength));
    if (text.size() > m_framing.maxLength)
        return rejected(ScanError::TooLong, QStringLiteral("%1 characters, at most %2").arg(text.size()).arg(m_framing.maxLength));
    ScanFrame f;
    f.kind = ScanFrame::Kind::Scan;
    f.text = text;
    return f;
}

} // namespace qtill::hal
