#pragma once

#include "hal/paymentterminal.h"

#include <QHash>
#include <QString>
#include <optional>

namespace qtill::hal {

/// The simulated payment provider's books: every authorisation it received, by requestId, and the
/// answers to voids and refunds, by their requestId. SimPaymentTerminal keeps one; with a file path it
/// lives in that JSON file (written atomically after every change, re-read before every request), so
/// a restarted app — a second SimPaymentTerminal on the same file — finds the payments the first one
/// took, as a real provider would.
class PaymentLedger
{
public:
    /// What became of an authorisation at the provider.
    enum class State {
        Pending,   ///< the customer is confirming on the phone
        Paid,      ///< the money was taken (approvedFen of amountFen)
        Declined,  ///< refused; nothing taken
        Cancelled, ///< cancelled before anything was taken
        Reversed,  ///< closed by a Reverse; whatever was taken went back
    };

    /// One authorisation the provider received.
    struct Order
    {
        PaymentMethod method = PaymentMethod::Card;
        qint64 amountFen = 0;
        State state = State::Pending;
        qint64 approvedFen = 0;       ///< Paid: what was taken
        qint64 refundedFen = 0;       ///< refunds and voids against it
        qint64 reversedFen = 0;       ///< Reversed: what the Reverse gave back
        bool partial = false;         ///< Paid: a partial approval
        bool voided = false;
        QString transactionId;        ///< Paid: the provider's id
        QString reversalId;           ///< Reversed: the reversal's id
        QString brand;
        QString maskedNumber;
        QString message;              ///< the answer's text for Declined/Cancelled
        QString detail;
        int charges = 0;              ///< how many times the money was taken (never more than 1)
        int pendingQueries = 0;       ///< Pending: queries still answered Pending
        bool pendingApproves = true;  ///< Pending: how the customer decides
        int reverseFailures = 0;      ///< Reverses still answered Failed before one goes through
    };

    /// `path` empty: the ledger lives in memory only.
    explicit PaymentLedger(QString path = {});

    QString path() const { return m_path; }
    /// Re-reads the file (another instance may have written it). False, with `error`, when it
    /// exists but cannot be read; the ledger in memory is then kept.
    bool reload(QString *error = nullptr);
    /// Writes the file atomically; true without a path.
    bool save(QString *error = nullptr) const;

    Order *order(const QString &requestId);
    const Order *order(const QString &requestId) const;
    Order &insert(const QString &requestId, const Order &order);
    /// The requestId of the authorisation that produced `transactionId`, empty when unknown.
    QString requestOf(const QString &transactionId) const;

    /// The stored answer to a void or refund, by its requestId.
    std::optional<PaymentResult> reply(const QString &requestId) const;
    void setReply(const PaymentResult &result);

    /// Takes the money for `order` (state Paid) and records it; returns the new transaction id.
    QString charge(const QString &requestId, qint64 fen, bool partial);
    QString newTransactionId();
    /// The simulated provider's approval code for one of its transaction ids: 6 digits, always the same.
    static QString approvalCodeOf(const QString &transactionId);

    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString &key);

private:
    void index();

    QString m_path;
    QHash<QString, Order> m_orders;         ///< by requestId
    QHash<QString, PaymentResult> m_replies; ///< voids and refunds, by requestId
    QHash<QString, QString> m_byTransaction; ///< transactionId → requestId
    int m_nextTransaction = 1;
};

} // namespace qtill::hal
