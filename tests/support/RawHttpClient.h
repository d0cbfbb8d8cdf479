// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/HttpHeaders.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QSslSocket>

#include <optional>

namespace Espalier {

// A test client that writes raw bytes to an HTTP server and splits what comes back into responses
// (interim 1xx ones included). Lives on the test's thread; its waits spin that thread's event
// loop, so a server on the same thread keeps working meanwhile.
class RawHttpClient final : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 0;
        HttpHeaders headers;
        QByteArray body;
    };

    explicit RawHttpClient(QObject *parent = nullptr);

    // TLS with tls (verifying the server against its CA certificates), plain TCP without.
    void connectToServer(quint16 port, const std::optional<QSslConfiguration> &tls);
    // True once connected (and encrypted, for TLS).
    [[nodiscard]] bool waitForReady(int timeoutMs = 10000);
    [[nodiscard]] bool isReady() const;

    void send(const QByteArray &bytes);
    [[nodiscard]] bool waitForResponses(qsizetype count, int timeoutMs = 10000);
    [[nodiscard]] bool waitForDisconnected(int timeoutMs = 10000);

    [[nodiscard]] bool isDisconnected() const { return m_disconnected; }

    // Drops the connection at once, as a client that goes away would.
    void abort();

    // Complete responses in arrival order.
    [[nodiscard]] const QList<Response> &responses() const { return m_responses; }

    // Set when the bytes received are not a well-formed HTTP/1.1 response stream.
    [[nodiscard]] bool sawMalformedResponse() const { return m_malformed; }

    [[nodiscard]] QSslSocket &socket() { return m_socket; }

private:
    void parseReceived();

    QSslSocket m_socket;
    QByteArray m_received;
    QList<Response> m_responses;
    bool m_tls = false;
    bool m_disconnected = false;
    bool m_malformed = false;
};

} // namespace Espalier
