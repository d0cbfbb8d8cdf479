// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Espalier {

// One saved version of a stored profile: the plist exactly as it was saved (unsigned; a signed
// copy is made when it is exported or installed).
struct ProfileVersion
{
    QString profileId;
    int version = 0;
    QByteArray plist;
    QStringList payloadTypes;
    QString createdBy;
    QDateTime createdAt;
};

} // namespace Espalier
