// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/server/HttpHeaders.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QSslSocket;

namespace Espalier {

// The HTTP/1.1 client of one simulated device: one keep-alive connection (TLS or plain) at a
// time, one request in flight and the rest queued. Requests are written byte for byte, so a
// test can send what a broken device would (a Content-Length that lies, a connection dropped
// mid-body); responses may have a Content-Length, chunked or connection-delimited body. Without
// threads or nested event loops it scales to a thousand clients on one thread. Lives on its
// creator's thread; every callback runs there.
class SimulatedHttpClient final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method = QByteArrayLiteral("GET");
        QUrl url{};
        // Host and Content-Length are added; anything else goes out as given.
        HttpHeaders headers{};
        QByteArray body{};
        // Sent as Content-Length instead of the body's size.
        std::optional<qint64> declaredContentLength{};
        // Hang up once the request is out, like a device losing its network mid-upload.
        bool closeAfterSending = false;
        // The TLS identity for this request instead of the client's (a new connection when it
        // differs from the open one's).
        QSslCertificate clientCertificate{};
        QSslKey clientKey{};
    };

    struct Reply
    {
        int status = 0;
        HttpHeaders headers{};
        QByteArray body{};
        // From send() to the last byte of the answer, connection set-up included.
        qint64 latencyNs = 0;
        bool reusedConnection = false;
    };

    using Callback = std::function<void(const Result<Reply> &)>;

    // tls is the trust (CA certificates) and protocol set-up every connection starts from;
    // copies of a QSslConfiguration share their data, so a fleet passes one to all its clients.
    explicit SimulatedHttpClient(const QSslConfiguration &tls, QObject *parent = nullptr);
    ~SimulatedHttpClient() override;

    // The certificate TLS connections present when the server asks for one; a change takes
    // effect on the next connection. Null values present none.
    void setClientIdentity(const QSslCertificate &certificate, const QSslKey &key);
    void setRequestTimeout(std::chrono::milliseconds timeout);

    // Larger answers fail the request (a device would stop reading too).
    void setMaxResponseBytes(qsizetype bytes) { m_maxResponseBytes = bytes; }

    // done runs exactly once, on this object's thread, unless the client is destroyed first.
    void send(Request request, Callback done);

    // Drops the connection; a request in flight fails.
    void closeConnection();

    [[nodiscard]] bool isBusy() const { return m_current.has_value() || !m_queue.isEmpty(); }

    // Connections opened so far: with keep-alive, far fewer than requests.
    [[nodiscard]] int connectionsOpened() const { return m_connectionsOpened; }

private:
    struct Pending
    {
        Request request;
        Callback done;
        QElapsedTimer elapsed;
        int attempt = 0;
        bool reused = false;
    };

    enum class BodyMode {
        None,
        Length,
        Chunked,
        UntilClose,
    };

    enum class ChunkState {
        Size,
        Data,
        DataEnd,
        Trailers,
    };

    void startNext();
    void dispatch();
    void openConnection(const QString &origin,
                        const QSslCertificate &certificate,
                        const QSslKey &key);
    void dropConnection();
    void handleReadyRead();
    void handleDisconnected();
    void handleSocketError();
    void handleTimeout();
    // Writes the request once the connection is up (and encrypted, for TLS).
    void flushOutgoing();
    // Parses what has arrived; true once the answer is complete.
    [[nodiscard]] Result<bool> parseReceived();
    [[nodiscard]] Result<bool> parseChunks();
    void complete(const Result<Reply> &result);
    void resetParser();

    QSslConfiguration m_tls;
    QSslCertificate m_identityCertificate;
    QSslKey m_identityKey;
    QQueue<Pending> m_queue;
    std::optional<Pending> m_current;
    QSslSocket *m_socket = nullptr;
    QString m_origin; // "https://host:port#identity" of m_socket
    int m_requestsOnSocket = 0;
    int m_connectionsOpened = 0;
    QList<QSslError> m_sslErrors;
    QTimer m_timeout{this}; // a child, so it moves with the client to another thread
    qsizetype m_maxResponseBytes = qsizetype{64} * 1024 * 1024;

    // Parser state of the answer in progress.
    QByteArray m_received;
    bool m_headersDone = false;
    BodyMode m_bodyMode = BodyMode::None;
    qint64 m_remaining = 0;
    ChunkState m_chunkState = ChunkState::Size;
    QByteArray m_outgoing;
    bool m_closeAfterResponse = false;
    Reply m_reply;
};

} // namespace Espalier
