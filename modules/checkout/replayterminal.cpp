#include "replayterminal.h"

#include <QMetaObject>

#include <algorithm>

namespace qtill::checkout {

using hal::PaymentKind;
using hal::PaymentOutcome;

ReplayTerminal::ReplayTerminal(QObject *parent)
    : hal::PaymentTerminal(hal::DeviceInfo{QStringLiteral("replay-terminal"), hal::DeviceCategory::PaymentTerminal,
                                           QStringLiteral("Replay terminal"), QStringLiteral("replay"), {}},
                           parent)
{
}

bool ReplayTerminal::supports(hal::PaymentMethod) const
{
    return true;
}

hal::Outcome ReplayTerminal::start(const hal::PaymentRequest &request)
{
    if (!isEnabled())
        return hal::Outcome::failure(hal::ErrorKind::Offline, tr("The payment terminal is not ready."));
    const hal::PaymentResult result = answer(request);
    // Answered on the next turn of the event loop, as a real terminal answers after start() returned.
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT paymentFinished(result); }, Qt::QueuedConnection);
    return hal::Outcome::success();
}

void ReplayTerminal::cancel(const QString &)
{
    // Answers are decided when the request starts: there is nothing running to cancel.
}

hal::PaymentResult ReplayTerminal::answer(const hal::PaymentRequest &request)
{
    if (request.kind == PaymentKind::Authorize)
        return authorize(request);
    if (request.kind == PaymentKind::Refund)
        return refund(request);
    hal::PaymentResult r;
    r.requestId = request.requestId;
    r.kind = request.kind;
    auto it = m_orders.find(request.requestId);
    if (request.kind == PaymentKind::Query) {
        if (it == m_orders.end() || !it->reached)
            r.outcome = PaymentOutcome::NotFound;
        else
            r.outcome = it->paid ? PaymentOutcome::Approved : PaymentOutcome::Declined;
        if (it != m_orders.end() && it->paid) {
            r.approvedFen = it->amountFen;
            r.transactionId = it->transactionId;
        }
        return r;
    }
    // Reverse (and Void or Refund of an approved one): whatever was taken goes back, once.
    r.outcome = PaymentOutcome::Approved;
    if (it != m_orders.end() && it->paid) {
        r.approvedFen = it->amountFen;
        it->paid = false;
    }
    return r;
}

hal::PaymentResult ReplayTerminal::refund(const hal::PaymentRequest &request)
{
    if (const auto stored = m_refunds.constFind(request.requestId); stored != m_refunds.cend())
        return *stored; // asked again after a lost answer: what became of it, never given back twice
    hal::PaymentResult r;
    r.requestId = request.requestId;
    r.kind = request.kind;
    const ReplayOutcome outcome = m_expected.isEmpty() ? ReplayOutcome::Approve : m_expected.takeFirst();
    if (outcome == ReplayOutcome::Timeout) {
        r.outcome = PaymentOutcome::TimedOut; // never reached the provider: sending it again is safe
        return r;
    }
    if (outcome == ReplayOutcome::Decline || outcome == ReplayOutcome::Cancel) {
        r.outcome = PaymentOutcome::Declined;
        r.message = tr("Refund declined (replayed)");
    } else {
        // A payment replayed in an earlier run is not in this run's books: the provider's would have it.
        r.outcome = PaymentOutcome::Approved;
        r.approvedFen = request.amountFen;
        r.transactionId = QStringLiteral("RP%1").arg(m_nextTransaction++, 10, 10, QLatin1Char('0'));
        r.approvalCode = r.transactionId.right(6);
    }
    m_refunds.insert(request.requestId, r);
    if (outcome == ReplayOutcome::ReplyLost) {
        hal::PaymentResult lost = r;
        lost.outcome = PaymentOutcome::Failed;
        lost.message = tr("No answer (replayed)");
        return lost;
    }
    return r;
}

hal::PaymentResult ReplayTerminal::authorize(const hal::PaymentRequest &request)
{
    hal::PaymentResult r;
    r.requestId = request.requestId;
    r.kind = request.kind;
    const ReplayOutcome outcome = m_expected.isEmpty() ? ReplayOutcome::Approve : m_expected.takeFirst();
    Order order;
    order.amountFen = request.amountFen;
    order.transactionId = QStringLiteral("RP%1").arg(m_nextTransaction++, 10, 10, QLatin1Char('0'));
    order.paid = outcome == ReplayOutcome::Approve || outcome == ReplayOutcome::ReplyLost;
    order.reached = outcome != ReplayOutcome::Timeout;
    m_orders.insert(request.requestId, order);
    switch (outcome) {
    case ReplayOutcome::Approve:
        r.outcome = PaymentOutcome::Approved;
        r.approvedFen = request.amountFen;
        r.transactionId = order.transactionId;
        if (request.method == hal::PaymentMethod::Card) {
            r.cardBrand = QStringLiteral("UnionPay");
            r.maskedNumber = QStringLiteral("6222 **** **** 0000");
        }
        break;
    case ReplayOutcome::Decline:
        r.outcome = PaymentOutcome::Declined;
        r.message = tr("Declined (replayed)");
        break;
    case ReplayOutcome::Cancel:
        r.outcome = PaymentOutcome::Cancelled;
        r.message = tr("Cancelled by the customer (replayed)");
        break;
    case ReplayOutcome::ReplyLost: r.outcome = PaymentOutcome::Failed; break;
    case ReplayOutcome::Timeout: r.outcome = PaymentOutcome::TimedOut; break;
    }
    return r;
}

} // namespace qtill::checkout
