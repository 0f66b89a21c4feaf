// The printer transports that need no network: /dev/usb/lpN (a file stands in for the device node),
// serial (a pseudo-terminal stands in for the printer's port, answering DLE EOT like a printer), and
// libusb (enumeration runs; a printer that is not there is a clean error).
#include "hal/backends/serial/serialprintertransport.h"
#include "hal/backends/usb/libusbtransport.h"
#include "hal/backends/usblp/usblptransport.h"
#include "hal/devicemanager.h"
#include "hal/escpos/escposencoder.h"
#include "hal/escpos/escposprinter.h"
#include "receipts.h"
#include "waituntil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using namespace qtill::hal;
using namespace qtill::hal::test;

namespace {

QByteArray encoded(const ReceiptDocument &receipt)
{
    return EscPosEncoder(PaperProfile::mm80()).encode(receipt);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The master side of a pseudo-terminal: the "printer" at the other end of a serial cable.
class PtyPrinter
{
public:
    PtyPrinter()
    {
        m_master = posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
        if (m_master >= 0 && grantpt(m_master) == 0 && unlockpt(m_master) == 0) {
            m_slave = QString::fromLocal8Bit(ptsname(m_master));
        }
    }
    ~PtyPrinter()
    {
        if (m_master >= 0) {
            ::close(m_master);
        }
    }
    bool isValid() const { return !m_slave.isEmpty(); }
    QString port() const { return m_slave; }

    /// Reads what arrived; answers DLE EOT n with `status[n]` and keeps the rest as print data.
    void serve()
    {
        char buffer[4096];
        ssize_t n;
        while ((n = ::read(m_master, buffer, sizeof(buffer))) > 0) {
            m_pending.append(buffer, n);
        }
        qsizetype i = 0;
        while (i < m_pending.size()) {
            if (m_pending[i] == 0x10) {
                if (i + 2 >= m_pending.size()) {
                    break; // wait for the rest of the request
                }
                if (m_pending[i + 1] == 0x04 && m_pending[i + 2] >= 1 && m_pending[i + 2] <= 4) {
                    const char answer = char(status[int(m_pending[i + 2])]);
                    [[maybe_unused]] const auto written = ::write(m_master, &answer, 1);
                    ++statusRequests;
                    i += 3;
                    continue;
                }
            }
            received += m_pending[i++];
        }
        m_pending.remove(0, i);
    }

    QByteArray received;
    int statusRequests = 0;
    quint8 status[5] = {0, 0x12, 0x12, 0x12, 0x12};

private:
    int m_master = -1;
    QString m_slave;
    QByteArray m_pending;
};

} // namespace

TEST(UsbLpTransport, WritesExactlyTheBytesToTheDeviceNode)
{
    QTemporaryDir dir;
    const QString node = dir.filePath(QStringLiteral("lp0"));
    QFile(node).open(QIODevice::WriteOnly); // the device node exists
    UsbLpTransport transport({node, false, 2000});
    ASSERT_TRUE(transport.connect());
    const QByteArray bytes = encoded(chineseReceipt());
    ASSERT_TRUE(transport.send(bytes));
    transport.disconnect();
    EXPECT_EQ(readFile(node), bytes);
    EXPECT_FALSE(transport.isBidirectional());
    EXPECT_TRUE(transport.read(1, 10).isEmpty());
}

TEST(UsbLpTransport, AnUnpluggedPrinterIsOfflineNotACrash)
{
    UsbLpTransport transport({QStringLiteral("/nonexistent/usb/lp7"), false, 1000});
    const Outcome link = transport.connect();
    ASSERT_FALSE(link);
    EXPECT_EQ(link.error().kind, ErrorKind::Offline);
    EXPECT_EQ(link.message(),
              QStringLiteral("The USB receipt printer is not connected. Check the cable and that it is switched on."));
    EXPECT_TRUE(link.detail().startsWith(QStringLiteral("/nonexistent/usb/lp7: ")));
    EXPECT_FALSE(transport.send("x"));
}

TEST(UsbLpTransport, DetectListsTheNodes)
{
    QTemporaryDir dir;
    QFile(dir.filePath(QStringLiteral("lp0"))).open(QIODevice::WriteOnly);
    QFile(dir.filePath(QStringLiteral("lp1"))).open(QIODevice::WriteOnly);
    QFile(dir.filePath(QStringLiteral("hiddev0"))).open(QIODevice::WriteOnly);
    const QList<DetectedDevice> found = UsbLpTransport::detect(dir.path());
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].params.value(QStringLiteral("path")).toString(), dir.filePath(QStringLiteral("lp0")));
    EXPECT_EQ(found[0].backend, QStringLiteral("usblp"));
    EXPECT_TRUE(found[1].name.endsWith(QStringLiteral("lp1)")));
}

TEST(SerialPrinterTransport, SendsBytesAndReadsTheStatusAnswer)
{
    PtyPrinter printer;
    if (!printer.isValid()) {
        GTEST_SKIP() << "no pseudo-terminals here";
    }
    SerialPrinterTransport transport({printer.port(), 19200, SerialPrinterTransport::FlowControl::None, true, 2000});
    ASSERT_TRUE(transport.connect()) << transport.connect().detail().toStdString();
    const QByteArray bytes = encoded(englishReceipt());
    ASSERT_TRUE(transport.send(bytes));
    ASSERT_TRUE(waitUntil([&] {
        printer.serve();
        return printer.received.size() >= bytes.size();
    }));
    EXPECT_EQ(printer.received, bytes);

    ASSERT_TRUE(transport.send(EscPosEncoder::statusRequest(EscPosEncoder::StatusRequest::PaperSensor)));
    waitUntil([&] {
        printer.serve();
        return printer.statusRequests == 1;
    });
    EXPECT_EQ(transport.read(1, 1000), QByteArray(1, 0x12));
}

TEST(SerialPrinterTransport, PrinterOnASerialPortReportsPaperOutAndRecovers)
{
    PtyPrinter pty;
    if (!pty.isValid()) {
        GTEST_SKIP() << "no pseudo-terminals here";
    }
    pty.status[4] = 0x12 | 0x60; // paper out
    DeviceManager manager;
    PrinterSettings fast;
    fast.retryIntervalMs = 50;
    fast.statusIntervalMs = 0;
    fast.statusTimeoutMs = 300;
    const SerialPrinterTransport::Options options{pty.port(), 9600, SerialPrinterTransport::FlowControl::None, true, 2000};
    auto owned = std::make_unique<EscPosPrinter>(
        DeviceInfo{QStringLiteral("printer"), DeviceCategory::ReceiptPrinter, {}, QStringLiteral("serial"), {}},
        PaperProfile::mm80(), [options] { return std::make_unique<SerialPrinterTransport>(options); }, fast);
    EscPosPrinter *printer = owned.get();
    ASSERT_TRUE(manager.add(std::move(owned)));
    QList<DeviceError> errors;
    QList<int> completed;
    QObject::connect(printer, &Device::errorOccurred, [&](const DeviceError &e) { errors << e; });
    QObject::connect(printer, &Device::outputCompleted, [&](int id) { completed << id; });
    ASSERT_TRUE(manager.start(printer, QStringLiteral("checkout")));

    const PrintSubmission job = printer->print(chineseReceipt());
    ASSERT_TRUE(waitUntil([&] {
        pty.serve();
        return !errors.isEmpty();
    }));
    EXPECT_EQ(errors.first().kind, ErrorKind::PaperOut);
    pty.status[4] = 0x12;
    ASSERT_TRUE(waitUntil([&] {
        pty.serve();
        return completed.contains(job.jobId) && pty.received.size() >= encoded(chineseReceipt()).size();
    }));
    EXPECT_EQ(pty.received, encoded(chineseReceipt()));
}

TEST(SerialPrinterTransport, AMissingPortIsOffline)
{
    SerialPrinterTransport transport(
        {QStringLiteral("/dev/ttyQTILL-none"), 9600, SerialPrinterTransport::FlowControl::Hardware, true, 1000});
    const Outcome link = transport.connect();
    ASSERT_FALSE(link);
    EXPECT_TRUE(link.error().kind == ErrorKind::Offline || link.error().kind == ErrorKind::PermissionDenied);
    EXPECT_FALSE(link.message().isEmpty());
}

TEST(LibUsbTransport, ListsADeviceAskedForByItsIds)
{
    // A device on this machine's bus (a root hub at least), asked for by VID:PID the way a receipt
    // printer that does not announce the printer class is: listed, with the ids the settings store.
    const QDir devices(QStringLiteral("/sys/bus/usb/devices"));
    QString vid;
    QString pid;
    for (const QString &name : devices.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile v(devices.filePath(name + QStringLiteral("/idVendor")));
        QFile p(devices.filePath(name + QStringLiteral("/idProduct")));
        if (v.open(QIODevice::ReadOnly) && p.open(QIODevice::ReadOnly)) {
            vid = QString::fromLatin1(v.readAll().trimmed());
            pid = QString::fromLatin1(p.readAll().trimmed());
            break;
        }
    }
    if (vid.isEmpty() || !QFileInfo::exists(QStringLiteral("/dev/bus/usb")))
        GTEST_SKIP() << "no USB bus is visible on this machine";
    QString error;
    const QList<DetectedDevice> found =
        LibUsbTransport::detect(&error, {UsbPrinterSelector{vid.toUShort(nullptr, 16), pid.toUShort(nullptr, 16), {}}});
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    bool listed = false;
    for (const DetectedDevice &d : found) {
        EXPECT_EQ(d.backend, QStringLiteral("usb"));
        EXPECT_EQ(d.category, DeviceCategory::ReceiptPrinter);
        listed = listed || (d.params.value(QStringLiteral("vid")).toString() == vid
                            && d.params.value(QStringLiteral("pid")).toString() == pid);
    }
    EXPECT_TRUE(listed) << vid.toStdString() << ":" << pid.toStdString() << " not among " << found.size();
}

TEST(LibUsbTransport, APrinterThatIsNotThereIsACleanError)
{
    LibUsbTransport transport({UsbPrinterSelector{0xffff, 0xfffe, {}}, 1000});
    EXPECT_EQ(transport.address(), QStringLiteral("usb:ffff:fffe"));
    const Outcome link = transport.connect();
    ASSERT_FALSE(link);
    EXPECT_FALSE(transport.isConnected());
    if (link.error().kind == ErrorKind::Failure) {
        EXPECT_EQ(link.message(), QStringLiteral("USB devices cannot be used on this computer."));
    } else {
        EXPECT_EQ(link.error().kind, ErrorKind::Offline);
        EXPECT_EQ(link.message(), QStringLiteral("The USB receipt printer (usb:ffff:fffe) is not connected. Check the "
                                                 "cable and that it is switched on."));
    }
    EXPECT_FALSE(transport.send("x"));
    EXPECT_TRUE(transport.read(1, 10).isEmpty());
}
