#include "hal/backends/usb/libusbtransport.h"

#include <QCoreApplication>

#include <libusb.h>

namespace qtill::hal {

namespace {

constexpr int kPrinterClass = 7;

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::hal::LibUsbTransport", text);
}

QString hex4(quint16 value)
{
    return QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0'));
}

/// The printer interface of a device: its number, alt setting and bulk endpoints.
struct PrinterInterface
{
    int number = -1;
    int altSetting = 0;
    unsigned char out = 0;
    unsigned char in = 0;
};

PrinterInterface findInterface(libusb_device *device, bool anyClass)
{
    PrinterInterface found;
    libusb_config_descriptor *config = nullptr;
    if (libusb_get_active_config_descriptor(device, &config) != 0
        && libusb_get_config_descriptor(device, 0, &config) != 0) {
        return found;
    }
    for (int i = 0; i < config->bNumInterfaces && found.number < 0; ++i) {
        const libusb_interface &interface = config->interface[i];
        for (int a = 0; a < interface.num_altsetting; ++a) {
            const libusb_interface_descriptor &alt = interface.altsetting[a];
            if (!anyClass && alt.bInterfaceClass != kPrinterClass) {
                continue;
            }
            PrinterInterface candidate{alt.bInterfaceNumber, alt.bAlternateSetting, 0, 0};
            for (int e = 0; e < alt.bNumEndpoints; ++e) {
                const libusb_endpoint_descriptor &ep = alt.endpoint[e];
                if ((ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK) != LIBUSB_TRANSFER_TYPE_BULK) {
                    continue;
                }
                if (ep.bEndpointAddress & LIBUSB_ENDPOINT_IN) {
                    candidate.in = candidate.in ? candidate.in : ep.bEndpointAddress;
                } else {
                    candidate.out = candidate.out ? candidate.out : ep.bEndpointAddress;
                }
            }
            // Prefer the bidirectional alt setting (protocol 2) when there is one.
            if (candidate.out && (found.number < 0 || (candidate.in && !found.in))) {
                found = candidate;
            }
        }
    }
    libusb_free_config_descriptor(config);
    return found;
}

QString stringDescriptor(libusb_device_handle *handle, uint8_t index)
{
    if (!handle || index == 0) {
        return {};
    }
    unsigned char buffer[256] = {};
    const int n = libusb_get_string_descriptor_ascii(handle, index, buffer, sizeof(buffer));
    return n > 0 ? QString::fromLatin1(reinterpret_cast<const char *>(buffer), n).trimmed() : QString();
}

bool matches(const UsbPrinterSelector &selector, const libusb_device_descriptor &descriptor)
{
    return (selector.vendorId == 0 || selector.vendorId == descriptor.idVendor)
           && (selector.productId == 0 || selector.productId == descriptor.idProduct);
}

} // namespace

LibUsbTransport::LibUsbTransport(Options options)
    : m_options(std::move(options))
{
}

LibUsbTransport::~LibUsbTransport()
{
    disconnect();
    if (m_context) {
        libusb_exit(m_context);
    }
}

QString LibUsbTransport::address() const
{
    const UsbPrinterSelector &s = m_options.selector;
    if (s.vendorId == 0 && s.productId == 0) {
        return QStringLiteral("usb:printer-class");
    }
    return QStringLiteral("usb:%1:%2").arg(hex4(s.vendorId), hex4(s.productId))
           + (s.serialNumber.isEmpty() ? QString() : QLatin1Char('/') + s.serialNumber);
}

Outcome LibUsbTransport::failure(int libusbError, const QString &message, ErrorKind kind)
{
    return Outcome::failure(kind, message,
                            address() + QStringLiteral(": ") + QString::fromUtf8(libusb_strerror(libusbError)));
}

Outcome LibUsbTransport::connect()
{
    if (m_handle) {
        return Outcome::success();
    }
    if (!m_context) {
        if (const int rc = libusb_init(&m_context); rc != 0) {
            m_context = nullptr;
            return failure(rc, tr("USB devices cannot be used on this computer."), ErrorKind::Failure);
        }
    }
    const UsbPrinterSelector &selector = m_options.selector;
    const bool overridden = selector.vendorId != 0 || selector.productId != 0;
    libusb_device **list = nullptr;
    const ssize_t count = libusb_get_device_list(m_context, &list);
    Outcome result = Outcome::failure(
        ErrorKind::Offline,
        tr("The USB receipt printer (%1) is not connected. Check the cable and that it is switched on.").arg(address()),
        address() + QStringLiteral(": no matching device among %1").arg(count < 0 ? 0 : count));
    for (ssize_t i = 0; i < count && !m_handle; ++i) {
        libusb_device *device = list[i];
        libusb_device_descriptor descriptor{};
        if (libusb_get_device_descriptor(device, &descriptor) != 0 || !matches(selector, descriptor)) {
            continue;
        }
        const PrinterInterface printer = findInterface(device, overridden);
        if (printer.number < 0) {
            continue;
        }
        libusb_device_handle *handle = nullptr;
        if (const int rc = libusb_open(device, &handle); rc != 0) {
            result = rc == LIBUSB_ERROR_ACCESS
                         ? failure(rc,
                                   tr("Qtill may not use the USB printer. Install the udev rules that come with Qtill "
                                      "(installer/udev) and plug the printer in again."),
                                   ErrorKind::PermissionDenied)
                         : failure(rc, tr("The USB receipt printer cannot be opened."), ErrorKind::Offline);
            continue;
        }
        if (!selector.serialNumber.isEmpty()
            && stringDescriptor(handle, descriptor.iSerialNumber) != selector.serialNumber) {
            libusb_close(handle);
            continue;
        }
        // Take the interface from usblp (given back on release).
        if (libusb_set_auto_detach_kernel_driver(handle, 1) == LIBUSB_ERROR_NOT_SUPPORTED
            && libusb_kernel_driver_active(handle, printer.number) == 1) {
            libusb_detach_kernel_driver(handle, printer.number);
        }
        if (const int rc = libusb_claim_interface(handle, printer.number); rc != 0) {
            result = rc == LIBUSB_ERROR_BUSY
                         ? failure(rc, tr("The USB printer is in use by another program (for example the printing "
                                          "service). Remove it there or choose the CUPS queue instead."),
                                   ErrorKind::Busy)
                         : failure(rc, tr("The USB receipt printer cannot be opened."), ErrorKind::Offline);
            libusb_close(handle);
            continue;
        }
        if (printer.altSetting != 0) {
            libusb_set_interface_alt_setting(handle, printer.number, printer.altSetting);
        }
        m_handle = handle;
        m_interface = printer.number;
        m_endpointOut = printer.out;
        m_endpointIn = printer.in;
        result = Outcome::success();
    }
    if (count >= 0) {
        libusb_free_device_list(list, 1);
    }
    return result;
}

void LibUsbTransport::disconnect()
{
    if (!m_handle) {
        return;
    }
    libusb_release_interface(m_handle, m_interface);
    libusb_close(m_handle);
    m_handle = nullptr;
    m_interface = -1;
    m_endpointOut = 0;
    m_endpointIn = 0;
}

Outcome LibUsbTransport::send(const QByteArray &bytes)
{
    if (!m_handle) {
        return Outcome::failure(ErrorKind::Offline, tr("The USB receipt printer is not connected."),
                                address() + QStringLiteral(": not open"));
    }
    qsizetype sent = 0;
    bool clearedHalt = false;
    while (sent < bytes.size()) {
        const int chunk = int(std::min<qsizetype>(bytes.size() - sent, 4096));
        int transferred = 0;
        const int rc = libusb_bulk_transfer(m_handle, m_endpointOut,
                                            reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.constData() + sent)),
                                            chunk, &transferred, (unsigned int)m_options.timeoutMs);
        sent += transferred;
        if (rc == 0) {
            continue;
        }
        if (rc == LIBUSB_ERROR_PIPE && !clearedHalt) {
            clearedHalt = true;
            libusb_clear_halt(m_handle, m_endpointOut);
            continue;
        }
        Outcome error = rc == LIBUSB_ERROR_TIMEOUT
                            ? failure(rc, tr("The receipt printer stopped taking data. Check paper and cover."),
                                      ErrorKind::Timeout)
                            : failure(rc, tr("The USB receipt printer was unplugged or switched off."),
                                      ErrorKind::Offline);
        disconnect();
        return error;
    }
    return Outcome::success();
}

QByteArray LibUsbTransport::read(int max, int timeoutMs)
{
    if (!m_handle || !m_endpointIn) {
        return {};
    }
    QByteArray buffer(std::max(max, 64), Qt::Uninitialized); // full packets only
    int transferred = 0;
    const int rc = libusb_bulk_transfer(m_handle, m_endpointIn, reinterpret_cast<unsigned char *>(buffer.data()),
                                        int(buffer.size()), &transferred, (unsigned int)std::max(timeoutMs, 1));
    if (rc != 0 && rc != LIBUSB_ERROR_TIMEOUT) {
        return {};
    }
    buffer.resize(std::min(transferred, max));
    return buffer;
}

QList<DetectedDevice> LibUsbTransport::detect(QString *error, const QList<UsbPrinterSelector> &extra)
{
    QList<DetectedDevice> found;
    libusb_context *context = nullptr;
    if (const int rc = libusb_init(&context); rc != 0) {
        if (error) {
            *error = QString::fromUtf8(libusb_strerror(rc));
        }
        return found;
    }
    libusb_device **list = nullptr;
    const ssize_t count = libusb_get_device_list(context, &list);
    for (ssize_t i = 0; i < count; ++i) {
        libusb_device *device = list[i];
        libusb_device_descriptor descriptor{};
        if (libusb_get_device_descriptor(device, &descriptor) != 0) {
            continue;
        }
        bool wanted = findInterface(device, false).number >= 0;
        for (const UsbPrinterSelector &selector : extra) {
            wanted = wanted || ((selector.vendorId || selector.productId) && matches(selector, descriptor));
        }
        if (!wanted) {
            continue;
        }
        QString maker;
        QString product;
        QString serial;
        libusb_device_handle *handle = nullptr;
        if (libusb_open(device, &handle) == 0) {
            maker = stringDescriptor(handle, descriptor.iManufacturer);
            product = stringDescriptor(handle, descriptor.iProduct);
            serial = stringDescriptor(handle, descriptor.iSerialNumber);
            libusb_close(handle);
        }
        const QString ids = hex4(descriptor.idVendor) + QLatin1Char(':') + hex4(descriptor.idProduct);
        const QString label = QString(maker + QLatin1Char(' ') + product).trimmed();
        DetectedDevice d;
        d.category = DeviceCategory::ReceiptPrinter;
        d.backend = QStringLiteral("usb");
        d.name = (label.isEmpty() ? tr("USB printer") : label) + QStringLiteral(" (USB ") + ids + QLatin1Char(')');
        d.params = {{QStringLiteral("vid"), hex4(descriptor.idVendor)}, {QStringLiteral("pid"), hex4(descriptor.idProduct)}};
        if (!serial.isEmpty()) {
            d.params.insert(QStringLiteral("serial"), serial);
        }
        found.append(d);
    }
    if (count >= 0) {
        libusb_free_device_list(list, 1);
    } else if (error) {
        *error = QString::fromUtf8(libusb_strerror(int(count)));
    }
    libusb_exit(context);
    return found;
}

} // namespace qtill::hal
