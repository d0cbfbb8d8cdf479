// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/MdmCommand.h"
#include "core/mdm/commands/CommandTarget.h"
#include "core/mdm/commands/SchemaAvailability.h"

#include <QString>

namespace Espalier {

// SecurityInfo: the device's security state (passcode and encryption on iPhone and iPad;
// FileVault, SIP, Secure Boot and firewall on a Mac; how it was enrolled). It has no options.
// A value type like every command builder: build() keeps no state and runs on any thread.
struct SecurityInfoCommand
{
    [[nodiscard]] static QString requestType();
    [[nodiscard]] static QString displayName(); // translated
    [[nodiscard]] static const SchemaAvailability &availability();

    [[nodiscard]] Result<MdmCommand> build(const CommandTarget &target) const;
};

} // namespace Espalier
