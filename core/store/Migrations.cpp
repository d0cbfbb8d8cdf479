// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Migrations.h"

#include "core/common/Logging.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// Times are BIGINT milliseconds since the epoch, UTC (INTEGER affinity in SQLite, 64 bits in
// PostgreSQL), and booleans INTEGER 0/1 (NULL where "unknown" is a real answer), so the queries
// run unchanged on both. The PostgreSQL dialect of these statements will spell BLOB as BYTEA
// and write the triggers its own way.
Migration version1()
{
    return Migration{
        1,
        u"enrollments, devices, commands, audit log, settings"_s,
        {
            // Inventory, keyed by UDID (or by the EnrollmentID of a User Enrollment, which has no
            // UDID). Not trusted to be globally unique: cloned VMs share UDIDs, so serials are
            // kept and indexed to spot duplicates.
            uR"(CREATE TABLE devices (
    udid TEXT NOT NULL PRIMARY KEY,
    serial_number TEXT,
    device_name TEXT,
    model TEXT,
    model_name TEXT,
    product_name TEXT,
    platform TEXT,
    os_version TEXT,
    build_version TEXT,
    assigned_user TEXT,
    is_supervised INTEGER,
    filevault_enabled INTEGER,
    sip_enabled INTEGER,
    user_approved_enrollment INTEGER,
    activation_lock_enabled INTEGER,
    passcode_present INTEGER,
    device_information BLOB,
    inventory_updated_at BIGINT,
    created_at BIGINT NOT NULL
))"_s,
            u"CREATE INDEX devices_serial_number_idx ON devices (serial_number)"_s,

            // One row per MDM channel. No foreign key to devices: a channel exists from
            // Authenticate on, before any inventory, and inventory outlives a check-out.
            // Unlock and bootstrap tokens live in the keychain; only their references are here.
            uR"(CREATE TABLE enrollments (
    id TEXT NOT NULL PRIMARY KEY,
    type TEXT NOT NULL CHECK (type IN ('device', 'user')),
    parent_id TEXT REFERENCES enrollments (id),
    device_id TEXT NOT NULL,
    user_enrollment INTEGER NOT NULL DEFAULT 0,
    user_id TEXT,
    user_short_name TEXT,
    user_long_name TEXT,
    topic TEXT NOT NULL,
    push_token_hex TEXT,
    push_magic TEXT,
    push_token_state TEXT NOT NULL DEFAULT 'none'
        CHECK (push_token_state IN ('none', 'ok', 'bad', 'unregistered')),
    push_token_state_at BIGINT,
    unlock_token_ref TEXT,
    bootstrap_token_ref TEXT,
    identity_cert_sha256 TEXT,
    awaiting_configuration INTEGER NOT NULL DEFAULT 0,
    enabled INTEGER NOT NULL DEFAULT 0,
    token_update_count INTEGER NOT NULL DEFAULT 0,
    enrolled_at BIGINT NOT NULL,
    last_seen_at BIGINT,
    token_updated_at BIGINT,
    checked_out_at BIGINT,
    CHECK ((type = 'device' AND parent_id IS NULL) OR (type = 'user' AND parent_id IS NOT NULL))
))"_s,
            u"CREATE INDEX enrollments_device_id_idx ON enrollments (device_id)"_s,
            u"CREATE INDEX enrollments_parent_id_idx ON enrollments (parent_id)"_s,
            u"CREATE INDEX enrollments_topic_idx ON enrollments (topic)"_s,
            // An identity certificate is bound to one device channel (user channels reuse their
            // device's identity).
            uR"(CREATE UNIQUE INDEX enrollments_identity_idx ON enrollments (identity_cert_sha256)
    WHERE type = 'device' AND identity_cert_sha256 IS NOT NULL)"_s,

            // The command queue and its history. seq orders the FIFO; created_at alone ties
            // when two commands are queued in the same millisecond.
            uR"(CREATE TABLE commands (
    uuid TEXT NOT NULL PRIMARY KEY,
    seq BIGINT NOT NULL UNIQUE,
    enrollment_id TEXT NOT NULL REFERENCES enrollments (id),
    request_type TEXT NOT NULL,
    payload BLOB NOT NULL,
    state INTEGER NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    pushed_at BIGINT,
    sent_at BIGINT,
    completed_at BIGINT,
    expires_at BIGINT,
    next_attempt_at BIGINT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    not_now_count INTEGER NOT NULL DEFAULT 0,
    result BLOB,
    error_chain TEXT,
    created_by TEXT NOT NULL
))"_s,
            u"CREATE INDEX commands_enrollment_idx ON commands (enrollment_id, seq)"_s,
            u"CREATE INDEX commands_delivery_idx ON commands (enrollment_id, state, next_attempt_at)"_s,
            u"CREATE INDEX commands_state_idx ON commands (state, expires_at)"_s,

            // Append-only and hash-chained. audit_head repeats the newest (seq, hash) so that
            // deleting the newest rows is detectable too.
            uR"(CREATE TABLE audit_log (
    seq INTEGER NOT NULL PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
))"_s,
            u"CREATE INDEX audit_log_target_idx ON audit_log (target, seq)"_s,
            u"CREATE INDEX audit_log_actor_idx ON audit_log (actor, seq)"_s,
            u"CREATE INDEX audit_log_at_idx ON audit_log (at)"_s,
            uR"(CREATE TABLE audit_head (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
))"_s,
            uR"(INSERT INTO audit_head (id, seq, hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000'))"_s,
            uR"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END)"_s,
            uR"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END)"_s,
            // The head only ever moves forward by one entry, and never goes away.
            uR"(CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
WHEN NEW.id <> OLD.id OR NEW.seq <> OLD.seq + 1
BEGIN
    SELECT RAISE(ABORT, 'audit_head only moves forward');
END)"_s,
            uR"(CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'audit_head cannot be deleted');
END)"_s,

            uR"(CREATE TABLE settings (
    key TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL
))"_s,
        },
    };
}

Migration version2()
{
    return Migration{
        2,
        u"installed apps, profiles and certificates; enrollment links; lock PINs; certificates"_s,
        {
            uR"(CREATE TABLE device_apps (
    device_udid TEXT NOT NULL REFERENCES devices (udid) ON DELETE CASCADE,
    identifier TEXT NOT NULL,
    name TEXT,
    version TEXT,
    short_version TEXT,
    bundle_size BIGINT,
    is_managed INTEGER,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (device_udid, identifier)
))"_s,
            uR"(CREATE TABLE device_profiles (
    device_udid TEXT NOT NULL REFERENCES devices (udid) ON DELETE CASCADE,
    identifier TEXT NOT NULL,
    profile_uuid TEXT,
    display_name TEXT,
    organization TEXT,
    is_managed INTEGER,
    is_encrypted INTEGER,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (device_udid, identifier)
))"_s,
            uR"(CREATE TABLE device_certificates (
    device_udid TEXT NOT NULL REFERENCES devices (udid) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    common_name TEXT,
    is_identity INTEGER,
    not_after BIGINT,
    der BLOB,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (device_udid, sha256)
))"_s,

            // A link's token and SCEP challenge are bearer secrets: only their hashes are here.
            uR"(CREATE TABLE enrollment_links (
    id TEXT NOT NULL PRIMARY KEY,
    token_sha256 TEXT NOT NULL UNIQUE,
    scep_challenge_sha256 TEXT,
    label TEXT,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT,
    max_uses INTEGER,
    use_count INTEGER NOT NULL DEFAULT 0,
    revoked_at BIGINT
))"_s,

            // Every lock or erase PIN ever issued, kept across locks. The PIN itself is in the
            // keychain under secret_ref.
            uR"(CREATE TABLE lock_pins (
    id TEXT NOT NULL PRIMARY KEY,
    enrollment_id TEXT NOT NULL REFERENCES enrollments (id),
    command_uuid TEXT REFERENCES commands (uuid),
    kind TEXT NOT NULL CHECK (kind IN ('lock', 'erase')),
    secret_ref TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
))"_s,
            u"CREATE INDEX lock_pins_enrollment_idx ON lock_pins (enrollment_id, created_at)"_s,

            // Push certificates with their history: one current certificate per topic, so a
            // certificate for another topic is added beside the old one, never over it.
            uR"(CREATE TABLE push_certificates (
    sha256 TEXT NOT NULL PRIMARY KEY,
    topic TEXT NOT NULL,
    certificate BLOB NOT NULL,
    key_ref TEXT NOT NULL,
    apple_id TEXT,
    notes TEXT,
    not_before BIGINT NOT NULL,
    not_after BIGINT NOT NULL,
    imported_at BIGINT NOT NULL,
    replaced_at BIGINT
))"_s,
            uR"(CREATE UNIQUE INDEX push_certificates_current_idx ON push_certificates (topic)
    WHERE replaced_at IS NULL)"_s,

            // The local CA and the server's TLS certificates (public parts; keys by reference).
            uR"(CREATE TABLE certificates (
    sha256 TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('ca', 'tls')),
    subject TEXT NOT NULL,
    certificate BLOB NOT NULL,
    key_ref TEXT,
    not_before BIGINT NOT NULL,
    not_after BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    retired_at BIGINT
))"_s,
            u"CREATE INDEX certificates_kind_idx ON certificates (kind, not_after)"_s,
        },
    };
}

// Secrets the store must hold itself are sealed (core/crypto/SecretBox) under a data key kept in
// the OS keychain, instead of one keychain item per device: the *_ref columns of version 1 stay
// unused. Reports that match no pending command are kept apart, because the device must get a
// 200 for them and an administrator may still want to read them.
Migration version3()
{
    return Migration{
        3,
        u"sealed unlock and bootstrap tokens; command retries; unmatched command reports"_s,
        {
            u"ALTER TABLE enrollments ADD COLUMN unlock_token_sealed BLOB"_s,
            u"ALTER TABLE enrollments ADD COLUMN unlock_token_at BIGINT"_s,
            u"ALTER TABLE enrollments ADD COLUMN bootstrap_token_sealed BLOB"_s,
            u"ALTER TABLE enrollments ADD COLUMN bootstrap_token_at BIGINT"_s,
            u"ALTER TABLE commands ADD COLUMN retry_of TEXT REFERENCES commands (uuid)"_s,
            u"CREATE INDEX commands_retry_of_idx ON commands (retry_of)"_s,
            uR"(CREATE TABLE unmatched_reports (
    id BIGINT NOT NULL PRIMARY KEY,
    enrollment_id TEXT NOT NULL,
    command_uuid TEXT,
    status TEXT,
    reason TEXT NOT NULL,
    report BLOB NOT NULL,
    received_at BIGINT NOT NULL
))"_s,
            uR"(CREATE INDEX unmatched_reports_enrollment_idx
    ON unmatched_reports (enrollment_id, id))"_s,
        },
    };
}

// The push certificate lifecycle. push_certificates is rebuilt to the shape the import needs
// (version 2 kept neither the serial nor the names, and allowed only one row per topic that was
// not replaced, which an imported but not yet active certificate would break): a row is never
// changed in place except to be activated once and retired once. A request in progress is kept
// so the create/renew steps can be left and resumed; its keys live in the keychain and only
// their references are here. Enrollments learn when APNs called their token dead and what the
// last push was.
Migration version4()
{
    return Migration{
        4,
        u"push certificate history and requests in progress; push results on enrollments"_s,
        {
            u"ALTER TABLE push_certificates RENAME TO push_certificates_v2"_s,
            u"DROP INDEX push_certificates_current_idx"_s,
            uR"(CREATE TABLE push_certificates (
    id TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 64),
    topic TEXT NOT NULL CHECK (topic LIKE 'com.apple.mgmt.%'),
    serial TEXT NOT NULL,
    subject TEXT NOT NULL,
    issuer TEXT NOT NULL,
    not_before BIGINT NOT NULL,
    not_after BIGINT NOT NULL,
    certificate BLOB NOT NULL,
    key_ref TEXT NOT NULL CHECK (key_ref <> ''),
    apple_id TEXT,
    notes TEXT,
    created_at BIGINT NOT NULL,
    activated_at BIGINT,
    retired_at BIGINT,
    replaced_by TEXT REFERENCES push_certificates (id),
    CHECK (not_after > not_before),
    CHECK (replaced_by IS NULL OR (retired_at IS NOT NULL AND replaced_by <> id))
))"_s,
            // Version 2 rows were current unless replaced; their names are in the DER.
            uR"(INSERT INTO push_certificates (id, topic, serial, subject, issuer, not_before,
    not_after, certificate, key_ref, apple_id, notes, created_at, activated_at, retired_at)
SELECT sha256, topic, '', '', '', not_before, not_after, certificate, key_ref, apple_id, notes,
    imported_at, imported_at, replaced_at
FROM push_certificates_v2)"_s,
            u"DROP TABLE push_certificates_v2"_s,
            // One active certificate per topic: activating a renewal retires its predecessor in
            // the same transaction.
            uR"(CREATE UNIQUE INDEX push_certificates_active_idx ON push_certificates (topic)
    WHERE activated_at IS NOT NULL AND retired_at IS NULL)"_s,
            u"CREATE INDEX push_certificates_topic_idx ON push_certificates (topic, created_at)"_s,

            uR"(CREATE TABLE push_certificate_requests (
    id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('create', 'renew')),
    expected_topic TEXT CHECK (expected_topic LIKE 'com.apple.mgmt.%'),
    key_ref TEXT NOT NULL CHECK (key_ref <> ''),
    csr BLOB NOT NULL,
    signed_request BLOB,
    encryption_key_ref TEXT,
    encryption_certificate BLOB,
    state TEXT NOT NULL
        CHECK (state IN ('csr_created', 'awaiting_reply', 'signed', 'completed', 'discarded')),
    apple_id TEXT,
    certificate_id TEXT REFERENCES push_certificates (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK ((kind = 'renew') = (expected_topic IS NOT NULL)),
    CHECK ((encryption_key_ref IS NULL) = (encryption_certificate IS NULL)),
    CHECK (state <> 'awaiting_reply' OR encryption_key_ref IS NOT NULL),
    CHECK (state <> 'signed' OR signed_request IS NOT NULL),
    CHECK ((state = 'completed') = (certificate_id IS NOT NULL))
))"_s,
            // At most one request is open at a time, so a wizard always knows what to resume.
            uR"(CREATE UNIQUE INDEX push_certificate_requests_open_idx
    ON push_certificate_requests ((state IN ('completed', 'discarded')))
    WHERE state NOT IN ('completed', 'discarded'))"_s,

            uR"(ALTER TABLE enrollments ADD COLUMN push_token_unregistered_at BIGINT
    CHECK (push_token_unregistered_at IS NULL OR push_token_state = 'unregistered'))"_s,
            u"ALTER TABLE enrollments ADD COLUMN last_push_at BIGINT"_s,
            uR"(ALTER TABLE enrollments ADD COLUMN last_push_apns_id TEXT
    CHECK (last_push_apns_id IS NULL OR (length(last_push_apns_id) BETWEEN 1 AND 64
        AND last_push_at IS NOT NULL)))"_s,
        },
    };
}

// A challenge per profile download instead of one per link, so devices sharing a link never
// spoil each other's, and a used one remembers the request and the certificate it got, so a
// resent request is answered again. Outstanding version 1 challenges carry over with a day to
// live. The link's use count now counts identities issued.
Migration version5()
{
    return Migration{
        5,
        u"one SCEP challenge per enrollment profile download"_s,
        {
            uR"(CREATE TABLE enrollment_challenges (
    challenge_sha256 TEXT NOT NULL PRIMARY KEY CHECK (length(challenge_sha256) = 64),
    link_id TEXT NOT NULL REFERENCES enrollment_links (id),
    issued_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    transaction_id TEXT,
    request_key_sha256 TEXT,
    certificate BLOB,
    CHECK (expires_at > issued_at),
    CHECK ((used_at IS NULL) = (certificate IS NULL))
))"_s,
            uR"(CREATE INDEX enrollment_challenges_link_idx
    ON enrollment_challenges (link_id, used_at, issued_at))"_s,
            uR"(INSERT INTO enrollment_challenges (challenge_sha256, link_id, issued_at, expires_at)
SELECT scep_challenge_sha256, id, CAST(strftime('%s', 'now') AS INTEGER) * 1000,
    CAST(strftime('%s', 'now') AS INTEGER) * 1000 + 86400000
FROM enrollment_links WHERE scep_challenge_sha256 IS NOT NULL)"_s,
            u"ALTER TABLE enrollment_links DROP COLUMN scep_challenge_sha256"_s,
        },
    };
}

// Configuration profiles: each saved edit is a new version (the plist as written, never
// changed afterwards), and per device what was last asked of it and how that went, as the
// command outcomes and the device's ProfileList tell it.
Migration version6()
{
    return Migration{
        6,
        u"configuration profiles, their versions and per-device status"_s,
        {
            uR"(CREATE TABLE profiles (
    id TEXT NOT NULL PRIMARY KEY,
    identifier TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    current_version INTEGER NOT NULL CHECK (current_version >= 1),
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
))"_s,
            uR"(CREATE TABLE profile_versions (
    profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    plist BLOB NOT NULL,
    payload_types TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (profile_id, version)
))"_s,
            uR"(CREATE TABLE profile_assignments (
    profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    device_udid TEXT NOT NULL,
    enrollment_id TEXT NOT NULL REFERENCES enrollments (id),
    action TEXT NOT NULL CHECK (action IN ('install', 'remove')),
    version INTEGER,
    command_uuid TEXT REFERENCES commands (uuid),
    list_command_uuid TEXT REFERENCES commands (uuid),
    status TEXT NOT NULL
        CHECK (status IN ('pending', 'installed', 'failed', 'drifted', 'removed')),
    detail TEXT,
    requested_by TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    status_at BIGINT NOT NULL,
    PRIMARY KEY (profile_id, device_udid)
))"_s,
            uR"(CREATE INDEX profile_assignments_device_idx
    ON profile_assignments (device_udid, profile_id))"_s,
            u"CREATE INDEX profile_assignments_command_idx ON profile_assignments (command_uuid)"_s,
        },
    };
}

// Every command change looks up the profile assignments that name the command, as the install or
// removal or as the ProfileList after it: both columns need an index, or each lookup reads the
// whole table.
Migration version7()
{
    return Migration{
        7,
        u"index of profile assignments by their ProfileList command"_s,
        {
            uR"(CREATE INDEX profile_assignments_list_command_idx
    ON profile_assignments (list_command_uuid))"_s,
        },
    };
}

// Push tokens are sealed under the data key like the unlock and bootstrap tokens. SQL cannot
// seal: the engine moves the tokens a store kept in push_token_hex on its next start
// (EnrollmentRepository::sealUnsealedPushTokens), and nothing writes that column again.
Migration version8()
{
    return Migration{
        8,
        u"push tokens sealed under the data key"_s,
        {
            u"ALTER TABLE enrollments ADD COLUMN push_token_sealed BLOB"_s,
        },
    };
}

QString translate(const char *text)
{
    return QCoreApplication::translate("Espalier::Migrations", text);
}

} // namespace

namespace Migrations {

const QList<Migration> &all()
{
    static const QList<Migration> migrations{version1(),
                                             version2(),
                                             version3(),
                                             version4(),
                                             version5(),
                                             version6(),
                                             version7(),
                                             version8()};
    return migrations;
}

int latestVersion()
{
    return all().constLast().version;
}

Result<int> currentVersion(Database &database)
{
    // sqlite_master is SQLite's catalogue; PostgreSQL asks information_schema.tables instead.
    Result<QSqlQuery> table = database.exec(
        u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"_s);
    if (!table)
        return fail(table.error());
    if (!table->next() || table->value(0).toLongLong() == 0)
        return 0;
    Result<QSqlQuery> version = database.exec(u"SELECT MAX(version) FROM schema_migrations"_s);
    if (!version)
        return fail(version.error());
    if (!version->next())
        return 0;
    return version->value(0).toInt();
}

Result<void> migrate(Database &database, int targetVersion)
{
    return migrate(database, all(), targetVersion);
}

Result<void> migrate(Database &database, const QList<Migration> &migrations, int targetVersion)
{
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1 || migrations.at(i).statements.isEmpty()) {
            return fail(Error::Code::InvalidInput,
                        translate("The database schema history is inconsistent."),
                        u"migration %1 has version %2"_s.arg(i + 1).arg(migrations.at(i).version));
        }
    }
    if (targetVersion < 0 || targetVersion > migrations.size()) {
        return fail(Error::Code::InvalidInput,
                    translate("The database schema history is inconsistent."),
                    u"no migration to version %1"_s.arg(targetVersion));
    }

    for (const Migration &migration : migrations) {
        if (migration.version > targetVersion)
            break;
        // The version is read again inside the write transaction: another process may have
        // applied this migration since we looked.
        Result<bool> applied = database.transaction([&]() -> Result<bool> {
            Result<int> current = currentVersion(database);
            if (!current)
                return fail(current.error());
            if (*current >= migration.version)
                return false;
            if (*current != migration.version - 1) {
                return fail(
                    Error::Code::Database,
                    translate("The database schema history is inconsistent."),
                    u"at version %1, next migration is %2"_s.arg(*current).arg(migration.version));
            }
            if (migration.version == 1) {
                Result<QSqlQuery> created = database.exec(uR"(CREATE TABLE schema_migrations (
    version INTEGER NOT NULL PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at BIGINT NOT NULL
))"_s);
                if (!created)
                    return fail(created.error());
            }
            for (const QString &statement : migration.statements) {
                Result<QSqlQuery> done = database.exec(statement);
                if (!done)
                    return fail(done.error());
            }
            // applied_at is for people reading the file; nothing compares it, so the system
            // clock is enough here.
            Result<QSqlQuery> recorded = database.exec(
                u"INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"_s,
                {migration.version,
                 migration.description,
                 QDateTime::currentDateTimeUtc().toMSecsSinceEpoch()});
            if (!recorded)
                return fail(recorded.error());
            return true;
        });
        if (!applied) {
            Error error = applied.error();
            error.message = translate("The database could not be upgraded to the current version. "
                                      "It was left at the last complete version.");
            error.detail = u"migration %1: %2"_s.arg(migration.version).arg(error.detail);
            return fail(std::move(error));
        }
        if (*applied)
            qCInfo(lcDb) << "applied schema migration" << migration.version
                         << migration.description;
    }
    return {};
}

} // namespace Migrations

} // namespace Espalier
