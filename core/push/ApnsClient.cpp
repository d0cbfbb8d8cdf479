// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/push/ApnsClient.h"

#include "core/common/Clock.h"
#include "core/crypto/OpenSsl.h"
#include "core/push/ApnsLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// APNs refuses larger MDM payloads with 413.
constexpr qsizetype MaxPayloadBytes = 4096;
// Apple's tokens are 32 bytes; the protocol does not promise that length, so allow some room.
constexpr qsizetype MaxTokenBytes = 256;

const QByteArray TopicPrefix = "com.apple.mgmt.";

std::chrono::milliseconds withJitter(std::chrono::milliseconds delay)
{
    // Up to 20 % either way, so many clients (or pushes) do not come back in step.
    const qint64 base = delay.count();
    const qint64 spread = base / 5;
    if (spread <= 0)
        return delay;
    return std::chrono::milliseconds(
        base - spread + qint64(QRandomGenerator::global()->bounded(quint64(2 * spread + 1))));
}

QString tokenPrefix(const QByteArray &token)
{
    return QString::fromLatin1(token.left(4).toHex()) + u"…"_s;
}

} // namespace

ApnsClient::ApnsClient(const Clock &clock, QObject *parent)
    : ApnsClient(clock, Options(), parent)
{}

ApnsClient::ApnsClient(const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_host(m_options.host.isEmpty() ? hostFor(m_options.environment) : m_options.host)
{
    Q_ASSERT(m_options.maxInFlight > 0);
    Q_ASSERT(!m_options.retryDelays.isEmpty());
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &ApnsClient::schedulePump);
    m_timeoutTimer = new QTimer(this);
    const auto sweepEvery = std::clamp(m_options.requestTimeout / 4,
                                       std::chrono::milliseconds(10),
                                       std::chrono::milliseconds(1000));
    m_timeoutTimer->setInterval(sweepEvery);
    connect(m_timeoutTimer, &QTimer::timeout, this, &ApnsClient::sweepTimeouts);
}

ApnsClient::~ApnsClient()
{
    // The connections are children; they go without reporting anything.
    for (ApnsConnection *connection : m_connections.keys())
        connection->disconnect(this);
}

QString ApnsClient::hostFor(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return u"api.push.apple.com"_s;
    case Environment::Sandbox:
        return u"api.sandbox.push.apple.com"_s;
    }
    return u"api.push.apple.com"_s;
}

bool ApnsClient::isCertificateReason(QStringView reason)
{
    static const QStringList reasons{u"BadCertificate"_s,
                                     u"BadCertificateEnvironment"_s,
                                     u"Forbidden"_s,
                                     u"TopicDisallowed"_s,
                                     u"BadTopic"_s,
                                     u"MissingTopic"_s,
                                     u"ExpiredProviderToken"_s,
                                     u"InvalidProviderToken"_s,
                                     u"MissingProviderToken"_s,
                                     ApnsResult::CertificateRejectedReason.toString()};
    return reasons.contains(reason);
}

Result<void> ApnsClient::setIdentity(const Certificate &certificate,
                                     const PrivateKey &key,
                                     const QList<Certificate> &chain)
{
    if (certificate.isNull() || key.isNull())
        return fail(Error::Code::InvalidInput, tr("The push certificate or its key is missing."));
    if (!key.matches(certificate)) {
        return fail(Error::Code::InvalidInput,
                    tr("The private key does not belong to the push certificate."));
    }
    const QString topic = certificate.subject().userId;
    if (!topic.startsWith(QString::fromLatin1(TopicPrefix)) || topic.size() <= TopicPrefix.size()) {
        return fail(Error::Code::InvalidInput,
                    tr("This is not an MDM push certificate: its topic (UID) must start with %1.")
                        .arg(QString::fromLatin1(TopicPrefix)),
                    certificate.subjectText());
    }
    Result<QByteArray> keyPem = key.toPem();
    if (!keyPem)
        return fail(keyPem.error());
    const QSslKey sslKey(*keyPem,
                         key.algorithm() == KeyAlgorithm::Rsa ? QSsl::Rsa : QSsl::Ec,
                         QSsl::Pem,
                         QSsl::PrivateKey);
    OpenSsl::cleanse(*keyPem);
    if (sslKey.isNull()) {
        return fail(Error::Code::Tls,
                    tr("The push certificate's key cannot be used for TLS."),
                    u"unsupported key type"_s);
    }

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setPrivateKey(sslKey);
    QList<QSslCertificate> local{QSslCertificate(certificate.toPem())};
    for (const Certificate &intermediate : chain)
        local.append(QSslCertificate(intermediate.toPem()));
    tls.setLocalCertificateChain(local);
    if (!m_options.trustedRoots.isEmpty()) {
        QList<QSslCertificate> roots;
        for (const Certificate &root : m_options.trustedRoots)
            roots.append(QSslCertificate(root.toPem()));
        tls.setCaCertificates(roots);
    }
    tls.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2});

    const bool replacing = hasIdentity();
    m_tls = tls;
    m_topic = topic;
    ++m_generation;
    m_blocked = false;
    m_blockReason.clear();
    // A new certificate deserves a connection at once.
    m_connectFailures = 0;
    m_reconnectAt = QDeadlineTimer();
    m_reconnectTimer->stop();
    if (m_active) {
        ApnsConnection *old = m_active;
        retire(old, true);
    }
    qCInfo(lcApns).noquote() << (replacing ? "Replaced the push identity;" : "Push identity set;")
                             << "topic" << m_topic << "expires"
                             << certificate.notAfter().toString(Qt::ISODate);
    schedulePump();
    return {};
}

Result<quint64> ApnsClient::send(const ApnsPush &push)
{
    if (push.deviceToken.isEmpty())
        return fail(Error::Code::InvalidInput, tr("The device has no push token."));
    if (push.deviceToken.size() > MaxTokenBytes) {
        return fail(Error::Code::InvalidInput,
                    tr("The device's push token is too long."),
                    u"%1 bytes"_s.arg(push.deviceToken.size()));
    }
    if (push.pushMagic.isEmpty())
        return fail(Error::Code::InvalidInput, tr("The device has no PushMagic."));
    if (!hasIdentity())
        return fail(Error::Code::Tls, tr("No push certificate is set."));

    Pending pending;
    pending.push = push;
    pending.path = "/3/device/" + push.deviceToken.toHex();
    pending.body
        = QJsonDocument(QJsonObject{{u"mdm"_s, push.pushMagic}}).toJson(QJsonDocument::Compact);
    if (pending.body.size() > MaxPayloadBytes) {
        return fail(Error::Code::InvalidInput,
                    tr("The device's PushMagic is too long."),
                    u"%1 bytes of payload"_s.arg(pending.body.size()));
    }
    const QDateTime now = m_clock.now();
    if (!push.expiration.isValid()) {
        pending.expiration = QByteArray::number(
            now.addSecs(m_options.defaultExpiry.count()).toSecsSinceEpoch());
    } else if (push.expiration <= now) {
        pending.expiration = "0";
    } else {
        pending.expiration = QByteArray::number(push.expiration.toSecsSinceEpoch());
    }

    const quint64 id = ++m_nextId;
    m_pushes.emplace(id, std::move(pending));
    m_queue.push_back(id);
    ++m_statistics.accepted;
    schedulePump();
    return id;
}

ApnsClient::Statistics ApnsClient::statistics() const
{
    Statistics statistics = m_statistics;
    statistics.queued = int(m_queue.size());
    statistics.inFlight = int(m_inFlight.size());
    return statistics;
}

void ApnsClient::schedulePump()
{
    // Many sends in one event-loop turn go out in one write.
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &ApnsClient::pump, Qt::QueuedConnection);
}

void ApnsClient::pump()
{
    m_pumpScheduled = false;
    if (m_queue.empty())
        return;
    if (m_blocked) {
        while (!m_queue.empty()) {
            const quint64 id = m_queue.front();
            m_queue.pop_front();
            finishPush(id, ApnsResult::Disposition::CertificateProblem, 0, m_blockReason);
        }
        return;
    }
    if (!m_active) {
        if (!m_reconnectAt.hasExpired()) {
            if (!m_reconnectTimer->isActive())
                m_reconnectTimer->start(std::max<qint64>(1, m_reconnectAt.remainingTime()));
            return;
        }
        openConnection();
        return;
    }
    if (!m_active->isReady())
        return;

    int budget = std::min(m_options.maxInFlight - int(m_inFlight.size()),
                          m_active->streamCapacity());
    if (budget <= 0)
        return;
    const QByteArray topic = m_topic.toUtf8();
    while (budget > 0 && !m_queue.empty()) {
        const quint64 id = m_queue.front();
        Pending &pending = m_pushes.at(id);
        ApnsConnection::Request request;
        request.path = pending.path;
        request.headers = {{"apns-topic", topic},
                           {"apns-push-type", "mdm"},
                           {"apns-priority", "10"},
                           {"apns-expiration", pending.expiration},
                           {"content-type", "application/json"}};
        request.body = pending.body;
        if (!m_active->submit(id, request))
            break;
        m_queue.pop_front();
        ++pending.attempts;
        pending.connection = m_active;
        pending.deadline = QDeadlineTimer(m_options.requestTimeout);
        m_inFlight.insert(id);
        --budget;
    }
    m_active->flush();
    if (!m_inFlight.empty() && !m_timeoutTimer->isActive())
        m_timeoutTimer->start();
}

void ApnsClient::openConnection()
{
    Q_ASSERT(!m_active);
    auto *connection = new ApnsConnection(
        m_tls, m_host, m_options.port, m_options.connectTimeout, this);
    m_active = connection;
    m_connections.insert(connection, m_generation);
    ++m_statistics.connectionsOpened;
    connect(connection, &ApnsConnection::ready, this, [this, connection] {
        connectionReady(connection);
    });
    connect(connection,
            &ApnsConnection::answered,
            this,
            [this, connection](quint64 id, const ApnsConnection::Response &response) {
                answered(connection, id, response);
            });
    connect(connection,
            &ApnsConnection::streamFailed,
            this,
            [this, connection](quint64 id, bool notProcessed, quint32 errorCode) {
                qCDebug(lcApns) << "Push" << id << "stream reset, HTTP/2 error" << errorCode;
                streamFailed(connection, id, notProcessed);
            });
    connect(connection, &ApnsConnection::goingAway, this, [this, connection](const QString &why) {
        goingAway(connection, why);
    });
    connect(connection,
            &ApnsConnection::closed,
            this,
            [this, connection](const ApnsConnection::CloseInfo &info) {
                connectionClosed(connection, info);
            });
    qCDebug(lcApns).noquote() << "Connecting to" << m_host << "port" << m_options.port;
    connection->open();
}

void ApnsClient::connectionReady(ApnsConnection *connection)
{
    if (connection == m_active)
        schedulePump();
}

void ApnsClient::land(quint64 id, Pending &pending)
{
    pending.connection = nullptr;
    m_inFlight.erase(id);
    if (m_inFlight.empty())
        m_timeoutTimer->stop();
}

void ApnsClient::answered(ApnsConnection *connection,
                          quint64 id,
                          const ApnsConnection::Response &response)
{
    const auto found = m_pushes.find(id);
    if (found == m_pushes.end())
        return;
    land(id, found->second);

    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    const QString reason = json.value(u"reason"_s).toString();
    const ApnsResult::Disposition disposition = ApnsResult::dispositionFor(response.status, reason);
    if (disposition == ApnsResult::Disposition::CertificateProblem
        && m_connections.value(connection) != m_generation) {
        // Refused under the certificate that has been replaced since: try the new one.
        requeue(id, true);
    } else {
        // A 403 without a reason is Apple's generic refusal.
        if (disposition == ApnsResult::Disposition::CertificateProblem)
            block(reason.isEmpty() ? u"Forbidden"_s : reason);
        finishPush(id, disposition, response.status, reason, &response);
    }
    closeIfDrained(connection);
    schedulePump();
}

void ApnsClient::streamFailed(ApnsConnection *connection, quint64 id, bool notProcessed)
{
    const auto found = m_pushes.find(id);
    if (found == m_pushes.end())
        return;
    land(id, found->second);
    // The server never acted on it: this attempt does not count.
    if (notProcessed)
        --found->second.attempts;
    requeue(id, true);
    closeIfDrained(connection);
    schedulePump();
}

void ApnsClient::goingAway(ApnsConnection *connection, const QString &reason)
{
    if (isCertificateReason(reason) && m_connections.value(connection) == m_generation)
        block(reason);
    retire(connection, connection->answeredCount() > 0);
    schedulePump();
}

void ApnsClient::connectionClosed(ApnsConnection *connection, const ApnsConnection::CloseInfo &info)
{
    const int generation = m_connections.value(connection, -1);
    const bool current = generation == m_generation;
    if (!m_retired.contains(connection))
        retire(connection, info.answeredCount > 0);
    m_retired.remove(connection);
    m_connections.remove(connection);
    connection->deleteLater();

    const bool expected = info.reason == ApnsConnection::CloseReason::Closed;
    if (expected) {
        qCDebug(lcApns).noquote() << "Connection closed:" << info.detail;
    } else {
        qCInfo(lcApns).noquote() << "Connection to" << m_host << "port" << m_options.port
                                 << "ended:" << info.detail << "-" << info.unanswered.size()
                                 << "pushes without an answer";
    }

    // Put the unanswered pushes back in front, in the order they were sent.
    for (auto it = info.unanswered.crbegin(); it != info.unanswered.crend(); ++it) {
        const auto found = m_pushes.find(*it);
        if (found == m_pushes.end())
            continue;
        land(*it, found->second);
        requeue(*it, true);
    }

    if (current && info.reason == ApnsConnection::CloseReason::CertificateRejected) {
        block(ApnsResult::CertificateRejectedReason.toString());
    } else if (current && info.reason == ApnsConnection::CloseReason::ConnectFailed && !m_blocked) {
        // Nothing can go until a connection works; the caller retries later.
        while (!m_queue.empty()) {
            const quint64 id = m_queue.front();
            m_queue.pop_front();
            finishPush(id,
                       ApnsResult::Disposition::RetryLater,
                       0,
                       ApnsResult::ConnectionFailedReason.toString());
        }
    }
    schedulePump();
}

void ApnsClient::sweepTimeouts()
{
    QList<quint64> expired;
    for (quint64 id : m_inFlight) {
        if (m_pushes.at(id).deadline.hasExpired())
            expired.append(id);
    }
    std::sort(expired.begin(), expired.end());
    QSet<ApnsConnection *> touched;
    QSet<ApnsConnection *> silent;
    for (quint64 id : expired) {
        Pending &pending = m_pushes.at(id);
        ApnsConnection *connection = pending.connection;
        connection->cancel(id);
        touched.insert(connection);
        if (connection->millisecondsSinceReceive() >= m_options.requestTimeout.count())
            silent.insert(connection);
        land(id, pending);
        finishPush(
            id, ApnsResult::Disposition::RetryLater, 0, ApnsResult::TimeoutReason.toString());
    }
    for (ApnsConnection *connection : std::as_const(touched)) {
        if (silent.contains(connection)) {
            // Nothing came back for a whole timeout: the connection is dead, not just slow.
            retire(connection, false);
            connection->abort(u"no answer within %1 ms"_s.arg(m_options.requestTimeout.count()));
        } else {
            connection->flush();
            closeIfDrained(connection);
        }
    }
    if (!expired.isEmpty())
        schedulePump();
}

void ApnsClient::retire(ApnsConnection *connection, bool answeredAny)
{
    if (m_retired.contains(connection))
        return;
    m_retired.insert(connection);
    if (connection == m_active)
        m_active = nullptr;
    if (m_connections.value(connection) == m_generation) {
        // A connection that answered something worked: reconnect at once. One that did not
        // counts as a failure, and the next attempt waits longer.
        m_connectFailures = answeredAny ? 0 : m_connectFailures + 1;
        m_reconnectAt = QDeadlineTimer(reconnectBackoff());
    }
    closeIfDrained(connection);
}

void ApnsClient::closeIfDrained(ApnsConnection *connection)
{
    if (m_retired.contains(connection) && !connection->isFinished()
        && connection->openStreams() == 0) {
        connection->shutdown();
    }
}

void ApnsClient::block(const QString &reason)
{
    if (m_blocked)
        return;
    m_blocked = true;
    m_blockReason = reason;
    const QString message = ApnsResult::describe(0, reason);
    qCWarning(lcApns).noquote() << "APNs refused the push certificate for" << m_topic << ":"
                                << reason;
    if (m_active)
        retire(m_active, false);
    Q_EMIT certificateProblem(reason, message);
}

void ApnsClient::requeue(quint64 id, bool front)
{
    Pending &pending = m_pushes.at(id);
    if (pending.attempts >= m_options.maxAttempts) {
        finishPush(id,
                   ApnsResult::Disposition::RetryLater,
                   0,
                   ApnsResult::ConnectionLostReason.toString());
        return;
    }
    if (front)
        m_queue.push_front(id);
    else
        m_queue.push_back(id);
}

void ApnsClient::finishPush(quint64 id,
                            ApnsResult::Disposition disposition,
                            int status,
                            const QString &reason,
                            const ApnsConnection::Response *response)
{
    const auto found = m_pushes.find(id);
    Q_ASSERT(found != m_pushes.end());
    Pending pending = std::move(found->second);
    m_pushes.erase(found);

    ApnsResult result;
    result.pushId = id;
    result.enrollmentId = pending.push.enrollmentId;
    result.deviceToken = pending.push.deviceToken;
    result.status = status;
    result.reason = reason;
    result.disposition = disposition;
    if (response) {
        result.apnsId = QString::fromLatin1(response->apnsId);
        if (disposition == ApnsResult::Disposition::TokenDead) {
            const QJsonValue timestamp
                = QJsonDocument::fromJson(response->body).object().value(u"timestamp"_s);
            const qint64 milliseconds = timestamp.isString() ? timestamp.toString().toLongLong()
                                                             : qint64(timestamp.toDouble());
            if (milliseconds > 0)
                result.timestamp = QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
        }
    }
    if (disposition == ApnsResult::Disposition::Delivered) {
        m_retryStep = 0;
        m_retryUntil = QDateTime();
    } else if (disposition == ApnsResult::Disposition::RetryLater) {
        result.retryAfter = retryAfter(response ? response->retryAfter : QByteArray());
    }
    if (disposition != ApnsResult::Disposition::Delivered) {
        qCDebug(lcApns).noquote() << "Push" << id << "to" << tokenPrefix(result.deviceToken)
                                  << ApnsResult::dispositionName(disposition) << status << reason;
    }
    ++m_statistics.finished;
    Q_EMIT pushFinished(result);
}

QDateTime ApnsClient::retryAfter(const QByteArray &serverHint)
{
    const QDateTime now = m_clock.now();
    if (!m_retryUntil.isValid() || now >= m_retryUntil) {
        const int step = std::min<int>(m_retryStep, int(m_options.retryDelays.size()) - 1);
        m_retryUntil = now.addMSecs(withJitter(m_options.retryDelays.at(step)).count());
        ++m_retryStep;
    }
    QDateTime after = m_retryUntil;
    bool ok = false;
    const qint64 seconds = serverHint.trimmed().toLongLong(&ok);
    if (ok && seconds > 0)
        after = std::max(after, now.addSecs(std::min<qint64>(seconds, 24 * 3600)));
    return after;
}

std::chrono::milliseconds ApnsClient::reconnectBackoff() const
{
    if (m_connectFailures == 0)
        return std::chrono::milliseconds(0);
    const int doublings = std::min(m_connectFailures - 1, 20);
    const qint64 maximum = m_options.maxReconnectDelay.count();
    const qint64 delay = std::min<qint64>(maximum, m_options.reconnectDelay.count() << doublings);
    return withJitter(std::chrono::milliseconds(delay));
}

} // namespace Espalier
