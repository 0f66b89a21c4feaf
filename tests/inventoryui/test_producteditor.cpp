// The product editor on the demo supermarket: a new product that the till then finds by its barcode,
// a price change that shows in the list, codes with wrong check digits refused with a clear message,
// bad input that changes nothing, delisting, and the supervisor override a cashier needs.
#include "../admin/adminfixture.h"

#include "inventory/barcode.h"
#include "inventory/catalog.h"
#include "inventory/demostore.h"
#include "inventory/ui/producteditordialog.h"
#include "inventory/ui/productlistmodel.h"
#include "inventory/ui/productsscreen.h"

#include "shell/theme.h"

#include "core/auditlog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;

namespace {

/// An EAN-13 with a right check digit for a 12-digit payload.
QString ean13(const QString &payload)
{
    return payload + QChar(u'0' + Barcode::checkDigit(payload));
}

class ProductEditorTest : public test::AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        if (HasFatalFailure())
            return;
        auto filled = DemoStore::populate(services(), context().session());
        ASSERT_TRUE(filled.ok()) << filled.error().toString().toStdString();
        // Pictures look as in the app: its font, palette and style sheet.
        if (!qEnvironmentVariable("QTILL_GRAB_DIR").isEmpty())
            shell::Theme::apply(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    }
    void TearDown() override
    {
        m_screen.reset();
        AdminFixture::TearDown();
    }
    void openScreen()
    {
        m_screen = std::make_unique<ProductsScreen>(context());
        show(m_screen.get());
    }
    /// Shows the product with `sku` alone in the list and selects it.
    void choose(const QString &sku)
    {
        m_screen->search(sku);
        ASSERT_GE(m_screen->model()->rowCount(), 1);
        m_screen->selectRow(0);
    }
    ProductEditorDialog *editSelected()
    {
        tap(m_screen->editButton());
        ProductEditorDialog *editor = m_screen->editor();
        EXPECT_NE(editor, nullptr);
        if (editor) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(editor));
        }
        return editor;
    }
    Product product(const QString &sku) { return inventory().catalog().productBySku(sku).value(); }
    /// Saves the screen's (and an editor's) picture when QTILL_GRAB_DIR is set.
    static void grab(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("QTILL_GRAB_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(50);
        widget->grab().save(QDir(dir).filePath(name));
    }

    std::unique_ptr<ProductsScreen> m_screen;
};

TEST_F(ProductEditorTest, ANewProductIsSavedAndTheTillFindsItByItsBarcode)
{
    openScreen();
    tap(m_screen->newButton());
    ProductEditorDialog *editor = m_screen->editor();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
    EXPECT_TRUE(editor->isNew());
    EXPECT_FALSE(editor->listedCheck()->isVisible()); // new products are listed

    typeInto(editor->skuEdit(), QStringLiteral("140901"));
    typeInto(editor->nameEdit(), QStringLiteral("柠檬茶 500ml"));
    typeInto(editor->nameEnEdit(), QStringLiteral("Lemon Tea 500ml"));
    editor->categoryBox()->setCurrentIndex(editor->categoryBox()->findText(QStringLiteral("饮料")));
    editor->unitBox()->setCurrentText(QStringLiteral("瓶"));
    typeInto(editor->priceEdit(), QStringLiteral("4.5"));
    typeInto(editor->memberPriceEdit(), QStringLiteral("4.20"));
    typeInto(editor->safetyEdit(), QStringLiteral("12"));
    const QString item = ean13(QStringLiteral("690123456789"));
    const QString caseCode = ean13(QStringLiteral("694123456789"));
    typeInto(editor->codeEdit(), item);
    QTest::keyClick(editor->codeEdit(), Qt::Key_Return); // as a scanner ends a code
    typeInto(editor->codeEdit(), caseCode);
    typeInto(editor->packEdit(), QStringLiteral("15"));
    tap(editor->addCodeButton());
    EXPECT_EQ(editor->codes(), QStringList({item, caseCode}));
    EXPECT_EQ(editor->codesTable()->item(1, 1)->text(), QStringLiteral("Case of 15"));
    grab(editor, QStringLiteral("h2-product-editor-new.png"));

    tap(editor->okButton());
    EXPECT_TRUE(editor->errorText().isEmpty()) << editor->errorText().toStdString();
    ASSERT_TRUE(waitUntil([&] { return m_screen->editor() == nullptr; })) << "the editor stayed open";

    // The till finds it by either code, at the price typed in yuan.
    const Catalog &catalog = inventory().catalog();
    auto scanned = catalog.lookupForSale(item);
    ASSERT_TRUE(scanned.ok()) << scanned.error().toString().toStdString();
    EXPECT_EQ(scanned->product.sku, QStringLiteral("140901"));
    EXPECT_EQ(scanned->product.price, Money::fromMinor(450, Currency::cny()));
    EXPECT_EQ(scanned->product.memberPrice, Money::fromMinor(420, Currency::cny()));
    EXPECT_EQ(scanned->product.unit, QStringLiteral("瓶"));
    EXPECT_EQ(scanned->product.safetyStock, Quantity::units(12));
    auto byCase = catalog.lookup(caseCode);
    ASSERT_TRUE(byCase.ok());
    EXPECT_EQ(byCase->packQuantity, Quantity::units(15));
    // The list shows it, chosen, and says so.
    ASSERT_EQ(m_screen->model()->rowCount(), 1);
    EXPECT_EQ(m_screen->model()->index(0, ProductListModel::NameColumn).data().toString(), QStringLiteral("柠檬茶 500ml"));
    EXPECT_THAT(m_screen->detailText().toStdString(), HasSubstr(item.toStdString()));
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("柠檬茶 500ml is added"));
    // Search finds it by pinyin initials too.
    m_screen->search(QStringLiteral("nmc"));
    EXPECT_EQ(m_screen->model()->rowOf(scanned->product.id) >= 0, true);
}

TEST_F(ProductEditorTest, ABarcodeWithAWrongCheckDigitIsRefusedWithTheRightDigit)
{
    openScreen();
    tap(m_screen->newButton());
    ProductEditorDialog *editor = m_screen->editor();
    ASSERT_NE(editor, nullptr);
    const QString good = ean13(QStringLiteral("690123456789"));
    QString bad = good;
    bad[12] = QChar(u'0' + (good.at(12).digitValue() + 1) % 10);
    typeInto(editor->codeEdit(), bad);
    tap(editor->addCodeButton());
    EXPECT_TRUE(editor->codes().isEmpty());
    EXPECT_EQ(editor->errorText(), QStringLiteral("%1 is not a valid barcode: its check digit (the last digit) should be %2. "
                                                  "Check the number under the bars and type it again.")
                                       .arg(bad, good.right(1)));
    EXPECT_TRUE(editor->codeEdit()->property("invalid").toBool());

    // A code another product has is refused naming that product.
    typeInto(editor->codeEdit(), QStringLiteral("6924808758854"));
    tap(editor->addCodeButton());
    EXPECT_THAT(editor->errorText().toStdString(), HasSubstr("already belongs to 可乐 330ml"));

    // Saving with the bad code still typed saves nothing.
    typeInto(editor->skuEdit(), QStringLiteral("140902"));
    typeInto(editor->nameEdit(), QStringLiteral("坏码测试"));
    editor->categoryBox()->setCurrentIndex(editor->categoryBox()->findText(QStringLiteral("饮料")));
    typeInto(editor->priceEdit(), QStringLiteral("2"));
    typeInto(editor->codeEdit(), bad);
    tap(editor->okButton());
    EXPECT_THAT(editor->errorText().toStdString(), HasSubstr("check digit"));
    EXPECT_TRUE(editor->isVisible());
    EXPECT_FALSE(inventory().catalog().productBySku(QStringLiteral("140902")).ok());
    grab(editor, QStringLiteral("h2-product-editor-bad-code.png"));
}

TEST_F(ProductEditorTest, ANewPriceShowsInTheListAtOnce)
{
    openScreen();
    choose(QStringLiteral("140006"));
    ProductEditorDialog *editor = editSelected();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->skuEdit()->text(), QStringLiteral("140006"));
    EXPECT_EQ(editor->priceEdit()->text(), QStringLiteral("3.50"));
    EXPECT_EQ(editor->codes(), QStringList({QStringLiteral("6924808758854"), QStringLiteral("6942019049158")}));
    // Who supplies it, with the supplier's own item code.
    EXPECT_THAT(editor->suppliersText().toStdString(), HasSubstr("02-140006"));
    grab(editor, QStringLiteral("h2-product-editor-edit.png"));
    typeInto(editor->priceEdit(), QStringLiteral("3.80"));
    tap(editor->okButton());
    ASSERT_TRUE(waitUntil([&] { return m_screen->editor() == nullptr; })) << editor->errorText().toStdString();

    EXPECT_EQ(m_screen->model()->index(0, ProductListModel::PriceColumn).data().toString(), QStringLiteral("¥3.80"));
    EXPECT_THAT(m_screen->detailText().toStdString(), HasSubstr("¥3.80"));
    EXPECT_EQ(product(QStringLiteral("140006")).price, Money::fromMinor(380, Currency::cny()));
    EXPECT_EQ(context().lastMessage(), QStringLiteral("Saved 可乐 330ml."));
}

TEST_F(ProductEditorTest, BadInputIsRefusedAndNothingChanges)
{
    openScreen();
    choose(QStringLiteral("140006"));
    ProductEditorDialog *editor = editSelected();
    ASSERT_NE(editor, nullptr);
    // Take the case code away and type a member price above the retail price: refused as a whole.
    editor->removeCode(1);
    EXPECT_EQ(editor->codes(), QStringList{QStringLiteral("6924808758854")});
    typeInto(editor->memberPriceEdit(), QStringLiteral("9.90"));
    tap(editor->okButton());
    EXPECT_EQ(editor->errorText(), QStringLiteral("The member price ¥9.90 is higher than the retail price ¥3.50."));
    EXPECT_TRUE(editor->isVisible());
    const Catalog &catalog = inventory().catalog();
    EXPECT_TRUE(catalog.lookup(QStringLiteral("6942019049158")).ok()); // the case code is still there
    EXPECT_FALSE(product(QStringLiteral("140006")).memberPrice.has_value());

    typeInto(editor->memberPriceEdit(), QString());
    typeInto(editor->priceEdit(), QStringLiteral("three"));
    tap(editor->okButton());
    EXPECT_THAT(editor->errorText().toStdString(), HasSubstr("Retail price:"));
    typeInto(editor->priceEdit(), QStringLiteral("3.50"));
    typeInto(editor->nameEdit(), QString());
    tap(editor->okButton());
    EXPECT_EQ(editor->errorText(), QStringLiteral("Give the product a name."));
    EXPECT_EQ(product(QStringLiteral("140006")).name, QStringLiteral("可乐 330ml"));
}

TEST_F(ProductEditorTest, DelistingInTheEditorShowsTheProductAsDelisted)
{
    openScreen();
    choose(QStringLiteral("140007"));
    ProductEditorDialog *editor = editSelected();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(editor->listedCheck()->isChecked());
    editor->listedCheck()->setChecked(false);
    tap(editor->okButton());
    ASSERT_TRUE(waitUntil([&] { return m_screen->editor() == nullptr; })) << editor->errorText().toStdString();
    EXPECT_EQ(m_screen->model()->index(0, ProductListModel::StatusColumn).data().toString(), QStringLiteral("Delisted"));
    EXPECT_FALSE(product(QStringLiteral("140007")).isListed());
    EXPECT_EQ(m_screen->listingButton()->text(), QStringLiteral("List again"));
}

TEST_F(ProductEditorTest, ACashierCannotEditWithoutAnOverrideAndTheChangeIsTheApprovers)
{
    context().setSession(signIn(QLatin1String(kCashier), QLatin1String(kCashierPin)));
    openScreen();
    choose(QStringLiteral("140006"));

    tap(m_screen->editButton());  // the override dialog is cancelled: no editor
    EXPECT_EQ(m_screen->editor(), nullptr);
    ASSERT_EQ(context().authorizeRequests.size(), 1);
    EXPECT_EQ(context().authorizeRequests.first(), QStringLiteral("inventory.edit: Edit 可乐 330ml (140006)"));
    tap(m_screen->newButton());
    EXPECT_EQ(m_screen->editor(), nullptr);

    context().supervisor = SupervisorCredentials{QLatin1String(kSupervisor), QLatin1String(kSupervisorPin)};
    tap(m_screen->editButton());  // the shift supervisor may not edit products either
    EXPECT_EQ(m_screen->editor(), nullptr);
    EXPECT_TRUE(context().lastWasError());

    context().supervisor = SupervisorCredentials{QLatin1String(kOwner), QLatin1String(kOwnerPin)};
    ProductEditorDialog *editor = editSelected();
    ASSERT_NE(editor, nullptr);
    typeInto(editor->priceEdit(), QStringLiteral("3.60"));
    tap(editor->okButton());
    ASSERT_TRUE(waitUntil([&] { return m_screen->editor() == nullptr; })) << editor->errorText().toStdString();
    EXPECT_EQ(product(QStringLiteral("140006")).price, Money::fromMinor(360, Currency::cny()));
    // Saved on the owner's authority, recorded with both: the cashier did it, the owner approved it.
    auto entries = services().auditLog().entries(AuditQuery{.actionPrefix = QStringLiteral("product.update"), .limit = 1});
    ASSERT_TRUE(entries.ok());
    ASSERT_FALSE(entries->isEmpty());
    EXPECT_EQ(entries->first().actorId, services().operators().findByNumber(QLatin1String(kCashier))->id);
    EXPECT_EQ(entries->first().approverId, services().operators().findByNumber(QLatin1String(kOwner))->id);
}

TEST_F(ProductEditorTest, TheScreenshotShowsTheCatalogWithAProductChosen)
{
    openScreen();
    m_screen->prepareScreenshot();
    EXPECT_FALSE(m_screen->model()->isSearching());
    EXPECT_THAT(m_screen->detailText().toStdString(), HasSubstr("可乐"));
    grab(m_screen.get(), QStringLiteral("h2-products-list.png"));
    m_screen->lowStockFilter()->setChecked(true);
    m_screen->selectRow(0);
    grab(m_screen.get(), QStringLiteral("h2-products-low-stock.png"));
}

} // namespace
