// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/push/ApnsConnection.h"
#include "core/push/ApnsPush.h"
#include "core/push/ApnsResult.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QString>

#include <chrono>
#include <deque>
#include <unordered_map>
#include <unordered_set>

class QTimer;

namespace Espalier {

class Clock;

// Sends MDM pushes to Apple's push service over HTTP/2, authenticated by the push certificate as
// TLS client certificate. Pushes share one connection; requests in flight are capped (the rest
// wait in order), every request times out, a dropped connection is reopened with backoff and its
// unanswered pushes go again, and each answer is mapped to what the caller should do. Every push
// send() accepts ends in exactly one pushFinished(), unless the client is destroyed first.
// Lives on the engine thread; delete it with deleteLater(), never from a slot of its signals.
class ApnsClient final : public QObject
{
    Q_OBJECT

public:
    enum class Environment {
        Production,
        Sandbox,
    };
    Q_ENUM(Environment)

    struct Options
    {
        // Push certificates from Apple's portal work in production only.
        Environment environment = Environment::Production;
        // Empty: the environment's host. Tests point this at 127.0.0.1.
        QString host{};
        // 443, or 2197 where outbound 443 is blocked.
        quint16 port = 443;
        // Roots the server certificate must chain to; empty: the system's.
        QList<Certificate> trustedRoots{};
        // Requests in flight over all connections. The server's SETTINGS_MAX_CONCURRENT_STREAMS
        // lowers it further.
        int maxInFlight = 100;
        // From a request's HEADERS to its answer. A connection that has heard nothing for this
        // long is given up.
        std::chrono::milliseconds requestTimeout{std::chrono::seconds(30)};
        // TCP connect, TLS handshake and the server's HTTP/2 SETTINGS together.
        std::chrono::milliseconds connectTimeout{std::chrono::seconds(10)};
        // Before reconnecting after a connection failed without answering anything: this,
        // doubled per consecutive failure, up to the maximum (with up to 20 % jitter).
        std::chrono::milliseconds reconnectDelay{std::chrono::seconds(1)};
        std::chrono::milliseconds maxReconnectDelay{std::chrono::minutes(5)};
        // RetryLater results ask the caller to wait: one step of this list further per backoff
        // period that ends in another RetryLater (with up to 20 % jitter); the last step repeats
        // and a delivered push starts again at the first.
        QList<std::chrono::milliseconds> retryDelays{std::chrono::seconds(30),
                                                     std::chrono::minutes(2),
                                                     std::chrono::minutes(8),
                                                     std::chrono::minutes(30)};
        // How often one push is sent when connections break under it.
        int maxAttempts = 3;
        // How long APNs may keep a push for an offline device when the push names no expiration.
        std::chrono::seconds defaultExpiry{std::chrono::hours(24 * 7)};
    };

    struct Statistics
    {
        quint64 accepted = 0;
        quint64 finished = 0;
        quint64 connectionsOpened = 0;
        int queued = 0;
        int inFlight = 0;
    };

    explicit ApnsClient(const Clock &clock, QObject *parent = nullptr);
    ApnsClient(const Clock &clock, Options options, QObject *parent = nullptr);
    ~ApnsClient() override;

    [[nodiscard]] static QString hostFor(Environment environment);
    // An APNs reason that means the push certificate itself is refused.
    [[nodiscard]] static bool isCertificateReason(QStringView reason);

    [[nodiscard]] const Options &options() const { return m_options; }

    // The push certificate (its UID is the topic, "com.apple.mgmt.…"), its key and any
    // intermediates. Takes effect at once: new pushes go on a fresh connection with it, pushes
    // in flight finish on the old one, and a certificate problem is cleared.
    [[nodiscard]] Result<void> setIdentity(const Certificate &certificate,
                                           const PrivateKey &key,
                                           const QList<Certificate> &chain = {});

    [[nodiscard]] bool hasIdentity() const { return !m_topic.isEmpty(); }

    [[nodiscard]] const QString &topic() const { return m_topic; }

    // APNs refused the certificate: every push fails with CertificateProblem, without a request,
    // until setIdentity().
    [[nodiscard]] bool isBlocked() const { return m_blocked; }

    // Queues a push and returns its id. Fails at once when the push cannot be sent at all: no
    // token, no PushMagic, or no identity yet.
    [[nodiscard]] Result<quint64> send(const ApnsPush &push);

    [[nodiscard]] Statistics statistics() const;

Q_SIGNALS:
    void pushFinished(const Espalier::ApnsResult &result);
    // The push certificate was refused (reason as APNs or ApnsResult names it, message in plain
    // words). Emitted once per identity.
    void certificateProblem(const QString &reason, const QString &message);

private:
    struct Pending
    {
        ApnsPush push{};
        QByteArray path{};
        QByteArray body{};
        QByteArray expiration{};
        int attempts = 0;
        ApnsConnection *connection = nullptr;
        QDeadlineTimer deadline{};
    };

    void schedulePump();
    void pump();
    void openConnection();
    void connectionReady(ApnsConnection *connection);
    void answered(ApnsConnection *connection, quint64 id, const ApnsConnection::Response &response);
    void streamFailed(ApnsConnection *connection, quint64 id, bool notProcessed);
    void goingAway(ApnsConnection *connection, const QString &reason);
    void connectionClosed(ApnsConnection *connection, const ApnsConnection::CloseInfo &info);
    void sweepTimeouts();
    // No new requests go on this connection; it closes once its requests are answered.
    void retire(ApnsConnection *connection, bool answeredAny);
    void closeIfDrained(ApnsConnection *connection);
    void block(const QString &reason);
    // Takes the push off the connection it was in flight on.
    void land(quint64 id, Pending &pending);
    // Sends again unless the push has used up its attempts.
    void requeue(quint64 id, bool front);
    void finishPush(quint64 id,
                    ApnsResult::Disposition disposition,
                    int status,
                    const QString &reason,
                    const ApnsConnection::Response *response = nullptr);
    [[nodiscard]] QDateTime retryAfter(const QByteArray &serverHint);
    [[nodiscard]] std::chrono::milliseconds reconnectBackoff() const;

    const Clock &m_clock;
    const Options m_options;
    QString m_host;

    QSslConfiguration m_tls;
    QString m_topic;
    int m_generation = 0;
    bool m_blocked = false;
    QString m_blockReason;

    quint64 m_nextId = 0;
    std::unordered_map<quint64, Pending> m_pushes;
    std::deque<quint64> m_queue;
    std::unordered_set<quint64> m_inFlight;

    ApnsConnection *m_active = nullptr;
    // Every open connection, with the identity generation it was opened with.
    QHash<ApnsConnection *, int> m_connections;
    QSet<ApnsConnection *> m_retired;
    int m_connectFailures = 0;
    QDeadlineTimer m_reconnectAt;
    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_timeoutTimer = nullptr;
    bool m_pumpScheduled = false;

    int m_retryStep = 0;
    QDateTime m_retryUntil;

    Statistics m_statistics;
};

} // namespace Espalier
