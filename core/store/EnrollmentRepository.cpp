// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/EnrollmentRepository.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/SecretBox.h"
#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString columns()
{
    return u"id, type, parent_id, device_id, user_enrollment, user_id, user_short_name, "
           "user_long_name, topic, push_token_hex, push_token_sealed, push_magic, "
           "push_token_state, "
           "push_token_state_at, push_token_unregistered_at, last_push_at, last_push_apns_id, "
           "unlock_token_ref, bootstrap_token_ref, identity_cert_sha256, awaiting_configuration, "
           "enabled, token_update_count, enrolled_at, last_seen_at, token_updated_at, "
           "checked_out_at"_s;
}

bool isHex(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

// Binds a sealed push token to its enrollment: a box copied to another row does not open.
QByteArray pushTokenAssociatedData(const QString &id)
{
    return "espalier.enrollments.push_token_sealed\n" + id.toUtf8();
}

// The token as lower-case hex: opened from its box when there is a key, or as a store written
// before tokens were sealed kept it (until sealUnsealedPushTokens() runs).
QString pushTokenHex(const QSqlQuery &query, const QString &id, const SecretBox *box)
{
    const QVariant sealed = query.value(u"push_token_sealed"_s);
    if (sealed.isNull())
        return SqlValues::toText(query.value(u"push_token_hex"_s));
    if (!box)
        return {};
    Result<QByteArray> opened = box->open(sealed.toByteArray(), pushTokenAssociatedData(id));
    if (!opened) {
        qCWarning(lcDb).noquote() << "the push token of" << id
                                  << "does not open:" << opened.error().detail;
        return {};
    }
    QString hex = QString::fromLatin1(opened->toHex());
    OpenSsl::cleanse(*opened);
    return hex;
}

Result<Enrollment> fromRow(const QSqlQuery &query, const SecretBox *box)
{
    using namespace SqlValues;
    Enrollment e;
    e.id = query.value(u"id"_s).toString();
    const std::optional<EnrollmentType> type = enrollmentTypeFromName(
        query.value(u"type"_s).toString());
    const std::optional<PushTokenState> state = pushTokenStateFromName(
        query.value(u"push_token_state"_s).toString());
    if (!type || !state) {
        return fail(
            Error::Code::Database,
            QCoreApplication::translate("Espalier::EnrollmentRepository",
                                        "The enrollment %1 is stored in an unknown form.")
                .arg(e.id),
            u"type %1, push_token_state %2"_s.arg(query.value(u"type"_s).toString(),
                                                  query.value(u"push_token_state"_s).toString()));
    }
    e.type = *type;
    e.parentId = toText(query.value(u"parent_id"_s));
    e.deviceId = toText(query.value(u"device_id"_s));
    e.userEnrollment = query.value(u"user_enrollment"_s).toLongLong() != 0;
    e.userId = toText(query.value(u"user_id"_s));
    e.userShortName = toText(query.value(u"user_short_name"_s));
    e.userLongName = toText(query.value(u"user_long_name"_s));
    e.topic = toText(query.value(u"topic"_s));
    e.hasPushToken = !query.value(u"push_token_sealed"_s).isNull()
                     || !query.value(u"push_token_hex"_s).isNull();
    e.pushTokenHex = pushTokenHex(query, e.id, box);
    e.pushMagic = toText(query.value(u"push_magic"_s));
    e.pushTokenState = *state;
    e.pushTokenStateAt = toTime(query.value(u"push_token_state_at"_s));
    e.pushTokenUnregisteredAt = toTime(query.value(u"push_token_unregistered_at"_s));
    e.lastPushAt = toTime(query.value(u"last_push_at"_s));
    e.lastPushApnsId = toText(query.value(u"last_push_apns_id"_s));
    e.unlockTokenRef = toText(query.value(u"unlock_token_ref"_s));
    e.bootstrapTokenRef = toText(query.value(u"bootstrap_token_ref"_s));
    e.identityCertSha256 = toText(query.value(u"identity_cert_sha256"_s));
    e.awaitingConfiguration = query.value(u"awaiting_configuration"_s).toLongLong() != 0;
    e.enabled = query.value(u"enabled"_s).toLongLong() != 0;
    e.tokenUpdateCount = query.value(u"token_update_count"_s).toInt();
    e.enrolledAt = toTime(query.value(u"enrolled_at"_s));
    e.lastSeenAt = toTime(query.value(u"last_seen_at"_s));
    e.tokenUpdatedAt = toTime(query.value(u"token_updated_at"_s));
    e.checkedOutAt = toTime(query.value(u"checked_out_at"_s));
    return e;
}

} // namespace

EnrollmentRepository::EnrollmentRepository(Database &database,
                                           const Clock &clock,
                                           const SecretBox *tokenBox)
    : m_database(database)
    , m_clock(clock)
    , m_tokenBox(tokenBox)
{}

Result<Enrollment> EnrollmentRepository::recordAuthenticate(const Enrollment &enrollment)
{
    Result<Enrollment> stored = m_database.transaction([&]() -> Result<Enrollment> {
        Result<Enrollment> checked = validated(enrollment);
        if (!checked)
            return checked;
        const Enrollment &e = *checked;
        if (e.type == EnrollmentType::Device && !e.identityCertSha256.isEmpty()) {
            Result<std::optional<Enrollment>> owner = findByIdentity(e.identityCertSha256);
            if (!owner)
                return fail(owner.error());
            if (*owner && (*owner)->id != e.id) {
                return fail(Error::Code::Conflict,
                            tr("This device's identity certificate already belongs to another "
                               "enrollment."),
                            u"certificate %1 is bound to %2, not %3"_s.arg(
                                e.identityCertSha256, (*owner)->id, e.id));
            }
        }
        const QVariant now = SqlValues::fromTime(m_clock.now());
        // A re-enrollment starts over: the old PushMagic and token are dead, and nothing may be
        // pushed until the TokenUpdate that follows. An identity is never unbound by omission.
        Result<QSqlQuery> written = m_database.exec(
            uR"(INSERT INTO enrollments (id, type, parent_id, device_id, user_enrollment, user_id,
    user_short_name, user_long_name, topic, identity_cert_sha256, enrolled_at, last_seen_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
    type = excluded.type,
    parent_id = excluded.parent_id,
    device_id = excluded.device_id,
    user_enrollment = excluded.user_enrollment,
    user_id = excluded.user_id,
    user_short_name = excluded.user_short_name,
    user_long_name = excluded.user_long_name,
    topic = excluded.topic,
    identity_cert_sha256 = COALESCE(excluded.identity_cert_sha256, enrollments.identity_cert_sha256),
    push_token_hex = NULL,
    push_token_sealed = NULL,
    push_magic = NULL,
    push_token_state = 'none',
    push_token_state_at = NULL,
    push_token_unregistered_at = NULL,
    last_push_at = NULL,
    last_push_apns_id = NULL,
    awaiting_configuration = 0,
    enabled = 0,
    token_update_count = 0,
    enrolled_at = excluded.enrolled_at,
    last_seen_at = excluded.last_seen_at,
    token_updated_at = NULL,
    checked_out_at = NULL)"_s,
            {e.id,
             enrollmentTypeName(e.type),
             SqlValues::fromText(e.parentId),
             e.deviceId,
             e.userEnrollment ? 1 : 0,
             SqlValues::fromText(e.userId),
             SqlValues::fromText(e.userShortName),
             SqlValues::fromText(e.userLongName),
             e.topic,
             SqlValues::fromText(e.identityCertSha256),
             now,
             now});
        if (!written)
            return fail(written.error());
        // The user channels of a re-enrolled device wait for their own TokenUpdate too.
        Result<QSqlQuery> children = m_database.exec(
            u"UPDATE enrollments SET enabled = 0 WHERE parent_id = ?"_s, {e.id});
        if (!children)
            return fail(children.error());
        return findExisting(e.id);
    });
    return SqlValues::described(std::move(stored), tr("The enrollment could not be saved."));
}

Result<Enrollment> EnrollmentRepository::recordTokenUpdate(const Enrollment &enrollment)
{
    Result<Enrollment> stored = m_database.transaction([&]() -> Result<Enrollment> {
        Result<Enrollment> checked = validated(enrollment);
        if (!checked)
            return checked;
        Enrollment e = *checked;
        if (!isHex(e.pushTokenHex) || e.pushTokenHex.size() % 2 != 0) {
            return fail(Error::Code::InvalidInput,
                        tr("The device sent an unusable push token."),
                        u"token for %1 is not hex bytes (%2 characters)"_s.arg(e.id).arg(
                            e.pushTokenHex.size()));
        }
        if (e.pushMagic.isEmpty()) {
            return fail(Error::Code::InvalidInput,
                        tr("The device sent no PushMagic."),
                        u"no PushMagic for %1"_s.arg(e.id));
        }
        if (!m_tokenBox) {
            return fail(Error::Code::Crypto,
                        tr("The push token could not be sealed."),
                        u"no key to seal the push token of %1 with"_s.arg(e.id));
        }
        QByteArray token = QByteArray::fromHex(e.pushTokenHex.toLatin1());
        Result<QByteArray> sealed = m_tokenBox->seal(token, pushTokenAssociatedData(e.id));
        OpenSsl::cleanse(token);
        if (!sealed)
            return fail(sealed.error());
        const QVariant now = SqlValues::fromTime(m_clock.now());
        Result<QSqlQuery> written = m_database.exec(
            uR"(INSERT INTO enrollments (id, type, parent_id, device_id, user_enrollment, user_id,
    user_short_name, user_long_name, topic, push_token_sealed, push_magic, push_token_state,
    push_token_state_at, unlock_token_ref, awaiting_configuration, enabled, token_update_count,
    enrolled_at, last_seen_at, token_updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ok', ?, ?, ?, 1, 1, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
    topic = excluded.topic,
    push_token_hex = NULL,
    push_token_sealed = excluded.push_token_sealed,
    push_magic = excluded.push_magic,
    push_token_state = 'ok',
    push_token_state_at = excluded.push_token_state_at,
    push_token_unregistered_at = NULL,
    unlock_token_ref = COALESCE(excluded.unlock_token_ref, enrollments.unlock_token_ref),
    user_short_name = COALESCE(excluded.user_short_name, enrollments.user_short_name),
    user_long_name = COALESCE(excluded.user_long_name, enrollments.user_long_name),
    awaiting_configuration = excluded.awaiting_configuration,
    enabled = 1,
    token_update_count = enrollments.token_update_count + 1,
    last_seen_at = excluded.last_seen_at,
    token_updated_at = excluded.token_updated_at,
    checked_out_at = NULL)"_s,
            {e.id,
             enrollmentTypeName(e.type),
             SqlValues::fromText(e.parentId),
             e.deviceId,
             e.userEnrollment ? 1 : 0,
             SqlValues::fromText(e.userId),
             SqlValues::fromText(e.userShortName),
             SqlValues::fromText(e.userLongName),
             e.topic,
             SqlValues::fromBlob(*sealed),
             e.pushMagic,
             now,
             SqlValues::fromText(e.unlockTokenRef),
             e.awaitingConfiguration ? 1 : 0,
             now,
             now,
             now});
        if (!written)
            return fail(written.error());
        return findExisting(e.id);
    });
    return SqlValues::described(std::move(stored), tr("The push token could not be saved."));
}

Result<void> EnrollmentRepository::setPushTokenState(const QString &id, PushTokenState state)
{
    const QVariant now = SqlValues::fromTime(m_clock.now());
    const QString name = pushTokenStateName(state);
    return SqlValues::described(
        update(id,
               u"push_token_state = ?, push_token_state_at = ?, push_token_unregistered_at = "
               "CASE WHEN ? = 'unregistered' THEN COALESCE(push_token_unregistered_at, ?) END"_s,
               {name, now, name, now}),
        tr("The push token state could not be saved."));
}

Result<void> EnrollmentRepository::markPushTokenUnregistered(const QString &id,
                                                             const QDateTime &since)
{
    const QDateTime now = m_clock.now();
    return SqlValues::described(
        update(id,
               u"push_token_state = 'unregistered', push_token_state_at = ?, "
               "push_token_unregistered_at = ?"_s,
               {SqlValues::fromTime(now), SqlValues::fromTime(since.isValid() ? since : now)}),
        tr("The push token state could not be saved."));
}

Result<void> EnrollmentRepository::recordPush(const QString &id, const QString &apnsId)
{
    if (apnsId.size() > 64) {
        return fail(Error::Code::InvalidInput,
                    tr("APNs answered with an unusable push id."),
                    u"apns-id of %1 characters for %2"_s.arg(apnsId.size()).arg(id));
    }
    return SqlValues::described(
        update(id,
               u"last_push_at = ?, last_push_apns_id = ?"_s,
               {SqlValues::fromTime(m_clock.now()), SqlValues::fromText(apnsId)}),
        tr("The push could not be recorded."));
}

Result<void> EnrollmentRepository::setBootstrapTokenRef(const QString &id, const QString &ref)
{
    return SqlValues::described(
        update(id, u"bootstrap_token_ref = ?"_s, {SqlValues::fromText(ref)}),
        tr("The bootstrap token could not be saved."));
}

Result<void> EnrollmentRepository::markSeen(const QString &id)
{
    return SqlValues::described(
        update(id, u"last_seen_at = ?"_s, {SqlValues::fromTime(m_clock.now())}),
        tr("The check-in time could not be saved."));
}

Result<void> EnrollmentRepository::checkOut(const QString &id)
{
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<Enrollment> existing = findExisting(id);
        if (!existing)
            return fail(existing.error());
        return m_database
            .exec(u"UPDATE enrollments SET enabled = 0, checked_out_at = ? "
                  "WHERE id = ? OR parent_id = ?"_s,
                  {SqlValues::fromTime(m_clock.now()), id, id})
            .map([](const QSqlQuery &) {});
    });
    return SqlValues::described(std::move(done), tr("The check-out could not be saved."));
}

Result<std::optional<Enrollment>> EnrollmentRepository::find(const QString &id)
{
    Result<QList<Enrollment>> rows = select(u"id = ?"_s, {id});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<Enrollment>();
    return std::optional<Enrollment>(rows->constFirst());
}

Result<std::optional<Enrollment>> EnrollmentRepository::findByIdentity(const QString &certSha256)
{
    Result<QList<Enrollment>> rows = select(u"type = 'device' AND identity_cert_sha256 = ?"_s,
                                            {certSha256.toLower()});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<Enrollment>();
    return std::optional<Enrollment>(rows->constFirst());
}

Result<QList<Enrollment>> EnrollmentRepository::list()
{
    return select({}, {});
}

Result<QList<Enrollment>> EnrollmentRepository::listForDevice(const QString &deviceId)
{
    return select(u"device_id = ?"_s, {deviceId});
}

Result<QMap<QString, int>> EnrollmentRepository::deviceCountByTopic()
{
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT topic, COUNT(*) FROM enrollments WHERE type = 'device' AND checked_out_at IS NULL "
        "GROUP BY topic"_s);
    if (!query)
        return SqlValues::described<QMap<QString, int>>(fail(query.error()),
                                                        tr("The enrollments could not be read."));
    QMap<QString, int> counts;
    while (query->next())
        counts.insert(query->value(0).toString(), query->value(1).toInt());
    return counts;
}

Result<int> EnrollmentRepository::sealUnsealedPushTokens()
{
    if (!m_tokenBox) {
        return fail(Error::Code::Crypto,
                    tr("The push tokens could not be sealed."),
                    u"no key to seal push tokens with"_s);
    }
    Result<int> sealedCount = m_database.transaction([&]() -> Result<int> {
        QList<std::pair<QString, QByteArray>> unsealed;
        Result<void> read = m_database.query(
            u"SELECT id, push_token_hex FROM enrollments WHERE push_token_hex IS NOT NULL"_s,
            {},
            [&unsealed](const QSqlQuery &row) {
                unsealed.append({row.value(0).toString(),
                                 QByteArray::fromHex(row.value(1).toString().toLatin1())});
                return Result<void>();
            });
        if (!read)
            return fail(read.error());
        Result<void> written;
        for (auto &[id, token] : unsealed) {
            Result<QByteArray> box = m_tokenBox->seal(token, pushTokenAssociatedData(id));
            OpenSsl::cleanse(token);
            if (!box) {
                written = fail(box.error());
                continue;
            }
            if (written) {
                written = m_database
                              .exec(u"UPDATE enrollments SET push_token_sealed = ?, "
                                    "push_token_hex = NULL WHERE id = ?"_s,
                                    {SqlValues::fromBlob(*box), id})
                              .map([](const QSqlQuery &) {});
            }
        }
        if (!written)
            return fail(written.error());
        return int(unsealed.size());
    });
    if (sealedCount && *sealedCount > 0 && !m_database.isInTransaction()) {
        // The write-ahead log still holds the pages as they were, tokens and all: fold it into
        // the database and empty it.
        if (Result<QSqlQuery> folded = m_database.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            !folded)
            sealedCount = fail(folded.error());
    }
    return SqlValues::described(std::move(sealedCount), tr("The push tokens could not be sealed."));
}

Result<Enrollment> EnrollmentRepository::validated(const Enrollment &enrollment)
{
    Enrollment e = enrollment;
    if (e.id.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("The check-in names no device or user."),
                    u"empty enrollment id"_s);
    }
    if (e.topic.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("The check-in carries no push topic."),
                    u"empty topic for %1"_s.arg(e.id));
    }
    if (!e.identityCertSha256.isEmpty()) {
        if (e.identityCertSha256.size() != 64 || !isHex(e.identityCertSha256)) {
            return fail(Error::Code::InvalidInput,
                        tr("The device identity fingerprint is malformed."),
                        u"fingerprint for %1 is not 64 hex digits"_s.arg(e.id));
        }
        e.identityCertSha256 = e.identityCertSha256.toLower();
    }
    if (e.type == EnrollmentType::Device) {
        if (!e.parentId.isEmpty()) {
            return fail(Error::Code::InvalidInput,
                        tr("A device enrollment cannot belong to another enrollment."),
                        u"device channel %1 with parent %2"_s.arg(e.id, e.parentId));
        }
        if (e.deviceId.isEmpty())
            e.deviceId = e.id;
        return e;
    }
    if (e.parentId.isEmpty() || e.parentId == e.id) {
        return fail(Error::Code::InvalidInput,
                    tr("A user enrollment must belong to a device enrollment."),
                    u"user channel %1 with parent '%2'"_s.arg(e.id, e.parentId));
    }
    Result<std::optional<Enrollment>> parent = find(e.parentId);
    if (!parent)
        return fail(parent.error());
    if (!*parent || (*parent)->type != EnrollmentType::Device) {
        return fail(Error::Code::NotFound,
                    tr("The device of this user is not enrolled."),
                    u"user channel %1: no device channel %2"_s.arg(e.id, e.parentId));
    }
    if (e.deviceId.isEmpty())
        e.deviceId = (*parent)->deviceId;
    return e;
}

Result<QList<Enrollment>> EnrollmentRepository::select(const QString &where,
                                                       const QVariantList &bindings)
{
    QString sql = u"SELECT "_s + columns() + u" FROM enrollments"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    sql += u" ORDER BY id"_s;
    QList<Enrollment> rows;
    Result<void> read = m_database.query(sql, bindings, [this, &rows](const QSqlQuery &query) {
        Result<Enrollment> row = fromRow(query, m_tokenBox);
        if (!row)
            return Result<void>(fail(row.error()));
        rows.append(std::move(*row));
        return Result<void>();
    });
    if (!read)
        return SqlValues::described<QList<Enrollment>>(fail(read.error()),
                                                       tr("The enrollments could not be read."));
    return rows;
}

Result<Enrollment> EnrollmentRepository::findExisting(const QString &id)
{
    Result<std::optional<Enrollment>> found = find(id);
    if (!found)
        return fail(found.error());
    if (!*found) {
        return fail(Error::Code::NotFound,
                    tr("The device or user is not enrolled."),
                    u"no enrollment %1"_s.arg(id));
    }
    return std::move(**found);
}

Result<void> EnrollmentRepository::update(const QString &id,
                                          const QString &assignments,
                                          QVariantList bindings)
{
    return m_database.transaction([&]() -> Result<void> {
        bindings.append(id);
        Result<int> changed = m_database.change(
            u"UPDATE enrollments SET "_s + assignments + u" WHERE id = ?"_s, bindings);
        if (!changed)
            return fail(changed.error());
        if (*changed == 0) {
            return fail(Error::Code::NotFound,
                        tr("The device or user is not enrolled."),
                        u"no enrollment %1"_s.arg(id));
        }
        return {};
    });
}

} // namespace Espalier
