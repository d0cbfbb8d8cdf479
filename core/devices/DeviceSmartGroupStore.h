// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceSmartGroup.h"

#include <QList>
#include <QString>

namespace Espalier {

// Keeps the admin's smart groups in QSettings (per console user, like the column layout), under
// one settings group. A console that never saved any gets DeviceSmartGroup::defaults(). Any
// thread, like QSettings; the console uses it on the UI thread.
class DeviceSmartGroupStore final
{
public:
    explicit DeviceSmartGroupStore(QString settingsGroup = QStringLiteral("Devices/SmartGroups"));

    [[nodiscard]] QList<DeviceSmartGroup> load() const;
    void save(const QList<DeviceSmartGroup> &groups) const;

    // Adds the group with a fresh id and returns it as saved.
    DeviceSmartGroup add(DeviceSmartGroup group) const;
    void remove(const QString &id) const;

private:
    QString m_group;
};

} // namespace Espalier
