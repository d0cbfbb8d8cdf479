// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace Espalier {
struct Command;
struct Device;
struct Enrollment;
struct EnrollmentLink;
} // namespace Espalier

// The admin API's JSON shapes of the store's records. Keys are snake_case; a value the device
// never reported is null; times are ISO 8601 in UTC. Secrets (push tokens, PushMagic, unlock
// tokens, link tokens and their hashes, command payloads with their PINs) are never written.
// Stateless; any thread.
namespace Espalier::AdminJson {

[[nodiscard]] QJsonValue dateTime(const QDateTime &at);
// A property list value as JSON: data as base64 strings, dates as ISO 8601, UIDs as numbers.
[[nodiscard]] QJsonValue fromPlist(const QVariant &value);

// "enrolled" (TokenUpdate received), "pending" (authenticated, no TokenUpdate yet) or
// "checked-out".
[[nodiscard]] QString enrollmentState(const Enrollment &enrollment);
[[nodiscard]] QString enrollmentLinkStateName(const EnrollmentLink &link, const QDateTime &now);

[[nodiscard]] QJsonObject device(const Device &device, const QList<Enrollment> &enrollments);
[[nodiscard]] QJsonObject enrollment(const Enrollment &enrollment);
[[nodiscard]] QJsonObject commandSummary(const Command &command);
// The summary with every time, the error chain and the device's answer.
[[nodiscard]] QJsonObject commandDetail(const Command &command);
[[nodiscard]] QJsonObject enrollmentLink(const EnrollmentLink &link, const QDateTime &now);

// The compact UTF-8 text of a response body, with a final newline.
[[nodiscard]] QByteArray serialize(const QJsonObject &object);

} // namespace Espalier::AdminJson
