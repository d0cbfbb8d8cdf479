// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/DeviceRepository.h"

#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString columns()
{
    return u"udid, serial_number, device_name, model, model_name, product_name, platform, "
           "os_version, build_version, assigned_user, is_supervised, filevault_enabled, "
           "sip_enabled, user_approved_enrollment, activation_lock_enabled, passcode_present, "
           "device_information, inventory_updated_at, created_at"_s;
}

Device fromRow(const QSqlQuery &query)
{
    using namespace SqlValues;
    Device d;
    d.udid = query.value(u"udid"_s).toString();
    d.serialNumber = toText(query.value(u"serial_number"_s));
    d.name = toText(query.value(u"device_name"_s));
    d.model = toText(query.value(u"model"_s));
    d.modelName = toText(query.value(u"model_name"_s));
    d.productName = toText(query.value(u"product_name"_s));
    d.platform = toText(query.value(u"platform"_s));
    d.osVersion = toText(query.value(u"os_version"_s));
    d.buildVersion = toText(query.value(u"build_version"_s));
    d.assignedUser = toText(query.value(u"assigned_user"_s));
    d.supervised = toOptionalBool(query.value(u"is_supervised"_s));
    d.fileVaultEnabled = toOptionalBool(query.value(u"filevault_enabled"_s));
    d.systemIntegrityProtectionEnabled = toOptionalBool(query.value(u"sip_enabled"_s));
    d.userApprovedEnrollment = toOptionalBool(query.value(u"user_approved_enrollment"_s));
    d.activationLockEnabled = toOptionalBool(query.value(u"activation_lock_enabled"_s));
    d.passcodePresent = toOptionalBool(query.value(u"passcode_present"_s));
    d.deviceInformation = query.value(u"device_information"_s).toByteArray();
    d.inventoryUpdatedAt = toTime(query.value(u"inventory_updated_at"_s));
    d.createdAt = toTime(query.value(u"created_at"_s));
    return d;
}

} // namespace

DeviceRepository::DeviceRepository(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<Device> DeviceRepository::upsertInventory(const Device &device)
{
    if (device.udid.isEmpty()) {
        return fail(
            Error::Code::InvalidInput, tr("The inventory names no device."), u"empty udid"_s);
    }
    Result<Device> stored = m_database.transaction([&]() -> Result<Device> {
        using namespace SqlValues;
        const QVariant now = fromTime(m_clock.now());
        Result<int> written = m_database.change(
            uR"(INSERT INTO devices (udid, serial_number, device_name, model, model_name,
    product_name, platform, os_version, build_version, assigned_user, is_supervised,
    filevault_enabled, sip_enabled, user_approved_enrollment, activation_lock_enabled,
    passcode_present, device_information, inventory_updated_at, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (udid) DO UPDATE SET
    serial_number = COALESCE(excluded.serial_number, devices.serial_number),
    device_name = COALESCE(excluded.device_name, devices.device_name),
    model = COALESCE(excluded.model, devices.model),
    model_name = COALESCE(excluded.model_name, devices.model_name),
    product_name = COALESCE(excluded.product_name, devices.product_name),
    platform = COALESCE(excluded.platform, devices.platform),
    os_version = COALESCE(excluded.os_version, devices.os_version),
    build_version = COALESCE(excluded.build_version, devices.build_version),
    assigned_user = COALESCE(excluded.assigned_user, devices.assigned_user),
    is_supervised = COALESCE(excluded.is_supervised, devices.is_supervised),
    filevault_enabled = COALESCE(excluded.filevault_enabled, devices.filevault_enabled),
    sip_enabled = COALESCE(excluded.sip_enabled, devices.sip_enabled),
    user_approved_enrollment
        = COALESCE(excluded.user_approved_enrollment, devices.user_approved_enrollment),
    activation_lock_enabled
        = COALESCE(excluded.activation_lock_enabled, devices.activation_lock_enabled),
    passcode_present = COALESCE(excluded.passcode_present, devices.passcode_present),
    device_information = COALESCE(excluded.device_information, devices.device_information),
    inventory_updated_at = excluded.inventory_updated_at)"_s,
            {device.udid,
             fromText(device.serialNumber),
             fromText(device.name),
             fromText(device.model),
             fromText(device.modelName),
             fromText(device.productName),
             fromText(device.platform),
             fromText(device.osVersion),
             fromText(device.buildVersion),
             fromText(device.assignedUser),
             fromBool(device.supervised),
             fromBool(device.fileVaultEnabled),
             fromBool(device.systemIntegrityProtectionEnabled),
             fromBool(device.userApprovedEnrollment),
             fromBool(device.activationLockEnabled),
             fromBool(device.passcodePresent),
             fromBlob(device.deviceInformation),
             now,
             now});
        if (!written)
            return fail(written.error());
        Result<QList<Device>> rows = select(u"udid = ?"_s, {device.udid});
        if (!rows)
            return fail(rows.error());
        if (rows->isEmpty()) {
            return fail(Error::Code::Database,
                        tr("The inventory could not be saved."),
                        u"device %1 missing after upsert"_s.arg(device.udid));
        }
        return rows->constFirst();
    });
    return SqlValues::described(std::move(stored), tr("The inventory could not be saved."));
}

Result<std::optional<Device>> DeviceRepository::find(const QString &udid)
{
    Result<QList<Device>> rows = select(u"udid = ?"_s, {udid});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<Device>();
    return std::optional<Device>(rows->constFirst());
}

Result<QList<Device>> DeviceRepository::findBySerialNumber(const QString &serialNumber)
{
    return select(u"serial_number = ?"_s, {serialNumber});
}

Result<QList<Device>> DeviceRepository::list()
{
    return select({}, {});
}

Result<qint64> DeviceRepository::count()
{
    Result<QSqlQuery> query = m_database.exec(u"SELECT COUNT(*) FROM devices"_s);
    if (!query)
        return SqlValues::described<qint64>(fail(query.error()),
                                            tr("The devices could not be read."));
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<QList<Device>> DeviceRepository::select(const QString &where, const QVariantList &bindings)
{
    QString sql = u"SELECT "_s + columns() + u" FROM devices"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    sql += u" ORDER BY udid"_s;
    QList<Device> rows;
    Result<void> read = m_database.query(sql, bindings, [&rows](const QSqlQuery &row) {
        rows.append(fromRow(row));
        return Result<void>();
    });
    if (!read)
        return SqlValues::described<QList<Device>>(fail(read.error()),
                                                   tr("The devices could not be read."));
    return rows;
}

} // namespace Espalier
