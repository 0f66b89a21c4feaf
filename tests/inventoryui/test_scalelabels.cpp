// The Scale labels screen: the store's layouts of the 20–29 labels its scales print, the digit picture,
// saving and removing a layout (inventory.edit, audited), and testing a printed label against the catalog.
#include "../admin/adminfixture.h"

#include "inventory/demostore.h"
#include "inventory/ean13.h"
#include "inventory/ui/scalelabelsscreen.h"

#include "core/auditlog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::inventory;
using ::testing::HasSubstr;

namespace {

/// The 13 digits of a label: 12 given digits and their check digit.
QString label(const QString &twelve)
{
    return twelve + QString::number(Ean13::checkDigit(twelve));
}

class ScaleLabelsScreenTest : public test::AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(DemoStore::populate(services(), context().session()).ok());
        m_screen = std::make_unique<ScaleLabelsScreen>(context());
        show(m_screen.get());
    }
    void TearDown() override
    {
        m_screen.reset();
        AdminFixture::TearDown();
    }

    QStringList prefixes() const
    {
        QStringList out;
        for (int r = 0; r < m_screen->table()->rowCount(); ++r)
            out << m_screen->table()->item(r, 0)->text();
        return out;
    }
    template<class T>
    T *child(const char *name) const
    {
        return m_screen->findChild<T *>(QLatin1String(name));
    }
    int auditCount(const QString &action)
    {
        AuditQuery query;
        query.actionPrefix = action;
        return int(services().auditLog().entries(query).valueOr({}).size());
    }

    std::unique_ptr<ScaleLabelsScreen> m_screen;
};

} // namespace

TEST_F(ScaleLabelsScreenTest, ShowsTheChineseScaleLayoutsWithTheirDigits)
{
    EXPECT_EQ(prefixes(), (QStringList{QStringLiteral("20"), QStringLiteral("21"), QStringLiteral("22"), QStringLiteral("23"),
                                       QStringLiteral("24"), QStringLiteral("25"), QStringLiteral("26"), QStringLiteral("27"),
                                       QStringLiteral("28")}));
    m_screen->select(QStringLiteral("27"));
    EXPECT_EQ(m_screen->pattern(), QStringLiteral("FFIIIIIVVVVVC"));
    EXPECT_EQ(m_screen->table()->item(7, 1)->text(), QStringLiteral("Weight (g)"));
    EXPECT_EQ(m_screen->table()->item(0, 1)->text(), QStringLiteral("Amount (fen)"));
}

TEST_F(ScaleLabelsScreenTest, TestingAPrintedLabelShowsTheProductAndTheWeightOrAmount)
{
    // 红富士苹果 has PLU 1001 in the demo store.
    m_screen->test(label(QStringLiteral("270100101250")));
    EXPECT_THAT(m_screen->testResult().toStdString(), HasSubstr("item number 1001"));
    EXPECT_THAT(m_screen->testResult().toStdString(), HasSubstr("Weight 1.25 kg"));
    EXPECT_THAT(m_screen->testResult().toStdString(), HasSubstr("红富士苹果"));
    m_screen->test(label(QStringLiteral("200100100998")));
    EXPECT_THAT(m_screen->testResult().toStdString(), HasSubstr("Amount ¥9.98"));
    // A wrong check digit is named; a plain EAN-13 is not a scale label.
    m_screen->test(QStringLiteral("2701001012500"));
    EXPECT_THAT(m_screen->testResult().toStdString(), HasSubstr("check digit"));
    m_screen->test(QStringLiteral("6925582958157"));
    EXPECT_THAT(m_screen->testResult().toStdString(), HasSubstr("ordinary barcode"));
    EXPECT_THAT(m_screen->testResult().toStdString(), HasSubstr("牛奶巧克力"));
}

TEST_F(ScaleLabelsScreenTest, TheOwnerAddsALayoutThatTheTillThenReadsAndRemovesIt)
{
    m_screen->select(QString());
    EXPECT_EQ(child<QComboBox>("prefixCombo")->currentText(), QStringLiteral("29")) << "the first free prefix";
    child<QComboBox>("kindCombo")->setCurrentIndex(0);
    child<QComboBox>("itemLength")->setCurrentText(QStringLiteral("6"));   // FF IIIIII VVVV C
    child<QComboBox>("valueStart")->setCurrentText(QStringLiteral("9"));    // digits 9–12
    child<QComboBox>("valueLength")->setCurrentText(QStringLiteral("4"));
    child<QLineEdit>("descriptionEdit")->setText(QStringLiteral("寺冈秤 六位货号"));
    EXPECT_EQ(m_screen->pattern(), QStringLiteral("FFIIIIIIVVVVC"));
    tap(child<QPushButton>("saveLayoutButton"));
    EXPECT_FALSE(context().lastWasError()) << context().lastMessage().toStdString();
    EXPECT_TRUE(prefixes().contains(QStringLiteral("29")));
    EXPECT_EQ(auditCount(QStringLiteral("barcodeLayout.save")), 1);
    m_screen->test(label(QStringLiteral("290010010998")));
    EXPECT_THAT(m_screen->testResult().toStdString(), HasSubstr("Amount ¥9.98"));
    EXPECT_THAT(m_screen->testResult().toStdString(), HasSubstr("红富士苹果"));

    ASSERT_TRUE(m_screen->removeSelected(/*confirmed=*/true));
    EXPECT_FALSE(prefixes().contains(QStringLiteral("29")));
    EXPECT_EQ(auditCount(QStringLiteral("barcodeLayout.remove")), 1);
}

TEST_F(ScaleLabelsScreenTest, OverlappingFieldsAreRefusedAndNothingChanges)
{
    m_screen->select(QStringLiteral("20"));
    child<QComboBox>("valueStart")->setCurrentText(QStringLiteral("6"));   // digit 6: over the item number
    EXPECT_EQ(m_screen->pattern(), QStringLiteral("FFIIIXXVVV00C"));
    EXPECT_FALSE(m_screen->save());
    EXPECT_TRUE(context().lastWasError());
    EXPECT_EQ(auditCount(QStringLiteral("barcodeLayout")), 0);
    m_screen->select(QStringLiteral("20"));
    EXPECT_EQ(m_screen->pattern(), QStringLiteral("FFIIIIIVVVVVC")) << "the stored layout is unchanged";
}

TEST_F(ScaleLabelsScreenTest, ACashierNeedsSomeoneWhoMayEditProducts)
{
    context().setSession(signIn(QLatin1String(kCashier), QLatin1String(kCashierPin)));
    ScaleLabelsScreen screen(context());
    EXPECT_FALSE(screen.findChild<QPushButton *>(QStringLiteral("saveLayoutButton"))->isEnabled());
    screen.select(QStringLiteral("20"));
    EXPECT_FALSE(screen.save()) << "no override given";
    EXPECT_EQ(context().authorizeRequests.size(), 1);
    EXPECT_EQ(auditCount(QStringLiteral("barcodeLayout.save")), 0);
}
