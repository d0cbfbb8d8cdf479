// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Espalier {

// A device channel that got its identity through an enrollment link, with what the inventory
// knows of the device (empty until its first DeviceInformation answer).
struct EnrollmentLinkDevice
{
    QString enrollmentId;
    QString deviceId;
    QString deviceName;
    QString serialNumber;
    QString model;
    QDateTime enrolledAt;
    QDateTime lastSeenAt;
    QDateTime checkedOutAt; // invalid: still enrolled
};

} // namespace Espalier
