// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/Enrollment.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Espalier {

class Clock;
class Database;
class SecretBox;

// Reads and writes enrollments (MDM channels) as check-ins arrive. Lives on the thread of its
// Database: the engine thread for the Writer; on a Reader only the read methods work.
// Push tokens are kept sealed under the store's data key: recordTokenUpdate() needs tokenBox,
// and only a repository with it reads Enrollment::pushTokenHex (hasPushToken says whether one
// is stored either way).
// Every write runs in Database::transaction(), so it joins a caller's transaction when there
// is one.
class EnrollmentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentRepository)

public:
    EnrollmentRepository(Database &database,
                         const Clock &clock,
                         const SecretBox *tokenBox = nullptr);

    // Authenticate: creates the channel, or resets it for a re-enrollment. It stays disabled,
    // with no push token, until TokenUpdate. Takes id, type, parentId, deviceId (defaults to
    // id, or to the parent's deviceId), userEnrollment, the user fields, topic and
    // identityCertSha256. Fails with Conflict when the identity belongs to another channel.
    [[nodiscard]] Result<Enrollment> recordAuthenticate(const Enrollment &enrollment);

    // TokenUpdate: stores topic, token, PushMagic and AwaitingConfiguration and enables the
    // channel, creating it when it is new (user channels get no Authenticate). An empty
    // unlockTokenRef keeps the stored one: devices send the UnlockToken only once.
    [[nodiscard]] Result<Enrollment> recordTokenUpdate(const Enrollment &enrollment);

    // Any state but Unregistered also forgets the time APNs declared the token dead.
    [[nodiscard]] Result<void> setPushTokenState(const QString &id, PushTokenState state);
    // APNs 410: the token has been dead since `since` (APNs' timestamp; invalid means now).
    // Nothing is pushed to it until the next TokenUpdate.
    [[nodiscard]] Result<void> markPushTokenUnregistered(const QString &id, const QDateTime &since);
    // APNs accepted a push to this channel now, under this apns-id.
    [[nodiscard]] Result<void> recordPush(const QString &id, const QString &apnsId);
    // An empty ref removes it (SetBootstrapToken without a token).
    [[nodiscard]] Result<void> setBootstrapTokenRef(const QString &id, const QString &ref);
    [[nodiscard]] Result<void> markSeen(const QString &id);
    // CheckOut: disables the channel and its user channels and stamps them; history stays.
    [[nodiscard]] Result<void> checkOut(const QString &id);

    [[nodiscard]] Result<std::optional<Enrollment>> find(const QString &id);
    // The device channel bound to an identity certificate (lower-case hex SHA-256 of its DER).
    [[nodiscard]] Result<std::optional<Enrollment>> findByIdentity(const QString &certSha256);
    [[nodiscard]] Result<QList<Enrollment>> list();
    [[nodiscard]] Result<QList<Enrollment>> listForDevice(const QString &deviceId);
    // Seals the push tokens a store from before migration 8 keeps in the clear, and clears
    // them; how many it sealed. The engine runs it at start, with the data key.
    [[nodiscard]] Result<int> sealUnsealedPushTokens();

    // How many device channels that have not checked out are enrolled with each push topic:
    // the devices a push certificate with another topic would strand.
    [[nodiscard]] Result<QMap<QString, int>> deviceCountByTopic();

private:
    [[nodiscard]] Result<Enrollment> validated(const Enrollment &enrollment);
    [[nodiscard]] Result<QList<Enrollment>> select(const QString &where,
                                                   const QVariantList &bindings);
    [[nodiscard]] Result<Enrollment> findExisting(const QString &id);
    [[nodiscard]] Result<void> update(const QString &id,
                                      const QString &assignments,
                                      QVariantList bindings);

    Database &m_database;
    const Clock &m_clock;
    const SecretBox *m_tokenBox;
};

} // namespace Espalier
