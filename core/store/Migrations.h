// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/Migration.h"

#include <QList>

namespace Espalier {

class Database;

// The store's schema history and the code that applies it. Runs on the writer's thread.
namespace Migrations {

// Every migration, oldest first, versions 1, 2, 3, ... without gaps. Append only.
[[nodiscard]] const QList<Migration> &all();

[[nodiscard]] int latestVersion();

// The highest applied version; 0 for an empty database.
[[nodiscard]] Result<int> currentVersion(Database &database);

// Applies the missing migrations up to targetVersion, each in its own transaction, so a failure
// leaves the database at the last version that applied completely.
[[nodiscard]] Result<void> migrate(Database &database, int targetVersion);

// The same over an explicit list (tests use it to check that a failing migration rolls back).
[[nodiscard]] Result<void> migrate(Database &database,
                                   const QList<Migration> &migrations,
                                   int targetVersion);

} // namespace Migrations

} // namespace Espalier
