#pragma once

#include "core/documentnumbers.h"

/// The inventory module's numbered documents (see qtill::DocumentNumbers). A key is never changed
/// once released: the counters of existing stores are kept under it.
namespace qtill::inventory::DocumentKinds {

inline const DocumentKind kPurchaseOrder{QStringLiteral("PO"), QStringLiteral("PO")};     ///< "PO-R01-00000042"
inline const DocumentKind kGoodsReceipt{QStringLiteral("GR"), QStringLiteral("GR")};      ///< "GR-R01-00000042"
inline const DocumentKind kSupplierReturn{QStringLiteral("RT"), QStringLiteral("RT")};    ///< "RT-R01-00000042"
inline const DocumentKind kTransfer{QStringLiteral("TR"), QStringLiteral("TR")};          ///< "TR-R01-00000042"
inline const DocumentKind kStocktake{QStringLiteral("ST"), QStringLiteral("ST")};         ///< "ST-R01-00000042"
inline const DocumentKind kSalesHistoryBatch{QStringLiteral("SH"), QStringLiteral("SH")}; ///< "SH-R01-00000042"

} // namespace qtill::inventory::DocumentKinds
