// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/ProfileDeployment.h"

#include "core/common/Logging.h"
#include "core/mdm/MdmService.h"
#include "core/mdm/commands/InstallProfileCommand.h"
#include "core/mdm/commands/ProfileListCommand.h"
#include "core/mdm/commands/RemoveProfileCommand.h"
#include "core/profiles/MobileConfig.h"
#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/ProfileRepository.h"

using namespace Qt::StringLiterals;

namespace Espalier {

ProfileDeployment::ProfileDeployment(Database &database,
                                     const Clock &clock,
                                     MdmService &mdm,
                                     QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_mdm(mdm)
{}

void ProfileDeployment::setSigner(const Certificate &certificate,
                                  const PrivateKey &key,
                                  const QList<Certificate> &chain)
{
    m_signer = certificate;
    m_signerKey = key;
    m_signerChain = chain;
}

Result<ProfileRecord> ProfileDeployment::save(const ProfileDocument &document,
                                              const QString &profileId,
                                              const QString &actor)
{
    const QList<ProfileFault> faults = MobileConfig::check(document);
    if (!faults.isEmpty()) {
        const ProfileFault &first = faults.constFirst();
        return fail(Error::Code::InvalidInput,
                    tr("The profile cannot be saved until this is fixed: %1: %2")
                        .arg(first.location, first.message),
                    u"%1 fault(s)"_s.arg(faults.size()));
    }
    Result<QByteArray> plist = MobileConfig::write(document, Plist::Format::Xml);
    if (!plist)
        return fail(plist.error());
    ProfileRepository::SaveRequest request;
    request.profileId = profileId;
    request.identifier = document.identifier();
    request.displayName = document.displayName().isEmpty() ? document.identifier()
                                                           : document.displayName();
    request.plist = *plist;
    request.payloadTypes = MobileConfig::payloadTypes(document);
    request.actor = actor;
    Result<ProfileRecord> saved = m_database.transaction([&]() -> Result<ProfileRecord> {
        Result<ProfileRecord> record = ProfileRepository(m_database, m_clock).save(request);
        if (!record)
            return record;
        Result<AuditEntry> audited = AuditLog(m_database, m_clock)
                                         .append(actor,
                                                 u"profile.save"_s,
                                                 record->identifier,
                                                 u"version %1"_s.arg(record->currentVersion));
        if (!audited)
            return fail(audited.error());
        return record;
    });
    if (saved)
        Q_EMIT profilesChanged({saved->id});
    return saved;
}

Result<void> ProfileDeployment::remove(const QString &profileId, const QString &actor)
{
    ProfileRepository profiles(m_database, m_clock);
    Result<void> removed = m_database.transaction([&]() -> Result<void> {
        Result<std::optional<ProfileRecord>> record = profiles.profile(profileId);
        if (!record)
            return fail(record.error());
        if (!*record)
            return {};
        if (Result<void> done = profiles.remove(profileId); !done)
            return done;
        Result<AuditEntry> audited = AuditLog(m_database, m_clock)
                                         .append(actor,
                                                 u"profile.delete"_s,
                                                 (*record)->identifier,
                                                 u"version %1"_s.arg((*record)->currentVersion));
        if (!audited)
            return fail(audited.error());
        return {};
    });
    if (removed)
        Q_EMIT profilesChanged({profileId});
    return removed;
}

Result<QByteArray> ProfileDeployment::signWithServerIdentity(const QByteArray &plist) const
{
    if (m_signer.isNull()) {
        return fail(Error::Code::Unsupported,
                    tr("The server has no identity to sign profiles with yet."));
    }
    return MobileConfig::sign(plist, m_signer, m_signerKey, m_signerChain);
}

Result<QByteArray> ProfileDeployment::payload(const QString &profileId, bool sign) const
{
    Result<ProfileVersion> current = ProfileRepository(m_database, m_clock).version(profileId);
    if (!current)
        return fail(current.error());
    if (!sign)
        return current->plist;
    return signWithServerIdentity(current->plist);
}

Result<QStringList> ProfileDeployment::install(const QString &profileId,
                                               const QList<DeviceActionTarget> &devices,
                                               bool sign,
                                               const QString &actor)
{
    Result<std::optional<ProfileRecord>> record
        = ProfileRepository(m_database, m_clock).profile(profileId);
    if (!record)
        return fail(record.error());
    if (!*record)
        return fail(Error::Code::NotFound, tr("The profile was deleted in the meantime."));
    Result<QByteArray> bytes = payload(profileId, sign);
    if (!bytes)
        return fail(bytes.error());
    return queue(**record,
                 devices,
                 ProfileAssignment::Action::Install,
                 InstallProfileCommand{*bytes},
                 u"%1 version %2%3"_s.arg((*record)->identifier)
                     .arg((*record)->currentVersion)
                     .arg(sign ? u", signed"_s : QString()),
                 actor);
}

Result<QStringList> ProfileDeployment::uninstall(const QString &profileId,
                                                 const QList<DeviceActionTarget> &devices,
                                                 const QString &actor)
{
    Result<std::optional<ProfileRecord>> record
        = ProfileRepository(m_database, m_clock).profile(profileId);
    if (!record)
        return fail(record.error());
    if (!*record)
        return fail(Error::Code::NotFound, tr("The profile was deleted in the meantime."));
    return queue(**record,
                 devices,
                 ProfileAssignment::Action::Remove,
                 RemoveProfileCommand{(*record)->identifier},
                 (*record)->identifier,
                 actor);
}

template<typename Builder>
Result<QStringList> ProfileDeployment::queue(const ProfileRecord &record,
                                             const QList<DeviceActionTarget> &devices,
                                             ProfileAssignment::Action action,
                                             const Builder &builder,
                                             const QString &auditDetail,
                                             const QString &actor)
{
    ProfileRepository profiles(m_database, m_clock);
    const QString auditAction = action == ProfileAssignment::Action::Install ? u"profile.install"_s
                                                                             : u"profile.remove"_s;
    Result<QStringList> queued = m_database.transaction([&]() -> Result<QStringList> {
        QStringList uuids;
        for (const DeviceActionTarget &device : devices) {
            Result<MdmCommand> command = builder.build(device.target);
            if (!command)
                return fail(command.error());
            // The device's own list then says whether it took.
            Result<MdmCommand> listCommand = ProfileListCommand{}.build(device.target);
            if (!listCommand)
                return fail(listCommand.error());
            const QString enrollmentId = device.summary.enrollmentId;
            Result<QStringList> sent = m_mdm.enqueue({enrollmentId}, *command, actor);
            if (!sent)
                return fail(sent.error());
            Result<QStringList> listed = m_mdm.enqueue({enrollmentId}, *listCommand, actor);
            if (!listed)
                return fail(listed.error());
            ProfileAssignment assignment;
            assignment.profileId = record.id;
            assignment.deviceUdid = device.summary.udid;
            assignment.enrollmentId = enrollmentId;
            assignment.action = action;
            assignment.version = record.currentVersion;
            assignment.commandUuid = sent->value(0);
            assignment.listCommandUuid = listed->value(0);
            assignment.requestedBy = actor;
            if (Result<void> recorded = profiles.recordRequest(assignment); !recorded)
                return fail(recorded.error());
            Result<AuditEntry> audited
                = AuditLog(m_database, m_clock)
                      .append(actor, auditAction, device.summary.udid, auditDetail);
            if (!audited)
                return fail(audited.error());
            uuids += *sent;
            uuids += *listed;
        }
        return uuids;
    });
    if (queued)
        Q_EMIT profilesChanged({record.id});
    return queued;
}

void ProfileDeployment::reconcile(const QStringList &deviceUdids, const QStringList &commandUuids)
{
    Result<QStringList> changed
        = ProfileRepository(m_database, m_clock).reconcile(deviceUdids, commandUuids);
    if (!changed) {
        qCWarning(lcDb).noquote() << "profile status update failed:" << changed.error().toString();
        return;
    }
    if (!changed->isEmpty())
        Q_EMIT profilesChanged(*changed);
}

} // namespace Espalier
