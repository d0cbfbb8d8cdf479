// SPDX-License-Identifier: GPL-3.0-or-later
// The command queue model over a real SQLite store: what it reads, what each column shows, and
// that a refresh touches only the rows it was told about.
#include "core/commands/CommandTableModel.h"
#include "core/common/Clock.h"
#include "core/store/CommandRepository.h"
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

class tst_CommandTableModel : public QObject
{
    Q_OBJECT

private:
    Result<Command> insert(const QString &uuid,
                           const QString &enrollment,
                           const QString &type = u"DeviceInformation"_s,
                           const QString &createdBy = u"alex"_s)
    {
        Command c;
        c.uuid = uuid;
        c.enrollmentId = enrollment;
        c.requestType = type;
        c.payload = "<plist>" + uuid.toUtf8() + "</plist>";
        c.createdBy = createdBy;
        c.expiresAt = s_start.addDays(30);
        return m_commands->insert(c);
    }

    Result<Command> move(const QString &uuid,
                         CommandState from,
                         CommandState to,
                         const CommandRepository::Changes &changes = {})
    {
        m_clock.advance(1000);
        return m_commands->transition(uuid, {from}, to, changes);
    }

    // Reloads and waits until the read has landed (at once, inside the call, when the read
    // finished before its continuation was attached).
    bool reloaded(CommandTableModel &model)
    {
        QSignalSpy loaded(&model, &CommandTableModel::loaded);
        model.reload();
        return QTest::qWaitFor([&loaded] { return !loaded.isEmpty(); }, 10000);
    }

    bool refreshed(CommandTableModel &model, const QStringList &uuids)
    {
        QSignalSpy loaded(&model, &CommandTableModel::loaded);
        model.refresh(uuids);
        return QTest::qWaitFor([&loaded] { return !loaded.isEmpty(); }, 10000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{s_start};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CommandRepository> m_commands;

private Q_SLOTS:

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.setNow(s_start);
        auto opened = Database::openWriter(m_dir->filePath(u"store.sqlite"_s));
        QVERIFY_RESULT(opened);
        m_db = std::move(*opened);
        m_commands = std::make_unique<CommandRepository>(*m_db, m_clock);

        EnrollmentRepository enrollments(*m_db, m_clock, &Testing::testTokenBox());
        for (const QString &id : {u"UDID-A"_s, u"UDID-B"_s, u"UDID-C"_s}) {
            Enrollment e;
            e.id = id;
            e.topic = u"com.apple.mgmt.External.x"_s;
            e.pushTokenHex = u"abcd"_s;
            e.pushMagic = u"magic"_s;
            QVERIFY_RESULT(enrollments.recordTokenUpdate(e));
        }
        Enrollment user;
        user.id = u"UDID-B:alex"_s;
        user.type = EnrollmentType::User;
        user.parentId = u"UDID-B"_s;
        user.userShortName = u"alex"_s;
        user.topic = u"com.apple.mgmt.External.x"_s;
        user.pushTokenHex = u"ef01"_s;
        user.pushMagic = u"magic-user"_s;
        QVERIFY_RESULT(enrollments.recordTokenUpdate(user));

        DeviceRepository devices(*m_db, m_clock);
        Device phone;
        phone.udid = u"UDID-A"_s;
        phone.name = u"Front desk iPhone"_s;
        phone.serialNumber = u"F2LX0001"_s;
        QVERIFY_RESULT(devices.upsertInventory(phone));
        Device mac;
        mac.udid = u"UDID-B"_s;
        mac.modelName = u"MacBook Air"_s;
        mac.serialNumber = u"C02X0002"_s;
        QVERIFY_RESULT(devices.upsertInventory(mac));
        // UDID-C has reported no inventory yet.
    }

    void cleanup()
    {
        m_commands.reset();
        m_db.reset();
        m_dir.reset();
    }

    void readsEveryCommandWithItsDevice()
    {
        QVERIFY_RESULT(insert(u"C1"_s, u"UDID-A"_s, u"DeviceLock"_s));
        QVERIFY_RESULT(insert(u"C2"_s, u"UDID-B"_s));
        QVERIFY_RESULT(insert(u"C3"_s, u"UDID-B:alex"_s, u"ProfileList"_s));
        QVERIFY_RESULT(insert(u"C4"_s, u"UDID-C"_s, u"SecurityInfo"_s, u"engine"_s));

        CommandTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabasePath(m_db->path());
        QVERIFY(!model.hasLoaded());
        QVERIFY(reloaded(model));
        QVERIFY(model.hasLoaded());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(CommandTableModel::ColumnCount));

        const auto cell = [&model](const QString &uuid, int column, int role = Qt::DisplayRole) {
            return model.index(model.rowOf(uuid), column).data(role);
        };
        QCOMPARE(cell(u"C1"_s, CommandTableModel::DeviceColumn).toString(), u"Front desk iPhone"_s);
        QCOMPARE(cell(u"C2"_s, CommandTableModel::DeviceColumn).toString(),
                 u"MacBook Air C02X0002"_s);
        QCOMPARE(cell(u"C3"_s, CommandTableModel::DeviceColumn).toString(),
                 u"MacBook Air C02X0002 — user alex"_s);
        QCOMPARE(cell(u"C4"_s, CommandTableModel::DeviceColumn).toString(), u"UDID-C"_s);
        QCOMPARE(cell(u"C3"_s, 0, CommandTableModel::DeviceIdRole).toString(), u"UDID-B"_s);

        QCOMPARE(cell(u"C1"_s, CommandTableModel::TypeColumn).toString(), u"Device Lock"_s);
        QCOMPARE(cell(u"C1"_s, 0, CommandTableModel::RequestTypeRole).toString(), u"DeviceLock"_s);
        QCOMPARE(cell(u"C1"_s, CommandTableModel::StateColumn).toString(), u"Queued"_s);
        QCOMPARE(cell(u"C1"_s, CommandTableModel::QueuedAtColumn, CommandTableModel::SortRole)
                     .toDateTime(),
                 s_start);
        QVERIFY(!cell(u"C1"_s, CommandTableModel::QueuedAtColumn).toString().isEmpty());
        QCOMPARE(cell(u"C1"_s, CommandTableModel::AttemptsColumn).toInt(), 0);
        QCOMPARE(cell(u"C1"_s, CommandTableModel::ExpiresColumn, CommandTableModel::SortRole)
                     .toDateTime(),
                 s_start.addDays(30));
        QCOMPARE(cell(u"C1"_s, CommandTableModel::RequestedByColumn).toString(), u"alex"_s);
        QCOMPARE(cell(u"C4"_s, CommandTableModel::RequestedByColumn).toString(),
                 u"Espalier (automatic)"_s);

        // The list never carries the raw plists; the details read them on demand.
        QVERIFY(model.entryAt(model.rowOf(u"C1"_s)).command.payload.isEmpty());

        const QList<QPair<QString, QString>> devices = model.devices();
        QCOMPARE(devices.size(), 3);
        QCOMPARE(devices.at(0).second, u"Front desk iPhone"_s);
        QCOMPARE(model.requestTypes().size(), 4);
    }

    void statesAreWordsNotPending_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("text");
        QTest::newRow("queued") << int(CommandState::Queued) << u"Queued"_s;
        QTest::newRow("pushed") << int(CommandState::Pushed) << u"Pushed"_s;
        QTest::newRow("sent") << int(CommandState::Sent) << u"Sent to device"_s;
        QTest::newRow("acknowledged") << int(CommandState::Acknowledged) << u"Acknowledged"_s;
        QTest::newRow("error") << int(CommandState::Error) << u"Error"_s;
        QTest::newRow("format") << int(CommandState::CommandFormatError) << u"Rejected"_s;
        QTest::newRow("not now") << int(CommandState::NotNow) << u"Not now"_s;
        QTest::newRow("expired") << int(CommandState::Expired) << u"Expired"_s;
        QTest::newRow("cancelled") << int(CommandState::Cancelled) << u"Cancelled"_s;
    }

    void statesAreWordsNotPending()
    {
        QFETCH(int, state);
        QFETCH(QString, text);
        const auto value = commandStateFromValue(state);
        QVERIFY(value);
        QCOMPARE(CommandTableModel::stateText(*value), text);
        CommandQueueEntry entry;
        entry.command.state = *value;
        const QString description = CommandTableModel::stateDescription(entry);
        QVERIFY(!description.isEmpty());
        QVERIFY(!description.contains(u"pending"_s, Qt::CaseInsensitive));
    }

    void errorLinesPutTheDescriptionFirst()
    {
        QCOMPARE(
            CommandTableModel::errorLines(
                u"MCMDMErrorDomain 12030: The command requires a supervised device.\n"
                "\n  (no details)  \nNSPOSIXErrorDomain -2: Gone: really"_s),
            (QStringList{u"The command requires a supervised device. (MCMDMErrorDomain 12030)"_s,
                         u"(no details)"_s,
                         u"Gone: really (NSPOSIXErrorDomain -2)"_s}));
        QVERIFY(CommandTableModel::errorLines({}).isEmpty());
    }

    void countsEveryStateAndExplainsFailures()
    {
        for (int i = 1; i <= 8; ++i)
            QVERIFY_RESULT(insert(u"C%1"_s.arg(i), i % 2 ? u"UDID-A"_s : u"UDID-B"_s));
        QVERIFY_RESULT(move(u"C2"_s, CommandState::Queued, CommandState::Pushed));
        QVERIFY_RESULT(move(u"C3"_s, CommandState::Queued, CommandState::Sent));
        QVERIFY_RESULT(move(u"C4"_s, CommandState::Queued, CommandState::Sent));
        QVERIFY_RESULT(move(u"C4"_s, CommandState::Sent, CommandState::Acknowledged));
        QVERIFY_RESULT(move(u"C5"_s, CommandState::Queued, CommandState::Sent));
        CommandRepository::Changes error;
        error.errorChain = u"MCMDMErrorDomain 12078: The command requires a supervised device.\n"
                           "MCInstallationErrorDomain 4001: Profile installation failed."_s;
        QVERIFY_RESULT(move(u"C5"_s, CommandState::Sent, CommandState::Error, error));
        QVERIFY_RESULT(move(u"C6"_s, CommandState::Queued, CommandState::Sent));
        CommandRepository::Changes notNow;
        notNow.nextAttemptAt = s_start.addSecs(600);
        QVERIFY_RESULT(move(u"C6"_s, CommandState::Sent, CommandState::NotNow, notNow));
        QVERIFY_RESULT(move(u"C7"_s, CommandState::Queued, CommandState::Expired));
        QVERIFY_RESULT(move(u"C8"_s, CommandState::Queued, CommandState::Cancelled));

        CommandTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabasePath(m_db->path());
        QVERIFY(reloaded(model));
        QCOMPARE(model.count(CommandState::Queued), 1);
        QCOMPARE(model.count(CommandState::Pushed), 1);
        QCOMPARE(model.count(CommandState::Sent), 1);
        QCOMPARE(model.count(CommandState::Acknowledged), 1);
        QCOMPARE(model.count(CommandState::Error), 1);
        QCOMPARE(model.count(CommandState::CommandFormatError), 0);
        QCOMPARE(model.count(CommandState::NotNow), 1);
        QCOMPARE(model.count(CommandState::Expired), 1);
        QCOMPARE(model.count(CommandState::Cancelled), 1);

        const CommandQueueEntry &failed = model.entryAt(model.rowOf(u"C5"_s));
        const QString why = CommandTableModel::stateDescription(failed);
        QVERIFY2(why.contains(u"could not carry the command out"_s), qPrintable(why));
        QVERIFY2(why.contains(u"• The command requires a supervised device. (MCMDMErrorDomain "
                              "12078)"_s),
                 qPrintable(why));
        QVERIFY2(why.contains(u"• Profile installation failed. (MCInstallationErrorDomain 4001)"_s),
                 qPrintable(why));
        QCOMPARE(model.index(model.rowOf(u"C5"_s), CommandTableModel::StateColumn)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 why);

        const QString later = CommandTableModel::stateDescription(
            model.entryAt(model.rowOf(u"C6"_s)));
        QVERIFY2(later.contains(u"“Not Now” 1 time"_s), qPrintable(later));
        QVERIFY2(later.contains(u"locked with a passcode"_s), qPrintable(later));
        QVERIFY2(later.contains(CommandTableModel::formatTime(s_start.addSecs(600))),
                 qPrintable(later));
        QCOMPARE(model.index(model.rowOf(u"C6"_s), CommandTableModel::AttemptsColumn).data(),
                 QVariant(1));
    }

    void refreshTouchesOnlyTheNamedRows()
    {
        for (int i = 1; i <= 5; ++i)
            QVERIFY_RESULT(insert(u"C%1"_s.arg(i), u"UDID-A"_s));
        CommandTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabasePath(m_db->path());
        QVERIFY(reloaded(model));
        QCOMPARE(model.rowCount(), 5);

        QVERIFY_RESULT(move(u"C3"_s, CommandState::Queued, CommandState::Sent));
        QVERIFY_RESULT(move(u"C3"_s, CommandState::Sent, CommandState::Acknowledged));
        // C5 changed too, but nobody said so: it stays as it was read.
        QVERIFY_RESULT(move(u"C5"_s, CommandState::Queued, CommandState::Cancelled));
        QVERIFY_RESULT(insert(u"C6"_s, u"UDID-B"_s, u"RestartDevice"_s));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy counts(&model, &CommandTableModel::countsChanged);
        QSignalSpy choices(&model, &CommandTableModel::choicesChanged);
        QVERIFY(refreshed(model, {u"C3"_s, u"C6"_s}));

        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const int row = model.rowOf(u"C3"_s);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOf(u"C6"_s), 5);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(choices.count(), 1);
        QCOMPARE(model.index(row, CommandTableModel::StateColumn).data().toString(),
                 u"Acknowledged"_s);
        QCOMPARE(model.index(row, CommandTableModel::AttemptsColumn).data().toInt(), 1);
        QCOMPARE(
            model.index(model.rowOf(u"C5"_s), CommandTableModel::StateColumn).data().toString(),
            u"Queued"_s);

        // A reload catches up with everything.
        QVERIFY(reloaded(model));
        QCOMPARE(
            model.index(model.rowOf(u"C5"_s), CommandTableModel::StateColumn).data().toString(),
            u"Cancelled"_s);
    }

    void refreshesDuringALoadAreMerged()
    {
        for (int i = 1; i <= 20; ++i)
            QVERIFY_RESULT(insert(u"C%1"_s.arg(i), u"UDID-A"_s));
        CommandTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabasePath(m_db->path());
        QSignalSpy loaded(&model, &CommandTableModel::loaded);
        // Before the first load a refresh reads everything.
        model.refresh({u"C1"_s});
        for (int i = 1; i <= 20; ++i) {
            QVERIFY_RESULT(move(u"C%1"_s.arg(i), CommandState::Queued, CommandState::Pushed));
            model.refresh({u"C%1"_s.arg(i)});
        }
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(model.hasLoaded());
        // The first read, then at most one merged read of everything asked for meanwhile (or
        // one per refresh, when each read finished before the next refresh came).
        QVERIFY2(loaded.count() >= 1 && loaded.count() <= 21,
                 qPrintable(QString::number(loaded.count())));
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.count(CommandState::Pushed), 20);
    }

    void unreadableStoreReportsAFailure()
    {
        CommandTableModel model;
        model.setDatabasePath(m_dir->filePath(u"missing/none.sqlite"_s));
        QSignalSpy failed(&model, &CommandTableModel::loadFailed);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY(!failed.at(0).at(0).value<Error>().message.isEmpty());
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CommandTableModel)
#include "tst_CommandTableModel.moc"
