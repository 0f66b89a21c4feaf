#pragma once

#include "core/ids.h"
#include "core/money.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::checkout {

/// What moved cash in or out of the drawer other than a sale. Stable keys stored in cash_movements.kind
/// (they are also the journal record's kind).
namespace CashKind {
inline const QString kShiftOpen = QStringLiteral("shift_open"); ///< the opening float counted into the drawer
inline const QString kPaidIn = QStringLiteral("paid_in");       ///< change brought from the safe, …
inline const QString kPaidOut = QStringLiteral("paid_out");     ///< a delivery paid from the drawer, …
inline const QString kNoSale = QStringLiteral("no_sale");       ///< the drawer opened without a sale (amount 0)
} // namespace CashKind

/// What the till asks CashService::record to book.
struct CashRequest
{
    QString uuid;            ///< client-made; a retry sends the same
    QString kind;            ///< a CashKind key
    Money amount;            ///< ≥ 0 (a float, paid in or out); zero for a no-sale
    QString reason;          ///< required for paid in/out and no-sale
};

/// A booked cash movement.
struct CashMovement
{
    QString uuid;
    QString kind;
    QString registerId;
    QDate businessDate;
    QDateTime at;
    Money amount;
    OperatorId operatorId;   ///< the cashier at the register
    OperatorId approverId;   ///< the supervisor who authorised it, if any
    QString reason;
    qint64 journalSeq = 0;
    bool alreadyBooked = false;
};

/// Cash management (issue 10 item 8): opening floats, paid-in, paid-out and no-sale drawer openings, each
/// one transaction with its journal record (amount 0 on the grand total — no sale moved) and, for
/// paid-in/out and no-sale, an audit row with the approving supervisor. Settlement adds them up.
/// Permissions: an opening float needs CheckoutPermissions::kSell; the others kCashMovement (a
/// supervisor, or a cashier on a supervisor's override). Idempotent by uuid.
/// Built only by CheckoutServices. Threading: that of the Services.
class CashService
{
public:
    ~CashService();
    CashService(const CashService &) = delete;
    CashService &operator=(const CashService &) = delete;

    Result<CashMovement> record(const Session &session, const CashRequest &request);
    /// Every movement of a register's business day, oldest first.
    Result<QList<CashMovement>> ofDay(const QString &registerId, const QDate &businessDate) const;
    /// The operator's last opening float at this register today, if any.
    Result<std::optional<CashMovement>> openFloat(OperatorId operatorId) const;

private:
    friend class CheckoutServices;
    explicit CashService(Services &core);

    Status check(const Session &session, const CashRequest &request) const;
    Result<QList<CashMovement>> query(const QString &where, const QVariantList &values) const;

    Services &m_core;
};

} // namespace qtill::checkout
