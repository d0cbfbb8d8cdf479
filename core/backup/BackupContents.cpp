// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/BackupContents.h"

#include "core/crypto/OpenSsl.h"

namespace Espalier {

void BackupContents::clear()
{
    for (BackupSecret &secret : secrets)
        OpenSsl::cleanse(secret.value);
    secrets.clear();
    database.clear();
    schemaVersion = 0;
    createdAt = {};
}

} // namespace Espalier
