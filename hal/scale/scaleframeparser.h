#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace qtill::hal {

/// One line of a scale's continuous output.
struct ScaleFrame
{
    enum class Status { Stable, Unstable, Overload, Underload };
    enum class Mode { Gross, Net, Tare };

    bool ok = false;
    QString error;       ///< technical, when !ok (never shown to a cashier as is)
    Status status = Status::Unstable;
    Mode mode = Mode::Gross;
    qint64 milligrams = 0; ///< signed weight, exact
};

/// Parser for the continuous ASCII output that A&D-style indicators and many Chinese retail
/// platform scales send several times a second over RS-232 / USB-serial:
///
///     <status>,<mode>,<sign><weight><unit> CR LF      e.g.  "ST,GS,+  0.355kg"
///     <status>,<sign><weight><unit> CR LF             e.g.  "ST,+00123.45  g"   (no mode field)
///
/// status: ST stable, US unstable, OL out of range (overload; with a '-' weight: underload);
/// mode: GS gross, NT net, TR tare (gross when absent); weight: digits with an optional decimal
/// point, spaces allowed after the sign and before the unit; unit: "kg" or "g" (case-insensitive).
/// An overloaded indicator may send dashes or 9s instead of digits ("OL,GS,+ --.---kg").
/// Weights are converted to exact integer milligrams; no floating point anywhere.
/// Any line ending (CR, LF, CR LF) ends a frame; lines longer than 64 bytes are rejected.
class ScaleFrameParser
{
public:
    static constexpr qsizetype kMaxLine = 64;

    /// Feeds bytes in any chunking; returns one frame (ok or error) per complete non-empty line.
    QList<ScaleFrame> feed(QByteArrayView bytes);
    static ScaleFrame parseLine(QByteArrayView line);
    void reset();

private:
    QByteArray m_line;
    bool m_overflow = false;
};

} // namespace qtill::hal
