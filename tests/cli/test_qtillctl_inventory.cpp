// qtillctl po, stock adjust, stocktake and reorder end to end: the real binary on a demo store, used
// the way a manager or the owner would, and the refusals people meet (a cashier, a code that does not
// exist, more than was ordered). Each checks the exit code, what is printed and the store afterwards.
#include "qtillctlfixture.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

using qtill::test::Outcome;

std::string str(const QString &text)
{
    return text.toStdString();
}

class QtillctlInventoryTest : public qtill::test::QtillctlFixture
{
protected:
    void SetUp() override { initDemo(); }

    /// As the owner (00), or as the demo cashier (01) or supervisor (99), with their PINs.
    Outcome owner(QStringList args) const { return run(args << QStringLiteral("--as") << QStringLiteral("00"), kOwnerPin); }
    Outcome cashier(QStringList args) const { return run(args << QStringLiteral("--as") << QStringLiteral("01"), kCashierPin); }
    Outcome supervisor(QStringList args) const
    {
        return run(args << QStringLiteral("--as") << QStringLiteral("99"), kSupervisorPin);
    }

    /// On hand of a product at a location (its total when `location` is empty), as `stock show` says.
    QString onHand(const QString &sku, const QString &location = {}) const
    {
        const Outcome shown = run({QStringLiteral("stock"), QStringLiteral("show"), sku, QStringLiteral("--json")});
        EXPECT_EQ(shown.exitCode, 0) << str(shown.err);
        const QJsonObject object = shown.json().object();
        if (location.isEmpty())
            return object.value(QStringLiteral("onHand")).toString();
        for (const QJsonValue &l : object.value(QStringLiteral("locations")).toArray()) {
            if (l.toObject().value(QStringLiteral("location")).toString() == location)
                return l.toObject().value(QStringLiteral("onHand")).toString();
        }
        return QStringLiteral("(no %1)").arg(location);
    }

    /// The purchase orders `po list` shows with these statuses (e.g. "draft,sent").
    QJsonArray orders(const QString &statuses) const
    {
        const Outcome list = run({QStringLiteral("po"), QStringLiteral("list"), QStringLiteral("--status"), statuses,
                                  QStringLiteral("--json")});
        EXPECT_EQ(list.exitCode, 0) << str(list.err);
        return list.json().array();
    }

    static QJsonObject line(const QJsonObject &order, int i = 0)
    {
        return order.value(QStringLiteral("lines")).toArray().at(i).toObject();
    }

    static inline const QString kOwnerPin = QStringLiteral("888888");
    static inline const QString kCashierPin = QStringLiteral("0000");
    static inline const QString kSupervisorPin = QStringLiteral("123456");
};

QString plus(const QString &quantity, int units)
{
    return QString::number(quantity.toInt() + units);
}

} // namespace

TEST_F(QtillctlInventoryTest, APurchaseOrderIsSentAndReceivedInTwoDeliveries)
{
    const QString before = onHand(QStringLiteral("140007"), QStringLiteral("FLOOR"));
    const Outcome created = owner({QStringLiteral("po"), QStringLiteral("create"), QStringLiteral("S002"),
                                   QStringLiteral("140007x12@2.50"), QStringLiteral("--location"), QStringLiteral("FLOOR"),
                                   QStringLiteral("--note"), QStringLiteral("周末备货"), QStringLiteral("--json")});
    ASSERT_EQ(created.exitCode, 0) << str(created.err);
    const QJsonObject draft = created.json().object();
    const QString number = draft.value(QStringLiteral("number")).toString();
    ASSERT_FALSE(number.isEmpty()) << str(created.out);
    EXPECT_EQ(draft.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    EXPECT_EQ(draft.value(QStringLiteral("note")).toString(), QStringLiteral("周末备货"));
    EXPECT_EQ(draft.value(QStringLiteral("value")).toString(), QStringLiteral("30.00"));
    EXPECT_EQ(line(draft).value(QStringLiteral("ordered")).toString(), QStringLiteral("12"));
    EXPECT_EQ(line(draft).value(QStringLiteral("unitCost")).toString(), QStringLiteral("2.50"));

    const Outcome sent = owner({QStringLiteral("po"), QStringLiteral("send"), number});
    ASSERT_EQ(sent.exitCode, 0) << str(sent.err);
    EXPECT_EQ(sent.out.trimmed(), QStringLiteral("%1 is now Sent.").arg(number)) << str(sent.out);

    // The first delivery brings 5: the order is partly received and the floor has 5 more.
    const Outcome first = owner({QStringLiteral("po"), QStringLiteral("receive"), number, QStringLiteral("140007x5"),
                                 QStringLiteral("--note"), QStringLiteral("HD-0001"), QStringLiteral("--json")});
    ASSERT_EQ(first.exitCode, 0) << str(first.err);
    EXPECT_EQ(first.json().object().value(QStringLiteral("orderStatus")).toString(), QStringLiteral("partly_received"));
    EXPECT_EQ(first.json().object().value(QStringLiteral("value")).toString(), QStringLiteral("12.50"));
    EXPECT_EQ(onHand(QStringLiteral("140007"), QStringLiteral("FLOOR")), plus(before, 5));

    // The rest: received in full, as the printed line and the order say.
    const Outcome rest = owner({QStringLiteral("po"), QStringLiteral("receive"), number, QStringLiteral("140007x7")});
    ASSERT_EQ(rest.exitCode, 0) << str(rest.err);
    EXPECT_TRUE(rest.out.contains(QStringLiteral("(value 17.50). %1 is now Received.").arg(number))) << str(rest.out);
    const Outcome shown = run({QStringLiteral("po"), QStringLiteral("show"), number, QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0) << str(shown.err);
    const QJsonObject received = shown.json().object();
    EXPECT_EQ(received.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
    EXPECT_EQ(line(received).value(QStringLiteral("received")).toString(), QStringLiteral("12"));
    EXPECT_EQ(line(received).value(QStringLiteral("outstanding")).toString(), QStringLiteral("0"));
    EXPECT_EQ(onHand(QStringLiteral("140007"), QStringLiteral("FLOOR")), plus(before, 12));
    bool listed = false;
    for (const QJsonValue &o : orders(QStringLiteral("received")))
        listed = listed || o.toObject().value(QStringLiteral("number")).toString() == number;
    EXPECT_TRUE(listed);
    EXPECT_EQ(run({QStringLiteral("stock"), QStringLiteral("verify")}).exitCode, 0);
}

TEST_F(QtillctlInventoryTest, PurchaseOrderRefusalsBookNothing)
{
    const qsizetype drafts = orders(QStringLiteral("draft")).size();
    // A cashier may not order.
    const Outcome byCashier = cashier({QStringLiteral("po"), QStringLiteral("create"), QStringLiteral("S002"),
                                       QStringLiteral("140007x12")});
    EXPECT_EQ(byCashier.exitCode, 1);
    EXPECT_TRUE(byCashier.err.contains(QStringLiteral("may not"))) << str(byCashier.err);
    EXPECT_TRUE(byCashier.err.contains(QStringLiteral("Manage suppliers and purchase orders"))) << str(byCashier.err);
    // A code that is no product, a supplier that does not exist.
    const Outcome badCode = owner({QStringLiteral("po"), QStringLiteral("create"), QStringLiteral("S002"),
                                   QStringLiteral("6999999999994x2")});
    EXPECT_EQ(badCode.exitCode, 1);
    EXPECT_TRUE(badCode.err.contains(QStringLiteral("6999999999994"))) << str(badCode.err);
    const Outcome badSupplier = owner({QStringLiteral("po"), QStringLiteral("create"), QStringLiteral("S999"),
                                       QStringLiteral("140007x2")});
    EXPECT_EQ(badSupplier.exitCode, 1);
    EXPECT_TRUE(badSupplier.err.contains(QStringLiteral("S999"))) << str(badSupplier.err);
    EXPECT_EQ(orders(QStringLiteral("draft")).size(), drafts);

    // The demo's dairy order (20 of 160001, sent): 25 arriving is more than ordered, refused unless
    // accepted; nothing is booked and the order still waits.
    const QJsonArray sent = orders(QStringLiteral("sent"));
    ASSERT_EQ(sent.size(), 1);
    const QString dairy = sent.at(0).toObject().value(QStringLiteral("number")).toString();
    const QString before = onHand(QStringLiteral("160001"));
    const Outcome over = owner({QStringLiteral("po"), QStringLiteral("receive"), dairy, QStringLiteral("160001x25")});
    EXPECT_EQ(over.exitCode, 1);
    EXPECT_FALSE(over.err.isEmpty());
    EXPECT_EQ(onHand(QStringLiteral("160001")), before);
    const Outcome shown = run({QStringLiteral("po"), QStringLiteral("show"), dairy, QStringLiteral("--json")});
    EXPECT_EQ(shown.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    // A cashier may not receive; taking more than was ordered is the buyer's call: a supervisor (who
    // receives deliveries) may not accept it, the owner may.
    EXPECT_EQ(cashier({QStringLiteral("po"), QStringLiteral("receive"), dairy, QStringLiteral("160001x20")}).exitCode, 1);
    const Outcome bySupervisor = supervisor({QStringLiteral("po"), QStringLiteral("receive"), dairy,
                                             QStringLiteral("160001x25"), QStringLiteral("--accept-over")});
    EXPECT_EQ(bySupervisor.exitCode, 1);
    EXPECT_TRUE(bySupervisor.err.contains(QStringLiteral("Manage suppliers and purchase orders"))) << str(bySupervisor.err);
    EXPECT_EQ(onHand(QStringLiteral("160001")), before);
    const Outcome accepted = owner({QStringLiteral("po"), QStringLiteral("receive"), dairy,
                                    QStringLiteral("160001x25"), QStringLiteral("--accept-over")});
    ASSERT_EQ(accepted.exitCode, 0) << str(accepted.err);
    EXPECT_EQ(onHand(QStringLiteral("160001")), plus(before, 25));
}

TEST_F(QtillctlInventoryTest, StockAdjustBooksWhatItSaysAndRefusesACashier)
{
    const QString before = onHand(QStringLiteral("140007"), QStringLiteral("FLOOR"));
    ASSERT_GE(before.toInt(), 5) << str(before);
    // Damage only takes away: "2" with --reason damage removes 2.
    const Outcome damaged = owner({QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("140007"),
                                   QStringLiteral("FLOOR"), QStringLiteral("2"), QStringLiteral("--reason"),
                                   QStringLiteral("damage"), QStringLiteral("--note"), QStringLiteral("罐子压坏")});
    ASSERT_EQ(damaged.exitCode, 0) << str(damaged.err);
    EXPECT_TRUE(damaged.out.contains(QStringLiteral(": -2 ("))) << str(damaged.out);
    EXPECT_TRUE(damaged.out.contains(QStringLiteral("Now on hand: %1.").arg(plus(before, -2)))) << str(damaged.out);
    EXPECT_EQ(onHand(QStringLiteral("140007"), QStringLiteral("FLOOR")), plus(before, -2));

    const Outcome found = owner({QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("140007"),
                                 QStringLiteral("FLOOR"), QStringLiteral("3"), QStringLiteral("--note"),
                                 QStringLiteral("found behind the shelf"), QStringLiteral("--json")});
    ASSERT_EQ(found.exitCode, 0) << str(found.err);
    EXPECT_EQ(found.json().object().value(QStringLiteral("onHand")).toString(), plus(before, 1));
    EXPECT_EQ(found.json().object().value(QStringLiteral("negative")).toBool(), false);

    // The history shows both, newest first, with the note's reason.
    const Outcome history = run({QStringLiteral("stock"), QStringLiteral("history"), QStringLiteral("140007"),
                                 QStringLiteral("--location"), QStringLiteral("FLOOR"), QStringLiteral("--json")});
    ASSERT_EQ(history.exitCode, 0) << str(history.err);
    const QJsonArray moves = history.json().object().value(QStringLiteral("movements")).toArray();
    ASSERT_GE(moves.size(), 2);
    EXPECT_EQ(moves.at(0).toObject().value(QStringLiteral("quantity")).toString(), QStringLiteral("3"));
    EXPECT_EQ(moves.at(1).toObject().value(QStringLiteral("quantity")).toString(), QStringLiteral("-2"));
    EXPECT_EQ(moves.at(1).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("damage"));

    // Refusals: a cashier, a location and a code that do not exist. Nothing moves.
    const Outcome byCashier = cashier({QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("140007"),
                                       QStringLiteral("FLOOR"), QStringLiteral("-1"), QStringLiteral("--note"),
                                       QStringLiteral("x")});
    EXPECT_EQ(byCashier.exitCode, 1);
    EXPECT_TRUE(byCashier.err.contains(QStringLiteral("may not"))) << str(byCashier.err);
    const Outcome nowhere = owner({QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("140007"),
                                   QStringLiteral("NOWHERE"), QStringLiteral("-1"), QStringLiteral("--note"),
                                   QStringLiteral("x")});
    EXPECT_EQ(nowhere.exitCode, 1);
    EXPECT_TRUE(nowhere.err.contains(QStringLiteral("NOWHERE"))) << str(nowhere.err);
    const Outcome noProduct = owner({QStringLiteral("stock"), QStringLiteral("adjust"), QStringLiteral("999999"),
                                     QStringLiteral("FLOOR"), QStringLiteral("-1"), QStringLiteral("--note"),
                                     QStringLiteral("x")});
    EXPECT_EQ(noProduct.exitCode, 1);
    EXPECT_TRUE(noProduct.err.contains(QStringLiteral("999999"))) << str(noProduct.err);
    EXPECT_EQ(onHand(QStringLiteral("140007"), QStringLiteral("FLOOR")), plus(before, 1));
    EXPECT_EQ(run({QStringLiteral("stock"), QStringLiteral("verify")}).exitCode, 0);
}

TEST_F(QtillctlInventoryTest, AStocktakeIsCountedByTwoPeopleAndApprovedByTheOwner)
{
    const Outcome started = supervisor({QStringLiteral("stocktake"), QStringLiteral("start"), QStringLiteral("FLOOR"),
                                        QStringLiteral("--json")});
    ASSERT_EQ(started.exitCode, 0) << str(started.err);
    const QString number = started.json().object().value(QStringLiteral("number")).toString();
    ASSERT_FALSE(number.isEmpty()) << str(started.out);
    EXPECT_EQ(started.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("counting"));

    // Two people count the cola on the floor: 30 and 5 more.
    const Outcome first = cashier({QStringLiteral("stocktake"), QStringLiteral("count"), number, QStringLiteral("140007"),
                                   QStringLiteral("30")});
    ASSERT_EQ(first.exitCode, 0) << str(first.err);
    EXPECT_TRUE(first.out.contains(QStringLiteral("counted 30 "))) << str(first.out);
    const Outcome second = supervisor({QStringLiteral("stocktake"), QStringLiteral("count"), number,
                                       QStringLiteral("140007"), QStringLiteral("5")});
    ASSERT_EQ(second.exitCode, 0) << str(second.err);
    EXPECT_TRUE(second.out.contains(QStringLiteral("counted 35 "))) << str(second.out);
    EXPECT_TRUE(second.out.contains(QStringLiteral("(2 people)"))) << str(second.out);

    const Outcome variance = supervisor({QStringLiteral("stocktake"), QStringLiteral("variance"), number, QStringLiteral("--json")});
    ASSERT_EQ(variance.exitCode, 0) << str(variance.err);
    const QJsonObject report = variance.json().object();
    EXPECT_EQ(report.value(QStringLiteral("linesCounted")).toInt(), 1);
    QJsonObject cola;
    for (const QJsonValue &l : report.value(QStringLiteral("lines")).toArray()) {
        if (l.toObject().value(QStringLiteral("sku")).toString() == QLatin1String("140007"))
            cola = l.toObject();
    }
    const QString book = onHand(QStringLiteral("140007"), QStringLiteral("FLOOR"));
    EXPECT_EQ(cola.value(QStringLiteral("book")).toString(), book);
    EXPECT_EQ(cola.value(QStringLiteral("counted")).toString(), QStringLiteral("35"));
    EXPECT_EQ(cola.value(QStringLiteral("variance")).toString(), QString::number(35 - book.toInt()));

    // A cashier counts but may not approve; the stock stays as booked.
    const Outcome refused = cashier({QStringLiteral("stocktake"), QStringLiteral("approve"), number});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("may not"))) << str(refused.err);
    EXPECT_EQ(onHand(QStringLiteral("140007"), QStringLiteral("FLOOR")), book);

    const Outcome approved = owner({QStringLiteral("stocktake"), QStringLiteral("approve"), number});
    ASSERT_EQ(approved.exitCode, 0) << str(approved.err);
    EXPECT_TRUE(approved.out.contains(QStringLiteral("Approved: 1 stock corrections booked."))) << str(approved.out);
    EXPECT_EQ(onHand(QStringLiteral("140007"), QStringLiteral("FLOOR")), QStringLiteral("35"));
    const Outcome list = run({QStringLiteral("stocktake"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.json().array().size(), 1) << str(list.out);
    EXPECT_EQ(list.json().array().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    // Counting into an approved stocktake, or one that does not exist, is refused.
    EXPECT_EQ(cashier({QStringLiteral("stocktake"), QStringLiteral("count"), number, QStringLiteral("140007"),
                       QStringLiteral("1")}).exitCode, 1);
    const Outcome unknown = cashier({QStringLiteral("stocktake"), QStringLiteral("count"), QStringLiteral("ST-X"),
                                     QStringLiteral("140007"), QStringLiteral("1")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("\"ST-X\" is not a stocktake number"))) << str(unknown.err);
    EXPECT_EQ(onHand(QStringLiteral("140007"), QStringLiteral("FLOOR")), QStringLiteral("35"));
}

TEST_F(QtillctlInventoryTest, ReorderAlertsAndSuggestionsBecomeDraftOrders)
{
    // Every alert is an item below its safety stock, as `stock show` says too.
    const Outcome alerts = cashier({QStringLiteral("reorder"), QStringLiteral("alerts"), QStringLiteral("--json")});
    ASSERT_EQ(alerts.exitCode, 0) << str(alerts.err);
    const QJsonArray below = alerts.json().array();
    ASSERT_FALSE(below.isEmpty()) << str(alerts.out);
    const QJsonObject first = below.at(0).toObject();
    const Outcome shown = run({QStringLiteral("stock"), QStringLiteral("show"), first.value(QStringLiteral("sku")).toString(),
                               QStringLiteral("--json")});
    EXPECT_EQ(shown.json().object().value(QStringLiteral("onHand")).toString(), first.value(QStringLiteral("onHand")).toString());
    EXPECT_LT(first.value(QStringLiteral("onHand")).toString().toDouble(),
              first.value(QStringLiteral("safetyStock")).toString().toDouble());

    const Outcome suggested = owner({QStringLiteral("reorder"), QStringLiteral("suggest"), QStringLiteral("--json")});
    ASSERT_EQ(suggested.exitCode, 0) << str(suggested.err);
    const QJsonArray suggestions = suggested.json().object().value(QStringLiteral("suggestions")).toArray();
    ASSERT_FALSE(suggestions.isEmpty());
    QStringList suppliers;
    for (const QJsonValue &s : suggestions) {
        EXPECT_GT(s.toObject().value(QStringLiteral("quantity")).toString().toDouble(), 0) << str(s.toObject().value(QStringLiteral("sku")).toString());
        const QString supplier = s.toObject().value(QStringLiteral("supplier")).toString();
        if (!supplier.isEmpty() && !suppliers.contains(supplier))
            suppliers << supplier;
    }
    ASSERT_FALSE(suppliers.isEmpty());

    // A cashier sees the suggestions but may not turn them into orders: nothing is created.
    const qsizetype drafts = orders(QStringLiteral("draft")).size();
    const Outcome byCashier = cashier({QStringLiteral("reorder"), QStringLiteral("suggest"), QStringLiteral("--create-po")});
    EXPECT_EQ(byCashier.exitCode, 1);
    EXPECT_TRUE(byCashier.err.contains(QStringLiteral("may not"))) << str(byCashier.err);
    EXPECT_EQ(orders(QStringLiteral("draft")).size(), drafts);

    // The owner's: one draft per supplier, as printed.
    const Outcome created = owner({QStringLiteral("reorder"), QStringLiteral("suggest"), QStringLiteral("--create-po")});
    ASSERT_EQ(created.exitCode, 0) << str(created.err);
    EXPECT_TRUE(created.out.contains(QStringLiteral("Created %1 draft purchase orders").arg(suppliers.size()))) << str(created.out);
    EXPECT_EQ(orders(QStringLiteral("draft")).size(), drafts + suppliers.size());

    // Usage and a supplier that does not exist.
    EXPECT_EQ(owner({QStringLiteral("reorder"), QStringLiteral("suggest"), QStringLiteral("--days"), QStringLiteral("many")}).exitCode, 2);
    const Outcome unknown = owner({QStringLiteral("reorder"), QStringLiteral("suggest"), QStringLiteral("--supplier"),
                                   QStringLiteral("S999")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("S999"))) << str(unknown.err);
}
