// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/InstalledApplicationListCommand.h"

#include "core/mdm/commands/CommandText.h"

#include <QCoreApplication>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace Espalier {

QString InstalledApplicationListCommand::requestType()
{
    return u"InstalledApplicationList"_s;
}

QString InstalledApplicationListCommand::displayName()
{
    return QCoreApplication::translate("Espalier::InstalledApplicationListCommand",
                                       "Installed Application List");
}

const SchemaAvailability &InstalledApplicationListCommand::availability()
{
    // application.installed.list.yaml
    static const SchemaAvailability table = {
        {.platform = Platform::MacOS, .introduced = {10, 7}, .userChannel = true},
        {.platform = Platform::IOS, .introduced = {5, 0}, .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::TvOS, .introduced = {10, 2}},
        {.platform = Platform::VisionOS,
         .introduced = {1, 1},
         .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::WatchOS, .introduced = {10, 0}},
    };
    return table;
}

const SchemaKeys &InstalledApplicationListCommand::keyAvailability()
{
    // Platforms a key doesn't name inherit the command's entry.
    static const SchemaKeys keys = {
        {u"Identifiers"_s,
         {{.platform = Platform::MacOS, .introduced = {10, 15}, .userChannel = true},
          {.platform = Platform::IOS, .introduced = {7, 0}, .userEnrollment = SchemaMode::Allowed},
          {.platform = Platform::TvOS, .introduced = {10, 2}},
          {.platform = Platform::VisionOS,
           .introduced = {1, 1},
           .userEnrollment = SchemaMode::Allowed},
          {.platform = Platform::WatchOS, .introduced = {10, 0}}}},
        {u"ManagedAppsOnly"_s,
         {{.platform = Platform::MacOS, .introduced = {10, 15}, .userChannel = true},
          {.platform = Platform::IOS, .introduced = {7, 0}, .userEnrollment = SchemaMode::Allowed},
          {.platform = Platform::TvOS, .introduced = {10, 2}},
          {.platform = Platform::VisionOS,
           .introduced = {1, 1},
           .userEnrollment = SchemaMode::Allowed},
          {.platform = Platform::WatchOS, .introduced = {10, 0}}}},
        {u"Items"_s,
         {{.platform = Platform::IOS, .introduced = {14, 0}, .userEnrollment = SchemaMode::Allowed},
          {.platform = Platform::TvOS, .introduced = {14, 0}},
          {.platform = Platform::VisionOS,
           .introduced = {1, 1},
           .userEnrollment = SchemaMode::Allowed},
          {.platform = Platform::WatchOS, .introduced = {10, 0}}}},
    };
    return keys;
}

const QStringList &InstalledApplicationListCommand::knownItems()
{
    static const QStringList items = {
        u"AdHocCodeSigned"_s,
        u"AppStoreVendable"_s,
        u"BetaApp"_s,
        u"BundleSize"_s,
        u"DeviceBasedVPP"_s,
        u"DistributorIdentifier"_s,
        u"DynamicSize"_s,
        u"ExternalVersionIdentifier"_s,
        u"HasUpdateAvailable"_s,
        u"Identifier"_s,
        u"Installing"_s,
        u"IsAppClip"_s,
        u"IsValidated"_s,
        u"Name"_s,
        u"ShortVersion"_s,
        u"Version"_s,
    };
    return items;
}

Result<MdmCommand> InstalledApplicationListCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(target, displayName()); !available)
        return fail(available.error());

    QVariantMap fields;
    const SchemaKeys &keys = keyAvailability();

    if (!identifiers.isEmpty()) {
        if (Result<void> available = keys.value(u"Identifiers"_s)
                                         .checkOption(
                                             target,
                                             QCoreApplication::translate(
                                                 "Espalier::InstalledApplicationListCommand",
                                                 "Asking for particular apps"));
            !available)
            return fail(available.error());
        QVariantList list;
        for (const QString &identifier : identifiers) {
            if (identifier.trimmed().isEmpty() || identifier.trimmed() != identifier) {
                return fail(Error::Code::InvalidInput,
                            QCoreApplication::translate("Espalier::InstalledApplicationListCommand",
                                                        "App identifiers can't be empty or have "
                                                        "spaces around them."),
                            u"empty or padded identifier"_s);
            }
            if (Result<void> text = CommandText::checkPlainText(
                    identifier,
                    QCoreApplication::translate("Espalier::InstalledApplicationListCommand",
                                                "An app identifier"));
                !text)
                return fail(text.error());
            if (!list.contains(identifier))
                list.append(identifier);
        }
        fields.insert(u"Identifiers"_s, list);
    }

    if (managedAppsOnly) {
        if (Result<void> available = keys.value(u"ManagedAppsOnly"_s)
                                         .checkOption(
                                             target,
                                             QCoreApplication::translate(
                                                 "Espalier::InstalledApplicationListCommand",
                                                 "Listing only managed apps"));
            !available)
            return fail(available.error());
        fields.insert(u"ManagedAppsOnly"_s, true);
    }

    if (!items.isEmpty()) {
        if (Result<void> available = keys.value(u"Items"_s)
                                         .checkOption(
                                             target,
                                             QCoreApplication::translate(
                                                 "Espalier::InstalledApplicationListCommand",
                                                 "Choosing which app details to report"));
            !available)
            return fail(available.error());
        QVariantList list;
        for (const QString &item : items) {
            if (!knownItems().contains(item)) {
                return fail(Error::Code::InvalidInput,
                            QCoreApplication::translate("Espalier::InstalledApplicationListCommand",
                                                        "“%1” isn't an app detail a device can "
                                                        "report.")
                                .arg(item),
                            u"unknown Items value"_s);
            }
            if (!list.contains(item))
                list.append(item);
        }
        fields.insert(u"Items"_s, list);
    }
    return MdmCommand{requestType(), fields};
}

} // namespace Espalier
