// Detection for the device form's pick lists and hot-plug: serial ports by their stable by-id names,
// keyboard-mode scanners from /dev/input/by-id (plain keyboards left out), printer ports, CUPS queues
// of a real cupsd the test starts (also through the background DetectionJob), and the hot-plug
// watcher on a fake /dev that the test fills and empties.
#include "hal/devicedetector.h"
#include "hal/hotplugwatcher.h"

#include "localcupsd.h"
#include "waituntil.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace qtill::hal;
using namespace qtill::hal::test;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

/// A file (a stand-in for a device node) and, when `link` is given, a symlink to it.
void makeNode(const QString &node, const QString &link = {})
{
    QDir().mkpath(QFileInfo(node).absolutePath());
    QFile f(node);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    if (!link.isEmpty()) {
        QDir().mkpath(QFileInfo(link).absolutePath());
        ASSERT_TRUE(QFile::link(node, link));
    }
}

const DetectedDevice *findByParam(const QList<DetectedDevice> &found, const char *key, const QString &value)
{
    for (const DetectedDevice &d : found)
        if (d.params.value(QLatin1String(key)).toString() == value)
            return &d;
    return nullptr;
}

} // namespace

TEST(DeviceDetector, NamesFromByIdLinks)
{
    EXPECT_EQ(DeviceDetector::nameFromById(QStringLiteral("usb-Honeywell_Imaging___Mobility_1900-event-kbd")),
              QStringLiteral("Honeywell Imaging Mobility 1900"));
    EXPECT_EQ(DeviceDetector::nameFromById(QStringLiteral("usb-Prolific_Technology_Inc._USB-Serial_Controller-if00-port0")),
              QStringLiteral("Prolific Technology Inc. USB-Serial Controller"));
    EXPECT_EQ(DeviceDetector::nameFromById(QStringLiteral("usb-1a86_USB_Serial-if00-port0")),
              QStringLiteral("1a86 USB Serial"));
    EXPECT_TRUE(DeviceDetector::looksLikeScanner(QStringLiteral("Symbol Bar Code Scanner"), 0));
    EXPECT_TRUE(DeviceDetector::looksLikeScanner(QStringLiteral("HID 0c2e:0b61"), 0x0c2e));
    EXPECT_TRUE(DeviceDetector::looksLikeKeyboard(QStringLiteral("Logitech USB Keyboard")));
    EXPECT_FALSE(DeviceDetector::looksLikeKeyboard(QStringLiteral("Newland NLS-HR22 Scanner Keyboard")));
    for (const QString &id : DeviceDetector::knownUsbPrinterIds())
        EXPECT_EQ(id.size(), 9) << str(id);
}

TEST(DeviceDetector, SerialPortsGoByTheirStableName)
{
    QTemporaryDir dev;
    ASSERT_TRUE(dev.isValid());
    const QString tty = dev.filePath(QStringLiteral("ttyUSB0"));
    const QString acm = dev.filePath(QStringLiteral("ttyACM0"));
    const QString byId = dev.filePath(QStringLiteral("serial/by-id"));
    makeNode(tty, byId + QStringLiteral("/usb-Prolific_Technology_Inc._USB-Serial_Controller-if00-port0"));
    makeNode(acm, byId + QStringLiteral("/usb-Honeywell_Imaging___Mobility_1900-if00"));

    const QList<DeviceDetector::SerialPort> ports{
        {tty, QStringLiteral("USB-Serial Controller"), QStringLiteral("Prolific Technology Inc."), 0x067b, 0x2303},
        {dev.filePath(QStringLiteral("ttyS0")), {}, {}, 0, 0},
    };
    const QList<DetectedDevice> found = DeviceDetector::serialPorts(ports, byId);
    ASSERT_EQ(found.size(), 3);

    // The USB adapter: its by-id link (survives re-plugging), description and VID:PID.
    const QString prolificLink = byId + QStringLiteral("/usb-Prolific_Technology_Inc._USB-Serial_Controller-if00-port0");
    const DetectedDevice *prolific = findByParam(found, "port", prolificLink);
    ASSERT_NE(prolific, nullptr);
    EXPECT_EQ(prolific->backend, QStringLiteral("serial"));
    EXPECT_EQ(prolific->name, QStringLiteral("Prolific Technology Inc. USB-Serial Controller (%1, USB 067b:2303)").arg(tty));
    EXPECT_EQ(prolific->params.value(QStringLiteral("vid")).toString(), QStringLiteral("067b"));
    // A built-in port without a link keeps its system name.
    ASSERT_NE(findByParam(found, "port", dev.filePath(QStringLiteral("ttyS0"))), nullptr);
    // A by-id link the system list did not have (a CDC-ACM scanner) is offered too, as a scanner.
    const DetectedDevice *scanner =
        findByParam(found, "port", byId + QStringLiteral("/usb-Honeywell_Imaging___Mobility_1900-if00"));
    ASSERT_NE(scanner, nullptr);
    EXPECT_EQ(scanner->category, DeviceCategory::Scanner);
    EXPECT_EQ(scanner->name, QStringLiteral("Honeywell Imaging Mobility 1900 (ttyACM0)"));
}

TEST(DeviceDetector, KeyboardModeScannersButNotKeyboards)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    DeviceDetector::Options options;
    options.devRoot = root.filePath(QStringLiteral("dev"));
    options.sysRoot = root.filePath(QStringLiteral("sys")); // empty: only the by-id links speak
    options.systemSerialPorts = false;
    const QString byId = options.devRoot + QStringLiteral("/input/by-id");
    makeNode(options.devRoot + QStringLiteral("/input/event5"),
             byId + QStringLiteral("/usb-Honeywell_Imaging___Mobility_1900-event-kbd"));
    makeNode(options.devRoot + QStringLiteral("/input/event2"), byId + QStringLiteral("/usb-Logitech_USB_Keyboard-event-kbd"));
    makeNode(options.devRoot + QStringLiteral("/input/event3"), byId + QStringLiteral("/usb-Logitech_USB_Receiver-event-mouse"));
    makeNode(options.devRoot + QStringLiteral("/usb/lp0"));

    const QList<DetectedDevice> found = DeviceDetector::detect(
        DeviceDetector::Source::InputDevices | DeviceDetector::Source::PrinterPorts | DeviceDetector::Source::SerialPorts,
        options);
    ASSERT_EQ(found.size(), 2) << (found.isEmpty() ? std::string() : str(found.first().name));
    const DetectedDevice *printer = findByParam(found, "path", options.devRoot + QStringLiteral("/usb/lp0"));
    ASSERT_NE(printer, nullptr);
    EXPECT_EQ(printer->backend, QStringLiteral("usblp"));
    const DetectedDevice *scanner =
        findByParam(found, "path", byId + QStringLiteral("/usb-Honeywell_Imaging___Mobility_1900-event-kbd"));
    ASSERT_NE(scanner, nullptr);
    EXPECT_EQ(scanner->category, DeviceCategory::Scanner);
    EXPECT_EQ(scanner->backend, QStringLiteral("evdev"));
    EXPECT_EQ(scanner->name, QStringLiteral("Honeywell Imaging Mobility 1900"));
}

class DetectorCupsTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_cupsd = new LocalCupsd;
        if (!s_cupsd->start(&s_why)) {
            delete s_cupsd;
            s_cupsd = nullptr;
        }
    }
    static void TearDownTestSuite()
    {
        delete s_cupsd;
        s_cupsd = nullptr;
    }
    void SetUp() override
    {
        if (!s_cupsd)
            GTEST_SKIP() << "cupsd cannot run here: " << s_why.toStdString();
        QString why;
        ASSERT_TRUE(s_cupsd->addRawQueue(QStringLiteral("counter"), QStringLiteral("socket://127.0.0.1:9"), &why))
            << str(why);
    }
    void TearDown() override
    {
        if (s_cupsd) {
            QString ignored;
            s_cupsd->removeQueue(QStringLiteral("counter"), &ignored);
        }
    }

    static inline LocalCupsd *s_cupsd = nullptr;
    static inline QString s_why;
};

TEST_F(DetectorCupsTest, ListsTheQueuesOfTheConfiguredServer)
{
    DeviceDetector::Options options;
    options.cupsServer = s_cupsd->socketPath();
    const QList<DetectedDevice> found = DeviceDetector::detect(DeviceDetector::Source::CupsQueues, options);
    const DetectedDevice *queue = findByParam(found, "queue", QStringLiteral("counter"));
    ASSERT_NE(queue, nullptr);
    EXPECT_EQ(queue->backend, QStringLiteral("cups"));
    EXPECT_EQ(queue->category, DeviceCategory::ReceiptPrinter);
    EXPECT_EQ(queue->params.value(QStringLiteral("server")).toString(), s_cupsd->socketPath());
    EXPECT_EQ(queue->params.value(QStringLiteral("deviceUri")).toString(), QStringLiteral("socket://127.0.0.1:9"));
}

TEST_F(DetectorCupsTest, TheBackgroundJobDeliversOnTheCallersThread)
{
    DeviceDetector::Options options;
    options.cupsServer = s_cupsd->socketPath();
    options.devRoot = QStringLiteral("/nonexistent");
    options.systemSerialPorts = false;
    QObject owner;
    DetectionJob *job = DetectionJob::start(DeviceDetector::Source::CupsQueues | DeviceDetector::Source::PrinterPorts,
                                            options, &owner);
    QList<DetectedDevice> found;
    Qt::HANDLE deliveredOn = nullptr;
    bool done = false;
    QObject::connect(job, &DetectionJob::finished, &owner, [&](const QList<DetectedDevice> &all) {
        found = all;
        deliveredOn = QThread::currentThreadId();
        done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return done; }, 15000));
    EXPECT_EQ(deliveredOn, QThread::currentThreadId());
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().params.value(QStringLiteral("queue")).toString(), QStringLiteral("counter"));
}

TEST(DetectionJob, DeliversWhatItFoundAndCleansUp)
{
    QTemporaryDir dev;
    ASSERT_TRUE(dev.isValid());
    makeNode(dev.filePath(QStringLiteral("usb/lp0")));
    DeviceDetector::Options options;
    options.devRoot = dev.path();
    options.systemSerialPorts = false;
    const int before = DetectionJob::runningWorkers();
    QObject owner;
    DetectionJob *job = DetectionJob::start(DeviceDetector::Source::PrinterPorts, options, &owner);
    EXPECT_TRUE(job->isRunning());
    QSignalSpy finished(job, &DetectionJob::finished);
    ASSERT_TRUE(finished.wait(15000));
    const auto found = finished.at(0).at(0).value<QList<DetectedDevice>>();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().params.value(QStringLiteral("path")).toString(), dev.filePath(QStringLiteral("usb/lp0")));
    EXPECT_TRUE(waitUntil([&] { return DetectionJob::runningWorkers() == before; })) << "the worker thread deletes itself";
    EXPECT_TRUE(waitUntil([&] { return owner.findChildren<DetectionJob *>().isEmpty(); }))
        << "the job deletes itself after delivering";
}

TEST(DetectionJob, ItsOwnerMayGoFirst)
{
    QTemporaryDir dev;
    ASSERT_TRUE(dev.isValid());
    makeNode(dev.filePath(QStringLiteral("usb/lp0"))); // something to find, so there is a result to drop
    DeviceDetector::Options options;
    options.devRoot = dev.path();
    options.systemSerialPorts = false;
    const int before = DetectionJob::runningWorkers();
    auto *owner = new QObject;
    QPointer<DetectionJob> job =
        DetectionJob::start(DeviceDetector::Source::PrinterPorts | DeviceDetector::Source::SerialPorts, options, owner);
    QList<DetectedDevice> delivered;
    QObject outlives; // a receiver that is still there when the worker ends
    QObject::connect(job, &DetectionJob::finished, &outlives, [&](const QList<DetectedDevice> &all) { delivered = all; });
    EXPECT_EQ(DetectionJob::runningWorkers(), before + 1);

    delete owner; // the dialog closed while looking: the job goes with it, its result is dropped
    EXPECT_TRUE(job.isNull());
    ASSERT_TRUE(waitUntil([&] { return DetectionJob::runningWorkers() == before; }, 15000))
        << "the worker ends and deletes itself";
    EXPECT_TRUE(delivered.isEmpty());
}

TEST(HotplugWatcher, ReportsWhatIsPluggedInAndOut)
{
    QTemporaryDir dev;
    ASSERT_TRUE(dev.isValid());
    makeNode(dev.filePath(QStringLiteral("usb/lp0"))); // there before: known, not reported
    HotplugWatcher watcher;
    watcher.setSettleMs(20);
    watcher.watch(HotplugWatcher::defaultFolders(dev.path()));
    EXPECT_EQ(watcher.entries(), QStringList{dev.filePath(QStringLiteral("usb/lp0"))});
    QSignalSpy appeared(&watcher, &HotplugWatcher::appeared);
    QSignalSpy disappeared(&watcher, &HotplugWatcher::disappeared);

    // input/by-id does not exist yet (no keyboard device was ever plugged in): it is waited for.
    const QString link = dev.filePath(QStringLiteral("input/by-id/usb-Newland_NLS-HR22-event-kbd"));
    makeNode(dev.filePath(QStringLiteral("input/event7")));
    // The folder appears with a first link in it (a mouse: an entry, not a device a till takes); the
    // rescan that takes in the new folder reports it. Then the scanner's link in the watched folder.
    const QString mouse = dev.filePath(QStringLiteral("input/by-id/usb-Logitech_Receiver-event-mouse"));
    makeNode(dev.filePath(QStringLiteral("input/event3")), mouse);
    ASSERT_TRUE(waitUntil([&] { return !appeared.isEmpty(); }));
    EXPECT_EQ(appeared.takeFirst().at(0).toStringList(), QStringList{mouse});
    ASSERT_TRUE(QFile::link(dev.filePath(QStringLiteral("input/event7")), link));
    ASSERT_TRUE(waitUntil([&] { return !appeared.isEmpty(); }));
    EXPECT_EQ(appeared.takeFirst().at(0).toStringList(), QStringList{link});

    const std::optional<DetectedDevice> scanner = HotplugWatcher::describe(link);
    ASSERT_TRUE(scanner.has_value());
    EXPECT_EQ(scanner->category, DeviceCategory::Scanner);
    EXPECT_EQ(scanner->backend, QStringLiteral("evdev"));
    EXPECT_EQ(scanner->name, QStringLiteral("Newland NLS-HR22"));
    EXPECT_EQ(scanner->params.value(QStringLiteral("path")).toString(), link);

    // Unplugged, then plugged back: reported both ways.
    ASSERT_TRUE(QFile::remove(dev.filePath(QStringLiteral("usb/lp0"))));
    ASSERT_TRUE(waitUntil([&] { return !disappeared.isEmpty(); }));
    EXPECT_EQ(disappeared.takeFirst().at(0).toStringList(), QStringList{dev.filePath(QStringLiteral("usb/lp0"))});
    makeNode(dev.filePath(QStringLiteral("usb/lp0")));
    ASSERT_TRUE(waitUntil([&] { return !appeared.isEmpty(); }));
    EXPECT_EQ(appeared.takeFirst().at(0).toStringList(), QStringList{dev.filePath(QStringLiteral("usb/lp0"))});
    EXPECT_EQ(HotplugWatcher::describe(dev.filePath(QStringLiteral("usb/lp0")))->backend, QStringLiteral("usblp"));

    // Not devices a till takes: a mouse, a plain keyboard.
    EXPECT_FALSE(HotplugWatcher::describe(dev.filePath(QStringLiteral("input/by-id/usb-Logitech_Receiver-event-mouse"))));
    EXPECT_FALSE(HotplugWatcher::describe(dev.filePath(QStringLiteral("input/by-id/usb-Dell_USB_Keyboard-event-kbd"))));
}
