// The after-sales Serial numbers screen on the demo store: a sold phone's serial shows the sale, the
// customer and the warranty (and that it ended, a year later); a phone's barcode lists its units;
// unknown serials and products without serials say so.
#include "../admin/adminfixture.h"

#include "inventory/catalog.h"
#include "inventory/demoserials.h"
#include "inventory/demostore.h"
#include "inventory/ui/seriallookupscreen.h"

#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;

namespace {

class SerialLookupTest : public test::AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(DemoStore::populate(services(), context().session()).ok());
        m_screen = std::make_unique<SerialLookupScreen>(context());
        show(m_screen.get());
    }
    void TearDown() override
    {
        m_screen.reset();
        AdminFixture::TearDown();
    }

    QString cell(const QTableWidget *table, int row, int column) const
    {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    }
    QString barcodeOf(const QString &sku)
    {
        const Catalog &catalog = inventory().catalog();
        auto product = catalog.productBySku(sku);
        EXPECT_TRUE(product.ok());
        if (!product)
            return {};
        auto codes = catalog.productBarcodes(product->id);
        return codes.ok() && !codes->isEmpty() ? codes->first().code : QString();
    }

    std::unique_ptr<SerialLookupScreen> m_screen;
};

} // namespace

TEST_F(SerialLookupTest, ASoldPhoneShowsItsSaleCustomerAndWarranty)
{
    // Typed with spaces and in lower case, as a person at the counter might.
    auto *search = m_screen->findChild<QLineEdit *>(QStringLiteral("serialSearch"));
    ASSERT_NE(search, nullptr);
    search->setText(QStringLiteral("  ") + QLatin1String(DemoSerials::kSoldSerial) + QStringLiteral(" "));
    QTest::keyClick(search, Qt::Key_Return);

    ASSERT_EQ(m_screen->unitsTable()->rowCount(), 1);
    EXPECT_EQ(cell(m_screen->unitsTable(), 0, 0), QLatin1String(DemoSerials::kSoldSerial));
    EXPECT_THAT(cell(m_screen->unitsTable(), 0, 1).toStdString(), HasSubstr("华为 nova 12"));
    EXPECT_EQ(m_screen->statusText(), QStringLiteral("Sold"));
    // Sold today (the fixture's 2026-11-21) with 12 months of warranty: until 2027-11-21, 365 days.
    EXPECT_EQ(m_screen->warrantyText(), QStringLiteral("Under warranty until 2027-11-21 (365 day(s) left)"));
    EXPECT_THAT(m_screen->saleText().toStdString(), HasSubstr("on receipt R01-DEMO-0001"));
    EXPECT_EQ(m_screen->customerText(), QStringLiteral("13800138000"));
    EXPECT_THAT(m_screen->receivedText().toStdString(), HasSubstr("DEMO-PHONES"));

    // Its history: received, then sold, oldest first.
    ASSERT_EQ(m_screen->historyTable()->rowCount(), 2);
    EXPECT_EQ(cell(m_screen->historyTable(), 0, 1), QStringLiteral("Received"));
    EXPECT_EQ(cell(m_screen->historyTable(), 1, 1), QStringLiteral("Sold"));
    EXPECT_THAT(cell(m_screen->historyTable(), 1, 2).toStdString(), HasSubstr("R01-DEMO-0001"));
}

TEST_F(SerialLookupTest, AYearAndADayLaterTheWarrantyHasEnded)
{
    m_clock.set(QDateTime(QDate(2027, 11, 22), QTime(9, 0)));
    ASSERT_TRUE(m_screen->lookup(QLatin1String(DemoSerials::kSoldSerial)));
    EXPECT_EQ(m_screen->warrantyText(), QStringLiteral("Warranty ended on 2027-11-21"));
    EXPECT_EQ(cell(m_screen->unitsTable(), 0, 3), QStringLiteral("2027-11-21 (ended)"));

    // The last day still counts.
    m_clock.set(QDateTime(QDate(2027, 11, 21), QTime(21, 0)));
    ASSERT_TRUE(m_screen->lookup(QLatin1String(DemoSerials::kSoldSerial)));
    EXPECT_EQ(m_screen->warrantyText(), QStringLiteral("Under warranty until 2027-11-21 (0 day(s) left)"));
}

TEST_F(SerialLookupTest, APhonesBarcodeListsItsUnitsAndWhichAreInStock)
{
    const QString barcode = barcodeOf(QStringLiteral("240001"));
    ASSERT_FALSE(barcode.isEmpty());
    ASSERT_TRUE(m_screen->lookup(barcode));
    // Three received, one of them sold.
    ASSERT_EQ(m_screen->unitsTable()->rowCount(), 3);
    EXPECT_THAT(m_screen->resultText().toStdString(), HasSubstr("3 unit(s) known, 2 in stock"));
    int sold = 0;
    for (int r = 0; r < 3; ++r)
        sold += cell(m_screen->unitsTable(), r, 2) == QStringLiteral("Sold") ? 1 : 0;
    EXPECT_EQ(sold, 1);

    // Picking an unsold unit shows that its warranty starts with the sale.
    for (int r = 0; r < 3; ++r) {
        if (cell(m_screen->unitsTable(), r, 2) == QStringLiteral("In stock")) {
            m_screen->unitsTable()->selectRow(r);
            break;
        }
    }
    EXPECT_EQ(m_screen->statusText(), QStringLiteral("In stock"));
    EXPECT_EQ(m_screen->warrantyText(), QStringLiteral("Warranty starts when sold"));
    EXPECT_EQ(m_screen->saleText(), QStringLiteral("Not sold"));
}

TEST_F(SerialLookupTest, UnknownSerialsAndOrdinaryProductsSaySo)
{
    EXPECT_FALSE(m_screen->lookup(QStringLiteral("860000000099999")));
    EXPECT_THAT(m_screen->resultText().toStdString(), HasSubstr("Nothing has the serial number 860000000099999"));
    EXPECT_EQ(m_screen->unitsTable()->rowCount(), 0);
    EXPECT_EQ(m_screen->statusText(), QStringLiteral("—"));

    // A bag of rice has a barcode but no serial numbers.
    const QString rice = barcodeOf(QStringLiteral("100001"));
    ASSERT_FALSE(rice.isEmpty());
    EXPECT_FALSE(m_screen->lookup(rice));
    EXPECT_THAT(m_screen->resultText().toStdString(), HasSubstr("is not a serial-numbered product"));
}
