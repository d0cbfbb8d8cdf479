// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/DisableLostModeCommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Espalier {

QString DisableLostModeCommand::requestType()
{
    return u"DisableLostMode"_s;
}

QString DisableLostModeCommand::displayName()
{
    return QCoreApplication::translate("Espalier::DisableLostModeCommand", "Disable Lost Mode");
}

const SchemaAvailability &DisableLostModeCommand::availability()
{
    // device.lostmode.disable.yaml
    static const SchemaAvailability table = {
        {.platform = Platform::IOS, .introduced = {9, 3}, .supervised = true},
    };
    return table;
}

Result<MdmCommand> DisableLostModeCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(
            target,
            displayName(),
            QCoreApplication::translate("Espalier::DisableLostModeCommand",
                                        "Lost Mode needs a supervised iPhone or iPad."));
        !available)
        return fail(available.error());
    return MdmCommand{requestType(), {}};
}

} // namespace Espalier
