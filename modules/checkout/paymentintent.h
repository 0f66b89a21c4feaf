#pragma once

#include "sale.h"

#include "core/money.h"

#include <QDateTime>
#include <QString>

namespace qtill::checkout {

/// Where a payment through the terminal stands. Stable keys stored in payment_intents.state.
namespace IntentState {
inline const QString kStarted = QStringLiteral("started");     ///< committed; the terminal was (maybe) asked
inline const QString kPending = QStringLiteral("pending");     ///< the customer is confirming: query later
inline const QString kUnknown = QStringLiteral("unknown");     ///< no answer, or the reply was lost: query
inline const QString kApproved = QStringLiteral("approved");   ///< paid — the sale may book this tender
inline const QString kDeclined = QStringLiteral("declined");   ///< not paid (a failed transaction)
inline const QString kReversing = QStringLiteral("reversing"); ///< being undone: reverse until it answers
inline const QString kReversed = QStringLiteral("reversed");   ///< undone: nothing stays taken
inline const QString kBooked = QStringLiteral("booked");       ///< refund intents: approved and booked with the refund
} // namespace IntentState

/// One payment through the terminal, written BEFORE the terminal is asked, so a crash, a lost reply or
/// a dead network can never leave a payment nobody knows about. Its uuid is the terminal's requestId and
/// the tender's uuid in the sale: a retry sends the same id and is never charged twice.
struct PaymentIntent
{
    QString uuid;
    QString saleUuid;
    QString registerId;
    QString method;          ///< a TenderType key: card, qr, face
    Money amount;            ///< asked for
    Money approved;          ///< taken (a partial approval takes less); zero until approved
    QString state;           ///< an IntentState key
    QString authCode;        ///< QR: the customer's payment code as scanned (one-time, needed to retry)
    QString reference;       ///< the provider's transaction id
    QString approvalCode;    ///< the provider's approval code (printed on the receipt)
    QString maskedCard;
    QString wallet;          ///< "WeChat Pay", "Alipay", "UnionPay", the card brand
    QString message;         ///< the last answer, for the cashier
    int attempts = 0;        ///< requests sent to the terminal for it
    QDateTime createdAt;
    QDateTime updatedAt;

    /// Approved, declined or reversed: nothing more will happen to it.
    bool isDecided() const
    {
        return state == IntentState::kApproved || state == IntentState::kDeclined || state == IntentState::kReversed;
    }
    /// The sale's tender for an approved intent.
    Tender toTender() const
    {
        Tender t;
        t.uuid = uuid;
        t.type = method;
        t.amount = approved;
        t.tendered = approved;
        t.reference = reference;
        t.approvalCode = approvalCode;
        t.maskedCard = maskedCard;
        t.wallet = wallet;
        return t;
    }
};

/// One part of a refund going back through the terminal (PaymentKind::Refund), written BEFORE the
/// terminal is asked, with the refund's request (RefundService). Its uuid is the terminal's requestId:
/// an unknown outcome is sent again with the same id and never gives back twice. States: started,
/// unknown (sent again), approved (the money went back), declined, booked (the refund booked it).
struct RefundIntent
{
    QString uuid;
    QString refundUuid;
    QString saleTenderUuid;  ///< the sale's payment it goes back to
    QString registerId;
    QString method;          ///< a TenderType key: card, qr, face
    Money amount;
    QString originalReference; ///< the sale payment's transaction id at the provider
    QString state;           ///< an IntentState key
    QString reference;       ///< the refund's transaction id, once approved
    QString approvalCode;
    QString maskedCard;
    QString wallet;
    QString message;         ///< the last answer, for the cashier
    int attempts = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    /// Sent, and no definite answer yet.
    bool inFlight() const { return state == IntentState::kStarted || state == IntentState::kUnknown; }
};

} // namespace qtill::checkout
