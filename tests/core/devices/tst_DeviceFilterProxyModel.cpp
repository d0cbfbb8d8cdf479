// SPDX-License-Identifier: GPL-3.0-or-later
// Search as you type, smart groups and sorting over the device list, on a real store, with
// QAbstractItemModelTester on the proxy; and the smart groups kept in QSettings.
#include "core/devices/DeviceFilterProxyModel.h"
#include "core/devices/DeviceSmartGroupStore.h"
#include "core/devices/DeviceTableModel.h"
#include "tests/core/devices/DeviceStoreFixture.h"
#include "tests/support/TestHelpers.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_DeviceFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            names.append(m_proxy->index(row, DeviceTableModel::NameColumn).data().toString());
        return names;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DeviceStoreFixture> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<DeviceTableModel> m_model;
    std::unique_ptr<DeviceFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"espalier.sqlite"_s);
        m_store = std::make_unique<DeviceStoreFixture>(path);
        QVERIFY(m_store->isValid());
        const QDateTime now = m_store->clock().now();

        struct Row
        {
            const char16_t *udid;
            const char16_t *name;
            const char16_t *platform;
            const char16_t *os;
            const char16_t *user;
            int daysSinceSeen;
            std::optional<bool> fileVault;
        };

        const Row rows[] = {
            {u"UDID-A", u"Alpha iPhone", u"iOS", u"17.5", u"Ann", 0, std::nullopt},
            {u"UDID-B", u"Bravo iPhone", u"iOS", u"16.7.2", u"Ben", 9, std::nullopt},
            {u"UDID-C", u"Charlie Mac", u"macOS", u"13.6", u"Cleo", 1, false},
            {u"UDID-D", u"Delta Mac", u"macOS", u"14.6", u"Dan", 20, true},
            {u"UDID-E", u"echo ipad", u"iOS", u"17.0", u"", 2, std::nullopt},
        };
        for (const Row &row : rows) {
            DeviceStoreFixture::DeviceSpec spec;
            spec.udid = QString::fromUtf16(row.udid);
            spec.name = QString::fromUtf16(row.name);
            spec.serial = u"SN-"_s + spec.udid.right(1);
            spec.platform = QString::fromUtf16(row.platform);
            spec.osVersion = QString::fromUtf16(row.os);
            spec.user = QString::fromUtf16(row.user);
            spec.fileVault = row.fileVault;
            if (spec.platform == u"macOS"_s) {
                spec.productName = u"Mac14,2"_s;
                spec.modelName = u"MacBook Air"_s;
            }
            spec.lastSeenAt = now.addDays(-row.daysSinceSeen).addSecs(-60);
            QVERIFY_RESULT(m_store->addDevice(spec));
        }

        m_clock = std::make_unique<ManualClock>(now);
        m_model = std::make_unique<DeviceTableModel>(path, *m_clock);
        m_proxy = std::make_unique<DeviceFilterProxyModel>(*m_clock);
        m_proxy->setSourceModel(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(m_model.get(), &DeviceTableModel::loaded);
        m_model->reload();
        QTRY_COMPARE(loaded.size(), 1);
        m_proxy->sort(DeviceTableModel::NameColumn, Qt::AscendingOrder);
    }

    void init()
    {
        m_proxy->setSearchText({});
        m_proxy->setSmartGroup(std::nullopt);
        m_proxy->sort(DeviceTableModel::NameColumn, Qt::AscendingOrder);
    }

    void sortsByNameWithoutCase()
    {
        QCOMPARE(shownNames(),
                 QStringList({u"Alpha iPhone"_s,
                              u"Bravo iPhone"_s,
                              u"Charlie Mac"_s,
                              u"Delta Mac"_s,
                              u"echo ipad"_s}));
        m_proxy->sort(DeviceTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(shownNames().constFirst(), u"echo ipad"_s);
    }

    void sortsByOsVersionNumerically()
    {
        m_proxy->sort(DeviceTableModel::OsVersionColumn, Qt::AscendingOrder);
        // iOS before macOS; 16.7.2 < 17.0 < 17.5; 13.6 < 14.6.
        QCOMPARE(shownNames(),
                 QStringList({u"Bravo iPhone"_s,
                              u"echo ipad"_s,
                              u"Alpha iPhone"_s,
                              u"Charlie Mac"_s,
                              u"Delta Mac"_s}));
    }

    void searchesAsYouType()
    {
        m_proxy->setSearchText(u"m"_s);
        QCOMPARE(shownNames(), QStringList({u"Charlie Mac"_s, u"Delta Mac"_s}));
        m_proxy->setSearchText(u"ma"_s);
        QCOMPARE(shownNames(), QStringList({u"Charlie Mac"_s, u"Delta Mac"_s}));
        m_proxy->setSearchText(u"mac cleo"_s);
        QCOMPARE(shownNames(), QStringList({u"Charlie Mac"_s}));
        m_proxy->setSearchText(u"SN-E"_s);
        QCOMPARE(shownNames(), QStringList({u"echo ipad"_s}));
        m_proxy->setSearchText(u"udid-b"_s);
        QCOMPARE(shownNames(), QStringList({u"Bravo iPhone"_s}));
        m_proxy->setSearchText(u"nothing like it"_s);
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setSearchText({});
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void appliesSmartGroups_data()
    {
        QTest::addColumn<DeviceSmartGroup>("group");
        QTest::addColumn<QStringList>("names");
        DeviceSmartGroup notSeen;
        notSeen.id = u"a"_s;
        notSeen.name = u"Quiet"_s;
        notSeen.rule = DeviceSmartGroup::Rule::NotSeenForDays;
        notSeen.days = 7;
        QTest::newRow("not seen for 7 days")
            << notSeen << QStringList({u"Bravo iPhone"_s, u"Delta Mac"_s});
        DeviceSmartGroup fileVault;
        fileVault.id = u"b"_s;
        fileVault.name = u"FV"_s;
        fileVault.rule = DeviceSmartGroup::Rule::FileVaultOff;
        QTest::newRow("FileVault off") << fileVault << QStringList({u"Charlie Mac"_s});
        DeviceSmartGroup oldIos;
        oldIos.id = u"c"_s;
        oldIos.name = u"Old iOS"_s;
        oldIos.rule = DeviceSmartGroup::Rule::OsOlderThan;
        oldIos.platform = u"iOS"_s;
        oldIos.version = u"17.1"_s;
        QTest::newRow("iOS older than 17.1")
            << oldIos << QStringList({u"Bravo iPhone"_s, u"echo ipad"_s});
        DeviceSmartGroup anyOld = oldIos;
        anyOld.platform.clear();
        anyOld.version = u"14"_s;
        QTest::newRow("any OS older than 14") << anyOld << QStringList({u"Charlie Mac"_s});
    }

    void appliesSmartGroups()
    {
        QFETCH(DeviceSmartGroup, group);
        QFETCH(QStringList, names);
        m_proxy->setSmartGroup(group);
        QCOMPARE(shownNames(), names);
        // Search narrows the group further.
        m_proxy->setSearchText(names.constFirst());
        QCOMPARE(shownNames(), QStringList({names.constFirst()}));
    }

    void keepsUpWithRowChanges()
    {
        m_proxy->setSearchText(u"mac"_s);
        QCOMPARE(m_proxy->rowCount(), 2);
        DeviceStoreFixture::DeviceSpec spec;
        spec.udid = u"UDID-F"_s;
        spec.name = u"Foxtrot Mac"_s;
        spec.platform = u"macOS"_s;
        QVERIFY_RESULT(m_store->addDevice(spec));
        QSignalSpy loaded(m_model.get(), &DeviceTableModel::loaded);
        m_model->refreshDevices({u"UDID-F"_s});
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(shownNames(), QStringList({u"Charlie Mac"_s, u"Delta Mac"_s, u"Foxtrot Mac"_s}));
    }

    void ranksAndKeysSortAlike()
    {
        // Ranks come from a worker after a load; rows changed since compare by key. Both must
        // give the same order, or a sort would mix two orders. A full load ranks every row.
        m_model->reload();
        QTRY_VERIFY(m_model->isRanked());
        const auto orders = [this] {
            QList<QStringList> all;
            for (int column = 0; column < DeviceTableModel::ColumnCount; ++column) {
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    m_proxy->sort(column, order);
                    QStringList ids;
                    for (int row = 0; row < m_proxy->rowCount(); ++row)
                        ids.append(
                            m_proxy->index(row, 0).data(DeviceTableModel::DeviceIdRole).toString());
                    all.append(ids);
                }
            }
            return all;
        };
        const QList<QStringList> ranked = orders();
        QStringList everyDevice;
        for (int row = 0; row < m_model->rowCount(); ++row)
            everyDevice.append(m_model->summary(row).udid);
        QSignalSpy loaded(m_model.get(), &DeviceTableModel::loaded);
        m_model->refreshDevices(everyDevice);
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(!m_model->isRanked());
        QCOMPARE(orders(), ranked);
    }

    void smartGroupsAreKeptInSettings()
    {
        QSettings().clear();
        DeviceSmartGroupStore store(u"Test/SmartGroups"_s);
        // A console that never saved starts with the defaults.
        const QList<DeviceSmartGroup> defaults = store.load();
        QCOMPARE(defaults.size(), DeviceSmartGroup::defaults().size());
        DeviceSmartGroup group;
        group.name = u"Old Macs"_s;
        group.rule = DeviceSmartGroup::Rule::OsOlderThan;
        group.platform = u"macOS"_s;
        group.version = u"14.5"_s;
        QVERIFY(!group.problem());
        const DeviceSmartGroup added = store.add(group);
        QVERIFY(!added.id.isEmpty());
        const QList<DeviceSmartGroup> saved = DeviceSmartGroupStore(u"Test/SmartGroups"_s).load();
        QCOMPARE(saved.size(), defaults.size() + 1);
        QCOMPARE(saved.constLast().name, u"Old Macs"_s);
        QCOMPARE(saved.constLast().version, u"14.5"_s);
        QCOMPARE(saved.constLast().describe(), u"macOS older than 14.5"_s);
        store.remove(added.id);
        QCOMPARE(store.load().size(), defaults.size());

        DeviceSmartGroup incomplete;
        incomplete.name = u"x"_s;
        incomplete.rule = DeviceSmartGroup::Rule::OsOlderThan;
        QVERIFY(incomplete.problem());
    }
};

QTEST_GUILESS_MAIN(tst_DeviceFilterProxyModel)
#include "tst_DeviceFilterProxyModel.moc"
