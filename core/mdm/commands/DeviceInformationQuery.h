// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mdm/commands/SchemaAvailability.h"

#include <QList>
#include <QString>

namespace Espalier {

// One query name DeviceInformation accepts (the schema's Queries item list), with where the
// device answers it. tst_CommandSchemas checks the whole catalogue against Apple's YAML.
struct DeviceInformationQuery
{
    QString name;
    SchemaAvailability availability;

    // Every query of information.device.yaml, in the schema's order.
    [[nodiscard]] static const QList<DeviceInformationQuery> &all();
    // nullptr for a name the schema doesn't define (names are case-sensitive).
    [[nodiscard]] static const DeviceInformationQuery *find(const QString &name);
};

} // namespace Espalier
