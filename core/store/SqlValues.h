// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace Espalier {

// How the store spells values in SQL, the same on SQLite and PostgreSQL: times are INTEGER
// milliseconds since the epoch (UTC), booleans INTEGER 0/1, and "absent" is NULL (an invalid
// QDateTime, an empty string or byte array, an empty optional).
namespace SqlValues {

[[nodiscard]] QVariant fromTime(const QDateTime &time);
[[nodiscard]] QDateTime toTime(const QVariant &value);

[[nodiscard]] QVariant fromText(const QString &text);
[[nodiscard]] QString toText(const QVariant &value);

[[nodiscard]] QVariant fromBlob(const QByteArray &bytes);

[[nodiscard]] QVariant fromBool(std::optional<bool> value);
[[nodiscard]] std::optional<bool> toOptionalBool(const QVariant &value);

// "?, ?, ?" for an IN (...) list of count values.
[[nodiscard]] QString placeholders(qsizetype count);

// Replaces the generic message of a database failure with one that says what was being done;
// other failures (not found, conflict, bad input) keep their own message.
template<typename T>
[[nodiscard]] Result<T> described(Result<T> result, const QString &message)
{
    if (!result && result.error().code == Error::Code::Database)
        result.error().message = message;
    return result;
}

} // namespace SqlValues

} // namespace Espalier
