#pragma once

#include "hal/device.h"

#include <QString>
#include <QtGlobal>

namespace qtill::hal {

/// How the customer pays at the terminal.
enum class PaymentMethod {
    Card,        ///< swipe / chip / contactless ("闪付"), the terminal decides
    QrCustomer,  ///< the cashier scans the customer's payment code (authCode)
    QrMerchant,  ///< the customer scans the store's code shown on the display
    FacePay,
};

enum class PaymentKind { Authorize, Void, Refund };

/// One request. amountFen is exact integer minor units (the HAL knows no Money type). requestId is
/// the caller's idempotency key: the same id is never charged twice.
struct PaymentRequest
{
    QString requestId;
    PaymentKind kind = PaymentKind::Authorize;
    PaymentMethod method = PaymentMethod::Card;
    qint64 amountFen = 0;
    QString currency = QStringLiteral("CNY");
    QString authCode;              ///< QrCustomer: the scanned payment code
    QString originalTransactionId; ///< Void/Refund: the transaction to reverse
    int timeoutMs = 60000;
};

enum class PaymentOutcome {
    Approved,
    Declined,
    TimedOut,
    Cancelled,
    Failed,        ///< could not reach the provider or the terminal; state unknown → query later
    PartialApproval,
};

/// The answer. Card data is masked like CardData.
struct PaymentResult
{
    QString requestId;
    PaymentKind kind = PaymentKind::Authorize;
    PaymentOutcome outcome = PaymentOutcome::Failed;
    qint64 approvedFen = 0;
    QString transactionId;
    QString message;      ///< cashier-readable ("Declined: insufficient funds")
    QString detail;       ///< technical (provider code)
    QString cardBrand;
    QString maskedNumber;
};

/// Card, QR and face payments, asynchronous. start() returns at once; progress (e.g. "Insert, tap or
/// swipe card") comes as paymentProgress and the end as paymentFinished (exactly once per request,
/// also on cancel and timeout), then outputCompleted.
class PaymentTerminal : public Device
{
    Q_OBJECT

public:
    using Device::Device;

    virtual bool supports(PaymentMethod method) const = 0;
    /// Starts a request; refused (no paymentFinished) when the device is not enabled or busy.
    virtual Outcome start(const PaymentRequest &request) = 0;
    /// Asks to cancel a running request; the result still arrives (Cancelled, or Approved if too late).
    virtual void cancel(const QString &requestId) = 0;

Q_SIGNALS:
    void paymentProgress(const QString &requestId, const QString &message);
    void paymentFinished(const qtill::hal::PaymentResult &result);
};

} // namespace qtill::hal

Q_DECLARE_METATYPE(qtill::hal::PaymentRequest)
Q_DECLARE_METATYPE(qtill::hal::PaymentResult)
