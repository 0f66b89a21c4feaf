#include "hal/backends/serial/serialstreamworker.h"

#include "hal/msr/securebuffer.h"

#include <QCoreApplication>
#include <QSerialPort>

namespace qtill::hal {

namespace {

void configure(QSerialPort &port, const QVariantMap &p)
{
    port.setPortName(p.value(u"port"_qs).toString());
    port.setBaudRate(p.value(u"baud"_qs, 9600).toInt());
    const int dataBits = p.value(u"dataBits"_qs, 8).toInt();
    port.setDataBits(dataBits == 7 ? QSerialPort::Data7 : QSerialPort::Data8);
    const QString parity = p.value(u"parity"_qs, u"none"_qs).toString();
    port.setParity(parity == u"even" ? QSerialPort::EvenParity
                   : parity == u"odd" ? QSerialPort::OddParity
                                      : QSerialPort::NoParity);
    port.setStopBits(p.value(u"stopBits"_qs, 1).toInt() == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop);
    const QString flow = p.value(u"flowControl"_qs, u"none"_qs).toString();
    port.setFlowControl(flow == u"hardware" ? QSerialPort::HardwareControl
                        : flow == u"software" ? QSerialPort::SoftwareControl
                                              : QSerialPort::NoFlowControl);
}

} // namespace

SerialStreamWorker::SerialStreamWorker(QVariantMap params) : m_params(std::move(params))
{
    m_clock.start();
}

SerialStreamWorker::~SerialStreamWorker()
{
    stop();
}

QByteArray SerialStreamWorker::commandBytes(const QString &escaped)
{
    QByteArray out;
    const QByteArray in = escaped.toLatin1();
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '\\' || i + 1 >= in.size()) {
            out.append(c);
            continue;
        }
        const char e = in[++i];
        switch (e) {
        case 'r': out.append('\r'); break;
        case 'n': out.append('\n'); break;
        case 't': out.append('\t'); break;
        case '\\': out.append('\\'); break;
        case 'x': {
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok && i + 2 < in.size()) {
                out.append(char(v));
                i += 2;
            } else {
                out.append('x');
            }
            break;
        }
        default: out.append(e); break;
        }
    }
    return out;
}

QString SerialStreamWorker::deviceNoun() const
{
    return tr("device");
}

bool SerialStreamWorker::isOpen() const
{
    return m_port && m_port->isOpen();
}

void SerialStreamWorker::fail(ErrorKind kind, const QString &message, const QString &detail)
{
    Q_EMIT failed(DeviceError{kind, message, detail, true});
}

void SerialStreamWorker::start()
{
    stop();
    m_port = new QSerialPort(this);
    configure(*m_port, m_params);
    if (!m_port->open(QIODevice::ReadWrite)) {
        const auto error = m_port->error();
        const QString detail = m_port->portName() + u": "_qs + m_port->errorString();
        delete m_port;
        m_port = nullptr;
        if (error == QSerialPort::PermissionError) {
            fail(ErrorKind::PermissionDenied,
                 tr("Qtill may not use the serial port of the %1. Install Qtill's udev rules, or another program "
                    "is using the port.").arg(deviceNoun()),
                 detail);
        } else if (error == QSerialPort::DeviceNotFoundError) {
            fail(ErrorKind::Offline, tr("The %1 is not connected. Check its cable.").arg(deviceNoun()), detail);
        } else {
            fail(ErrorKind::Busy, tr("The %1's serial port could not be opened.").arg(deviceNoun()), detail);
        }
        return;
    }
    connect(m_port, &QSerialPort::readyRead, this, &SerialStreamWorker::readAvailable);
    connect(m_port, &QSerialPort::errorOccurred, this,
            [this](QSerialPort::SerialPortError e) { portError(int(e)); });
    handleReset();
    Q_EMIT opened(m_port->portName());
}

void SerialStreamWorker::stop()
{
    if (!m_port)
        return;
    m_port->disconnect(this);
    m_port->close();
    delete m_port;
    m_port = nullptr;
    handleReset();
}

void SerialStreamWorker::readAvailable()
{
    if (!m_port)
        return;
    QByteArray bytes = m_port->readAll();
    if (bytes.isEmpty())
        return;
    feed(bytes);
    // Our copy may hold card data (serial card readers): overwrite it before it is freed.
    secureWipe(bytes.data(), size_t(bytes.size()));
}

void SerialStreamWorker::feed(QByteArrayView bytes)
{
    handleBytes(bytes);
}

void SerialStreamWorker::portError(int error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || !m_port)
        return;
    // ResourceError is the documented sign of an unplugged device, but a hung-up line can also
    // surface as Read/Unknown errors. Either way: close, report Offline, and let the manager's
    // reconnect find out whether the port is really back.
    const QString detail = m_port->portName() + u": "_qs + m_port->errorString();
    stop();
    fail(ErrorKind::Offline, tr("The %1 was disconnected. Plug it in again.").arg(deviceNoun()), detail);
}

void SerialStreamWorker::write(const QByteArray &bytes, int id)
{
    if (!m_port || !m_port->isOpen()) {
        fail(ErrorKind::Offline, tr("The %1 is not connected. Check its cable.").arg(deviceNoun()),
             u"write while the port is closed"_qs);
        return;
    }
    if (m_port->write(bytes) != bytes.size() || !m_port->waitForBytesWritten(2000)) {
        fail(ErrorKind::Timeout, tr("The %1 did not accept the data.").arg(deviceNoun()),
             m_port->portName() + u": "_qs + m_port->errorString());
        return;
    }
    Q_EMIT written(id);
}

} // namespace qtill::hal
