#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

namespace qtill::test {

/// For the lifetime of this object the process runs in time zone `ianaId` (TZ, tzset): local QDateTimes,
/// QTimeZone::systemTimeZone() and StoreProfile's default zone follow it, as on a lane set to that zone.
/// The previous TZ comes back afterwards. Not for tests that run threads meanwhile.
class LocalTimeZone
{
public:
    explicit LocalTimeZone(const char *ianaId) : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", ianaId);
        tzset();
    }
    ~LocalTimeZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    LocalTimeZone(const LocalTimeZone &) = delete;
    LocalTimeZone &operator=(const LocalTimeZone &) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace qtill::test
