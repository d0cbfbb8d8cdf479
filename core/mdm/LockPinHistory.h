// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/LockPinRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Espalier {

class Clock;
class CommandQueue;
class Database;

// Every Find My PIN ever sent to a device, read back from its DeviceLock and EraseDevice
// commands, which the queue stores sealed: nothing else keeps the PIN, so the history cannot
// drift from what the device got. Opening them is audited. Lives on the engine thread, with the
// Writer and the queue that holds the data key.
class LockPinHistory final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::LockPinHistory)

public:
    LockPinHistory(Database &database, const Clock &clock, const CommandQueue &queue);

    // The PINs of the device's channels, newest first, and one audit entry
    // ("device.lock-pins-viewed" by actor, target the device) in the same transaction. A command
    // whose payload cannot be opened is listed with a problem instead of its PIN.
    [[nodiscard]] Result<QList<LockPinRecord>> read(const QString &deviceId, const QString &actor);

    // The audit action of a viewing.
    [[nodiscard]] static QString auditAction();

private:
    Database &m_database;
    const Clock &m_clock;
    const CommandQueue &m_queue;
};

} // namespace Espalier
