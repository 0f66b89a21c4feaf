#pragma once

#include "cart.h"

#include "inventory/inventoryids.h"

#include "core/documentnumbers.h"
#include "core/ids.h"
#include "core/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qtill::checkout {

/// How the customer paid. Stable keys stored in sale_tenders.type.
namespace TenderType {
inline const QString kCash = QStringLiteral("cash");
inline const QString kCard = QStringLiteral("card");           ///< bank card through the payment terminal
inline const QString kQr = QStringLiteral("qr");               ///< WeChat Pay / Alipay / UnionPay QR
inline const QString kFace = QStringLiteral("face");           ///< face pay through the terminal
inline const QString kStoredValue = QStringLiteral("stored_value"); ///< a member's balance (members module)
inline const QString kPoints = QStringLiteral("points");       ///< redeemed points (members module)
inline const QString kCoupon = QStringLiteral("coupon");       ///< a coupon worth money (members module)
/// Translated, for screens and receipts: "Cash", "Bank card", …; the key itself when unknown.
QString displayName(const QString &type);
} // namespace TenderType

/// The receipt numbers: "R01-00000042", one gapless sequence per register.
inline const DocumentKind kReceipts{QStringLiteral("receipt"), QString()};

/// Cash rounding (抹零): the cash part of a payment rounded to a coarser step, as its own line.
enum class CashRounding {
    None,         ///< to the fen
    DropFen,      ///< down to ¥0.1 (drop the fen: ¥12.34 → ¥12.30)
    DropJiao,     ///< down to ¥1 (¥12.34 → ¥12.00)
    NearestJiao,  ///< half-up to ¥0.1 (¥12.35 → ¥12.40, ¥12.34 → ¥12.30)
};
/// The signed adjustment that rounds `due` (≥ 0) by `mode`: zero, or what is added (negative: taken off).
Result<Money> cashRoundingOf(const Money &due, CashRounding mode);

/// One payment of a sale, as the till took it.
struct Tender
{
    QString uuid;            ///< client-made; the payment intent's id for a terminal payment
    QString type;            ///< a TenderType key
    Money amount;            ///< what it pays of the sale (cash: what stays in the drawer)
    Money tendered;          ///< cash: what the customer handed over (≥ amount); others: = amount
    QString reference;       ///< the provider's transaction id (card, QR, face)
    QString approvalCode;
    QString maskedCard;      ///< "6222 **** **** 1234", never more
    QString wallet;          ///< "WeChat Pay", "Alipay", "UnionPay", card brand …
};

/// What the till asks SaleService::commit to book.
struct SaleRequest
{
    QString uuid;            ///< client-made when the sale started; a retry sends the same
    Cart cart{Currency::fromCode(QString())}; ///< in the store's currency (an unset cart is refused)
    QList<Tender> tenders;
    CashRounding rounding = CashRounding::None; ///< applied when cash pays the rest
    /// Queue the receipt (PrintQueue::enqueueSale) in the sale's own transaction: the till sets it, a
    /// replayed or command-line sale does not. A retry of a booked uuid queues nothing again.
    bool printReceipt = false;
};

/// A booked sale.
struct CommittedSale
{
    qint64 id = 0;
    QString uuid;
    QString registerId;
    QString receiptNumber;   ///< "R01-00000042"
    QDate businessDate;
    QDateTime at;
    OperatorId operatorId;
    Money gross;
    Money discount;          ///< line discounts, promotions and coupons, and the order discount together
    Money rounding;          ///< cash rounding (negative: taken off)
    Money total;             ///< what the customer paid for the goods: cart total + rounding
    Money tax;
    Money tendered;          ///< Σ tendered
    Money change;
    qint64 journalSeq = 0;
    /// True when this uuid was booked before: nothing was written this time.
    bool alreadyCommitted = false;
};

/// One booked line of a sale, as the tables keep it.
struct SoldLine
{
    int lineNo = 0;
    QString lineUuid;
    inventory::ProductId product;
    QString sku;
    QString name;
    QString code;
    Quantity quantity;
    Money listPrice;
    Money unitPrice;
    Money amount;
    Money lineDiscount;
    Money promotionDiscount; ///< its share of the promotions and coupons
    Money orderDiscountShare;
    Money net;               ///< what the customer paid for the line
    QString discountReason;
    QString priceReason;
    OperatorId approvedBy;
    QString taxClass;
    int taxRateBasisPoints = 0;
    Money tax;
    QString serialNumber;
};

/// A promotion or coupon a booked sale took, with why (sale_discounts).
struct SaleDiscount
{
    QString source;          ///< "promotion" or "coupon"
    QString ruleId;          ///< the promotion's id or the coupon's code
    QString name;
    Money amount;
    QString explanation;
};

/// A booked sale with its lines and tenders: what a receipt, a reprint or a refund starts from.
struct SaleDetail
{
    CommittedSale sale;
    Money orderDiscount;
    QString orderDiscountReason;
    QList<SoldLine> lines;
    QList<Tender> tenders;
    QList<SaleDiscount> discounts; ///< the promotions and coupons, in the order applied
};

/// Which sales SaleService::list gives, newest first.
struct SaleQuery
{
    QDate from;              ///< business dates from … to (inclusive); invalid: no bound
    QDate to;
    QString registerId;      ///< empty: every register
    int limit = 100;
};

} // namespace qtill::checkout
