// The Stock screen on the demo supermarket: the stock list per location (search, scanner Enter,
// low-stock highlighting, value at cost), the movement history with running balance and paging,
// manual adjustment and damage (with the supervisor override a cashier needs), bad input, and the
// ledger check.
#include "../admin/adminfixture.h"

#include "inventory/catalog.h"
#include "inventory/demostore.h"
#include "inventory/stockledger.h"
#include "inventory/ui/stockscreen.h"
#include "inventory/ui/transferpage.h"

#include "shell/formdialog.h"
#include "shell/theme.h"

#include "core/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;

namespace {

constexpr int kNameColumn = 1;
constexpr int kOnHandColumn = 2;
constexpr int kValueColumn = 4;
constexpr int kReasonColumn = 1;
constexpr int kChangeColumn = 2;
constexpr int kBalanceColumn = 3;
constexpr int kDocumentColumn = 5;

class StockScreenTest : public test::AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        if (HasFatalFailure())
            return;
        auto filled = DemoStore::populate(services(), context().session());
        ASSERT_TRUE(filled.ok()) << filled.error().toString().toStdString();
        m_ledger = &inventory().ledger();
        m_catalog = &inventory().catalog();
        m_floor = m_ledger->location(QLatin1String(DemoStore::kFloorCode)).value().id;
        m_cola = m_catalog->productBySku(QStringLiteral("140006")).value();
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
        m_screen = std::make_unique<StockScreen>(context());
        show(m_screen.get());
        ASSERT_TRUE(m_screen->selectLocation(QLatin1String(DemoStore::kFloorCode)));
    }
    qint64 colaOnFloor() const { return m_ledger->onHand(m_cola.id, m_floor).value().milli(); }
    qint64 movementCount() const { return m_ledger->history(m_cola.id).value().total; }
    QString cell(const QTableWidget *table, int row, int column) const
    {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    }
    /// Opens the change dialog for cola on the floor and fills it in.
    shell::FormDialog *fillChange(StockScreen::ChangeKind kind, int reasonIndex, const QString &qty, const QString &note)
    {
        m_screen->search(m_cola.sku);
        EXPECT_EQ(m_screen->selectedProduct(), m_cola.id);
        shell::FormDialog *dialog = m_screen->openChangeDialog(kind);
        EXPECT_NE(dialog, nullptr);
        if (!dialog)
            return nullptr;
        dialog->findChild<QComboBox *>(QStringLiteral("changeReason"))->setCurrentIndex(reasonIndex);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("changeQuantity")), qty);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("changeNote")), note);
        return dialog;
    }

    StockLedger *m_ledger = nullptr;
    Catalog *m_catalog = nullptr;
    LocationId m_floor;
    Product m_cola;
    std::unique_ptr<StockScreen> m_screen;
};

TEST_F(StockScreenTest, ListsTheLocationsStockWithValueAtCostAndHighlightsLowStock)
{
    auto page = m_ledger->stockAt(m_floor, {}, false, 1000);
    ASSERT_TRUE(page.ok());
    ASSERT_GT(page->total, 100);
    const QLocale locale;
    EXPECT_THAT(m_screen->summaryText().toStdString(), HasSubstr("product(s) at 卖场"));
    EXPECT_THAT(m_screen->summaryText().toStdString(),
                HasSubstr(page->totalValue.format(locale).toStdString()));
    EXPECT_EQ(m_screen->stockTable()->rowCount(), std::min<qint64>(page->total, StockScreen::kPageRows));

    // Cola 330ml: 44 cans on the floor at ¥2.62 → ¥115.28.
    m_screen->search(QStringLiteral("140006"));
    ASSERT_EQ(m_screen->stockTable()->rowCount(), 1);
    EXPECT_EQ(cell(m_screen->stockTable(), 0, kOnHandColumn), QStringLiteral("44 罐"));
    EXPECT_EQ(cell(m_screen->stockTable(), 0, kValueColumn), Money::fromMinor(11528, Currency::cny()).format(locale));

    // The emptiest product below safety stock is highlighted, with the reason in its tooltip.
    auto low = m_ledger->lowStock(1);
    ASSERT_TRUE(low.ok());
    ASSERT_FALSE(low->isEmpty());
    m_screen->search(low->constFirst().sku);
    ASSERT_EQ(m_screen->stockTable()->rowCount(), 1);
    EXPECT_NE(m_screen->stockTable()->item(0, kNameColumn)->background().color(), QColor(Qt::white));
    EXPECT_THAT(m_screen->stockTable()->item(0, kNameColumn)->toolTip().toStdString(), HasSubstr("Low on stock"));
    // And "Only low stock" lists exactly the low ones.
    m_screen->search(QString());
    m_screen->findChild<QCheckBox *>(QStringLiteral("stockLowOnly"))->setChecked(true);
    EXPECT_EQ(m_screen->stockTable()->rowCount(), page->lowCount);
    EXPECT_GT(page->lowCount, 0);
}

TEST_F(StockScreenTest, AScannedBarcodeSelectsTheProductAndShowsItsMovementsWithRunningBalance)
{
    typeInto(m_screen->searchBox(), QStringLiteral("6924808758854"));
    QTest::keyClick(m_screen->searchBox(), Qt::Key_Return);
    ASSERT_EQ(m_screen->selectedProduct(), m_cola.id);
    EXPECT_THAT(m_screen->detailText().toStdString(), HasSubstr("可乐 330ml"));
    const QTableWidget *history = m_screen->historyTable();
    ASSERT_GE(history->rowCount(), 1);
    EXPECT_EQ(cell(history, 0, kBalanceColumn), QStringLiteral("44"));
    EXPECT_EQ(cell(history, 0, kReasonColumn), QStringLiteral("Opening stock"));
    EXPECT_EQ(cell(history, 0, kChangeColumn), QStringLiteral("+44"));
    EXPECT_EQ(cell(history, 0, kDocumentColumn), QLatin1String(DemoStore::kDocument));
}

TEST_F(StockScreenTest, AnAdjustmentChangesOnHandAndAppearsInTheHistory)
{
    const qint64 before = colaOnFloor();
    shell::FormDialog *dialog = fillChange(StockScreen::ChangeKind::Adjustment, 1, QStringLiteral("3"),
                                           QStringLiteral("dented cans sent back"));
    ASSERT_NE(dialog, nullptr);
    dialog->submit();
    EXPECT_EQ(dialog->errorText(), QString());
    EXPECT_EQ(colaOnFloor(), before - 3000);
    EXPECT_FALSE(context().lastWasError());
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("Now 41 罐 at 卖场"));

    const QTableWidget *history = m_screen->historyTable();
    ASSERT_GE(history->rowCount(), 2);
    EXPECT_EQ(cell(history, 0, kReasonColumn), QStringLiteral("Manual adjustment"));
    EXPECT_EQ(cell(history, 0, kChangeColumn), QStringLiteral("\u22123"));
    EXPECT_EQ(cell(history, 0, kBalanceColumn), QStringLiteral("41"));
    EXPECT_EQ(cell(history, 0, kDocumentColumn), QStringLiteral("dented cans sent back"));
    EXPECT_EQ(cell(m_screen->stockTable(), 0, kOnHandColumn), QStringLiteral("41 罐"));
}

TEST_F(StockScreenTest, DamageIsWrittenOffAsDamage)
{
    const qint64 before = colaOnFloor();
    shell::FormDialog *dialog = fillChange(StockScreen::ChangeKind::DamageOrLoss, 0, QStringLiteral("2"),
                                           QStringLiteral("dropped"));
    ASSERT_NE(dialog, nullptr);
    dialog->submit();
    EXPECT_EQ(dialog->errorText(), QString());
    EXPECT_EQ(colaOnFloor(), before - 2000);
    EXPECT_EQ(cell(m_screen->historyTable(), 0, kReasonColumn), QStringLiteral("Damaged"));
    EXPECT_EQ(cell(m_screen->historyTable(), 0, kChangeColumn), QStringLiteral("\u22122"));
}

TEST_F(StockScreenTest, ACashierNeedsAManagersOverrideToAdjust)
{
    context().setSession(signIn(QLatin1String(kCashier), QLatin1String(kCashierPin)));
    openScreen();
    const qint64 before = colaOnFloor();
    shell::FormDialog *dialog = fillChange(StockScreen::ChangeKind::Adjustment, 0, QStringLiteral("5"),
                                           QStringLiteral("found in the back"));
    ASSERT_NE(dialog, nullptr);

    // No one approves: nothing changes and the dialog says why.
    dialog->submit();
    EXPECT_THAT(dialog->errorText().toStdString(), HasSubstr("manager must approve"));
    EXPECT_EQ(colaOnFloor(), before);
    ASSERT_EQ(context().authorizeRequests.size(), 1);
    EXPECT_THAT(context().authorizeRequests.constFirst().toStdString(), HasSubstr("inventory.adjust"));

    // The owner approves with number and PIN: the stock changes.
    context().supervisor = SupervisorCredentials{QLatin1String(kOwner), QLatin1String(kOwnerPin)};
    dialog->submit();
    EXPECT_EQ(dialog->errorText(), QString());
    EXPECT_EQ(colaOnFloor(), before + 5000);
    EXPECT_EQ(cell(m_screen->historyTable(), 0, kChangeColumn), QStringLiteral("+5"));
}

TEST_F(StockScreenTest, AZeroOrMissingQuantityOrNoReasonIsRefusedAndChangesNothing)
{
    const qint64 before = colaOnFloor();
    const qint64 movements = movementCount();
    shell::FormDialog *dialog = fillChange(StockScreen::ChangeKind::Adjustment, 0, QStringLiteral("0"),
                                           QStringLiteral("test"));
    ASSERT_NE(dialog, nullptr);
    dialog->submit();
    EXPECT_EQ(dialog->errorText(), QStringLiteral("Enter a quantity greater than zero."));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("changeQuantity")), QString());
    dialog->submit();
    EXPECT_EQ(dialog->errorText(), QStringLiteral("Enter a quantity."));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("changeQuantity")), QStringLiteral("2"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("changeNote")), QString());
    dialog->submit();
    EXPECT_EQ(dialog->errorText(), QStringLiteral("Say why the stock changes."));
    EXPECT_EQ(colaOnFloor(), before);
    EXPECT_EQ(movementCount(), movements);
    EXPECT_TRUE(context().authorizeRequests.isEmpty());
}

TEST_F(StockScreenTest, AnUnknownBarcodeSaysSoAndShowsNothing)
{
    m_screen->search(QStringLiteral("6900000000001"));
    EXPECT_EQ(m_screen->stockTable()->rowCount(), 0);
    EXPECT_FALSE(m_screen->selectedProduct().isValid());
    EXPECT_THAT(m_screen->summaryText().toStdString(), HasSubstr("Nothing at 卖场 matches"));
    ASSERT_FALSE(context().messages.isEmpty());
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("6900000000001"));
}

TEST_F(StockScreenTest, LongHistoriesArePaged)
{
    const Session owner = ownerSession();
    StockLedger &ledger = inventory().ledger();
    for (int i = 0; i < 24; ++i)
        ASSERT_TRUE(ledger.adjust(owner, m_cola.id, m_floor, Quantity::units(1), StockReason::kAdjustment,
                                  QStringLiteral("restock %1").arg(i)).ok());
    m_screen->search(m_cola.sku);
    const qint64 total = m_ledger->history(m_cola.id, m_floor).value().total; // opening + 24 adjustments
    ASSERT_EQ(total, 25);
    EXPECT_EQ(m_screen->historyTable()->rowCount(), StockScreen::kHistoryRows);
    EXPECT_EQ(m_screen->historyPageText(), QStringLiteral("1–20 of %1 movement(s)").arg(total));
    EXPECT_EQ(cell(m_screen->historyTable(), 0, kBalanceColumn), QStringLiteral("68"));
    m_screen->showOlderHistory();
    EXPECT_EQ(m_screen->historyPageText(), QStringLiteral("21–%1 of %1 movement(s)").arg(total));
    EXPECT_EQ(cell(m_screen->historyTable(), m_screen->historyTable()->rowCount() - 1, kBalanceColumn),
              QStringLiteral("44"));
    m_screen->showNewerHistory();
    EXPECT_EQ(cell(m_screen->historyTable(), 0, kBalanceColumn), QStringLiteral("68"));
}

TEST_F(StockScreenTest, TheCheckProvesOnHandIsTheSumOfMovements)
{
    QSignalSpy checked(m_screen.get(), &StockScreen::ledgerChecked);
    ASSERT_TRUE(m_screen->checkLedger());
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_THAT(m_screen->checkText().toStdString(), HasSubstr("Stock adds up"));
    EXPECT_TRUE(checked.first().at(1).toBool());
    EXPECT_EQ(context().lastMessage(), m_screen->checkText());
    EXPECT_FALSE(context().lastWasError());
}

TEST_F(StockScreenTest, TheCheckNamesABalanceThatNoLongerAddsUp)
{
    // Someone with the file changes cola's cached figure on the floor behind the ledger's back.
    const qint64 before = colaOnFloor();
    auto tampered = services().store().exec(
        QStringLiteral("UPDATE stock_balances SET qty_milli = qty_milli + 7000 WHERE product_id = ? AND location_id = ?"),
        {QVariant::fromValue(qlonglong(m_cola.id.value())), QVariant::fromValue(qlonglong(m_floor.value()))});
    ASSERT_TRUE(tampered.ok());
    QSignalSpy checked(m_screen.get(), &StockScreen::ledgerChecked);

    ASSERT_TRUE(m_screen->checkLedger());
    EXPECT_FALSE(m_screen->checkLedger()); // one check at a time
    ASSERT_TRUE(checked.wait(10000));

    EXPECT_FALSE(checked.first().at(1).toBool());
    const QLocale locale;
    EXPECT_THAT(m_screen->checkText().toStdString(),
                HasSubstr(QStringLiteral("Product %1 at %2: the stock shown is %3 but its movements add up to %4.")
                              .arg(m_cola.sku, QLatin1String(DemoStore::kFloorCode),
                                   Quantity::fromMilli(before + 7000).toString(locale),
                                   Quantity::fromMilli(before).toString(locale))
                              .toStdString()));
    EXPECT_TRUE(context().lastWasError());
}

TEST_F(StockScreenTest, ClosingTheScreenWhileItChecksDropsTheVerdict)
{
    ASSERT_TRUE(m_screen->checkLedger());
    // The operator signs out while the worker reads: the screen's task stops the check, waits for it,
    // and no verdict arrives for a screen that is gone.
    const qsizetype messages = context().messages.size();
    m_screen.reset();
    QCoreApplication::processEvents(); // a verdict posted by the worker would be delivered now
    EXPECT_EQ(context().messages.size(), messages);
}

} // namespace
