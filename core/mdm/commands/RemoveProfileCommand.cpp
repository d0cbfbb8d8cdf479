// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/RemoveProfileCommand.h"

#include "core/mdm/commands/CommandText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Espalier {

QString RemoveProfileCommand::requestType()
{
    return u"RemoveProfile"_s;
}

QString RemoveProfileCommand::displayName()
{
    return QCoreApplication::translate("Espalier::RemoveProfileCommand", "Remove Profile");
}

const SchemaAvailability &RemoveProfileCommand::availability()
{
    // profile.remove.yaml
    static const SchemaAvailability table = {
        {.platform = Platform::MacOS,
         .introduced = {10, 7},
         .userChannel = true,
         .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::IOS,
         .introduced = {4, 0},
         .userChannel = true,
         .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::TvOS, .introduced = {9, 0}},
        {.platform = Platform::VisionOS,
         .introduced = {1, 1},
         .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::WatchOS, .introduced = {10, 0}},
    };
    return table;
}

Result<MdmCommand> RemoveProfileCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(target, displayName()); !available)
        return fail(available.error());
    // The device matches the identifier exactly, so stray spaces would remove nothing.
    if (identifier.trimmed().isEmpty() || identifier.trimmed() != identifier) {
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("Espalier::RemoveProfileCommand",
                                                "Give the profile's identifier, without spaces "
                                                "around it."),
                    u"empty or padded Identifier"_s);
    }
    if (Result<void> text = CommandText::checkPlainText(
            identifier,
            QCoreApplication::translate("Espalier::RemoveProfileCommand",
                                        "The profile identifier"));
        !text)
        return fail(text.error());
    return MdmCommand{requestType(), {{u"Identifier"_s, identifier}}};
}

} // namespace Espalier
