// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/devices/DeviceActionTarget.h"
#include "core/store/ProfileAssignment.h"
#include "core/store/ProfileRecord.h"
#include "core/store/ProfileVersion.h"

#include <QFuture>
#include <QList>
#include <QString>

// Reads the stored profiles for the console. Each function runs on the worker pool with a
// Reader of its own and returns at once; writes go through the Engine (ProfileDeployment).
namespace Espalier::ProfileLibrary {

[[nodiscard]] QFuture<Result<QList<ProfileRecord>>> loadProfiles(const QString &databasePath);
[[nodiscard]] QFuture<Result<QList<ProfileAssignment>>> loadAssignments(const QString &databasePath,
                                                                        const QString &profileId);
// version 0: the current one.
[[nodiscard]] QFuture<Result<ProfileVersion>> loadVersion(const QString &databasePath,
                                                          const QString &profileId,
                                                          int version = 0);

// Every device in the store, as install and remove targets, by name.
[[nodiscard]] QFuture<Result<QList<DeviceActionTarget>>> loadDevices(const QString &databasePath);

} // namespace Espalier::ProfileLibrary
