// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/server/HttpHeaders.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrlQuery>

namespace Espalier {

// One complete HTTP request as a handler sees it, body included. A value class; HttpConnection
// fills it on the server's thread and hands handlers a const reference.
class HttpRequest final
{
public:
    // The method token as sent, e.g. "PUT".
    [[nodiscard]] const QByteArray &method() const { return m_method; }

    void setMethod(QByteArray method) { m_method = std::move(method); }

    // Percent-decoded and normalised: starts with '/', no empty, "." or ".." segments; a trailing
    // '/' is kept. Never contains an encoded '/' or '\' (those targets are refused).
    [[nodiscard]] const QString &path() const { return m_path; }

    [[nodiscard]] const QUrlQuery &query() const { return m_query; }

    // Splits an origin-form request target ("/a/b?x=1") into path() and query(). Fails, leaving
    // the request unchanged, on anything else: absolute or authority form, bytes outside printable
    // ASCII, a broken %-escape, a ".." segment, an encoded '/', '\' or control character, or a
    // path that is not UTF-8.
    [[nodiscard]] Result<void> setTarget(QByteArrayView target);

    [[nodiscard]] const HttpHeaders &headers() const { return m_headers; }

    [[nodiscard]] QByteArray header(QByteArrayView name) const { return m_headers.value(name); }

    void setHeaders(HttpHeaders headers) { m_headers = std::move(headers); }

    [[nodiscard]] const QByteArray &body() const { return m_body; }

    void setBody(QByteArray body) { m_body = std::move(body); }

    [[nodiscard]] const QHostAddress &remoteAddress() const { return m_remoteAddress; }

    [[nodiscard]] quint16 remotePort() const { return m_remotePort; }

    void setRemote(QHostAddress address, quint16 port);

    // The client's certificate chain, leaf first: up to the trusted CA when it verified, as sent
    // otherwise; empty without TLS or when the client sent none. The server asks for a
    // certificate without requiring a trusted one (QueryPeer), so a handler that relies on the
    // chain must also check that peerVerificationError() is empty.
    [[nodiscard]] const QList<QSslCertificate> &peerCertificateChain() const { return m_peerChain; }

    // Why the client's certificate did not verify; empty when it did or there was none.
    [[nodiscard]] const QString &peerVerificationError() const { return m_peerError; }

    void setPeer(QList<QSslCertificate> chain, QString verificationError);

    [[nodiscard]] int versionMajor() const { return m_versionMajor; }

    [[nodiscard]] int versionMinor() const { return m_versionMinor; }

    void setVersion(int major, int minor);

    // Whether the client wants the connection kept open after this request (HTTP/1.1 without
    // "Connection: close", or HTTP/1.0 with "Connection: keep-alive").
    [[nodiscard]] bool keepAlive() const { return m_keepAlive; }

    void setKeepAlive(bool keepAlive) { m_keepAlive = keepAlive; }

private:
    QByteArray m_method;
    QString m_path = QString(u'/');
    QUrlQuery m_query;
    HttpHeaders m_headers;
    QByteArray m_body;
    QHostAddress m_remoteAddress;
    quint16 m_remotePort = 0;
    QList<QSslCertificate> m_peerChain;
    QString m_peerError;
    int m_versionMajor = 1;
    int m_versionMinor = 1;
    bool m_keepAlive = true;
};

} // namespace Espalier
