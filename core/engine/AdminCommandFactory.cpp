// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/AdminCommandFactory.h"

#include "core/mdm/Platform.h"
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
#include "core/store/Device.h"
#include "core/store/Enrollment.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

using Kind = AdminCommandFactory::Kind;
using Parameter = AdminCommandFactory::Parameter;

// The parameters of one request after they passed their checks, with data already decoded.
struct Values
{
    QJsonObject params;
    QHash<QString, QByteArray> data;

    [[nodiscard]] QString text(const QString &name) const { return params.value(name).toString(); }

    [[nodiscard]] bool flag(const QString &name) const { return params.value(name).toBool(); }

    [[nodiscard]] QStringList list(const QString &name) const
    {
        QStringList values;
        const QJsonArray array = params.value(name).toArray();
        for (const QJsonValue value : array)
            values.append(value.toString());
        return values;
    }

    [[nodiscard]] QByteArray bytes(const QString &name) const { return data.value(name); }
};

using Builder = Result<MdmCommand> (*)(const Values &values,
                                       const CommandTarget &target,
                                       const QByteArray &unlockToken);

struct Entry
{
    AdminCommandFactory::CommandType type;
    QString (*displayName)();
    Builder build;
};

template<typename Command>
Entry entry(QList<Parameter> parameters, Builder build, bool needsUnlockToken = false)
{
    return Entry{{Command::requestType(), std::move(parameters), needsUnlockToken},
                 &Command::displayName,
                 build};
}

QStringList obliterationBehaviorNames()
{
    QStringList names;
    for (ObliterationBehavior behavior : EraseDeviceCommand::obliterationBehaviors())
        names.append(EraseDeviceCommand::obliterationBehaviorName(behavior));
    return names;
}

const QList<Entry> &entries()
{
    static const QList<Entry> s_entries = {
        entry<DeviceInformationCommand>(
            {{u"queries"_s, Kind::StringList}},
            [](const Values &v, const CommandTarget &target, const QByteArray &) {
                DeviceInformationCommand command;
                command.queries = v.list(u"queries"_s);
                return command.build(target);
            }),
        entry<SecurityInfoCommand>(
            {},
            [](const Values &, const CommandTarget &target, const QByteArray &) {
                return SecurityInfoCommand().build(target);
            }),
        entry<InstalledApplicationListCommand>(
            {{u"identifiers"_s, Kind::StringList},
             {u"managed_apps_only"_s, Kind::Boolean},
             {u"items"_s, Kind::StringList}},
            [](const Values &v, const CommandTarget &target, const QByteArray &) {
                InstalledApplicationListCommand command;
                command.identifiers = v.list(u"identifiers"_s);
                command.managedAppsOnly = v.flag(u"managed_apps_only"_s);
                command.items = v.list(u"items"_s);
                return command.build(target);
            }),
        entry<ProfileListCommand>(
            {{u"managed_only"_s, Kind::Boolean}},
            [](const Values &v, const CommandTarget &target, const QByteArray &) {
                ProfileListCommand command;
                command.managedOnly = v.flag(u"managed_only"_s);
                return command.build(target);
            }),
        entry<CertificateListCommand>(
            {{u"managed_only"_s, Kind::Boolean}},
            [](const Values &v, const CommandTarget &target, const QByteArray &) {
                CertificateListCommand command;
                command.managedOnly = v.flag(u"managed_only"_s);
                return command.build(target);
            }),
        entry<DeviceLockCommand>(
            {{u"message"_s, Kind::String},
             {u"phone_number"_s, Kind::String},
             {u"pin"_s, Kind::String}},
            [](const Values &v, const CommandTarget &target, const QByteArray &) {
                DeviceLockCommand command;
                command.message = v.text(u"message"_s);
                command.phoneNumber = v.text(u"phone_number"_s);
                command.pin = v.text(u"pin"_s);
                return command.build(target);
            }),
        entry<EraseDeviceCommand>(
            {{u"pin"_s, Kind::String},
             {u"preserve_data_plan"_s, Kind::Boolean},
             {u"disallow_proximity_setup"_s, Kind::Boolean},
             {u"obliteration_behavior"_s, Kind::String, obliterationBehaviorNames()}},
            [](const Values &v, const CommandTarget &target, const QByteArray &) {
                EraseDeviceCommand command;
                command.pin = v.text(u"pin"_s);
                command.preserveDataPlan = v.flag(u"preserve_data_plan"_s);
                command.disallowProximitySetup = v.flag(u"disallow_proximity_setup"_s);
                const QString behavior = v.text(u"obliteration_behavior"_s);
                for (ObliterationBehavior known : EraseDeviceCommand::obliterationBehaviors()) {
                    if (EraseDeviceCommand::obliterationBehaviorName(known) == behavior)
                        command.obliterationBehavior = known;
                }
                return command.build(target);
            }),
        entry<RestartDeviceCommand>(
            {{u"notify_user"_s, Kind::Boolean},
             {u"rebuild_kernel_cache"_s, Kind::Boolean},
             {u"kext_paths"_s, Kind::StringList}},
            [](const Values &v, const CommandTarget &target, const QByteArray &) {
                RestartDeviceCommand command;
                command.notifyUser = v.flag(u"notify_user"_s);
                command.rebuildKernelCache = v.flag(u"rebuild_kernel_cache"_s);
                command.kextPaths = v.list(u"kext_paths"_s);
                return command.build(target);
            }),
        entry<ShutDownDeviceCommand>(
            {},
            [](const Values &, const CommandTarget &target, const QByteArray &) {
                return ShutDownDeviceCommand().build(target);
            }),
        entry<ClearPasscodeCommand>(
            {},
            [](const Values &, const CommandTarget &target, const QByteArray &unlockToken) {
                ClearPasscodeCommand command;
                command.unlockToken = unlockToken;
                return command.build(target);
            },
            true),
        entry<EnableLostModeCommand>(
            {{u"message"_s, Kind::String},
             {u"phone_number"_s, Kind::String},
             {u"footnote"_s, Kind::String}},
            [](const Values &v, const CommandTarget &target, const QByteArray &) {
                EnableLostModeCommand command;
                command.message = v.text(u"message"_s);
                command.phoneNumber = v.text(u"phone_number"_s);
                command.footnote = v.text(u"footnote"_s);
                return command.build(target);
            }),
        entry<DisableLostModeCommand>(
            {},
            [](const Values &, const CommandTarget &target, const QByteArray &) {
                return DisableLostModeCommand().build(target);
            }),
        entry<PlayLostModeSoundCommand>(
            {},
            [](const Values &, const CommandTarget &target, const QByteArray &) {
                return PlayLostModeSoundCommand().build(target);
            }),
        entry<DeviceLocationCommand>(
            {},
            [](const Values &, const CommandTarget &target, const QByteArray &) {
                return DeviceLocationCommand().build(target);
            }),
        entry<SettingsCommand>(
            {{u"device_name"_s, Kind::String}, {u"host_name"_s, Kind::String}},
            [](const Values &v, const CommandTarget &target, const QByteArray &) {
                SettingsCommand command;
                command.deviceName = v.text(u"device_name"_s);
                command.hostName = v.text(u"host_name"_s);
                return command.build(target);
            }),
        entry<RemoveProfileCommand>(
            {{u"identifier"_s, Kind::String}},
            [](const Values &v, const CommandTarget &target, const QByteArray &) {
                RemoveProfileCommand command;
                command.identifier = v.text(u"identifier"_s);
                return command.build(target);
            }),
        entry<InstallProfileCommand>(
            {{u"payload"_s, Kind::Data}},
            [](const Values &v, const CommandTarget &target, const QByteArray &) {
                InstallProfileCommand command;
                command.payload = v.bytes(u"payload"_s);
                return command.build(target);
            }),
    };
    return s_entries;
}

const Entry *findEntry(const QString &type)
{
    for (const Entry &candidate : entries()) {
        if (candidate.type.type == type)
            return &candidate;
    }
    return nullptr;
}

std::optional<bool> flagOf(const QVariantMap &map, const QString &key)
{
    const QVariant value = map.value(key);
    if (value.metaType().id() != QMetaType::Bool)
        return std::nullopt;
    return value.toBool();
}

} // namespace

const QList<AdminCommandFactory::CommandType> &AdminCommandFactory::types()
{
    static const QList<CommandType> s_types = [] {
        QList<CommandType> list;
        for (const Entry &known : entries())
            list.append(known.type);
        return list;
    }();
    return s_types;
}

Result<const AdminCommandFactory::CommandType *> AdminCommandFactory::lookup(const QString &type)
{
    if (const Entry *found = findEntry(type))
        return &found->type;
    QStringList supported;
    for (const Entry &known : entries())
        supported.append(known.type.type);
    return fail(Error::Code::InvalidInput,
                tr("\"%1\" is not a command type the admin API knows. Supported types: %2.")
                    .arg(type, supported.join(u", "_s)),
                u"unknown command type"_s);
}

QString AdminCommandFactory::kindName(Kind kind)
{
    switch (kind) {
    case Kind::String:
        return u"string"_s;
    case Kind::Boolean:
        return u"boolean"_s;
    case Kind::StringList:
        return u"string-list"_s;
    case Kind::Data:
        return u"data"_s;
    }
    return {};
}

QString AdminCommandFactory::displayName(const QString &type)
{
    const Entry *found = findEntry(type);
    return found ? found->displayName() : type;
}

Result<MdmCommand> AdminCommandFactory::build(const QString &type,
                                              const QJsonObject &params,
                                              const CommandTarget &target,
                                              const QByteArray &unlockToken)
{
    if (Result<const CommandType *> known = lookup(type); !known)
        return fail(known.error());
    const Entry *found = findEntry(type);
    QStringList names;
    for (const Parameter &parameter : found->type.parameters)
        names.append(parameter.name);

    Values values;
    values.params = params;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        const QString &name = it.key();
        const QJsonValue value = it.value();
        const qsizetype index = names.indexOf(name);
        if (index < 0) {
            return fail(Error::Code::InvalidInput,
                        names.isEmpty()
                            ? tr("%1 takes no parameters, but got \"%2\".").arg(type, name)
                            : tr("%1 has no parameter \"%2\". It takes: %3.")
                                  .arg(type, name, names.join(u", "_s)),
                        u"unknown parameter"_s);
        }
        const Parameter &parameter = found->type.parameters.at(index);
        bool fits = false;
        switch (parameter.kind) {
        case Kind::String:
            fits = value.isString();
            break;
        case Kind::Boolean:
            fits = value.isBool();
            break;
        case Kind::StringList: {
            const QJsonArray array = value.toArray();
            fits = value.isArray()
                   && std::all_of(array.begin(), array.end(), [](const QJsonValue &item) {
                          return item.isString();
                      });
            break;
        }
        case Kind::Data:
            if (value.isString()) {
                QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
                    value.toString().toLatin1(),
                    QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
                fits = bool(decoded);
                if (fits)
                    values.data.insert(name, decoded.decoded);
            }
            break;
        }
        if (!fits) {
            const QString expected = parameter.kind == Kind::String       ? tr("a string")
                                     : parameter.kind == Kind::Boolean    ? tr("true or false")
                                     : parameter.kind == Kind::StringList ? tr("a list of strings")
                                                                          : tr("base64 data");
            return fail(Error::Code::InvalidInput,
                        tr("The parameter \"%1\" of %2 must be %3.").arg(name, type, expected),
                        u"wrong parameter type"_s);
        }
        if (!parameter.choices.isEmpty() && !parameter.choices.contains(value.toString())) {
            return fail(Error::Code::InvalidInput,
                        tr("The parameter \"%1\" of %2 must be one of: %3.")
                            .arg(name, type, parameter.choices.join(u", "_s)),
                        u"value not among the choices"_s);
        }
    }
    return found->build(values, target, unlockToken);
}

CommandTarget AdminCommandFactory::target(const Enrollment &enrollment,
                                          const std::optional<Device> &device,
                                          bool hasUnlockToken)
{
    CommandTarget target;
    target.userChannel = enrollment.type == EnrollmentType::User;
    target.userEnrollment = enrollment.userEnrollment;
    target.hasUnlockToken = hasUnlockToken;
    if (!device)
        return target;
    target.platform = platformFromName(device->platform);
    if (target.platform == Platform::Unknown)
        target.platform = platformFromProductName(device->productName);
    if (target.platform == Platform::Unknown)
        target.platform = platformFromProductName(device->model);
    target.osVersion = device->osVersion;
    target.supervised = device->supervised.value_or(false);

    // The facts the Device record has no column for are in the last DeviceInformation answer.
    if (!device->deviceInformation.isEmpty()) {
        if (Result<QVariant> report = Plist::parse(device->deviceInformation); report) {
            const QVariantMap answers = report->toMap().value(u"QueryResponses"_s).toMap();
            target.appleSilicon = flagOf(answers, u"IsAppleSilicon"_s);
            target.lockPinRequired = flagOf(answers, u"PINRequiredForDeviceLock"_s);
            target.erasePinRequired = flagOf(answers, u"PINRequiredForEraseDevice"_s);
            target.sharedIpad = flagOf(answers, u"IsMultiUser"_s).value_or(false);
        }
    }
    return target;
}

} // namespace Espalier
