#pragma once

#include <QHash>
#include <QString>

namespace qtill::hal {

/// A camera sees the same barcode in every frame while it is held up: the same code within
/// `windowMs` of its last sighting is one scan. The window slides (a code held in view for a minute
/// is still one scan); once it has been out of view for the window, showing it again is a new scan
/// (the cashier selling two of the same item). Pure: the caller passes the time.
class ScanDeduplicator
{
public:
    explicit ScanDeduplicator(int windowMs = 1500) : m_windowMs(windowMs) {}

    /// True when this sighting is a new scan.
    bool accept(const QString &code, qint64 nowMs);
    void reset() { m_lastSeen.clear(); }
    int windowMs() const { return m_windowMs; }

private:
    int m_windowMs;
    QHash<QString, qint64> m_lastSeen;
};

} // namespace qtill::hal
