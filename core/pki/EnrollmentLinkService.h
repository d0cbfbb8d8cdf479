// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/store/EnrollmentLink.h"
#include "core/store/EnrollmentLinkRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace Espalier {

class Clock;
class Database;

// Enrollment links: who may download the enrollment profile at /enroll/<token>, and the one-time
// SCEP challenge each download hands out. Tokens and challenges are bearer secrets: made here
// from OpenSSL's DRBG, given to the caller once, and stored only as SHA-256, so a copy of the
// database enrolls nothing. Lives on the thread of its Database (the engine thread, as the
// Writer); every change is one transaction and joins the caller's.
//
// Every download gets a challenge of its own, valid for ChallengeLifetimeHours, so devices that
// share a link never spoil each other's. A use of the link is counted when a challenge gets a
// device its identity, not at download: previews of the link in a mail or chat program, or a
// download the user abandons, use nothing up.
//
// Refusals: an unknown token or challenge fails with NotFound; a revoked, expired or used-up
// link with Conflict, and the message says which.
class EnrollmentLinkService final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::EnrollmentLinkService)

public:
    struct CreateOptions
    {
        // Who made the link, for the audit trail; required.
        QString createdBy{};
        QString label{};
        // Invalid: the link never expires. Otherwise it must lie in the future.
        QDateTime expiresAt{};
        // Empty: no limit. Each profile download uses one.
        std::optional<int> maxUses{};
    };

    struct CreatedLink
    {
        EnrollmentLink link;
        // The URL token: 32 random bytes, base64url without padding. Shown once; only its hash
        // is stored.
        QString token;
    };

    struct Redemption
    {
        EnrollmentLink link;
        // The one-time SCEP challenge for the profile being served. Only its hash is stored.
        QString challenge;
    };

    // The SCEP request that presents a challenge: its transactionID and the SHA-256 (hex) of
    // the public key it asks a certificate for. A resend carries both unchanged.
    struct ChallengeRequest
    {
        QString transactionId{};
        QString requestKeySha256{};
    };

    struct ChallengeUse
    {
        EnrollmentLink link;
        Certificate certificate;
        // The request was a resend of the one that used the challenge: certificate is the one
        // issued then, and no use was counted again.
        bool repeated = false;
    };

    // Issues the device identity; runs inside the transaction that marks the challenge used,
    // and when it fails the challenge stays unused and the failure is passed on.
    using Issuer = std::function<Result<Certificate>(const EnrollmentLink &link)>;

    static constexpr int TokenBytes = 32;
    static constexpr int ChallengeBytes = 24;
    // A device enrolls right after installing the profile; a Mac's user may take a while.
    static constexpr int ChallengeLifetimeHours = 24;
    // Unused challenges kept per link; a download beyond it forgets the oldest.
    static constexpr int MaxUnusedChallenges = 200;
    static constexpr int MaxLabelLength = 200;

    EnrollmentLinkService(Database &database, const Clock &clock);

    [[nodiscard]] Result<CreatedLink> create(const CreateOptions &options);

    // The link a token belongs to, whatever its state; NotFound for an unknown or malformed one.
    [[nodiscard]] Result<EnrollmentLink> findByToken(QStringView token);
    [[nodiscard]] Result<std::optional<EnrollmentLink>> find(const QString &id);
    // Newest first.
    [[nodiscard]] Result<QList<EnrollmentLink>> list();

    // A profile download: refuses a revoked, expired or used-up link, otherwise issues a fresh
    // challenge for it (and counts nothing).
    [[nodiscard]] Result<Redemption> redeem(QStringView token);

    // A SCEP request's challengePassword. The challenge must be one a download handed out, not
    // expired, and its link neither revoked, expired nor used up; then issue runs, the link's
    // use is counted and the challenge is marked used, all in one transaction, so it works
    // once. A used challenge presented again by the same request (same transactionID and key)
    // gets the certificate issued the first time. NotFound for an unknown or used challenge,
    // Conflict when it or its link can no longer be used.
    [[nodiscard]] Result<ChallengeUse> useChallenge(QStringView challenge,
                                                    const ChallengeRequest &request,
                                                    const Issuer &issue);

    // Revokes the link and drops its unused challenges; NotFound for an unknown id.
    [[nodiscard]] Result<EnrollmentLink> revoke(const QString &id);

    // The device channels that got their identity through the link (the certificates its
    // challenges issued), newest first; NotFound for an unknown id.
    [[nodiscard]] Result<QList<EnrollmentLinkDevice>> enrolledDevices(const QString &id);

    // Lower-case hex SHA-256 of the UTF-8 text, as stored.
    [[nodiscard]] static QString hashSecret(QStringView secret);
    // 43 base64url characters.
    [[nodiscard]] static bool isWellFormedToken(QStringView token);

private:
    // Conflict with the reason when the link cannot be used for what is asked.
    [[nodiscard]] Result<void> refuseUnusable(const EnrollmentLink &link, bool checkUses) const;

    Database &m_database;
    const Clock &m_clock;
    EnrollmentLinkRepository m_repository;
};

} // namespace Espalier
