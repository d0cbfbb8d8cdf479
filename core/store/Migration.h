// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Espalier {

// One schema version: its SQL statements run in one transaction that also records the version.
// An applied migration is never edited; a change to the schema is a new migration.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

} // namespace Espalier
