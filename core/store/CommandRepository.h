// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/Command.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Espalier {

class Clock;
class Database;

// The command queue and its history, one FIFO per enrollment (channel). Lives on the thread of
// its Database; writes need the Writer and join the caller's transaction when there is one, so
// "queue a command and audit it" is one atomic change.
class CommandRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CommandRepository)

public:
    // What a transition sets besides the state and its automatic stamps.
    struct Changes
    {
        std::optional<QByteArray> result;       // the device's report
        std::optional<QString> errorChain;      // the report's ErrorChain
        std::optional<QDateTime> nextAttemptAt; // NotNow backoff
    };

    CommandRepository(Database &database, const Clock &clock);

    // Queues a command (state Queued whatever the argument says) at the end of its enrollment's
    // FIFO. Needs uuid, enrollmentId, requestType, payload and createdBy; expiresAt is optional
    // and nextAttemptAt defaults to now. NotFound for an unknown enrollment, Conflict for a
    // uuid already used.
    [[nodiscard]] Result<Command> insert(const Command &command);

    [[nodiscard]] Result<std::optional<Command>> find(const QString &uuid);
    // Oldest first.
    [[nodiscard]] Result<QList<Command>> listForEnrollment(const QString &enrollmentId);
    // Oldest first; every command when states is empty.
    [[nodiscard]] Result<QList<Command>> listAll(const QList<CommandState> &states = {});

    // Compare-and-set: moves the command to `to` only if its state is one of `from` (never a
    // final state), atomically, and fails with Conflict otherwise, so two deciders cannot both
    // win. Stamps updatedAt; pushedAt for Pushed; sentAt and attempts + 1 for Sent;
    // notNowCount + 1 for NotNow; completedAt for final states.
    [[nodiscard]] Result<Command> transition(const QString &uuid,
                                             const QList<CommandState> &from,
                                             CommandState to,
                                             const Changes &changes = {});

    // The oldest Queued, Pushed or NotNow command of the enrollment whose nextAttemptAt has come
    // and which has not expired at now; none when nothing is deliverable.
    [[nodiscard]] Result<std::optional<Command>> nextDeliverable(const QString &enrollmentId,
                                                                 const QDateTime &now);

    // APNs accepted a push to the enrollment: its Queued commands become Pushed (stamping
    // pushedAt); returns their uuids.
    [[nodiscard]] Result<QStringList> markPushed(const QString &enrollmentId);

    // Marks every unfinished command whose expiresAt <= now Expired; returns their uuids.
    [[nodiscard]] Result<QStringList> expireDue(const QDateTime &now);

    // Cancels every unfinished command of the enrollment and of its user channels (a device
    // that enrolls again starts with an empty queue); returns their uuids.
    [[nodiscard]] Result<QStringList> cancelPending(const QString &enrollmentId);

private:
    [[nodiscard]] Result<QList<Command>> select(const QString &where,
                                                const QVariantList &bindings,
                                                const QString &tail = {});
    [[nodiscard]] Result<QStringList> finishWhere(const QString &where,
                                                  QVariantList bindings,
                                                  CommandState to,
                                                  const QDateTime &now);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Espalier
