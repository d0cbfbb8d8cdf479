// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/CertificateListCommand.h"
#include "core/mdm/commands/ClearPasscodeCommand.h"
#include "core/mdm/commands/DeviceInformationCommand.h"
#include "core/mdm/commands/DeviceLocationCommand.h"
#include "core/mdm/commands/DeviceLockCommand.h"
#include "core/mdm/commands/DisableLostModeCommand.h"
#include "core/mdm/commands/EnableLostModeCommand.h"
#include "core/mdm/commands/EraseDeviceCommand.h"
#include "core/mdm/commands/InstallProfileCommand.h"
#include "core/mdm/commands/InstalledApplicationListCommand.h"
#include "core/mdm/commands/PlayLostModeSoundCommand.h"
#include "core/mdm/commands/ProfileListCommand.h"
#include "core/mdm/commands/RemoveProfileCommand.h"
#include "core/mdm/commands/RestartDeviceCommand.h"
#include "core/mdm/commands/SecurityInfoCommand.h"
#include "core/mdm/commands/SettingsCommand.h"
#include "core/mdm/commands/ShutDownDeviceCommand.h"
#include "core/plist/Plist.h"
#include "tests/support/TestHelpers.h"

#include <QSet>
#include <QTest>
#include <QVariantList>

#include <functional>

using namespace Espalier;
using namespace Qt::StringLiterals;

// Builds the command when the test runs, so each row's verdict is reached inside the test.
using CommandBuild = std::function<Espalier::Result<Espalier::MdmCommand>()>;
Q_DECLARE_METATYPE(CommandBuild)

// What each builder accepts and sends, and what it refuses with which message, per platform,
// OS version and enrollment. Messages are compared in full: they are what an administrator reads.
class tst_CommandBuilders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deviceInformation_data();
    void deviceInformation();
    void defaultQueries_data();
    void defaultQueries();
    void securityInfo_data();
    void securityInfo();
    void installedApplicationList_data();
    void installedApplicationList();
    void profileAndCertificateList_data();
    void profileAndCertificateList();
    void installProfile_data();
    void installProfile();
    void removeProfile_data();
    void removeProfile();
    void deviceLock_data();
    void deviceLock();
    void eraseDevice_data();
    void eraseDevice();
    void restartAndShutDown_data();
    void restartAndShutDown();
    void clearPasscode_data();
    void clearPasscode();
    void lostMode_data();
    void lostMode();
    void settings_data();
    void settings();
    void hostNames_data();
    void hostNames();

private:
    static void addColumns();
    static void verifyRow();
};

namespace {

template<typename Command>
CommandBuild builder(const Command &command, const CommandTarget &target)
{
    return [command, target] { return command.build(target); };
}

void accepts(const char *name,
             const CommandBuild &build,
             const QString &requestType,
             const QVariantMap &fields = {})
{
    QTest::newRow(name) << build << true << requestType << fields << 0 << QString();
}

void refuses(const char *name, const CommandBuild &build, Error::Code code, const QString &message)
{
    QTest::newRow(name) << build << false << QString() << QVariantMap() << int(code) << message;
}

CommandTarget makeTarget(Platform platform, const QString &version, bool supervised = false)
{
    CommandTarget target;
    target.platform = platform;
    target.osVersion = version;
    target.supervised = supervised;
    return target;
}

CommandTarget mac(const QString &version, std::optional<bool> appleSilicon = true)
{
    CommandTarget target = makeTarget(Platform::MacOS, version);
    target.appleSilicon = appleSilicon;
    return target;
}

CommandTarget userChannel(CommandTarget target)
{
    target.userChannel = true;
    return target;
}

CommandTarget userEnrolled(CommandTarget target)
{
    target.userEnrollment = true;
    return target;
}

CommandTarget shared(CommandTarget target)
{
    target.sharedIpad = true;
    return target;
}

CommandTarget phone(const QString &version = u"18.1"_s)
{
    return makeTarget(Platform::IOS, version);
}

CommandTarget supervisedPhone(const QString &version = u"18.1"_s)
{
    return makeTarget(Platform::IOS, version, true);
}

QVariantList strings(const QStringList &list)
{
    QVariantList result;
    for (const QString &item : list)
        result.append(item);
    return result;
}

QByteArray xmlProfile(const QVariantMap &profile)
{
    return Plist::toXml(profile).value_or(QByteArray());
}

QVariantMap minimalProfile()
{
    return {
        {u"PayloadType"_s, u"Configuration"_s},
        {u"PayloadIdentifier"_s, u"com.example.wifi"_s},
        {u"PayloadUUID"_s, u"0C6A8B9E-3C2D-4E5F-8A7B-1C2D3E4F5A6B"_s},
        {u"PayloadVersion"_s, 1},
    };
}

QString tooOld(const QString &subject, const QString &os, const QString &version)
{
    return u"%1 needs %2 %3 or later. Update the device, then try again."_s.arg(
        subject, os, version);
}

QString optionTooOld(const QString &subject, const QString &os, const QString &version)
{
    return u"%1 needs %2 %3 or later. Leave it out, or update the device first."_s.arg(
        subject, os, version);
}

QString optionNotOn(const QString &subject, const QString &os)
{
    return u"%1 isn't available on %2. Leave it out to send the command."_s.arg(subject, os);
}

QString notOn(const QString &subject, const QString &os)
{
    return u"%1 isn't available on %2."_s.arg(subject, os);
}

QString notWithUserEnrollment(const QString &subject)
{
    return u"%1 isn't available on a device enrolled with User Enrollment."_s.arg(subject);
}

QString deviceChannelOnly(const QString &subject)
{
    return u"%1 can only be sent to the device, not to a user on it. Send it to the device "
           "instead."_s.arg(subject);
}

QString needsSupervision(const QString &subject)
{
    return u"%1 needs a supervised device. Supervise it with Apple Business Manager or Apple "
           "Configurator, then try again."_s.arg(subject);
}

} // namespace

void tst_CommandBuilders::addColumns()
{
    QTest::addColumn<CommandBuild>("build");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<QString>("requestType");
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
}

void tst_CommandBuilders::verifyRow()
{
    QFETCH(CommandBuild, build);
    QFETCH(bool, succeeds);
    QFETCH(QString, requestType);
    QFETCH(QVariantMap, fields);
    QFETCH(int, code);
    QFETCH(QString, message);

    const Result<MdmCommand> result = build();
    if (succeeds) {
        QVERIFY_RESULT(result);
        QCOMPARE(result->requestType, requestType);
        QCOMPARE(result->fields, fields);
        return;
    }
    QVERIFY_FAILS_WITH(result, static_cast<Error::Code>(code));
    QCOMPARE(result.error().message, message);
    QVERIFY2(!result.error().detail.isEmpty(), "refusals carry a detail for the log");
}

void tst_CommandBuilders::deviceInformation_data()
{
    addColumns();
    const QString type = u"DeviceInformation"_s;

    accepts(
        "custom list, duplicates dropped",
        builder(DeviceInformationCommand{{u"SerialNumber"_s, u"OSVersion"_s, u"SerialNumber"_s}},
                phone()),
        type,
        {{u"Queries"_s, strings({u"SerialNumber"_s, u"OSVersion"_s})}});
    accepts("defaults when no queries are given",
            builder(DeviceInformationCommand{}, mac(u"15.1"_s)),
            type,
            {{u"Queries"_s, strings(DeviceInformationCommand::defaultQueries(mac(u"15.1"_s)))}});
    refuses("unknown query",
            builder(DeviceInformationCommand{{u"serialnumber"_s}}, phone()),
            Error::Code::InvalidInput,
            u"“serialnumber” isn't a Device Information query. Check the spelling; query names "
            "are case-sensitive."_s);
    refuses("query for another platform",
            builder(DeviceInformationCommand{{u"EthernetMAC"_s}}, phone()),
            Error::Code::Unsupported,
            optionNotOn(u"The EthernetMAC query"_s, u"iOS"_s));
    refuses("query too new for the Mac",
            builder(DeviceInformationCommand{{u"IsAppleSilicon"_s}}, mac(u"11.6"_s)),
            Error::Code::Unsupported,
            optionTooOld(u"The IsAppleSilicon query"_s, u"macOS"_s, u"12"_s));
    refuses("query forbidden with User Enrollment",
            builder(DeviceInformationCommand{{u"UDID"_s}}, userEnrolled(phone())),
            Error::Code::Unsupported,
            u"The UDID query isn't available with User Enrollment. Leave it out to send the "
            "command."_s);
    refuses("query removed",
            builder(DeviceInformationCommand{{u"SIMCarrierNetwork"_s}}, phone(u"17.0"_s)),
            Error::Code::Unsupported,
            u"The SIMCarrierNetwork query is no longer available from iOS 5 on. Leave it out to "
            "send the command."_s);
    refuses("query only for Shared iPad",
            builder(DeviceInformationCommand{{u"MaximumResidentUsers"_s}}, supervisedPhone()),
            Error::Code::Unsupported,
            u"The MaximumResidentUsers query is only available on a Shared iPad. Leave it out to "
            "send the command."_s);
    accepts(
        "Shared iPad query on a Shared iPad",
        builder(DeviceInformationCommand{{u"MaximumResidentUsers"_s}}, shared(supervisedPhone())),
        type,
        {{u"Queries"_s, strings({u"MaximumResidentUsers"_s})}});
    refuses("unknown platform",
            builder(DeviceInformationCommand{}, makeTarget(Platform::Unknown, u"1.0"_s)),
            Error::Code::Unsupported,
            u"Device Information can't be sent until Espalier knows which platform this device "
            "runs. Refresh its inventory, then try again."_s);
}

void tst_CommandBuilders::deviceInformation()
{
    verifyRow();
}

void tst_CommandBuilders::defaultQueries_data()
{
    QTest::addColumn<CommandTarget>("target");
    QTest::addColumn<QStringList>("included");
    QTest::addColumn<QStringList>("excluded");

    QTest::newRow("macOS 15") << mac(u"15.1"_s)
                              << QStringList{u"UDID"_s,
                                             u"SerialNumber"_s,
                                             u"OSVersion"_s,
                                             u"IsAppleSilicon"_s,
                                             u"PINRequiredForDeviceLock"_s,
                                             u"PINRequiredForEraseDevice"_s,
                                             u"EthernetMAC"_s,
                                             u"HostName"_s}
                              << QStringList{u"IsActivationLockEnabled"_s, // deprecated in macOS 13
                                             u"IsMDMLostModeEnabled"_s,
                                             u"IMEI"_s,
                                             u"DevicePropertiesAttestation"_s};
    QTest::newRow("macOS 11.2") << mac(u"11.2"_s, std::nullopt)
                                << QStringList{u"PINRequiredForDeviceLock"_s,
                                               u"IsActivationLockEnabled"_s}
                                << QStringList{
                                       u"IsAppleSilicon"_s, u"ModelNumber"_s, u"BatteryLevel"_s};
    QTest::newRow("macOS 10.14") << mac(u"10.14.6"_s, std::nullopt)
                                 << QStringList{u"SerialNumber"_s, u"HostName"_s}
                                 << QStringList{u"PINRequiredForDeviceLock"_s, u"IsSupervised"_s};
    QTest::newRow("supervised iOS 18")
        << supervisedPhone()
        << QStringList{u"UDID"_s, u"IsMDMLostModeEnabled"_s, u"IsSupervised"_s, u"TimeZone"_s}
        << QStringList{u"EthernetMAC"_s, u"IsActivationLockEnabled"_s, u"HostName"_s};
    QTest::newRow("iOS 15") << phone(u"15.8"_s) << QStringList{u"IsActivationLockEnabled"_s}
                            << QStringList{u"ModelNumber"_s};
    QTest::newRow("iOS, version unknown")
        << phone(QString()) << QStringList{u"OSVersion"_s, u"ModelNumber"_s}
        << QStringList{u"IsActivationLockEnabled"_s};
    QTest::newRow("User Enrollment iOS")
        << userEnrolled(phone()) << QStringList{u"OSVersion"_s, u"ProductName"_s}
        << QStringList{u"UDID"_s, u"SerialNumber"_s, u"WiFiMAC"_s, u"IsMDMLostModeEnabled"_s};
    QTest::newRow("tvOS") << makeTarget(Platform::TvOS, u"18.1"_s)
                          << QStringList{u"UDID"_s, u"OSVersion"_s}
                          << QStringList{u"DeviceCapacity"_s, u"BatteryLevel"_s};
    QTest::newRow("watchOS") << makeTarget(Platform::WatchOS, u"11.1"_s)
                             << QStringList{u"SerialNumber"_s, u"BatteryLevel"_s}
                             << QStringList{u"IsActivationLockEnabled"_s, u"BluetoothMAC"_s};
}

void tst_CommandBuilders::defaultQueries()
{
    QFETCH(CommandTarget, target);
    QFETCH(QStringList, included);
    QFETCH(QStringList, excluded);
    const QStringList queries = DeviceInformationCommand::defaultQueries(target);
    for (const QString &name : included)
        QVERIFY2(queries.contains(name), qPrintable(name + u" missing"_s));
    for (const QString &name : excluded)
        QVERIFY2(!queries.contains(name), qPrintable(name + u" present"_s));
    QCOMPARE(QSet<QString>(queries.cbegin(), queries.cend()).size(), queries.size());
    QVERIFY_RESULT(DeviceInformationCommand{}.build(target));
}

void tst_CommandBuilders::securityInfo_data()
{
    addColumns();
    accepts("Mac", builder(SecurityInfoCommand{}, mac(u"15.1"_s)), u"SecurityInfo"_s);
    accepts("Mac user channel",
            builder(SecurityInfoCommand{}, userChannel(mac(u"15.1"_s))),
            u"SecurityInfo"_s);
    accepts("User Enrollment iPhone",
            builder(SecurityInfoCommand{}, userEnrolled(phone())),
            u"SecurityInfo"_s);
    refuses("Shared iPad user channel",
            builder(SecurityInfoCommand{}, userChannel(shared(supervisedPhone()))),
            Error::Code::Unsupported,
            deviceChannelOnly(u"Security Info"_s));
    refuses("watchOS 9",
            builder(SecurityInfoCommand{}, makeTarget(Platform::WatchOS, u"9.6"_s)),
            Error::Code::Unsupported,
            tooOld(u"Security Info"_s, u"watchOS"_s, u"10"_s));
}

void tst_CommandBuilders::securityInfo()
{
    verifyRow();
}

void tst_CommandBuilders::installedApplicationList_data()
{
    addColumns();
    const QString type = u"InstalledApplicationList"_s;
    accepts("everything on iOS",
            builder(
                InstalledApplicationListCommand{
                    {u"com.example.a"_s, u"com.example.a"_s, u"com.example.b"_s},
                    true,
                    {u"Name"_s, u"Version"_s}},
                phone()),
            type,
            {{u"Identifiers"_s, strings({u"com.example.a"_s, u"com.example.b"_s})},
             {u"ManagedAppsOnly"_s, true},
             {u"Items"_s, strings({u"Name"_s, u"Version"_s})}});
    accepts("nothing", builder(InstalledApplicationListCommand{}, mac(u"10.13.6"_s)), type);
    accepts("Mac user channel",
            builder(InstalledApplicationListCommand{{}, true, {}}, userChannel(mac(u"15.1"_s))),
            type,
            {{u"ManagedAppsOnly"_s, true}});
    refuses("items on a Mac",
            builder(InstalledApplicationListCommand{{}, false, {u"Name"_s}}, mac(u"15.1"_s)),
            Error::Code::Unsupported,
            optionNotOn(u"Choosing which app details to report"_s, u"macOS"_s));
    refuses("items before iOS 14",
            builder(InstalledApplicationListCommand{{}, false, {u"Name"_s}}, phone(u"13.7"_s)),
            Error::Code::Unsupported,
            optionTooOld(u"Choosing which app details to report"_s, u"iOS"_s, u"14"_s));
    refuses("identifiers before macOS 10.15",
            builder(InstalledApplicationListCommand{{u"com.example.a"_s}, false, {}},
                    mac(u"10.14.6"_s)),
            Error::Code::Unsupported,
            optionTooOld(u"Asking for particular apps"_s, u"macOS"_s, u"10.15"_s));
    refuses("managed only before iOS 7",
            builder(InstalledApplicationListCommand{{}, true, {}}, phone(u"6.1.6"_s)),
            Error::Code::Unsupported,
            optionTooOld(u"Listing only managed apps"_s, u"iOS"_s, u"7"_s));
    refuses("unknown item",
            builder(InstalledApplicationListCommand{{}, false, {u"Size"_s}}, phone()),
            Error::Code::InvalidInput,
            u"“Size” isn't an app detail a device can report."_s);
    refuses("blank identifier",
            builder(InstalledApplicationListCommand{{u" "_s}, false, {}}, phone()),
            Error::Code::InvalidInput,
            u"App identifiers can't be empty or have spaces around them."_s);
    refuses("User Enrollment Mac",
            builder(InstalledApplicationListCommand{}, userEnrolled(mac(u"15.1"_s))),
            Error::Code::Unsupported,
            notWithUserEnrollment(u"Installed Application List"_s));
}

void tst_CommandBuilders::installedApplicationList()
{
    verifyRow();
}

void tst_CommandBuilders::profileAndCertificateList_data()
{
    addColumns();
    accepts("profiles, managed only, iOS 13",
            builder(ProfileListCommand{true}, phone(u"13.0"_s)),
            u"ProfileList"_s,
            {{u"ManagedOnly"_s, true}});
    accepts(
        "profiles, all, iOS 12", builder(ProfileListCommand{}, phone(u"12.5"_s)), u"ProfileList"_s);
    refuses("profiles, managed only, iOS 12",
            builder(ProfileListCommand{true}, phone(u"12.5"_s)),
            Error::Code::Unsupported,
            optionTooOld(u"Listing only managed profiles"_s, u"iOS"_s, u"13"_s));
    accepts("profiles, Shared iPad user channel",
            builder(ProfileListCommand{true}, userChannel(shared(supervisedPhone()))),
            u"ProfileList"_s,
            {{u"ManagedOnly"_s, true}});
    accepts("certificates, managed only, Mac user channel",
            builder(CertificateListCommand{true}, userChannel(mac(u"15.1"_s))),
            u"CertificateList"_s,
            {{u"ManagedOnly"_s, true}});
    refuses("certificates, managed only, macOS 10.14",
            builder(CertificateListCommand{true}, mac(u"10.14.6"_s)),
            Error::Code::Unsupported,
            optionTooOld(u"Listing only managed certificates"_s, u"macOS"_s, u"10.15"_s));
    refuses("certificates, Shared iPad user channel",
            builder(CertificateListCommand{}, userChannel(shared(supervisedPhone()))),
            Error::Code::Unsupported,
            deviceChannelOnly(u"Certificate List"_s));
}

void tst_CommandBuilders::profileAndCertificateList()
{
    verifyRow();
}

void tst_CommandBuilders::installProfile_data()
{
    addColumns();
    const QString type = u"InstallProfile"_s;
    const QByteArray xml = xmlProfile(minimalProfile());
    const QByteArray binary = Plist::toBinary(minimalProfile()).value_or(QByteArray());
    // What a signed profile starts with: a DER SEQUENCE (ContentInfo); the device checks the rest.
    QByteArray signedProfile("\x30\x82\x10\x00\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02", 15);
    QByteArray atLimit(InstallProfileCommand::maxPayloadBytes, '\0');
    atLimit[0] = '\x30';

    accepts(
        "XML profile", builder(InstallProfileCommand{xml}, phone()), type, {{u"Payload"_s, xml}});
    accepts("binary profile",
            builder(InstallProfileCommand{binary}, mac(u"15.1"_s)),
            type,
            {{u"Payload"_s, binary}});
    accepts("signed profile",
            builder(InstallProfileCommand{signedProfile}, userEnrolled(phone())),
            type,
            {{u"Payload"_s, signedProfile}});
    accepts("exactly the size limit",
            builder(InstallProfileCommand{atLimit}, phone()),
            type,
            {{u"Payload"_s, atLimit}});
    accepts("Mac user channel",
            builder(InstallProfileCommand{xml}, userChannel(mac(u"15.1"_s))),
            type,
            {{u"Payload"_s, xml}});
    refuses("empty",
            builder(InstallProfileCommand{}, phone()),
            Error::Code::InvalidInput,
            u"The profile is empty. Choose a .mobileconfig file."_s);
    refuses("one byte over the limit",
            builder(InstallProfileCommand{atLimit + '\0'}, phone()),
            Error::Code::InvalidInput,
            u"The profile is larger than 4 MiB, too large to send to a device."_s);
    const QString notAProfile = u"This file isn't a configuration profile. Choose a .mobileconfig "
                                "file."_s;
    refuses("text",
            builder(InstallProfileCommand{QByteArray("hello")}, phone()),
            Error::Code::InvalidInput,
            notAProfile);
    refuses(
        "broken XML",
        builder(InstallProfileCommand{QByteArray("<?xml version=\"1.0\"?><plist><dict>")}, phone()),
        Error::Code::InvalidInput,
        notAProfile);
    refuses("a property list that is an array",
            builder(InstallProfileCommand{Plist::toXml(QVariantList{1, 2}).value_or(QByteArray())},
                    phone()),
            Error::Code::InvalidInput,
            notAProfile);
    QVariantMap payloadOnly = minimalProfile();
    payloadOnly.insert(u"PayloadType"_s, u"com.apple.wifi.managed"_s);
    refuses("a payload, not a profile",
            builder(InstallProfileCommand{xmlProfile(payloadOnly)}, phone()),
            Error::Code::InvalidInput,
            notAProfile);
    QVariantMap anonymous = minimalProfile();
    anonymous.remove(u"PayloadIdentifier"_s);
    refuses("no identifier",
            builder(InstallProfileCommand{xmlProfile(anonymous)}, phone()),
            Error::Code::InvalidInput,
            notAProfile);
}

void tst_CommandBuilders::installProfile()
{
    verifyRow();
}

void tst_CommandBuilders::removeProfile_data()
{
    addColumns();
    accepts("identifier",
            builder(RemoveProfileCommand{u"com.example.wifi"_s}, userEnrolled(phone())),
            u"RemoveProfile"_s,
            {{u"Identifier"_s, u"com.example.wifi"_s}});
    const QString give = u"Give the profile's identifier, without spaces around it."_s;
    refuses("empty", builder(RemoveProfileCommand{}, phone()), Error::Code::InvalidInput, give);
    refuses("padded",
            builder(RemoveProfileCommand{u" com.example.wifi"_s}, phone()),
            Error::Code::InvalidInput,
            give);
    refuses("line break inside",
            builder(RemoveProfileCommand{u"com.example\nwifi"_s}, phone()),
            Error::Code::InvalidInput,
            u"The profile identifier must be a single line without control characters."_s);
}

void tst_CommandBuilders::removeProfile()
{
    verifyRow();
}

void tst_CommandBuilders::deviceLock_data()
{
    addColumns();
    const QString type = u"DeviceLock"_s;
    const QString message = u"Call the front desk."_s;
    const QString number = u"+1 555 0100"_s;
    const QString pinNeeded = u"macOS needs a six-digit PIN to lock this Mac."_s;
    const QString sixDigits = u"The PIN must be exactly six digits."_s;

    accepts("Apple silicon Mac, everything",
            builder(DeviceLockCommand{message, number, u"012345"_s}, mac(u"15.1"_s)),
            type,
            {{u"Message"_s, message}, {u"PhoneNumber"_s, number}, {u"PIN"_s, u"012345"_s}});
    {
        CommandTarget noPinNeeded = mac(u"14.5"_s);
        noPinNeeded.lockPinRequired = false;
        accepts("Mac that needs no PIN", builder(DeviceLockCommand{}, noPinNeeded), type);
    }
    refuses("Mac, PIN requirement unknown",
            builder(DeviceLockCommand{}, mac(u"14.5"_s)),
            Error::Code::InvalidInput,
            pinNeeded);
    {
        CommandTarget pinNeededMac = mac(u"14.5"_s);
        pinNeededMac.lockPinRequired = true;
        refuses("Mac that needs a PIN",
                builder(DeviceLockCommand{message, {}, {}}, pinNeededMac),
                Error::Code::InvalidInput,
                pinNeeded);
    }
    refuses("five-digit PIN",
            builder(DeviceLockCommand{{}, {}, u"12345"_s}, mac(u"14.5"_s)),
            Error::Code::InvalidInput,
            sixDigits);
    refuses("PIN with a letter",
            builder(DeviceLockCommand{{}, {}, u"12345a"_s}, mac(u"14.5"_s)),
            Error::Code::InvalidInput,
            sixDigits);
    refuses("Apple silicon before macOS 11.5",
            builder(DeviceLockCommand{{}, {}, u"123456"_s}, mac(u"11.4"_s)),
            Error::Code::Unsupported,
            u"Locking this Mac would deactivate it: Macs with Apple silicon are deactivated "
            "instead of locked before macOS 11.5. Update it to macOS 11.5 or later first."_s);
    refuses("unknown chip before macOS 11.5",
            builder(DeviceLockCommand{{}, {}, u"123456"_s}, mac(u"11.0.1"_s, std::nullopt)),
            Error::Code::Unsupported,
            u"Locking this Mac could deactivate it: Macs with Apple silicon are deactivated "
            "instead of locked before macOS 11.5, and this Mac hasn't reported its chip. Update "
            "it to macOS 11.5 or later first."_s);
    refuses("Apple silicon, macOS version unknown",
            builder(DeviceLockCommand{{}, {}, u"123456"_s}, mac(QString())),
            Error::Code::Unsupported,
            u"Locking a Mac with Apple silicon before macOS 11.5 deactivates it, and Espalier "
            "doesn't know which macOS this Mac runs. Refresh its inventory, then try again."_s);
    accepts("Apple silicon on macOS 11.5",
            builder(DeviceLockCommand{{}, number, u"123456"_s}, mac(u"11.5"_s)),
            type,
            {{u"PhoneNumber"_s, number}, {u"PIN"_s, u"123456"_s}});
    accepts("Intel Mac on macOS 11.2",
            builder(DeviceLockCommand{{}, {}, u"123456"_s}, mac(u"11.2"_s, false)),
            type,
            {{u"PIN"_s, u"123456"_s}});
    accepts("Mac before macOS 11, chip unknown",
            builder(DeviceLockCommand{message, {}, u"123456"_s}, mac(u"10.15.7"_s, std::nullopt)),
            type,
            {{u"Message"_s, message}, {u"PIN"_s, u"123456"_s}});
    refuses("phone number on an Intel Mac",
            builder(DeviceLockCommand{{}, number, u"123456"_s}, mac(u"14.5"_s, false)),
            Error::Code::Unsupported,
            u"Only Macs with Apple silicon show a phone number on the lock screen. Leave the "
            "phone number empty."_s);
    refuses("message before macOS 10.14",
            builder(DeviceLockCommand{message, {}, u"123456"_s}, mac(u"10.13.6"_s, false)),
            Error::Code::Unsupported,
            optionTooOld(u"The lock screen message"_s, u"macOS"_s, u"10.14"_s));
    accepts("iPhone gets no PIN",
            builder(DeviceLockCommand{message, number, u"123456"_s}, phone()),
            type,
            {{u"Message"_s, message}, {u"PhoneNumber"_s, number}});
    accepts(
        "blank message is not sent", builder(DeviceLockCommand{u"  \n"_s, {}, {}}, phone()), type);
    refuses("message before iOS 7",
            builder(DeviceLockCommand{message, {}, {}}, phone(u"6.1"_s)),
            Error::Code::Unsupported,
            optionTooOld(u"The lock screen message"_s, u"iOS"_s, u"7"_s));
    accepts("Shared iPad ignores the texts",
            builder(DeviceLockCommand{message, number, {}}, shared(supervisedPhone())),
            type);
    accepts("User Enrollment iPhone",
            builder(DeviceLockCommand{message, {}, {}}, userEnrolled(phone())),
            type,
            {{u"Message"_s, message}});
    accepts("watchOS",
            builder(DeviceLockCommand{message, {}, {}}, makeTarget(Platform::WatchOS, u"11.1"_s)),
            type,
            {{u"Message"_s, message}});
    refuses("message on visionOS",
            builder(DeviceLockCommand{message, {}, {}}, makeTarget(Platform::VisionOS, u"2.1"_s)),
            Error::Code::Unsupported,
            optionNotOn(u"The lock screen message"_s, u"visionOS"_s));
    refuses("tvOS",
            builder(DeviceLockCommand{}, makeTarget(Platform::TvOS, u"18.1"_s)),
            Error::Code::Unsupported,
            notOn(u"Device Lock"_s, u"tvOS"_s));
    refuses("User Enrollment Mac",
            builder(DeviceLockCommand{{}, {}, u"123456"_s}, userEnrolled(mac(u"15.1"_s))),
            Error::Code::Unsupported,
            notWithUserEnrollment(u"Device Lock"_s));
    refuses("Mac user channel",
            builder(DeviceLockCommand{{}, {}, u"123456"_s}, userChannel(mac(u"15.1"_s))),
            Error::Code::Unsupported,
            deviceChannelOnly(u"Device Lock"_s));
    refuses("control character in the message",
            builder(DeviceLockCommand{u"Ring\u0007"_s, {}, {}}, phone()),
            Error::Code::InvalidInput,
            u"The lock screen message contains control characters. Remove them and try again."_s);
}

void tst_CommandBuilders::deviceLock()
{
    verifyRow();
}

void tst_CommandBuilders::eraseDevice_data()
{
    addColumns();
    const QString type = u"EraseDevice"_s;
    const QString obliteration = u"Choosing what happens when Erase All Content and Settings "
                                 "can't run"_s;

    EraseDeviceCommand macErase;
    macErase.pin = u"654321"_s;
    macErase.obliterationBehavior = ObliterationBehavior::DoNotObliterate;
    accepts("Mac with PIN and obliteration behavior",
            builder(macErase, mac(u"15.1"_s)),
            type,
            {{u"PIN"_s, u"654321"_s}, {u"ObliterationBehavior"_s, u"DoNotObliterate"_s}});
    refuses("Mac without PIN",
            builder(EraseDeviceCommand{}, mac(u"15.1"_s)),
            Error::Code::InvalidInput,
            u"macOS needs a six-digit PIN to erase this Mac."_s);
    {
        CommandTarget noPinNeeded = mac(u"15.1"_s);
        noPinNeeded.erasePinRequired = false;
        accepts("Mac that needs no PIN", builder(EraseDeviceCommand{}, noPinNeeded), type);
    }
    refuses("Mac with a bad PIN",
            builder(EraseDeviceCommand{u"1234567"_s}, mac(u"15.1"_s)),
            Error::Code::InvalidInput,
            u"The PIN must be exactly six digits."_s);
    refuses("obliteration behavior before macOS 12",
            builder(macErase, mac(u"11.7.10"_s, false)),
            Error::Code::Unsupported,
            optionTooOld(obliteration, u"macOS"_s, u"12"_s));
    {
        EraseDeviceCommand command;
        command.pin = u"654321"_s;
        command.preserveDataPlan = true;
        refuses("data plan on a Mac",
                builder(command, mac(u"15.1"_s)),
                Error::Code::Unsupported,
                optionNotOn(u"Preserve Data Plan"_s, u"macOS"_s));
    }

    EraseDeviceCommand both;
    both.pin = u"654321"_s; // not for iOS: not sent
    both.preserveDataPlan = true;
    both.disallowProximitySetup = true;
    accepts("iOS 18 with both options",
            builder(both, phone()),
            type,
            {{u"PreserveDataPlan"_s, true}, {u"DisallowProximitySetup"_s, true}});
    const QString alone = u"Before iOS 14, Disallow Proximity Setup can't be combined with other "
                          "options. Send it on its own, or update the device first."_s;
    refuses("iOS 13 with both options",
            builder(both, phone(u"13.7"_s)),
            Error::Code::Unsupported,
            alone);
    refuses("unknown iOS version with both options",
            builder(both, phone(QString())),
            Error::Code::Unsupported,
            alone);
    EraseDeviceCommand proximityOnly;
    proximityOnly.disallowProximitySetup = true;
    accepts("iOS 13 with proximity setup alone",
            builder(proximityOnly, phone(u"13.7"_s)),
            type,
            {{u"DisallowProximitySetup"_s, true}});
    refuses("proximity setup before iOS 11.3",
            builder(proximityOnly, phone(u"11.2.6"_s)),
            Error::Code::Unsupported,
            optionTooOld(u"Disallow Proximity Setup"_s, u"iOS"_s, u"11.3"_s));
    refuses("proximity setup on a Shared iPad",
            builder(proximityOnly, shared(supervisedPhone())),
            Error::Code::Unsupported,
            u"Disallow Proximity Setup isn't available on a Shared iPad. Leave it out to send the "
            "command."_s);
    accepts("tvOS", builder(EraseDeviceCommand{}, makeTarget(Platform::TvOS, u"18.1"_s)), type);
    refuses("User Enrollment iPhone",
            builder(EraseDeviceCommand{}, userEnrolled(phone())),
            Error::Code::Unsupported,
            notWithUserEnrollment(u"Erase Device"_s));
}

void tst_CommandBuilders::eraseDevice()
{
    verifyRow();
}

void tst_CommandBuilders::restartAndShutDown_data()
{
    addColumns();
    const QString restart = u"RestartDevice"_s;
    accepts("Mac, everything",
            builder(
                RestartDeviceCommand{
                    true, true, {u"/Library/Extensions/A.kext"_s, u"/Library/Extensions/A.kext"_s}},
                mac(u"15.1"_s)),
            restart,
            {{u"NotifyUser"_s, true},
             {u"RebuildKernelCache"_s, true},
             {u"KextPaths"_s, strings({u"/Library/Extensions/A.kext"_s})}});
    accepts("Mac, plain", builder(RestartDeviceCommand{}, mac(u"10.13.6"_s, false)), restart);
    refuses("notify before macOS 11.4",
            builder(RestartDeviceCommand{true, false, {}}, mac(u"11.3.1"_s, false)),
            Error::Code::Unsupported,
            optionTooOld(u"Asking the user to restart"_s, u"macOS"_s, u"11.4"_s));
    refuses("kext paths without rebuilding",
            builder(RestartDeviceCommand{false, false, {u"/Library/Extensions/A.kext"_s}},
                    mac(u"15.1"_s)),
            Error::Code::InvalidInput,
            u"Kext paths apply only when the kernel cache is rebuilt. Turn on rebuilding the "
            "kernel cache, or remove the paths."_s);
    refuses("relative kext path",
            builder(RestartDeviceCommand{false, true, {u"Extensions/A.kext"_s}}, mac(u"15.1"_s)),
            Error::Code::InvalidInput,
            u"The kext path “Extensions/A.kext” isn't absolute. Give the full path, starting "
            "with /."_s);
    refuses("rebuild before macOS 11",
            builder(RestartDeviceCommand{false, true, {}}, mac(u"10.15.7"_s, false)),
            Error::Code::Unsupported,
            optionTooOld(u"Rebuilding the kernel cache"_s, u"macOS"_s, u"11"_s));
    accepts("supervised iPhone", builder(RestartDeviceCommand{}, supervisedPhone()), restart);
    refuses("unsupervised iPhone",
            builder(RestartDeviceCommand{}, phone()),
            Error::Code::Unsupported,
            needsSupervision(u"Restart Device"_s));
    refuses("iOS 10.2",
            builder(RestartDeviceCommand{}, supervisedPhone(u"10.2"_s)),
            Error::Code::Unsupported,
            tooOld(u"Restart Device"_s, u"iOS"_s, u"10.3"_s));
    refuses("notify on an iPhone",
            builder(RestartDeviceCommand{true, false, {}}, supervisedPhone()),
            Error::Code::Unsupported,
            optionNotOn(u"Asking the user to restart"_s, u"iOS"_s));
    refuses("watchOS",
            builder(RestartDeviceCommand{}, makeTarget(Platform::WatchOS, u"11.1"_s)),
            Error::Code::Unsupported,
            notOn(u"Restart Device"_s, u"watchOS"_s));
    accepts("supervised Apple TV",
            builder(RestartDeviceCommand{}, makeTarget(Platform::TvOS, u"18.1"_s, true)),
            restart);

    accepts(
        "shut down a Mac", builder(ShutDownDeviceCommand{}, mac(u"15.1"_s)), u"ShutDownDevice"_s);
    accepts("shut down a supervised iPhone",
            builder(ShutDownDeviceCommand{}, supervisedPhone()),
            u"ShutDownDevice"_s);
    refuses("shut down an unsupervised iPhone",
            builder(ShutDownDeviceCommand{}, phone()),
            Error::Code::Unsupported,
            needsSupervision(u"Shut Down Device"_s));
    refuses("shut down an Apple TV",
            builder(ShutDownDeviceCommand{}, makeTarget(Platform::TvOS, u"18.1"_s, true)),
            Error::Code::Unsupported,
            notOn(u"Shut Down Device"_s, u"tvOS"_s));
    refuses("shut down a User Enrollment Mac",
            builder(ShutDownDeviceCommand{}, userEnrolled(mac(u"15.1"_s))),
            Error::Code::Unsupported,
            notWithUserEnrollment(u"Shut Down Device"_s));
}

void tst_CommandBuilders::restartAndShutDown()
{
    verifyRow();
}

void tst_CommandBuilders::clearPasscode_data()
{
    addColumns();
    const QByteArray token(40, '\x7e');
    CommandTarget withToken = phone();
    withToken.hasUnlockToken = true;

    accepts("iPhone with its token",
            builder(ClearPasscodeCommand{token}, withToken),
            u"ClearPasscode"_s,
            {{u"UnlockToken"_s, token}});
    refuses("device never sent a token",
            builder(ClearPasscodeCommand{token}, phone()),
            Error::Code::Unsupported,
            u"Clear Passcode needs the unlock token this device sends at enrollment; this device "
            "never sent one."_s);
    refuses("token not given",
            builder(ClearPasscodeCommand{}, withToken),
            Error::Code::InvalidInput,
            u"This device's unlock token couldn't be read. Check the keychain, then try "
            "again."_s);
    CommandTarget macWithToken = mac(u"15.1"_s);
    macWithToken.hasUnlockToken = true;
    refuses("Mac",
            builder(ClearPasscodeCommand{token}, macWithToken),
            Error::Code::Unsupported,
            notOn(u"Clear Passcode"_s, u"macOS"_s));
    refuses("Shared iPad",
            builder(ClearPasscodeCommand{token}, shared(withToken)),
            Error::Code::Unsupported,
            u"Clear Passcode isn't available on a Shared iPad."_s);
    refuses("User Enrollment",
            builder(ClearPasscodeCommand{token}, userEnrolled(withToken)),
            Error::Code::Unsupported,
            notWithUserEnrollment(u"Clear Passcode"_s));
    CommandTarget watch = makeTarget(Platform::WatchOS, u"11.1"_s);
    watch.hasUnlockToken = true;
    accepts("Apple Watch",
            builder(ClearPasscodeCommand{token}, watch),
            u"ClearPasscode"_s,
            {{u"UnlockToken"_s, token}});
}

void tst_CommandBuilders::clearPasscode()
{
    verifyRow();
}

void tst_CommandBuilders::lostMode_data()
{
    addColumns();
    const QString lostMode = u"Lost Mode needs a supervised iPhone or iPad."_s;
    const QString message = u"This iPad belongs to Example Ltd."_s;
    const QString number = u"+1 555 0100"_s;

    accepts(
        "enable with everything",
        builder(EnableLostModeCommand{message, number, u"Example Ltd"_s}, supervisedPhone()),
        u"EnableLostMode"_s,
        {{u"Message"_s, message}, {u"PhoneNumber"_s, number}, {u"Footnote"_s, u"Example Ltd"_s}});
    accepts("enable with a phone number only",
            builder(EnableLostModeCommand{u"  "_s, number, {}}, supervisedPhone()),
            u"EnableLostMode"_s,
            {{u"PhoneNumber"_s, number}});
    refuses("enable with a footnote only",
            builder(EnableLostModeCommand{{}, {}, u"Example Ltd"_s}, supervisedPhone()),
            Error::Code::InvalidInput,
            u"Lost Mode needs a message or a phone number to show on the Lock Screen."_s);
    refuses("enable on an unsupervised iPhone",
            builder(EnableLostModeCommand{message, {}, {}}, phone()),
            Error::Code::Unsupported,
            lostMode);
    refuses("enable on a Mac",
            builder(EnableLostModeCommand{message, {}, {}}, mac(u"15.1"_s)),
            Error::Code::Unsupported,
            lostMode);
    refuses("enable before iOS 9.3",
            builder(EnableLostModeCommand{message, {}, {}}, supervisedPhone(u"9.2.1"_s)),
            Error::Code::Unsupported,
            tooOld(u"Enable Lost Mode"_s, u"iOS"_s, u"9.3"_s));
    refuses("enable on a Shared iPad user channel",
            builder(EnableLostModeCommand{message, {}, {}}, userChannel(shared(supervisedPhone()))),
            Error::Code::Unsupported,
            deviceChannelOnly(u"Enable Lost Mode"_s));
    refuses("enable with a two-line phone number",
            builder(EnableLostModeCommand{{}, u"+1 555\n0100"_s, {}}, supervisedPhone()),
            Error::Code::InvalidInput,
            u"The Lost Mode phone number must be a single line without control characters."_s);

    accepts("disable", builder(DisableLostModeCommand{}, supervisedPhone()), u"DisableLostMode"_s);
    refuses("disable on a Mac",
            builder(DisableLostModeCommand{}, mac(u"15.1"_s)),
            Error::Code::Unsupported,
            lostMode);
    accepts("locate", builder(DeviceLocationCommand{}, supervisedPhone()), u"DeviceLocation"_s);
    refuses("locate an unsupervised iPhone",
            builder(DeviceLocationCommand{}, phone()),
            Error::Code::Unsupported,
            u"Locating a device needs a supervised iPhone or iPad in Lost Mode."_s);
    accepts("play a sound",
            builder(PlayLostModeSoundCommand{}, supervisedPhone(u"10.3"_s)),
            u"PlayLostModeSound"_s);
    refuses("play a sound on an Apple Watch",
            builder(PlayLostModeSoundCommand{}, makeTarget(Platform::WatchOS, u"11.1"_s, true)),
            Error::Code::Unsupported,
            u"Playing a sound needs a supervised iPhone or iPad in Lost Mode."_s);
    refuses("play a sound before iOS 10.3",
            builder(PlayLostModeSoundCommand{}, supervisedPhone(u"10.2"_s)),
            Error::Code::Unsupported,
            tooOld(u"Play Lost Mode Sound"_s, u"iOS"_s, u"10.3"_s));
}

void tst_CommandBuilders::lostMode()
{
    verifyRow();
}

void tst_CommandBuilders::settings_data()
{
    addColumns();
    const QString type = u"Settings"_s;
    const QVariantMap deviceName = {{u"Item"_s, u"DeviceName"_s},
                                    {u"DeviceName"_s, u"Front Desk"_s}};
    const QVariantMap hostName = {{u"Item"_s, u"HostName"_s}, {u"HostName"_s, u"front-desk"_s}};

    accepts("Mac, both",
            builder(SettingsCommand{u"Front Desk"_s, u"front-desk"_s}, mac(u"15.1"_s)),
            type,
            {{u"Settings"_s, QVariantList{deviceName, hostName}}});
    accepts("supervised iPhone, name",
            builder(SettingsCommand{u"Front Desk"_s, {}}, supervisedPhone()),
            type,
            {{u"Settings"_s, QVariantList{deviceName}}});
    accepts("Apple TV, name",
            builder(SettingsCommand{u"Front Desk"_s, {}}, makeTarget(Platform::TvOS, u"18.1"_s)),
            type,
            {{u"Settings"_s, QVariantList{deviceName}}});
    refuses("unsupervised iPhone, name",
            builder(SettingsCommand{u"Front Desk"_s, {}}, phone()),
            Error::Code::Unsupported,
            u"Renaming the device needs a supervised device. Leave it out to send the command."_s);
    refuses("iPhone, host name",
            builder(SettingsCommand{{}, u"front-desk"_s}, supervisedPhone()),
            Error::Code::Unsupported,
            optionNotOn(u"Setting the host name"_s, u"iOS"_s));
    refuses("Apple Watch, name",
            builder(SettingsCommand{u"Front Desk"_s, {}}, makeTarget(Platform::WatchOS, u"11.1"_s)),
            Error::Code::Unsupported,
            optionNotOn(u"Renaming the device"_s, u"watchOS"_s));
    refuses("User Enrollment Mac, name",
            builder(SettingsCommand{u"Front Desk"_s, {}}, userEnrolled(mac(u"15.1"_s))),
            Error::Code::Unsupported,
            u"Renaming the device isn't available with User Enrollment. Leave it out to send the "
            "command."_s);
    refuses("Mac 10.10, host name",
            builder(SettingsCommand{{}, u"front-desk"_s}, mac(u"10.10.5"_s, false)),
            Error::Code::Unsupported,
            optionTooOld(u"Setting the host name"_s, u"macOS"_s, u"10.11"_s));
    refuses("nothing to change",
            builder(SettingsCommand{}, mac(u"15.1"_s)),
            Error::Code::InvalidInput,
            u"Choose at least one setting to change."_s);
    refuses("blank name",
            builder(SettingsCommand{u"   "_s, {}}, mac(u"15.1"_s)),
            Error::Code::InvalidInput,
            u"The device name can't be blank."_s);
    refuses("name with a line break",
            builder(SettingsCommand{u"Front\nDesk"_s, {}}, mac(u"15.1"_s)),
            Error::Code::InvalidInput,
            u"The device name must be a single line without control characters."_s);
    refuses("host name with a space",
            builder(SettingsCommand{{}, u"front desk"_s}, mac(u"15.1"_s)),
            Error::Code::InvalidInput,
            u"“front desk” isn't a valid host name. Use letters, digits and hyphens, with dots "
            "between the parts."_s);
}

void tst_CommandBuilders::settings()
{
    verifyRow();
}

void tst_CommandBuilders::hostNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("single label") << u"frontdesk"_s << true;
    QTest::newRow("dotted") << u"front-desk.example.com"_s << true;
    QTest::newRow("digits") << u"mac-01"_s << true;
    QTest::newRow("63-character label") << QString(63, u'a') << true;
    QTest::newRow("64-character label") << QString(64, u'a') << false;
    QTest::newRow("253 characters") << (QString(63, u'a') + u'.' + QString(63, u'b') + u'.'
                                        + QString(63, u'c') + u'.' + QString(61, u'd'))
                                    << true;
    QTest::newRow("254 characters") << (QString(63, u'a') + u'.' + QString(63, u'b') + u'.'
                                        + QString(63, u'c') + u'.' + QString(62, u'd'))
                                    << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading hyphen") << u"-mac"_s << false;
    QTest::newRow("trailing hyphen") << u"mac-"_s << false;
    QTest::newRow("empty label") << u"mac..example"_s << false;
    QTest::newRow("trailing dot") << u"mac."_s << false;
    QTest::newRow("underscore") << u"front_desk"_s << false;
    QTest::newRow("non-ASCII") << u"büro"_s << false;
}

void tst_CommandBuilders::hostNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(SettingsCommand::isValidHostName(name), valid);
}

QTEST_GUILESS_MAIN(tst_CommandBuilders)
#include "tst_CommandBuilders.moc"
