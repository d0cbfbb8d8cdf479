// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/server/HttpRouter.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>

#include <array>
#include <chrono>
#include <memory>
#include <optional>

class QTcpServer;

namespace Espalier {

class HttpConnection;
class ServerSocket;
class ServerTlsContext;

// The HTTP/1.1 server behind the device-facing HTTPS endpoints: accepts TLS connections, bounds
// every request before buffering it, and hands complete requests to the routes' handlers.
// Lives on the engine thread; every connection and handler runs on its event loop.
class HttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        // Request line and header fields together, leading blank lines included (431 beyond).
        qsizetype maxHeaderBytes = 16 * 1024;
        // Decoded body; a route may set its own (413 beyond).
        qint64 maxBodyBytes = 8 * 1024 * 1024;
        // A keep-alive connection with nothing in progress is closed after this.
        std::chrono::milliseconds idleTimeout{std::chrono::seconds(30)};
        // From a request's first byte to its last (slow headers or body: 408 and close).
        std::chrono::milliseconds requestTimeout{std::chrono::seconds(30)};
        std::chrono::milliseconds handshakeTimeout{std::chrono::seconds(5)};
        // After refusing a request whose rest may still be in flight, how long unread input is
        // drained so the refusal is not lost to a TCP reset.
        std::chrono::milliseconds lingerTimeout{std::chrono::seconds(2)};
        // A connection beyond this closes the longest-idle keep-alive connection to make room,
        // or is closed itself (for TLS, once its handshake is over) when every connection is
        // busy. TLS handshakes beyond this many in progress are closed at once.
        int maxConnections = 1000;
        int listenBacklog = 1024;
        // Requests read ahead on one connection while earlier ones wait for their answer.
        int maxPipelinedRequests = 16;
        // Requests parsed per connection in one event-loop turn before yielding to the others.
        int requestsPerTurn = 8;
    };

    // Why a request was answered by the server itself instead of a handler.
    enum class Refusal {
        Malformed,           // 400
        NotFound,            // 404
        MethodNotAllowed,    // 405
        RequestTimeout,      // 408
        BodyTooLarge,        // 413
        ExpectationFailed,   // 417
        HeadersTooLarge,     // 431
        VersionNotSupported, // 505
        TooManyConnections,  // closed without an answer
    };
    Q_ENUM(Refusal)
    static constexpr std::size_t RefusalCount = std::size_t(Refusal::TooManyConnections) + 1;

    struct Statistics
    {
        qsizetype openConnections = 0;
        quint64 acceptedConnections = 0;
        quint64 tlsHandshakeFailures = 0;
        // Idle keep-alive connections closed to make room for new ones.
        quint64 idleConnectionsClosedForRoom = 0;
        // Answers from handlers written out.
        quint64 requestsServed = 0;
        std::array<quint64, RefusalCount> refusals{};

        [[nodiscard]] quint64 refused(Refusal reason) const
        {
            return refusals[std::size_t(reason)];
        }
    };

    explicit HttpServer(QObject *parent = nullptr);
    explicit HttpServer(Limits limits, QObject *parent = nullptr);
    ~HttpServer() override;

    // The route's path is matched against HttpRequest::path(). Add routes before listen().
    void addRoute(QByteArrayList methods,
                  QString path,
                  HttpHandler handler,
                  HttpRouter::Match match = HttpRouter::Match::Exact,
                  std::optional<qint64> maxBodyBytes = std::nullopt);

    // Serves HTTPS with tls (which needs a certificate and key; TLS 1.2 is the minimum whatever it
    // asks). Without tls it serves plain HTTP, which is only for tests and refused on any address
    // but loopback. Port 0 picks a free port; see serverPort().
    [[nodiscard]] Result<void> listen(const QHostAddress &address,
                                      quint16 port,
                                      const std::optional<QSslConfiguration> &tls);
    // Stops listening and drops every connection; pending responders become no-ops.
    void close();

    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 serverPort() const;

    [[nodiscard]] const Limits &limits() const { return m_limits; }

    [[nodiscard]] Statistics statistics() const;

private:
    void accept(qintptr descriptor);
    void serve(ServerSocket *socket);
    [[nodiscard]] bool closeLongestIdle();
    void countRefusal(Refusal reason);

    Limits m_limits;
    HttpRouter m_router;
    QTcpServer *m_listener = nullptr;
    std::shared_ptr<const ServerTlsContext> m_tls;
    QSet<ServerSocket *> m_handshakes;
    QSet<HttpConnection *> m_connections;
    Statistics m_statistics;
};

} // namespace Espalier
