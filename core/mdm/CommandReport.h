// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/ChannelIdentity.h"
#include "core/plist/Plist.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace Espalier {

// One request to the command endpoint (Content-Type application/x-apple-aspen-mdm): Idle, or
// the device's report on a command. Only a body that is no plist dict at all, or that names no
// channel, is refused: anything else that parsed is kept and answered with a 200 (a 4xx makes
// the device send the same report again and again), so a bad Status or CommandUUID is recorded
// in `problem` instead of failing. Plain value; any thread. A report can carry secrets (an
// Activation Lock bypass code, a recovery key): never log its content.
struct CommandReport
{
    enum class Status {
        Idle,
        Acknowledged,
        Error,
        CommandFormatError,
        NotNow,
    };

    std::optional<Status> status; // nullopt: missing or unknown (statusText says what came)
    QString statusText;
    QString commandUuid; // empty with Idle, or when missing
    ChannelIdentity channel;
    QVariantList errorChain; // with Error and CommandFormatError
    QVariantMap fields;      // the whole dict: command-specific keys sit at the top level
    QByteArray raw;          // the exact body
    QString problem;         // why the report is unusable, when it is; for logs

    [[nodiscard]] bool isUsable() const { return problem.isEmpty(); }

    [[nodiscard]] static Result<CommandReport> parse(const QByteArray &body,
                                                     const Plist::Limits &limits = {});

    // "Domain code: description" per ErrorChain item, one per line, for people.
    [[nodiscard]] static QString errorChainText(const QVariantList &errorChain);

    [[nodiscard]] static QString statusName(Status status);
    [[nodiscard]] static std::optional<Status> statusFromName(const QString &name);
};

} // namespace Espalier
