// The Labels screen on the demo supermarket: products by scan, low stock and category; the preview's
// page count for K labels on each label stock; Save as PDF writes exactly those pages (checked by
// reading the PDF's page boxes and, where pdftoppm is installed, by rendering page 1); printing through
// QPrinter. Set QTILL_GRAB_DIR to save a screenshot and the rendered PDF page.
#include "../admin/adminfixture.h"

#include "inventory/catalog.h"
#include "inventory/demostore.h"
#include "inventory/reorderservice.h"
#include "inventory/ui/labelsscreen.h"

#include "core/store.h"
#include "shell/theme.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

/// Every page's MediaBox in points, as written in the PDF.
QList<QSizeF> mediaBoxes(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const QString pdf = QString::fromLatin1(file.readAll());
    static const QRegularExpression box(QStringLiteral("/MediaBox \\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*\\]"));
    QList<QSizeF> sizes;
    for (auto it = box.globalMatch(pdf); it.hasNext();) {
        const auto m = it.next();
        sizes << QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    }
    return sizes;
}

/// Share of dark pixels in an image (ink on the page).
double inkShare(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    qint64 dark = 0;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            dark += line[x] < 128 ? 1 : 0;
    }
    return grey.isNull() ? 0 : double(dark) / (double(grey.width()) * grey.height());
}

class LabelsScreenTest : public test::AdminFixture
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
        m_screen = std::make_unique<LabelsScreen>(context());
        show(m_screen.get());
    }
    void TearDown() override
    {
        m_screen.reset();
        AdminFixture::TearDown();
    }

    /// The first `count` listed products by item code.
    QList<ProductId> products(int count)
    {
        auto q = services().store().exec(
            QStringLiteral("SELECT id FROM products WHERE status = 'listed' ORDER BY sku LIMIT ?"), {count});
        EXPECT_TRUE(q.ok());
        QList<ProductId> ids;
        while (q->next())
            ids << ProductId(q->value(0).toLongLong());
        return ids;
    }

    void addProducts(int count)
    {
        for (ProductId id : products(count))
            ASSERT_TRUE(m_screen->addProduct(id));
    }

    QString grabDir() const { return qEnvironmentVariable("QTILL_GRAB_DIR"); }

    std::unique_ptr<LabelsScreen> m_screen;
    QTemporaryDir m_out;
};

} // namespace

TEST_F(LabelsScreenTest, PreviewPageCountFollowsTheLabelStock)
{
    EXPECT_EQ(m_screen->pageCount(), 0);
    EXPECT_TRUE(m_screen->previewImage().isNull());
    addProducts(30);
    EXPECT_EQ(m_screen->productCount(), 30);
    EXPECT_EQ(m_screen->labelCount(), 30);

    ASSERT_TRUE(m_screen->setPreset(QStringLiteral("a4-3x8")));
    EXPECT_EQ(m_screen->pageCount(), 2);   // 24 + 6
    EXPECT_EQ(m_screen->pageText(), QStringLiteral("Page 1 of 2"));
    const QImage page = m_screen->previewImage();
    ASSERT_FALSE(page.isNull());
    EXPECT_NEAR(double(page.height()) / page.width(), 297.0 / 210.0, 0.02);   // an A4 page
    EXPECT_GT(inkShare(page), 0.02);
    tap(m_screen->findChild<QWidget *>(QStringLiteral("labelNextPage")));
    EXPECT_EQ(m_screen->pageText(), QStringLiteral("Page 2 of 2"));
    EXPECT_FALSE(m_screen->findChild<QWidget *>(QStringLiteral("labelNextPage"))->isEnabled());

    // Three copies of the first product: 32 labels.
    m_screen->setCopies(0, 3);
    EXPECT_EQ(m_screen->labelCount(), 32);
    EXPECT_EQ(m_screen->pageCount(), 2);
    ASSERT_TRUE(m_screen->setPreset(QStringLiteral("a4-2x7")));
    EXPECT_EQ(m_screen->pageCount(), 3);   // 14 a page
    ASSERT_TRUE(m_screen->setPreset(QStringLiteral("a4-4x10")));
    EXPECT_EQ(m_screen->pageCount(), 1);   // 40 a page
    ASSERT_TRUE(m_screen->setPreset(QStringLiteral("roll-40x30")));
    EXPECT_EQ(m_screen->pageCount(), 32);  // one label a page on a roll
    EXPECT_NEAR(double(m_screen->previewImage().height()) / m_screen->previewImage().width(), 30.0 / 40.0, 0.02);
    EXPECT_FALSE(m_screen->setPreset(QStringLiteral("no-such-sheet")));

    m_screen->clearProducts();
    EXPECT_EQ(m_screen->pageCount(), 0);
}

TEST_F(LabelsScreenTest, SaveAsPdfWritesThePagesOfTheSheet)
{
    addProducts(30);
    ASSERT_TRUE(m_screen->setPreset(QStringLiteral("a4-3x8")));
    const QString path = m_out.filePath(QStringLiteral("shelf.pdf"));
    auto written = m_screen->savePdf(path);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    EXPECT_EQ(*written, 2);
    EXPECT_GT(QFileInfo(path).size(), 10'000);
    const QList<QSizeF> boxes = mediaBoxes(path);
    ASSERT_EQ(boxes.size(), 2);
    EXPECT_NEAR(boxes.first().width(), 210 * kPointsPerMm, 1.0);
    EXPECT_NEAR(boxes.first().height(), 297 * kPointsPerMm, 1.0);

    // Rendered as a viewer would, the first page carries ink (labels, not an empty page).
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (!pdftoppm.isEmpty()) {
        const QString prefix = m_out.filePath(QStringLiteral("page"));
        ASSERT_EQ(QProcess::execute(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                               QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                               QStringLiteral("1"), path, prefix}),
                  0);
        const QStringList pngs = QDir(m_out.path()).entryList({QStringLiteral("page*.png")});
        ASSERT_EQ(pngs.size(), 1);
        const QImage rendered(QDir(m_out.path()).filePath(pngs.first()));
        ASSERT_FALSE(rendered.isNull());
        EXPECT_GT(inkShare(rendered), 0.02);
        if (!grabDir().isEmpty()) {
            QDir().mkpath(grabDir());
            rendered.save(QDir(grabDir()).filePath(QStringLiteral("labels-pdf-page1.png")));
        }
    }

    // Barcode labels on a roll: one 40 × 30 mm page per label.
    m_screen->setKind(LabelKind::Barcode);
    ASSERT_TRUE(m_screen->setPreset(QStringLiteral("roll-40x30")));
    const QString roll = m_out.filePath(QStringLiteral("roll.pdf"));
    auto rolled = m_screen->savePdf(roll);
    ASSERT_TRUE(rolled.ok()) << rolled.error().toString().toStdString();
    EXPECT_EQ(*rolled, 30);
    const QList<QSizeF> rollBoxes = mediaBoxes(roll);
    ASSERT_EQ(rollBoxes.size(), 30);
    EXPECT_NEAR(rollBoxes.first().width(), 40 * kPointsPerMm, 1.0);
    EXPECT_NEAR(rollBoxes.first().height(), 30 * kPointsPerMm, 1.0);
}

TEST_F(LabelsScreenTest, PrintingGoesThroughQPrinter)
{
    addProducts(5);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_out.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    auto printed = m_screen->printTo(printer);
    ASSERT_TRUE(printed.ok()) << printed.error().toString().toStdString();
    EXPECT_EQ(*printed, 1);
    EXPECT_EQ(mediaBoxes(path).size(), 1);
}

TEST_F(LabelsScreenTest, ScanLowStockAndCategoryAddProducts)
{
    // A scanned barcode adds its product; scanning it again adds a copy.
    const Catalog &catalog = inventory().catalog();
    const ProductId first = products(1).constFirst();
    const QString code = catalog.barcodes(first).value().constFirst().code;
    typeInto(m_screen->searchBox(), code);
    QTest::keyClick(m_screen->searchBox(), Qt::Key_Return);
    EXPECT_EQ(m_screen->productCount(), 1);
    EXPECT_TRUE(m_screen->searchBox()->text().isEmpty());
    typeInto(m_screen->searchBox(), code);
    QTest::keyClick(m_screen->searchBox(), Qt::Key_Return);
    EXPECT_EQ(m_screen->productCount(), 1);
    EXPECT_EQ(m_screen->labelCount(), 2);
    EXPECT_THAT(m_screen->pickedTable()->item(0, 0)->text().toStdString(), HasSubstr(code.toStdString()));

    // An unknown code says so and adds nothing.
    typeInto(m_screen->searchBox(), QStringLiteral("6900000000012"));
    QTest::keyClick(m_screen->searchBox(), Qt::Key_Return);
    EXPECT_TRUE(context().lastWasError());
    EXPECT_EQ(m_screen->productCount(), 1);

    // All low-stock products.
    m_screen->clearProducts();
    auto alerts = inventory().reorder().alerts(context().session(), 1000);
    ASSERT_TRUE(alerts.ok());
    ASSERT_FALSE(alerts->isEmpty());
    EXPECT_EQ(m_screen->addLowStock(), alerts->size());
    EXPECT_EQ(m_screen->productCount(), alerts->size());

    // A category.
    m_screen->clearProducts();
    const Category drinks = catalog.categories().value().constFirst();
    const qsizetype inCategory = catalog.productsIn(drinks.id).value().size();
    ASSERT_GT(inCategory, 0);
    EXPECT_EQ(m_screen->addCategory(drinks.id), inCategory);
    EXPECT_EQ(m_screen->productCount(), inCategory);

    if (!grabDir().isEmpty()) {
        m_screen->clearProducts();
        m_screen->prepareScreenshot();
        QTest::qWait(50);
        QDir().mkpath(grabDir());
        m_screen->grab().save(QDir(grabDir()).filePath(QStringLiteral("labels.png")));
        m_screen->setPreset(QStringLiteral("roll-50x30"));
        m_screen->setKind(LabelKind::Barcode);
        QTest::qWait(50);
        m_screen->grab().save(QDir(grabDir()).filePath(QStringLiteral("labels-roll.png")));
    }
}
