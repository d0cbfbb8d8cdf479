// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/ProfileListCommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Espalier {

QString ProfileListCommand::requestType()
{
    return u"ProfileList"_s;
}

QString ProfileListCommand::displayName()
{
    return QCoreApplication::translate("Espalier::ProfileListCommand", "Profile List");
}

const SchemaAvailability &ProfileListCommand::availability()
{
    // profile.list.yaml
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

const SchemaKeys &ProfileListCommand::keyAvailability()
{
    // ManagedOnly names only iOS, macOS and tvOS; visionOS and watchOS inherit the command's.
    static const SchemaKeys keys = {
        {u"ManagedOnly"_s,
         {{.platform = Platform::MacOS,
           .introduced = {10, 15},
           .userChannel = true,
           .userEnrollment = SchemaMode::Allowed},
          {.platform = Platform::IOS,
           .introduced = {13, 0},
           .userChannel = true,
           .userEnrollment = SchemaMode::Allowed},
          {.platform = Platform::TvOS, .introduced = {13, 0}},
          {.platform = Platform::VisionOS,
           .introduced = {1, 1},
           .userEnrollment = SchemaMode::Allowed},
          {.platform = Platform::WatchOS, .introduced = {10, 0}}}},
    };
    return keys;
}

Result<MdmCommand> ProfileListCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(target, displayName()); !available)
        return fail(available.error());
    QVariantMap fields;
    if (managedOnly) {
        if (Result<void> available = keyAvailability()
                                         .value(u"ManagedOnly"_s)
                                         .checkOption(target,
                                                      QCoreApplication::translate(
                                                          "Espalier::ProfileListCommand",
                                                          "Listing only managed profiles"));
            !available)
            return fail(available.error());
        fields.insert(u"ManagedOnly"_s, true);
    }
    return MdmCommand{requestType(), fields};
}

} // namespace Espalier
