// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mdm/commands/CommandTarget.h"
#include "core/store/DeviceSummary.h"

namespace Espalier {

// A device an action is about to go to: what the confirmation shows (name, serial, model, user,
// last check-in, enrollment date, pending lock) and what the command builders need to know.
// Plain value, loaded off the UI thread by DeviceDetailLoader::loadTargets().
struct DeviceActionTarget
{
    DeviceSummary summary;
    CommandTarget target;
};

} // namespace Espalier
