// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "tests/support/TestHelpers.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace Espalier {

char *toString(AuditLog::Verification::Problem problem)
{
    switch (problem) {
    case AuditLog::Verification::Problem::None:
        return qstrdup("None");
    case AuditLog::Verification::Problem::ContentMismatch:
        return qstrdup("ContentMismatch");
    case AuditLog::Verification::Problem::BrokenLink:
        return qstrdup("BrokenLink");
    case AuditLog::Verification::Problem::MissingEntry:
        return qstrdup("MissingEntry");
    case AuditLog::Verification::Problem::UnexpectedEntry:
        return qstrdup("UnexpectedEntry");
    case AuditLog::Verification::Problem::HeadMismatch:
        return qstrdup("HeadMismatch");
    }
    return qstrdup("?");
}

} // namespace Espalier

using Problem = AuditLog::Verification::Problem;
using Tamper = Result<void> (*)(Database &, AuditLog &);
Q_DECLARE_METATYPE(Problem)
Q_DECLARE_METATYPE(Tamper)

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
constexpr int Entries = 40;

// Runs SQL as someone with the file and a sqlite3 shell would: triggers dropped first.
Result<void> rawSql(Database &database, const QStringList &statements)
{
    return database.transaction([&]() -> Result<void> {
        for (const QString &sql : {u"DROP TRIGGER IF EXISTS audit_log_no_update"_s,
                                   u"DROP TRIGGER IF EXISTS audit_log_no_delete"_s,
                                   u"DROP TRIGGER IF EXISTS audit_head_forward_only"_s}) {
            if (Result<QSqlQuery> done = database.exec(sql); !done)
                return fail(done.error());
        }
        for (const QString &sql : statements) {
            if (Result<QSqlQuery> done = database.exec(sql); !done)
                return fail(done.error());
        }
        return {};
    });
}

Result<AuditEntry> entryAt(AuditLog &log, qint64 seq)
{
    Result<QList<AuditEntry>> all = log.list();
    if (!all)
        return fail(all.error());
    for (const AuditEntry &entry : *all) {
        if (entry.seq == seq)
            return entry;
    }
    return fail(Error::Code::NotFound, u"no entry %1"_s.arg(seq));
}

// Inserts a row at seq that is correctly hashed and linked to the row before it.
Result<void> forgeAt(Database &database, AuditLog &log, qint64 seq, const QString &detail)
{
    Result<AuditEntry> previous = entryAt(log, seq - 1);
    if (!previous)
        return fail(previous.error());
    AuditEntry forged = *previous;
    forged.seq = seq;
    forged.detail = detail;
    forged.prevHash = previous->hash;
    forged.hash = AuditLog::computeHash(forged);
    return rawSql(
        database,
        {u"INSERT INTO audit_log (seq, at, actor, action, target, detail, prev_hash, hash) "
         "VALUES (%1, %2, '%3', '%4', '%5', '%6', '%7', '%8')"_s.arg(forged.seq)
             .arg(forged.at.toMSecsSinceEpoch())
             .arg(forged.actor,
                  forged.action,
                  forged.target,
                  forged.detail,
                  forged.prevHash,
                  forged.hash)});
}

// The ways someone with the file might tamper with a log of Entries entries.
Result<void> editDetail(Database &db, AuditLog &)
{
    return rawSql(db, {u"UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 17"_s});
}

Result<void> changeActor(Database &db, AuditLog &)
{
    return rawSql(db, {u"UPDATE audit_log SET actor = 'someone else' WHERE seq = 1"_s});
}

Result<void> backdate(Database &db, AuditLog &)
{
    return rawSql(db, {u"UPDATE audit_log SET at = at - 86400000 WHERE seq = 25"_s});
}

Result<void> editAndRehash(Database &db, AuditLog &log)
{
    Result<AuditEntry> entry = entryAt(log, 17);
    if (!entry)
        return fail(entry.error());
    entry->detail = u"nothing happened"_s;
    return rawSql(db,
                  {u"UPDATE audit_log SET detail = '%1', hash = '%2' WHERE seq = 17"_s.arg(
                      entry->detail, AuditLog::computeHash(*entry))});
}

Result<void> deleteMiddle(Database &db, AuditLog &)
{
    return rawSql(db, {u"DELETE FROM audit_log WHERE seq = 20"_s});
}

Result<void> deleteFirst(Database &db, AuditLog &)
{
    return rawSql(db, {u"DELETE FROM audit_log WHERE seq = 1"_s});
}

Result<void> deleteNewest(Database &db, AuditLog &)
{
    return rawSql(db, {u"DELETE FROM audit_log WHERE seq = %1"_s.arg(Entries)});
}

Result<void> deleteNewestThree(Database &db, AuditLog &)
{
    return rawSql(db, {u"DELETE FROM audit_log WHERE seq > %1"_s.arg(Entries - 3)});
}

Result<void> swapApart(Database &db, AuditLog &)
{
    return rawSql(db,
                  {u"UPDATE audit_log SET seq = -1 WHERE seq = 12"_s,
                   u"UPDATE audit_log SET seq = 12 WHERE seq = 30"_s,
                   u"UPDATE audit_log SET seq = 30 WHERE seq = -1"_s});
}

Result<void> swapNeighbours(Database &db, AuditLog &)
{
    return rawSql(db,
                  {u"UPDATE audit_log SET seq = -1 WHERE seq = 5"_s,
                   u"UPDATE audit_log SET seq = 5 WHERE seq = 6"_s,
                   u"UPDATE audit_log SET seq = 6 WHERE seq = -1"_s});
}

// Moves entries 10.. one place up, making room at 10.
const QStringList s_makeRoomAt10{u"UPDATE audit_log SET seq = -seq - 1 WHERE seq >= 10"_s,
                                 u"UPDATE audit_log SET seq = -seq WHERE seq < 0"_s};

Result<void> insertCarelessly(Database &db, AuditLog &)
{
    return rawSql(db,
                  s_makeRoomAt10
                      + QStringList{u"INSERT INTO audit_log (seq, at, actor, action, target, "
                                    "detail, prev_hash, hash) VALUES (10, 0, 'admin', "
                                    "'device.unlock', 'UDID-1', '', 'x', 'y')"_s});
}

Result<void> insertForged(Database &db, AuditLog &log)
{
    if (Result<void> shifted = rawSql(db, s_makeRoomAt10); !shifted)
        return shifted;
    return forgeAt(db, log, 10, u"forged"_s);
}

Result<void> appendAround(Database &db, AuditLog &log)
{
    return forgeAt(db, log, Entries + 1, u"forged"_s);
}

Result<void> rewriteHead(Database &db, AuditLog &)
{
    return rawSql(db, {u"UPDATE audit_head SET hash = '%1'"_s.arg(QString(64, u'f'))});
}

Result<void> cutTailAndHead(Database &db, AuditLog &log)
{
    Result<AuditEntry> entry = entryAt(log, Entries - 1);
    if (!entry)
        return fail(entry.error());
    return rawSql(
        db,
        {u"DELETE FROM audit_log WHERE seq = %1"_s.arg(Entries),
         u"UPDATE audit_head SET seq = %1, hash = '%2'"_s.arg(Entries - 1).arg(entry->hash)});
}

} // namespace

class tst_AuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.setNow(s_start);
        auto opened = Database::openWriter(m_dir->filePath(u"store.sqlite"_s));
        QVERIFY_RESULT(opened);
        m_db = std::move(*opened);
        m_log = std::make_unique<AuditLog>(*m_db, m_clock);
    }

    void cleanup()
    {
        m_log.reset();
        m_db.reset();
        m_dir.reset();
    }

    void appendsAChain()
    {
        const Result<AuditLog::Verification> empty = m_log->verify();
        QVERIFY_RESULT(empty);
        QVERIFY(empty->isIntact());
        QCOMPARE(empty->entriesChecked, 0);

        QString previous = AuditLog::genesisHash();
        for (int i = 1; i <= 300; ++i) {
            m_clock.advance(250);
            const Result<AuditEntry> entry = m_log->append(u"admin"_s,
                                                           u"device.lock"_s,
                                                           u"UDID-%1"_s.arg(i % 7),
                                                           u"reason: lost, ticket %1"_s.arg(i));
            QVERIFY_RESULT(entry);
            QCOMPARE(entry->seq, i);
            QCOMPARE(entry->prevHash, previous);
            QCOMPARE(entry->hash, AuditLog::computeHash(*entry));
            QCOMPARE(entry->at, s_start.addMSecs(250 * i));
            previous = entry->hash;
        }
        const Result<AuditLog::Verification> verified = m_log->verify();
        QVERIFY_RESULT(verified);
        QVERIFY2(verified->isIntact(), qPrintable(verified->description));
        QCOMPARE(verified->entriesChecked, 300);

        const Result<QList<AuditEntry>> all = m_log->list();
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 300);
        QCOMPARE(all->constLast().hash, previous);
        QCOMPARE(all->at(9).detail, u"reason: lost, ticket 10"_s);
    }

    void listFilters()
    {
        QVERIFY_RESULT(m_log->append(u"admin"_s, u"device.lock"_s, u"UDID-1"_s, u"a"_s));
        m_clock.advance(1000);
        QVERIFY_RESULT(m_log->append(u"helpdesk"_s, u"device.restart"_s, u"UDID-2"_s, u"b"_s));
        m_clock.advance(1000);
        QVERIFY_RESULT(m_log->append(u"admin"_s, u"device.wipe"_s, u"UDID-2"_s, u"c"_s));
        m_clock.advance(1000);
        QVERIFY_RESULT(m_log->append(u"engine"_s, u"command.expired"_s, u"UDID-1"_s));

        const auto details = [](const Result<QList<AuditEntry>> &entries) {
            QStringList out;
            if (entries) {
                for (const AuditEntry &e : *entries)
                    out.append(e.detail.isEmpty() ? u"-"_s : e.detail);
            }
            return out;
        };
        AuditLog::Filter byActor;
        byActor.actor = u"admin"_s;
        QCOMPARE(details(m_log->list(byActor)), QStringList({u"a"_s, u"c"_s}));
        AuditLog::Filter byTarget;
        byTarget.target = u"UDID-2"_s;
        byTarget.newestFirst = true;
        QCOMPARE(details(m_log->list(byTarget)), QStringList({u"c"_s, u"b"_s}));
        AuditLog::Filter byAction;
        byAction.action = u"device.restart"_s;
        QCOMPARE(details(m_log->list(byAction)), QStringList({u"b"_s}));
        AuditLog::Filter byTime;
        byTime.from = s_start.addMSecs(1000);
        byTime.until = s_start.addMSecs(3000);
        QCOMPARE(details(m_log->list(byTime)), QStringList({u"b"_s, u"c"_s}));
        AuditLog::Filter newest;
        newest.newestFirst = true;
        newest.limit = 2;
        QCOMPARE(details(m_log->list(newest)), QStringList({u"-"_s, u"c"_s}));
    }

    void appendNeedsActorAndAction()
    {
        QVERIFY_FAILS_WITH(m_log->append(QString(), u"x"_s, u"t"_s), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(m_log->append(u"admin"_s, QString(), u"t"_s), Error::Code::InvalidInput);
        const auto all = m_log->list();
        QVERIFY_RESULT(all);
        QVERIFY(all->isEmpty());
    }

    // The encoding is part of the file format: pinned, and unambiguous.
    void hashEncodingIsStableAndUnambiguous()
    {
        AuditEntry entry;
        entry.seq = 1;
        entry.at = s_start;
        entry.actor = u"admin"_s;
        entry.action = u"device.lock"_s;
        entry.target = u"UDID-1"_s;
        entry.detail = u"Grüße"_s;
        entry.prevHash = AuditLog::genesisHash();
        QCOMPARE(AuditLog::computeHash(entry),
                 u"0c2da714a286097c93db9820f5935419707961734e4965ea1793d679bbe244e1"_s);

        AuditEntry shifted = entry;
        shifted.actor = u"admi"_s;
        shifted.action = u"ndevice.lock"_s;
        QVERIFY(AuditLog::computeHash(shifted) != AuditLog::computeHash(entry));
        AuditEntry moved = entry;
        moved.seq = 2;
        QVERIFY(AuditLog::computeHash(moved) != AuditLog::computeHash(entry));
        AuditEntry later = entry;
        later.at = entry.at.addMSecs(1);
        QVERIFY(AuditLog::computeHash(later) != AuditLog::computeHash(entry));
        AuditEntry relinked = entry;
        relinked.prevHash = QString(64, u'1');
        QVERIFY(AuditLog::computeHash(relinked) != AuditLog::computeHash(entry));
    }

    void triggersRefuseChanges()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY_RESULT(m_log->append(u"admin"_s, u"test"_s, u"t"_s, QString::number(i)));
        const auto attempt = [&](const QString &sql) {
            return m_db->transaction([&] { return m_db->exec(sql); });
        };
        const Result<QSqlQuery> update = attempt(
            u"UPDATE audit_log SET detail = 'x' WHERE seq = 2"_s);
        QVERIFY_FAILS_WITH(update, Error::Code::Database);
        QVERIFY2(update.error().detail.contains(u"append-only"_s),
                 qPrintable(update.error().detail));
        const Result<QSqlQuery> remove = attempt(u"DELETE FROM audit_log WHERE seq = 3"_s);
        QVERIFY_FAILS_WITH(remove, Error::Code::Database);
        QVERIFY(remove.error().detail.contains(u"append-only"_s));
        QVERIFY_FAILS_WITH(attempt(u"UPDATE audit_head SET seq = 2 WHERE id = 1"_s),
                           Error::Code::Database);
        QVERIFY_FAILS_WITH(attempt(u"DELETE FROM audit_head"_s), Error::Code::Database);
        QVERIFY_FAILS_WITH(attempt(u"INSERT INTO audit_head (id, seq, hash) VALUES (2, 0, '')"_s),
                           Error::Code::Database);

        const auto verified = m_log->verify();
        QVERIFY_RESULT(verified);
        QVERIFY(verified->isIntact());
        QCOMPARE(verified->entriesChecked, 3);
    }

    void detectsTampering_data()
    {
        QTest::addColumn<Tamper>("tamper");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<qint64>("seq");

        QTest::newRow("edited") << Tamper(&editDetail) << Problem::ContentMismatch << qint64(17);
        QTest::newRow("actor changed")
            << Tamper(&changeActor) << Problem::ContentMismatch << qint64(1);
        QTest::newRow("time changed")
            << Tamper(&backdate) << Problem::ContentMismatch << qint64(25);
        // Whoever also recomputes the edited row's hash breaks the next row's link.
        QTest::newRow("edited and rehashed")
            << Tamper(&editAndRehash) << Problem::BrokenLink << qint64(18);
        QTest::newRow("middle deleted")
            << Tamper(&deleteMiddle) << Problem::MissingEntry << qint64(20);
        QTest::newRow("first deleted")
            << Tamper(&deleteFirst) << Problem::MissingEntry << qint64(1);
        QTest::newRow("newest deleted")
            << Tamper(&deleteNewest) << Problem::MissingEntry << qint64(Entries);
        QTest::newRow("newest three deleted")
            << Tamper(&deleteNewestThree) << Problem::MissingEntry << qint64(Entries - 2);
        QTest::newRow("two swapped")
            << Tamper(&swapApart) << Problem::ContentMismatch << qint64(12);
        QTest::newRow("neighbours swapped")
            << Tamper(&swapNeighbours) << Problem::ContentMismatch << qint64(5);
        QTest::newRow("inserted carelessly")
            << Tamper(&insertCarelessly) << Problem::ContentMismatch << qint64(10);
        // A well-forged row fits its place; the row it displaced no longer does.
        QTest::newRow("inserted and forged")
            << Tamper(&insertForged) << Problem::ContentMismatch << qint64(11);
        QTest::newRow("appended around the log")
            << Tamper(&appendAround) << Problem::UnexpectedEntry << qint64(Entries + 1);
        QTest::newRow("head rewritten")
            << Tamper(&rewriteHead) << Problem::HeadMismatch << qint64(Entries);
        // Consistent, so only a copy of the head kept elsewhere would show this one.
        QTest::newRow("tail and head cut back")
            << Tamper(&cutTailAndHead) << Problem::None << qint64(0);
    }

    void detectsTampering()
    {
        QFETCH(Tamper, tamper);
        QFETCH(Problem, problem);
        QFETCH(qint64, seq);
        for (int i = 1; i <= Entries; ++i) {
            m_clock.advance(1000);
            QVERIFY_RESULT(m_log->append(
                u"admin"_s, u"device.lock"_s, u"UDID-%1"_s.arg(i % 3), u"entry %1"_s.arg(i)));
        }
        const auto before = m_log->verify();
        QVERIFY_RESULT(before);
        QVERIFY(before->isIntact());

        QVERIFY_RESULT(tamper(*m_db, *m_log));
        const Result<AuditLog::Verification> after = m_log->verify();
        QVERIFY_RESULT(after);
        QCOMPARE(after->problem, problem);
        QCOMPARE(after->seq, seq);
        QCOMPARE(after->isIntact(), problem == Problem::None);
        if (problem != Problem::None) {
            QVERIFY(!after->description.isEmpty());
            QVERIFY2(after->description.contains(QString::number(seq)),
                     qPrintable(after->description));
        }
    }

    void verifiesThroughAReader()
    {
        for (int i = 0; i < 10; ++i)
            QVERIFY_RESULT(m_log->append(u"admin"_s, u"test"_s, u"t"_s, QString::number(i)));
        auto reader = Database::openReader(m_dir->filePath(u"store.sqlite"_s));
        QVERIFY_RESULT(reader);
        AuditLog readOnly(**reader, m_clock);
        auto verified = readOnly.verify();
        QVERIFY_RESULT(verified);
        QVERIFY(verified->isIntact());
        QCOMPARE(verified->entriesChecked, 10);

        QVERIFY_RESULT(rawSql(*m_db, {u"UPDATE audit_log SET detail = 'x' WHERE seq = 4"_s}));
        verified = readOnly.verify();
        QVERIFY_RESULT(verified);
        QCOMPARE(verified->problem, Problem::ContentMismatch);
        QCOMPARE(verified->seq, 4);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{s_start};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_log;
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_AuditLog.moc"
