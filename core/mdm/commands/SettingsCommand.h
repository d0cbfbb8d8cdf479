// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/MdmCommand.h"
#include "core/mdm/commands/CommandTarget.h"
#include "core/mdm/commands/SchemaAvailability.h"

#include <QString>

namespace Espalier {

// Settings: changes device settings once (the user may change them back). Espalier sets the
// device name and a Mac's host name; the answer reports each item on its own, so one command can
// half succeed.
struct SettingsCommand
{
    QString deviceName{}; // empty: unchanged. Supervised iPhone and iPad; Macs from 10.10
    QString hostName{};   // empty: unchanged. Macs from 10.11; letters, digits, hyphens and dots

    [[nodiscard]] static QString requestType();
    [[nodiscard]] static QString displayName(); // translated
    [[nodiscard]] static const SchemaAvailability &availability();
    // Items by "Settings.<Item>".
    [[nodiscard]] static const SchemaKeys &keyAvailability();

    // A DNS host name: dot-separated labels of 1 to 63 letters, digits and hyphens that neither
    // start nor end with a hyphen, 253 characters at most.
    [[nodiscard]] static bool isValidHostName(const QString &name);

    [[nodiscard]] Result<MdmCommand> build(const CommandTarget &target) const;
};

} // namespace Espalier
