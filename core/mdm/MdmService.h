// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBox.h"
#include "core/mdm/CommandQueue.h"
#include "core/mdm/DeviceIdentity.h"
#include "core/mdm/InventoryUpdater.h"
#include "core/mdm/MdmCommand.h"
#include "core/mdm/MdmResponse.h"
#include "core/store/AuditLog.h"
#include "core/store/CommandRepository.h"
#include "core/store/DeviceRepository.h"
#include "core/store/EnrollmentRepository.h"
#include "core/store/EnrollmentTokenRepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace Espalier {

class Clock;
class Database;
struct ChannelIdentity;
struct CheckinMessage;

// The MDM protocol behind the device-facing routes, which know HTTP and call in with the
// verified identity certificate and the raw body; this class knows no HTTP. It binds identity
// certificates to enrollments (refusing with 400, never 401, and an audit entry), runs the
// check-in messages, the command queue and its delivery, and turns inventory reports into
// inventory. Each request is one transaction: a refused or failed request changes nothing but
// the audit log. Lives on the engine thread with the Writer; emits what changed after each
// commit, for the engine to notify models and to push.
class MdmService final : public QObject
{
    Q_OBJECT

public:
    // secretBox seals the tokens kept in the store; pushTopic is the topic of our push
    // certificate, which Authenticate and TokenUpdate must name.
    MdmService(Database &database,
               const Clock &clock,
               SecretBox secretBox,
               QString pushTopic,
               QObject *parent = nullptr);
    ~MdmService() override;

    // A check-in request (Content-Type application/x-apple-aspen-mdm-checkin).
    [[nodiscard]] MdmResponse handleCheckin(const DeviceIdentity &identity, const QByteArray &body);
    // A command request (Content-Type application/x-apple-aspen-mdm): Idle or a report; the
    // answer is the next command or an empty body.
    [[nodiscard]] MdmResponse handleConnect(const DeviceIdentity &identity, const QByteArray &body);

    // The queue with change signals: enqueue asks for a push to its targets.
    [[nodiscard]] Result<QStringList> enqueue(const QStringList &enrollmentIds,
                                              const MdmCommand &command,
                                              const QString &actor,
                                              const std::optional<QDateTime> &expiresAt
                                              = std::nullopt);
    [[nodiscard]] Result<Command> cancel(const QString &uuid, const QString &actor);
    [[nodiscard]] Result<QString> retry(const QString &uuid, const QString &actor);
    // For the engine's timer.
    [[nodiscard]] Result<QStringList> expireDue();

    // The queue itself, for what the service does not wrap; changes made through it are not
    // announced.
    [[nodiscard]] CommandQueue &commandQueue() { return m_queue; }

    [[nodiscard]] const QString &pushTopic() const { return m_pushTopic; }

    // The DeviceInformation queries of the initial inventory. Queries a device does not support,
    // or that its access rights do not allow, are simply missing from its answer.
    [[nodiscard]] static QStringList initialDeviceInformationQueries();

    // The commands queued after a channel's first TokenUpdate. Kept minimal here; the typed
    // builders of core/mdm/commands can replace them.
    [[nodiscard]] static QList<MdmCommand> initialInventoryCommands(EnrollmentType channelType);

Q_SIGNALS:
    // These enrollments have work waiting: push to them at notBefore (invalid: now).
    void pushRequested(const QStringList &enrollmentIds, const QDateTime &notBefore);
    void enrollmentsChanged(const QStringList &enrollmentIds);
    void commandsChanged(const QStringList &commandUuids);
    void devicesChanged(const QStringList &deviceIds);
    // The channel polled for its commands (a report or Idle that was accepted): a push to it
    // has done its job.
    void connected(const QString &enrollmentId);

private:
    // What one request changed, announced after its transaction commits.
    struct Changes
    {
        QStringList enrollments{};
        QStringList devices{};
        QStringList commands{};
        QStringList pushNow{};
        QList<std::pair<QString, QDateTime>> pushLater{};
    };

    // Set by a handler that refuses the request; its transaction is rolled back and only the
    // refusal is audited.
    struct Step
    {
        std::optional<QString> refusal;
        Changes changes;
    };

    using Handler = std::function<Result<MdmResponse>(Step &)>;

    [[nodiscard]] MdmResponse transact(const QString &fingerprint,
                                       const QString &target,
                                       const Handler &handler);
    [[nodiscard]] MdmResponse refuse(const QString &fingerprint,
                                     const QString &target,
                                     const QString &reason);
    void announce(const Changes &changes);

    // nullopt when the certificate is the one bound to the channel's device channel; then
    // *deviceChannel, when given, is that channel's enrollment.
    [[nodiscard]] Result<std::optional<QString>> bindingProblem(
        const ChannelIdentity &channel,
        const QString &fingerprint,
        std::optional<Enrollment> *deviceChannel = nullptr);

    [[nodiscard]] Result<MdmResponse> authenticate(const CheckinMessage &message,
                                                   const QString &fingerprint,
                                                   Step &step);
    [[nodiscard]] Result<MdmResponse> tokenUpdate(const CheckinMessage &message, Step &step);
    [[nodiscard]] Result<MdmResponse> checkOut(const CheckinMessage &message, Step &step);
    [[nodiscard]] Result<MdmResponse> setBootstrapToken(const CheckinMessage &message, Step &step);
    [[nodiscard]] Result<MdmResponse> getBootstrapToken(const CheckinMessage &message);
    [[nodiscard]] Result<void> markSeen(const ChannelIdentity &channel);

    [[nodiscard]] Result<QStringList> queueInitialInventory(const Enrollment &channel);

    Database &m_database;
    const Clock &m_clock;
    const QString m_pushTopic;
    const SecretBox m_tokenBox;
    EnrollmentRepository m_enrollments;
    DeviceRepository m_devices;
    EnrollmentTokenRepository m_tokens;
    AuditLog m_audit;
    CommandRepository m_commands;
    CommandQueue m_queue;
    InventoryUpdater m_inventory;
};

} // namespace Espalier
