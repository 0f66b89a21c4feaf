#include "hal/scale/scaleframeparser.h"

namespace qtill::hal {

namespace {

ScaleFrame failure(const QString &error)
{
    ScaleFrame f;
    f.ok = false;
    f.error = error;
    return f;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

void ScaleFrameParser::reset()
{
    m_line.clear();
    m_overflow = false;
}

QList<ScaleFrame> ScaleFrameParser::feed(QByteArrayView bytes)
{
    QList<ScaleFrame> frames;
    for (const char c : bytes) {
        if (c == '\r' || c == '\n') {
            if (m_overflow)
                frames.append(failure(QStringLiteral("line longer than %1 bytes").arg(kMaxLine)));
            else if (!trimmed(m_line).isEmpty())
                frames.append(parseLine(m_line));
            m_line.clear();
            m_overflow = false;
            continue;
        }
        if (m_overflow)
            continue;
        if (m_line.size() >= kMaxLine) {
            m_overflow = true;
            m_line.clear();
            continue;
        }
        m_line.append(c);
    }
    return frames;
}

ScaleFrame ScaleFrameParser::parseLine(QByteArrayView rawLine)
{
    // Some indicators frame lines with STX/ETX.
    QByteArrayView line = rawLine;
    while (!line.isEmpty() && (line.front() == '\x02' || line.front() == '\x03'))
        line = line.sliced(1);
    while (!line.isEmpty() && (line.back() == '\x02' || line.back() == '\x03'))
        line.chop(1);
    line = trimmed(line);
    if (line.size() > kMaxLine)
        return failure(QStringLiteral("line too long"));

    QList<QByteArrayView> fields;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == ',') {
            fields.append(trimmed(line.sliced(start, i - start)));
            start = i + 1;
        }
    }
    if (fields.size() < 2 || fields.size() > 3)
        return failure(QStringLiteral("expected 2 or 3 comma-separated fields, got %1").arg(fields.size()));

    ScaleFrame f;
    const QByteArrayView status = fields[0];
    if (status == "ST")
        f.status = ScaleFrame::Status::Stable;
    else if (status == "US")
        f.status = ScaleFrame::Status::Unstable;
    else if (status == "OL")
        f.status = ScaleFrame::Status::Overload;
    else
        return failure(QStringLiteral("unknown status field"));

    if (fields.size() == 3) {
        const QByteArrayView mode = fields[1];
        if (mode == "GS")
            f.mode = ScaleFrame::Mode::Gross;
        else if (mode == "NT")
            f.mode = ScaleFrame::Mode::Net;
        else if (mode == "TR")
            f.mode = ScaleFrame::Mode::Tare;
        else
            return failure(QStringLiteral("unknown mode field"));
    }

    QByteArrayView w = fields.back();
    bool negative = false;
    if (!w.isEmpty() && (w.front() == '+' || w.front() == '-')) {
        negative = w.front() == '-';
        w = trimmed(w.sliced(1));
    }
    // Unit: trailing letters.
    qsizetype unitStart = w.size();
    while (unitStart > 0 && ((w[unitStart - 1] >= 'a' && w[unitStart - 1] <= 'z')
                             || (w[unitStart - 1] >= 'A' && w[unitStart - 1] <= 'Z')))
        --unitStart;
    const QByteArray unit = w.sliced(unitStart).toByteArray().toLower();
    const QByteArrayView number = trimmed(w.first(unitStart));
    qint64 perUnit = 0;
    int maxDecimals = 0;
    if (unit == "kg") {
        perUnit = 1000000;
        maxDecimals = 6;
    } else if (unit == "g") {
        perUnit = 1000;
        maxDecimals = 3;
    } else {
        return failure(QStringLiteral("unsupported unit"));
    }

    if (f.status == ScaleFrame::Status::Overload) {
        // The number may be dashes; the sign tells over- from underload.
        if (negative)
            f.status = ScaleFrame::Status::Underload;
        f.ok = true;
        return f;
    }

    if (number.isEmpty() || number.size() > 12)
        return failure(QStringLiteral("weight missing or too long"));
    qint64 whole = 0;
    qint64 fraction = 0;
    int decimals = 0;
    bool seenPoint = false;
    int digits = 0;
    for (const char c : number) {
        if (c == '.' && !seenPoint) {
            seenPoint = true;
            continue;
        }
        if (c == ' ' && !seenPoint && digits == 0)
            continue; // "+  0.355": padding
        if (!isDigit(c))
            return failure(QStringLiteral("non-digit in weight"));
        ++digits;
        if (seenPoint) {
            if (++decimals > maxDecimals)
                return failure(QStringLiteral("more decimals than the unit allows"));
            fraction = fraction * 10 + (c - '0');
        } else {
            whole = whole * 10 + (c - '0');
        }
    }
    if (digits == 0)
        return failure(QStringLiteral("weight without digits"));
    qint64 scale = perUnit;
    for (int i = 0; i < decimals; ++i)
        scale /= 10;
    f.milligrams = whole * perUnit + fraction * scale;
    if (negative)
        f.milligrams = -f.milligrams;
    f.ok = true;
    return f;
}

} // namespace qtill::hal
