#pragma once

#include "member.h"

#include "core/documentnumbers.h"
#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVariantList>

namespace qtill {
class Services;
class Store;
struct Session;
} // namespace qtill

namespace qtill::members {

/// Members: registration, identification at the till (member number, card code, NFC UID, mobile, face-pay
/// token), details, the member's confirmation code, export and erasure on request.
///
/// - Mobile numbers are mainland mobiles (11 digits, 1[3-9]…) and unique; a second registration is a
///   Conflict naming the member who has it. Card code, NFC UID and face token are unique when given.
/// - Member numbers come from DocumentNumbers (kind "member": "M-R01-000042"), inside the registration's
///   transaction; a member's balance row is made with it.
/// - Cashiers see members masked (138****1234, 张*) — view() — unless they hold members.viewPersonal.
/// - erase() clears every personal field and keeps the member row, its number and its ledgers, so sales,
///   points and liability still add up; it is refused while stored value is left (refund it first).
/// - Every change is audited ("member.register", "member.update", "member.bindFace", "member.code",
///   "member.export", "member.erase"), with the fields changed but never their personal values.
/// Built only by MembersServices. Threading: that of the Services, which must outlive it.
class MemberService
{
public:
    /// The member-number counter: "M-R01-000042".
    static const DocumentKind kMemberNumbers;

    /// Registers a member (members.manage) in the base tier unless the draft names one. InvalidInput for a
    /// malformed mobile or a future birthday; Conflict for a mobile, card or NFC UID already in use.
    Result<Member> registerMember(const Session &session, const MemberDraft &draft);
    /// Replaces the member's details with `draft` (members.manage; changing the tier by hand too). The
    /// same checks as registerMember; an erased member cannot be changed (Conflict).
    Result<Member> update(const Session &session, MemberId id, const MemberDraft &draft);

    /// The full record (also of an erased member); NotFound when there is none.
    Result<Member> byId(MemberId id) const;
    Result<Member> byNumber(const QString &number) const;
    Result<Member> byCardCode(const QString &code) const;
    Result<Member> byNfcUid(const QString &uid) const;
    Result<Member> byMobile(const QString &mobile) const;
    Result<Member> byFaceToken(const QString &token) const;
    /// What a cashier scanned or typed: a member number, a card code or a mobile, tried in that order.
    Result<Member> identify(const QString &text) const;

    /// Face pay (seed 000): the member with this face token; on first use the token is bound to the member
    /// with `mobile` (registered there and then when nobody has it, members.manage). Conflict when that
    /// member already has another face bound.
    Result<Member> bindFace(const Session &session, const QString &faceToken, const QString &mobile);

    /// `member` as `session` may see it: masked unless the operator holds members.viewPersonal.
    Member view(const Session &session, const Member &member) const;

    /// The code the member gives to approve large stored-value payments (4–8 digits, stored hashed).
    /// members.manage; audited without the code.
    Status setConfirmationCode(const Session &session, MemberId id, const QString &code);
    /// True when `code` is the member's confirmation code (false when none is set).
    bool checkConfirmationCode(MemberId id, const QString &code) const;

    /// Notes that the member was seen at the till (`at`), for "inactive N days" and tier reviews. Joins the
    /// caller's transaction.
    Status recordVisit(MemberId id, const QDateTime &at);

    /// Everything the store keeps about one member, as JSON (members.viewPersonal; audited): details,
    /// tier, balances, every points and stored-value ledger row and top-up.
    Result<QJsonObject> exportData(const Session &session, MemberId id);
    /// Erases the member's personal data on request (members.viewPersonal; audited with `reason`).
    /// Conflict while stored value is left. Erasing twice changes nothing the second time.
    Status erase(const Session &session, MemberId id, const QString &reason);

    /// InvalidInput unless `mobile` is 11 digits starting 1[3-9].
    static Status validateMobile(const QString &mobile);

private:
    friend class MembersServices;
    explicit MemberService(Services &core);

    Result<Member> findOne(const QString &where, const QVariantList &values, const QString &notFound) const;
    Result<MemberDraft> checked(const MemberDraft &draft, MemberId self) const;
    Status checkUnique(const QString &column, const QString &value, MemberId self, const QString &what) const;
    Result<TierId> baseTier() const;
    Result<MemberId> insert(const MemberDraft &draft);
    Status audit(const Session &session, const QString &action, MemberId id, const QString &detail);
    Result<QJsonArray> ledgerRows(const QString &table, MemberId id) const;

    Services &m_core;
    Store &m_store;
};

} // namespace qtill::members
