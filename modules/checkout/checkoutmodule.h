#pragma once

#include "core/module.h"

namespace qtill::checkout {

/// The permissions the till enforces.
namespace CheckoutPermissions {
inline const QString kSell = QStringLiteral("checkout.sell");                   ///< ring up and take payment
inline const QString kDiscount = QStringLiteral("checkout.discount");           ///< line and order discounts
inline const QString kPriceOverride = QStringLiteral("checkout.priceOverride"); ///< sell at another price
inline const QString kVoid = QStringLiteral("checkout.void");                   ///< undo a sale of today
inline const QString kRefund = QStringLiteral("checkout.refund");               ///< take goods back
/// Give a refund back in cash although it was paid by card, QR or face.
inline const QString kRefundToCash = QStringLiteral("checkout.refund.cash");
inline const QString kCashMovement = QStringLiteral("checkout.cashMovement");   ///< paid-in, paid-out, no sale
/// Unlock a self-checkout with an attendant's number and PIN: remove a line, cancel, weighed and
/// age-restricted goods (the kiosk operator does not hold it; attendants do).
inline const QString kAttendant = QStringLiteral("checkout.attendant");
/// Replay a file of sales (SaleReplay): books operations as the operators the file names, without their PINs.
inline const QString kReplay = QStringLiteral("checkout.replay");
} // namespace CheckoutPermissions

/// Registers the till with the store: the "checkout" schema, its permissions and CheckoutServices.
/// Comes after the inventory module (a sale moves stock and sells serial numbers) and the members module
/// (the till applies its promotions, points, stored value and coupons).
class CheckoutModule final : public DomainModule
{
public:
    QString name() const override { return QStringLiteral("checkout"); }
    QList<Schema> schemas() const override { return {schema()}; }
    QList<PermissionDef> permissions() const override;
    std::unique_ptr<ModuleServices> createServices(Services &core) const override;

    /// "checkout" v1 (checkoutschema.cpp): sales, sale_lines, sale_tenders — append-only.
    static Schema schema();
};

} // namespace qtill::checkout
