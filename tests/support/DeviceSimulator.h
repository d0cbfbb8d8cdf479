// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "tests/support/ScepClient.h"
#include "tests/support/SimulatedCommandProcessor.h"
#include "tests/support/SimulatedDeviceState.h"
#include "tests/support/SimulatedHardware.h"
#include "tests/support/SimulatedHttpClient.h"
#include "tests/support/SimulatedOpenSsl.h"
#include "tests/support/SimulatedProfile.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrl>
#include <QVariantMap>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Espalier {

class SimulatedKeyPool;

// A stand-in for an Apple device (Mac, iPhone, iPad, Apple TV) that speaks MDM as Apple
// documents it: downloads and installs the enrollment profile (SCEP for its identity),
// checks in (Authenticate, TokenUpdate, CheckOut), and on connect() reports Idle and answers
// every command the server hands out until it answers with an empty body. Check-ins and reports
// are plists signed with the identity (Mdm-Signature) when the profile asks for it, on a
// keep-alive TLS connection that also presents the identity as its client certificate.
// Asynchronous and light: no threads of its own (key generation aside, which runs on the global
// pool), so a benchmark can run a thousand on one thread. Lives on its creator's thread; the
// futures finish there and the signals are emitted there.
class DeviceSimulator final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Unenrolled,
        Enrolling,
        Enrolled,
        // Wiped by EraseDevice: silent until enrolled again.
        Erased,
    };
    Q_ENUM(State)

    using Channel = SimulatedDeviceState::Channel;

    // Misbehaviour for the next check-in or report message(s), one fault per message.
    enum class Fault {
        // Signed with a valid certificate for the device's key from a CA the server never saw.
        ForeignCaCertificate,
        // Signed with another enrolled device's identity (setOtherDeviceIdentity()).
        OtherDeviceCertificate,
        // The body is changed after signing (its UDID), so the signature no longer matches.
        BadSignature,
        NoSignature,
        // Signed, but the body is not a property list.
        GarbagePlist,
        // Content-Length announces the whole body, half is sent, then the connection drops.
        TruncatedBody,
        // A valid, signed plist padded beyond Options::oversizeBodyBytes.
        OversizeBody,
        WrongContentType,
    };
    Q_ENUM(Fault)

    struct Options
    {
        SimulatedHardware hardware = SimulatedHardware::preset(SimulatedHardware::Kind::IPhone);
        // Trust (the server's CA) and TLS set-up; share one among a fleet.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        // Keys for the SCEP identity; null makes a fresh RSA key per enrollment, as a device does.
        std::shared_ptr<SimulatedKeyPool> keyPool{};
        // The Mdm-Signature digest; older devices sign with SHA-1.
        SimulatedOpenSsl::DigestAlgorithm signatureDigest
            = SimulatedOpenSsl::DigestAlgorithm::Sha256;
        bool supervised = false;
        bool passcodePresent = true;
        // Offer the identity as the TLS client certificate too, when the server asks for one.
        bool presentIdentityInTls = true;
        // A Mac opens its user channel when the profile allows per-user connections.
        bool userChannel = true;
        QString userShortName = QStringLiteral("alex");
        QString userLongName = QStringLiteral("Alex Appleseed");
        std::chrono::milliseconds requestTimeout{std::chrono::seconds(30)};
        qsizetype oversizeBodyBytes = qsizetype{16} * 1024 * 1024;
    };

    struct Identity
    {
        Certificate certificate{};
        PrivateKey key{};
    };

    // One command as the device saw and answered it.
    struct CommandRecord
    {
        Channel channel = Channel::Device;
        QString commandUuid{};
        QString requestType{};
        QVariantMap command{};  // the Command dict
        QVariantMap response{}; // the whole report sent back
        QString status{};
        // The server's HTTP status for that report; 0 when the device went silent (wiped).
        int serverStatus = 0;
    };

    // One check-in or report message as it went out.
    struct MessageRecord
    {
        Channel channel = Channel::Device;
        // MessageType of a check-in ("Authenticate", …) or Status of a report ("Idle", …).
        QString messageType{};
        bool checkIn = false;
        QByteArray body{};
        QByteArray signature{}; // the Mdm-Signature header, empty when none
        std::optional<Fault> fault{};
        int serverStatus = 0; // 0 when no answer came
        QByteArray serverBody{};
    };

    explicit DeviceSimulator(Options options, QObject *parent = nullptr);
    ~DeviceSimulator() override;

    // Downloads the enrollment profile from an enrollment URL (as Safari would) and installs it.
    [[nodiscard]] QFuture<Result<void>> enroll(const QUrl &enrollmentUrl);
    // Installs an enrollment profile given as bytes (signed or not): SCEP or PKCS#12 identity,
    // Authenticate, TokenUpdate, and the user channel's TokenUpdate where it applies.
    [[nodiscard]] QFuture<Result<void>> installEnrollmentProfile(const QByteArray &profile);
    // Sends a TokenUpdate again, e.g. after rotatePushToken().
    [[nodiscard]] QFuture<Result<void>> sendTokenUpdate(Channel channel = Channel::Device);
    // Reports Idle and answers commands until the server has none; yields how many it answered.
    [[nodiscard]] QFuture<Result<int>> connect(Channel channel = Channel::Device);
    // Removes the enrollment profile: CheckOut when the profile asks for it, then unenrolled.
    [[nodiscard]] QFuture<Result<void>> unenroll();

    // A new APNs token, as after a restore; send it with sendTokenUpdate().
    void rotatePushToken(Channel channel = Channel::Device);

    void injectFault(Fault fault, int messages = 1);
    void clearFaults();
    // Answer NotNow to the next `commands` commands, whatever they are.
    void answerNotNow(int commands);
    // Answer NotNow to commands of this type; a negative count means always.
    void answerNotNowFor(const QString &requestType, int commands = -1);
    // The identity Fault::OtherDeviceCertificate signs with.
    void setOtherDeviceIdentity(const Identity &identity);

    [[nodiscard]] State state() const { return m_state; }

    [[nodiscard]] bool isEnrolled() const { return m_state == State::Enrolled; }

    [[nodiscard]] const SimulatedHardware &hardware() const { return m_device.hardware; }

    [[nodiscard]] QString udid() const { return m_device.hardware.udid; }

    [[nodiscard]] QString userId() const { return m_device.userId; }

    [[nodiscard]] bool hasUserChannel() const { return m_userChannel; }

    [[nodiscard]] Identity identity() const { return m_identity; }

    [[nodiscard]] QString topic() const;
    [[nodiscard]] QUrl serverUrl() const;
    [[nodiscard]] QUrl checkInUrl() const;
    [[nodiscard]] QByteArray pushToken(Channel channel = Channel::Device) const;
    [[nodiscard]] QString pushMagic(Channel channel = Channel::Device) const;

    [[nodiscard]] QByteArray unlockToken() const { return m_device.unlockToken; }

    // The enrollment profile as installed (signed or not, and its signers).
    [[nodiscard]] const SimulatedProfile &enrollmentProfile() const { return m_enrollmentProfile; }

    [[nodiscard]] QStringList installedProfileIdentifiers() const;
    // The person at the device removes a profile in Settings, as a user may for any profile
    // that does not disallow removal (not the enrollment profile here). False when it is not
    // installed or may not be removed.
    bool removeProfileAsUser(const QString &identifier);

    [[nodiscard]] const SimulatedDeviceState &deviceState() const { return m_device; }

    // The last SCEP exchange: capabilities, cipher, the PKCSReq as sent.
    [[nodiscard]] const ScepClient::Outcome &scepOutcome() const { return m_scepOutcome; }

    [[nodiscard]] const QList<CommandRecord> &commandLog() const { return m_commandLog; }

    [[nodiscard]] const QList<MessageRecord> &messageLog() const { return m_messageLog; }

    [[nodiscard]] SimulatedHttpClient &httpClient() { return *m_http; }

Q_SIGNALS:
    void stateChanged(Espalier::DeviceSimulator::State state);
    void enrolled();
    void unenrolled();
    void messageSent(const Espalier::DeviceSimulator::MessageRecord &record);
    void commandHandled(const Espalier::DeviceSimulator::CommandRecord &record);
    void errorOccurred(const Espalier::Error &error);
    // Every HTTP exchange: "Enroll", "GetCACaps", "GetCACert", "PKIOperation", a check-in's
    // MessageType or a report's Status. status 0 when no answer came. For benchmarks.
    void requestFinished(const QString &kind, qint64 latencyNs, int status);

private:
    using Done = std::function<void(const Result<void> &)>;
    struct Session;

    void installProfile(const QByteArray &bytes, bool renewal, Done done);
    void obtainKey(int bits, std::function<void(const Result<PrivateKey> &)> next);
    void requestScepIdentity(const SimulatedProfile &profile,
                             const QVariantMap &scepPayload,
                             const PrivateKey &key,
                             const Done &done);
    void completeEnrollment(const SimulatedProfile &profile,
                            const Identity &identity,
                            const Done &done);
    void checkIn(const QVariantMap &message, Channel channel, Done done);
    void sendMessage(const QVariantMap &message,
                     Channel channel,
                     bool checkIn,
                     std::function<void(const Result<SimulatedHttpClient::Reply> &)> done);
    void handleServerReply(const std::shared_ptr<Session> &session,
                           const Result<SimulatedHttpClient::Reply> &reply);
    void answerCommand(const std::shared_ptr<Session> &session, const QVariantMap &envelope);
    void sendReport(const std::shared_ptr<Session> &session,
                    CommandRecord record,
                    SimulatedCommandProcessor::Aftermath aftermath);
    void finishSession(const std::shared_ptr<Session> &session, const Result<int> &result);
    void forgetEnrollment(State state);

    [[nodiscard]] QVariantMap channelKeys(Channel channel) const;
    [[nodiscard]] QVariantMap authenticateMessage() const;
    [[nodiscard]] QVariantMap tokenUpdateMessage(Channel channel) const;
    [[nodiscard]] bool takeNotNow(const QString &requestType);
    [[nodiscard]] std::optional<Fault> takeFault();
    [[nodiscard]] Result<Identity> foreignCaIdentity();
    [[nodiscard]] QString userAgent() const;
    void setState(State state);
    void setIdentity(const Identity &identity);
    void reportFailure(const Error &error);

    Options m_options;
    SimulatedDeviceState m_device;
    SimulatedCommandProcessor m_processor{m_device};
    SimulatedHttpClient *m_http = nullptr;
    ScepClient *m_scep = nullptr;
    State m_state = State::Unenrolled;

    SimulatedProfile m_enrollmentProfile;
    QVariantMap m_mdmPayload;
    Identity m_identity;
    Identity m_foreignIdentity;
    Identity m_otherDeviceIdentity;
    QSslCertificate m_tlsCertificate;
    QSslKey m_tlsKey;
    ScepClient::Outcome m_scepOutcome;
    QByteArray m_pushToken;
    QString m_pushMagic;
    QString m_userPushMagic;
    bool m_userChannel = false;

    QList<Fault> m_faults;
    int m_notNowCount = 0;
    QHash<QString, int> m_notNowFor;
    QList<CommandRecord> m_commandLog;
    QList<MessageRecord> m_messageLog;
};

} // namespace Espalier
