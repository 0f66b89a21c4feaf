#pragma once

#include "purchaseorder.h"

#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"
#include "core/sqlvalues.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace qtill {
class Currency;
struct DocumentKind;
class Services;
class Store;
} // namespace qtill

/// What purchase orders, receiving and supplier returns share about their documents and lines (internal
/// to the inventory library; not for screens or commands). Messages keep the context they were written
/// in, "qtill::inventory::PurchaseOrderService".
namespace qtill::inventory::purchasing {

QString tr(const char *text);

/// Bound values: an id, text for a NOT NULL column (a null QString would bind as NULL), an optional id
/// (0: NULL), a 64-bit number.
using sqlvalues::idValue;
using sqlvalues::optionalId;
using sqlvalues::text;
QVariant number64(std::int64_t v);
/// A quantity as people read it, in the current locale.
QString qtyText(Quantity q);
/// A stored ISO time; invalid for NULL.
QDateTime timeOf(const QVariant &v);

/// A new document's number from DocumentNumbers (`kind`: DocumentKinds::kGoodsReceipt, …;
/// "GR-R01-00000007") and id 0: the caller sets the id from the inserted row. Called inside the
/// transaction that inserts it, so a failed save gives the number back. Defined in
/// purchaseorderservice.cpp beside the purchase order numbers.
Result<std::pair<qint64, QString>> nextDocumentNumber(Services &services, const DocumentKind &kind);

/// What a line needs to know about its product.
struct ProductCost
{
    QString sku;
    QString name;
    Money cost;                 ///< the current (moving-average) unit cost
    bool serialTracked = false;
};

/// The product's sku, name, cost (in `currency`, the store's) and whether it is serial-tracked.
/// NotFound for an unknown product.
Result<ProductCost> productCost(const Store &store, ProductId product, const Currency &currency);
/// The supplier item's last cost in `currency` (the store's); nullopt when the supplier has no item
/// for the product.
Result<std::optional<Money>> supplierCost(const Store &store, SupplierId supplier, ProductId product,
                                          const Currency &currency);

/// Lines of the same product added up (quantities and serials; the last cost given wins), in first-seen order.
QList<ReceiptLine> merged(const QList<ReceiptLine> &lines);
/// A cost someone typed or passed in: not negative, and in the store's currency (never mixed in silently).
Status checkCost(const std::optional<Money> &cost, const Currency &currency);
/// InvalidInput for no lines, a quantity ≤ 0 or a cost checkCost refuses; an error when the quantities
/// of one product do not add up (overflow).
Status checkLines(const QList<ReceiptLine> &lines, const Currency &currency);

/// Which way goods move, for the wording of checkSerials().
enum class GoodsDirection { In, BackToSupplier };

/// The serial rule of a receipt or return line: a serial-tracked product needs one serial per unit (a
/// whole quantity, as many serials as units); any other product takes none. InvalidInput naming the
/// product and the counts otherwise. (SerialNumberService checks the serials themselves.)
Status checkSerials(const ProductCost &product, const ReceiptLine &line, GoodsDirection direction);

} // namespace qtill::inventory::purchasing
