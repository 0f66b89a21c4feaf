// The Store profile screen: the owner edits fields and saves; the service validates, stores and
// audits; errors come back in the service's words.
#include "adminfixture.h"

#include "admin/adminuimodule.h"
#include "admin/storeprofilescreen.h"

#include "core/storeprofileservice.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>

#include <gmock/gmock.h>

using namespace qtill;
using namespace qtill::admin;
using ::testing::HasSubstr;

namespace {

class StoreProfileScreenTest : public test::AdminFixture
{
protected:
    void SetUp() override
    {
        AdminFixture::SetUp();
        if (HasFatalFailure())
            return;
        m_screen = std::make_unique<StoreProfileScreen>(context());
        show(m_screen.get());
    }
    void TearDown() override
    {
        m_screen.reset();
        AdminFixture::TearDown();
    }

    template<typename T>
    T *field(const char *name) const
    {
        return m_screen->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<StoreProfileScreen> m_screen;
};

TEST_F(StoreProfileScreenTest, OwnerRenamesTheStoreAndItIsSaved)
{
    typeInto(field<QLineEdit>("nameEdit"), QStringLiteral("幸福便利店"));
    typeInto(field<QLineEdit>("phoneEdit"), QStringLiteral("021-5555 0101"));
    field<QPlainTextEdit>("receiptFooterEdit")->setPlainText(QStringLiteral("谢谢惠顾\n欢迎再来"));
    field<QTimeEdit>("dayStartEdit")->setTime(QTime(5, 30));
    tap(field<QPushButton>("saveButton"));

    const StoreProfile saved = services().storeProfile().profile();
    EXPECT_EQ(saved.name, QStringLiteral("幸福便利店"));
    EXPECT_EQ(saved.phone, QStringLiteral("021-5555 0101"));
    EXPECT_EQ(saved.receiptFooter, QStringLiteral("谢谢惠顾\n欢迎再来"));
    EXPECT_EQ(saved.businessDayStart, QTime(5, 30));
    EXPECT_EQ(context().lastMessage(), QStringLiteral("The store profile is saved."));
    EXPECT_FALSE(field<QLabel>("formError")->isVisible());

    // Audited as the owner.
    auto entries = services().auditLog().entries({.actionPrefix = QStringLiteral("settings.profile")});
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().actorId, context().session().operatorId);
    EXPECT_THAT(entries->first().detail.toStdString(), HasSubstr("name=幸福便利店"));
}

TEST_F(StoreProfileScreenTest, TheFormShowsWhatIsStored)
{
    StoreProfile p = services().storeProfile().profile();
    p.name = QStringLiteral("Qtill 演示超市");
    p.currencyCode = QStringLiteral("HKD");
    p.registerId = QStringLiteral("R07");
    ASSERT_TRUE(services().storeProfile().update(context().session(), p).ok());

    m_screen->activated();
    EXPECT_EQ(field<QLineEdit>("nameEdit")->text(), QStringLiteral("Qtill 演示超市"));
    EXPECT_EQ(field<QComboBox>("currencyCombo")->currentData().toString(), QStringLiteral("HKD"));
    EXPECT_EQ(field<QLineEdit>("registerIdEdit")->text(), QStringLiteral("R07"));
    EXPECT_EQ(m_screen->editedProfile(), p);
}

TEST_F(StoreProfileScreenTest, TheTimeZoneIsChosenByNameAndAnUnknownOneIsRefused)
{
    typeInto(field<QLineEdit>("nameEdit"), QStringLiteral("Shop"));
    auto *zone = field<QComboBox>("timeZoneCombo");
    ASSERT_NE(zone, nullptr);
    EXPECT_EQ(zone->currentText(), services().storeProfile().profile().timeZone) << "this machine's zone until set";
    EXPECT_GE(zone->findText(QStringLiteral("Asia/Shanghai")), 0);

    zone->setCurrentText(QStringLiteral("Asia/Shanghai"));
    tap(field<QPushButton>("saveButton"));
    EXPECT_EQ(services().storeProfile().profile().timeZone, QStringLiteral("Asia/Shanghai"));
    m_screen->activated();
    EXPECT_EQ(zone->currentText(), QStringLiteral("Asia/Shanghai"));

    zone->setCurrentText(QStringLiteral("Mars/Olympus"));
    tap(field<QPushButton>("saveButton"));
    EXPECT_TRUE(field<QLabel>("formError")->isVisible());
    EXPECT_THAT(field<QLabel>("formError")->text().toStdString(), HasSubstr("Unknown time zone \"Mars/Olympus\""));
    EXPECT_EQ(services().storeProfile().profile().timeZone, QStringLiteral("Asia/Shanghai"));
}

TEST_F(StoreProfileScreenTest, AnEmptyNameIsRefusedWithTheServicesMessage)
{
    typeInto(field<QLineEdit>("nameEdit"), QStringLiteral("Before"));
    tap(field<QPushButton>("saveButton"));
    ASSERT_EQ(services().storeProfile().profile().name, QStringLiteral("Before"));

    typeInto(field<QLineEdit>("nameEdit"), QString());
    tap(field<QPushButton>("saveButton"));

    auto *error = field<QLabel>("formError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_THAT(error->text().toStdString(), HasSubstr("The store name is empty"));
    EXPECT_TRUE(context().lastWasError());
    EXPECT_EQ(services().storeProfile().profile().name, QStringLiteral("Before"));
}

TEST_F(StoreProfileScreenTest, ALowercaseRegisterIdIsSavedInCapitals)
{
    typeInto(field<QLineEdit>("nameEdit"), QStringLiteral("Shop"));
    typeInto(field<QLineEdit>("registerIdEdit"), QStringLiteral("r02"));
    tap(field<QPushButton>("saveButton"));
    EXPECT_EQ(services().storeProfile().registerId(), QStringLiteral("R02"));
}

TEST_F(StoreProfileScreenTest, AChosenLogoShowsAPreviewAndIsSaved)
{
    QImage logo(40, 20, QImage::Format_RGB32);
    logo.fill(Qt::red);
    const QString path = m_dir.filePath(QStringLiteral("logo.png"));
    ASSERT_TRUE(logo.save(path));

    typeInto(field<QLineEdit>("nameEdit"), QStringLiteral("Shop"));
    m_screen->setLogoPath(path); // what choosing the file in the file dialog does
    auto *preview = field<QLabel>("logoPreview");
    EXPECT_FALSE(preview->pixmap().isNull());
    EXPECT_EQ(field<QLabel>("logoFile")->text(), path);
    tap(field<QPushButton>("saveButton"));
    EXPECT_EQ(services().storeProfile().profile().logoPath, path);

    tap(field<QPushButton>("removeLogoButton"));
    EXPECT_TRUE(preview->pixmap().isNull());
    tap(field<QPushButton>("saveButton"));
    EXPECT_TRUE(services().storeProfile().profile().logoPath.isEmpty());
}

TEST_F(StoreProfileScreenTest, ALogoThatIsNotAnImageIsNamed)
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not an image");
    file.close();
    m_screen->setLogoPath(path);
    EXPECT_TRUE(field<QLabel>("logoPreview")->pixmap().isNull());
    EXPECT_THAT(field<QLabel>("logoFile")->text().toStdString(), HasSubstr("cannot be read as an image"));
}

TEST_F(StoreProfileScreenTest, ACashierNeedsASupervisorWhoMayChangeSettings)
{
    // The first-run supervisor may not change settings either: the override is refused, nothing saved.
    context().setSession(signIn(QLatin1String(kCashier), QLatin1String(kCashierPin)));
    context().supervisor = SupervisorCredentials{QLatin1String(kSupervisor), QLatin1String(kSupervisorPin)};
    typeInto(field<QLineEdit>("nameEdit"), QStringLiteral("Cashier's shop"));
    tap(field<QPushButton>("saveButton"));
    EXPECT_TRUE(services().storeProfile().profile().name.isEmpty());
    EXPECT_TRUE(context().lastWasError());

    // The owner approves: saved, on the owner's authority.
    context().supervisor = SupervisorCredentials{QLatin1String(kOwner), QLatin1String(kOwnerPin)};
    tap(field<QPushButton>("saveButton"));
    EXPECT_EQ(services().storeProfile().profile().name, QStringLiteral("Cashier's shop"));
    auto overrides = services().auditLog().entries({.actionPrefix = QStringLiteral("authorize"),
                                                    .outcome = AuditOutcome::kOverride});
    ASSERT_TRUE(overrides.ok());
    ASSERT_EQ(overrides->size(), 1);
    EXPECT_EQ(overrides->first().actorId, context().session().operatorId);
}

TEST(AdminUiModuleTest, EachScreenNeedsItsPermission)
{
    const QList<shell::ScreenDescriptor> screens = AdminUiModule().screens();
    QMap<QString, QString> permissionOf;
    for (const shell::ScreenDescriptor &s : screens) {
        EXPECT_FALSE(s.title.isEmpty());
        EXPECT_TRUE(bool(s.create));
        // All of them sit behind the rail's one Settings entry, each tile saying what it is for.
        EXPECT_EQ(s.group, QLatin1String(shell::kSettingsGroup)) << s.id.toStdString();
        EXPECT_FALSE(s.description.isEmpty()) << s.id.toStdString();
        permissionOf.insert(s.id, s.permission);
    }
    EXPECT_EQ(permissionOf.value(QStringLiteral("admin.storeProfile")), Permissions::kSettingsEdit);
    EXPECT_EQ(permissionOf.value(QStringLiteral("admin.taxClasses")), Permissions::kSettingsEdit);
    EXPECT_EQ(permissionOf.value(QStringLiteral("admin.operators")), Permissions::kOperatorsManage);
    EXPECT_EQ(permissionOf.value(QStringLiteral("admin.permissions")), Permissions::kPermissionsEdit);
    EXPECT_EQ(permissionOf.value(QStringLiteral("admin.audit")), Permissions::kAuditView);
    EXPECT_EQ(permissionOf.value(QStringLiteral("admin.backup")), Permissions::kBackupRun);
    EXPECT_EQ(screens.size(), 6);
}

} // namespace
