// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBox.h"
#include "core/mdm/MdmCommand.h"
#include "core/store/AuditLog.h"
#include "core/store/Command.h"
#include "core/store/CommandDeliveryRepository.h"
#include "core/store/CommandRepository.h"
#include "core/store/EnrollmentRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Espalier {

class Clock;
class Database;
struct CommandReport;

// The MDM command queue: one FIFO per enrollment (channel) over CommandRepository, with the
// protocol's delivery rules (§6.3 of the protocol notes). Every change is one transaction with
// its audit entries, joining the caller's transaction when there is one. Delivery remembers, per
// enrollment and only in memory, which commands the current session has already seen, so a
// NotNow'd command is never handed back in the same session; a session is the run of requests
// up to the empty answer, and one idle for SessionTimeoutMs is forgotten. Lives on the engine
// thread, with the Writer.
class CommandQueue final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::CommandQueue)

public:
    static constexpr qint64 DefaultLifetimeDays = 30;
    static constexpr qint64 SessionTimeoutMs = 5 * 60 * 1000;
    // NotNow backoff: FirstNotNowBackoffMs after the first NotNow, doubling up to the maximum.
    // It keeps a device that answers NotNow at once from looping across sessions; within a
    // session the command is skipped anyway.
    static constexpr qint64 FirstNotNowBackoffMs = 10 * 1000;
    static constexpr qint64 MaxNotNowBackoffMs = 15 * 60 * 1000;

    // What a report did to the queue.
    struct ReportOutcome
    {
        // The command the report finished (Acknowledged, Error or CommandFormatError), with the
        // result stored: its side effects (inventory) are the caller's.
        std::optional<Command> finished;
        // Commands whose state changed.
        QStringList changedCommands;
        // The report matched no pending command of the channel and was kept as unmatched.
        bool unmatched = false;
    };

    // The answer to the device after a report or Idle.
    struct Delivery
    {
        // The command to send, now Sent; its payload is the exact body. None ends the session.
        std::optional<Command> command;
        // When the session ends with NotNow'd commands still waiting and the device will not
        // come back by itself (its last answer was not NotNow): push again at this time.
        QDateTime pushAt;
        QStringList changedCommands;
    };

    // With a sealer, commands that carry a secret (an unlock token, a Find My PIN) are stored
    // sealed and opened only to be delivered; without one they are stored as they are (tests).
    CommandQueue(Database &database,
                 const Clock &clock,
                 std::optional<SecretBox> sealer = std::nullopt);

    // The command plist the device receives: the stored payload, opened when it was sealed.
    [[nodiscard]] Result<QByteArray> deliverablePayload(const Command &command) const;

    // Whether the command holds a secret that must not sit in the store in the clear.
    [[nodiscard]] static bool carriesSecret(const MdmCommand &command);

    // Queues the command for each enrollment (duplicates ignored), in one transaction with one
    // audit entry per target ("command.queued" by actor), and returns the new command UUIDs in
    // the order of the enrollments. The command expires at expiresAt (nullopt: in
    // DefaultLifetimeDays; an invalid QDateTime: never). An unknown or checked-out enrollment
    // fails the whole call and queues nothing.
    [[nodiscard]] Result<QStringList> enqueue(const QStringList &enrollmentIds,
                                              const MdmCommand &command,
                                              const QString &actor,
                                              const std::optional<QDateTime> &expiresAt
                                              = std::nullopt);

    // Cancels an unfinished command ("command.cancelled"); Conflict once it has finished.
    [[nodiscard]] Result<Command> cancel(const QString &uuid, const QString &actor);

    // Queues a finished, unsuccessful command (Error, CommandFormatError, Expired or Cancelled)
    // again as a new command with a new UUID that records which one it retries
    // ("command.retried"). Returns the new UUID.
    [[nodiscard]] Result<QString> retry(const QString &uuid,
                                        const QString &actor,
                                        const std::optional<QDateTime> &expiresAt = std::nullopt);

    // Marks every unfinished command whose expiry has come Expired ("command.expired" by the
    // engine for each) and returns their UUIDs.
    [[nodiscard]] Result<QStringList> expireDue();

    // A device enrolled again: cancels every unfinished command of its device channel and its
    // user channels, with one audit entry ("mdm.queue-cleared"), and forgets their sessions.
    [[nodiscard]] Result<QStringList> clear(const QString &deviceChannelId, const QString &actor);

    // Applies a report (not Idle) from the enrollment: a final status finishes the command with
    // the raw report and a readable ErrorChain; NotNow sets it back with a backoff and skips it
    // for the rest of the session; a report for an unknown, finished or foreign command, or an
    // unusable one, is kept as unmatched. Never fails for what the device said, only when the
    // store does.
    [[nodiscard]] Result<ReportOutcome> recordReport(const QString &enrollmentId,
                                                     const CommandReport &report);

    // Hands out the oldest deliverable command the session has not seen yet (marking it Sent),
    // or ends the session.
    [[nodiscard]] Result<Delivery> deliverNext(const QString &enrollmentId);

    // Drops the in-memory sessions of a device channel and its user channels.
    void forgetSessions(const QString &deviceChannelId);

    // The delay before a command NotNow'd notNowCount times may go out again.
    [[nodiscard]] static qint64 notNowBackoffMs(int notNowCount);

    // {CommandUUID, Command: {RequestType, ...fields}} as an XML plist: the exact bytes the
    // device receives. InvalidInput for a field a plist cannot carry.
    [[nodiscard]] static Result<QByteArray> commandPlist(const QString &uuid,
                                                         const MdmCommand &command);

    [[nodiscard]] static QString newCommandUuid();

    // The audit actor for what the engine does on its own.
    [[nodiscard]] static QString engineActor();

private:
    struct Session
    {
        QSet<QString> seen; // handed out, or reported on, in this session
        QDateTime lastActivity;
        bool lastWasNotNow = false;
    };

    // The live session of the enrollment, started when there is none; also forgets sessions
    // idle for longer than SessionTimeoutMs.
    Session &session(const QString &enrollmentId);

    [[nodiscard]] Result<QString> enqueueOne(const QString &enrollmentId,
                                             const MdmCommand &command,
                                             const QString &actor,
                                             const QDateTime &expiresAt,
                                             const QString &auditAction,
                                             const QString &auditSuffix);
    [[nodiscard]] Result<void> keepUnmatched(const QString &enrollmentId,
                                             const CommandReport &report,
                                             const QString &reason);

    Database &m_database;
    const Clock &m_clock;
    CommandRepository m_commands;
    CommandDeliveryRepository m_delivery;
    EnrollmentRepository m_enrollments;
    AuditLog m_audit;
    QHash<QString, Session> m_sessions;
    QDateTime m_lastSessionSweep; // idle sessions are looked for once a minute, not per request
    std::optional<SecretBox> m_sealer;
};

} // namespace Espalier
