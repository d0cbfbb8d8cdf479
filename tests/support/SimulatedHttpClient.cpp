// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SimulatedHttpClient.h"

#include <QSslSocket>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// Status line and header fields of one answer; a server sending more is broken.
constexpr qsizetype MaxHeaderBytes = qsizetype{64} * 1024;

Error networkError(const QString &message, const QString &detail = {})
{
    return Error{Error::Code::Network, message, detail};
}

bool isToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArray &item : list.toByteArray().split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

SimulatedHttpClient::SimulatedHttpClient(const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
    , m_tls(tls)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(std::chrono::seconds(30));
    QObject::connect(&m_timeout, &QTimer::timeout, this, &SimulatedHttpClient::handleTimeout);
}

SimulatedHttpClient::~SimulatedHttpClient()
{
    // Callbacks are dropped, not run: their owners are going away with this client.
    m_queue.clear();
    m_current.reset();
    dropConnection();
}

void SimulatedHttpClient::setClientIdentity(const QSslCertificate &certificate, const QSslKey &key)
{
    m_identityCertificate = certificate;
    m_identityKey = key;
}

void SimulatedHttpClient::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_timeout.setInterval(timeout);
}

void SimulatedHttpClient::send(Request request, Callback done)
{
    Pending pending{std::move(request), std::move(done), {}, 0, false};
    pending.elapsed.start();
    m_queue.append(std::move(pending));
    startNext();
}

void SimulatedHttpClient::closeConnection()
{
    dropConnection();
    if (m_current)
        complete(fail(networkError(tr("The connection was closed by the client."))));
}

void SimulatedHttpClient::startNext()
{
    if (m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();
    dispatch();
}

void SimulatedHttpClient::dispatch()
{
    Pending &pending = *m_current;
    const QUrl &url = pending.request.url;
    const bool tls = url.scheme() == u"https"_s;
    if (!url.isValid() || (!tls && url.scheme() != u"http"_s) || url.host().isEmpty()) {
        complete(fail(Error::Code::InvalidInput,
                      tr("The URL is not an http or https URL."),
                      url.toDisplayString()));
        return;
    }
    const int port = url.port(tls ? 443 : 80);
    const bool ownIdentity = !pending.request.clientCertificate.isNull();
    const QSslCertificate certificate = ownIdentity ? pending.request.clientCertificate
                                                    : m_identityCertificate;
    const QSslKey key = ownIdentity ? pending.request.clientKey : m_identityKey;
    const QString identity = tls && !certificate.isNull()
                                 ? QString::fromLatin1(certificate.digest().toHex())
                                 : QString();
    const QString origin = url.scheme() + u"://"_s + url.host() + u':' + QString::number(port)
                           + u'#' + identity;
    if (!m_socket || origin != m_origin || m_socket->state() == QAbstractSocket::UnconnectedState
        || m_socket->state() == QAbstractSocket::ClosingState) {
        openConnection(origin, certificate, key);
    }
    pending.reused = m_requestsOnSocket > 0;
    ++m_requestsOnSocket;
    resetParser();

    const Request &request = pending.request;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() != -1)
        host += ':' + QByteArray::number(port);

    QByteArray bytes = request.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const HttpHeaders::Field &field : request.headers.fields())
        bytes += field.first + ": " + field.second + "\r\n";
    const bool hasBody = !request.body.isEmpty() || request.method == "PUT"
                         || request.method == "POST";
    if (hasBody || request.declaredContentLength) {
        bytes += "Content-Length: "
                 + QByteArray::number(request.declaredContentLength.value_or(request.body.size()))
                 + "\r\n";
    }
    bytes += "\r\n";
    bytes += request.body;
    m_outgoing = std::move(bytes);
    m_timeout.start();
    flushOutgoing();
}

void SimulatedHttpClient::openConnection(const QString &origin,
                                         const QSslCertificate &certificate,
                                         const QSslKey &key)
{
    dropConnection();
    m_origin = origin;
    m_requestsOnSocket = 0;
    m_sslErrors.clear();
    ++m_connectionsOpened;
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    const QUrl &url = m_current->request.url;
    const bool tls = url.scheme() == u"https"_s;
    QObject::connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        if (socket == m_socket)
            handleReadyRead();
    });
    QObject::connect(socket, &QSslSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            handleDisconnected();
    });
    QObject::connect(socket, &QSslSocket::errorOccurred, this, [this, socket] {
        if (socket == m_socket)
            handleSocketError();
    });
    QObject::connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors;
    });
    if (tls) {
        QObject::connect(socket, &QSslSocket::encrypted, this, [this, socket] {
            if (socket == m_socket)
                flushOutgoing();
        });
        QSslConfiguration configuration = m_tls;
        if (!certificate.isNull() && !key.isNull()) {
            configuration.setLocalCertificate(certificate);
            configuration.setPrivateKey(key);
        }
        socket->setSslConfiguration(configuration);
        socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
    } else {
        QObject::connect(socket, &QSslSocket::connected, this, [this, socket] {
            if (socket == m_socket)
                flushOutgoing();
        });
        socket->connectToHost(url.host(), quint16(url.port(80)));
    }
}

void SimulatedHttpClient::flushOutgoing()
{
    if (!m_socket || !m_current || m_outgoing.isEmpty())
        return;
    const bool tls = m_current->request.url.scheme() == u"https"_s;
    if (m_socket->state() != QAbstractSocket::ConnectedState || (tls && !m_socket->isEncrypted()))
        return;
    m_socket->write(m_outgoing);
    m_outgoing.clear();
    if (m_current->request.closeAfterSending)
        m_socket->disconnectFromHost(); // after the buffered bytes are out
}

void SimulatedHttpClient::dropConnection()
{
    if (!m_socket)
        return;
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    m_origin.clear();
    m_requestsOnSocket = 0;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void SimulatedHttpClient::handleReadyRead()
{
    const QByteArray chunk = m_socket->readAll();
    if (!m_current)
        return; // an unsolicited answer on an idle connection; nothing waits for it
    m_received += chunk;
    const Result<bool> done = parseReceived();
    if (!done) {
        dropConnection();
        complete(fail(done.error()));
        return;
    }
    if (!*done)
        return;
    Reply reply = std::move(m_reply);
    reply.latencyNs = m_current->elapsed.nsecsElapsed();
    reply.reusedConnection = m_current->reused;
    if (m_closeAfterResponse || m_current->request.closeAfterSending)
        dropConnection();
    complete(std::move(reply));
}

void SimulatedHttpClient::handleDisconnected()
{
    if (!m_current) {
        dropConnection();
        return;
    }
    if (m_headersDone && m_bodyMode == BodyMode::UntilClose) {
        Reply reply = std::move(m_reply);
        reply.latencyNs = m_current->elapsed.nsecsElapsed();
        reply.reusedConnection = m_current->reused;
        dropConnection();
        complete(std::move(reply));
        return;
    }
    const QString detail = m_socket ? m_socket->errorString() : QString();
    dropConnection();
    Pending &pending = *m_current;
    // A keep-alive connection the server closed while this request was on its way: send it
    // again on a fresh one, once, as browsers and devices do.
    if (pending.reused && pending.attempt == 0 && m_received.isEmpty() && !m_headersDone
        && !pending.request.closeAfterSending) {
        ++pending.attempt;
        dispatch();
        return;
    }
    complete(
        fail(networkError(tr("The server closed the connection before it answered."), detail)));
}

void SimulatedHttpClient::handleSocketError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // disconnected() follows and decides
    if (!m_current) {
        dropConnection();
        return;
    }
    QString detail = m_socket->errorString();
    const bool tlsFailure = error == QAbstractSocket::SslHandshakeFailedError
                            || error == QAbstractSocket::SslInvalidUserDataError
                            || error == QAbstractSocket::SslInternalError;
    QStringList sslErrors;
    for (const QSslError &sslError : std::as_const(m_sslErrors))
        sslErrors.append(sslError.errorString());
    if (!sslErrors.isEmpty())
        detail += u" ("_s + sslErrors.join(u"; "_s) + u')';
    dropConnection();
    Pending &pending = *m_current;
    if (!tlsFailure && pending.reused && pending.attempt == 0 && m_received.isEmpty()
        && !m_headersDone && !pending.request.closeAfterSending) {
        ++pending.attempt;
        dispatch();
        return;
    }
    if (tlsFailure) {
        complete(fail(Error::Code::Tls, tr("The secure connection could not be set up."), detail));
        return;
    }
    complete(fail(networkError(tr("The request failed."), detail)));
}

void SimulatedHttpClient::handleTimeout()
{
    if (!m_current)
        return;
    dropConnection();
    complete(fail(networkError(tr("The server did not answer in time."),
                               m_current->request.url.toDisplayString())));
}

void SimulatedHttpClient::resetParser()
{
    m_received.clear();
    m_headersDone = false;
    m_bodyMode = BodyMode::None;
    m_remaining = 0;
    m_chunkState = ChunkState::Size;
    m_closeAfterResponse = false;
    m_reply = Reply();
}

Result<bool> SimulatedHttpClient::parseReceived()
{
    while (!m_headersDone) {
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_received.size() > MaxHeaderBytes)
                return fail(
                    networkError(tr("The server's answer is malformed."), u"header too large"_s));
            return false;
        }
        const QList<QByteArray> lines = m_received.left(end).split('\n');
        m_received.remove(0, end + 4);
        const QByteArray statusLine = lines.first().trimmed();
        const QList<QByteArray> parts = statusLine.split(' ');
        bool statusOk = false;
        const int status = parts.size() >= 2 ? parts.at(1).toInt(&statusOk) : 0;
        if (!statusLine.startsWith("HTTP/1.") || !statusOk || status < 100 || status > 999) {
            return fail(networkError(tr("The server's answer is malformed."),
                                     QString::fromLatin1(statusLine.left(80))));
        }
        HttpHeaders headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return fail(
                    networkError(tr("The server's answer is malformed."), u"bad header field"_s));
            headers.add(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
        }
        if (status < 200)
            continue; // 100 Continue and other interim answers
        m_reply.status = status;
        m_reply.headers = headers;
        m_headersDone = true;
        const bool http10 = statusLine.startsWith("HTTP/1.0");
        const QByteArray connection = headers.value("Connection");
        m_closeAfterResponse = isToken(connection, "close")
                               || (http10 && !isToken(connection, "keep-alive"));
        const QByteArray transferEncoding = headers.value("Transfer-Encoding");
        if (m_current->request.method == "HEAD" || status == 204 || status == 304) {
            m_bodyMode = BodyMode::None;
        } else if (!transferEncoding.isEmpty() && isToken(transferEncoding, "chunked")) {
            m_bodyMode = BodyMode::Chunked;
        } else if (headers.contains("Content-Length")) {
            bool lengthOk = false;
            m_remaining = headers.value("Content-Length").toLongLong(&lengthOk);
            if (!lengthOk || m_remaining < 0 || m_remaining > m_maxResponseBytes)
                return fail(
                    networkError(tr("The server's answer is malformed."), u"bad Content-Length"_s));
            m_bodyMode = BodyMode::Length;
        } else {
            m_bodyMode = BodyMode::UntilClose;
            m_closeAfterResponse = true;
        }
    }

    switch (m_bodyMode) {
    case BodyMode::None:
        return true;
    case BodyMode::Length: {
        const qsizetype take = qsizetype(qMin<qint64>(m_remaining, m_received.size()));
        m_reply.body += m_received.left(take);
        m_received.remove(0, take);
        m_remaining -= take;
        return m_remaining == 0;
    }
    case BodyMode::Chunked:
        return parseChunks();
    case BodyMode::UntilClose:
        m_reply.body += m_received;
        m_received.clear();
        if (m_reply.body.size() > m_maxResponseBytes)
            return fail(networkError(tr("The server's answer is too large.")));
        return false;
    }
    return false;
}

Result<bool> SimulatedHttpClient::parseChunks()
{
    for (;;) {
        switch (m_chunkState) {
        case ChunkState::Size: {
            const qsizetype end = m_received.indexOf("\r\n");
            if (end < 0)
                return false;
            QByteArray sizeText = m_received.left(end);
            m_received.remove(0, end + 2);
            if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
                sizeText.truncate(semicolon); // chunk extensions
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || m_reply.body.size() + size > m_maxResponseBytes)
                return fail(
                    networkError(tr("The server's answer is malformed."), u"bad chunk size"_s));
            m_remaining = size;
            m_chunkState = size == 0 ? ChunkState::Trailers : ChunkState::Data;
            break;
        }
        case ChunkState::Data: {
            const qsizetype take = qsizetype(qMin<qint64>(m_remaining, m_received.size()));
            m_reply.body += m_received.left(take);
            m_received.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return false;
            m_chunkState = ChunkState::DataEnd;
            break;
        }
        case ChunkState::DataEnd:
            if (m_received.size() < 2)
                return false;
            if (!m_received.startsWith("\r\n"))
                return fail(networkError(tr("The server's answer is malformed."),
                                         u"chunk not terminated"_s));
            m_received.remove(0, 2);
            m_chunkState = ChunkState::Size;
            break;
        case ChunkState::Trailers: {
            const qsizetype end = m_received.indexOf("\r\n");
            if (end < 0)
                return false;
            m_received.remove(0, end + 2);
            if (end == 0)
                return true; // the empty line after the trailer fields
            break;
        }
        }
    }
}

void SimulatedHttpClient::complete(const Result<Reply> &result)
{
    m_timeout.stop();
    m_outgoing.clear();
    std::optional<Pending> finished = std::move(m_current);
    m_current.reset();
    resetParser();
    if (finished && finished->done)
        finished->done(result);
    // The callback may have queued the next request already, or destroyed this client's owner
    // (and with it this client) through deleteLater, which cannot run before this returns.
    startNext();
}

} // namespace Espalier
