// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Command.h"

#include <QString>

namespace Espalier {

// One command as the queue view shows it, with the device it is for. The list loads leave
// command.payload and command.result empty (they can be large); the details load fills them.
// A plain value, handed from the worker pool to the UI thread.
struct CommandQueueEntry
{
    Command command;
    QString deviceId;   // the device's UDID (or a User Enrollment's EnrollmentID)
    QString deviceName; // the inventory name, else model and serial, else the device id
    QString userName;   // for a user channel: whose; empty for the device channel
};

} // namespace Espalier
