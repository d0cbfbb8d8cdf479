// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/EnrollmentLinkService.h"

#include "core/common/Clock.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Random.h"
#include "core/pki/PkiLogging.h"
#include "core/store/Database.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr int MaxUsesLimit = 100000;
// Longer input cannot be one of ours; it is refused before it is hashed.
constexpr qsizetype MaxChallengeLength = 255;

} // namespace

EnrollmentLinkService::EnrollmentLinkService(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
    , m_repository(database)
{}

QString EnrollmentLinkService::hashSecret(QStringView secret)
{
    return QString::fromLatin1(Digest::sha256(secret.toUtf8()).toHex());
}

bool EnrollmentLinkService::isWellFormedToken(QStringView token)
{
    // 32 bytes in base64url without padding.
    if (token.size() != 43)
        return false;
    for (QChar c : token) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
                        || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

Result<EnrollmentLinkService::CreatedLink> EnrollmentLinkService::create(
    const CreateOptions &options)
{
    const QDateTime now = m_clock.now();
    if (options.createdBy.trimmed().isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("An enrollment link needs to record who created it."));
    }
    if (options.label.size() > MaxLabelLength) {
        return fail(Error::Code::InvalidInput,
                    tr("The label may have at most %n characters.", nullptr, MaxLabelLength));
    }
    if (options.expiresAt.isValid() && options.expiresAt <= now) {
        return fail(Error::Code::InvalidInput,
                    tr("The expiry date of an enrollment link must lie in the future."));
    }
    if (options.maxUses && (*options.maxUses < 1 || *options.maxUses > MaxUsesLimit)) {
        return fail(Error::Code::InvalidInput,
                    tr("An enrollment link can be used 1 to %1 times.").arg(MaxUsesLimit));
    }
    Result<QByteArray> random = Random::bytes(TokenBytes);
    if (!random)
        return fail(random.error());
    CreatedLink created;
    created.token = QString::fromLatin1(
        random->toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    EnrollmentLink link;
    link.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    link.tokenSha256 = hashSecret(created.token);
    link.label = options.label.trimmed();
    link.createdBy = options.createdBy.trimmed();
    link.createdAt = now;
    link.expiresAt = options.expiresAt.isValid() ? options.expiresAt.toUTC() : QDateTime();
    link.maxUses = options.maxUses;
    Result<EnrollmentLink> stored = m_repository.insert(link);
    if (!stored)
        return fail(stored.error());
    created.link = *stored;
    qCInfo(lcPki) << "created enrollment link" << created.link.id;
    return created;
}

Result<EnrollmentLink> EnrollmentLinkService::findByToken(QStringView token)
{
    if (!isWellFormedToken(token)) {
        return fail(Error::Code::NotFound,
                    tr("This enrollment link does not exist."),
                    u"malformed token of %1 characters"_s.arg(token.size()));
    }
    Result<std::optional<EnrollmentLink>> link = m_repository.findByTokenSha256(hashSecret(token));
    if (!link)
        return fail(link.error());
    if (!*link) {
        return fail(Error::Code::NotFound,
                    tr("This enrollment link does not exist."),
                    u"no link for the token"_s);
    }
    return **link;
}

Result<std::optional<EnrollmentLink>> EnrollmentLinkService::find(const QString &id)
{
    return m_repository.find(id);
}

Result<QList<EnrollmentLink>> EnrollmentLinkService::list()
{
    return m_repository.list();
}

Result<void> EnrollmentLinkService::refuseUnusable(const EnrollmentLink &link, bool checkUses) const
{
    const QDateTime now = m_clock.now();
    if (link.isRevoked()) {
        return fail(
            Error::Code::Conflict,
            tr("This enrollment link was revoked on %1.").arg(link.revokedAt.toString(Qt::ISODate)),
            u"link %1 revoked"_s.arg(link.id));
    }
    if (link.isExpired(now)) {
        return fail(
            Error::Code::Conflict,
            tr("This enrollment link expired on %1.").arg(link.expiresAt.toString(Qt::ISODate)),
            u"link %1 expired"_s.arg(link.id));
    }
    if (checkUses && link.isUsedUp()) {
        return fail(Error::Code::Conflict,
                    tr("This enrollment link has been used %n time(s), which is its limit.",
                       nullptr,
                       link.useCount),
                    u"link %1 used up"_s.arg(link.id));
    }
    return {};
}

Result<EnrollmentLinkService::Redemption> EnrollmentLinkService::redeem(QStringView token)
{
    return m_database.transaction([&]() -> Result<Redemption> {
        Result<EnrollmentLink> link = findByToken(token);
        if (!link)
            return fail(link.error());
        if (Result<void> usable = refuseUnusable(*link, true); !usable)
            return fail(usable.error());
        Result<QByteArray> random = Random::bytes(ChallengeBytes);
        if (!random)
            return fail(random.error());
        // Hex, because the device copies the challenge into a PrintableString in its request.
        Redemption redemption;
        redemption.challenge = QString::fromLatin1(random->toHex());
        Result<EnrollmentLink> used = m_repository.recordUse(link->id,
                                                             hashSecret(redemption.challenge));
        if (!used)
            return fail(used.error());
        redemption.link = *used;
        qCInfo(lcPki) << "enrollment link" << redemption.link.id << "used"
                      << redemption.link.useCount << "time(s)";
        return redemption;
    });
}

Result<EnrollmentLink> EnrollmentLinkService::consumeChallenge(QStringView challenge,
                                                               const ChallengeAction &action)
{
    if (challenge.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate request carries no challenge password."));
    }
    if (challenge.size() > MaxChallengeLength) {
        return fail(Error::Code::NotFound,
                    tr("The challenge password is not valid, or has been used already."),
                    u"challenge of %1 characters"_s.arg(challenge.size()));
    }
    const QString hash = hashSecret(challenge);
    return m_database.transaction([&]() -> Result<EnrollmentLink> {
        Result<std::optional<EnrollmentLink>> found = m_repository.findByChallengeSha256(hash);
        if (!found)
            return fail(found.error());
        if (!*found) {
            return fail(Error::Code::NotFound,
                        tr("The challenge password is not valid, or has been used already."),
                        u"no link has this challenge outstanding"_s);
        }
        if (Result<void> usable = refuseUnusable(**found, false); !usable)
            return fail(usable.error());
        Result<EnrollmentLink> cleared = m_repository.clearChallenge((*found)->id, hash);
        if (!cleared)
            return fail(cleared.error());
        if (action) {
            if (Result<void> done = action(*cleared); !done)
                return fail(done.error());
        }
        return cleared;
    });
}

Result<EnrollmentLink> EnrollmentLinkService::revoke(const QString &id)
{
    return m_database.transaction([&]() -> Result<EnrollmentLink> {
        Result<std::optional<EnrollmentLink>> existing = m_repository.find(id);
        if (!existing)
            return fail(existing.error());
        if (!*existing) {
            return fail(Error::Code::NotFound,
                        tr("The enrollment link does not exist."),
                        u"no enrollment link %1"_s.arg(id));
        }
        Result<EnrollmentLink> revoked = m_repository.revoke(id, m_clock.now());
        if (revoked)
            qCInfo(lcPki) << "revoked enrollment link" << id;
        return revoked;
    });
}

} // namespace Espalier
