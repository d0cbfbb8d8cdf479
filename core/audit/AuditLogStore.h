// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/AuditEntry.h"
#include "core/store/AuditLog.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>

namespace Espalier {

class Database;

// Reads the audit log for the console. The Async functions run on the QtConcurrent pool, each
// with its own reader connection opened and closed on that worker thread, so the UI thread never
// waits on SQLite; continue them with a context object. The others use the caller's connection.
namespace AuditLogStore {

struct Batch
{
    // Oldest first. prevHash and hash are left empty: verify() checks them in the store.
    QList<AuditEntry> entries;
    // Whether entries is the whole log (else only what followed afterSeq).
    bool complete = true;
    // Device names for the targets that are enrollment channels, by target.
    QHash<QString, QString> targetNames;
};

// Every entry when afterSeq is 0. Otherwise the entries after afterSeq; when more than
// IncrementLimit of them arrived, the whole log instead (complete is then true).
inline constexpr int IncrementLimit = 2000;
[[nodiscard]] QFuture<Result<Batch>> loadAsync(const QString &databasePath, qint64 afterSeq = 0);
[[nodiscard]] Result<Batch> load(Database &database, qint64 afterSeq = 0);

// AuditLog::verify() over the whole chain, in one read snapshot.
[[nodiscard]] QFuture<Result<AuditLog::Verification>> verifyAsync(const QString &databasePath);

} // namespace AuditLogStore

} // namespace Espalier
