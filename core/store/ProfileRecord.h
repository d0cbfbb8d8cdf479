// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Espalier {

// A stored configuration profile: its current version and, for lists, how many devices are in
// each state. The plist of each version is a ProfileVersion.
struct ProfileRecord
{
    QString id;
    QString identifier; // top-level PayloadIdentifier, unique among stored profiles
    QString displayName;
    int currentVersion = 0;
    QStringList payloadTypes; // of the current version
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;

    int installed = 0;
    int pending = 0;
    int failed = 0;
    int drifted = 0;
};

} // namespace Espalier
