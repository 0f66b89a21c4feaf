// The Purchasing screen on the demo supermarket: a purchase order made by scanning, sent, received in
// two deliveries (stock, moving-average cost, the order's state), serial numbers at receipt, receiving
// without an order, a return to the supplier, bad input, suppliers, and a cashier's override.
#include "../admin/adminfixture.h"

#include "inventory/catalog.h"
#include "inventory/demostore.h"
#include "inventory/ean13.h"
#include "inventory/productservice.h"
#include "inventory/purchaseorderservice.h"
#include "inventory/receivingservice.h"
#include "inventory/serialnumberservice.h"
#include "inventory/stockledger.h"
#include "inventory/supplierservice.h"
#include "inventory/ui/inventoryuimodule.h"
#include "inventory/ui/purchaseordereditor.h"
#include "inventory/ui/purchaseorderstab.h"
#include "inventory/ui/purchasescanbar.h"
#include "inventory/ui/purchasingscreen.h"
#include "inventory/ui/receivingtab.h"
#include "inventory/ui/supplierdialog.h"
#include "inventory/ui/supplieritemdialog.h"
#include "inventory/ui/supplierreturnstab.h"
#include "inventory/ui/supplierstab.h"

#include "core/store.h"
#include "shell/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;

namespace {

class PurchasingScreenTest : public test::AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        if (HasFatalFailure())
            return;
        // The real look (touch sizes, fonts), as the shell shows it.
        static bool themed = false;
        if (!themed) {
            shell::Theme::apply(*qobject_cast<QApplication *>(QCoreApplication::instance()));
            themed = true;
        }
        auto filled = DemoStore::populate(services(), context().session());
        ASSERT_TRUE(filled.ok()) << filled.error().toString().toStdString();
        m_catalog = &inventory().catalog();
        m_ledger = &inventory().ledger();
        openScreen();
    }
    void TearDown() override
    {
        m_screen.reset();
        AdminFixture::TearDown();
    }

    void openScreen()
    {
        m_screen.reset();
        m_screen = std::make_unique<PurchasingScreen>(context());
        show(m_screen.get());
    }

    Product product(const char *sku) const { return m_catalog->productBySku(QLatin1String(sku)).value(); }
    /// The product's own barcode (a pack of one).
    QString itemBarcode(const char *sku) const
    {
        for (const ScanMatch &code : m_catalog->barcodes(product(sku).id).value()) {
            if (code.packQuantity == Quantity::units(1) && code.code.size() == 13)
                return code.code;
        }
        return {};
    }
    Quantity onHand(const char *sku) const { return m_ledger->onHand(product(sku).id).value(); }
    Quantity onHandAt(const char *sku, const char *location) const
    {
        return m_ledger->onHand(product(sku).id, m_ledger->location(QLatin1String(location)).value().id).value();
    }
    SupplierId supplier(const char *code)
    {
        return inventory().suppliers().supplierByCode(QLatin1String(code)).value().id;
    }
    static void chooseData(QComboBox *combo, qint64 id)
    {
        const int at = combo->findData(QVariant::fromValue(qlonglong(id)));
        ASSERT_GE(at, 0);
        combo->setCurrentIndex(at);
        Q_EMIT combo->activated(at);
    }
    /// Types into the scan bar's quantity (and cost) and scans `code` with Enter, as a scanner does.
    static void scan(PurchaseScanBar *bar, const QString &code, const QString &quantity = QStringLiteral("1"),
        const QString &cost = {})
    {
        typeInto(bar->quantityEdit(), quantity);
        if (bar->costEdit())
            typeInto(bar->costEdit(), cost);
        typeInto(bar->scanBox(), code);
        QTest::keyClick(bar->scanBox(), Qt::Key_Return);
    }
    static QString cellText(QTableWidget *table, int row, int column)
    {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    }
    qint64 receiptCount()
    {
        auto q = m_services->store().exec(QStringLiteral("SELECT COUNT(*) FROM receipts"), {}, QString());
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    /// Expected moving average, worked out here by hand: (q0 × c0 + q × c) / (q0 + q), half up to the fen.
    static qint64 average(qint64 costFen, qint64 onHandMilli, qint64 unitFen, qint64 qtyMilli)
    {
        if (onHandMilli <= 0)
            return unitFen;
        const qint64 num = costFen * onHandMilli + unitFen * qtyMilli;
        const qint64 den = onHandMilli + qtyMilli;
        return (2 * num + den) / (2 * den);
    }
    static void grabDialog(QWidget *dialog, const char *name)
    {
        const QByteArray dir = qgetenv("QTILL_GRAB_DIR");
        QCoreApplication::processEvents();
        if (!dir.isEmpty())
            dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/h3-%1.png").arg(QLatin1String(name)));
    }
    void grab(const char *name)
    {
        const QByteArray dir = qgetenv("QTILL_GRAB_DIR");
        QCoreApplication::processEvents(); // let pending layout requests run, as the event loop would
        if (!dir.isEmpty())
            m_screen->grab().save(
                QString::fromLocal8Bit(dir) + QStringLiteral("/h4-purchasing-%1.png").arg(QLatin1String(name)));
    }

    Catalog *m_catalog = nullptr;
    StockLedger *m_ledger = nullptr;
    std::unique_ptr<PurchasingScreen> m_screen;
};

} // namespace

TEST_F(PurchasingScreenTest, AnOrderIsScannedSentPartlyReceivedThenReceived)
{
    PurchaseOrdersTab *orders = m_screen->orders();
    tap(orders->findChild<QPushButton *>(QStringLiteral("newOrderButton")));
    ASSERT_TRUE(orders->isEditing());
    PurchaseOrderEditor *editor = orders->editor();
    EXPECT_EQ(editor->titleText(), QStringLiteral("New purchase order"));
    chooseData(editor->supplierCombo(), supplier("S002").value());

    const Product water = product("140001");
    const Product cola = product("140006");
    scan(editor->scanBar(), itemBarcode("140001"), QStringLiteral("48"), QStringLiteral("2.00"));
    scan(editor->scanBar(), itemBarcode("140006"), QStringLiteral("24"));
    ASSERT_EQ(editor->lines().size(), 2);
    EXPECT_EQ(cellText(editor->table(), 0, PurchaseOrderEditor::OrderedColumn), QStringLiteral("48"));
    EXPECT_EQ(cellText(editor->table(), 0, PurchaseOrderEditor::CostColumn), QStringLiteral("2.00"));
    EXPECT_EQ(cellText(editor->table(), 0, PurchaseOrderEditor::SupplierCodeColumn), QStringLiteral("02-140001"));
    EXPECT_EQ(cellText(editor->table(), 0, PurchaseOrderEditor::ValueColumn), QStringLiteral("¥96.00"));
    const Money colaValue = cola.cost.times(Quantity::units(24)).value();
    EXPECT_EQ(editor->totalText(),
        QStringLiteral("2 line(s) · %1").arg(Money::fromMinor(9600 + colaValue.minor(), Currency::cny()).format(QLocale())));

    tap(editor->sendButton()); // saves the draft, then sends it
    ASSERT_TRUE(editor->orderId().isValid()) << context().lastMessage().toStdString();
    const PurchaseOrderId id = editor->orderId();
    PurchaseOrderService &service = inventory().purchasing();
    const PurchaseOrder sent = service.order(id).value();
    EXPECT_EQ(sent.status, PurchaseOrderStatus::Sent);
    EXPECT_TRUE(sent.number.startsWith(QStringLiteral("PO-R01-"))) << sent.number.toStdString();
    EXPECT_EQ(editor->titleText(), QStringLiteral("Purchase order %1").arg(sent.number));
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("sent to 华东饮料酒水批发中心"));
    EXPECT_FALSE(editor->scanBar()->isVisible()); // a sent order's lines are fixed

    // Receive the first half of the water by scanning, on the Receiving tab the order opens.
    tap(editor->receiveButton());
    ASSERT_EQ(m_screen->tabs()->currentIndex(), PurchasingScreen::ReceivingTabIndex);
    ReceivingTab *receiving = m_screen->receiving();
    ASSERT_EQ(receiving->lines().size(), 2);
    const Quantity waterBefore = onHand("140001");
    const Quantity floorBefore = onHandAt("140001", DemoStore::kFloorCode);
    const Money costBefore = product("140001").cost;
    for (int i = 0; i < 24; ++i)
        scan(receiving->scanBar(), itemBarcode("140001"));
    EXPECT_EQ(receiving->lines().at(0).now, Quantity::units(24));
    EXPECT_EQ(receiving->summaryText(), QStringLiteral("1 line(s) · ¥48.00"));
    typeInto(receiving->deliveryNoteEdit(), QStringLiteral("HD-2026-001"));
    tap(receiving->postButton());
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("is now partly received"));
    EXPECT_FALSE(context().lastWasError());
    EXPECT_EQ(service.order(id)->status, PurchaseOrderStatus::PartlyReceived);
    EXPECT_EQ(onHand("140001").milli(), waterBefore.milli() + 24000);
    EXPECT_EQ(onHandAt("140001", DemoStore::kFloorCode).milli(), floorBefore.milli() + 24000);
    const qint64 expectedCost = average(costBefore.minor(), waterBefore.milli(), 200, 24000);
    EXPECT_EQ(product("140001").cost.minor(), expectedCost);
    EXPECT_NE(expectedCost, costBefore.minor()); // the number really moved

    // The order stays chosen with what came so far; one water too many is refused at the scan.
    ASSERT_EQ(receiving->lines().size(), 2);
    EXPECT_EQ(receiving->lines().at(0).receivedBefore, Quantity::units(24));
    scan(receiving->scanBar(), itemBarcode("140001"), QStringLiteral("25"));
    EXPECT_THAT(receiving->scanBar()->hintText().toStdString(), HasSubstr("Too many"));
    EXPECT_TRUE(receiving->lines().at(0).now.isZero());
    // A product that is not on the order is refused too.
    scan(receiving->scanBar(), itemBarcode("100001"));
    EXPECT_THAT(receiving->scanBar()->hintText().toStdString(), HasSubstr("is not on"));
    EXPECT_EQ(receiving->lines().size(), 2);

    // The rest: 24 water (one scan of quantity 24) and the cola.
    scan(receiving->scanBar(), itemBarcode("140001"), QStringLiteral("24"));
    scan(receiving->scanBar(), itemBarcode("140006"), QStringLiteral("24"));
    const Quantity colaBefore = onHand("140006");
    tap(receiving->postButton());
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("is now received"));
    EXPECT_EQ(service.order(id)->status, PurchaseOrderStatus::Received);
    EXPECT_EQ(onHand("140006").milli(), colaBefore.milli() + 24000);
    EXPECT_EQ(inventory().receiving().receipts(id)->size(), 2);
    // It leaves the open orders; the list shows it under Received/closed.
    EXPECT_EQ(receiving->orderCombo()->findData(QVariant::fromValue(qlonglong(id.value()))), -1);
    orders->setFilter(PurchaseOrdersTab::DoneFilter);
    bool listed = false;
    for (const PurchaseOrderSummary &s : orders->shown())
        listed = listed || s.id == id;
    EXPECT_TRUE(listed);
}

TEST_F(PurchasingScreenTest, AnOrderCanBeCancelledAndTheListFiltersByState)
{
    PurchaseOrdersTab *orders = m_screen->orders();
    orders->setFilter(PurchaseOrdersTab::AllFilter);
    EXPECT_EQ(orders->table()->rowCount(), 5); // the demo's orders, in every state
    EXPECT_THAT(orders->summaryText().toStdString(), HasSubstr("5 order(s)"));
    orders->setFilter(PurchaseOrdersTab::DraftFilter);
    ASSERT_EQ(orders->table()->rowCount(), 1);
    orders->openRow(0);
    ASSERT_TRUE(orders->isEditing());
    const PurchaseOrderId draft = orders->editor()->orderId();
    EXPECT_TRUE(orders->editor()->cancelOrder());
    EXPECT_EQ(inventory().purchasing().order(draft)->status, PurchaseOrderStatus::Cancelled);
    tap(orders->findChild<QPushButton *>(QStringLiteral("orderBackButton")));
    EXPECT_EQ(orders->table()->rowCount(), 0);
    EXPECT_EQ(orders->summaryText(), QStringLiteral("No orders in this view."));
}

TEST_F(PurchasingScreenTest, SerialTrackedGoodsTakeOneSerialPerUnitAndAfterSalesFindsThem)
{
    ProductService &products = inventory().products();
    Product phone;
    phone.sku = QStringLiteral("259001");
    phone.name = QStringLiteral("测试手机 256GB");
    phone.categoryId = m_catalog->categories().value().constFirst().id;
    phone.unit = QStringLiteral("台");
    phone.price = Money::fromMinor(299900, Currency::cny());
    phone.cost = Money::fromMinor(250000, Currency::cny());
    phone.taxClass = QStringLiteral("standard");
    phone.serialTracked = true;
    const QString barcode = Ean13::complete(QStringLiteral("693999909001"));
    auto id = products.create(
        context().session(), phone, {ProductBarcode {barcode, BarcodeType::kGtin, Quantity::units(1)}});
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();

    m_screen->showTab(PurchasingScreen::ReceivingTabIndex);
    ReceivingTab *receiving = m_screen->receiving();
    receiving->setSupplier(supplier("S005"));
    scan(receiving->scanBar(), barcode, QStringLiteral("2"), QStringLiteral("2400"));
    ASSERT_TRUE(receiving->scanBar()->isAskingSerial());
    EXPECT_THAT(receiving->scanBar()->hintText().toStdString(), HasSubstr("serial"));
    // Booking is refused until every unit has its serial.
    EXPECT_FALSE(receiving->post());
    typeInto(receiving->scanBar()->scanBox(), QStringLiteral("IMEI-860001"));
    QTest::keyClick(receiving->scanBar()->scanBox(), Qt::Key_Return);
    // The same serial twice in one delivery is refused.
    typeInto(receiving->scanBar()->scanBox(), QStringLiteral("imei-860001"));
    QTest::keyClick(receiving->scanBar()->scanBox(), Qt::Key_Return);
    EXPECT_THAT(receiving->scanBar()->hintText().toStdString(), HasSubstr("scanned already"));
    typeInto(receiving->scanBar()->scanBox(), QStringLiteral("IMEI-860002"));
    QTest::keyClick(receiving->scanBar()->scanBox(), Qt::Key_Return);
    EXPECT_FALSE(receiving->scanBar()->isAskingSerial());
    ASSERT_EQ(receiving->lines().size(), 1);
    EXPECT_EQ(receiving->lines().first().now, Quantity::units(2));
    EXPECT_EQ(receiving->lines().first().serials,
        (QStringList {QStringLiteral("IMEI-860001"), QStringLiteral("IMEI-860002")}));
    EXPECT_THAT(cellText(receiving->table(), 0, 6).toStdString(), HasSubstr("IMEI-860002"));

    ASSERT_TRUE(receiving->post()) << context().lastMessage().toStdString();
    EXPECT_EQ(m_ledger->onHand(*id).value(), Quantity::units(2));
    EXPECT_EQ(m_catalog->product(*id)->cost, Money::fromMinor(240000, Currency::cny()));
    auto found = inventory().serials().lookup(QStringLiteral("imei-860002"));
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().product, *id);
    EXPECT_TRUE(found->first().receiptDocument.startsWith(QStringLiteral("GR-R01-")));
    EXPECT_EQ(found->first().status, SerialStatus::InStock);
}

TEST_F(PurchasingScreenTest, GoodsAreReceivedWithoutAnOrder)
{
    m_screen->showTab(PurchasingScreen::ReceivingTabIndex);
    ReceivingTab *receiving = m_screen->receiving();
    receiving->setSupplier(supplier("S001"));
    EXPECT_TRUE(receiving->supplierCombo()->isEnabled());
    const Quantity before = onHand("100001");
    const Money costBefore = product("100001").cost;
    scan(receiving->scanBar(), itemBarcode("100001"), QStringLiteral("10"), QStringLiteral("30.00"));
    ASSERT_EQ(receiving->lines().size(), 1);
    EXPECT_EQ(receiving->summaryText(), QStringLiteral("1 line(s) · ¥300.00"));
    ASSERT_TRUE(receiving->post()) << context().lastMessage().toStdString();
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("booked in"));
    EXPECT_EQ(onHand("100001").milli(), before.milli() + 10000);
    EXPECT_EQ(product("100001").cost.minor(), average(costBefore.minor(), before.milli(), 3000, 10000));
    EXPECT_TRUE(receiving->lines().isEmpty());
    EXPECT_EQ(receiving->summaryText(), QStringLiteral("Nothing scanned yet"));
}

TEST_F(PurchasingScreenTest, AReturnToTheSupplierTakesTheGoodsOutOfStock)
{
    m_screen->showTab(PurchasingScreen::ReturnsTab);
    SupplierReturnsTab *returns = m_screen->returns();
    returns->setSupplier(supplier("S002"));
    returns->setReason(QStringLiteral("破损"));
    const Quantity before = onHandAt("140006", DemoStore::kFloorCode);
    scan(returns->scanBar(), itemBarcode("140006"), QStringLiteral("6"));
    ASSERT_EQ(returns->lines().size(), 1);
    EXPECT_EQ(cellText(returns->table(), 0, 3), QStringLiteral("6 罐"));
    tap(returns->postButton());
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("taken out of stock"));
    EXPECT_EQ(onHandAt("140006", DemoStore::kFloorCode).milli(), before.milli() - 6000);
    const StockMovementEntry last = m_ledger->history(product("140006").id, {}, {}, {}, 1)->entries.first();
    EXPECT_EQ(last.reason, StockReason::kSupplierReturn);
    EXPECT_TRUE(last.document.startsWith(QStringLiteral("RT-R01-")));
    ASSERT_GE(returns->historyTable()->rowCount(), 1);
    EXPECT_EQ(cellText(returns->historyTable(), 0, 0), last.document);
    EXPECT_EQ(cellText(returns->historyTable(), 0, 2), QStringLiteral("破损"));
    EXPECT_TRUE(returns->lines().isEmpty());
}

TEST_F(PurchasingScreenTest, ReturningAPhoneToTheSupplierTakesTheSerialOfEachUnit)
{
    // The demo's 小米 14 (240002): three units on the floor, IMEIs 860000000000021…23; one sold first.
    SerialNumberService &serials = inventory().serials();
    ASSERT_TRUE(serials.markSold(QStringLiteral("860000000000023"), QStringLiteral("R01-00000077"), {}, 12,
                                 context().session().operatorId, product("240002").id).ok());
    m_screen->showTab(PurchasingScreen::ReturnsTab);
    SupplierReturnsTab *returns = m_screen->returns();
    returns->setSupplier(supplier("S005"));
    returns->setReason(QStringLiteral("屏幕坏点"));
    const Quantity before = onHandAt("240002", DemoStore::kFloorCode);
    scan(returns->scanBar(), itemBarcode("240002"), QStringLiteral("2"));
    ASSERT_TRUE(returns->scanBar()->isAskingSerial());
    EXPECT_THAT(returns->scanBar()->hintText().toStdString(), HasSubstr("2 more to scan"));
    EXPECT_TRUE(returns->stopSerialsButton()->isVisibleTo(returns));
    EXPECT_FALSE(returns->table()->isColumnHidden(SupplierReturnsTab::SerialColumn));
    EXPECT_FALSE(returns->post());

    auto enterSerial = [&](const QString &serial) {
        typeInto(returns->scanBar()->scanBox(), serial);
        QTest::keyClick(returns->scanBar()->scanBox(), Qt::Key_Return);
    };
    // A unit that was sold, and a serial the product does not have, are refused at once.
    enterSerial(QStringLiteral("860000000000023"));
    EXPECT_THAT(returns->scanBar()->hintText().toStdString(), HasSubstr("was sold on"));
    enterSerial(QStringLiteral("860000000000099"));
    EXPECT_THAT(returns->scanBar()->hintText().toStdString(), HasSubstr("has no unit with serial number"));
    enterSerial(QStringLiteral("860000000000021"));
    enterSerial(QStringLiteral("860000000000021"));
    EXPECT_THAT(returns->scanBar()->hintText().toStdString(), HasSubstr("on this return already"));
    EXPECT_TRUE(returns->scanBar()->isAskingSerial());
    grab("returns-serials");
    enterSerial(QStringLiteral("860000000000022"));
    EXPECT_FALSE(returns->scanBar()->isAskingSerial());
    ASSERT_EQ(returns->lines().size(), 1);
    EXPECT_EQ(returns->lines().first().quantity, Quantity::units(2));
    EXPECT_EQ(cellText(returns->table(), 0, SupplierReturnsTab::SerialColumn),
              QStringLiteral("860000000000021, 860000000000022"));

    ASSERT_TRUE(returns->post()) << context().lastMessage().toStdString();
    EXPECT_EQ(onHandAt("240002", DemoStore::kFloorCode).milli(), before.milli() - 2000);
    for (const char *imei : {"860000000000021", "860000000000022"}) {
        const SerialRecord unit = serials.lookup(QLatin1String(imei)).value().first();
        EXPECT_EQ(unit.status, SerialStatus::ReturnedToSupplier) << imei;
        EXPECT_TRUE(unit.history.last().document.startsWith(QStringLiteral("RT-R01-"))) << imei;
    }
}

TEST_F(PurchasingScreenTest, BadInputIsSaidClearlyAndChangesNothing)
{
    m_screen->showTab(PurchasingScreen::ReceivingTabIndex);
    ReceivingTab *receiving = m_screen->receiving();
    receiving->setSupplier(supplier("S001"));
    const qint64 receiptsBefore = receiptCount();

    const QString unknown = Ean13::complete(QStringLiteral("690000000999"));
    scan(receiving->scanBar(), unknown);
    EXPECT_TRUE(context().lastWasError());
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr(unknown.toStdString()));
    EXPECT_THAT(receiving->scanBar()->hintText().toStdString(), HasSubstr(unknown.toStdString()));

    scan(receiving->scanBar(), itemBarcode("100001"), QStringLiteral("0"));
    EXPECT_EQ(context().lastMessage(), QStringLiteral("Enter a quantity of more than zero."));
    scan(receiving->scanBar(), itemBarcode("100001"), QStringLiteral("abc"));
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("is not a number"));
    scan(receiving->scanBar(), itemBarcode("100001"), QStringLiteral("1"), QStringLiteral("-2.00"));
    EXPECT_EQ(context().lastMessage(), QStringLiteral("A cost cannot be negative."));
    EXPECT_TRUE(receiving->lines().isEmpty());
    EXPECT_FALSE(receiving->postButton()->isEnabled());
    EXPECT_FALSE(receiving->post());
    EXPECT_EQ(context().lastMessage(), QStringLiteral("Scan the delivered goods first."));
    EXPECT_EQ(receiptCount(), receiptsBefore);

    // The same rules in the order editor; and an order with no lines is not saved.
    m_screen->showTab(PurchasingScreen::OrdersTab);
    m_screen->orders()->newOrder();
    PurchaseOrderEditor *editor = m_screen->orders()->editor();
    scan(editor->scanBar(), itemBarcode("100001"), QStringLiteral("0"));
    EXPECT_EQ(context().lastMessage(), QStringLiteral("Enter a quantity of more than zero."));
    scan(editor->scanBar(), itemBarcode("100001"), QStringLiteral("2"), QStringLiteral("-1"));
    EXPECT_EQ(context().lastMessage(), QStringLiteral("A cost cannot be negative."));
    EXPECT_TRUE(editor->lines().isEmpty());
    const int ordersBefore = int(inventory().purchasing().orders().value().size());
    EXPECT_FALSE(editor->save());
    EXPECT_EQ(context().lastMessage(), QStringLiteral("Add at least one product before saving."));
    EXPECT_EQ(inventory().purchasing().orders().value().size(), ordersBefore);
}

TEST_F(PurchasingScreenTest, ADraftsQuantityAndCostAreCorrectedInTheTable)
{
    m_screen->orders()->newOrder();
    PurchaseOrderEditor *editor = m_screen->orders()->editor();
    chooseData(editor->supplierCombo(), supplier("S002").value());
    scan(editor->scanBar(), itemBarcode("140006"), QStringLiteral("24"));
    ASSERT_EQ(editor->lines().size(), 1);

    editor->table()->item(0, PurchaseOrderEditor::OrderedColumn)->setText(QStringLiteral("0"));
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("more than zero"));
    EXPECT_EQ(editor->lines().first().ordered, Quantity::units(24));
    editor->table()->item(0, PurchaseOrderEditor::CostColumn)->setText(QStringLiteral("-3"));
    EXPECT_EQ(context().lastMessage(), QStringLiteral("A cost cannot be negative."));
    editor->table()->item(0, PurchaseOrderEditor::OrderedColumn)->setText(QStringLiteral("36"));
    editor->table()->item(0, PurchaseOrderEditor::CostColumn)->setText(QStringLiteral("2.40"));
    EXPECT_EQ(editor->lines().first().ordered, Quantity::units(36));
    EXPECT_EQ(editor->lines().first().unitCost, Money::fromMinor(240, Currency::cny()));
    QCoreApplication::processEvents(); // the table shows what is kept
    EXPECT_EQ(cellText(editor->table(), 0, PurchaseOrderEditor::ValueColumn), QStringLiteral("¥86.40"));

    ASSERT_TRUE(editor->save());
    const PurchaseOrder saved = inventory().purchasing().order(editor->orderId()).value();
    EXPECT_EQ(saved.status, PurchaseOrderStatus::Draft);
    EXPECT_EQ(saved.orderedValue(Currency::cny()).value(), Money::fromMinor(8640, Currency::cny()));
    // A saved draft can still change: one more case, saved again.
    scan(editor->scanBar(), itemBarcode("140006"), QStringLiteral("12"));
    ASSERT_TRUE(editor->save());
    EXPECT_EQ(inventory().purchasing().order(editor->orderId())->lines.first().ordered, Quantity::units(48));
}

TEST_F(PurchasingScreenTest, ATotalThatDoesNotFitShowsADashAndSaysWhyNeverAWrongAmount)
{
    // A cost typed with far too many digits: 48 of them do not fit in an amount, so no total can be right.
    const QString huge = QStringLiteral("90000000000000000");
    m_screen->orders()->newOrder();
    PurchaseOrderEditor *editor = m_screen->orders()->editor();
    chooseData(editor->supplierCombo(), supplier("S002").value());
    scan(editor->scanBar(), itemBarcode("140006"), QStringLiteral("24"));
    scan(editor->scanBar(), itemBarcode("140001"), QStringLiteral("48"), huge);
    ASSERT_EQ(editor->lines().size(), 2);
    EXPECT_EQ(cellText(editor->table(), 1, PurchaseOrderEditor::ValueColumn), QStringLiteral("—"));
    // Was: the cola's value alone, as if the water were free.
    EXPECT_EQ(editor->totalText(), QStringLiteral("2 line(s) · —"));
    EXPECT_TRUE(context().lastWasError());
    EXPECT_EQ(context().lastMessage(), QStringLiteral("The amount is too large."));

    m_screen->showTab(PurchasingScreen::ReceivingTabIndex);
    ReceivingTab *receiving = m_screen->receiving();
    receiving->setSupplier(supplier("S001"));
    scan(receiving->scanBar(), itemBarcode("100001"), QStringLiteral("10"), huge);
    ASSERT_EQ(receiving->lines().size(), 1);
    EXPECT_EQ(receiving->summaryText(), QStringLiteral("1 line(s) · —"));
    EXPECT_EQ(context().lastMessage(), QStringLiteral("The amount is too large."));
}

TEST_F(PurchasingScreenTest, SuppliersAreListedAddedAndEditedWithWhatTheySupply)
{
    m_screen->showTab(PurchasingScreen::SuppliersTabIndex);
    SuppliersTab *tab = m_screen->suppliers();
    ASSERT_EQ(tab->table()->rowCount(), 5);
    tab->selectRow(1); // S002, drinks
    EXPECT_EQ(cellText(tab->table(), 1, 1), QStringLiteral("华东饮料酒水批发中心"));
    EXPECT_EQ(cellText(tab->table(), 1, 3), QStringLiteral("2 day(s)"));
    bool waterShown = false;
    for (int r = 0; r < tab->itemsTable()->rowCount(); ++r) {
        if (cellText(tab->itemsTable(), r, 0) == QStringLiteral("140001")) {
            waterShown = true;
            EXPECT_EQ(cellText(tab->itemsTable(), r, 2), QStringLiteral("02-140001"));
            EXPECT_EQ(cellText(tab->itemsTable(), r, 4), QStringLiteral("24")); // ordered by the case
        }
        if (cellText(tab->itemsTable(), r, 0) == QStringLiteral("140002")) {
            EXPECT_EQ(cellText(tab->itemsTable(), r, 4), QStringLiteral("1"));
        }
    }
    EXPECT_TRUE(waterShown);

    SupplierDialog *dialog = tab->addSupplier();
    ASSERT_NE(dialog, nullptr);
    typeInto(dialog->codeEdit(), QStringLiteral("s006"));
    dialog->save();
    EXPECT_EQ(dialog->errorText(), QStringLiteral("Enter the supplier's code and name."));
    typeInto(dialog->nameEdit(), QStringLiteral("杭州茶叶合作社"));
    typeInto(dialog->contactEdit(), QStringLiteral("钱经理"));
    typeInto(dialog->phoneEdit(), QStringLiteral("0571-8888 1234"));
    dialog->leadTimeEdit()->setValue(4);
    dialog->save();
    ASSERT_EQ(tab->table()->rowCount(), 6);
    const Supplier added = inventory().suppliers().supplierByCode(QStringLiteral("S006")).value();
    EXPECT_EQ(added.name, QStringLiteral("杭州茶叶合作社"));
    EXPECT_EQ(added.leadTimeDays, 4);

    // A code that exists: the dialog stays open with the domain's message.
    SupplierDialog *again = tab->addSupplier();
    typeInto(again->codeEdit(), QStringLiteral("S001"));
    typeInto(again->nameEdit(), QStringLiteral("重复"));
    again->save();
    EXPECT_FALSE(again->errorText().isEmpty());
    EXPECT_EQ(inventory().suppliers().list().value().size(), 6);
    again->reject();

    tab->selectRow(5);
    SupplierDialog *edit = tab->editSelected();
    ASSERT_NE(edit, nullptr);
    EXPECT_FALSE(edit->codeEdit()->isEnabled());
    edit->activeCheck()->setChecked(false);
    edit->save();
    EXPECT_FALSE(inventory().suppliers().supplierByCode(QStringLiteral("S006"))->active);
    EXPECT_EQ(cellText(tab->table(), 5, 4), QStringLiteral("No new orders"));
}

TEST_F(PurchasingScreenTest, ASuppliersPaperworkIsEnteredCheckedAndShown)
{
    m_screen->showTab(PurchasingScreen::SuppliersTabIndex);
    SuppliersTab *tab = m_screen->suppliers();
    tab->selectRow(0);   // S001
    SupplierDialog *dialog = tab->editSelected();
    ASSERT_NE(dialog, nullptr);
    typeInto(dialog->addressEdit(), QStringLiteral("上海市松江区车墩镇 8 号"));
    dialog->paymentTermsCombo()->setCurrentText(QStringLiteral("Net 30 days"));
    typeInto(dialog->taxIdEdit(), QStringLiteral("9131-0117"));
    typeInto(dialog->bankNameEdit(), QStringLiteral("农业银行松江支行"));
    typeInto(dialog->bankAccountEdit(), QStringLiteral("6228 4800 1234 5678"));
    typeInto(dialog->noteEdit(), QStringLiteral("周一不送货"));
    grabDialog(dialog, "supplier-dialog");
    dialog->save();
    EXPECT_THAT(dialog->errorText().toStdString(), HasSubstr("tax id"));
    EXPECT_TRUE(inventory().suppliers().supplierByCode(QStringLiteral("S001"))->address.isEmpty());
    typeInto(dialog->taxIdEdit(), QStringLiteral("91310117ma1j3abc9x"));
    dialog->save();
    EXPECT_TRUE(dialog->errorText().isEmpty()) << dialog->errorText().toStdString();
    const Supplier s001 = inventory().suppliers().supplierByCode(QStringLiteral("S001")).value();
    EXPECT_EQ(s001.paymentTerms, QStringLiteral("Net 30 days"));
    EXPECT_EQ(s001.taxId, QStringLiteral("91310117MA1J3ABC9X"));
    EXPECT_EQ(s001.bankAccount, QStringLiteral("6228 4800 1234 5678"));
    EXPECT_EQ(s001.note, QStringLiteral("周一不送货"));
    // The card beside the list shows it.
    tab->selectRow(0);
    EXPECT_THAT(tab->detailText().toStdString(), HasSubstr("Pays: Net 30 days"));
    EXPECT_THAT(tab->detailText().toStdString(), HasSubstr("6228 4800 1234 5678"));
    // Reopened, the dialog has what was saved.
    SupplierDialog *again = tab->editSelected();
    EXPECT_EQ(again->bankNameEdit()->text(), QStringLiteral("农业银行松江支行"));
    EXPECT_EQ(again->paymentTermsCombo()->currentText(), QStringLiteral("Net 30 days"));
    again->reject();
}

TEST_F(PurchasingScreenTest, AManagerAddsEditsAndRemovesWhatASupplierSupplies)
{
    m_screen->showTab(PurchasingScreen::SuppliersTabIndex);
    SuppliersTab *tab = m_screen->suppliers();
    tab->selectRow(1);   // S002, drinks
    const qsizetype before = tab->items().size();
    EXPECT_FALSE(tab->editItemButton()->isEnabled());   // no item chosen yet
    ASSERT_TRUE(tab->addItemButton()->isEnabled());

    // Add: the rice found by its barcode, their code, cost, a case of 12, preferred.
    SupplierItemDialog *dialog = tab->addItem();
    ASSERT_NE(dialog, nullptr);
    typeInto(dialog->productEdit(), QStringLiteral("no such thing 123"));
    QTest::keyClick(dialog->productEdit(), Qt::Key_Return);
    EXPECT_FALSE(dialog->errorText().isEmpty());
    typeInto(dialog->productEdit(), itemBarcode("100001"));
    QTest::keyClick(dialog->productEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog->errorText().isEmpty()) << dialog->errorText().toStdString();
    EXPECT_EQ(dialog->productLabel()->text().section(QStringLiteral(" · "), 0, 0), product("100001").name);
    typeInto(dialog->supplierCodeEdit(), QStringLiteral("HD-RICE5"));
    typeInto(dialog->costEdit(), QStringLiteral("-1"));
    typeInto(dialog->packEdit(), QStringLiteral("12"));
    dialog->save();
    EXPECT_THAT(dialog->errorText().toStdString(), HasSubstr("is not a cost"));
    typeInto(dialog->costEdit(), QStringLiteral("6.80"));
    dialog->preferredCheck()->setChecked(true);
    grabDialog(dialog, "supplier-item-dialog");
    dialog->save();
    ASSERT_EQ(tab->items().size(), before + 1);
    const ProductId juice = product("100001").id;
    auto preferred = inventory().suppliers().preferredItem(juice).value();
    ASSERT_TRUE(preferred.has_value());
    EXPECT_EQ(preferred->supplier, supplier("S002"));
    EXPECT_EQ(preferred->supplierCode, QStringLiteral("HD-RICE5"));
    EXPECT_EQ(preferred->lastCost, Money::fromMinor(680, Currency::cny()));
    EXPECT_EQ(preferred->packSize, Quantity::units(12));
    int row = -1;
    for (int r = 0; r < tab->itemsTable()->rowCount(); ++r) {
        if (cellText(tab->itemsTable(), r, SuppliersTab::ItemCodeColumn) == QStringLiteral("100001"))
            row = r;
    }
    ASSERT_GE(row, 0);
    EXPECT_EQ(cellText(tab->itemsTable(), row, SuppliersTab::TheirCodeColumn), QStringLiteral("HD-RICE5"));
    EXPECT_EQ(cellText(tab->itemsTable(), row, SuppliersTab::PreferredColumn), QStringLiteral("✓"));
    grab("suppliers-items");

    // The same product again is refused: edit that line instead.
    SupplierItemDialog *twice = tab->addItem();
    typeInto(twice->productEdit(), QStringLiteral("100001"));
    twice->save();
    EXPECT_THAT(twice->errorText().toStdString(), HasSubstr("edit that line"));
    twice->reject();

    // Edit: a new cost; the product cannot change.
    tab->selectItemRow(row);
    SupplierItemDialog *edit = tab->editItem();
    ASSERT_NE(edit, nullptr);
    EXPECT_FALSE(edit->productEdit()->isEnabled());
    EXPECT_EQ(edit->costEdit()->text(), QStringLiteral("6.80"));
    typeInto(edit->costEdit(), QStringLiteral("7.10"));
    edit->save();
    EXPECT_EQ(inventory().suppliers().preferredItem(juice).value()->lastCost, Money::fromMinor(710, Currency::cny()));

    // Remove it: gone from the list and from the domain.
    for (int r = 0; r < tab->itemsTable()->rowCount(); ++r) {
        if (cellText(tab->itemsTable(), r, SuppliersTab::ItemCodeColumn) == QStringLiteral("100001"))
            tab->selectItemRow(r);
    }
    ASSERT_TRUE(tab->removeItem()) << context().lastMessage().toStdString();
    EXPECT_EQ(tab->items().size(), before);
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("no longer listed"));
    for (const SupplierItem &i : inventory().suppliers().items(supplier("S002")).value())
        EXPECT_NE(i.product, juice);
}

TEST_F(PurchasingScreenTest, ACashierBooksADeliveryInOnlyWithASupervisorsOverride)
{
    context().setSession(signIn(QLatin1String(kCashier), QLatin1String(kCashierPin)));
    openScreen();
    m_screen->showTab(PurchasingScreen::ReceivingTabIndex);
    ReceivingTab *receiving = m_screen->receiving();
    receiving->setSupplier(supplier("S001"));
    const Quantity before = onHand("100001");
    scan(receiving->scanBar(), itemBarcode("100001"), QStringLiteral("5"));

    // No supervisor comes: nothing is booked.
    EXPECT_FALSE(receiving->post());
    ASSERT_EQ(context().authorizeRequests.size(), 1);
    EXPECT_THAT(context().authorizeRequests.first().toStdString(), HasSubstr("purchasing.receive"));
    EXPECT_EQ(onHand("100001"), before);
    EXPECT_EQ(receiving->lines().size(), 1);

    // The supervisor types number and PIN: booked in, under the supervisor's name.
    context().supervisor = SupervisorCredentials {QLatin1String(kSupervisor), QLatin1String(kSupervisorPin)};
    ASSERT_TRUE(receiving->post()) << context().lastMessage().toStdString();
    EXPECT_EQ(onHand("100001").milli(), before.milli() + 5000);
    const StockMovementEntry last = m_ledger->history(product("100001").id, {}, {}, {}, 1)->entries.first();
    EXPECT_EQ(last.reason, StockReason::kReceipt);
    EXPECT_THAT(last.operatorName.toStdString(), HasSubstr("99"));
}

TEST_F(PurchasingScreenTest, MoreThanOrderedIsBookedOnlyWhenAManagerAccepts)
{
    // The demo's grain order: the rice came in full (40 of 40).
    PurchaseOrderService &service = inventory().purchasing();
    const PurchaseOrderId grain = service.orders({PurchaseOrderStatus::PartlyReceived}).value().first().id;
    m_screen->showTab(PurchasingScreen::ReceivingTabIndex);
    ReceivingTab *receiving = m_screen->receiving();
    receiving->setOrder(grain);
    scan(receiving->scanBar(), itemBarcode("100001"), QStringLiteral("2"));
    EXPECT_THAT(receiving->scanBar()->hintText().toStdString(),
        HasSubstr("Too many 东北大米 5kg: 40 ordered, 40 received before"));
    EXPECT_EQ(cellText(receiving->table(), 0, 4), QStringLiteral("all received"));

    receiving->acceptExtraCheck()->setChecked(true);
    scan(receiving->scanBar(), itemBarcode("100001"), QStringLiteral("2"));
    ASSERT_EQ(receiving->lines().first().now, Quantity::units(2));
    const Quantity before = onHand("100001");
    ASSERT_TRUE(receiving->post()) << context().lastMessage().toStdString();
    EXPECT_EQ(onHand("100001").milli(), before.milli() + 2000);
    EXPECT_EQ(service.order(grain)->lines.first().received, Quantity::units(42));
    EXPECT_FALSE(receiving->acceptExtraCheck()->isChecked()); // each time anew
}

TEST_F(PurchasingScreenTest, TheScreenshotShowsTheDemoOrders)
{
    m_screen->prepareScreenshot();
    EXPECT_EQ(m_screen->tabs()->currentIndex(), PurchasingScreen::OrdersTab);
    EXPECT_EQ(m_screen->orders()->table()->rowCount(), 5);
    EXPECT_THAT(m_screen->subtitleText().toStdString(), HasSubstr("active suppliers: 5"));
    grab("orders");

    // The partly received grain order, opened.
    m_screen->orders()->setFilter(PurchaseOrdersTab::PartlyFilter);
    m_screen->orders()->openRow(0);
    grab("order-editor");
    EXPECT_THAT(cellText(m_screen->orders()->editor()->table(), 0, PurchaseOrderEditor::ReceivedColumn).toStdString(),
        HasSubstr("40"));

    // Receiving against it, one scan in.
    const PurchaseOrderId partly = m_screen->orders()->editor()->orderId();
    m_screen->receiving()->setOrder(partly);
    m_screen->showTab(PurchasingScreen::ReceivingTabIndex);
    scan(m_screen->receiving()->scanBar(), itemBarcode("110018"), QStringLiteral("6"));
    grab("receiving");

    m_screen->showTab(PurchasingScreen::ReturnsTab);
    m_screen->returns()->setSupplier(supplier("S003"));
    m_screen->returns()->setReason(QStringLiteral("过期"));
    scan(m_screen->returns()->scanBar(), itemBarcode("160001"), QStringLiteral("3"));
    grab("returns");

    m_screen->showTab(PurchasingScreen::SuppliersTabIndex);
    m_screen->suppliers()->selectRow(1);
    grab("suppliers");

    // A new order being scanned.
    m_screen->showTab(PurchasingScreen::OrdersTab);
    m_screen->orders()->newOrder();
    PurchaseOrderEditor *editor = m_screen->orders()->editor();
    chooseData(editor->supplierCombo(), supplier("S002").value());
    scan(editor->scanBar(), itemBarcode("140001"), QStringLiteral("48"));
    scan(editor->scanBar(), itemBarcode("140006"), QStringLiteral("24"), QStringLiteral("2.50"));
    EXPECT_EQ(editor->lines().size(), 2);
    grab("new-order");
}

TEST(PurchasingScreenModuleTest, TheRailHasPurchasingAt330ForEveryoneWhoSeesStock)
{
    const QList<shell::ScreenDescriptor> screens = InventoryUiModule().screens();
    const auto it = std::find_if(screens.begin(), screens.end(),
        [](const shell::ScreenDescriptor &d) { return d.id == QStringLiteral("inventory.purchasing"); });
    ASSERT_NE(it, screens.end());
    EXPECT_EQ(it->order, 330);
    EXPECT_EQ(it->title, QStringLiteral("Purchasing"));
    EXPECT_EQ(it->permission, InventoryPermissions::kView);
    EXPECT_TRUE(bool(it->create));
}
