// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceActionTarget.h"
#include "core/store/Command.h"
#include "core/store/Device.h"
#include "core/store/DeviceApp.h"
#include "core/store/DeviceCertificate.h"
#include "core/store/DeviceProfile.h"
#include "core/store/Enrollment.h"

#include <QList>

namespace Espalier {

// Everything the device detail shows about one device, read in one snapshot: its inventory and
// security facts, its channels, what it reported as installed, and every command of every
// channel. Plain value, loaded off the UI thread by DeviceDetailLoader.
struct DeviceDetail
{
    Device device;
    DeviceActionTarget action;  // the list's summary and the builders' target
    QList<Enrollment> channels; // the device channel first, then user channels
    QList<DeviceApp> apps;
    QList<DeviceProfile> profiles;
    QList<DeviceCertificate> certificates;
    QList<Command> commands; // newest first
};

} // namespace Espalier
