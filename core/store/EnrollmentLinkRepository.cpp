// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/EnrollmentLinkRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString columns()
{
    return u"id, token_sha256, label, created_by, created_at, expires_at, max_uses, use_count, "
           "revoked_at"_s;
}

EnrollmentLink fromRow(const QSqlQuery &query)
{
    using namespace SqlValues;
    EnrollmentLink link;
    link.id = query.value(0).toString();
    link.tokenSha256 = query.value(1).toString();
    link.label = toText(query.value(2));
    link.createdBy = query.value(3).toString();
    link.createdAt = toTime(query.value(4));
    link.expiresAt = toTime(query.value(5));
    if (!query.value(6).isNull())
        link.maxUses = query.value(6).toInt();
    link.useCount = query.value(7).toInt();
    link.revokedAt = toTime(query.value(8));
    return link;
}

EnrollmentChallenge challengeFromRow(const QSqlQuery &query)
{
    using namespace SqlValues;
    EnrollmentChallenge challenge;
    challenge.challengeSha256 = query.value(0).toString();
    challenge.linkId = query.value(1).toString();
    challenge.issuedAt = toTime(query.value(2));
    challenge.expiresAt = toTime(query.value(3));
    challenge.usedAt = toTime(query.value(4));
    challenge.transactionId = toText(query.value(5));
    challenge.requestKeySha256 = toText(query.value(6));
    challenge.certificateDer = query.value(7).toByteArray();
    return challenge;
}

QVariant fromOptionalInt(std::optional<int> value)
{
    if (!value)
        return QVariant(QMetaType::fromType<int>());
    return *value;
}

} // namespace

EnrollmentLinkRepository::EnrollmentLinkRepository(Database &database)
    : m_database(database)
{}

Result<EnrollmentLink> EnrollmentLinkRepository::insert(const EnrollmentLink &link)
{
    if (link.id.isEmpty() || link.tokenSha256.isEmpty() || link.createdBy.isEmpty()
        || !link.createdAt.isValid()) {
        return fail(Error::Code::InvalidInput,
                    tr("The enrollment link is incomplete."),
                    u"id, token hash, creator and creation time are required"_s);
    }
    Result<EnrollmentLink> stored = m_database.transaction([&]() -> Result<EnrollmentLink> {
        Result<std::optional<EnrollmentLink>> sameId = find(link.id);
        if (!sameId)
            return fail(sameId.error());
        Result<std::optional<EnrollmentLink>> sameToken = findByTokenSha256(link.tokenSha256);
        if (!sameToken)
            return fail(sameToken.error());
        if (*sameId || *sameToken) {
            return fail(Error::Code::Conflict,
                        tr("An enrollment link with this identifier or token exists already."),
                        u"link %1"_s.arg(link.id));
        }
        Result<QSqlQuery> written = m_database.exec(
            u"INSERT INTO enrollment_links (id, token_sha256, label, created_by, created_at, "
            "expires_at, max_uses, use_count, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {link.id,
             link.tokenSha256,
             SqlValues::fromText(link.label),
             link.createdBy,
             SqlValues::fromTime(link.createdAt),
             SqlValues::fromTime(link.expiresAt),
             fromOptionalInt(link.maxUses),
             link.useCount,
             SqlValues::fromTime(link.revokedAt)});
        if (!written)
            return fail(written.error());
        return findExisting(link.id);
    });
    return SqlValues::described(std::move(stored), tr("The enrollment link could not be saved."));
}

Result<std::optional<EnrollmentLink>> EnrollmentLinkRepository::find(const QString &id)
{
    return selectOne(u"id = ?"_s, {id});
}

Result<std::optional<EnrollmentLink>> EnrollmentLinkRepository::findByTokenSha256(
    const QString &sha256)
{
    return selectOne(u"token_sha256 = ?"_s, {sha256});
}

Result<QList<EnrollmentLink>> EnrollmentLinkRepository::list()
{
    return select(u"1 = 1 ORDER BY created_at DESC, id"_s, {});
}

Result<EnrollmentLink> EnrollmentLinkRepository::countUse(const QString &id)
{
    Result<EnrollmentLink> stored = m_database.transaction([&]() -> Result<EnrollmentLink> {
        // The conditions are repeated in the UPDATE itself, so the count can never pass the
        // limit whatever the caller read before.
        Result<QSqlQuery> updated = m_database.exec(
            u"UPDATE enrollment_links SET use_count = use_count + 1 "
            "WHERE id = ? AND revoked_at IS NULL AND (max_uses IS NULL OR use_count < max_uses)"_s,
            {id});
        if (!updated)
            return fail(updated.error());
        if (updated->numRowsAffected() != 1) {
            Result<EnrollmentLink> existing = findExisting(id);
            if (!existing)
                return existing;
            return fail(Error::Code::Conflict,
                        tr("This enrollment link can no longer be used."),
                        u"link %1 is revoked or used up"_s.arg(id));
        }
        return findExisting(id);
    });
    return SqlValues::described(std::move(stored),
                                tr("The use of the enrollment link could not be saved."));
}

Result<EnrollmentLink> EnrollmentLinkRepository::revoke(const QString &id,
                                                        const QDateTime &revokedAt)
{
    Result<EnrollmentLink> stored = m_database.transaction([&]() -> Result<EnrollmentLink> {
        Result<QSqlQuery> updated = m_database.exec(
            u"UPDATE enrollment_links SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?"_s,
            {SqlValues::fromTime(revokedAt), id});
        if (!updated)
            return fail(updated.error());
        Result<QSqlQuery> dropped = m_database.exec(
            u"DELETE FROM enrollment_challenges WHERE link_id = ? AND used_at IS NULL"_s, {id});
        if (!dropped)
            return fail(dropped.error());
        return findExisting(id);
    });
    return SqlValues::described(std::move(stored), tr("The enrollment link could not be revoked."));
}

Result<void> EnrollmentLinkRepository::insertChallenge(const EnrollmentChallenge &challenge,
                                                       int keepUnused)
{
    if (challenge.challengeSha256.isEmpty() || challenge.linkId.isEmpty()
        || !challenge.issuedAt.isValid() || !challenge.expiresAt.isValid()) {
        return fail(Error::Code::InvalidInput,
                    tr("The enrollment challenge is incomplete."),
                    u"hash, link, issue and expiry times are required"_s);
    }
    Result<void> stored = m_database.transaction([&]() -> Result<void> {
        // Unused challenges of this link that have expired, or that are the oldest beyond the
        // number kept, can never be used and only take room.
        Result<QSqlQuery> pruned = m_database.exec(
            u"DELETE FROM enrollment_challenges WHERE link_id = ? AND used_at IS NULL AND "
            "(expires_at <= ? OR challenge_sha256 NOT IN (SELECT challenge_sha256 FROM "
            "enrollment_challenges WHERE link_id = ? AND used_at IS NULL "
            "ORDER BY issued_at DESC, challenge_sha256 LIMIT ?))"_s,
            {challenge.linkId,
             SqlValues::fromTime(challenge.issuedAt),
             challenge.linkId,
             qMax(0, keepUnused - 1)});
        if (!pruned)
            return fail(pruned.error());
        Result<QSqlQuery> written = m_database.exec(
            u"INSERT INTO enrollment_challenges (challenge_sha256, link_id, issued_at, "
            "expires_at) VALUES (?, ?, ?, ?)"_s,
            {challenge.challengeSha256,
             challenge.linkId,
             SqlValues::fromTime(challenge.issuedAt),
             SqlValues::fromTime(challenge.expiresAt)});
        if (!written)
            return fail(written.error());
        return {};
    });
    return SqlValues::described(std::move(stored),
                                tr("The enrollment challenge could not be saved."));
}

Result<std::optional<EnrollmentChallenge>> EnrollmentLinkRepository::findChallenge(
    const QString &sha256)
{
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT challenge_sha256, link_id, issued_at, expires_at, used_at, transaction_id, "
        "request_key_sha256, certificate FROM enrollment_challenges WHERE challenge_sha256 = ?"_s,
        {sha256});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<EnrollmentChallenge>();
    return std::optional<EnrollmentChallenge>(challengeFromRow(*query));
}

Result<void> EnrollmentLinkRepository::markChallengeUsed(const EnrollmentChallenge &use)
{
    Result<void> stored = m_database.transaction([&]() -> Result<void> {
        Result<QSqlQuery> updated = m_database.exec(
            u"UPDATE enrollment_challenges SET used_at = ?, transaction_id = ?, "
            "request_key_sha256 = ?, certificate = ? "
            "WHERE challenge_sha256 = ? AND used_at IS NULL"_s,
            {SqlValues::fromTime(use.usedAt),
             SqlValues::fromText(use.transactionId),
             SqlValues::fromText(use.requestKeySha256),
             SqlValues::fromBlob(use.certificateDer),
             use.challengeSha256});
        if (!updated)
            return fail(updated.error());
        if (updated->numRowsAffected() != 1) {
            return fail(Error::Code::Conflict,
                        tr("This enrollment challenge has been used already."),
                        u"challenge is unknown or used"_s);
        }
        return {};
    });
    return SqlValues::described(std::move(stored),
                                tr("The use of the enrollment challenge could not be saved."));
}

Result<QList<QByteArray>> EnrollmentLinkRepository::issuedCertificates(const QString &linkId)
{
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT certificate FROM enrollment_challenges WHERE link_id = ? AND used_at IS NOT NULL "
        "ORDER BY used_at, challenge_sha256"_s,
        {linkId});
    if (!query)
        return fail(query.error());
    QList<QByteArray> certificates;
    while (query->next())
        certificates.append(query->value(0).toByteArray());
    return certificates;
}

Result<QList<EnrollmentLinkDevice>> EnrollmentLinkRepository::devicesWithIdentities(
    const QStringList &certificateSha256s)
{
    QList<EnrollmentLinkDevice> devices;
    // In slices, to stay below SQLite's limit on bound parameters.
    constexpr qsizetype Slice = 500;
    for (qsizetype at = 0; at < certificateSha256s.size(); at += Slice) {
        const QStringList slice = certificateSha256s.mid(at, Slice);
        QStringList marks;
        QVariantList bindings;
        for (const QString &sha256 : slice) {
            marks.append(u"?"_s);
            bindings.append(sha256);
        }
        Result<QSqlQuery> query = m_database.exec(
            u"SELECT e.id, e.device_id, d.device_name, d.serial_number, d.model_name, "
            "d.product_name, e.enrolled_at, e.last_seen_at, e.checked_out_at "
            "FROM enrollments e LEFT JOIN devices d ON d.udid = e.device_id "
            "WHERE e.type = 'device' AND e.identity_cert_sha256 IN ("_s
                + marks.join(u", "_s) + u")"_s,
            bindings);
        if (!query)
            return fail(query.error());
        while (query->next()) {
            using namespace SqlValues;
            EnrollmentLinkDevice device;
            device.enrollmentId = query->value(0).toString();
            device.deviceId = query->value(1).toString();
            device.deviceName = toText(query->value(2));
            device.serialNumber = toText(query->value(3));
            device.model = toText(query->value(4));
            if (device.model.isEmpty())
                device.model = toText(query->value(5));
            device.enrolledAt = toTime(query->value(6));
            device.lastSeenAt = toTime(query->value(7));
            device.checkedOutAt = toTime(query->value(8));
            devices.append(device);
        }
    }
    std::sort(devices.begin(),
              devices.end(),
              [](const EnrollmentLinkDevice &a, const EnrollmentLinkDevice &b) {
                  return a.enrolledAt != b.enrolledAt ? a.enrolledAt > b.enrolledAt
                                                      : a.enrollmentId < b.enrollmentId;
              });
    return devices;
}

Result<QList<EnrollmentLink>> EnrollmentLinkRepository::select(const QString &where,
                                                               const QVariantList &bindings)
{
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT "_s + columns() + u" FROM enrollment_links WHERE "_s + where, bindings);
    if (!query)
        return fail(query.error());
    QList<EnrollmentLink> links;
    while (query->next())
        links.append(fromRow(*query));
    return links;
}

Result<std::optional<EnrollmentLink>> EnrollmentLinkRepository::selectOne(
    const QString &where, const QVariantList &bindings)
{
    Result<QList<EnrollmentLink>> links = select(where, bindings);
    if (!links)
        return fail(links.error());
    if (links->isEmpty())
        return std::optional<EnrollmentLink>();
    return std::optional<EnrollmentLink>(links->constFirst());
}

Result<EnrollmentLink> EnrollmentLinkRepository::findExisting(const QString &id)
{
    Result<std::optional<EnrollmentLink>> link = find(id);
    if (!link)
        return fail(link.error());
    if (!*link) {
        return fail(Error::Code::NotFound,
                    tr("The enrollment link does not exist."),
                    u"no enrollment link %1"_s.arg(id));
    }
    return **link;
}

} // namespace Espalier
