// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

namespace Espalier {

// One MDM command as the queue stores it: the RequestType and the keys of the Command dict
// (without RequestType itself). Built and validated by the typed builders in core/mdm/commands;
// the queue wraps it as {CommandUUID, Command: {RequestType, ...fields}} when it is delivered.
struct MdmCommand
{
    QString requestType;
    QVariantMap fields;
};

} // namespace Espalier
