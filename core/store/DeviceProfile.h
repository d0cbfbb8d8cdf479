// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Espalier {

// One configuration profile installed on a device, as ProfileList reports it. Empty or nullopt
// means "not reported".
struct DeviceProfile
{
    QString identifier; // top-level PayloadIdentifier; required
    QString uuid;       // PayloadUUID
    QString displayName;
    QString organization;
    std::optional<bool> managed; // IsManaged; macOS does not report it
    std::optional<bool> encrypted;
    QDateTime updatedAt; // set by the store
};

} // namespace Espalier
