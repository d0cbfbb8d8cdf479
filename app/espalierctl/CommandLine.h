// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/espalierctl/ExitCode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Espalier {

// espalierctl's arguments: the global options, the verb and what the verb takes, checked before
// anything goes over the network, so a usage mistake never reaches the server. Also reads the
// token (from --token-file or ESPALIER_TOKEN). Stateless; main thread.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::CommandLine)

public:
    static constexpr int DefaultWaitSeconds = 300;

    struct Invocation
    {
        QUrl url;
        QByteArray token;
        bool json = false;
        // "devices", "enrollments", "types", "link create", "links", "command", "raw",
        // "commands", "show", "cancel", "retry" or "wait".
        QString verb;
        QStringList arguments; // what follows the verb
        QString label;
        std::optional<int> maxUses;
        QString expiresAt;
        QString state;
        QString enrollment;
        std::optional<int> limit;
        double waitSeconds = DefaultWaitSeconds;
    };

    struct Outcome
    {
        // Set when there is something to run; otherwise exitCode, output and error say how
        // the program ends (help, version, or a usage error).
        std::optional<Invocation> invocation;
        ExitCode exitCode = ExitCode::Success;
        QString output; // for stdout
        QString error;  // for stderr
    };

    // arguments includes the program name, as QCoreApplication::arguments() gives it.
    [[nodiscard]] static Outcome parse(const QStringList &arguments,
                                       const QProcessEnvironment &environment);
};

} // namespace Espalier
