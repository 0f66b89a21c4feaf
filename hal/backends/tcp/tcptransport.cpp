#include "hal/backends/tcp/tcptransport.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace qtill::hal {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::hal::TcpTransport", text);
}
} // namespace

TcpTransport::TcpTransport(Options options)
    : m_options(std::move(options))
{
}

TcpTransport::~TcpTransport()
{
    disconnect();
}

QString TcpTransport::address() const
{
    return QStringLiteral("tcp://%1:%2").arg(m_options.host).arg(m_options.port);
}

bool TcpTransport::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

Outcome TcpTransport::connect()
{
    if (isConnected()) {
        return Outcome::success();
    }
    if (m_options.host.isEmpty()) {
        return Outcome::failure(ErrorKind::NotFound, tr("The network printer has no address. Enter its IP address in the device settings."));
    }
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(m_options.host, m_options.port);
    if (m_socket->waitForConnected(m_options.connectTimeoutMs)) {
        return Outcome::success();
    }
    const auto error = m_socket->error();
    const QString detail = address() + QStringLiteral(": ") + m_socket->errorString();
    m_socket->abort();
    m_socket.reset();
    if (error == QAbstractSocket::HostNotFoundError) {
        return Outcome::failure(ErrorKind::NotFound,
                                tr("The printer address %1 is unknown. Check the address in the device settings.")
                                    .arg(m_options.host),
                                detail);
    }
    return Outcome::failure(ErrorKind::Offline,
                            tr("The receipt printer at %1 does not answer. Check that it is switched on and "
                               "connected to the network.")
                                .arg(m_options.host),
                            detail);
}

void TcpTransport::disconnect()
{
    if (!m_socket) {
        return;
    }
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->flush();
        m_socket->disconnectFromHost();
        if (m_socket->state() != QAbstractSocket::UnconnectedState) {
            m_socket->waitForDisconnected(1000);
        }
    }
    m_socket->abort();
    m_socket.reset();
}

Outcome TcpTransport::send(const QByteArray &bytes)
{
    if (!isConnected()) {
        return Outcome::failure(ErrorKind::Offline, tr("The connection to the receipt printer was lost."),
                                address() + QStringLiteral(": not connected"));
    }
    if (m_socket->write(bytes) != bytes.size()) {
        const QString detail = address() + QStringLiteral(": ") + m_socket->errorString();
        disconnect();
        return Outcome::failure(ErrorKind::Offline, tr("The connection to the receipt printer was lost."), detail);
    }
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(m_options.writeTimeoutMs)) {
            const bool timedOut = m_socket->error() == QAbstractSocket::SocketTimeoutError;
            const QString detail = address() + QStringLiteral(": ") + m_socket->errorString();
            disconnect();
            if (timedOut) {
                return Outcome::failure(ErrorKind::Timeout,
                                        tr("The receipt printer stopped taking data. Check paper and cover."), detail);
            }
            return Outcome::failure(ErrorKind::Offline, tr("The connection to the receipt printer was lost."), detail);
        }
    }
    return Outcome::success();
}

QByteArray TcpTransport::read(int max, int timeoutMs)
{
    if (!isConnected()) {
        return {};
    }
    if (m_socket->bytesAvailable() == 0) {
        m_socket->waitForReadyRead(timeoutMs);
    }
    return m_socket ? m_socket->read(max) : QByteArray();
}

} // namespace qtill::hal
