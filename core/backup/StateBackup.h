// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/BackupContents.h"
#include "core/backup/BackupFile.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Espalier {

class Database;
class SecretStore;

// Backup and restore of the whole state: the SQLite store and the keychain entries it needs,
// in one BackupFile. The steps run where they must: snapshot() on the engine thread with the
// Writer (VACUUM INTO gives a consistent copy while the engine keeps serving); the rest on a
// worker thread, where waiting for the keychain is allowed because the SecretStore's own thread
// (the engine thread) keeps running its event loop meanwhile.
//
// Restore is two-phase so that a bad file changes nothing: prepareRestore() decrypts and
// authenticates the file and checks the database it holds in a scratch file next to the store;
// only then, with the engine stopped, apply() writes the secrets (putting the previous values
// back if any write fails) and copies the database into the store with SQLite's backup API.
class StateBackup final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::StateBackup)

public:
    struct Summary
    {
        QString path;
        qint64 bytes = 0;
        int secrets = 0;
        int schemaVersion = 0;
        QDateTime createdAt;
    };

    struct Snapshot
    {
        QString path; // a scratch file next to the store
        QStringList secretNames;
    };

    struct Prepared
    {
        BackupContents contents; // the secrets; the database bytes are already in databaseFile
        QString databaseFile;    // the checked scratch copy, next to the store
        Summary summary;
    };

    // Engine thread: writes a consistent copy of the store to a scratch file next to it and
    // names every keychain entry the copy refers to (each "*_ref" column's values) plus
    // fixedNames.
    [[nodiscard]] static Result<Snapshot> snapshot(Database &writer, const QStringList &fixedNames);

    // Worker thread: reads the named secrets (absent ones are left out), seals them with the
    // snapshot into path (written atomically, owner-only) and removes the snapshot.
    [[nodiscard]] static Result<Summary> write(const Snapshot &snapshot,
                                               SecretStore &secrets,
                                               const QString &path,
                                               const QString &passphrase,
                                               const QDateTime &now,
                                               const BackupFile::Progress &progress = {});

    // Worker thread: opens and checks the backup at path for a store at databasePath. Nothing
    // outside the scratch file is touched; call discard() if apply() is not going to run.
    [[nodiscard]] static Result<Prepared> prepareRestore(const QString &path,
                                                         const QString &passphrase,
                                                         const QString &databasePath,
                                                         const BackupFile::Progress &progress = {});

    // Worker thread, engine stopped: puts the secrets and the database back. Consumes prepared.
    [[nodiscard]] static Result<void> apply(Prepared &prepared,
                                            SecretStore &secrets,
                                            const QString &databasePath);

    static void discard(Prepared &prepared);
};

} // namespace Espalier
