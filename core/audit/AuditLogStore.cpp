// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLogStore.h"

#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/DeviceRepository.h"
#include "core/store/EnrollmentRepository.h"

#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier::AuditLogStore {

namespace {

// Readers never stamp anything, but the store classes want a clock.
const SystemClock s_clock;

Result<QHash<QString, QString>> targetNames(Database &database)
{
    Result<QList<Enrollment>> enrollments = EnrollmentRepository(database, s_clock).list();
    if (!enrollments)
        return fail(enrollments.error());
    Result<QList<Device>> devices = DeviceRepository(database, s_clock).list();
    if (!devices)
        return fail(devices.error());
    QHash<QString, QString> deviceNames;
    for (const Device &device : std::as_const(*devices)) {
        if (!device.name.isEmpty())
            deviceNames.insert(device.udid, device.name);
    }
    QHash<QString, QString> names;
    for (const Enrollment &enrollment : std::as_const(*enrollments)) {
        const QString name = deviceNames.value(enrollment.deviceId);
        if (!name.isEmpty())
            names.insert(enrollment.id, name);
    }
    return names;
}

void dropHashes(QList<AuditEntry> &entries)
{
    for (AuditEntry &entry : entries) {
        entry.prevHash = QString();
        entry.hash = QString();
    }
}

} // namespace

Result<Batch> load(Database &database, qint64 afterSeq)
{
    return database.transaction([&]() -> Result<Batch> {
        AuditLog log(database, s_clock);
        Batch batch;
        if (afterSeq > 0) {
            // The newest entries, newest first; enough when the last known one is among them.
            AuditLog::Filter newest;
            newest.newestFirst = true;
            newest.limit = IncrementLimit + 1;
            Result<QList<AuditEntry>> recent = log.list(newest);
            if (!recent)
                return fail(recent.error());
            const auto known = std::find_if(
                recent->cbegin(), recent->cend(), [afterSeq](const AuditEntry &entry) {
                    return entry.seq <= afterSeq;
                });
            if (known != recent->cend()) {
                batch.complete = false;
                batch.entries = QList<AuditEntry>(recent->cbegin(), known);
                std::reverse(batch.entries.begin(), batch.entries.end());
            }
        }
        if (batch.complete) {
            Result<QList<AuditEntry>> all = log.list();
            if (!all)
                return fail(all.error());
            batch.entries = std::move(*all);
        }
        dropHashes(batch.entries);
        Result<QHash<QString, QString>> names = targetNames(database);
        if (!names)
            return fail(names.error());
        batch.targetNames = std::move(*names);
        return batch;
    });
}

QFuture<Result<Batch>> loadAsync(const QString &databasePath, qint64 afterSeq)
{
    return QtConcurrent::run([databasePath, afterSeq]() -> Result<Batch> {
        Result<std::unique_ptr<Database>> database = Database::openReader(databasePath);
        if (!database)
            return fail(database.error());
        return load(**database, afterSeq);
    });
}

QFuture<Result<AuditLog::Verification>> verifyAsync(const QString &databasePath)
{
    return QtConcurrent::run([databasePath]() -> Result<AuditLog::Verification> {
        Result<std::unique_ptr<Database>> database = Database::openReader(databasePath);
        if (!database)
            return fail(database.error());
        return AuditLog(**database, s_clock).verify();
    });
}

} // namespace Espalier::AuditLogStore
