// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/PayloadKey.h"

#include <QList>
#include <QString>

namespace Espalier {

// One payload type as a schema file describes it (Apple's device-management YAML format).
struct PayloadSchema
{
    QString payloadType;
    QString title;
    QString description;
    QList<PayloadPlatform> platforms; // empty: the file did not say
    QList<PayloadKey> keys;
    QString sourcePath; // the file it came from, for messages

    [[nodiscard]] QString displayTitle() const { return title.isEmpty() ? payloadType : title; }

    [[nodiscard]] const PayloadKey *key(const QString &name) const
    {
        for (const PayloadKey &candidate : keys) {
            if (candidate.name == name)
                return &candidate;
        }
        return nullptr;
    }
};

} // namespace Espalier
