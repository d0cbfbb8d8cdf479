// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceSmartGroupStore.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr auto SavedKey = "saved"_L1;
constexpr auto GroupsKey = "groups"_L1;

} // namespace

DeviceSmartGroupStore::DeviceSmartGroupStore(QString settingsGroup)
    : m_group(std::move(settingsGroup))
{}

QList<DeviceSmartGroup> DeviceSmartGroupStore::load() const
{
    QSettings settings;
    settings.beginGroup(m_group);
    if (!settings.value(SavedKey, false).toBool())
        return DeviceSmartGroup::defaults();
    QList<DeviceSmartGroup> groups;
    // An entry this version cannot read (edited by hand, or from a newer version) is skipped.
    for (const QVariant &entry : settings.value(GroupsKey).toList()) {
        if (std::optional<DeviceSmartGroup> group = DeviceSmartGroup::fromVariant(entry.toMap()))
            groups.append(*group);
    }
    return groups;
}

void DeviceSmartGroupStore::save(const QList<DeviceSmartGroup> &groups) const
{
    QVariantList entries;
    for (const DeviceSmartGroup &group : groups)
        entries.append(group.toVariant());
    QSettings settings;
    settings.beginGroup(m_group);
    settings.setValue(SavedKey, true);
    settings.setValue(GroupsKey, entries);
}

DeviceSmartGroup DeviceSmartGroupStore::add(DeviceSmartGroup group) const
{
    group.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<DeviceSmartGroup> groups = load();
    groups.append(group);
    save(groups);
    return group;
}

void DeviceSmartGroupStore::remove(const QString &id) const
{
    QList<DeviceSmartGroup> groups = load();
    groups.removeIf([&id](const DeviceSmartGroup &group) { return group.id == id; });
    save(groups);
}

} // namespace Espalier
