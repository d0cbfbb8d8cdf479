// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DeviceSummary.h"

#include <QDateTime>
#include <QString>

namespace Espalier {

// What the device list says about a device, most urgent first where several apply. Each state
// is read from stored facts (the queue, the channel, the last check-in), never guessed; a
// delegate picks the colour from the value. The numbers order the Status column.
enum class DeviceStatus {
    WipePending = 0,  // an EraseDevice is queued or on its way
    LockPending = 1,  // a DeviceLock is queued or on its way
    Locked = 2,       // the last DeviceLock was acknowledged and the device has been quiet since
    LostMode = 3,     // the last Lost Mode command that succeeded enabled it
    PushTokenBad = 4, // APNs refused the push token: the device cannot be woken
    Enrolling = 5,    // enrolled, but no TokenUpdate yet
    Silent = 6,       // not seen for longer than RecentHours
    Online = 7,       // seen within the last RecentHours
    Wiped = 8,        // acknowledged an EraseDevice and has not enrolled again
    Unenrolled = 9,   // checked out, or no device channel at all
};

namespace DeviceStatuses {

// A device seen within this many hours counts as online recently.
inline constexpr int RecentHours = 24;
// A locked Mac can't talk to us until someone unlocks it; a device heard from longer than this
// after its lock was acknowledged has been unlocked.
inline constexpr qint64 LockQuietMs = qint64{5} * 60 * 1000;

[[nodiscard]] DeviceStatus of(const DeviceSummary &device, const QDateTime &now);

// Short, translated text for the Status column ("Lock pending").
[[nodiscard]] QString text(DeviceStatus status);
// A translated sentence that says what the state means and what to do about it.
[[nodiscard]] QString explanation(DeviceStatus status);

} // namespace DeviceStatuses

} // namespace Espalier
