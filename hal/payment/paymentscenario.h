#pragma once

#include "hal/paymentterminal.h"

#include <QString>

namespace qtill::hal {

/// The simulator's deterministic outcomes, chosen by the last two digits of the amount in fen
/// (authorisations only; voids, refunds, queries and reversals follow the simulator's ledger):
///
/// | amount ends in | the answer to the Authorize           | what the provider's books say (Query)     |
/// |----------------|---------------------------------------|-------------------------------------------|
/// | 01             | Declined ("insufficient funds")       | Declined                                  |
/// | 02             | TimedOut after the request's timeoutMs| NotFound: it never reached the provider   |
/// | 03             | Cancelled by the customer             | Cancelled                                 |
/// | 04             | Failed: approved but the reply lost   | Approved: the money WAS taken             |
/// | 05             | PartialApproval of half (rounded down)| PartialApproval                           |
/// | 06             | Failed, and the terminal goes Offline | NotFound (a device fault; reconnect)      |
/// | 07             | Pending (the customer is confirming)  | Approved — the first Query after it       |
/// | 08             | Pending                               | Declined — the first Query after it       |
/// | 09             | Failed: approved but the reply lost   | Approved; the first Reverse answers       |
/// |                |                                       | Failed (unknown), the next one succeeds   |
/// | anything else  | Approved                              | Approved                                  |
///
/// (07/08: with the terminal's "pendingQueries" parameter N, the first N queries still answer Pending.)
/// Also: a QR payment by the customer's code (QrCustomer) needs a code of a known wallet (walletOf),
/// else Declined; amounts ≤ 0 are refused before they start. Delays: card 1500 ms, QR 800 ms, face
/// 1200 ms (the cashier sees the progress prompt meanwhile), unless the terminal's "delayMs" says
/// otherwise (0 in tests).
class PaymentScenario
{
public:
    enum class Kind {
        Approve,
        Decline,
        Timeout,
        CustomerCancel,
        UnknownResult,
        Partial,
        Offline,
        PendingThenApprove,
        PendingThenDecline,
        ReversalFailsOnce,
    };

    static Kind forAmount(qint64 amountFen);
    /// Processing time of the simulated terminal for a method.
    static int delayMs(PaymentMethod method);
    /// The wallet of a customer payment code (付款码), by its digits: "WeChat Pay" (18 digits starting
    /// 10–15), "Alipay" (16–24 digits starting 25–30), "UnionPay" (19 digits starting 62), or empty
    /// when it is none of them. The simulator's own view: checkout routes by its configurable table.
    static QString walletOf(const QString &authCode);
    /// The prompt shown while waiting ("Insert, tap or swipe the card", …), translated.
    static QString prompt(PaymentMethod method);
};

} // namespace qtill::hal
