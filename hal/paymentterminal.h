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

/// What a request asks for. How the request names its subject:
///
/// | kind      | subject                               | provider call (WeChat / Alipay)   |
/// |-----------|---------------------------------------|-----------------------------------|
/// | Authorize | itself: requestId is the new payment  | micropay / pay                    |
/// | Void      | originalTransactionId (same day)      | reverse or refund / cancel        |
/// | Refund    | originalTransactionId, amountFen      | refund / refund                   |
/// | Query     | requestId = the ORIGINAL Authorize's  | orderquery / query                |
/// | Reverse   | requestId = the ORIGINAL Authorize's  | reverse / cancel                  |
///
/// Query asks what happened to an authorisation whose answer was lost or not yet final; it never
/// charges. Reverse undoes an authorisation whatever became of it: an approved one is refunded in
/// full, a pending one is closed so the customer can no longer pay it, one that never reached the
/// provider (or was declined) succeeds with nothing to undo (Approved, approvedFen 0) — and afterwards
/// that requestId can never be charged. Reversing again answers the same and gives nothing back
/// twice. Query and Reverse need no amount; Void and Refund use their own, new requestId.
///
/// The caller's recipe for one tender: commit the intent, Authorize; a definite answer ends it.
/// Otherwise Query (again every few seconds while Pending); still Pending after ~30 s, or NotFound,
/// or the sale abandoned → Reverse, and send the Reverse again until it answers Approved.
enum class PaymentKind { Authorize, Void, Refund, Query, Reverse };

/// One request. amountFen is exact integer minor units (the HAL knows no Money type). requestId is
/// the caller's idempotency key: the same id is never charged twice — sending an Authorize again with
/// the same requestId (the retry after an unknown outcome) answers what became of the first one and
/// takes the money at most once; a Query never charges.
struct PaymentRequest
{
    QString requestId;
    PaymentKind kind = PaymentKind::Authorize;
    PaymentMethod method = PaymentMethod::Card;
    qint64 amountFen = 0;          ///< Authorize, Refund: above zero; Void, Query, Reverse: not used
    QString currency = QStringLiteral("CNY");
    QString authCode;              ///< QrCustomer: the scanned payment code
    QString originalTransactionId; ///< Void/Refund: the transaction to reverse
    int timeoutMs = 60000;
};

/// How a request ended. "Definite" means the caller may act on it for good (commit the sale, or
/// leave it open and record a failed transaction); otherwise the money may or may not have been taken
/// and the caller must Query, then Reverse, until the answer is definite (isDefinite()).
///
/// | outcome         | Authorize / Query (the payment)            | Void / Refund / Reverse (the undo)   | definite |
/// |-----------------|--------------------------------------------|--------------------------------------|----------|
/// | Approved        | paid: approvedFen taken, transactionId set | done: approvedFen went back (Reverse:| yes      |
/// |                 |                                            | 0 when nothing had been taken, also  |          |
/// |                 |                                            | when the provider never received it) |          |
/// | PartialApproval | paid only approvedFen (a prepaid card)     | —                                    | yes      |
/// | Declined        | not paid (funds, bad code, closed)         | refused: nothing went back           | yes      |
/// | Cancelled       | not paid: customer or cashier cancelled,   | not done (the cashier cancelled)     | yes      |
/// |                 | or (Query) reversed: nothing stays taken   |                                      |          |
/// | NotFound        | Query: the provider has no record of it:   | —                                    | only     |
/// |                 | it may still be on its way → Reverse it    |                                      | after a  |
/// |                 | (after a successful Reverse: never paid)   |                                      | Reverse  |
/// | Pending         | the customer is confirming on the phone    | —                                    | no       |
/// |                 | (USERPAYING): Query again later            |                                      |          |
/// | TimedOut        | no answer in time: may be paid → Query     | unknown → send it again              | no       |
/// | Failed          | provider or terminal unreachable, or the   | unknown → send it again              | no       |
/// |                 | reply was lost: may be paid → Query        |                                      |          |
///
/// The values are only ever appended: callers may store them.
enum class PaymentOutcome {
    Approved,
    Declined,
    TimedOut,
    Cancelled,
    Failed,        ///< could not reach the provider or the terminal, or the reply was lost: state unknown
    PartialApproval,
    Pending,       ///< the customer is still confirming (WeChat USERPAYING): query again later
    NotFound,      ///< the provider has no record of the request
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
    QString approvalCode; ///< Approved Authorize, Void, Refund: the provider's 6-digit code (on the receipt)
};

/// Whether the caller may conclude from `result` alone, for good (see PaymentOutcome): Approved,
/// PartialApproval, Declined and Cancelled are definite; TimedOut, Failed and Pending are not, and
/// neither is NotFound (a request may still be on its way to the provider) unless the caller has
/// already reversed that request successfully — which this function cannot know.
inline bool isDefinite(const PaymentResult &result)
{
    switch (result.outcome) {
    case PaymentOutcome::Approved:
    case PaymentOutcome::PartialApproval:
    case PaymentOutcome::Declined:
    case PaymentOutcome::Cancelled: return true;
    case PaymentOutcome::NotFound:
    case PaymentOutcome::Pending:
    case PaymentOutcome::TimedOut:
    case PaymentOutcome::Failed: return false;
    }
    return false;
}

/// Card, QR and face payments, asynchronous. start() returns at once; progress (e.g. "Insert, tap or
/// swipe card") comes as paymentProgress and the end as paymentFinished (exactly once per accepted
/// start(), also on cancel and timeout; the result carries the request's requestId and kind), then
/// outputCompleted.
class PaymentTerminal : public Device
{
    Q_OBJECT

public:
    using Device::Device;

    virtual bool supports(PaymentMethod method) const = 0;
    /// Starts a request; refused (no paymentFinished) when the device is not enabled or busy.
    virtual Outcome start(const PaymentRequest &request) = 0;
    /// Asks to cancel a running Authorize, Void or Refund; the result still arrives (Cancelled, or
    /// Approved if too late). A running Query or Reverse is not cancelled: it answers as usual.
    virtual void cancel(const QString &requestId) = 0;

Q_SIGNALS:
    void paymentProgress(const QString &requestId, const QString &message);
    void paymentFinished(const qtill::hal::PaymentResult &result);
};

} // namespace qtill::hal

Q_DECLARE_METATYPE(qtill::hal::PaymentRequest)
Q_DECLARE_METATYPE(qtill::hal::PaymentResult)
