// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/Device.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Espalier {

class Clock;
class Database;

// Device inventory. Lives on the thread of its Database; writes need the Writer and join the
// caller's transaction when there is one.
class DeviceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DeviceRepository)

public:
    DeviceRepository(Database &database, const Clock &clock);

    // Creates the device or merges into it: fields left empty keep their stored value, so a
    // SecurityInfo answer does not erase what DeviceInformation reported. Stamps
    // inventoryUpdatedAt.
    [[nodiscard]] Result<Device> upsertInventory(const Device &device);

    [[nodiscard]] Result<std::optional<Device>> find(const QString &udid);
    // Several devices can share a serial (cloned VMs, migrated hardware).
    [[nodiscard]] Result<QList<Device>> findBySerialNumber(const QString &serialNumber);
    [[nodiscard]] Result<QList<Device>> list();
    [[nodiscard]] Result<qint64> count();

private:
    [[nodiscard]] Result<QList<Device>> select(const QString &where, const QVariantList &bindings);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Espalier
