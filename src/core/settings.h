#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

#include <utility>

namespace qtill {

/// Where typed settings keep their values. Injectable: the store's settings table in the app,
/// a MemorySettings in tests — tests never touch the user's files.
class SettingsStorage
{
public:
    virtual ~SettingsStorage() = default;
    /// The stored value, or an invalid QVariant when the key was never set.
    virtual QVariant read(const QString &key) const = 0;
    /// Stores a value; false when it could not be written.
    virtual bool write(const QString &key, const QVariant &value) = 0;
    virtual bool remove(const QString &key) = 0;
};

class MemorySettings final : public SettingsStorage
{
public:
    QVariant read(const QString &key) const override { return m_values.value(key); }
    bool write(const QString &key, const QVariant &value) override
    {
        m_values.insert(key, value);
        return true;
    }
    bool remove(const QString &key) override
    {
        m_values.remove(key);
        return true;
    }

private:
    QHash<QString, QVariant> m_values;
};

/// A typed setting, declared next to the code that uses it, with its key and default in one place:
///
///     static const Setting<int> kIdleLockMinutes{"security/idleLockMinutes", 5};
///     int m = kIdleLockMinutes.get(settings);
template<typename T>
class Setting
{
public:
    Setting(const char *key, T defaultValue) : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue)) {}

    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

    T get(const SettingsStorage &storage) const
    {
        const QVariant v = storage.read(m_key);
        if (!v.isValid() || !v.canConvert<T>())
            return m_default;
        return v.value<T>();
    }
    bool set(SettingsStorage &storage, const T &value) const { return storage.write(m_key, QVariant::fromValue(value)); }
    bool reset(SettingsStorage &storage) const { return storage.remove(m_key); }

private:
    QString m_key;
    T m_default;
};

} // namespace qtill
