#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace qtill::hal::test {

/// A listener on 127.0.0.1 standing in for a network printer. It records every connection's bytes;
/// with answerStatus it also behaves like a bidirectional ESC/POS printer: DLE EOT n requests are
/// answered from `status` (n → byte) and not recorded as print data.
class FakeNetworkPrinter : public QObject
{
    Q_OBJECT

public:
    bool answerStatus = false;
    quint8 status[5] = {0, 0x12, 0x12, 0x12, 0x12}; ///< answers to DLE EOT 1..4 (all fine)

    bool listen(quint16 port = 0)
    {
        if (!m_server.listen(QHostAddress::LocalHost, port)) {
            return false;
        }
        connect(&m_server, &QTcpServer::newConnection, this, &FakeNetworkPrinter::accept, Qt::UniqueConnection);
        return true;
    }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    /// Print data received so far (all connections, in order).
    QByteArray received() const { return m_received; }
    int statusRequests() const { return m_statusRequests; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { consume(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }
    void consume(QTcpSocket *socket)
    {
        const QByteArray bytes = socket->readAll();
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (answerStatus && bytes[i] == 0x10 && i + 2 < bytes.size() && bytes[i + 1] == 0x04 && bytes[i + 2] >= 1
                && bytes[i + 2] <= 4) {
                ++m_statusRequests;
                socket->write(QByteArray(1, char(status[int(bytes[i + 2])])));
                i += 2;
                continue;
            }
            m_received += bytes[i];
        }
    }

    QTcpServer m_server;
    QByteArray m_received;
    int m_connections = 0;
    int m_statusRequests = 0;
};

} // namespace qtill::hal::test
