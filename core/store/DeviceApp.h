// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Espalier {

// One app installed on a device, as InstalledApplicationList reports it. Empty or nullopt means
// "not reported".
struct DeviceApp
{
    QString identifier; // bundle identifier; required
    QString name;
    QString version;
    QString shortVersion;
    std::optional<qint64> bundleSize;
    std::optional<bool> managed; // only ManagedApplicationList knows; unknown otherwise
    QDateTime updatedAt;         // set by the store
};

} // namespace Espalier
