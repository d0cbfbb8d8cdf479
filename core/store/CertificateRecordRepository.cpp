// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/CertificateRecordRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString columns()
{
    return u"sha256, kind, subject, certificate, key_ref, not_before, not_after, created_at, "
           "retired_at"_s;
}

Result<CertificateRecord> fromRow(const QSqlQuery &query)
{
    using namespace SqlValues;
    CertificateRecord record;
    record.sha256 = query.value(0).toString();
    const QString kind = query.value(1).toString();
    if (kind == CertificateRecordRepository::kindName(CertificateKind::Ca)) {
        record.kind = CertificateKind::Ca;
    } else if (kind == CertificateRecordRepository::kindName(CertificateKind::Tls)) {
        record.kind = CertificateKind::Tls;
    } else {
        return fail(Error::Code::Database,
                    QCoreApplication::translate("CertificateRecordRepository",
                                                "A stored certificate has an unknown kind."),
                    u"certificate %1 has kind %2"_s.arg(record.sha256, kind));
    }
    record.subject = query.value(2).toString();
    record.der = query.value(3).toByteArray();
    record.keyRef = toText(query.value(4));
    record.notBefore = toTime(query.value(5));
    record.notAfter = toTime(query.value(6));
    record.createdAt = toTime(query.value(7));
    record.retiredAt = toTime(query.value(8));
    return record;
}

} // namespace

CertificateRecordRepository::CertificateRecordRepository(Database &database)
    : m_database(database)
{}

QString CertificateRecordRepository::kindName(CertificateKind kind)
{
    switch (kind) {
    case CertificateKind::Ca:
        return u"ca"_s;
    case CertificateKind::Tls:
        return u"tls"_s;
    }
    return {};
}

Result<CertificateRecord> CertificateRecordRepository::addCurrent(const CertificateRecord &record,
                                                                  IfCurrentExists ifCurrentExists)
{
    if (record.sha256.isEmpty() || record.der.isEmpty() || record.subject.isEmpty()
        || !record.notBefore.isValid() || !record.notAfter.isValid()
        || !record.createdAt.isValid()) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate record is incomplete."),
                    u"hash, DER, subject, validity and creation time are required"_s);
    }
    Result<CertificateRecord> stored = m_database.transaction([&]() -> Result<CertificateRecord> {
        Result<std::optional<CertificateRecord>> existing = find(record.sha256);
        if (!existing)
            return fail(existing.error());
        if (*existing) {
            return fail(Error::Code::Conflict,
                        tr("This certificate is stored already."),
                        u"certificate %1"_s.arg(record.sha256));
        }
        if (ifCurrentExists == IfCurrentExists::Refuse) {
            Result<std::optional<CertificateRecord>> current = this->current(record.kind);
            if (!current)
                return fail(current.error());
            if (*current) {
                return fail(
                    Error::Code::Conflict,
                    tr("There is a current certificate of this kind already."),
                    u"current %1 certificate %2"_s.arg(kindName(record.kind), (*current)->sha256));
            }
        }
        Result<QSqlQuery> retired = m_database.exec(
            u"UPDATE certificates SET retired_at = ? WHERE kind = ? AND retired_at IS NULL"_s,
            {SqlValues::fromTime(record.createdAt), kindName(record.kind)});
        if (!retired)
            return fail(retired.error());
        Result<QSqlQuery> written = m_database.exec(
            u"INSERT INTO certificates (sha256, kind, subject, certificate, key_ref, not_before, "
            "not_after, created_at, retired_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)"_s,
            {record.sha256,
             kindName(record.kind),
             record.subject,
             record.der,
             SqlValues::fromText(record.keyRef),
             SqlValues::fromTime(record.notBefore),
             SqlValues::fromTime(record.notAfter),
             SqlValues::fromTime(record.createdAt)});
        if (!written)
            return fail(written.error());
        Result<std::optional<CertificateRecord>> added = find(record.sha256);
        if (!added)
            return fail(added.error());
        if (!*added) {
            return fail(Error::Code::Database,
                        tr("The certificate could not be saved."),
                        u"certificate %1 vanished after insert"_s.arg(record.sha256));
        }
        return **added;
    });
    return SqlValues::described(std::move(stored), tr("The certificate could not be saved."));
}

Result<std::optional<CertificateRecord>> CertificateRecordRepository::current(CertificateKind kind)
{
    Result<QList<CertificateRecord>> records = select(
        u"kind = ? AND retired_at IS NULL ORDER BY created_at DESC, sha256 LIMIT 1"_s,
        {kindName(kind)});
    if (!records)
        return fail(records.error());
    if (records->isEmpty())
        return std::optional<CertificateRecord>();
    return std::optional<CertificateRecord>(records->constFirst());
}

Result<std::optional<CertificateRecord>> CertificateRecordRepository::find(const QString &sha256)
{
    Result<QList<CertificateRecord>> records = select(u"sha256 = ?"_s, {sha256});
    if (!records)
        return fail(records.error());
    if (records->isEmpty())
        return std::optional<CertificateRecord>();
    return std::optional<CertificateRecord>(records->constFirst());
}

Result<QList<CertificateRecord>> CertificateRecordRepository::list(CertificateKind kind)
{
    return select(u"kind = ? ORDER BY created_at DESC, sha256"_s, {kindName(kind)});
}

Result<void> CertificateRecordRepository::retire(const QString &sha256, const QDateTime &at)
{
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<QSqlQuery> updated = m_database.exec(
            u"UPDATE certificates SET retired_at = COALESCE(retired_at, ?) WHERE sha256 = ?"_s,
            {SqlValues::fromTime(at), sha256});
        if (!updated)
            return fail(updated.error());
        if (updated->numRowsAffected() != 1) {
            return fail(Error::Code::NotFound,
                        tr("The certificate does not exist."),
                        u"no certificate %1"_s.arg(sha256));
        }
        return {};
    });
    return SqlValues::described(std::move(done), tr("The certificate could not be retired."));
}

Result<QList<CertificateRecord>> CertificateRecordRepository::select(const QString &where,
                                                                     const QVariantList &bindings)
{
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT "_s + columns() + u" FROM certificates WHERE "_s + where, bindings);
    if (!query)
        return fail(query.error());
    QList<CertificateRecord> records;
    while (query->next()) {
        Result<CertificateRecord> record = fromRow(*query);
        if (!record)
            return fail(record.error());
        records.append(*record);
    }
    return records;
}

} // namespace Espalier
