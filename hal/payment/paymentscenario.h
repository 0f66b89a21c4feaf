#pragma once

#include "hal/paymentterminal.h"

#include <QString>

namespace qtill::hal {

/// The simulator's deterministic outcomes, chosen by the last two digits of the amount in fen
/// (authorisations only; voids and refunds follow the simulator's ledger):
///
/// | amount ends in | outcome                                                                  |
/// |----------------|--------------------------------------------------------------------------|
/// | 01             | Declined ("insufficient funds")                                          |
/// | 02             | TimedOut: no answer within the request's timeoutMs                       |
/// | 03             | Cancelled by the customer on the terminal                                |
/// | 04             | Failed with an unknown result; the money WAS taken: sending the same     |
/// |                | requestId again (the query) returns Approved with the transaction id     |
/// | 05             | PartialApproval of half the amount (rounded down), e.g. a prepaid card   |
/// | 06             | Failed and the terminal goes Offline (a device fault; reconnect recovers)|
/// | anything else  | Approved                                                                 |
///
/// Also: a QR payment by the customer's code (QrCustomer) needs an 18-digit code starting 10-15
/// (WeChat Pay) or 25-30 (Alipay), else Declined; amounts ≤ 0 are refused before they start.
/// Delays: card 1500 ms, QR 800 ms, face 1200 ms (the cashier sees the progress prompt meanwhile).
class PaymentScenario
{
public:
    enum class Kind { Approve, Decline, Timeout, CustomerCancel, UnknownResult, Partial, Offline };

    static Kind forAmount(qint64 amountFen);
    /// Processing time of the simulated terminal for a method.
    static int delayMs(PaymentMethod method);
    /// The wallet of a customer payment code: "WeChat Pay", "Alipay", or empty when invalid.
    static QString walletOf(const QString &authCode);
    /// The prompt shown while waiting ("Insert, tap or swipe the card", …), translated.
    static QString prompt(PaymentMethod method);
};

} // namespace qtill::hal
