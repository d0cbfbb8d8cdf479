// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/HttpResponse.h"

#include <QPointer>

namespace Espalier {

class HttpConnection;

// The handle a handler answers one request through, now or later (from a timer, a signal or a
// QFuture continuation with a context object on the server's thread). Move-only: a request gets
// one answer. If the client has gone away meanwhile, answering does nothing. A responder dropped
// unanswered answers 500, so a forgetful handler cannot stall the connection.
// Use it only on the server's thread.
class HttpResponder final
{
public:
    HttpResponder() = default;
    HttpResponder(HttpResponder &&other) noexcept;
    HttpResponder &operator=(HttpResponder &&other) noexcept;
    HttpResponder(const HttpResponder &) = delete;
    HttpResponder &operator=(const HttpResponder &) = delete;
    ~HttpResponder();

    void respond(HttpResponse response);
    // False once answered, or when the client has disconnected; a handler may skip work then.
    [[nodiscard]] bool isPending() const;

private:
    friend class HttpConnection;
    HttpResponder(HttpConnection *connection, quint64 exchange);

    QPointer<HttpConnection> m_connection;
    quint64 m_exchange = 0;
};

} // namespace Espalier
