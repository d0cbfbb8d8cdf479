// SPDX-License-Identifier: GPL-3.0-or-later
// Filtering and sorting the command queue: by state (single or grouped), command and device.
#include "core/commands/CommandFilterModel.h"
#include "core/commands/CommandTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

CommandQueueEntry entry(const QString &uuid,
                        const QString &device,
                        const QString &type,
                        CommandState state,
                        int minutes)
{
    CommandQueueEntry e;
    e.command.uuid = uuid;
    e.command.enrollmentId = device;
    e.command.requestType = type;
    e.command.state = state;
    e.command.createdAt = s_start.addSecs(minutes * 60);
    e.command.updatedAt = e.command.createdAt;
    e.command.createdBy = u"alex"_s;
    e.deviceId = device;
    e.deviceName = device == u"UDID-A"_s ? u"Front desk iPhone"_s : u"Studio Mac"_s;
    return e;
}

} // namespace

class tst_CommandFilterModel : public QObject
{
    Q_OBJECT

private:
    static QStringList shownUuids(const QAbstractItemModel &model)
    {
        QStringList uuids;
        for (int row = 0; row < model.rowCount(); ++row)
            uuids.append(model.index(row, 0).data(CommandTableModel::UuidRole).toString());
        return uuids;
    }

    CommandTableModel m_model;
    CommandFilterModel m_filter;

private Q_SLOTS:

    void initTestCase()
    {
        m_filter.setSourceModel(&m_model);
        new QAbstractItemModelTester(
            &m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(
            &m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void init()
    {
        m_filter.clearFilters();
        m_filter.sort(CommandTableModel::QueuedAtColumn, Qt::AscendingOrder);
        m_model.setEntries({
            entry(u"C1"_s, u"UDID-A"_s, u"DeviceLock"_s, CommandState::Acknowledged, 1),
            entry(u"C2"_s, u"UDID-B"_s, u"DeviceLock"_s, CommandState::NotNow, 2),
            entry(u"C3"_s, u"UDID-A"_s, u"SecurityInfo"_s, CommandState::Queued, 3),
            entry(u"C4"_s, u"UDID-B"_s, u"EraseDevice"_s, CommandState::Error, 4),
            entry(u"C5"_s, u"UDID-A"_s, u"RestartDevice"_s, CommandState::Expired, 5),
            entry(u"C6"_s, u"UDID-B"_s, u"SecurityInfo"_s, CommandState::Sent, 6),
        });
    }

    void showsEverythingUnfiltered()
    {
        QVERIFY(!m_filter.isFiltering());
        QCOMPARE(shownUuids(m_filter),
                 (QStringList{u"C1"_s, u"C2"_s, u"C3"_s, u"C4"_s, u"C5"_s, u"C6"_s}));
    }

    void filters_data()
    {
        QTest::addColumn<QList<CommandState>>("states");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("not now") << QList<CommandState>{CommandState::NotNow} << QString()
                                 << QString() << QStringList{u"C2"_s};
        QTest::newRow("unfinished") << CommandFilterModel::unfinishedStates() << QString()
                                    << QString() << QStringList{u"C2"_s, u"C3"_s, u"C6"_s};
        QTest::newRow("did not happen") << CommandFilterModel::unsuccessfulStates() << QString()
                                        << QString() << QStringList{u"C4"_s, u"C5"_s};
        QTest::newRow("type") << QList<CommandState>() << u"DeviceLock"_s << QString()
                              << QStringList{u"C1"_s, u"C2"_s};
        QTest::newRow("device") << QList<CommandState>() << QString() << u"UDID-A"_s
                                << QStringList{u"C1"_s, u"C3"_s, u"C5"_s};
        QTest::newRow("all three") << CommandFilterModel::unfinishedStates() << u"SecurityInfo"_s
                                   << u"UDID-B"_s << QStringList{u"C6"_s};
        QTest::newRow("nothing matches") << QList<CommandState>{CommandState::Cancelled}
                                         << QString() << QString() << QStringList();
    }

    void filters()
    {
        QFETCH(QList<CommandState>, states);
        QFETCH(QString, type);
        QFETCH(QString, device);
        QFETCH(QStringList, expected);
        m_filter.setStates(states);
        m_filter.setRequestType(type);
        m_filter.setDeviceId(device);
        QVERIFY(m_filter.isFiltering());
        QCOMPARE(shownUuids(m_filter), expected);
        m_filter.clearFilters();
        QCOMPARE(m_filter.rowCount(), 6);
    }

    void liveChangesFollowTheFilter()
    {
        m_filter.setStates({CommandState::NotNow});
        QCOMPARE(shownUuids(m_filter), QStringList{u"C2"_s});
        CommandQueueEntry later = entry(
            u"C3"_s, u"UDID-A"_s, u"SecurityInfo"_s, CommandState::NotNow, 3);
        CommandQueueEntry fresh = entry(
            u"C7"_s, u"UDID-B"_s, u"DeviceLock"_s, CommandState::NotNow, 7);
        m_model.upsertEntries({later, fresh});
        QCOMPARE(shownUuids(m_filter), (QStringList{u"C2"_s, u"C3"_s, u"C7"_s}));
    }

    void sortsByTheRawValue()
    {
        m_filter.sort(CommandTableModel::QueuedAtColumn, Qt::DescendingOrder);
        QCOMPARE(shownUuids(m_filter).first(), u"C6"_s);
        m_filter.sort(CommandTableModel::StateColumn, Qt::AscendingOrder);
        // Queued (0), Sent (2), Acknowledged (3), Error (4), NotNow (6), Expired (7).
        QCOMPARE(shownUuids(m_filter),
                 (QStringList{u"C3"_s, u"C6"_s, u"C1"_s, u"C4"_s, u"C2"_s, u"C5"_s}));
        m_filter.sort(CommandTableModel::DeviceColumn, Qt::AscendingOrder);
        QCOMPARE(m_filter.index(0, CommandTableModel::DeviceColumn).data().toString(),
                 u"Front desk iPhone"_s);
    }
};

QTEST_GUILESS_MAIN(tst_CommandFilterModel)
#include "tst_CommandFilterModel.moc"
