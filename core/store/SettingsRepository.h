// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace Espalier {

class Database;

// Reads and writes the settings table: plain text values under stable keys such as
// "server/public_url". Knows nothing of what they mean (ServerSettings does). Lives on the
// thread of its Database; writes need the Writer.
class SettingsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    explicit SettingsRepository(Database &database);

    [[nodiscard]] Result<QHash<QString, QString>> all();
    // Inserts or replaces every value in one transaction (joining the caller's).
    [[nodiscard]] Result<void> set(const QList<std::pair<QString, QString>> &values,
                                   const QDateTime &now);

private:
    Database &m_database;
};

} // namespace Espalier
