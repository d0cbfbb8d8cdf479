// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/DeviceApp.h"
#include "core/store/DeviceCertificate.h"
#include "core/store/DeviceProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Espalier {

class Clock;
class Database;

// The lists a device reports about itself: installed apps, profiles and certificates (the
// device_apps, device_profiles and device_certificates tables). Lives on the thread of its
// Database; writes need the Writer and join the caller's transaction, so a list is replaced
// atomically or not at all.
class InventoryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(InventoryRepository)

public:
    // Whether a stored list is the device's whole list or a filtered part of it (a query limited
    // to some identifiers, or to managed items only).
    enum class Scope {
        Complete, // replaces the device's list: what is missing is gone from the device
        Partial,  // adds or updates the given entries and keeps the others
    };

    InventoryRepository(Database &database, const Clock &clock);

    // NotFound when the device has no inventory row; InvalidInput for an entry without its key.
    // Entries repeating a key: the last one wins.
    [[nodiscard]] Result<void> storeApps(const QString &udid,
                                         const QList<DeviceApp> &apps,
                                         Scope scope);
    [[nodiscard]] Result<void> storeProfiles(const QString &udid,
                                             const QList<DeviceProfile> &profiles,
                                             Scope scope);
    [[nodiscard]] Result<void> storeCertificates(const QString &udid,
                                                 const QList<DeviceCertificate> &certificates,
                                                 Scope scope);

    // Ordered by their key.
    [[nodiscard]] Result<QList<DeviceApp>> apps(const QString &udid);
    [[nodiscard]] Result<QList<DeviceProfile>> profiles(const QString &udid);
    [[nodiscard]] Result<QList<DeviceCertificate>> certificates(const QString &udid);

private:
    [[nodiscard]] Result<void> prepare(const QString &table, const QString &udid, Scope scope);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Espalier
