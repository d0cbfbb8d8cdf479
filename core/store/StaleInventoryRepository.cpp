// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/StaleInventoryRepository.h"

#include "core/store/Command.h"
#include "core/store/Database.h"
#include "core/store/SqlValues.h"

using namespace Qt::StringLiterals;

namespace Espalier {

StaleInventoryRepository::StaleInventoryRepository(Database &database)
    : m_database(database)
{}

Result<QStringList> StaleInventoryRepository::staleDeviceChannels(const QDateTime &olderThan)
{
    QStringList ids;
    Result<void> read = m_database.query(uR"(SELECT e.id FROM enrollments e
LEFT JOIN devices d ON d.udid = e.device_id
WHERE e.type = 'device' AND e.enabled = 1 AND e.checked_out_at IS NULL
  AND (d.inventory_updated_at IS NULL OR d.inventory_updated_at < ?)
  AND NOT EXISTS (SELECT 1 FROM commands c
                  WHERE c.enrollment_id = e.id AND c.request_type = 'DeviceInformation'
                    AND c.state IN (?, ?, ?, ?))
ORDER BY d.inventory_updated_at, e.id)"_s,
                                         {SqlValues::fromTime(olderThan),
                                          int(CommandState::Queued),
                                          int(CommandState::Pushed),
                                          int(CommandState::Sent),
                                          int(CommandState::NotNow)},
                                         [&ids](const QSqlQuery &row) -> Result<void> {
                                             ids.append(row.value(0).toString());
                                             return {};
                                         });
    if (!read)
        return SqlValues::described<QStringList>(fail(read.error()),
                                                 tr("The inventory dates could not be read."));
    return ids;
}

} // namespace Espalier
