// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/DeviceInformationCommand.h"

#include "core/mdm/commands/DeviceInformationQuery.h"

#include <QCoreApplication>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// Candidates for the default set, in the order the inventory shows them. Each platform gets the
// ones its schema entry allows, so this one list serves every platform.
const QStringList &defaultCandidates()
{
    static const QStringList candidates = {
        // identity
        u"UDID"_s,
        u"SerialNumber"_s,
        u"DeviceName"_s,
        u"ProductName"_s,
        u"Model"_s,
        u"ModelName"_s,
        u"ModelNumber"_s,
        u"IsAppleSilicon"_s,
        // OS
        u"OSVersion"_s,
        u"BuildVersion"_s,
        u"SupplementalBuildVersion"_s,
        u"SupplementalOSVersionExtra"_s,
        u"SoftwareUpdateDeviceID"_s,
        // storage and power
        u"DeviceCapacity"_s,
        u"AvailableDeviceCapacity"_s,
        u"BatteryLevel"_s,
        // management and security state
        u"IsSupervised"_s,
        u"AwaitingConfiguration"_s,
        u"IsMultiUser"_s,
        u"IsActivationLockEnabled"_s,
        u"IsDeviceLocatorServiceEnabled"_s,
        u"IsMDMLostModeEnabled"_s,
        u"IsCloudBackupEnabled"_s,
        u"LastCloudBackupDate"_s,
        u"SystemIntegrityProtectionEnabled"_s,
        u"PINRequiredForDeviceLock"_s,
        u"PINRequiredForEraseDevice"_s,
        u"TimeZone"_s,
        // network
        u"HostName"_s,
        u"LocalHostName"_s,
        u"WiFiMAC"_s,
        u"BluetoothMAC"_s,
        u"EthernetMAC"_s,
    };
    return candidates;
}

bool isDeprecatedFor(const DeviceInformationQuery &query, const CommandTarget &target)
{
    const PlatformSupport *support = query.availability.support(target.platform);
    if (!support || support->deprecated.isNull())
        return false;
    const QVersionNumber version = target.version();
    return version.isNull() || version >= support->deprecated.normalized();
}

} // namespace

QString DeviceInformationCommand::requestType()
{
    return u"DeviceInformation"_s;
}

QString DeviceInformationCommand::displayName()
{
    return QCoreApplication::translate("Espalier::DeviceInformationCommand", "Device Information");
}

const SchemaAvailability &DeviceInformationCommand::availability()
{
    // information.device.yaml
    static const SchemaAvailability table = {
        {.platform = Platform::MacOS,
         .introduced = {10, 7},
         .userChannel = true,
         .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::IOS,
         .introduced = {4, 0},
         .userChannel = true,
         .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::TvOS, .introduced = {9, 0}},
        {.platform = Platform::VisionOS,
         .introduced = {1, 1},
         .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::WatchOS, .introduced = {10, 0}},
    };
    return table;
}

QStringList DeviceInformationCommand::defaultQueries(const CommandTarget &target)
{
    QStringList queries;
    for (const QString &name : defaultCandidates()) {
        const DeviceInformationQuery *query = DeviceInformationQuery::find(name);
        Q_ASSERT(query);
        if (query && query->availability.isAvailable(target) && !isDeprecatedFor(*query, target))
            queries.append(name);
    }
    return queries;
}

Result<MdmCommand> DeviceInformationCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(target, displayName()); !available)
        return fail(available.error());

    const QStringList names = queries.isEmpty() ? defaultQueries(target) : queries;
    QVariantList list;
    for (const QString &name : names) {
        const DeviceInformationQuery *query = DeviceInformationQuery::find(name);
        if (!query) {
            return fail(Error::Code::InvalidInput,
                        QCoreApplication::translate("Espalier::DeviceInformationCommand",
                                                    "“%1” isn't a Device Information query. Check "
                                                    "the spelling; query names are "
                                                    "case-sensitive.")
                            .arg(name),
                        u"unknown query"_s);
        }
        if (Result<void> available = query->availability.checkOption(
                target,
                //: %1 is a query name such as "SerialNumber"
                QCoreApplication::translate("Espalier::DeviceInformationCommand", "The %1 query")
                    .arg(name));
            !available)
            return fail(available.error());
        if (!list.contains(name))
            list.append(name);
    }
    // Only possible for a target that answers none of the defaults; the device would refuse an
    // empty Queries array as a malformed command.
    if (list.isEmpty()) {
        return fail(Error::Code::Unsupported,
                    QCoreApplication::translate("Espalier::DeviceInformationCommand",
                                                "This device answers none of the standard "
                                                "inventory queries. Choose the queries to send."),
                    u"empty default query set"_s);
    }
    return MdmCommand{requestType(), {{u"Queries"_s, list}}};
}

} // namespace Espalier
