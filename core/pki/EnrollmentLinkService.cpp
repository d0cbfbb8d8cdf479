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
        redemption.link = *link;
        EnrollmentChallenge challenge;
        challenge.challengeSha256 = hashSecret(redemption.challenge);
        challenge.linkId = link->id;
        challenge.issuedAt = m_clock.now();
        challenge.expiresAt = challenge.issuedAt.addSecs(qint64(ChallengeLifetimeHours) * 3600);
        if (Result<void> stored = m_repository.insertChallenge(challenge, MaxUnusedChallenges);
            !stored) {
            return fail(stored.error());
        }
        qCInfo(lcPki) << "enrollment link" << link->id << "handed out a challenge";
        return redemption;
    });
}

Result<EnrollmentLinkService::ChallengeUse> EnrollmentLinkService::useChallenge(
    QStringView challenge, const ChallengeRequest &request, const Issuer &issue)
{
    if (challenge.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate request carries no challenge password."));
    }
    const auto unknown = [](const QString &detail) {
        return fail(Error::Code::NotFound,
                    tr("The challenge password is not valid, or has been used already."),
                    detail);
    };
    if (challenge.size() > MaxChallengeLength)
        return unknown(u"challenge of %1 characters"_s.arg(challenge.size()));
    const QString hash = hashSecret(challenge);
    const QDateTime now = m_clock.now();
    return m_database.transaction([&]() -> Result<ChallengeUse> {
        Result<std::optional<EnrollmentChallenge>> found = m_repository.findChallenge(hash);
        if (!found)
            return fail(found.error());
        if (!*found)
            return unknown(u"no link handed out this challenge"_s);
        const EnrollmentChallenge &stored = **found;
        Result<EnrollmentLink> link
            = m_repository.find(stored.linkId)
                  .and_then([&](const std::optional<EnrollmentLink> &l) -> Result<EnrollmentLink> {
                      if (!l)
                          return unknown(u"the link is gone"_s);
                      return *l;
                  });
        if (!link)
            return fail(link.error());

        if (stored.isUsed()) {
            const bool resend = !request.transactionId.isEmpty()
                                && request.transactionId == stored.transactionId
                                && request.requestKeySha256 == stored.requestKeySha256
                                && !stored.certificateDer.isEmpty();
            if (!resend)
                return unknown(
                    u"the challenge was used on %1"_s.arg(stored.usedAt.toString(Qt::ISODate)));
            if (Result<void> usable = refuseUnusable(*link, false); !usable)
                return fail(usable.error());
            Result<Certificate> certificate = Certificate::fromDer(stored.certificateDer);
            if (!certificate)
                return fail(certificate.error());
            return ChallengeUse{*link, *certificate, true};
        }
        if (stored.expiresAt <= now) {
            return fail(Error::Code::Conflict,
                        tr("The enrollment profile is too old: its challenge expired on %1. "
                           "Download the profile again.")
                            .arg(stored.expiresAt.toString(Qt::ISODate)),
                        u"challenge of link %1 expired"_s.arg(stored.linkId));
        }
        if (Result<void> usable = refuseUnusable(*link, true); !usable)
            return fail(usable.error());
        Result<Certificate> certificate = issue(*link);
        if (!certificate)
            return fail(certificate.error());
        Result<EnrollmentLink> counted = m_repository.countUse(link->id);
        if (!counted)
            return fail(counted.error());
        EnrollmentChallenge use = stored;
        use.usedAt = now;
        use.transactionId = request.transactionId;
        use.requestKeySha256 = request.requestKeySha256;
        use.certificateDer = certificate->toDer();
        if (Result<void> marked = m_repository.markChallengeUsed(use); !marked)
            return fail(marked.error());
        qCInfo(lcPki) << "enrollment link" << counted->id << "used" << counted->useCount
                      << "time(s)";
        return ChallengeUse{*counted, *certificate, false};
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

Result<QList<EnrollmentLinkDevice>> EnrollmentLinkService::enrolledDevices(const QString &id)
{
    return m_database.transaction([&]() -> Result<QList<EnrollmentLinkDevice>> {
        Result<std::optional<EnrollmentLink>> existing = m_repository.find(id);
        if (!existing)
            return fail(existing.error());
        if (!*existing) {
            return fail(Error::Code::NotFound,
                        tr("The enrollment link does not exist."),
                        u"no enrollment link %1"_s.arg(id));
        }
        Result<QList<QByteArray>> certificates = m_repository.issuedCertificates(id);
        if (!certificates)
            return fail(certificates.error());
        // A device's channel records the fingerprint of the identity it authenticated with; a
        // device that later enrolled again through another link shows under that one.
        QStringList fingerprints;
        for (const QByteArray &der : std::as_const(*certificates))
            fingerprints.append(QString::fromLatin1(Digest::sha256(der).toHex()));
        return m_repository.devicesWithIdentities(fingerprints);
    });
}

} // namespace Espalier
