// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/StateBackup.h"

#include "core/common/Logging.h"
#include "core/crypto/OpenSsl.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QUuid>

#include <memory>
#include <optional>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr int BusyTimeoutMs = 10000;
// Beyond this a backup would not fit in memory at once, which is how it is sealed.
constexpr qint64 MaxBackupBytes = qint64(1) << 31;

struct SqliteCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};

using SqlitePtr = std::unique_ptr<sqlite3, SqliteCloser>;

Error sqliteError(sqlite3 *db, const QString &message, const QString &what)
{
    return Error{Error::Code::Database,
                 message,
                 what + u": "_s + QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory")};
}

Result<SqlitePtr> openSqlite(const QString &path, int flags, const QString &message)
{
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    SqlitePtr db(raw);
    if (opened != SQLITE_OK)
        return fail(sqliteError(db.get(), message, u"open"_s));
    sqlite3_busy_timeout(db.get(), BusyTimeoutMs);
    return db;
}

// The first column of the first row, as text; nullopt when there is no row.
Result<std::optional<QString>> queryText(sqlite3 *db, const char *sql, const QString &message)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return fail(sqliteError(db, message, QString::fromUtf8(sql)));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    const int step = sqlite3_step(statement.get());
    if (step == SQLITE_DONE)
        return std::optional<QString>();
    if (step != SQLITE_ROW)
        return fail(sqliteError(db, message, QString::fromUtf8(sql)));
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement.get(), 0));
    return std::optional<QString>(text ? QString::fromUtf8(text) : QString());
}

template<typename T>
Result<T> await(QFuture<Result<T>> future)
{
    future.waitForFinished();
    if (future.resultCount() == 0) {
        return fail(Error::Code::Cancelled,
                    StateBackup::tr("The keyring request was cancelled."),
                    u"no result"_s);
    }
    return future.result();
}

void removeScratch(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

QString scratchPath(const QString &databasePath, const QString &purpose)
{
    const QFileInfo store(databasePath);
    return store.absoluteDir().filePath(
        u".%1-%2-%3"_s.arg(store.fileName(), purpose, QUuid::createUuid().toString(QUuid::Id128)));
}

} // namespace

Result<StateBackup::Snapshot> StateBackup::snapshot(Database &writer, const QStringList &fixedNames)
{
    const QString snapshotPath = scratchPath(writer.path(), u"backup"_s);
    Result<void> copied = writer.copyTo(snapshotPath);
    if (!copied) {
        removeScratch(snapshotPath);
        return fail(copied.error());
    }
    QFile::setPermissions(snapshotPath, QFile::ReadOwner | QFile::WriteOwner);

    // Every keychain reference the copy holds, whatever table holds it: a later schema that adds
    // one is covered without a change here. The engine thread runs nothing else in between, so
    // the names match the copy.
    QStringList names = fixedNames;
    Result<QSqlQuery> tables = writer.exec(
        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\'"_s);
    if (!tables) {
        removeScratch(snapshotPath);
        return fail(tables.error());
    }
    QStringList tableNames;
    while (tables->next())
        tableNames.append(tables->value(0).toString());
    for (const QString &table : std::as_const(tableNames)) {
        Result<QSqlQuery> columns = writer.exec(u"SELECT name FROM pragma_table_info(?)"_s,
                                                {table});
        if (!columns) {
            removeScratch(snapshotPath);
            return fail(columns.error());
        }
        QStringList refColumns;
        while (columns->next()) {
            const QString column = columns->value(0).toString();
            if (column.endsWith(u"_ref"_s))
                refColumns.append(column);
        }
        for (const QString &column : std::as_const(refColumns)) {
            // Names come from sqlite_master, not from input; quoted all the same.
            const QString quotedTable = u'"' + QString(table).replace(u'"', u"\"\""_s) + u'"';
            const QString quotedColumn = u'"' + QString(column).replace(u'"', u"\"\""_s) + u'"';
            Result<QSqlQuery> refs = writer.exec(
                u"SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT "
                "NULL AND %1 <> ''"_s.arg(quotedColumn, quotedTable));
            if (!refs) {
                removeScratch(snapshotPath);
                return fail(refs.error());
            }
            while (refs->next())
                names.append(refs->value(0).toString());
        }
    }
    names.removeDuplicates();
    return Snapshot{snapshotPath, names};
}

Result<StateBackup::Summary> StateBackup::write(const Snapshot &snapshot,
                                                SecretStore &secrets,
                                                const QString &path,
                                                const QString &passphrase,
                                                const QDateTime &now,
                                                const BackupFile::Progress &progress)
{
    BackupContents contents;
    contents.createdAt = now.toUTC();
    const auto cleanup = qScopeGuard([&] {
        contents.clear();
        removeScratch(snapshot.path);
    });
    {
        const QString message = tr("The copy of the database made for the backup is unreadable.");
        Result<SqlitePtr> db = openSqlite(snapshot.path, SQLITE_OPEN_READONLY, message);
        if (!db)
            return fail(db.error());
        Result<std::optional<QString>> version = queryText(
            db->get(), "SELECT MAX(version) FROM schema_migrations", message);
        if (!version)
            return fail(version.error());
        contents.schemaVersion = version->value_or(QString()).toInt();
    }
    QFile snapshotFile(snapshot.path);
    if (!snapshotFile.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io,
                    tr("The copy of the database made for the backup is unreadable."),
                    snapshotFile.errorString());
    }
    contents.database = snapshotFile.readAll();
    snapshotFile.close();
    if (progress)
        progress(5);

    for (const QString &name : snapshot.secretNames) {
        Result<QByteArray> value = await(secrets.read(name));
        if (!value) {
            // A reference whose entry is gone (a discarded request's key) has nothing to keep.
            if (value.error().code == Error::Code::NotFound)
                continue;
            return fail(value.error());
        }
        contents.secrets.append(BackupSecret{name, *value});
        OpenSsl::cleanse(*value);
    }
    if (progress)
        progress(10);

    Result<QByteArray> sealed = BackupFile::seal(contents, passphrase, [&progress](int percent) {
        if (progress)
            progress(10 + percent * 80 / 100);
    });
    if (!sealed)
        return fail(sealed.error());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(Error::Code::Io,
                    tr("The backup could not be saved to %1. Choose a folder you can write to.")
                        .arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (file.write(*sealed) != sealed->size() || !file.commit()) {
        return fail(Error::Code::Io,
                    tr("The backup could not be saved to %1. Check that there is enough space.")
                        .arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    }
    if (progress)
        progress(100);
    Summary summary;
    summary.path = path;
    summary.bytes = sealed->size();
    summary.secrets = int(contents.secrets.size());
    summary.schemaVersion = contents.schemaVersion;
    summary.createdAt = contents.createdAt;
    qCInfo(lcEngine).noquote() << "backup written:" << path << summary.bytes << "bytes,"
                               << summary.secrets << "keychain entries";
    return summary;
}

Result<StateBackup::Prepared> StateBackup::prepareRestore(const QString &path,
                                                          const QString &passphrase,
                                                          const QString &databasePath,
                                                          const BackupFile::Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io,
                    tr("The backup file %1 cannot be read.").arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    }
    if (file.size() > MaxBackupBytes) {
        return fail(Error::Code::InvalidInput,
                    tr("The file %1 is too large to be an Espalier backup.")
                        .arg(QDir::toNativeSeparators(path)),
                    u"%1 bytes"_s.arg(file.size()));
    }
    const QByteArray bytes = file.readAll();
    file.close();
    Result<BackupContents> opened = BackupFile::open(bytes, passphrase, [&progress](int percent) {
        if (progress)
            progress(percent * 80 / 100);
    });
    if (!opened)
        return fail(opened.error());

    Prepared prepared;
    prepared.contents = std::move(*opened);
    prepared.summary.path = path;
    prepared.summary.bytes = bytes.size();
    prepared.summary.secrets = int(prepared.contents.secrets.size());
    prepared.summary.schemaVersion = prepared.contents.schemaVersion;
    prepared.summary.createdAt = prepared.contents.createdAt;
    auto failed = [&prepared](const Error &error) {
        discard(prepared);
        return fail(error);
    };

    if (prepared.contents.schemaVersion < 1
        || prepared.contents.schemaVersion > Migrations::latestVersion()) {
        return failed({Error::Code::Unsupported,
                       tr("This backup was made by a newer version of Espalier. Restore it with "
                          "that version or a later one."),
                       u"schema version %1"_s.arg(prepared.contents.schemaVersion)});
    }
    if (!QDir().mkpath(QFileInfo(databasePath).absolutePath())) {
        return failed({Error::Code::Io,
                       tr("The data folder %1 cannot be created.")
                           .arg(QDir::toNativeSeparators(QFileInfo(databasePath).absolutePath())),
                       {}});
    }
    prepared.databaseFile = scratchPath(databasePath, u"restore"_s);
    {
        QFile scratch(prepared.databaseFile);
        if (!scratch.open(QIODevice::WriteOnly)
            || !scratch.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
            || scratch.write(prepared.contents.database) != prepared.contents.database.size()
            || !scratch.flush()) {
            return failed({Error::Code::Io,
                           tr("There is not enough room in the data folder to restore the "
                              "backup."),
                           scratch.errorString()});
        }
    }
    prepared.contents.database.clear();

    const QString message = tr("The database in the backup is damaged; it was not restored.");
    Result<SqlitePtr> db = openSqlite(prepared.databaseFile, SQLITE_OPEN_READONLY, message);
    if (!db)
        return failed(db.error());
    Result<std::optional<QString>> integrity = queryText(
        db->get(), "PRAGMA integrity_check", message);
    if (!integrity)
        return failed(integrity.error());
    if (integrity->value_or(QString()) != u"ok"_s) {
        return failed({Error::Code::Database,
                       message,
                       u"integrity_check: %1"_s.arg(integrity->value_or(QString()))});
    }
    Result<std::optional<QString>> version = queryText(
        db->get(), "SELECT MAX(version) FROM schema_migrations", message);
    if (!version)
        return failed(version.error());
    if (version->value_or(QString()).toInt() != prepared.contents.schemaVersion) {
        return failed(
            {Error::Code::Database,
             message,
             u"schema version %1 in the file, %2 announced"_s.arg(version->value_or(QString()))
                 .arg(prepared.contents.schemaVersion)});
    }
    if (progress)
        progress(100);
    return prepared;
}

Result<void> StateBackup::apply(Prepared &prepared,
                                SecretStore &secrets,
                                const QString &databasePath)
{
    const auto cleanup = qScopeGuard([&prepared] { discard(prepared); });

    // What each entry held before, so a failure halfway can put it back.
    struct Previous
    {
        QString name;
        std::optional<QByteArray> value;
    };

    QList<Previous> previous;
    const auto rollBack = [&] {
        for (Previous &entry : previous) {
            Result<void> undone = entry.value ? await(secrets.write(entry.name, *entry.value))
                                              : await(secrets.remove(entry.name));
            if (!undone)
                qCWarning(lcEngine).noquote()
                    << "restore: could not put back" << entry.name << undone.error().toString();
            if (entry.value)
                OpenSsl::cleanse(*entry.value);
        }
        previous.clear();
    };
    for (const BackupSecret &secret : std::as_const(prepared.contents.secrets)) {
        Result<QByteArray> old = await(secrets.read(secret.name));
        if (!old && old.error().code != Error::Code::NotFound) {
            rollBack();
            return fail(old.error());
        }
        previous.append(
            Previous{secret.name, old ? std::optional<QByteArray>(*old) : std::nullopt});
        Result<void> written = await(secrets.write(secret.name, secret.value));
        if (!written) {
            rollBack();
            return fail(written.error());
        }
    }

    const QString message = tr("The database could not be restored. The previous state was "
                               "kept.");
    Result<void> copied = [&]() -> Result<void> {
        Result<SqlitePtr> source = openSqlite(prepared.databaseFile, SQLITE_OPEN_READONLY, message);
        if (!source)
            return fail(source.error());
        Result<SqlitePtr> target = openSqlite(
            databasePath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, message);
        if (!target)
            return fail(target.error());
        sqlite3_backup *backup = sqlite3_backup_init(target->get(), "main", source->get(), "main");
        if (!backup)
            return fail(sqliteError(target->get(), message, u"backup_init"_s));
        const int stepped = sqlite3_backup_step(backup, -1);
        const int finished = sqlite3_backup_finish(backup);
        if (stepped != SQLITE_DONE || finished != SQLITE_OK)
            return fail(sqliteError(target->get(), message, u"backup_step"_s));
        return {};
    }();
    if (!copied) {
        rollBack();
        return copied;
    }
    for (Previous &entry : previous) {
        if (entry.value)
            OpenSsl::cleanse(*entry.value);
    }
    qCInfo(lcEngine).noquote() << "restored" << prepared.summary.path << "into" << databasePath
                               << "with" << prepared.summary.secrets << "keychain entries";
    return {};
}

void StateBackup::discard(Prepared &prepared)
{
    prepared.contents.clear();
    if (!prepared.databaseFile.isEmpty())
        removeScratch(prepared.databaseFile);
    prepared.databaseFile.clear();
}

} // namespace Espalier
