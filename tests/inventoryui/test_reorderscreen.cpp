// The Reorder screen on the demo supermarket with a few weeks of sales: every suggested number is the
// formula worked out here independently (sold a day × lead time + safety − on hand − on order, whole
// packs), "Create draft PO" makes exactly those lines, alerts show stock per location, and the
// slow-mover list follows N. Alerts and suggestions are worked out on a worker: the screen says so
// until they arrive, and only the last of several requests is shown. Set QTILL_GRAB_DIR to save
// screenshots of the tabs.
#include "../admin/adminfixture.h"

#include "inventory/catalog.h"
#include "inventory/demostore.h"
#include "inventory/purchaseorderservice.h"
#include "inventory/reorderservice.h"
#include "inventory/stockledger.h"
#include "inventory/supplierservice.h"
#include "inventory/ui/reorderscreen.h"

#include "core/clock.h"
#include "core/store.h"
#include "core/storedtime.h"
#include "shell/theme.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;

namespace {

qint64 ceilDiv(qint64 a, qint64 b)
{
    return a <= 0 ? a / b : (a + b - 1) / b;
}

class ReorderScreenTest : public test::AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        if (HasFatalFailure())
            return;
        if (!qEnvironmentVariableIsEmpty("QTILL_GRAB_DIR"))
            shell::Theme::apply(*qobject_cast<QApplication *>(QCoreApplication::instance()));
        auto filled = DemoStore::populate(services(), context().session());
        ASSERT_TRUE(filled.ok()) << filled.error().toString().toStdString();
        addSales();
        m_screen = std::make_unique<ReorderScreen>(context());
        show(m_screen.get());
        ASSERT_TRUE(waitForFigures());
    }
    void TearDown() override
    {
        m_screen.reset();
        AdminFixture::TearDown();
    }

    /// Sales on the shop floor: the first 40 products with stock there sell 1–4 a day-ish over the
    /// last weeks; every fifth also sold 40 days ago (outside a 28-day window).
    void addSales()
    {
        StockLedger &ledger = inventory().ledger();
        const LocationId floor = ledger.location(QLatin1String(DemoStore::kFloorCode)).value().id;
        auto rows = services().store().exec(QStringLiteral("SELECT id, sku FROM products WHERE status = 'listed' ORDER BY sku"));
        ASSERT_TRUE(rows.ok());
        QList<std::pair<ProductId, QString>> products;
        while (rows->next())
            products << std::pair{ProductId(rows->value(0).toLongLong()), rows->value(1).toString()};
        const QDateTime now = m_clock.now();
        int sold = 0;
        for (const auto &[product, sku] : std::as_const(products)) {
            if (sold >= 40)
                break;
            const qint64 onHand = ledger.onHand(product, floor).value().milli();
            if (onHand < 12000)
                continue;
            const qint64 each = 1000 * (1 + sold % 4);
            for (int daysAgo : {2, 9, 20}) {
                m_clock.set(now.addDays(-daysAgo));
                auto recorded = ledger.record(StockMovement{product, floor, Quantity::fromMilli(-each), StockReason::kSale,
                                                            context().session().operatorId, QStringLiteral("TEST-SALE")});
                ASSERT_TRUE(recorded.ok()) << recorded.error().toString().toStdString();
            }
            if (sold % 5 == 0) {
                m_clock.set(now.addDays(-40));
                ASSERT_TRUE(ledger.record(StockMovement{product, floor, Quantity::units(-1), StockReason::kSale,
                                                        context().session().operatorId, QStringLiteral("TEST-OLD")})
                                .ok());
            }
            m_soldSkus << sku;
            ++sold;
        }
        // Products already low sell a little too (a fraction of a piece a day).
        auto alerts = inventory().reorder().alerts(context().session(), 1000);
        ASSERT_TRUE(alerts.ok());
        for (const StockAlert &a : std::as_const(*alerts)) {
            if (m_soldSkus.contains(a.sku) || ledger.onHand(a.product, floor).value().milli() < 3000)
                continue;
            for (int daysAgo : {3, 10}) {
                m_clock.set(now.addDays(-daysAgo));
                ASSERT_TRUE(ledger.record(StockMovement{a.product, floor, Quantity::units(-1), StockReason::kSale,
                                                        context().session().operatorId, QStringLiteral("TEST-SALE")})
                                .ok());
            }
            m_soldSkus << a.sku;
        }
        m_clock.set(now);
    }

    /// Waits until the alerts and suggestions worked out on the worker are shown.
    bool waitForFigures()
    {
        return waitUntil([&] { return !m_screen->isCalculating(); }, 30000);
    }

    QString subtitle() const
    {
        return m_screen->findChild<QLabel *>(QStringLiteral("pageSubtitle"))->text();
    }

    /// The first business day of a `days`-day window (the demo's day starts at 04:00).
    QString sinceDay(int days) const
    {
        return Clock::businessDate(m_clock.now().addDays(-days), QTime(4, 0)).toString(Qt::ISODate);
    }

    /// Sold minus refunded since `days` days ago, in milli-units, straight from the ledger table, plus the
    /// demo's sales history before Qtill (whole business days from the window's first business day).
    qint64 soldSince(ProductId product, int days)
    {
        auto q = services().store().exec(
            QStringLiteral("SELECT (SELECT COALESCE(-SUM(qty_milli), 0) FROM stock_movements"
                           "         WHERE product_id = ? AND reason IN ('sale', 'refund') AND at >= ?)"
                           " + (SELECT COALESCE(SUM(qty_milli), 0) FROM sales_history"
                           "    WHERE product_id = ? AND business_date >= ?)"),
            {qint64(product.value()), storedTime(m_clock.now().addDays(-days)), qint64(product.value()),
             sinceDay(days)});
        EXPECT_TRUE(q.ok() && q->next());
        return q->value(0).toLongLong();
    }

    void grab(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("QTILL_GRAB_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(50);
        widget->grab().save(QDir(dir).filePath(name));
    }

    QString cell(QTableWidget *table, int row, int column) const
    {
        QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    }

    QSet<QString> skusIn(QTableWidget *table, int column)
    {
        QSet<QString> skus;
        for (int row = 0; row < table->rowCount(); ++row)
            skus.insert(cell(table, row, column));
        return skus;
    }

    std::unique_ptr<ReorderScreen> m_screen;
    QStringList m_soldSkus;
};

} // namespace

TEST_F(ReorderScreenTest, EverySuggestedNumberIsTheFormulaWorkedOutIndependently)
{
    const QLocale locale;
    const int days = m_screen->salesDaysBox()->value();
    ASSERT_EQ(days, 28);
    SupplierService &suppliers = inventory().suppliers();
    StockLedger &ledger = inventory().ledger();
    const Catalog &catalog = inventory().catalog();
    auto onOrderAll = inventory().purchasing().onOrderAll();
    ASSERT_TRUE(onOrderAll.ok());

    QComboBox *box = m_screen->supplierBox();
    ASSERT_GE(box->count(), 2) << "the demo store should need goods from several suppliers";
    int checked = 0;
    QSet<qint64> shownProducts;
    for (int i = 0; i < box->count(); ++i) {
        box->setCurrentIndex(i);
        const QList<ReorderSuggestion> shown = m_screen->shownSuggestions();
        QTableWidget *table = m_screen->suggestionsTable();
        ASSERT_EQ(table->rowCount(), shown.size());
        for (int row = 0; row < shown.size(); ++row) {
            const ReorderSuggestion &s = shown.at(row);
            shownProducts.insert(s.product.value());
            const Product product = catalog.product(s.product).value();
            EXPECT_EQ(cell(table, row, ReorderScreen::kProduct), product.name);
            EXPECT_THAT(table->item(row, ReorderScreen::kProduct)->toolTip().toStdString(),
                        HasSubstr(product.sku.toStdString()));

            // The independent arithmetic.
            const qint64 sold = soldSince(s.product, days);
            int lead = 7;   // no supplier: the default lead time
            qint64 pack = 1000;
            Money cost = product.cost;
            if (s.supplier.isValid()) {
                lead = suppliers.supplier(s.supplier).value().leadTimeDays;
                for (const SupplierItem &item : suppliers.suppliersOf(s.product).value()) {
                    if (item.supplier == s.supplier) {
                        pack = item.packSize.milli();
                        if (item.lastCost.isPositive())
                            cost = item.lastCost;
                    }
                }
            }
            const qint64 demand = ceilDiv(sold * lead, days);
            const qint64 onHand = ledger.onHand(s.product).value().milli();
            const qint64 onOrder = onOrderAll->value(s.product).milli();
            const qint64 need = demand + product.safetyStock.milli() - onHand - onOrder;
            const qint64 quantity = ceilDiv(need, pack) * pack;
            ASSERT_GT(need, 0) << product.sku.toStdString();

            auto q = [&](qint64 milli) { return Quantity::fromMilli(milli).toString(locale); };
            EXPECT_EQ(cell(table, row, ReorderScreen::kAverage), q((2 * sold + days) / (2 * days)));
            EXPECT_EQ(cell(table, row, ReorderScreen::kLead), QString::number(lead));
            EXPECT_EQ(cell(table, row, ReorderScreen::kDemand), q(demand)) << product.sku.toStdString();
            EXPECT_EQ(cell(table, row, ReorderScreen::kSafety), q(product.safetyStock.milli()));
            EXPECT_EQ(cell(table, row, ReorderScreen::kOnHand), q(onHand));
            EXPECT_EQ(cell(table, row, ReorderScreen::kOnOrder), q(onOrder));
            EXPECT_EQ(cell(table, row, ReorderScreen::kNeed), q(need)) << product.sku.toStdString();
            EXPECT_EQ(cell(table, row, ReorderScreen::kPack), q(pack));
            EXPECT_EQ(cell(table, row, ReorderScreen::kOrder), q(quantity)) << product.sku.toStdString();
            EXPECT_EQ(cell(table, row, ReorderScreen::kValue), cost.times(Quantity::fromMilli(quantity)).value().format(locale));
            ++checked;
        }
    }
    EXPECT_GT(checked, 10);

    // And nothing is missing: every listed product whose need comes out above zero is suggested.
    auto all = services().store().exec(
        QStringLiteral("SELECT id FROM products WHERE status = 'listed' AND (safety_stock_milli > 0 OR id IN"
                       " (SELECT product_id FROM stock_movements WHERE reason = 'sale' AND at >= ?) OR id IN"
                       " (SELECT product_id FROM sales_history WHERE qty_milli > 0 AND business_date >= ?))"),
        {storedTime(m_clock.now().addDays(-days)), sinceDay(days)});
    ASSERT_TRUE(all.ok());
    int expected = 0;
    while (all->next()) {
        const ProductId id(all->value(0).toLongLong());
        const Product product = catalog.product(id).value();
        int lead = 7;
        if (auto preferred = suppliers.preferredItem(id); preferred.ok() && preferred->has_value())
            lead = suppliers.supplier((*preferred)->supplier).value().leadTimeDays;
        else if (auto any = suppliers.suppliersOf(id); any.ok() && !any->isEmpty())
            continue;   // several suppliers and none preferred: the cheapest decides; checked above
        const qint64 need = ceilDiv(soldSince(id, days) * lead, days) + product.safetyStock.milli()
            - ledger.onHand(id).value().milli() - onOrderAll->value(id).milli();
        if (need > 0) {
            ++expected;
            EXPECT_TRUE(shownProducts.contains(id.value())) << product.sku.toStdString() << " is missing";
        }
    }
    EXPECT_GT(expected, 0);

    // The panel under the table spells the first row out.
    box->setCurrentIndex(0);
    m_screen->suggestionsTable()->selectRow(0);
    const ReorderSuggestion first = m_screen->shownSuggestions().constFirst();
    EXPECT_THAT(m_screen->formulaText().toStdString(), HasSubstr(QString(QStringLiteral("= need ") + first.need.toString(locale)).toStdString()));

    m_screen->showTab(ReorderScreen::SuggestionsTab);
    m_screen->prepareScreenshot();
    grab(m_screen.get(), QStringLiteral("reorder-suggestions.png"));
}

TEST_F(ReorderScreenTest, CreateDraftPoOrdersExactlyTheShownLinesWithTheEditedQuantity)
{
    m_screen->prepareScreenshot();   // the supplier with the most lines
    QComboBox *box = m_screen->supplierBox();
    const SupplierId supplier(box->currentData().toLongLong());
    ASSERT_TRUE(supplier.isValid());
    const QList<ReorderSuggestion> before = m_screen->shownSuggestions();
    ASSERT_GE(before.size(), 2);

    // The manager orders three packs of the first product instead.
    const Quantity threePacks = Quantity::fromMilli(3 * before.at(0).packSize.milli() + before.at(0).quantity.milli());
    ASSERT_TRUE(m_screen->setOrderQuantity(0, threePacks.toString(QLocale())));
    EXPECT_EQ(m_screen->shownSuggestions().at(0).quantity, threePacks);
    EXPECT_EQ(m_screen->shownSuggestions().at(0).value, before.at(0).unitCost.times(threePacks).value());
    // A typing mistake is refused and the number stays.
    m_screen->setOrderQuantity(1, QStringLiteral("abc"));
    EXPECT_TRUE(context().lastWasError());
    EXPECT_EQ(m_screen->shownSuggestions().at(1).quantity, before.at(1).quantity);

    tap(m_screen->createOrderButton());
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("Draft purchase order"));
    EXPECT_FALSE(context().lastWasError());
    // Alerts and suggestions are worked out again (on the worker): nothing to order meanwhile.
    EXPECT_TRUE(m_screen->isCalculating());
    EXPECT_FALSE(m_screen->createOrderButton()->isEnabled());
    ASSERT_TRUE(waitForFigures());

    PurchaseOrderService &orders = inventory().purchasing();
    auto drafts = orders.orders({PurchaseOrderStatus::Draft}, supplier);
    ASSERT_TRUE(drafts.ok());
    ASSERT_FALSE(drafts->isEmpty());
    auto po = orders.order(drafts->constFirst().id);
    ASSERT_TRUE(po.ok());
    EXPECT_EQ(po->status, PurchaseOrderStatus::Draft);
    EXPECT_EQ(po->supplier, supplier);
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr(po->number.toStdString()));
    ASSERT_EQ(po->lines.size(), before.size());
    for (const ReorderSuggestion &s : before) {
        const Quantity expected = s.product == before.at(0).product ? threePacks : s.quantity;
        bool found = false;
        for (const PurchaseOrderLine &line : po->lines) {
            if (line.product == s.product) {
                found = true;
                EXPECT_EQ(line.ordered, expected) << s.sku.toStdString();
                EXPECT_EQ(line.unitCost, s.unitCost) << s.sku.toStdString();
            }
        }
        EXPECT_TRUE(found) << s.sku.toStdString() << " is not on the PO";
    }

    // Now on order: the supplier has nothing left to suggest.
    for (const ReorderSuggestion &s : m_screen->shownSuggestions())
        EXPECT_NE(s.supplier, supplier) << s.sku.toStdString() << " suggested again";
}

TEST_F(ReorderScreenTest, CashierCannotCreateAnOrderWithoutAManager)
{
    context().setSession(signIn(QLatin1String(kCashier), QLatin1String(kCashierPin)));
    m_screen = std::make_unique<ReorderScreen>(context());
    show(m_screen.get());
    m_screen->prepareScreenshot();
    const SupplierId supplier(m_screen->supplierBox()->currentData().toLongLong());
    ASSERT_TRUE(supplier.isValid());
    const auto drafts = [&] {
        return inventory().purchasing().orders({PurchaseOrderStatus::Draft}, supplier).value().size();
    };
    const qsizetype before = drafts();
    tap(m_screen->createOrderButton());   // the override dialog is cancelled (no supervisor)
    ASSERT_FALSE(context().authorizeRequests.isEmpty());
    EXPECT_THAT(context().authorizeRequests.last().toStdString(), HasSubstr("purchasing.order"));
    EXPECT_EQ(drafts(), before);
    // The shift supervisor may not order (a manager's right): refused, nothing ordered.
    context().supervisor = SupervisorCredentials{QLatin1String(kSupervisor), QLatin1String(kSupervisorPin)};
    tap(m_screen->createOrderButton());
    EXPECT_TRUE(context().lastWasError());
    EXPECT_EQ(drafts(), before);
    // The owner's approval goes through: one new draft for this supplier.
    context().supervisor = SupervisorCredentials{QLatin1String(kOwner), QLatin1String(kOwnerPin)};
    tap(m_screen->createOrderButton());
    EXPECT_EQ(drafts(), before + 1);
}

TEST_F(ReorderScreenTest, AlertsShowStockPerLocationAndWhatIsOnOrder)
{
    m_screen->showTab(ReorderScreen::AlertsTab);
    QTableWidget *table = m_screen->alertsTable();
    ASSERT_GT(table->rowCount(), 0) << "the demo store has low-stock items";
    StockLedger &ledger = inventory().ledger();
    const QList<Location> locations = ledger.locations().value();
    ASSERT_GE(locations.size(), 2);
    for (int i = 0; i < locations.size(); ++i)
        EXPECT_EQ(table->horizontalHeaderItem(2 + i)->text(), locations.at(i).name);
    const Catalog &catalog = inventory().catalog();
    auto onOrderAll = inventory().purchasing().onOrderAll().value();
    const QLocale locale;
    for (int row = 0; row < std::min(table->rowCount(), 15); ++row) {
        const Product p = catalog.productBySku(cell(table, row, 0)).value();
        for (int i = 0; i < locations.size(); ++i)
            EXPECT_EQ(cell(table, row, 2 + i), ledger.onHand(p.id, locations.at(i).id).value().toString(locale));
        const Quantity total = ledger.onHand(p.id).value();
        EXPECT_LT(total, p.safetyStock);
        const QString onOrder = cell(table, row, 2 + int(locations.size()) + 2);
        const Quantity ordered = onOrderAll.value(p.id);
        EXPECT_EQ(onOrder, ordered.isZero() ? QStringLiteral("–") : ordered.toString(locale));
        const QString status = cell(table, row, table->columnCount() - 1);
        if (total.milli() <= 0) {
            EXPECT_THAT(status.toStdString(), HasSubstr("Out of stock"));
        }
    }
    grab(m_screen.get(), QStringLiteral("reorder-alerts.png"));
}

TEST_F(ReorderScreenTest, SlowMoversFollowTheNumberOfDays)
{
    m_screen->showTab(ReorderScreen::SlowMoversTab);
    QTableWidget *table = m_screen->slowMoversTable();
    // Products with stock and no sale in the window — neither in the ledger nor on a day of the demo's
    // sales history before Qtill (whole business days from the window's first business day).
    const auto expectedSlow = [&](int days) {
        auto q = services().store().exec(
            QStringLiteral("SELECT p.sku FROM products p WHERE p.status = 'listed'"
                           " AND (SELECT COALESCE(SUM(qty_milli), 0) FROM stock_movements WHERE product_id = p.id) > 0"
                           " AND NOT EXISTS (SELECT 1 FROM stock_movements WHERE product_id = p.id AND reason = 'sale'"
                           "                 AND at >= ?)"
                           " AND NOT EXISTS (SELECT 1 FROM sales_history WHERE product_id = p.id AND qty_milli > 0"
                           "                 AND business_date >= ?)"),
            {storedTime(m_clock.now().addDays(-days)), sinceDay(days)});
        QSet<QString> skus;
        EXPECT_TRUE(q.ok());
        while (q.ok() && q->next())
            skus.insert(q->value(0).toString());
        return skus;
    };
    // Everything sold in the last 9 days at the latest: none of it is slow over 30 days.
    m_screen->slowDaysBox()->setValue(30);
    const QSet<QString> month = skusIn(table, 0);
    ASSERT_FALSE(month.isEmpty()) << "some demo products sold nothing in the last four weeks";
    EXPECT_EQ(month, expectedSlow(30));
    for (const QString &sku : std::as_const(m_soldSkus))
        EXPECT_FALSE(month.contains(sku)) << sku.toStdString();
    // Over one day the list grows: what sold two days ago (ledger) or before yesterday (history) is slow too.
    m_screen->slowDaysBox()->setValue(1);
    const QSet<QString> day = skusIn(table, 0);
    EXPECT_EQ(day, expectedSlow(1));
    EXPECT_TRUE(day.contains(month));
    EXPECT_GT(day.size(), month.size());
    EXPECT_THAT(m_screen->findChild<QLabel *>(QStringLiteral("slowMoverSummary"))->text().toStdString(),
                HasSubstr(std::to_string(day.size())));
    grab(m_screen.get(), QStringLiteral("reorder-slow.png"));

    m_screen->showTab(ReorderScreen::BestSellersTab);
    ASSERT_GT(m_screen->bestSellersTable()->rowCount(), 0);
    grab(m_screen.get(), QStringLiteral("reorder-best.png"));
}

TEST_F(ReorderScreenTest, SaysItIsCalculatingAndAnswersUntilTheFiguresArrive)
{
    // A new screen returns at once: the figures are worked out on the worker, not in the constructor.
    m_screen = std::make_unique<ReorderScreen>(context());
    QSignalSpy loaded(m_screen.get(), &ReorderScreen::loaded);
    EXPECT_TRUE(m_screen->isCalculating());
    EXPECT_THAT(subtitle().toStdString(), HasSubstr("Calculating"));
    EXPECT_EQ(m_screen->findChild<QLabel *>(QStringLiteral("alertSummary"))->text(), QStringLiteral("Calculating…"));
    EXPECT_EQ(m_screen->suggestionsTable()->rowCount(), 0);
    EXPECT_EQ(m_screen->alertsTable()->rowCount(), 0);
    EXPECT_FALSE(m_screen->createOrderButton()->isEnabled());
    // The draft-PO path refuses too (nothing shown yet to order from), and says why.
    m_screen->createDraftOrder();
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("still being calculated"));
    // Meanwhile the rest of the screen answers: the slow movers follow N at once.
    m_screen->showTab(ReorderScreen::SlowMoversTab);
    m_screen->slowDaysBox()->setValue(1);
    EXPECT_GT(m_screen->slowMoversTable()->rowCount(), 0);
    EXPECT_TRUE(m_screen->isCalculating());

    show(m_screen.get());
    ASSERT_TRUE(loaded.count() > 0 || loaded.wait(30000));
    EXPECT_EQ(loaded.count(), 1);
    EXPECT_FALSE(m_screen->isCalculating());
    EXPECT_THAT(subtitle().toStdString(), HasSubstr("to reorder"));
    EXPECT_THAT(subtitle().toStdString(), ::testing::Not(HasSubstr("Calculating")));
    EXPECT_GT(m_screen->suggestionsTable()->rowCount(), 0);
    EXPECT_GT(m_screen->alertsTable()->rowCount(), 0);
    EXPECT_TRUE(m_screen->suggestionsTable()->isEnabled());
    EXPECT_TRUE(m_screen->createOrderButton()->isEnabled());
}

TEST_F(ReorderScreenTest, AskingAgainWhileCalculatingShowsOnlyTheLastAnswer)
{
    QSignalSpy loaded(m_screen.get(), &ReorderScreen::loaded);
    // A manager tries 7 days, then 14 before the 7-day figures are back.
    m_screen->salesDaysBox()->setValue(7);
    ASSERT_TRUE(m_screen->isCalculating());
    m_screen->salesDaysBox()->setValue(14);
    EXPECT_THAT(subtitle().toStdString(), HasSubstr("last 14 day"));
    ASSERT_TRUE(waitForFigures());
    // The 7-day figures were dropped, never shown: one answer, over 14 days, for every supplier.
    EXPECT_EQ(loaded.count(), 1);
    QComboBox *box = m_screen->supplierBox();
    ASSERT_GE(box->count(), 1);
    int checked = 0;
    for (int i = 0; i < box->count(); ++i) {
        box->setCurrentIndex(i);
        for (const ReorderSuggestion &s : m_screen->shownSuggestions()) {
            EXPECT_EQ(s.salesDays, 14) << s.sku.toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, 0);
    EXPECT_THAT(m_screen->formulaText().toStdString(), HasSubstr("in the last 14 days"));
}
