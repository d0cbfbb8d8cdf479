// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceActionPlanner.h"

#include "core/crypto/Random.h"
#include "core/mdm/commands/CertificateListCommand.h"
#include "core/mdm/commands/ClearPasscodeCommand.h"
#include "core/mdm/commands/DeviceInformationCommand.h"
#include "core/mdm/commands/DeviceLocationCommand.h"
#include "core/mdm/commands/DeviceLockCommand.h"
#include "core/mdm/commands/DisableLostModeCommand.h"
#include "core/mdm/commands/EnableLostModeCommand.h"
#include "core/mdm/commands/EraseDeviceCommand.h"
#include "core/mdm/commands/FindMyPin.h"
#include "core/mdm/commands/InstalledApplicationListCommand.h"
#include "core/mdm/commands/PlayLostModeSoundCommand.h"
#include "core/mdm/commands/ProfileListCommand.h"
#include "core/mdm/commands/RestartDeviceCommand.h"
#include "core/mdm/commands/SecurityInfoCommand.h"
#include "core/mdm/commands/ShutDownDeviceCommand.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr quint32 PinRange = 1000000;
// The largest multiple of PinRange that fits in 32 bits: draws at or above it are thrown away,
// so every PIN is equally likely.
constexpr quint32 PinDrawLimit = (0xFFFFFFFFU / PinRange) * PinRange;

// Every device of the action must be enrolled: a command for a checked-out channel is refused
// by the queue anyway, but the confirmation should say so first.
std::optional<QString> notEnrolled(const DeviceActionTarget &target)
{
    if (target.summary.enrollmentId.isEmpty() || target.summary.checkedOutAt.isValid())
        return DeviceActionPlanner::tr("This device is no longer enrolled.");
    return std::nullopt;
}

Result<MdmCommand> buildOne(DeviceAction action,
                            const DeviceActionOptions &options,
                            const CommandTarget &target,
                            const QString &pin)
{
    switch (action) {
    case DeviceAction::Lock:
        return DeviceLockCommand{options.message, options.phoneNumber, pin}.build(target);
    case DeviceAction::Wipe: {
        EraseDeviceCommand erase;
        erase.pin = pin;
        if (target.platform == Platform::IOS) {
            erase.preserveDataPlan = options.preserveDataPlan;
            erase.disallowProximitySetup = options.disallowProximitySetup;
        }
        return erase.build(target);
    }
    case DeviceAction::EnableLostMode:
        return EnableLostModeCommand{options.message, options.phoneNumber, options.footnote}.build(
            target);
    case DeviceAction::PlayLostModeSound:
        return PlayLostModeSoundCommand{}.build(target);
    case DeviceAction::Locate:
        return DeviceLocationCommand{}.build(target);
    case DeviceAction::DisableLostMode:
        return DisableLostModeCommand{}.build(target);
    case DeviceAction::Restart:
        return RestartDeviceCommand{}.build(target);
    case DeviceAction::ShutDown:
        return ShutDownDeviceCommand{}.build(target);
    case DeviceAction::ClearPasscode: {
        if (Result<void> available = ClearPasscodeCommand::availability().checkCommand(
                target, ClearPasscodeCommand::displayName());
            !available)
            return fail(available.error());
        // The builder's own check, without the token: the engine adds the escrowed token when
        // it queues the command, so the console never holds it.
        Result<MdmCommand> probe = ClearPasscodeCommand{QByteArrayLiteral("probe")}.build(target);
        if (!probe)
            return fail(probe.error());
        return MdmCommand{ClearPasscodeCommand::requestType(), {}};
    }
    case DeviceAction::RefreshInventory:
        break;
    }
    return fail(Error::Code::InvalidInput,
                DeviceActionPlanner::tr("This action has no single command."),
                u"buildOne for refresh"_s);
}

} // namespace

Result<QString> DeviceActionPlanner::generatePin()
{
    for (int attempt = 0; attempt < 64; ++attempt) {
        Result<QByteArray> bytes = Random::bytes(4);
        if (!bytes)
            return fail(bytes.error());
        const quint32 draw = qFromBigEndian<quint32>(bytes->constData());
        if (draw >= PinDrawLimit)
            continue;
        const QString pin
            = QString::number(draw % PinRange).rightJustified(FindMyPin::length, u'0');
        Q_ASSERT(FindMyPin::isValid(pin));
        return pin;
    }
    // 64 rejections in a row happen with a probability of about 10^-180: the source is broken.
    return fail(Error::Code::Crypto,
                tr("No PIN could be generated. Try again."),
                u"random draws kept falling outside the PIN range"_s);
}

QList<PlannedAction> DeviceActionPlanner::plan(DeviceAction action,
                                               const DeviceActionOptions &options,
                                               const QList<DeviceActionTarget> &targets)
{
    QList<PlannedAction> planned;
    planned.reserve(targets.size());
    for (const DeviceActionTarget &target : targets)
        planned.append(planOne(action, options, target));
    return planned;
}

PlannedAction DeviceActionPlanner::planOne(DeviceAction action,
                                           const DeviceActionOptions &options,
                                           const DeviceActionTarget &device)
{
    PlannedAction planned;
    planned.device = device;
    if (const std::optional<QString> reason = notEnrolled(device)) {
        planned.problem = Error{Error::Code::Conflict, *reason, u"not enrolled"_s};
        return planned;
    }
    const CommandTarget &target = device.target;

    if (action == DeviceAction::RefreshInventory) {
        // What the initial inventory asks, limited to what this device answers.
        const QList<Result<MdmCommand>> built{DeviceInformationCommand{}.build(target),
                                              SecurityInfoCommand{}.build(target),
                                              InstalledApplicationListCommand{}.build(target),
                                              ProfileListCommand{}.build(target),
                                              CertificateListCommand{}.build(target)};
        for (const Result<MdmCommand> &command : built) {
            if (command)
                planned.commands.append(*command);
            else if (!planned.problem)
                planned.problem = command.error();
        }
        // Some lists don't exist on every device; only a device that answers none is a problem.
        if (!planned.commands.isEmpty())
            planned.problem.reset();
        return planned;
    }

    DeviceActionOptions adjusted = options;
    const bool mac = target.platform == Platform::MacOS;
    if (mac && (action == DeviceAction::Lock || action == DeviceAction::Wipe)) {
        Result<QString> pin = generatePin();
        if (!pin) {
            planned.problem = pin.error();
            return planned;
        }
        planned.pin = *pin;
    }
    // Only Macs with Apple silicon show a phone number on the lock screen; the others still lock,
    // with the message alone.
    if (mac && action == DeviceAction::Lock && !options.phoneNumber.trimmed().isEmpty()
        && target.appleSilicon != true) {
        adjusted.phoneNumber.clear();
        planned.note = tr("This Mac can't show a phone number on its lock screen; it shows the "
                          "message only.");
    }
    Result<MdmCommand> command = buildOne(action, adjusted, target, planned.pin);
    if (!command) {
        planned.problem = command.error();
        planned.pin.clear();
        return planned;
    }
    planned.commands.append(*command);
    return planned;
}

std::optional<QString> DeviceActionPlanner::unavailableReason(DeviceAction action,
                                                              const DeviceActionTarget &target)
{
    if (std::optional<QString> reason = notEnrolled(target))
        return reason;
    if (action == DeviceAction::RefreshInventory) {
        PlannedAction planned = planOne(action, {}, target);
        if (planned.problem)
            return planned.problem->message;
        return std::nullopt;
    }
    DeviceActionOptions options;
    // Enough for the builders that insist on a text; a stand-in PIN spares the random source.
    options.message = tr("Locked by your organization");
    const QString pin = target.target.platform == Platform::MacOS ? u"000000"_s : QString();
    Result<MdmCommand> built = buildOne(action, options, target.target, pin);
    if (!built)
        return built.error().message;
    return std::nullopt;
}

QString DeviceActionPlanner::actionName(DeviceAction action)
{
    switch (action) {
    case DeviceAction::RefreshInventory:
        return tr("Refresh Inventory");
    case DeviceAction::Lock:
        return tr("Lock");
    case DeviceAction::Wipe:
        return tr("Wipe");
    case DeviceAction::EnableLostMode:
        return tr("Enable Lost Mode");
    case DeviceAction::PlayLostModeSound:
        return tr("Play Sound");
    case DeviceAction::Locate:
        return tr("Locate");
    case DeviceAction::DisableLostMode:
        return tr("Disable Lost Mode");
    case DeviceAction::Restart:
        return tr("Restart");
    case DeviceAction::ShutDown:
        return tr("Shut Down");
    case DeviceAction::ClearPasscode:
        return tr("Clear Passcode");
    }
    return {};
}

QString DeviceActionPlanner::actionKey(DeviceAction action)
{
    switch (action) {
    case DeviceAction::RefreshInventory:
        return u"refresh-inventory"_s;
    case DeviceAction::Lock:
        return u"lock"_s;
    case DeviceAction::Wipe:
        return u"wipe"_s;
    case DeviceAction::EnableLostMode:
        return u"enable-lost-mode"_s;
    case DeviceAction::PlayLostModeSound:
        return u"play-lost-mode-sound"_s;
    case DeviceAction::Locate:
        return u"locate"_s;
    case DeviceAction::DisableLostMode:
        return u"disable-lost-mode"_s;
    case DeviceAction::Restart:
        return u"restart"_s;
    case DeviceAction::ShutDown:
        return u"shut-down"_s;
    case DeviceAction::ClearPasscode:
        return u"clear-passcode"_s;
    }
    return {};
}

} // namespace Espalier
