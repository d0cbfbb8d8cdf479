// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HttpConnection.h"

#include "core/server/HttpLogging.h"
#include "core/server/ServerSocket.h"

#include <QDateTime>
#include <QLocale>
#include <QMetaEnum>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// Input is read in slices of at most this size; the socket buffers no input of its own, so this
// caps what one connection holds besides the request being assembled.
constexpr qint64 ReadChunk = 64 * 1024;
// Slices read per event-loop turn before yielding to other connections.
constexpr int ReadsPerTurn = 4;
// Answers queued for a client that does not read them stop further parsing.
constexpr qint64 MaxUnsentBytes = 1024 * 1024;

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
        .toLatin1();
}

// Fields the server owns; a handler's copy is dropped.
bool isServerField(const QByteArray &name)
{
    for (const char *owned :
         {"Content-Length", "Transfer-Encoding", "Connection", "Date", "Server", "Keep-Alive"}) {
        if (HttpHeaders::sameName(name, owned))
            return true;
    }
    return false;
}

QString describe(HttpServer::Refusal reason)
{
    return QString::fromLatin1(QMetaEnum::fromType<HttpServer::Refusal>().valueToKey(int(reason)));
}

} // namespace

HttpConnection::HttpConnection(ServerSocket *socket,
                               const HttpRouter &router,
                               const HttpServer::Limits &limits,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_router(router)
    , m_limits(limits)
    , m_parser(limits.maxHeaderBytes)
{
    m_socket->setParent(this);

    for (QTimer *timer : {&m_idleTimer, &m_requestTimer, &m_closeTimer})
        timer->setSingleShot(true);
    m_idleTimer.setInterval(m_limits.idleTimeout);
    m_requestTimer.setInterval(m_limits.requestTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCDebug(lcHttp).noquote() << "Closing idle connection from"
                                  << m_socket->peerAddress().toString();
        finish(false);
    });
    connect(&m_requestTimer, &QTimer::timeout, this, &HttpConnection::onRequestTimeout);
    connect(&m_closeTimer, &QTimer::timeout, this, &HttpConnection::onCloseTimer);

    connect(m_socket, &ServerSocket::readyRead, this, &HttpConnection::processInput);
    // Progress in sending answers keeps an idle timer from firing and lets parsing resume.
    connect(m_socket, &ServerSocket::bytesWritten, this, [this] {
        if (m_idleTimer.isActive())
            startIdleTimer();
        if (m_readPaused && canReadAhead())
            scheduleProcessInput();
    });
    connect(m_socket, &ServerSocket::disconnected, this, [this] {
        if (!m_socket->errorString().isEmpty())
            qCDebug(lcHttp).noquote() << "Connection from" << m_socket->peerAddress().toString()
                                      << "failed:" << m_socket->errorString();
        teardown();
    });

    updateIdleTimer();
    // Data may have arrived with the handshake, before readyRead was connected.
    if (m_socket->bytesAvailable() > 0)
        scheduleProcessInput();
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isWaitingFor(quint64 exchange) const
{
    if (m_phase == Phase::Closed)
        return false;
    return std::any_of(m_exchanges.begin(), m_exchanges.end(), [exchange](const Exchange &e) {
        return e.id == exchange && !e.answered;
    });
}

void HttpConnection::respond(quint64 exchange, HttpResponse response)
{
    Exchange *target = m_phase == Phase::Closed ? nullptr : findExchange(exchange);
    if (!target || target->answered)
        return;
    int status = response.status();
    if (status < 200 || status > 999) {
        qCWarning(lcHttp) << "A handler answered with status" << status << "- sending 500";
        response = HttpResponse::error(500);
    }
    if (response.headers().value("Connection").compare("close", Qt::CaseInsensitive) == 0)
        target->closeAfter = true;
    target->fromHandler = true;
    answer(*target, response);
    flush();
}

void HttpConnection::abort()
{
    teardown();
}

std::optional<qint64> HttpConnection::idleFor() const
{
    if (m_phase != Phase::Reading || !m_idleTimer.isActive() || m_socket->bytesToWrite() > 0)
        return std::nullopt;
    return m_idleSince.elapsed();
}

void HttpConnection::closeIdle()
{
    qCDebug(lcHttp).noquote() << "Closing the idle connection from"
                              << m_socket->peerAddress().toString() << "port"
                              << m_socket->peerPort() << "to make room for a new one";
    m_socket->disconnectFromHost();
    teardown();
}

void HttpConnection::scheduleProcessInput()
{
    if (m_processScheduled || m_phase == Phase::Closed)
        return;
    m_processScheduled = true;
    // Queued, so that one busy client yields the event loop to the other connections.
    QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

bool HttpConnection::canReadAhead() const
{
    return qsizetype(m_exchanges.size()) < m_limits.maxPipelinedRequests
           && m_socket->bytesToWrite() < MaxUnsentBytes;
}

void HttpConnection::processInput()
{
    m_processScheduled = false;
    if (m_phase == Phase::Lingering || m_phase == Phase::Closing) {
        // Discard what the client still sends after its refusal, so closing sends no reset.
        while (m_socket->bytesAvailable() > 0 && !m_socket->read(ReadChunk).isEmpty()) {}
        return;
    }
    if (m_phase != Phase::Reading)
        return;

    int completed = 0;
    int reads = 0;
    while (m_phase == Phase::Reading) {
        // Between requests, stop while too many answers are outstanding; flush() resumes.
        if (!m_parser.isInMessage() && !canReadAhead()) {
            m_readPaused = true;
            return;
        }
        m_readPaused = false;
        if (m_inputOffset == m_input.size()) {
            if (reads == ReadsPerTurn) {
                if (m_socket->bytesAvailable() > 0)
                    scheduleProcessInput();
                return;
            }
            m_input = m_socket->read(ReadChunk);
            m_inputOffset = 0;
            ++reads;
            if (m_input.isEmpty())
                return;
        }

        m_inputOffset += m_parser.feed(QByteArrayView(m_input).sliced(m_inputOffset));
        if (m_parser.isInMessage() && !m_requestTimer.isActive()) {
            m_idleTimer.stop();
            m_requestTimer.start();
        }

        switch (m_parser.state()) {
        case HttpRequestParser::State::Reading:
            break;
        case HttpRequestParser::State::HeadersComplete:
            onHeadersComplete();
            break;
        case HttpRequestParser::State::MessageComplete:
            onMessageComplete();
            if (++completed == m_limits.requestsPerTurn && m_phase == Phase::Reading) {
                scheduleProcessInput();
                return;
            }
            break;
        case HttpRequestParser::State::Failed:
            onParseFailure();
            return;
        }
    }
}

void HttpConnection::onHeadersComplete()
{
    Exchange &exchange = m_exchanges.emplace_back();
    exchange.id = m_nextExchange++;
    exchange.head = m_parser.method() == "HEAD";
    exchange.keepAlive = m_parser.keepAlive();
    exchange.http10 = m_parser.versionMinor() == 0;
    m_currentExchange = exchange.id;
    m_currentRoute = nullptr;
    m_currentRefusal.reset();
    m_currentAllow.clear();

    if (m_parser.versionMajor() != 1 || m_parser.versionMinor() > 1) {
        refuse(exchange,
               HttpServer::Refusal::VersionNotSupported,
               505,
               u"HTTP/%1.%2"_s.arg(m_parser.versionMajor()).arg(m_parser.versionMinor()),
               true);
        return;
    }

    m_current = HttpRequest();
    if (const Result<void> target = m_current.setTarget(m_parser.target()); !target) {
        refuse(exchange, HttpServer::Refusal::Malformed, 400, target.error().detail, true);
        return;
    }

    // RFC 9112 3.2: exactly one Host in HTTP/1.1.
    if (m_parser.versionMinor() == 1 && m_parser.headers().values("Host").size() != 1) {
        refuse(exchange, HttpServer::Refusal::Malformed, 400, u"no single Host field"_s, true);
        return;
    }

    const QByteArray expect = m_parser.headers().value("Expect");
    const bool expectContinue = expect.compare("100-continue", Qt::CaseInsensitive) == 0;
    if (!expect.isNull() && !expectContinue) {
        refuse(exchange,
               HttpServer::Refusal::ExpectationFailed,
               417,
               u"unsupported expectation"_s,
               true);
        return;
    }

    const HttpRouter::Lookup lookup = m_router.find(m_parser.method(), m_current.path());
    const qint64 maxBody = lookup.route && lookup.route->maxBodyBytes ? *lookup.route->maxBodyBytes
                                                                      : m_limits.maxBodyBytes;
    if (m_parser.contentLength().value_or(0) > maxBody) {
        refuse(exchange,
               HttpServer::Refusal::BodyTooLarge,
               413,
               u"Content-Length %1 past the limit of %2 bytes"_s.arg(*m_parser.contentLength())
                   .arg(maxBody),
               true);
        return;
    }

    if (!lookup.route) {
        m_currentRefusal = lookup.allowedMethods.isEmpty() ? HttpServer::Refusal::NotFound
                                                           : HttpServer::Refusal::MethodNotAllowed;
        m_currentAllow = lookup.allowedMethods;
        // A client waiting for "100 Continue" may or may not send its body after a final
        // answer, so the connection cannot be reused; otherwise the body is read and dropped.
        if (expectContinue) {
            refuse(exchange,
                   *m_currentRefusal,
                   m_currentRefusal == HttpServer::Refusal::NotFound ? 404 : 405,
                   u"no route"_s,
                   true);
            return;
        }
        m_parser.setBodyLimit(maxBody, false);
        return;
    }

    m_currentRoute = lookup.route;
    m_parser.setBodyLimit(maxBody, true);
    m_current.setMethod(m_parser.method());
    m_current.setHeaders(m_parser.headers());
    m_current.setVersion(m_parser.versionMajor(), m_parser.versionMinor());
    m_current.setKeepAlive(m_parser.keepAlive());
    m_current.setRemote(m_socket->peerAddress(), m_socket->peerPort());
    m_current.setPeer(m_socket->peerCertificateChain(), m_socket->peerVerificationError());
    if (expectContinue && !exchange.http10) {
        exchange.continueDue = true;
        flush();
    }
}

void HttpConnection::onMessageComplete()
{
    m_requestTimer.stop();
    Exchange &exchange = currentExchange();
    m_currentExchange = 0;
    exchange.continueDue = false;
    if (!exchange.keepAlive)
        m_phase = Phase::Finishing;

    if (const auto refusal = std::exchange(m_currentRefusal, std::nullopt)) {
        const bool notFound = refusal == HttpServer::Refusal::NotFound;
        refuse(exchange, *refusal, notFound ? 404 : 405, u"no route"_s, false);
        return;
    }

    // The handler may answer at once, which can flush and close; touch nothing afterwards.
    const HttpRouter::Route *route = std::exchange(m_currentRoute, nullptr);
    HttpRequest request = std::exchange(m_current, HttpRequest());
    request.setBody(m_parser.takeBody());
    route->handler(request, HttpResponder(this, exchange.id));
}

void HttpConnection::onParseFailure()
{
    HttpServer::Refusal reason = HttpServer::Refusal::Malformed;
    int status = 400;
    switch (m_parser.failure()) {
    case HttpRequestParser::Failure::HeadersTooLarge:
        reason = HttpServer::Refusal::HeadersTooLarge;
        status = 431;
        break;
    case HttpRequestParser::Failure::BodyTooLarge:
        reason = HttpServer::Refusal::BodyTooLarge;
        status = 413;
        break;
    case HttpRequestParser::Failure::None:
    case HttpRequestParser::Failure::Malformed:
        break;
    }
    refuse(currentExchange(), reason, status, m_parser.failureDetail(), true);
}

void HttpConnection::onRequestTimeout()
{
    if (m_phase != Phase::Reading)
        return;
    refuse(currentExchange(),
           HttpServer::Refusal::RequestTimeout,
           408,
           u"request incomplete after %1 ms"_s.arg(m_limits.requestTimeout.count()),
           true);
}

HttpConnection::Exchange &HttpConnection::currentExchange()
{
    if (Exchange *exchange = m_currentExchange ? findExchange(m_currentExchange) : nullptr)
        return *exchange;
    // The request broke down before its headers were complete.
    Exchange &exchange = m_exchanges.emplace_back();
    exchange.id = m_nextExchange++;
    exchange.http10 = m_parser.hasHeaders() && m_parser.versionMinor() == 0;
    m_currentExchange = exchange.id;
    return exchange;
}

HttpConnection::Exchange *HttpConnection::findExchange(quint64 id)
{
    const auto it = std::find_if(
        m_exchanges.begin(), m_exchanges.end(), [id](const Exchange &e) { return e.id == id; });
    return it == m_exchanges.end() ? nullptr : &*it;
}

void HttpConnection::refuse(
    Exchange &exchange, HttpServer::Refusal reason, int status, const QString &detail, bool close)
{
    qCInfo(lcHttp).noquote() << u"Refused a request from %1 port %2: %3 (%4)"_s.arg(
        m_socket->peerAddress().toString(),
        QString::number(m_socket->peerPort()),
        describe(reason),
        detail);
    Q_EMIT refused(reason);

    HttpResponse response = HttpResponse::error(status);
    if (reason == HttpServer::Refusal::MethodNotAllowed)
        response.setHeader("Allow"_ba, m_currentAllow.join(", "_ba));
    if (close) {
        m_requestTimer.stop();
        m_phase = Phase::Finishing;
        exchange.closeAfter = true;
        // Unless the request was read to its end, more of it may be on the way.
        exchange.lingerAfter = m_parser.isInMessage()
                               || m_parser.state() == HttpRequestParser::State::Failed;
    }
    answer(exchange, response);
    flush();
}

void HttpConnection::answer(Exchange &exchange, const HttpResponse &response)
{
    exchange.answered = true;
    exchange.closeAfter = exchange.closeAfter || !exchange.keepAlive;
    exchange.wire = serialize(response, exchange);
}

void HttpConnection::flush()
{
    while (!m_exchanges.empty()) {
        Exchange &exchange = m_exchanges.front();
        if (exchange.continueDue) {
            exchange.continueDue = false;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
        }
        if (!exchange.answered)
            break;
        m_socket->write(exchange.wire);
        const bool close = exchange.closeAfter;
        const bool linger = exchange.lingerAfter;
        if (exchange.fromHandler)
            Q_EMIT served();
        m_exchanges.pop_front();
        if (close) {
            finish(linger);
            return;
        }
    }
    updateIdleTimer();
    if (m_readPaused && canReadAhead())
        scheduleProcessInput();
}

void HttpConnection::finish(bool linger)
{
    if (m_phase == Phase::Lingering || m_phase == Phase::Closing || m_phase == Phase::Closed)
        return;
    m_idleTimer.stop();
    m_requestTimer.stop();
    m_exchanges.clear();
    if (linger) {
        m_phase = Phase::Lingering;
        m_closeTimer.start(m_limits.lingerTimeout);
        processInput();
        return;
    }
    m_phase = Phase::Closing;
    // Bounded, since a client that reads nothing would keep the flush waiting for ever.
    m_closeTimer.start(m_limits.lingerTimeout);
    m_socket->disconnectFromHost();
}

void HttpConnection::onCloseTimer()
{
    if (m_phase == Phase::Lingering) {
        m_phase = Phase::Closing;
        m_closeTimer.start(m_limits.lingerTimeout);
        m_socket->disconnectFromHost();
        return;
    }
    teardown();
}

void HttpConnection::updateIdleTimer()
{
    const bool idle = m_phase == Phase::Reading && m_exchanges.empty() && !m_parser.isInMessage();
    if (!idle)
        m_idleTimer.stop();
    else if (!m_idleTimer.isActive())
        startIdleTimer();
}

void HttpConnection::startIdleTimer()
{
    m_idleTimer.start();
    m_idleSince.start();
}

void HttpConnection::teardown()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_idleTimer.stop();
    m_requestTimer.stop();
    m_closeTimer.stop();
    m_exchanges.clear();
    m_socket->abort();
    Q_EMIT closed();
}

QByteArray HttpConnection::serialize(const HttpResponse &response, const Exchange &exchange) const
{
    const int status = response.status();
    // RFC 9110: 204 and 304 carry neither a body nor (for 204) a length.
    const bool bodyless = status == 204 || status == 304;
    const bool sendBody = !bodyless && !exchange.head;

    QByteArray wire;
    wire.reserve(256 + (sendBody ? response.body().size() : 0));
    wire += "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status)
            + "\r\nDate: " + httpDate() + "\r\n";
    if (!bodyless)
        wire += "Content-Length: " + QByteArray::number(response.body().size()) + "\r\n";
    if (exchange.closeAfter)
        wire += "Connection: close\r\n";
    else if (exchange.http10)
        wire += "Connection: keep-alive\r\n";
    for (const HttpHeaders::Field &field : response.headers().fields()) {
        if (isServerField(field.first))
            continue;
        if (!HttpHeaders::isValidName(field.first) || !HttpHeaders::isValidValue(field.second)) {
            // A handler may echo device input; it must not be able to split the response.
            qCWarning(lcHttp) << "Dropped an unsafe response header field";
            continue;
        }
        wire += field.first + ": " + field.second + "\r\n";
    }
    wire += "\r\n";
    if (sendBody)
        wire += response.body();
    return wire;
}

} // namespace Espalier
