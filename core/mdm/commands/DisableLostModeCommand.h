// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/MdmCommand.h"
#include "core/mdm/commands/CommandTarget.h"
#include "core/mdm/commands/SchemaAvailability.h"

#include <QString>

namespace Espalier {

// DisableLostMode: takes a supervised iPhone or iPad out of MDM Lost Mode.
struct DisableLostModeCommand
{
    [[nodiscard]] static QString requestType();
    [[nodiscard]] static QString displayName(); // translated
    [[nodiscard]] static const SchemaAvailability &availability();

    [[nodiscard]] Result<MdmCommand> build(const CommandTarget &target) const;
};

} // namespace Espalier
