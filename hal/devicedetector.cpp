#include "hal/devicedetector.h"

#include "hal/backends/cups/cupstransport.h"
#include "hal/backends/evdev/evdevdevicefinder.h"
#include "hal/backends/pcsc/pcscworker.h"
#include "hal/backends/usb/libusbtransport.h"
#include "hal/backends/usblp/usblptransport.h"

#include <QCameraDevice>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMediaDevices>
#include <QPointer>
#include <QRegularExpression>
#include <QSerialPortInfo>
#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>

namespace qtill::hal {

namespace {

QString hex4(quint16 id)
{
    return QStringLiteral("%1").arg(id, 4, 16, QLatin1Char('0'));
}

/// The by-id links of a folder: canonical target → link path (the first link per target).
QHash<QString, QString> linksByTarget(const QString &dir)
{
    QHash<QString, QString> links;
    const QDir folder(dir);
    const QFileInfoList entries =
        folder.entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &link : entries) {
        QString target = link.isSymLink() ? link.symLinkTarget() : link.absoluteFilePath();
        if (QFileInfo(target).exists())
            target = QFileInfo(target).canonicalFilePath();
        if (!links.contains(target))
            links.insert(target, link.absoluteFilePath());
    }
    return links;
}

} // namespace

QString DeviceDetector::nameFromById(const QString &linkName)
{
    QString name = linkName;
    static const QRegularExpression bus(QStringLiteral("^(usb|pci|platform)-"));
    static const QRegularExpression tail(
        QStringLiteral("(-if[0-9a-fA-F]+)?(-port[0-9]+)?(-event-(kbd|mouse|joystick)|-event|-kbd|-mouse)?$"));
    name.remove(bus);
    name.remove(tail);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    name = name.simplified();
    return name.isEmpty() ? linkName : name;
}

bool DeviceDetector::looksLikeKeyboard(const QString &name)
{
    static const QRegularExpression words(QStringLiteral("keyboard|mouse|touchpad|trackpad|consumer control|"
                                                         "system control|power button|video bus|hotkey"),
                                          QRegularExpression::CaseInsensitiveOption);
    return words.match(name).hasMatch() && !looksLikeScanner(name, 0);
}

bool DeviceDetector::looksLikeScanner(const QString &name, quint16 vendorId)
{
    // Honeywell/Metrologic, Hand Held Products, Zebra/Symbol, Datalogic, Opticon, Newland, SuperLead.
    static const QList<quint16> scannerVendors{0x0c2e, 0x0536, 0x05e0, 0x05f9, 0x065a, 0x1eab, 0x2dd6};
    if (vendorId && scannerVendors.contains(vendorId))
        return true;
    static const QRegularExpression words(
        QStringLiteral("scanner|barcode|bar code|imager|honeywell|metrologic|symbol|zebra|datalogic|newland|"
                       "opticon|扫描|扫码"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(name).hasMatch();
}

QStringList DeviceDetector::knownUsbPrinterIds()
{
    // Receipt printers seen with a vendor-specific interface instead of the printer class. Extend
    // here when a model is found; "Connection: USB, direct" also takes any VID:PID typed by hand.
    return {
        QStringLiteral("04b8:0202"), // Epson TM-T88 series
        QStringLiteral("04b8:0e15"), // Epson TM-T20II
        QStringLiteral("04b8:0e28"), // Epson TM-T20III
        QStringLiteral("0519:0001"), // Star Micronics
        QStringLiteral("0519:0003"), // Star TSP100/143
        QStringLiteral("0416:5011"), // Winbond-based POS-58/POS-80 printers
        QStringLiteral("0fe6:811e"), // ICS-based 58/80 mm printers (Rongta, Goojprt, ...)
        QStringLiteral("0483:5743"), // STM32-based POS printers (Xprinter and others)
    };
}

QList<DetectedDevice> DeviceDetector::serialPorts(const QList<SerialPort> &ports, const QString &byIdDir)
{
    const QHash<QString, QString> byId = linksByTarget(byIdDir);
    QList<DetectedDevice> out;
    QSet<QString> listedLinks;
    for (const SerialPort &port : ports) {
        QString canonical = port.systemLocation;
        if (QFileInfo(canonical).exists())
            canonical = QFileInfo(canonical).canonicalFilePath();
        const QString link = byId.value(canonical);
        DetectedDevice d;
        d.category = QFileInfo(port.systemLocation).fileName().startsWith(QLatin1String("ttyACM"))
                         ? DeviceCategory::Scanner
                         : DeviceCategory::Scale;
        d.backend = QStringLiteral("serial");
        QString label = QString(port.manufacturer + QLatin1Char(' ') + port.description).simplified();
        if (label.isEmpty() && !link.isEmpty())
            label = nameFromById(QFileInfo(link).fileName());
        if (label.isEmpty())
            label = QCoreApplication::translate("qtill::hal::DeviceDetector", "Serial port");
        QString where = port.systemLocation;
        if (port.vendorId)
            where += QStringLiteral(", USB ") + hex4(port.vendorId) + QLatin1Char(':') + hex4(port.productId);
        d.name = label + QStringLiteral(" (") + where + QLatin1Char(')');
        d.params.insert(QStringLiteral("port"), link.isEmpty() ? port.systemLocation : link);
        if (port.vendorId) {
            d.params.insert(QStringLiteral("vid"), hex4(port.vendorId));
            d.params.insert(QStringLiteral("pid"), hex4(port.productId));
        }
        if (!link.isEmpty())
            listedLinks.insert(link);
        out.append(d);
    }
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        if (listedLinks.contains(it.value()))
            continue;
        const QString file = QFileInfo(it.value()).fileName();
        DetectedDevice d;
        d.category = it.key().contains(QLatin1String("ttyACM")) ? DeviceCategory::Scanner : DeviceCategory::Scale;
        d.backend = QStringLiteral("serial");
        d.name = nameFromById(file) + QStringLiteral(" (") + QFileInfo(it.key()).fileName() + QLatin1Char(')');
        d.params.insert(QStringLiteral("port"), it.value());
        out.append(d);
    }
    return out;
}

QList<DetectedDevice> DeviceDetector::serialPorts(const Options &options)
{
    QList<SerialPort> ports;
    if (options.systemSerialPorts) {
        for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
            ports.append({info.systemLocation(), info.description(), info.manufacturer(),
                          info.hasVendorIdentifier() ? info.vendorIdentifier() : quint16(0),
                          info.hasProductIdentifier() ? info.productIdentifier() : quint16(0)});
        }
    }
    return serialPorts(ports, options.devRoot + QStringLiteral("/serial/by-id"));
}

QList<DetectedDevice> DeviceDetector::cupsQueues(const QString &server)
{
    return CupsTransport::detect(server);
}

QList<DetectedDevice> DeviceDetector::usbPrinters()
{
    QList<UsbPrinterSelector> known;
    for (const QString &id : knownUsbPrinterIds())
        known.append({quint16(id.left(4).toUInt(nullptr, 16)), quint16(id.mid(5).toUInt(nullptr, 16)), {}});
    return LibUsbTransport::detect(nullptr, known);
}

QList<DetectedDevice> DeviceDetector::printerPorts(const QString &devRoot)
{
    return UsbLpTransport::detect(devRoot + QStringLiteral("/usb"));
}

QList<DetectedDevice> DeviceDetector::inputDevices(const Options &options)
{
    // Keyboard-like event nodes from sysfs (names and USB ids) ...
    QList<DetectedDevice> out;
    QSet<QString> links;
    for (const EvdevDeviceFinder::Node &n : EvdevDeviceFinder(options.sysRoot, options.devRoot).keyboards()) {
        if (looksLikeKeyboard(n.name) && !looksLikeScanner(n.name, n.vendor))
            continue;
        DetectedDevice d;
        d.category = DeviceCategory::Scanner;
        d.backend = QStringLiteral("evdev");
        d.name = QStringLiteral("%1 (USB %2:%3)").arg(n.name.isEmpty() ? n.path : n.name, hex4(n.vendor), hex4(n.product));
        d.params.insert(QStringLiteral("path"), n.byId.isEmpty() ? n.path : n.byId);
        d.params.insert(QStringLiteral("vid"), hex4(n.vendor));
        d.params.insert(QStringLiteral("pid"), hex4(n.product));
        if (!n.byId.isEmpty())
            links.insert(n.byId);
        out.append(d);
    }
    // ... and keyboard links in /dev/input/by-id that sysfs did not describe.
    const QDir byId(options.devRoot + QStringLiteral("/input/by-id"));
    for (const QFileInfo &link : byId.entryInfoList({QStringLiteral("*-event-kbd")},
                                                    QDir::System | QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        if (links.contains(link.absoluteFilePath()))
            continue;
        const QString name = nameFromById(link.fileName());
        if (looksLikeKeyboard(name))
            continue;
        DetectedDevice d;
        d.category = DeviceCategory::Scanner;
        d.backend = QStringLiteral("evdev");
        d.name = name;
        d.params.insert(QStringLiteral("path"), link.absoluteFilePath());
        out.append(d);
    }
    return out;
}

QList<DetectedDevice> DeviceDetector::cameras()
{
    QList<DetectedDevice> out;
    for (const QCameraDevice &camera : QMediaDevices::videoInputs()) {
        DetectedDevice d;
        d.category = DeviceCategory::Scanner;
        d.backend = QStringLiteral("camera");
        d.name = camera.description();
        d.params.insert(QStringLiteral("camera"), QString::fromUtf8(camera.id()));
        out.append(d);
    }
    return out;
}

QList<DetectedDevice> DeviceDetector::pcscReaders()
{
    QList<DetectedDevice> out;
    for (const QString &reader : PcscWorker::listReaders()) {
        DetectedDevice d;
        d.category = DeviceCategory::NfcReader;
        d.backend = QStringLiteral("pcsc");
        d.name = reader;
        d.params.insert(QStringLiteral("reader"), reader);
        out.append(d);
    }
    return out;
}

QList<DetectedDevice> DeviceDetector::detect(Sources sources, const Options &options)
{
    QList<DetectedDevice> found;
    if (sources.testFlag(Source::CupsQueues))
        found += cupsQueues(options.cupsServer);
    if (sources.testFlag(Source::UsbPrinters))
        found += usbPrinters();
    if (sources.testFlag(Source::PrinterPorts))
        found += printerPorts(options.devRoot);
    if (sources.testFlag(Source::InputDevices))
        found += inputDevices(options);
    if (sources.testFlag(Source::SerialPorts))
        found += serialPorts(options);
    if (sources.testFlag(Source::Cameras))
        found += cameras();
    if (sources.testFlag(Source::PcscReaders))
        found += pcscReaders();
    return found;
}

namespace {
std::atomic<int> s_runningWorkers{0};
} // namespace

int DetectionJob::runningWorkers()
{
    return s_runningWorkers;
}

DetectionJob *DetectionJob::start(DeviceDetector::Sources sources, const DeviceDetector::Options &options,
                                  QObject *parent)
{
    auto *job = new DetectionJob(parent);
    auto cameras = std::make_shared<QList<DetectedDevice>>();
    if (sources.testFlag(DeviceDetector::Source::Cameras))
        *cameras = DeviceDetector::cameras();
    const DeviceDetector::Sources rest = sources & ~DeviceDetector::Sources(DeviceDetector::Source::Cameras);
    auto result = std::make_shared<QList<DetectedDevice>>();
    QThread *worker = QThread::create([result, rest, options] { *result = DeviceDetector::detect(rest, options); });
    ++s_runningWorkers;
    QObject::connect(worker, &QObject::destroyed, [] { --s_runningWorkers; });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    QObject::connect(worker, &QThread::finished, job, [job, result, cameras] {
        job->m_running = false;
        // The order the settings show: printers, input devices, serial ports, then cameras.
        QList<DetectedDevice> all = *result;
        QList<DetectedDevice> tail;
        for (int i = int(all.size()) - 1; i >= 0; --i) {
            if (all.at(i).backend == QLatin1String("pcsc"))
                tail.prepend(all.takeAt(i));
        }
        Q_EMIT job->finished(all + *cameras + tail);
        job->deleteLater();
    });
    worker->start();
    return job;
}

} // namespace qtill::hal
