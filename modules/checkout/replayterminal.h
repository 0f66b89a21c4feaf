#pragma once

#include "hal/paymentterminal.h"

#include <QHash>
#include <QString>

namespace qtill::checkout {

/// What the replayed file says a terminal payment ended as (the tender's "outcome").
enum class ReplayOutcome {
    Approve,     ///< "approve": paid
    Decline,     ///< "decline": refused (insufficient funds, bad code) — a failed transaction
    Cancel,      ///< "cancel": the customer cancelled — a failed transaction
    ReplyLost,   ///< "reply_lost": approved, but the answer was lost; the payment service's query finds it paid
    Timeout,     ///< "timeout": never reached the provider; the query finds nothing and it is reversed
};

/// The simulated payment terminal of a replay: answers each authorisation and each refund as the file
/// says (expect() before the payment or refund starts, by the order in which the payment service asks;
/// a refund's reply_lost gives the money back but loses the answer, timeout never reaches it), and queries,
/// reversals and voids as a provider's books would (an approved payment is found by a query, a reversal
/// gives back what was taken). Answers arrive on the next event-loop turn, like a real terminal's.
/// Backend key "replay". GUI/replay thread only.
class ReplayTerminal final : public hal::PaymentTerminal
{
    Q_OBJECT

public:
    explicit ReplayTerminal(QObject *parent = nullptr);

    /// The outcome of the next authorisation started (one per expect(), first in first out).
    void expect(ReplayOutcome outcome) { m_expected.append(outcome); }
    /// Forgets outcomes not yet used (a replay starting again).
    void clearExpected() { m_expected.clear(); }

    bool supports(hal::PaymentMethod method) const override;
    hal::Outcome start(const hal::PaymentRequest &request) override;
    void cancel(const QString &requestId) override;

private:
    struct Order
    {
        qint64 amountFen = 0;
        bool paid = false;      ///< the money was taken (and not given back)
        bool reached = true;    ///< the provider heard of it
        QString transactionId;
    };
    hal::PaymentResult answer(const hal::PaymentRequest &request);
    hal::PaymentResult authorize(const hal::PaymentRequest &request);
    hal::PaymentResult refund(const hal::PaymentRequest &request);

    QList<ReplayOutcome> m_expected;
    QHash<QString, Order> m_orders;  ///< by requestId
    QHash<QString, hal::PaymentResult> m_refunds; ///< answered refunds, by their requestId (asked again: the same)
    int m_nextTransaction = 1;
};

} // namespace qtill::checkout
