#pragma once

#include "paymentintent.h"

#include "hal/paymentterminal.h"

#include "core/result.h"
#include "core/settings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::checkout {

/// Card, QR and face payments through the payment terminal, with no double charge and no lost payment.
///
/// start() commits a payment intent (sale uuid, intent uuid = the terminal's requestId, amount,
/// method, state "started") BEFORE the terminal is asked. Every answer moves the intent on in its own
/// transaction (a compare-and-set on its state, so two answers never both apply):
///   - Approved (or a partial approval) → approved: the sale may book it (SaleService checks);
///   - Declined / Cancelled → declined, journalled as a failed transaction; the sale stays open;
///   - Pending (the customer confirms on the phone) → pending: queried again every pollInterval;
///   - TimedOut / Failed (no answer, the reply was lost) → unknown: queried, never charged again;
///   - still pending or unknown after the deadline (~30 s), or unknown to the provider → reversing:
///     Reverse is sent until it answers; then reversed, journalled as a failed transaction.
/// An intent whose sale was given up (abandon(), or no sale and no ticket for it after orphanAfter)
/// is reversed too, also when it was approved.
///
/// reconcile() resumes every undecided intent: the app calls it at start-up (after a crash the
/// terminal's answers are gone; the provider still knows) and it runs on a timer while any is
/// undecided. The cashier sees progress() ("Waiting for the customer — do not scan again"), never a
/// bare failure. The terminal answers one request at a time: requests queue here.
///
/// Per-tender limits (kTenderLimits) are the domain's: start() refuses a payment above its type's limit
/// before anything is written or asked, and SaleService::commit refuses a cash (or any other
/// non-terminal) tender above its limit, so the till, self-checkout and replay obey the same rule.
///
/// The terminal is the app's (DeviceManager) or a test's; without one start() refuses and reconcile()
/// waits. Built only by CheckoutServices. Threading: the Services' thread (the terminal's signals
/// arrive there).
class PaymentService : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int pollIntervalMs = 2000;          ///< between queries of a pending or unknown intent
        int decideWithinMs = 30000;         ///< pending or unknown longer than this → reverse
        int orphanAfterMs = 10 * 60 * 1000; ///< approved, but no sale and no ticket this long → reverse
        int requestTimeoutMs = 60000;       ///< how long the terminal may take for one authorisation
    };

    /// Largest amount one tender may pay, per tender type: "card=5000.00;qr=3000;face=1000" (decimal
    /// text in the store's currency; a type not named, or a limit that does not read as an amount, has
    /// no limit). A store setting, read on every check.
    static const Setting<QString> kTenderLimits;
    /// Ok when one tender of `type` may pay `amount` under kTenderLimits in `settings`; otherwise
    /// InvalidInput for the cashier ("Bank card pays at most ¥50.00 here.").
    static Status checkTenderLimit(const SettingsStorage &settings, const QString &type, const Money &amount);

    ~PaymentService() override;

    void setTerminal(hal::PaymentTerminal *terminal);
    hal::PaymentTerminal *terminal() const { return m_terminal; }
    void setTiming(const Timing &timing) { m_timing = timing; }

    /// Starts paying `amount` of sale `saleUuid` by `method` (TenderType kCard, kQr or kFace; a QR
    /// payment code in `authCode`). The intent is committed first, then the terminal is asked; the end
    /// comes as changed(). Errors for the cashier: no terminal, an amount of zero or less, an amount above
    /// the method's limit (kTenderLimits; nothing is written), a QR code no wallet issues, no permission.
    Result<PaymentIntent> start(const Session &session, const QString &saleUuid, const QString &method,
                                const Money &amount, const QString &authCode = {});
    /// The cashier cancels a running payment: the terminal is asked to stop; whatever it answers is
    /// applied (a late approval stays approved — the screen then shows it as paid).
    void cancel(const QString &intentUuid);
    /// The sale is given up before it was booked: every intent of it that is not declined or reversed
    /// is reversed. Conflict for a booked sale (void or refund it instead).
    Status abandon(const QString &saleUuid);
    /// A booked sale is being voided (VoidService): its payments are reversed; the void books once
    /// every one of them is reversed.
    Status returnForVoid(const QString &saleUuid);
    /// Asks the terminal about every undecided intent (and reverses orphans). Returns how many it asked about.
    Result<int> reconcile();

    /// Records a refund part (RefundService, inside its transaction, before sendRefund()).
    Status insertRefundIntent(const RefundIntent &intent);
    /// Asks the terminal to give back `intent` (PaymentKind::Refund, requestId = its uuid). An unknown
    /// answer is sent again with the same id until it is definite; the end comes as refundChanged().
    void sendRefund(const RefundIntent &intent);
    Result<RefundIntent> refundIntent(const QString &uuid) const;
    /// Every part of the refund `refundUuid`, also declined earlier attempts, oldest first.
    Result<QList<RefundIntent>> refundIntents(const QString &refundUuid) const;

    Result<PaymentIntent> intent(const QString &uuid) const;
    Result<QList<PaymentIntent>> ofSale(const QString &saleUuid) const;
    /// Intents not yet approved, declined or reversed (every register's).
    Result<QList<PaymentIntent>> undecided() const;

Q_SIGNALS:
    /// A prompt for the cashier while a payment runs ("Insert, tap or swipe the card", "Waiting for the
    /// customer — do not scan again").
    void progress(const QString &intentUuid, const QString &message);
    /// An intent changed state (approved, declined, pending, reversed, …).
    void changed(const qtill::checkout::PaymentIntent &intent);
    /// A refund part changed state (approved, declined, unknown).
    void refundChanged(const qtill::checkout::RefundIntent &intent);
    /// A part of the refund `refundUuid` was approved (or the reconciler found one approved but not
    /// booked): the refund may be bookable now (CheckoutServices runs RefundService::finish).
    void refundPartApproved(const QString &refundUuid);

private:
    friend class CheckoutServices;
    explicit PaymentService(Services &core, QObject *parent = nullptr);

    // Terminal traffic (paymentservice.cpp)
    void send(const hal::PaymentRequest &request);
    void sendNext();
    void onFinished(const hal::PaymentResult &result);
    void onProgress(const QString &requestId, const QString &message);
    hal::PaymentRequest request(const PaymentIntent &intent, hal::PaymentKind kind) const;
    void scheduleReconcile();
    Status apply(const PaymentIntent &intent, const hal::PaymentResult &result);
    Status reverseAll(const QString &saleUuid, const QString &why);
    QString nextState(const PaymentIntent &intent, const hal::PaymentResult &result) const;

    // Rows (paymentintents.cpp)
    Status insert(const PaymentIntent &intent);
    /// Moves `intent` from its current state to `state` with the answer's details; false when another
    /// answer moved it first. Declined and reversed are journalled as failed transactions.
    Result<bool> transition(const PaymentIntent &intent, const QString &state, const hal::PaymentResult &result);
    Result<QList<PaymentIntent>> query(const QString &where, const QVariantList &values) const;
    Result<QList<PaymentIntent>> orphans() const;
    Status journalFailure(const PaymentIntent &intent, const QString &state, const QString &message);

    // Refund parts (refundintents.cpp)
    hal::PaymentRequest refundRequest(const RefundIntent &intent) const;
    Status applyRefund(const RefundIntent &intent, const hal::PaymentResult &result);
    Result<QList<RefundIntent>> queryRefunds(const QString &where, const QVariantList &values) const;
    /// Resends the undecided refund parts; tells about approved ones not booked. How many it resent.
    Result<int> reconcileRefunds();

    Services &m_core;
    Timing m_timing;
    QPointer<hal::PaymentTerminal> m_terminal;
    QList<QMetaObject::Connection> m_connections;
    std::deque<hal::PaymentRequest> m_queue;
    QString m_running;                  ///< the requestId the terminal is working on; empty when idle
    QTimer m_timer;
};

} // namespace qtill::checkout
