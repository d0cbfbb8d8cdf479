// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SettingsRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlValues.h"

using namespace Qt::StringLiterals;

namespace Espalier {

SettingsRepository::SettingsRepository(Database &database)
    : m_database(database)
{}

Result<QHash<QString, QString>> SettingsRepository::all()
{
    QHash<QString, QString> values;
    Result<void> read = m_database.query(
        u"SELECT key, value FROM settings"_s, {}, [&values](const QSqlQuery &row) -> Result<void> {
            values.insert(row.value(0).toString(), row.value(1).toString());
            return {};
        });
    if (!read)
        return SqlValues::described<QHash<QString, QString>>(fail(read.error()),
                                                             tr("The settings could not be read."));
    return values;
}

Result<void> SettingsRepository::set(const QList<std::pair<QString, QString>> &values,
                                     const QDateTime &now)
{
    const QVariant at = SqlValues::fromTime(now);
    return SqlValues::described(m_database.transaction([&]() -> Result<void> {
        for (const auto &[key, value] : values) {
            Result<int> changed = m_database.change(
                u"INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at"_s,
                // The column is NOT NULL: an unset value is stored empty.
                {key, value.isNull() ? u""_s : value, at});
            if (!changed)
                return fail(changed.error());
        }
        return {};
    }),
                                tr("The settings could not be saved."));
}

} // namespace Espalier
