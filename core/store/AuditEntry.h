// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Espalier {

// One line of the append-only audit log: who did what to which target, and the chain hashes
// (lower-case hex SHA-256) that make edits, deletions and reordering detectable.
// detail is free text for people; it never carries a PIN, token or key.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString target;
    QString detail;
    QString prevHash;
    QString hash;
};

} // namespace Espalier
