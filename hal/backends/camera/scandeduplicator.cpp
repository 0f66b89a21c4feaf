#include "hal/backends/camera/scandeduplicator.h"

namespace qtill::hal {

bool ScanDeduplicator::accept(const QString &code, qint64 nowMs)
{
    // Forget codes long out of view, so the table stays small.
    for (auto it = m_lastSeen.begin(); it != m_lastSeen.end();) {
        if (nowMs - it.value() > m_windowMs)
            it = m_lastSeen.erase(it);
        else
            ++it;
    }
    const auto it = m_lastSeen.find(code);
    const bool isNew = it == m_lastSeen.end();
    m_lastSeen.insert(code, nowMs);
    return isNew;
}

} // namespace qtill::hal
