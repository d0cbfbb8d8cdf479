// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/HttpRequest.h"
#include "core/server/HttpRequestParser.h"
#include "core/server/HttpResponse.h"
#include "core/server/HttpRouter.h"
#include "core/server/HttpServer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <optional>

namespace Espalier {

class ServerSocket;

// One client connection: reads requests, applies the server's limits, hands complete requests
// to their handlers and writes the answers back strictly in request order. Created and owned by
// HttpServer on its thread; after closed() the server deletes it later, which turns every
// outstanding responder into a no-op.
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of socket, which must be connected (and encrypted, for TLS).
    HttpConnection(ServerSocket *socket,
                   const HttpRouter &router,
                   const HttpServer::Limits &limits,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    // Whether exchange is still waiting for an answer on a live connection.
    [[nodiscard]] bool isWaitingFor(quint64 exchange) const;
    // Answers exchange; ignored when it is not waiting (answered already, or connection gone).
    void respond(quint64 exchange, HttpResponse response);
    // Drops the connection at once, without answering what is pending.
    void abort();
    // Between requests with every answer sent: for how many milliseconds it has been so. Empty
    // while a request or an answer is in progress.
    [[nodiscard]] std::optional<qint64> idleFor() const;
    // Closes an idle connection now, as its idle timeout would.
    void closeIdle();

Q_SIGNALS:
    // Emitted once, when the socket is gone; nothing more happens on this connection.
    void closed();
    void refused(Espalier::HttpServer::Refusal reason);
    void served();

private:
    enum class Phase {
        Reading,
        // No more requests are read; the answers still due are written, then the socket closes.
        Finishing,
        // The last answer is out; unread input is drained until the peer closes or time runs out.
        Lingering,
        Closing,
        Closed,
    };

    // One request in the order it arrived, from its headers until its answer is written.
    struct Exchange
    {
        quint64 id = 0;
        bool head = false;
        bool keepAlive = true;
        bool http10 = false;
        bool continueDue = false;
        bool answered = false;
        bool fromHandler = false;
        bool closeAfter = false;
        bool lingerAfter = false;
        QByteArray wire;
    };

    void processInput();
    void scheduleProcessInput();
    [[nodiscard]] bool canReadAhead() const;
    void onHeadersComplete();
    void onMessageComplete();
    void onParseFailure();
    void onRequestTimeout();
    [[nodiscard]] Exchange &currentExchange();
    [[nodiscard]] Exchange *findExchange(quint64 id);
    // Answers exchange without a handler and logs the reason once; with close, reads no further
    // requests and closes after this answer.
    void refuse(Exchange &exchange,
                HttpServer::Refusal reason,
                int status,
                const QString &detail,
                bool close);
    void answer(Exchange &exchange, const HttpResponse &response);
    void flush();
    void finish(bool linger);
    void onCloseTimer();
    void updateIdleTimer();
    void startIdleTimer();
    void teardown();
    [[nodiscard]] QByteArray serialize(const HttpResponse &response,
                                       const Exchange &exchange) const;

    ServerSocket *m_socket;
    const HttpRouter &m_router;
    const HttpServer::Limits m_limits;
    HttpRequestParser m_parser;
    Phase m_phase = Phase::Reading;

    // Read from the socket, parsed up to m_inputOffset.
    QByteArray m_input;
    qsizetype m_inputOffset = 0;
    bool m_processScheduled = false;
    bool m_readPaused = false;

    std::deque<Exchange> m_exchanges;
    quint64 m_nextExchange = 1;
    // The request being read, from its headers to its end.
    quint64 m_currentExchange = 0;
    HttpRequest m_current;
    const HttpRouter::Route *m_currentRoute = nullptr;
    std::optional<HttpServer::Refusal> m_currentRefusal;
    QByteArrayList m_currentAllow;

    QTimer m_idleTimer;
    // Started with m_idleTimer, whose own remaining time is coarse (a 30 s timer may fire 1.5 s
    // early or late), too coarse to tell which connection has been idle longest.
    QElapsedTimer m_idleSince;
    QTimer m_requestTimer;
    QTimer m_closeTimer;
};

} // namespace Espalier
