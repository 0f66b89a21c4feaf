// SaleReplay: applying checked operations through the till's services (salereplay.cpp checks them).
#include "salereplay.h"

#include "cashservice.h"
#include "checkoutservices.h"
#include "paymentservice.h"
#include "refundservice.h"
#include "replayterminal.h"
#include "saleservice.h"
#include "voidservice.h"

#include "core/services.h"

#include <QEventLoop>
#include <QTimer>
#include <QUuid>

namespace qtill::checkout {

namespace {

/// How long a replay waits for its own simulated terminal before calling it stuck (it answers on the
/// next event-loop turn; this only guards against a payment service that never decides).
constexpr int kTerminalWaitMs = 30000;

bool allDecided(const QList<PaymentIntent> &intents)
{
    return std::all_of(intents.cbegin(), intents.cend(), [](const PaymentIntent &i) { return i.isDecided(); });
}

} // namespace

Status SaleReplay::apply(const Prepared &p, ReplaySummary &summary)
{
    switch (p.op.kind) {
    case ReplayOperation::Kind::Sale: return applySale(p, summary);
    case ReplayOperation::Kind::Void: return applyVoid(p, summary);
    case ReplayOperation::Kind::Refund: return applyRefund(p, summary);
    case ReplayOperation::Kind::PaidIn:
    case ReplayOperation::Kind::PaidOut:
    case ReplayOperation::Kind::ShiftOpen:
    case ReplayOperation::Kind::NoSale: return applyCash(p, summary);
    }
    return {};
}

Status SaleReplay::settle(const QString &saleUuid)
{
    PaymentService &payments = CheckoutServices::of(*m_replay).payments();
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&payments, &PaymentService::changed, &loop, [&](const PaymentIntent &changed) {
        if (changed.saleUuid != saleUuid || !changed.isDecided())
            return;
        auto all = payments.ofSale(saleUuid);
        if (!all || allDecided(*all))
            loop.quit();
    });
    auto before = payments.ofSale(saleUuid);
    if (!before)
        return before.error();
    if (allDecided(*before))
        return {};
    guard.start(kTerminalWaitMs);
    loop.exec();
    auto after = payments.ofSale(saleUuid);
    if (!after)
        return after.error();
    if (!allDecided(*after))
        return Error::internal(tr("The payment of sale %1 was not decided.").arg(saleUuid), QStringLiteral("replay terminal wait"));
    return {};
}

Result<BookedRefund> SaleReplay::settleRefund(const QString &refundUuid)
{
    CheckoutServices &checkout = CheckoutServices::of(*m_replay);
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto check = [&] {
        auto now = checkout.refunds().status(refundUuid);
        if (!now || !now->waiting)
            loop.quit();
    };
    // Queued: the refund books itself on the approval's own signal first.
    QObject::connect(&checkout.payments(), &PaymentService::refundChanged, &loop, check, Qt::QueuedConnection);
    guard.start(kTerminalWaitMs);
    loop.exec();
    auto after = checkout.refunds().status(refundUuid);
    if (!after)
        return after.error();
    if (after->waiting)
        return Error::internal(tr("The refund %1 was not decided.").arg(refundUuid), QStringLiteral("replay terminal wait"));
    return *after;
}

Result<std::optional<QList<Tender>>> SaleReplay::pay(const Prepared &p)
{
    PaymentService &payments = CheckoutServices::of(*m_replay).payments();
    QList<Tender> tenders;
    for (int index = 0; index < p.op.tenders.size(); ++index) {
        const ReplayTender &t = p.op.tenders.at(index);
        if (t.type == TenderType::kCash) {
            Tender cash;
            cash.uuid = QUuid::createUuidV5(QUuid(p.op.id), QStringLiteral("tender %1").arg(index)).toString(QUuid::WithoutBraces);
            cash.type = TenderType::kCash;
            cash.tendered = t.amount;
            tenders << cash;
            continue;
        }
        m_terminal->expect(t.outcome);
        auto started = payments.start(p.session, p.op.id, t.type, t.amount, t.code);
        if (!started)
            return started.error();
        if (Status settled = settle(p.op.id); !settled)
            return settled.error();
        auto done = payments.intent(started->uuid);
        if (!done)
            return done.error();
        if (done->state != IntentState::kApproved)
            return std::optional<QList<Tender>>();
        tenders << done->toTender();
    }
    return std::optional<QList<Tender>>(tenders);
}

Status SaleReplay::applySale(const Prepared &p, ReplaySummary &summary)
{
    CheckoutServices &checkout = CheckoutServices::of(*m_replay);
    auto booked = checkout.sales().byUuid(p.op.id);
    if (!booked)
        return booked.error();
    auto intents = checkout.payments().ofSale(p.op.id);
    if (!intents)
        return intents.error();
    if (*booked || !intents->isEmpty()) {
        // Booked before, or paid (or failed to pay) before: a replay never charges or books twice.
        ++summary.skipped;
        return {};
    }
    auto tenders = pay(p);
    if (!tenders)
        return tenders.error();
    if (!*tenders) {
        // A failed transaction (PaymentService journalled it); what was taken for the sale goes back.
        if (Status given = checkout.payments().abandon(p.op.id); !given)
            return given.error();
        if (Status settled = settle(p.op.id); !settled)
            return settled.error();
        ++summary.failedPayments;
        return {};
    }
    SaleRequest request;
    request.uuid = p.op.id;
    request.cart = *p.cart;
    request.tenders = **tenders;
    auto committed = checkout.sales().commit(p.session, request);
    if (!committed)
        return committed.error();
    ++(committed->alreadyCommitted ? summary.skipped : summary.sales);
    return {};
}

Result<CommittedSale> SaleReplay::bookedSale(const QString &saleUuid)
{
    auto sale = CheckoutServices::of(*m_replay).sales().byUuid(saleUuid);
    if (!sale)
        return sale.error();
    if (!*sale)
        return Error::notFound(tr("Sale %1 is not booked.").arg(saleUuid));
    return **sale;
}

Status SaleReplay::applyVoid(const Prepared &p, ReplaySummary &summary)
{
    CheckoutServices &checkout = CheckoutServices::of(*m_replay);
    auto sale = bookedSale(p.op.sale);
    if (!sale)
        return sale.error();
    auto voided = checkout.voids().isVoided(sale->receiptNumber);
    if (!voided)
        return voided.error();
    if (*voided) {
        ++summary.skipped;
        return {};
    }
    // The terminal gives card and QR payments back first: goods and money go back together.
    if (Status returned = checkout.payments().returnForVoid(p.op.sale); !returned)
        return returned.error();
    if (Status settled = settle(p.op.sale); !settled)
        return settled.error();
    auto booked = checkout.voids().voidSale(p.session, VoidRequest{p.op.id, sale->receiptNumber, p.op.reason});
    if (!booked)
        return booked.error();
    ++(booked->alreadyVoided ? summary.skipped : summary.voids);
    return {};
}

Status SaleReplay::applyRefund(const Prepared &p, ReplaySummary &summary)
{
    CheckoutServices &checkout = CheckoutServices::of(*m_replay);
    auto sale = bookedSale(p.op.sale);
    if (!sale)
        return sale.error();
    const QString receipt = sale->receiptNumber;
    auto detail = checkout.sales().detail(receipt);
    if (!detail)
        return detail.error();
    auto refunded = checkout.refunds().refundedQuantities(receipt);
    if (!refunded)
        return refunded.error();
    RefundRequest request{p.op.id, receipt, {}, p.op.reason};
    const auto left = [&](const SoldLine &line) {
        return Quantity::fromMilli(line.quantity.milli() - refunded->value(line.lineNo).milli());
    };
    if (p.op.refundLines.isEmpty()) {
        for (const SoldLine &line : std::as_const(detail->lines))
            request.lines << RefundLineRequest{line.lineNo, left(line), true};
    }
    for (const ReplayRefundLine &wanted : p.op.refundLines) {
        auto line = std::find_if(detail->lines.cbegin(), detail->lines.cend(), [&](const SoldLine &l) {
            return wanted.lineNo ? l.lineNo == wanted.lineNo : (l.code == wanted.code || l.sku == wanted.code);
        });
        if (line == detail->lines.cend())
            return Error::invalidInput(tr("Sale %1 has no line %2.").arg(receipt, wanted.lineNo ? QString::number(wanted.lineNo) : wanted.code));
        request.lines << RefundLineRequest{line->lineNo, wanted.quantity.isZero() ? left(*line) : wanted.quantity, wanted.restock};
    }
    const bool paidThroughTerminal = std::any_of(detail->tenders.cbegin(), detail->tenders.cend(), [](const Tender &t) {
        return t.type == TenderType::kCard || t.type == TenderType::kQr || t.type == TenderType::kFace;
    });
    request.toCash = p.op.refundTender == TenderType::kCash && paidThroughTerminal;
    if (paidThroughTerminal && !request.toCash)
        m_terminal->expect(p.op.refundOutcome);
    auto booked = checkout.refunds().refund(p.session, request);
    if (!booked)
        return booked.error();
    const bool throughTerminal = booked->waiting;
    if (throughTerminal) {
        auto settled = settleRefund(request.uuid);
        if (!settled)
            return settled.error();
        booked = *settled;
        booked->alreadyBooked = false; // booked by this replay, once the terminal said yes
    }
    if (!booked->declined.isEmpty()) {
        ++summary.failedPayments; // nothing booked: the goods stay sold, as at the till
        return {};
    }
    ++(booked->alreadyBooked ? summary.skipped : summary.refunds);
    return {};
}

Status SaleReplay::applyCash(const Prepared &p, ReplaySummary &summary)
{
    const CashRequest request{p.op.id, ReplayOperation::kindKey(p.op.kind), p.op.amount, p.op.reason};
    auto booked = CheckoutServices::of(*m_replay).cash().record(p.session, request);
    if (!booked)
        return booked.error();
    ++(booked->alreadyBooked ? summary.skipped : summary.cashOperations);
    return {};
}

} // namespace qtill::checkout
