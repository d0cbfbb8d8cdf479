// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/Device.h"
#include "core/store/DeviceApp.h"
#include "core/store/DeviceCertificate.h"
#include "core/store/DeviceProfile.h"
#include "core/store/DeviceRepository.h"
#include "core/store/Enrollment.h"
#include "core/store/InventoryRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QVariantList>
#include <QVariantMap>

namespace Espalier {

class Clock;
class Database;
struct Command;

// Turns the reports of acknowledged inventory commands into inventory: DeviceInformation and
// SecurityInfo into the device row, InstalledApplicationList, ProfileList and CertificateList
// into its lists. Keys are read with the types of Apple's schemas; unknown keys and values of
// the wrong type are ignored, so one odd value never loses the rest. Lists come from device
// channels only (a user channel reports the user's view), and a list from a filtered query
// (some identifiers, managed items only) updates entries instead of replacing the list. Lives
// on the engine thread, with the Writer; writes join the caller's transaction.
class InventoryUpdater final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::InventoryUpdater)

public:
    InventoryUpdater(Database &database, const Clock &clock);

    // Stores what the report of an acknowledged command says. Returns whether the inventory of
    // channel.deviceId changed (false for commands that carry no inventory). A report without
    // the command's response key fails with InvalidInput and changes nothing.
    [[nodiscard]] Result<bool> apply(const Enrollment &channel,
                                     const Command &command,
                                     const QVariantMap &report);

    // The mappings, for tests and other callers. deviceFromQueryResponses sets
    // deviceInformation to the raw bytes given.
    [[nodiscard]] static Device deviceFromQueryResponses(const QVariantMap &queryResponses,
                                                         const QByteArray &raw);
    [[nodiscard]] static Device deviceFromSecurityInfo(const QVariantMap &securityInfo);
    [[nodiscard]] static QList<DeviceApp> appsFromList(const QVariantList &list);
    [[nodiscard]] static QList<DeviceProfile> profilesFromList(const QVariantList &list);
    [[nodiscard]] static QList<DeviceCertificate> certificatesFromList(const QVariantList &list);

private:
    [[nodiscard]] Result<void> ensureDevice(const QString &udid);

    DeviceRepository m_devices;
    InventoryRepository m_inventory;
};

} // namespace Espalier
