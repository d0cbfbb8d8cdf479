// SPDX-License-Identifier: GPL-3.0-or-later
// One device's detail read from a real store off the UI thread, the detail's list models under
// QAbstractItemModelTester, and the targets of an action.
#include "core/devices/DeviceAppListModel.h"
#include "core/devices/DeviceCertificateListModel.h"
#include "core/devices/DeviceCommandListModel.h"
#include "core/devices/DeviceDetailLoader.h"
#include "core/devices/DeviceProfileListModel.h"
#include "core/devices/LockPinListModel.h"
#include "tests/core/devices/DeviceStoreFixture.h"
#include "tests/support/TestHelpers.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
Result<T> await(QFuture<Result<T>> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

class tst_DeviceDetailLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DeviceStoreFixture> m_store;
    QString m_lockUuid;
    QString m_infoUuid;

    QString path() const { return m_dir.filePath(u"espalier.sqlite"_s); }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<DeviceStoreFixture>(path());
        QVERIFY(m_store->isValid());
        DeviceStoreFixture::DeviceSpec mac;
        mac.udid = u"MAC-1"_s;
        mac.name = u"Studio Mac"_s;
        mac.serial = u"C02MAC"_s;
        mac.platform = u"macOS"_s;
        mac.osVersion = u"14.6"_s;
        mac.productName = u"Mac14,2"_s;
        mac.modelName = u"MacBook Air"_s;
        mac.fileVault = true;
        mac.unlockToken = false;
        QVERIFY_RESULT(m_store->addDevice(mac));

        InventoryRepository inventory(m_store->database(), m_store->clock());
        DeviceApp app;
        app.identifier = u"com.example.notes"_s;
        app.name = u"Notes"_s;
        app.shortVersion = u"2.1"_s;
        app.version = u"210"_s;
        app.bundleSize = 12000000;
        QVERIFY_RESULT(
            inventory.storeApps(u"MAC-1"_s, {app}, InventoryRepository::Scope::Complete));
        DeviceProfile profile;
        profile.identifier = u"org.example.wifi"_s;
        profile.displayName = u"Office Wi-Fi"_s;
        profile.organization = u"Example"_s;
        QVERIFY_RESULT(
            inventory.storeProfiles(u"MAC-1"_s, {profile}, InventoryRepository::Scope::Complete));
        DeviceCertificate certificate;
        certificate.sha256 = QString(64, u'a');
        certificate.commonName = u"Espalier device identity"_s;
        certificate.identity = true;
        certificate.notAfter = m_store->clock().now().addYears(1);
        QVERIFY_RESULT(inventory.storeCertificates(
            u"MAC-1"_s, {certificate}, InventoryRepository::Scope::Complete));

        Result<QString> info = m_store->enqueue(
            u"MAC-1"_s, MdmCommand{u"SecurityInfo"_s, {}}, u"engine"_s);
        QVERIFY_RESULT(info);
        m_infoUuid = *info;
        QVERIFY_RESULT(m_store->finish(m_infoUuid, CommandState::Error));
        Result<QString> lock = m_store->enqueue(
            u"MAC-1"_s, MdmCommand{u"DeviceLock"_s, {{u"PIN"_s, u"654321"_s}}}, u"helpdesk"_s);
        QVERIFY_RESULT(lock);
        m_lockUuid = *lock;
    }

    void readsOneDeviceInFull()
    {
        Result<DeviceDetail> detail = await(DeviceDetailLoader::load(path(), u"MAC-1"_s));
        QVERIFY_RESULT(detail);
        QCOMPARE(detail->device.name, u"Studio Mac"_s);
        QCOMPARE(detail->device.fileVaultEnabled, std::optional<bool>(true));
        QCOMPARE(detail->action.summary.serialNumber, u"C02MAC"_s);
        QCOMPARE(detail->action.target.platform, Platform::MacOS);
        QVERIFY(!detail->action.target.hasUnlockToken);
        QCOMPARE(detail->channels.size(), 1);
        QCOMPARE(detail->apps.size(), 1);
        QCOMPARE(detail->profiles.size(), 1);
        QCOMPARE(detail->certificates.size(), 1);
        QCOMPARE(detail->commands.size(), 2);
        // Newest first.
        QCOMPARE(detail->commands.at(0).uuid, m_lockUuid);
        QCOMPARE(detail->commands.at(1).uuid, m_infoUuid);
        QCOMPARE(detail->action.summary.lastLock.uuid, m_lockUuid);
    }

    void anUnknownDeviceIsNotFound()
    {
        QVERIFY_FAILS_WITH(await(DeviceDetailLoader::load(path(), u"nope"_s)),
                           Error::Code::NotFound);
        QVERIFY_FAILS_WITH(await(DeviceDetailLoader::loadTargets(path(), {u"MAC-1"_s, u"nope"_s})),
                           Error::Code::NotFound);
    }

    void loadsTargetsInOrder()
    {
        Result<QList<DeviceActionTarget>> targets = await(
            DeviceDetailLoader::loadTargets(path(), {u"MAC-1"_s, u"MAC-1"_s}));
        QVERIFY_RESULT(targets);
        QCOMPARE(targets->size(), 1);
        QCOMPARE(targets->constFirst().summary.name, u"Studio Mac"_s);
        QCOMPARE(targets->constFirst().target.osVersion, u"14.6"_s);
    }

    void listModelsShowTheDetail()
    {
        Result<DeviceDetail> detail = await(DeviceDetailLoader::load(path(), u"MAC-1"_s));
        QVERIFY_RESULT(detail);
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;

        DeviceAppListModel apps;
        QAbstractItemModelTester appsTester(&apps, mode);
        apps.set(detail->apps);
        QCOMPARE(apps.rowCount(), 1);
        QCOMPARE(apps.index(0, DeviceAppListModel::NameColumn).data().toString(), u"Notes"_s);
        QCOMPARE(apps.index(0, DeviceAppListModel::VersionColumn).data().toString(),
                 u"2.1 (210)"_s);
        QCOMPARE(apps.index(0, DeviceAppListModel::SizeColumn)
                     .data(DeviceAppListModel::SortRole)
                     .toLongLong(),
                 12000000);

        DeviceProfileListModel profiles;
        QAbstractItemModelTester profilesTester(&profiles, mode);
        profiles.set(detail->profiles);
        QCOMPARE(profiles.index(0, DeviceProfileListModel::NameColumn).data().toString(),
                 u"Office Wi-Fi"_s);

        DeviceCertificateListModel certificates;
        QAbstractItemModelTester certificatesTester(&certificates, mode);
        certificates.set(detail->certificates);
        QCOMPARE(
            certificates.index(0, DeviceCertificateListModel::IdentityColumn).data().toString(),
            u"Yes"_s);

        DeviceCommandListModel commands;
        QAbstractItemModelTester commandsTester(&commands, mode);
        commands.set(detail->commands);
        QCOMPARE(commands.rowCount(), 2);
        const QModelIndex lock = commands.index(commands.rowOf(m_lockUuid), 0);
        QCOMPARE(lock.siblingAtColumn(DeviceCommandListModel::StateColumn).data().toString(),
                 u"Queued"_s);
        QVERIFY(lock.data(DeviceCommandListModel::CanCancelRole).toBool());
        QVERIFY(!lock.data(DeviceCommandListModel::CanRetryRole).toBool());
        // The lock's PIN is sealed: the console shows why instead of the request.
        const QString request = lock.data(DeviceCommandListModel::RequestRole).toString();
        QVERIFY(!request.contains(u"654321"_s));
        QVERIFY(request.contains(u"sealed"_s));
        const QModelIndex info = commands.index(commands.rowOf(m_infoUuid), 0);
        QVERIFY(info.data(DeviceCommandListModel::RequestRole)
                    .toString()
                    .contains(u"<string>SecurityInfo</string>"_s));
        QVERIFY(info.data(DeviceCommandListModel::CanRetryRole).toBool());
        QVERIFY(info.data(DeviceCommandListModel::ExplanationRole).toString().contains(u"error"_s));

        LockPinListModel pins;
        QAbstractItemModelTester pinsTester(&pins, mode);
        LockPinRecord older;
        older.commandUuid = u"1"_s;
        older.requestType = u"DeviceLock"_s;
        older.pin = u"111111"_s;
        older.state = CommandState::Acknowledged;
        LockPinRecord newer = older;
        newer.commandUuid = u"2"_s;
        newer.pin = u"222222"_s;
        newer.state = CommandState::Queued;
        pins.set({newer, older});
        // The newest acknowledged lock opens the Mac, not the one still queued.
        QCOMPARE(pins.currentRow(), 1);
        QVERIFY(pins.index(1, 0).data(LockPinListModel::CurrentRole).toBool());
        QCOMPARE(pins.index(1, LockPinListModel::PinColumn).data().toString(), u"111111"_s);
        pins.clear();
        QCOMPARE(pins.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DeviceDetailLoader)
#include "tst_DeviceDetailLoader.moc"
