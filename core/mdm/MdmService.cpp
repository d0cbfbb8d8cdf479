// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/MdmService.h"

#include "core/common/Clock.h"
#include "core/crypto/OpenSsl.h"
#include "core/mdm/CheckinMessage.h"
#include "core/mdm/CommandReport.h"
#include "core/mdm/MdmLogging.h"
#include "core/mdm/Platform.h"
#include "core/plist/Plist.h"
#include "core/store/CommandDeliveryRepository.h"
#include "core/store/Database.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// How stale a stored check-in time may be before a command report writes it again.
constexpr qint64 SeenResolutionMs = 10 * 1000;

bool isRecent(const QDateTime &seen, const QDateTime &now)
{
    return seen.isValid() && seen <= now && seen.msecsTo(now) < SeenResolutionMs;
}

bool isLowerHex(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

// The fingerprint the request was made with, or nullopt when the caller handed over none (or
// one that disagrees with its certificate).
std::optional<QString> fingerprintOf(const DeviceIdentity &identity)
{
    QString fingerprint = identity.sha256Fingerprint.toLower();
    if (!identity.identity.isNull()) {
        const QString actual = identity.identity.sha256Fingerprint();
        if (fingerprint.isEmpty())
            fingerprint = actual;
        else if (fingerprint != actual)
            return std::nullopt;
    }
    if (fingerprint.size() != 64 || !isLowerHex(fingerprint))
        return std::nullopt;
    return fingerprint;
}

QString deviceActor(const QString &enrollmentId)
{
    return u"device:"_s + enrollmentId;
}

QString shortFingerprint(const QString &fingerprint)
{
    return fingerprint.left(16);
}

// 501: we do not implement Declarative Device Management or the token service yet. The
// device only sends these after we turned them on, which we never do, so a server-side "not
// implemented" is the honest answer: 400 would blame the device, 404 would claim the
// declaration or token does not exist, and 401 or 403 would unenroll it.
constexpr int s_notImplemented = 501;
// UserAuthenticate: 410 declines user management for directory users (NanoMDM's default).
constexpr int s_gone = 410;

} // namespace

MdmService::MdmService(
    Database &database, const Clock &clock, SecretBox secretBox, QString pushTopic, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_pushTopic(std::move(pushTopic))
    , m_tokenBox(secretBox)
    , m_enrollments(database, clock, &m_tokenBox)
    , m_devices(database, clock)
    , m_tokens(database, clock, secretBox)
    , m_audit(database, clock)
    , m_commands(database, clock)
    , m_queue(database, clock, std::move(secretBox))
    , m_inventory(database, clock)
{}

MdmService::~MdmService() = default;

QStringList MdmService::initialDeviceInformationQueries()
{
    return {
        u"UDID"_s,
        u"SerialNumber"_s,
        u"DeviceName"_s,
        u"Model"_s,
        u"ModelName"_s,
        u"ModelNumber"_s,
        u"ProductName"_s,
        u"IsAppleSilicon"_s,
        u"OSVersion"_s,
        u"BuildVersion"_s,
        u"SupplementalBuildVersion"_s,
        u"SupplementalOSVersionExtra"_s,
        u"DeviceCapacity"_s,
        u"AvailableDeviceCapacity"_s,
        u"BatteryLevel"_s,
        u"IsSupervised"_s,
        u"IsMultiUser"_s,
        u"IsActivationLockEnabled"_s,
        u"IsDeviceLocatorServiceEnabled"_s,
        u"IsMDMLostModeEnabled"_s,
        u"AwaitingConfiguration"_s,
        u"SystemIntegrityProtectionEnabled"_s,
        u"WiFiMAC"_s,
        u"BluetoothMAC"_s,
        u"EthernetMAC"_s,
        u"LocalHostName"_s,
        u"HostName"_s,
        u"PINRequiredForDeviceLock"_s,
        u"PINRequiredForEraseDevice"_s,
        u"EACSPreflight"_s,
        u"TimeZone"_s,
    };
}

QList<MdmCommand> MdmService::initialInventoryCommands(EnrollmentType channelType)
{
    QList<MdmCommand> commands{
        MdmCommand{u"DeviceInformation"_s,
                   QVariantMap{{u"Queries"_s, initialDeviceInformationQueries()}}},
        MdmCommand{u"SecurityInfo"_s, {}},
    };
    // The lists describe the device; a user channel would report the user's view only.
    if (channelType == EnrollmentType::Device) {
        commands.append(MdmCommand{u"InstalledApplicationList"_s, {}});
        commands.append(MdmCommand{u"ProfileList"_s, {}});
        commands.append(MdmCommand{u"CertificateList"_s, {}});
    }
    return commands;
}

MdmResponse MdmService::refuse(const QString &fingerprint,
                               const QString &target,
                               const QString &reason)
{
    // Whoever holds a certificate bound to some device speaks as that device; a certificate
    // bound to nothing proves nothing about who is asking.
    QString actor = u"unknown"_s;
    if (!fingerprint.isEmpty()) {
        Result<std::optional<Enrollment>> owner = m_enrollments.findByIdentity(fingerprint);
        if (owner && *owner)
            actor = deviceActor((*owner)->id);
    }
    QString detail = reason;
    if (!fingerprint.isEmpty())
        detail += u"; certificate sha256 "_s + fingerprint;
    qCWarning(lcMdm) << "refused a request for" << target << "from" << actor << ":" << reason;
    Result<AuditEntry> audited = m_audit.append(actor, u"mdm.refused"_s, target, detail);
    if (!audited)
        qCCritical(lcMdm) << "could not audit a refusal:" << audited.error().toString();
    return MdmResponse::status(400, reason);
}

void MdmService::announce(const Changes &changes)
{
    const auto unique = [](QStringList list) {
        list.removeDuplicates();
        return list;
    };
    if (!changes.enrollments.isEmpty())
        Q_EMIT enrollmentsChanged(unique(changes.enrollments));
    if (!changes.devices.isEmpty())
        Q_EMIT devicesChanged(unique(changes.devices));
    if (!changes.commands.isEmpty())
        Q_EMIT commandsChanged(unique(changes.commands));
    if (!changes.pushNow.isEmpty())
        Q_EMIT pushRequested(unique(changes.pushNow), QDateTime());
    for (const auto &[enrollmentId, at] : changes.pushLater)
        Q_EMIT pushRequested({enrollmentId}, at);
}

MdmResponse MdmService::transact(const QString &fingerprint,
                                 const QString &target,
                                 const Handler &handler)
{
    Step step;
    Result<MdmResponse> response = m_database.transaction([&]() -> Result<MdmResponse> {
        Result<MdmResponse> handled = handler(step);
        if (handled && step.refusal) {
            // Undo whatever the handler wrote before it refused.
            return fail(Error::Code::InvalidInput, tr("The request was refused."), *step.refusal);
        }
        return handled;
    });
    if (step.refusal)
        return refuse(fingerprint, target, *step.refusal);
    if (!response) {
        qCCritical(lcMdm) << "request for" << target << "failed:" << response.error().toString();
        return MdmResponse::status(500, response.error().detail);
    }
    announce(step.changes);
    return std::move(*response);
}

Result<std::optional<QString>> MdmService::bindingProblem(const ChannelIdentity &channel,
                                                          const QString &fingerprint,
                                                          std::optional<Enrollment> *deviceChannel)
{
    Result<std::optional<Enrollment>> device = m_enrollments.find(channel.deviceChannelId);
    if (!device)
        return fail(device.error());
    if (!*device) {
        return std::optional<QString>(
            u"device channel %1 has not authenticated"_s.arg(channel.deviceChannelId));
    }
    if ((*device)->identityCertSha256.isEmpty()) {
        return std::optional<QString>(
            u"device channel %1 has no bound identity certificate"_s.arg(channel.deviceChannelId));
    }
    if ((*device)->identityCertSha256 != fingerprint) {
        return std::optional<QString>(
            u"the certificate is not the one bound to device channel %1 (bound: %2)"_s.arg(
                channel.deviceChannelId, shortFingerprint((*device)->identityCertSha256)));
    }
    if (deviceChannel)
        *deviceChannel = std::move(*device);
    return std::optional<QString>();
}

Result<void> MdmService::markSeen(const ChannelIdentity &channel)
{
    Result<std::optional<Enrollment>> existing = m_enrollments.find(channel.id);
    if (!existing)
        return fail(existing.error());
    return m_enrollments.markSeen(*existing ? channel.id : channel.deviceChannelId);
}

MdmResponse MdmService::handleCheckin(const DeviceIdentity &identity, const QByteArray &body)
{
    const std::optional<QString> fingerprint = fingerprintOf(identity);
    if (!fingerprint)
        return refuse({}, {}, u"the request carries no usable identity certificate"_s);
    Result<CheckinMessage> parsed = CheckinMessage::parse(body);
    if (!parsed) {
        qCWarning(lcMdm) << "malformed check-in:" << parsed.error().detail;
        return MdmResponse::status(400, parsed.error().detail);
    }
    CheckinMessage &message = *parsed;
    const ChannelIdentity &channel = message.channel;
    const QString &fp = *fingerprint;

    MdmResponse response = transact(fp, channel.id, [&](Step &step) -> Result<MdmResponse> {
        if (message.type == CheckinMessage::Type::Authenticate)
            return authenticate(message, fp, step);
        Result<std::optional<QString>> problem = bindingProblem(channel, fp);
        if (!problem)
            return fail(problem.error());
        if (*problem) {
            step.refusal = u"%1: %2"_s.arg(CheckinMessage::typeName(message.type), **problem);
            return MdmResponse();
        }
        switch (message.type) {
        case CheckinMessage::Type::Authenticate:
            break;
        case CheckinMessage::Type::TokenUpdate:
            return tokenUpdate(message, step);
        case CheckinMessage::Type::CheckOut:
            return checkOut(message, step);
        case CheckinMessage::Type::SetBootstrapToken:
            return setBootstrapToken(message, step);
        case CheckinMessage::Type::GetBootstrapToken:
            return getBootstrapToken(message);
        case CheckinMessage::Type::UserAuthenticate:
            qCInfo(lcMdm) << "declined UserAuthenticate for" << channel.id;
            return MdmResponse::status(s_gone, u"user authentication is declined"_s);
        case CheckinMessage::Type::DeclarativeManagement:
        case CheckinMessage::Type::GetToken:
            if (Result<void> seen = markSeen(channel); !seen)
                return fail(seen.error());
            qCInfo(lcMdm) << CheckinMessage::typeName(message.type) << "from" << channel.id
                          << "is not supported";
            return MdmResponse::status(
                s_notImplemented,
                u"%1 is not supported yet"_s.arg(CheckinMessage::typeName(message.type)));
        }
        return fail(Error::Code::Unsupported, tr("The message is not supported."), {});
    });
    OpenSsl::cleanse(message.unlockToken);
    OpenSsl::cleanse(message.bootstrapToken);
    return response;
}

Result<MdmResponse> MdmService::authenticate(const CheckinMessage &message,
                                             const QString &fingerprint,
                                             Step &step)
{
    const ChannelIdentity &channel = message.channel;
    if (message.topic != m_pushTopic) {
        step.refusal = u"Authenticate: topic %1 is not this server's push topic"_s.arg(
            message.topic);
        return MdmResponse();
    }
    Result<std::optional<Enrollment>> owner = m_enrollments.findByIdentity(fingerprint);
    if (!owner)
        return fail(owner.error());
    if (*owner && (*owner)->id != channel.id) {
        step.refusal = u"Authenticate: the certificate is already bound to %1"_s.arg((*owner)->id);
        return MdmResponse();
    }
    Result<std::optional<Enrollment>> previous = m_enrollments.find(channel.id);
    if (!previous)
        return fail(previous.error());

    // A re-enrollment starts with an empty queue: commands for the old enrollment are
    // meaningless now.
    Result<QStringList> cleared = m_queue.clear(channel.id, deviceActor(channel.id));
    if (!cleared)
        return fail(cleared.error());

    Enrollment enrollment = channel.toEnrollment();
    enrollment.topic = message.topic;
    enrollment.identityCertSha256 = fingerprint;
    Result<Enrollment> stored = m_enrollments.recordAuthenticate(enrollment);
    if (!stored)
        return fail(stored.error());

    QStringList notes{u"identity "_s + shortFingerprint(fingerprint)};
    if (*previous) {
        notes.append(u"enrolled again"_s);
        const QString &old = (*previous)->identityCertSha256;
        if (!old.isEmpty() && old != fingerprint)
            notes.append(u"replaces identity "_s + shortFingerprint(old));
    }
    if (!cleared->isEmpty())
        notes.append(u"%1 unfinished command(s) cancelled"_s.arg(cleared->size()));

    Device device;
    device.udid = stored->deviceId;
    device.serialNumber = message.serialNumber;
    device.name = message.deviceName;
    device.model = message.model;
    device.modelName = message.modelName;
    device.productName = message.productName;
    Platform platform = platformFromProductName(message.productName);
    if (platform == Platform::Unknown)
        platform = platformFromProductName(message.model);
    device.platform = platformName(platform);
    device.osVersion = message.osVersion;
    device.buildVersion = message.buildVersion;
    Result<std::optional<Device>> known = m_devices.find(device.udid);
    if (!known)
        return fail(known.error());
    // Cloned VMs and migrated hardware share UDIDs (§15.11): flag it, do not hide it.
    if (*known && !(*known)->serialNumber.isEmpty() && !device.serialNumber.isEmpty()
        && (*known)->serialNumber != device.serialNumber) {
        qCWarning(lcMdm) << "UDID" << device.udid << "authenticated with serial"
                         << device.serialNumber << "after" << (*known)->serialNumber;
        notes.append(u"serial number changed from %1 to %2"_s.arg((*known)->serialNumber,
                                                                  device.serialNumber));
    }
    if (Result<Device> inventory = m_devices.upsertInventory(device); !inventory)
        return fail(inventory.error());

    Result<AuditEntry> audited = m_audit.append(
        deviceActor(channel.id), u"mdm.authenticate"_s, channel.id, notes.join(u"; "_s));
    if (!audited)
        return fail(audited.error());

    Result<QList<Enrollment>> channels = m_enrollments.listForDevice(stored->deviceId);
    if (!channels)
        return fail(channels.error());
    for (const Enrollment &e : std::as_const(*channels))
        step.changes.enrollments.append(e.id);
    step.changes.devices.append(device.udid);
    step.changes.commands.append(*cleared);
    qCInfo(lcMdm) << "Authenticate from" << channel.id << notes.join(u"; "_s);
    return MdmResponse::empty();
}

Result<QStringList> MdmService::queueInitialInventory(const Enrollment &channel)
{
    QStringList uuids;
    for (const MdmCommand &command : initialInventoryCommands(channel.type)) {
        Result<QStringList> queued = m_queue.enqueue(
            {channel.id}, command, CommandQueue::engineActor());
        if (!queued)
            return queued;
        uuids.append(*queued);
    }
    return uuids;
}

Result<MdmResponse> MdmService::tokenUpdate(const CheckinMessage &message, Step &step)
{
    const ChannelIdentity &channel = message.channel;
    if (message.topic != m_pushTopic) {
        step.refusal = u"TokenUpdate: topic %1 is not this server's push topic"_s.arg(
            message.topic);
        return MdmResponse();
    }
    Result<std::optional<Enrollment>> previous = m_enrollments.find(channel.id);
    if (!previous)
        return fail(previous.error());
    const bool wasEnabled = *previous && (*previous)->enabled;

    Enrollment enrollment = channel.toEnrollment();
    enrollment.topic = message.topic;
    enrollment.pushTokenHex = QString::fromLatin1(message.token.toHex());
    enrollment.pushMagic = message.pushMagic;
    enrollment.awaitingConfiguration = message.awaitingConfiguration;
    Result<Enrollment> stored = m_enrollments.recordTokenUpdate(enrollment);
    if (!stored)
        return fail(stored.error());

    QStringList notes{
        u"push token %1"_s.arg(stored->tokenUpdateCount == 1 ? u"received"_s : u"updated"_s)};
    // Sent only once, usually in the first TokenUpdate: a later one without it keeps it.
    if (!message.unlockToken.isEmpty()) {
        if (channel.isUserChannel()) {
            qCWarning(lcMdm) << "ignored an UnlockToken from user channel" << channel.id;
        } else {
            if (Result<void> kept = m_tokens.storeUnlockToken(channel.id, message.unlockToken);
                !kept)
                return fail(kept.error());
            notes.append(u"unlock token escrowed"_s);
        }
    }
    if (!wasEnabled) {
        Result<QStringList> queued = queueInitialInventory(*stored);
        if (!queued)
            return fail(queued.error());
        notes.append(u"initial inventory queued (%1 commands)"_s.arg(queued->size()));
        step.changes.commands.append(*queued);
        step.changes.pushNow.append(channel.id);
    } else if ((*previous)->pushTokenState != PushTokenState::Ok
               || (*previous)->pushTokenHex != stored->pushTokenHex) {
        // The device is reachable again, or at a new address: whatever waited for it can be
        // fetched now.
        Result<std::optional<QString>> waiting = CommandDeliveryRepository(m_database, m_clock)
                                                     .nextDeliverable(
                                                         channel.id, m_clock.now(), {});
        if (!waiting)
            return fail(waiting.error());
        if (*waiting)
            step.changes.pushNow.append(channel.id);
    }
    Result<AuditEntry> audited = m_audit.append(
        deviceActor(channel.id), u"mdm.token-update"_s, channel.id, notes.join(u"; "_s));
    if (!audited)
        return fail(audited.error());
    step.changes.enrollments.append(channel.id);
    return MdmResponse::empty();
}

Result<MdmResponse> MdmService::checkOut(const CheckinMessage &message, Step &step)
{
    const QString &id = message.channel.id;
    if (Result<void> done = m_enrollments.checkOut(id); !done)
        return fail(done.error());
    // Nothing will reach a device that left; keep the history, end the waiting.
    Result<QStringList> cleared = m_queue.clear(id, deviceActor(id));
    if (!cleared)
        return fail(cleared.error());
    Result<AuditEntry> audited = m_audit.append(
        deviceActor(id),
        u"mdm.checkout"_s,
        id,
        u"the device removed its enrollment; %1 unfinished command(s) cancelled"_s.arg(
            cleared->size()));
    if (!audited)
        return fail(audited.error());
    Result<QList<Enrollment>> channels = m_enrollments.list();
    if (!channels)
        return fail(channels.error());
    for (const Enrollment &e : std::as_const(*channels)) {
        if (e.id == id || e.parentId == id)
            step.changes.enrollments.append(e.id);
    }
    step.changes.commands.append(*cleared);
    return MdmResponse::empty();
}

Result<MdmResponse> MdmService::setBootstrapToken(const CheckinMessage &message, Step &step)
{
    const QString &id = message.channel.id;
    const bool removing = message.bootstrapToken.isEmpty();
    if (Result<void> stored = m_tokens.storeBootstrapToken(id, message.bootstrapToken); !stored)
        return fail(stored.error());
    if (Result<void> seen = m_enrollments.markSeen(id); !seen)
        return fail(seen.error());
    Result<AuditEntry> audited = m_audit.append(
        deviceActor(id),
        removing ? u"mdm.bootstrap-token.removed"_s : u"mdm.bootstrap-token.stored"_s,
        id,
        removing ? u"the device removed its token"_s : u"the device escrowed its token"_s);
    if (!audited)
        return fail(audited.error());
    step.changes.enrollments.append(id);
    return MdmResponse::empty();
}

Result<MdmResponse> MdmService::getBootstrapToken(const CheckinMessage &message)
{
    const QString &id = message.channel.id;
    if (Result<void> seen = m_enrollments.markSeen(id); !seen)
        return fail(seen.error());
    Result<std::optional<QByteArray>> token = m_tokens.bootstrapToken(id);
    if (!token)
        return fail(token.error());
    if (!*token)
        return MdmResponse::empty(u"no bootstrap token escrowed"_s);
    Result<QByteArray> body = Plist::toXml(QVariantMap{{u"BootstrapToken"_s, **token}});
    OpenSsl::cleanse(**token);
    if (!body)
        return fail(body.error());
    Result<AuditEntry> audited = m_audit.append(deviceActor(id),
                                                u"mdm.bootstrap-token.sent"_s,
                                                id,
                                                u"the escrowed token was returned to the device"_s);
    if (!audited)
        return fail(audited.error());
    return MdmResponse::plist(std::move(*body));
}

MdmResponse MdmService::handleConnect(const DeviceIdentity &identity, const QByteArray &body)
{
    const std::optional<QString> fingerprint = fingerprintOf(identity);
    if (!fingerprint)
        return refuse({}, {}, u"the request carries no usable identity certificate"_s);
    // Only a body that is no plist at all, or names no channel, is refused; whatever else the
    // device reports is kept and answered with 200, or it would send it again forever.
    Result<CommandReport> parsed = CommandReport::parse(body);
    if (!parsed) {
        qCWarning(lcMdm) << "unreadable command report:" << parsed.error().detail;
        return MdmResponse::status(400, parsed.error().detail);
    }
    const CommandReport &report = *parsed;
    const ChannelIdentity &channel = report.channel;
    const QString &fp = *fingerprint;

    MdmResponse answer = transact(fp, channel.id, [&](Step &step) -> Result<MdmResponse> {
        std::optional<Enrollment> deviceChannel;
        Result<std::optional<QString>> problem = bindingProblem(channel, fp, &deviceChannel);
        if (!problem)
            return fail(problem.error());
        if (*problem) {
            step.refusal = u"command report: "_s + **problem;
            return MdmResponse();
        }
        // A user channel that never sent its TokenUpdate has no queue: its reports are kept as
        // unmatched and the answer is empty.
        Result<std::optional<Enrollment>> enrollment = channel.id == channel.deviceChannelId
                                                           ? std::move(deviceChannel)
                                                           : m_enrollments.find(channel.id);
        if (!enrollment)
            return fail(enrollment.error());
        // A device polling in a busy session would otherwise write its check-in time on every
        // request; to ten seconds is all anyone reads of it.
        if (*enrollment && !isRecent((*enrollment)->lastSeenAt, m_clock.now())) {
            if (Result<void> seen = m_enrollments.markSeen(channel.id); !seen)
                return fail(seen.error());
        }

        Result<CommandQueue::ReportOutcome> outcome = m_queue.recordReport(channel.id, report);
        if (!outcome)
            return fail(outcome.error());
        step.changes.commands.append(outcome->changedCommands);
        if (outcome->finished && outcome->finished->state == CommandState::Acknowledged
            && *enrollment) {
            // The result is stored whatever happens here; inventory that cannot be read is
            // logged and left as it was (the savepoint undoes a partial write).
            Result<bool> updated = m_database.transaction([&]() -> Result<bool> {
                return m_inventory.apply(**enrollment, *outcome->finished, report.fields);
            });
            if (!updated) {
                qCWarning(lcMdm) << "inventory of" << outcome->finished->requestType
                                 << outcome->finished->uuid
                                 << "not stored:" << updated.error().detail;
            } else if (*updated) {
                step.changes.devices.append((*enrollment)->deviceId);
            }
        }

        Result<CommandQueue::Delivery> delivery = m_queue.deliverNext(channel.id);
        if (!delivery)
            return fail(delivery.error());
        step.changes.commands.append(delivery->changedCommands);
        if (delivery->command) {
            Result<QByteArray> payload = m_queue.deliverablePayload(*delivery->command);
            if (!payload)
                return fail(payload.error());
            return MdmResponse::plist(std::move(*payload));
        }
        if (delivery->pushAt.isValid())
            step.changes.pushLater.append({channel.id, delivery->pushAt});
        return MdmResponse::empty(outcome->unmatched ? u"the report matched no pending command"_s
                                                     : QString());
    });
    if (answer.httpStatus == 200)
        Q_EMIT connected(channel.id);
    return answer;
}

Result<QStringList> MdmService::enqueue(const QStringList &enrollmentIds,
                                        const MdmCommand &command,
                                        const QString &actor,
                                        const std::optional<QDateTime> &expiresAt)
{
    Result<QStringList> queued = QStringList();
    if (command.requestType == u"ClearPasscode"_s && !command.fields.contains(u"UnlockToken"_s)) {
        // The console never holds unlock tokens: each target's escrowed token is opened here,
        // on the engine thread, and sealed again with its command straight away.
        queued = m_database.transaction([&]() -> Result<QStringList> {
            QStringList uuids;
            for (const QString &enrollmentId : enrollmentIds) {
                Result<std::optional<QByteArray>> token = m_tokens.unlockToken(enrollmentId);
                if (!token)
                    return fail(token.error());
                if (!*token || (*token)->isEmpty()) {
                    return fail(Error::Code::Unsupported,
                                tr("Clear Passcode needs the unlock token the device sends at "
                                   "enrollment; this device never sent one."),
                                u"no UnlockToken for %1"_s.arg(enrollmentId));
                }
                MdmCommand filled = command;
                filled.fields.insert(u"UnlockToken"_s, **token);
                OpenSsl::cleanse(**token);
                Result<QStringList> one = m_queue.enqueue({enrollmentId}, filled, actor, expiresAt);
                filled.fields.clear();
                if (!one)
                    return fail(one.error());
                uuids += *one;
            }
            return uuids;
        });
    } else {
        queued = m_queue.enqueue(enrollmentIds, command, actor, expiresAt);
    }
    if (queued) {
        Changes changes;
        changes.commands = *queued;
        changes.pushNow = enrollmentIds;
        announce(changes);
    }
    return queued;
}

Result<Command> MdmService::cancel(const QString &uuid, const QString &actor)
{
    Result<Command> cancelled = m_queue.cancel(uuid, actor);
    if (cancelled)
        announce(Changes{.commands = {uuid}});
    return cancelled;
}

Result<QString> MdmService::retry(const QString &uuid, const QString &actor)
{
    Result<QString> queued = m_queue.retry(uuid, actor);
    if (!queued)
        return queued;
    Changes changes;
    changes.commands = {uuid, *queued};
    Result<std::optional<Command>> command = m_commands.find(*queued);
    if (command && *command)
        changes.pushNow.append((*command)->enrollmentId);
    announce(changes);
    return queued;
}

Result<QStringList> MdmService::expireDue()
{
    Result<QStringList> expired = m_queue.expireDue();
    if (expired && !expired->isEmpty())
        announce(Changes{.commands = *expired});
    return expired;
}

} // namespace Espalier
