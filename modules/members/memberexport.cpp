// MemberService: a member's data on request — export (JSON) and erasure.
#include "memberservice.h"

#include "membersmodule.h"

#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/sqlvalues.h"
#include "core/store.h"
#include "core/storedtime.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace qtill::members {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("qtill::members::MemberService", source);
}

} // namespace

Result<QJsonArray> MemberService::ledgerRows(const QString &table, MemberId id) const
{
    auto q = m_store.exec(QStringLiteral("SELECT * FROM %1 WHERE member_id = ? ORDER BY id").arg(table),
                          {sqlvalues::idValue(id.value())}, tr("The member's history could not be read."));
    if (!q)
        return q.error();
    QJsonArray rows;
    while (q->next()) {
        const QSqlRecord record = q->record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = record.value(i);
            if (value.isNull())
                continue;
            const bool number = value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int;
            row.insert(record.fieldName(i), number ? QJsonValue(value.toLongLong()) : QJsonValue(value.toString()));
        }
        rows.append(row);
    }
    return rows;
}

Result<QJsonObject> MemberService::exportData(const Session &session, MemberId id)
{
    if (Status allowed = m_core.permissions().require(session, MembersPermissions::kViewPersonal); !allowed)
        return allowed.error();
    auto member = byId(id);
    if (!member)
        return member.error();
    QJsonObject out{{QStringLiteral("number"), member->number},
                    {QStringLiteral("mobile"), member->mobile},
                    {QStringLiteral("name"), member->name},
                    {QStringLiteral("birthday"), member->birthday.isValid() ? member->birthday.toString(Qt::ISODate) : QString()},
                    {QStringLiteral("tier"), member->tierName},
                    {QStringLiteral("consentMarketing"), member->consentMarketing},
                    {QStringLiteral("consentSms"), member->consentSms},
                    {QStringLiteral("cardCode"), member->cardCode},
                    {QStringLiteral("nfcUid"), member->nfcUid},
                    {QStringLiteral("facePayBound"), member->hasFaceToken},
                    {QStringLiteral("createdAt"), storedTime(member->createdAt)},
                    {QStringLiteral("lastVisitAt"), storedTime(member->lastVisitAt)},
                    {QStringLiteral("erased"), member->erased},
                    {QStringLiteral("points"), member->points},
                    {QStringLiteral("storedValueMinor"), qint64(member->storedValue.minor())},
                    {QStringLiteral("currency"), member->storedValue.currency().code()}};
    for (const auto &[key, table] : {std::pair{"pointsLedger", "points_ledger"},
                                     std::pair{"storedValueLedger", "stored_value_ledger"},
                                     std::pair{"topUps", "member_topups"}}) {
        auto rows = ledgerRows(QLatin1String(table), id);
        if (!rows)
            return rows.error();
        out.insert(QLatin1String(key), *rows);
    }
    const Status audited = audit(session, QStringLiteral("member.export"), id, {});
    if (!audited)
        return audited.error();
    return out;
}

Status MemberService::erase(const Session &session, MemberId id, const QString &reason)
{
    if (Status allowed = m_core.permissions().require(session, MembersPermissions::kViewPersonal); !allowed)
        return allowed;
    return m_store.transaction([&]() -> Status {
        auto member = byId(id);
        if (!member)
            return member.error();
        if (member->erased)
            return {};
        if (member->storedValue.isPositive())
            return Error::conflict(tr("Member %1 still has stored value: refund it before erasing the member.")
                                       .arg(member->number));
        auto q = m_store.exec(
            QStringLiteral("UPDATE members SET mobile = NULL, name = '', birthday = NULL, consent_marketing = 0,"
                           " consent_sms = 0, card_code = NULL, nfc_uid = NULL, face_token = NULL, confirm_hash = NULL,"
                           " erased = 1, erased_at = ? WHERE id = ?"),
            {storedTime(m_store.clock().now()), sqlvalues::idValue(id.value())}, tr("The member could not be erased."));
        if (!q)
            return q.error();
        return audit(session, QStringLiteral("member.erase"), id, reason.trimmed());
    });
}

} // namespace qtill::members
