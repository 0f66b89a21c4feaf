#pragma once

#include "hal/deviceinfo.h"

#include <QFlags>
#include <QList>
#include <QObject>
#include <QString>

namespace qtill::hal {

/// Where DeviceDetector looks. Tests point dev/sys at a temporary folder and cupsServer at their own
/// cupsd.
struct DetectionOptions
{
    QString devRoot = QStringLiteral("/dev");
    QString sysRoot = QStringLiteral("/sys");
    QString cupsServer;            ///< "host[:port]" or a socket path; empty: the CUPS default
    bool systemSerialPorts = true; ///< also ask QSerialPortInfo (off in tests with a fake /dev)
};

/// Finds what is attached to this computer, for the device settings' pick lists and Detect button:
/// serial ports (with their stable /dev/serial/by-id name, description and USB VID:PID), CUPS print
/// queues of a server, USB printers (printer class 7, or a receipt printer known by VID:PID),
/// /dev/usb/lp* printer ports, keyboard-mode input devices (/dev/input/by-id, evdev names) for
/// scanners and card readers, cameras (Qt Multimedia) and PC/SC readers.
///
/// Every function returns DetectedDevice entries whose params are ready for DeviceInfo::params.
/// Threading: everything but cameras() may block for a moment (CUPS waits up to a few seconds for
/// its server) and is safe on any thread — run it through DetectionJob from the GUI. cameras() is
/// quick and must run on the GUI thread.
class DeviceDetector
{
public:
    enum class Source {
        SerialPorts = 0x01,
        CupsQueues = 0x02,
        UsbPrinters = 0x04,
        PrinterPorts = 0x08,
        InputDevices = 0x10,
        Cameras = 0x20,
        PcscReaders = 0x40,
        All = 0x7f,
    };
    Q_DECLARE_FLAGS(Sources, Source)

    /// Where to look (see DetectionOptions).
    using Options = DetectionOptions;

    /// One serial port as the system describes it (QSerialPortInfo, or a test's fake).
    struct SerialPort
    {
        QString systemLocation; ///< /dev/ttyUSB0
        QString description;    ///< "USB-Serial Controller"
        QString manufacturer;   ///< "Prolific Technology Inc."
        quint16 vendorId = 0;
        quint16 productId = 0;
    };

    static QList<DetectedDevice> detect(Sources sources, const Options &options = {});

    /// Serial ports: each system port once, named by its /dev/serial/by-id link when it has one (a
    /// name that survives re-plugging, unlike /dev/ttyUSB0), plus by-id links without a system port.
    static QList<DetectedDevice> serialPorts(const Options &options = {});
    /// The pure part of serialPorts(), for tests: `ports` as the system lists them, `byIdDir` the
    /// folder of stable links.
    static QList<DetectedDevice> serialPorts(const QList<SerialPort> &ports, const QString &byIdDir);
    static QList<DetectedDevice> cupsQueues(const QString &server = {});
    /// USB printers through libusb: printer-class interfaces and the known receipt printers below.
    static QList<DetectedDevice> usbPrinters();
    static QList<DetectedDevice> printerPorts(const QString &devRoot = QStringLiteral("/dev"));
    static QList<DetectedDevice> inputDevices(const Options &options = {});
    static QList<DetectedDevice> cameras();
    static QList<DetectedDevice> pcscReaders();

    /// Receipt printers that do not announce the printer class (vendor-specific interface), by
    /// VID:PID, as "vvvv:pppp".
    static QStringList knownUsbPrinterIds();

    /// A readable name from a /dev/*/by-id link name:
    /// "usb-Honeywell_Imaging___Mobility_1900-event-kbd" → "Honeywell Imaging Mobility 1900".
    static QString nameFromById(const QString &linkName);
    /// True when an input device's name or USB vendor says "barcode scanner" (Honeywell, Zebra,
    /// Datalogic, Newland, ... or "scanner"/"barcode" in the name); false for plain keyboards.
    static bool looksLikeScanner(const QString &name, quint16 vendorId);
    /// True for an input device that is clearly a keyboard or mouse, not a scanner.
    static bool looksLikeKeyboard(const QString &name);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DeviceDetector::Sources)

/// One run of DeviceDetector::detect() on a worker thread, so the GUI never waits for CUPS or USB.
/// finished() is emitted on the job's thread (the GUI); the job deletes itself after it. If the job's
/// parent goes first, the result is dropped and the worker cleans up after itself.
class DetectionJob : public QObject
{
    Q_OBJECT
public:
    /// Starts at once. Cameras (GUI-thread only) are read here, before the worker starts.
    static DetectionJob *start(DeviceDetector::Sources sources, const DeviceDetector::Options &options,
                               QObject *parent);

    bool isRunning() const { return m_running; }

    /// Detection threads started and not yet deleted, in this process. A job whose parent went first
    /// keeps its thread until the detection ends; then the thread deletes itself (tests check it).
    static int runningWorkers();

Q_SIGNALS:
    void finished(const QList<qtill::hal::DetectedDevice> &found);

private:
    explicit DetectionJob(QObject *parent) : QObject(parent) {}
    bool m_running = true;
};

} // namespace qtill::hal
