// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/SecurityInfoCommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Espalier {

QString SecurityInfoCommand::requestType()
{
    return u"SecurityInfo"_s;
}

QString SecurityInfoCommand::displayName()
{
    return QCoreApplication::translate("Espalier::SecurityInfoCommand", "Security Info");
}

const SchemaAvailability &SecurityInfoCommand::availability()
{
    // information.security.yaml
    static const SchemaAvailability table = {
        {.platform = Platform::MacOS,
         .introduced = {10, 7},
         .userChannel = true,
         .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::IOS, .introduced = {4, 0}, .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::TvOS, .introduced = {9, 0}},
        {.platform = Platform::VisionOS,
         .introduced = {1, 1},
         .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::WatchOS, .introduced = {10, 0}},
    };
    return table;
}

Result<MdmCommand> SecurityInfoCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(target, displayName()); !available)
        return fail(available.error());
    return MdmCommand{requestType(), {}};
}

} // namespace Espalier
