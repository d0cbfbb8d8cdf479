// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/PushCertificateRequestRepository.h"

#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString columns()
{
    return u"id, kind, expected_topic, key_ref, csr, signed_request, encryption_key_ref, "
           "encryption_certificate, state, apple_id, certificate_id, created_at, updated_at"_s;
}

Result<PushCertificateRequestRecord> fromRow(const QSqlQuery &query)
{
    using namespace SqlValues;
    PushCertificateRequestRecord record;
    record.id = query.value(0).toString();
    const auto kind = pushCertificateRequestKindFromName(query.value(1).toString());
    const auto state = pushCertificateRequestStateFromName(query.value(8).toString());
    if (!kind || !state) {
        return fail(Error::Code::Database,
                    QCoreApplication::translate("PushCertificateRequestRepository",
                                                "A stored push certificate request is in an "
                                                "unknown form."),
                    u"request %1: kind %2, state %3"_s.arg(
                        record.id, query.value(1).toString(), query.value(8).toString()));
    }
    record.kind = *kind;
    record.expectedTopic = toText(query.value(2));
    record.keyRef = query.value(3).toString();
    record.csrDer = query.value(4).toByteArray();
    record.signedRequest = query.value(5).toByteArray();
    record.encryptionKeyRef = toText(query.value(6));
    record.encryptionCertificateDer = query.value(7).toByteArray();
    record.state = *state;
    record.appleId = toText(query.value(9));
    record.certificateId = toText(query.value(10));
    record.createdAt = toTime(query.value(11));
    record.updatedAt = toTime(query.value(12));
    return record;
}

QString openStates()
{
    return u"state NOT IN ('completed', 'discarded')"_s;
}

} // namespace

PushCertificateRequestRepository::PushCertificateRequestRepository(Database &database,
                                                                   const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<PushCertificateRequestRecord> PushCertificateRequestRepository::add(
    const PushCertificateRequestRecord &record)
{
    if (record.id.isEmpty() || record.keyRef.isEmpty() || record.csrDer.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("The push certificate request is incomplete."),
                    u"id, key reference and CSR are required"_s);
    }
    if ((record.kind == PushCertificateRequestKind::Renew) == record.expectedTopic.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("A renewal needs the topic of the certificate it renews, and only a "
                       "renewal has one."),
                    u"kind %1, expected topic '%2'"_s.arg(
                        pushCertificateRequestKindName(record.kind), record.expectedTopic));
    }
    Result<PushCertificateRequestRecord> stored = m_database.transaction(
        [&]() -> Result<PushCertificateRequestRecord> {
            Result<std::optional<PushCertificateRequestRecord>> pending = open();
            if (!pending)
                return fail(pending.error());
            if (*pending) {
                return fail(Error::Code::Conflict,
                            tr("Another push certificate request is in progress. Resume it, or "
                               "discard it first."),
                            u"open request %1"_s.arg((*pending)->id));
            }
            const QVariant now = SqlValues::fromTime(m_clock.now());
            Result<QSqlQuery> written = m_database.exec(
                u"INSERT INTO push_certificate_requests (id, kind, expected_topic, key_ref, csr, "
                "state, apple_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {record.id,
                 pushCertificateRequestKindName(record.kind),
                 SqlValues::fromText(record.expectedTopic),
                 record.keyRef,
                 record.csrDer,
                 pushCertificateRequestStateName(PushCertificateRequestState::CsrCreated),
                 SqlValues::fromText(record.appleId),
                 now,
                 now});
            if (!written)
                return fail(written.error());
            Result<std::optional<PushCertificateRequestRecord>> added = find(record.id);
            if (!added)
                return fail(added.error());
            if (!*added) {
                return fail(Error::Code::Database,
                            tr("The push certificate request could not be saved."),
                            u"request %1 vanished after insert"_s.arg(record.id));
            }
            return **added;
        });
    return SqlValues::described(std::move(stored),
                                tr("The push certificate request could not be saved."));
}

Result<PushCertificateRequestRecord> PushCertificateRequestRepository::setAppleId(
    const QString &id, const QString &appleId)
{
    return step(id, u"apple_id = ?"_s, {SqlValues::fromText(appleId.trimmed())});
}

Result<PushCertificateRequestRecord> PushCertificateRequestRepository::setEncryption(
    const QString &id, const QString &encryptionKeyRef, const QByteArray &certificateDer)
{
    if (encryptionKeyRef.isEmpty() || certificateDer.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("The encryption key and its certificate are both needed."));
    }
    return step(id,
                u"encryption_key_ref = ?, encryption_certificate = ?, state = ?"_s,
                {encryptionKeyRef,
                 certificateDer,
                 pushCertificateRequestStateName(PushCertificateRequestState::AwaitingReply)});
}

Result<PushCertificateRequestRecord> PushCertificateRequestRepository::setSignedRequest(
    const QString &id, const QByteArray &signedRequest)
{
    if (signedRequest.isEmpty())
        return fail(Error::Code::InvalidInput, tr("The signed request is empty."));
    return step(
        id,
        u"signed_request = ?, state = ?"_s,
        {signedRequest, pushCertificateRequestStateName(PushCertificateRequestState::Signed)});
}

Result<PushCertificateRequestRecord> PushCertificateRequestRepository::complete(
    const QString &id, const QString &certificateId)
{
    if (certificateId.isEmpty())
        return fail(Error::Code::InvalidInput, tr("A completed request needs its certificate."));
    return step(
        id,
        u"certificate_id = ?, state = ?"_s,
        {certificateId, pushCertificateRequestStateName(PushCertificateRequestState::Completed)});
}

Result<PushCertificateRequestRecord> PushCertificateRequestRepository::discard(const QString &id)
{
    return step(id,
                u"state = ?"_s,
                {pushCertificateRequestStateName(PushCertificateRequestState::Discarded)});
}

Result<std::optional<PushCertificateRequestRecord>> PushCertificateRequestRepository::find(
    const QString &id)
{
    Result<QList<PushCertificateRequestRecord>> records = select(u"id = ?"_s, {id});
    if (!records)
        return fail(records.error());
    if (records->isEmpty())
        return std::optional<PushCertificateRequestRecord>();
    return std::optional<PushCertificateRequestRecord>(records->constFirst());
}

Result<std::optional<PushCertificateRequestRecord>> PushCertificateRequestRepository::open()
{
    Result<QList<PushCertificateRequestRecord>> records = select(
        openStates() + u" ORDER BY created_at DESC, id LIMIT 1"_s, {});
    if (!records)
        return fail(records.error());
    if (records->isEmpty())
        return std::optional<PushCertificateRequestRecord>();
    return std::optional<PushCertificateRequestRecord>(records->constFirst());
}

Result<QList<PushCertificateRequestRecord>> PushCertificateRequestRepository::list()
{
    return select(u"1 = 1 ORDER BY created_at DESC, id"_s, {});
}

Result<PushCertificateRequestRecord> PushCertificateRequestRepository::step(
    const QString &id, const QString &assignments, QVariantList bindings)
{
    Result<PushCertificateRequestRecord> stepped = m_database.transaction(
        [&]() -> Result<PushCertificateRequestRecord> {
            Result<std::optional<PushCertificateRequestRecord>> found = find(id);
            if (!found)
                return fail(found.error());
            if (!*found) {
                return fail(Error::Code::NotFound,
                            tr("The push certificate request does not exist."),
                            u"no request %1"_s.arg(id));
            }
            if (!(*found)->isOpen()) {
                return fail(Error::Code::Conflict,
                            tr("This push certificate request is finished; start a new one."),
                            u"request %1 is %2"_s.arg(
                                id, pushCertificateRequestStateName((*found)->state)));
            }
            bindings.append(SqlValues::fromTime(m_clock.now()));
            bindings.append(id);
            Result<QSqlQuery> updated = m_database.exec(u"UPDATE push_certificate_requests SET "_s
                                                            + assignments
                                                            + u", updated_at = ? WHERE id = ?"_s,
                                                        bindings);
            if (!updated)
                return fail(updated.error());
            Result<std::optional<PushCertificateRequestRecord>> after = find(id);
            if (!after)
                return fail(after.error());
            if (!*after) {
                return fail(Error::Code::Database,
                            tr("The push certificate request could not be saved."),
                            u"request %1 vanished"_s.arg(id));
            }
            return **after;
        });
    return SqlValues::described(std::move(stepped),
                                tr("The push certificate request could not be saved."));
}

Result<QList<PushCertificateRequestRecord>> PushCertificateRequestRepository::select(
    const QString &where, const QVariantList &bindings)
{
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT "_s + columns() + u" FROM push_certificate_requests WHERE "_s + where, bindings);
    if (!query) {
        return SqlValues::described<QList<PushCertificateRequestRecord>>(
            fail(query.error()), tr("The push certificate requests could not be read."));
    }
    QList<PushCertificateRequestRecord> records;
    while (query->next()) {
        Result<PushCertificateRequestRecord> record = fromRow(*query);
        if (!record)
            return fail(record.error());
        records.append(*record);
    }
    return records;
}

} // namespace Espalier
