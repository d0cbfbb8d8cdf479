// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/RestartDeviceCommand.h"

#include "core/mdm/commands/CommandText.h"

#include <QCoreApplication>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace Espalier {

QString RestartDeviceCommand::requestType()
{
    return u"RestartDevice"_s;
}

QString RestartDeviceCommand::displayName()
{
    return QCoreApplication::translate("Espalier::RestartDeviceCommand", "Restart Device");
}

const SchemaAvailability &RestartDeviceCommand::availability()
{
    // device.restart.yaml
    static const SchemaAvailability table = {
        {.platform = Platform::MacOS, .introduced = {10, 13}},
        {.platform = Platform::IOS, .introduced = {10, 3}, .supervised = true},
        {.platform = Platform::TvOS, .introduced = {10, 2}, .supervised = true},
    };
    return table;
}

const SchemaKeys &RestartDeviceCommand::keyAvailability()
{
    // NotifyUser's text says macOS 11.3, its supportedOS 11.4; the stricter one wins.
    static const SchemaKeys keys = {
        {u"NotifyUser"_s, {{.platform = Platform::MacOS, .introduced = {11, 4}}}},
        {u"RebuildKernelCache"_s, {{.platform = Platform::MacOS, .introduced = {11, 0}}}},
        {u"KextPaths"_s, {{.platform = Platform::MacOS, .introduced = {11, 0}}}},
    };
    return keys;
}

Result<MdmCommand> RestartDeviceCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(target, displayName()); !available)
        return fail(available.error());

    QVariantMap fields;
    const SchemaKeys &keys = keyAvailability();

    if (notifyUser) {
        if (Result<void> available = keys.value(u"NotifyUser"_s)
                                         .checkOption(target,
                                                      QCoreApplication::translate(
                                                          "Espalier::RestartDeviceCommand",
                                                          "Asking the user to restart"));
            !available)
            return fail(available.error());
        fields.insert(u"NotifyUser"_s, true);
    }

    if (rebuildKernelCache) {
        if (Result<void> available = keys.value(u"RebuildKernelCache"_s)
                                         .checkOption(target,
                                                      QCoreApplication::translate(
                                                          "Espalier::RestartDeviceCommand",
                                                          "Rebuilding the kernel cache"));
            !available)
            return fail(available.error());
        fields.insert(u"RebuildKernelCache"_s, true);
    }

    if (!kextPaths.isEmpty()) {
        // The device reads KextPaths only while it rebuilds the cache; without that they would
        // be dropped without a word.
        if (!rebuildKernelCache) {
            return fail(Error::Code::InvalidInput,
                        QCoreApplication::translate("Espalier::RestartDeviceCommand",
                                                    "Kext paths apply only when the kernel cache "
                                                    "is rebuilt. Turn on rebuilding the kernel "
                                                    "cache, or remove the paths."),
                        u"KextPaths without RebuildKernelCache"_s);
        }
        if (Result<void> available = keys.value(u"KextPaths"_s)
                                         .checkOption(
                                             target,
                                             QCoreApplication::translate(
                                                 "Espalier::RestartDeviceCommand", "Kext paths"));
            !available)
            return fail(available.error());
        QVariantList paths;
        for (const QString &path : kextPaths) {
            if (Result<void> text = CommandText::checkPlainText(
                    path,
                    QCoreApplication::translate("Espalier::RestartDeviceCommand", "A kext path"));
                !text)
                return fail(text.error());
            if (!path.startsWith(u'/')) {
                return fail(Error::Code::InvalidInput,
                            QCoreApplication::translate("Espalier::RestartDeviceCommand",
                                                        "The kext path “%1” isn't absolute. "
                                                        "Give the full path, starting with /.")
                                .arg(path),
                            u"relative kext path"_s);
            }
            if (!paths.contains(path))
                paths.append(path);
        }
        fields.insert(u"KextPaths"_s, paths);
    }
    return MdmCommand{requestType(), fields};
}

} // namespace Espalier
