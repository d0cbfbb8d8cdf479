// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/devices/DeviceActionTarget.h"
#include "core/profiles/ProfileDocument.h"
#include "core/store/ProfileAssignment.h"
#include "core/store/ProfileRecord.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Espalier {

class Clock;
class Database;
class MdmService;

// Stores profile versions and sends them to devices: InstallProfile (the current version,
// signed with the server's identity when asked) followed by a ProfileList, so the device's answer
// confirms the install; RemoveProfile by identifier. Keeps each device's status current from the
// command outcomes and the device's ProfileList (reconcile), and audits every request. Lives on
// the engine thread, which owns the store writer and the signing key; the Engine wraps it for
// other threads.
class ProfileDeployment final : public QObject
{
    Q_OBJECT

public:
    ProfileDeployment(Database &database,
                      const Clock &clock,
                      MdmService &mdm,
                      QObject *parent = nullptr);

    // The identity installs are signed with (the server's TLS identity). Without one, a signed
    // install fails with Unsupported.
    void setSigner(const Certificate &certificate,
                   const PrivateKey &key,
                   const QList<Certificate> &chain = {});

    // A new profile (empty profileId) or a new version. A document with structural faults
    // (MobileConfig::check) is refused with InvalidInput naming the first.
    [[nodiscard]] Result<ProfileRecord> save(const ProfileDocument &document,
                                             const QString &profileId,
                                             const QString &actor);
    [[nodiscard]] Result<void> remove(const QString &profileId, const QString &actor);

    // The current version's plist, CMS-signed with the server identity when sign is set.
    [[nodiscard]] Result<QByteArray> payload(const QString &profileId, bool sign) const;
    [[nodiscard]] Result<QByteArray> signWithServerIdentity(const QByteArray &plist) const;

    // One transaction: the commands for every device, their assignment rows and audit entries;
    // the queued command UUIDs.
    [[nodiscard]] Result<QStringList> install(const QString &profileId,
                                              const QList<DeviceActionTarget> &devices,
                                              bool sign,
                                              const QString &actor);
    [[nodiscard]] Result<QStringList> uninstall(const QString &profileId,
                                                const QList<DeviceActionTarget> &devices,
                                                const QString &actor);

    // Recomputes the status of the assignments of these devices or commands (all when both are
    // empty) and announces the profiles that changed.
    void reconcile(const QStringList &deviceUdids, const QStringList &commandUuids = {});

Q_SIGNALS:
    // After each committed change: the stored profiles, their versions or device status.
    void profilesChanged(const QStringList &profileIds);

private:
    // One transaction: for every device the command builder makes and a ProfileList after
    // it, the assignment row and the audit entry; announces the profile.
    template<typename Builder>
    [[nodiscard]] Result<QStringList> queue(const ProfileRecord &record,
                                            const QList<DeviceActionTarget> &devices,
                                            ProfileAssignment::Action action,
                                            const Builder &builder,
                                            const QString &auditDetail,
                                            const QString &actor);

    Database &m_database;
    const Clock &m_clock;
    MdmService &m_mdm;
    Certificate m_signer;
    PrivateKey m_signerKey;
    QList<Certificate> m_signerChain;
};

} // namespace Espalier
