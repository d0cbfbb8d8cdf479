// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/PushCertificateRepository.h"

#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString columns()
{
    return u"id, topic, serial, subject, issuer, not_before, not_after, certificate, key_ref, "
           "apple_id, notes, created_at, activated_at, retired_at, replaced_by"_s;
}

PushCertificateRecord fromRow(const QSqlQuery &query)
{
    using namespace SqlValues;
    PushCertificateRecord record;
    record.id = query.value(0).toString();
    record.topic = query.value(1).toString();
    record.serial = query.value(2).toString();
    record.subject = query.value(3).toString();
    record.issuer = query.value(4).toString();
    record.notBefore = toTime(query.value(5));
    record.notAfter = toTime(query.value(6));
    record.der = query.value(7).toByteArray();
    record.keyRef = query.value(8).toString();
    record.appleId = toText(query.value(9));
    record.notes = toText(query.value(10));
    record.createdAt = toTime(query.value(11));
    record.activatedAt = toTime(query.value(12));
    record.retiredAt = toTime(query.value(13));
    record.replacedBy = toText(query.value(14));
    return record;
}

} // namespace

PushCertificateRepository::PushCertificateRepository(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<PushCertificateRecord> PushCertificateRepository::add(const PushCertificateRecord &record)
{
    if (record.id.size() != 64 || record.der.isEmpty() || record.keyRef.isEmpty()
        || record.serial.isEmpty() || record.subject.isEmpty() || record.issuer.isEmpty()
        || !record.notBefore.isValid() || !record.notAfter.isValid()) {
        return fail(Error::Code::InvalidInput,
                    tr("The push certificate record is incomplete."),
                    u"hash, DER, key reference, serial, names and validity are required"_s);
    }
    if (!record.topic.startsWith(u"com.apple.mgmt."_s)) {
        return fail(
            Error::Code::InvalidInput,
            tr("This is not an MDM push certificate: its topic is \"%1\".").arg(record.topic),
            u"topic %1"_s.arg(record.topic));
    }
    const QDateTime createdAt = record.createdAt.isValid() ? record.createdAt : m_clock.now();
    Result<PushCertificateRecord> stored = m_database.transaction(
        [&]() -> Result<PushCertificateRecord> {
            Result<std::optional<PushCertificateRecord>> existing = find(record.id);
            if (!existing)
                return fail(existing.error());
            if (*existing) {
                return fail(Error::Code::Conflict,
                            tr("This push certificate is stored already."),
                            u"push certificate %1"_s.arg(record.id));
            }
            Result<QSqlQuery> written = m_database.exec(
                u"INSERT INTO push_certificates (id, topic, serial, subject, issuer, not_before, "
                "not_after, certificate, key_ref, apple_id, notes, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {record.id,
                 record.topic,
                 record.serial,
                 record.subject,
                 record.issuer,
                 SqlValues::fromTime(record.notBefore),
                 SqlValues::fromTime(record.notAfter),
                 record.der,
                 record.keyRef,
                 SqlValues::fromText(record.appleId),
                 SqlValues::fromText(record.notes),
                 SqlValues::fromTime(createdAt)});
            if (!written)
                return fail(written.error());
            Result<std::optional<PushCertificateRecord>> added = find(record.id);
            if (!added)
                return fail(added.error());
            if (!*added) {
                return fail(Error::Code::Database,
                            tr("The push certificate could not be saved."),
                            u"push certificate %1 vanished after insert"_s.arg(record.id));
            }
            return **added;
        });
    return SqlValues::described(std::move(stored), tr("The push certificate could not be saved."));
}

Result<PushCertificateRecord> PushCertificateRepository::activate(const QString &id)
{
    Result<PushCertificateRecord> activated = m_database.transaction(
        [&]() -> Result<PushCertificateRecord> {
            Result<std::optional<PushCertificateRecord>> found = find(id);
            if (!found)
                return fail(found.error());
            if (!*found) {
                return fail(Error::Code::NotFound,
                            tr("The push certificate does not exist."),
                            u"no push certificate %1"_s.arg(id));
            }
            const PushCertificateRecord &record = **found;
            if (record.isActive())
                return record;
            if (record.isRetired()) {
                return fail(Error::Code::Conflict,
                            tr("This push certificate was retired and cannot be used again."),
                            u"push certificate %1 retired"_s.arg(id));
            }
            // Activation times only ever increase, so the last certificate activated is the
            // current one even when two activations fall within the same millisecond.
            Result<QSqlQuery> latest = m_database.exec(
                u"SELECT MAX(activated_at) FROM push_certificates"_s);
            if (!latest)
                return fail(latest.error());
            QDateTime at = m_clock.now();
            if (latest->next() && !latest->value(0).isNull()) {
                const QDateTime previous = SqlValues::toTime(latest->value(0));
                if (at <= previous)
                    at = previous.addMSecs(1);
            }
            const QVariant now = SqlValues::fromTime(at);
            Result<QSqlQuery> retired = m_database.exec(
                u"UPDATE push_certificates SET retired_at = ?, replaced_by = ? "
                "WHERE topic = ? AND activated_at IS NOT NULL AND retired_at IS NULL"_s,
                {now, id, record.topic});
            if (!retired)
                return fail(retired.error());
            Result<QSqlQuery> updated = m_database.exec(
                u"UPDATE push_certificates SET activated_at = ? WHERE id = ?"_s, {now, id});
            if (!updated)
                return fail(updated.error());
            Result<std::optional<PushCertificateRecord>> after = find(id);
            if (!after)
                return fail(after.error());
            if (!*after) {
                return fail(Error::Code::Database,
                            tr("The push certificate could not be activated."),
                            u"push certificate %1 vanished"_s.arg(id));
            }
            return **after;
        });
    return SqlValues::described(std::move(activated),
                                tr("The push certificate could not be activated."));
}

Result<void> PushCertificateRepository::retire(const QString &id)
{
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<QSqlQuery> updated = m_database.exec(
            u"UPDATE push_certificates SET retired_at = COALESCE(retired_at, ?) WHERE id = ?"_s,
            {SqlValues::fromTime(m_clock.now()), id});
        if (!updated)
            return fail(updated.error());
        if (updated->numRowsAffected() != 1) {
            return fail(Error::Code::NotFound,
                        tr("The push certificate does not exist."),
                        u"no push certificate %1"_s.arg(id));
        }
        return {};
    });
    return SqlValues::described(std::move(done), tr("The push certificate could not be retired."));
}

Result<std::optional<PushCertificateRecord>> PushCertificateRepository::find(const QString &id)
{
    return first(u"id = ?"_s, {id});
}

Result<std::optional<PushCertificateRecord>> PushCertificateRepository::active(const QString &topic)
{
    return first(u"topic = ? AND activated_at IS NOT NULL AND retired_at IS NULL"_s, {topic});
}

Result<std::optional<PushCertificateRecord>> PushCertificateRepository::current()
{
    return first(u"activated_at IS NOT NULL AND retired_at IS NULL "
                 "ORDER BY activated_at DESC, created_at DESC, id"_s,
                 {});
}

Result<QList<PushCertificateRecord>> PushCertificateRepository::listActive()
{
    return select(u"activated_at IS NOT NULL AND retired_at IS NULL "
                  "ORDER BY activated_at DESC, created_at DESC, id"_s,
                  {});
}

Result<QList<PushCertificateRecord>> PushCertificateRepository::list()
{
    return select(u"1 = 1 ORDER BY created_at DESC, id"_s, {});
}

Result<QList<PushCertificateRecord>> PushCertificateRepository::select(const QString &where,
                                                                       const QVariantList &bindings)
{
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT "_s + columns() + u" FROM push_certificates WHERE "_s + where, bindings);
    if (!query) {
        return SqlValues::described<QList<PushCertificateRecord>>(
            fail(query.error()), tr("The push certificates could not be read."));
    }
    QList<PushCertificateRecord> records;
    while (query->next())
        records.append(fromRow(*query));
    return records;
}

Result<std::optional<PushCertificateRecord>> PushCertificateRepository::first(
    const QString &where, const QVariantList &bindings)
{
    Result<QList<PushCertificateRecord>> records = select(where + u" LIMIT 1"_s, bindings);
    if (!records)
        return fail(records.error());
    if (records->isEmpty())
        return std::optional<PushCertificateRecord>();
    return std::optional<PushCertificateRecord>(records->constFirst());
}

} // namespace Espalier
