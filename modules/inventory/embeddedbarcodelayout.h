#pragma once

#include "core/currency.h"
#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace qtill {
class AuditLog;
class PermissionService;
class Services;
class Store;
struct Session;
} // namespace qtill

namespace qtill::inventory {

/// What the value field of a scale label holds.
enum class EmbeddedValue {
    Price,      ///< the line amount in fen (the scale weighed and priced it)
    Weight,     ///< the net weight in grams (= Quantity milli-units of a product sold per kg)
};

/// How one GS1 restricted prefix (20–29) is laid out on this store's labels, as the scales print them.
/// Positions count from 0 over the 13 digits; the last digit is the EAN-13 check digit.
/// The common Chinese scale format "FF IIIII VVVVV C" is prefix 2 digits, item (PLU) at 2 length 5,
/// value at 7 length 5.
struct EmbeddedBarcodeLayout
{
    QString prefix;                 ///< two digits "20" … "29"
    EmbeddedValue value = EmbeddedValue::Price;
    int itemStart = 2;
    int itemLength = 5;
    int valueStart = 7;
    int valueLength = 5;
    QString description;            ///< for the settings screen: "大华秤 金额码"

    friend bool operator==(const EmbeddedBarcodeLayout &, const EmbeddedBarcodeLayout &) = default;
};

/// A scale label read through its layout.
struct EmbeddedBarcode
{
    QString code;                   ///< the 13 digits as scanned
    QString prefix;
    QString itemCode;               ///< the item field as printed, e.g. "01002"
    QString plu;                    ///< the item field without leading zeros, e.g. "1002"
    EmbeddedValue value = EmbeddedValue::Price;
    std::optional<Money> price;     ///< set for price-embedded labels
    std::optional<Quantity> weight; ///< set for weight-embedded labels (grams as milli-kg)
};

/// The per-store table of scale-label layouts (table embedded_barcode_layouts, schema "inventory" v2,
/// seeded with chineseDefaults()), and the decoder the till uses.
///
/// Editing needs inventory.edit and is audited ("barcodeLayout.save" / "barcodeLayout.remove",
/// target the prefix). Built only by InventoryServices. Threading: same as the Services it uses.
class EmbeddedBarcodeLayouts
{
public:

    /// Defaults of a Chinese supermarket whose scales (大华, 顶尖, 寺冈 in their usual setting) print
    /// "FF IIIII VVVVV C": prefixes 20–26 carry the amount in fen, 27–28 the weight in grams; 29 is
    /// left free (often coupons).
    static QList<EmbeddedBarcodeLayout> chineseDefaults();

    /// Ok, or InvalidInput saying what is wrong: prefix not 20–29, fields overlapping, outside the 12
    /// data digits, an item field shorter than 4 or longer than 6 digits, a value field shorter than 4 or
    /// longer than 6 digits.
    static Status validate(const EmbeddedBarcodeLayout &layout);

    /// Reads `code` (13 digits, valid check digit, prefix with a layout in `layouts`). NotFound when
    /// no layout has its prefix (nullopt-like: the caller then treats it as a plain code);
    /// InvalidInput for a wrong check digit. An embedded price is in `currency` (the store's).
    static Result<EmbeddedBarcode> decode(const QString &code, const QList<EmbeddedBarcodeLayout> &layouts,
                                          const Currency &currency);

    /// The store's layouts, by prefix.
    Result<QList<EmbeddedBarcodeLayout>> list() const;
    /// Adds or replaces the layout of `layout.prefix`. Needs inventory.edit.
    Status save(const Session &actor, const EmbeddedBarcodeLayout &layout);
    /// Removes the layout of a prefix (its labels then read as plain codes). Needs inventory.edit.
    Status remove(const Session &actor, const QString &prefix);

    /// Stable key of a value kind as stored: "price", "weight".
    static QString valueKey(EmbeddedValue value);

private:
    friend class InventoryServices;
    explicit EmbeddedBarcodeLayouts(Services &core);

    Store &m_store;
    AuditLog &m_audit;
    const PermissionService &m_permissions;
};

} // namespace qtill::inventory
