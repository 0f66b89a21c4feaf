// The Products screen on the demo supermarket: searching as you type by name fragment, item code and
// barcode prefix, stock per location, and the detail panel. (The list's paging, filters and the product
// editor are tested in tests/inventoryui/test_productlist.cpp and test_producteditor.cpp.)
#include "adminfixture.h"

#include "inventory/demostore.h"
#include "inventory/ui/inventoryuimodule.h"
#include "inventory/ui/productlistmodel.h"
#include "inventory/ui/productsscreen.h"

#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QHeaderView>
#include <QTableView>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

namespace {

class ProductsScreenTest : public test::AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        if (HasFatalFailure())
            return;
        auto filled = DemoStore::populate(services(), context().session());
        ASSERT_TRUE(filled.ok()) << filled.error().toString().toStdString();
        m_screen = std::make_unique<ProductsScreen>(context());
        show(m_screen.get());
    }
    void TearDown() override
    {
        m_screen.reset();
        AdminFixture::TearDown();
    }

    /// The item codes shown, top to bottom.
    std::vector<std::string> shownSkus() const
    {
        std::vector<std::string> skus;
        const ProductListModel *model = m_screen->model();
        for (int row = 0; row < model->rowCount(); ++row)
            skus.push_back(model->index(row, ProductListModel::CodeColumn).data().toString().toStdString());
        return skus;
    }
    /// Types into the search box and waits for the search that typing starts.
    void typeSearch(const QString &text)
    {
        typeInto(m_screen->searchBox(), text);
        ASSERT_TRUE(waitUntil([&] { return m_screen->model()->searchText() == text.trimmed(); }))
            << "no search for " << text.toStdString();
    }
    int rowOfSku(const QString &sku) const
    {
        const ProductListModel *model = m_screen->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ProductListModel::CodeColumn).data().toString() == sku)
                return row;
        }
        return -1;
    }

    std::unique_ptr<ProductsScreen> m_screen;
};

TEST_F(ProductsScreenTest, ANameFragmentFindsTheMatchingProductsAsYouType)
{
    typeSearch(QStringLiteral("可乐"));
    EXPECT_THAT(shownSkus(), UnorderedElementsAre("140006", "140007", "140008"));
    EXPECT_EQ(m_screen->resultText(), QStringLiteral("3 product(s) match \"可乐\""));

    const int row = rowOfSku(QStringLiteral("140006"));
    const ProductListModel *model = m_screen->model();
    EXPECT_EQ(model->index(row, ProductListModel::NameColumn).data().toString(), QStringLiteral("可乐 330ml"));
    EXPECT_EQ(model->index(row, ProductListModel::CategoryColumn).data().toString(), QStringLiteral("饮料"));
    EXPECT_EQ(model->index(row, ProductListModel::UnitColumn).data().toString(), QStringLiteral("罐"));
    EXPECT_EQ(model->index(row, ProductListModel::BarcodeColumn).data().toString(), QStringLiteral("6924808758854"));
    EXPECT_EQ(model->index(row, ProductListModel::PriceColumn).data().toString(), QStringLiteral("¥3.50"));
    EXPECT_EQ(model->index(row, ProductListModel::StatusColumn).data().toString(), QStringLiteral("Listed"));
    // Stock: 44 on the shop floor and 24 in the back room make 68 on hand; the detail panel has each.
    EXPECT_EQ(model->index(row, ProductListModel::OnHandColumn).data().toString(), QStringLiteral("68"));
    m_screen->selectRow(row);
    EXPECT_THAT(m_screen->detailText().toStdString(), HasSubstr("44 罐"));
    EXPECT_THAT(m_screen->detailText().toStdString(), HasSubstr("24 罐"));
    EXPECT_GE(m_screen->view()->verticalHeader()->defaultSectionSize(), 48);
}

TEST_F(ProductsScreenTest, ABarcodePrefixFindsItemsAndCases)
{
    // Item barcodes starting 6942019, and the cola whose case barcode starts so.
    typeSearch(QStringLiteral("6942019"));
    EXPECT_THAT(shownSkus(), UnorderedElementsAre("140005", "140006", "140007", "140008", "140009", "140010",
                                                  "140022", "140024"));
    typeSearch(QStringLiteral("6942019833"));
    EXPECT_THAT(shownSkus(), UnorderedElementsAre("140007"));
}

TEST_F(ProductsScreenTest, ScanningAFullBarcodeSelectsTheProductAndShowsItsDetails)
{
    typeInto(m_screen->searchBox(), QStringLiteral("6924808758854"));
    QTest::keyClick(m_screen->searchBox(), Qt::Key_Return);
    ASSERT_EQ(shownSkus(), std::vector<std::string>{"140006"});
    const QString detail = m_screen->detailText();
    EXPECT_THAT(detail.toStdString(), HasSubstr("可乐 330ml"));
    EXPECT_THAT(detail.toStdString(), HasSubstr("6924808758854"));
    EXPECT_THAT(detail.toStdString(), HasSubstr("6942019049158")); // the case of 24
    EXPECT_THAT(detail.toStdString(), HasSubstr("Case of 24"));
    EXPECT_THAT(detail.toStdString(), HasSubstr("¥3.50"));
    EXPECT_THAT(detail.toStdString(), HasSubstr("68 罐")); // total on hand
}

TEST_F(ProductsScreenTest, NothingMatchingSaysSo)
{
    typeSearch(QStringLiteral("zzzz-no-such-thing"));
    EXPECT_EQ(m_screen->model()->rowCount(), 0);
    EXPECT_THAT(m_screen->resultText().toStdString(), HasSubstr("Nothing matches"));
    // Clearing the search goes back to the whole catalog.
    typeSearch(QString());
    EXPECT_FALSE(m_screen->model()->isSearching());
    EXPECT_EQ(m_screen->model()->matchCount(), 318);   // 315 + the three serial-tracked phones
}

TEST(InventoryUiModuleTest, TheProductsScreenNeedsInventoryView)
{
    const QList<shell::ScreenDescriptor> screens = InventoryUiModule().screens();
    // The inventory rail has several screens (products, stock, stocktake, …); Products is the first, at 300.
    ASSERT_FALSE(screens.isEmpty());
    EXPECT_EQ(screens.first().id, QStringLiteral("inventory.products"));
    EXPECT_EQ(screens.first().order, 300);
    EXPECT_EQ(screens.first().permission, InventoryPermissions::kView);
}

} // namespace
