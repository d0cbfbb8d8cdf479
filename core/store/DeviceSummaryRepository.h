// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/DeviceSummary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Espalier {

class Database;

// Read-only queries behind the console's device list: every device with its device channel and
// latest lock, erase and Lost Mode commands, in three statements however many devices there are.
// Lives on the thread of its Database, normally a Reader on a worker thread.
class DeviceSummaryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::DeviceSummaryRepository)

public:
    explicit DeviceSummaryRepository(Database &database);

    // Every device, in no particular order.
    [[nodiscard]] Result<QList<DeviceSummary>> list();
    // The devices among udids that exist, in no particular order.
    [[nodiscard]] Result<QList<DeviceSummary>> listForDevices(const QStringList &udids);

    // The devices these channels (device or user channels) belong to.
    [[nodiscard]] Result<QStringList> deviceIdsForEnrollments(const QStringList &enrollmentIds);
    // The devices these commands were queued for.
    [[nodiscard]] Result<QStringList> deviceIdsForCommands(const QStringList &commandUuids);
    // The devices with a channel that checked in after since.
    [[nodiscard]] Result<QStringList> deviceIdsSeenSince(const QDateTime &since);

private:
    // Every device when udids is empty, else the devices among udids.
    [[nodiscard]] Result<QList<DeviceSummary>> select(const QStringList &udids);
    [[nodiscard]] Result<QStringList> distinctDeviceIds(const QString &sql,
                                                        const QStringList &keys);

    Database &m_database;
};

} // namespace Espalier
