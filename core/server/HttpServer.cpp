// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HttpServer.h"

#include "core/server/HttpConnection.h"
#include "core/server/HttpLogging.h"

#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// TLS 1.0 and 1.1 are never negotiated, whatever the configuration asks for.
QSsl::SslProtocol atLeastTls12(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
    case QSsl::TlsV1_3:
    case QSsl::TlsV1_3OrLater:
        return protocol;
    default:
        return QSsl::TlsV1_2OrLater;
    }
}

} // namespace

HttpServer::HttpServer(QObject *parent)
    : HttpServer(Limits(), parent)
{}

HttpServer::HttpServer(Limits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{}

HttpServer::~HttpServer()
{
    close();
}

void HttpServer::addRoute(QByteArrayList methods,
                          QString path,
                          HttpHandler handler,
                          HttpRouter::Match match,
                          std::optional<qint64> maxBodyBytes)
{
    // Connections keep pointers into the route table.
    Q_ASSERT_X(!isListening(), "HttpServer::addRoute", "add routes before listen()");
    m_router.addRoute(
        {std::move(methods), std::move(path), match, std::move(handler), maxBodyBytes});
}

Result<void> HttpServer::listen(const QHostAddress &address,
                                quint16 port,
                                const std::optional<QSslConfiguration> &tls)
{
    if (isListening())
        return fail(Error::Code::Conflict, tr("The server is already listening."));

    if (tls) {
        if (!QSslSocket::supportsSsl())
            return fail(Error::Code::Tls,
                        tr("TLS is not available."),
                        QSslSocket::sslLibraryVersionString());
        if (tls->localCertificate().isNull() || tls->privateKey().isNull())
            return fail(Error::Code::Tls, tr("The server has no TLS certificate or key."));
        QSslConfiguration configuration = *tls;
        configuration.setProtocol(atLeastTls12(configuration.protocol()));
        configuration.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
        auto *server = new QSslServer(this);
        server->setSslConfiguration(configuration);
        server->setHandshakeTimeout(int(m_limits.handshakeTimeout.count()));
        // The server deletes a socket whose handshake failed; only count and log it here.
        connect(server,
                &QSslServer::errorOccurred,
                this,
                [this](QSslSocket *socket, QAbstractSocket::SocketError) {
                    ++m_statistics.tlsHandshakeFailures;
                    qCDebug(lcHttp).noquote()
                        << "TLS handshake with" << socket->peerAddress().toString()
                        << "failed:" << socket->errorString();
                });
        m_listener = server;
    } else {
        if (!address.isLoopback()) {
            return fail(Error::Code::InvalidInput,
                        tr("Plain HTTP is only served on a loopback address."),
                        address.toString());
        }
        m_listener = new QTcpServer(this);
    }

    // Qt's default backlog of 50 drops connections in a burst of devices answering a push.
    m_listener->setListenBacklogSize(m_limits.listenBacklog);
    m_listener->setMaxPendingConnections(m_limits.listenBacklog);
    connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending);
    if (!m_listener->listen(address, port)) {
        const QString detail = m_listener->errorString();
        std::exchange(m_listener, nullptr)->deleteLater();
        return fail(Error::Code::Network,
                    tr("Could not listen on %1 port %2.").arg(address.toString()).arg(port),
                    detail);
    }
    qCInfo(lcHttp).noquote() << "Listening on" << address.toString() << "port"
                             << m_listener->serverPort() << (tls ? "(HTTPS)" : "(plain HTTP)");
    return {};
}

void HttpServer::close()
{
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    const QSet<HttpConnection *> connections = m_connections;
    for (HttpConnection *connection : connections)
        connection->abort();
}

bool HttpServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

quint16 HttpServer::serverPort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

HttpServer::Statistics HttpServer::statistics() const
{
    Statistics statistics = m_statistics;
    statistics.openConnections = m_connections.size();
    return statistics;
}

void HttpServer::acceptPending()
{
    while (m_listener && m_listener->hasPendingConnections()) {
        QTcpSocket *socket = m_listener->nextPendingConnection();
        if (!socket)
            break;
        if (m_connections.size() >= m_limits.maxConnections) {
            qCInfo(lcHttp).noquote()
                << "Refused a connection from" << socket->peerAddress().toString() << "port"
                << socket->peerPort() << ": too many connections";
            countRefusal(Refusal::TooManyConnections);
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_statistics.acceptedConnections;
        auto *connection = new HttpConnection(socket, m_router, m_limits, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::refused, this, &HttpServer::countRefusal);
        connect(
            connection, &HttpConnection::served, this, [this] { ++m_statistics.requestsServed; });
        connect(connection, &HttpConnection::closed, this, [this, connection] {
            m_connections.remove(connection);
            connection->deleteLater();
        });
    }
}

void HttpServer::countRefusal(Refusal reason)
{
    ++m_statistics.refusals[std::size_t(reason)];
}

} // namespace Espalier
