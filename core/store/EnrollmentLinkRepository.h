// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/EnrollmentLink.h"
#include "core/store/EnrollmentLinkDevice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Espalier {

class Database;

// Reads and writes enrollment_links. Stores what it is given and makes no policy decisions:
// EnrollmentLinkService (core/pki) makes tokens and challenges and decides what is allowed.
// Lives on the thread of its Database; writes need the Writer and join the caller's
// transaction. Hashes are compared as given: callers pass lower-case hex.
class EnrollmentLinkRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentLinkRepository)

public:
    explicit EnrollmentLinkRepository(Database &database);

    // Stores a new link; Conflict when the id or the token hash exists already.
    [[nodiscard]] Result<EnrollmentLink> insert(const EnrollmentLink &link);

    [[nodiscard]] Result<std::optional<EnrollmentLink>> find(const QString &id);
    [[nodiscard]] Result<std::optional<EnrollmentLink>> findByTokenSha256(const QString &sha256);
    // Newest first.
    [[nodiscard]] Result<QList<EnrollmentLink>> list();

    // Counts one device identity issued through the link. Conflict, changing nothing, when the
    // link is revoked or has no use left at the moment of the write (expiry is the caller's
    // check).
    [[nodiscard]] Result<EnrollmentLink> countUse(const QString &id);

    // Stamps revokedAt (the first revocation's time is kept) and drops the link's unused
    // challenges. NotFound for an unknown id.
    [[nodiscard]] Result<EnrollmentLink> revoke(const QString &id, const QDateTime &revokedAt);

    // Stores a new challenge for challenge.linkId, and forgets that link's unused challenges
    // that have expired, or are the oldest beyond keepUnused.
    [[nodiscard]] Result<void> insertChallenge(const EnrollmentChallenge &challenge,
                                               int keepUnused);
    [[nodiscard]] Result<std::optional<EnrollmentChallenge>> findChallenge(const QString &sha256);
    // Records the use (usedAt, transactionId, requestKeySha256, certificateDer) of a challenge
    // that is still unused; Conflict otherwise, so of two requests racing with one challenge
    // only one succeeds.
    [[nodiscard]] Result<void> markChallengeUsed(const EnrollmentChallenge &use);

    // The certificates (DER) issued through the link's challenges, oldest first.
    [[nodiscard]] Result<QList<QByteArray>> issuedCertificates(const QString &linkId);
    // The device channels whose identity certificate has one of these SHA-256 fingerprints
    // (lower-case hex), with what the inventory knows of their devices; newest first.
    [[nodiscard]] Result<QList<EnrollmentLinkDevice>> devicesWithIdentities(
        const QStringList &certificateSha256s);

private:
    [[nodiscard]] Result<QList<EnrollmentLink>> select(const QString &where,
                                                       const QVariantList &bindings);
    [[nodiscard]] Result<std::optional<EnrollmentLink>> selectOne(const QString &where,
                                                                  const QVariantList &bindings);
    [[nodiscard]] Result<EnrollmentLink> findExisting(const QString &id);

    Database &m_database;
};

} // namespace Espalier
