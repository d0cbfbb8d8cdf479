// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace Espalier {

// Where a command is in its life. The numbers are what the store writes: never renumber them.
// Queued -> Pushed -> Sent -> Acknowledged | Error | CommandFormatError | NotNow (delivered
// again later) | Expired | Cancelled.
enum class CommandState {
    Queued = 0,
    Pushed = 1,
    Sent = 2,
    Acknowledged = 3,
    Error = 4,
    CommandFormatError = 5,
    NotNow = 6,
    Expired = 7,
    Cancelled = 8,
};

// A final state never changes again.
[[nodiscard]] bool isFinal(CommandState state);

// Stable names for logs, the audit log and exports ("queued", "not-now", ...).
[[nodiscard]] QString commandStateName(CommandState state);
[[nodiscard]] std::optional<CommandState> commandStateFromName(QStringView name);
[[nodiscard]] std::optional<CommandState> commandStateFromValue(qint64 value);

// One MDM command for one enrollment (channel), with its delivery history and the device's
// answer. payload is the exact command plist, so a command delivered again is byte-identical.
struct Command
{
    QString uuid;
    QString enrollmentId;
    QString requestType;
    QByteArray payload;
    CommandState state = CommandState::Queued;
    qint64 sequence = 0; // position in the FIFO, assigned by the store

    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime pushedAt;
    QDateTime sentAt;
    QDateTime completedAt;
    QDateTime expiresAt;     // invalid: never expires
    QDateTime nextAttemptAt; // not handed out before this (NotNow backoff)
    int attempts = 0;        // how often it was handed to the device
    int notNowCount = 0;

    QByteArray result;  // the device's report plist
    QString errorChain; // the report's ErrorChain, as text
    QString createdBy;  // who queued it: an admin's name or "engine"
};

} // namespace Espalier
