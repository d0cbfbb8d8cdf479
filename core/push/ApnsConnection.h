// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include <chrono>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

class QSslSocket;
class QTimer;
struct nghttp2_session;

namespace Espalier {

// One HTTP/2 connection to APNs: libnghttp2 over a QSslSocket (ALPN h2, TCP_NODELAY) that
// presents the push certificate as its client certificate. It carries requests and reports what
// became of each; ApnsClient decides what goes on which connection. Every submitted request ends
// in exactly one of answered(), streamFailed() or the unanswered list of closed(). Lives on
// ApnsClient's thread.
class ApnsConnection final : public QObject
{
    Q_OBJECT

public:
    enum class CloseReason {
        // Closed from this side.
        Closed,
        // Never became ready: TCP, TLS (server certificate, ALPN), or the connect timeout.
        ConnectFailed,
        // The server refused our client certificate with a TLS alert.
        CertificateRejected,
        // Was ready and went away without a GOAWAY.
        Dropped,
        // The server sent GOAWAY and then closed.
        GoAway,
        // The server broke HTTP/2.
        ProtocolError,
    };
    Q_ENUM(CloseReason)

    struct Request
    {
        QByteArray path{};
        QList<std::pair<QByteArray, QByteArray>> headers{};
        QByteArray body{};
    };

    struct Response
    {
        int status = 0;
        QByteArray apnsId{};
        QByteArray retryAfter{};
        QByteArray body{};
    };

    struct CloseInfo
    {
        CloseReason reason = CloseReason::Closed;
        QString detail{};
        // Requests without an answer, in the order they were submitted.
        QList<quint64> unanswered{};
        // Answers received over the connection's life.
        quint64 answeredCount = 0;
    };

    ApnsConnection(const QSslConfiguration &tls,
                   QString host,
                   quint16 port,
                   std::chrono::milliseconds connectTimeout,
                   QObject *parent = nullptr);
    ~ApnsConnection() override;

    void open();

    // The server's SETTINGS arrived, and neither side is going away.
    [[nodiscard]] bool isReady() const;

    [[nodiscard]] bool isFinished() const { return m_finished; }

    [[nodiscard]] int openStreams() const { return int(m_streamOfRequest.size()); }

    [[nodiscard]] quint64 answeredCount() const { return m_answeredCount; }

    // How many more streams the server allows now (its SETTINGS_MAX_CONCURRENT_STREAMS).
    [[nodiscard]] int streamCapacity() const;

    // Milliseconds since anything arrived from the server (or since open()).
    [[nodiscard]] qint64 millisecondsSinceReceive() const { return m_lastReceive.elapsed(); }

    // Queues a POST; it goes out on the next flush(). False when the connection is not ready.
    [[nodiscard]] bool submit(quint64 requestId, const Request &request);
    // Resets the request's stream; nothing more is reported for it.
    void cancel(quint64 requestId);
    void flush();
    // Sends GOAWAY and closes once written; unanswered requests come back in closed().
    void shutdown();
    // Closes at once; unanswered requests come back in closed().
    void abort(const QString &detail);

Q_SIGNALS:
    // The server's SETTINGS arrived: the first time the connection becomes ready, later when the
    // stream limit may have changed.
    void ready();
    void answered(quint64 requestId, const Espalier::ApnsConnection::Response &response);
    // The stream was reset. notProcessed: the server says it never acted on the request
    // (REFUSED_STREAM, or above a GOAWAY's last stream id), so sending it again is safe.
    void streamFailed(quint64 requestId, bool notProcessed, quint32 errorCode);
    // GOAWAY arrived: no new requests; those below its last stream id may still be answered.
    // reason is the JSON "reason" of its debug data, when there is one.
    void goingAway(const QString &reason);
    // Emitted once, from the event loop (never from inside another call).
    void closed(const Espalier::ApnsConnection::CloseInfo &info);

private:
    struct Stream;
    struct Event;

    void onEncrypted();
    void onReadyRead();
    void onSocketGone();
    void receive(const QByteArray &data);
    void dispatch();
    void emitEvent(const Event &event);
    void finish(CloseReason reason, const QString &detail);
    [[nodiscard]] CloseReason classifyEnd() const;

    // nghttp2 callbacks (static trampolines in the .cpp call these).
    friend struct ApnsConnectionCallbacks;

    const QSslConfiguration m_tls;
    const QString m_host;
    const quint16 m_port;
    const std::chrono::milliseconds m_connectTimeout;

    QSslSocket *m_socket = nullptr;
    QTimer *m_connectTimer = nullptr;
    nghttp2_session *m_session = nullptr;
    std::unordered_map<qint32, std::unique_ptr<Stream>> m_streams;
    std::unordered_map<quint64, qint32> m_streamOfRequest;
    std::vector<Event> m_events;
    QElapsedTimer m_lastReceive;
    QString m_socketError;
    QString m_goAwayReason;
    quint64 m_answeredCount = 0;
    bool m_ready = false;
    bool m_goAway = false;
    bool m_closing = false;
    bool m_finished = false;
    bool m_dispatching = false;
};

} // namespace Espalier
