// Members: registration (mobile validated and unique), identification at the till, masking for cashiers,
// face binding on first use, the confirmation code, export and erasure.
#include "membersfixture.h"

#include "core/auditlog.h"

#include <QJsonArray>

using namespace qtill;
using namespace qtill::members;

namespace {

using members::test::text;

struct MembersTest : ::testing::Test, members::test::MembersFixture
{
    void TearDown() override { expectLedgersBalance(); }

    int audited(const QString &action)
    {
        AuditQuery query;
        query.actionPrefix = action;
        return int(services->auditLog().entries(query).valueOr({}).size());
    }
};

} // namespace

TEST_F(MembersTest, RegisteringGivesANumberFromTheAllocatorAndTheBaseTier)
{
    const Member first = registered(QStringLiteral("13812341234"));
    const Member second = registered(QStringLiteral("15900001111"), QStringLiteral("李四"));
    EXPECT_EQ(first.number, QStringLiteral("M-R01-000001"));
    EXPECT_EQ(second.number, QStringLiteral("M-R01-000002"));
    EXPECT_EQ(first.tierName, QStringLiteral("Member"));
    EXPECT_EQ(first.points, 0);
    EXPECT_EQ(first.storedValue.minor(), 0);
    EXPECT_EQ(audited(QStringLiteral("member.register")), 2);
}

TEST_F(MembersTest, AMobileNumberMustBeAMainlandMobile)
{
    for (const char *bad : {"1381234123", "138123412345", "12812341234", "23812341234", "1381234123a", ""}) {
        MemberDraft draft;
        draft.mobile = QString::fromLatin1(bad);
        auto refused = members().registerMember(cashier, draft);
        ASSERT_FALSE(refused.ok()) << bad;
        EXPECT_EQ(refused.error().code, Error::Code::InvalidInput) << bad;
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("11 digits"))) << text(refused.error());
    }
    EXPECT_EQ(audited(QStringLiteral("member.")), 0);
}

TEST_F(MembersTest, ASecondRegistrationOfAMobileNamesTheMemberWhoHasIt)
{
    const Member first = registered(QStringLiteral("13812341234"));
    MemberDraft again;
    again.mobile = QStringLiteral(" 13812341234 ");
    auto refused = members().registerMember(cashier, again);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_TRUE(refused.error().message.contains(first.number)) << text(refused.error());

    MemberDraft card;
    card.mobile = QStringLiteral("13900000000");
    card.cardCode = QStringLiteral("VIP-0001");
    ASSERT_TRUE(members().registerMember(cashier, card).ok());
    card.mobile = QStringLiteral("13900000001");
    auto sameCard = members().registerMember(cashier, card);
    ASSERT_FALSE(sameCard.ok());
    EXPECT_TRUE(sameCard.error().message.contains(QStringLiteral("M-R01-000002"))) << text(sameCard.error());
}

TEST_F(MembersTest, AMemberIsFoundByNumberCardNfcMobileAndFace)
{
    MemberDraft draft;
    draft.mobile = QStringLiteral("13812341234");
    draft.cardCode = QStringLiteral("VIP-0001");
    draft.nfcUid = QStringLiteral("04a1b2c3");
    const Member m = members().registerMember(cashier, draft).value();
    EXPECT_EQ(members().byNumber(QStringLiteral("m-r01-000001")).value().id, m.id);
    EXPECT_EQ(members().byCardCode(QStringLiteral("VIP-0001")).value().id, m.id);
    EXPECT_EQ(members().byNfcUid(QStringLiteral("04A1B2C3")).value().id, m.id);
    EXPECT_EQ(members().byMobile(QStringLiteral("13812341234")).value().id, m.id);
    EXPECT_EQ(members().identify(QStringLiteral("VIP-0001")).value().id, m.id);
    EXPECT_EQ(members().identify(QStringLiteral("13812341234")).value().id, m.id);
    auto none = members().identify(QStringLiteral("13899999999"));
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, Error::Code::NotFound);
}

TEST_F(MembersTest, AFaceIsBoundToAMobileOnFirstUseAndFindsTheMemberAfter)
{
    const Member m = registered(QStringLiteral("13812341234"));
    auto bound = members().bindFace(cashier, QStringLiteral("face-token-1"), QStringLiteral("13812341234"));
    ASSERT_TRUE(bound.ok()) << text(bound.error());
    EXPECT_EQ(bound->id, m.id);
    EXPECT_TRUE(bound->hasFaceToken);
    EXPECT_EQ(members().byFaceToken(QStringLiteral("face-token-1")).value().id, m.id);
    // The next time the face alone finds the member, whatever mobile is typed.
    EXPECT_EQ(members().bindFace(cashier, QStringLiteral("face-token-1"), {}).value().id, m.id);
    // A second face for the same member is refused; a new mobile registers a member with the face.
    auto second = members().bindFace(cashier, QStringLiteral("face-token-2"), QStringLiteral("13812341234"));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, Error::Code::Conflict);
    auto fresh = members().bindFace(cashier, QStringLiteral("face-token-3"), QStringLiteral("18600001111"));
    ASSERT_TRUE(fresh.ok()) << text(fresh.error());
    EXPECT_EQ(fresh->number, QStringLiteral("M-R01-000002"));
    EXPECT_EQ(audited(QStringLiteral("member.bindFace")), 2);
}

TEST_F(MembersTest, CashiersSeeMembersMaskedAndTheOwnerInFull)
{
    MemberDraft draft;
    draft.mobile = QStringLiteral("13812341234");
    draft.name = QStringLiteral("张三丰");
    draft.birthday = QDate(1990, 5, 1);
    const Member m = members().registerMember(cashier, draft).value();
    const Member masked = members().view(cashier, m);
    EXPECT_EQ(masked.mobile, QStringLiteral("138****1234"));
    EXPECT_EQ(masked.name, QStringLiteral("张**"));
    EXPECT_FALSE(masked.birthday.isValid());
    EXPECT_TRUE(masked.masked);
    EXPECT_EQ(maskName(QStringLiteral("张三")), QStringLiteral("张*"));
    const Member full = members().view(owner, m);
    EXPECT_EQ(full.mobile, QStringLiteral("13812341234"));
    EXPECT_EQ(full.name, QStringLiteral("张三丰"));
    EXPECT_EQ(full.birthday, QDate(1990, 5, 1));
}

TEST_F(MembersTest, UpdateChangesDetailsAndAuditsWhichFieldsNotTheirValues)
{
    const Member m = registered(QStringLiteral("13812341234"));
    MemberDraft draft;
    draft.mobile = QStringLiteral("13812345678");
    draft.name = QStringLiteral("张三");
    draft.consentMarketing = true;
    auto changed = members().update(cashier, m.id, draft);
    ASSERT_TRUE(changed.ok()) << text(changed.error());
    EXPECT_EQ(changed->mobile, QStringLiteral("13812345678"));
    EXPECT_TRUE(changed->consentMarketing);
    AuditQuery query;
    query.actionPrefix = QStringLiteral("member.update");
    auto rows = services->auditLog().entries(query).value();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).detail, QStringLiteral("mobile, consent"));
    EXPECT_FALSE(rows.at(0).detail.contains(QStringLiteral("1381234")));
}

TEST_F(MembersTest, TheConfirmationCodeIsStoredHashedAndChecked)
{
    const Member m = registered(QStringLiteral("13812341234"));
    EXPECT_FALSE(members().checkConfirmationCode(m.id, QStringLiteral("2468")));
    ASSERT_TRUE(members().setConfirmationCode(cashier, m.id, QStringLiteral("2468")).ok());
    EXPECT_TRUE(members().checkConfirmationCode(m.id, QStringLiteral("2468")));
    EXPECT_FALSE(members().checkConfirmationCode(m.id, QStringLiteral("1357")));
    EXPECT_FALSE(members().setConfirmationCode(cashier, m.id, QStringLiteral("12")).ok());
    EXPECT_TRUE(members().byId(m.id).value().hasConfirmationCode);
}

TEST_F(MembersTest, ExportGivesEverythingKeptAboutTheMemberToThoseWhoMaySeeIt)
{
    const Member m = registered(QStringLiteral("13812341234"));
    ASSERT_TRUE(storedValue().topUp(cashier, TopUpRequest{newId(), m.id, yuan(100), QStringLiteral("cash")}).ok());
    auto refused = members().exportData(cashier, m.id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::PermissionDenied);
    auto data = members().exportData(owner, m.id);
    ASSERT_TRUE(data.ok()) << text(data.error());
    EXPECT_EQ(data->value(QStringLiteral("mobile")).toString(), QStringLiteral("13812341234"));
    EXPECT_EQ(data->value(QStringLiteral("storedValueMinor")).toInteger(), 10000);
    EXPECT_EQ(data->value(QStringLiteral("storedValueLedger")).toArray().size(), 1);
    EXPECT_EQ(data->value(QStringLiteral("topUps")).toArray().size(), 1);
    EXPECT_EQ(audited(QStringLiteral("member.export")), 1);
}

TEST_F(MembersTest, EraseClearsPersonalDataAndKeepsTheLedgers)
{
    MemberDraft draft;
    draft.mobile = QStringLiteral("13812341234");
    draft.name = QStringLiteral("张三");
    draft.cardCode = QStringLiteral("VIP-0001");
    const Member m = members().registerMember(cashier, draft).value();
    ASSERT_TRUE(points().earn(cashier, EarnRequest{newId(), m.id, QStringLiteral("sale-1"), {{yuan(50), {}}}, {}}).ok());
    ASSERT_TRUE(storedValue().topUp(cashier, TopUpRequest{newId(), m.id, yuan(100), QStringLiteral("cash")}).ok());
    // Stored value left: refund it first.
    auto refused = members().erase(owner, m.id, QStringLiteral("customer asked"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    ASSERT_TRUE(storedValue().pay(cashier, StoredValueRequest{newId(), m.id, QStringLiteral("sale-2"), yuan(100), {}}).ok());
    EXPECT_EQ(members().erase(cashier, m.id, {}).error().code, Error::Code::PermissionDenied);
    ASSERT_TRUE(members().erase(owner, m.id, QStringLiteral("customer asked")).ok());
    const Member erased = members().byId(m.id).value();
    EXPECT_TRUE(erased.erased);
    EXPECT_TRUE(erased.mobile.isEmpty());
    EXPECT_TRUE(erased.name.isEmpty());
    EXPECT_TRUE(erased.cardCode.isEmpty());
    EXPECT_EQ(erased.number, m.number);
    EXPECT_EQ(erased.points, 50);
    EXPECT_FALSE(members().byMobile(QStringLiteral("13812341234")).ok());
    // The mobile is free again; the erased member's ledgers still add up (TearDown).
    EXPECT_TRUE(members().registerMember(cashier, draft).ok());
    EXPECT_EQ(audited(QStringLiteral("member.erase")), 1);
}
