// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/InventoryUpdater.h"

#include "core/crypto/Certificate.h"
#include "core/crypto/Digest.h"
#include "core/mdm/MdmLogging.h"
#include "core/mdm/MessageFields.h"
#include "core/mdm/Platform.h"
#include "core/plist/Plist.h"
#include "core/store/Command.h"
#include "core/store/Database.h"

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// Values of the wrong type read as "not reported".
QString text(const QVariantMap &map, const QString &key)
{
    const QVariant value = map.value(key);
    return value.metaType().id() == QMetaType::QString ? value.toString() : QString();
}

std::optional<bool> boolean(const QVariantMap &map, const QString &key)
{
    const QVariant value = map.value(key);
    if (value.metaType().id() != QMetaType::Bool)
        return std::nullopt;
    return value.toBool();
}

std::optional<qint64> integer(const QVariantMap &map, const QString &key)
{
    const QVariant value = map.value(key);
    if (value.metaType().id() != QMetaType::LongLong)
        return std::nullopt;
    return value.toLongLong();
}

QVariantMap dictionary(const QVariantMap &map, const QString &key)
{
    const QVariant value = map.value(key);
    return value.metaType().id() == QMetaType::QVariantMap ? value.toMap() : QVariantMap();
}

// Only dict items are entries; anything else in the array is skipped.
QList<QVariantMap> dictionaries(const QVariantList &list)
{
    QList<QVariantMap> items;
    for (const QVariant &item : list) {
        if (item.metaType().id() == QMetaType::QVariantMap)
            items.append(item.toMap());
    }
    return items;
}

// The Command dict of a stored command plist; empty when it cannot be read.
QVariantMap requestOf(const Command &command)
{
    Result<QVariant> parsed = Plist::parse(command.payload);
    if (!parsed)
        return {};
    return dictionary(parsed->toMap(), u"Command"_s);
}

// Whether the request asked for part of a list only, so the answer must not replace the list.
bool filtered(const QVariantMap &request)
{
    const QVariant identifiers = request.value(u"Identifiers"_s);
    if (identifiers.metaType().id() == QMetaType::QVariantList && !identifiers.toList().isEmpty())
        return true;
    return boolean(request, u"ManagedAppsOnly"_s).value_or(false)
           || boolean(request, u"ManagedOnly"_s).value_or(false);
}

} // namespace

InventoryUpdater::InventoryUpdater(Database &database, const Clock &clock)
    : m_devices(database, clock)
    , m_inventory(database, clock)
{}

Device InventoryUpdater::deviceFromQueryResponses(const QVariantMap &q, const QByteArray &raw)
{
    Device d;
    d.serialNumber = text(q, u"SerialNumber"_s);
    d.name = text(q, u"DeviceName"_s);
    d.model = text(q, u"Model"_s);
    d.modelName = text(q, u"ModelName"_s);
    d.productName = text(q, u"ProductName"_s);
    // Macs report the model identifier ("Mac14,2") as ProductName and Model alike; iPhones
    // and iPads report a part number as Model, so ProductName comes first.
    Platform platform = platformFromProductName(d.productName);
    if (platform == Platform::Unknown)
        platform = platformFromProductName(d.model);
    d.platform = platformName(platform);
    d.osVersion = text(q, u"OSVersion"_s);
    d.buildVersion = text(q, u"BuildVersion"_s);
    d.supervised = boolean(q, u"IsSupervised"_s);
    d.activationLockEnabled = boolean(q, u"IsActivationLockEnabled"_s);
    d.systemIntegrityProtectionEnabled = boolean(q, u"SystemIntegrityProtectionEnabled"_s);
    d.deviceInformation = raw;
    return d;
}

Device InventoryUpdater::deviceFromSecurityInfo(const QVariantMap &s)
{
    Device d;
    d.fileVaultEnabled = boolean(s, u"FDE_Enabled"_s);
    d.systemIntegrityProtectionEnabled = boolean(s, u"SystemIntegrityProtectionEnabled"_s);
    d.passcodePresent = boolean(s, u"PasscodePresent"_s);
    d.userApprovedEnrollment = boolean(dictionary(s, u"ManagementStatus"_s),
                                       u"UserApprovedEnrollment"_s);
    return d;
}

QList<DeviceApp> InventoryUpdater::appsFromList(const QVariantList &list)
{
    QList<DeviceApp> apps;
    for (const QVariantMap &item : dictionaries(list)) {
        DeviceApp app;
        // macOS may leave Identifier out (the schema allows it); without it there is no key to
        // keep the app under.
        app.identifier = text(item, u"Identifier"_s);
        if (app.identifier.isEmpty())
            continue;
        app.name = text(item, u"Name"_s);
        app.version = text(item, u"Version"_s);
        app.shortVersion = text(item, u"ShortVersion"_s);
        app.bundleSize = integer(item, u"BundleSize"_s);
        apps.append(std::move(app));
    }
    return apps;
}

QList<DeviceProfile> InventoryUpdater::profilesFromList(const QVariantList &list)
{
    QList<DeviceProfile> profiles;
    for (const QVariantMap &item : dictionaries(list)) {
        DeviceProfile profile;
        profile.identifier = text(item, u"PayloadIdentifier"_s);
        if (profile.identifier.isEmpty())
            continue;
        profile.uuid = text(item, u"PayloadUUID"_s);
        profile.displayName = text(item, u"PayloadDisplayName"_s);
        profile.organization = text(item, u"PayloadOrganization"_s);
        profile.managed = boolean(item, u"IsManaged"_s);
        profile.encrypted = boolean(item, u"IsEncrypted"_s);
        profiles.append(std::move(profile));
    }
    return profiles;
}

QList<DeviceCertificate> InventoryUpdater::certificatesFromList(const QVariantList &list)
{
    QList<DeviceCertificate> certificates;
    for (const QVariantMap &item : dictionaries(list)) {
        const QVariant data = item.value(u"Data"_s);
        if (data.metaType().id() != QMetaType::QByteArray || data.toByteArray().isEmpty())
            continue;
        DeviceCertificate certificate;
        certificate.der = data.toByteArray();
        certificate.sha256 = QString::fromLatin1(Digest::sha256(certificate.der).toHex());
        certificate.commonName = text(item, u"CommonName"_s);
        certificate.identity = boolean(item, u"IsIdentity"_s);
        // The list is the device's word; a DER we cannot read is still listed, without expiry.
        if (Result<Certificate> parsed = Certificate::fromDer(certificate.der); parsed)
            certificate.notAfter = parsed->notAfter();
        certificates.append(std::move(certificate));
    }
    return certificates;
}

Result<void> InventoryUpdater::ensureDevice(const QString &udid)
{
    Result<std::optional<Device>> existing = m_devices.find(udid);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return {};
    Device device;
    device.udid = udid;
    return m_devices.upsertInventory(device).map([](const Device &) {});
}

Result<bool> InventoryUpdater::apply(const Enrollment &channel,
                                     const Command &command,
                                     const QVariantMap &report)
{
    using Presence = MessageFields::Presence;
    const MessageFields fields(report);
    const QString &type = command.requestType;
    const QString udid = channel.deviceId;
    const bool deviceChannel = channel.type == EnrollmentType::Device;

    if (type == u"DeviceInformation"_s || type == u"SecurityInfo"_s) {
        const bool information = type == u"DeviceInformation"_s;
        Result<QVariantMap> answer = fields.dict(
            information ? u"QueryResponses"_s : u"SecurityInfo"_s, Presence::Required);
        if (!answer)
            return fail(answer.error());
        // A user channel answers for its user; the raw answer kept with the device is the
        // device channel's.
        Device device = information ? deviceFromQueryResponses(
                            *answer, deviceChannel ? command.result : QByteArray())
                                    : deviceFromSecurityInfo(*answer);
        device.udid = udid;
        return m_devices.upsertInventory(device).map([](const Device &) { return true; });
    }

    const bool apps = type == u"InstalledApplicationList"_s;
    const bool profiles = type == u"ProfileList"_s;
    const bool certificates = type == u"CertificateList"_s;
    if (!apps && !profiles && !certificates)
        return false;
    if (!deviceChannel) {
        qCDebug(lcMdm) << "not storing" << type << "from user channel" << channel.id;
        return false;
    }
    Result<QVariantList> list = fields.array(type, Presence::Required);
    if (!list)
        return fail(list.error());
    const InventoryRepository::Scope scope = filtered(requestOf(command))
                                                 ? InventoryRepository::Scope::Partial
                                                 : InventoryRepository::Scope::Complete;
    if (Result<void> ready = ensureDevice(udid); !ready)
        return fail(ready.error());
    Result<void> stored = apps ? m_inventory.storeApps(udid, appsFromList(*list), scope)
                          : profiles
                              ? m_inventory.storeProfiles(udid, profilesFromList(*list), scope)
                              : m_inventory.storeCertificates(
                                  udid, certificatesFromList(*list), scope);
    if (!stored)
        return fail(stored.error());
    return true;
}

} // namespace Espalier
