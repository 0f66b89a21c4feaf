#include "cashservice.h"

#include "checkoutmodule.h"

#include "core/auditlog.h"
#include "core/documentnumbers.h"
#include "core/journal.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
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
    return QCoreApplication::translate("qtill::checkout::CashService", text);
}

const QString kColumns = QStringLiteral("uuid, kind, register_id, business_date, at, currency, amount, operator_id,"
                                        " approver_id, reason, journal_seq");

CashMovement readMovement(const QSqlQuery &q)
{
    CashMovement m;
    m.uuid = q.value(0).toString();
    m.kind = q.value(1).toString();
    m.registerId = q.value(2).toString();
    m.businessDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    m.at = parseStoredTime(q.value(4).toString());
    m.amount = Money::fromMinor(q.value(6).toLongLong(), Currency::fromCode(q.value(5).toString()));
    m.operatorId = OperatorId(q.value(7).toLongLong());
    m.approverId = OperatorId(q.value(8).toLongLong());
    m.reason = q.value(9).toString();
    m.journalSeq = q.value(10).toLongLong();
    return m;
}

} // namespace

CashService::CashService(Services &core) : m_core(core) { }

CashService::~CashService() = default;

Status CashService::check(const Session &session, const CashRequest &request) const
{
    const bool known = request.kind == CashKind::kShiftOpen || request.kind == CashKind::kPaidIn
        || request.kind == CashKind::kPaidOut || request.kind == CashKind::kNoSale;
    if (!known || request.uuid.isEmpty())
        return Error::invalidInput(tr("Unknown cash movement."), QStringLiteral("kind %1").arg(request.kind));
    const QString permission = request.kind == CashKind::kShiftOpen ? CheckoutPermissions::kSell
                                                                     : CheckoutPermissions::kCashMovement;
    if (Status allowed = m_core.permissions().require(session, permission); !allowed)
        return allowed;
    if (!request.amount.hasCurrency() || request.amount.currency() != m_core.storeProfile().currency()
        || request.amount.isNegative())
        return Error::invalidInput(tr("Type an amount of zero or more."));
    if (request.kind == CashKind::kNoSale && !request.amount.isZero())
        return Error::invalidInput(tr("Opening the drawer without a sale moves no money."));
    if ((request.kind == CashKind::kPaidIn || request.kind == CashKind::kPaidOut) && request.amount.isZero())
        return Error::invalidInput(tr("Type the amount paid in or out."));
    if (request.kind != CashKind::kShiftOpen && request.reason.trimmed().isEmpty())
        return Error::invalidInput(tr("Say why."));
    return {};
}

Result<CashMovement> CashService::record(const Session &session, const CashRequest &request)
{
    if (auto before = query(QStringLiteral("uuid = ?"), {request.uuid}); !before)
        return before.error();
    else if (!before->isEmpty()) {
        CashMovement again = before->constFirst();
        again.alreadyBooked = true;
        return again;
    }
    if (Status ok = check(session, request); !ok)
        return ok.error();
    CashMovement m;
    m.uuid = request.uuid;
    m.kind = request.kind;
    m.registerId = m_core.documentNumbers().registerId();
    m.at = m_core.clock().now();
    m.businessDate = m_core.storeProfile().businessDate(m.at);
    m.amount = request.amount;
    m.operatorId = session.auditActor();
    m.approverId = session.requestedBy.isValid() ? session.operatorId : OperatorId();
    m.reason = request.reason.trimmed();
    const Status written = m_core.store().transaction([&]() -> Status {
        JournalDraft record{m.registerId, m.kind, m.uuid, QString(), m.operatorId, m.businessDate,
            Money::zero(m.amount.currency()),
            QJsonObject{{QStringLiteral("amount"), QString::number(m.amount.minor())}, {QStringLiteral("reason"), m.reason},
                {QStringLiteral("approver"), QString::number(m.approverId.value())}}};
        auto journalled = m_core.journal().append(record);
        if (!journalled)
            return journalled.error();
        m.journalSeq = journalled->seq;
        auto inserted = m_core.store().exec(QStringLiteral("INSERT INTO cash_movements (") + kColumns
                + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {m.uuid, m.kind, m.registerId, m.businessDate.toString(Qt::ISODate), storedTime(m.at),
                m.amount.currency().code(), qlonglong(m.amount.minor()), qlonglong(m.operatorId.value()),
                sqlvalues::optionalId(m.approverId.value()), sqlvalues::text(m.reason), m.journalSeq},
            tr("The cash movement could not be saved."));
        if (!inserted)
            return inserted.error();
        if (m.kind == CashKind::kShiftOpen)
            return {};
        auto audited = m_core.auditLog().append(AuditRecord{m.operatorId, m.approverId, QStringLiteral("cash.") + m.kind,
            QStringLiteral("register:") + m.registerId, AuditOutcome::kOk,
            tr("%1 (%2)").arg(m.amount.format(QLocale()), m.reason)});
        return audited ? Status() : Status(audited.error());
    });
    if (!written)
        return written.error();
    return m;
}

Result<QList<CashMovement>> CashService::query(const QString &where, const QVariantList &values) const
{
    auto q = m_core.store().exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM cash_movements WHERE ")
            + where + QStringLiteral(" ORDER BY journal_seq"),
        values, tr("The cash movements could not be read."));
    if (!q)
        return q.error();
    QList<CashMovement> out;
    while (q->next())
        out << readMovement(*q);
    return out;
}

Result<QList<CashMovement>> CashService::ofDay(const QString &registerId, const QDate &businessDate) const
{
    return query(QStringLiteral("register_id = ? AND business_date = ?"), {registerId, businessDate.toString(Qt::ISODate)});
}

Result<std::optional<CashMovement>> CashService::openFloat(OperatorId operatorId) const
{
    const QDate today = m_core.storeProfile().businessDate(m_core.clock().now());
    auto floats = query(QStringLiteral("register_id = ? AND business_date = ? AND kind = ? AND operator_id = ?"),
        {m_core.documentNumbers().registerId(), today.toString(Qt::ISODate), CashKind::kShiftOpen,
            qlonglong(operatorId.value())});
    if (!floats)
        return floats.error();
    if (floats->isEmpty())
        return std::optional<CashMovement>();
    return std::optional<CashMovement>(floats->constLast());
}

} // namespace qtill::checkout
