// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/HttpHeaders.h"

#include <QByteArray>

namespace Espalier {

// The answer to one request: status, headers and a complete body. A value class. The server adds
// Date, Content-Length and Connection itself and drops any the handler set.
class HttpResponse final
{
public:
    explicit HttpResponse(int status = 200);

    // An empty 200, what a device expects after most check-in messages.
    [[nodiscard]] static HttpResponse ok();
    // A property list (XML or binary), e.g. a command for /mdm/connect.
    [[nodiscard]] static HttpResponse plist(QByteArray body, int status = 200);
    [[nodiscard]] static HttpResponse xml(QByteArray body, int status = 200);
    [[nodiscard]] static HttpResponse json(QByteArray body, int status = 200);
    [[nodiscard]] static HttpResponse text(const QString &body, int status = 200);
    // The status with its reason phrase as a short plain-text body.
    [[nodiscard]] static HttpResponse error(int status);

    [[nodiscard]] int status() const { return m_status; }

    void setStatus(int status) { m_status = status; }

    [[nodiscard]] const HttpHeaders &headers() const { return m_headers; }

    void setHeader(QByteArray name, QByteArray value);
    void addHeader(QByteArray name, QByteArray value);

    [[nodiscard]] const QByteArray &body() const { return m_body; }

    void setBody(QByteArray body) { m_body = std::move(body); }

    // Sets the body and its Content-Type together.
    void setBody(QByteArray body, QByteArray contentType);

    // "Not Found" for 404; "Unknown" for a status without a standard phrase.
    [[nodiscard]] static QByteArray reasonPhrase(int status);

private:
    int m_status = 200;
    HttpHeaders m_headers;
    QByteArray m_body;
};

} // namespace Espalier
