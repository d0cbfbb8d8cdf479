// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/DeviceLockCommand.h"

#include "core/mdm/commands/CommandText.h"
#include "core/mdm/commands/FindMyPin.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// Apple: DeviceLock sent to a Mac with Apple silicon before macOS 11.5 deactivates the Mac
// instead of locking it, and only a local administrator with a Secure Token can reactivate it.
// IsAppleSilicon exists only from macOS 12, so on 11.0 to 11.4 the chip is usually unknown and
// an unknown chip is treated as Apple silicon: refusing an Intel Mac is the cheaper mistake.
Result<void> checkNotDeactivating(const CommandTarget &target)
{
    if (target.platform != Platform::MacOS || target.appleSilicon == false)
        return {};
    const QVersionNumber fixedIn(11, 5);
    const QVersionNumber version = target.version();
    const bool knownAppleSilicon = target.appleSilicon == true;
    if (version.isNull()) {
        if (!knownAppleSilicon)
            return {}; // an unknown chip on an unknown version: most likely a recent Mac
        return fail(Error::Code::Unsupported,
                    QCoreApplication::translate("Espalier::DeviceLockCommand",
                                                "Locking a Mac with Apple silicon before macOS "
                                                "11.5 deactivates it, and Espalier doesn't know "
                                                "which macOS this Mac runs. Refresh its "
                                                "inventory, then try again."),
                    u"Apple silicon, macOS version unknown"_s);
    }
    if (version >= fixedIn)
        return {};
    if (knownAppleSilicon) {
        return fail(Error::Code::Unsupported,
                    QCoreApplication::translate("Espalier::DeviceLockCommand",
                                                "Locking this Mac would deactivate it: Macs with "
                                                "Apple silicon are deactivated instead of locked "
                                                "before macOS 11.5. Update it to macOS 11.5 or "
                                                "later first."),
                    u"Apple silicon on macOS %1"_s.arg(target.osVersion));
    }
    if (version >= QVersionNumber(11)) {
        return fail(Error::Code::Unsupported,
                    QCoreApplication::translate("Espalier::DeviceLockCommand",
                                                "Locking this Mac could deactivate it: Macs with "
                                                "Apple silicon are deactivated instead of locked "
                                                "before macOS 11.5, and this Mac hasn't reported "
                                                "its chip. Update it to macOS 11.5 or later "
                                                "first."),
                    u"unknown chip on macOS %1"_s.arg(target.osVersion));
    }
    return {}; // before macOS 11 every Mac is an Intel Mac
}

} // namespace

QString DeviceLockCommand::requestType()
{
    return u"DeviceLock"_s;
}

QString DeviceLockCommand::displayName()
{
    return QCoreApplication::translate("Espalier::DeviceLockCommand", "Device Lock");
}

const SchemaAvailability &DeviceLockCommand::availability()
{
    // device.lock.yaml
    static const SchemaAvailability table = {
        {.platform = Platform::MacOS, .introduced = {10, 7}},
        {.platform = Platform::IOS, .introduced = {4, 0}, .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::VisionOS,
         .introduced = {2, 0},
         .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::WatchOS, .introduced = {10, 0}},
    };
    return table;
}

const SchemaKeys &DeviceLockCommand::keyAvailability()
{
    static const SchemaKeys keys = {
        {u"Message"_s,
         {{.platform = Platform::MacOS, .introduced = {10, 14}},
          {.platform = Platform::IOS,
           .introduced = {7, 0},
           .userEnrollment = SchemaMode::Allowed,
           .sharedIpad = SchemaMode::Ignored},
          {.platform = Platform::WatchOS, .introduced = {10, 0}}}},
        {u"PhoneNumber"_s,
         {{.platform = Platform::MacOS, .introduced = {11, 5}},
          {.platform = Platform::IOS,
           .introduced = {7, 0},
           .userEnrollment = SchemaMode::Allowed,
           .sharedIpad = SchemaMode::Ignored},
          {.platform = Platform::WatchOS, .introduced = {10, 0}}}},
        {u"PIN"_s, {{.platform = Platform::MacOS, .introduced = {10, 8}}}},
    };
    return keys;
}

Result<MdmCommand> DeviceLockCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(target, displayName()); !available)
        return fail(available.error());
    if (Result<void> safe = checkNotDeactivating(target); !safe)
        return fail(safe.error());

    QVariantMap fields;
    const SchemaKeys &keys = keyAvailability();

    // A Shared iPad ignores both texts (the schema's "ignored"), so they are left out rather
    // than sent in vain.
    const SchemaAvailability messageKey = keys.value(u"Message"_s);
    if (!message.trimmed().isEmpty() && !messageKey.isIgnored(target)) {
        const QString field = QCoreApplication::translate("Espalier::DeviceLockCommand",
                                                          "The lock screen message");
        if (Result<void> available = messageKey.checkOption(target, field); !available)
            return fail(available.error());
        if (Result<void> text = CommandText::checkPlainText(
                message, field, CommandText::Lines::Multiple);
            !text)
            return fail(text.error());
        fields.insert(u"Message"_s, message);
    }

    const SchemaAvailability phoneKey = keys.value(u"PhoneNumber"_s);
    if (!phoneNumber.trimmed().isEmpty() && !phoneKey.isIgnored(target)) {
        const QString field = QCoreApplication::translate("Espalier::DeviceLockCommand",
                                                          "The lock screen phone number");
        if (Result<void> available = phoneKey.checkOption(target, field); !available)
            return fail(available.error());
        if (Result<void> text = CommandText::checkPlainText(phoneNumber, field); !text)
            return fail(text.error());
        // The schema's version says 11.5; its text adds that only Apple silicon shows it.
        if (target.platform == Platform::MacOS && target.appleSilicon != true) {
            return fail(Error::Code::Unsupported,
                        QCoreApplication::translate("Espalier::DeviceLockCommand",
                                                    "Only Macs with Apple silicon show a phone "
                                                    "number on the lock screen. Leave the phone "
                                                    "number empty."),
                        u"PhoneNumber on a Mac not known to have Apple silicon"_s);
        }
        fields.insert(u"PhoneNumber"_s, phoneNumber);
    }

    // iOS, visionOS and watchOS take no PIN (the schema marks it n/a there): it is not sent.
    if (target.platform == Platform::MacOS) {
        const bool required = target.lockPinRequired.value_or(true);
        if (pin.isEmpty()) {
            if (required) {
                return fail(Error::Code::InvalidInput,
                            QCoreApplication::translate("Espalier::DeviceLockCommand",
                                                        "macOS needs a six-digit PIN to lock "
                                                        "this Mac."),
                            u"PIN missing"_s);
            }
        } else {
            if (Result<void> available = keys.value(u"PIN"_s).checkOption(
                    target,
                    QCoreApplication::translate("Espalier::DeviceLockCommand", "The Find My PIN"));
                !available)
                return fail(available.error());
            if (!FindMyPin::isValid(pin)) {
                return fail(Error::Code::InvalidInput,
                            QCoreApplication::translate("Espalier::DeviceLockCommand",
                                                        "The PIN must be exactly six digits."),
                            u"PIN is not six digits"_s);
            }
            fields.insert(u"PIN"_s, pin);
        }
    }
    return MdmCommand{requestType(), fields};
}

} // namespace Espalier
