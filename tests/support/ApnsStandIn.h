// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <utility>

namespace Espalier {

// A stand-in for Apple's push service, for tests and benchmarks: HTTP/2 over TLS (libnghttp2 over
// OpenSSL) on 127.0.0.1, requiring a client certificate from the CA it is given, checking every
// request as APNs does and answering with Apple's statuses and JSON reasons. It can be told to
// fail in each way APNs fails, records what it received, and reports each accepted push (so a
// simulated device can check in). It serves on a thread of its own with non-blocking sockets;
// the object lives on its creator's thread, where pushAccepted() and the push handler arrive.
class ApnsStandIn final : public QObject
{
    Q_OBJECT

public:
    // A push certificate as Apple's portal issues it, with its key.
    struct PushIdentity
    {
        Certificate certificate{};
        PrivateKey key{};
        // The certificate's UID: com.apple.mgmt.External.<uuid>.
        QString topic{};
    };

    // The certificates a test needs: the stand-in's TLS server certificate (for 127.0.0.1 and
    // localhost) with its CA, and a test "Apple push CA" that issues push certificates.
    struct Pki
    {
        Certificate serverCa{};
        Certificate server{};
        PrivateKey serverKey{};
        Certificate pushCa{};
        PrivateKey pushCaKey{};

        [[nodiscard]] static Result<Pki> create();
        // Subject UID=com.apple.mgmt.External.<uuid>, CN=APSP:<uuid>, C=US; clientAuth; a new
        // RSA key. Invalid times: valid from yesterday for a year.
        [[nodiscard]] Result<PushIdentity> issuePushCertificate(
            const QDateTime &notBefore = {}, const QDateTime &notAfter = {}) const;
    };

    enum class TlsVersion {
        Tls12,
        Tls13,
    };
    Q_ENUM(TlsVersion)

    struct Options
    {
        Certificate certificate{};
        PrivateKey key{};
        // Client certificates must chain to one of these.
        QList<Certificate> clientCas{};
        // Sent in SETTINGS_MAX_CONCURRENT_STREAMS.
        int maxConcurrentStreams = 1000;
        TlsVersion maximumTls = TlsVersion::Tls13;
    };

    // One request as it arrived, and what it was answered (status 0: no answer).
    struct Request
    {
        int connection = 0;
        QByteArray method{};
        QByteArray path{};
        QList<std::pair<QByteArray, QByteArray>> headers{};
        QByteArray body{};
        // The UID of the client certificate the connection presented.
        QString clientTopic{};
        int status = 0;
        QString reason{};

        [[nodiscard]] QByteArray header(QByteArrayView name) const;
    };

    struct Statistics
    {
        // Accepted over the stand-in's life, and open now (TLS and HTTP/2 up, not closing).
        int connections = 0;
        int openConnections = 0;
        int handshakesRefused = 0;
        quint64 requests = 0;
        quint64 answered = 0;
        // The most request streams open at once, over all connections.
        int maxOpenStreams = 0;
    };

    explicit ApnsStandIn(QObject *parent = nullptr);
    ~ApnsStandIn() override;

    // Listens on 127.0.0.1 on a free port and starts serving.
    [[nodiscard]] Result<void> start(const Options &options);
    void stop();
    [[nodiscard]] quint16 port() const;

    // Behaviour; each call applies to requests that arrive after it.
    // Answer pushes to this (raw) token with status and reason; 410 carries the timestamp
    // (invalid: now).
    void failToken(const QByteArray &deviceToken,
                   int status,
                   const QString &reason,
                   const QDateTime &timestamp = {});
    void clearTokenFailures();
    // Answer every request with status and reason (403 BadCertificate, 429, 500, 503...);
    // status 0 ends it.
    void setGlobalFailure(int status, const QString &reason);
    // Once: the connection that receives its (requests + 1)th request is closed at once, without
    // answering what is still open on it.
    void dropConnectionAfter(int requests);
    // Once: after answering its requests-th request, a connection sends GOAWAY naming that
    // stream as the last processed one (debug data {"reason": reason}), ignores later streams,
    // and closes when the rest are answered.
    void sendGoAwayAfter(int requests, const QString &reason = QStringLiteral("Shutdown"));
    // Record requests but never answer them.
    void setStalled(bool stalled);
    // Refuse every client certificate in the handshake (as revoked).
    void setRejectClientCertificates(bool reject);
    // Hold each answer back this long (keeps streams open, so concurrency shows).
    void setResponseDelay(std::chrono::milliseconds delay);
    // Keep a copy of each request (on by default; benchmarks turn it off).
    void setRecording(bool recording);
    // Called on this object's thread for every push answered 200.
    void setPushHandler(
        std::function<void(const QByteArray &deviceToken, const QString &pushMagic)> handler);

    [[nodiscard]] QList<Request> received() const;
    void clearReceived();
    [[nodiscard]] Statistics statistics() const;
    void resetMaxOpenStreams();

Q_SIGNALS:
    // A push was answered 200: its raw device token and PushMagic.
    void pushAccepted(const QByteArray &deviceToken, const QString &pushMagic);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Espalier
