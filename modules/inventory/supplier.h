#pragma once

#include "inventoryids.h"

#include "core/ids.h"
#include "core/money.h"
#include "core/quantity.h"

#include <QString>

namespace qtill::inventory {

struct SupplierTag;
using SupplierId = Id<SupplierTag>;

/// A company the shop buys from.
struct Supplier
{
    SupplierId id;
    QString code;               ///< stable, short, unique: "S001"
    QString name;               ///< "上海康师傅饮品有限公司"
    QString contact;            ///< the person to call
    QString phone;
    int leadTimeDays = 0;       ///< days from order to delivery, for reorder suggestions
    bool active = true;         ///< inactive suppliers keep their history but get no new orders
    // Since purchasing v2 (all optional, "" when not known):
    QString address {};         ///< "上海市闵行区莘庄工业区春东路 88 号"
    QString paymentTerms {};    ///< free text, e.g. "月结 30 天", "货到付款" (cash on delivery)
    QString taxId {};           ///< 统一社会信用代码 / tax number: 15–20 letters and digits
    QString bankName {};        ///< "中国工商银行上海莘庄支行"
    QString bankAccount {};     ///< account number: digits (spaces and dashes allowed), 8–34 of them
    QString note {};            ///< free text for the buyer
};

/// What one supplier calls one of our products and what it last cost from them.
struct SupplierItem
{
    SupplierId supplier;
    ProductId product;
    QString supplierCode;       ///< the supplier's own item code (on their delivery note)
    Money lastCost;             ///< per selling unit (per piece / per kg), tax-inclusive
    Quantity packSize = Quantity::units(1);   ///< units per order pack (a case of 24 = 24000)
    bool preferred = false;     ///< the supplier reorder suggestions use for this product
};

} // namespace qtill::inventory
