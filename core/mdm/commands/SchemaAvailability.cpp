// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/SchemaAvailability.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

enum class Refusal {
    UnknownPlatform,
    Platform,
    TooOld,
    Removed,
    Supervision,
    UserEnrollment,
    NotUserEnrollment,
    SharedIpad,
    NotSharedIpad,
    UserChannel,
    DeviceChannel,
};

struct Finding
{
    Refusal refusal = Refusal::Platform;
    QVersionNumber version; // the introduced or removed version, for TooOld and Removed
};

// The first rule target breaks, in the order that gives the most useful message: no point
// asking for supervision on a platform that lacks the command altogether.
std::optional<Finding> evaluate(const PlatformSupport *support, const CommandTarget &target)
{
    if (target.platform == Platform::Unknown)
        return Finding{Refusal::UnknownPlatform, {}};
    if (!support || support->introduced.isNull())
        return Finding{Refusal::Platform, {}};

    const QVersionNumber version = target.version();
    if (!version.isNull()) {
        const QVersionNumber introduced = support->introduced.normalized();
        if (version < introduced)
            return Finding{Refusal::TooOld, introduced};
        const QVersionNumber removed = support->removed.normalized();
        if (!removed.isNull() && version >= removed)
            return Finding{Refusal::Removed, removed};
    }
    if (support->supervised && !target.supervised)
        return Finding{Refusal::Supervision, {}};

    if (target.userEnrollment && support->userEnrollment == SchemaMode::Forbidden)
        return Finding{Refusal::UserEnrollment, {}};
    if (!target.userEnrollment && support->userEnrollment == SchemaMode::Required)
        return Finding{Refusal::NotUserEnrollment, {}};

    // Only a Mac and a Shared iPad have user channels, and only there do the schema's channel
    // flags apply; every other device takes commands on its device channel alone.
    const bool sharedIpad = target.platform == Platform::IOS && target.sharedIpad;
    if (target.platform == Platform::IOS) {
        if (sharedIpad && support->sharedIpad == SchemaMode::Forbidden)
            return Finding{Refusal::SharedIpad, {}};
        if (!sharedIpad && support->sharedIpad == SchemaMode::Required)
            return Finding{Refusal::NotSharedIpad, {}};
    }
    if (target.platform == Platform::MacOS || sharedIpad) {
        if (target.userChannel && !support->userChannel)
            return Finding{Refusal::UserChannel, {}};
        if (!target.userChannel && !support->deviceChannel)
            return Finding{Refusal::DeviceChannel, {}};
    } else if (target.userChannel) {
        return Finding{Refusal::UserChannel, {}};
    }
    return std::nullopt;
}

QString detailFor(const Finding &finding, const CommandTarget &target)
{
    const QString platform = platformName(target.platform);
    switch (finding.refusal) {
    case Refusal::UnknownPlatform:
        return u"platform unknown"_s;
    case Refusal::Platform:
        return u"n/a on %1"_s.arg(platform);
    case Refusal::TooOld:
        return u"%1 %2 is older than %3"_s.arg(
            platform, target.osVersion, finding.version.toString());
    case Refusal::Removed:
        return u"removed in %1 %2, device runs %3"_s.arg(
            platform, finding.version.toString(), target.osVersion);
    case Refusal::Supervision:
        return u"needs supervision on %1"_s.arg(platform);
    case Refusal::UserEnrollment:
        return u"forbidden with User Enrollment"_s;
    case Refusal::NotUserEnrollment:
        return u"only with User Enrollment"_s;
    case Refusal::SharedIpad:
        return u"forbidden on Shared iPad"_s;
    case Refusal::NotSharedIpad:
        return u"only on Shared iPad"_s;
    case Refusal::UserChannel:
        return u"not on the user channel"_s;
    case Refusal::DeviceChannel:
        return u"not on the device channel"_s;
    }
    return {};
}

QString commandMessage(const Finding &finding, const CommandTarget &target, const QString &name)
{
    const QString platform = platformName(target.platform);
    switch (finding.refusal) {
    case Refusal::UnknownPlatform:
        //: %1 is a command name, such as "Device Lock"
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 can't be sent until Espalier knows which platform "
                                           "this device runs. Refresh its inventory, then try "
                                           "again.")
            .arg(name);
    case Refusal::Platform:
        //: %1 is a command name, %2 an OS name such as "macOS"
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 isn't available on %2.")
            .arg(name, platform);
    case Refusal::TooOld:
        //: %1 is a command name, %2 an OS name, %3 a version such as "10.3"
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 needs %2 %3 or later. Update the device, then try "
                                           "again.")
            .arg(name, platform, finding.version.toString());
    case Refusal::Removed:
        //: %1 is a command name, %2 an OS name, %3 a version such as "16.0"
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 is no longer available from %2 %3 on.")
            .arg(name, platform, finding.version.toString());
    case Refusal::Supervision:
        //: %1 is a command name
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 needs a supervised device. Supervise it with Apple "
                                           "Business Manager or Apple Configurator, then try "
                                           "again.")
            .arg(name);
    case Refusal::UserEnrollment:
        //: %1 is a command name
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 isn't available on a device enrolled with User "
                                           "Enrollment.")
            .arg(name);
    case Refusal::NotUserEnrollment:
        //: %1 is a command name
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 is only available on a device enrolled with User "
                                           "Enrollment.")
            .arg(name);
    case Refusal::SharedIpad:
        //: %1 is a command name
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 isn't available on a Shared iPad.")
            .arg(name);
    case Refusal::NotSharedIpad:
        //: %1 is a command name
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 is only available on a Shared iPad.")
            .arg(name);
    case Refusal::UserChannel:
        //: %1 is a command name
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 can only be sent to the device, not to a user on "
                                           "it. Send it to the device instead.")
            .arg(name);
    case Refusal::DeviceChannel:
        //: %1 is a command name
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 can only be sent to a user on the device. Send it "
                                           "to the user instead.")
            .arg(name);
    }
    return {};
}

QString optionMessage(const Finding &finding, const CommandTarget &target, const QString &name)
{
    const QString platform = platformName(target.platform);
    switch (finding.refusal) {
    case Refusal::UnknownPlatform:
        //: %1 names a command option, such as "The lock screen message"
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 can't be checked until Espalier knows which "
                                           "platform this device runs. Leave it out, or refresh "
                                           "the device's inventory first.")
            .arg(name);
    case Refusal::Platform:
        //: %1 names a command option, %2 is an OS name such as "macOS"
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 isn't available on %2. Leave it out to send the "
                                           "command.")
            .arg(name, platform);
    case Refusal::TooOld:
        //: %1 names a command option, %2 is an OS name, %3 a version such as "11.5"
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 needs %2 %3 or later. Leave it out, or update the "
                                           "device first.")
            .arg(name, platform, finding.version.toString());
    case Refusal::Removed:
        //: %1 names a command option, %2 is an OS name, %3 a version such as "16.0"
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 is no longer available from %2 %3 on. Leave it out "
                                           "to send the command.")
            .arg(name, platform, finding.version.toString());
    case Refusal::Supervision:
        //: %1 names a command option
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 needs a supervised device. Leave it out to send "
                                           "the command.")
            .arg(name);
    case Refusal::UserEnrollment:
        //: %1 names a command option
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 isn't available with User Enrollment. Leave it out "
                                           "to send the command.")
            .arg(name);
    case Refusal::NotUserEnrollment:
        //: %1 names a command option
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 is only available with User Enrollment. Leave it "
                                           "out to send the command.")
            .arg(name);
    case Refusal::SharedIpad:
        //: %1 names a command option
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 isn't available on a Shared iPad. Leave it out to "
                                           "send the command.")
            .arg(name);
    case Refusal::NotSharedIpad:
        //: %1 names a command option
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 is only available on a Shared iPad. Leave it out "
                                           "to send the command.")
            .arg(name);
    case Refusal::UserChannel:
        //: %1 names a command option
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 can only be sent to the device, not to a user on "
                                           "it. Leave it out, or send the command to the device.")
            .arg(name);
    case Refusal::DeviceChannel:
        //: %1 names a command option
        return QCoreApplication::translate("Espalier::SchemaAvailability",
                                           "%1 can only be sent to a user on the device. Leave it "
                                           "out, or send the command to the user.")
            .arg(name);
    }
    return {};
}

} // namespace

SchemaAvailability::SchemaAvailability(std::initializer_list<PlatformSupport> platforms)
    : m_platforms(platforms)
{
    // One entry per platform: a second one would never be consulted.
    for (qsizetype i = 0; i < m_platforms.size(); ++i) {
        for (qsizetype j = i + 1; j < m_platforms.size(); ++j)
            Q_ASSERT(m_platforms.at(i).platform != m_platforms.at(j).platform);
    }
}

const PlatformSupport *SchemaAvailability::support(Platform platform) const
{
    for (const PlatformSupport &entry : m_platforms) {
        if (entry.platform == platform)
            return entry.introduced.isNull() ? nullptr : &entry;
    }
    return nullptr;
}

bool SchemaAvailability::isAvailable(const CommandTarget &target) const
{
    return !evaluate(support(target.platform), target).has_value();
}

bool SchemaAvailability::isIgnored(const CommandTarget &target) const
{
    const PlatformSupport *entry = support(target.platform);
    if (!entry)
        return false;
    if (target.userEnrollment && entry->userEnrollment == SchemaMode::Ignored)
        return true;
    return target.platform == Platform::IOS && target.sharedIpad
           && entry->sharedIpad == SchemaMode::Ignored;
}

Result<void> SchemaAvailability::checkCommand(const CommandTarget &target,
                                              const QString &commandName) const
{
    const std::optional<Finding> finding = evaluate(support(target.platform), target);
    if (!finding)
        return {};
    return fail(Error::Code::Unsupported,
                commandMessage(*finding, target, commandName),
                detailFor(*finding, target));
}

Result<void> SchemaAvailability::checkCommand(const CommandTarget &target,
                                              const QString &commandName,
                                              const QString &audienceMessage) const
{
    const std::optional<Finding> finding = evaluate(support(target.platform), target);
    if (!finding)
        return {};
    const bool audience = finding->refusal == Refusal::Platform
                          || finding->refusal == Refusal::Supervision;
    return fail(Error::Code::Unsupported,
                audience ? audienceMessage : commandMessage(*finding, target, commandName),
                detailFor(*finding, target));
}

Result<void> SchemaAvailability::checkOption(const CommandTarget &target,
                                             const QString &optionName) const
{
    const std::optional<Finding> finding = evaluate(support(target.platform), target);
    if (!finding)
        return {};
    return fail(Error::Code::Unsupported,
                optionMessage(*finding, target, optionName),
                detailFor(*finding, target));
}

} // namespace Espalier
