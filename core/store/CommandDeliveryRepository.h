// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/UnmatchedReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Espalier {

class Clock;
class Database;

// What the command queue needs from the commands table beyond CommandRepository: delivery that
// skips the commands a session has already seen, retry links, and the reports that matched no
// pending command. Lives on the thread of its Database; writes need the Writer and join the
// caller's transaction.
class CommandDeliveryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CommandDeliveryRepository)

public:
    // Reports kept per enrollment; older ones go, so a device that keeps sending reports for
    // unknown commands cannot grow the file without bound.
    static constexpr int MaxUnmatchedReportsPerEnrollment = 50;

    CommandDeliveryRepository(Database &database, const Clock &clock);

    // The uuid of the oldest command of the enrollment that may go out now: Queued, Pushed,
    // NotNow or Sent (a Sent command with no report never reached the device, and the protocol
    // hands it out again, byte for byte), whose nextAttemptAt has come, that has not expired at
    // now, and that is not in excluded.
    [[nodiscard]] Result<std::optional<QString>> nextDeliverable(const QString &enrollmentId,
                                                                 const QDateTime &now,
                                                                 const QStringList &excluded);

    // The earliest nextAttemptAt of the enrollment's unexpired NotNow commands: when one of them
    // may go out again. nullopt when there are none.
    [[nodiscard]] Result<std::optional<QDateTime>> nextNotNowAttempt(const QString &enrollmentId,
                                                                     const QDateTime &now);

    // Links a command to the one it retries.
    [[nodiscard]] Result<void> setRetryOf(const QString &uuid, const QString &originalUuid);
    // The uuid a command retries; empty when it is not a retry. NotFound for an unknown uuid.
    [[nodiscard]] Result<QString> retryOf(const QString &uuid);

    // Stores the report (id and receivedAt are assigned) and drops the enrollment's oldest ones
    // beyond MaxUnmatchedReportsPerEnrollment.
    [[nodiscard]] Result<UnmatchedReport> recordUnmatchedReport(const UnmatchedReport &report);
    // Oldest first.
    [[nodiscard]] Result<QList<UnmatchedReport>> unmatchedReports(const QString &enrollmentId);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Espalier
