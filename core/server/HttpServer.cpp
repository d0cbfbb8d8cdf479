// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HttpServer.h"

#include "core/server/HttpConnection.h"
#include "core/server/HttpLogging.h"
#include "core/server/ServerSocket.h"

#include <QTcpServer>
#include <QTimer>

#include <sys/resource.h>

#include <csignal>
#include <functional>
#include <mutex>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// Hands each accepted descriptor over instead of wrapping it in a QTcpSocket.
class Listener final : public QTcpServer
{
public:
    Listener(std::function<void(qintptr)> accept, QObject *parent)
        : QTcpServer(parent)
        , m_accept(std::move(accept))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_accept(descriptor); }

private:
    std::function<void(qintptr)> m_accept;
};

// OpenSSL writes to the socket with write(2), which raises SIGPIPE when the client has reset
// the connection, and that signal would end the process. Ignored, the write fails with EPIPE
// and the connection is closed like any other failed one.
void ignoreBrokenPipes()
{
    static std::once_flag once;
    std::call_once(once, [] { std::signal(SIGPIPE, SIG_IGN); });
}

// Every connection is a descriptor, and a desktop session starts programs with a soft limit of
// 1,024 of them. Nothing here waits with select(), so the soft limit is raised to the hard one.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
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
        Result<std::shared_ptr<const ServerTlsContext>> context = ServerTlsContext::create(*tls);
        if (!context)
            return fail(context.error());
        m_tls = std::move(*context);
        ignoreBrokenPipes();
    } else {
        if (!address.isLoopback()) {
            return fail(Error::Code::InvalidInput,
                        tr("Plain HTTP is only served on a loopback address."),
                        address.toString());
        }
        m_tls.reset();
    }
    raiseDescriptorLimit();
    m_listener = new Listener([this](qintptr descriptor) { accept(descriptor); }, this);

    // Qt's default backlog of 50 drops connections in a burst of devices answering a push.
    m_listener->setListenBacklogSize(m_limits.listenBacklog);
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
    const QSet<ServerSocket *> handshakes = std::exchange(m_handshakes, {});
    for (ServerSocket *socket : handshakes)
        delete socket;
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

void HttpServer::accept(qintptr descriptor)
{
    // Handshakes in progress have a bound of their own; the connection limit applies once one
    // is over, when an idle connection can make room.
    if (m_handshakes.size() >= m_limits.maxConnections) {
        qCInfo(lcHttp) << "Refused a connection: too many TLS handshakes in progress";
        countRefusal(Refusal::TooManyConnections);
        ::close(int(descriptor));
        return;
    }
    auto *socket = new ServerSocket(descriptor, m_tls, this);
    if (!m_tls) {
        serve(socket);
        return;
    }
    m_handshakes.insert(socket);
    const auto failed = [this, socket] {
        if (!m_handshakes.remove(socket))
            return;
        ++m_statistics.tlsHandshakeFailures;
        qCDebug(lcHttp).noquote() << "TLS handshake with" << socket->peerAddress().toString()
                                  << "failed:"
                                  << (socket->errorString().isEmpty() ? u"timed out"_s
                                                                      : socket->errorString());
        socket->deleteLater();
    };
    connect(socket, &ServerSocket::handshakeFailed, this, failed);
    QTimer::singleShot(m_limits.handshakeTimeout, socket, failed);
    connect(socket, &ServerSocket::encrypted, this, [this, socket] {
        if (m_handshakes.remove(socket))
            serve(socket);
    });
}

void HttpServer::serve(ServerSocket *socket)
{
    if (m_connections.size() >= m_limits.maxConnections && !closeLongestIdle()) {
        qCInfo(lcHttp).noquote() << "Refused a connection from" << socket->peerAddress().toString()
                                 << "port" << socket->peerPort() << ": too many connections";
        countRefusal(Refusal::TooManyConnections);
        // Later: this may run inside the socket's own encrypted() signal.
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_statistics.acceptedConnections;
    auto *connection = new HttpConnection(socket, m_router, m_limits, this);
    m_connections.insert(connection);
    connect(connection, &HttpConnection::refused, this, &HttpServer::countRefusal);
    connect(connection, &HttpConnection::served, this, [this] { ++m_statistics.requestsServed; });
    connect(connection, &HttpConnection::closed, this, [this, connection] {
        m_connections.remove(connection);
        connection->deleteLater();
    });
}

bool HttpServer::closeLongestIdle()
{
    // A device that changes its TLS identity, or comes back after a push, opens its new
    // connection just as its old one goes quiet: the idle one gives way, not the newcomer.
    HttpConnection *longestIdle = nullptr;
    qint64 longest = -1;
    for (HttpConnection *connection : std::as_const(m_connections)) {
        const std::optional<qint64> idle = connection->idleFor();
        if (idle && *idle > longest) {
            longestIdle = connection;
            longest = *idle;
        }
    }
    if (!longestIdle)
        return false;
    ++m_statistics.idleConnectionsClosedForRoom;
    longestIdle->closeIdle();
    return true;
}

void HttpServer::countRefusal(Refusal reason)
{
    ++m_statistics.refusals[std::size_t(reason)];
}

} // namespace Espalier
