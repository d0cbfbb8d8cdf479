// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/PlayLostModeSoundCommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Espalier {

QString PlayLostModeSoundCommand::requestType()
{
    return u"PlayLostModeSound"_s;
}

QString PlayLostModeSoundCommand::displayName()
{
    return QCoreApplication::translate("Espalier::PlayLostModeSoundCommand",
                                       "Play Lost Mode Sound");
}

const SchemaAvailability &PlayLostModeSoundCommand::availability()
{
    // device.lostmode.playsound.yaml
    static const SchemaAvailability table = {
        {.platform = Platform::IOS, .introduced = {10, 3}, .supervised = true},
    };
    return table;
}

Result<MdmCommand> PlayLostModeSoundCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(
            target,
            displayName(),
            QCoreApplication::translate("Espalier::PlayLostModeSoundCommand",
                                        "Playing a sound needs a supervised iPhone or iPad in "
                                        "Lost Mode."));
        !available)
        return fail(available.error());
    return MdmCommand{requestType(), {}};
}

} // namespace Espalier
