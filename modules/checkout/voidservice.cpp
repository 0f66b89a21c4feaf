#include "voidservice.h"

#include "checkoutmodule.h"
#include "paymentintent.h"
#include "saleservice.h"

#include "inventory/inventoryservices.h"
#include "inventory/serialnumberservice.h"
#include "inventory/stockledger.h"

#include "core/auditlog.h"
#include "core/insertreturningid.h"
#include "core/journal.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/sqldialect.h"
#include "core/sqlvalues.h"
#include "core/store.h"
#include "core/storedtime.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>
#include <QLocale>

namespace qtill::checkout {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::checkout::VoidService", text);
}

} // namespace

VoidService::VoidService(Services &core, inventory::InventoryServices &inventory, SaleService &sales)
    : m_core(core)
    , m_inventory(inventory)
    , m_sales(sales)
{
}

VoidService::~VoidService() = default;

Result<std::optional<BookedVoid>> VoidService::byUuid(const QString &uuid) const
{
    auto q = m_core.store().exec(QStringLiteral("SELECT v.uuid, s.receipt_number, s.total, s.currency, v.journal_seq"
                                                " FROM sale_voids v JOIN sales s ON s.id = v.sale_id WHERE v.uuid = ?"),
        {uuid}, tr("The void could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<BookedVoid>();
    BookedVoid v;
    v.uuid = q->value(0).toString();
    v.receiptNumber = q->value(1).toString();
    v.total = Money::fromMinor(q->value(2).toLongLong(), Currency::fromCode(q->value(3).toString()));
    v.journalSeq = q->value(4).toLongLong();
    v.alreadyVoided = true;
    return std::optional<BookedVoid>(v);
}

Result<bool> VoidService::isVoided(const QString &receiptNumber) const
{
    auto q = m_core.store().exec(QStringLiteral("SELECT 1 FROM sale_voids v JOIN sales s ON s.id = v.sale_id"
                                                " WHERE s.receipt_number = ?"),
        {receiptNumber}, tr("The void could not be read."));
    if (!q)
        return q.error();
    return q->next();
}

Status VoidService::check(const Session &session, const VoidRequest &request, const SaleDetail &sale) const
{
    if (Status allowed = m_core.permissions().require(session, CheckoutPermissions::kVoid); !allowed)
        return allowed;
    if (request.reason.trimmed().isEmpty())
        return Error::invalidInput(tr("Say why the sale is voided."));
    const QDate today = m_core.storeProfile().businessDate(m_core.clock().now());
    if (sale.sale.businessDate != today)
        return Error::conflict(tr("%1 is from %2: only today's sales can be voided. Take the goods back as a refund.")
                                   .arg(sale.sale.receiptNumber, QLocale().toString(sale.sale.businessDate, QLocale::ShortFormat)));
    for (const Tender &t : sale.tenders) {
        if (t.type != TenderType::kCard && t.type != TenderType::kQr && t.type != TenderType::kFace)
            continue;
        auto q = m_core.store().exec(QStringLiteral("SELECT state FROM payment_intents WHERE uuid = ?"), {t.uuid},
            tr("The sale could not be read."));
        if (!q)
            return q.error();
        if (!q->next() || q->value(0).toString() != IntentState::kReversed)
            return Error::conflict(tr("The %1 payment of %2 has not been returned yet: return it on the terminal first.")
                                       .arg(TenderType::displayName(t.type), sale.sale.receiptNumber));
    }
    return {};
}

Result<BookedVoid> VoidService::voidSale(const Session &session, const VoidRequest &request)
{
    if (request.uuid.isEmpty())
        return Error::invalidInput(tr("The void has no id."), QStringLiteral("VoidRequest without uuid"));
    if (auto before = byUuid(request.uuid); !before)
        return before.error();
    else if (*before)
        return **before;
    auto sale = m_sales.detail(request.receiptNumber);
    if (!sale)
        return sale.error();
    if (Status ok = check(session, request, *sale); !ok)
        return ok.error();
    BookedVoid out;
    const Status written = m_core.store().transaction([&]() -> Status {
        out = BookedVoid();
        return write(session, request, *sale, out);
    });
    if (!written)
        return written.error();
    return out;
}

Status VoidService::write(const Session &session, const VoidRequest &request, const SaleDetail &sale, BookedVoid &out)
{
    Store &store = m_core.store();
    // The sale row is the lock: two lanes voiding it at once take turns, and the second finds the void.
    auto locked = store.exec(QStringLiteral("SELECT location_id FROM sales WHERE id = ?") + store.dialect().forUpdate(),
        {sale.sale.id}, tr("The sale could not be voided."));
    if (!locked)
        return locked.error();
    const inventory::LocationId location(locked->next() ? locked->value(0).toLongLong() : 0);
    if (auto voided = isVoided(sale.sale.receiptNumber); !voided)
        return voided.error();
    else if (*voided)
        return Error::conflict(tr("%1 was voided already.").arg(sale.sale.receiptNumber));
    auto refunded = store.exec(QStringLiteral("SELECT 1 FROM refunds WHERE sale_id = ?"), {sale.sale.id},
        tr("The sale could not be voided."));
    if (!refunded)
        return refunded.error();
    if (refunded->next())
        return Error::conflict(tr("Goods of %1 were taken back already: refund the rest instead.").arg(sale.sale.receiptNumber));
    const QDateTime now = m_core.clock().now();
    const OperatorId actor = session.auditActor();
    const OperatorId approver = session.requestedBy.isValid() ? session.operatorId : OperatorId();
    auto negated = sale.sale.total.negated();
    if (!negated)
        return negated.error();
    JournalDraft record{sale.sale.registerId, JournalKind::kVoid, request.uuid, sale.sale.receiptNumber, actor,
        m_core.storeProfile().businessDate(now), *negated,
        QJsonObject{{QStringLiteral("void"), request.uuid}, {QStringLiteral("sale"), sale.sale.uuid},
            {QStringLiteral("receipt"), sale.sale.receiptNumber}, {QStringLiteral("reason"), request.reason.trimmed()},
            {QStringLiteral("total"), QString::number(sale.sale.total.minor())},
            {QStringLiteral("approver"), QString::number(approver.value())}}};
    auto journalled = m_core.journal().append(record);
    if (!journalled)
        return journalled.error();
    auto inserted = insertReturningId(store,
        QStringLiteral("INSERT INTO sale_voids (uuid, sale_id, register_id, business_date, at, operator_id, approver_id,"
                       " reason, journal_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {request.uuid, sale.sale.id, sale.sale.registerId, record.businessDate.toString(Qt::ISODate), storedTime(now),
            qlonglong(actor.value()), sqlvalues::optionalId(approver.value()), request.reason.trimmed(), journalled->seq},
        tr("The sale could not be voided."));
    if (!inserted)
        return inserted.error();
    for (const SoldLine &l : sale.lines) {
        auto moved = m_inventory.ledger().post(inventory::StockMovement{l.product, location, l.quantity,
            inventory::StockReason::kVoid, actor, sale.sale.receiptNumber});
        if (!moved)
            return moved.error();
        if (!l.serialNumber.isEmpty()) {
            auto back = m_inventory.serials().markReturned(l.serialNumber, sale.sale.receiptNumber, actor, l.product);
            if (!back)
                return back.error();
        }
    }
    auto audited = m_core.auditLog().append(AuditRecord{actor, approver, QStringLiteral("sale.void"),
        QStringLiteral("sale:") + sale.sale.receiptNumber, AuditOutcome::kOk,
        tr("%1 voided (%2)").arg(sale.sale.total.format(QLocale()), request.reason.trimmed())});
    if (!audited)
        return audited.error();
    out.uuid = request.uuid;
    out.receiptNumber = sale.sale.receiptNumber;
    out.total = sale.sale.total;
    out.journalSeq = journalled->seq;
    return {};
}

} // namespace qtill::checkout
