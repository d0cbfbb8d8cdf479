// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/InventoryRepository.h"

#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QVariant fromOptional(std::optional<qint64> value)
{
    if (!value)
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant::fromValue<qint64>(*value);
}

std::optional<qint64> toOptionalInteger(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

tl::unexpected<Error> missingKey(const QString &what, const QString &udid)
{
    return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("Espalier::InventoryRepository",
                                            "The inventory has an entry without an identifier."),
                u"%1 without a key for %2"_s.arg(what, udid));
}

} // namespace

InventoryRepository::InventoryRepository(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<void> InventoryRepository::prepare(const QString &table, const QString &udid, Scope scope)
{
    Result<QSqlQuery> device = m_database.exec(u"SELECT COUNT(*) FROM devices WHERE udid = ?"_s,
                                               {udid});
    if (!device)
        return fail(device.error());
    if (!device->next() || device->value(0).toLongLong() == 0) {
        return fail(Error::Code::NotFound,
                    tr("The device has no inventory yet."),
                    u"no device %1"_s.arg(udid));
    }
    if (scope == Scope::Partial)
        return {};
    // table is one of our three names, never input.
    return m_database.exec(u"DELETE FROM "_s + table + u" WHERE device_udid = ?"_s, {udid})
        .map([](const QSqlQuery &) {});
}

Result<void> InventoryRepository::storeApps(const QString &udid,
                                            const QList<DeviceApp> &apps,
                                            Scope scope)
{
    for (const DeviceApp &app : apps) {
        if (app.identifier.isEmpty())
            return missingKey(u"app"_s, udid);
    }
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        if (Result<void> ready = prepare(u"device_apps"_s, udid, scope); !ready)
            return ready;
        const QVariant now = SqlValues::fromTime(m_clock.now());
        for (const DeviceApp &app : apps) {
            using namespace SqlValues;
            Result<QSqlQuery> written = m_database.exec(
                u"INSERT INTO device_apps (device_udid, identifier, name, version, short_version, "
                "bundle_size, is_managed, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (device_udid, identifier) DO UPDATE SET name = excluded.name, "
                "version = excluded.version, short_version = excluded.short_version, "
                "bundle_size = excluded.bundle_size, "
                "is_managed = COALESCE(excluded.is_managed, device_apps.is_managed), "
                "updated_at = excluded.updated_at"_s,
                {udid,
                 app.identifier,
                 fromText(app.name),
                 fromText(app.version),
                 fromText(app.shortVersion),
                 fromOptional(app.bundleSize),
                 fromBool(app.managed),
                 now});
            if (!written)
                return fail(written.error());
        }
        return {};
    });
    return SqlValues::described(std::move(done), tr("The installed apps could not be saved."));
}

Result<void> InventoryRepository::storeProfiles(const QString &udid,
                                                const QList<DeviceProfile> &profiles,
                                                Scope scope)
{
    for (const DeviceProfile &profile : profiles) {
        if (profile.identifier.isEmpty())
            return missingKey(u"profile"_s, udid);
    }
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        if (Result<void> ready = prepare(u"device_profiles"_s, udid, scope); !ready)
            return ready;
        const QVariant now = SqlValues::fromTime(m_clock.now());
        for (const DeviceProfile &profile : profiles) {
            using namespace SqlValues;
            Result<QSqlQuery> written = m_database.exec(
                u"INSERT INTO device_profiles (device_udid, identifier, profile_uuid, "
                "display_name, organization, is_managed, is_encrypted, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (device_udid, identifier) DO UPDATE SET "
                "profile_uuid = excluded.profile_uuid, display_name = excluded.display_name, "
                "organization = excluded.organization, is_managed = excluded.is_managed, "
                "is_encrypted = excluded.is_encrypted, updated_at = excluded.updated_at"_s,
                {udid,
                 profile.identifier,
                 fromText(profile.uuid),
                 fromText(profile.displayName),
                 fromText(profile.organization),
                 fromBool(profile.managed),
                 fromBool(profile.encrypted),
                 now});
            if (!written)
                return fail(written.error());
        }
        return {};
    });
    return SqlValues::described(std::move(done), tr("The installed profiles could not be saved."));
}

Result<void> InventoryRepository::storeCertificates(const QString &udid,
                                                    const QList<DeviceCertificate> &certificates,
                                                    Scope scope)
{
    for (const DeviceCertificate &certificate : certificates) {
        if (certificate.sha256.isEmpty())
            return missingKey(u"certificate"_s, udid);
    }
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        if (Result<void> ready = prepare(u"device_certificates"_s, udid, scope); !ready)
            return ready;
        const QVariant now = SqlValues::fromTime(m_clock.now());
        for (const DeviceCertificate &certificate : certificates) {
            using namespace SqlValues;
            Result<QSqlQuery> written = m_database.exec(
                u"INSERT INTO device_certificates (device_udid, sha256, common_name, "
                "is_identity, not_after, der, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (device_udid, sha256) DO UPDATE SET "
                "common_name = excluded.common_name, is_identity = excluded.is_identity, "
                "not_after = excluded.not_after, der = excluded.der, "
                "updated_at = excluded.updated_at"_s,
                {udid,
                 certificate.sha256.toLower(),
                 fromText(certificate.commonName),
                 fromBool(certificate.identity),
                 fromTime(certificate.notAfter),
                 fromBlob(certificate.der),
                 now});
            if (!written)
                return fail(written.error());
        }
        return {};
    });
    return SqlValues::described(std::move(done),
                                tr("The installed certificates could not be saved."));
}

Result<QList<DeviceApp>> InventoryRepository::apps(const QString &udid)
{
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT identifier, name, version, short_version, bundle_size, is_managed, updated_at "
        "FROM device_apps WHERE device_udid = ? ORDER BY identifier"_s,
        {udid});
    if (!query) {
        return SqlValues::described<QList<DeviceApp>>(fail(query.error()),
                                                      tr("The installed apps could not be read."));
    }
    QList<DeviceApp> rows;
    while (query->next()) {
        using namespace SqlValues;
        DeviceApp app;
        app.identifier = query->value(0).toString();
        app.name = toText(query->value(1));
        app.version = toText(query->value(2));
        app.shortVersion = toText(query->value(3));
        app.bundleSize = toOptionalInteger(query->value(4));
        app.managed = toOptionalBool(query->value(5));
        app.updatedAt = toTime(query->value(6));
        rows.append(std::move(app));
    }
    return rows;
}

Result<QList<DeviceProfile>> InventoryRepository::profiles(const QString &udid)
{
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT identifier, profile_uuid, display_name, organization, is_managed, is_encrypted, "
        "updated_at FROM device_profiles WHERE device_udid = ? ORDER BY identifier"_s,
        {udid});
    if (!query) {
        return SqlValues::described<QList<DeviceProfile>>(
            fail(query.error()), tr("The installed profiles could not be read."));
    }
    QList<DeviceProfile> rows;
    while (query->next()) {
        using namespace SqlValues;
        DeviceProfile profile;
        profile.identifier = query->value(0).toString();
        profile.uuid = toText(query->value(1));
        profile.displayName = toText(query->value(2));
        profile.organization = toText(query->value(3));
        profile.managed = toOptionalBool(query->value(4));
        profile.encrypted = toOptionalBool(query->value(5));
        profile.updatedAt = toTime(query->value(6));
        rows.append(std::move(profile));
    }
    return rows;
}

Result<QList<DeviceCertificate>> InventoryRepository::certificates(const QString &udid)
{
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT sha256, common_name, is_identity, not_after, der, updated_at "
        "FROM device_certificates WHERE device_udid = ? ORDER BY sha256"_s,
        {udid});
    if (!query) {
        return SqlValues::described<QList<DeviceCertificate>>(
            fail(query.error()), tr("The installed certificates could not be read."));
    }
    QList<DeviceCertificate> rows;
    while (query->next()) {
        using namespace SqlValues;
        DeviceCertificate certificate;
        certificate.sha256 = query->value(0).toString();
        certificate.commonName = toText(query->value(1));
        certificate.identity = toOptionalBool(query->value(2));
        certificate.notAfter = toTime(query->value(3));
        certificate.der = query->value(4).toByteArray();
        certificate.updatedAt = toTime(query->value(5));
        rows.append(std::move(certificate));
    }
    return rows;
}

} // namespace Espalier
