// The Export dialog on the demo supermarket: the catalog saved as CSV in the chosen encoding, one row
// per product, in the columns the import reads; a cashier without the right is asked for a manager.
#include "../admin/adminfixture.h"

#include "inventory/catalog.h"
#include "inventory/csvreader.h"
#include "inventory/demostore.h"
#include "inventory/productcsvformat.h"
#include "inventory/ui/exportdialog.h"

#include "core/store.h"

#include "shell/theme.h"

#include <QDir>
#include <QFile>
#include <QPushButton>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;

namespace {

class ExportDialogTest : public test::AdminFixture
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
    }
};

} // namespace

TEST_F(ExportDialogTest, SavesEveryProductInTheChosenEncoding)
{
    const qint64 products = inventory().catalog().productCount().value();
    for (auto [encoding, name, bom] : {std::tuple{ExportDialog::Encoding::Utf8Bom, "UTF-8", true},
                                       std::tuple{ExportDialog::Encoding::Gb18030, "GB18030", false}}) {
        ExportDialog dialog(context());
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        const QString path = m_dir.filePath(QStringLiteral("export-%1.csv").arg(QLatin1String(name)));
        dialog.setPath(path);
        dialog.setEncoding(encoding);
        tap(dialog.exportButton());
        ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy(); }, 20000));
        ASSERT_TRUE(dialog.exported().has_value()) << dialog.statusText().toStdString();
        EXPECT_EQ(*dialog.exported(), products);
        EXPECT_THAT(dialog.statusText().toStdString(), HasSubstr(std::to_string(products)));

        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        EXPECT_EQ(bytes.startsWith("\xEF\xBB\xBF"), bom);
        auto document = CsvReader::parse(bytes);
        ASSERT_TRUE(document.ok()) << document.error().toString().toStdString();
        EXPECT_EQ(csvEncodingName(document->encoding), QLatin1String(name));
        EXPECT_EQ(document->header, ProductCsv::header());
        EXPECT_EQ(document->records.size(), products);

        if (const QString dir = qEnvironmentVariable("QTILL_GRAB_DIR"); !dir.isEmpty() && bom) {
            QDir().mkpath(dir);
            dialog.grab().save(QDir(dir).filePath(QStringLiteral("export.png")));
        }
    }
}

TEST_F(ExportDialogTest, CashierNeedsAManager)
{
    context().setSession(signIn(QLatin1String(kCashier), QLatin1String(kCashierPin)));
    ExportDialog dialog(context());
    dialog.show();
    const QString path = m_dir.filePath(QStringLiteral("cashier.csv"));
    dialog.setPath(path);
    tap(dialog.exportButton());   // the override is cancelled
    ASSERT_FALSE(context().authorizeRequests.isEmpty());
    EXPECT_THAT(context().authorizeRequests.last().toStdString(), HasSubstr("inventory.export"));
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(ExportDialogTest, SavesTheSalesHistoryBeforeQtill)
{
    auto rows = services().store().exec(QStringLiteral("SELECT COUNT(*) FROM sales_history"));
    ASSERT_TRUE(rows.ok() && rows->next());
    const qint64 days = rows->value(0).toLongLong();
    ASSERT_GT(days, 0);   // the demo store's four weeks

    ExportDialog dialog(context());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const QString path = m_dir.filePath(QStringLiteral("history.csv"));
    dialog.setWhat(QStringLiteral("sales_history"));
    dialog.setPath(path);
    tap(dialog.exportButton());
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy(); }, 20000));
    ASSERT_TRUE(dialog.exported().has_value()) << dialog.statusText().toStdString();
    EXPECT_EQ(*dialog.exported(), days);
    EXPECT_THAT(dialog.statusText().toStdString(), HasSubstr("day(s) of product sales"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_THAT(file.readLine().toStdString(), HasSubstr("date,sku,barcode,name,quantity,value"));
}
