// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HttpResponder.h"

#include "core/server/HttpConnection.h"

#include <QThread>

namespace Espalier {

HttpResponder::HttpResponder(HttpConnection *connection, quint64 exchange)
    : m_connection(connection)
    , m_exchange(exchange)
{}

HttpResponder::HttpResponder(HttpResponder &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
    , m_exchange(other.m_exchange)
{}

HttpResponder &HttpResponder::operator=(HttpResponder &&other) noexcept
{
    if (this != &other) {
        if (isPending())
            respond(HttpResponse::error(500));
        m_connection = std::exchange(other.m_connection, nullptr);
        m_exchange = other.m_exchange;
    }
    return *this;
}

HttpResponder::~HttpResponder()
{
    if (isPending())
        respond(HttpResponse::error(500));
}

void HttpResponder::respond(HttpResponse response)
{
    HttpConnection *connection = std::exchange(m_connection, nullptr);
    if (!connection)
        return;
    Q_ASSERT_X(connection->thread() == QThread::currentThread(),
               "HttpResponder::respond",
               "a responder must be used on the server's thread");
    connection->respond(m_exchange, std::move(response));
}

bool HttpResponder::isPending() const
{
    return m_connection && m_connection->isWaitingFor(m_exchange);
}

} // namespace Espalier
