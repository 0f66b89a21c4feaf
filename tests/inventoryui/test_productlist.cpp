// The Products screen's list on the demo supermarket (plus generated products for depth): pages load
// as the view scrolls (keyset paging, checked row for row against the database), search as you type,
// the filters, the counts, and delisting / listing again from the list — with the supervisor override
// a cashier needs.
#include "../admin/adminfixture.h"

#include "inventory/catalog.h"
#include "inventory/demostore.h"
#include "inventory/productservice.h"
#include "inventory/stockledger.h"
#include "inventory/ui/productlistmodel.h"
#include "inventory/ui/productsscreen.h"

#include "core/store.h"
#include "core/storeprofileservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTableView>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

namespace {

class ProductListTest : public test::AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        if (HasFatalFailure())
            return;
        auto filled = DemoStore::populate(services(), context().session());
        ASSERT_TRUE(filled.ok()) << filled.error().toString().toStdString();
        m_demoProducts = filled->products;
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

    /// `count` more products "900000"… in one transaction, named so they sort among the demo's.
    void addGenerated(int count)
    {
        ProductService &products = inventory().products();
        const Catalog &catalog = inventory().catalog();
        const CategoryId drinks = catalog.productBySku(QStringLiteral("140006"))->categoryId;
        const Session owner = context().session();
        const Status done = services().store().transaction([&]() -> Status {
            for (int i = 0; i < count; ++i) {
                Product p;
                p.sku = QStringLiteral("9%1").arg(i, 5, 10, QLatin1Char('0'));
                p.name = QStringLiteral("测试商品 %1").arg(count - i, 5, 10, QLatin1Char('0')); // names run backwards
                p.categoryId = drinks;
                p.unit = QStringLiteral("件");
                p.price = Money::fromMinor(100 + i, Currency::cny());
                p.taxClass = QStringLiteral("standard");
                auto created = products.create(owner, p);
                if (!created)
                    return created.error();
            }
            return {};
        });
        ASSERT_TRUE(done.ok()) << done.error().toString().toStdString();
    }

    ProductListModel *model() const { return m_screen->model(); }

    std::vector<std::string> shownSkus() const
    {
        std::vector<std::string> skus;
        for (int row = 0; row < model()->rowCount(); ++row)
            skus.push_back(model()->index(row, ProductListModel::CodeColumn).data().toString().toStdString());
        return skus;
    }
    void typeSearch(const QString &text)
    {
        typeInto(m_screen->searchBox(), text);
        ASSERT_TRUE(waitUntil([&] { return model()->searchText() == text.trimmed(); }))
            << "no search for " << text.toStdString();
    }
    /// Drags the scroll bar to the end, as a finger flinging the list would, until `rows` are loaded.
    bool scrollUntil(int rows)
    {
        return waitUntil([&] {
            m_screen->view()->scrollToBottom();
            return model()->rowCount() >= rows;
        }, 10000);
    }
    QString cell(int row, int column) const { return model()->index(row, column).data().toString(); }

    std::unique_ptr<ProductsScreen> m_screen;
    int m_demoProducts = 0;
};

TEST_F(ProductListTest, TheWholeCatalogShowsWithItsCountAndLoadsPageByPageAsItScrolls)
{
    addGenerated(1500);
    openScreen();
    const int total = m_demoProducts + 1500;
    // Only the first page is read; the count covers them all.
    EXPECT_EQ(model()->rowCount(), ProductListModel::kPageSize);
    EXPECT_EQ(model()->matchCount(), total);
    EXPECT_EQ(m_screen->resultText(), QStringLiteral("1,818 product(s)"));   // 318 demo (with the 3 phones) + 1,500
    EXPECT_EQ(cell(0, ProductListModel::CodeColumn), QStringLiteral("100001"));
    EXPECT_EQ(cell(0, ProductListModel::NameColumn), QStringLiteral("东北大米 5kg"));
    EXPECT_EQ(cell(0, ProductListModel::PriceColumn), QStringLiteral("¥39.90"));
    // On hand in all locations, as the ledger has it (the demo's opening stock plus its deliveries).
    const StockLedger &ledger = inventory().ledger();
    EXPECT_EQ(cell(0, ProductListModel::OnHandColumn),
              ledger.onHand(model()->rowAt(0).product.id).value().toString(QLocale()));
    EXPECT_EQ(cell(0, ProductListModel::StatusColumn), QStringLiteral("Listed"));

    // Scrolling to the end asks for the next page, again and again.
    ASSERT_TRUE(scrollUntil(1200)) << "rows loaded: " << model()->rowCount();
    EXPECT_GE(model()->pagesLoaded(), 12);
    EXPECT_LT(model()->rowCount(), total); // not everything at once

    // A deep row is the product the database has at that place in item-code order.
    const Catalog &catalog = inventory().catalog();
    for (int row : {99, 100, 777, 1150}) {
        auto expected = catalog.page(row, 1);
        ASSERT_TRUE(expected.ok());
        ASSERT_EQ(expected->size(), 1);
        EXPECT_EQ(cell(row, ProductListModel::CodeColumn), expected->first().sku) << "row " << row;
        EXPECT_EQ(cell(row, ProductListModel::NameColumn), expected->first().name) << "row " << row;
        EXPECT_EQ(cell(row, ProductListModel::PriceColumn), expected->first().price.format(QLocale())) << "row " << row;
    }
    // To the very end: every product once, none twice.
    ASSERT_TRUE(scrollUntil(total));
    EXPECT_EQ(model()->rowCount(), total);
    EXPECT_FALSE(model()->canFetchMore({}));
    QSet<QString> skus;
    for (int row = 0; row < model()->rowCount(); ++row)
        skus.insert(cell(row, ProductListModel::CodeColumn));
    EXPECT_EQ(skus.size(), total);
    EXPECT_EQ(cell(total - 1, ProductListModel::CodeColumn), QStringLiteral("901499"));
}

TEST_F(ProductListTest, ComingBackToTheScreenShowsNewPricesWithoutLosingThePlace)
{
    addGenerated(400);
    openScreen();
    ASSERT_TRUE(scrollUntil(450));
    const int loaded = model()->rowCount();
    const int row = 420;
    const Product deep = model()->rowAt(row).product;
    m_screen->selectRow(row);
    // The price changes elsewhere (another screen, an import) while this one is in the background.
    ProductService &products = inventory().products();
    ASSERT_TRUE(products.setPrices(context().session(), deep.id, Money::fromMinor(1234, Currency::cny()), std::nullopt).ok());
    m_screen->activated();
    EXPECT_EQ(model()->rowCount(), loaded);
    EXPECT_EQ(cell(row, ProductListModel::CodeColumn), deep.sku);
    EXPECT_EQ(cell(row, ProductListModel::PriceColumn), QStringLiteral("¥12.34"));
    EXPECT_THAT(m_screen->detailText().toStdString(), HasSubstr("¥12.34"));
}

TEST_F(ProductListTest, SortingByNameKeepsTheOrderAcrossPages)
{
    addGenerated(450);
    openScreen();
    m_screen->sortOrder()->setCurrentIndex(m_screen->sortOrder()->findData(int(ProductListFilter::Order::ByName)));
    ASSERT_TRUE(scrollUntil(m_demoProducts + 450));
    QStringList names;
    for (int row = 0; row < model()->rowCount(); ++row)
        names << cell(row, ProductListModel::NameColumn);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(names, sorted);
    EXPECT_EQ(names.size(), m_demoProducts + 450);
    // The generated names run backwards against their codes: by name, 测试商品 00001 (code 900449) first of them.
    EXPECT_EQ(cell(int(names.indexOf(QStringLiteral("测试商品 00001"))), ProductListModel::CodeColumn), QStringLiteral("900449"));
}

TEST_F(ProductListTest, SortingByPriceGoesCheapestOrDearestFirstAcrossPagesWithTies)
{
    addGenerated(450);
    // A third of the generated products at one price: more ties than a page holds.
    ASSERT_TRUE(services().store().exec(QStringLiteral("UPDATE products SET price_fen = 500 WHERE sku LIKE '9%' AND id % 3 = 0")).ok());
    openScreen();
    const int total = m_demoProducts + 450;
    for (auto order : {ProductListFilter::Order::ByPrice, ProductListFilter::Order::ByPriceDescending}) {
        const int index = m_screen->sortOrder()->findData(int(order));
        ASSERT_GE(index, 0);
        m_screen->sortOrder()->setCurrentIndex(index);
        EXPECT_EQ(m_screen->sortOrder()->currentText(),
                  order == ProductListFilter::Order::ByPrice ? QStringLiteral("By price, lowest first")
                                                             : QStringLiteral("By price, highest first"));
        ASSERT_TRUE(scrollUntil(total));
        ASSERT_EQ(model()->rowCount(), total);
        EXPECT_GE(model()->pagesLoaded(), 6);
        // Row for row what the database has in that order (price, then id), deep pages included.
        auto q = services().store().exec(order == ProductListFilter::Order::ByPrice
                                             ? QStringLiteral("SELECT sku, price_fen FROM products ORDER BY price_fen, id")
                                             : QStringLiteral("SELECT sku, price_fen FROM products ORDER BY price_fen DESC, id DESC"));
        ASSERT_TRUE(q.ok());
        int row = 0;
        while (q->next()) {
            ASSERT_LT(row, total);
            ASSERT_EQ(cell(row, ProductListModel::CodeColumn), q->value(0).toString()) << "row " << row;
            EXPECT_EQ(cell(row, ProductListModel::PriceColumn),
                      Money::fromMinor(q->value(1).toLongLong(), Currency::cny()).format(QLocale())) << "row " << row;
            ++row;
        }
        EXPECT_EQ(row, total);
    }
    // What the clerk sees at the top: the cheapest item, then (highest first) the dearest.
    EXPECT_EQ(model()->rowAt(0).product.price, [&] {
        auto top = services().store().exec(QStringLiteral("SELECT MAX(price_fen) FROM products"));
        return top && top->next() ? Money::fromMinor(top->value(0).toLongLong(), Currency::cny()) : Money::zero(Currency::cny());
    }());
}

TEST_F(ProductListTest, TypingSearchesAsYouTypeAndClearingGoesBackToTheWholeList)
{
    openScreen();
    typeSearch(QStringLiteral("可乐"));
    EXPECT_THAT(shownSkus(), UnorderedElementsAre("140006", "140007", "140008"));
    EXPECT_EQ(m_screen->resultText(), QStringLiteral("3 product(s) match \"可乐\""));

    typeSearch(QStringLiteral("kl"));   // pinyin initials of 可乐
    EXPECT_THAT(shownSkus(), ::testing::Contains("140006"));

    typeSearch(QStringLiteral("6942019833")); // a barcode prefix
    EXPECT_THAT(shownSkus(), UnorderedElementsAre("140007"));

    typeSearch(QStringLiteral("zzzz-no-such-thing"));
    EXPECT_EQ(model()->rowCount(), 0);
    EXPECT_THAT(m_screen->resultText().toStdString(), HasSubstr("Nothing matches"));

    typeSearch(QString());
    EXPECT_FALSE(model()->isSearching());
    EXPECT_EQ(model()->matchCount(), m_demoProducts);
    EXPECT_EQ(m_screen->resultText(), QStringLiteral("318 product(s)"));
}

TEST_F(ProductListTest, ScanningAFullBarcodeSelectsTheProductAndShowsItsDetails)
{
    openScreen();
    typeInto(m_screen->searchBox(), QStringLiteral("6924808758854"));
    QTest::keyClick(m_screen->searchBox(), Qt::Key_Return);
    ASSERT_EQ(shownSkus(), std::vector<std::string>{"140006"});
    const std::string detail = m_screen->detailText().toStdString();
    EXPECT_THAT(detail, HasSubstr("可乐 330ml"));
    EXPECT_THAT(detail, HasSubstr("6942019049158")); // the case of 24
    EXPECT_THAT(detail, HasSubstr("Case of 24"));
    EXPECT_THAT(detail, HasSubstr("44 罐"));          // on the shop floor
    EXPECT_THAT(detail, HasSubstr("68 罐"));          // in total
}

TEST_F(ProductListTest, TheCategoryFilterShowsThatCategoryOnly)
{
    openScreen();
    QComboBox *category = m_screen->categoryFilter();
    const int drinks = category->findText(QStringLiteral("饮料"));
    ASSERT_GE(drinks, 0);
    category->setCurrentIndex(drinks);
    ASSERT_GT(model()->rowCount(), 5);
    const Catalog &catalog = inventory().catalog();
    const CategoryId drinksId(category->itemData(drinks).toLongLong());
    EXPECT_EQ(model()->matchCount(), catalog.productsIn(drinksId).value().size());
    for (int row = 0; row < model()->rowCount(); ++row)
        EXPECT_EQ(cell(row, ProductListModel::CategoryColumn), QStringLiteral("饮料")) << row;
    EXPECT_THAT(m_screen->resultText().toStdString(), HasSubstr("match the filters"));

    // Searching within the category: the drinks among the matches only.
    typeSearch(QStringLiteral("330ml"));
    for (int row = 0; row < model()->rowCount(); ++row)
        EXPECT_EQ(cell(row, ProductListModel::CategoryColumn), QStringLiteral("饮料")) << row;
}

TEST_F(ProductListTest, TheLowStockAndWeighedFiltersShowWhatTheySay)
{
    openScreen();
    m_screen->lowStockFilter()->setChecked(true);
    const StockLedger &ledger = inventory().ledger();
    const auto low = ledger.lowStock(1000).value();
    ASSERT_FALSE(low.isEmpty());
    EXPECT_EQ(model()->matchCount(), low.size());
    for (int row = 0; row < model()->rowCount(); ++row)
        EXPECT_TRUE(model()->rowAt(row).isLowOnStock()) << cell(row, ProductListModel::CodeColumn).toStdString();

    m_screen->lowStockFilter()->setChecked(false);
    m_screen->weighedFilter()->setChecked(true);
    ASSERT_GT(model()->rowCount(), 0);
    for (int row = 0; row < model()->rowCount(); ++row) {
        EXPECT_TRUE(model()->rowAt(row).product.soldByWeight);
        EXPECT_THAT(cell(row, ProductListModel::UnitColumn).toStdString(), HasSubstr("(weighed)"));
    }
}

TEST_F(ProductListTest, DelistingFromTheListShowsTheProductAsDelistedAndItCanNoLongerBeSold)
{
    openScreen();
    m_screen->search(QStringLiteral("140006"));
    m_screen->selectRow(0);
    ASSERT_EQ(m_screen->listingButton()->text(), QStringLiteral("Delist"));
    tap(m_screen->listingButton());
    EXPECT_EQ(cell(0, ProductListModel::StatusColumn), QStringLiteral("Delisted"));
    EXPECT_THAT(context().lastMessage().toStdString(), HasSubstr("is delisted"));
    EXPECT_THAT(m_screen->detailText().toStdString(), HasSubstr("Delisted: not for sale"));
    const Catalog &catalog = inventory().catalog();
    EXPECT_FALSE(catalog.lookupForSale(QStringLiteral("6924808758854")).ok());

    // The status filter finds it, by browsing and by searching its name.
    m_screen->search(QString());
    QComboBox *status = m_screen->statusFilter();
    status->setCurrentIndex(status->findData(int(ProductListFilter::Status::Delisted)));
    EXPECT_EQ(shownSkus(), std::vector<std::string>{"140006"});
    typeSearch(QStringLiteral("可乐"));
    EXPECT_EQ(shownSkus(), std::vector<std::string>{"140006"});
    status->setCurrentIndex(status->findData(int(ProductListFilter::Status::Listed)));
    EXPECT_THAT(shownSkus(), UnorderedElementsAre("140007", "140008"));

    // And back.
    status->setCurrentIndex(status->findData(int(ProductListFilter::Status::Any)));
    m_screen->selectRow(model()->rowOf(catalog.productBySku(QStringLiteral("140006"))->id));
    ASSERT_EQ(m_screen->listingButton()->text(), QStringLiteral("List again"));
    tap(m_screen->listingButton());
    EXPECT_TRUE(catalog.lookupForSale(QStringLiteral("6924808758854")).ok());
}

TEST_F(ProductListTest, ACashierNeedsASupervisorWithTheRightToDelist)
{
    context().setSession(signIn(QLatin1String(kCashier), QLatin1String(kCashierPin)));
    openScreen();
    m_screen->search(QStringLiteral("140006"));
    m_screen->selectRow(0);

    tap(m_screen->listingButton());   // the override dialog is cancelled
    ASSERT_EQ(context().authorizeRequests.size(), 1);
    EXPECT_EQ(context().authorizeRequests.first(), QStringLiteral("inventory.edit: Delist 可乐 330ml (140006)"));
    EXPECT_EQ(cell(0, ProductListModel::StatusColumn), QStringLiteral("Listed"));

    context().supervisor = SupervisorCredentials{QLatin1String(kSupervisor), QLatin1String(kSupervisorPin)};
    tap(m_screen->listingButton());   // a supervisor without inventory.edit cannot approve it
    EXPECT_TRUE(context().lastWasError());
    EXPECT_EQ(cell(0, ProductListModel::StatusColumn), QStringLiteral("Listed"));

    context().supervisor = SupervisorCredentials{QLatin1String(kOwner), QLatin1String(kOwnerPin)};
    tap(m_screen->listingButton());
    EXPECT_EQ(cell(0, ProductListModel::StatusColumn), QStringLiteral("Delisted"));
}

} // namespace
