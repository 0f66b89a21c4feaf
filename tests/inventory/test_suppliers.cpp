// Suppliers v2: address, payment terms, tax id, bank and account, note — validated, audited, kept by the
// schema upgrade, imported and exported; and the serials schema v2 (returned to supplier) on an old store.
#include "demofixture.h"

#include "inventory/csvreader.h"
#include "inventory/csvwriter.h"
#include "inventory/purchasingschema.h"
#include "inventory/serialnumberservice.h"
#include "inventory/supplierimporter.h"
#include "inventory/supplierservice.h"

#include "core/auditlog.h"
#include "core/store.h"
#include "core/storedtime.h"

#include "../support/testsupport.h"

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;

namespace {

struct SuppliersTest : ::testing::Test
{
    qtill::inventory::test::DemoFixture demo;
    SupplierService &suppliers = InventoryServices::of(*demo.services).suppliers();

    static Supplier tea()
    {
        Supplier s;
        s.code = QStringLiteral("S9");
        s.name = QStringLiteral("杭州茶叶合作社");
        s.contact = QStringLiteral("钱经理");
        s.leadTimeDays = 4;
        s.address = QStringLiteral("  浙江省杭州市西湖区龙井路 1 号 ");
        s.paymentTerms = QStringLiteral("月结 30 天");
        s.taxId = QStringLiteral("91330106 ma27xyz12q");
        s.bankName = QStringLiteral("中国工商银行杭州西湖支行");
        s.bankAccount = QStringLiteral("1202 0210 0900 1234 567");
        s.note = QStringLiteral("只收现金发票");
        return s;
    }
    QStringList issuesOf(const ImportReport &report, int row)
    {
        QStringList out;
        for (const ImportIssue &i : report.issues) {
            if (i.row == row)
                out << i.column + QStringLiteral(": ") + i.message;
        }
        return out;
    }
};

} // namespace

TEST_F(SuppliersTest, TheNewFieldsAreSavedCleanedAndReadBack)
{
    auto added = suppliers.add(demo.owner, tea());
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    const Supplier s = suppliers.supplierByCode(QStringLiteral("S9")).value();
    EXPECT_EQ(s.address, QStringLiteral("浙江省杭州市西湖区龙井路 1 号"));
    EXPECT_EQ(s.paymentTerms, QStringLiteral("月结 30 天"));
    EXPECT_EQ(s.taxId, QStringLiteral("91330106MA27XYZ12Q"));   // no spaces, upper case
    EXPECT_EQ(s.bankName, QStringLiteral("中国工商银行杭州西湖支行"));
    EXPECT_EQ(s.bankAccount, QStringLiteral("1202 0210 0900 1234 567"));
    EXPECT_EQ(s.note, QStringLiteral("只收现金发票"));
    // The demo's suppliers (added before any of this) have the fields empty.
    EXPECT_TRUE(suppliers.supplierByCode(QStringLiteral("S001"))->taxId.isEmpty());
}

TEST_F(SuppliersTest, ABadTaxIdOrAccountIsRefusedWithTheReason)
{
    const std::pair<void (*)(Supplier &), const char *> cases[] = {
        {[](Supplier &s) { s.taxId = QStringLiteral("9133-0106"); }, "tax id"},
        {[](Supplier &s) { s.taxId = QStringLiteral("91330106MA27XYZ12Q123"); }, "15 to 20"},
        {[](Supplier &s) { s.bankAccount = QStringLiteral("1234"); }, "8 to 34 digits"},
        {[](Supplier &s) { s.bankAccount = QStringLiteral("ICBC-12345678"); }, "bank account"},
        {[](Supplier &s) { s.bankName.clear(); }, "which bank"},
        {[](Supplier &s) { s.note = QString(1001, QLatin1Char('x')); }, "note is too long"},
        {[](Supplier &s) { s.address = QString(201, QLatin1Char('x')); }, "too long"},
    };
    for (const auto &[spoil, why] : cases) {
        Supplier s = tea();
        spoil(s);
        auto refused = suppliers.add(demo.owner, s);
        ASSERT_FALSE(refused.ok()) << why;
        EXPECT_EQ(refused.error().code, Error::Code::InvalidInput) << why;
        EXPECT_THAT(refused.error().message.toStdString(), HasSubstr(why));
    }
    EXPECT_FALSE(suppliers.supplierByCode(QStringLiteral("S9")).ok());
    // Empty is fine: every new field is optional.
    Supplier plain;
    plain.code = QStringLiteral("S10");
    plain.name = QStringLiteral("散户");
    EXPECT_TRUE(suppliers.add(demo.owner, plain).ok());
}

TEST_F(SuppliersTest, AnUpdateKeepsTheFieldsAndTheAuditNamesWhatChanged)
{
    const Supplier added = suppliers.add(demo.owner, tea()).value();
    Supplier changed = added;
    changed.bankAccount = QStringLiteral("6222 0000 1111 2222");
    changed.paymentTerms = QStringLiteral("货到付款");
    ASSERT_TRUE(suppliers.update(demo.owner, changed).ok());
    const Supplier now = suppliers.supplier(added.id).value();
    EXPECT_EQ(now.bankAccount, QStringLiteral("6222 0000 1111 2222"));
    EXPECT_EQ(now.paymentTerms, QStringLiteral("货到付款"));
    EXPECT_EQ(now.address, added.address);
    AuditQuery q;
    q.actionPrefix = QStringLiteral("supplier.update");
    const QList<AuditEntry> entries = demo.services->auditLog().entries(q).value();
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_THAT(entries.last().detail.toStdString(), HasSubstr("changed: payment terms, bank account"));
    EXPECT_EQ(suppliers.update(demo.cashier, changed).error().code, Error::Code::PermissionDenied);
}

TEST_F(SuppliersTest, TheImportTakesTheOptionalColumnsAndTheExportRoundTrips)
{
    auto importer = InventoryServices::of(*demo.services).newSupplierImporter();
    auto report = importer->validate(*CsvReader::parse(
        QStringLiteral("供应商编码,供应商名称,地址,付款方式,税号,开户行,银行账号,备注\n"
                       "S001,,上海市松江区,月结 30 天,91310117MA1J3ABC9X,农业银行松江支行,6228480012345678,\n"
                       "S100,苏州新鲜蔬菜合作社,,货到付款,,,,早上 6 点前送到\n"
                       "S101,坏税号公司,,,12-34,,,\n"
                       "S102,没银行公司,,,,,62284800123,\n")
            .toUtf8()));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->goodRows, 2);
    EXPECT_THAT(issuesOf(*report, 4).join(QLatin1Char('|')).toStdString(), HasSubstr("tax id"));
    EXPECT_THAT(issuesOf(*report, 5).join(QLatin1Char('|')).toStdString(), HasSubstr("which bank"));
    ASSERT_TRUE(importer->import(demo.owner, ProductImporter::Mode::GoodRowsOnly).ok());
    const Supplier s001 = suppliers.supplierByCode(QStringLiteral("S001")).value();
    EXPECT_EQ(s001.name, QStringLiteral("上海丰禾粮油贸易有限公司"));
    EXPECT_EQ(s001.taxId, QStringLiteral("91310117MA1J3ABC9X"));
    EXPECT_EQ(s001.bankAccount, QStringLiteral("6228480012345678"));
    EXPECT_EQ(suppliers.supplierByCode(QStringLiteral("S100"))->note, QStringLiteral("早上 6 点前送到"));

    // A file without the new columns leaves them as they are.
    auto old = InventoryServices::of(*demo.services).newSupplierImporter();
    ASSERT_TRUE(old->validate(*CsvReader::parse("code,name,contact\nS001,,周经理\n")).ok());
    ASSERT_TRUE(old->import(demo.owner, ProductImporter::Mode::AllOrNothing).ok());
    EXPECT_EQ(suppliers.supplierByCode(QStringLiteral("S001"))->bankAccount, QStringLiteral("6228480012345678"));

    CsvWriter writer;
    auto exported = SupplierImporter::exportSuppliers(*demo.services, demo.owner, writer);
    ASSERT_TRUE(exported.ok());
    const QString csv = QString::fromUtf8(writer.bytes());
    EXPECT_THAT(csv.toStdString(), HasSubstr("code,name,contact,phone,lead_time_days,active,address,payment_terms,tax_id,"
                                             "bank_name,bank_account,note"));
    EXPECT_THAT(csv.toStdString(), HasSubstr("上海市松江区,月结 30 天,91310117MA1J3ABC9X,农业银行松江支行,6228480012345678,"));
    auto back = InventoryServices::of(*demo.services).newSupplierImporter();
    auto again = back->validate(*CsvReader::parse(writer.bytes()));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->isClean());
    EXPECT_EQ(again->totalRows, *exported);
    const QList<Supplier> before = suppliers.list().value();
    ASSERT_TRUE(back->import(demo.owner, ProductImporter::Mode::AllOrNothing).ok());
    const QList<Supplier> after = suppliers.list().value();
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after.at(i).taxId, before.at(i).taxId);
        EXPECT_EQ(after.at(i).note, before.at(i).note);
        EXPECT_EQ(after.at(i).paymentTerms, before.at(i).paymentTerms);
    }
}

// ---- schema upgrades on a store written before them -------------------------------------------------

TEST(SupplierSchema, PurchasingV2AndSerialsV2KeepTheDataOfAnOlderStore)
{
    Schema purchasingV1 = PurchasingSchema::schema();
    purchasingV1.migrations = purchasingV1.migrations.mid(0, 1);
    Schema serialsV1 = SerialNumberService::schema();
    serialsV1.migrations = serialsV1.migrations.mid(0, 1);
    qtill::test::TempStore t({InventoryModule::schema(), purchasingV1, serialsV1});
    Store &store = *t.store;
    ASSERT_EQ(store.schemaVersion(QStringLiteral("purchasing")), 1);
    ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO suppliers (code, name, contact, lead_time_days) VALUES ('S001', '老供应商', '王', 3)")).ok());
    ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO categories (code, name) VALUES ('24', '数码通讯')")).ok());
    ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO products (id, sku, name, category_id, unit, price_fen, tax_class, serial_tracked)"
                                          " VALUES (1, '240001', '手机', 1, '台', 99900, 'standard', 1)")).ok());
    ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO product_serials (id, product_id, serial, status, received_at, receipt_document,"
                                          " sold_at, sale_document, customer_ref, warranty_months, warranty_end)"
                                          " VALUES (7, 1, 'IMEI1', 'sold', '2026-01-02T10:00:00.000', 'GR-1',"
                                          " '2026-02-03T11:00:00.000', 'R01-00000001', '13800138000', 12, '2027-02-03')")).ok());
    ASSERT_TRUE(store.exec(QStringLiteral("INSERT INTO serial_events (serial_id, event, at, document) VALUES"
                                          " (7, 'received', '2026-01-02T10:00:00.000', 'GR-1'),"
                                          " (7, 'sold', '2026-02-03T11:00:00.000', 'R01-00000001')")).ok());

    ASSERT_TRUE(store.migrate({InventoryModule::schema(), PurchasingSchema::schema(), SerialNumberService::schema()}).ok());
    EXPECT_EQ(store.schemaVersion(QStringLiteral("purchasing")), PurchasingSchema::schema().latestVersion());
    EXPECT_EQ(store.schemaVersion(QStringLiteral("serials")), SerialNumberService::schema().latestVersion());
    auto supplier = store.exec(QStringLiteral("SELECT name, contact, lead_time_days, tax_id, note FROM suppliers WHERE code = 'S001'"));
    ASSERT_TRUE(supplier.ok() && supplier->next());
    EXPECT_EQ(supplier->value(0).toString(), QStringLiteral("老供应商"));
    EXPECT_EQ(supplier->value(1).toString(), QStringLiteral("王"));
    EXPECT_EQ(supplier->value(2).toInt(), 3);
    EXPECT_EQ(supplier->value(3).toString(), QString());

    // The serial, its sale and history survive the rebuilt tables; the new status is allowed, a bad one is not.
    auto unit = store.exec(QStringLiteral("SELECT status, customer_ref, warranty_end FROM product_serials WHERE id = 7"));
    ASSERT_TRUE(unit.ok() && unit->next());
    EXPECT_EQ(unit->value(0).toString(), QStringLiteral("sold"));
    EXPECT_EQ(unit->value(1).toString(), QStringLiteral("13800138000"));
    EXPECT_EQ(unit->value(2).toString(), QStringLiteral("2027-02-03")); // a calendar day: not a time
    // Times became UTC text (serials v3), the same instants read with this machine's zone.
    auto times = store.exec(QStringLiteral("SELECT received_at, sold_at FROM product_serials WHERE id = 7"));
    ASSERT_TRUE(times.ok() && times->next());
    EXPECT_EQ(times->value(0).toString(), storedTime(QDateTime(QDate(2026, 1, 2), QTime(10, 0))));
    EXPECT_EQ(times->value(1).toString(), storedTime(QDateTime(QDate(2026, 2, 3), QTime(11, 0))));
    auto events = store.exec(QStringLiteral("SELECT COUNT(*) FROM serial_events WHERE serial_id = 7"));
    ASSERT_TRUE(events.ok() && events->next());
    EXPECT_EQ(events->value(0).toInt(), 2);
    EXPECT_TRUE(store.exec(QStringLiteral("UPDATE product_serials SET status = 'returned_to_supplier' WHERE id = 7")).ok());
    EXPECT_FALSE(store.exec(QStringLiteral("UPDATE product_serials SET status = 'lost' WHERE id = 7")).ok());
    // serial_events still refers to product_serials (not to the temporary table of the rebuild).
    EXPECT_FALSE(store.exec(QStringLiteral("INSERT INTO serial_events (serial_id, event, at) VALUES (99, 'x', 'y')")).ok());
    // SQLite rebuilds a table by renaming: its stored text must name the real table. (PostgreSQL keeps
    // foreign keys by the table's identity; the refused insert above is the check there.)
    if (store.dialect().isPostgres())
        return;
    auto sql = store.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'serial_events'"));
    ASSERT_TRUE(sql.ok() && sql->next());
    EXPECT_THAT(sql->value(0).toString().toStdString(), HasSubstr("REFERENCES \"product_serials\""));
}
