// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Espalier {

// Why a link can no longer be used to download an enrollment profile, checked in this order.
enum class EnrollmentLinkState {
    Active,
    Revoked,
    Expired,
    UsedUp,
};

// An enrollment link as stored: who may download the enrollment profile at /enroll/<token>.
// The URL token is a bearer secret, so only its SHA-256 (lower-case hex) is kept. useCount
// counts the device identities issued through the link.
struct EnrollmentLink
{
    QString id;
    QString tokenSha256;
    QString label;
    QString createdBy;
    QDateTime createdAt;
    QDateTime expiresAt;          // invalid: never expires
    std::optional<int> maxUses{}; // empty: no limit
    int useCount = 0;
    QDateTime revokedAt; // invalid: not revoked

    [[nodiscard]] bool isRevoked() const { return revokedAt.isValid(); }

    [[nodiscard]] bool isExpired(const QDateTime &now) const
    {
        return expiresAt.isValid() && expiresAt <= now;
    }

    [[nodiscard]] bool isUsedUp() const { return maxUses && useCount >= *maxUses; }

    [[nodiscard]] EnrollmentLinkState state(const QDateTime &now) const
    {
        if (isRevoked())
            return EnrollmentLinkState::Revoked;
        if (isExpired(now))
            return EnrollmentLinkState::Expired;
        if (isUsedUp())
            return EnrollmentLinkState::UsedUp;
        return EnrollmentLinkState::Active;
    }
};

// A one-time SCEP challenge handed out with one download of a link's enrollment profile; only
// its SHA-256 is kept. Once used it remembers the request that used it and the certificate
// issued, so a device that resends that same request (it never saw the answer) gets the same
// certificate again instead of a refusal.
struct EnrollmentChallenge
{
    QString challengeSha256;
    QString linkId;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QDateTime usedAt; // invalid: not used yet
    QString transactionId;
    QString requestKeySha256;
    QByteArray certificateDer;

    [[nodiscard]] bool isUsed() const { return usedAt.isValid(); }
};

} // namespace Espalier
