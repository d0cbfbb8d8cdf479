// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SqlValues.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Espalier::SqlValues {

// Typed NULLs, so a driver that types its parameters (PostgreSQL) knows the column type.
QVariant fromTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant::fromValue<qint64>(time.toMSecsSinceEpoch());
}

QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant fromText(const QString &text)
{
    if (text.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return text;
}

QString toText(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

QVariant fromBlob(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return QVariant(QMetaType::fromType<QByteArray>());
    return bytes;
}

QVariant fromBool(std::optional<bool> value)
{
    if (!value)
        return QVariant(QMetaType::fromType<int>());
    return *value ? 1 : 0;
}

std::optional<bool> toOptionalBool(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong() != 0;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

} // namespace Espalier::SqlValues
