// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/EnrollmentLinkRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString columns()
{
    return u"id, token_sha256, scep_challenge_sha256, label, created_by, created_at, expires_at, "
           "max_uses, use_count, revoked_at"_s;
}

EnrollmentLink fromRow(const QSqlQuery &query)
{
    using namespace SqlValues;
    EnrollmentLink link;
    link.id = query.value(0).toString();
    link.tokenSha256 = query.value(1).toString();
    link.scepChallengeSha256 = toText(query.value(2));
    link.label = toText(query.value(3));
    link.createdBy = query.value(4).toString();
    link.createdAt = toTime(query.value(5));
    link.expiresAt = toTime(query.value(6));
    if (!query.value(7).isNull())
        link.maxUses = query.value(7).toInt();
    link.useCount = query.value(8).toInt();
    link.revokedAt = toTime(query.value(9));
    return link;
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
            u"INSERT INTO enrollment_links (id, token_sha256, scep_challenge_sha256, label, "
            "created_by, created_at, expires_at, max_uses, use_count, revoked_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {link.id,
             link.tokenSha256,
             SqlValues::fromText(link.scepChallengeSha256),
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

Result<std::optional<EnrollmentLink>> EnrollmentLinkRepository::findByChallengeSha256(
    const QString &sha256)
{
    // enrollment_links has no index on the challenge; the table holds links, not devices, so a
    // scan stays cheap.
    return selectOne(u"scep_challenge_sha256 = ?"_s, {sha256});
}

Result<QList<EnrollmentLink>> EnrollmentLinkRepository::list()
{
    return select(u"1 = 1 ORDER BY created_at DESC, id"_s, {});
}

Result<EnrollmentLink> EnrollmentLinkRepository::recordUse(const QString &id,
                                                           const QString &challengeSha256)
{
    Result<EnrollmentLink> stored = m_database.transaction([&]() -> Result<EnrollmentLink> {
        // The conditions are repeated in the UPDATE itself, so the count can never pass the
        // limit whatever the caller read before.
        Result<QSqlQuery> updated = m_database.exec(
            u"UPDATE enrollment_links SET use_count = use_count + 1, scep_challenge_sha256 = ? "
            "WHERE id = ? AND revoked_at IS NULL AND (max_uses IS NULL OR use_count < max_uses)"_s,
            {SqlValues::fromText(challengeSha256), id});
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

Result<EnrollmentLink> EnrollmentLinkRepository::clearChallenge(const QString &id,
                                                                const QString &challengeSha256)
{
    Result<EnrollmentLink> stored = m_database.transaction([&]() -> Result<EnrollmentLink> {
        Result<QSqlQuery> updated = m_database.exec(
            u"UPDATE enrollment_links SET scep_challenge_sha256 = NULL "
            "WHERE id = ? AND scep_challenge_sha256 = ?"_s,
            {id, challengeSha256});
        if (!updated)
            return fail(updated.error());
        if (updated->numRowsAffected() != 1) {
            return fail(Error::Code::Conflict,
                        tr("This enrollment challenge has been used already."),
                        u"link %1 has another or no outstanding challenge"_s.arg(id));
        }
        return findExisting(id);
    });
    return SqlValues::described(std::move(stored),
                                tr("The use of the enrollment challenge could not be saved."));
}

Result<EnrollmentLink> EnrollmentLinkRepository::revoke(const QString &id,
                                                        const QDateTime &revokedAt)
{
    Result<EnrollmentLink> stored = m_database.transaction([&]() -> Result<EnrollmentLink> {
        Result<QSqlQuery> updated = m_database.exec(
            u"UPDATE enrollment_links SET revoked_at = COALESCE(revoked_at, ?), "
            "scep_challenge_sha256 = NULL WHERE id = ?"_s,
            {SqlValues::fromTime(revokedAt), id});
        if (!updated)
            return fail(updated.error());
        return findExisting(id);
    });
    return SqlValues::described(std::move(stored), tr("The enrollment link could not be revoked."));
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
