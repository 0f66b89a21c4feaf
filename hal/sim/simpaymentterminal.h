#pragma once

#include "hal/paymentterminal.h"
#include "hal/payment/paymentledger.h"
#include "hal/payment/paymentscenario.h"

#include <memory>
#include <optional>

namespace qtill::hal {

class SimScheduler;

/// A payment terminal simulator with deterministic outcomes (PaymentScenario: by the amount's last
/// two digits), asynchronous on a SimScheduler (QTimer in the app; a ManualScheduler in tests).
/// Backend key "sim". DeviceInfo::params:
/// - "methods": list of "card", "qr-customer", "qr-merchant", "face" (default all);
/// - "ledger": path of a JSON file for the simulated provider's books (PaymentLedger; default: in
///   memory). A second terminal on the same file — the app after a restart — answers queries and
///   reversals of the requests the first one took;
/// - "delayMs": processing time of every request, overriding PaymentScenario::delayMs (0 in tests;
///   a timing-out authorisation still waits its request's timeoutMs);
/// - "pendingQueries": how many queries a pending payment (amounts ending 07, 08) still answers
///   Pending before the customer decides (default 0: the first query decides).
///
/// One request at a time. The provider keeps every authorisation by requestId: sending an Authorize
/// again with the same requestId answers what became of it (as a Query would) and never charges
/// twice — that repeat, like the repeat of a void or refund, answers at once and is never "busy".
/// Query and Reverse name the original authorisation by its requestId (PaymentKind), whatever method
/// this terminal takes now (its "methods" may have changed since). Voids and
/// refunds check the ledger's approved transactions (unknown, already voided or reversed, or
/// over-refunded → Declined).
class SimPaymentTerminal : public PaymentTerminal
{
    Q_OBJECT

public:
    /// `scheduler` (not owned) defaults to a QTimer-based one.
    explicit SimPaymentTerminal(DeviceInfo info, SimScheduler *scheduler = nullptr, QObject *parent = nullptr);
    ~SimPaymentTerminal() override;

    bool supports(PaymentMethod method) const override;
    Outcome start(const PaymentRequest &request) override;
    void cancel(const QString &requestId) override;

    /// What can still be refunded of an approved transaction (fen), -1 when unknown.
    qint64 refundable(const QString &transactionId) const;
    /// How many times the money was taken for the authorisation `requestId` (a correct caller and
    /// simulator: 0 or 1, whatever was retried, queried or reversed).
    int timesCharged(const QString &requestId) const;
    /// What the provider still holds of the authorisation `requestId` (fen): taken, less refunds,
    /// voids and reversals.
    qint64 heldFen(const QString &requestId) const;
    bool isBusy() const { return m_running.has_value(); }
    /// How the next refunds (PaymentKind::Refund, in order) end, whatever their amount: Declined (by the
    /// issuer; nothing goes back), Failed (done, but the reply is lost: the same requestId again
    /// answers Approved). Refunds beyond the script follow the ledger (approved up to what is left).
    void scriptRefunds(const QList<PaymentOutcome> &outcomes) { m_refundScript = outcomes; }

protected:
    void doDisable() override;
    void doReconnect() override;

private:
    struct Running
    {
        PaymentRequest request;
        int outputId = 0;
        quint64 token = 0;
    };

    void process(quint64 token);
    void answerAtOnce(const PaymentRequest &request);
    /// Reads the ledger, answers `request` by its kind, writes the ledger.
    PaymentResult answer(const PaymentRequest &request);
    PaymentResult authorize(const PaymentRequest &request);
    PaymentResult query(const PaymentRequest &request);
    PaymentResult reverseOrder(const PaymentRequest &request);
    PaymentResult undo(const PaymentRequest &request);
    PaymentResult stateAnswer(const PaymentRequest &request, PaymentLedger::Order &order);
    PaymentResult paidAnswer(const PaymentRequest &request, const PaymentLedger::Order &order) const;
    void recordCancel(const PaymentRequest &request, const PaymentResult &result);
    void finish(const PaymentResult &result);
    PaymentResult resultFor(const PaymentRequest &request, PaymentOutcome outcome, QString message,
                            QString detail = {}) const;
    int delayFor(const PaymentRequest &request) const;
    const PaymentLedger::Order *currentOrder(const QString &requestId) const;

    std::unique_ptr<SimScheduler> m_ownScheduler;
    SimScheduler *m_scheduler = nullptr;
    std::optional<Running> m_running;
    mutable PaymentLedger m_ledger; ///< re-read by the const queries too: another instance may write it
    int m_delayMs = -1;             ///< -1: by method
    int m_pendingQueries = 0;
    QList<PaymentOutcome> m_refundScript;
    quint64 m_token = 0;
    int m_nextOutputId = 1;
};

} // namespace qtill::hal
