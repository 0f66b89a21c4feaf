#pragma once

#include "cart.h"
#include "refundservice.h"
#include "replayoperation.h"
#include "sale.h"

#include "core/operator.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace qtill {
class Services;
}

namespace qtill::hal {
class DeviceManager;
}

namespace qtill::checkout {

class CheckoutServices;
class ReplayClock;
class ReplayTerminal;

/// What a replay did.
struct ReplaySummary
{
    int operations = 0;      ///< lines in the file
    int sales = 0;           ///< sales booked
    int voids = 0;
    int refunds = 0;
    int cashOperations = 0;  ///< shift opens, paid in/out, no-sales
    int failedPayments = 0;  ///< sales whose terminal payment failed: a failed transaction, nothing sold
    int skipped = 0;         ///< booked by an earlier replay: nothing written this time
    qint64 elapsedMs = 0;    ///< applying (after validation)

    /// Sales (booked, failed or skipped) per second of applying; 0 when nothing took time.
    double salesPerSecond() const;
};

/// Replays a file of till operations (JSON Lines, docs/replay.md) through the same services the sale
/// screen uses: SaleService, PaymentService (through a simulated terminal answering what the file
/// says), VoidService, RefundService and CashService. For migrating a shop's history, for demos
/// (DemoSales) and for tests.
///
/// Guarantees:
/// - All or nothing per file, before anything is written: every line is parsed and checked (form,
///   operators, codes, quantities, tenders covering the sale, the sales voids and refunds name); the
///   first bad line is the error ("line 17: unknown product 6901234567890") and nothing is applied.
///   A failure while applying (a store error, stock the store forbids to go negative) stops at that
///   line; what came before stays booked and a second run resumes after it.
/// - Idempotent: every operation has an id (the file's, or derived from its content, see
///   ReplayOperation), and the services book an id once; replaying a file again books nothing
///   (ReplaySummary::skipped) — also a sale whose payment failed the first time (its failed intent is
///   found).
/// - Time: each operation is booked AT its "at" and on the business day of that instant in the
///   store's zone: the replay runs on its own Services (a second connection to the same store) whose
///   clock (ReplayClock) reads the operation's instant. Journal, tables and audit carry the replayed times.
/// - Who: the acting operator (`actor`) needs CheckoutPermissions::kReplay; each operation then runs as
///   the operator it names (no PIN), or — with an "approver" — on that supervisor's rights with the
///   operator as the one who asked (Session::requestedBy), so both are audited as on the till.
/// - Payments: card, QR and face tenders start payment intents on a ReplayTerminal answering the
///   tender's outcome; a sale with a tender that is not approved is a failed transaction (journalled
///   by PaymentService; payments already taken for it are reversed) and sells nothing.
///
/// Threading: the thread of `services`; runs a local event loop while the terminal answers.
class SaleReplay
{
    Q_DECLARE_TR_FUNCTIONS(qtill::checkout::SaleReplay)

public:
    /// `services`: the store's opened services (the app's or qtillctl's); not changed, only its store
    /// address and modules are used to open the replay's own.
    explicit SaleReplay(Services &services);
    ~SaleReplay();
    SaleReplay(const SaleReplay &) = delete;
    SaleReplay &operator=(const SaleReplay &) = delete;

    /// Reads and replays a file. NotFound when it cannot be read.
    Result<ReplaySummary> replayFile(const Session &actor, const QString &path);
    /// Replays JSON lines (blank lines are skipped but counted for line numbers).
    Result<ReplaySummary> replay(const Session &actor, const QList<QByteArray> &lines);

private:
    /// An operation checked against the store, ready to apply.
    struct Prepared
    {
        ReplayOperation op;
        std::optional<Cart> cart;    ///< sale: the ticket it rings up
        Session session;             ///< whom it runs as
    };
    /// What validation knows of the sales the file books itself.
    struct FileSale
    {
        QStringList codes;           ///< per line
        bool paid = true;            ///< every terminal tender approves
    };

    Status open();
    Result<QList<Prepared>> validate(const QList<QByteArray> &lines);
    Status check(Prepared &p, QHash<QString, FileSale> &fileSales);
    Status checkSale(Prepared &p, QHash<QString, FileSale> &fileSales);
    Status checkSaleReference(const Prepared &p, const QHash<QString, FileSale> &fileSales);
    Result<Session> sessionFor(const ReplayOperation &op);
    Result<Cart> cartFor(const ReplayOperation &op);

    // salereplayapply.cpp
    Status apply(const Prepared &p, ReplaySummary &summary);
    Status applySale(const Prepared &p, ReplaySummary &summary);
    Status applyVoid(const Prepared &p, ReplaySummary &summary);
    Status applyRefund(const Prepared &p, ReplaySummary &summary);
    /// The booked sale a void or refund line names; NotFound when it is not booked.
    Result<CommittedSale> bookedSale(const QString &saleUuid);
    Status applyCash(const Prepared &p, ReplaySummary &summary);
    /// Starts each terminal tender's payment and waits for it; the approved tenders, or nullopt when one failed.
    Result<std::optional<QList<Tender>>> pay(const Prepared &p);
    /// Runs the event loop until every payment intent of `saleUuid` is decided.
    Result<BookedRefund> settleRefund(const QString &refundUuid);
    Status settle(const QString &saleUuid);

    Services &m_services;
    std::unique_ptr<ReplayClock> m_clock;
    std::unique_ptr<Services> m_replay;      ///< the replay's own services, on m_clock
    std::unique_ptr<hal::DeviceManager> m_devices; ///< owns the terminal
    ReplayTerminal *m_terminal = nullptr;
    QHash<QString, Operator> m_operators;    ///< by number, read once
};

} // namespace qtill::checkout
