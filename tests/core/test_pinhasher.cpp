#include "core/pinhasher.h"

#include <gtest/gtest.h>

using namespace qtill;

namespace {

const PinHasher kFast {PinHasher::Params::fastest()};

std::string messageOf(const Status &s)
{
    return s.ok() ? std::string() : s.error().message.toStdString();
}

} // namespace

TEST(PinHasher, HashVerifiesTheRightPinOnly)
{
    auto hash = kFast.hash(QStringLiteral("4821"));
    ASSERT_TRUE(hash.ok()) << hash.error().toString().toStdString();
    EXPECT_TRUE(kFast.verify(*hash, QStringLiteral("4821")));
    EXPECT_FALSE(kFast.verify(*hash, QStringLiteral("4822")));
    EXPECT_FALSE(kFast.verify(*hash, QStringLiteral("48210")));
    EXPECT_FALSE(kFast.verify(*hash, QString()));
}

TEST(PinHasher, HashIsArgon2idAndNeverThePin)
{
    auto first = kFast.hash(QStringLiteral("12345678"));
    auto second = kFast.hash(QStringLiteral("12345678"));
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(first->startsWith(QStringLiteral("$argon2id$"))) << first->toStdString();
    EXPECT_FALSE(first->contains(QStringLiteral("12345678")));
    // A fresh salt every time: the same PIN never gives the same stored text.
    EXPECT_NE(*first, *second);
    EXPECT_TRUE(kFast.verify(*second, QStringLiteral("12345678")));
}

TEST(PinHasher, BadPinFormatsAreRejectedWithAClearMessage)
{
    EXPECT_EQ(messageOf(PinHasher::validatePin(QStringLiteral("123"))), "A PIN has 4 to 8 digits.");
    EXPECT_EQ(messageOf(PinHasher::validatePin(QStringLiteral("123456789"))), "A PIN has 4 to 8 digits.");
    EXPECT_EQ(messageOf(PinHasher::validatePin(QStringLiteral("12a4"))), "A PIN has digits only (0-9).");
    EXPECT_EQ(messageOf(PinHasher::validatePin(QStringLiteral("12 34"))), "A PIN has digits only (0-9).");
    // Full-width digits from a Chinese input method are not ASCII digits.
    EXPECT_EQ(
        messageOf(PinHasher::validatePin(QStringLiteral("\uFF11\uFF12\uFF13\uFF14"))), "A PIN has digits only (0-9).");
    EXPECT_EQ(messageOf(PinHasher::validatePin(QString())), "Enter a PIN.");
    EXPECT_TRUE(PinHasher::validatePin(QStringLiteral("0000")).ok());
    EXPECT_TRUE(PinHasher::validatePin(QStringLiteral("99999999")).ok());

    auto hashed = kFast.hash(QStringLiteral("12"));
    ASSERT_FALSE(hashed.ok());
    EXPECT_EQ(hashed.error().code, Error::Code::InvalidInput);
    EXPECT_EQ(hashed.error().message.toStdString(), "A PIN has 4 to 8 digits.");
}

TEST(PinHasher, MalformedStoredHashNeverVerifies)
{
    EXPECT_FALSE(kFast.verify(QString(), QStringLiteral("1234")));
    EXPECT_FALSE(kFast.verify(QStringLiteral("1234"), QStringLiteral("1234")));
    EXPECT_FALSE(kFast.verify(QStringLiteral("$argon2id$v=19$garbage"), QStringLiteral("1234")));
    EXPECT_TRUE(kFast.needsRehash(QStringLiteral("not a hash")));
}

TEST(PinHasher, NeedsRehashWhenTheCostChanged)
{
    auto fastHash = kFast.hash(QStringLiteral("2468"));
    ASSERT_TRUE(fastHash.ok());
    EXPECT_FALSE(kFast.needsRehash(*fastHash));

    const PinHasher production; // interactive parameters
    EXPECT_EQ(production.params().opsLimit, PinHasher::Params::interactive().opsLimit);
    EXPECT_EQ(production.params().memLimit, PinHasher::Params::interactive().memLimit);
    EXPECT_TRUE(production.needsRehash(*fastHash));
    // The stored string carries its own cost: it still verifies under other parameters.
    EXPECT_TRUE(production.verify(*fastHash, QStringLiteral("2468")));
}
