// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Command.h"
#include "core/store/Enrollment.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Espalier {

// One device as the console's list shows it: the inventory fields people search and sort by,
// its device channel's enrollment facts, and the latest lock, erase and Lost Mode commands, so a
// state such as "lock pending" is read from the queue rather than guessed. Plain value, read by
// DeviceSummaryRepository; only what the list shows, searches, sorts and filters on is here, as
// the list reads it for every device (Device has the rest).
struct DeviceSummary
{
    // The newest command of one kind for the device channel; empty uuid when there is none.
    struct CommandMark
    {
        QString uuid{};
        QString requestType{};
        CommandState state = CommandState::Queued;
        QDateTime createdAt{};
        QDateTime completedAt{};

        [[nodiscard]] bool isValid() const { return !uuid.isEmpty(); }
    };

    QString udid;
    QString name;
    QString serialNumber;
    QString model;       // model identifier or part number
    QString modelName;   // "MacBook Pro"
    QString productName; // "MacBookPro18,3"
    QString platform;    // "macOS", "iOS", ...
    QString osVersion;
    // The assigned user, or else the name of a user channel's user (a Mac's console user).
    QString user;
    std::optional<bool> fileVaultEnabled;

    // The device channel; enrollmentId is empty when the device has none.
    QString enrollmentId;
    bool enrollmentEnabled = false;
    PushTokenState pushTokenState = PushTokenState::None;
    bool hasUnlockToken = false;
    QDateTime enrolledAt;
    QDateTime lastSeenAt;
    QDateTime checkedOutAt;

    CommandMark lastLock;     // DeviceLock
    CommandMark lastErase;    // EraseDevice
    CommandMark lastLostMode; // EnableLostMode or DisableLostMode
};

} // namespace Espalier
