// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
// The URL token and the SCEP challenge are bearer secrets, so only their SHA-256 (lower-case
// hex) is kept; scepChallengeSha256 is empty when no challenge is outstanding.
struct EnrollmentLink
{
    QString id;
    QString tokenSha256;
    QString scepChallengeSha256;
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

} // namespace Espalier
