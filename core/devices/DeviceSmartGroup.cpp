// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceSmartGroup.h"

#include <QCoreApplication>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString translate(const char *text, int n = -1)
{
    return QCoreApplication::translate("Espalier::DeviceSmartGroup", text, nullptr, n);
}

// The longest a rule may look back; more than ten years is a typo.
constexpr int MaxDays = 3660;

} // namespace

bool DeviceSmartGroup::matches(const DeviceSummary &device, const QDateTime &now) const
{
    switch (rule) {
    case Rule::OsOlderThan: {
        if (!platform.isEmpty() && device.platform.compare(platform, Qt::CaseInsensitive) != 0)
            return false;
        const QVersionNumber have = QVersionNumber::fromString(device.osVersion).normalized();
        const QVersionNumber limit = QVersionNumber::fromString(version).normalized();
        // An unknown version is not known to be old.
        return !have.isNull() && !limit.isNull() && have < limit;
    }
    case Rule::NotSeenForDays:
        return !device.lastSeenAt.isValid() || device.lastSeenAt < now.addDays(-days);
    case Rule::FileVaultOff:
        return device.platform == u"macOS"_s && device.fileVaultEnabled == false;
    }
    return false;
}

QString DeviceSmartGroup::describe() const
{
    switch (rule) {
    case Rule::OsOlderThan:
        if (platform.isEmpty())
            //: %1 is a version number such as 17.4
            return translate("OS older than %1").arg(version);
        //: %1 is a platform such as macOS, %2 a version number such as 14.5
        return translate("%1 older than %2").arg(platform, version);
    case Rule::NotSeenForDays:
        return translate("Not seen for %n day(s)", days);
    case Rule::FileVaultOff:
        return translate("Macs with FileVault off");
    }
    return {};
}

std::optional<QString> DeviceSmartGroup::problem() const
{
    if (name.trimmed().isEmpty())
        return translate("Give the smart group a name.");
    if (rule == Rule::OsOlderThan
        && QVersionNumber::fromString(version.trimmed()).normalized().isNull())
        return translate("Enter a version number such as 17.4.");
    if (rule == Rule::NotSeenForDays && (days < 1 || days > MaxDays))
        return translate("Enter a number of days between 1 and %1.").arg(MaxDays);
    return std::nullopt;
}

QVariantMap DeviceSmartGroup::toVariant() const
{
    QVariantMap map{{u"id"_s, id}, {u"name"_s, name}, {u"rule"_s, ruleName(rule)}};
    switch (rule) {
    case Rule::OsOlderThan:
        map.insert(u"platform"_s, platform);
        map.insert(u"version"_s, version);
        break;
    case Rule::NotSeenForDays:
        map.insert(u"days"_s, days);
        break;
    case Rule::FileVaultOff:
        break;
    }
    return map;
}

std::optional<DeviceSmartGroup> DeviceSmartGroup::fromVariant(const QVariantMap &map)
{
    DeviceSmartGroup group;
    group.id = map.value(u"id"_s).toString();
    group.name = map.value(u"name"_s).toString();
    const std::optional<Rule> rule = ruleFromName(map.value(u"rule"_s).toString());
    if (group.id.isEmpty() || !rule)
        return std::nullopt;
    group.rule = *rule;
    group.platform = map.value(u"platform"_s).toString();
    group.version = map.value(u"version"_s).toString();
    bool ok = true;
    if (map.contains(u"days"_s))
        group.days = map.value(u"days"_s).toInt(&ok);
    if (!ok || group.problem())
        return std::nullopt;
    return group;
}

QList<DeviceSmartGroup> DeviceSmartGroup::defaults()
{
    DeviceSmartGroup notSeen;
    notSeen.id = u"not-seen-7-days"_s;
    notSeen.name = translate("Not seen for 7 days");
    notSeen.rule = Rule::NotSeenForDays;
    notSeen.days = 7;

    DeviceSmartGroup fileVault;
    fileVault.id = u"filevault-off"_s;
    fileVault.name = translate("FileVault off");
    fileVault.rule = Rule::FileVaultOff;

    DeviceSmartGroup oldIos;
    oldIos.id = u"ios-older-than-17"_s;
    oldIos.name = translate("iOS older than 17");
    oldIos.rule = Rule::OsOlderThan;
    oldIos.platform = u"iOS"_s;
    oldIos.version = u"17"_s;

    DeviceSmartGroup oldMacOs;
    oldMacOs.id = u"macos-older-than-14"_s;
    oldMacOs.name = translate("macOS older than 14");
    oldMacOs.rule = Rule::OsOlderThan;
    oldMacOs.platform = u"macOS"_s;
    oldMacOs.version = u"14"_s;

    return {notSeen, fileVault, oldIos, oldMacOs};
}

QString DeviceSmartGroup::ruleName(Rule rule)
{
    switch (rule) {
    case Rule::OsOlderThan:
        return u"os-older-than"_s;
    case Rule::NotSeenForDays:
        return u"not-seen-for-days"_s;
    case Rule::FileVaultOff:
        return u"filevault-off"_s;
    }
    return {};
}

std::optional<DeviceSmartGroup::Rule> DeviceSmartGroup::ruleFromName(const QString &name)
{
    for (Rule rule : {Rule::OsOlderThan, Rule::NotSeenForDays, Rule::FileVaultOff}) {
        if (ruleName(rule) == name)
            return rule;
    }
    return std::nullopt;
}

} // namespace Espalier
