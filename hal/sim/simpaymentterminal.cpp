#include "hal/sim/simpaymentterminal.h"

#include "hal/sim/simscheduler.h"

namespace qtill::hal {

namespace {

using Order = PaymentLedger::Order;
using OrderState = PaymentLedger::State;

QString methodKey(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Card: return u"card"_qs;
    case PaymentMethod::QrCustomer: return u"qr-customer"_qs;
    case PaymentMethod::QrMerchant: return u"qr-merchant"_qs;
    case PaymentMethod::FacePay: return u"face"_qs;
    }
    return {};
}

QString walletFor(const PaymentRequest &request)
{
    switch (request.method) {
    case PaymentMethod::QrCustomer: return PaymentScenario::walletOf(request.authCode);
    case PaymentMethod::QrMerchant: return QStringLiteral("WeChat Pay");
    case PaymentMethod::FacePay: return QStringLiteral("Alipay");
    case PaymentMethod::Card: return QStringLiteral("UnionPay");
    }
    return {};
}

bool isUndo(PaymentKind kind)
{
    return kind == PaymentKind::Void || kind == PaymentKind::Refund;
}

} // namespace

SimPaymentTerminal::SimPaymentTerminal(DeviceInfo info, SimScheduler *scheduler, QObject *parent)
    : PaymentTerminal(std::move(info), parent),
      m_scheduler(scheduler),
      m_ledger(this->info().params.value(u"ledger"_qs).toString())
{
    if (!m_scheduler) {
        m_ownScheduler = std::make_unique<TimerScheduler>();
        m_scheduler = m_ownScheduler.get();
    }
    const QVariantMap &params = this->info().params;
    if (params.contains(u"delayMs"_qs))
        m_delayMs = qMax(0, params.value(u"delayMs"_qs).toInt());
    m_pendingQueries = qMax(0, params.value(u"pendingQueries"_qs).toInt());
}

SimPaymentTerminal::~SimPaymentTerminal() = default;

bool SimPaymentTerminal::supports(PaymentMethod method) const
{
    const QStringList methods = info().params.value(u"methods"_qs).toStringList();
    return methods.isEmpty() || methods.contains(methodKey(method));
}

const Order *SimPaymentTerminal::currentOrder(const QString &requestId) const
{
    m_ledger.reload();
    return m_ledger.order(requestId);
}

qint64 SimPaymentTerminal::refundable(const QString &transactionId) const
{
    m_ledger.reload();
    const Order *o = m_ledger.order(m_ledger.requestOf(transactionId));
    if (!o)
        return -1;
    return o->voided || o->state == OrderState::Reversed ? 0 : o->approvedFen - o->refundedFen;
}

int SimPaymentTerminal::timesCharged(const QString &requestId) const
{
    const Order *o = currentOrder(requestId);
    return o ? o->charges : 0;
}

qint64 SimPaymentTerminal::heldFen(const QString &requestId) const
{
    const Order *o = currentOrder(requestId);
    if (!o || o->state != OrderState::Paid || o->voided)
        return 0;
    return o->approvedFen - o->refundedFen;
}

int SimPaymentTerminal::delayFor(const PaymentRequest &request) const
{
    if (request.kind == PaymentKind::Authorize
        && PaymentScenario::forAmount(request.amountFen) == PaymentScenario::Kind::Timeout)
        return qMax(0, request.timeoutMs);
    return m_delayMs >= 0 ? m_delayMs : PaymentScenario::delayMs(request.method);
}

Outcome SimPaymentTerminal::start(const PaymentRequest &request)
{
    if (!isEnabled() || hasError())
        return Outcome::failure(ErrorKind::Offline, tr("The payment terminal is not ready."));
    if (request.requestId.isEmpty())
        return Outcome::failure(ErrorKind::Failure, tr("The payment has no reference."), u"empty requestId"_qs);
    const bool asksAboutOne = request.kind == PaymentKind::Query || request.kind == PaymentKind::Reverse;
    if (!asksAboutOne && !supports(request.method))
        return Outcome::failure(ErrorKind::Failure, tr("This terminal does not take this kind of payment."));

    // A request the provider has already answered is answered again (never charged twice).
    m_ledger.reload();
    if ((request.kind == PaymentKind::Authorize && m_ledger.order(request.requestId))
        || (isUndo(request.kind) && m_ledger.reply(request.requestId))) {
        answerAtOnce(request);
        return Outcome::success();
    }
    if (m_running)
        return Outcome::failure(ErrorKind::Busy, tr("The payment terminal is busy with another payment."));
    const bool needsAmount = request.kind == PaymentKind::Authorize || request.kind == PaymentKind::Refund;
    if (needsAmount && request.amountFen <= 0)
        return Outcome::failure(ErrorKind::Failure, tr("Enter an amount above zero."));

    m_running = Running{request, m_nextOutputId++, ++m_token};
    const quint64 token = m_token;
    const QString id = request.requestId;
    const QString prompt = PaymentScenario::prompt(request.method);
    if (request.kind == PaymentKind::Authorize) {
        m_scheduler->after(0, this, [this, id, prompt, token] {
            if (m_running && m_running->token == token)
                Q_EMIT paymentProgress(id, prompt);
        });
    }
    m_scheduler->after(delayFor(request), this, [this, token] { process(token); });
    return Outcome::success();
}

void SimPaymentTerminal::answerAtOnce(const PaymentRequest &request)
{
    const int outputId = m_nextOutputId++;
    m_scheduler->after(0, this, [this, request, outputId] {
        Q_EMIT paymentFinished(answer(request));
        completeOutput(outputId);
    });
}

void SimPaymentTerminal::cancel(const QString &requestId)
{
    if (!m_running || m_running->request.requestId != requestId)
        return; // finished already: its result stands ("too late")
    const PaymentKind kind = m_running->request.kind;
    if (kind == PaymentKind::Query || kind == PaymentKind::Reverse)
        return; // a question to the provider is not cancelled: its answer is needed
    const quint64 token = ++m_token; // the scheduled outcome no longer applies
    m_running->token = token;
    m_scheduler->after(0, this, [this, token] {
        if (!m_running || m_running->token != token)
            return;
        const PaymentResult r = resultFor(m_running->request, PaymentOutcome::Cancelled, tr("Payment cancelled."),
                                          u"sim: cancelled by the cashier"_qs);
        recordCancel(m_running->request, r);
        finish(r);
    });
}

void SimPaymentTerminal::recordCancel(const PaymentRequest &request, const PaymentResult &result)
{
    m_ledger.reload();
    if (request.kind == PaymentKind::Authorize) {
        Order o;
        o.method = request.method;
        o.amountFen = request.amountFen;
        o.state = OrderState::Cancelled;
        o.message = result.message;
        o.detail = result.detail;
        m_ledger.insert(request.requestId, o);
    } else {
        m_ledger.setReply(result);
    }
    m_ledger.save();
}

void SimPaymentTerminal::process(quint64 token)
{
    if (!m_running || m_running->token != token)
        return;
    const PaymentRequest request = m_running->request;
    finish(answer(request));
    if (request.kind == PaymentKind::Authorize
        && PaymentScenario::forAmount(request.amountFen) == PaymentScenario::Kind::Offline) {
        raiseError(DeviceError{ErrorKind::Offline, tr("The payment terminal is not connected. Check its cable."),
                               u"sim: amount ending 06"_qs, true});
    }
}

PaymentResult SimPaymentTerminal::answer(const PaymentRequest &request)
{
    QString error;
    if (!m_ledger.reload(&error)) {
        return resultFor(request, PaymentOutcome::Failed, tr("The payment provider cannot be reached."),
                         u"sim: cannot read the ledger %1: %2"_qs.arg(m_ledger.path(), error));
    }
    PaymentResult r;
    switch (request.kind) {
    case PaymentKind::Authorize:
        r = m_ledger.order(request.requestId) ? query(request) : authorize(request);
        break;
    case PaymentKind::Query: r = query(request); break;
    case PaymentKind::Reverse: r = reverseOrder(request); break;
    case PaymentKind::Void:
    case PaymentKind::Refund: r = undo(request); break;
    }
    if (!m_ledger.save(&error)) {
        // Whatever happened is not on the provider's books: the next request re-reads the file.
        return resultFor(request, PaymentOutcome::Failed, tr("No answer from the payment provider."),
                         u"sim: cannot write the ledger %1: %2"_qs.arg(m_ledger.path(), error));
    }
    return r;
}

PaymentResult SimPaymentTerminal::authorize(const PaymentRequest &request)
{
    Order o;
    o.method = request.method;
    o.amountFen = request.amountFen;
    o.brand = walletFor(request);
    if (request.method == PaymentMethod::Card)
        o.maskedNumber = QStringLiteral("**** **** **** 0128");
    auto refuse = [&](OrderState state, const QString &message, const QString &detail) {
        o.state = state;
        o.message = message;
        o.detail = detail;
        return stateAnswer(request, m_ledger.insert(request.requestId, o));
    };
    auto replyLost = [&] {
        return resultFor(request, PaymentOutcome::Failed,
                         tr("No answer from the payment provider. Check the payment before charging again."),
                         u"sim: result unknown, query with the same requestId"_qs);
    };
    if (request.method == PaymentMethod::QrCustomer && o.brand.isEmpty())
        return refuse(OrderState::Declined, tr("Declined: the payment code is not valid."), u"sim: bad auth code"_qs);

    using Kind = PaymentScenario::Kind;
    const Kind kind = PaymentScenario::forAmount(request.amountFen);
    switch (kind) {
    case Kind::Decline:
        return refuse(OrderState::Declined, tr("Declined: insufficient funds."), u"sim: 51"_qs);
    case Kind::CustomerCancel:
        return refuse(OrderState::Cancelled, tr("The customer cancelled the payment."), u"sim: cancelled on the terminal"_qs);
    case Kind::Timeout: // never reached the provider: nothing on its books
        return resultFor(request, PaymentOutcome::TimedOut, tr("The terminal did not answer in time."),
                         u"sim: timeout"_qs);
    case Kind::Offline:
        return resultFor(request, PaymentOutcome::Failed, tr("The payment terminal is not connected."),
                         u"sim: offline"_qs);
    case Kind::PendingThenApprove:
    case Kind::PendingThenDecline:
        o.state = OrderState::Pending;
        o.pendingQueries = m_pendingQueries;
        o.pendingApproves = kind == Kind::PendingThenApprove;
        m_ledger.insert(request.requestId, o);
        return resultFor(request, PaymentOutcome::Pending, tr("Waiting for the customer to confirm on the phone."),
                         u"sim: USERPAYING"_qs);
    case Kind::UnknownResult:
    case Kind::ReversalFailsOnce:
        // The money is taken but the answer is lost: a query (or the same request again) finds it.
        o.reverseFailures = kind == Kind::ReversalFailsOnce ? 1 : 0;
        m_ledger.insert(request.requestId, o);
        m_ledger.charge(request.requestId, request.amountFen, false);
        return replyLost();
    case Kind::Partial:
        m_ledger.insert(request.requestId, o);
        m_ledger.charge(request.requestId, request.amountFen / 2, true);
        return stateAnswer(request, *m_ledger.order(request.requestId));
    case Kind::Approve:
        break;
    }
    m_ledger.insert(request.requestId, o);
    m_ledger.charge(request.requestId, request.amountFen, false);
    return stateAnswer(request, *m_ledger.order(request.requestId));
}

PaymentResult SimPaymentTerminal::query(const PaymentRequest &request)
{
    Order *o = m_ledger.order(request.requestId);
    if (!o) {
        return resultFor(request, PaymentOutcome::NotFound,
                         tr("The payment provider has no record of this payment."), u"sim: ORDERNOTEXIST"_qs);
    }
    return stateAnswer(request, *o);
}

PaymentResult SimPaymentTerminal::stateAnswer(const PaymentRequest &request, Order &order)
{
    if (order.state == OrderState::Pending) {
        if (order.pendingQueries > 0) {
            --order.pendingQueries;
            return resultFor(request, PaymentOutcome::Pending,
                             tr("Waiting for the customer to confirm on the phone."), u"sim: USERPAYING"_qs);
        }
        if (order.pendingApproves) {
            m_ledger.charge(request.requestId, order.amountFen, false);
        } else {
            order.state = OrderState::Declined;
            order.message = tr("Declined: the customer did not pay.");
            order.detail = u"sim: PAYERROR"_qs;
        }
    }
    switch (order.state) {
    case OrderState::Paid: return paidAnswer(request, order);
    case OrderState::Declined: return resultFor(request, PaymentOutcome::Declined, order.message, order.detail);
    case OrderState::Cancelled: return resultFor(request, PaymentOutcome::Cancelled, order.message, order.detail);
    case OrderState::Reversed:
        return resultFor(request, PaymentOutcome::Cancelled, tr("This payment was reversed; nothing stays charged."),
                         u"sim: REVOKED"_qs);
    case OrderState::Pending: break;
    }
    return resultFor(request, PaymentOutcome::Failed, tr("No answer from the payment provider."), u"sim: bad state"_qs);
}

PaymentResult SimPaymentTerminal::paidAnswer(const PaymentRequest &request, const Order &order) const
{
    PaymentResult r = order.partial
        ? resultFor(request, PaymentOutcome::PartialApproval, tr("Only part of the amount was approved."),
                    u"sim: 10"_qs)
        : resultFor(request, PaymentOutcome::Approved, tr("Approved."), u"sim: 00"_qs);
    r.approvedFen = order.approvedFen;
    r.transactionId = order.transactionId;
    r.cardBrand = order.brand;
    r.maskedNumber = order.maskedNumber;
    r.approvalCode = PaymentLedger::approvalCodeOf(order.transactionId);
    return r;
}

PaymentResult SimPaymentTerminal::reverseOrder(const PaymentRequest &request)
{
    Order *o = m_ledger.order(request.requestId);
    if (!o) { // never reached the provider: close it so that it can never be charged
        Order closed;
        closed.method = request.method;
        closed.state = OrderState::Reversed;
        m_ledger.insert(request.requestId, closed);
        return resultFor(request, PaymentOutcome::Approved, tr("Nothing was charged; the payment is closed."),
                         u"sim: reverse of an unknown request, nothing to undo"_qs);
    }
    if (o->reverseFailures > 0) {
        --o->reverseFailures;
        return resultFor(request, PaymentOutcome::Failed, tr("The reversal did not go through. Try again."),
                         u"sim: reversal failed, state unknown"_qs);
    }
    switch (o->state) {
    case OrderState::Pending:
        o->state = OrderState::Reversed;
        return resultFor(request, PaymentOutcome::Approved,
                         tr("The payment is closed; the customer can no longer pay it."), u"sim: closed"_qs);
    case OrderState::Declined:
    case OrderState::Cancelled:
        return resultFor(request, PaymentOutcome::Approved, tr("Nothing was charged."), u"sim: nothing to undo"_qs);
    case OrderState::Paid:
        o->reversedFen = o->voided ? 0 : o->approvedFen - o->refundedFen;
        o->reversalId = m_ledger.newTransactionId();
        o->state = OrderState::Reversed;
        break;
    case OrderState::Reversed: // asked again: the same answer, nothing goes back twice
        break;
    }
    PaymentResult r = resultFor(request, PaymentOutcome::Approved, tr("Payment reversed."), u"sim: reversed"_qs);
    r.approvedFen = o->reversedFen;
    r.transactionId = o->reversalId;
    return r;
}

PaymentResult SimPaymentTerminal::undo(const PaymentRequest &request)
{
    if (const auto stored = m_ledger.reply(request.requestId))
        return *stored;
    PaymentResult r;
    Order *o = m_ledger.order(m_ledger.requestOf(request.originalTransactionId));
    if (!o) {
        r = resultFor(request, PaymentOutcome::Declined, tr("Declined: the original payment was not found."),
                      u"sim: unknown transaction"_qs);
    } else if (o->voided || o->state == OrderState::Reversed) {
        r = resultFor(request, PaymentOutcome::Declined, tr("Declined: this payment was already voided."),
                      u"sim: already voided"_qs);
    } else if (request.kind == PaymentKind::Void) {
        if (o->refundedFen > 0) {
            r = resultFor(request, PaymentOutcome::Declined,
                          tr("Declined: this payment was partly refunded; refund the rest instead."),
                          u"sim: void after refund"_qs);
        } else {
            o->voided = true;
            r = resultFor(request, PaymentOutcome::Approved, tr("Payment voided."), u"sim: 00"_qs);
            r.approvedFen = o->approvedFen;
            r.transactionId = m_ledger.newTransactionId();
            r.approvalCode = PaymentLedger::approvalCodeOf(r.transactionId);
        }
    } else if (request.amountFen > o->approvedFen - o->refundedFen) {
        r = resultFor(request, PaymentOutcome::Declined, tr("Declined: the refund is more than was paid."),
                      u"sim: over-refund"_qs);
    } else if (const PaymentOutcome scripted = m_refundScript.isEmpty() ? PaymentOutcome::Approved
                                                                         : m_refundScript.takeFirst();
               scripted == PaymentOutcome::Declined) {
        r = resultFor(request, PaymentOutcome::Declined, tr("Declined by the card issuer."), u"sim: 57"_qs);
    } else {
        o->refundedFen += request.amountFen;
        r = resultFor(request, PaymentOutcome::Approved, tr("Refund approved."), u"sim: 00"_qs);
        r.approvedFen = request.amountFen;
        r.transactionId = m_ledger.newTransactionId();
        r.approvalCode = PaymentLedger::approvalCodeOf(r.transactionId);
        r.cardBrand = o->brand;
        r.maskedNumber = o->maskedNumber;
        m_ledger.setReply(r);
        if (scripted == PaymentOutcome::Failed) {
            // Done on the provider's books, but the answer is lost: the same requestId again answers it.
            return resultFor(request, PaymentOutcome::Failed, tr("No answer from the payment provider."),
                             u"sim: refund reply lost"_qs);
        }
        return r;
    }
    m_ledger.setReply(r);
    return r;
}

PaymentResult SimPaymentTerminal::resultFor(const PaymentRequest &request, PaymentOutcome outcome, QString message,
                                            QString detail) const
{
    PaymentResult r;
    r.requestId = request.requestId;
    r.kind = request.kind;
    r.outcome = outcome;
    r.message = std::move(message);
    r.detail = std::move(detail);
    return r;
}

void SimPaymentTerminal::finish(const PaymentResult &result)
{
    const int outputId = m_running ? m_running->outputId : 0;
    m_running.reset();
    Q_EMIT paymentFinished(result);
    completeOutput(outputId);
}

void SimPaymentTerminal::doDisable()
{
    if (m_running)
        cancel(m_running->request.requestId);
}

void SimPaymentTerminal::doReconnect()
{
    recover(); // the simulated cable is always plugged back in
}

} // namespace qtill::hal
