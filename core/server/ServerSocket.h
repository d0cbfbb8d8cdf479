// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

#include <memory>

class QSocketNotifier;
struct ssl_st;
struct ssl_ctx_st;

namespace Espalier {

// The TLS set-up of a listener: one OpenSSL context built from a QSslConfiguration (certificate,
// its chain and key, the CAs client certificates are checked against, the peer-verify mode, the
// protocol, ALPN "http/1.1"), shared by every connection it accepts. TLS 1.0 and 1.1 are never
// negotiated, whatever the configuration asks for.
class ServerTlsContext
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::ServerTlsContext)

public:
    [[nodiscard]] static Result<std::shared_ptr<const ServerTlsContext>> create(
        const QSslConfiguration &configuration);
    ~ServerTlsContext();
    ServerTlsContext(const ServerTlsContext &) = delete;
    ServerTlsContext &operator=(const ServerTlsContext &) = delete;

    [[nodiscard]] ssl_ctx_st *handle() const { return m_context; }

private:
    explicit ServerTlsContext(ssl_ctx_st *context);
    ssl_ctx_st *m_context;
};

// One accepted connection, plain or TLS, driven by socket notifiers on its thread. OpenSSL reads
// and writes the descriptor itself and gives its record buffers back between records, and
// unsent output is the only thing buffered here, so an idle keep-alive connection costs a few
// kilobytes where a QSslSocket keeps well over a hundred (its ring buffers and memory BIOs).
// The interface is the part of QTcpSocket HttpConnection uses.
class ServerSocket final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Handshaking,
        Connected,
        // disconnectFromHost() was called; closes once the output is written.
        Closing,
        Closed,
    };

    // Takes ownership of descriptor, an accepted connection. With tls, the server side of the
    // TLS handshake runs first and ends in encrypted() or handshakeFailed().
    ServerSocket(qintptr descriptor,
                 const std::shared_ptr<const ServerTlsContext> &tls,
                 QObject *parent = nullptr);
    ~ServerSocket() override;

    [[nodiscard]] State state() const { return m_state; }

    // The peer's address, port and certificates stay readable after the connection closes.

    [[nodiscard]] QHostAddress peerAddress() const { return m_peerAddress; }

    [[nodiscard]] quint16 peerPort() const { return m_peerPort; }

    // The client's certificate first, then the verified chain up to the trusted CA, or what the
    // client sent when it could not be verified. Empty without TLS or a client certificate.
    [[nodiscard]] const QList<QSslCertificate> &peerCertificateChain() const { return m_peerChain; }

    // Why the client certificate could not be verified; empty when it was or there was none.
    [[nodiscard]] const QString &peerVerificationError() const { return m_peerError; }

    // Why the connection failed or the handshake did not complete.
    [[nodiscard]] const QString &errorString() const { return m_error; }

    // Input that can be read now without waiting for the network (a lower bound).
    [[nodiscard]] qint64 bytesAvailable() const;
    // Up to maxSize bytes; empty when nothing is there yet, readyRead() tells when there is.
    [[nodiscard]] QByteArray read(qint64 maxSize);
    // Sends what the network takes now and keeps the rest until it can.
    void write(const QByteArray &data);

    [[nodiscard]] qint64 bytesToWrite() const { return m_output.size() - m_outputOffset; }

    // Closes after the output is written (for TLS, with a close_notify alert), then disconnected().
    void disconnectFromHost();
    // Closes at once, dropping unsent output; emits nothing.
    void abort();

Q_SIGNALS:
    void encrypted();
    void handshakeFailed();
    // Input arrived. Reading stops until read() has taken what there is.
    void readyRead();
    // Output that waited for the network went out.
    void bytesWritten(qint64 bytes);
    // The peer closed, the connection failed (see errorString()) or disconnectFromHost() ended.
    void disconnected();

private:
    void onReadable();
    void onWritable();
    void handshake();
    void flushOutput();
    void capturePeer();
    // The number of bytes moved, 0 when the network must be waited for, -1 when closed.
    qint64 receive(char *data, qint64 maxSize);
    qint64 send(const char *data, qint64 size);
    // After an OpenSSL call failed for good: a close by the client ends the connection, anything
    // else fails it with OpenSSL's reason or the system's.
    void endAfterSslError(int error);
    void fail(const QString &reason);
    void closeDescriptor();
    void closeAndReportEnd();

    qintptr m_descriptor;
    ssl_st *m_ssl = nullptr;
    State m_state = State::Connected;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    // A TLS read that needs the socket writable, or a TLS write that needs it readable.
    bool m_readWantsWrite = false;
    bool m_writeWantsRead = false;

    QByteArray m_output;
    qsizetype m_outputOffset = 0;

    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QList<QSslCertificate> m_peerChain;
    QString m_peerError;
    QString m_error;
};

} // namespace Espalier
