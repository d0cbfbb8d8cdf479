// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/MdmCommand.h"
#include "core/mdm/commands/CommandTarget.h"
#include "core/mdm/commands/SchemaAvailability.h"

#include <QByteArray>
#include <QString>

namespace Espalier {

// ClearPasscode: removes the passcode of an iPhone, iPad, Apple Vision Pro or Apple Watch. It
// must carry the UnlockToken the device sent in its first TokenUpdate; without it there is no
// dependable way to clear the passcode. Not for Macs, Shared iPads or User Enrollment.
struct ClearPasscodeCommand
{
    QByteArray unlockToken{}; // as the device sent it; a secret, never logged

    [[nodiscard]] static QString requestType();
    [[nodiscard]] static QString displayName(); // translated
    [[nodiscard]] static const SchemaAvailability &availability();

    [[nodiscard]] Result<MdmCommand> build(const CommandTarget &target) const;
};

} // namespace Espalier
