// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/MdmCommand.h"
#include "core/mdm/commands/CommandTarget.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Espalier {

struct Device;
struct Enrollment;

// The typed commands of the admin API: {"type": "DeviceLock", "params": {...}} becomes an
// MdmCommand through the same builders the console uses, so a script meets the same checks.
// Parameters are named in snake_case after the builders' fields. Stateless; any thread (the
// admin API calls it on the engine thread).
class AdminCommandFactory final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::AdminCommandFactory)

public:
    enum class Kind {
        String,
        Boolean,
        StringList,
        Data, // base64 in JSON
    };

    struct Parameter
    {
        QString name;
        Kind kind = Kind::String;
        QStringList choices{}; // the only values a String takes, when set
    };

    struct CommandType
    {
        QString type; // the RequestType
        QList<Parameter> parameters;
        bool needsUnlockToken = false;
    };

    // Every supported type, in a stable order.
    [[nodiscard]] static const QList<CommandType> &types();
    // The type, or an InvalidInput failure that lists the supported ones.
    [[nodiscard]] static Result<const CommandType *> lookup(const QString &type);
    // "string", "boolean", "string-list", "data", as the API lists them.
    [[nodiscard]] static QString kindName(Kind kind);
    // The translated name people know the command by ("Device Lock").
    [[nodiscard]] static QString displayName(const QString &type);

    // The command for one target. params is checked against the type's parameters first
    // (InvalidInput naming the parameter), then the builder checks the values against the
    // target (its refusal passed on as it is). unlockToken is for ClearPasscode only.
    [[nodiscard]] static Result<MdmCommand> build(const QString &type,
                                                  const QJsonObject &params,
                                                  const CommandTarget &target,
                                                  const QByteArray &unlockToken = {});

    // What the builders need to know about a channel, from its enrollment and the stored
    // inventory of its device (none yet before the first DeviceInformation answer).
    [[nodiscard]] static CommandTarget target(const Enrollment &enrollment,
                                              const std::optional<Device> &device,
                                              bool hasUnlockToken);
};

} // namespace Espalier
