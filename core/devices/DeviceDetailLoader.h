// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/devices/DeviceActionTarget.h"
#include "core/devices/DeviceDetail.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

namespace Espalier {

class Database;

// Reads one device's detail, or the targets of an action, from the store. The async functions
// run on the worker pool with a Reader of their own and return at once; the read functions are
// their bodies, for any thread that already holds a Database.
class DeviceDetailLoader final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::DeviceDetailLoader)

public:
    [[nodiscard]] static QFuture<Result<DeviceDetail>> load(const QString &databasePath,
                                                            const QString &udid);
    [[nodiscard]] static QFuture<Result<QList<DeviceActionTarget>>> loadTargets(
        const QString &databasePath, const QStringList &udids);

    // NotFound when the device is not in the store.
    [[nodiscard]] static Result<DeviceDetail> read(Database &database, const QString &udid);
    // In the order of udids; NotFound when one of them is gone.
    [[nodiscard]] static Result<QList<DeviceActionTarget>> readTargets(Database &database,
                                                                       const QStringList &udids);
};

} // namespace Espalier
