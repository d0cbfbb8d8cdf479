// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/ShutDownDeviceCommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Espalier {

QString ShutDownDeviceCommand::requestType()
{
    return u"ShutDownDevice"_s;
}

QString ShutDownDeviceCommand::displayName()
{
    return QCoreApplication::translate("Espalier::ShutDownDeviceCommand", "Shut Down Device");
}

const SchemaAvailability &ShutDownDeviceCommand::availability()
{
    // device.shutdown.yaml
    static const SchemaAvailability table = {
        {.platform = Platform::MacOS, .introduced = {10, 13}},
        {.platform = Platform::IOS, .introduced = {10, 3}, .supervised = true},
    };
    return table;
}

Result<MdmCommand> ShutDownDeviceCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(target, displayName()); !available)
        return fail(available.error());
    return MdmCommand{requestType(), {}};
}

} // namespace Espalier
