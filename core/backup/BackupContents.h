// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Espalier {

// One keychain entry as backed up: its name and its bytes.
struct BackupSecret
{
    QString name;
    QByteArray value;
};

// What a backup file holds once opened: a consistent copy of the SQLite store and every keychain
// entry the store needs. Plain value; the secret bytes are plaintext, so whoever holds one
// scrubs it (clear()) as soon as it is written where it belongs.
struct BackupContents
{
    QDateTime createdAt;
    // The schema version of database, so a backup from a newer Espalier is refused up front.
    int schemaVersion = 0;
    // The SQLite file's bytes.
    QByteArray database;
    QList<BackupSecret> secrets;

    // Overwrites every secret byte and empties the contents.
    void clear();
};

} // namespace Espalier
