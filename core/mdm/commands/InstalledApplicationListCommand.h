// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/MdmCommand.h"
#include "core/mdm/commands/CommandTarget.h"
#include "core/mdm/commands/SchemaAvailability.h"

#include <QString>
#include <QStringList>

namespace Espalier {

// InstalledApplicationList: the third-party apps on the device. A Mac can answer NotNow while
// it blocks a login; the queue retries it later.
struct InstalledApplicationListCommand
{
    QStringList identifiers{};    // bundle IDs to report (iOS 7+, macOS 10.15+); empty for all
    bool managedAppsOnly = false; // iOS 7+, macOS 10.15+
    // Fields to report for each app, from knownItems() (iOS and tvOS 14+, not macOS); empty
    // for all. The device always adds Identifier. Fewer fields save the device time and power.
    QStringList items{};

    [[nodiscard]] static QString requestType();
    [[nodiscard]] static QString displayName(); // translated
    [[nodiscard]] static const SchemaAvailability &availability();
    [[nodiscard]] static const SchemaKeys &keyAvailability();
    // The schema's Items values.
    [[nodiscard]] static const QStringList &knownItems();

    [[nodiscard]] Result<MdmCommand> build(const CommandTarget &target) const;
};

} // namespace Espalier
