#pragma once

#include "inventory/inventorymodule.h"

#include "core/clock.h"
#include "core/services.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace qtill::bench {

/// One generated supermarket product: the same on every engine's bench store.
struct GeneratedProduct
{
    qint64 id = 0;                       ///< i + 1
    QString sku;                         ///< "10000000" + i
    QString name;                        ///< brand × item × size × serial: "康师傅红烧牛肉面 330ml #5"
    QString nameEn;                      ///< every fourth product (imported goods): "Beef Noodles"
    qint64 priceFen = 0;
    std::optional<qint64> memberPriceFen; ///< every fifth product
    qint64 costFen = 0;
    QString barcode;                     ///< EAN-13 "69…", see CatalogBenchStore::barcode()
};

/// A store with `count` generated supermarket products (Chinese names from brand × item × size,
/// English names for a quarter of them, EAN-13 barcodes "69…", pinyin and search keys), built once and
/// kept at `path` so later runs reuse it. Generation runs in one transaction with prepared statements.
class CatalogBenchStore
{
public:
    /// Changes whenever product() does: a PostgreSQL bench database is named after it.
    static constexpr int kGeneratorVersion = 2;
    /// Generated product `i` (0-based).
    static GeneratedProduct product(int i);

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
