// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Command.h"

#include <QDateTime>
#include <QString>

namespace Espalier {

// One Find My PIN a Mac was sent, in a DeviceLock or an EraseDevice command, as the lock PIN
// history shows it. The PIN is a secret: it lives only in memory, opened from the sealed command
// on the engine thread, and is never logged. The newest acknowledged DeviceLock's PIN is the one
// that opens a locked Mac.
struct LockPinRecord
{
    QString commandUuid;
    QString enrollmentId;
    QString requestType; // DeviceLock or EraseDevice
    QString pin;         // empty when the command could not be opened (see problem)
    QString problem;     // translated, when the PIN could not be read
    CommandState state = CommandState::Queued;
    QString createdBy;
    QDateTime createdAt;
    QDateTime completedAt;
};

} // namespace Espalier
