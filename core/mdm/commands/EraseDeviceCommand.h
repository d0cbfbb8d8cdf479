// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/MdmCommand.h"
#include "core/mdm/commands/CommandTarget.h"
#include "core/mdm/commands/SchemaAvailability.h"

#include <QList>
#include <QString>

#include <optional>

namespace Espalier {

// What a Mac (macOS 12+, Apple silicon or T2) does when Erase All Content and Settings can't
// run; the values of the schema's ObliterationBehavior.
enum class ObliterationBehavior {
    Default,               // answers Error, then erases anyway
    DoNotObliterate,       // answers Error and does not erase
    ObliterateWithWarning, // answers Acknowledged, then erases
    Always,                // skips EACS and always obliterates
};

// EraseDevice: wipes the device. It answers once, if at all, and never checks in again, so
// silence after sending it usually means it worked. A Mac needs the six-digit Find My PIN unless
// it reports that it doesn't.
struct EraseDeviceCommand
{
    QString pin{};                       // macOS only: exactly six digits
    bool preserveDataPlan = false;       // keep the eSIM plan (iOS 11+)
    bool disallowProximitySetup = false; // skip Proximity Setup afterwards (iOS 11.3+)
    std::optional<ObliterationBehavior> obliterationBehavior{}; // macOS 12+; unset sends none

    [[nodiscard]] static QString requestType();
    [[nodiscard]] static QString displayName(); // translated
    [[nodiscard]] static const SchemaAvailability &availability();
    [[nodiscard]] static const SchemaKeys &keyAvailability();
    // The schema's spelling ("DoNotObliterate").
    [[nodiscard]] static QString obliterationBehaviorName(ObliterationBehavior behavior);
    [[nodiscard]] static QList<ObliterationBehavior> obliterationBehaviors();

    [[nodiscard]] Result<MdmCommand> build(const CommandTarget &target) const;
};

} // namespace Espalier
