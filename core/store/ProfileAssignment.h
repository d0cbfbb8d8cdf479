// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Espalier {

// What was last asked of one device for one stored profile, and how it stands.
struct ProfileAssignment
{
    enum class Action {
        Install,
        Remove,
    };

    enum class Status {
        Pending,   // the command is queued or on its way, or the device has not listed it yet
        Installed, // acknowledged and present in the device's ProfileList
        Failed,    // the device answered Error (detail: its error chain), or the command expired
        Drifted,   // was installed, and is missing from a later ProfileList: removed on the device
        Removed,   // a removal was acknowledged
    };

    QString profileId;
    QString deviceUdid;
    QString deviceName; // from inventory, for lists; may be empty
    QString enrollmentId;
    Action action = Action::Install;
    int version = 0;
    QString commandUuid;
    QString listCommandUuid;
    Status status = Status::Pending;
    QString detail; // why it failed, in the device's words
    QString requestedBy;
    QDateTime requestedAt;
    QDateTime statusAt;
};

} // namespace Espalier
