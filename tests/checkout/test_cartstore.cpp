#include "checkoutfixture.h"

#include "checkout/cartstore.h"

#include "core/auditlog.h"

using namespace qtill;
using namespace qtill::checkout;

namespace {

const QString kRice = QStringLiteral("6905234787793");   // 东北大米 5kg ¥39.90
const QString kCola = QStringLiteral("6924808758854");   // 可乐 330ml ¥3.50

class CartStoreTest : public ::testing::Test, public checkout::test::CheckoutFixture
{
protected:
    CartStore &carts() { return checkout().carts(); }

    Cart ticket(const QString &code, int units = 1)
    {
        Cart cart(currency());
        EXPECT_TRUE(cart.add(scan(code), Quantity::units(units)).ok());
        return cart;
    }
};

} // namespace

TEST_F(CartStoreTest, TheOpenTicketComesBackAfterARestart)
{
    const QString uuid = newId();
    Cart cart = ticket(kRice, 2);
    ASSERT_TRUE(cart.setLineDiscount(0, yuan(5), QStringLiteral("dented bag"), supervisor.operatorId).ok());
    ASSERT_TRUE(carts().save(uuid, cart, cashier.operatorId).ok());
    ASSERT_TRUE(cart.add(scan(kCola)).ok());
    ASSERT_TRUE(carts().save(uuid, cart, cashier.operatorId).ok());

    // The lane restarts: a new Services on the same store.
    services.reset();
    auto reopened = Services::open(Services::Options{.clock = clock,
                                                     .path = database.address(),
                                                     .modules = {&inventoryModule, &membersModule, &checkoutModule},
                                                     .pinParams = PinHasher::Params::fastest()});
    ASSERT_TRUE(reopened.ok());
    services = std::move(reopened.value());
    auto open = carts().open();
    ASSERT_TRUE(open.ok());
    ASSERT_TRUE(open->has_value());
    EXPECT_EQ((*open)->uuid, uuid);
    EXPECT_EQ((*open)->cart.toJson(), cart.toJson());
    EXPECT_EQ((*open)->cart.totals()->total, yuan(2 * 39.90 - 5 + 3.50));
}

TEST_F(CartStoreTest, HoldAndRecallSeveralTickets)
{
    const QString first = newId();
    const QString second = newId();
    ASSERT_TRUE(carts().save(first, ticket(kRice), cashier.operatorId).ok());
    auto blocked = carts().save(second, ticket(kCola), cashier.operatorId);
    ASSERT_FALSE(blocked.ok()) << "one open ticket per register";
    EXPECT_EQ(blocked.error().code, Error::Code::Conflict);

    ASSERT_TRUE(carts().hold(first, QStringLiteral("张女士")).ok());
    clock.advanceMs(60 * 1000);
    ASSERT_TRUE(carts().save(second, ticket(kCola, 3), cashier.operatorId).ok());
    EXPECT_FALSE(carts().recall(first).ok()) << "the open ticket has lines: hold it first";
    ASSERT_TRUE(carts().hold(second, QString()).ok());
    auto held = carts().held();
    ASSERT_TRUE(held.ok());
    ASSERT_EQ(held->size(), 2);
    EXPECT_EQ(held->at(0).label, QStringLiteral("张女士"));

    auto recalled = carts().recall(first);
    ASSERT_TRUE(recalled.ok()) << recalled.error().toString().toStdString();
    EXPECT_EQ(recalled->cart.lines().at(0).sku, QStringLiteral("100001"));
    EXPECT_EQ(carts().open().value()->uuid, first);
    EXPECT_EQ(carts().held().value().size(), 1);
    EXPECT_FALSE(carts().save(second, ticket(kCola), cashier.operatorId).ok()) << "a held ticket is not edited";
}

TEST_F(CartStoreTest, APaidTicketIsGoneAndADiscardedOneIsAudited)
{
    const QString paid = newId();
    Cart cart = ticket(kCola, 2);
    ASSERT_TRUE(carts().save(paid, cart, cashier.operatorId).ok());
    SaleRequest request;
    request.uuid = paid;
    request.cart = cart;
    request.tenders = {cash(yuan(10))};
    ASSERT_TRUE(checkout().sales().commit(cashier, request).ok());
    EXPECT_FALSE(carts().open().value().has_value()) << "removed with the sale";

    const QString dropped = newId();
    ASSERT_TRUE(carts().save(dropped, ticket(kRice), cashier.operatorId).ok());
    ASSERT_TRUE(carts().discard(cashier, dropped).ok());
    EXPECT_FALSE(carts().open().value().has_value());
    AuditQuery query;
    query.actionPrefix = QStringLiteral("sale.discard");
    auto entries = services->auditLog().entries(query);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->at(0).actorId, cashier.operatorId);
    EXPECT_TRUE(entries->at(0).detail.contains(QStringLiteral("39.90"))) << entries->at(0).detail.toStdString();
}
