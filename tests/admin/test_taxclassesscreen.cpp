// The Tax classes screen: the list, adding a class and changing a rate through TaxClassService.
#include "adminfixture.h"

#include "admin/taxclassesscreen.h"

#include "shell/formdialog.h"

#include "core/taxclassservice.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::admin;
using ::testing::HasSubstr;

namespace {

class TaxClassesScreenTest : public test::AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(services().taxClasses().add(context().session(), TaxClass::chinaVat()).ok());
        m_screen = std::make_unique<TaxClassesScreen>(context());
        show(m_screen.get());
    }
    void TearDown() override
    {
        m_screen.reset();
        AdminFixture::TearDown();
    }

    template<typename T>
    static T *in(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }
    int rowOf(const QString &code) const
    {
        for (int row = 0; row < m_screen->model()->rowCount(); ++row) {
            if (m_screen->model()->index(row, TaxClassModel::CodeColumn).data().toString() == code)
                return row;
        }
        return -1;
    }

    std::unique_ptr<TaxClassesScreen> m_screen;
};

TEST_F(TaxClassesScreenTest, ListsTheClassesWithRateAndDefault)
{
    ASSERT_EQ(m_screen->model()->rowCount(), 4);
    const int standard = rowOf(QStringLiteral("standard"));
    ASSERT_GE(standard, 0);
    EXPECT_EQ(m_screen->model()->index(standard, TaxClassModel::RateColumn).data().toString(), QStringLiteral("13%"));
    EXPECT_EQ(m_screen->model()->index(standard, TaxClassModel::DefaultColumn).data().toString(), QStringLiteral("Default"));
    EXPECT_TRUE(m_screen->model()->index(rowOf(QStringLiteral("zero")), TaxClassModel::DefaultColumn).data().toString().isEmpty());
}

TEST_F(TaxClassesScreenTest, AddsAClass)
{
    tap(m_screen->findChild<QPushButton *>(QStringLiteral("addTaxButton")));
    auto *dialog = m_screen->findChild<shell::FormDialog *>(QStringLiteral("taxClassDialog"));
    ASSERT_NE(dialog, nullptr);
    typeInto(in<QLineEdit>(dialog, "codeEdit"), QStringLiteral("small"));
    typeInto(in<QLineEdit>(dialog, "nameEdit"), QStringLiteral("小规模纳税人 3%"));
    typeInto(in<QLineEdit>(dialog, "rateEdit"), QStringLiteral("3%"));
    tap(in<QPushButton>(dialog, "dialogOk"));

    auto added = services().taxClasses().find(QStringLiteral("small"));
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    EXPECT_EQ(added->rateBasisPoints, 300);
    EXPECT_EQ(added->name, QStringLiteral("小规模纳税人 3%"));
    EXPECT_FALSE(added->isDefault);
    EXPECT_EQ(m_screen->model()->rowCount(), 5);
}

TEST_F(TaxClassesScreenTest, ABadRateIsRefusedInTheDialog)
{
    shell::FormDialog *dialog = m_screen->addClass();
    typeInto(in<QLineEdit>(dialog, "codeEdit"), QStringLiteral("odd"));
    typeInto(in<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Odd"));
    typeInto(in<QLineEdit>(dialog, "rateEdit"), QStringLiteral("120%"));
    tap(in<QPushButton>(dialog, "dialogOk"));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_THAT(dialog->errorText().toStdString(), HasSubstr("between 0% and 100%"));
    EXPECT_FALSE(services().taxClasses().find(QStringLiteral("odd")).ok());
    dialog->reject();
}

TEST_F(TaxClassesScreenTest, ChangesARateAndMakesAnotherClassTheDefault)
{
    m_screen->view()->selectRow(rowOf(QStringLiteral("reduced")));
    shell::FormDialog *dialog = m_screen->editSelected();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(in<QLineEdit>(dialog, "codeEdit")->isEnabled());
    typeInto(in<QLineEdit>(dialog, "rateEdit"), QStringLiteral("10"));
    in<QCheckBox>(dialog, "defaultCheck")->setChecked(true);
    tap(in<QPushButton>(dialog, "dialogOk"));

    auto reduced = services().taxClasses().find(QStringLiteral("reduced"));
    ASSERT_TRUE(reduced.ok());
    EXPECT_EQ(reduced->rateBasisPoints, 1000);
    EXPECT_TRUE(reduced->isDefault);
    EXPECT_FALSE(services().taxClasses().find(QStringLiteral("standard"))->isDefault);
}

} // namespace
