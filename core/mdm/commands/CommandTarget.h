// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mdm/Platform.h"

#include <QMetaType>
#include <QString>
#include <QVersionNumber>

#include <optional>

namespace Espalier {

// What the command builders need to know about the channel a command goes to: the device's
// platform and OS version, how it is enrolled, and the inventory facts some commands depend on.
// Filled by the caller from the enrollment and the last DeviceInformation answer; a plain value,
// safe to copy to any thread.
struct CommandTarget
{
    Platform platform = Platform::Unknown;
    // OSVersion as the device reports it ("17.4.1"); empty while unknown. Version rules are
    // skipped for an unknown version (the device answers CommandFormatError if it is too old),
    // except where getting it wrong could harm the device.
    QString osVersion;
    bool supervised = false;
    bool userChannel = false; // a macOS user's channel or a Shared iPad user's, not the device's
    bool userEnrollment = false;
    bool sharedIpad = false;
    bool hasUnlockToken = false; // the enrollment's TokenUpdate carried an UnlockToken

    // IsAppleSilicon; macOS 12 and later report it, so it stays unknown on older Macs.
    std::optional<bool> appleSilicon;
    // PINRequiredForDeviceLock and PINRequiredForEraseDevice (macOS 11 and later). Unknown counts
    // as required, the safe side: a Mac that needs a PIN and gets none can't be locked or erased.
    std::optional<bool> lockPinRequired;
    std::optional<bool> erasePinRequired;

    // The OS version with trailing zero segments dropped ("11.0" compares equal to "11"); null
    // when osVersion is empty or doesn't start with a number.
    [[nodiscard]] QVersionNumber version() const
    {
        return QVersionNumber::fromString(osVersion).normalized();
    }
};

} // namespace Espalier

Q_DECLARE_METATYPE(Espalier::CommandTarget)
