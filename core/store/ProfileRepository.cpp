// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/ProfileRepository.h"

#include "core/common/Clock.h"
#include "core/store/Command.h"
#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString actionName(ProfileAssignment::Action action)
{
    return action == ProfileAssignment::Action::Install ? u"install"_s : u"remove"_s;
}

// The types are stored as one space-separated column: PayloadTypes never contain spaces.
QString joinTypes(const QStringList &types)
{
    return types.join(u' ');
}

QStringList splitTypes(const QVariant &value)
{
    return value.toString().split(u' ', Qt::SkipEmptyParts);
}

const QString profileColumns = u"p.id, p.identifier, p.display_name, p.current_version, "
                               "p.created_by, p.created_at, p.updated_at, v.payload_types, "
                               "(SELECT COUNT(*) FROM profile_assignments a WHERE a.profile_id = "
                               "p.id AND a.status = 'installed'), "
                               "(SELECT COUNT(*) FROM profile_assignments a WHERE a.profile_id = "
                               "p.id AND a.status = 'pending'), "
                               "(SELECT COUNT(*) FROM profile_assignments a WHERE a.profile_id = "
                               "p.id AND a.status = 'failed'), "
                               "(SELECT COUNT(*) FROM profile_assignments a WHERE a.profile_id = "
                               "p.id AND a.status = 'drifted') "
                               "FROM profiles p JOIN profile_versions v ON v.profile_id = p.id "
                               "AND v.version = p.current_version"_s;

ProfileRecord recordFrom(const QSqlQuery &row)
{
    ProfileRecord record;
    record.id = row.value(0).toString();
    record.identifier = row.value(1).toString();
    record.displayName = row.value(2).toString();
    record.currentVersion = row.value(3).toInt();
    record.createdBy = row.value(4).toString();
    record.createdAt = SqlValues::toTime(row.value(5));
    record.updatedAt = SqlValues::toTime(row.value(6));
    record.payloadTypes = splitTypes(row.value(7));
    record.installed = row.value(8).toInt();
    record.pending = row.value(9).toInt();
    record.failed = row.value(10).toInt();
    record.drifted = row.value(11).toInt();
    return record;
}

// The status an assignment has now, from its commands and whether the device's last
// ProfileList has the identifier.
struct Observed
{
    ProfileAssignment::Action action = ProfileAssignment::Action::Install;
    ProfileAssignment::Status previous = ProfileAssignment::Status::Pending;
    std::optional<CommandState> command;
    QString errorChain;
    std::optional<CommandState> list;
    bool listed = false;
};

std::pair<ProfileAssignment::Status, QString> decide(const Observed &o)
{
    using Status = ProfileAssignment::Status;
    if (!o.command)
        return {Status::Failed, ProfileRepository::tr("The command is no longer in the queue.")};
    switch (*o.command) {
    case CommandState::Queued:
    case CommandState::Pushed:
    case CommandState::Sent:
    case CommandState::NotNow:
        return {Status::Pending, {}};
    case CommandState::Error:
        return {Status::Failed,
                o.errorChain.isEmpty() ? ProfileRepository::tr("The device refused the command.")
                                       : o.errorChain};
    case CommandState::CommandFormatError:
        return {Status::Failed,
                ProfileRepository::tr("The device could not read the command (format error).")};
    case CommandState::Expired:
        return {Status::Failed,
                ProfileRepository::tr("The device did not ask for the command before it "
                                      "expired.")};
    case CommandState::Cancelled:
        return {Status::Failed, ProfileRepository::tr("The command was cancelled.")};
    case CommandState::Acknowledged:
        break;
    }
    if (o.action == ProfileAssignment::Action::Remove)
        return {Status::Removed, {}};
    if (o.listed)
        return {Status::Installed, {}};
    // Acknowledged, but the device's profile list does not show it: either the list has not
    // come back yet, or it was removed on the device since.
    if (!o.list || !isFinal(*o.list))
        return {o.previous == Status::Installed ? Status::Installed : Status::Pending, {}};
    if (*o.list != CommandState::Acknowledged && o.previous != Status::Installed)
        return {Status::Pending,
                ProfileRepository::tr("The device's profile list could not be read.")};
    return {Status::Drifted,
            ProfileRepository::tr("The profile is no longer on the device: someone removed it "
                                  "there. Install it again to restore it.")};
}

} // namespace

ProfileRepository::ProfileRepository(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

QString ProfileRepository::statusName(ProfileAssignment::Status status)
{
    switch (status) {
    case ProfileAssignment::Status::Pending:
        return u"pending"_s;
    case ProfileAssignment::Status::Installed:
        return u"installed"_s;
    case ProfileAssignment::Status::Failed:
        return u"failed"_s;
    case ProfileAssignment::Status::Drifted:
        return u"drifted"_s;
    case ProfileAssignment::Status::Removed:
        return u"removed"_s;
    }
    return u"pending"_s;
}

std::optional<ProfileAssignment::Status> ProfileRepository::statusFromName(const QString &name)
{
    for (auto status : {ProfileAssignment::Status::Pending,
                        ProfileAssignment::Status::Installed,
                        ProfileAssignment::Status::Failed,
                        ProfileAssignment::Status::Drifted,
                        ProfileAssignment::Status::Removed}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

Result<ProfileRecord> ProfileRepository::save(const SaveRequest &request)
{
    if (request.identifier.isEmpty() || request.plist.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("A profile needs an identifier (PayloadIdentifier) and content."));
    }
    Result<ProfileRecord> saved = m_database.transaction([&]() -> Result<ProfileRecord> {
        const QVariant now = SqlValues::fromTime(m_clock.now());
        Result<QSqlQuery> clash = m_database.exec(
            u"SELECT id FROM profiles WHERE identifier = ? AND id <> COALESCE(?, '')"_s,
            {request.identifier, request.profileId});
        if (!clash)
            return fail(clash.error());
        if (clash->next()) {
            return fail(Error::Code::Conflict,
                        tr("Another stored profile already has the identifier %1. Give this "
                           "profile its own PayloadIdentifier, or edit the other one.")
                            .arg(request.identifier),
                        u"identifier %1 in use"_s.arg(request.identifier));
        }
        QString id = request.profileId;
        int version = 1;
        if (id.isEmpty()) {
            id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            Result<int> inserted = m_database.change(
                u"INSERT INTO profiles (id, identifier, display_name, current_version, "
                "created_by, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?)"_s,
                {id, request.identifier, request.displayName, request.actor, now, now});
            if (!inserted)
                return fail(inserted.error());
        } else {
            Result<QSqlQuery> current = m_database.exec(
                u"SELECT current_version FROM profiles WHERE id = ?"_s, {id});
            if (!current)
                return fail(current.error());
            if (!current->next()) {
                return fail(Error::Code::NotFound,
                            tr("The profile was deleted in the meantime."),
                            u"profile %1"_s.arg(id));
            }
            version = current->value(0).toInt() + 1;
            Result<int> updated = m_database.change(
                u"UPDATE profiles SET identifier = ?, display_name = ?, current_version = ?, "
                "updated_at = ? WHERE id = ?"_s,
                {request.identifier, request.displayName, version, now, id});
            if (!updated)
                return fail(updated.error());
        }
        Result<int> versioned = m_database.change(
            u"INSERT INTO profile_versions (profile_id, version, plist, payload_types, "
            "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {id, version, request.plist, joinTypes(request.payloadTypes), request.actor, now});
        if (!versioned)
            return fail(versioned.error());
        Result<std::optional<ProfileRecord>> record = profile(id);
        if (!record)
            return fail(record.error());
        return **record;
    });
    return SqlValues::described(saved, tr("The profile could not be saved."));
}

Result<void> ProfileRepository::remove(const QString &profileId)
{
    Result<void> removed = m_database.transaction([&]() -> Result<void> {
        for (const QString &sql : {u"DELETE FROM profile_assignments WHERE profile_id = ?"_s,
                                   u"DELETE FROM profile_versions WHERE profile_id = ?"_s,
                                   u"DELETE FROM profiles WHERE id = ?"_s}) {
            if (Result<int> done = m_database.change(sql, {profileId}); !done)
                return fail(done.error());
        }
        return {};
    });
    return SqlValues::described(removed, tr("The profile could not be deleted."));
}

Result<QList<ProfileRecord>> ProfileRepository::profiles()
{
    QList<ProfileRecord> records;
    Result<void> read = m_database.query(u"SELECT "_s + profileColumns
                                             + u" ORDER BY p.display_name COLLATE NOCASE, p.id"_s,
                                         {},
                                         [&records](const QSqlQuery &row) -> Result<void> {
                                             records.append(recordFrom(row));
                                             return {};
                                         });
    if (!read)
        return fail(read.error());
    return records;
}

Result<std::optional<ProfileRecord>> ProfileRepository::profile(const QString &profileId)
{
    std::optional<ProfileRecord> record;
    Result<void> read = m_database.query(u"SELECT "_s + profileColumns + u" WHERE p.id = ?"_s,
                                         {profileId},
                                         [&record](const QSqlQuery &row) -> Result<void> {
                                             record = recordFrom(row);
                                             return {};
                                         });
    if (!read)
        return fail(read.error());
    return record;
}

Result<QList<ProfileVersion>> ProfileRepository::versions(const QString &profileId)
{
    QList<ProfileVersion> list;
    Result<void> read = m_database.query(
        u"SELECT version, payload_types, created_by, created_at FROM profile_versions "
        "WHERE profile_id = ? ORDER BY version DESC"_s,
        {profileId},
        [&](const QSqlQuery &row) -> Result<void> {
            ProfileVersion v;
            v.profileId = profileId;
            v.version = row.value(0).toInt();
            v.payloadTypes = splitTypes(row.value(1));
            v.createdBy = row.value(2).toString();
            v.createdAt = SqlValues::toTime(row.value(3));
            list.append(v);
            return {};
        });
    if (!read)
        return fail(read.error());
    return list;
}

Result<ProfileVersion> ProfileRepository::version(const QString &profileId, int version)
{
    Result<QSqlQuery> row = m_database.exec(
        u"SELECT v.version, v.plist, v.payload_types, v.created_by, v.created_at "
        "FROM profile_versions v JOIN profiles p ON p.id = v.profile_id WHERE v.profile_id = ? "
        "AND v.version = CASE WHEN ? > 0 THEN ? ELSE p.current_version END"_s,
        {profileId, version, version});
    if (!row)
        return fail(row.error());
    if (!row->next()) {
        return fail(Error::Code::NotFound,
                    tr("The profile was deleted in the meantime."),
                    u"profile %1 version %2"_s.arg(profileId).arg(version));
    }
    ProfileVersion v;
    v.profileId = profileId;
    v.version = row->value(0).toInt();
    v.plist = row->value(1).toByteArray();
    v.payloadTypes = splitTypes(row->value(2));
    v.createdBy = row->value(3).toString();
    v.createdAt = SqlValues::toTime(row->value(4));
    return v;
}

Result<QList<ProfileAssignment>> ProfileRepository::assignments(const QString &profileId)
{
    QList<ProfileAssignment> list;
    Result<void> read = m_database.query(
        u"SELECT a.device_udid, d.device_name, a.enrollment_id, a.action, a.version, "
        "a.command_uuid, a.list_command_uuid, a.status, a.detail, a.requested_by, "
        "a.requested_at, a.status_at FROM profile_assignments a "
        "LEFT JOIN devices d ON d.udid = a.device_udid WHERE a.profile_id = ? "
        "ORDER BY COALESCE(d.device_name, a.device_udid) COLLATE NOCASE, a.device_udid"_s,
        {profileId},
        [&](const QSqlQuery &row) -> Result<void> {
            ProfileAssignment a;
            a.profileId = profileId;
            a.deviceUdid = row.value(0).toString();
            a.deviceName = row.value(1).toString();
            a.enrollmentId = row.value(2).toString();
            a.action = row.value(3).toString() == u"remove"_s ? ProfileAssignment::Action::Remove
                                                              : ProfileAssignment::Action::Install;
            a.version = row.value(4).toInt();
            a.commandUuid = row.value(5).toString();
            a.listCommandUuid = row.value(6).toString();
            a.status = statusFromName(row.value(7).toString())
                           .value_or(ProfileAssignment::Status::Pending);
            a.detail = row.value(8).toString();
            a.requestedBy = row.value(9).toString();
            a.requestedAt = SqlValues::toTime(row.value(10));
            a.statusAt = SqlValues::toTime(row.value(11));
            list.append(a);
            return {};
        });
    if (!read)
        return fail(read.error());
    return list;
}

Result<void> ProfileRepository::recordRequest(const ProfileAssignment &a)
{
    const QVariant now = SqlValues::fromTime(m_clock.now());
    Result<int> written = m_database.transaction([&] {
        return m_database.change(
            u"INSERT INTO profile_assignments (profile_id, device_udid, enrollment_id, action, "
            "version, command_uuid, list_command_uuid, status, detail, requested_by, requested_at, "
            "status_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', NULL, ?, ?, ?) "
            "ON CONFLICT (profile_id, device_udid) DO UPDATE SET "
            "enrollment_id = excluded.enrollment_id, action = excluded.action, "
            "version = excluded.version, command_uuid = excluded.command_uuid, "
            "list_command_uuid = excluded.list_command_uuid, status = 'pending', detail = NULL, "
            "requested_by = excluded.requested_by, requested_at = excluded.requested_at, "
            "status_at = excluded.status_at"_s,
            {a.profileId,
             a.deviceUdid,
             a.enrollmentId,
             actionName(a.action),
             a.version > 0 ? QVariant(a.version) : QVariant(),
             SqlValues::fromText(a.commandUuid),
             SqlValues::fromText(a.listCommandUuid),
             a.requestedBy,
             now,
             now});
    });
    if (!written)
        return SqlValues::described(Result<void>(fail(written.error())),
                                    tr("The profile's device status could not be saved."));
    return {};
}

Result<QStringList> ProfileRepository::reconcile(const QStringList &deviceUdids,
                                                 const QStringList &commandUuids)
{
    struct Row
    {
        QString profileId;
        QString udid;
        QString status;
        QString detail;
        Observed observed;
    };

    QString sql = u"SELECT a.profile_id, a.device_udid, a.action, a.status, a.detail, c.state, "
                  "c.error_chain, l.state, EXISTS (SELECT 1 FROM device_profiles dp WHERE "
                  "dp.device_udid = a.device_udid AND dp.identifier = p.identifier) "
                  "FROM profile_assignments a JOIN profiles p ON p.id = a.profile_id "
                  "LEFT JOIN commands c ON c.uuid = a.command_uuid "
                  "LEFT JOIN commands l ON l.uuid = a.list_command_uuid"_s;
    QVariantList bindings;
    QStringList conditions;
    if (!deviceUdids.isEmpty()) {
        conditions.append(
            u"a.device_udid IN (%1)"_s.arg(SqlValues::placeholders(deviceUdids.size())));
        for (const QString &udid : deviceUdids)
            bindings.append(udid);
    }
    if (!commandUuids.isEmpty()) {
        const QString in = SqlValues::placeholders(commandUuids.size());
        conditions.append(u"a.command_uuid IN (%1) OR a.list_command_uuid IN (%1)"_s.arg(in));
        for (int twice = 0; twice < 2; ++twice) {
            for (const QString &uuid : commandUuids)
                bindings.append(uuid);
        }
    }
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" OR "_s);
    Result<QStringList> changed = m_database.transaction([&]() -> Result<QStringList> {
        QList<Row> rows;
        Result<void> read = m_database.query(
            sql, bindings, [&rows](const QSqlQuery &q) -> Result<void> {
                Row row;
                row.profileId = q.value(0).toString();
                row.udid = q.value(1).toString();
                row.observed.action = q.value(2).toString() == u"remove"_s
                                          ? ProfileAssignment::Action::Remove
                                          : ProfileAssignment::Action::Install;
                row.status = q.value(3).toString();
                row.detail = q.value(4).toString();
                row.observed.previous
                    = statusFromName(row.status).value_or(ProfileAssignment::Status::Pending);
                if (!q.value(5).isNull())
                    row.observed.command = commandStateFromValue(q.value(5).toLongLong());
                row.observed.errorChain = q.value(6).toString();
                if (!q.value(7).isNull())
                    row.observed.list = commandStateFromValue(q.value(7).toLongLong());
                row.observed.listed = q.value(8).toInt() != 0;
                rows.append(row);
                return {};
            });
        if (!read)
            return fail(read.error());
        QStringList profiles;
        const QVariant now = SqlValues::fromTime(m_clock.now());
        for (const Row &row : std::as_const(rows)) {
            const auto [status, detail] = decide(row.observed);
            const QString name = statusName(status);
            if (name == row.status && detail == row.detail)
                continue;
            Result<int> updated = m_database.change(
                u"UPDATE profile_assignments SET status = ?, detail = ?, status_at = ? "
                "WHERE profile_id = ? AND device_udid = ?"_s,
                {name, SqlValues::fromText(detail), now, row.profileId, row.udid});
            if (!updated)
                return fail(updated.error());
            if (!profiles.contains(row.profileId))
                profiles.append(row.profileId);
        }
        return profiles;
    });
    return SqlValues::described(changed, tr("The profiles' device status could not be updated."));
}

} // namespace Espalier
