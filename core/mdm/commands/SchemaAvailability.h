// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/mdm/commands/CommandTarget.h"
#include "core/mdm/commands/PlatformSupport.h"

#include <QList>
#include <QMap>
#include <QString>

#include <initializer_list>

namespace Espalier {

// Where Apple's schema lets one command, or one key of it, go: platforms, OS versions,
// supervision, channels, User Enrollment and Shared iPad. The command builders check a target
// against it before they build, and tst_CommandSchemas compares every table with Apple's YAML,
// so the two cannot drift apart unnoticed. Immutable; use it from any thread.
class SchemaAvailability final
{
public:
    SchemaAvailability() = default; // available nowhere
    SchemaAvailability(std::initializer_list<PlatformSupport> platforms);

    [[nodiscard]] const QList<PlatformSupport> &platforms() const { return m_platforms; }

    // nullptr where the schema says "n/a".
    [[nodiscard]] const PlatformSupport *support(Platform platform) const;

    [[nodiscard]] bool isAvailable(const CommandTarget &target) const;
    // Whether the device would take it but ignore it (User Enrollment or Shared iPad mode
    // "ignored"), so sending it would only mislead.
    [[nodiscard]] bool isIgnored(const CommandTarget &target) const;

    // Unsupported failures that name what is missing and what to do. commandName is the
    // translated name of the command ("Device Lock"); optionName a translated phrase that can
    // open a sentence ("The lock screen message"), and its messages suggest leaving it out.
    [[nodiscard]] Result<void> checkCommand(const CommandTarget &target,
                                            const QString &commandName) const;
    // As above, but a refusal for the platform or for supervision says audienceMessage instead,
    // for commands one sentence can sum up ("Lost Mode needs a supervised iPhone or iPad.").
    [[nodiscard]] Result<void> checkCommand(const CommandTarget &target,
                                            const QString &commandName,
                                            const QString &audienceMessage) const;
    [[nodiscard]] Result<void> checkOption(const CommandTarget &target,
                                           const QString &optionName) const;

private:
    QList<PlatformSupport> m_platforms;
};

// A command's keys by path ("PIN", "Settings.DeviceName" for an item of the Settings array);
// only the keys its builder can send.
using SchemaKeys = QMap<QString, SchemaAvailability>;

} // namespace Espalier
