// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/StateBackup.h"
#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/devices/DeviceActionTarget.h"
#include "core/engine/EngineConfig.h"
#include "core/mdm/LockPinRecord.h"
#include "core/mdm/MdmCommand.h"
#include "core/profiles/ProfileDocument.h"
#include "core/store/EnrollmentLink.h"
#include "core/store/EnrollmentLinkDevice.h"
#include "core/store/ProfileRecord.h"

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
class SecretBox;
class HttpResponder;
class HttpServer;
class MdmService;
class PkiStore;
class ProfileDeployment;
class PushCertificateStore;
class PushDispatcher;
class ScepService;
class SecretStore;
class ServerIdentity;
struct ServerSetup;

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

    // Audited as created by request.createdBy.
    [[nodiscard]] QFuture<Result<CreatedEnrollmentLink>> createEnrollmentLink(
        const EnrollmentLinkRequest &request);

    // Configuration profiles (ProfileDeployment): a new profile or version, deleting one, and
    // installing the current version on devices (signed with the server identity when sign is
    // set) or removing it; the queued command UUIDs.
    [[nodiscard]] QFuture<Result<ProfileRecord>> saveProfile(const ProfileDocument &document,
                                                             const QString &profileId,
                                                             const QString &actor);
    [[nodiscard]] QFuture<Result<void>> deleteProfile(const QString &profileId,
                                                      const QString &actor);
    [[nodiscard]] QFuture<Result<QStringList>> installProfile(
        const QString &profileId,
        const QList<DeviceActionTarget> &devices,
        bool sign,
        const QString &actor);
    [[nodiscard]] QFuture<Result<QStringList>> removeProfile(
        const QString &profileId, const QList<DeviceActionTarget> &devices, const QString &actor);
    // A plist signed (CMS, content attached) with the server's identity, for exports.
    [[nodiscard]] QFuture<Result<QByteArray>> signProfile(const QByteArray &plist);
    // Every enrollment link, newest first.
    [[nodiscard]] QFuture<Result<QList<EnrollmentLink>>> enrollmentLinks();
    // Revokes the link at once: its URL and the challenges handed out but not used stop
    // working. Audited as actor.
    [[nodiscard]] QFuture<Result<EnrollmentLink>> revokeEnrollmentLink(const QString &id,
                                                                       const QString &actor);
    // The devices that got their identity through the link, newest first.
    [[nodiscard]] QFuture<Result<QList<EnrollmentLinkDevice>>> enrollmentLinkDevices(
        const QString &id);

    // Writes the whole state (a consistent copy of the store and the keychain entries it needs)
    // into one file encrypted under passphrase, while devices keep being served. The future
    // reports progress 0-100. Needs the store open.
    [[nodiscard]] QFuture<Result<StateBackup::Summary>> backup(const QString &path,
                                                               const QString &passphrase);
    // Replaces the whole state with a backup's: the file and passphrase are checked first, and a
    // wrong passphrase or a damaged file changes nothing. Then serving stops, the keychain
    // entries and the store are put back, and the engine starts again if it was running. The
    // future reports progress 0-100 and finishes once the engine has been told to start.
    [[nodiscard]] QFuture<Result<StateBackup::Summary>> restore(const QString &path,
                                                                const QString &passphrase);

    // Saves the settings, CA and server certificate of the setup (keys to the keychain) and
    // restarts serving with them; the answer is the Running detail, or why it failed. Needs the
    // store open (any state but Stopped).
    [[nodiscard]] QFuture<Result<QString>> applySetup(const ServerSetup &setup);

public Q_SLOTS:
    // Opens (and migrates) the store and, when a public URL is configured, loads or creates the
    // keys and starts serving devices; ends in Running or Failed.
    void start();
    // Stops serving and closes the store; ends in Stopped.
    void stop();
    // Marks commands past their expiry Expired; a timer runs it every minute.
    void expireDueCommands();
    // Queues a DeviceInformation for devices whose inventory is older than
    // config().inventoryRefreshInterval (one at a time per device); a timer runs it.
    void refreshStaleInventory();

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
    // Stored profiles, their versions or their per-device status changed.
    void profilesChanged(const QStringList &profileIds);

private:
    void setState(State state, const QString &detail);
    void failStart(const Error &error);
    void loadDataKey();
    void loadCertificateAuthority();
    void loadServerIdentity();
    [[nodiscard]] Result<void> startServing(const ServerIdentity &identity);
    void startPushing(const SecretBox &tokenBox);
    void loadPushIdentity();

    void handleDeviceRequest(const HttpRequest &request, HttpResponder responder, bool checkin);
    void handleScep(const HttpRequest &request, HttpResponder responder);
    void handleEnroll(const HttpRequest &request, HttpResponder responder);
    // Audits a refused device request: at most one entry per address and route a minute, the
    // next one counting those left out, so a flood of bad requests cannot flood the log.
    void auditRefusal(const QString &route, const QString &address, const Error &error);
    [[nodiscard]] SecretStore *archiveSecrets();

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
    ProfileDeployment *m_profileDeployment = nullptr;
    HttpServer *m_server = nullptr;
    AdminApi *m_admin = nullptr;
    PushCertificateStore *m_pushCertificates = nullptr;
    PushDispatcher *m_push = nullptr;
    // Counts the loads of the push identity: only the newest load's answer is taken, so a slow
    // older one never undoes a newer certificate.
    quint64 m_pushIdentityLoads = 0;
    QTimer *m_expiryTimer = nullptr;
    // For backup and restore, which need the keychain while serving is stopped; made on the
    // engine thread on first use and kept until the engine goes.
    SecretStore *m_archiveSecrets = nullptr;
    QTimer *m_inventoryTimer = nullptr;

    struct RefusalWindow
    {
        QDateTime auditedAt;
        int leftOut = 0;
    };

    QHash<QString, RefusalWindow> m_refusals; // by address and route
};

} // namespace Espalier
