// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Espalier {

// A device's inventory, from Authenticate, DeviceInformation and SecurityInfo answers.
// An empty string, byte array or optional means "not reported"; an upsert leaves the stored
// value alone for those, so answers that carry different keys merge.
struct Device
{
    QString udid; // or the EnrollmentID for a User Enrollment, which reports no UDID
    QString serialNumber;
    QString name;
    QString model;       // e.g. MacBookPro18,3 or iPhone14,2
    QString modelName;   // e.g. MacBook Pro
    QString productName; // e.g. iPhone14,2
    QString platform;    // macOS, iOS, iPadOS, tvOS, visionOS, watchOS
    QString osVersion;
    QString buildVersion;
    QString assignedUser;

    std::optional<bool> supervised;
    std::optional<bool> fileVaultEnabled;
    std::optional<bool> systemIntegrityProtectionEnabled;
    std::optional<bool> userApprovedEnrollment;
    std::optional<bool> activationLockEnabled;
    std::optional<bool> passcodePresent;

    QByteArray deviceInformation; // the raw plist of the last DeviceInformation answer

    QDateTime inventoryUpdatedAt;
    QDateTime createdAt;
};

} // namespace Espalier
