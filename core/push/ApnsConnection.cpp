// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/push/ApnsConnection.h"

#include "core/push/ApnsLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#include <nghttp2/nghttp2.h>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// APNs answers with a few dozen bytes of JSON; anything beyond this is not kept.
constexpr qsizetype MaxResponseBody = 16 * 1024;

// Views, not temporaries: the bytes must live until the submit call has copied them.
nghttp2_nv header(QByteArrayView name, QByteArrayView value)
{
    return nghttp2_nv{reinterpret_cast<uint8_t *>(const_cast<char *>(name.data())),
                      reinterpret_cast<uint8_t *>(const_cast<char *>(value.data())),
                      size_t(name.size()),
                      size_t(value.size()),
                      NGHTTP2_NV_FLAG_NONE};
}

// A TLS alert the server sends when it refuses our client certificate. OpenSSL names the alert
// in its error text ("sslv3 alert certificate revoked", "tlsv13 alert certificate required").
bool isCertificateAlert(const QString &error)
{
    const QString text = error.toLower();
    if (!text.contains(u"alert"_s))
        return false;
    return text.contains(u"certificate"_s) || text.contains(u"unknown ca"_s)
           || text.contains(u"access denied"_s);
}

QString jsonReason(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isObject() ? document.object().value(u"reason"_s).toString() : QString();
}

} // namespace

struct ApnsConnection::Stream
{
    quint64 requestId = 0;
    QByteArray body{};
    qsizetype bodySent = 0;
    Response response{};
    bool cancelled = false;
};

struct ApnsConnection::Event
{
    enum class Kind {
        Ready,
        Answered,
        Failed,
        GoingAway,
    };
    Kind kind = Kind::Ready;
    quint64 requestId = 0;
    Response response{};
    bool notProcessed = false;
    quint32 errorCode = 0;
    QString reason{};
};

// libnghttp2's callbacks; they only record, and dispatch() reports once nghttp2 has returned.
struct ApnsConnectionCallbacks
{
    static ApnsConnection *self(void *userData) { return static_cast<ApnsConnection *>(userData); }

    static ApnsConnection::Stream *stream(nghttp2_session *session, qint32 streamId)
    {
        return static_cast<ApnsConnection::Stream *>(
            nghttp2_session_get_stream_user_data(session, streamId));
    }

    static int onHeader(nghttp2_session *session,
                        const nghttp2_frame *frame,
                        const uint8_t *name,
                        size_t nameLength,
                        const uint8_t *value,
                        size_t valueLength,
                        uint8_t,
                        void *)
    {
        if (frame->hd.type != NGHTTP2_HEADERS || frame->headers.cat != NGHTTP2_HCAT_RESPONSE)
            return 0;
        ApnsConnection::Stream *s = stream(session, frame->hd.stream_id);
        if (!s)
            return 0;
        const QByteArrayView headerName(name, qsizetype(nameLength));
        const QByteArray headerValue(reinterpret_cast<const char *>(value),
                                     qsizetype(std::min<size_t>(valueLength, 256)));
        if (headerName == ":status")
            s->response.status = headerValue.toInt();
        else if (headerName == "apns-id")
            s->response.apnsId = headerValue;
        else if (headerName == "retry-after")
            s->response.retryAfter = headerValue;
        return 0;
    }

    static int onDataChunk(nghttp2_session *session,
                           uint8_t,
                           int32_t streamId,
                           const uint8_t *data,
                           size_t length,
                           void *)
    {
        ApnsConnection::Stream *s = stream(session, streamId);
        if (!s)
            return 0;
        const qsizetype room = MaxResponseBody - s->response.body.size();
        if (room > 0) {
            s->response.body.append(reinterpret_cast<const char *>(data),
                                    std::min(room, qsizetype(length)));
        }
        return 0;
    }

    static int onStreamClose(nghttp2_session *, int32_t streamId, uint32_t errorCode, void *user)
    {
        ApnsConnection *connection = self(user);
        auto found = connection->m_streams.find(streamId);
        if (found == connection->m_streams.end())
            return 0;
        std::unique_ptr<ApnsConnection::Stream> s = std::move(found->second);
        connection->m_streams.erase(found);
        if (s->cancelled)
            return 0;
        connection->m_streamOfRequest.erase(s->requestId);
        ApnsConnection::Event event;
        event.requestId = s->requestId;
        if (errorCode == NGHTTP2_NO_ERROR && s->response.status > 0) {
            event.kind = ApnsConnection::Event::Kind::Answered;
            event.response = std::move(s->response);
            ++connection->m_answeredCount;
        } else {
            event.kind = ApnsConnection::Event::Kind::Failed;
            event.notProcessed = errorCode == NGHTTP2_REFUSED_STREAM;
            event.errorCode = errorCode;
        }
        connection->m_events.push_back(std::move(event));
        return 0;
    }

    static int onFrame(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        ApnsConnection *connection = self(user);
        if (frame->hd.type == NGHTTP2_SETTINGS && !(frame->hd.flags & NGHTTP2_FLAG_ACK)) {
            connection->m_ready = true;
            ApnsConnection::Event event;
            event.kind = ApnsConnection::Event::Kind::Ready;
            connection->m_events.push_back(std::move(event));
        } else if (frame->hd.type == NGHTTP2_GOAWAY) {
            connection->m_goAway = true;
            const QByteArray debug(reinterpret_cast<const char *>(frame->goaway.opaque_data),
                                   qsizetype(std::min<size_t>(frame->goaway.opaque_data_len,
                                                              size_t(MaxResponseBody))));
            connection->m_goAwayReason = jsonReason(debug);
            qCInfo(lcApns).noquote()
                << "GOAWAY from" << connection->m_host << "last stream"
                << frame->goaway.last_stream_id << "error" << frame->goaway.error_code << "reason"
                << connection->m_goAwayReason;
            ApnsConnection::Event event;
            event.kind = ApnsConnection::Event::Kind::GoingAway;
            event.reason = connection->m_goAwayReason;
            connection->m_events.push_back(std::move(event));
        }
        return 0;
    }

    static ssize_t readBody(nghttp2_session *,
                            int32_t,
                            uint8_t *buffer,
                            size_t length,
                            uint32_t *flags,
                            nghttp2_data_source *source,
                            void *)
    {
        auto *s = static_cast<ApnsConnection::Stream *>(source->ptr);
        const qsizetype count = std::min(qsizetype(length), s->body.size() - s->bodySent);
        std::copy_n(s->body.constData() + s->bodySent, count, buffer);
        s->bodySent += count;
        if (s->bodySent == s->body.size())
            *flags |= NGHTTP2_DATA_FLAG_EOF;
        return ssize_t(count);
    }
};

ApnsConnection::ApnsConnection(const QSslConfiguration &tls,
                               QString host,
                               quint16 port,
                               std::chrono::milliseconds connectTimeout,
                               QObject *parent)
    : QObject(parent)
    , m_tls(tls)
    , m_host(std::move(host))
    , m_port(port)
    , m_connectTimeout(connectTimeout)
{}

ApnsConnection::~ApnsConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    if (m_session)
        nghttp2_session_del(m_session);
}

void ApnsConnection::open()
{
    Q_ASSERT(!m_socket);
    m_lastReceive.start();
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(m_tls);
    m_connectTimer = new QTimer(this);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        finish(CloseReason::ConnectFailed,
               u"no HTTP/2 settings from %1:%2 within %3 ms"_s.arg(m_host).arg(m_port).arg(
                   m_connectTimeout.count()));
    });
    // Nagle's algorithm holds a lone push back for up to 40 ms waiting for a delayed ACK.
    connect(m_socket, &QSslSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    });
    connect(m_socket, &QSslSocket::encrypted, this, &ApnsConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ApnsConnection::onReadyRead);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        m_socketError = texts.join(u"; "_s);
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        const QString text = m_socket->errorString();
        m_socketError = m_socketError.isEmpty() ? text : m_socketError + u"; "_s + text;
        onSocketGone();
    });
    connect(m_socket, &QSslSocket::disconnected, this, &ApnsConnection::onSocketGone);
    m_connectTimer->start(m_connectTimeout);
    m_socket->connectToHostEncrypted(m_host, m_port, m_host);
}

bool ApnsConnection::isReady() const
{
    return m_ready && !m_goAway && !m_closing && !m_finished;
}

int ApnsConnection::streamCapacity() const
{
    if (!isReady())
        return 0;
    const quint32 limit = nghttp2_session_get_remote_settings(
        m_session, NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS);
    const qint64 allowed = std::min<qint64>(limit, INT_MAX);
    return int(std::max<qint64>(0, allowed - qint64(m_streams.size())));
}

bool ApnsConnection::submit(quint64 requestId, const Request &request)
{
    if (!isReady())
        return false;
    static const QByteArray method = "POST";
    static const QByteArray scheme = "https";
    const QByteArray authority = m_port == 443 ? m_host.toUtf8()
                                               : m_host.toUtf8() + ':' + QByteArray::number(m_port);
    std::vector<nghttp2_nv> headers;
    headers.reserve(std::size_t(request.headers.size()) + 4);
    headers.push_back(header(":method", method));
    headers.push_back(header(":scheme", scheme));
    headers.push_back(header(":authority", authority));
    headers.push_back(header(":path", request.path));
    for (const auto &[name, value] : request.headers)
        headers.push_back(header(name, value));

    auto stream = std::make_unique<Stream>();
    stream->requestId = requestId;
    stream->body = request.body;
    nghttp2_data_provider provider;
    provider.source.ptr = stream.get();
    provider.read_callback = &ApnsConnectionCallbacks::readBody;
    const qint32 streamId = nghttp2_submit_request(
        m_session, nullptr, headers.data(), headers.size(), &provider, stream.get());
    if (streamId < 0) {
        qCWarning(lcApns) << "Could not submit a request:" << nghttp2_strerror(streamId);
        return false;
    }
    m_streams.emplace(streamId, std::move(stream));
    m_streamOfRequest.emplace(requestId, streamId);
    return true;
}

void ApnsConnection::cancel(quint64 requestId)
{
    const auto found = m_streamOfRequest.find(requestId);
    if (found == m_streamOfRequest.end())
        return;
    const qint32 streamId = found->second;
    m_streamOfRequest.erase(found);
    const auto stream = m_streams.find(streamId);
    if (stream != m_streams.end())
        stream->second->cancelled = true;
    if (m_session && !m_finished)
        nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, streamId, NGHTTP2_CANCEL);
}

void ApnsConnection::flush()
{
    if (!m_session || m_finished)
        return;
    QByteArray out;
    for (;;) {
        const uint8_t *data = nullptr;
        const ssize_t length = nghttp2_session_mem_send(m_session, &data);
        if (length < 0) {
            finish(CloseReason::ProtocolError, QString::fromUtf8(nghttp2_strerror(int(length))));
            return;
        }
        if (length == 0)
            break;
        out.append(reinterpret_cast<const char *>(data), qsizetype(length));
    }
    if (!out.isEmpty())
        m_socket->write(out);
    if (!nghttp2_session_want_read(m_session) && !nghttp2_session_want_write(m_session)) {
        // Both sides are done (GOAWAY); close once the last bytes are written.
        m_closing = true;
        m_socket->disconnectFromHost();
    }
}

void ApnsConnection::shutdown()
{
    if (m_finished)
        return;
    m_closing = true;
    if (!m_session) {
        abort(u"closed before the handshake finished"_s);
        return;
    }
    nghttp2_session_terminate_session(m_session, NGHTTP2_NO_ERROR);
    flush();
}

void ApnsConnection::abort(const QString &detail)
{
    m_closing = true;
    finish(CloseReason::Closed, detail);
}

void ApnsConnection::onEncrypted()
{
    if (m_socket->sslConfiguration().nextNegotiatedProtocol()
        != QSslConfiguration::ALPNProtocolHTTP2) {
        finish(CloseReason::ConnectFailed,
               u"%1:%2 does not speak HTTP/2 (ALPN)"_s.arg(m_host).arg(m_port));
        return;
    }
    nghttp2_session_callbacks *callbacks = nullptr;
    if (nghttp2_session_callbacks_new(&callbacks) != 0) {
        finish(CloseReason::ConnectFailed, u"out of memory"_s);
        return;
    }
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &ApnsConnectionCallbacks::onHeader);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(
        callbacks, &ApnsConnectionCallbacks::onDataChunk);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks,
                                                           &ApnsConnectionCallbacks::onStreamClose);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks,
                                                         &ApnsConnectionCallbacks::onFrame);
    const int created = nghttp2_session_client_new(&m_session, callbacks, this);
    nghttp2_session_callbacks_del(callbacks);
    if (created != 0) {
        m_session = nullptr;
        finish(CloseReason::ConnectFailed, QString::fromUtf8(nghttp2_strerror(created)));
        return;
    }
    // APNs never pushes streams to us.
    const nghttp2_settings_entry settings[] = {{NGHTTP2_SETTINGS_ENABLE_PUSH, 0}};
    nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings, std::size(settings));
    flush();
}

void ApnsConnection::onReadyRead()
{
    if (m_finished)
        return;
    receive(m_socket->readAll());
}

void ApnsConnection::receive(const QByteArray &data)
{
    if (!m_session || data.isEmpty())
        return;
    m_lastReceive.start();
    const ssize_t consumed = nghttp2_session_mem_recv(
        m_session, reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
    if (consumed < 0) {
        dispatch();
        finish(CloseReason::ProtocolError, QString::fromUtf8(nghttp2_strerror(int(consumed))));
        return;
    }
    flush();
    if (m_ready && m_connectTimer->isActive())
        m_connectTimer->stop();
    dispatch();
}

void ApnsConnection::onSocketGone()
{
    if (m_finished)
        return;
    // Answers that arrived just before the close still count.
    if (m_socket->bytesAvailable() > 0)
        receive(m_socket->readAll());
    if (m_finished)
        return;
    finish(classifyEnd(), m_socketError.isEmpty() ? m_socket->errorString() : m_socketError);
}

void ApnsConnection::dispatch()
{
    // A slot may call back into this connection (submit, flush, abort); events it causes wait
    // for the next round instead of reordering this one.
    if (m_dispatching)
        return;
    m_dispatching = true;
    QPointer<ApnsConnection> guard(this);
    while (!m_events.empty()) {
        std::vector<Event> events;
        events.swap(m_events);
        for (const Event &event : events) {
            emitEvent(event);
            if (!guard)
                return;
        }
    }
    m_dispatching = false;
}

void ApnsConnection::emitEvent(const Event &event)
{
    switch (event.kind) {
    case Event::Kind::Ready:
        Q_EMIT ready();
        break;
    case Event::Kind::Answered:
        Q_EMIT answered(event.requestId, event.response);
        break;
    case Event::Kind::Failed:
        Q_EMIT streamFailed(event.requestId, event.notProcessed, event.errorCode);
        break;
    case Event::Kind::GoingAway:
        Q_EMIT goingAway(event.reason);
        break;
    }
}

ApnsConnection::CloseReason ApnsConnection::classifyEnd() const
{
    if (isCertificateAlert(m_socketError))
        return CloseReason::CertificateRejected;
    if (m_goAway)
        return CloseReason::GoAway;
    if (m_closing)
        return CloseReason::Closed;
    if (!m_ready)
        return CloseReason::ConnectFailed;
    return CloseReason::Dropped;
}

void ApnsConnection::finish(CloseReason reason, const QString &detail)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer->stop();

    std::vector<std::pair<qint32, quint64>> open;
    open.reserve(m_streamOfRequest.size());
    for (const auto &[requestId, streamId] : m_streamOfRequest)
        open.emplace_back(streamId, requestId);
    std::sort(open.begin(), open.end());
    CloseInfo info;
    info.reason = reason;
    info.detail = detail;
    info.answeredCount = m_answeredCount;
    for (const auto &entry : open)
        info.unanswered.append(entry.second);
    m_streamOfRequest.clear();

    m_socket->disconnect(this);
    m_socket->abort();
    if (m_session) {
        // Frees the streams without calling back.
        nghttp2_session_del(m_session);
        m_session = nullptr;
    }
    m_streams.clear();
    // What was received before the end is still reported, ahead of closed().
    auto pending = std::make_shared<std::vector<Event>>();
    pending->swap(m_events);

    qCDebug(lcApns).noquote() << "Connection to" << m_host << "port" << m_port
                              << "closed:" << reason << detail << "," << info.unanswered.size()
                              << "unanswered";
    QMetaObject::invokeMethod(
        this,
        // A receiver may delete the connection: each step checks it is still there.
        [guard = QPointer<ApnsConnection>(this), info, pending] {
            for (const Event &event : *pending) {
                if (!guard)
                    return;
                guard->emitEvent(event);
            }
            if (guard)
                Q_EMIT guard->closed(info);
        },
        Qt::QueuedConnection);
}

} // namespace Espalier
