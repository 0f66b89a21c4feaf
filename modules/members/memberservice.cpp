#include "memberservice.h"

#include "membersmodule.h"

#include "core/auditlog.h"
#include "core/insertreturningid.h"
#include "core/operator.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "core/sqlvalues.h"
#include "core/store.h"
#include "core/storedtime.h"
#include "core/storeprofileservice.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace qtill::members {

namespace {

using sqlvalues::idValue;
using sqlvalues::text;

QString tr(const char *source)
{
    return QCoreApplication::translate("qtill::members::MemberService", source);
}

/// NULL for an empty text (the unique personal keys allow any number of NULLs), else the text.
QVariant optionalText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QVariant optionalDate(const QDate &day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

const QString kSelect = QStringLiteral(
    "SELECT m.id, m.number, m.mobile, m.name, m.birthday, m.tier_id, t.name, m.consent_marketing, m.consent_sms,"
    " m.card_code, m.nfc_uid, m.face_token, m.confirm_hash, m.created_at, m.last_visit_at, m.erased,"
    " COALESCE(b.points, 0), COALESCE(b.stored_fen, 0)"
    " FROM members m JOIN member_tiers t ON t.id = m.tier_id"
    " LEFT JOIN member_balances b ON b.member_id = m.id WHERE ");

Member memberFrom(const QSqlQuery &q, const Currency &currency)
{
    Member m;
    m.id = MemberId(q.value(0).toLongLong());
    m.number = q.value(1).toString();
    m.mobile = q.value(2).toString();
    m.name = q.value(3).toString();
    m.birthday = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    m.tier = TierId(q.value(5).toLongLong());
    m.tierName = q.value(6).toString();
    m.consentMarketing = q.value(7).toLongLong() != 0;
    m.consentSms = q.value(8).toLongLong() != 0;
    m.cardCode = q.value(9).toString();
    m.nfcUid = q.value(10).toString();
    m.hasFaceToken = !q.value(11).toString().isEmpty();
    m.hasConfirmationCode = !q.value(12).toString().isEmpty();
    m.createdAt = parseStoredTime(q.value(13).toString());
    m.lastVisitAt = parseStoredTime(q.value(14).toString());
    m.erased = q.value(15).toLongLong() != 0;
    m.points = q.value(16).toLongLong();
    m.storedValue = Money::fromMinor(q.value(17).toLongLong(), currency);
    return m;
}

} // namespace

QString maskMobile(const QString &mobile)
{
    if (mobile.size() < 7)
        return QString(mobile.size(), QLatin1Char('*'));
    return mobile.left(3) + QString(mobile.size() - 7, QLatin1Char('*')) + mobile.right(4);
}

QString maskName(const QString &name)
{
    if (name.isEmpty())
        return name;
    const QList<uint> chars = name.toUcs4();
    if (chars.size() == 1)
        return QStringLiteral("*");
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()), 1)
           + QString(chars.size() - 1, QLatin1Char('*'));
}

const DocumentKind MemberService::kMemberNumbers{QStringLiteral("member"), QStringLiteral("M"), 6};

MemberService::MemberService(Services &core) : m_core(core), m_store(core.store()) {}

Status MemberService::validateMobile(const QString &mobile)
{
    static const QRegularExpression kMobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    if (!kMobile.match(mobile).hasMatch())
        return Error::invalidInput(tr("A mobile number has 11 digits and starts with 13 to 19."),
                                   QStringLiteral("mobile '%1'").arg(mobile));
    return {};
}

Result<Member> MemberService::findOne(const QString &where, const QVariantList &values, const QString &notFound) const
{
    auto q = m_store.exec(kSelect + where, values, tr("The members could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(notFound);
    return memberFrom(*q, m_core.storeProfile().currency());
}

Result<Member> MemberService::byId(MemberId id) const
{
    return findOne(QStringLiteral("m.id = ?"), {idValue(id.value())}, tr("This member does not exist."));
}

Result<Member> MemberService::byNumber(const QString &number) const
{
    return findOne(QStringLiteral("m.number = ?"), {number.trimmed().toUpper()},
                   tr("No member has the number %1.").arg(number.trimmed()));
}

Result<Member> MemberService::byCardCode(const QString &code) const
{
    return findOne(QStringLiteral("m.card_code = ?"), {code.trimmed()}, tr("This member card is not known."));
}

Result<Member> MemberService::byNfcUid(const QString &uid) const
{
    return findOne(QStringLiteral("m.nfc_uid = ?"), {uid.trimmed().toUpper()}, tr("This member card is not known."));
}

Result<Member> MemberService::byMobile(const QString &mobile) const
{
    return findOne(QStringLiteral("m.mobile = ?"), {mobile.trimmed()},
                   tr("No member has the mobile number %1.").arg(maskMobile(mobile.trimmed())));
}

Result<Member> MemberService::byFaceToken(const QString &token) const
{
    return findOne(QStringLiteral("m.face_token = ?"), {token}, tr("This face is not bound to a member yet."));
}

Result<Member> MemberService::identify(const QString &text) const
{
    const QString key = text.trimmed();
    if (key.isEmpty())
        return Error::invalidInput(tr("Scan the member card or type the member number or mobile."));
    for (auto find : {&MemberService::byNumber, &MemberService::byCardCode, &MemberService::byMobile}) {
        auto found = (this->*find)(key);
        if (found || found.error().code != Error::Code::NotFound)
            return found;
    }
    return Error::notFound(tr("No member has the number, card or mobile %1.").arg(key));
}

Result<TierId> MemberService::baseTier() const
{
    auto q = m_store.exec(QStringLiteral("SELECT id FROM member_tiers ORDER BY rank LIMIT 1"), {},
                          tr("The member tiers could not be read."));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::internal(tr("The member tiers could not be read."), QStringLiteral("no tier"));
    return TierId(q->value(0).toLongLong());
}

Status MemberService::checkUnique(const QString &column, const QString &value, MemberId self, const QString &what) const
{
    if (value.isEmpty())
        return {};
    auto q = m_store.exec(QStringLiteral("SELECT id, number FROM members WHERE %1 = ?").arg(column), {value},
                          tr("The members could not be read."));
    if (!q)
        return q.error();
    if (q->next() && q->value(0).toLongLong() != self.value())
        return Error::conflict(tr("This %1 belongs to member %2 already.").arg(what, q->value(1).toString()),
                               QStringLiteral("members.%1 taken").arg(column));
    return {};
}

Result<MemberDraft> MemberService::checked(const MemberDraft &draft, MemberId self) const
{
    MemberDraft d = draft;
    d.mobile = d.mobile.trimmed();
    d.name = d.name.trimmed();
    d.cardCode = d.cardCode.trimmed();
    d.nfcUid = d.nfcUid.trimmed().toUpper();
    if (Status ok = validateMobile(d.mobile); !ok)
        return ok.error();
    if (d.birthday.isValid() && d.birthday > m_store.clock().now().date())
        return Error::invalidInput(tr("The birthday is in the future."));
    if (Status ok = checkUnique(QStringLiteral("mobile"), d.mobile, self, tr("mobile number")); !ok)
        return ok.error();
    if (Status ok = checkUnique(QStringLiteral("card_code"), d.cardCode, self, tr("member card")); !ok)
        return ok.error();
    if (Status ok = checkUnique(QStringLiteral("nfc_uid"), d.nfcUid, self, tr("NFC card")); !ok)
        return ok.error();
    if (d.tier.isValid()) {
        auto q = m_store.exec(QStringLiteral("SELECT 1 FROM member_tiers WHERE id = ?"), {idValue(d.tier.value())},
                              tr("The member tiers could not be read."));
        if (!q)
            return q.error();
        if (!q->next())
            return Error::invalidInput(tr("This tier does not exist."));
    }
    return d;
}

Result<MemberId> MemberService::insert(const MemberDraft &d)
{
    TierId tier = d.tier;
    if (!tier.isValid()) {
        auto base = baseTier();
        if (!base)
            return base.error();
        tier = *base;
    }
    auto number = m_core.documentNumbers().next(kMemberNumbers);
    if (!number)
        return number.error();
    auto id = insertReturningId(
        m_store,
        QStringLiteral("INSERT INTO members (number, mobile, name, birthday, tier_id, consent_marketing, consent_sms,"
                       " card_code, nfc_uid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {*number, d.mobile, text(d.name), optionalDate(d.birthday), idValue(tier.value()), int(d.consentMarketing),
         int(d.consentSms), optionalText(d.cardCode), optionalText(d.nfcUid), storedTime(m_store.clock().now())},
        tr("The member could not be saved."));
    if (!id)
        return id.error();
    auto balance = m_store.exec(QStringLiteral("INSERT INTO member_balances (member_id, points, stored_fen) VALUES (?, 0, 0)"),
                                {idValue(*id)}, tr("The member could not be saved."));
    if (!balance)
        return balance.error();
    return MemberId(*id);
}

Status MemberService::audit(const Session &session, const QString &action, MemberId id, const QString &detail)
{
    auto done = m_core.auditLog().append(AuditRecord{session.auditActor(), session.auditApprover(), action,
                                                     QStringLiteral("member:%1").arg(id.value()), AuditOutcome::kOk,
                                                     detail});
    if (!done)
        return done.error();
    return {};
}

Result<Member> MemberService::registerMember(const Session &session, const MemberDraft &draft)
{
    if (Status allowed = m_core.permissions().require(session, MembersPermissions::kManage); !allowed)
        return allowed.error();
    MemberId id;
    const Status done = m_store.transaction([&]() -> Status {
        auto d = checked(draft, {});
        if (!d)
            return d.error();
        auto inserted = insert(*d);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return audit(session, QStringLiteral("member.register"), id, {});
    });
    if (!done)
        return done.error();
    return byId(id);
}

Result<Member> MemberService::update(const Session &session, MemberId id, const MemberDraft &draft)
{
    if (Status allowed = m_core.permissions().require(session, MembersPermissions::kManage); !allowed)
        return allowed.error();
    const Status done = m_store.transaction([&]() -> Status {
        auto before = byId(id);
        if (!before)
            return before.error();
        if (before->erased)
            return Error::conflict(tr("Member %1 was erased and cannot be changed.").arg(before->number));
        auto d = checked(draft, id);
        if (!d)
            return d.error();
        const TierId tier = d->tier.isValid() ? d->tier : before->tier;
        QStringList changed;
        if (d->mobile != before->mobile) changed << QStringLiteral("mobile");
        if (d->name != before->name) changed << QStringLiteral("name");
        if (d->birthday != before->birthday) changed << QStringLiteral("birthday");
        if (tier != before->tier) changed << QStringLiteral("tier");
        if (d->consentMarketing != before->consentMarketing || d->consentSms != before->consentSms)
            changed << QStringLiteral("consent");
        if (d->cardCode != before->cardCode) changed << QStringLiteral("card");
        if (d->nfcUid != before->nfcUid) changed << QStringLiteral("nfc");
        if (changed.isEmpty())
            return {};
        auto q = m_store.exec(QStringLiteral("UPDATE members SET mobile = ?, name = ?, birthday = ?, tier_id = ?,"
                                             " consent_marketing = ?, consent_sms = ?, card_code = ?, nfc_uid = ?"
                                             " WHERE id = ?"),
                              {d->mobile, text(d->name), optionalDate(d->birthday), idValue(tier.value()),
                               int(d->consentMarketing), int(d->consentSms), optionalText(d->cardCode),
                               optionalText(d->nfcUid), idValue(id.value())},
                              tr("The member could not be saved."));
        if (!q)
            return q.error();
        return audit(session, QStringLiteral("member.update"), id, changed.join(QStringLiteral(", ")));
    });
    if (!done)
        return done.error();
    return byId(id);
}

Result<Member> MemberService::bindFace(const Session &session, const QString &faceToken, const QString &mobile)
{
    if (faceToken.trimmed().isEmpty())
        return Error::invalidInput(tr("The face-pay device gave no identity."));
    auto known = byFaceToken(faceToken);
    if (known || known.error().code != Error::Code::NotFound)
        return known;
    if (Status allowed = m_core.permissions().require(session, MembersPermissions::kManage); !allowed)
        return allowed.error();
    if (Status ok = validateMobile(mobile.trimmed()); !ok)
        return ok.error();
    MemberId id;
    const Status done = m_store.transaction([&]() -> Status {
        auto member = byMobile(mobile);
        if (!member && member.error().code != Error::Code::NotFound)
            return member.error();
        if (member && member->hasFaceToken)
            return Error::conflict(tr("Member %1 has another face bound already.").arg(member->number));
        if (member) {
            id = member->id;
        } else {
            auto inserted = insert(MemberDraft{mobile.trimmed(), {}, {}, false, false, {}, {}, {}});
            if (!inserted)
                return inserted.error();
            id = *inserted;
            if (Status ok = audit(session, QStringLiteral("member.register"), id, QStringLiteral("face pay")); !ok)
                return ok;
        }
        auto q = m_store.exec(QStringLiteral("UPDATE members SET face_token = ? WHERE id = ?"),
                              {faceToken, idValue(id.value())}, tr("The face could not be bound."));
        if (!q)
            return q.error();
        return audit(session, QStringLiteral("member.bindFace"), id, {});
    });
    if (!done)
        return done.error();
    return byId(id);
}

Member MemberService::view(const Session &session, const Member &member) const
{
    if (m_core.permissions().has(session, MembersPermissions::kViewPersonal))
        return member;
    Member masked = member;
    masked.mobile = maskMobile(member.mobile);
    masked.name = maskName(member.name);
    masked.birthday = {};
    masked.nfcUid = member.nfcUid.isEmpty() ? QString() : QStringLiteral("****");
    masked.masked = true;
    return masked;
}

Status MemberService::setConfirmationCode(const Session &session, MemberId id, const QString &code)
{
    if (Status allowed = m_core.permissions().require(session, MembersPermissions::kManage); !allowed)
        return allowed;
    auto hashed = m_core.pinHasher().hash(code);
    if (!hashed)
        return Error::invalidInput(tr("A confirmation code has 4 to 8 digits."), hashed.error().detail);
    return m_store.transaction([&]() -> Status {
        auto q = m_store.exec(QStringLiteral("UPDATE members SET confirm_hash = ? WHERE id = ? AND erased = 0"),
                              {*hashed, idValue(id.value())}, tr("The confirmation code could not be saved."));
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::notFound(tr("This member does not exist."));
        return audit(session, QStringLiteral("member.code"), id, {});
    });
}

bool MemberService::checkConfirmationCode(MemberId id, const QString &code) const
{
    auto q = m_store.exec(QStringLiteral("SELECT confirm_hash FROM members WHERE id = ?"), {idValue(id.value())});
    if (!q || !q->next() || q->value(0).toString().isEmpty() || code.isEmpty())
        return false;
    return m_core.pinHasher().verify(q->value(0).toString(), code);
}

Status MemberService::recordVisit(MemberId id, const QDateTime &at)
{
    auto q = m_store.exec(QStringLiteral("UPDATE members SET last_visit_at = ? WHERE id = ?"),
                          {storedTime(at), idValue(id.value())}, tr("The member could not be saved."));
    if (!q)
        return q.error();
    return {};
}

} // namespace qtill::members
