// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/MdmCommand.h"
#include "core/mdm/commands/CommandTarget.h"
#include "core/mdm/commands/SchemaAvailability.h"

#include <QString>

namespace Espalier {

// CertificateList: the certificates installed on the device, with their DER data; Espalier
// watches the MDM identity's expiry with it. managedOnly limits the answer to certificates MDM
// installed.
struct CertificateListCommand
{
    bool managedOnly = false; // iOS and tvOS 13+, macOS 10.15+

    [[nodiscard]] static QString requestType();
    [[nodiscard]] static QString displayName(); // translated
    [[nodiscard]] static const SchemaAvailability &availability();
    [[nodiscard]] static const SchemaKeys &keyAvailability();

    [[nodiscard]] Result<MdmCommand> build(const CommandTarget &target) const;
};

} // namespace Espalier
