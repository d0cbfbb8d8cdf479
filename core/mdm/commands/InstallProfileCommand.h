// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/MdmCommand.h"
#include "core/mdm/commands/CommandTarget.h"
#include "core/mdm/commands/SchemaAvailability.h"

#include <QByteArray>
#include <QString>

namespace Espalier {

// InstallProfile: installs a configuration profile, or replaces the installed one with the same
// top-level PayloadIdentifier. On a Mac, user-scoped profiles belong on the user's channel.
// build() parses an unsigned profile to check it, so call it off the UI thread for big files.
struct InstallProfileCommand
{
    // The queue stores the whole command and sends it base64-encoded, a third larger, to a
    // device that may be on a slow link; no settings profile comes near this size.
    static constexpr qsizetype maxPayloadBytes = 4 * 1024 * 1024;

    // The .mobileconfig file as it is: an XML or binary property list, or one signed or
    // encrypted as CMS (DER), which the device unwraps itself.
    QByteArray payload{};

    [[nodiscard]] static QString requestType();
    [[nodiscard]] static QString displayName(); // translated
    [[nodiscard]] static const SchemaAvailability &availability();

    [[nodiscard]] Result<MdmCommand> build(const CommandTarget &target) const;
};

} // namespace Espalier
