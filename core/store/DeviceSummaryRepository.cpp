// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/DeviceSummaryRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// SQLite allows far more bound values than this; smaller IN lists keep each statement cheap.
constexpr qsizetype ChunkSize = 500;

QList<QStringList> chunked(const QStringList &keys)
{
    QList<QStringList> chunks;
    for (qsizetype i = 0; i < keys.size(); i += ChunkSize)
        chunks.append(keys.mid(i, ChunkSize));
    return chunks;
}

QVariantList bindings(const QStringList &keys)
{
    QVariantList values;
    values.reserve(keys.size());
    for (const QString &key : keys)
        values.append(key);
    return values;
}

// Which of two device channels of one device the list shows: an active one over a checked-out
// one, then the newest.
bool preferred(const DeviceSummary &candidate, const DeviceSummary &current)
{
    if (current.enrollmentId.isEmpty())
        return true;
    const bool candidateActive = !candidate.checkedOutAt.isValid();
    const bool currentActive = !current.checkedOutAt.isValid();
    if (candidateActive != currentActive)
        return candidateActive;
    return candidate.enrolledAt > current.enrolledAt;
}

} // namespace

DeviceSummaryRepository::DeviceSummaryRepository(Database &database)
    : m_database(database)
{}

Result<QList<DeviceSummary>> DeviceSummaryRepository::list()
{
    return select({});
}

Result<QList<DeviceSummary>> DeviceSummaryRepository::listForDevices(const QStringList &udids)
{
    if (udids.isEmpty())
        return QList<DeviceSummary>();
    QStringList unique = udids;
    unique.removeDuplicates();
    return select(unique);
}

Result<QStringList> DeviceSummaryRepository::deviceIdsForEnrollments(
    const QStringList &enrollmentIds)
{
    return distinctDeviceIds(u"SELECT DISTINCT device_id FROM enrollments WHERE id IN (%1)"_s,
                             enrollmentIds);
}

Result<QStringList> DeviceSummaryRepository::deviceIdsForCommands(const QStringList &commandUuids)
{
    return distinctDeviceIds(u"SELECT DISTINCT e.device_id FROM commands c "
                             "JOIN enrollments e ON e.id = c.enrollment_id WHERE c.uuid IN (%1)"_s,
                             commandUuids);
}

Result<QStringList> DeviceSummaryRepository::deviceIdsSeenSince(const QDateTime &since)
{
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT DISTINCT device_id FROM enrollments WHERE last_seen_at > ?"_s,
        {SqlValues::fromTime(since)});
    if (!query)
        return SqlValues::described<QStringList>(fail(query.error()),
                                                 tr("The devices could not be read."));
    QStringList ids;
    while (query->next())
        ids.append(query->value(0).toString());
    return ids;
}

Result<QStringList> DeviceSummaryRepository::distinctDeviceIds(const QString &sql,
                                                               const QStringList &keys)
{
    QStringList ids;
    QSet<QString> seen;
    for (const QStringList &chunk : chunked(keys)) {
        Result<QSqlQuery> query = m_database.exec(sql.arg(SqlValues::placeholders(chunk.size())),
                                                  bindings(chunk));
        if (!query)
            return SqlValues::described<QStringList>(fail(query.error()),
                                                     tr("The devices could not be read."));
        while (query->next()) {
            const QString id = query->value(0).toString();
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    }
    return ids;
}

Result<QList<DeviceSummary>> DeviceSummaryRepository::select(const QStringList &udids)
{
    const bool all = udids.isEmpty();
    using namespace SqlValues;
    const QString devicesSql
        = u"SELECT d.udid, d.device_name, d.serial_number, d.model, d.model_name, "
          "d.product_name, d.platform, d.os_version, d.assigned_user, d.filevault_enabled, e.id, "
          "e.enabled, e.push_token_state, e.unlock_token_sealed IS NOT NULL, e.enrolled_at, "
          "e.last_seen_at, e.checked_out_at "
          "FROM devices d LEFT JOIN enrollments e ON e.device_id = d.udid AND e.type = 'device'"_s;
    const QString usersSql = u"SELECT device_id, user_long_name, user_short_name "
                             "FROM enrollments WHERE type = 'user' AND checked_out_at IS NULL"_s;
    const QString marksSql
        = u"SELECT e.device_id, c.enrollment_id, c.uuid, c.request_type, c.state, c.created_at, "
          "c.completed_at FROM commands c JOIN enrollments e ON e.id = c.enrollment_id "
          "WHERE e.type = 'device' AND c.request_type IN "
          "('DeviceLock', 'EraseDevice', 'EnableLostMode', 'DisableLostMode')"_s;

    QList<DeviceSummary> devices;
    QHash<QString, qsizetype> index;
    if (all) {
        Result<QSqlQuery> counted = m_database.exec(u"SELECT COUNT(*) FROM devices"_s);
        if (counted && counted->next()) {
            devices.reserve(counted->value(0).toLongLong());
            index.reserve(counted->value(0).toLongLong());
        }
    }
    const QList<QStringList> chunks = all ? QList<QStringList>{QStringList()} : chunked(udids);
    const QString failure = tr("The devices could not be read.");

    for (const QStringList &chunk : chunks) {
        const bool filtered = !all;
        const QString in = all ? QString()
                               : u" IN (%1)"_s.arg(SqlValues::placeholders(chunk.size()));
        const QVariantList values = all ? QVariantList() : bindings(chunk);

        Result<QSqlQuery> rows = m_database.exec(
            devicesSql + (filtered ? u" WHERE d.udid"_s + in : QString()), values);
        if (!rows)
            return described<QList<DeviceSummary>>(fail(rows.error()), failure);
        while (rows->next()) {
            const QSqlQuery &q = *rows;
            DeviceSummary s;
            s.udid = q.value(0).toString();
            s.name = toText(q.value(1));
            s.serialNumber = toText(q.value(2));
            s.model = toText(q.value(3));
            s.modelName = toText(q.value(4));
            s.productName = toText(q.value(5));
            s.platform = toText(q.value(6));
            s.osVersion = toText(q.value(7));
            s.user = toText(q.value(8));
            s.fileVaultEnabled = toOptionalBool(q.value(9));
            s.enrollmentId = toText(q.value(10));
            if (!s.enrollmentId.isEmpty()) {
                s.enrollmentEnabled = q.value(11).toLongLong() != 0;
                s.pushTokenState
                    = pushTokenStateFromName(q.value(12).toString()).value_or(PushTokenState::None);
                s.hasUnlockToken = q.value(13).toLongLong() != 0;
                s.enrolledAt = toTime(q.value(14));
                s.lastSeenAt = toTime(q.value(15));
                s.checkedOutAt = toTime(q.value(16));
            }
            const auto found = index.constFind(s.udid);
            if (found == index.constEnd()) {
                index.insert(s.udid, devices.size());
                devices.append(std::move(s));
            } else if (preferred(s, devices.at(*found))) {
                devices[*found] = std::move(s);
            }
        }

        Result<QSqlQuery> users = m_database.exec(
            usersSql + (filtered ? u" AND device_id"_s + in : QString()), values);
        if (!users)
            return described<QList<DeviceSummary>>(fail(users.error()), failure);
        while (users->next()) {
            const auto found = index.constFind(users->value(0).toString());
            if (found == index.constEnd())
                continue;
            DeviceSummary &s = devices[*found];
            if (!s.user.isEmpty())
                continue;
            const QString longName = toText(users->value(1));
            s.user = longName.isEmpty() ? toText(users->value(2)) : longName;
        }

        Result<QSqlQuery> marks = m_database.exec(
            marksSql + (filtered ? u" AND e.device_id"_s + in : QString()) + u" ORDER BY c.seq"_s,
            values);
        if (!marks)
            return described<QList<DeviceSummary>>(fail(marks.error()), failure);
        while (marks->next()) {
            const auto found = index.constFind(marks->value(0).toString());
            if (found == index.constEnd())
                continue;
            DeviceSummary &s = devices[*found];
            if (marks->value(1).toString() != s.enrollmentId)
                continue;
            DeviceSummary::CommandMark mark;
            mark.uuid = marks->value(2).toString();
            mark.requestType = marks->value(3).toString();
            mark.state = commandStateFromValue(marks->value(4).toLongLong())
                             .value_or(CommandState::Queued);
            mark.createdAt = toTime(marks->value(5));
            mark.completedAt = toTime(marks->value(6));
            // Ordered oldest first, so the last one of each kind stays.
            if (mark.requestType == u"DeviceLock"_s)
                s.lastLock = std::move(mark);
            else if (mark.requestType == u"EraseDevice"_s)
                s.lastErase = std::move(mark);
            else
                s.lastLostMode = std::move(mark);
        }
    }

    // In the store's order: the list sorts for itself, and sorting 100,000 UDIDs here would cost
    // more than the query.
    return devices;
}

} // namespace Espalier
