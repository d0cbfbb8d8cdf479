// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Database.h"

#include "core/common/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString nextConnectionName(Database::Role role)
{
    static std::atomic<quint64> s_counter{0};
    return u"espalier.store.%1.%2"_s.arg(role == Database::Role::Writer ? u"writer"_s : u"reader"_s)
        .arg(++s_counter);
}

// The files that have a Writer in this process. A second one would only wait on the first
// one's lock, so it is refused at once instead.
QMutex &writerMutex()
{
    static QMutex s_mutex;
    return s_mutex;
}

QSet<QString> &writerFiles()
{
    static QSet<QString> s_files;
    return s_files;
}

// One spelling per file, whether or not it exists yet, so /tmp/x and /private/tmp/./x match.
QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return QDir::cleanPath(info.absoluteFilePath());
    return QDir(folder).filePath(info.fileName());
}

} // namespace

Database::Database(Role role, QString path)
    : m_role(role)
    , m_path(std::move(path))
    , m_connectionName(nextConnectionName(role))
    , m_thread(QThread::currentThread())
{}

Database::~Database()
{
    Q_ASSERT_X(QThread::currentThread() == m_thread,
               "Database",
               "a connection is closed on the thread that opened it");
    while (m_depth > 0)
        rollback();
    m_prepared.clear();
    m_db.close();
    // removeDatabase() warns while any QSqlDatabase copy is alive, our member included.
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_writerKey.isEmpty()) {
        const QMutexLocker lock(&writerMutex());
        writerFiles().remove(m_writerKey);
    }
}

Result<std::unique_ptr<Database>> Database::openWriter(const QString &path, int schemaVersion)
{
    if (schemaVersion < 0 || schemaVersion > Migrations::latestVersion()) {
        return fail(
            Error::Code::InvalidInput,
            tr("This version of Espalier cannot create schema version %1.").arg(schemaVersion));
    }
    std::unique_ptr<Database> database(new Database(Role::Writer, path));
    const QString key = fileKey(path);
    {
        const QMutexLocker lock(&writerMutex());
        if (writerFiles().contains(key)) {
            return fail(Error::Code::Conflict,
                        tr("The database %1 is already open for writing.")
                            .arg(QDir::toNativeSeparators(path)),
                        u"second Writer for %1 in this process"_s.arg(key));
        }
        writerFiles().insert(key);
        database->m_writerKey = key;
    }
    if (Result<void> connected = database->connect(); !connected)
        return fail(connected.error());
    // Nothing has been written yet: a foreign or newer file is refused before the first write.
    if (Result<void> checked = database->checkSchema(); !checked)
        return fail(checked.error());
    if (Result<void> configured = database->configureWriter(); !configured)
        return fail(configured.error());
    if (Result<void> migrated = Migrations::migrate(*database, schemaVersion); !migrated)
        return fail(migrated.error());
    qCDebug(lcDb) << "opened writer" << path;
    return database;
}

Result<std::unique_ptr<Database>> Database::openReader(const QString &path)
{
    std::unique_ptr<Database> database(new Database(Role::Reader, path));
    if (Result<void> connected = database->connect(); !connected)
        return fail(connected.error());
    if (Result<void> checked = database->checkSchema(); !checked)
        return fail(checked.error());
    qCDebug(lcDb) << "opened reader" << path;
    return database;
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings)
{
    if (m_rollbackFailed) {
        // SQLite may have ended the whole transaction; a write now would commit on its own.
        return fail(Error::Code::Database,
                    tr("The change could not be saved. Nothing was changed."),
                    u"the transaction already failed; refusing: "_s + sql.simplified());
    }
    Result<QSqlQuery> query = run(sql, bindings);
    Q_ASSERT_X(!query || query->isSelect() || m_depth > 0 || m_role == Role::Reader,
               "Database::exec",
               "writes go through transaction()");
    return query;
}

Error Database::databaseError(const QSqlError &sqlError, const QString &message, const QString &sql)
{
    QString detail = sqlError.text().trimmed();
    if (!sqlError.nativeErrorCode().isEmpty())
        detail += u" (code %1)"_s.arg(sqlError.nativeErrorCode());
    if (!sql.isEmpty())
        detail += u" in: "_s + sql.simplified();
    return Error{Error::Code::Database, message, detail};
}

Result<void> Database::connect()
{
    const QString shownPath = QDir::toNativeSeparators(m_path);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid()) {
        return fail(Error::Code::Database,
                    tr("The SQLite driver for Qt is missing. Reinstall Espalier."),
                    m_db.lastError().text());
    }
    m_db.setDatabaseName(m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs);
    if (m_role == Role::Reader)
        options.prepend(u"QSQLITE_OPEN_READONLY;"_s);
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return fail(databaseError(m_db.lastError(),
                                  tr("The database %1 cannot be opened.").arg(shownPath)));

    // SQLite opens any file lazily; this first read is what finds out whether it is a database.
    // It changes nothing, so a file that is not one is left as it was.
    if (Result<QSqlQuery> probe = run(u"SELECT COUNT(*) FROM sqlite_master"_s); !probe) {
        return fail(Error::Code::Database,
                    tr("%1 is not an Espalier database, or it is damaged. It was left unchanged.")
                        .arg(shownPath),
                    probe.error().detail);
    }
    return {};
}

Result<void> Database::checkSchema()
{
    const QString shownPath = QDir::toNativeSeparators(m_path);
    const int latest = Migrations::latestVersion();
    Result<int> version = Migrations::currentVersion(*this);
    if (!version)
        return fail(version.error());
    if (*version > latest) {
        return fail(Error::Code::Unsupported,
                    tr("%1 was written by a newer version of Espalier. Update Espalier to open it; "
                       "the file was left unchanged.")
                        .arg(shownPath),
                    u"schema version %1, this build knows up to %2"_s.arg(*version).arg(latest));
    }
    if (*version == 0) {
        Result<QSqlQuery> tables = run(
            u"SELECT COUNT(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s);
        if (!tables)
            return fail(tables.error());
        if (tables->next() && tables->value(0).toLongLong() > 0) {
            return fail(Error::Code::Database,
                        tr("%1 is not an Espalier database. It was left unchanged.").arg(shownPath),
                        u"tables present but no schema_migrations"_s);
        }
    }
    if (m_role == Role::Reader && *version != latest) {
        return fail(Error::Code::Database,
                    tr("The database %1 is not set up for this version yet. Start the engine once "
                       "to upgrade it.")
                        .arg(shownPath),
                    u"schema version %1, readers need %2"_s.arg(*version).arg(latest));
    }
    return {};
}

Result<void> Database::configureWriter()
{
    // WAL: readers keep reading the last committed state while the writer writes, and a
    // transaction is durable once COMMIT returns as far as process crashes go. synchronous=NORMAL
    // in WAL mode syncs only at checkpoints: a power cut may lose the newest transactions but
    // never corrupts the file; a killed process loses nothing that was committed.
    Result<QSqlQuery> journal = run(u"PRAGMA journal_mode = WAL"_s);
    if (!journal)
        return fail(journal.error());
    const QString mode = journal->next() ? journal->value(0).toString() : QString();
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return fail(Error::Code::Database,
                    tr("The database %1 cannot use write-ahead logging; is it on a network drive?")
                        .arg(QDir::toNativeSeparators(m_path)),
                    u"journal_mode is %1"_s.arg(mode));
    }
    // secure_delete=FAST: a row that is rewritten or deleted (a replaced token, say) has its old
    // bytes zeroed wherever that costs no extra I/O.
    for (const QString &pragma : {u"PRAGMA synchronous = NORMAL"_s,
                                  u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA secure_delete = FAST"_s}) {
        if (Result<QSqlQuery> done = run(pragma); !done)
            return fail(done.error());
    }
    return {};
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &bindings)
{
    Q_ASSERT_X(QThread::currentThread() == m_thread,
               "Database",
               "a connection is used only on the thread that opened it");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(databaseError(query.lastError(), tr("A database request failed."), sql));
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return fail(databaseError(query.lastError(), tr("A database request failed."), sql));
    return query;
}

Result<void> Database::query(const QString &sql, const QVariantList &bindings, const RowReader &row)
{
    return runPrepared(sql, bindings, &row).map([](int) {});
}

Result<void> Database::copyTo(const QString &path)
{
    Q_ASSERT_X(m_depth == 0, "Database::copyTo", "VACUUM cannot run inside a transaction");
    Result<QSqlQuery> copied = run(u"VACUUM INTO ?"_s, {path});
    if (!copied)
        return fail(copied.error());
    return {};
}

Result<int> Database::change(const QString &sql, const QVariantList &bindings)
{
    if (m_rollbackFailed) {
        return fail(Error::Code::Database,
                    tr("The change could not be saved. Nothing was changed."),
                    u"the transaction already failed; refusing: "_s + sql.simplified());
    }
    Q_ASSERT_X(m_depth > 0 || m_role == Role::Reader,
               "Database::change",
               "writes go through transaction()");
    return runPrepared(sql, bindings, nullptr);
}

Result<int> Database::runPrepared(const QString &sql,
                                  const QVariantList &bindings,
                                  const RowReader *row)
{
    Q_ASSERT_X(QThread::currentThread() == m_thread,
               "Database",
               "a connection is used only on the thread that opened it");
    // The few hot statements fit; statements built with a variable number of placeholders could
    // grow the set without end, so it starts over when full.
    constexpr qsizetype MaxPrepared = 128;
    std::shared_ptr<Prepared> statement = m_prepared.value(sql);
    if (!statement || statement->running) {
        // Not prepared yet, or already walking rows further up this call stack.
        const bool keep = !statement;
        statement = std::make_shared<Prepared>();
        statement->query = QSqlQuery(m_db);
        statement->query.setForwardOnly(true);
        if (!statement->query.prepare(sql))
            return fail(
                databaseError(statement->query.lastError(), tr("A database request failed."), sql));
        if (keep) {
            if (m_prepared.size() >= MaxPrepared)
                m_prepared.clear();
            m_prepared.insert(sql, statement);
        }
    }
    QSqlQuery &query = statement->query;
    for (qsizetype i = 0; i < bindings.size(); ++i)
        query.bindValue(int(i), bindings.at(i));
    if (!query.exec()) {
        Error error = databaseError(query.lastError(), tr("A database request failed."), sql);
        query.finish();
        return fail(std::move(error));
    }
    const int changed = query.isSelect() ? 0 : query.numRowsAffected();
    Result<void> read;
    if (row) {
        statement->running = true;
        while (read && query.next())
            read = (*row)(query);
        statement->running = false;
    }
    query.finish();
    if (!read)
        return fail(read.error());
    return changed;
}

QString Database::savepointName(int level)
{
    return u"espalier_savepoint_%1"_s.arg(level);
}

Result<void> Database::begin()
{
    QString sql;
    if (m_depth == 0) {
        // IMMEDIATE takes the write lock up front, so a transaction never fails halfway
        // because another connection started writing; a Reader only wants a snapshot.
        sql = m_role == Role::Writer ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
        m_rollbackFailed = false;
    } else {
        sql = u"SAVEPOINT "_s + savepointName(m_depth);
    }
    if (Result<int> done = runPrepared(sql, {}, nullptr); !done) {
        Error error = done.error();
        error.message = tr("The database is busy or unavailable. Nothing was changed.");
        return fail(std::move(error));
    }
    ++m_depth;
    return {};
}

Result<void> Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth > 1) {
        if (Result<int> done = runPrepared(
                u"RELEASE SAVEPOINT "_s + savepointName(m_depth - 1), {}, nullptr);
            !done) {
            rollback();
            return fail(done.error());
        }
        --m_depth;
        return {};
    }
    if (m_rollbackFailed) {
        // A nested part could not be undone; committing would keep half of it.
        rollback();
        return fail(Error::Code::Database,
                    tr("The change could not be saved. Nothing was changed."),
                    u"a nested rollback failed earlier in this transaction"_s);
    }
    if (Result<int> done = runPrepared(u"COMMIT"_s, {}, nullptr); !done) {
        Error error = done.error();
        error.message = tr("The change could not be saved. Nothing was changed.");
        rollback();
        return fail(std::move(error));
    }
    m_depth = 0;
    return {};
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 1) {
        // SQLite ends the transaction by itself after some errors (disk full, I/O); then this
        // ROLLBACK fails harmlessly.
        if (Result<int> done = runPrepared(u"ROLLBACK"_s, {}, nullptr); !done)
            qCWarning(lcDb).noquote() << "rollback:" << done.error().detail;
        m_depth = 0;
        m_rollbackFailed = false;
        return;
    }
    const QString name = savepointName(m_depth - 1);
    Result<int> undone = runPrepared(u"ROLLBACK TO SAVEPOINT "_s + name, {}, nullptr);
    if (undone)
        undone = runPrepared(u"RELEASE SAVEPOINT "_s + name, {}, nullptr);
    if (!undone) {
        m_rollbackFailed = true;
        qCWarning(lcDb).noquote() << "rollback to savepoint:" << undone.error().detail;
    }
    --m_depth;
}

} // namespace Espalier
