// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/ProfileAssignment.h"
#include "core/store/ProfileRecord.h"
#include "core/store/ProfileVersion.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Espalier {

class Clock;
class Database;

// Stored configuration profiles (profiles, profile_versions) and their per-device assignments
// (profile_assignments). Lives on the thread of its Database; writes need the Writer (the
// engine's) and join the caller's transaction. Reads work on a Reader too.
class ProfileRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRepository)

public:
    struct SaveRequest
    {
        QString profileId; // empty: a new profile
        QString identifier;
        QString displayName;
        QByteArray plist;
        QStringList payloadTypes;
        QString actor;
    };

    ProfileRepository(Database &database, const Clock &clock);

    // A new profile at version 1, or the next version of an existing one. Conflict when another
    // stored profile has the identifier; NotFound for an unknown profileId.
    [[nodiscard]] Result<ProfileRecord> save(const SaveRequest &request);
    // Deletes the profile, its versions and assignments (not what devices have installed).
    [[nodiscard]] Result<void> remove(const QString &profileId);

    // By display name, with device counts per status.
    [[nodiscard]] Result<QList<ProfileRecord>> profiles();
    [[nodiscard]] Result<std::optional<ProfileRecord>> profile(const QString &profileId);
    // Newest first; the plists are left empty.
    [[nodiscard]] Result<QList<ProfileVersion>> versions(const QString &profileId);
    // version 0 is the current one.
    [[nodiscard]] Result<ProfileVersion> version(const QString &profileId, int version = 0);

    // By device name.
    [[nodiscard]] Result<QList<ProfileAssignment>> assignments(const QString &profileId);

    // Records a request sent to a device (replacing the previous one for that device), as
    // Pending. listCommandUuid is the ProfileList queued right after it.
    [[nodiscard]] Result<void> recordRequest(const ProfileAssignment &assignment);

    // Recomputes the status of the assignments of these devices, or whose commands these are
    // (every assignment when both are empty), from the commands' states and the device's last
    // ProfileList; returns the profiles whose rows changed. Idempotent: safe to run after any
    // change, and again at start.
    [[nodiscard]] Result<QStringList> reconcile(const QStringList &deviceUdids = {},
                                                const QStringList &commandUuids = {});

    [[nodiscard]] static QString statusName(ProfileAssignment::Status status);
    [[nodiscard]] static std::optional<ProfileAssignment::Status> statusFromName(
        const QString &name);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Espalier
