// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace Espalier {

// One QVariant as the writers see it: its plist type and its value normalised (integers widened,
// floats made double, dates as UTC milliseconds, hashes sorted). Both writers classify through
// here so they accept exactly the same inputs; the date and string rules are shared with the
// readers. Plain value, used on the caller's thread.
struct PlistNode
{
    enum class Type {
        Dict,
        Array,
        String,
        Integer,
        UnsignedInteger, // above INT64_MAX only
        Real,
        Boolean,
        Date,
        Data,
        Uid,
    };

    Type type = Type::Integer;
    qint64 integer = 0;          // Integer; Boolean as 0 or 1; Date as ms since 1970 UTC
    quint64 unsignedInteger = 0; // UnsignedInteger, Uid
    double real = 0;
    QString string;
    QByteArray data;
    QVariantMap dict;
    QVariantList array;

    [[nodiscard]] static Result<PlistNode> fromVariant(const QVariant &value);

    // No U+0000 and no unpaired surrogate: what every string and key must satisfy.
    [[nodiscard]] static bool isStorable(QStringView text);

    // Dates run from year 0 to 9999, as CoreFoundation counts years (proleptic Gregorian with a
    // year 0, which QDate calls -1), so NSDate's distantPast (0000-12-30) and distantFuture
    // (4001-01-01) both fit.
    static constexpr qint64 minDateMsecs = -62167219200000; // 0000-01-01T00:00:00Z
    static constexpr qint64 maxDateMsecs = 253402300799999; // 9999-12-31T23:59:59.999Z
    static constexpr qint64 appleEpochMsecs = 978307200000; // 2001-01-01T00:00:00Z

    // Plist dates count seconds from 2001-01-01 UTC; nullopt for NaN, infinities and dates out
    // of range. Rounds to the millisecond, QDateTime's resolution.
    [[nodiscard]] static std::optional<QDateTime> dateFromAppleSeconds(double seconds);
    [[nodiscard]] static double appleSeconds(qint64 unixMsecs);
};

} // namespace Espalier
