#include "hal/backends/serial/serialprintertransport.h"

#include <QCoreApplication>
#include <QSerialPort>

namespace qtill::hal {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::hal::SerialPrinterTransport", text);
}
} // namespace

SerialPrinterTransport::SerialPrinterTransport(Options options)
    : m_options(std::move(options))
{
}

SerialPrinterTransport::~SerialPrinterTransport()
{
    disconnect();
}

bool SerialPrinterTransport::isConnected() const
{
    return m_port && m_port->isOpen();
}

QString SerialPrinterTransport::address() const
{
    return QStringLiteral("serial:%1@%2").arg(m_options.port).arg(m_options.baudRate);
}

Outcome SerialPrinterTransport::connect()
{
    if (isConnected()) {
        return Outcome::success();
    }
    m_port = std::make_unique<QSerialPort>();
    m_port->setPortName(m_options.port);
    if (m_port->open(QIODevice::ReadWrite) && m_port->setBaudRate(m_options.baudRate)
        && m_port->setDataBits(QSerialPort::Data8) && m_port->setParity(QSerialPort::NoParity)
        && m_port->setStopBits(QSerialPort::OneStop) && m_port->setFlowControl(m_options.flowControl == FlowControl::Hardware   ? QSerialPort::HardwareControl
                                  : m_options.flowControl == FlowControl::Software ? QSerialPort::SoftwareControl
                                                                                   : QSerialPort::NoFlowControl)) {
        return Outcome::success();
    }
    const auto error = m_port->error();
    const QString detail = address() + QStringLiteral(": ") + m_port->errorString();
    m_port.reset();
    if (error == QSerialPort::PermissionError) {
        return Outcome::failure(ErrorKind::PermissionDenied,
                                tr("Qtill may not use the serial port %1, or another program has it open. Install "
                                   "the udev rules that come with Qtill (installer/udev).")
                                    .arg(m_options.port),
                                detail);
    }
    return Outcome::failure(ErrorKind::Offline,
                            tr("The printer on %1 is not connected. Check the cable and that it is switched on.")
                                .arg(m_options.port),
                            detail);
}

void SerialPrinterTransport::disconnect()
{
    if (m_port) {
        m_port->close();
        m_port.reset();
    }
}

Outcome SerialPrinterTransport::send(const QByteArray &bytes)
{
    if (!isConnected()) {
        return Outcome::failure(ErrorKind::Offline, tr("The serial printer is not connected."),
                                address() + QStringLiteral(": not open"));
    }
    if (m_port->write(bytes) != bytes.size()) {
        const QString detail = address() + QStringLiteral(": ") + m_port->errorString();
        disconnect();
        return Outcome::failure(ErrorKind::Offline, tr("The serial printer was disconnected."), detail);
    }
    while (m_port->bytesToWrite() > 0) {
        if (!m_port->waitForBytesWritten(m_options.writeTimeoutMs)) {
            const bool timedOut = m_port->error() == QSerialPort::TimeoutError || m_port->error() == QSerialPort::NoError;
            const QString detail = address() + QStringLiteral(": ") + m_port->errorString();
            disconnect();
            if (timedOut) {
                return Outcome::failure(ErrorKind::Timeout,
                                        tr("The receipt printer stopped taking data. Check paper and cover."), detail);
            }
            return Outcome::failure(ErrorKind::Offline, tr("The serial printer was disconnected."), detail);
        }
    }
    return Outcome::success();
}

QByteArray SerialPrinterTransport::read(int max, int timeoutMs)
{
    if (!isConnected()) {
        return {};
    }
    if (m_port->bytesAvailable() == 0) {
        m_port->waitForReadyRead(timeoutMs);
    }
    return m_port ? m_port->read(max) : QByteArray();
}

} // namespace qtill::hal
