// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBox.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Espalier {

class Clock;
class Database;

// The secrets a device hands over at check-in, kept beside its enrollment: the UnlockToken
// (ClearPasscode needs it, and the device sends it only once) and the macOS bootstrap token.
// They are sealed with the engine's SecretBox before they reach the file, and each box is bound
// to its enrollment and column, so a box copied elsewhere does not open. Plaintext exists only
// in memory, in the caller's hands. Lives on the thread of its Database; writes need the Writer
// and join the caller's transaction.
class EnrollmentTokenRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentTokenRepository)

public:
    EnrollmentTokenRepository(Database &database, const Clock &clock, SecretBox secretBox);

    // Seals and stores the token, replacing an older one. An empty token is refused: a
    // TokenUpdate without UnlockToken must never erase the one received before.
    [[nodiscard]] Result<void> storeUnlockToken(const QString &enrollmentId, QByteArrayView token);
    // nullopt when none was ever received. NotFound for an unknown enrollment.
    [[nodiscard]] Result<std::optional<QByteArray>> unlockToken(const QString &enrollmentId);
    [[nodiscard]] Result<bool> hasUnlockToken(const QString &enrollmentId);

    // SetBootstrapToken: an empty token removes the stored one, as the protocol says.
    [[nodiscard]] Result<void> storeBootstrapToken(const QString &enrollmentId,
                                                   QByteArrayView token);
    [[nodiscard]] Result<std::optional<QByteArray>> bootstrapToken(const QString &enrollmentId);

private:
    enum class Column {
        UnlockToken,
        BootstrapToken,
    };

    [[nodiscard]] Result<void> store(Column column,
                                     const QString &enrollmentId,
                                     QByteArrayView token);
    [[nodiscard]] Result<std::optional<QByteArray>> sealed(Column column,
                                                           const QString &enrollmentId);
    [[nodiscard]] Result<std::optional<QByteArray>> load(Column column,
                                                         const QString &enrollmentId);

    // What a box is bound to: the column and the enrollment.
    [[nodiscard]] static QByteArray associatedData(Column column, const QString &enrollmentId);

    Database &m_database;
    const Clock &m_clock;
    const SecretBox m_secretBox;
};

} // namespace Espalier
