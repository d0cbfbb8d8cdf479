// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/PayloadKey.h"
#include "core/profiles/ProfileDocument.h"
#include "core/profiles/ProfileIssue.h"

#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Espalier {

class PayloadSchemaRegistry;

// What the profile is meant for. Without platforms, platform checks are skipped (a document's
// TargetDeviceType fills them in); without supervised, supervision is not checked.
struct ProfileValidationOptions
{
    QStringList platforms;
    std::optional<bool> supervised;
};

// Checks payload dictionaries against their schemas: missing required keys, wrong types, values
// out of range or not among the allowed ones, keys for other platforms or for supervised devices
// only. Keys the schema does not describe are reported as Info and otherwise left alone. Pure
// functions; any thread.
namespace ProfileValidator {

[[nodiscard]] QList<ProfileIssue> validateDocument(const PayloadSchemaRegistry &registry,
                                                   const ProfileDocument &document,
                                                   const ProfileValidationOptions &options = {});

// One payload (its PayloadType picks the schema); payloadIndex goes into each issue.
[[nodiscard]] QList<ProfileIssue> validatePayload(const PayloadSchemaRegistry &registry,
                                                  const QVariantMap &payload,
                                                  int payloadIndex = 0,
                                                  const ProfileValidationOptions &options = {});

// values against keys, for callers that hold a schema of their own.
[[nodiscard]] QList<ProfileIssue> validateKeys(const QList<PayloadKey> &keys,
                                               const QVariantMap &values,
                                               int payloadIndex = 0,
                                               const ProfileValidationOptions &options = {});

// The platforms a TopLevel TargetDeviceType names (5 is macOS); empty for 0 or unknown values.
[[nodiscard]] QStringList platformsForTargetDeviceType(int targetDeviceType);

// "text", "a whole number", ...: how an issue names a type to the admin.
[[nodiscard]] QString describeType(PayloadValueType type);

} // namespace ProfileValidator

} // namespace Espalier
