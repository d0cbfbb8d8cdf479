// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/ServerSocket.h"

#include "core/crypto/OpenSsl.h"

#include <QSocketNotifier>
#include <QSslKey>
#include <QSslSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};

using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &cursor, long(der.size())));
}

QSslCertificate toQt(X509 *certificate)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(certificate, &der);
    if (length <= 0)
        return QSslCertificate();
    QSslCertificate converted(QByteArray(reinterpret_cast<const char *>(der), length), QSsl::Der);
    OPENSSL_free(der);
    return converted;
}

bool usePrivateKey(SSL_CTX *context, const QSslKey &key)
{
    QByteArray pem = key.toPem();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *parsed = bio ? PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    OpenSsl::cleanse(pem);
    const bool used = parsed && SSL_CTX_use_PrivateKey(context, parsed) == 1
                      && SSL_CTX_check_private_key(context) == 1;
    EVP_PKEY_free(parsed);
    return used;
}

// Devices speak HTTP/1.1; a client that offers only other protocols goes on without ALPN.
int selectHttp11(SSL *,
                 const unsigned char **out,
                 unsigned char *outLength,
                 const unsigned char *offered,
                 unsigned int offeredLength,
                 void *)
{
    static const unsigned char ours[] = "\x08http/1.1";
    unsigned char *selected = nullptr;
    unsigned char selectedLength = 0;
    if (SSL_select_next_proto(
            &selected, &selectedLength, ours, sizeof ours - 1, offered, offeredLength)
        != OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_NOACK;
    *out = selected;
    *outLength = selectedLength;
    return SSL_TLSEXT_ERR_OK;
}

// QueryPeer: ask for a certificate, accept any; the handler sees the verification outcome.
int acceptAnyPeer(int, X509_STORE_CTX *)
{
    return 1;
}

void setProtocolRange(SSL_CTX *context, QSsl::SslProtocol protocol)
{
    int minimum = TLS1_2_VERSION;
    int maximum = 0;
    switch (protocol) {
    case QSsl::TlsV1_2:
        maximum = TLS1_2_VERSION;
        break;
    case QSsl::TlsV1_3:
        minimum = TLS1_3_VERSION;
        maximum = TLS1_3_VERSION;
        break;
    case QSsl::TlsV1_3OrLater:
        minimum = TLS1_3_VERSION;
        break;
    default:
        break;
    }
    SSL_CTX_set_min_proto_version(context, minimum);
    SSL_CTX_set_max_proto_version(context, maximum);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

ServerTlsContext::ServerTlsContext(ssl_ctx_st *context)
    : m_context(context)
{}

ServerTlsContext::~ServerTlsContext()
{
    SSL_CTX_free(m_context);
}

Result<std::shared_ptr<const ServerTlsContext>> ServerTlsContext::create(
    const QSslConfiguration &configuration)
{
    // As with QSslSocket: the chain, leaf first, when there is one, else the certificate alone.
    QList<QSslCertificate> chain = configuration.localCertificateChain();
    if (chain.isEmpty())
        chain.append(configuration.localCertificate());
    if (chain.first().isNull() || configuration.privateKey().isNull())
        return fail(Error::Code::Tls, tr("The server has no TLS certificate or key."));
    ERR_clear_error();
    SSL_CTX *context = SSL_CTX_new(TLS_server_method());
    if (!context)
        return OpenSsl::failure(Error::Code::Tls, tr("TLS is not available."));
    std::shared_ptr<const ServerTlsContext> owner(new ServerTlsContext(context));

    setProtocolRange(context, configuration.protocol());
    SSL_CTX_set_options(context,
                        SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_RENEGOTIATION
                            | SSL_OP_IGNORE_UNEXPECTED_EOF);
    // Record buffers are given back between records: an idle connection holds none.
    SSL_CTX_set_mode(context,
                     SSL_MODE_RELEASE_BUFFERS | SSL_MODE_ENABLE_PARTIAL_WRITE
                         | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    // No per-session state on the server; session tickets still let a client resume.
    SSL_CTX_set_session_cache_mode(context, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_alpn_select_cb(context, selectHttp11, nullptr);

    const X509Ptr leaf = toX509(chain.first());
    if (!leaf || SSL_CTX_use_certificate(context, leaf.get()) != 1)
        return OpenSsl::failure(Error::Code::Tls, tr("The server's TLS certificate is unusable."));
    for (const QSslCertificate &certificate : chain.sliced(1)) {
        const X509Ptr issuer = toX509(certificate);
        if (!issuer || SSL_CTX_add1_chain_cert(context, issuer.get()) != 1)
            return OpenSsl::failure(Error::Code::Tls,
                                    tr("The server's certificate chain is unusable."));
    }
    if (!usePrivateKey(context, configuration.privateKey()))
        return OpenSsl::failure(Error::Code::Tls,
                                tr("The server's TLS key cannot be used with its certificate."));

    X509_STORE *store = SSL_CTX_get_cert_store(context);
    for (const QSslCertificate &authority : configuration.caCertificates()) {
        const X509Ptr ca = toX509(authority);
        if (!ca || X509_STORE_add_cert(store, ca.get()) != 1
            || SSL_CTX_add_client_CA(context, ca.get()) != 1)
            return OpenSsl::failure(Error::Code::Tls,
                                    tr("A CA certificate for client certificates is unusable."));
    }
    switch (configuration.peerVerifyMode()) {
    case QSslSocket::VerifyNone:
        SSL_CTX_set_verify(context, SSL_VERIFY_NONE, nullptr);
        break;
    case QSslSocket::VerifyPeer:
        SSL_CTX_set_verify(context, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
        break;
    case QSslSocket::QueryPeer:
    case QSslSocket::AutoVerifyPeer:
        SSL_CTX_set_verify(context, SSL_VERIFY_PEER, acceptAnyPeer);
        break;
    }
    return owner;
}

ServerSocket::ServerSocket(qintptr descriptor,
                           const std::shared_ptr<const ServerTlsContext> &tls,
                           QObject *parent)
    : QObject(parent)
    , m_descriptor(descriptor)
{
    const int fd = int(descriptor);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    // Answers go out in one write each; waiting to coalesce them only adds latency.
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
        m_peerAddress = QHostAddress(reinterpret_cast<const sockaddr *>(&address));
        if (address.ss_family == AF_INET)
            m_peerPort = ntohs(reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
        else if (address.ss_family == AF_INET6)
            m_peerPort = ntohs(reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port);
    }

    m_readNotifier = new QSocketNotifier(descriptor, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(descriptor, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ServerSocket::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &ServerSocket::onWritable);

    if (tls) {
        m_state = State::Handshaking;
        ERR_clear_error();
        // The connection holds a reference to the context for as long as it lives.
        m_ssl = SSL_new(tls->handle());
        if (!m_ssl || SSL_set_fd(m_ssl, fd) != 1) {
            fail(tr("TLS could not start: %1").arg(OpenSsl::takeErrors()));
            return;
        }
        SSL_set_accept_state(m_ssl);
    }
}

ServerSocket::~ServerSocket()
{
    closeDescriptor();
}

qint64 ServerSocket::bytesAvailable() const
{
    if (m_descriptor < 0)
        return 0;
    int queued = 0;
    if (::ioctl(int(m_descriptor), FIONREAD, &queued) != 0)
        queued = 0;
    return qint64(queued) + (m_ssl && m_state != State::Handshaking ? SSL_pending(m_ssl) : 0);
}

QByteArray ServerSocket::read(qint64 maxSize)
{
    QByteArray data;
    if (m_state != State::Connected && m_state != State::Closing)
        return data;
    // Read in slices and copied out at their size, so what the caller keeps is what arrived.
    char slice[16 * 1024];
    while (data.size() < maxSize) {
        const qint64 received = receive(slice, qMin<qint64>(sizeof slice, maxSize - data.size()));
        if (received <= 0)
            break;
        data.append(slice, qsizetype(received));
    }
    // The caller has read; more input may be announced again.
    if (m_descriptor >= 0)
        m_readNotifier->setEnabled(true);
    return data;
}

void ServerSocket::write(const QByteArray &data)
{
    if (m_state != State::Connected || data.isEmpty())
        return;
    if (m_output.isEmpty())
        m_output = data;
    else
        m_output.append(data);
    flushOutput();
}

void ServerSocket::disconnectFromHost()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    if (m_state == State::Handshaking) {
        abort();
        return;
    }
    m_state = State::Closing;
    flushOutput();
}

void ServerSocket::abort()
{
    closeDescriptor();
}

void ServerSocket::onReadable()
{
    if (m_state == State::Handshaking) {
        handshake();
        return;
    }
    if (std::exchange(m_writeWantsRead, false))
        flushOutput();
    if (m_descriptor < 0)
        return;
    // Level-triggered: quiet until the reader has taken the input.
    m_readNotifier->setEnabled(false);
    Q_EMIT readyRead();
}

void ServerSocket::onWritable()
{
    if (m_state == State::Handshaking) {
        handshake();
        return;
    }
    if (std::exchange(m_readWantsWrite, false)) {
        m_writeNotifier->setEnabled(bytesToWrite() > 0);
        Q_EMIT readyRead();
        if (m_descriptor < 0)
            return;
    }
    const qint64 before = bytesToWrite();
    flushOutput();
    const qint64 written = before - bytesToWrite();
    if (written > 0 && m_descriptor >= 0)
        Q_EMIT bytesWritten(written);
}

void ServerSocket::handshake()
{
    ERR_clear_error();
    errno = 0;
    const int result = SSL_do_handshake(m_ssl);
    if (result == 1) {
        m_state = State::Connected;
        m_writeNotifier->setEnabled(false);
        m_readNotifier->setEnabled(true);
        capturePeer();
        Q_EMIT encrypted();
        return;
    }
    switch (const int error = SSL_get_error(m_ssl, result)) {
    case SSL_ERROR_WANT_READ:
        m_readNotifier->setEnabled(true);
        m_writeNotifier->setEnabled(false);
        return;
    case SSL_ERROR_WANT_WRITE:
        m_readNotifier->setEnabled(false);
        m_writeNotifier->setEnabled(true);
        return;
    default:
        endAfterSslError(error);
        return;
    }
}

void ServerSocket::capturePeer()
{
    X509 *leaf = SSL_get0_peer_certificate(m_ssl);
    if (!leaf)
        return;
    const long verification = SSL_get_verify_result(m_ssl);
    STACK_OF(X509) *verified = verification == X509_V_OK ? SSL_get0_verified_chain(m_ssl) : nullptr;
    if (verified) {
        for (int i = 0; i < sk_X509_num(verified); ++i)
            m_peerChain.append(toQt(sk_X509_value(verified, i)));
    } else {
        // On the server side the chain the client sent leaves its own certificate out.
        m_peerChain.append(toQt(leaf));
        STACK_OF(X509) *sent = SSL_get_peer_cert_chain(m_ssl);
        for (int i = 0; i < sk_X509_num(sent); ++i) {
            if (X509_cmp(sk_X509_value(sent, i), leaf) != 0)
                m_peerChain.append(toQt(sk_X509_value(sent, i)));
        }
    }
    if (verification != X509_V_OK)
        m_peerError = QString::fromLatin1(X509_verify_cert_error_string(verification));
}

qint64 ServerSocket::receive(char *data, qint64 maxSize)
{
    if (m_ssl) {
        ERR_clear_error();
        errno = 0;
        const int received = SSL_read(m_ssl, data, int(qMin<qint64>(maxSize, INT_MAX)));
        if (received > 0)
            return received;
        switch (const int error = SSL_get_error(m_ssl, received)) {
        case SSL_ERROR_WANT_READ:
            return 0;
        case SSL_ERROR_WANT_WRITE:
            m_readWantsWrite = true;
            m_writeNotifier->setEnabled(true);
            return 0;
        default:
            endAfterSslError(error);
            return -1;
        }
    }
    for (;;) {
        const ssize_t received = ::recv(int(m_descriptor), data, size_t(maxSize), 0);
        if (received > 0)
            return received;
        if (received == 0) {
            closeAndReportEnd();
            return -1;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        fail(systemError(errno));
        return -1;
    }
}

qint64 ServerSocket::send(const char *data, qint64 size)
{
    if (m_ssl) {
        ERR_clear_error();
        errno = 0;
        const int sent = SSL_write(m_ssl, data, int(qMin<qint64>(size, INT_MAX)));
        if (sent > 0)
            return sent;
        switch (const int error = SSL_get_error(m_ssl, sent)) {
        case SSL_ERROR_WANT_WRITE:
            m_writeNotifier->setEnabled(true);
            return 0;
        case SSL_ERROR_WANT_READ:
            m_writeWantsRead = true;
            m_readNotifier->setEnabled(true);
            return 0;
        default:
            endAfterSslError(error);
            return -1;
        }
    }
    for (;;) {
        const ssize_t sent = ::send(int(m_descriptor), data, size_t(size), MSG_NOSIGNAL);
        if (sent >= 0)
            return sent;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            m_writeNotifier->setEnabled(true);
            return 0;
        }
        fail(systemError(errno));
        return -1;
    }
}

void ServerSocket::flushOutput()
{
    while (m_descriptor >= 0 && m_outputOffset < m_output.size()) {
        const qint64 sent = send(m_output.constData() + m_outputOffset,
                                 m_output.size() - m_outputOffset);
        if (sent <= 0)
            return;
        m_outputOffset += qsizetype(sent);
    }
    if (m_descriptor < 0)
        return;
    // Everything went out: the buffer goes too.
    m_output = QByteArray();
    m_outputOffset = 0;
    m_writeNotifier->setEnabled(m_readWantsWrite);
    if (m_state == State::Closing) {
        if (m_ssl) {
            // The close_notify alert; the client's answer to it is not waited for.
            ERR_clear_error();
            SSL_shutdown(m_ssl);
            ERR_clear_error();
        }
        closeAndReportEnd();
    }
}

void ServerSocket::endAfterSslError(int error)
{
    const bool onlySystemError = ERR_peek_error() == 0;
    const bool peerClosed = error == SSL_ERROR_ZERO_RETURN
                            || (error == SSL_ERROR_SYSCALL && onlySystemError && errno == 0);
    if (peerClosed && m_state != State::Handshaking)
        closeAndReportEnd();
    else if (peerClosed)
        fail(tr("The client closed the connection."));
    else if (error == SSL_ERROR_SYSCALL && onlySystemError)
        fail(systemError(errno));
    else
        fail(OpenSsl::takeErrors());
}

void ServerSocket::fail(const QString &reason)
{
    const bool handshaking = m_state == State::Handshaking;
    m_error = reason;
    if (handshaking) {
        closeDescriptor();
        // Later, like disconnected(): the constructor may be what failed.
        QMetaObject::invokeMethod(this, &ServerSocket::handshakeFailed, Qt::QueuedConnection);
    } else {
        closeAndReportEnd();
    }
}

void ServerSocket::closeAndReportEnd()
{
    closeDescriptor();
    // Later, never from inside read() or write(): the caller is still using this connection.
    QMetaObject::invokeMethod(this, &ServerSocket::disconnected, Qt::QueuedConnection);
}

void ServerSocket::closeDescriptor()
{
    if (m_descriptor < 0)
        return;
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    if (m_ssl) {
        SSL_free(m_ssl);
        m_ssl = nullptr;
    }
    ::close(int(m_descriptor));
    m_descriptor = -1;
    m_state = State::Closed;
    m_output = QByteArray();
    m_outputOffset = 0;
}

} // namespace Espalier
