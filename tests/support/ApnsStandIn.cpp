// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ApnsStandIn.h"

#include "core/crypto/CertificateBuilder.h"
#include "tests/support/SimulatedOpenSsl.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <nghttp2/nghttp2.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <sys/eventfd.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <poll.h>
#include <string>
#include <thread>
#include <unistd.h>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

using SteadyClock = std::chrono::steady_clock;

// APNs refuses larger MDM payloads.
constexpr qsizetype MaxPayloadBytes = 4096;
// Apple's tokens are 32 bytes: 64 hex digits.
constexpr qsizetype MinTokenHexDigits = 64;
// A closing connection reads (and drops) what the client still sends for this long, so the
// client gets the last bytes (an alert, a GOAWAY) instead of a reset.
constexpr auto LingerTime = std::chrono::seconds(2);

bool isHex(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

// Views, not temporaries: the bytes must live until the submit call has copied them.
nghttp2_nv header(QByteArrayView name, QByteArrayView value)
{
    return nghttp2_nv{reinterpret_cast<uint8_t *>(const_cast<char *>(name.data())),
                      reinterpret_cast<uint8_t *>(const_cast<char *>(value.data())),
                      size_t(name.size()),
                      size_t(value.size()),
                      NGHTTP2_NV_FLAG_NONE};
}

QString userIdOf(X509 *certificate)
{
    if (!certificate)
        return {};
    X509_NAME *name = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(name, NID_userId, -1);
    if (index < 0)
        return {};
    ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

} // namespace

QByteArray ApnsStandIn::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

Result<ApnsStandIn::Pki> ApnsStandIn::Pki::create()
{
    Pki pki;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<PrivateKey> serverCaKey = PrivateKey::generateEcP256();
    Result<PrivateKey> serverKey = PrivateKey::generateEcP256();
    Result<PrivateKey> pushCaKey = PrivateKey::generateEcP256();
    for (const Result<PrivateKey> *key : {&serverCaKey, &serverKey, &pushCaKey}) {
        if (!*key)
            return fail(key->error());
    }
    Result<Certificate> serverCa = CertificateBuilder()
                                       .setSubject({u"APNs Stand-in Server CA"_s, u"Test"_s})
                                       .setValidity(now.addDays(-1), now.addYears(5))
                                       .issueSelfSignedCa(*serverCaKey);
    if (!serverCa)
        return fail(serverCa.error());
    SubjectAltNames names;
    names.dnsNames = {u"localhost"_s};
    names.ipAddresses = {QHostAddress(QHostAddress::LocalHost)};
    Result<Certificate> server = CertificateBuilder()
                                     .setSubject({u"localhost"_s})
                                     .setSubjectAltNames(names)
                                     .setValidity(now.addDays(-1), now.addDays(300))
                                     .setKeyUsage(KeyUsage::DigitalSignature)
                                     .setExtendedKeyUsage(ExtendedKeyUsage::ServerAuth)
                                     .issue(serverKey->publicKey(), *serverCa, *serverCaKey);
    if (!server)
        return fail(server.error());
    Result<Certificate> pushCa = CertificateBuilder()
                                     .setSubject(
                                         {u"Test Apple Push CA"_s, u"Test"_s, {}, u"US"_s, {}})
                                     .setValidity(now.addDays(-1), now.addYears(5))
                                     .issueSelfSignedCa(*pushCaKey);
    if (!pushCa)
        return fail(pushCa.error());
    pki.serverCa = *serverCa;
    pki.server = *server;
    pki.serverKey = *serverKey;
    pki.pushCa = *pushCa;
    pki.pushCaKey = *pushCaKey;
    return pki;
}

Result<ApnsStandIn::PushIdentity> ApnsStandIn::Pki::issuePushCertificate(
    const QDateTime &notBefore, const QDateTime &notAfter) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<PrivateKey> key = PrivateKey::generateRsa(2048);
    if (!key)
        return fail(key.error());
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    DistinguishedName subject;
    subject.userId = u"com.apple.mgmt.External."_s + uuid.toLower();
    subject.commonName = u"APSP:"_s + uuid.toLower();
    subject.country = u"US"_s;
    Result<Certificate> certificate
        = CertificateBuilder()
              .setSubject(subject)
              .setValidity(notBefore.isValid() ? notBefore : now.addDays(-1),
                           notAfter.isValid() ? notAfter : now.addYears(1))
              .setKeyUsage(KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment)
              .setExtendedKeyUsage(ExtendedKeyUsage::ClientAuth)
              .issue(key->publicKey(), pushCa, pushCaKey);
    if (!certificate)
        return fail(certificate.error());
    return PushIdentity{*certificate, *key, subject.userId};
}

// The server: everything below runs on its own thread, except the setters, which take the
// mutex, and start()/stop().
struct ApnsStandIn::Private
{
    struct TokenFailure
    {
        int status = 0;
        QString reason{};
        QDateTime timestamp{};
    };

    // Behaviour, shared with the test thread under the mutex.
    struct Behaviour
    {
        QHash<QByteArray, TokenFailure> tokenFailures{};
        int globalStatus = 0;
        QString globalReason{};
        int dropAfter = -1;
        int goAwayAfter = -1;
        QString goAwayReason{};
        bool stalled = false;
        std::chrono::milliseconds responseDelay{0};
        bool recording = true;
        std::function<void(const QByteArray &, const QString &)> pushHandler{};
    };

    struct Stream
    {
        QByteArray method{};
        QByteArray path{};
        QList<std::pair<QByteArray, QByteArray>> headers{};
        qsizetype headerBytes = 0;
        QByteArray body{};
        bool bodyTooLarge = false;
        QByteArray responseBody{};
        qsizetype responseSent = 0;
        int status = 0;
        QString reason{};
    };

    struct Connection
    {
        Private *server = nullptr;
        int id = 0;
        int fd = -1;
        SSL *ssl = nullptr;
        nghttp2_session *session = nullptr;
        bool established = false;
        bool wantWrite = false;
        bool dropNow = false;
        bool lingering = false;
        SteadyClock::time_point lingerUntil{};
        QString topic{};
        std::string out{};
        size_t outOffset = 0;
        std::unordered_map<qint32, std::unique_ptr<Stream>> streams{};
        int requests = 0;
        bool goAwaySent = false;
        qint32 goAwayLastStream = 0;
    };

    struct DelayedAnswer
    {
        SteadyClock::time_point due{};
        int connection = 0;
        qint32 stream = 0;
    };

    explicit Private(ApnsStandIn *owner)
        : q(owner)
    {}

    ApnsStandIn *const q;
    Options options{};
    SSL_CTX *context = nullptr;
    int listenFd = -1;
    int wakeFd = -1;
    quint16 port = 0;
    std::thread thread{};
    std::atomic<bool> stopping{false};
    std::atomic<bool> rejectClientCertificates{false};

    mutable std::mutex mutex;
    Behaviour behaviour;
    std::vector<Request> received;
    Statistics statistics;

    // Server thread only.
    std::map<int, std::unique_ptr<Connection>> connections;
    std::vector<DelayedAnswer> delayed;
    int nextConnectionId = 0;
    int openStreams = 0;

    Result<void> listen();
    void run();
    void accept();
    void service(Connection &connection);
    void established(Connection &connection);
    void read(Connection &connection);
    void flush(Connection &connection);
    void linger(Connection &connection);
    void close(int id);
    void answerDue();
    void handleRequest(Connection &connection, qint32 streamId, Stream &stream);
    void decide(const Connection &connection, Stream &stream, const Behaviour &rules) const;
    void respond(Connection &connection, qint32 streamId, Stream &stream);

    static int verifyClient(int preverified, X509_STORE_CTX *store);
    static int selectAlpn(SSL *,
                          const unsigned char **out,
                          unsigned char *outLength,
                          const unsigned char *in,
                          unsigned int inLength,
                          void *);

    static Connection *connectionOf(void *user) { return static_cast<Connection *>(user); }

    static int onBeginHeaders(nghttp2_session *session, const nghttp2_frame *frame, void *user);
    static int onHeader(nghttp2_session *session,
                        const nghttp2_frame *frame,
                        const uint8_t *name,
                        size_t nameLength,
                        const uint8_t *value,
                        size_t valueLength,
                        uint8_t,
                        void *user);
    static int onDataChunk(nghttp2_session *session,
                           uint8_t,
                           int32_t streamId,
                           const uint8_t *data,
                           size_t length,
                           void *user);
    static int onFrame(nghttp2_session *session, const nghttp2_frame *frame, void *user);
    static int onStreamClose(nghttp2_session *, int32_t streamId, uint32_t, void *user);
    static ssize_t readResponse(nghttp2_session *,
                                int32_t,
                                uint8_t *buffer,
                                size_t length,
                                uint32_t *flags,
                                nghttp2_data_source *source,
                                void *);
};

int ApnsStandIn::Private::verifyClient(int preverified, X509_STORE_CTX *store)
{
    if (!preverified)
        return 0;
    SSL *ssl = static_cast<SSL *>(
        X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto *server = static_cast<Private *>(SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), 0));
    if (server->rejectClientCertificates.load() && X509_STORE_CTX_get_error_depth(store) == 0) {
        // What APNs does with a revoked push certificate: a certificate alert in the handshake.
        X509_STORE_CTX_set_error(store, X509_V_ERR_CERT_REVOKED);
        return 0;
    }
    return 1;
}

int ApnsStandIn::Private::selectAlpn(SSL *,
                                     const unsigned char **out,
                                     unsigned char *outLength,
                                     const unsigned char *in,
                                     unsigned int inLength,
                                     void *)
{
    // APNs speaks HTTP/2 only.
    static const unsigned char h2[] = {2, 'h', '2'};
    unsigned char *selected = nullptr;
    if (SSL_select_next_proto(&selected, outLength, h2, sizeof h2, in, inLength)
        != OPENSSL_NPN_NEGOTIATED) {
        return SSL_TLSEXT_ERR_ALERT_FATAL;
    }
    *out = selected;
    return SSL_TLSEXT_ERR_OK;
}

Result<void> ApnsStandIn::Private::listen()
{
    context = SSL_CTX_new(TLS_server_method());
    if (!context)
        return SimulatedOpenSsl::failure(u"SSL_CTX_new failed"_s);
    SSL_CTX_set_ex_data(context, 0, this);
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    SSL_CTX_set_max_proto_version(
        context, options.maximumTls == TlsVersion::Tls12 ? TLS1_2_VERSION : TLS1_3_VERSION);
    SSL_CTX_set_mode(context, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    SimulatedOpenSsl::X509Ptr certificate = SimulatedOpenSsl::x509(options.certificate);
    SimulatedOpenSsl::EvpPkeyPtr key = SimulatedOpenSsl::evpKey(options.key);
    if (!certificate || !key || SSL_CTX_use_certificate(context, certificate.get()) != 1
        || SSL_CTX_use_PrivateKey(context, key.get()) != 1) {
        return SimulatedOpenSsl::failure(u"the stand-in's certificate or key is unusable"_s);
    }
    X509_STORE *store = SSL_CTX_get_cert_store(context);
    for (const Certificate &ca : std::as_const(options.clientCas)) {
        SimulatedOpenSsl::X509Ptr x = SimulatedOpenSsl::x509(ca);
        if (!x || X509_STORE_add_cert(store, x.get()) != 1)
            return SimulatedOpenSsl::failure(u"cannot trust a client CA"_s);
    }
    SSL_CTX_set_verify(context, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, &verifyClient);
    SSL_CTX_set_alpn_select_cb(context, &selectAlpn, nullptr);

    listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (listenFd < 0 || wakeFd < 0)
        return fail(
            Error::Code::Io, u"cannot make sockets"_s, QString::fromLocal8Bit(strerror(errno)));
    const int on = 1;
    ::setsockopt(listenFd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (::bind(listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(listenFd, 1024) != 0) {
        return fail(Error::Code::Network,
                    u"cannot listen on 127.0.0.1"_s,
                    QString::fromLocal8Bit(strerror(errno)));
    }
    socklen_t length = sizeof address;
    ::getsockname(listenFd, reinterpret_cast<sockaddr *>(&address), &length);
    port = ntohs(address.sin_port);
    return {};
}

void ApnsStandIn::Private::run()
{
    std::vector<pollfd> fds;
    std::vector<int> ids;
    while (!stopping.load()) {
        fds.clear();
        ids.clear();
        fds.push_back({wakeFd, POLLIN, 0});
        fds.push_back({listenFd, POLLIN, 0});
        const auto now = SteadyClock::now();
        auto wakeAt = SteadyClock::time_point::max();
        for (const auto &[id, connection] : connections) {
            short events = POLLIN;
            if (connection->wantWrite || connection->outOffset < connection->out.size())
                events |= POLLOUT;
            fds.push_back({connection->fd, events, 0});
            ids.push_back(id);
            if (connection->lingering)
                wakeAt = std::min(wakeAt, connection->lingerUntil);
        }
        for (const DelayedAnswer &answer : delayed)
            wakeAt = std::min(wakeAt, answer.due);
        int timeout = -1;
        if (wakeAt != SteadyClock::time_point::max()) {
            timeout = int(std::max<qint64>(
                0,
                std::chrono::duration_cast<std::chrono::milliseconds>(wakeAt - now).count() + 1));
        }
        if (::poll(fds.data(), fds.size(), timeout) < 0 && errno != EINTR)
            break;
        if (fds[0].revents & POLLIN) {
            quint64 value = 0;
            [[maybe_unused]] const ssize_t ignored = ::read(wakeFd, &value, sizeof value);
        }
        if (fds[1].revents & POLLIN)
            accept();
        for (size_t i = 2; i < fds.size(); ++i) {
            if (!fds[i].revents)
                continue;
            const auto found = connections.find(ids[i - 2]);
            if (found != connections.end())
                service(*found->second);
        }
        answerDue();
        const auto later = SteadyClock::now();
        std::vector<int> done;
        for (const auto &[id, connection] : connections) {
            if (connection->lingering && connection->lingerUntil <= later)
                done.push_back(id);
        }
        for (int id : done)
            close(id);
        const auto open = std::count_if(
            connections.cbegin(), connections.cend(), [](const auto &c) {
                return c.second->established && !c.second->lingering;
            });
        std::lock_guard lock(mutex);
        statistics.openConnections = int(open);
    }
}

void ApnsStandIn::Private::accept()
{
    for (;;) {
        const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            return;
        const int on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        auto connection = std::make_unique<Connection>();
        connection->server = this;
        connection->id = ++nextConnectionId;
        connection->fd = fd;
        connection->ssl = SSL_new(context);
        SSL_set_fd(connection->ssl, fd);
        SSL_set_accept_state(connection->ssl);
        {
            std::lock_guard lock(mutex);
            ++statistics.connections;
        }
        connections.emplace(connection->id, std::move(connection));
    }
}

void ApnsStandIn::Private::service(Connection &connection)
{
    if (connection.lingering) {
        char sink[4096];
        const ssize_t count = ::read(connection.fd, sink, sizeof sink);
        if (count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK))
            close(connection.id);
        return;
    }
    if (!connection.established) {
        ERR_clear_error();
        const int result = SSL_do_handshake(connection.ssl);
        if (result != 1) {
            const int error = SSL_get_error(connection.ssl, result);
            connection.wantWrite = error == SSL_ERROR_WANT_WRITE;
            if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
                return;
            {
                std::lock_guard lock(mutex);
                ++statistics.handshakesRefused;
            }
            ERR_clear_error();
            // OpenSSL has written its alert; let it reach the client.
            linger(connection);
            return;
        }
        connection.wantWrite = false;
        established(connection);
    }
    const int id = connection.id;
    read(connection);
    const auto found = connections.find(id);
    if (found == connections.end())
        return;
    Connection &still = *found->second;
    if (still.lingering)
        return;
    if (still.dropNow) {
        close(id);
        return;
    }
    flush(still);
}

void ApnsStandIn::Private::established(Connection &connection)
{
    connection.established = true;
    connection.topic = userIdOf(SSL_get0_peer_certificate(connection.ssl));

    nghttp2_session_callbacks *callbacks = nullptr;
    nghttp2_session_callbacks_new(&callbacks);
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &onBeginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &onHeader);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &onDataChunk);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &onFrame);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &onStreamClose);
    nghttp2_session_server_new(&connection.session, callbacks, &connection);
    nghttp2_session_callbacks_del(callbacks);
    const nghttp2_settings_entry settings[] = {
        {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, uint32_t(options.maxConcurrentStreams)}};
    nghttp2_submit_settings(connection.session, NGHTTP2_FLAG_NONE, settings, std::size(settings));
}

void ApnsStandIn::Private::read(Connection &connection)
{
    uint8_t buffer[16384];
    for (;;) {
        ERR_clear_error();
        const int count = SSL_read(connection.ssl, buffer, sizeof buffer);
        if (count > 0) {
            const ssize_t consumed = nghttp2_session_mem_recv(
                connection.session, buffer, size_t(count));
            if (consumed < 0) {
                linger(connection);
                return;
            }
            if (connection.dropNow)
                return;
            continue;
        }
        const int error = SSL_get_error(connection.ssl, count);
        if (error == SSL_ERROR_WANT_READ)
            return;
        if (error == SSL_ERROR_WANT_WRITE) {
            connection.wantWrite = true;
            return;
        }
        // The client closed (close_notify or EOF) or broke the TLS stream.
        ERR_clear_error();
        close(connection.id);
        return;
    }
}

void ApnsStandIn::Private::flush(Connection &connection)
{
    if (!connection.session)
        return;
    for (;;) {
        const uint8_t *data = nullptr;
        const ssize_t length = nghttp2_session_mem_send(connection.session, &data);
        if (length <= 0)
            break;
        connection.out.append(reinterpret_cast<const char *>(data), size_t(length));
    }
    connection.wantWrite = false;
    while (connection.outOffset < connection.out.size()) {
        ERR_clear_error();
        const int written = SSL_write(
            connection.ssl,
            connection.out.data() + connection.outOffset,
            int(std::min<size_t>(connection.out.size() - connection.outOffset, size_t(INT_MAX))));
        if (written > 0) {
            connection.outOffset += size_t(written);
            continue;
        }
        const int error = SSL_get_error(connection.ssl, written);
        if (error == SSL_ERROR_WANT_WRITE || error == SSL_ERROR_WANT_READ) {
            connection.wantWrite = true;
            return;
        }
        ERR_clear_error();
        close(connection.id);
        return;
    }
    connection.out.clear();
    connection.outOffset = 0;
    if (!nghttp2_session_want_read(connection.session)
        && !nghttp2_session_want_write(connection.session)) {
        // GOAWAY sent and every stream below it answered.
        SSL_shutdown(connection.ssl);
        linger(connection);
    }
}

void ApnsStandIn::Private::linger(Connection &connection)
{
    if (connection.session) {
        nghttp2_session_del(connection.session);
        connection.session = nullptr;
    }
    if (connection.ssl) {
        SSL_free(connection.ssl);
        connection.ssl = nullptr;
    }
    openStreams -= int(connection.streams.size());
    connection.streams.clear();
    ::shutdown(connection.fd, SHUT_WR);
    connection.lingering = true;
    connection.wantWrite = false;
    connection.out.clear();
    connection.outOffset = 0;
    connection.lingerUntil = SteadyClock::now() + LingerTime;
}

void ApnsStandIn::Private::close(int id)
{
    const auto found = connections.find(id);
    if (found == connections.end())
        return;
    Connection &connection = *found->second;
    if (connection.session)
        nghttp2_session_del(connection.session);
    if (connection.ssl)
        SSL_free(connection.ssl);
    openStreams -= int(connection.streams.size());
    ::close(connection.fd);
    connections.erase(found);
}

void ApnsStandIn::Private::answerDue()
{
    if (delayed.empty())
        return;
    const auto now = SteadyClock::now();
    std::vector<DelayedAnswer> due;
    auto split = std::stable_partition(
        delayed.begin(), delayed.end(), [now](const auto &answer) { return answer.due > now; });
    due.assign(split, delayed.end());
    delayed.erase(split, delayed.end());
    std::vector<int> touched;
    for (const DelayedAnswer &answer : due) {
        const auto found = connections.find(answer.connection);
        if (found == connections.end() || !found->second->session)
            continue;
        Connection &connection = *found->second;
        const auto stream = connection.streams.find(answer.stream);
        if (stream == connection.streams.end())
            continue;
        respond(connection, answer.stream, *stream->second);
        touched.push_back(answer.connection);
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (int id : touched) {
        const auto found = connections.find(id);
        if (found != connections.end() && found->second->session)
            flush(*found->second);
    }
}

int ApnsStandIn::Private::onBeginHeaders(nghttp2_session *session,
                                         const nghttp2_frame *frame,
                                         void *user)
{
    if (frame->hd.type != NGHTTP2_HEADERS || frame->headers.cat != NGHTTP2_HCAT_REQUEST)
        return 0;
    Connection *connection = connectionOf(user);
    auto stream = std::make_unique<Stream>();
    nghttp2_session_set_stream_user_data(session, frame->hd.stream_id, stream.get());
    connection->streams.emplace(frame->hd.stream_id, std::move(stream));
    Private *server = connection->server;
    ++server->openStreams;
    std::lock_guard lock(server->mutex);
    server->statistics.maxOpenStreams = std::max(server->statistics.maxOpenStreams,
                                                 server->openStreams);
    return 0;
}

int ApnsStandIn::Private::onHeader(nghttp2_session *session,
                                   const nghttp2_frame *frame,
                                   const uint8_t *name,
                                   size_t nameLength,
                                   const uint8_t *value,
                                   size_t valueLength,
                                   uint8_t,
                                   void *)
{
    if (frame->hd.type != NGHTTP2_HEADERS || frame->headers.cat != NGHTTP2_HCAT_REQUEST)
        return 0;
    auto *stream = static_cast<Stream *>(
        nghttp2_session_get_stream_user_data(session, frame->hd.stream_id));
    if (!stream)
        return 0;
    stream->headerBytes += qsizetype(nameLength + valueLength);
    if (stream->headerBytes > 16 * 1024)
        return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
    const QByteArray key(reinterpret_cast<const char *>(name), qsizetype(nameLength));
    const QByteArray text(reinterpret_cast<const char *>(value), qsizetype(valueLength));
    if (key == ":method")
        stream->method = text;
    else if (key == ":path")
        stream->path = text;
    else if (!key.startsWith(':'))
        stream->headers.append({key, text});
    return 0;
}

int ApnsStandIn::Private::onDataChunk(
    nghttp2_session *session, uint8_t, int32_t streamId, const uint8_t *data, size_t length, void *)
{
    auto *stream = static_cast<Stream *>(nghttp2_session_get_stream_user_data(session, streamId));
    if (!stream)
        return 0;
    if (stream->body.size() + qsizetype(length) > MaxPayloadBytes)
        stream->bodyTooLarge = true;
    else
        stream->body.append(reinterpret_cast<const char *>(data), qsizetype(length));
    return 0;
}

int ApnsStandIn::Private::onFrame(nghttp2_session *session, const nghttp2_frame *frame, void *user)
{
    if ((frame->hd.type != NGHTTP2_HEADERS && frame->hd.type != NGHTTP2_DATA)
        || !(frame->hd.flags & NGHTTP2_FLAG_END_STREAM)) {
        return 0;
    }
    auto *stream = static_cast<Stream *>(
        nghttp2_session_get_stream_user_data(session, frame->hd.stream_id));
    if (!stream)
        return 0;
    Connection *connection = connectionOf(user);
    connection->server->handleRequest(*connection, frame->hd.stream_id, *stream);
    return 0;
}

int ApnsStandIn::Private::onStreamClose(nghttp2_session *, int32_t streamId, uint32_t, void *user)
{
    Connection *connection = connectionOf(user);
    if (connection->streams.erase(streamId) > 0)
        --connection->server->openStreams;
    return 0;
}

ssize_t ApnsStandIn::Private::readResponse(nghttp2_session *,
                                           int32_t,
                                           uint8_t *buffer,
                                           size_t length,
                                           uint32_t *flags,
                                           nghttp2_data_source *source,
                                           void *)
{
    auto *stream = static_cast<Stream *>(source->ptr);
    const qsizetype count = std::min(qsizetype(length),
                                     stream->responseBody.size() - stream->responseSent);
    std::copy_n(stream->responseBody.constData() + stream->responseSent, count, buffer);
    stream->responseSent += count;
    if (stream->responseSent == stream->responseBody.size())
        *flags |= NGHTTP2_DATA_FLAG_EOF;
    return ssize_t(count);
}

void ApnsStandIn::Private::handleRequest(Connection &connection, qint32 streamId, Stream &stream)
{
    // After our GOAWAY, later streams were never processed: the client sends them again.
    if (connection.goAwaySent && streamId > connection.goAwayLastStream)
        return;
    // Requests behind the one that drops the connection in the same read never get an answer.
    if (connection.dropNow)
        return;
    ++connection.requests;

    Behaviour snapshot;
    bool drop = false;
    bool goAway = false;
    {
        std::lock_guard lock(mutex);
        ++statistics.requests;
        if (behaviour.dropAfter >= 0 && connection.requests > behaviour.dropAfter) {
            behaviour.dropAfter = -1;
            drop = true;
        }
        if (behaviour.goAwayAfter >= 0 && connection.requests >= behaviour.goAwayAfter) {
            behaviour.goAwayAfter = -1;
            goAway = true;
        }
        snapshot.globalStatus = behaviour.globalStatus;
        snapshot.globalReason = behaviour.globalReason;
        snapshot.stalled = behaviour.stalled;
        snapshot.responseDelay = behaviour.responseDelay;
        snapshot.recording = behaviour.recording;
        snapshot.goAwayReason = behaviour.goAwayReason;
        snapshot.pushHandler = behaviour.pushHandler;
        const QByteArray token = stream.path.mid(qsizetype(sizeof("/3/device/") - 1)).toLower();
        const auto failure = behaviour.tokenFailures.constFind(token);
        if (failure != behaviour.tokenFailures.constEnd())
            snapshot.tokenFailures.insert(token, *failure);
    }

    if (!drop)
        decide(connection, stream, snapshot);
    if (snapshot.recording) {
        Request request;
        request.connection = connection.id;
        request.method = stream.method;
        request.path = stream.path;
        request.headers = stream.headers;
        request.body = stream.body;
        request.clientTopic = connection.topic;
        request.status = drop || snapshot.stalled ? 0 : stream.status;
        request.reason = stream.reason;
        std::lock_guard lock(mutex);
        received.push_back(std::move(request));
    }
    if (drop) {
        connection.dropNow = true;
        return;
    }
    if (snapshot.stalled)
        return;

    if (snapshot.responseDelay.count() > 0) {
        delayed.push_back({SteadyClock::now() + snapshot.responseDelay, connection.id, streamId});
    } else {
        respond(connection, streamId, stream);
    }
    if (stream.status == 200) {
        const QByteArray token = QByteArray::fromHex(
            stream.path.mid(qsizetype(sizeof("/3/device/") - 1)));
        const QString magic
            = QJsonDocument::fromJson(stream.body).object().value(u"mdm"_s).toString();
        Q_EMIT q->pushAccepted(token, magic);
        if (snapshot.pushHandler) {
            QMetaObject::invokeMethod(
                q,
                [handler = snapshot.pushHandler, token, magic] { handler(token, magic); },
                Qt::QueuedConnection);
        }
    }
    if (goAway) {
        const QByteArray debug = QJsonDocument(QJsonObject{{u"reason"_s, snapshot.goAwayReason}})
                                     .toJson(QJsonDocument::Compact);
        nghttp2_submit_goaway(connection.session,
                              NGHTTP2_FLAG_NONE,
                              streamId,
                              NGHTTP2_NO_ERROR,
                              reinterpret_cast<const uint8_t *>(debug.constData()),
                              size_t(debug.size()));
        connection.goAwaySent = true;
        connection.goAwayLastStream = streamId;
    }
}

void ApnsStandIn::Private::decide(const Connection &connection,
                                  Stream &stream,
                                  const Behaviour &rules) const
{
    auto refuse = [&stream](int status, const QString &reason) {
        stream.status = status;
        stream.reason = reason;
    };
    auto headerOf = [&stream](QByteArrayView name) -> std::optional<QByteArray> {
        for (const auto &[key, value] : std::as_const(stream.headers)) {
            if (key == name)
                return value;
        }
        return std::nullopt;
    };

    if (rules.globalStatus != 0)
        return refuse(rules.globalStatus, rules.globalReason);
    if (stream.method != "POST")
        return refuse(405, u"MethodNotAllowed"_s);
    static const QByteArray prefix = "/3/device/";
    if (!stream.path.startsWith(prefix))
        return refuse(404, u"BadPath"_s);
    const QByteArray token = stream.path.mid(prefix.size());
    if (token.isEmpty())
        return refuse(400, u"MissingDeviceToken"_s);
    if (token.size() < MinTokenHexDigits || token.size() % 2 != 0 || !isHex(token))
        return refuse(400, u"BadDeviceToken"_s);
    if (headerOf("apns-push-type").value_or(QByteArray()) != "mdm")
        return refuse(400, u"InvalidPushType"_s);
    const std::optional<QByteArray> topic = headerOf("apns-topic");
    if (!topic || topic->isEmpty())
        return refuse(400, u"MissingTopic"_s);
    if (QString::fromUtf8(*topic) != connection.topic)
        return refuse(400, u"TopicDisallowed"_s);
    if (const std::optional<QByteArray> priority = headerOf("apns-priority");
        priority && *priority != "10" && *priority != "5") {
        return refuse(400, u"BadPriority"_s);
    }
    if (const std::optional<QByteArray> expiration = headerOf("apns-expiration")) {
        bool ok = false;
        expiration->toLongLong(&ok);
        if (!ok)
            return refuse(400, u"BadExpirationDate"_s);
    }
    if (stream.bodyTooLarge)
        return refuse(413, u"PayloadTooLarge"_s);
    if (stream.body.isEmpty())
        return refuse(400, u"PayloadEmpty"_s);
    const QJsonDocument body = QJsonDocument::fromJson(stream.body);
    if (!body.isObject() || !body.object().value(u"mdm"_s).isString()
        || body.object().value(u"mdm"_s).toString().isEmpty()) {
        return refuse(400, u"BadPayload"_s);
    }
    const auto failure = rules.tokenFailures.constFind(token.toLower());
    if (failure != rules.tokenFailures.constEnd()) {
        refuse(failure->status, failure->reason);
        if (failure->status == 410) {
            const QDateTime at = failure->timestamp.isValid() ? failure->timestamp
                                                              : QDateTime::currentDateTimeUtc();
            stream.responseBody = QJsonDocument(
                                      QJsonObject{{u"reason"_s, failure->reason},
                                                  {u"timestamp"_s, double(at.toMSecsSinceEpoch())}})
                                      .toJson(QJsonDocument::Compact);
        }
        return;
    }
    stream.status = 200;
}

void ApnsStandIn::Private::respond(Connection &connection, qint32 streamId, Stream &stream)
{
    if (stream.status != 200 && stream.responseBody.isEmpty()) {
        stream.responseBody = QJsonDocument(QJsonObject{{u"reason"_s, stream.reason}})
                                  .toJson(QJsonDocument::Compact);
    }
    QByteArray apnsId;
    for (const auto &[key, value] : std::as_const(stream.headers)) {
        if (key == "apns-id")
            apnsId = value;
    }
    if (apnsId.isEmpty())
        apnsId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces).toUpper();
    const QByteArray status = QByteArray::number(stream.status);
    std::vector<nghttp2_nv> headers{header(":status", status), header("apns-id", apnsId)};
    static const QByteArray json = "application/json";
    if (!stream.responseBody.isEmpty())
        headers.push_back(header("content-type", json));
    nghttp2_data_provider provider;
    provider.source.ptr = &stream;
    provider.read_callback = &readResponse;
    nghttp2_submit_response(connection.session,
                            streamId,
                            headers.data(),
                            headers.size(),
                            stream.responseBody.isEmpty() ? nullptr : &provider);
    std::lock_guard lock(mutex);
    ++statistics.answered;
}

ApnsStandIn::ApnsStandIn(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{}

ApnsStandIn::~ApnsStandIn()
{
    stop();
}

Result<void> ApnsStandIn::start(const Options &options)
{
    Q_ASSERT(!d->thread.joinable());
    d->options = options;
    if (Result<void> listening = d->listen(); !listening) {
        stop();
        return listening;
    }
    d->stopping = false;
    d->thread = std::thread([this] { d->run(); });
    return {};
}

void ApnsStandIn::stop()
{
    if (d->thread.joinable()) {
        d->stopping = true;
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t ignored = ::write(d->wakeFd, &one, sizeof one);
        d->thread.join();
    }
    std::vector<int> ids;
    for (const auto &entry : d->connections)
        ids.push_back(entry.first);
    for (int id : ids)
        d->close(id);
    d->delayed.clear();
    if (d->listenFd >= 0)
        ::close(std::exchange(d->listenFd, -1));
    if (d->wakeFd >= 0)
        ::close(std::exchange(d->wakeFd, -1));
    if (d->context)
        SSL_CTX_free(std::exchange(d->context, nullptr));
}

quint16 ApnsStandIn::port() const
{
    return d->port;
}

void ApnsStandIn::failToken(const QByteArray &deviceToken,
                            int status,
                            const QString &reason,
                            const QDateTime &timestamp)
{
    std::lock_guard lock(d->mutex);
    d->behaviour.tokenFailures.insert(deviceToken.toHex(), {status, reason, timestamp});
}

void ApnsStandIn::clearTokenFailures()
{
    std::lock_guard lock(d->mutex);
    d->behaviour.tokenFailures.clear();
}

void ApnsStandIn::setGlobalFailure(int status, const QString &reason)
{
    std::lock_guard lock(d->mutex);
    d->behaviour.globalStatus = status;
    d->behaviour.globalReason = reason;
}

void ApnsStandIn::dropConnectionAfter(int requests)
{
    std::lock_guard lock(d->mutex);
    d->behaviour.dropAfter = requests;
}

void ApnsStandIn::sendGoAwayAfter(int requests, const QString &reason)
{
    std::lock_guard lock(d->mutex);
    d->behaviour.goAwayAfter = requests;
    d->behaviour.goAwayReason = reason;
}

void ApnsStandIn::setStalled(bool stalled)
{
    std::lock_guard lock(d->mutex);
    d->behaviour.stalled = stalled;
}

void ApnsStandIn::setRejectClientCertificates(bool reject)
{
    d->rejectClientCertificates = reject;
}

void ApnsStandIn::setResponseDelay(std::chrono::milliseconds delay)
{
    std::lock_guard lock(d->mutex);
    d->behaviour.responseDelay = delay;
}

void ApnsStandIn::setRecording(bool recording)
{
    std::lock_guard lock(d->mutex);
    d->behaviour.recording = recording;
}

void ApnsStandIn::setPushHandler(
    std::function<void(const QByteArray &deviceToken, const QString &pushMagic)> handler)
{
    std::lock_guard lock(d->mutex);
    d->behaviour.pushHandler = std::move(handler);
}

QList<ApnsStandIn::Request> ApnsStandIn::received() const
{
    std::lock_guard lock(d->mutex);
    return QList<Request>(d->received.begin(), d->received.end());
}

void ApnsStandIn::clearReceived()
{
    std::lock_guard lock(d->mutex);
    d->received.clear();
}

ApnsStandIn::Statistics ApnsStandIn::statistics() const
{
    std::lock_guard lock(d->mutex);
    return d->statistics;
}

void ApnsStandIn::resetMaxOpenStreams()
{
    std::lock_guard lock(d->mutex);
    d->statistics.maxOpenStreams = 0;
}

} // namespace Espalier
