#pragma once

#include "migration.h"
#include "settings.h"

namespace qtill {

class Store;

/// Store-wide settings kept in the database's settings table (store profile, currency, business day,
/// security). Values are kept as text; Setting<T> converts them.
class StoreSettings final : public SettingsStorage
{
public:
    explicit StoreSettings(Store &store) : m_store(store) {}

    QVariant read(const QString &key) const override;
    bool write(const QString &key, const QVariant &value) override;
    bool remove(const QString &key) override;

    /// The "core" schema: schema bookkeeping and the settings table.
    static Schema schema();

private:
    Store &m_store;
};

} // namespace qtill
