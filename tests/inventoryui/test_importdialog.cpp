// The Import dialog on the demo supermarket: a CSV file with a BOM, quoted commas and quotes, and bad
// rows (wrong check digit, negative price, a barcode twice) shows exactly those rows' problems;
// "Import nothing" changes nothing; "Import N good rows" adds exactly the good ones (off the GUI
// thread, on the worker's own connection). Set QTILL_GRAB_DIR to save a screenshot of the report.
#include "../admin/adminfixture.h"

#include "inventory/catalog.h"
#include "inventory/demostore.h"
#include "inventory/ean13.h"
#include "inventory/ui/importdialog.h"
#include "inventory/ui/saleshistorybatchesdialog.h"

#include "core/store.h"
#include "shell/theme.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStringEncoder>
#include <QTableWidget>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;

namespace {

class ImportDialogTest : public test::AdminFixture
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
        m_good1 = Ean13::complete(u"692999000001");
        m_good3 = Ean13::complete(u"692999000003");
        m_good4 = Ean13::complete(u"692999000004");
        const QString good2 = Ean13::complete(u"692999000002");
        m_badCheck = good2.left(12) + QString::number((good2.right(1).toInt() + 1) % 10);
    }

    /// The file: a header, 3 good rows and 3 bad ones (rows 3, 4 and 5 as a spreadsheet numbers them).
    QString csvText() const
    {
        return QStringLiteral("sku,barcode,name,category,unit,price\r\n")
            + QStringLiteral("T9001,%1,\"可乐, 330ml 罐装\",10,瓶,3.50\r\n").arg(m_good1)
            + QStringLiteral("T9002,%1,雪碧 330ml,10,瓶,3.00\r\n").arg(m_badCheck)
            + QStringLiteral("T9003,%1,芬达 330ml,10,瓶,-2.00\r\n").arg(m_good3)
            + QStringLiteral("T9004,%1,\"重复 \"\"条码\"\"\",10,瓶,4.00\r\n").arg(m_good1)
            + QStringLiteral("T9005,%1,\"He said \"\"hi\"\", twice\",10,瓶,5.00\r\n").arg(m_good4)
            + QStringLiteral("T9006,,矿泉水 550ml,10,瓶,2.00\r\n");
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QString utf8WithBom() { return writeFile(QStringLiteral("products.csv"), QByteArray("\xEF\xBB\xBF") + csvText().toUtf8()); }

    qint64 productCount()
    {
        return inventory().catalog().productCount().value();
    }

    /// Opens the file in the dialog and waits for the check.
    void check(ImportDialog &dialog, const QString &path)
    {
        dialog.resize(1040, 700);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        dialog.setFile(path);
        ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy(); }, 20000));
        ASSERT_EQ(dialog.state(), ImportDialog::State::Report) << dialog.summaryText().toStdString();
    }

    /// (row, column) of every problem the table shows.
    static QSet<std::pair<int, QString>> shownIssues(const ImportDialog &dialog)
    {
        QSet<std::pair<int, QString>> issues;
        const QTableWidget *table = dialog.issueTable();
        for (int row = 0; row < table->rowCount(); ++row)
            issues.insert({table->item(row, 0)->text().toInt(), table->item(row, 1)->text()});
        return issues;
    }

    QString m_good1, m_good3, m_good4, m_badCheck;
};

} // namespace

TEST_F(ImportDialogTest, ReportShowsExactlyTheBadRowsAndImportNothingChangesNothing)
{
    const qint64 before = productCount();
    ImportDialog dialog(context());
    check(dialog, utf8WithBom());

    EXPECT_EQ(dialog.report().totalRows, 6);
    EXPECT_EQ(dialog.report().goodRows, 3);
    EXPECT_EQ(dialog.report().badRows, 3);
    EXPECT_EQ(dialog.report().fileEncoding, QStringLiteral("UTF-8"));
    const QSet<std::pair<int, QString>> expected{
        {3, QStringLiteral("barcode")}, {4, QStringLiteral("price")}, {5, QStringLiteral("barcode")}};
    EXPECT_EQ(shownIssues(dialog), expected);
    // What is wrong, in words, with the value as written.
    const QTableWidget *table = dialog.issueTable();
    for (int row = 0; row < table->rowCount(); ++row) {
        EXPECT_FALSE(table->item(row, 3)->text().isEmpty());
        if (table->item(row, 0)->text() == QLatin1String("3")) {
            EXPECT_EQ(table->item(row, 2)->text(), m_badCheck);
        }
        if (table->item(row, 0)->text() == QLatin1String("5")) {   // names the first row with that code
            EXPECT_THAT(table->item(row, 3)->text().toStdString(), HasSubstr("2"));
        }
    }
    EXPECT_THAT(dialog.summaryText().toStdString(), HasSubstr("3 good"));
    EXPECT_THAT(dialog.summaryText().toStdString(), HasSubstr("3 with problems"));
    EXPECT_THAT(dialog.importButton()->text().toStdString(), HasSubstr("Import 3 good row"));   // "rows" with the plural forms loaded

    if (const QString dir = qEnvironmentVariable("QTILL_GRAB_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QTest::qWait(50);
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("import-report.png")));
    }

    tap(dialog.nothingButton());
    EXPECT_EQ(dialog.QDialog::result(), QDialog::Rejected);
    EXPECT_EQ(productCount(), before);
    EXPECT_FALSE(inventory().catalog().productBySku(QStringLiteral("T9001")).ok());
}

TEST_F(ImportDialogTest, ImportGoodRowsAddsExactlyTheGoodOnes)
{
    const qint64 before = productCount();
    ImportDialog dialog(context());
    int signalled = 0;
    QObject::connect(&dialog, &ImportDialog::imported, [&](const ImportResult &r) { signalled = r.products; });
    check(dialog, utf8WithBom());
    tap(dialog.importButton());
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy(); }, 20000));
    ASSERT_EQ(dialog.state(), ImportDialog::State::Done) << dialog.summaryText().toStdString();
    ASSERT_TRUE(dialog.importResult().has_value());
    EXPECT_EQ(dialog.importResult()->products, 3);
    EXPECT_EQ(dialog.importResult()->skippedRows, 3);
    EXPECT_EQ(signalled, 3);
    EXPECT_THAT(dialog.summaryText().toStdString(), HasSubstr("Added 3 product"));
    EXPECT_EQ(dialog.progressBar()->value(), dialog.progressBar()->maximum());

    EXPECT_EQ(productCount(), before + 3);
    const Catalog &catalog = inventory().catalog();
    EXPECT_EQ(catalog.productBySku(QStringLiteral("T9001")).value().name, QStringLiteral("可乐, 330ml 罐装"));
    EXPECT_EQ(catalog.productBySku(QStringLiteral("T9005")).value().name, QStringLiteral("He said \"hi\", twice"));
    EXPECT_EQ(catalog.productBySku(QStringLiteral("T9006")).value().price, Money::fromMinor(200, Currency::cny()));
    EXPECT_EQ(catalog.lookup(m_good1).value().product.sku, QStringLiteral("T9001"));
    for (const char *bad : {"T9002", "T9003", "T9004"})
        EXPECT_FALSE(catalog.productBySku(QLatin1String(bad)).ok()) << bad;

    tap(dialog.nothingButton());   // now "Close"
    EXPECT_EQ(dialog.QDialog::result(), QDialog::Accepted);
}

TEST_F(ImportDialogTest, CreateMissingAddsTheCategoriesAndDepartmentsAnotherStoresFileNames)
{
    const QString path = writeFile(QStringLiteral("other-store.csv"),
                                   QStringLiteral("sku,name,category,department,unit,price\r\n"
                                                  "T9101,桂花糕,C77,D9,盒,12.00\r\n"
                                                  "T9102,绿豆糕,C77,,盒,10.00\r\n").toUtf8());
    ImportDialog dialog(context());
    check(dialog, path);
    EXPECT_EQ(dialog.report().badRows, 2);
    const QSet<std::pair<int, QString>> expected{{2, QStringLiteral("category")}, {2, QStringLiteral("department")},
                                                 {3, QStringLiteral("category")}};
    EXPECT_EQ(shownIssues(dialog), expected);

    // Ticking the box checks the file again: now nothing is missing.
    ASSERT_TRUE(dialog.createMissingBox()->isVisible());
    dialog.createMissingBox()->click();   // as a tick on the box does
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy() && dialog.state() == ImportDialog::State::Report; }, 20000));
    EXPECT_TRUE(dialog.report().isClean()) << dialog.summaryText().toStdString();
    tap(dialog.importButton());
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy(); }, 20000));
    ASSERT_EQ(dialog.state(), ImportDialog::State::Done) << dialog.summaryText().toStdString();
    EXPECT_EQ(dialog.importResult()->products, 2);
    EXPECT_EQ(dialog.importResult()->categoriesAdded, 1);
    EXPECT_EQ(dialog.importResult()->departmentsAdded, 1);
    EXPECT_THAT(dialog.summaryText().toStdString(), HasSubstr("1 new categor"));
    auto cake = inventory().catalog().productBySku(QStringLiteral("T9102"));
    ASSERT_TRUE(cake.ok());
    auto category = services().store().exec(QStringLiteral("SELECT c.code FROM products p JOIN categories c"
                                                           " ON c.id = p.category_id WHERE p.sku = 'T9101'"));
    ASSERT_TRUE(category.ok() && category->next());
    EXPECT_EQ(category->value(0).toString(), QStringLiteral("C77"));
}

TEST_F(ImportDialogTest, Gb18030FileIsDetectedAndAFileWithoutRequiredColumnsIsRefused)
{
    auto encoder = QStringEncoder("GB18030");
    ASSERT_TRUE(encoder.isValid());
    const QByteArray bytes = encoder.encode(csvText());
    ImportDialog dialog(context());
    check(dialog, writeFile(QStringLiteral("gbk.csv"), bytes));
    EXPECT_EQ(dialog.report().fileEncoding, QStringLiteral("GB18030"));
    EXPECT_EQ(dialog.report().goodRows, 3);
    EXPECT_EQ(shownIssues(dialog).size(), 3);

    ImportDialog missing(context());
    missing.show();
    missing.setFile(writeFile(QStringLiteral("missing.csv"), QByteArrayLiteral("sku,name\r\nA1,x\r\n")));
    ASSERT_TRUE(waitUntil([&] { return !missing.isBusy(); }, 20000));
    EXPECT_EQ(missing.state(), ImportDialog::State::Failed);
    EXPECT_FALSE(missing.summaryText().isEmpty());
    EXPECT_FALSE(missing.importButton()->isVisible());
}

TEST_F(ImportDialogTest, PriceListUpdatesExistingProductsWhenChosen)
{
    const QString path = writeFile(QStringLiteral("prices.csv"), QByteArrayLiteral("sku,price\r\n100001,41.50\r\n"));
    ImportDialog dialog(context());
    dialog.resize(1040, 700);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFile(path);   // new products only: the item code is known, the name and others are missing
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy(); }, 20000));
    EXPECT_NE(dialog.state(), ImportDialog::State::Done);
    EXPECT_EQ(dialog.report().goodRows, 0);

    dialog.setUpdateExisting(true);   // checks again
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy(); }, 20000));
    ASSERT_EQ(dialog.state(), ImportDialog::State::Report) << dialog.summaryText().toStdString();
    EXPECT_EQ(dialog.report().goodRows, 1);
    tap(dialog.importButton());
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy(); }, 20000));
    ASSERT_EQ(dialog.state(), ImportDialog::State::Done) << dialog.summaryText().toStdString();
    EXPECT_EQ(dialog.importResult()->products, 0);
    EXPECT_EQ(dialog.importResult()->updated, 1);
    EXPECT_EQ(inventory().catalog().productBySku(QStringLiteral("100001")).value().price, Money::fromMinor(4150, Currency::cny()));
    EXPECT_THAT(dialog.summaryText().toStdString(), HasSubstr("Updated 1 product"));
}

TEST_F(ImportDialogTest, AChoiceChangedWhileTheFileIsBeingCheckedIsCheckedAgainWithIt)
{
    const QString path = writeFile(QStringLiteral("prices.csv"), QByteArrayLiteral("sku,price\r\n100001,41.50\r\n"));
    ImportDialog dialog(context());
    dialog.show();
    dialog.setFile(path);   // new products only: the known item code would be a problem
    ASSERT_TRUE(dialog.isBusy());
    ASSERT_EQ(dialog.state(), ImportDialog::State::Checking);
    // Before that check is back, the manager says it is a price list: that check's report is dropped
    // and the file is checked again with the new choice.
    dialog.setUpdateExisting(true);
    EXPECT_TRUE(dialog.isBusy());
    EXPECT_EQ(dialog.state(), ImportDialog::State::Checking);
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy(); }, 20000));
    ASSERT_EQ(dialog.state(), ImportDialog::State::Report) << dialog.summaryText().toStdString();
    EXPECT_EQ(dialog.report().goodRows, 1);
    EXPECT_EQ(dialog.report().badRows, 0);
    EXPECT_TRUE(dialog.importButton()->isEnabled());
}

TEST_F(ImportDialogTest, SalesHistoryFromTheOldPosIsCheckedAndImportedAsOneBatch)
{
    const QDate today = services().clock().now().date();
    const QString older = today.addDays(-40).toString(Qt::ISODate);   // before the demo's four weeks
    const QString future = today.addDays(2).toString(Qt::ISODate);
    const QString path = writeFile(QStringLiteral("history.csv"),
                                   QStringLiteral("日期,商品编码,销量,销售额\n%1,130009,5,62.50\n%2,130009,1,\n%1,999999,1,\n")
                                       .arg(older, future)
                                       .toUtf8());
    ImportDialog dialog(context());
    dialog.setKind(ImportDialog::Kind::SalesHistory);
    EXPECT_EQ(dialog.kind(), ImportDialog::Kind::SalesHistory);
    check(dialog, path);
    EXPECT_EQ(dialog.report().goodRows, 1);
    EXPECT_EQ(dialog.report().badRows, 2);
    const QSet<std::pair<int, QString>> expected{{3, QStringLiteral("日期")}, {4, QStringLiteral("商品编码")}};
    EXPECT_EQ(shownIssues(dialog), expected);

    tap(dialog.importButton());
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy() && dialog.state() != ImportDialog::State::Importing; }, 20000));
    ASSERT_EQ(dialog.state(), ImportDialog::State::Done) << dialog.summaryText().toStdString();
    ASSERT_TRUE(dialog.historyResult().has_value());
    EXPECT_EQ(dialog.historyResult()->rows, 1);
    EXPECT_EQ(dialog.historyResult()->skippedRows, 2);
    EXPECT_THAT(dialog.summaryText().toStdString(), HasSubstr(dialog.historyResult()->batch.toStdString()));
    auto stored = services().store().exec(QStringLiteral("SELECT qty_milli, value_fen FROM sales_history WHERE business_date = ?"),
                                          {older});
    ASSERT_TRUE(stored.ok() && stored->next());
    EXPECT_EQ(stored->value(0).toLongLong(), 5000);
    EXPECT_EQ(stored->value(1).toLongLong(), 6250);
}

TEST_F(ImportDialogTest, ASalesHistoryBatchImportedByMistakeIsTakenBackFromTheDialog)
{
    // The button is there for sales history only.
    ImportDialog dialog(context());
    auto *batchesButton = dialog.findChild<QPushButton *>(QStringLiteral("importBatches"));
    ASSERT_NE(batchesButton, nullptr);
    EXPECT_TRUE(batchesButton->isHidden());
    dialog.setKind(ImportDialog::Kind::SalesHistory);
    EXPECT_FALSE(batchesButton->isHidden());

    // The demo's four weeks are one batch.
    SalesHistoryBatchesDialog batches(context());
    ASSERT_EQ(batches.table()->rowCount(), 1);
    EXPECT_EQ(batches.table()->item(0, 0)->text(), QStringLiteral("SH-R01-00000001"));
    auto count = [&] {
        auto q = services().store().exec(QStringLiteral("SELECT COUNT(*) FROM sales_history"));
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    };
    const qint64 rows = count();
    ASSERT_GT(rows, 1000);
    EXPECT_EQ(batches.table()->item(0, 3)->text(), QString::number(rows));

    // A cashier needs a manager: nobody approves, nothing goes.
    context().setSession(signIn(QLatin1String(kCashier), QLatin1String(kCashierPin)));
    EXPECT_FALSE(batches.takeBackSelected(true));
    EXPECT_EQ(count(), rows);
    // The owner approves: the whole batch goes, the list is empty, and the audit names both.
    context().supervisor = SupervisorCredentials{QLatin1String(kOwner), QLatin1String(kOwnerPin)};
    EXPECT_TRUE(batches.takeBackSelected(true));
    EXPECT_EQ(count(), 0);
    EXPECT_EQ(batches.table()->rowCount(), 0);
    EXPECT_EQ(batches.statusText(), QStringLiteral("Batch SH-R01-00000001 taken back: %1 rows removed.").arg(rows));
    auto audit = services().auditLog().entries(AuditQuery{.actionPrefix = QStringLiteral("sales.history_remove")});
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->first().actorId, services().operators().findByNumber(QLatin1String(kCashier))->id);
    EXPECT_EQ(audit->first().approverId, services().operators().findByNumber(QLatin1String(kOwner))->id);
}
