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
