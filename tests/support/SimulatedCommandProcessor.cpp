// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SimulatedCommandProcessor.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// Apple does not publish a complete list of MDM error codes; the domains are Apple's, the codes
// are this simulator's own, stable so tests can match them.
const QString MdmDomain = u"MCMDMErrorDomain"_s;
const QString ProfileDomain = u"MCProfileErrorDomain"_s;
const QString InstallationDomain = u"MCInstallationErrorDomain"_s;
constexpr int UnsupportedCommandCode = 12021;
constexpr int MissingKeyCode = 12022;
constexpr int AccessRightsCode = 12025;
constexpr int SupervisionCode = 12030;
constexpr int LostModeCode = 12031;
constexpr int PinRequiredCode = 12032;
constexpr int UnlockTokenCode = 12078;
constexpr int MalformedProfileCode = 1000;
constexpr int ProfileNotFoundCode = 1001;
constexpr int AlreadyEnrolledCode = 4005;

// AccessRights bits (mdm/profiles/com.apple.mdm.yaml).
constexpr int AllowInspection = 1;
constexpr int AllowInstallationRemoval = 2;
constexpr int AllowPasscodeRemovalAndLock = 4;
constexpr int AllowDeviceErase = 8;
constexpr int AllowQueryDeviceInformation = 16;
constexpr int AllowQueryNetworkInformation = 32;
constexpr int AllowQueryApplications = 256;
constexpr int AllowQuerySecurity = 1024;
constexpr int AllowSettings = 2048;

QVariantMap acknowledged()
{
    return {{u"Status"_s, u"Acknowledged"_s}};
}

int requiredRight(const QString &requestType)
{
    static const QHash<QString, int> rights = {
        {u"ProfileList"_s, AllowInspection},
        {u"CertificateList"_s, AllowInspection},
        {u"InstallProfile"_s, AllowInstallationRemoval},
        {u"RemoveProfile"_s, AllowInstallationRemoval},
        {u"DeviceLock"_s, AllowPasscodeRemovalAndLock},
        {u"ClearPasscode"_s, AllowPasscodeRemovalAndLock},
        {u"EraseDevice"_s, AllowDeviceErase},
        {u"InstalledApplicationList"_s, AllowQueryApplications},
        {u"SecurityInfo"_s, AllowQuerySecurity},
        {u"Settings"_s, AllowSettings},
    };
    return rights.value(requestType, 0);
}

bool isString(const QVariant &value)
{
    return value.typeId() == QMetaType::QString;
}

// Queries that need AllowQueryNetworkInformation; every other one is device information.
bool isNetworkQuery(const QString &query)
{
    static const QSet<QString> network = {
        u"ICCID"_s,
        u"BluetoothMAC"_s,
        u"WiFiMAC"_s,
        u"EthernetMAC"_s,
        u"CurrentCarrierNetwork"_s,
        u"SIMCarrierNetwork"_s,
        u"SubscriberCarrierNetwork"_s,
        u"CarrierSettingsVersion"_s,
        u"PhoneNumber"_s,
        u"DataRoamingEnabled"_s,
        u"VoiceRoamingEnabled"_s,
        u"PersonalHotspotEnabled"_s,
        u"IsNetworkTethered"_s,
        u"IsRoaming"_s,
        u"SIMMCC"_s,
        u"SIMMNC"_s,
        u"SubscriberMCC"_s,
        u"SubscriberMNC"_s,
        u"CurrentMCC"_s,
        u"CurrentMNC"_s,
        u"ServiceSubscriptions"_s,
    };
    return network.contains(query);
}

QVariantMap application(const QString &identifier,
                        const QString &name,
                        const QString &shortVersion,
                        const QString &version,
                        qint64 bundleSize,
                        qint64 externalVersion)
{
    return {{u"Identifier"_s, identifier},
            {u"Name"_s, name},
            {u"ShortVersion"_s, shortVersion},
            {u"Version"_s, version},
            {u"BundleSize"_s, bundleSize},
            {u"ExternalVersionIdentifier"_s, externalVersion}};
}

QVariantMap payloadSummary(const QVariantMap &payload)
{
    QVariantMap summary;
    for (const QString &key : {u"PayloadType"_s,
                               u"PayloadVersion"_s,
                               u"PayloadIdentifier"_s,
                               u"PayloadUUID"_s,
                               u"PayloadDisplayName"_s,
                               u"PayloadDescription"_s,
                               u"PayloadOrganization"_s}) {
        if (payload.contains(key))
            summary.insert(key, payload.value(key));
    }
    return summary;
}

} // namespace

SimulatedCommandProcessor::SimulatedCommandProcessor(SimulatedDeviceState &state)
    : m_state(state)
{}

QVariantMap SimulatedCommandProcessor::errorChainItem(const QString &domain,
                                                      int code,
                                                      const QString &description)
{
    return {{u"ErrorCode"_s, code},
            {u"ErrorDomain"_s, domain},
            {u"LocalizedDescription"_s, description},
            {u"USEnglishDescription"_s, description}};
}

QVariantMap SimulatedCommandProcessor::error(const QString &domain,
                                             int code,
                                             const QString &description)
{
    return {{u"Status"_s, u"Error"_s},
            {u"ErrorChain"_s, QVariantList{errorChainItem(domain, code, description)}}};
}

QVariantMap SimulatedCommandProcessor::commandFormatError(const QString &description)
{
    return {{u"Status"_s, u"CommandFormatError"_s},
            {u"ErrorChain"_s,
             QVariantList{errorChainItem(MdmDomain, UnsupportedCommandCode, description)}}};
}

SimulatedCommandProcessor::Outcome SimulatedCommandProcessor::process(const QVariantMap &command,
                                                                      Channel channel)
{
    const SimulatedHardware &hardware = m_state.hardware;
    const QString requestType = command.value(u"RequestType"_s).toString();
    Outcome outcome;
    const auto formatError = [&](const QString &why) {
        outcome.response = commandFormatError(why);
        return outcome;
    };
    const auto needsSupervision = [&] {
        outcome.response = error(
            MdmDomain,
            SupervisionCode,
            u"The command “%1” requires a supervised device."_s.arg(requestType));
        return outcome;
    };
    if (requestType.isEmpty())
        return formatError(u"The command has no RequestType."_s);

    // Which platforms and channels run each command (the schemas' supportedOS).
    const bool deviceChannel = channel == Channel::Device;
    const QString unsupported = u"The command “%1” is not supported on this device."_s.arg(
        requestType);
    static const QSet<QString> known = {
        u"DeviceInformation"_s,
        u"SecurityInfo"_s,
        u"InstalledApplicationList"_s,
        u"ProfileList"_s,
        u"CertificateList"_s,
        u"InstallProfile"_s,
        u"RemoveProfile"_s,
        u"DeviceLock"_s,
        u"EraseDevice"_s,
        u"RestartDevice"_s,
        u"ShutDownDevice"_s,
        u"ClearPasscode"_s,
        u"EnableLostMode"_s,
        u"DisableLostMode"_s,
        u"PlayLostModeSound"_s,
        u"DeviceLocation"_s,
        u"Settings"_s,
    };
    if (!known.contains(requestType))
        return formatError(u"Unknown command type “%1”."_s.arg(requestType));
    static const QSet<QString> deviceChannelOnly = {
        u"DeviceLock"_s,
        u"EraseDevice"_s,
        u"RestartDevice"_s,
        u"ShutDownDevice"_s,
        u"ClearPasscode"_s,
        u"EnableLostMode"_s,
        u"DisableLostMode"_s,
        u"PlayLostModeSound"_s,
        u"DeviceLocation"_s,
    };
    if (!deviceChannel && deviceChannelOnly.contains(requestType))
        return formatError(unsupported);
    if (const int right = requiredRight(requestType); right && !(m_state.accessRights & right)) {
        outcome.response = error(
            MdmDomain,
            AccessRightsCode,
            u"The MDM server lacks the access right for “%1”."_s.arg(requestType));
        return outcome;
    }

    if (requestType == u"DeviceInformation"_s) {
        outcome.response = deviceInformation(command, channel);
    } else if (requestType == u"SecurityInfo"_s) {
        outcome.response = securityInfo();
    } else if (requestType == u"InstalledApplicationList"_s) {
        outcome.response = installedApplicationList(command);
    } else if (requestType == u"ProfileList"_s) {
        outcome.response = profileList(command);
    } else if (requestType == u"CertificateList"_s) {
        outcome.response = certificateList();
    } else if (requestType == u"InstallProfile"_s) {
        return installProfile(command);
    } else if (requestType == u"RemoveProfile"_s) {
        return removeProfile(command);
    } else if (requestType == u"DeviceLock"_s) {
        if (hardware.isTv())
            return formatError(unsupported);
        outcome.response = deviceLock(command);
    } else if (requestType == u"EraseDevice"_s) {
        return eraseDevice(command);
    } else if (requestType == u"RestartDevice"_s || requestType == u"ShutDownDevice"_s) {
        const bool restart = requestType == u"RestartDevice"_s;
        if (!restart && hardware.isTv())
            return formatError(unsupported);
        if (!hardware.isMac() && !m_state.supervised)
            return needsSupervision();
        if (restart)
            ++m_state.restartCount;
        else
            ++m_state.shutDownCount;
        outcome.response = acknowledged();
        outcome.aftermath = Aftermath::EndSession;
    } else if (requestType == u"ClearPasscode"_s) {
        if (!hardware.isIos())
            return formatError(unsupported);
        outcome.response = clearPasscode(command);
    } else if (requestType == u"Settings"_s) {
        outcome.response = settings(command, channel);
    } else {
        // The Lost Mode family: supervised iOS and iPadOS only, absent from macOS and tvOS.
        if (!hardware.isIos())
            return formatError(unsupported);
        if (!m_state.supervised)
            return needsSupervision();
        outcome.response = lostMode(requestType, command);
    }
    return outcome;
}

QVariantMap SimulatedCommandProcessor::deviceInformation(const QVariantMap &command,
                                                         Channel channel) const
{
    const QVariant queries = command.value(u"Queries"_s);
    if (queries.typeId() != QMetaType::QVariantList)
        return commandFormatError(u"DeviceInformation needs a Queries array."_s);
    const QVariantMap all = allQueryResponses(channel);
    QVariantMap answers;
    for (const QVariant &query : queries.toList()) {
        if (!isString(query))
            return commandFormatError(u"Every query must be a string."_s);
        const QString name = query.toString();
        const int right = isNetworkQuery(name) ? AllowQueryNetworkInformation
                                               : AllowQueryDeviceInformation;
        // Unknown, unsupported or not permitted queries are simply left out.
        if (all.contains(name) && (m_state.accessRights & right))
            answers.insert(name, all.value(name));
    }
    QVariantMap response = acknowledged();
    response.insert(u"QueryResponses"_s, answers);
    return response;
}

QVariantMap SimulatedCommandProcessor::allQueryResponses(Channel channel) const
{
    const SimulatedHardware &hw = m_state.hardware;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVariantMap values = {
        {u"UDID"_s, hw.udid},
        {u"DeviceName"_s, hw.deviceName},
        {u"OSVersion"_s, hw.osVersion},
        {u"BuildVersion"_s, hw.buildVersion},
        {u"SupplementalBuildVersion"_s, hw.buildVersion},
        {u"ModelName"_s, hw.modelName},
        {u"Model"_s, hw.model},
        {u"ModelNumber"_s, hw.modelNumber},
        {u"ProductName"_s, hw.productName},
        {u"SerialNumber"_s, hw.serialNumber},
        {u"IsSupervised"_s, m_state.supervised},
        {u"AwaitingConfiguration"_s, false},
        {u"WiFiMAC"_s, hw.wifiMac},
        {u"BluetoothMAC"_s, hw.bluetoothMac},
        {u"iTunesStoreAccountIsActive"_s, !hw.isTv()},
        {u"MDMOptions"_s, QVariantMap()},
    };
    if (!m_state.organizationInfo.isEmpty())
        values.insert(u"OrganizationInfo"_s, m_state.organizationInfo);
    if (!hw.isTv()) {
        values.insert(u"DeviceCapacity"_s, hw.deviceCapacityGb);
        values.insert(u"AvailableDeviceCapacity"_s, hw.availableCapacityGb);
        values.insert(u"SoftwareUpdateDeviceID"_s, hw.softwareUpdateDeviceId);
        values.insert(u"IsActivationLockEnabled"_s, hw.isIos() && !m_state.supervised);
        values.insert(u"iTunesStoreAccountHash"_s, u"kHaU8HsV4Zk5Lw0wU+2JjA=="_s);
        if (hw.batteryLevel >= 0)
            values.insert(u"BatteryLevel"_s, hw.batteryLevel);
    }
    if (channel == Channel::User && !m_state.userPushToken.isEmpty())
        values.insert(u"PushToken"_s, m_state.userPushToken);
    if (hw.isMac()) {
        if (!hw.provisioningUdid.isEmpty())
            values.insert(u"ProvisioningUDID"_s, hw.provisioningUdid);
        values.insert(u"IsAppleSilicon"_s, hw.appleSilicon);
        values.insert(u"HasBattery"_s, hw.batteryLevel >= 0);
        values.insert(u"IsActivationLockSupported"_s, true);
        values.insert(u"SupportsLOMDevice"_s, false);
        values.insert(u"LocalHostName"_s, hw.localHostName);
        values.insert(u"HostName"_s,
                      m_state.hostName.isEmpty() ? hw.localHostName + u".local"_s
                                                 : m_state.hostName);
        values.insert(u"SystemIntegrityProtectionEnabled"_s, true);
        values.insert(u"PINRequiredForDeviceLock"_s, hw.pinRequiredForDeviceLock);
        values.insert(u"PINRequiredForEraseDevice"_s, hw.pinRequiredForEraseDevice);
        values.insert(u"SupportsiOSAppInstalls"_s, hw.appleSilicon);
        values.insert(u"EACSPreflight"_s, u"success"_s);
        values.insert(u"AutoSetupAdminAccounts"_s, QVariantList());
        if (!hw.ethernetMac.isEmpty())
            values.insert(u"EthernetMAC"_s, hw.ethernetMac);
        values.insert(u"ActiveManagedUsers"_s,
                      m_state.userId.isEmpty() ? QVariantList() : QVariantList{m_state.userId});
        values.insert(u"OSUpdateSettings"_s,
                      QVariantMap{{u"IsDefaultCatalog"_s, true},
                                  {u"PreviousScanDate"_s, now.addSecs(qint64{-6} * 3600)},
                                  {u"PreviousScanResult"_s, u"0"_s},
                                  {u"PerformPeriodicCheck"_s, true},
                                  {u"AutoCheckEnabled"_s, true},
                                  {u"BackgroundDownloadEnabled"_s, true},
                                  {u"AutomaticAppInstallationEnabled"_s, true},
                                  {u"AutomaticOSInstallationEnabled"_s, false},
                                  {u"AutomaticSecurityUpdatesEnabled"_s, true}});
    }
    if (hw.isIos()) {
        values.insert(u"LastCloudBackupDate"_s, now.addSecs(qint64{-20} * 3600));
        values.insert(u"IsMultiUser"_s, false);
        values.insert(u"IsDeviceLocatorServiceEnabled"_s, true);
        values.insert(u"IsDoNotDisturbInEffect"_s, false);
        values.insert(u"EASDeviceIdentifier"_s, QString(hw.serialNumber + u"EAS"_s));
        values.insert(u"IsCloudBackupEnabled"_s, true);
        values.insert(u"IsMDMLostModeEnabled"_s, m_state.lostMode);
        values.insert(u"DiagnosticSubmissionEnabled"_s, false);
        values.insert(u"AppAnalyticsEnabled"_s, false);
        values.insert(u"SoftwareUpdateSettings"_s, QVariantMap{{u"RecommendationsCadence"_s, 0}});
        values.insert(u"AccessibilitySettings"_s,
                      QVariantMap{{u"BoldTextEnabled"_s, false},
                                  {u"IncreaseContrastEnabled"_s, false},
                                  {u"ReduceMotionEnabled"_s, false},
                                  {u"ReduceTransparencyEnabled"_s, false},
                                  {u"TextSize"_s, 3},
                                  {u"TouchAccommodationsEnabled"_s, false},
                                  {u"VoiceOverEnabled"_s, false},
                                  {u"ZoomEnabled"_s, false}});
        if (hw.hasCellular()) {
            values.insert(u"IMEI"_s, hw.imei);
            values.insert(u"MEID"_s, hw.meid);
            values.insert(u"ModemFirmwareVersion"_s, hw.modemFirmwareVersion);
            values.insert(u"CellularTechnology"_s, 3);
            values.insert(u"ICCID"_s, hw.iccid);
            values.insert(u"PhoneNumber"_s, hw.phoneNumber);
            values.insert(u"CurrentCarrierNetwork"_s, u"AT&T"_s);
            values.insert(u"SIMCarrierNetwork"_s, u"AT&T"_s);
            values.insert(u"SubscriberCarrierNetwork"_s, u"AT&T"_s);
            values.insert(u"CarrierSettingsVersion"_s, u"59.0"_s);
            values.insert(u"DataRoamingEnabled"_s, false);
            values.insert(u"VoiceRoamingEnabled"_s, true);
            values.insert(u"PersonalHotspotEnabled"_s, false);
            values.insert(u"IsNetworkTethered"_s, false);
            values.insert(u"IsRoaming"_s, false);
            values.insert(u"SIMMCC"_s, u"310"_s);
            values.insert(u"SIMMNC"_s, u"410"_s);
            values.insert(u"SubscriberMCC"_s, u"310"_s);
            values.insert(u"SubscriberMNC"_s, u"410"_s);
            values.insert(u"CurrentMCC"_s, u"310"_s);
            values.insert(u"CurrentMNC"_s, u"410"_s);
            values.insert(
                u"ServiceSubscriptions"_s,
                QVariantList{QVariantMap{{u"CarrierSettingsVersion"_s, u"59.0"_s},
                                         {u"CurrentCarrierNetwork"_s, u"AT&T"_s},
                                         {u"CurrentMCC"_s, u"310"_s},
                                         {u"CurrentMNC"_s, u"410"_s},
                                         {u"ICCID"_s, hw.iccid},
                                         {u"IMEI"_s, hw.imei},
                                         {u"IsDataPreferred"_s, true},
                                         {u"IsRoaming"_s, false},
                                         {u"IsVoicePreferred"_s, true},
                                         {u"Label"_s, u"Primary"_s},
                                         {u"LabelID"_s, u"5B3C2F1A-0D2E-4C6B-9A8F-3E1D2C4B5A69"_s},
                                         {u"PhoneNumber"_s, hw.phoneNumber},
                                         {u"Slot"_s, u"CTSubscriptionSlotOne"_s}}});
        }
    }
    if (hw.isIos() || hw.isTv())
        values.insert(u"TimeZone"_s, hw.timeZone);
    if (hw.isTv())
        values.insert(u"DeviceID"_s, hw.deviceId);
    return values;
}

QVariantMap SimulatedCommandProcessor::securityInfo() const
{
    const SimulatedHardware &hw = m_state.hardware;
    QVariantMap info;
    if (hw.isMac()) {
        info = {
            {u"FDE_Enabled"_s, true},
            {u"FDE_HasPersonalRecoveryKey"_s, true},
            {u"FDE_HasInstitutionalRecoveryKey"_s, false},
            {u"SystemIntegrityProtectionEnabled"_s, true},
            {u"FirewallSettings"_s,
             QVariantMap{{u"FirewallEnabled"_s, true},
                         {u"BlockAllIncoming"_s, false},
                         {u"StealthMode"_s, false},
                         {u"Applications"_s, QVariantList()},
                         {u"LoggingEnabled"_s, true},
                         {u"LoggingOption"_s, u"throttled"_s}}},
            {u"SecureBoot"_s,
             QVariantMap{{u"SecureBootLevel"_s, u"full"_s},
                         {u"ExternalBootLevel"_s, u"not supported"_s},
                         {u"ReducedSecurity"_s, QVariantList()}}},
            {u"RemoteDesktopEnabled"_s, false},
            {u"AuthenticatedRootVolumeEnabled"_s, true},
            {u"BootstrapTokenAllowedForAuthentication"_s, u"allowed"_s},
            {u"BootstrapTokenRequiredForSoftwareUpdate"_s, false},
            {u"BootstrapTokenRequiredForKernelExtensionApproval"_s, false},
            {u"IsRecoveryLockEnabled"_s, false},
            {u"ManagementStatus"_s,
             QVariantMap{{u"EnrolledViaDEP"_s, false},
                         {u"UserApprovedEnrollment"_s, true},
                         {u"IsUserEnrollment"_s, false},
                         {u"IsActivationLockManageable"_s, false}}},
        };
        if (!hw.appleSilicon) {
            info.insert(u"FirmwarePasswordStatus"_s,
                        QVariantMap{{u"PasswordExists"_s, false},
                                    {u"ChangePending"_s, false},
                                    {u"AllowOroms"_s, true}});
        }
    } else {
        const bool passcode = hw.isIos() && m_state.passcodePresent;
        info = {
            {u"HardwareEncryptionCaps"_s, 3},
            {u"PasscodePresent"_s, passcode},
            {u"PasscodeCompliant"_s, true},
            {u"PasscodeCompliantWithProfiles"_s, true},
            {u"ManagementStatus"_s, QVariantMap{{u"IsUserEnrollment"_s, false}}},
        };
        if (passcode) {
            info.insert(u"PasscodeLockGracePeriod"_s, 0);
            info.insert(u"PasscodeLockGracePeriodEnforced"_s, 0);
        }
    }
    QVariantMap response = acknowledged();
    response.insert(u"SecurityInfo"_s, info);
    return response;
}

QVariantList SimulatedCommandProcessor::applicationCatalog() const
{
    const SimulatedHardware &hw = m_state.hardware;
    QVariantList apps;
    if (hw.isMac()) {
        apps = {
            application(
                u"com.apple.Safari"_s, u"Safari"_s, u"17.6"_s, u"19618.3.11.11.5"_s, 118263808, 0),
            application(u"com.apple.iWork.Keynote"_s,
                        u"Keynote"_s,
                        u"14.1"_s,
                        u"7038.0.81"_s,
                        748101632,
                        866445862),
            application(u"com.microsoft.Word"_s,
                        u"Microsoft Word"_s,
                        u"16.87"_s,
                        u"16.87.24071426"_s,
                        2458910720,
                        866952311),
            application(u"com.tinyspeck.slackmacgap"_s,
                        u"Slack"_s,
                        u"4.39.95"_s,
                        u"439000095"_s,
                        514932736,
                        867190217),
            application(u"com.google.Chrome"_s,
                        u"Google Chrome"_s,
                        u"127.0.6533.89"_s,
                        u"6533.89"_s,
                        1296842752,
                        0),
        };
        for (QVariant &app : apps) {
            QVariantMap map = app.toMap();
            map.insert(u"Installing"_s, false);
            map.insert(u"HasUpdateAvailable"_s, false);
            app = map;
        }
        return apps;
    }
    if (hw.isTv()) {
        apps = {
            application(u"com.netflix.Netflix"_s,
                        u"Netflix"_s,
                        u"3.19.0"_s,
                        u"3.19.0.1"_s,
                        112394240,
                        866120457),
            application(u"com.google.ios.youtube"_s,
                        u"YouTube"_s,
                        u"2.07.01"_s,
                        u"2.07.01.3"_s,
                        98672640,
                        866502183),
        };
    } else {
        apps = {
            application(u"com.microsoft.Office.Outlook"_s,
                        u"Microsoft Outlook"_s,
                        u"4.2427.0"_s,
                        u"4.2427.0"_s,
                        286617600,
                        866834520),
            application(u"com.tinyspeck.chatlyio"_s,
                        u"Slack"_s,
                        u"24.07.30"_s,
                        u"24.07.30.0"_s,
                        173015040,
                        867033112),
            application(u"com.google.chrome.ios"_s,
                        u"Chrome"_s,
                        u"127.0.6533.77"_s,
                        u"6533.77"_s,
                        257949696,
                        866980210),
            application(
                u"com.apple.Pages"_s, u"Pages"_s, u"14.1"_s, u"7038.0.81"_s, 412090368, 866445801),
        };
    }
    for (QVariant &app : apps) {
        QVariantMap map = app.toMap();
        map.insert(u"DynamicSize"_s, 52428800);
        map.insert(u"Installing"_s, false);
        map.insert(u"IsValidated"_s, true);
        map.insert(u"AppStoreVendable"_s, true);
        map.insert(u"DeviceBasedVPP"_s, false);
        map.insert(u"BetaApp"_s, false);
        map.insert(u"AdHocCodeSigned"_s, false);
        map.insert(u"HasUpdateAvailable"_s, false);
        if (hw.isIos()) {
            map.insert(u"IsAppClip"_s, false);
            map.insert(u"DistributorIdentifier"_s, u"com.apple.AppStore"_s);
        }
        app = map;
    }
    return apps;
}

QVariantMap SimulatedCommandProcessor::installedApplicationList(const QVariantMap &command) const
{
    QStringList identifiers;
    if (command.contains(u"Identifiers"_s)) {
        if (command.value(u"Identifiers"_s).typeId() != QMetaType::QVariantList)
            return commandFormatError(u"Identifiers must be an array of strings."_s);
        for (const QVariant &identifier : command.value(u"Identifiers"_s).toList())
            identifiers.append(identifier.toString());
    }
    QStringList items;
    if (command.contains(u"Items"_s) && !m_state.hardware.isMac()) {
        for (const QVariant &item : command.value(u"Items"_s).toList())
            items.append(item.toString());
    }
    // Nothing here was installed by MDM, so a managed-only list is empty.
    const bool managedOnly = command.value(u"ManagedAppsOnly"_s).toBool();
    QVariantList list;
    if (!managedOnly) {
        for (const QVariant &app : applicationCatalog()) {
            QVariantMap map = app.toMap();
            if (!identifiers.isEmpty()
                && !identifiers.contains(map.value(u"Identifier"_s).toString())) {
                continue;
            }
            if (!items.isEmpty()) {
                QVariantMap selected;
                for (const QString &item : std::as_const(items)) {
                    if (map.contains(item))
                        selected.insert(item, map.value(item));
                }
                map = selected;
            }
            list.append(map);
        }
    }
    QVariantMap response = acknowledged();
    response.insert(u"InstalledApplicationList"_s, list);
    return response;
}

QVariantMap SimulatedCommandProcessor::profileList(const QVariantMap &command) const
{
    const bool managedOnly = command.value(u"ManagedOnly"_s).toBool();
    QVariantList list;
    for (const SimulatedProfile &profile : m_state.profiles) {
        if (managedOnly && !profile.installedByMdm)
            continue;
        const QVariantMap &content = profile.content;
        QVariantMap entry;
        for (const QString &key : {u"PayloadIdentifier"_s,
                                   u"PayloadUUID"_s,
                                   u"PayloadVersion"_s,
                                   u"PayloadDisplayName"_s,
                                   u"PayloadOrganization"_s,
                                   u"PayloadDescription"_s}) {
            if (content.contains(key))
                entry.insert(key, content.value(key));
        }
        entry.insert(u"PayloadRemovalDisallowed"_s,
                     content.value(u"PayloadRemovalDisallowed"_s).toBool());
        entry.insert(u"HasRemovalPasscode"_s, content.value(u"HasRemovalPasscode"_s).toBool());
        entry.insert(u"IsEncrypted"_s, false);
        if (!m_state.hardware.isMac())
            entry.insert(u"IsManaged"_s, profile.installedByMdm);
        if (profile.isSigned) {
            QVariantList signers;
            for (const Certificate &signer : profile.signers)
                signers.append(signer.toDer());
            entry.insert(u"SignerCertificates"_s, signers);
        }
        QVariantList payloads;
        for (const QVariant &payload : profile.payloads())
            payloads.append(payloadSummary(payload.toMap()));
        entry.insert(u"PayloadContent"_s, payloads);
        list.append(entry);
    }
    QVariantMap response = acknowledged();
    response.insert(u"ProfileList"_s, list);
    return response;
}

QVariantMap SimulatedCommandProcessor::certificateList() const
{
    QVariantList list;
    const auto add = [&list](const Certificate &certificate, bool identity) {
        if (certificate.isNull())
            return;
        QString name = certificate.subject().commonName;
        if (name.isEmpty())
            name = certificate.subjectText();
        list.append(QVariantMap{{u"CommonName"_s, name},
                                {u"IsIdentity"_s, identity},
                                {u"Data"_s, certificate.toDer()}});
    };
    add(m_state.identityCertificate, true);
    for (const Certificate &ca : m_state.caCertificates)
        add(ca, false);
    // Trust anchors from installed profiles.
    for (const SimulatedProfile &profile : m_state.profiles) {
        for (const QString &type : {u"com.apple.security.root"_s, u"com.apple.security.pkcs1"_s}) {
            for (const QVariantMap &payload : profile.payloadsOfType(type)) {
                if (Result<Certificate> certificate = Certificate::fromDer(
                        payload.value(u"PayloadContent"_s).toByteArray())) {
                    add(*certificate, false);
                }
            }
        }
    }
    QVariantMap response = acknowledged();
    response.insert(u"CertificateList"_s, list);
    return response;
}

SimulatedCommandProcessor::Outcome SimulatedCommandProcessor::installProfile(
    const QVariantMap &command)
{
    Outcome outcome;
    const QVariant payload = command.value(u"Payload"_s);
    if (payload.typeId() != QMetaType::QByteArray || payload.toByteArray().isEmpty()) {
        outcome.response = commandFormatError(u"InstallProfile needs Payload data."_s);
        return outcome;
    }
    Result<SimulatedProfile> profile = SimulatedProfile::parse(payload.toByteArray());
    if (!profile) {
        outcome.response = error(
            ProfileDomain,
            MalformedProfileCode,
            u"The profile could not be installed: %1"_s.arg(profile.error().message));
        return outcome;
    }
    if (!profile->payloadsOfType(u"com.apple.mdm"_s).isEmpty()) {
        // Only the enrollment profile itself may be replaced by a new one: identity renewal.
        if (profile->identifier() != m_state.enrollmentProfileIdentifier) {
            outcome.response = error(InstallationDomain,
                                     AlreadyEnrolledCode,
                                     u"The device is already managed by an MDM server."_s);
            return outcome;
        }
        outcome.aftermath = Aftermath::Reenroll;
        outcome.profile = payload.toByteArray();
        outcome.response = acknowledged();
        return outcome;
    }
    profile->installedByMdm = true;
    const QString identifier = profile->identifier();
    const auto existing = std::find_if(m_state.profiles.begin(),
                                       m_state.profiles.end(),
                                       [&identifier](const SimulatedProfile &installed) {
                                           return installed.identifier() == identifier;
                                       });
    if (existing != m_state.profiles.end())
        *existing = *profile; // the same identifier replaces the installed profile
    else
        m_state.profiles.append(*profile);
    outcome.response = acknowledged();
    return outcome;
}

SimulatedCommandProcessor::Outcome SimulatedCommandProcessor::removeProfile(
    const QVariantMap &command)
{
    Outcome outcome;
    const QVariant identifier = command.value(u"Identifier"_s);
    if (!isString(identifier) || identifier.toString().isEmpty()) {
        outcome.response = commandFormatError(u"RemoveProfile needs an Identifier."_s);
        return outcome;
    }
    const auto it = std::find_if(m_state.profiles.begin(),
                                 m_state.profiles.end(),
                                 [&identifier](const SimulatedProfile &installed) {
                                     return installed.identifier() == identifier.toString();
                                 });
    if (it == m_state.profiles.end()) {
        outcome.response = error(
            ProfileDomain,
            ProfileNotFoundCode,
            u"The profile “%1” is not installed."_s.arg(identifier.toString()));
        return outcome;
    }
    const bool enrollment = it->identifier() == m_state.enrollmentProfileIdentifier;
    if (!enrollment && !it->installedByMdm) {
        outcome.response = error(
            ProfileDomain,
            ProfileNotFoundCode,
            u"The profile “%1” was not installed by MDM."_s.arg(identifier.toString()));
        return outcome;
    }
    m_state.profiles.erase(it);
    outcome.response = acknowledged();
    if (enrollment)
        outcome.aftermath = Aftermath::Unenroll;
    return outcome;
}

QVariantMap SimulatedCommandProcessor::deviceLock(const QVariantMap &command)
{
    const SimulatedHardware &hw = m_state.hardware;
    const QString pin = command.value(u"PIN"_s).toString();
    const bool message = command.contains(u"Message"_s) || command.contains(u"PhoneNumber"_s);
    if (hw.isMac()) {
        // Find My locks a Mac with a six-character PIN, the only thing that unlocks it again.
        if (hw.pinRequiredForDeviceLock && pin.size() != 6) {
            return error(
                MdmDomain, PinRequiredCode, u"DeviceLock needs a six-character PIN on this Mac."_s);
        }
        ++m_state.lockCount;
        m_state.lastLockPin = pin;
        QVariantMap response = acknowledged();
        if (message)
            response.insert(u"MessageResult"_s, u"Success"_s);
        return response;
    }
    ++m_state.lockCount;
    QString result = u"Success"_s;
    if (m_state.lostMode)
        result = u"DeviceInLostMode"_s;
    else if (message && !m_state.passcodePresent)
        result = u"NoPasscodeSet"_s;
    QVariantMap response = acknowledged();
    response.insert(u"MessageResult"_s, result);
    return response;
}

SimulatedCommandProcessor::Outcome SimulatedCommandProcessor::eraseDevice(
    const QVariantMap &command)
{
    Outcome outcome;
    const SimulatedHardware &hw = m_state.hardware;
    if (hw.isMac() && hw.pinRequiredForEraseDevice
        && command.value(u"PIN"_s).toString().size() != 6) {
        outcome.response = error(
            MdmDomain, PinRequiredCode, u"EraseDevice needs a six-character PIN on this Mac."_s);
        return outcome;
    }
    outcome.response = acknowledged();
    outcome.aftermath = Aftermath::Erase;
    return outcome;
}

QVariantMap SimulatedCommandProcessor::clearPasscode(const QVariantMap &command)
{
    const QVariant token = command.value(u"UnlockToken"_s);
    if (token.typeId() != QMetaType::QByteArray)
        return commandFormatError(u"ClearPasscode needs UnlockToken data."_s);
    if (m_state.unlockToken.isEmpty() || token.toByteArray() != m_state.unlockToken)
        return error(MdmDomain, UnlockTokenCode, u"The unlock token is not valid."_s);
    m_state.passcodePresent = false;
    return acknowledged();
}

QVariantMap SimulatedCommandProcessor::lostMode(const QString &requestType,
                                                const QVariantMap &command)
{
    if (requestType == u"EnableLostMode"_s) {
        const QString message = command.value(u"Message"_s).toString();
        if (message.isEmpty() && command.value(u"PhoneNumber"_s).toString().isEmpty()) {
            return commandFormatError(u"EnableLostMode needs a Message or a PhoneNumber."_s);
        }
        m_state.lostMode = true;
        m_state.lostModeMessage = message;
        return acknowledged();
    }
    if (requestType == u"DisableLostMode"_s) {
        m_state.lostMode = false;
        m_state.lostModeMessage.clear();
        return acknowledged();
    }
    if (!m_state.lostMode)
        return error(MdmDomain, LostModeCode, u"The device is not in Lost Mode."_s);
    if (requestType == u"PlayLostModeSound"_s) {
        ++m_state.lostModeSoundCount;
        return acknowledged();
    }
    // DeviceLocation: a fix near Apple Park, a minute old.
    QVariantMap response = acknowledged();
    response.insert(u"Latitude"_s, 37.3349);
    response.insert(u"Longitude"_s, -122.0090);
    response.insert(u"HorizontalAccuracy"_s, 14.2);
    response.insert(u"VerticalAccuracy"_s, 9.8);
    response.insert(u"Altitude"_s, 52.4);
    response.insert(u"Speed"_s, 0.0);
    response.insert(u"Course"_s, -1.0);
    response.insert(u"Timestamp"_s,
                    QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate));
    return response;
}

QVariantMap SimulatedCommandProcessor::settings(const QVariantMap &command, Channel channel)
{
    const QVariant items = command.value(u"Settings"_s);
    if (items.typeId() != QMetaType::QVariantList)
        return commandFormatError(u"Settings needs a Settings array."_s);
    for (const QVariant &item : items.toList()) {
        if (item.typeId() != QMetaType::QVariantMap || !isString(item.toMap().value(u"Item"_s)))
            return commandFormatError(u"Every setting must be a dictionary with an Item."_s);
    }
    // The schema calls the answer a dictionary; devices send one result per item, in order.
    QVariantList results;
    for (const QVariant &item : items.toList())
        results.append(settingsItem(item.toMap(), channel));
    QVariantMap response = acknowledged();
    response.insert(u"Settings"_s, results);
    return response;
}

QVariantMap SimulatedCommandProcessor::settingsItem(const QVariantMap &item, Channel channel)
{
    const SimulatedHardware &hw = m_state.hardware;
    const QString name = item.value(u"Item"_s).toString();
    const auto failed = [&name](int code, const QString &why) {
        return QVariantMap{
            {u"Status"_s, u"Error"_s},
            {u"ErrorChain"_s, QVariantList{errorChainItem(MdmDomain, code, why.arg(name))}}};
    };
    QVariantMap ok = {{u"Status"_s, u"Acknowledged"_s}};
    const QString unsupported = u"The setting “%1” is not supported on this device."_s;
    const QString supervisedOnly = u"The setting “%1” requires a supervised device."_s;

    if (name == u"DeviceName"_s) {
        const QString deviceName = item.value(u"DeviceName"_s).toString();
        if (deviceName.isEmpty())
            return failed(MissingKeyCode, u"The setting “%1” needs a DeviceName."_s);
        if (hw.isIos() && !m_state.supervised)
            return failed(SupervisionCode, supervisedOnly);
        m_state.hardware.deviceName = deviceName;
        return ok;
    }
    if (name == u"HostName"_s) {
        if (!hw.isMac())
            return failed(UnsupportedCommandCode, unsupported);
        m_state.hostName = item.value(u"HostName"_s).toString();
        return ok;
    }
    if (name == u"OrganizationInfo"_s) {
        m_state.organizationInfo = item.value(u"OrganizationInfo"_s).toMap();
        return ok;
    }
    if (name == u"ApplicationConfiguration"_s || name == u"ApplicationAttributes"_s) {
        const QString identifier = item.value(u"Identifier"_s).toString();
        QVariantMap result = ok;
        if (!hw.isMac())
            result.insert(u"Identifier"_s, identifier);
        bool installed = false;
        for (const QVariant &app : applicationCatalog())
            installed = installed || app.toMap().value(u"Identifier"_s).toString() == identifier;
        if (!installed || (hw.isMac() && name == u"ApplicationAttributes"_s)) {
            QVariantMap refused = failed(UnsupportedCommandCode,
                                         u"The app for “%1” is not managed on this device."_s);
            if (!hw.isMac())
                refused.insert(u"Identifier"_s, identifier);
            return refused;
        }
        m_state.appliedSettings.insert(name + u':' + identifier, item);
        return result;
    }

    struct Rule
    {
        bool mac;
        bool ios;
        bool tv;
        bool supervisedOnIos;
    };

    static const QHash<QString, Rule> rules = {
        {u"Bluetooth"_s, {true, true, false, true}},
        {u"DataRoaming"_s, {false, true, false, false}},
        {u"VoiceRoaming"_s, {false, true, false, false}},
        {u"PersonalHotspot"_s, {false, true, false, false}},
        {u"MDMOptions"_s, {true, true, false, false}},
        {u"Wallpaper"_s, {false, true, false, true}},
        {u"TimeZone"_s, {false, true, true, true}},
        {u"SoftwareUpdateSettings"_s, {false, true, false, true}},
        {u"AccessibilitySettings"_s, {false, true, false, true}},
    };
    const auto rule = rules.constFind(name);
    if (rule == rules.constEnd()) {
        // Shared iPad settings and anything unknown.
        return failed(UnsupportedCommandCode, unsupported);
    }
    const bool supported = (hw.isMac() && rule->mac) || (hw.isIos() && rule->ios)
                           || (hw.isTv() && rule->tv);
    if (!supported || (channel == Channel::User && name != u"MDMOptions"_s))
        return failed(UnsupportedCommandCode, unsupported);
    if ((hw.isIos() || hw.isTv()) && rule->supervisedOnIos && !m_state.supervised)
        return failed(SupervisionCode, supervisedOnly);
    m_state.appliedSettings.insert(name, item);
    if (name == u"TimeZone"_s)
        m_state.hardware.timeZone = item.value(u"TimeZone"_s).toString();
    return ok;
}

} // namespace Espalier
