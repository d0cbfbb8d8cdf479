// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/EraseDeviceCommand.h"

#include "core/mdm/commands/FindMyPin.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Espalier {

QString EraseDeviceCommand::requestType()
{
    return u"EraseDevice"_s;
}

QString EraseDeviceCommand::displayName()
{
    return QCoreApplication::translate("Espalier::EraseDeviceCommand", "Erase Device");
}

const SchemaAvailability &EraseDeviceCommand::availability()
{
    // device.erase.yaml
    static const SchemaAvailability table = {
        {.platform = Platform::MacOS, .introduced = {10, 7}},
        {.platform = Platform::IOS, .introduced = {4, 0}},
        {.platform = Platform::TvOS, .introduced = {10, 2}},
        {.platform = Platform::VisionOS, .introduced = {1, 1}},
        {.platform = Platform::WatchOS, .introduced = {10, 0}},
    };
    return table;
}

const SchemaKeys &EraseDeviceCommand::keyAvailability()
{
    static const SchemaKeys keys = {
        {u"PIN"_s, {{.platform = Platform::MacOS, .introduced = {10, 8}}}},
        // watchOS isn't named for this key, so it inherits the command's watchOS 10.
        {u"PreserveDataPlan"_s,
         {{.platform = Platform::IOS, .introduced = {11, 0}},
          {.platform = Platform::WatchOS, .introduced = {10, 0}}}},
        {u"DisallowProximitySetup"_s,
         {{.platform = Platform::IOS, .introduced = {11, 3}, .sharedIpad = SchemaMode::Forbidden}}},
        {u"ObliterationBehavior"_s, {{.platform = Platform::MacOS, .introduced = {12, 0}}}},
    };
    return keys;
}

QString EraseDeviceCommand::obliterationBehaviorName(ObliterationBehavior behavior)
{
    switch (behavior) {
    case ObliterationBehavior::Default:
        return u"Default"_s;
    case ObliterationBehavior::DoNotObliterate:
        return u"DoNotObliterate"_s;
    case ObliterationBehavior::ObliterateWithWarning:
        return u"ObliterateWithWarning"_s;
    case ObliterationBehavior::Always:
        return u"Always"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QList<ObliterationBehavior> EraseDeviceCommand::obliterationBehaviors()
{
    return {ObliterationBehavior::Default,
            ObliterationBehavior::DoNotObliterate,
            ObliterationBehavior::ObliterateWithWarning,
            ObliterationBehavior::Always};
}

Result<MdmCommand> EraseDeviceCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(target, displayName()); !available)
        return fail(available.error());

    QVariantMap fields;
    const SchemaKeys &keys = keyAvailability();

    // Only a Mac takes a PIN (the schema marks it n/a everywhere else), so it is not sent to
    // other devices.
    if (target.platform == Platform::MacOS) {
        const bool required = target.erasePinRequired.value_or(true);
        if (pin.isEmpty()) {
            if (required) {
                return fail(Error::Code::InvalidInput,
                            QCoreApplication::translate("Espalier::EraseDeviceCommand",
                                                        "macOS needs a six-digit PIN to erase "
                                                        "this Mac."),
                            u"PIN missing"_s);
            }
        } else {
            if (Result<void> available = keys.value(u"PIN"_s).checkOption(
                    target,
                    QCoreApplication::translate("Espalier::EraseDeviceCommand", "The Find My PIN"));
                !available)
                return fail(available.error());
            if (!FindMyPin::isValid(pin)) {
                return fail(Error::Code::InvalidInput,
                            QCoreApplication::translate("Espalier::EraseDeviceCommand",
                                                        "The PIN must be exactly six digits."),
                            u"PIN is not six digits"_s);
            }
            fields.insert(u"PIN"_s, pin);
        }
    }

    if (preserveDataPlan) {
        if (Result<void> available = keys.value(u"PreserveDataPlan"_s)
                                         .checkOption(target,
                                                      QCoreApplication::translate(
                                                          "Espalier::EraseDeviceCommand",
                                                          "Preserve Data Plan"));
            !available)
            return fail(available.error());
        fields.insert(u"PreserveDataPlan"_s, true);
    }

    if (obliterationBehavior) {
        if (Result<void> available = keys.value(u"ObliterationBehavior"_s)
                                         .checkOption(
                                             target,
                                             QCoreApplication::translate(
                                                 "Espalier::EraseDeviceCommand",
                                                 "Choosing what happens when Erase All Content and "
                                                 "Settings can't run"));
            !available)
            return fail(available.error());
        fields.insert(u"ObliterationBehavior"_s, obliterationBehaviorName(*obliterationBehavior));
    }

    if (disallowProximitySetup) {
        if (Result<void> available = keys.value(u"DisallowProximitySetup"_s)
                                         .checkOption(target,
                                                      QCoreApplication::translate(
                                                          "Espalier::EraseDeviceCommand",
                                                          "Disallow Proximity Setup"));
            !available)
            return fail(available.error());
        // The schema: "Prior to iOS 14, don't use this option with any other option." An
        // unknown version is treated as old, since the outcome on an old device is undefined.
        const QVersionNumber version = target.version();
        if (!fields.isEmpty() && (version.isNull() || version < QVersionNumber(14))) {
            return fail(
                Error::Code::Unsupported,
                QCoreApplication::translate("Espalier::EraseDeviceCommand",
                                            "Before iOS 14, Disallow Proximity Setup "
                                            "can't be combined with other options. Send "
                                            "it on its own, or update the device first."),
                u"DisallowProximitySetup with other keys on iOS %1"_s.arg(target.osVersion));
        }
        fields.insert(u"DisallowProximitySetup"_s, true);
    }
    return MdmCommand{requestType(), fields};
}

} // namespace Espalier
