// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/MdmCommand.h"
#include "core/mdm/commands/CommandTarget.h"
#include "core/mdm/commands/SchemaAvailability.h"

#include <QString>

namespace Espalier {

// DeviceLock: locks the device at once. A Mac locks through Find My and then opens only with
// the six-digit PIN sent here, so the caller generates one (FindMyPin::generate()) and keeps it
// for the administrator. iPhone and iPad have no use for a PIN and are never sent one.
struct DeviceLockCommand
{
    QString message{};     // on the Lock Screen (iOS 7+, macOS 10.14+)
    QString phoneNumber{}; // on the Lock Screen (iOS 7+; Macs with Apple silicon on 11.5+)
    QString pin{};         // macOS only: exactly six digits; required unless the Mac says not

    [[nodiscard]] static QString requestType();
    [[nodiscard]] static QString displayName(); // translated
    [[nodiscard]] static const SchemaAvailability &availability();
    [[nodiscard]] static const SchemaKeys &keyAvailability();

    [[nodiscard]] Result<MdmCommand> build(const CommandTarget &target) const;
};

} // namespace Espalier
