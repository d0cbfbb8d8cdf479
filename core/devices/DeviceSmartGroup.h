// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/DeviceSummary.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Espalier {

// A saved search over the device list ("smart group"): a name and one rule, such as "macOS older
// than 14.5", "not seen for 7 days" or "FileVault off". Plain value; DeviceSmartGroupStore keeps
// the admin's groups, DeviceFilterProxyModel applies one.
struct DeviceSmartGroup
{
    enum class Rule {
        OsOlderThan,    // platform (empty: any) and version
        NotSeenForDays, // days; a device never seen counts too
        FileVaultOff,   // Macs that report FileVault off
    };

    QString id;   // stable key, kept in the settings
    QString name; // the admin's words
    Rule rule = Rule::NotSeenForDays;
    QString platform{}; // OsOlderThan: "macOS", "iOS", ...; empty for every platform
    QString version{};  // OsOlderThan: "14.5"
    int days = 7;       // NotSeenForDays

    [[nodiscard]] bool matches(const DeviceSummary &device, const QDateTime &now) const;

    // What the rule checks, translated ("macOS older than 14.5").
    [[nodiscard]] QString describe() const;

    // Why the group cannot be saved (a translated sentence), or nothing when it can.
    [[nodiscard]] std::optional<QString> problem() const;

    // For QSettings; fromVariant() refuses what it does not understand.
    [[nodiscard]] QVariantMap toVariant() const;
    [[nodiscard]] static std::optional<DeviceSmartGroup> fromVariant(const QVariantMap &map);

    // The groups a new console starts with.
    [[nodiscard]] static QList<DeviceSmartGroup> defaults();

    // Stable names for the settings file ("os-older-than", ...).
    [[nodiscard]] static QString ruleName(Rule rule);
    [[nodiscard]] static std::optional<Rule> ruleFromName(const QString &name);
};

} // namespace Espalier

Q_DECLARE_METATYPE(Espalier::DeviceSmartGroup)
