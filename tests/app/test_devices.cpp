// Devices in the running application: the real wiring (registerModules) on a temporary store with
// --simulate-hardware-style simulated devices, or with a configured device. What the staff see: the
// status bar's device indicator, device faults in the message bar with Retry, the Devices screen's
// test print (a picture in the simulated printer's folder), add/remove that persists, the keyboard-
// wedge fallback after sign-in, and the customer display's welcome.
#include "app/application.h"
#include "app/appmodules.h"
#include "app/customerwindow.h"
#include "app/devicehub.h"
#include "app/mainwindow.h"
#include "app/topbar.h"
#include "app/workspace.h"

#include "admin/formdialog.h"
#include "core/auditlog.h"
#include "core/clock.h"
#include "core/deviceconfigservice.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "devicesui/devicesscreen.h"
#include "hal/devicemanager.h"
#include "hal/sim/simulatedprinter.h"
#include "shell/messagebar.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace qtill;
using namespace qtill::app;
using ::testing::HasSubstr;

namespace {

std::string str(const QString &text)
{
    return text.toStdString();
}

template<class Predicate>
bool waitUntil(Predicate done, int timeoutMs = 8000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(10);
    return done();
}

class DevicesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto services = Services::open({.clock = m_clock, .path = dbPath(), .pinParams = PinHasher::Params::fastest()});
        ASSERT_TRUE(services.ok()) << services.error().toString().toStdString();
        ASSERT_TRUE(services.value()->operators().bootstrap(Services::firstRunOperators()).ok());
    }

    void TearDown() override { m_app.reset(); }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("qtill.db")); }
    QString receiptFolder() const { return m_dir.filePath(QStringLiteral("receipts")); }

    /// Starts the application and signs the owner in.
    void startApp(bool simulate = true)
    {
        Application::Config config;
        config.dbPath = dbPath();
        config.clock = &m_clock;
        config.pinParams = PinHasher::Params::fastest();
        config.language = QStringLiteral("en");
        config.simulateHardware = simulate;
        config.simulatorFolder = receiptFolder();
        config.deviceReconnectMs = 50;
        m_app = std::make_unique<Application>(config);
        registerModules(*m_app);
        const Status started = m_app->start();
        ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
        m_app->mainWindow()->resize(1280, 800);
        m_app->mainWindow()->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_app->mainWindow()));
        auto owner = m_app->services().operators().signIn(QStringLiteral("00"), QStringLiteral("888888"));
        ASSERT_TRUE(owner.ok());
        m_app->beginSession(owner.value());
    }

    QString deviceStatus() const
    {
        auto *label = m_app->mainWindow()->findChild<QLabel *>(QStringLiteral("deviceStatus"));
        return label ? label->text() : QString();
    }
    QString indicator() const { return m_app->workspace()->topBar()->deviceIndicator(); }
    shell::MessageBar *messageBar() const { return m_app->workspace()->messageBar(); }

    hal::SimulatedPrinter *printer() const
    {
        return m_app->devices()->manager().device<hal::SimulatedPrinter>(QStringLiteral("printer"));
    }

    devicesui::DevicesScreen *openDevicesScreen()
    {
        if (!m_app->workspace()->openScreen(QStringLiteral("devices")))
            return nullptr;
        return qobject_cast<devicesui::DevicesScreen *>(m_app->workspace()->screen(QStringLiteral("devices")));
    }

    QStringList pictures() const
    {
        return QDir(receiptFolder()).entryList({QStringLiteral("receipt-*.png")}, QDir::Files, QDir::Name);
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::unique_ptr<Application> m_app;
};

} // namespace

TEST_F(DevicesTest, TheStatusBarShowsThePrinterReady)
{
    startApp();
    ASSERT_TRUE(waitUntil([&] { return deviceStatus().contains(QStringLiteral("Printer ready")); }))
        << str(deviceStatus());
    EXPECT_THAT(str(deviceStatus()), HasSubstr("Scanner ready"));
    EXPECT_EQ(indicator(), QStringLiteral("ok"));
    ASSERT_NE(printer(), nullptr);
    EXPECT_EQ(printer()->state(), hal::Device::State::Enabled);
    // Every simulated category is running.
    for (hal::DeviceCategory category :
         {hal::DeviceCategory::ReceiptPrinter, hal::DeviceCategory::CashDrawer, hal::DeviceCategory::Scanner,
          hal::DeviceCategory::CardReader, hal::DeviceCategory::Scale, hal::DeviceCategory::CustomerDisplay,
          hal::DeviceCategory::PaymentTerminal}) {
        hal::Device *device = m_app->devices()->manager().first(category);
        ASSERT_NE(device, nullptr) << str(hal::categoryKey(category));
        EXPECT_TRUE(device->isEnabled()) << str(hal::categoryKey(category));
    }
    // A click on the indicator opens the Devices screen.
    auto *label = m_app->mainWindow()->findChild<QLabel *>(QStringLiteral("deviceStatus"));
    QTest::mouseClick(label, Qt::LeftButton);
    EXPECT_EQ(m_app->workspace()->currentScreenId(), QStringLiteral("devices"));
}

TEST_F(DevicesTest, PaperOutWarnsInTheStatusBarAndRetryPrintsTheKeptPage)
{
    startApp();
    messageBar()->setAutoHideMs(60000);
    ASSERT_NE(printer(), nullptr);
    printer()->simState().setPaperOut(true);
    printer()->requestStatus();
    ASSERT_TRUE(waitUntil([&] { return indicator() == QLatin1String("warning"); })) << str(deviceStatus());
    EXPECT_EQ(deviceStatus(), QStringLiteral("Printer: out of paper"));
    EXPECT_THAT(str(messageBar()->text()), HasSubstr("out of paper"));
    EXPECT_EQ(messageBar()->severityName(), QStringLiteral("warning"));

    // Printing now raises the error event: the message offers Retry and Clear; nothing blocks.
    devicesui::DevicesScreen *screen = openDevicesScreen();
    ASSERT_NE(screen, nullptr);
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("testPrintButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return messageBar()->severityName() == QLatin1String("error"); }))
        << str(messageBar()->text());
    EXPECT_THAT(str(messageBar()->text()), HasSubstr("paper"));
    auto *retry = messageBar()->findChild<QPushButton *>(QStringLiteral("messageAction_retry"));
    ASSERT_NE(retry, nullptr);
    EXPECT_NE(messageBar()->findChild<QPushButton *>(QStringLiteral("messageAction_clear")), nullptr);
    EXPECT_TRUE(pictures().isEmpty());

    printer()->simState().setPaperOut(false);
    QTest::mouseClick(retry, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !pictures().isEmpty(); }));
    printer()->requestStatus();
    EXPECT_TRUE(waitUntil([&] { return indicator() == QLatin1String("ok"); })) << str(deviceStatus());
    EXPECT_THAT(str(deviceStatus()), HasSubstr("Printer ready"));
}

TEST_F(DevicesTest, TheTestPageIsARealReceiptPicturedInThePrintersFolder)
{
    startApp();
    devicesui::DevicesScreen *screen = openDevicesScreen();
    ASSERT_NE(screen, nullptr);
    auto *print = screen->findChild<QPushButton *>(QStringLiteral("testPrintButton"));
    ASSERT_TRUE(print->isEnabled());
    QTest::mouseClick(print, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return pictures().size() == 1 && !screen->previewPath().isEmpty(); }));
    EXPECT_EQ(pictures().first(), QStringLiteral("receipt-00001.png"));
    const QImage page(QDir(receiptFolder()).filePath(pictures().first()));
    EXPECT_EQ(page.width(), 576 + 2 * 16); // 80 mm paper
    EXPECT_GT(page.height(), 800);         // text, barcode, QR code
    EXPECT_TRUE(waitUntil([&] { return screen->testResult().contains(QStringLiteral("printed the test page")); }))
        << str(screen->testResult());
    const QList<QByteArray> jobs = printer()->simState().jobs();
    ASSERT_EQ(jobs.size(), 1);
    EXPECT_TRUE(jobs.first().contains("\x1d(k")) << "a QR code";
    EXPECT_TRUE(jobs.first().contains("\x1dV")) << "a cut";
}

TEST_F(DevicesTest, TheOtherTestButtonsAnswer)
{
    startApp();
    devicesui::DevicesScreen *screen = openDevicesScreen();
    ASSERT_NE(screen, nullptr);
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("testScanButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return screen->testResult().contains(QStringLiteral("6901234567892")); }))
        << str(screen->testResult());
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("openDrawerButton")), Qt::LeftButton);
    EXPECT_THAT(str(screen->testResult()), HasSubstr("open signal sent"));
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("readScaleButton")), Qt::LeftButton);
    EXPECT_THAT(str(screen->testResult()), HasSubstr("0.000 kg"));
}

TEST_F(DevicesTest, AddedAndRemovedDevicesPersist)
{
    startApp();
    devicesui::DevicesScreen *screen = openDevicesScreen();
    ASSERT_NE(screen, nullptr);
    admin::FormDialog *dialog = screen->addDevice();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("idEdit"))->text(), QStringLiteral("printer"));
    auto *backend = dialog->findChild<QComboBox *>(QStringLiteral("backendCombo"));
    backend->setCurrentIndex(backend->findData(QStringLiteral("tcp")));
    auto *host = dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"));
    EXPECT_TRUE(host->isVisibleTo(dialog));
    EXPECT_FALSE(dialog->findChild<QLineEdit *>(QStringLiteral("queueEdit"))->isVisibleTo(dialog));
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Front counter printer"));
    host->setText(QStringLiteral("192.168.1.50"));
    dialog->findChild<QLineEdit *>(QStringLiteral("tcpPortEdit"))->setText(QStringLiteral("9100"));
    auto *paper = dialog->findChild<QComboBox *>(QStringLiteral("paperCombo"));
    paper->setCurrentIndex(paper->findText(QStringLiteral("58mm")));
    dialog->submit();
    EXPECT_TRUE(dialog->errorText().isEmpty()) << str(dialog->errorText());
    ASSERT_EQ(screen->configured().size(), 1);

    // After a restart the configuration is still there, and listed.
    m_app.reset();
    startApp();
    screen = openDevicesScreen();
    ASSERT_NE(screen, nullptr);
    ASSERT_EQ(screen->configured().size(), 1);
    const DeviceConfig stored = screen->configured().first();
    EXPECT_EQ(stored.id, QStringLiteral("printer"));
    EXPECT_EQ(stored.category, QStringLiteral("receipt-printer"));
    EXPECT_EQ(stored.backend, QStringLiteral("tcp"));
    EXPECT_EQ(stored.paramMap().value(QStringLiteral("host")).toString(), QStringLiteral("192.168.1.50"));
    EXPECT_EQ(stored.paramMap().value(QStringLiteral("port")).toInt(), 9100);
    EXPECT_EQ(stored.paramMap().value(QStringLiteral("paper")).toString(), QStringLiteral("58mm"));
    auto *table = screen->findChild<QTableWidget *>(QStringLiteral("devicesTable"));
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Front counter printer"));
    EXPECT_THAT(str(table->item(0, 2)->text()), HasSubstr("192.168.1.50:9100"));

    ASSERT_TRUE(screen->selectDevice(QStringLiteral("printer")));
    admin::FormDialog *remove = screen->removeSelected();
    ASSERT_NE(remove, nullptr);
    remove->submit();
    EXPECT_TRUE(screen->configured().isEmpty());
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_TRUE(m_app->services().deviceConfig().list(QStringLiteral("R01")).value().isEmpty());

    AuditQuery q;
    q.actionPrefix = QStringLiteral("device.");
    q.newestFirst = false;
    const QList<AuditEntry> audit = m_app->services().auditLog().entries(q).value();
    ASSERT_EQ(audit.size(), 2);
    EXPECT_EQ(audit.at(0).action, QStringLiteral("device.add"));
    EXPECT_EQ(audit.at(1).action, QStringLiteral("device.remove"));
}

TEST_F(DevicesTest, AConfiguredDeviceIsStartedWithoutSimulation)
{
    {
        auto services = Services::open({.clock = m_clock, .path = dbPath(), .pinParams = PinHasher::Params::fastest()});
        ASSERT_TRUE(services.ok());
        const Session owner = services.value()->operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).value();
        DeviceConfig printer{QStringLiteral("printer"), QStringLiteral("receipt-printer"), QStringLiteral("Counter"),
                             QStringLiteral("sim")};
        printer.setParamMap({{QStringLiteral("folder"), receiptFolder()}, {QStringLiteral("paper"), QStringLiteral("58mm")}});
        ASSERT_TRUE(services.value()->deviceConfig().save(owner, QStringLiteral("R01"), printer).ok());
        DeviceConfig broken{QStringLiteral("scale"), QStringLiteral("scale"), {}, QStringLiteral("serial")};
        ASSERT_TRUE(services.value()->deviceConfig().save(owner, QStringLiteral("R01"), broken).ok());
    }
    startApp(false);
    ASSERT_NE(printer(), nullptr);
    EXPECT_EQ(printer()->profile().key, QStringLiteral("58mm"));
    EXPECT_TRUE(printer()->isEnabled());
    // The scale without a port cannot start: that is a warning, not a crash, and the printer still works.
    EXPECT_TRUE(waitUntil([&] { return indicator() == QLatin1String("warning"); }));
    EXPECT_THAT(str(deviceStatus()), HasSubstr("Scale: not ready"));
    EXPECT_THAT(str(m_app->devices()->statusLine(QStringLiteral("scale"))), HasSubstr("serial port"));
    EXPECT_EQ(m_app->customerWindow()->model(), nullptr);
}

TEST_F(DevicesTest, AKeyboardScannerWorksWithoutSetupOnceSignedIn)
{
    startApp(false);
    EXPECT_EQ(deviceStatus(), QStringLiteral("No devices configured"));
    QSignalSpy scans(m_app->devices(), &shell::DeviceAccess::scanned);
    QTest::keyClicks(m_app->mainWindow(), QStringLiteral("6901234567892"));
    QTest::keyClick(m_app->mainWindow(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return scans.size() == 1; }));
    EXPECT_EQ(scans.first().at(0).toString(), QStringLiteral("6901234567892"));
    EXPECT_EQ(scans.first().at(1).toString(), QStringLiteral("wedge"));

    // Locked: keys are a PIN, never a scan.
    m_app->lock();
    QTest::keyClicks(m_app->mainWindow(), QStringLiteral("12345678"));
    QTest::keyClick(m_app->mainWindow(), Qt::Key_Return);
    QTest::qWait(100);
    EXPECT_EQ(scans.size(), 1);
}

TEST_F(DevicesTest, TheCustomerDisplayWelcomesWithTheStoreName)
{
    startApp();
    CustomerWindow *window = m_app->customerWindow();
    ASSERT_NE(window, nullptr);
    ASSERT_NE(window->model(), nullptr);
    const QStringList shown = window->shownText();
    ASSERT_GE(shown.size(), 2);
    EXPECT_EQ(shown.at(1), QStringLiteral("Welcome"));
    EXPECT_FALSE(shown.at(0).isEmpty());
    EXPECT_TRUE(window->windowFlags().testFlag(Qt::FramelessWindowHint));
    // Checkout will feed it: a payment QR is drawn with ZXing.
    auto *display = qobject_cast<hal::CustomerDisplay *>(
        m_app->devices()->manager().first(hal::DeviceCategory::CustomerDisplay));
    ASSERT_NE(display, nullptr);
    display->showPaymentQr(QStringLiteral("https://qr.example/pay/1"), QStringLiteral("Scan to pay ¥13.55"));
    EXPECT_FALSE(window->qrImage().isNull());
    EXPECT_EQ(window->shownText().value(1), QStringLiteral("Scan to pay ¥13.55"));
}
