// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "tests/support/TestHelpers.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

// Generous upper bounds for waiting on another thread or process; never a measurement.
constexpr int WaitLimitMs = 60000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The single value of a one-row, one-column query, or an invalid QVariant on failure.
QVariant scalar(Database &database, const QString &sql)
{
    Result<QSqlQuery> query = database.exec(sql);
    if (!query || !query->next())
        return {};
    return query->value(0);
}

Result<void> insertSetting(Database &database, const QString &key)
{
    return database
        .exec(u"INSERT INTO settings (key, value, updated_at) VALUES (?, 'v', 0)"_s, {key})
        .map([](const QSqlQuery &) {});
}

Result<void> insertSettings(Database &database, const QString &prefix, int count)
{
    return database.transaction([&]() -> Result<void> {
        for (int i = 0; i < count; ++i) {
            if (Result<void> done = insertSetting(database, prefix + QString::number(i)); !done)
                return done;
        }
        return {};
    });
}

qint64 settingsCount(Database &database)
{
    const QVariant count = scalar(database, u"SELECT COUNT(*) FROM settings"_s);
    return count.isValid() ? count.toLongLong() : -1;
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void createsStoreWithPragmas()
    {
        auto opened = Database::openWriter(path());
        QVERIFY_RESULT(opened);
        Database &db = **opened;
        QCOMPARE(db.role(), Database::Role::Writer);
        QVERIFY(QFile::exists(path()));
        const Result<int> version = db.schemaVersion();
        QVERIFY_RESULT(version);
        QCOMPARE(*version, Migrations::latestVersion());
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
        QCOMPARE(scalar(db, u"PRAGMA busy_timeout"_s).toInt(), Database::BusyTimeoutMs);
    }

    void closesItsConnection()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        {
            auto writer = Database::openWriter(path());
            QVERIFY_RESULT(writer);
            auto reader = Database::openReader(path());
            QVERIFY_RESULT(reader);
            QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
        }
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }

    void refusesFileThatIsNotADatabase()
    {
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += "This is a text file, not a database. Line " + QByteArray::number(i) + "\n";
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(text), text.size());
        file.close();

        QVERIFY_FAILS_WITH(Database::openWriter(path()), Error::Code::Database);
        QVERIFY_FAILS_WITH(Database::openReader(path()), Error::Code::Database);
        QCOMPARE(readFile(path()), text);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"store.sqlite"_s});
        const Result<std::unique_ptr<Database>> refused = Database::openWriter(path());
        QVERIFY(!refused);
        QVERIFY2(refused.error().detail.contains(u"not a database"_s),
                 qPrintable(refused.error().detail));
    }

    void refusesForeignSqliteDatabase()
    {
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            other.setDatabaseName(path());
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(u"CREATE TABLE notes (body TEXT)"_s));
            QVERIFY(query.exec(u"INSERT INTO notes VALUES ('keep me')"_s));
            query = QSqlQuery();
            other.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        const QByteArray before = readFile(path());
        QVERIFY(!before.isEmpty());

        QVERIFY_FAILS_WITH(Database::openWriter(path()), Error::Code::Database);
        QCOMPARE(readFile(path()), before);
    }

    void readerNeedsMigratedStore()
    {
        QVERIFY_FAILS_WITH(Database::openReader(path()), Error::Code::Database);
        QVERIFY(!QFile::exists(path())); // a reader never creates the file

        {
            auto old = Database::openWriter(path(), 1);
            QVERIFY_RESULT(old);
        }
        const Result<std::unique_ptr<Database>> early = Database::openReader(path());
        QVERIFY_FAILS_WITH(early, Error::Code::Database);
        QVERIFY(early.error().detail.contains(u"schema version 1"_s));

        {
            auto current = Database::openWriter(path());
            QVERIFY_RESULT(current);
        }
        auto reader = Database::openReader(path());
        QVERIFY_RESULT(reader);
        QCOMPARE((*reader)->role(), Database::Role::Reader);
    }

    void readerCannotWrite()
    {
        auto writer = Database::openWriter(path());
        QVERIFY_RESULT(writer);
        auto reader = Database::openReader(path());
        QVERIFY_RESULT(reader);
        const Result<void> written = insertSettings(**reader, u"reader."_s, 1);
        QVERIFY_FAILS_WITH(written, Error::Code::Database);
        QVERIFY2(written.error().detail.contains(u"readonly"_s),
                 qPrintable(written.error().detail));
        QCOMPARE(settingsCount(**writer), 0);
    }

    void oneWriterPerFile()
    {
        auto first = Database::openWriter(path());
        QVERIFY_RESULT(first);
        QVERIFY_FAILS_WITH(Database::openWriter(path()), Error::Code::Conflict);
        QVERIFY_FAILS_WITH(Database::openWriter(m_dir->path() + u"/./store.sqlite"_s),
                           Error::Code::Conflict);
        auto other = Database::openWriter(m_dir->filePath(u"other.sqlite"_s));
        QVERIFY_RESULT(other);
        first->reset();
        auto again = Database::openWriter(path());
        QVERIFY_RESULT(again);
    }

    void transactionCommitsOrRollsBack()
    {
        auto opened = Database::openWriter(path());
        QVERIFY_RESULT(opened);
        Database &db = **opened;

        QVERIFY_RESULT(insertSettings(db, u"kept."_s, 3));
        QCOMPARE(settingsCount(db), 3);

        const Result<int> failed = db.transaction([&]() -> Result<int> {
            if (Result<void> done = insertSetting(db, u"lost.1"_s); !done)
                return fail(done.error());
            return fail(Error::Code::Cancelled, u"stop"_s);
        });
        QVERIFY_FAILS_WITH(failed, Error::Code::Cancelled);
        QVERIFY(!db.isInTransaction());
        QCOMPARE(settingsCount(db), 3);

        const Result<int> value = db.transaction([]() -> Result<int> { return 42; });
        QVERIFY_RESULT(value);
        QCOMPARE(*value, 42);
    }

    void preparedStatementsReadAndChange()
    {
        auto opened = Database::openWriter(path());
        QVERIFY_RESULT(opened);
        Database &db = **opened;
        QVERIFY_RESULT(insertSettings(db, u"p."_s, 3));
        const QString select = u"SELECT key FROM settings WHERE key LIKE ? ORDER BY key"_s;

        // Rows come in order, and the same statement runs again with other values.
        QStringList keys;
        const Database::RowReader collect = [&keys](const QSqlQuery &row) {
            keys.append(row.value(0).toString());
            return Result<void>();
        };
        QVERIFY_RESULT(db.query(select, {u"p.%"_s}, collect));
        QCOMPARE(keys, QStringList({u"p.0"_s, u"p.1"_s, u"p.2"_s}));
        keys.clear();
        QVERIFY_RESULT(db.query(select, {u"p.1"_s}, collect));
        QCOMPARE(keys, QStringList({u"p.1"_s}));

        // The same statement from inside its own row walk gets a statement of its own, and the
        // outer walk goes on undisturbed.
        QStringList outer;
        QVERIFY_RESULT(db.query(select, {u"p.%"_s}, [&](const QSqlQuery &row) {
            outer.append(row.value(0).toString());
            QStringList inner;
            return db.query(select, {row.value(0)}, [&inner](const QSqlQuery &again) {
                inner.append(again.value(0).toString());
                return Result<void>();
            });
        }));
        QCOMPARE(outer, QStringList({u"p.0"_s, u"p.1"_s, u"p.2"_s}));

        // A row reader that fails stops the walk and its error comes back.
        int visited = 0;
        QVERIFY_FAILS_WITH(db.query(select,
                                    {u"p.%"_s},
                                    [&visited](const QSqlQuery &) -> Result<void> {
                                        ++visited;
                                        return fail(Error::Code::InvalidInput, u"stop"_s);
                                    }),
                           Error::Code::InvalidInput);
        QCOMPARE(visited, 1);

        // change() counts what it changed.
        const Result<int> changed = db.transaction([&]() -> Result<int> {
            return db.change(u"DELETE FROM settings WHERE key LIKE ?"_s, {u"p.%"_s});
        });
        QVERIFY_RESULT(changed);
        QCOMPARE(*changed, 3);
        QCOMPARE(settingsCount(db), 0);
        QVERIFY_FAILS_WITH(db.query(u"SELECT nothing FROM nowhere"_s, {}, collect),
                           Error::Code::Database);
    }

    void preparedReadsHoldNoSnapshot()
    {
        auto opened = Database::openWriter(path());
        QVERIFY_RESULT(opened);
        Database &writer = **opened;
        QVERIFY_RESULT(insertSettings(writer, u"s."_s, 1));
        auto reader = Database::openReader(path());
        QVERIFY_RESULT(reader);
        const auto count = [&]() {
            qint64 rows = -1;
            const Result<void> read = (*reader)->query(
                u"SELECT COUNT(*) FROM settings"_s, {}, [&rows](const QSqlQuery &row) {
                    rows = row.value(0).toLongLong();
                    return Result<void>();
                });
            return read ? rows : -1;
        };
        QCOMPARE(count(), 1);
        // A kept statement that still held its read snapshot would miss this.
        QVERIFY_RESULT(insertSettings(writer, u"t."_s, 2));
        QCOMPARE(count(), 3);
    }

    void failingStatementRollsBackEarlierWrites()
    {
        auto opened = Database::openWriter(path());
        QVERIFY_RESULT(opened);
        Database &db = **opened;
        const Result<void> failed = db.transaction([&]() -> Result<void> {
            if (Result<void> first = insertSetting(db, u"a"_s); !first)
                return first;
            return insertSetting(db, u"a"_s); // primary key violation
        });
        QVERIFY_FAILS_WITH(failed, Error::Code::Database);
        QVERIFY2(failed.error().detail.contains(u"UNIQUE"_s), qPrintable(failed.error().detail));
        QCOMPARE(settingsCount(db), 0);
    }

    void nestedTransactionsJoinTheOuterOne()
    {
        auto opened = Database::openWriter(path());
        QVERIFY_RESULT(opened);
        Database &db = **opened;

        // The inner failure is passed on: the outer write is undone too.
        const Result<void> failed = db.transaction([&]() -> Result<void> {
            if (Result<void> outer = insertSetting(db, u"outer"_s); !outer)
                return outer;
            return db.transaction([&]() -> Result<void> {
                if (Result<void> inner = insertSetting(db, u"inner"_s); !inner)
                    return inner;
                return fail(Error::Code::Conflict, u"second write failed"_s);
            });
        });
        QVERIFY_FAILS_WITH(failed, Error::Code::Conflict);
        QCOMPARE(settingsCount(db), 0);

        // An outer body that handles the inner failure keeps its own writes, not the inner ones.
        const Result<void> recovered = db.transaction([&]() -> Result<void> {
            if (Result<void> outer = insertSetting(db, u"outer"_s); !outer)
                return outer;
            const Result<void> inner = db.transaction([&]() -> Result<void> {
                if (Result<void> done = insertSetting(db, u"inner"_s); !done)
                    return done;
                return fail(Error::Code::Conflict, u"second write failed"_s);
            });
            if (inner || !db.isInTransaction())
                return fail(Error::Code::Database, u"inner transaction misbehaved"_s);
            return insertSetting(db, u"after"_s);
        });
        QVERIFY_RESULT(recovered);
        QCOMPARE(
            scalar(db,
                   u"SELECT group_concat(key, ',') FROM (SELECT key FROM settings ORDER BY key)"_s)
                .toString(),
            u"after,outer"_s);
        QVERIFY(!db.isInTransaction());
    }

    void errorsCarryTheDriverText()
    {
        auto opened = Database::openWriter(path());
        QVERIFY_RESULT(opened);
        const Result<QSqlQuery> bad = (*opened)->exec(u"SELECT * FROM no_such_table"_s);
        QVERIFY_FAILS_WITH(bad, Error::Code::Database);
        QVERIFY(!bad.error().message.isEmpty());
        QVERIFY2(bad.error().detail.contains(u"no such table"_s), qPrintable(bad.error().detail));
    }

    void readerSeesCommittedDataWhileWriterWrites()
    {
        auto opened = Database::openWriter(path());
        QVERIFY_RESULT(opened);
        Database &writer = **opened;
        QVERIFY_RESULT(insertSettings(writer, u"first."_s, 10));

        struct Seen
        {
            QString error;
            QString journalMode;
            qint64 whileWriting = -1;
            qint64 snapshotBefore = -1;
            qint64 snapshotAfterCommit = -1;
            qint64 afterSnapshot = -1;
        } seen;

        QSemaphore readerOpen, writerInTransaction, readerReadDuringWrite, firstCommitDone,
            snapshotOpen, writerCommitted;
        const QString file = path();

        std::unique_ptr<QThread> thread(QThread::create([&] {
            // The Reader is opened, used and closed on this thread only.
            const auto releaseAll = [&] {
                readerOpen.release();
                readerReadDuringWrite.release();
                snapshotOpen.release();
            };
            auto reader = Database::openReader(file);
            if (!reader) {
                seen.error = reader.error().toString();
                releaseAll();
                return;
            }
            Database &db = **reader;
            seen.journalMode = scalar(db, u"PRAGMA journal_mode"_s).toString();
            readerOpen.release();
            if (!writerInTransaction.tryAcquire(1, WaitLimitMs)) {
                seen.error = u"the writer never started its transaction"_s;
                releaseAll();
                return;
            }
            seen.whileWriting = settingsCount(db);
            readerReadDuringWrite.release();
            if (!firstCommitDone.tryAcquire(1, WaitLimitMs)) {
                seen.error = u"the writer never committed its transaction"_s;
                releaseAll();
                return;
            }
            const Result<void> snapshot = db.transaction([&]() -> Result<void> {
                seen.snapshotBefore = settingsCount(db);
                snapshotOpen.release();
                if (!writerCommitted.tryAcquire(1, WaitLimitMs))
                    return fail(Error::Code::Cancelled, u"the writer never committed"_s);
                seen.snapshotAfterCommit = settingsCount(db);
                return {};
            });
            if (!snapshot)
                seen.error = snapshot.error().toString();
            seen.afterSnapshot = settingsCount(db);
        }));
        thread->start();

        QVERIFY(readerOpen.tryAcquire(1, WaitLimitMs));
        QVERIFY2(seen.error.isEmpty(), qPrintable(seen.error));
        QCOMPARE(seen.journalMode, u"wal"_s);

        // The reader reads while this transaction holds the write lock with rows uncommitted.
        QVERIFY_RESULT(writer.transaction([&]() -> Result<void> {
            if (Result<void> done = insertSettings(writer, u"second."_s, 10); !done)
                return done;
            writerInTransaction.release();
            if (!readerReadDuringWrite.tryAcquire(1, WaitLimitMs))
                return fail(Error::Code::Cancelled, u"the reader never read"_s);
            return {};
        }));
        firstCommitDone.release();
        QVERIFY(snapshotOpen.tryAcquire(1, WaitLimitMs));
        // With a read snapshot open on the other thread, the writer still commits (WAL).
        QVERIFY_RESULT(insertSettings(writer, u"third."_s, 10));
        writerCommitted.release();
        QVERIFY(thread->wait(WaitLimitMs));

        QVERIFY2(seen.error.isEmpty(), qPrintable(seen.error));
        QCOMPARE(seen.whileWriting, 10);
        QCOMPARE(seen.snapshotBefore, 20);
        QCOMPARE(seen.snapshotAfterCommit, 20);
        QCOMPARE(seen.afterSnapshot, 30);
    }

    void survivesWriterKilledMidBatch()
    {
        constexpr int Kills = 30;
        constexpr int RowsPerBatch = 20;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);

        qint64 reported = 0;
        int killedWhileRunning = 0;
        for (int round = 0; round < Kills; ++round) {
            QProcess writer;
            writer.setProgram(QStringLiteral(ESPALIER_STORE_CRASH_WRITER));
            writer.setArguments({path(), QString::number(RowsPerBatch)});
            writer.start();
            QVERIFY2(writer.waitForStarted(WaitLimitMs), qPrintable(writer.errorString()));

            // 0 kills it while it opens, recovers the WAL or migrates; otherwise it is killed
            // right after reporting a commit, with the next batch usually in flight.
            const int batchesBeforeKill = static_cast<int>(random.bounded(6));
            int seen = 0;
            while (seen < batchesBeforeKill) {
                if (!writer.canReadLine()) {
                    QVERIFY2(writer.waitForReadyRead(WaitLimitMs),
                             qPrintable(u"the writer stopped: "_s
                                        + QString::fromLocal8Bit(writer.readAllStandardError())));
                    continue;
                }
                bool ok = false;
                const qint64 batch = writer.readLine().trimmed().toLongLong(&ok);
                QVERIFY(ok);
                QVERIFY2(batch > reported, "batch numbers go backwards: a commit was lost");
                reported = batch;
                ++seen;
            }
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(WaitLimitMs));
            QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                     qPrintable(u"the writer ended by itself: "_s
                                + QString::fromLocal8Bit(writer.readAllStandardError())));
            if (batchesBeforeKill > 0)
                ++killedWhileRunning;
            // Lines still in the pipe are commits it reported before it died.
            const QList<QByteArray> rest = writer.readAllStandardOutput().split('\n');
            for (const QByteArray &line : rest) {
                bool ok = false;
                const qint64 batch = line.trimmed().toLongLong(&ok);
                if (ok && batch > reported)
                    reported = batch;
            }
        }
        QVERIFY(reported > 0);
        QVERIFY(killedWhileRunning > 0);

        auto opened = Database::openWriter(path());
        QVERIFY_RESULT(opened);
        Database &db = **opened;
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_key_check"_s), QVariant());

        const qint64 last = scalar(db,
                                   u"SELECT value FROM settings WHERE key = 'crash.last_batch'"_s)
                                .toLongLong();
        qInfo("%d kills, %d after a reported commit; %lld batches reported, %lld committed",
              Kills,
              killedWhileRunning,
              static_cast<long long>(reported),
              static_cast<long long>(last));
        QVERIFY2(last >= reported,
                 qPrintable(u"reported %1 committed, found %2"_s.arg(reported).arg(last)));

        // Every batch is whole or absent, and batches 1..last are all there.
        const auto countsBy = [&](const QString &sql) {
            QHash<QString, qint64> counts;
            Result<QSqlQuery> query = db.exec(sql);
            while (query && query->next())
                counts.insert(query->value(0).toString(), query->value(1).toLongLong());
            return counts;
        };
        const QHash<QString, qint64> commands = countsBy(
            u"SELECT created_by, COUNT(*) FROM commands GROUP BY created_by"_s);
        const QHash<QString, qint64> audit = countsBy(
            u"SELECT target, COUNT(*) FROM audit_log GROUP BY target"_s);
        QCOMPARE(commands.size(), last);
        QCOMPARE(audit.size(), last);
        for (qint64 batch = 1; batch <= last; ++batch) {
            const QString label = u"batch:%1"_s.arg(batch);
            QCOMPARE(commands.value(label), RowsPerBatch);
            QCOMPARE(audit.value(label), RowsPerBatch);
        }

        AuditLog log(db, m_clock);
        const Result<AuditLog::Verification> chain = log.verify();
        QVERIFY_RESULT(chain);
        QVERIFY2(chain->isIntact(), qPrintable(chain->description));
        QCOMPARE(chain->entriesChecked, last * RowsPerBatch);
    }

private:
    [[nodiscard]] QString path() const { return m_dir->filePath(u"store.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    SystemClock m_clock;
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
