// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/ProfileLibrary.h"

#include "core/common/Clock.h"
#include "core/devices/DeviceDetailLoader.h"
#include "core/store/Database.h"
#include "core/store/DeviceSummaryRepository.h"
#include "core/store/ProfileRepository.h"

#include <QtConcurrent>

namespace Espalier::ProfileLibrary {

namespace {

template<typename T, typename Fn>
QFuture<Result<T>> onReader(const QString &databasePath, Fn fn)
{
    return QtConcurrent::run([databasePath, fn = std::move(fn)]() -> Result<T> {
        Result<std::unique_ptr<Database>> database = Database::openReader(databasePath);
        if (!database)
            return fail(database.error());
        // Reads stamp nothing, so any clock will do.
        const SystemClock clock;
        ProfileRepository profiles(**database, clock);
        return fn(profiles);
    });
}

} // namespace

QFuture<Result<QList<ProfileRecord>>> loadProfiles(const QString &databasePath)
{
    return onReader<QList<ProfileRecord>>(
        databasePath, [](ProfileRepository &profiles) { return profiles.profiles(); });
}

QFuture<Result<QList<ProfileAssignment>>> loadAssignments(const QString &databasePath,
                                                          const QString &profileId)
{
    return onReader<QList<ProfileAssignment>>(
        databasePath,
        [profileId](ProfileRepository &profiles) { return profiles.assignments(profileId); });
}

QFuture<Result<ProfileVersion>> loadVersion(const QString &databasePath,
                                            const QString &profileId,
                                            int version)
{
    return onReader<ProfileVersion>(databasePath,
                                    [profileId, version](ProfileRepository &profiles) {
                                        return profiles.version(profileId, version);
                                    });
}

QFuture<Result<QList<DeviceActionTarget>>> loadDevices(const QString &databasePath)
{
    return QtConcurrent::run([databasePath]() -> Result<QList<DeviceActionTarget>> {
        Result<std::unique_ptr<Database>> database = Database::openReader(databasePath);
        if (!database)
            return fail(database.error());
        Result<QList<DeviceSummary>> devices = DeviceSummaryRepository(**database).list();
        if (!devices)
            return fail(devices.error());
        QStringList udids;
        for (const DeviceSummary &device : std::as_const(*devices)) {
            if (!device.enrollmentId.isEmpty())
                udids.append(device.udid);
        }
        Result<QList<DeviceActionTarget>> targets = DeviceDetailLoader::readTargets(**database,
                                                                                    udids);
        if (!targets)
            return targets;
        std::sort(targets->begin(), targets->end(), [](const auto &a, const auto &b) {
            return a.summary.name.localeAwareCompare(b.summary.name) < 0;
        });
        return targets;
    });
}

} // namespace Espalier::ProfileLibrary
