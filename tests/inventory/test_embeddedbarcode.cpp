// Scale labels with GS1 prefixes 20–29: the per-store layout table, decoding, and the till's lookup.
#include "demofixture.h"

#include "inventory/barcode.h"
#include "inventory/catalog.h"
#include "inventory/embeddedbarcodelayout.h"
#include "inventory/productservice.h"

#include "core/auditlog.h"

QT_BEGIN_NAMESPACE
/// Readable QStrings in failure messages.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

using namespace qtill;
using namespace qtill::inventory;

namespace {

/// A 13-digit label from its 12 data digits.
QString label(const char *payload12)
{
    const QString p = QLatin1String(payload12);
    return p + QChar(u'0' + Barcode::checkDigit(p));
}

struct Decoded
{
    const char *payload;
    EmbeddedValue value;
    const char *plu;
    qint64 amount;          ///< fen or grams
};

class DefaultLayouts : public ::testing::TestWithParam<Decoded>
{
};

struct LayoutTest : ::testing::Test
{
    inventory::test::DemoFixture demo;
    Catalog &catalog = InventoryServices::of(*demo.services).catalog();
    EmbeddedBarcodeLayouts &layouts = InventoryServices::of(*demo.services).barcodeLayouts();
};

} // namespace

TEST_P(DefaultLayouts, DecodeChineseScaleLabels)
{
    const Decoded d = GetParam();
    auto read = EmbeddedBarcodeLayouts::decode(label(d.payload), EmbeddedBarcodeLayouts::chineseDefaults(), Currency::cny());
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    EXPECT_EQ(read->value, d.value);
    EXPECT_EQ(read->plu, QLatin1String(d.plu));
    if (d.value == EmbeddedValue::Price) {
        ASSERT_TRUE(read->price.has_value());
        EXPECT_EQ(read->price->minor(), d.amount);
        EXPECT_FALSE(read->weight.has_value());
    } else {
        ASSERT_TRUE(read->weight.has_value());
        EXPECT_EQ(read->weight->milli(), d.amount);
        EXPECT_FALSE(read->price.has_value());
    }
}

INSTANTIATE_TEST_SUITE_P(Table, DefaultLayouts,
                         ::testing::Values(Decoded{"220100200248", EmbeddedValue::Price, "1002", 248},
                                           Decoded{"200000100001", EmbeddedValue::Price, "1", 1},
                                           Decoded{"269999999999", EmbeddedValue::Price, "99999", 99999},
                                           Decoded{"270100200355", EmbeddedValue::Weight, "1002", 355},
                                           Decoded{"281234512500", EmbeddedValue::Weight, "12345", 12500}));

TEST(EmbeddedBarcode, BadLabelsAndUnknownPrefixes)
{
    const auto defaults = EmbeddedBarcodeLayouts::chineseDefaults();
    auto misread = EmbeddedBarcodeLayouts::decode(QStringLiteral("2701002003554"), defaults, Currency::cny());
    ASSERT_FALSE(misread.ok());
    EXPECT_EQ(misread.error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(misread.error().message.contains(QStringLiteral("Scan it again")));

    auto free29 = EmbeddedBarcodeLayouts::decode(label("291234500100"), defaults, Currency::cny());
    ASSERT_FALSE(free29.ok());
    EXPECT_EQ(free29.error().code, Error::Code::NotFound);

    EXPECT_EQ(EmbeddedBarcodeLayouts::decode(QStringLiteral("6924808758854"), defaults, Currency::cny()).error().code, Error::Code::NotFound);
    EXPECT_EQ(EmbeddedBarcodeLayouts::decode(QStringLiteral("27010020035"), defaults, Currency::cny()).error().code, Error::Code::NotFound);
}

TEST(EmbeddedBarcode, ValidationExplainsBadLayouts)
{
    EmbeddedBarcodeLayout good;
    good.prefix = QStringLiteral("29");
    EXPECT_TRUE(EmbeddedBarcodeLayouts::validate(good).ok());

    struct BadLayout
    {
        EmbeddedBarcodeLayout layout;
        const char *message;
    };
    auto with = [&](auto change) {
        EmbeddedBarcodeLayout l = good;
        change(l);
        return l;
    };
    const BadLayout bad[] = {
        {with([](auto &l) { l.prefix = QStringLiteral("19"); }), "20 to 29"},
        {with([](auto &l) { l.prefix = QStringLiteral("2"); }), "20 to 29"},
        {with([](auto &l) { l.itemLength = 3; }), "4 to 6 digits"},
        {with([](auto &l) { l.valueLength = 7; }), "4 to 6 digits"},
        {with([](auto &l) { l.valueStart = 8; }), "between the prefix and the check digit"},
        {with([](auto &l) { l.itemStart = 1; }), "between the prefix and the check digit"},
        {with([](auto &l) { l.valueStart = 5; }), "overlap"},
    };
    for (const BadLayout &b : bad) {
        const Status s = EmbeddedBarcodeLayouts::validate(b.layout);
        ASSERT_FALSE(s.ok()) << b.message;
        EXPECT_TRUE(s.error().message.contains(QLatin1String(b.message))) << s.error().message.toStdString();
    }
}

TEST_F(LayoutTest, ANewStoreHasTheChineseDefaults)
{
    const QList<EmbeddedBarcodeLayout> stored = layouts.list().value();
    EXPECT_EQ(stored, EmbeddedBarcodeLayouts::chineseDefaults());
    EXPECT_EQ(stored.size(), 9);
}

TEST_F(LayoutTest, AWeightLabelFindsTheProductAndItsWeight)
{
    // 0.355 kg of bananas (PLU 1002, ¥6.98/kg) is ¥2.48.
    auto match = catalog.lookup(label("270100200355"));
    ASSERT_TRUE(match.ok()) << match.error().toString().toStdString();
    EXPECT_EQ(match->product.name, QStringLiteral("香蕉"));
    ASSERT_TRUE(match->embeddedQuantity.has_value());
    EXPECT_EQ(*match->embeddedQuantity, Quantity::fromMilli(355));
    EXPECT_FALSE(match->embeddedPrice.has_value());
    EXPECT_EQ(match->product.price.times(*match->embeddedQuantity).value(), Money::fromMinor(248, Currency::cny()));
    EXPECT_EQ(match->code, label("270100200355"));
}

TEST_F(LayoutTest, APriceLabelCarriesTheAmountPrinted)
{
    auto match = catalog.lookupForSale(label("220100200248"));
    ASSERT_TRUE(match.ok()) << match.error().toString().toStdString();
    EXPECT_EQ(match->product.name, QStringLiteral("香蕉"));
    ASSERT_TRUE(match->embeddedPrice.has_value());
    EXPECT_EQ(*match->embeddedPrice, Money::fromMinor(248, Currency::cny()));
}

TEST_F(LayoutTest, ALabelForAnUnknownPluNamesThePlu)
{
    auto match = catalog.lookup(label("270999900355"));
    ASSERT_FALSE(match.ok());
    EXPECT_EQ(match.error().code, Error::Code::NotFound);
    EXPECT_TRUE(match.error().message.contains(QStringLiteral("9999"))) << match.error().message.toStdString();
    EXPECT_TRUE(match.error().message.contains(QStringLiteral("PLU")));
}

TEST_F(LayoutTest, OnlyAManagerEditsLayoutsAndEveryEditIsAudited)
{
    EmbeddedBarcodeLayout layout;
    layout.prefix = QStringLiteral("29");
    layout.value = EmbeddedValue::Weight;
    layout.itemStart = 2;
    layout.itemLength = 4;
    layout.valueStart = 6;
    layout.valueLength = 6;
    layout.description = QStringLiteral("寺冈 4+6");

    const Status denied = layouts.save(demo.cashier, layout);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, Error::Code::PermissionDenied);

    ASSERT_TRUE(layouts.save(demo.owner, layout).ok());
    // "29" + item "1002" + weight "001250" g.
    auto match = catalog.lookup(label("291002001250"));
    ASSERT_TRUE(match.ok()) << match.error().toString().toStdString();
    EXPECT_EQ(match->product.name, QStringLiteral("香蕉"));
    EXPECT_EQ(*match->embeddedQuantity, Quantity::fromMilli(1250));

    ASSERT_TRUE(layouts.remove(demo.owner, QStringLiteral("27")).ok());
    auto plain = catalog.lookup(label("270100200355"));
    ASSERT_FALSE(plain.ok());
    EXPECT_EQ(plain.error().code, Error::Code::NotFound);
    EXPECT_EQ(layouts.remove(demo.owner, QStringLiteral("27")).error().code, Error::Code::NotFound);

    AuditQuery q;
    q.actionPrefix = QStringLiteral("barcodeLayout.");
    const QList<AuditEntry> entries = demo.services->auditLog().entries(q).value();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).action, QStringLiteral("barcodeLayout.remove"));
    EXPECT_EQ(entries.at(0).target, QStringLiteral("prefix:27"));
    EXPECT_EQ(entries.at(1).target, QStringLiteral("prefix:29"));
}

TEST_F(LayoutTest, AStoreCodeUnderAPrefixWithoutLayoutIsAPlainCode)
{
    ProductService &products = InventoryServices::of(*demo.services).products();
    const ProductId rice = catalog.productBySku(QStringLiteral("100001")).value().id;
    const QString ownCode = label("270000012345");
    const Status refused = products.addBarcode(demo.owner, rice, ProductBarcode{ownCode, {}, Quantity::units(1)});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("scale labels"))) << refused.error().message.toStdString();

    ASSERT_TRUE(layouts.remove(demo.owner, QStringLiteral("27")).ok());
    ASSERT_TRUE(products.addBarcode(demo.owner, rice, ProductBarcode{ownCode, {}, Quantity::units(1)}).ok());
    auto match = catalog.lookup(ownCode);
    ASSERT_TRUE(match.ok());
    EXPECT_EQ(match->product.sku, QStringLiteral("100001"));
    EXPECT_FALSE(match->embeddedQuantity.has_value());
}
