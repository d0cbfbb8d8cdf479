// SPDX-License-Identifier: GPL-3.0-or-later
// The device list's model over a real store: every column, the states read from the queue, live
// refreshes of single rows, and QAbstractItemModelTester throughout.
#include "core/devices/DeviceStatus.h"
#include "core/devices/DeviceTableModel.h"
#include "tests/core/devices/DeviceStoreFixture.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/TestSecretBox.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

DeviceStoreFixture::DeviceSpec spec(const QString &udid, const QString &name)
{
    DeviceStoreFixture::DeviceSpec device;
    device.udid = udid;
    device.name = name;
    device.serial = u"SER"_s + udid.right(4);
    return device;
}

MdmCommand lockWithPin(const QString &pin)
{
    return MdmCommand{u"DeviceLock"_s, {{u"PIN"_s, pin}, {u"Message"_s, u"Locked"_s}}};
}

} // namespace

class tst_DeviceTableModel : public QObject
{
    Q_OBJECT

private:
    QString path() const { return m_dir.filePath(u"espalier.sqlite"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<DeviceStoreFixture> m_store;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<DeviceStoreFixture>(path());
        QVERIFY(m_store->isValid());
        const QDateTime now = m_store->clock().now();

        DeviceStoreFixture::DeviceSpec phone = spec(u"UDID-PHONE-0001"_s, u"Front desk iPhone"_s);
        phone.user = u"Robin Example"_s;
        phone.enrolledAt = now.addDays(-30);
        phone.lastSeenAt = now.addSecs(-600);
        QVERIFY_RESULT(m_store->addDevice(phone));

        DeviceStoreFixture::DeviceSpec mac = spec(u"UDID-MAC-0002"_s, u"Design MacBook"_s);
        mac.platform = u"macOS"_s;
        mac.osVersion = u"14.6"_s;
        mac.productName = u"MacBookPro18,3"_s;
        mac.modelName = u"MacBook Pro"_s;
        mac.fileVault = false;
        mac.unlockToken = false;
        mac.enrolledAt = now.addDays(-3);
        mac.lastSeenAt = now.addDays(-10);
        QVERIFY_RESULT(m_store->addDevice(mac));

        DeviceStoreFixture::DeviceSpec ipad = spec(u"UDID-IPAD-0003"_s, u"Stock iPad"_s);
        ipad.productName = u"iPad13,1"_s;
        ipad.modelName = u"iPad"_s;
        ipad.osVersion = u"16.7"_s;
        ipad.lastSeenAt = now.addSecs(-60);
        QVERIFY_RESULT(m_store->addDevice(ipad));
    }

    void loadsEveryDeviceOffTheUiThread()
    {
        ManualClock clock(m_store->clock().now());
        DeviceTableModel model(path(), clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &DeviceTableModel::loaded);
        model.reload();
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0); // nothing until the worker answers
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(DeviceTableModel::ColumnCount));
        QVERIFY(model.hasReadStore());
    }

    void displaysColumn_data()
    {
        QTest::addColumn<QString>("udid");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::newRow("name") << u"UDID-PHONE-0001"_s << int(DeviceTableModel::NameColumn)
                              << u"Front desk iPhone"_s;
        QTest::newRow("serial") << u"UDID-PHONE-0001"_s << int(DeviceTableModel::SerialColumn)
                                << u"SER0001"_s;
        QTest::newRow("model") << u"UDID-MAC-0002"_s << int(DeviceTableModel::ModelColumn)
                               << u"MacBook Pro"_s;
        QTest::newRow("os") << u"UDID-MAC-0002"_s << int(DeviceTableModel::OsVersionColumn)
                            << u"macOS 14.6"_s;
        QTest::newRow("user") << u"UDID-PHONE-0001"_s << int(DeviceTableModel::UserColumn)
                              << u"Robin Example"_s;
        QTest::newRow("online") << u"UDID-PHONE-0001"_s << int(DeviceTableModel::StatusColumn)
                                << u"Online recently"_s;
        QTest::newRow("silent") << u"UDID-MAC-0002"_s << int(DeviceTableModel::StatusColumn)
                                << u"Silent"_s;
    }

    void displaysColumn()
    {
        QFETCH(QString, udid);
        QFETCH(int, column);
        QFETCH(QString, text);
        ManualClock clock(m_store->clock().now());
        DeviceTableModel model(path(), clock);
        QSignalSpy loaded(&model, &DeviceTableModel::loaded);
        model.reload();
        QTRY_COMPARE(loaded.size(), 1);
        const int row = model.rowOf(udid);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, column).data().toString(), text);
        QCOMPARE(model.index(row, column).data(DeviceTableModel::DeviceIdRole).toString(), udid);
    }

    void timesExportInIsoAndSortRaw()
    {
        ManualClock clock(m_store->clock().now());
        DeviceTableModel model(path(), clock);
        QSignalSpy loaded(&model, &DeviceTableModel::loaded);
        model.reload();
        QTRY_COMPARE(loaded.size(), 1);
        const int phone = model.rowOf(u"UDID-PHONE-0001"_s);
        const QModelIndex seen = model.index(phone, DeviceTableModel::LastCheckInColumn);
        const QDateTime lastSeen = seen.data(DeviceTableModel::SortRole).toDateTime();
        QVERIFY(lastSeen.isValid());
        QCOMPARE(seen.data(DeviceTableModel::ExportRole).toString(),
                 lastSeen.toUTC().toString(Qt::ISODate));
        const int mac = model.rowOf(u"UDID-MAC-0002"_s);
        // Seen ten days ago sorts before seen ten minutes ago.
        QVERIFY(model.lessThan(DeviceTableModel::LastCheckInColumn, mac, phone));
        QVERIFY(!model.lessThan(DeviceTableModel::LastCheckInColumn, phone, mac));
        // 16.7 < 17.5 within iOS, numerically.
        const int ipad = model.rowOf(u"UDID-IPAD-0003"_s);
        QVERIFY(model.lessThan(DeviceTableModel::OsVersionColumn, ipad, phone));
    }

    void lockStatesComeFromTheQueueAndRowsRefreshAlone()
    {
        ManualClock clock(m_store->clock().now());
        DeviceTableModel model(path(), clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &DeviceTableModel::loaded);
        model.reload();
        QTRY_COMPARE(loaded.size(), 1);
        const int mac = model.rowOf(u"UDID-MAC-0002"_s);
        QCOMPARE(model.status(mac), DeviceStatus::Silent);

        Result<QString> lock = m_store->enqueue(
            u"UDID-MAC-0002"_s, lockWithPin(u"123456"_s), u"helpdesk"_s);
        QVERIFY_RESULT(lock);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refreshCommands({*lock});
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(reset.size(), 0);
        // Only the Mac's row changed.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), mac);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), mac);
        QCOMPARE(model.status(mac), DeviceStatus::LockPending);
        QCOMPARE(model.index(mac, DeviceTableModel::StatusColumn).data().toString(),
                 u"Lock pending"_s);

        // Acknowledged, and the Mac is quiet since: locked.
        QVERIFY_RESULT(m_store->finish(*lock, CommandState::Acknowledged));
        model.refreshDevices({u"UDID-MAC-0002"_s});
        QTRY_COMPARE(loaded.size(), 3);
        QCOMPARE(model.status(mac), DeviceStatus::Locked);
        QCOMPARE(model.index(mac, DeviceTableModel::StatusColumn)
                     .data(DeviceTableModel::StatusRole)
                     .toInt(),
                 int(DeviceStatus::Locked));
        QVERIFY(!model.index(mac, DeviceTableModel::StatusColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    }

    void newDevicesAreInsertedAndRequestsCoalesce()
    {
        ManualClock clock(m_store->clock().now());
        DeviceTableModel model(path(), clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &DeviceTableModel::loaded);
        model.reload();
        QTRY_COMPARE(loaded.size(), 1);
        const int before = model.rowCount();

        QVERIFY_RESULT(m_store->addDevice(spec(u"UDID-NEW-0004"_s, u"New iPhone"_s)));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // Three requests while the first runs become at most two loads.
        model.refreshEnrollments({u"UDID-NEW-0004"_s});
        model.refreshDevices({u"UDID-PHONE-0001"_s});
        model.refreshDevices({u"UDID-IPAD-0003"_s});
        QTRY_VERIFY(!model.isLoading() && loaded.size() >= 2);
        QVERIFY(loaded.size() <= 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.summary(model.rowOf(u"UDID-NEW-0004"_s)).name, u"New iPhone"_s);
    }

    void quietCheckInsAreFoundByPolling()
    {
        ManualClock clock(m_store->clock().now());
        DeviceTableModel model(path(), clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &DeviceTableModel::loaded);
        model.reload();
        QTRY_COMPARE(loaded.size(), 1);
        const int ipad = model.rowOf(u"UDID-IPAD-0003"_s);
        const QDateTime before = model.summary(ipad).lastSeenAt;

        // A check-in that changes nothing else: the engine announces nothing.
        m_store->clock().advance(30 * 1000);
        QVERIFY_RESULT(
            EnrollmentRepository(m_store->database(), m_store->clock(), &Testing::testTokenBox())
                .markSeen(u"UDID-IPAD-0003"_s));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshSeen();
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), ipad);
        QVERIFY(model.summary(ipad).lastSeenAt > before);

        // Nothing new: nothing changes.
        changed.clear();
        model.refreshSeen();
        QTRY_COMPARE(loaded.size(), 3);
        QCOMPARE(changed.size(), 0);
    }

    void searchMatchesEveryField_data()
    {
        QTest::addColumn<QString>("terms");
        QTest::addColumn<bool>("matches");
        QTest::newRow("name") << u"front desk"_s << true;
        QTest::newRow("serial, any case") << u"ser0001"_s << true;
        QTest::newRow("udid") << u"phone-0001"_s << true;
        QTest::newRow("user") << u"robin"_s << true;
        QTest::newRow("model") << u"iphone15"_s << true;
        QTest::newRow("all words must match") << u"front ipad"_s << false;
    }

    void searchMatchesEveryField()
    {
        QFETCH(QString, terms);
        QFETCH(bool, matches);
        ManualClock clock(m_store->clock().now());
        DeviceTableModel model(path(), clock);
        QSignalSpy loaded(&model, &DeviceTableModel::loaded);
        model.reload();
        QTRY_COMPARE(loaded.size(), 1);
        const int phone = model.rowOf(u"UDID-PHONE-0001"_s);
        QCOMPARE(model.containsAll(phone, terms.toCaseFolded().split(u' ', Qt::SkipEmptyParts)),
                 matches);
    }

    void noStoreYetIsAnEmptyList()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        DeviceTableModel model(m_dir.filePath(u"missing.sqlite"_s), clock);
        QSignalSpy loaded(&model, &DeviceTableModel::loaded);
        QSignalSpy failed(&model, &DeviceTableModel::loadFailed);
        model.reload();
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasReadStore());
    }

    void silentWithTimeAlone()
    {
        ManualClock clock(m_store->clock().now());
        DeviceTableModel model(path(), clock);
        QSignalSpy loaded(&model, &DeviceTableModel::loaded);
        model.reload();
        QTRY_COMPARE(loaded.size(), 1);
        const int ipad = model.rowOf(u"UDID-IPAD-0003"_s);
        QCOMPARE(model.status(ipad), DeviceStatus::Online);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advance(qint64(DeviceStatuses::RecentHours + 1) * 3600 * 1000);
        model.refreshStatuses();
        QCOMPARE(model.status(ipad), DeviceStatus::Silent);
        QVERIFY(changed.size() >= 1);
    }
};

QTEST_GUILESS_MAIN(tst_DeviceTableModel)
#include "tst_DeviceTableModel.moc"
