// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/CommandQueueEntry.h"
#include "core/common/Result.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

namespace Espalier {

class Database;

// Reads the command queue for the console: every command with the name of its device. The Async
// functions run on the QtConcurrent pool, each with its own reader connection opened and closed
// on that worker thread, so the UI thread never waits on SQLite; continue them with a context
// object. The others run on the caller's thread with the caller's connection.
namespace CommandQueueStore {

// Every command, oldest first, without payloads and results.
[[nodiscard]] QFuture<Result<QList<CommandQueueEntry>>> loadAllAsync(const QString &databasePath);
[[nodiscard]] Result<QList<CommandQueueEntry>> loadAll(Database &database);

// The commands with these UUIDs that exist, without payloads and results.
[[nodiscard]] QFuture<Result<QList<CommandQueueEntry>>> loadAsync(const QString &databasePath,
                                                                  const QStringList &uuids);
[[nodiscard]] Result<QList<CommandQueueEntry>> load(Database &database, const QStringList &uuids);

// One command with the raw request and the device's raw answer, as XML property lists ready to
// show. A request that carries a secret (an unlock token, a PIN) is stored sealed and stays so:
// requestSealed is set and requestText is empty.
struct Details
{
    CommandQueueEntry entry; // with payload and result
    QString requestText;
    bool requestSealed = false;
    QString responseText; // empty while the device has not answered
};

// NotFound when there is no such command.
[[nodiscard]] QFuture<Result<Details>> loadDetailsAsync(const QString &databasePath,
                                                        const QString &uuid);
[[nodiscard]] Result<Details> loadDetails(Database &database, const QString &uuid);

// A property list (XML or binary) as indented XML text; anything else as it is, when it is
// text, or nothing.
[[nodiscard]] QString plistText(const QByteArray &bytes);

} // namespace CommandQueueStore

} // namespace Espalier
