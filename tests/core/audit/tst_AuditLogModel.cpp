// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log model over a real SQLite store: a full read, reads of only what was appended,
// device names for enrollment targets, and finding the row of a chain position.
#include "core/audit/AuditLogModel.h"
#include "core/audit/AuditLogStore.h"
#include "core/common/Clock.h"
#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/DeviceRepository.h"
#include "core/store/EnrollmentRepository.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/TestSecretBox.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

} // namespace

class tst_AuditLogModel : public QObject
{
    Q_OBJECT

private:
    void append(int count, const QString &action = u"command.queued"_s)
    {
        AuditLog log(*m_db, m_clock);
        for (int i = 0; i < count; ++i) {
            m_clock.advance(1000);
            QVERIFY_RESULT(log.append(
                i % 2 ? u"alex"_s : u"engine"_s, action, u"UDID-A"_s, u"entry %1"_s.arg(i)));
        }
    }

    // A read that finishes before its continuation is attached lands at once, inside the call.
    bool loaded(AuditLogModel &model, void (AuditLogModel::*load)())
    {
        QSignalSpy done(&model, &AuditLogModel::loaded);
        (model.*load)();
        return QTest::qWaitFor([&done] { return !done.isEmpty(); }, 10000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{s_start};
    std::unique_ptr<Database> m_db;

private Q_SLOTS:

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.setNow(s_start);
        auto opened = Database::openWriter(m_dir->filePath(u"store.sqlite"_s));
        QVERIFY_RESULT(opened);
        m_db = std::move(*opened);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void readsTheWholeLogInChainOrder()
    {
        append(5);
        AuditLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabasePath(m_db->path());
        QVERIFY(loaded(model, &AuditLogModel::reload));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
        for (int row = 0; row < 5; ++row) {
            QCOMPARE(model.index(row, AuditLogModel::SequenceColumn).data().toLongLong(), row + 1);
            QCOMPARE(model.index(row, AuditLogModel::DetailColumn).data().toString(),
                     u"entry %1"_s.arg(row));
        }
        QCOMPARE(model.index(0, AuditLogModel::ActorColumn).data().toString(), u"engine"_s);
        QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(),
                 u"command.queued"_s);
        QCOMPARE(model.index(0, AuditLogModel::TimeColumn, {}).data(AuditLogModel::SortRole),
                 QVariant(s_start.addSecs(1)));
        QCOMPARE(model.index(0, AuditLogModel::TimeColumn).data().toString(),
                 AuditLogModel::formatTime(s_start.addSecs(1)));
        // No name known for the target yet: the raw one.
        QCOMPARE(model.index(0, AuditLogModel::TargetColumn).data().toString(), u"UDID-A"_s);
        QCOMPARE(model.actors(), (QStringList{u"alex"_s, u"engine"_s}));
        QCOMPARE(model.actions(), QStringList{u"command.queued"_s});
        // The model keeps no hashes; verify() checks them in the store.
        QVERIFY(model.entryAt(0).hash.isEmpty());
    }

    void fetchesOnlyWhatWasAppended()
    {
        append(3);
        AuditLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabasePath(m_db->path());
        QVERIFY(loaded(model, &AuditLogModel::reload));

        append(2, u"command.cancelled"_s);
        // A device enrolled meanwhile: the old rows show its name too.
        EnrollmentRepository enrollments(*m_db, m_clock, &Testing::testTokenBox());
        Enrollment e;
        e.id = u"UDID-A"_s;
        e.topic = u"com.apple.mgmt.External.x"_s;
        e.pushTokenHex = u"abcd"_s;
        e.pushMagic = u"magic"_s;
        QVERIFY_RESULT(enrollments.recordTokenUpdate(e));
        Device phone;
        phone.udid = u"UDID-A"_s;
        phone.name = u"Front desk iPhone"_s;
        QVERIFY_RESULT(DeviceRepository(*m_db, m_clock).upsertInventory(phone));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy choices(&model, &AuditLogModel::choicesChanged);
        QVERIFY(loaded(model, &AuditLogModel::fetchNewer));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(4, AuditLogModel::SequenceColumn).data().toLongLong(), 5);
        QCOMPARE(choices.count(), 1);
        QVERIFY(model.actions().contains(u"command.cancelled"_s));
        QCOMPARE(model.index(0, AuditLogModel::TargetColumn).data().toString(),
                 u"Front desk iPhone (UDID-A)"_s);

        // Nothing new: nothing changes.
        QVERIFY(loaded(model, &AuditLogModel::fetchNewer));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 5);
    }

    void manyNewEntriesReadTheWholeLogAgain()
    {
        append(2);
        AuditLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabasePath(m_db->path());
        QVERIFY(loaded(model, &AuditLogModel::reload));
        append(AuditLogStore::IncrementLimit + 5);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(loaded(model, &AuditLogModel::fetchNewer));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), AuditLogStore::IncrementLimit + 7);
    }

    void findsTheRowOfAChainPosition()
    {
        QList<AuditEntry> entries;
        for (qint64 seq : {1, 2, 3, 5, 6}) {
            AuditEntry entry;
            entry.seq = seq;
            entry.at = s_start.addSecs(seq);
            entry.actor = u"alex"_s;
            entry.action = u"device.lock"_s;
            entries.append(entry);
        }
        AuditLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(entries);
        QCOMPARE(model.rowAtOrAfter(1), 0);
        QCOMPARE(model.rowAtOrAfter(3), 2);
        // Entry 4 was deleted: the row after the gap.
        QCOMPARE(model.rowAtOrAfter(4), 3);
        QCOMPARE(model.rowAtOrAfter(7), -1);
    }
};

QTEST_GUILESS_MAIN(tst_AuditLogModel)
#include "tst_AuditLogModel.moc"
