// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Espalier {

// A configuration profile as a value: the top-level dictionary of a .mobileconfig (every key
// but PayloadContent, unknown ones included) and its payload dictionaries, each kept whole, so
// that what was read is written back unchanged. Values are the QVariant shapes core/plist reads
// and writes (QString, qint64/int, double, bool, QDateTime, QByteArray, QVariantList,
// QVariantMap).
struct ProfileDocument
{
    QVariantMap topLevel;
    QList<QVariantMap> payloads;

    [[nodiscard]] QString identifier() const
    {
        return topLevel.value(QStringLiteral("PayloadIdentifier")).toString();
    }

    [[nodiscard]] QString uuid() const
    {
        return topLevel.value(QStringLiteral("PayloadUUID")).toString();
    }

    [[nodiscard]] QString displayName() const
    {
        return topLevel.value(QStringLiteral("PayloadDisplayName")).toString();
    }

    friend bool operator==(const ProfileDocument &, const ProfileDocument &) = default;
};

} // namespace Espalier
