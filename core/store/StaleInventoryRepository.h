// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace Espalier {

class Database;

// Finds the enrolled device channels whose inventory is out of date: no DeviceInformation answer
// since a given time, and no DeviceInformation still waiting for them (so a silent device never
// collects more than one). Read-only; lives on the thread of its Database.
class StaleInventoryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(StaleInventoryRepository)

public:
    explicit StaleInventoryRepository(Database &database);

    // Enabled device channels (not checked out) whose device's inventory was last updated
    // before olderThan, or never, oldest first.
    [[nodiscard]] Result<QStringList> staleDeviceChannels(const QDateTime &olderThan);

private:
    Database &m_database;
};

} // namespace Espalier
