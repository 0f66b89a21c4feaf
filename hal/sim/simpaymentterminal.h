#pragma once

#include "hal/paymentterminal.h"
#include "hal/payment/paymentscenario.h"

#include <QHash>
#include <memory>
#include <optional>

namespace qtill::hal {

class SimScheduler;

/// A payment terminal simulator with deterministic outcomes (PaymentScenario: by the amount's last
/// two digits), asynchronous on a SimScheduler (QTimer in the app; a ManualScheduler in tests).
/// Backend key "sim". DeviceInfo::params: "methods" (list of "card", "qr-customer", "qr-merchant",
/// "face"; default all).
///
/// One request at a time. A requestId is final once finished: starting it again returns the same
/// result without charging again — this is also how an unknown result (amount ending 04) is
/// queried: the repeat answers Approved with the transaction id. Voids and refunds check the
/// simulator's own ledger of approved transactions (unknown, already voided or over-refunded →
/// Declined).
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
    bool isBusy() const { return m_running.has_value(); }

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
    struct Transaction
    {
        qint64 approvedFen = 0;
        qint64 refundedFen = 0;
        bool voided = false;
    };

    void process(quint64 token);
    PaymentResult authorize(const PaymentRequest &request, PaymentResult *storedForQuery);
    PaymentResult reverse(const PaymentRequest &request);
    void finish(const PaymentResult &result, const PaymentResult &stored);
    PaymentResult resultFor(const PaymentRequest &request, PaymentOutcome outcome, QString message,
                            QString detail = {}) const;
    QString newTransactionId();

    std::unique_ptr<SimScheduler> m_ownScheduler;
    SimScheduler *m_scheduler = nullptr;
    std::optional<Running> m_running;
    QHash<QString, PaymentResult> m_finished; ///< by requestId
    QHash<QString, Transaction> m_ledger;     ///< by transactionId
    quint64 m_token = 0;
    int m_nextOutputId = 1;
    int m_nextTransaction = 1;
};

} // namespace qtill::hal
