// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/MdmCommand.h"
#include "core/mdm/commands/CommandTarget.h"
#include "core/mdm/commands/SchemaAvailability.h"

#include <QString>

namespace Espalier {

// EnableLostMode: locks a supervised iPhone or iPad into MDM Lost Mode and shows a message
// and/or a phone number on its Lock Screen. At least one of the two is required.
struct EnableLostModeCommand
{
    QString message{};
    QString phoneNumber{};
    QString footnote{}; // shown instead of "Slide to Unlock"

    [[nodiscard]] static QString requestType();
    [[nodiscard]] static QString displayName(); // translated
    [[nodiscard]] static const SchemaAvailability &availability();

    [[nodiscard]] Result<MdmCommand> build(const CommandTarget &target) const;
};

} // namespace Espalier
