// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/engine/EngineConfig.h"
#include "core/mdm/LockPinRecord.h"
#include "core/mdm/MdmCommand.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTimer;

namespace Espalier {

class AdminApi;
class CertificateAuthority;
class Clock;
class Database;
class DeviceAuthenticator;
class EnrollmentLinkService;
class EnrollmentProfileBuilder;
class HttpRequest;
class HttpResponder;
class HttpServer;
class MdmService;
class PkiStore;
class PushCertificateStore;
class PushDispatcher;
class ScepService;
class SecretStore;
class ServerIdentity;

// The MDM engine: owns the store writer, the device-facing HTTPS server with its check-in,
// command, SCEP and enrollment routes, and the keys they need (loaded from the keychain at
// start). Lives on the engine thread that EngineHost owns (tests may keep it on their own
// thread); other threads call the QFuture-returning functions, which run on the engine thread,
// and listen to its signals.
class Engine final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Stopped,
        Starting,
        Running,
        Stopping,
        Failed,
    };
    Q_ENUM(State)

    Engine(EngineConfig config, const Clock &clock, QObject *parent = nullptr);
    ~Engine() override;

    [[nodiscard]] State state() const { return m_state; }

    [[nodiscard]] const EngineConfig &config() const { return m_config; }

    // Text for people, e.g. in the console's status bar.
    [[nodiscard]] static QString describe(State state);

    // The device-facing port while running and serving (0 otherwise); engine thread only.
    [[nodiscard]] quint16 serverPort() const;
    // The CA that issues device identities and the server's TLS certificate (null until serving);
    // engine thread only.
    [[nodiscard]] Certificate deviceCaCertificate() const;

    // The push certificates and the requests for them (created, renewed and imported through
    // it); null until serving. Engine thread only.
    [[nodiscard]] PushCertificateStore *pushCertificates() const { return m_pushCertificates; }

    // What wakes devices; null until serving. Engine thread only.
    [[nodiscard]] PushDispatcher *pushDispatcher() const { return m_push; }

    // Thread-safe; the work runs on the engine thread. Fails with Unsupported until the engine
    // is running and serving devices.
    [[nodiscard]] QFuture<Result<QStringList>> enqueue(const QStringList &enrollmentIds,
                                                       const MdmCommand &command,
                                                       const QString &actor);
    [[nodiscard]] QFuture<Result<void>> cancel(const QString &commandUuid, const QString &actor);
    [[nodiscard]] QFuture<Result<QString>> retry(const QString &commandUuid, const QString &actor);
    // Every Find My PIN the device was sent (its lock PIN history), opened from the sealed
    // DeviceLock and EraseDevice commands, newest first; audited as viewed by actor.
    [[nodiscard]] QFuture<Result<QList<LockPinRecord>>> lockPins(const QString &deviceId,
                                                                 const QString &actor);

    // Pushes one enrollment now and tells in plain words what Apple's push service answered.
    // Fails (in plain words too) when there is no push certificate or the device has no usable
    // token.
    [[nodiscard]] QFuture<Result<QString>> sendTestPush(const QString &enrollmentId);

    // A new enrollment link; the URL devices open to enroll.
    struct EnrollmentLinkRequest
    {
        QString createdBy;
        QString label;
        QDateTime expiresAt;
        std::optional<int> maxUses;
    };

    struct CreatedEnrollmentLink
    {
        QString id;
        QUrl url;
    };

    [[nodiscard]] QFuture<Result<CreatedEnrollmentLink>> createEnrollmentLink(
        const EnrollmentLinkRequest &request);

public Q_SLOTS:
    // Opens (and migrates) the store and, when a public URL is configured, loads or creates the
    // keys and starts serving devices; ends in Running or Failed.
    void start();
    // Stops serving and closes the store; ends in Stopped.
    void stop();
    // Marks commands past their expiry Expired; a timer runs it every minute.
    void expireDueCommands();

Q_SIGNALS:
    // detail says why for Failed, and what is served for Running.
    void stateChanged(Espalier::Engine::State state, const QString &detail);
    // After each committed change, what it touched.
    void enrollmentsChanged(const QStringList &enrollmentIds);
    void devicesChanged(const QStringList &deviceIds);
    void commandsChanged(const QStringList &commandUuids);
    // These enrollments have work waiting; the push sender wakes them (at notBefore, or now).
    void pushRequested(const QStringList &enrollmentIds, const QDateTime &notBefore);
    // Whether devices can be woken: a push certificate is in use (topic), or why not.
    void pushStateChanged(bool pushing, const QString &detail);

private:
    void setState(State state, const QString &detail);
    void failStart(const Error &error);
    void loadDataKey();
    void loadCertificateAuthority();
    void loadServerIdentity();
    [[nodiscard]] Result<void> startServing(const ServerIdentity &identity);
    void startPushing();
    void loadPushIdentity();

    void handleDeviceRequest(const HttpRequest &request, HttpResponder responder, bool checkin);
    void handleScep(const HttpRequest &request, HttpResponder responder);
    void handleEnroll(const HttpRequest &request, HttpResponder responder);
    // Audits a refused device request: at most one entry per address and route a minute, the
    // next one counting those left out, so a flood of bad requests cannot flood the log.
    void auditRefusal(const QString &route, const QString &address, const Error &error);

    template<typename T, typename Fn>
    QFuture<Result<T>> onEngineThread(Fn fn);

    EngineConfig m_config;
    const Clock &m_clock;
    State m_state = State::Stopped;
    // All below are created on, used on and destroyed on the engine thread. m_database outlives
    // every service that holds a reference to it (members are destroyed in reverse order).
    std::unique_ptr<Database> m_database;
    SecretStore *m_secrets = nullptr;
    PkiStore *m_pki = nullptr;
    QByteArray m_dataKey;
    std::unique_ptr<CertificateAuthority> m_authority;
    std::unique_ptr<EnrollmentLinkService> m_links;
    std::unique_ptr<ScepService> m_scep;
    std::unique_ptr<EnrollmentProfileBuilder> m_profiles;
    std::unique_ptr<DeviceAuthenticator> m_authenticator;
    MdmService *m_mdm = nullptr;
    HttpServer *m_server = nullptr;
    AdminApi *m_admin = nullptr;
    PushCertificateStore *m_pushCertificates = nullptr;
    PushDispatcher *m_push = nullptr;
    QTimer *m_expiryTimer = nullptr;

    struct RefusalWindow
    {
        QDateTime auditedAt;
        int leftOut = 0;
    };

    QHash<QString, RefusalWindow> m_refusals; // by address and route
};

} // namespace Espalier
