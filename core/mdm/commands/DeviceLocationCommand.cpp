// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/DeviceLocationCommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Espalier {

QString DeviceLocationCommand::requestType()
{
    return u"DeviceLocation"_s;
}

QString DeviceLocationCommand::displayName()
{
    return QCoreApplication::translate("Espalier::DeviceLocationCommand", "Device Location");
}

const SchemaAvailability &DeviceLocationCommand::availability()
{
    // device.lostmode.location.yaml
    static const SchemaAvailability table = {
        {.platform = Platform::IOS, .introduced = {9, 3}, .supervised = true},
    };
    return table;
}

Result<MdmCommand> DeviceLocationCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(
            target,
            displayName(),
            QCoreApplication::translate("Espalier::DeviceLocationCommand",
                                        "Locating a device needs a supervised iPhone or iPad in "
                                        "Lost Mode."));
        !available)
        return fail(available.error());
    return MdmCommand{requestType(), {}};
}

} // namespace Espalier
