// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/devices/DeviceActionTarget.h"
#include "core/mdm/MdmCommand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Espalier {

// The one-button helpdesk actions.
enum class DeviceAction {
    RefreshInventory,
    Lock,
    Wipe,
    EnableLostMode,
    PlayLostModeSound,
    Locate,
    DisableLostMode,
    Restart,
    ShutDown,
    ClearPasscode,
};

// What the admin filled in for an action; each action reads only its own fields.
struct DeviceActionOptions
{
    QString message{};                   // Lock, Lost Mode
    QString phoneNumber{};               // Lock, Lost Mode
    QString footnote{};                  // Lost Mode
    bool preserveDataPlan = false;       // Wipe, iPhone and iPad
    bool disallowProximitySetup = false; // Wipe, iPhone and iPad
};

// The commands one device gets for an action.
struct PlannedAction
{
    DeviceActionTarget device;
    QList<MdmCommand> commands; // in queue order; Refresh Inventory has several
    // The Find My PIN a Mac gets with Lock or Wipe; the admin sees it and the sealed command
    // keeps it (the lock PIN history).
    QString pin{};
    // What was left out for this device, translated ("this Mac can't show a phone number").
    QString note{};
    // Why the action cannot go to this device; its commands are then empty.
    std::optional<Error> problem{};
};

// Turns an action and its options into typed, validated commands per device, with the same
// builders the admin API uses, and generates each Mac's PIN. Stateless; any thread.
class DeviceActionPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::DeviceActionPlanner)

public:
    [[nodiscard]] static QList<PlannedAction> plan(DeviceAction action,
                                                   const DeviceActionOptions &options,
                                                   const QList<DeviceActionTarget> &targets);

    // Why the action cannot go to the device at all, as a sentence for a tooltip; nothing when
    // it can (its options may still be refused when planned).
    [[nodiscard]] static std::optional<QString> unavailableReason(DeviceAction action,
                                                                  const DeviceActionTarget &target);

    // A six-digit Find My PIN from OpenSSL's DRBG, without modulo bias.
    [[nodiscard]] static Result<QString> generatePin();

    // Translated, for buttons and confirmations ("Lock", "Clear Passcode").
    [[nodiscard]] static QString actionName(DeviceAction action);
    // Stable, for the audit trail and logs ("lock", "clear-passcode").
    [[nodiscard]] static QString actionKey(DeviceAction action);

private:
    [[nodiscard]] static PlannedAction planOne(DeviceAction action,
                                               const DeviceActionOptions &options,
                                               const DeviceActionTarget &target);
};

} // namespace Espalier
