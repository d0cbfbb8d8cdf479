// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Espalier {

// A command report that matched no pending command of its channel: an unknown or already
// finished CommandUUID, another channel's command, or a report without a usable Status. The
// device got its 200 all the same; this keeps what it said for people to read.
struct UnmatchedReport
{
    qint64 id = 0; // assigned by the store, increasing
    QString enrollmentId;
    QString commandUuid; // empty when the report named none
    QString status;      // as the device sent it; empty when absent
    QString reason;      // why it matched nothing, for people
    QByteArray report;   // the exact bytes the device sent
    QDateTime receivedAt;
};

} // namespace Espalier
