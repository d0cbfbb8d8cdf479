// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/Migrations.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QSqlError;
class QThread;

namespace Espalier {

// One connection to the SQLite store through QtSql's QSQLITE driver, as the Writer (one per
// process and file: the engine thread's, which also migrates the schema) or as a Reader (any
// number, one per thread, read-only). The connection belongs to the thread that opened it: use
// it and destroy it on that thread only. WAL lets readers see committed data while the writer
// writes.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Role {
        Writer,
        Reader,
    };

    // How long a statement waits for another connection's lock before it fails.
    static constexpr int BusyTimeoutMs = 5000;

    // Opens (creating it if missing) and migrates the store to schemaVersion; a smaller version
    // than the latest is for tests and tools. Refuses a file that is not an Espalier database and
    // one written by a newer version, without changing it.
    [[nodiscard]] static Result<std::unique_ptr<Database>> openWriter(
        const QString &path, int schemaVersion = Migrations::latestVersion());

    // Opens an existing store read-only; fails unless it is at exactly our schema version.
    [[nodiscard]] static Result<std::unique_ptr<Database>> openReader(const QString &path);

    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] Role role() const { return m_role; }

    [[nodiscard]] const QString &path() const { return m_path; }

    [[nodiscard]] bool isInTransaction() const { return m_depth > 0; }

    [[nodiscard]] Result<int> schemaVersion() { return Migrations::currentVersion(*this); }

    // Runs fn, which returns a Result<T>, inside a transaction: BEGIN IMMEDIATE ... COMMIT for the
    // Writer (a read snapshot, BEGIN ... COMMIT, for a Reader). A failed Result rolls everything
    // back. Nests: an inner call joins the outer transaction as a SAVEPOINT, so several
    // repository writes compose into one atomic change, and an inner failure undoes only the
    // inner part unless the outer body passes it on (which it normally does).
    template<typename Fn>
    [[nodiscard]] std::invoke_result_t<Fn &> transaction(Fn &&fn)
    {
        using R = std::invoke_result_t<Fn &>;
        static_assert(std::is_same_v<typename R::error_type, Error>,
                      "a transaction body returns a Result<T>");
        if (Result<void> begun = begin(); !begun)
            return fail(begun.error());
        R result = fn();
        if (!result) {
            rollback();
            return result;
        }
        if (Result<void> committed = commit(); !committed)
            return fail(committed.error());
        return result;
    }

    // Prepares sql, binds the positional ? placeholders and runs it. Writes belong inside
    // transaction(). Bound values never appear in an error; the statement text does.
    [[nodiscard]] Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {});

    // For statements on hot paths: sql stays prepared on this connection (SQLite parses it once),
    // each result row is handed to row, which may stop the walk by failing, and the statement is
    // reset before this returns, so it holds no read snapshot afterwards. A nested call with the
    // same sql, from inside row, gets a statement of its own.
    using RowReader = std::function<Result<void>(const QSqlQuery &row)>;
    [[nodiscard]] Result<void> query(const QString &sql,
                                     const QVariantList &bindings,
                                     const RowReader &row);
    // Writes a consistent copy of the whole database to path (VACUUM INTO), which must not exist,
    // while other connections keep reading and writing. Not inside a transaction.
    [[nodiscard]] Result<void> copyTo(const QString &path);

    // The same for a statement that returns no rows; the number of rows it changed.
    [[nodiscard]] Result<int> change(const QString &sql, const QVariantList &bindings = {});

    // Error::Code::Database with a message for people and the driver's text in the detail.
    [[nodiscard]] static Error databaseError(const QSqlError &sqlError,
                                             const QString &message,
                                             const QString &sql = {});

private:
    Database(Role role, QString path);

    [[nodiscard]] Result<void> connect();
    [[nodiscard]] Result<void> checkSchema();
    [[nodiscard]] Result<void> configureWriter();
    [[nodiscard]] Result<QSqlQuery> run(const QString &sql, const QVariantList &bindings = {});
    // Runs sql on its kept prepared statement and calls row for each result row; see query().
    [[nodiscard]] Result<int> runPrepared(const QString &sql,
                                          const QVariantList &bindings,
                                          const RowReader *row);

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();
    void rollback();
    [[nodiscard]] static QString savepointName(int level);

    const Role m_role;
    const QString m_path;
    const QString m_connectionName;
    QThread *const m_thread;
    QSqlDatabase m_db;

    struct Prepared
    {
        QSqlQuery query;
        bool running = false;
    };

    // Statements kept prepared by query() and change(), by their text.
    QHash<QString, std::shared_ptr<Prepared>> m_prepared;
    QString m_writerKey; // set while this Writer holds the per-process claim on m_path
    int m_depth = 0;
    bool m_rollbackFailed = false;
};

} // namespace Espalier
