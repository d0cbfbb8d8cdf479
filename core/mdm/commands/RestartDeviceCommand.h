// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/MdmCommand.h"
#include "core/mdm/commands/CommandTarget.h"
#include "core/mdm/commands/SchemaAvailability.h"

#include <QString>
#include <QStringList>

namespace Espalier {

// RestartDevice: restarts the device at once, or on a Mac asks the user to restart
// (notifyUser). Supervised iPhone, iPad and Apple TV, and Macs.
struct RestartDeviceCommand
{
    // macOS 11.4+: let the user restart when convenient; a restart is forced only at the
    // login window with nobody logged in.
    bool notifyUser = false;
    bool rebuildKernelCache = false; // macOS 11+
    QStringList kextPaths{};         // macOS 11+, absolute paths; only with rebuildKernelCache

    [[nodiscard]] static QString requestType();
    [[nodiscard]] static QString displayName(); // translated
    [[nodiscard]] static const SchemaAvailability &availability();
    [[nodiscard]] static const SchemaKeys &keyAvailability();

    [[nodiscard]] Result<MdmCommand> build(const CommandTarget &target) const;
};

} // namespace Espalier
