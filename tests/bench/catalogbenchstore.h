#pragma once

#include "inventory/inventorymodule.h"

#include "core/clock.h"
#include "core/services.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace qtill::bench {

/// A store with `count` generated supermarket products (Chinese names from brand × item × size,
/// EAN-13 barcodes "69…", pinyin and search keys), built once and kept at `path` so later runs reuse
/// it. Generation runs in one transaction with prepared statements.
class CatalogBenchStore
{
public:
    /// Opens `path`, generating the products first when it holds fewer than `count`.
    static std::unique_ptr<CatalogBenchStore> open(const QString &path, int count);

    Services &services() { return *m_services; }
    const QString &path() const { return m_path; }
    int count() const { return m_count; }
    double generationSeconds() const { return m_generationSeconds; }

    /// The barcode of generated product `i` (0-based).
    static QString barcode(int i);

private:
    CatalogBenchStore() = default;
    bool generate(int count);

    ManualClock m_clock;
    inventory::InventoryModule m_module;
    std::unique_ptr<Services> m_services;
    QString m_path;
    int m_count = 0;
    double m_generationSeconds = 0;
};

} // namespace qtill::bench
