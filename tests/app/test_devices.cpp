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

#include "core/auditlog.h"
#include "core/clock.h"
#include "core/deviceconfigservice.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "devicesui/devicesscreen.h"
#include "hal/devicedetector.h"
#include "hal/devicemanager.h"
#include "hal/hotplugwatcher.h"
#include "hal/sim/simulatedprinter.h"
#include "shell/formdialog.h"
#include "shell/messagebar.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
    void startApp(bool simulate = true, int reconnectMs = 50)
    {
        Application::Config config;
        config.dbPath = dbPath();
        config.clock = &m_clock;
        config.pinParams = PinHasher::Params::fastest();
        config.language = QStringLiteral("en");
        config.simulateHardware = simulate;
        config.simulatorFolder = receiptFolder();
        config.deviceReconnectMs = reconnectMs;
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

    /// What the status chip says (in full: whether it fits the bar is tested on its own, and the bar lays
    /// itself out again only after the text changed).
    QString deviceStatus() const { return m_app->workspace()->topBar()->deviceText(); }
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
    // A short summary that always fits; the tooltip lists every device.
    ASSERT_TRUE(waitUntil([&] { return deviceStatus() == QLatin1String("Simulated OK 7/7"); })) << str(deviceStatus());
    EXPECT_EQ(indicator(), QStringLiteral("ok"));
    {
        auto *chip = m_app->mainWindow()->findChild<QLabel *>(QStringLiteral("deviceStatus"));
        EXPECT_TRUE(waitUntil([&] { return m_app->workspace()->topBar()->deviceTextFits(); }))
            << str(chip->text()) << " width " << chip->width() << " contents " << chip->contentsRect().width()
            << " advance " << chip->fontMetrics().horizontalAdvance(chip->text()) << " hint " << chip->sizeHint().width()
            << " max " << chip->maximumWidth() << " bar " << m_app->workspace()->topBar()->width();
        if (const QByteArray dir = qgetenv("QTILL_GRAB_DIR"); !dir.isEmpty())
            m_app->mainWindow()->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/h1-statusbar.png"));
    }
    const QString tooltip = m_app->mainWindow()->findChild<QLabel *>(QStringLiteral("deviceStatus"))->toolTip();
    EXPECT_THAT(str(tooltip), HasSubstr("Simulated receipt printer: Ready"));
    EXPECT_THAT(str(tooltip), HasSubstr("Simulated scale: Ready"));
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
    EXPECT_EQ(deviceStatus(), QStringLiteral("Simulated OK 7/7"));
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
    shell::FormDialog *dialog = screen->addDevice();
    ASSERT_NE(dialog, nullptr);
    auto *idEdit = dialog->findChild<QLineEdit *>(QStringLiteral("idEdit"));
    EXPECT_EQ(idEdit->text(), QStringLiteral("printer"));
    // The suggested id follows the kind until someone types their own.
    auto *category = dialog->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    category->setCurrentIndex(category->findData(QStringLiteral("scale")));
    EXPECT_EQ(idEdit->text(), QStringLiteral("scale"));
    idEdit->setText(QStringLiteral("deli-scale"));
    category->setCurrentIndex(category->findData(QStringLiteral("cash-drawer")));
    EXPECT_EQ(idEdit->text(), QStringLiteral("deli-scale"));
    idEdit->setText(QStringLiteral("drawer"));
    category->setCurrentIndex(category->findData(QStringLiteral("receipt-printer")));
    EXPECT_EQ(idEdit->text(), QStringLiteral("printer"));
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
    shell::FormDialog *remove = screen->removeSelected();
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

TEST_F(DevicesTest, TheChipShowsTheWorstProblemAndHowManyMore)
{
    {
        auto services = Services::open({.clock = m_clock, .path = dbPath(), .pinParams = PinHasher::Params::fastest()});
        ASSERT_TRUE(services.ok());
        const Session owner = services.value()->operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).value();
        DeviceConfig printer{QStringLiteral("printer"), QStringLiteral("receipt-printer"), QStringLiteral("Counter"),
                             QStringLiteral("sim")};
        printer.setParamMap({{QStringLiteral("folder"), receiptFolder()}});
        ASSERT_TRUE(services.value()->deviceConfig().save(owner, QStringLiteral("R01"), printer).ok());
        DeviceConfig scale{QStringLiteral("scale"), QStringLiteral("scale"), {}, QStringLiteral("serial")};
        ASSERT_TRUE(services.value()->deviceConfig().save(owner, QStringLiteral("R01"), scale).ok());
    }
    startApp(false);
    ASSERT_TRUE(waitUntil([&] { return deviceStatus() == QLatin1String("Scale: not ready"); })) << str(deviceStatus());
    printer()->simState().setPaperOut(true);
    ASSERT_TRUE(waitUntil([&] { return deviceStatus() == QLatin1String("Printer: out of paper +1"); }))
        << str(deviceStatus());
    EXPECT_EQ(indicator(), QStringLiteral("warning"));
    EXPECT_TRUE(waitUntil([&] { return m_app->workspace()->topBar()->deviceTextFits(); }));
    const QString tooltip = m_app->mainWindow()->findChild<QLabel *>(QStringLiteral("deviceStatus"))->toolTip();
    EXPECT_THAT(str(tooltip), HasSubstr("Counter: "));
    EXPECT_GE(tooltip.count(QLatin1Char('\n')), 1) << str(tooltip); // one line per device
    printer()->simState().setPaperOut(false);
    printer()->requestStatus();
    m_app->devices()->manager().respond(printer(), hal::ErrorResponse::Clear);
    EXPECT_TRUE(waitUntil([&] { return deviceStatus() == QLatin1String("Scale: not ready"); })) << str(deviceStatus());
}

TEST_F(DevicesTest, ALongStatusIsCutAndTheBarKeepsItsButtons)
{
    startApp();
    TopBar *bar = m_app->workspace()->topBar();
    const QString longText = QStringLiteral("Simulated: Printer ready · Scanner ready · Drawer ready · Scale ready · "
                                            "Card reader ready · Customer display ready");
    bar->setDeviceStatus(longText, QStringLiteral("every device"), DeviceIndicator::Ok);
    QTest::qWait(20);
    auto *chip = bar->findChild<QLabel *>(QStringLiteral("deviceStatus"));
    ASSERT_NE(chip, nullptr);
    EXPECT_EQ(bar->deviceText(), longText);
    EXPECT_NE(chip->text(), longText);
    EXPECT_TRUE(chip->text().endsWith(QChar(0x2026))) << str(chip->text());
    EXPECT_TRUE(chip->toolTip().startsWith(longText));
    // Everything else on the bar is still whole and inside it at 1280 px.
    EXPECT_EQ(m_app->mainWindow()->width(), 1280);
    for (const char *name : {"signOutButton", "lockButton", "clockLabel", "operatorLabel", "storeName"}) {
        QWidget *w = bar->findChild<QWidget *>(QLatin1String(name));
        ASSERT_NE(w, nullptr) << name;
        EXPECT_LE(w->geometry().right(), bar->width()) << name;
        EXPECT_GE(w->width(), w->minimumSizeHint().width()) << name;
    }
    EXPECT_LT(chip->geometry().right(), bar->findChild<QWidget *>(QStringLiteral("operatorLabel"))->geometry().left());
}

TEST_F(DevicesTest, AServerStoreShowsItsAddressAndTheBarKeepsItsButtons)
{
    startApp();
    TopBar *bar = m_app->workspace()->topBar();
    auto *chip = bar->findChild<QLabel *>(QStringLiteral("databaseAddress"));
    ASSERT_NE(chip, nullptr);
    EXPECT_FALSE(chip->isVisible()) << "a store in its own file says nothing about a server";

    const QString address = QStringLiteral("postgresql://qtill@pos-server.example:5432/shop?sslmode=require");
    const QString shown = QStringLiteral("pos-server.example:5432/shop");
    bar->setDatabase(shown, address);
    bar->setDeviceStatus(QStringLiteral("Simulated: Printer ready · Scanner ready · Drawer ready"), {}, DeviceIndicator::Ok);
    QTest::qWait(20);
    EXPECT_TRUE(chip->isVisible());
    EXPECT_TRUE(shown.startsWith(chip->text().chopped(1)) || chip->text() == shown) << str(chip->text());
    EXPECT_TRUE(chip->toolTip().contains(address)) << str(chip->toolTip());
    for (const char *name : {"signOutButton", "lockButton", "clockLabel", "operatorLabel", "storeName", "businessDate"}) {
        QWidget *w = bar->findChild<QWidget *>(QLatin1String(name));
        ASSERT_NE(w, nullptr) << name;
        EXPECT_LE(w->geometry().right(), bar->width()) << name;
        EXPECT_GE(w->width(), w->minimumSizeHint().width()) << name;
    }
    bar->setDatabase({}, {});
    EXPECT_FALSE(chip->isVisible());
}

TEST_F(DevicesTest, APluggedInScannerIsOfferedAndAReturningPrinterIsPickedUp)
{
    QTemporaryDir dev;
    ASSERT_TRUE(dev.isValid());
    const QString lp = dev.filePath(QStringLiteral("usb/lp0"));
    {
        auto services = Services::open({.clock = m_clock, .path = dbPath(), .pinParams = PinHasher::Params::fastest()});
        ASSERT_TRUE(services.ok());
        const Session owner = services.value()->operators().signIn(QStringLiteral("00"), QStringLiteral("888888")).value();
        DeviceConfig printer{QStringLiteral("printer"), QStringLiteral("receipt-printer"), QStringLiteral("Counter"),
                             QStringLiteral("usblp")};
        // The printer's and the manager's own polling are slow here: what follows is the hot-plug's doing.
        printer.setParamMap({{QStringLiteral("path"), lp}, {QStringLiteral("retryMs"), 600000}});
        ASSERT_TRUE(services.value()->deviceConfig().save(owner, QStringLiteral("R01"), printer).ok());
    }
    startApp(false, 600000);
    m_app->devices()->hotplug().setSettleMs(20);
    m_app->devices()->watchFolders(hal::HotplugWatcher::defaultFolders(dev.path()));
    messageBar()->setAutoHideMs(60000);
    hal::Device *counter = m_app->devices()->manager().device(QStringLiteral("printer"));
    ASSERT_NE(counter, nullptr);
    ASSERT_TRUE(waitUntil([&] { return indicator() == QLatin1String("warning"); })) << str(deviceStatus());
    EXPECT_EQ(deviceStatus(), QStringLiteral("Printer: offline"));

    // The printer is plugged back: it works again, and nobody is asked to set it up.
    QDir().mkpath(dev.filePath(QStringLiteral("usb")));
    {
        QFile node(lp);
        ASSERT_TRUE(node.open(QIODevice::WriteOnly));
    }
    ASSERT_TRUE(waitUntil([&] { return !counter->hasError() && counter->isEnabled(); }))
        << str(m_app->devices()->statusLine(QStringLiteral("printer")));
    EXPECT_TRUE(waitUntil([&] { return indicator() == QLatin1String("ok"); })) << str(deviceStatus());
    EXPECT_EQ(deviceStatus(), QStringLiteral("Devices OK 1/1"));
    EXPECT_FALSE(messageBar()->text().contains(QStringLiteral("found")));

    // A scanner nobody configured is plugged in: offered, and "Use it" opens the form filled in.
    const QString node = dev.filePath(QStringLiteral("input/event9"));
    QDir().mkpath(dev.filePath(QStringLiteral("input/by-id")));
    {
        QFile f(node);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    QTest::qWait(100);
    const QString link = dev.filePath(QStringLiteral("input/by-id/usb-Honeywell_Imaging___Mobility_1900-event-kbd"));
    ASSERT_TRUE(QFile::link(node, link));
    ASSERT_TRUE(waitUntil([&] { return messageBar()->text().contains(QStringLiteral("scanner")); }))
        << str(messageBar()->text());
    EXPECT_EQ(messageBar()->text(), QStringLiteral("New barcode scanner found: Honeywell Imaging Mobility 1900"));
    auto *use = messageBar()->findChild<QPushButton *>(QStringLiteral("messageAction_useDevice"));
    ASSERT_NE(use, nullptr);
    EXPECT_EQ(use->text(), QStringLiteral("Use it"));
    QTest::mouseClick(use, Qt::LeftButton);
    EXPECT_EQ(m_app->workspace()->currentScreenId(), QStringLiteral("devices"));
    shell::FormDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        dialog = m_app->mainWindow()->findChild<shell::FormDialog *>(QStringLiteral("deviceDialog"));
        return dialog && dialog->isVisible();
    }));
    EXPECT_EQ(dialog->findChild<QComboBox *>(QStringLiteral("categoryCombo"))->currentData().toString(),
              QStringLiteral("scanner"));
    EXPECT_EQ(dialog->findChild<QComboBox *>(QStringLiteral("backendCombo"))->currentData().toString(),
              QStringLiteral("evdev"));
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("inputPathEdit"))->text(), link);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
              QStringLiteral("Honeywell Imaging Mobility 1900"));
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("idEdit"))->text(), QStringLiteral("scanner"));
    if (const QByteArray dir = qgetenv("QTILL_GRAB_DIR"); !dir.isEmpty()) {
        QTest::qWait(50);
        dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/h1-device-form-hotplug.png"));
    }
    dialog->reject();

    // Only those who may configure devices are asked.
    hal::DetectedDevice found;
    found.category = hal::DeviceCategory::Scanner;
    found.backend = QStringLiteral("evdev");
    found.name = QStringLiteral("Scanner");
    EXPECT_TRUE(m_app->workspace()->offerDevice(found));
    auto cashier = m_app->services().operators().signIn(QStringLiteral("01"), QStringLiteral("0000"));
    ASSERT_TRUE(cashier.ok());
    m_app->beginSession(cashier.value());
    EXPECT_FALSE(m_app->workspace()->offerDevice(found));
}

TEST_F(DevicesTest, TheFormOffersWhatIsAttached)
{
    QTemporaryDir dev;
    ASSERT_TRUE(dev.isValid());
    const QString tty = dev.filePath(QStringLiteral("ttyUSB0"));
    const QString link = dev.filePath(QStringLiteral("serial/by-id/usb-Prolific_Technology_Inc._USB-Serial_Controller-if00-port0"));
    QDir().mkpath(dev.filePath(QStringLiteral("serial/by-id")));
    QDir().mkpath(dev.filePath(QStringLiteral("usb")));
    for (const QString &file : {tty, dev.filePath(QStringLiteral("usb/lp0"))}) {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    ASSERT_TRUE(QFile::link(tty, link));

    startApp();
    devicesui::DevicesScreen *screen = openDevicesScreen();
    ASSERT_NE(screen, nullptr);
    hal::DeviceDetector::Options options;
    options.devRoot = dev.path();
    options.sysRoot = dev.filePath(QStringLiteral("sys"));
    options.systemSerialPorts = false;
    options.cupsServer = dev.filePath(QStringLiteral("no-cups-here"));
    screen->setDetectionOptions(options);

    shell::FormDialog *dialog = screen->addDevice();
    ASSERT_NE(dialog, nullptr);
    auto *category = dialog->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    auto *backend = dialog->findChild<QComboBox *>(QStringLiteral("backendCombo"));
    auto *pick = dialog->findChild<QComboBox *>(QStringLiteral("detectedCombo"));
    ASSERT_NE(pick, nullptr);

    // A scale on a serial port: the port is offered by its stable name.
    category->setCurrentIndex(category->findData(QStringLiteral("scale")));
    backend->setCurrentIndex(backend->findData(QStringLiteral("serial")));
    ASSERT_TRUE(waitUntil([&] { return pick->count() == 2; })) << str(pick->itemText(0));
    EXPECT_TRUE(pick->isVisible());
    EXPECT_EQ(pick->itemText(0), QStringLiteral("Choose one of 1 found…"));
    EXPECT_THAT(str(pick->itemText(1)), HasSubstr("Prolific Technology Inc. USB-Serial Controller"));
    pick->setCurrentIndex(1);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("serialPortEdit"))->text(), link);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
              QStringLiteral("Prolific Technology Inc. USB-Serial Controller"));
    if (const QByteArray dir = qgetenv("QTILL_GRAB_DIR"); !dir.isEmpty()) {
        QTest::qWait(50); // settle the form's rows before picturing it
        dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/h1-device-form-picklist.png"));
    }

    // A printer on the USB printer port: lp0 is offered; typing a path stays possible.
    category->setCurrentIndex(category->findData(QStringLiteral("receipt-printer")));
    backend->setCurrentIndex(backend->findData(QStringLiteral("usblp")));
    ASSERT_EQ(pick->count(), 2);
    EXPECT_THAT(str(pick->itemText(1)), HasSubstr("/usb/lp0"));
    auto *lpPath = dialog->findChild<QLineEdit *>(QStringLiteral("lpPathEdit"));
    ASSERT_TRUE(lpPath->isVisible());
    lpPath->setText(QStringLiteral("/dev/usb/lp3"));
    // A network printer has nothing to detect: no pick list.
    backend->setCurrentIndex(backend->findData(QStringLiteral("tcp")));
    EXPECT_FALSE(pick->isVisible());
    // CUPS without a server answering: says so, and the queue can be typed.
    backend->setCurrentIndex(backend->findData(QStringLiteral("cups")));
    EXPECT_TRUE(pick->isVisible());
    EXPECT_FALSE(pick->isEnabled());
    EXPECT_THAT(str(pick->itemText(0)), HasSubstr("Nothing found"));
    EXPECT_TRUE(dialog->findChild<QLineEdit *>(QStringLiteral("queueEdit"))->isVisible());
    EXPECT_TRUE(dialog->findChild<QLineEdit *>(QStringLiteral("cupsServerEdit"))->isVisible());

    // Back to the serial scale, picked and saved: the stable port name is what is stored.
    category->setCurrentIndex(category->findData(QStringLiteral("scale")));
    backend->setCurrentIndex(backend->findData(QStringLiteral("serial")));
    pick->setCurrentIndex(1);
    dialog->findChild<QLineEdit *>(QStringLiteral("idEdit"))->setText(QStringLiteral("scale2"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("dialogOk"));
    ASSERT_NE(ok, nullptr);
    QTest::mouseClick(ok, Qt::LeftButton);
    auto stored = m_app->services().deviceConfig().list(QStringLiteral("R01"));
    ASSERT_TRUE(stored.ok());
    bool saved = false;
    for (const DeviceConfig &c : stored.value())
        if (c.id == QLatin1String("scale2")) {
            saved = true;
            EXPECT_EQ(c.paramMap().value(QStringLiteral("port")).toString(), link);
        }
    EXPECT_TRUE(saved);
}

TEST_F(DevicesTest, DetectListsAttachedDevicesWithoutBlocking)
{
    QTemporaryDir dev;
    ASSERT_TRUE(dev.isValid());
    QDir().mkpath(dev.filePath(QStringLiteral("usb")));
    {
        QFile f(dev.filePath(QStringLiteral("usb/lp0")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    startApp();
    devicesui::DevicesScreen *screen = openDevicesScreen();
    ASSERT_NE(screen, nullptr);
    hal::DeviceDetector::Options options;
    options.devRoot = dev.path();
    options.sysRoot = dev.filePath(QStringLiteral("sys"));
    options.systemSerialPorts = false;
    options.cupsServer = dev.filePath(QStringLiteral("no-cups-here"));
    screen->setDetectionOptions(options);
    shell::FormDialog *dialog = screen->detect();
    ASSERT_NE(dialog, nullptr);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("detectedList"));
    ASSERT_NE(list, nullptr);
    // The dialog is there at once; the list fills in when the background search is done.
    EXPECT_TRUE(dialog->isVisible());
    ASSERT_TRUE(waitUntil([&] { return list->isEnabled(); }));
    bool printerListed = false;
    for (int i = 0; i < list->count(); ++i)
        printerListed = printerListed || list->item(i)->text().contains(dev.filePath(QStringLiteral("usb/lp0")));
    EXPECT_TRUE(printerListed);
    dialog->reject();
}
