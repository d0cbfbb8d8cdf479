// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/CertificateListCommand.h"
#include "core/mdm/commands/ClearPasscodeCommand.h"
#include "core/mdm/commands/DeviceInformationCommand.h"
#include "core/mdm/commands/DeviceInformationQuery.h"
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
#include "tests/core/mdm/commands/AppleSchema.h"
#include "tests/support/TestHelpers.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <optional>

using namespace Espalier;
using namespace Qt::StringLiterals;

// Every command builder checked against Apple's YAML: the request type, each platform's
// availability table and each key's, the query and value lists copied into the code, and the
// commands actually built (key names, types, required keys, allowed values, whether the schema
// lets each key go to that target) plus a property-list round trip. A schema update that changes
// anything the builders rely on fails here.
class tst_CommandSchemas final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loaderReportsYamlErrors();
    void requestType_data();
    void requestType();
    void commandAvailability_data();
    void commandAvailability();
    void keyAvailability_data();
    void keyAvailability();
    void deviceInformationQueries();
    void installedApplicationItems();
    void obliterationBehaviors();
    void availabilityAgreesWithSchema_data();
    void availabilityAgreesWithSchema();
    void reliedOnFacts_data();
    void reliedOnFacts();
    void builtCommandConforms_data();
    void builtCommandConforms();
};

namespace {

const QList<Platform> &allPlatforms()
{
    static const QList<Platform> platforms = {
        Platform::MacOS, Platform::IOS, Platform::TvOS, Platform::VisionOS, Platform::WatchOS};
    return platforms;
}

struct CommandSpec
{
    QString file;
    QString requestType;
    const SchemaAvailability *availability = nullptr;
    const SchemaKeys *keys = nullptr;
};

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs = {
        {u"information.device.yaml"_s,
         DeviceInformationCommand::requestType(),
         &DeviceInformationCommand::availability(),
         nullptr},
        {u"information.security.yaml"_s,
         SecurityInfoCommand::requestType(),
         &SecurityInfoCommand::availability(),
         nullptr},
        {u"application.installed.list.yaml"_s,
         InstalledApplicationListCommand::requestType(),
         &InstalledApplicationListCommand::availability(),
         &InstalledApplicationListCommand::keyAvailability()},
        {u"profile.list.yaml"_s,
         ProfileListCommand::requestType(),
         &ProfileListCommand::availability(),
         &ProfileListCommand::keyAvailability()},
        {u"certificate.list.yaml"_s,
         CertificateListCommand::requestType(),
         &CertificateListCommand::availability(),
         &CertificateListCommand::keyAvailability()},
        {u"profile.install.yaml"_s,
         InstallProfileCommand::requestType(),
         &InstallProfileCommand::availability(),
         nullptr},
        {u"profile.remove.yaml"_s,
         RemoveProfileCommand::requestType(),
         &RemoveProfileCommand::availability(),
         nullptr},
        {u"device.lock.yaml"_s,
         DeviceLockCommand::requestType(),
         &DeviceLockCommand::availability(),
         &DeviceLockCommand::keyAvailability()},
        {u"device.erase.yaml"_s,
         EraseDeviceCommand::requestType(),
         &EraseDeviceCommand::availability(),
         &EraseDeviceCommand::keyAvailability()},
        {u"device.restart.yaml"_s,
         RestartDeviceCommand::requestType(),
         &RestartDeviceCommand::availability(),
         &RestartDeviceCommand::keyAvailability()},
        {u"device.shutdown.yaml"_s,
         ShutDownDeviceCommand::requestType(),
         &ShutDownDeviceCommand::availability(),
         nullptr},
        {u"passcode.clear.yaml"_s,
         ClearPasscodeCommand::requestType(),
         &ClearPasscodeCommand::availability(),
         nullptr},
        {u"device.lostmode.enable.yaml"_s,
         EnableLostModeCommand::requestType(),
         &EnableLostModeCommand::availability(),
         nullptr},
        {u"device.lostmode.disable.yaml"_s,
         DisableLostModeCommand::requestType(),
         &DisableLostModeCommand::availability(),
         nullptr},
        {u"device.lostmode.playsound.yaml"_s,
         PlayLostModeSoundCommand::requestType(),
         &PlayLostModeSoundCommand::availability(),
         nullptr},
        {u"device.lostmode.location.yaml"_s,
         DeviceLocationCommand::requestType(),
         &DeviceLocationCommand::availability(),
         nullptr},
        {u"settings.yaml"_s,
         SettingsCommand::requestType(),
         &SettingsCommand::availability(),
         &SettingsCommand::keyAvailability()},
    };
    return specs;
}

// --- Apple's supportedOS, resolved the way its schema format describes: a key inherits every
// field from its parent and overrides the ones it names (sharedipad and userenrollment field by
// field).

QVariantMap mergeSupportedOS(const QVariantMap &parent, const QVariant &overrides)
{
    QVariantMap result = parent;
    const QVariantMap platforms = overrides.toMap();
    for (auto platform = platforms.cbegin(); platform != platforms.cend(); ++platform) {
        QVariantMap entry = result.value(platform.key()).toMap();
        const QVariantMap fields = platform.value().toMap();
        for (auto field = fields.cbegin(); field != fields.cend(); ++field) {
            if (field.value().typeId() == QMetaType::QVariantMap) {
                QVariantMap inner = entry.value(field.key()).toMap();
                const QVariantMap innerOverrides = field.value().toMap();
                for (auto it = innerOverrides.cbegin(); it != innerOverrides.cend(); ++it)
                    inner.insert(it.key(), it.value());
                entry.insert(field.key(), inner);
            } else {
                entry.insert(field.key(), field.value());
            }
        }
        result.insert(platform.key(), entry);
    }
    return result;
}

QString stringAt(const QVariantMap &map, const QString &key)
{
    return map.value(key).toString();
}

QVersionNumber versionAt(const QVariantMap &entry, const QString &key)
{
    const QString text = stringAt(entry, key);
    if (text.isEmpty() || text == u"n/a"_s)
        return {};
    return QVersionNumber::fromString(text);
}

SchemaMode modeOf(const QVariantMap &entry, const QString &key, SchemaMode absent)
{
    const QString mode = entry.value(key).toMap().value(u"mode"_s).toString();
    if (mode == u"allowed"_s)
        return SchemaMode::Allowed;
    if (mode == u"forbidden"_s)
        return SchemaMode::Forbidden;
    if (mode == u"required"_s)
        return SchemaMode::Required;
    if (mode == u"ignored"_s)
        return SchemaMode::Ignored;
    return absent;
}

bool flagAt(const QVariantMap &map, const QString &key, bool absent)
{
    const QString text = stringAt(map, key);
    return text.isEmpty() ? absent : text == u"true"_s;
}

// The PlatformSupport a resolved supportedOS means, with the defaults PlatformSupport documents;
// nullopt where it says "n/a" or doesn't name the platform.
std::optional<PlatformSupport> expectedSupport(const QVariantMap &resolved, Platform platform)
{
    const QVariantMap entry = resolved.value(platformName(platform)).toMap();
    const QVersionNumber introduced = versionAt(entry, u"introduced"_s);
    if (introduced.isNull())
        return std::nullopt;
    PlatformSupport support;
    support.platform = platform;
    support.introduced = introduced;
    support.deprecated = versionAt(entry, u"deprecated"_s);
    support.removed = versionAt(entry, u"removed"_s);
    support.supervised = flagAt(entry, u"supervised"_s, false);
    if (platform == Platform::MacOS) {
        support.deviceChannel = flagAt(entry, u"devicechannel"_s, true);
        support.userChannel = flagAt(entry, u"userchannel"_s, false);
    } else if (platform == Platform::IOS) {
        const QVariantMap shared = entry.value(u"sharedipad"_s).toMap();
        support.deviceChannel = flagAt(shared, u"devicechannel"_s, true);
        support.userChannel = flagAt(shared, u"userchannel"_s, false);
        support.sharedIpad = modeOf(entry, u"sharedipad"_s, SchemaMode::Allowed);
    }
    support.userEnrollment = modeOf(entry, u"userenrollment"_s, SchemaMode::Forbidden);
    return support;
}

QString modeName(SchemaMode mode)
{
    switch (mode) {
    case SchemaMode::Allowed:
        return u"allowed"_s;
    case SchemaMode::Forbidden:
        return u"forbidden"_s;
    case SchemaMode::Required:
        return u"required"_s;
    case SchemaMode::Ignored:
        return u"ignored"_s;
    }
    return u"?"_s;
}

QString describe(const PlatformSupport &s)
{
    return u"introduced %1, deprecated %2, removed %3, supervised %4, device channel %5, user "
           "channel %6, User Enrollment %7, Shared iPad %8"_s.arg(
               s.introduced.toString(),
               s.deprecated.toString(),
               s.removed.toString(),
               s.supervised ? u"yes"_s : u"no"_s,
               s.deviceChannel ? u"yes"_s : u"no"_s,
               s.userChannel ? u"yes"_s : u"no"_s,
               modeName(s.userEnrollment),
               modeName(s.sharedIpad));
}

bool sameSupport(const PlatformSupport &a, const PlatformSupport &b)
{
    return a.introduced.normalized() == b.introduced.normalized()
           && a.deprecated.normalized() == b.deprecated.normalized()
           && a.removed.normalized() == b.removed.normalized() && a.supervised == b.supervised
           && a.deviceChannel == b.deviceChannel && a.userChannel == b.userChannel
           && a.userEnrollment == b.userEnrollment
           && (a.platform != Platform::IOS || a.sharedIpad == b.sharedIpad);
}

// Empty when the table says for every platform what the resolved YAML says.
QStringList availabilityDifferences(const SchemaAvailability &table, const QVariantMap &resolved)
{
    QStringList differences;
    for (const PlatformSupport &entry : table.platforms()) {
        if (!allPlatforms().contains(entry.platform))
            differences.append(u"table names a platform the schema doesn't know"_s);
    }
    for (const Platform platform : allPlatforms()) {
        const PlatformSupport *actual = table.support(platform);
        const std::optional<PlatformSupport> expected = expectedSupport(resolved, platform);
        const QString name = platformName(platform);
        if (!actual && !expected)
            continue;
        if (!actual) {
            differences.append(
                u"%1: table says n/a, schema says %2"_s.arg(name, describe(*expected)));
        } else if (!expected) {
            differences.append(
                u"%1: table says %2, schema says n/a"_s.arg(name, describe(*actual)));
        } else if (!sameSupport(*actual, *expected)) {
            differences.append(u"%1: table says %2; schema says %3"_s.arg(
                name, describe(*actual), describe(*expected)));
        }
    }
    return differences;
}

QVariantMap findKey(const QVariantList &keys, const QString &name)
{
    for (const QVariant &key : keys) {
        QVariantMap map = key.toMap();
        if (map.value(u"key"_s).toString() == name)
            return map;
    }
    return {};
}

// The key at a dotted path under payloadkeys, and its supportedOS resolved down that path.
struct KeyAtPath
{
    QVariantMap definition;
    QVariantMap supportedOS;
};

std::optional<KeyAtPath> keyAtPath(const QVariantMap &schema, const QString &path)
{
    QVariantMap supported = mergeSupportedOS(
        {}, schema.value(u"payload"_s).toMap().value(u"supportedOS"_s));
    QVariantList keys = schema.value(u"payloadkeys"_s).toList();
    QVariantMap definition;
    for (const QString &name : path.split(u'.')) {
        definition = findKey(keys, name);
        if (definition.isEmpty())
            return std::nullopt;
        supported = mergeSupportedOS(supported, definition.value(u"supportedOS"_s));
        keys = definition.value(u"subkeys"_s).toList();
    }
    return KeyAtPath{definition, supported};
}

QVariantMap commandSupportedOS(const QVariantMap &schema)
{
    return mergeSupportedOS({}, schema.value(u"payload"_s).toMap().value(u"supportedOS"_s));
}

// --- Conformance of a built command, checked against the YAML alone (an implementation of the
// schema's rules independent of SchemaAvailability).

bool schemaAllows(const QVariantMap &resolved, const CommandTarget &target)
{
    const QVariantMap entry = resolved.value(platformName(target.platform)).toMap();
    const QVersionNumber introduced = versionAt(entry, u"introduced"_s);
    if (introduced.isNull())
        return false;
    const QVersionNumber version = target.version();
    const QVersionNumber removed = versionAt(entry, u"removed"_s);
    if (!version.isNull()
        && (version < introduced.normalized()
            || (!removed.isNull() && version >= removed.normalized())))
        return false;
    if (flagAt(entry, u"supervised"_s, false) && !target.supervised)
        return false;
    const QString userEnrollment
        = entry.value(u"userenrollment"_s).toMap().value(u"mode"_s).toString();
    if (target.userEnrollment && (userEnrollment.isEmpty() || userEnrollment == u"forbidden"_s))
        return false;
    const QVariantMap shared = entry.value(u"sharedipad"_s).toMap();
    const QString sharedMode = shared.value(u"mode"_s).toString();
    const bool isSharedIpad = target.platform == Platform::IOS && target.sharedIpad;
    if (target.platform == Platform::IOS) {
        if (isSharedIpad && sharedMode == u"forbidden"_s)
            return false;
        if (!isSharedIpad && sharedMode == u"required"_s)
            return false;
    }
    if (target.platform == Platform::MacOS)
        return target.userChannel ? flagAt(entry, u"userchannel"_s, false)
                                  : flagAt(entry, u"devicechannel"_s, true);
    if (isSharedIpad)
        return target.userChannel ? flagAt(shared, u"userchannel"_s, false)
                                  : flagAt(shared, u"devicechannel"_s, true);
    return !target.userChannel;
}

bool isInteger(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

bool hasType(const QVariant &value, const QString &type)
{
    if (type == u"<string>"_s)
        return value.typeId() == QMetaType::QString;
    if (type == u"<integer>"_s)
        return isInteger(value);
    if (type == u"<real>"_s)
        return value.typeId() == QMetaType::Double;
    if (type == u"<boolean>"_s)
        return value.typeId() == QMetaType::Bool;
    if (type == u"<data>"_s)
        return value.typeId() == QMetaType::QByteArray;
    if (type == u"<date>"_s)
        return value.typeId() == QMetaType::QDateTime;
    if (type == u"<array>"_s)
        return value.typeId() == QMetaType::QVariantList;
    if (type == u"<dictionary>"_s)
        return value.typeId() == QMetaType::QVariantMap;
    return type == u"<any>"_s;
}

struct Checker
{
    CommandTarget target;
    QStringList problems;

    void checkDictionary(const QVariantMap &value,
                         const QVariantList &definitions,
                         const QVariantMap &supported,
                         const QString &path)
    {
        for (auto it = value.cbegin(); it != value.cend(); ++it) {
            const QVariantMap definition = findKey(definitions, it.key());
            if (definition.isEmpty()) {
                problems.append(u"%1%2: not a key of the schema"_s.arg(path, it.key()));
                continue;
            }
            checkValue(it.value(), definition, supported, path + it.key());
        }
        for (const QVariant &definition : definitions) {
            const QVariantMap map = definition.toMap();
            const QString key = map.value(u"key"_s).toString();
            if (map.value(u"presence"_s).toString() == u"required"_s && !value.contains(key))
                problems.append(u"%1%2: required, missing"_s.arg(path, key));
        }
    }

    void checkValue(const QVariant &value,
                    const QVariantMap &definition,
                    const QVariantMap &parentSupported,
                    const QString &path)
    {
        const QVariantMap supported = mergeSupportedOS(parentSupported,
                                                       definition.value(u"supportedOS"_s));
        if (!schemaAllows(supported, target))
            problems.append(u"%1: the schema doesn't allow it on this target"_s.arg(path));

        const QString type = definition.value(u"type"_s).toString();
        if (!hasType(value, type)) {
            problems.append(u"%1: a %2, the schema says %3"_s.arg(
                path, QString::fromLatin1(value.metaType().name()), type));
            return;
        }

        const QVariantList rangeList = definition.value(u"rangelist"_s).toList();
        if (!rangeList.isEmpty()) {
            const bool listed = std::any_of(
                rangeList.cbegin(), rangeList.cend(), [&value](const QVariant &allowed) {
                    return allowed.toString() == value.toString();
                });
            if (!listed)
                problems.append(u"%1: %2 is not in the rangelist"_s.arg(path, value.toString()));
        }
        const QVariantMap range = definition.value(u"range"_s).toMap();
        if (!range.isEmpty()) {
            const double number = value.toDouble();
            if ((range.contains(u"min"_s) && number < range.value(u"min"_s).toDouble())
                || (range.contains(u"max"_s) && number > range.value(u"max"_s).toDouble()))
                problems.append(u"%1: %2 is out of range"_s.arg(path, value.toString()));
        }

        const QVariantList subkeys = definition.value(u"subkeys"_s).toList();
        if (type == u"<dictionary>"_s) {
            checkDictionary(value.toMap(), subkeys, supported, path + u'.');
        } else if (type == u"<array>"_s) {
            checkArray(value.toList(), subkeys, supported, path);
        } else if (type == u"<string>"_s && !subkeys.isEmpty()) {
            // A string item with subkeys: each subkey is a value it may take (DeviceInformation's
            // query names).
            const QVariantMap choice = findKey(subkeys, value.toString());
            if (choice.isEmpty()) {
                problems.append(
                    u"%1: %2 is not one of the schema's values"_s.arg(path, value.toString()));
            } else if (!schemaAllows(mergeSupportedOS(supported, choice.value(u"supportedOS"_s)),
                                     target)) {
                problems.append(
                    u"%1: %2 isn't available on this target"_s.arg(path, value.toString()));
            }
        }
    }

    void checkArray(const QVariantList &items,
                    const QVariantList &subkeys,
                    const QVariantMap &supported,
                    const QString &path)
    {
        if (subkeys.isEmpty()) {
            problems.append(u"%1: the schema gives no item type"_s.arg(path));
            return;
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = u"%1[%2]"_s.arg(path).arg(i);
            if (subkeys.size() == 1) {
                checkValue(items.at(i), subkeys.first().toMap(), supported, itemPath);
                continue;
            }
            // Several dictionary shapes (Settings): the item's Item value picks one.
            const QString item = items.at(i).toMap().value(u"Item"_s).toString();
            const auto shape = std::find_if(
                subkeys.cbegin(), subkeys.cend(), [&item](const auto &s) {
                    const QVariantMap itemKey = findKey(s.toMap().value(u"subkeys"_s).toList(),
                                                        u"Item"_s);
                    return itemKey.value(u"rangelist"_s).toList().contains(item);
                });
            if (shape == subkeys.cend()) {
                problems.append(u"%1: no item shape with Item %2"_s.arg(itemPath, item));
                continue;
            }
            checkValue(items.at(i), shape->toMap(), supported, itemPath + u'.' + item);
        }
    }
};

// Equal values of equal types all the way down (QVariant's == would call 1 equal to true).
QString difference(const QVariant &expected, const QVariant &actual, const QString &path)
{
    if (expected.metaType() != actual.metaType()) {
        return u"%1: %2, expected %3"_s.arg(path,
                                            QString::fromLatin1(actual.metaType().name()),
                                            QString::fromLatin1(expected.metaType().name()));
    }
    if (expected.typeId() == QMetaType::QVariantMap) {
        const QVariantMap e = expected.toMap();
        const QVariantMap a = actual.toMap();
        if (e.keys() != a.keys())
            return u"%1: keys %2, expected %3"_s.arg(
                path, a.keys().join(u','), e.keys().join(u','));
        for (auto it = e.cbegin(); it != e.cend(); ++it) {
            QString inner = difference(it.value(), a.value(it.key()), path + u'/' + it.key());
            if (!inner.isEmpty())
                return inner;
        }
        return {};
    }
    if (expected.typeId() == QMetaType::QVariantList) {
        const QVariantList e = expected.toList();
        const QVariantList a = actual.toList();
        if (e.size() != a.size())
            return u"%1: %2 items, expected %3"_s.arg(path).arg(a.size()).arg(e.size());
        for (qsizetype i = 0; i < e.size(); ++i) {
            QString inner = difference(e.at(i), a.at(i), path + u'/' + QString::number(i));
            if (!inner.isEmpty())
                return inner;
        }
        return {};
    }
    return expected == actual ? QString() : u"%1: values differ"_s.arg(path);
}

// --- Targets and sample commands.

CommandTarget makeTarget(Platform platform, const QString &version, bool supervised = false)
{
    CommandTarget t;
    t.platform = platform;
    t.osVersion = version;
    t.supervised = supervised;
    return t;
}

CommandTarget appleSiliconMac(const QString &version)
{
    CommandTarget t = makeTarget(Platform::MacOS, version);
    t.appleSilicon = true;
    return t;
}

CommandTarget macUserChannel()
{
    CommandTarget t = appleSiliconMac(u"15.1"_s);
    t.userChannel = true;
    return t;
}

CommandTarget userEnrolledIphone()
{
    CommandTarget t = makeTarget(Platform::IOS, u"18.1"_s);
    t.userEnrollment = true;
    return t;
}

CommandTarget sharedIpad(bool userChannel)
{
    CommandTarget t = makeTarget(Platform::IOS, u"18.1"_s, true);
    t.sharedIpad = true;
    t.userChannel = userChannel;
    return t;
}

QStringList everyQueryFor(const CommandTarget &t)
{
    QStringList names;
    for (const DeviceInformationQuery &query : DeviceInformationQuery::all()) {
        if (query.availability.isAvailable(t))
            names.append(query.name);
    }
    return names;
}

// ManagedOnly where the target takes it, so one loop covers old and new versions.
bool managedOnly(const SchemaKeys &keys, const CommandTarget &t)
{
    return keys.value(u"ManagedOnly"_s).isAvailable(t);
}

QByteArray sampleProfile()
{
    const QVariantMap profile = {
        {u"PayloadType"_s, u"Configuration"_s},
        {u"PayloadIdentifier"_s, u"com.example.wifi"_s},
        {u"PayloadUUID"_s, u"0C6A8B9E-3C2D-4E5F-8A7B-1C2D3E4F5A6B"_s},
        {u"PayloadVersion"_s, 1},
        {u"PayloadContent"_s, QVariantList{}},
    };
    return Plist::toXml(profile).value_or(QByteArray());
}

void addSample(const QString &name,
               const QString &file,
               const CommandTarget &t,
               const Result<MdmCommand> &built)
{
    QTest::newRow(qPrintable(name))
        << file << QVariant::fromValue(t) << (built ? built->requestType : QString())
        << (built ? built->fields : QVariantMap())
        << (built ? QString() : built.error().toString());
}

} // namespace

void tst_CommandSchemas::initTestCase()
{
    if (AppleSchema::commandsDirectory().isEmpty()) {
        QSKIP("Apple's device-management schemas are not beside the source tree "
              "(../shared/reference/apple-device-management); the schema tests need them.");
    }
}

void tst_CommandSchemas::loaderReportsYamlErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"broken.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("payload:\n  requesttype: [unclosed\n");
    file.close();

    const Result<QVariantMap> broken = AppleSchema::load(path);
    QVERIFY_FAILS_WITH(broken, Error::Code::InvalidInput);
    QVERIFY2(broken.error().detail.startsWith(path + u':'), qPrintable(broken.error().detail));

    QVERIFY_FAILS_WITH(AppleSchema::load(dir.filePath(u"missing.yaml"_s)), Error::Code::NotFound);
}

void tst_CommandSchemas::requestType_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("requestType");
    for (const CommandSpec &spec : commandSpecs())
        QTest::newRow(qPrintable(spec.requestType)) << spec.file << spec.requestType;
}

void tst_CommandSchemas::requestType()
{
    QFETCH(QString, file);
    QFETCH(QString, requestType);
    const Result<QVariantMap> schema = AppleSchema::loadCommand(file);
    QVERIFY_RESULT(schema);
    QCOMPARE(schema->value(u"payload"_s).toMap().value(u"requesttype"_s).toString(), requestType);
    // The builders have no fact for ADE enrollment, so none of these may require it.
    for (const Platform platform : allPlatforms()) {
        const QVariantMap entry = commandSupportedOS(*schema).value(platformName(platform)).toMap();
        QVERIFY2(!flagAt(entry, u"requiresdep"_s, false), qPrintable(platformName(platform)));
    }
}

void tst_CommandSchemas::commandAvailability_data()
{
    QTest::addColumn<int>("spec");
    for (qsizetype i = 0; i < commandSpecs().size(); ++i)
        QTest::newRow(qPrintable(commandSpecs().at(i).requestType)) << int(i);
}

void tst_CommandSchemas::commandAvailability()
{
    QFETCH(int, spec);
    const CommandSpec &command = commandSpecs().at(spec);
    const Result<QVariantMap> schema = AppleSchema::loadCommand(command.file);
    QVERIFY_RESULT(schema);
    const QStringList differences = availabilityDifferences(*command.availability,
                                                            commandSupportedOS(*schema));
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"\n"_s)));
}

void tst_CommandSchemas::keyAvailability_data()
{
    QTest::addColumn<int>("spec");
    QTest::addColumn<QString>("key");
    for (qsizetype i = 0; i < commandSpecs().size(); ++i) {
        const CommandSpec &spec = commandSpecs().at(i);
        if (!spec.keys)
            continue;
        for (auto it = spec.keys->cbegin(); it != spec.keys->cend(); ++it)
            QTest::addRow("%s %s", qPrintable(spec.requestType), qPrintable(it.key()))
                << int(i) << it.key();
    }
}

void tst_CommandSchemas::keyAvailability()
{
    QFETCH(int, spec);
    QFETCH(QString, key);
    const CommandSpec &command = commandSpecs().at(spec);
    const Result<QVariantMap> schema = AppleSchema::loadCommand(command.file);
    QVERIFY_RESULT(schema);
    const std::optional<KeyAtPath> found = keyAtPath(*schema, key);
    QVERIFY2(found, qPrintable(u"%1 has no key %2"_s.arg(command.file, key)));
    const QStringList differences = availabilityDifferences(command.keys->value(key),
                                                            found->supportedOS);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"\n"_s)));
}

void tst_CommandSchemas::deviceInformationQueries()
{
    const Result<QVariantMap> schema = AppleSchema::loadCommand(u"information.device.yaml"_s);
    QVERIFY_RESULT(schema);
    const std::optional<KeyAtPath> item = keyAtPath(*schema, u"Queries.QueriesItem"_s);
    QVERIFY(item);
    QCOMPARE(item->definition.value(u"type"_s).toString(), u"<string>"_s);

    QStringList schemaNames;
    QStringList differences;
    for (const QVariant &entry : item->definition.value(u"subkeys"_s).toList()) {
        const QVariantMap query = entry.toMap();
        const QString name = query.value(u"key"_s).toString();
        schemaNames.append(name);
        const DeviceInformationQuery *ours = DeviceInformationQuery::find(name);
        if (!ours) {
            differences.append(u"%1: missing from DeviceInformationQuery::all()"_s.arg(name));
            continue;
        }
        const QVariantMap supported = mergeSupportedOS(item->supportedOS,
                                                       query.value(u"supportedOS"_s));
        for (const QString &difference : availabilityDifferences(ours->availability, supported))
            differences.append(name + u": "_s + difference);
    }
    QStringList ourNames;
    for (const DeviceInformationQuery &query : DeviceInformationQuery::all())
        ourNames.append(query.name);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"\n"_s)));
    QCOMPARE(ourNames, schemaNames);

    // The default sets use only names the schema defines (a typo would be dropped silently).
    for (const Platform platform : allPlatforms()) {
        const QStringList defaults = DeviceInformationCommand::defaultQueries(
            makeTarget(platform, QString()));
        QVERIFY(!defaults.isEmpty());
        for (const QString &name : defaults)
            QVERIFY2(schemaNames.contains(name), qPrintable(name));
    }
}

void tst_CommandSchemas::installedApplicationItems()
{
    const Result<QVariantMap> schema = AppleSchema::loadCommand(
        u"application.installed.list.yaml"_s);
    QVERIFY_RESULT(schema);
    const std::optional<KeyAtPath> item = keyAtPath(*schema, u"Items.ItemsItem"_s);
    QVERIFY(item);
    QCOMPARE(item->definition.value(u"rangelist"_s).toStringList(),
             InstalledApplicationListCommand::knownItems());
}

void tst_CommandSchemas::obliterationBehaviors()
{
    const Result<QVariantMap> schema = AppleSchema::loadCommand(u"device.erase.yaml"_s);
    QVERIFY_RESULT(schema);
    const std::optional<KeyAtPath> key = keyAtPath(*schema, u"ObliterationBehavior"_s);
    QVERIFY(key);
    QStringList ours;
    for (const ObliterationBehavior behavior : EraseDeviceCommand::obliterationBehaviors())
        ours.append(EraseDeviceCommand::obliterationBehaviorName(behavior));
    QCOMPARE(ours, key->definition.value(u"rangelist"_s).toStringList());
}

void tst_CommandSchemas::availabilityAgreesWithSchema_data()
{
    QTest::addColumn<int>("spec");
    QTest::addColumn<QString>("key"); // empty for the command itself
    for (qsizetype i = 0; i < commandSpecs().size(); ++i) {
        const CommandSpec &spec = commandSpecs().at(i);
        QTest::newRow(qPrintable(spec.requestType)) << int(i) << QString();
        if (!spec.keys)
            continue;
        for (auto it = spec.keys->cbegin(); it != spec.keys->cend(); ++it)
            QTest::addRow("%s %s", qPrintable(spec.requestType), qPrintable(it.key()))
                << int(i) << it.key();
    }
}

// SchemaAvailability's verdict against an independent reading of the YAML, over a grid of
// targets: every platform, versions around the thresholds, and every enrollment kind and channel.
void tst_CommandSchemas::availabilityAgreesWithSchema()
{
    QFETCH(int, spec);
    QFETCH(QString, key);
    const CommandSpec &command = commandSpecs().at(spec);
    const Result<QVariantMap> schema = AppleSchema::loadCommand(command.file);
    QVERIFY_RESULT(schema);
    QVariantMap supported = commandSupportedOS(*schema);
    SchemaAvailability table = *command.availability;
    if (!key.isEmpty()) {
        const std::optional<KeyAtPath> found = keyAtPath(*schema, key);
        QVERIFY(found);
        supported = found->supportedOS;
        table = command.keys->value(key);
    }

    const QStringList versions = {QString(),
                                  u"3.0"_s,
                                  u"9.3"_s,
                                  u"10.14"_s,
                                  u"11.4"_s,
                                  u"11.5"_s,
                                  u"13.0"_s,
                                  u"16.4.1"_s,
                                  u"99"_s};
    QList<Platform> platforms = allPlatforms();
    platforms.append(Platform::Unknown);
    int checked = 0;
    for (const Platform platform : platforms) {
        for (const QString &version : versions) {
            for (int flags = 0; flags < 16; ++flags) {
                CommandTarget t = makeTarget(platform, version, flags & 1);
                t.userChannel = flags & 2;
                t.userEnrollment = flags & 4;
                t.sharedIpad = flags & 8;
                const bool ours = table.isAvailable(t);
                const bool schemaSays = schemaAllows(supported, t);
                if (ours != schemaSays) {
                    QFAIL(qPrintable(u"%1 %2, supervised %3, user channel %4, User Enrollment %5, "
                                     "Shared iPad %6: table says %7, schema says %8"_s.arg(
                                         platformName(platform),
                                         version,
                                         QString::number(t.supervised),
                                         QString::number(t.userChannel),
                                         QString::number(t.userEnrollment),
                                         QString::number(t.sharedIpad),
                                         QString::number(ours),
                                         QString::number(schemaSays))));
                }
                ++checked;
            }
        }
    }
    QCOMPARE(checked, platforms.size() * versions.size() * 16);
}

void tst_CommandSchemas::reliedOnFacts_data()
{
    // The facts the builders' special cases and messages rest on, read straight from the YAML
    // (unresolved): path "payload" is the command, anything else a dotted key path.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Lost Mode is not for macOS") << u"device.lostmode.enable.yaml"_s << u"payload"_s
                                                << u"macOS"_s << u"introduced"_s << u"n/a"_s;
    QTest::newRow("Lost Mode needs supervision") << u"device.lostmode.enable.yaml"_s << u"payload"_s
                                                 << u"iOS"_s << u"supervised"_s << u"true"_s;
    QTest::newRow("Lost Mode location needs supervision")
        << u"device.lostmode.location.yaml"_s << u"payload"_s << u"iOS"_s << u"supervised"_s
        << u"true"_s;
    QTest::newRow("Lost Mode sound from iOS 10.3")
        << u"device.lostmode.playsound.yaml"_s << u"payload"_s << u"iOS"_s << u"introduced"_s
        << u"10.3"_s;
    QTest::newRow("Clear Passcode is not for macOS")
        << u"passcode.clear.yaml"_s << u"payload"_s << u"macOS"_s << u"introduced"_s << u"n/a"_s;
    QTest::newRow("Clear Passcode not on Shared iPad")
        << u"passcode.clear.yaml"_s << u"payload"_s << u"iOS"_s << u"sharedipad.mode"_s
        << u"forbidden"_s;
    QTest::newRow("Device Lock PIN not on iOS")
        << u"device.lock.yaml"_s << u"PIN"_s << u"iOS"_s << u"introduced"_s << u"n/a"_s;
    QTest::newRow("Device Lock PIN on macOS")
        << u"device.lock.yaml"_s << u"PIN"_s << u"macOS"_s << u"introduced"_s << u"10.8"_s;
    QTest::newRow("Device Lock phone number from macOS 11.5")
        << u"device.lock.yaml"_s << u"PhoneNumber"_s << u"macOS"_s << u"introduced"_s << u"11.5"_s;
    QTest::newRow("Device Lock message ignored on Shared iPad")
        << u"device.lock.yaml"_s << u"Message"_s << u"iOS"_s << u"sharedipad.mode"_s
        << u"ignored"_s;
    QTest::newRow("Device Lock not with User Enrollment on macOS")
        << u"device.lock.yaml"_s << u"payload"_s << u"macOS"_s << u"userenrollment.mode"_s
        << u"forbidden"_s;
    QTest::newRow("Erase Device PIN on macOS")
        << u"device.erase.yaml"_s << u"PIN"_s << u"macOS"_s << u"introduced"_s << u"10.8"_s;
    QTest::newRow("Erase Device obliteration from macOS 12")
        << u"device.erase.yaml"_s << u"ObliterationBehavior"_s << u"macOS"_s << u"introduced"_s
        << u"12.0"_s;
    QTest::newRow("Erase Device proximity setup from iOS 11.3")
        << u"device.erase.yaml"_s << u"DisallowProximitySetup"_s << u"iOS"_s << u"introduced"_s
        << u"11.3"_s;
    QTest::newRow("Restart needs supervision on iOS")
        << u"device.restart.yaml"_s << u"payload"_s << u"iOS"_s << u"supervised"_s << u"true"_s;
    QTest::newRow("Restart NotifyUser from macOS 11.4")
        << u"device.restart.yaml"_s << u"NotifyUser"_s << u"macOS"_s << u"introduced"_s
        << u"11.4"_s;
    QTest::newRow("Shut Down is not for tvOS")
        << u"device.shutdown.yaml"_s << u"payload"_s << u"tvOS"_s << u"introduced"_s << u"n/a"_s;
    QTest::newRow("Device name needs supervision on iOS")
        << u"settings.yaml"_s << u"Settings.DeviceName"_s << u"iOS"_s << u"supervised"_s
        << u"true"_s;
    QTest::newRow("Host name from macOS 10.11") << u"settings.yaml"_s << u"Settings.HostName"_s
                                                << u"macOS"_s << u"introduced"_s << u"10.11"_s;
    QTest::newRow("PINRequiredForDeviceLock from macOS 11")
        << u"information.device.yaml"_s << u"Queries.QueriesItem.PINRequiredForDeviceLock"_s
        << u"macOS"_s << u"introduced"_s << u"11.0"_s;
    QTest::newRow("IsAppleSilicon from macOS 12")
        << u"information.device.yaml"_s << u"Queries.QueriesItem.IsAppleSilicon"_s << u"macOS"_s
        << u"introduced"_s << u"12.0"_s;
}

void tst_CommandSchemas::reliedOnFacts()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, platform);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const Result<QVariantMap> schema = AppleSchema::loadCommand(file);
    QVERIFY_RESULT(schema);

    QVariantMap supportedOS;
    if (path == u"payload"_s) {
        supportedOS = schema->value(u"payload"_s).toMap().value(u"supportedOS"_s).toMap();
    } else {
        const std::optional<KeyAtPath> key = keyAtPath(*schema, path);
        QVERIFY2(key, qPrintable(u"no key %1"_s.arg(path)));
        supportedOS = key->definition.value(u"supportedOS"_s).toMap();
    }
    QVariant value = supportedOS.value(platform);
    for (const QString &part : field.split(u'.'))
        value = value.toMap().value(part);
    QCOMPARE(value.toString(), expected);
}

void tst_CommandSchemas::builtCommandConforms_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QVariant>("target");
    QTest::addColumn<QString>("requestType");
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("buildError");

    const QString info = u"information.device.yaml"_s;
    const QList<std::pair<QString, CommandTarget>> inventoryTargets = {
        {u"macOS 15"_s, appleSiliconMac(u"15.1"_s)},
        {u"macOS 10.15"_s, makeTarget(Platform::MacOS, u"10.15.7"_s)},
        {u"macOS user channel"_s, macUserChannel()},
        {u"supervised iOS 18"_s, makeTarget(Platform::IOS, u"18.1"_s, true)},
        {u"iOS 12"_s, makeTarget(Platform::IOS, u"12.5.7"_s)},
        {u"User Enrollment iOS"_s, userEnrolledIphone()},
        {u"Shared iPad device"_s, sharedIpad(false)},
        {u"Shared iPad user"_s, sharedIpad(true)},
        {u"tvOS 18"_s, makeTarget(Platform::TvOS, u"18.1"_s, true)},
        {u"visionOS 2"_s, makeTarget(Platform::VisionOS, u"2.1"_s)},
        {u"watchOS 11"_s, makeTarget(Platform::WatchOS, u"11.1"_s)},
    };
    for (const auto &[name, t] : inventoryTargets) {
        addSample(
            u"DeviceInformation defaults, "_s + name, info, t, DeviceInformationCommand{}.build(t));
        addSample(u"DeviceInformation every query, "_s + name,
                  info,
                  t,
                  DeviceInformationCommand{everyQueryFor(t)}.build(t));
        if (SecurityInfoCommand::availability().isAvailable(t)) {
            addSample(u"SecurityInfo, "_s + name,
                      u"information.security.yaml"_s,
                      t,
                      SecurityInfoCommand{}.build(t));
        }
        addSample(
            u"ProfileList, "_s + name,
            u"profile.list.yaml"_s,
            t,
            ProfileListCommand{managedOnly(ProfileListCommand::keyAvailability(), t)}.build(t));
        // Not every command goes to every one of these channels (availabilityAgreesWithSchema
        // checks those refusals).
        if (CertificateListCommand::availability().isAvailable(t)) {
            addSample(
                u"CertificateList, "_s + name,
                u"certificate.list.yaml"_s,
                t,
                CertificateListCommand{managedOnly(CertificateListCommand::keyAvailability(), t)}
                    .build(t));
        }
        addSample(u"InstallProfile, "_s + name,
                  u"profile.install.yaml"_s,
                  t,
                  InstallProfileCommand{sampleProfile()}.build(t));
        addSample(u"RemoveProfile, "_s + name,
                  u"profile.remove.yaml"_s,
                  t,
                  RemoveProfileCommand{u"com.example.wifi"_s}.build(t));
    }

    const QString apps = u"application.installed.list.yaml"_s;
    addSample(u"InstalledApplicationList, iOS everything"_s,
              apps,
              makeTarget(Platform::IOS, u"18.1"_s),
              InstalledApplicationListCommand{
                  {u"com.example.app"_s}, true, InstalledApplicationListCommand::knownItems()}
                  .build(makeTarget(Platform::IOS, u"18.1"_s)));
    addSample(u"InstalledApplicationList, macOS"_s,
              apps,
              appleSiliconMac(u"15.1"_s),
              InstalledApplicationListCommand{{u"com.example.app"_s}, true, {}}.build(
                  appleSiliconMac(u"15.1"_s)));
    addSample(
        u"InstalledApplicationList, macOS user channel"_s,
        apps,
        macUserChannel(),
        InstalledApplicationListCommand{{u"com.example.app"_s}, true, {}}.build(macUserChannel()));
    addSample(u"InstalledApplicationList, tvOS items"_s,
              apps,
              makeTarget(Platform::TvOS, u"18.1"_s),
              InstalledApplicationListCommand{{}, false, {u"Name"_s, u"Version"_s}}.build(
                  makeTarget(Platform::TvOS, u"18.1"_s)));
    addSample(u"InstalledApplicationList, User Enrollment"_s,
              apps,
              userEnrolledIphone(),
              InstalledApplicationListCommand{{}, true, {u"Name"_s}}.build(userEnrolledIphone()));

    const QString lock = u"device.lock.yaml"_s;
    const DeviceLockCommand fullLock{u"Call us.\nReward offered."_s, u"+1 555 0100"_s, u"123456"_s};
    addSample(u"DeviceLock, Apple silicon macOS 15"_s,
              lock,
              appleSiliconMac(u"15.1"_s),
              fullLock.build(appleSiliconMac(u"15.1"_s)));
    addSample(u"DeviceLock, Intel macOS 10.15"_s,
              lock,
              makeTarget(Platform::MacOS, u"10.15.7"_s),
              DeviceLockCommand{u"Call us."_s, {}, u"000123"_s}.build(
                  makeTarget(Platform::MacOS, u"10.15.7"_s)));
    addSample(u"DeviceLock, iOS"_s,
              lock,
              makeTarget(Platform::IOS, u"18.1"_s),
              fullLock.build(makeTarget(Platform::IOS, u"18.1"_s)));
    addSample(u"DeviceLock, User Enrollment iOS"_s,
              lock,
              userEnrolledIphone(),
              fullLock.build(userEnrolledIphone()));
    addSample(
        u"DeviceLock, Shared iPad"_s, lock, sharedIpad(false), fullLock.build(sharedIpad(false)));
    addSample(u"DeviceLock, watchOS"_s,
              lock,
              makeTarget(Platform::WatchOS, u"11.1"_s),
              fullLock.build(makeTarget(Platform::WatchOS, u"11.1"_s)));
    addSample(u"DeviceLock, visionOS"_s,
              lock,
              makeTarget(Platform::VisionOS, u"2.1"_s),
              DeviceLockCommand{}.build(makeTarget(Platform::VisionOS, u"2.1"_s)));

    const QString erase = u"device.erase.yaml"_s;
    for (const ObliterationBehavior behavior : EraseDeviceCommand::obliterationBehaviors()) {
        EraseDeviceCommand command;
        command.pin = u"654321"_s;
        command.obliterationBehavior = behavior;
        addSample(u"EraseDevice, macOS "_s + EraseDeviceCommand::obliterationBehaviorName(behavior),
                  erase,
                  appleSiliconMac(u"15.1"_s),
                  command.build(appleSiliconMac(u"15.1"_s)));
    }
    {
        EraseDeviceCommand command;
        command.preserveDataPlan = true;
        command.disallowProximitySetup = true;
        addSample(u"EraseDevice, iOS 18 both options"_s,
                  erase,
                  makeTarget(Platform::IOS, u"18.1"_s),
                  command.build(makeTarget(Platform::IOS, u"18.1"_s)));
        command.disallowProximitySetup = false;
        addSample(u"EraseDevice, watchOS data plan"_s,
                  erase,
                  makeTarget(Platform::WatchOS, u"11.1"_s),
                  command.build(makeTarget(Platform::WatchOS, u"11.1"_s)));
    }
    addSample(u"EraseDevice, tvOS"_s,
              erase,
              makeTarget(Platform::TvOS, u"18.1"_s),
              EraseDeviceCommand{}.build(makeTarget(Platform::TvOS, u"18.1"_s)));
    addSample(u"EraseDevice, visionOS"_s,
              erase,
              makeTarget(Platform::VisionOS, u"2.1"_s),
              EraseDeviceCommand{}.build(makeTarget(Platform::VisionOS, u"2.1"_s)));

    const QString restart = u"device.restart.yaml"_s;
    addSample(u"RestartDevice, macOS everything"_s,
              restart,
              appleSiliconMac(u"15.1"_s),
              RestartDeviceCommand{true, true, {u"/Library/Extensions/Example.kext"_s}}.build(
                  appleSiliconMac(u"15.1"_s)));
    addSample(u"RestartDevice, supervised iOS"_s,
              restart,
              makeTarget(Platform::IOS, u"18.1"_s, true),
              RestartDeviceCommand{}.build(makeTarget(Platform::IOS, u"18.1"_s, true)));
    addSample(u"RestartDevice, supervised tvOS"_s,
              restart,
              makeTarget(Platform::TvOS, u"18.1"_s, true),
              RestartDeviceCommand{}.build(makeTarget(Platform::TvOS, u"18.1"_s, true)));
    addSample(u"ShutDownDevice, macOS"_s,
              u"device.shutdown.yaml"_s,
              appleSiliconMac(u"15.1"_s),
              ShutDownDeviceCommand{}.build(appleSiliconMac(u"15.1"_s)));
    addSample(u"ShutDownDevice, supervised iOS"_s,
              u"device.shutdown.yaml"_s,
              makeTarget(Platform::IOS, u"18.1"_s, true),
              ShutDownDeviceCommand{}.build(makeTarget(Platform::IOS, u"18.1"_s, true)));

    for (const Platform platform : {Platform::IOS, Platform::VisionOS, Platform::WatchOS}) {
        CommandTarget t = makeTarget(platform, platform == Platform::IOS ? u"18.1"_s : u"11.1"_s);
        if (platform == Platform::VisionOS)
            t.osVersion = u"2.1"_s;
        t.hasUnlockToken = true;
        addSample(u"ClearPasscode, "_s + platformName(platform),
                  u"passcode.clear.yaml"_s,
                  t,
                  ClearPasscodeCommand{QByteArray(32, '\x5a')}.build(t));
    }

    const CommandTarget supervisedPhone = makeTarget(Platform::IOS, u"18.1"_s, true);
    addSample(
        u"EnableLostMode, everything"_s,
        u"device.lostmode.enable.yaml"_s,
        supervisedPhone,
        EnableLostModeCommand{u"Please return me."_s, u"+1 555 0100"_s, u"Example Ltd"_s}.build(
            supervisedPhone));
    addSample(u"EnableLostMode, phone number only"_s,
              u"device.lostmode.enable.yaml"_s,
              supervisedPhone,
              EnableLostModeCommand{{}, u"+1 555 0100"_s, {}}.build(supervisedPhone));
    addSample(u"DisableLostMode"_s,
              u"device.lostmode.disable.yaml"_s,
              supervisedPhone,
              DisableLostModeCommand{}.build(supervisedPhone));
    addSample(u"DeviceLocation"_s,
              u"device.lostmode.location.yaml"_s,
              supervisedPhone,
              DeviceLocationCommand{}.build(supervisedPhone));
    addSample(u"PlayLostModeSound"_s,
              u"device.lostmode.playsound.yaml"_s,
              supervisedPhone,
              PlayLostModeSoundCommand{}.build(supervisedPhone));

    const QString settings = u"settings.yaml"_s;
    addSample(u"Settings, macOS both"_s,
              settings,
              appleSiliconMac(u"15.1"_s),
              SettingsCommand{u"Front Desk Mac"_s, u"front-desk.example.com"_s}.build(
                  appleSiliconMac(u"15.1"_s)));
    addSample(u"Settings, macOS user channel"_s,
              settings,
              macUserChannel(),
              SettingsCommand{u"Front Desk Mac"_s, {}}.build(macUserChannel()));
    addSample(u"Settings, supervised iOS"_s,
              settings,
              supervisedPhone,
              SettingsCommand{u"Front Desk iPad"_s, {}}.build(supervisedPhone));
    addSample(
        u"Settings, tvOS"_s,
        settings,
        makeTarget(Platform::TvOS, u"18.1"_s),
        SettingsCommand{u"Lobby Apple TV"_s, {}}.build(makeTarget(Platform::TvOS, u"18.1"_s)));
    addSample(u"Settings, supervised visionOS 2"_s,
              settings,
              makeTarget(Platform::VisionOS, u"2.1"_s, true),
              SettingsCommand{u"Demo Vision Pro"_s, {}}.build(
                  makeTarget(Platform::VisionOS, u"2.1"_s, true)));
}

void tst_CommandSchemas::builtCommandConforms()
{
    QFETCH(QString, file);
    QFETCH(QVariant, target);
    QFETCH(QString, requestType);
    QFETCH(QVariantMap, fields);
    QFETCH(QString, buildError);
    QVERIFY2(buildError.isEmpty(), qPrintable(buildError));

    const Result<QVariantMap> schema = AppleSchema::loadCommand(file);
    QVERIFY_RESULT(schema);
    QCOMPARE(requestType, schema->value(u"payload"_s).toMap().value(u"requesttype"_s).toString());

    Checker checker{target.value<CommandTarget>(), {}};
    const QVariantMap supported = commandSupportedOS(*schema);
    QVERIFY2(schemaAllows(supported, checker.target),
             "the schema doesn't allow this command on this target");
    checker.checkDictionary(fields, schema->value(u"payloadkeys"_s).toList(), supported, {});
    QVERIFY2(checker.problems.isEmpty(), qPrintable(checker.problems.join(u"\n"_s)));

    // What the queue will store and send: it must survive the trip through XML unchanged.
    QVariantMap command = fields;
    command.insert(u"RequestType"_s, requestType);
    const QVariantMap envelope = {
        {u"CommandUUID"_s, QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper()},
        {u"Command"_s, command},
    };
    const Result<QByteArray> xml = Plist::toXml(envelope);
    QVERIFY_RESULT(xml);
    const Result<QVariant> parsed = Plist::parse(*xml);
    QVERIFY_RESULT(parsed);
    const QString roundTrip = difference(QVariant(envelope), *parsed, {});
    QVERIFY2(roundTrip.isEmpty(), qPrintable(roundTrip));
}

QTEST_GUILESS_MAIN(tst_CommandSchemas)
#include "tst_CommandSchemas.moc"
