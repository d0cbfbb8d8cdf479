// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/ClearPasscodeCommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Espalier {

QString ClearPasscodeCommand::requestType()
{
    return u"ClearPasscode"_s;
}

QString ClearPasscodeCommand::displayName()
{
    return QCoreApplication::translate("Espalier::ClearPasscodeCommand", "Clear Passcode");
}

const SchemaAvailability &ClearPasscodeCommand::availability()
{
    // passcode.clear.yaml
    static const SchemaAvailability table = {
        {.platform = Platform::IOS, .introduced = {4, 0}, .sharedIpad = SchemaMode::Forbidden},
        {.platform = Platform::VisionOS, .introduced = {1, 1}},
        {.platform = Platform::WatchOS, .introduced = {10, 0}},
    };
    return table;
}

Result<MdmCommand> ClearPasscodeCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(target, displayName()); !available)
        return fail(available.error());
    if (!target.hasUnlockToken) {
        return fail(Error::Code::Unsupported,
                    QCoreApplication::translate("Espalier::ClearPasscodeCommand",
                                                "Clear Passcode needs the unlock token this "
                                                "device sends at enrollment; this device never "
                                                "sent one."),
                    u"no UnlockToken on record"_s);
    }
    if (unlockToken.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("Espalier::ClearPasscodeCommand",
                                                "This device's unlock token couldn't be read. "
                                                "Check the keychain, then try again."),
                    u"UnlockToken empty although the enrollment has one"_s);
    }
    return MdmCommand{requestType(), {{u"UnlockToken"_s, unlockToken}}};
}

} // namespace Espalier
