#include "salereplay.h"

#include "checkoutmodule.h"
#include "checkoutservices.h"
#include "paymentservice.h"
#include "qrrouting.h"
#include "replayclock.h"
#include "replayterminal.h"
#include "saleservice.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"

#include "core/documentnumbers.h"
#include "core/operatorservice.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/store.h"
#include "core/storeprofileservice.h"

#include "hal/devicemanager.h"

#include <QElapsedTimer>
#include <QFile>

namespace qtill::checkout {

double ReplaySummary::salesPerSecond() const
{
    const int booked = sales + failedPayments;
    return elapsedMs > 0 ? booked * 1000.0 / double(elapsedMs) : 0.0;
}

SaleReplay::SaleReplay(Services &services) : m_services(services) {}

SaleReplay::~SaleReplay()
{
    // The payment service lets go of the terminal before the device manager deletes it.
    if (m_replay)
        CheckoutServices::of(*m_replay).payments().setTerminal(nullptr);
}

Status SaleReplay::open()
{
    if (m_replay)
        return {};
    m_clock = std::make_unique<ReplayClock>(m_services.clock());
    const Store &store = m_services.store();
    auto opened = Services::open(Services::Options{.clock = *m_clock,
                                                   .path = store.path(),
                                                   .modules = m_services.modules(),
                                                   .createIfMissing = false,
                                                   .checkIntegrity = false,
                                                   .backupDir = store.backupDir()});
    if (!opened)
        return opened.error();
    m_replay = std::move(opened.value());
    m_devices = std::make_unique<hal::DeviceManager>();
    auto terminal = std::make_unique<ReplayTerminal>();
    m_terminal = terminal.get();
    if (auto added = m_devices->add(std::move(terminal)); !added)
        return Error::internal(tr("The replay's payment terminal could not start."), added.error().message);
    if (auto started = m_devices->start(m_terminal, QStringLiteral("replay")); !started)
        return Error::internal(tr("The replay's payment terminal could not start."), started.error().message);
    PaymentService &payments = CheckoutServices::of(*m_replay).payments();
    // Answers come at once: poll again at once, never wait for a real customer.
    payments.setTiming(PaymentService::Timing{0, 30000, 10 * 60 * 1000, 60000});
    payments.setTerminal(m_terminal);
    return {};
}

Result<ReplaySummary> SaleReplay::replayFile(const Session &actor, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(tr("The file %1 could not be read.").arg(path), file.errorString());
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    return replay(actor, lines);
}

Result<ReplaySummary> SaleReplay::replay(const Session &actor, const QList<QByteArray> &lines)
{
    if (Status allowed = m_services.permissions().require(actor, CheckoutPermissions::kReplay); !allowed)
        return allowed.error();
    if (Status opened = open(); !opened)
        return opened.error();
    auto prepared = validate(lines);
    if (!prepared)
        return prepared.error();
    // One transaction for the whole file: it is booked whole or not at all (a failure at line 4,000
    // leaves nothing of lines 1 to 3,999), and SQLite syncs the file once instead of once per operation.
    ReplaySummary summary;
    QElapsedTimer elapsed;
    elapsed.start();
    const Status applied = m_replay->store().transaction([&]() -> Status {
        summary = ReplaySummary(); // PostgreSQL may run the transaction again after a deadlock
        summary.operations = int(prepared->size());
        m_terminal->clearExpected();
        for (const Prepared &p : std::as_const(*prepared)) {
            m_clock->set(p.op.at);
            if (Status done = apply(p, summary); !done) {
                Error e = done.error();
                e.message = tr("line %1: %2").arg(p.op.lineNo).arg(e.message);
                return e;
            }
        }
        return {};
    });
    if (!applied)
        return applied.error();
    summary.elapsedMs = elapsed.elapsed();
    return summary;
}

Result<QList<SaleReplay::Prepared>> SaleReplay::validate(const QList<QByteArray> &lines)
{
    const Currency currency = m_replay->storeProfile().currency();
    QList<Prepared> prepared;
    QHash<QString, FileSale> fileSales;
    QSet<QString> ids;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        auto parsed = ReplayOperation::parse(line, currency);
        Prepared p;
        Status checked = parsed ? Status() : Status(parsed.error());
        if (parsed) {
            p.op = *parsed;
            p.op.lineNo = i + 1;
            if (ids.contains(p.op.id))
                checked = Error::invalidInput(tr("the id %1 is used by an earlier line.").arg(p.op.id));
            else
                checked = check(p, fileSales);
            ids.insert(p.op.id);
        }
        if (!checked) {
            Error e = checked.error();
            e.message = tr("line %1: %2").arg(i + 1).arg(e.message);
            return e;
        }
        prepared << p;
    }
    return prepared;
}

Status SaleReplay::check(Prepared &p, QHash<QString, FileSale> &fileSales)
{
    const ReplayOperation &op = p.op;
    const QString lane = m_replay->documentNumbers().registerId();
    if (!op.registerId.isEmpty() && op.registerId != lane)
        return Error::invalidInput(tr("register %1 is not this lane's (%2).").arg(op.registerId, lane));
    auto session = sessionFor(op);
    if (!session)
        return session.error();
    p.session = *session;
    switch (op.kind) {
    case ReplayOperation::Kind::Sale: return checkSale(p, fileSales);
    case ReplayOperation::Kind::Void:
    case ReplayOperation::Kind::Refund: return checkSaleReference(p, fileSales);
    default: return {};
    }
}

Result<Session> SaleReplay::sessionFor(const ReplayOperation &op)
{
    const auto find = [this](const QString &number) -> Result<Operator> {
        if (auto known = m_operators.constFind(number); known != m_operators.cend())
            return *known;
        auto found = m_replay->operators().findByNumber(number);
        if (!found)
            return Error::notFound(tr("unknown operator %1.").arg(number), found.error().detail);
        if (!found->active)
            return Error::invalidInput(tr("operator %1 is not active.").arg(number));
        m_operators.insert(number, *found);
        return *found;
    };
    auto cashier = find(op.operatorNumber);
    if (!cashier)
        return cashier.error();
    Session session{cashier->id, cashier->number, cashier->name, cashier->role, op.at, OperatorId()};
    if (op.approver.isEmpty() || op.approver == op.operatorNumber)
        return session;
    auto approver = find(op.approver);
    if (!approver)
        return approver.error();
    return Session{approver->id, approver->number, approver->name, approver->role, op.at, cashier->id};
}

Result<Cart> SaleReplay::cartFor(const ReplayOperation &op)
{
    Cart cart(m_replay->storeProfile().currency());
    const inventory::Catalog &catalog = inventory::InventoryServices::of(*m_replay).catalog();
    for (const ReplayLine &line : op.lines) {
        auto match = catalog.lookupForSale(line.code);
        if (!match)
            return Error::invalidInput(tr("unknown product %1 (%2)").arg(line.code, match.error().message));
        if (match->product.soldByWeight) {
            auto added = cart.add(*match, Quantity::units(1), line.quantity);
            if (!added)
                return Error::invalidInput(tr("%1: %2").arg(line.code, added.error().message));
            continue;
        }
        // A code already on the ticket adds to its line, as a second scan does: remember what it had.
        QList<Quantity> before;
        for (const CartLine &l : cart.lines())
            before << l.quantity;
        auto added = cart.add(*match);
        if (!added)
            return Error::invalidInput(tr("%1: %2").arg(line.code, added.error().message));
        auto wanted = *added < before.size() ? before.at(*added).plus(line.quantity) : Result<Quantity>(line.quantity);
        if (!wanted)
            return wanted.error();
        if (cart.lines().at(*added).quantity != *wanted) {
            if (Status set = cart.setQuantity(*added, *wanted); !set)
                return Error::invalidInput(tr("%1: %2").arg(line.code, set.error().message));
        }
    }
    return cart;
}

Status SaleReplay::checkSale(Prepared &p, QHash<QString, FileSale> &fileSales)
{
    auto cart = cartFor(p.op);
    if (!cart)
        return cart.error();
    auto totals = cart->totals();
    if (!totals)
        return totals.error();
    FileSale sale;
    Money paid = Money::zero(cart->currency());
    for (const ReplayTender &t : p.op.tenders) {
        if (t.type == TenderType::kQr) {
            if (auto wallet = QrRouting::forStore(*m_replay).walletOf(t.code); !wallet)
                return Error::invalidInput(tr("QR code %1: %2").arg(t.code, wallet.error().message));
        }
        if (t.type != TenderType::kCash && t.amount.isZero())
            return Error::invalidInput(tr("a %1 tender must be more than zero.").arg(t.type));
        sale.paid = sale.paid && (t.outcome == ReplayOutcome::Approve || t.outcome == ReplayOutcome::ReplyLost);
        auto sum = paid.plus(t.amount);
        if (!sum)
            return sum.error();
        paid = *sum;
    }
    if (paid < totals->total)
        return Error::invalidInput(tr("the tenders (%1) do not pay the sale (%2).")
                                       .arg(paid.toPlainString(), totals->total.toPlainString()));
    for (const CartLine &line : cart->lines())
        sale.codes << line.code;
    for (const ReplayLine &line : p.op.lines) {
        if (!sale.codes.contains(line.code))
            sale.codes << line.code; // an SKU rings up under its barcode: refunds may name either
    }
    fileSales.insert(p.op.id, sale);
    p.cart = *cart;
    return {};
}

Status SaleReplay::checkSaleReference(const Prepared &p, const QHash<QString, FileSale> &fileSales)
{
    const ReplayOperation &op = p.op;
    const bool isVoid = op.kind == ReplayOperation::Kind::Void;
    if (auto inFile = fileSales.constFind(op.sale); inFile != fileSales.cend()) {
        if (!inFile->paid)
            return Error::invalidInput(tr("sale %1 is not paid in this file (its payment fails).").arg(op.sale));
        for (const ReplayRefundLine &l : op.refundLines) {
            if (l.lineNo > inFile->codes.size() || (l.lineNo == 0 && !inFile->codes.contains(l.code)))
                return Error::invalidInput(tr("sale %1 has no line %2.").arg(op.sale, l.lineNo ? QString::number(l.lineNo) : l.code));
        }
        return {};
    }
    auto booked = CheckoutServices::of(*m_replay).sales().byUuid(op.sale);
    if (!booked)
        return booked.error();
    if (!*booked)
        return Error::notFound(isVoid ? tr("the void names sale %1, which is neither booked nor earlier in the file.").arg(op.sale)
                                      : tr("the refund names sale %1, which is neither booked nor earlier in the file.").arg(op.sale));
    return {};
}

} // namespace qtill::checkout
