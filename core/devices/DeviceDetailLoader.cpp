// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceDetailLoader.h"

#include "core/common/Clock.h"
#include "core/engine/AdminCommandFactory.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "core/store/DeviceRepository.h"
#include "core/store/DeviceSummaryRepository.h"
#include "core/store/EnrollmentRepository.h"
#include "core/store/InventoryRepository.h"

#include <QHash>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// The repositories want a clock for what they stamp; reads stamp nothing.
const SystemClock &readClock()
{
    static const SystemClock s_clock;
    return s_clock;
}

template<typename T, typename Fn>
QFuture<Result<T>> onWorker(const QString &databasePath, Fn fn)
{
    return QtConcurrent::run([databasePath, fn = std::move(fn)]() -> Result<T> {
        Result<std::unique_ptr<Database>> database = Database::openReader(databasePath);
        if (!database)
            return fail(database.error());
        return fn(**database);
    });
}

Result<DeviceActionTarget> targetFor(Database &database,
                                     const DeviceSummary &summary,
                                     const std::optional<Device> &device)
{
    DeviceActionTarget target;
    target.summary = summary;
    Enrollment channel;
    if (!summary.enrollmentId.isEmpty()) {
        Result<std::optional<Enrollment>> found
            = EnrollmentRepository(database, readClock()).find(summary.enrollmentId);
        if (!found)
            return fail(found.error());
        if (*found)
            channel = **found;
    }
    target.target = AdminCommandFactory::target(channel, device, summary.hasUnlockToken);
    return target;
}

} // namespace

QFuture<Result<DeviceDetail>> DeviceDetailLoader::load(const QString &databasePath,
                                                       const QString &udid)
{
    return onWorker<DeviceDetail>(databasePath,
                                  [udid](Database &database) { return read(database, udid); });
}

QFuture<Result<QList<DeviceActionTarget>>> DeviceDetailLoader::loadTargets(
    const QString &databasePath, const QStringList &udids)
{
    return onWorker<QList<DeviceActionTarget>>(
        databasePath, [udids](Database &database) { return readTargets(database, udids); });
}

Result<DeviceDetail> DeviceDetailLoader::read(Database &database, const QString &udid)
{
    // One read snapshot, so the tabs agree with each other.
    return database.transaction([&]() -> Result<DeviceDetail> {
        const Clock &clock = readClock();
        Result<std::optional<Device>> device = DeviceRepository(database, clock).find(udid);
        if (!device)
            return fail(device.error());
        if (!*device) {
            return fail(Error::Code::NotFound,
                        tr("This device is no longer in the store."),
                        u"no device %1"_s.arg(udid));
        }
        Result<QList<DeviceSummary>> summaries = DeviceSummaryRepository(database).listForDevices(
            {udid});
        if (!summaries)
            return fail(summaries.error());
        if (summaries->isEmpty()) {
            return fail(Error::Code::NotFound,
                        tr("This device is no longer in the store."),
                        u"no summary for %1"_s.arg(udid));
        }
        DeviceDetail detail;
        detail.device = **device;
        Result<DeviceActionTarget> target = targetFor(database, summaries->constFirst(), *device);
        if (!target)
            return fail(target.error());
        detail.action = *target;

        Result<QList<Enrollment>> channels
            = EnrollmentRepository(database, clock).listForDevice(udid);
        if (!channels)
            return fail(channels.error());
        // The device channel first, then user channels; each group newest first.
        detail.channels = *channels;
        std::stable_sort(detail.channels.begin(),
                         detail.channels.end(),
                         [](const Enrollment &a, const Enrollment &b) {
                             if (a.type != b.type)
                                 return a.type == EnrollmentType::Device;
                             return a.enrolledAt > b.enrolledAt;
                         });

        InventoryRepository inventory(database, clock);
        Result<QList<DeviceApp>> apps = inventory.apps(udid);
        if (!apps)
            return fail(apps.error());
        detail.apps = *apps;
        Result<QList<DeviceProfile>> profiles = inventory.profiles(udid);
        if (!profiles)
            return fail(profiles.error());
        detail.profiles = *profiles;
        Result<QList<DeviceCertificate>> certificates = inventory.certificates(udid);
        if (!certificates)
            return fail(certificates.error());
        detail.certificates = *certificates;

        CommandRepository commands(database, clock);
        for (const Enrollment &channel : std::as_const(detail.channels)) {
            Result<QList<Command>> sent = commands.listForEnrollment(channel.id);
            if (!sent)
                return fail(sent.error());
            detail.commands += *sent;
        }
        std::stable_sort(
            detail.commands.begin(), detail.commands.end(), [](const Command &a, const Command &b) {
                return a.sequence > b.sequence;
            });
        return detail;
    });
}

Result<QList<DeviceActionTarget>> DeviceDetailLoader::readTargets(Database &database,
                                                                  const QStringList &udids)
{
    return database.transaction([&]() -> Result<QList<DeviceActionTarget>> {
        Result<QList<DeviceSummary>> summaries = DeviceSummaryRepository(database).listForDevices(
            udids);
        if (!summaries)
            return fail(summaries.error());
        QHash<QString, qsizetype> byUdid;
        for (qsizetype i = 0; i < summaries->size(); ++i)
            byUdid.insert(summaries->at(i).udid, i);
        DeviceRepository devices(database, readClock());
        QList<DeviceActionTarget> targets;
        QSet<QString> seen;
        for (const QString &udid : udids) {
            const auto found = byUdid.constFind(udid);
            if (found == byUdid.constEnd()) {
                return fail(Error::Code::NotFound,
                            tr("A selected device is no longer in the store."),
                            u"no device %1"_s.arg(udid));
            }
            if (seen.contains(udid))
                continue;
            seen.insert(udid);
            Result<std::optional<Device>> device = devices.find(udid);
            if (!device)
                return fail(device.error());
            Result<DeviceActionTarget> target = targetFor(database, summaries->at(*found), *device);
            if (!target)
                return fail(target.error());
            targets.append(*target);
        }
        return targets;
    });
}

} // namespace Espalier
