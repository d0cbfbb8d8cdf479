// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/LockPinHistory.h"

#include "core/crypto/OpenSsl.h"
#include "core/mdm/CommandQueue.h"
#include "core/plist/Plist.h"
#include "core/store/AuditLog.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "core/store/EnrollmentRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

LockPinHistory::LockPinHistory(Database &database, const Clock &clock, const CommandQueue &queue)
    : m_database(database)
    , m_clock(clock)
    , m_queue(queue)
{}

QString LockPinHistory::auditAction()
{
    return u"device.lock-pins-viewed"_s;
}

Result<QList<LockPinRecord>> LockPinHistory::read(const QString &deviceId, const QString &actor)
{
    if (deviceId.isEmpty() || actor.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("Choose a device to show its lock PINs."),
                    u"no device or no actor"_s);
    }
    return m_database.transaction([&]() -> Result<QList<LockPinRecord>> {
        Result<QList<Enrollment>> channels
            = EnrollmentRepository(m_database, m_clock).listForDevice(deviceId);
        if (!channels)
            return fail(channels.error());
        CommandRepository commands(m_database, m_clock);
        QList<LockPinRecord> records;
        for (const Enrollment &channel : std::as_const(*channels)) {
            // Only a device channel takes DeviceLock and EraseDevice.
            if (channel.type != EnrollmentType::Device)
                continue;
            Result<QList<Command>> sent = commands.listForEnrollment(channel.id);
            if (!sent)
                return fail(sent.error());
            for (const Command &command : std::as_const(*sent)) {
                if (command.requestType != u"DeviceLock"_s
                    && command.requestType != u"EraseDevice"_s)
                    continue;
                LockPinRecord record;
                record.commandUuid = command.uuid;
                record.enrollmentId = command.enrollmentId;
                record.requestType = command.requestType;
                record.state = command.state;
                record.createdBy = command.createdBy;
                record.createdAt = command.createdAt;
                record.completedAt = command.completedAt;
                Result<QByteArray> payload = m_queue.deliverablePayload(command);
                if (!payload) {
                    record.problem = tr("This command's PIN cannot be opened with the current "
                                        "data key.");
                    records.append(record);
                    continue;
                }
                Result<QVariant> plist = Plist::parse(*payload);
                OpenSsl::cleanse(*payload);
                if (!plist) {
                    record.problem = tr("This command's stored request is damaged.");
                    records.append(record);
                    continue;
                }
                record.pin = plist->toMap().value(u"Command"_s).toMap().value(u"PIN"_s).toString();
                // An iPhone's lock carries no PIN: nothing to keep.
                if (!record.pin.isEmpty())
                    records.append(record);
            }
        }
        // Oldest first so far; commands queued in the same millisecond keep their queue order.
        std::reverse(records.begin(), records.end());
        std::stable_sort(
            records.begin(), records.end(), [](const LockPinRecord &a, const LockPinRecord &b) {
                return a.createdAt > b.createdAt;
            });
        Result<AuditEntry> audited
            = AuditLog(m_database, m_clock)
                  .append(actor, auditAction(), deviceId, u"%1 PIN(s) shown"_s.arg(records.size()));
        if (!audited)
            return fail(audited.error());
        return records;
    });
}

} // namespace Espalier
