// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
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
// A link keeps one outstanding challenge, the one from its latest download: a second download
// replaces the first one's challenge (enrollment_links has one column for it). Links meant for
// one device have no such race.
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

    // Runs inside the transaction that marks a challenge used; when it fails, the challenge
    // stays unused and the failure is passed on.
    using ChallengeAction = std::function<Result<void>(const EnrollmentLink &link)>;

    static constexpr int TokenBytes = 32;
    static constexpr int ChallengeBytes = 24;
    static constexpr int MaxLabelLength = 200;

    EnrollmentLinkService(Database &database, const Clock &clock);

    [[nodiscard]] Result<CreatedLink> create(const CreateOptions &options);

    // The link a token belongs to, whatever its state; NotFound for an unknown or malformed one.
    [[nodiscard]] Result<EnrollmentLink> findByToken(QStringView token);
    [[nodiscard]] Result<std::optional<EnrollmentLink>> find(const QString &id);
    // Newest first.
    [[nodiscard]] Result<QList<EnrollmentLink>> list();

    // A profile download: refuses a revoked, expired or used-up link, otherwise counts one use
    // and issues a fresh challenge in place of any outstanding one.
    [[nodiscard]] Result<Redemption> redeem(QStringView token);

    // A SCEP request's challengePassword: the link must have issued it and still be neither
    // revoked nor expired (a use was counted at download, so "used up" is no reason here). Marks
    // it used, so it works once, and runs action in the same transaction. Returns the link.
    [[nodiscard]] Result<EnrollmentLink> consumeChallenge(QStringView challenge,
                                                          const ChallengeAction &action = {});

    // Revokes the link and drops its outstanding challenge; NotFound for an unknown id.
    [[nodiscard]] Result<EnrollmentLink> revoke(const QString &id);

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
