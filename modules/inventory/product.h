#pragma once

#include "inventoryids.h"

#include "core/money.h"
#include "core/quantity.h"

#include <QString>

#include <optional>

namespace qtill::inventory {

struct DepartmentTag;
struct BrandTag;
using DepartmentId = Id<DepartmentTag>;
using BrandId = Id<BrandTag>;

/// A department of the store ("生鲜部", "食品部", "日化部"): sales, stock and transfers are reported by it.
struct Department
{
    DepartmentId id;
    QString code;               ///< stable, short: "FRESH"
    QString name;               ///< "生鲜部"
};

/// A brand ("可口可乐", "康师傅").
struct Brand
{
    BrandId id;
    QString name;
};

/// A shelf category ("饮料"); categories may nest through parentId.
struct Category
{
    CategoryId id;
    CategoryId parentId;        ///< invalid for a top-level category
    QString code;               ///< stable, short: "14"
    QString name;               ///< "饮料"
    QString nameEn;             ///< "Soft Drinks & Water"
};

/// Where stock is kept: the shop floor, the back room, …
struct Location
{
    LocationId id;
    QString code;               ///< stable: "FLOOR", "BACK"
    QString name;               ///< "卖场", "仓库"
};

/// Listed goods can be sold; delisted ones are kept for history and reports but not sold.
enum class ProductStatus { Listed, Delisted };

/// One article the shop sells, as the till needs it.
struct Product
{
    ProductId id;
    QString sku;                ///< the shop's own item code, unique: "140001"
    QString name;               ///< as printed on the receipt: "可乐 330ml"
    QString nameEn;
    CategoryId categoryId;
    QString unit;               ///< selling unit as shown: "瓶", "袋", "kg"
    bool soldByWeight = false;  ///< price is per kg; the quantity comes from a scale (milli = grams)
    Money price;                ///< tax-inclusive selling price per unit (per kg when sold by weight)
    std::optional<Money> memberPrice;   ///< price for members, when it has one
    Money cost;                 ///< last purchase cost per unit, for margins
    QString taxClass;           ///< code of a TaxClass ("standard", "reduced", …)
    ProductStatus status = ProductStatus::Listed;
    Quantity safetyStock;       ///< below this on hand (all locations) the product is low on stock
    // Schema "inventory" v2:
    QString pinyin;             ///< pinyin initials of the name for search ("KL330ML"); kept by ProductService
    BrandId brandId;            ///< invalid when none
    DepartmentId departmentId;  ///< invalid when none
    Quantity maxStock;          ///< reorder up to this; zero when not set
    bool serialTracked = false; ///< each unit has a serial number, taken at receipt and at sale
    QString imagePath;          ///< a picture of the article; empty when none

    bool isListed() const { return status == ProductStatus::Listed; }
};

/// What a scanned code found: the product and how many units one scan of this code means
/// (1 for the item's own barcode, 24 for the barcode on a case of 24).
struct ScanMatch
{
    Product product;
    QString code;               ///< the code as stored (an EAN-13, or a PLU for weighed goods)
    Quantity packQuantity = Quantity::units(1);
    /// Set when the code was a price-embedded scale label: the line amount printed on it.
    std::optional<Money> embeddedPrice;
    /// Set when the code was a weight-embedded scale label: the net weight (grams = milli-kg).
    std::optional<Quantity> embeddedQuantity;
};

/// What a code stored in product_barcodes is (column kind, schema "inventory" v2).
namespace BarcodeType {
inline const QString kGtin = QStringLiteral("gtin");           ///< EAN-13/EAN-8/UPC/GTIN-14 printed by the maker
inline const QString kInternal = QStringLiteral("internal");   ///< the store's own code
inline const QString kPlu = QStringLiteral("plu");             ///< price look-up number, also on scale labels
} // namespace BarcodeType

/// One code of a product as the editor shows it.
struct ProductBarcode
{
    QString code;
    QString type;                              ///< a BarcodeType key; empty: derived from the code
    Quantity packQuantity = Quantity::units(1); ///< > 1 for a case or multipack code
};

} // namespace qtill::inventory
