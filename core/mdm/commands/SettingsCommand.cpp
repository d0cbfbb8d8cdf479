// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/SettingsCommand.h"

#include "core/mdm/commands/CommandText.h"

#include <QCoreApplication>
#include <QVariantList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

bool isHostNameLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    return std::all_of(label.begin(), label.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
               || c == u'-';
    });
}

} // namespace

QString SettingsCommand::requestType()
{
    return u"Settings"_s;
}

QString SettingsCommand::displayName()
{
    return QCoreApplication::translate("Espalier::SettingsCommand", "Settings");
}

const SchemaAvailability &SettingsCommand::availability()
{
    // settings.yaml
    static const SchemaAvailability table = {
        {.platform = Platform::MacOS,
         .introduced = {10, 9},
         .userChannel = true,
         .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::IOS,
         .introduced = {5, 0},
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

const SchemaKeys &SettingsCommand::keyAvailability()
{
    // DeviceName doesn't name tvOS, which inherits the command's entry; on a Shared iPad it may
    // go to the device channel only.
    static const SchemaKeys keys = {
        {u"Settings.DeviceName"_s,
         {{.platform = Platform::MacOS, .introduced = {10, 10}, .userChannel = true},
          {.platform = Platform::IOS, .introduced = {5, 0}, .supervised = true},
          {.platform = Platform::TvOS, .introduced = {9, 0}},
          {.platform = Platform::VisionOS, .introduced = {2, 0}, .supervised = true}}},
        {u"Settings.HostName"_s,
         {{.platform = Platform::MacOS, .introduced = {10, 11}, .userChannel = true}}},
    };
    return keys;
}

bool SettingsCommand::isValidHostName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QList<QStringView> labels = QStringView(name).split(u'.');
    return std::all_of(labels.cbegin(), labels.cend(), isHostNameLabel);
}

Result<MdmCommand> SettingsCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(target, displayName()); !available)
        return fail(available.error());
    if (deviceName.isEmpty() && hostName.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("Espalier::SettingsCommand",
                                                "Choose at least one setting to change."),
                    u"no Settings items"_s);
    }

    const SchemaKeys &keys = keyAvailability();
    QVariantList settings;

    if (!deviceName.isEmpty()) {
        if (Result<void> available = keys.value(u"Settings.DeviceName"_s)
                                         .checkOption(target,
                                                      QCoreApplication::translate(
                                                          "Espalier::SettingsCommand",
                                                          "Renaming the device"));
            !available)
            return fail(available.error());
        if (deviceName.trimmed().isEmpty()) {
            return fail(Error::Code::InvalidInput,
                        QCoreApplication::translate("Espalier::SettingsCommand",
                                                    "The device name can't be blank."),
                        u"blank DeviceName"_s);
        }
        if (Result<void> text = CommandText::checkPlainText(
                deviceName,
                QCoreApplication::translate("Espalier::SettingsCommand", "The device name"));
            !text)
            return fail(text.error());
        settings.append(QVariantMap{{u"Item"_s, u"DeviceName"_s}, {u"DeviceName"_s, deviceName}});
    }

    if (!hostName.isEmpty()) {
        if (Result<void> available = keys.value(u"Settings.HostName"_s)
                                         .checkOption(target,
                                                      QCoreApplication::translate(
                                                          "Espalier::SettingsCommand",
                                                          "Setting the host name"));
            !available)
            return fail(available.error());
        if (!isValidHostName(hostName)) {
            return fail(Error::Code::InvalidInput,
                        QCoreApplication::translate("Espalier::SettingsCommand",
                                                    "“%1” isn't a valid host name. Use letters, "
                                                    "digits and hyphens, with dots between the "
                                                    "parts.")
                            .arg(hostName),
                        u"invalid HostName"_s);
        }
        settings.append(QVariantMap{{u"Item"_s, u"HostName"_s}, {u"HostName"_s, hostName}});
    }
    return MdmCommand{requestType(), {{u"Settings"_s, settings}}};
}

} // namespace Espalier
