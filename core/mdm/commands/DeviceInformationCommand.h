// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/MdmCommand.h"
#include "core/mdm/commands/CommandTarget.h"
#include "core/mdm/commands/SchemaAvailability.h"

#include <QString>
#include <QStringList>

namespace Espalier {

// DeviceInformation: the inventory queries. With no queries given it asks for
// defaultQueries(target); given ones must be names the schema defines (DeviceInformationQuery)
// that this target answers, so a typo or a question the device can't answer is caught here.
struct DeviceInformationCommand
{
    QStringList queries{}; // empty: defaultQueries(target)

    [[nodiscard]] static QString requestType();
    [[nodiscard]] static QString displayName(); // translated
    [[nodiscard]] static const SchemaAvailability &availability();

    // What Espalier's inventory shows (identity, OS and build, storage and battery,
    // supervision, Find My and Lost Mode state, network addresses, and on a Mac its chip and
    // whether Device Lock and Erase Device need a PIN), limited to the queries this target
    // answers at its OS version and not yet deprecated there. With an unknown OS version,
    // queries that are deprecated anywhere on the platform are left out.
    [[nodiscard]] static QStringList defaultQueries(const CommandTarget &target);

    [[nodiscard]] Result<MdmCommand> build(const CommandTarget &target) const;
};

} // namespace Espalier
