// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/RawHttpClient.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Espalier {

RawHttpClient::RawHttpClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QSslSocket::readyRead, this, [this] {
        m_received += m_socket.readAll();
        parseReceived();
    });
    connect(&m_socket, &QSslSocket::disconnected, this, [this] { m_disconnected = true; });
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this] {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            m_disconnected = true;
    });
}

void RawHttpClient::connectToServer(quint16 port, const std::optional<QSslConfiguration> &tls)
{
    m_tls = tls.has_value();
    if (m_tls) {
        m_socket.setSslConfiguration(*tls);
        m_socket.connectToHostEncrypted(u"127.0.0.1"_s, port);
    } else {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
}

bool RawHttpClient::isReady() const
{
    return m_tls ? m_socket.isEncrypted() : m_socket.state() == QAbstractSocket::ConnectedState;
}

bool RawHttpClient::waitForReady(int timeoutMs)
{
    return QTest::qWaitFor([this] { return isReady() || m_disconnected; }, timeoutMs) && isReady();
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

bool RawHttpClient::waitForResponses(qsizetype count, int timeoutMs)
{
    return QTest::qWaitFor([this, count] { return m_responses.size() >= count || m_malformed; },
                           timeoutMs)
           && m_responses.size() >= count;
}

bool RawHttpClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_disconnected; }, timeoutMs);
}

void RawHttpClient::abort()
{
    m_socket.abort();
    m_disconnected = true;
}

void RawHttpClient::parseReceived()
{
    while (!m_malformed) {
        const qsizetype headEnd = m_received.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = m_received.first(headEnd).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        bool statusOk = false;
        Response response;
        if (statusLine.size() >= 2 && statusLine[0] == "HTTP/1.1")
            response.status = statusLine[1].toInt(&statusOk);
        if (!statusOk) {
            m_malformed = true;
            return;
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                m_malformed = true;
                return;
            }
            response.headers.add(line.first(colon), line.sliced(colon + 1).trimmed());
        }

        qsizetype bodyLength = 0;
        const bool hasBody = response.status >= 200 && response.status != 204
                             && response.status != 304;
        if (hasBody) {
            bool lengthOk = false;
            bodyLength = response.headers.value("Content-Length").toLongLong(&lengthOk);
            if (!lengthOk) {
                // The server under test always sends a length; a stream without one is broken.
                m_malformed = true;
                return;
            }
        }
        if (m_received.size() < headEnd + 4 + bodyLength)
            return;
        response.body = m_received.sliced(headEnd + 4, bodyLength);
        m_received.remove(0, headEnd + 4 + bodyLength);
        m_responses.append(std::move(response));
    }
}

} // namespace Espalier
