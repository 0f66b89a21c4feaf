#pragma once

#include "core/ids.h"
#include "core/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace qtill::members {

struct MemberTag;
struct TierTag;
/// A member's row id (members.id). Not shown to people: they see Member::number.
using MemberId = Id<MemberTag>;
/// A tier's row id (member_tiers.id).
using TierId = Id<TierTag>;

/// What a person types or a form fills in to register or change a member. Empty optional texts mean
/// "none"; register() and update() trim them.
struct MemberDraft
{
    QString mobile;            ///< 11 digits starting 1[3-9] (mainland mobile), unique
    QString name;              ///< may be empty (a member known only by the mobile)
    QDate birthday;            ///< invalid: not given
    bool consentMarketing = false; ///< may be sent offers (targeted marketing)
    bool consentSms = false;   ///< may be texted (receipts, balance changes)
    QString cardCode;          ///< the member card's barcode / QR text; unique when given
    QString nfcUid;            ///< the NFC card's UID (hex, as the reader gives it); unique when given
    TierId tier;               ///< invalid: the base tier (register) / unchanged (update)
};

/// A member as stored. Personal fields are empty once erased; read through MemberService::view() for a
/// screen, which masks them for operators without members.viewPersonal.
struct Member
{
    MemberId id;
    QString number;            ///< "M-R01-000042", from the document-number allocator
    QString mobile;            ///< full, or masked ("138****1234") in a masked view
    QString name;              ///< full, or masked ("张*") in a masked view
    QDate birthday;            ///< invalid when not given, erased or masked
    TierId tier;
    QString tierName;
    bool consentMarketing = false;
    bool consentSms = false;
    QString cardCode;
    QString nfcUid;
    bool hasFaceToken = false; ///< a face-pay identity is bound (the token itself never leaves the service)
    bool hasConfirmationCode = false;
    QDateTime createdAt;
    QDateTime lastVisitAt;     ///< invalid when never seen at the till
    bool erased = false;
    bool masked = false;       ///< true when the personal fields above are masked
    qint64 points = 0;         ///< points balance
    Money storedValue;         ///< stored-value balance, in the store's currency
};

/// "138****1234": the first three and last four digits; anything shorter than 7 characters is all stars.
QString maskMobile(const QString &mobile);
/// "张*", "张**": the first character, a star for each of the others ("*" for a one-character name).
QString maskName(const QString &name);

} // namespace qtill::members
