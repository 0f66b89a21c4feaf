#include "paymentservice.h"

#include "checkoutmodule.h"
#include "qrrouting.h"

#include "core/documentnumbers.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storesettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>

#include <algorithm>

namespace qtill::checkout {

namespace {

bool pastDeadline(const PaymentIntent &i, const QDateTime &now, int withinMs)
{
    return i.createdAt.msecsTo(now) > withinMs;
}

} // namespace

const Setting<QString> PaymentService::kTenderLimits{"checkout/tenderLimits", QString()};

Status PaymentService::checkTenderLimit(const SettingsStorage &settings, const QString &type, const Money &amount)
{
    const QString limits = kTenderLimits.get(settings);
    for (const QString &rule : limits.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (rule.section(QLatin1Char('='), 0, 0).trimmed() != type)
            continue;
        auto limit = Money::parse(rule.section(QLatin1Char('='), 1).trimmed(), QLocale::c(), amount.currency());
        if (limit && amount > *limit)
            return Error::invalidInput(tr("%1 pays at most %2 here.").arg(TenderType::displayName(type), limit->format(QLocale())),
                                       QStringLiteral("tender limit %1: %2 > %3").arg(type, amount.toPlainString(), limit->toPlainString()));
    }
    return {};
}

PaymentService::PaymentService(Services &core, QObject *parent) : QObject(parent), m_core(core)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)reconcile(); });
}

PaymentService::~PaymentService() = default;

void PaymentService::setTerminal(hal::PaymentTerminal *terminal)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_queue.clear();
    m_running.clear();
    m_terminal = terminal;
    if (!terminal)
        return;
    m_connections << connect(terminal, &hal::PaymentTerminal::paymentFinished, this, &PaymentService::onFinished);
    m_connections << connect(terminal, &hal::PaymentTerminal::paymentProgress, this, &PaymentService::onProgress);
}

Result<PaymentIntent> PaymentService::start(const Session &session, const QString &saleUuid, const QString &method,
                                            const Money &amount, const QString &authCode)
{
    if (Status allowed = m_core.permissions().require(session, CheckoutPermissions::kSell); !allowed)
        return allowed.error();
    if (!m_terminal || !m_terminal->isEnabled())
        return Error::invalidInput(tr("No payment terminal is ready: take cash, or check the terminal."));
    if (method != TenderType::kCard && method != TenderType::kQr && method != TenderType::kFace)
        return Error::invalidInput(tr("This payment does not go through the terminal."), method);
    if (!amount.hasCurrency() || !amount.isPositive())
        return Error::invalidInput(tr("A payment must be more than zero."));
    if (saleUuid.isEmpty())
        return Error::invalidInput(tr("The sale has no id."), QStringLiteral("start without sale uuid"));
    if (Status within = checkTenderLimit(m_core.settings(), method, amount); !within)
        return within.error();
    PaymentIntent i;
    if (method == TenderType::kQr && !authCode.isEmpty()) {
        auto wallet = QrRouting::forStore(m_core).walletOf(authCode);
        if (!wallet)
            return wallet.error();
        i.wallet = *wallet;
    }
    i.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    i.saleUuid = saleUuid;
    i.registerId = m_core.documentNumbers().registerId();
    i.method = method;
    i.amount = amount;
    i.approved = Money::zero(amount.currency());
    i.state = IntentState::kStarted;
    i.authCode = authCode.trimmed();
    i.createdAt = m_core.clock().now();
    i.updatedAt = i.createdAt;
    // Written before the terminal hears of it: whatever happens next, the intent is there to resolve.
    if (Status inserted = insert(i); !inserted)
        return inserted.error();
    send(request(i, hal::PaymentKind::Authorize));
    Q_EMIT changed(i);
    return i;
}

hal::PaymentRequest PaymentService::request(const PaymentIntent &i, hal::PaymentKind kind) const
{
    hal::PaymentRequest r;
    r.requestId = i.uuid;
    r.kind = kind;
    r.amountFen = i.amount.minor();
    r.currency = i.amount.currency().code();
    r.authCode = i.authCode;
    r.method = i.method == TenderType::kFace ? hal::PaymentMethod::FacePay
        : i.method == TenderType::kQr        ? (i.authCode.isEmpty() ? hal::PaymentMethod::QrMerchant
                                                                     : hal::PaymentMethod::QrCustomer)
                                             : hal::PaymentMethod::Card;
    r.timeoutMs = kind == hal::PaymentKind::Authorize ? m_timing.requestTimeoutMs : m_timing.requestTimeoutMs / 4;
    return r;
}

void PaymentService::send(const hal::PaymentRequest &request)
{
    // A query waits for nothing already on its way about the same payment; a reversal is sent once.
    const bool queued = std::any_of(m_queue.cbegin(), m_queue.cend(), [&](const hal::PaymentRequest &r) {
        return r.requestId == request.requestId
            && (r.kind == request.kind || request.kind == hal::PaymentKind::Query);
    });
    if (!queued && m_running != request.requestId)
        m_queue.push_back(request);
    sendNext();
}

void PaymentService::sendNext()
{
    while (m_running.isEmpty() && !m_queue.empty() && m_terminal) {
        const hal::PaymentRequest next = m_queue.front();
        m_queue.pop_front();
        const auto started = m_terminal->start(next);
        if (started) {
            m_running = next.requestId;
            return;
        }
        // Refused before it left the lane (not enabled, busy): an authorisation is then definitely not
        // paid; a query or a reversal is tried again later.
        if (next.kind == hal::PaymentKind::Authorize) {
            hal::PaymentResult refused;
            refused.requestId = next.requestId;
            refused.kind = next.kind;
            refused.outcome = hal::PaymentOutcome::Declined;
            refused.message = started.error().message;
            if (auto i = intent(next.requestId); i)
                (void)apply(*i, refused);
        } else {
            scheduleReconcile();
        }
    }
}

void PaymentService::onProgress(const QString &requestId, const QString &message)
{
    Q_EMIT progress(requestId, message);
}

void PaymentService::onFinished(const hal::PaymentResult &result)
{
    if (result.requestId == m_running)
        m_running.clear();
    if (result.kind == hal::PaymentKind::Refund) {
        if (auto r = refundIntent(result.requestId); r)
            (void)applyRefund(*r, result);
    } else if (auto i = intent(result.requestId); i) {
        (void)apply(*i, result);
    }
    sendNext();
}

QString PaymentService::nextState(const PaymentIntent &i, const hal::PaymentResult &r) const
{
    using hal::PaymentOutcome;
    const bool late = pastDeadline(i, m_core.clock().now(), m_timing.decideWithinMs);
    if (r.kind == hal::PaymentKind::Reverse)
        return r.outcome == PaymentOutcome::Approved ? IntentState::kReversed : IntentState::kReversing;
    if (i.state == IntentState::kReversing)
        return IntentState::kReversing; // decided already: only a Reverse ends it
    switch (r.outcome) {
    case PaymentOutcome::Approved:
    case PaymentOutcome::PartialApproval: return IntentState::kApproved;
    case PaymentOutcome::Declined:
    case PaymentOutcome::Cancelled: return IntentState::kDeclined;
    case PaymentOutcome::NotFound: return IntentState::kReversing;
    case PaymentOutcome::Pending: return late ? IntentState::kReversing : IntentState::kPending;
    case PaymentOutcome::TimedOut:
    case PaymentOutcome::Failed: return late ? IntentState::kReversing : IntentState::kUnknown;
    }
    return IntentState::kUnknown;
}

Status PaymentService::apply(const PaymentIntent &i, const hal::PaymentResult &r)
{
    if (i.isDecided())
        return {}; // a late or repeated answer changes nothing decided
    const QString state = nextState(i, r);
    auto moved = transition(i, state, r);
    if (!moved)
        return moved.error();
    if (!*moved)
        return {};
    auto now = intent(i.uuid);
    if (!now)
        return now.error();
    if (state == IntentState::kPending || state == IntentState::kUnknown)
        Q_EMIT progress(i.uuid, tr("Waiting for the customer — do not scan again."));
    Q_EMIT changed(*now);
    if (state == IntentState::kReversing)
        send(request(*now, hal::PaymentKind::Reverse));
    else if (!now->isDecided())
        scheduleReconcile();
    return {};
}

void PaymentService::cancel(const QString &intentUuid)
{
    if (m_running == intentUuid && m_terminal) {
        m_terminal->cancel(intentUuid);
        return;
    }
    auto it = std::find_if(m_queue.begin(), m_queue.end(), [&](const hal::PaymentRequest &r) {
        return r.requestId == intentUuid && r.kind == hal::PaymentKind::Authorize;
    });
    if (it == m_queue.end())
        return;
    m_queue.erase(it);
    hal::PaymentResult cancelled;
    cancelled.requestId = intentUuid;
    cancelled.outcome = hal::PaymentOutcome::Cancelled;
    cancelled.message = tr("Cancelled before the terminal was asked.");
    if (auto i = intent(intentUuid); i)
        (void)apply(*i, cancelled);
}

Status PaymentService::abandon(const QString &saleUuid)
{
    auto booked = m_core.store().exec(QStringLiteral("SELECT 1 FROM sales WHERE uuid = ?"), {saleUuid},
        tr("The payments could not be read."));
    if (!booked)
        return booked.error();
    if (booked->next())
        return Error::conflict(tr("The sale is booked: void it or refund it instead."));
    return reverseAll(saleUuid, tr("The sale was given up: the payment is being returned."));
}

Status PaymentService::returnForVoid(const QString &saleUuid)
{
    return reverseAll(saleUuid, tr("The sale is being voided: the payment is being returned."));
}

Status PaymentService::reverseAll(const QString &saleUuid, const QString &why)
{
    auto intents = ofSale(saleUuid);
    if (!intents)
        return intents.error();
    for (const PaymentIntent &i : std::as_const(*intents)) {
        if (i.state == IntentState::kDeclined || i.state == IntentState::kReversed)
            continue;
        hal::PaymentResult giveUp;
        giveUp.requestId = i.uuid;
        giveUp.message = why;
        if (i.state != IntentState::kReversing) {
            auto moved = transition(i, IntentState::kReversing, giveUp);
            if (!moved)
                return moved.error();
        }
        if (auto now = intent(i.uuid); now) {
            Q_EMIT changed(*now);
            send(request(*now, hal::PaymentKind::Reverse));
        }
    }
    return {};
}

Result<int> PaymentService::reconcile()
{
    auto orphaned = orphans();
    if (!orphaned)
        return orphaned.error();
    for (const PaymentIntent &i : std::as_const(*orphaned)) {
        if (Status given = reverseAll(i.saleUuid, tr("Nobody booked this payment: it is being returned.")); !given)
            return given.error();
    }
    auto open = undecided();
    if (!open)
        return open.error();
    auto refunds = reconcileRefunds();
    if (!refunds)
        return refunds.error();
    if (!m_terminal) {
        if (!open->isEmpty())
            scheduleReconcile();
        return 0;
    }
    for (const PaymentIntent &i : std::as_const(*open))
        send(request(i, i.state == IntentState::kReversing ? hal::PaymentKind::Reverse : hal::PaymentKind::Query));
    return int(open->size()) + *refunds;
}

void PaymentService::scheduleReconcile()
{
    if (!m_timer.isActive())
        m_timer.start(m_timing.pollIntervalMs);
}

} // namespace qtill::checkout
