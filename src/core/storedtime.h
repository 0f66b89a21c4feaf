#pragma once

#include <QDateTime>
#include <QString>

namespace qtill {

/// How a moment is written to the store: a UTC instant as ISO 8601 text with milliseconds and a "Z"
/// ("2026-12-07T03:18:45.123Z"). Every lane writes the same text for the same moment whatever its time
/// zone, the text sorts as time on both engines, and a range query compares text with text.
/// An invalid time gives a null QString (stored as NULL).
QString storedTime(const QDateTime &at);

/// Reads a stored time back as an instant, given in this machine's local time (so a screen or a report
/// shows the lane's clock without converting). Text with "Z" or an offset is that instant; text without
/// an offset (written by stores before times were UTC) is read as local time. Empty or unreadable text
/// gives an invalid QDateTime.
QDateTime parseStoredTime(const QString &text);

} // namespace qtill
