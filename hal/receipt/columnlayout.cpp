#include "hal/receipt/columnlayout.h"

#include <algorithm>
#include <array>
#include <utility>

namespace qtill::hal {

namespace {

/// East Asian Width W and F ranges (Unicode 15, merged; emoji blocks approximated as wide).
constexpr std::array<std::pair<char32_t, char32_t>, 50> kWideRanges{{
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
    {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},
    {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xA960, 0xA97F},
    {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},   {0x16FE0, 0x1B2FF}, {0x1F300, 0x1F64F}, {0x1F680, 0x1FAFF}, {0x20000, 0x3FFFD},
}};

bool isCombining(char32_t c)
{
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
           || (c >= 0x200B && c <= 0x200F) || c == 0xFE0F || c == 0xFE0E;
}

/// A code point with the combining marks that follow it.
struct Unit
{
    QString text;
    char32_t base = 0;
};

QList<Unit> units(QStringView text)
{
    QList<Unit> result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            length = 2;
        }
        const QStringView piece = text.mid(i, length);
        if (isCombining(c) && !result.isEmpty()) {
            result.last().text += piece;
        } else {
            result.append(Unit{piece.toString(), c});
        }
        i += length - 1;
    }
    return result;
}

} // namespace

ColumnLayout::ColumnLayout(TextEncoding encoding)
    : m_encoding(encoding)
{
}

bool ColumnLayout::isWide(char32_t c)
{
    const auto it = std::lower_bound(kWideRanges.begin(), kWideRanges.end(), c,
                                     [](const auto &range, char32_t value) { return range.second < value; });
    return it != kWideRanges.end() && c >= it->first;
}

int ColumnLayout::charWidth(char32_t c) const
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
        return 0;
    }
    if (c < 0x7F) {
        return 1;
    }
    if (isCombining(c)) {
        return 0;
    }
    if (m_encoding == TextEncoding::Gb18030) {
        return 2;
    }
    return isWide(c) ? 2 : 1;
}

int ColumnLayout::width(QStringView text) const
{
    int total = 0;
    for (const Unit &unit : units(text)) {
        total += charWidth(unit.base);
    }
    return total;
}

QString ColumnLayout::sanitize(QStringView text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\t') {
            clean += QLatin1Char(' ');
        } else if (u >= 0x20 && !(u >= 0x7F && u < 0xA0)) {
            clean += c;
        }
    }
    return clean;
}

QStringList ColumnLayout::wrap(QStringView text, int columns) const
{
    columns = std::max(columns, 1);
    QStringList lines;
    for (QStringView paragraph : text.split(u'\n')) {
        const QString clean = sanitize(paragraph);
        // Tokens: runs of spaces, runs of narrow non-space characters (words), single wide characters.
        enum class Kind { Space, Word, Wide };
        QList<std::pair<Kind, QList<Unit>>> tokens;
        for (const Unit &unit : units(clean)) {
            const Kind kind = unit.base == U' ' ? Kind::Space : charWidth(unit.base) == 2 ? Kind::Wide : Kind::Word;
            if (!tokens.isEmpty() && tokens.last().first == kind && kind != Kind::Wide) {
                tokens.last().second.append(unit);
            } else {
                tokens.append({kind, {unit}});
            }
        }

        const qsizetype firstLine = lines.size();
        QString line;
        int lineWidth = 0;
        QString pendingSpace;
        const auto flush = [&] {
            lines.append(line);
            line.clear();
            lineWidth = 0;
            pendingSpace.clear();
        };
        for (const auto &[kind, pieces] : tokens) {
            QString token;
            int tokenWidth = 0;
            for (const Unit &unit : pieces) {
                token += unit.text;
                tokenWidth += charWidth(unit.base);
            }
            if (kind == Kind::Space) {
                // Spaces separate words; they vanish at a break but indent a paragraph's first line.
                if (lineWidth > 0 || lines.size() == firstLine) {
                    pendingSpace = token;
                }
                continue;
            }
            const int spaceWidth = int(pendingSpace.size());
            if (lineWidth + spaceWidth + tokenWidth <= columns) {
                line += pendingSpace + token;
                lineWidth += spaceWidth + tokenWidth;
                pendingSpace.clear();
                continue;
            }
            if (lineWidth > 0) {
                flush();
            }
            pendingSpace.clear();
            // A word longer than a line is split at the line width.
            for (const Unit &unit : pieces) {
                const int w = charWidth(unit.base);
                if (lineWidth > 0 && lineWidth + w > columns) {
                    flush();
                }
                line += unit.text;
                lineWidth += w;
            }
        }
        if (lineWidth > 0 || lines.size() == firstLine) {
            lines.append(line);
        }
    }
    if (lines.isEmpty()) {
        lines.append(QString());
    }
    return lines;
}

QString ColumnLayout::fit(QStringView text, int columns, Align align) const
{
    QString fitted;
    int used = 0;
    for (const Unit &unit : units(sanitize(text))) {
        const int w = charWidth(unit.base);
        if (used + w > columns) {
            break;
        }
        fitted += unit.text;
        used += w;
    }
    const int space = columns - used;
    int before = 0;
    if (align == Align::Right) {
        before = space;
    } else if (align == Align::Center) {
        before = space / 2;
    }
    return QString(before, QLatin1Char(' ')) + fitted + QString(space - before, QLatin1Char(' '));
}

QStringList ColumnLayout::layout(const ColumnsLine &row, int lineColumns) const
{
    const auto count = row.columns.size();
    if (count == 0) {
        return {QString()};
    }
    const int usable = std::max(int(lineColumns - (count - 1)), int(count));
    QList<int> widths;
    int fixed = 0;
    qsizetype flexible = -1;
    for (qsizetype i = 0; i < count; ++i) {
        const Column &column = row.columns[i];
        int w = column.width;
        if (w == 0 && flexible < 0) {
            flexible = i;
        } else if (w <= 0) {
            // As wide as its text, leaving a third of the line to the others.
            w = std::clamp(width(column.text), 1, std::max(usable - usable / 3, 1));
        }
        widths.append(std::max(w, 0));
        fixed += std::max(w, 0);
    }
    const qsizetype absorbing = flexible >= 0 ? flexible : count - 1;
    widths[absorbing] = std::max(widths[absorbing] + usable - fixed, 1);

    QList<QStringList> cells;
    qsizetype rows = 0;
    for (qsizetype i = 0; i < count; ++i) {
        cells.append(wrap(row.columns[i].text, widths[i]));
        rows = std::max(rows, cells.last().size());
    }
    QStringList lines;
    for (qsizetype r = 0; r < rows; ++r) {
        QString line;
        for (qsizetype i = 0; i < count; ++i) {
            if (i > 0) {
                line += QLatin1Char(' ');
            }
            line += fit(cells[i].value(r), widths[i], row.columns[i].align);
        }
        while (line.endsWith(QLatin1Char(' '))) {
            line.chop(1);
        }
        lines.append(line);
    }
    return lines;
}

int ColumnLayout::columnsFor(const PaperProfile &profile, const TextStyle &style)
{
    return style.doubleWidth ? profile.columns / 2 : profile.columns;
}

} // namespace qtill::hal
