#include "hal/sim/simpaymentterminal.h"

#include "hal/sim/simscheduler.h"

namespace qtill::hal {

namespace {

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

} // namespace

SimPaymentTerminal::SimPaymentTerminal(DeviceInfo info, SimScheduler *scheduler, QObject *parent)
    : PaymentTerminal(std::move(info), parent), m_scheduler(scheduler)
{
    if (!m_scheduler) {
        m_ownScheduler = std::make_unique<TimerScheduler>();
        m_scheduler = m_ownScheduler.get();
    }
}

SimPaymentTerminal::~SimPaymentTerminal() = default;

bool SimPaymentTerminal::supports(PaymentMethod method) const
{
    const QStringList methods = info().params.value(u"methods"_qs).toStringList();
    return methods.isEmpty() || methods.contains(methodKey(method));
}

qint64 SimPaymentTerminal::refundable(const QString &transactionId) const
{
    const auto it = m_ledger.constFind(transactionId);
    if (it == m_ledger.constEnd())
        return -1;
    return it->voided ? 0 : it->approvedFen - it->refundedFen;
}

QString SimPaymentTerminal::newTransactionId()
{
    return QStringLiteral("SIM%1").arg(m_nextTransaction++, 6, 10, QLatin1Char('0'));
}

Outcome SimPaymentTerminal::start(const PaymentRequest &request)
{
    if (!isEnabled() || hasError())
        return Outcome::failure(ErrorKind::Offline, tr("The payment terminal is not ready."));
    if (request.requestId.isEmpty())
        return Outcome::failure(ErrorKind::Failure, tr("The payment has no reference."), u"empty requestId"_qs);
    if (!supports(request.method))
        return Outcome::failure(ErrorKind::Failure, tr("This terminal does not take this kind of payment."));

    // A finished request is final: answer it again (the query), never charge twice.
    const auto done = m_finished.constFind(request.requestId);
    if (done != m_finished.constEnd()) {
        const PaymentResult result = *done;
        const int outputId = m_nextOutputId++;
        m_scheduler->after(0, this, [this, result, outputId] {
            Q_EMIT paymentFinished(result);
            completeOutput(outputId);
        });
        return Outcome::success();
    }
    if (m_running)
        return Outcome::failure(ErrorKind::Busy, tr("The payment terminal is busy with another payment."));
    if (request.amountFen <= 0)
        return Outcome::failure(ErrorKind::Failure, tr("Enter an amount above zero."));

    m_running = Running{request, m_nextOutputId++, ++m_token};
    const quint64 token = m_token;
    const QString id = request.requestId;
    const QString prompt = PaymentScenario::prompt(request.method);
    m_scheduler->after(0, this, [this, id, prompt, token] {
        if (m_running && m_running->token == token)
            Q_EMIT paymentProgress(id, prompt);
    });
    const bool timesOut = request.kind == PaymentKind::Authorize
        && PaymentScenario::forAmount(request.amountFen) == PaymentScenario::Kind::Timeout;
    const int delay = timesOut ? qMax(0, request.timeoutMs) : PaymentScenario::delayMs(request.method);
    m_scheduler->after(delay, this, [this, token] { process(token); });
    return Outcome::success();
}

void SimPaymentTerminal::cancel(const QString &requestId)
{
    if (!m_running || m_running->request.requestId != requestId)
        return; // finished already: its result stands ("too late")
    const quint64 token = ++m_token; // the scheduled outcome no longer applies
    m_running->token = token;
    m_scheduler->after(0, this, [this, token] {
        if (!m_running || m_running->token != token)
            return;
        const PaymentResult r = resultFor(m_running->request, PaymentOutcome::Cancelled,
                                          tr("Payment cancelled."), u"sim: cancelled by the cashier"_qs);
        finish(r, r);
    });
}

void SimPaymentTerminal::process(quint64 token)
{
    if (!m_running || m_running->token != token)
        return;
    const PaymentRequest request = m_running->request;
    if (request.kind != PaymentKind::Authorize) {
        const PaymentResult r = reverse(request);
        finish(r, r);
        return;
    }
    PaymentResult stored;
    const PaymentResult r = authorize(request, &stored);
    finish(r, stored);
    if (PaymentScenario::forAmount(request.amountFen) == PaymentScenario::Kind::Offline) {
        raiseError(DeviceError{ErrorKind::Offline, tr("The payment terminal is not connected. Check its cable."),
                               u"sim: amount ending 06"_qs, true});
    }
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

PaymentResult SimPaymentTerminal::authorize(const PaymentRequest &request, PaymentResult *stored)
{
    QString wallet;
    switch (request.method) {
    case PaymentMethod::QrCustomer: wallet = PaymentScenario::walletOf(request.authCode); break;
    case PaymentMethod::QrMerchant: wallet = QStringLiteral("WeChat Pay"); break;
    case PaymentMethod::FacePay: wallet = QStringLiteral("Alipay"); break;
    case PaymentMethod::Card: wallet = QStringLiteral("UnionPay"); break;
    }
    if (request.method == PaymentMethod::QrCustomer && wallet.isEmpty()) {
        *stored = resultFor(request, PaymentOutcome::Declined, tr("Declined: the payment code is not valid."),
                            u"sim: bad auth code"_qs);
        return *stored;
    }
    auto approve = [&](qint64 fen, PaymentOutcome outcome, const QString &message) {
        PaymentResult r = resultFor(request, outcome, message, u"sim: 00"_qs);
        r.approvedFen = fen;
        r.transactionId = newTransactionId();
        r.cardBrand = wallet;
        if (request.method == PaymentMethod::Card)
            r.maskedNumber = QStringLiteral("**** **** **** 0128");
        m_ledger.insert(r.transactionId, Transaction{fen, 0, false});
        return r;
    };
    switch (PaymentScenario::forAmount(request.amountFen)) {
    case PaymentScenario::Kind::Decline:
        *stored = resultFor(request, PaymentOutcome::Declined, tr("Declined: insufficient funds."), u"sim: 51"_qs);
        return *stored;
    case PaymentScenario::Kind::Timeout:
        *stored = resultFor(request, PaymentOutcome::TimedOut, tr("The terminal did not answer in time."),
                            u"sim: timeout"_qs);
        return *stored;
    case PaymentScenario::Kind::CustomerCancel:
        *stored = resultFor(request, PaymentOutcome::Cancelled, tr("The customer cancelled the payment."),
                            u"sim: cancelled on the terminal"_qs);
        return *stored;
    case PaymentScenario::Kind::UnknownResult: {
        // The money was taken but the answer was lost: the query (same requestId) finds it.
        *stored = approve(request.amountFen, PaymentOutcome::Approved, tr("Approved."));
        return resultFor(request, PaymentOutcome::Failed,
                         tr("No answer from the payment provider. Check the payment before charging again."),
                         u"sim: result unknown, query with the same requestId"_qs);
    }
    case PaymentScenario::Kind::Partial: {
        const qint64 half = request.amountFen / 2;
        *stored = approve(half, PaymentOutcome::PartialApproval, tr("Only part of the amount was approved."));
        return *stored;
    }
    case PaymentScenario::Kind::Offline:
        *stored = resultFor(request, PaymentOutcome::Failed, tr("The payment terminal is not connected."),
                            u"sim: offline"_qs);
        return *stored;
    case PaymentScenario::Kind::Approve:
        break;
    }
    *stored = approve(request.amountFen, PaymentOutcome::Approved, tr("Approved."));
    return *stored;
}

PaymentResult SimPaymentTerminal::reverse(const PaymentRequest &request)
{
    const auto it = m_ledger.find(request.originalTransactionId);
    if (it == m_ledger.end())
        return resultFor(request, PaymentOutcome::Declined, tr("Declined: the original payment was not found."),
                         u"sim: unknown transaction"_qs);
    if (it->voided)
        return resultFor(request, PaymentOutcome::Declined, tr("Declined: this payment was already voided."),
                         u"sim: already voided"_qs);
    if (request.kind == PaymentKind::Void) {
        if (it->refundedFen > 0)
            return resultFor(request, PaymentOutcome::Declined,
                             tr("Declined: this payment was partly refunded; refund the rest instead."),
                             u"sim: void after refund"_qs);
        it->voided = true;
        PaymentResult r = resultFor(request, PaymentOutcome::Approved, tr("Payment voided."), u"sim: 00"_qs);
        r.approvedFen = it->approvedFen;
        r.transactionId = newTransactionId();
        return r;
    }
    if (request.amountFen > it->approvedFen - it->refundedFen)
        return resultFor(request, PaymentOutcome::Declined, tr("Declined: the refund is more than was paid."),
                         u"sim: over-refund"_qs);
    it->refundedFen += request.amountFen;
    PaymentResult r = resultFor(request, PaymentOutcome::Approved, tr("Refund approved."), u"sim: 00"_qs);
    r.approvedFen = request.amountFen;
    r.transactionId = newTransactionId();
    return r;
}

void SimPaymentTerminal::finish(const PaymentResult &result, const PaymentResult &stored)
{
    const int outputId = m_running ? m_running->outputId : 0;
    m_running.reset();
    m_finished.insert(result.requestId, stored);
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
