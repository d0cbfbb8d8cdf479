// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <vector>

// Loopback ports for tests that run side by side (ctest -j): a port probed and closed is free
// only until another test's port-0 listener or outgoing connection takes it.
namespace Espalier {

// A port that refuses connections for as long as this object lives: a socket is bound to it and
// never listens, and the binding is not shared, so no other listener can take the port.
class RefusingPort final
{
public:
    RefusingPort() { m_socket.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress); }

    [[nodiscard]] bool isValid() const { return m_socket.state() == QAbstractSocket::BoundState; }

    [[nodiscard]] quint16 port() const { return m_socket.localPort(); }

private:
    QTcpSocket m_socket;
};

// `count` different ports that are free now, for a server that binds them later (perhaps again
// and again, across restarts). They are taken below Linux's ephemeral range (32768 and up), out
// of the way of the port-0 listeners and outgoing connections of other tests. Empty when that
// many could not be found.
inline QList<quint16> portsForLater(int count = 1)
{
    QList<quint16> ports;
    std::vector<std::unique_ptr<QTcpServer>> probes; // held until every port is found
    for (int attempt = 0; attempt < 1000 && ports.size() < count; ++attempt) {
        const auto port = quint16(20000 + QRandomGenerator::global()->bounded(12768));
        auto probe = std::make_unique<QTcpServer>();
        if (ports.contains(port) || !probe->listen(QHostAddress::LocalHost, port))
            continue;
        ports.append(port);
        probes.push_back(std::move(probe));
    }
    return ports.size() == count ? ports : QList<quint16>();
}

} // namespace Espalier
