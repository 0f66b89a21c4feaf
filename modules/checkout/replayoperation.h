#pragma once

#include "replayterminal.h"

#include "core/currency.h"
#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qtill::checkout {

/// One goods line of a replayed sale: a barcode, PLU or SKU and how many (or how many kg).
struct ReplayLine
{
    QString code;
    Quantity quantity = Quantity::units(1);
};

/// One tender of a replayed sale. Terminal tenders (card, qr, face) carry the outcome the simulated
/// terminal gives; a QR tender the customer's scanned payment code.
struct ReplayTender
{
    QString type;            ///< a TenderType key: cash, card, qr, face
    Money amount;            ///< cash: what the customer handed over; others: what the terminal takes
    QString code;            ///< qr: the payment code (付款码)
    ReplayOutcome outcome = ReplayOutcome::Approve;
};

/// One line of a refund: the sale's line number (1, 2, …) or a code sold on it, how many, restock or not.
struct ReplayRefundLine
{
    int lineNo = 0;          ///< 0: find the sale's first line sold under `code`
    QString code;
    Quantity quantity;       ///< zero: all that is left of the line
    bool restock = true;
};

/// One operation of a replay file (docs/replay.md), parsed and checked for form; references (codes,
/// operators, sales) are checked by SaleReplay. Every id is a UUID: the file's, or — where the format
/// lets the file leave it out (void, refund, cash operations) — one derived from the operation itself,
/// so replaying the file again finds it booked.
struct ReplayOperation
{
    enum class Kind { Sale, Void, Refund, PaidIn, PaidOut, ShiftOpen, NoSale };

    int lineNo = 0;          ///< in the file, from 1
    Kind kind = Kind::Sale;
    QString id;
    QDateTime at;            ///< the instant it happened (the file gives its UTC offset)
    QString registerId;      ///< empty: this lane's
    QString operatorNumber;  ///< who did it ("01")
    QString approver;        ///< the supervisor who authorised it ("99"); empty when none
    QString reason;
    QList<ReplayLine> lines;             ///< sale
    QList<ReplayTender> tenders;         ///< sale
    QString sale;                        ///< void, refund: the sale's id
    QList<ReplayRefundLine> refundLines; ///< refund; empty: every line, all of it
    /// refund: empty — back to the sale's own payments (cash, and card/QR/face through the terminal);
    /// "card", "qr", "face": the same, said explicitly; "cash": all of it in cash (to cash: needs
    /// checkout.refund.cash when the sale was paid through the terminal)
    QString refundTender;
    ReplayOutcome refundOutcome = ReplayOutcome::Approve; ///< refund: how the terminal answers its first part
    Money amount;                        ///< paid_in, paid_out, shift_open ("float")

    /// The operation's key in the file ("sale", "void", "refund", "paid_in", "paid_out", "shift_open", "no_sale").
    static QString kindKey(Kind kind);
    /// Parses one JSON line. InvalidInput saying what is wrong (without the line number: the caller adds it).
    static Result<ReplayOperation> parse(const QByteArray &json, const Currency &currency);
};

} // namespace qtill::checkout
