// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/DeviceRepository.h"
#include "tests/support/TestHelpers.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

Device deviceInformation(const QString &udid, const QString &serial)
{
    Device d;
    d.udid = udid;
    d.serialNumber = serial;
    d.name = u"Front desk"_s;
    d.model = u"MacBookAir10,1"_s;
    d.modelName = u"MacBook Air"_s;
    d.productName = u"MacBookAir10,1"_s;
    d.platform = u"macOS"_s;
    d.osVersion = u"15.1"_s;
    d.buildVersion = u"24B83"_s;
    d.supervised = true;
    d.userApprovedEnrollment = false;
    d.activationLockEnabled = false;
    static const char raw[] = "bplist00\0\x01\x02 raw answer"; // binary, with a NUL inside
    d.deviceInformation = QByteArray(raw, sizeof raw - 1);
    return d;
}

} // namespace

class tst_DeviceRepository : public QObject
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
        m_repository = std::make_unique<DeviceRepository>(*m_db, m_clock);
    }

    void cleanup()
    {
        m_repository.reset();
        m_db.reset();
        m_dir.reset();
    }

    void upsertCreatesTheDevice()
    {
        const Device reported = deviceInformation(u"UDID-A"_s, u"C02XK1"_s);
        const Result<Device> stored = m_repository->upsertInventory(reported);
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->udid, reported.udid);
        QCOMPARE(stored->serialNumber, reported.serialNumber);
        QCOMPARE(stored->name, reported.name);
        QCOMPARE(stored->model, reported.model);
        QCOMPARE(stored->modelName, reported.modelName);
        QCOMPARE(stored->productName, reported.productName);
        QCOMPARE(stored->platform, reported.platform);
        QCOMPARE(stored->osVersion, reported.osVersion);
        QCOMPARE(stored->buildVersion, reported.buildVersion);
        QCOMPARE(stored->supervised, std::optional<bool>(true));
        QCOMPARE(stored->userApprovedEnrollment, std::optional<bool>(false));
        QCOMPARE(stored->activationLockEnabled, std::optional<bool>(false));
        QCOMPARE(stored->fileVaultEnabled, std::optional<bool>());
        QCOMPARE(stored->passcodePresent, std::optional<bool>());
        QVERIFY(stored->assignedUser.isEmpty());
        QCOMPARE(stored->deviceInformation, reported.deviceInformation);
        QCOMPARE(stored->deviceInformation.size(), 22);
        QCOMPARE(stored->createdAt, s_start);
        QCOMPARE(stored->inventoryUpdatedAt, s_start);
    }

    void answersMergeIntoOneRecord()
    {
        QVERIFY_RESULT(m_repository->upsertInventory(deviceInformation(u"UDID-A"_s, u"C02XK1"_s)));
        m_clock.advance(60000);

        // A SecurityInfo answer carries other keys; what it does not carry stays.
        Device security;
        security.udid = u"UDID-A"_s;
        security.fileVaultEnabled = true;
        security.systemIntegrityProtectionEnabled = true;
        security.passcodePresent = false;
        security.supervised = false;
        security.assignedUser = u"sam"_s;
        const Result<Device> merged = m_repository->upsertInventory(security);
        QVERIFY_RESULT(merged);
        QCOMPARE(merged->serialNumber, u"C02XK1"_s);
        QCOMPARE(merged->osVersion, u"15.1"_s);
        QCOMPARE(merged->deviceInformation.size(), 22);
        QCOMPARE(merged->fileVaultEnabled, std::optional<bool>(true));
        QCOMPARE(merged->systemIntegrityProtectionEnabled, std::optional<bool>(true));
        QCOMPARE(merged->passcodePresent, std::optional<bool>(false));
        QCOMPARE(merged->supervised, std::optional<bool>(false)); // a reported false wins
        QCOMPARE(merged->assignedUser, u"sam"_s);
        QCOMPARE(merged->createdAt, s_start);
        QCOMPARE(merged->inventoryUpdatedAt, s_start.addMSecs(60000));

        Device updated;
        updated.udid = u"UDID-A"_s;
        updated.osVersion = u"15.2"_s;
        const Result<Device> upgraded = m_repository->upsertInventory(updated);
        QVERIFY_RESULT(upgraded);
        QCOMPARE(upgraded->osVersion, u"15.2"_s);
        QCOMPARE(upgraded->fileVaultEnabled, std::optional<bool>(true));
        const Result<qint64> count = m_repository->count();
        QVERIFY_RESULT(count);
        QCOMPARE(*count, 1);
    }

    void findsListsAndCounts()
    {
        const Result<qint64> none = m_repository->count();
        QVERIFY_RESULT(none);
        QCOMPARE(*none, 0);
        const auto missing = m_repository->find(u"UDID-A"_s);
        QVERIFY_RESULT(missing);
        QVERIFY(!missing->has_value());

        // Cloned VMs: two UDIDs, one serial. Both are kept.
        QVERIFY_RESULT(
            m_repository->upsertInventory(deviceInformation(u"UDID-C"_s, u"VMSERIAL"_s)));
        QVERIFY_RESULT(
            m_repository->upsertInventory(deviceInformation(u"UDID-A"_s, u"VMSERIAL"_s)));
        QVERIFY_RESULT(m_repository->upsertInventory(deviceInformation(u"UDID-B"_s, u"C02XK2"_s)));

        const auto all = m_repository->list();
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).udid, u"UDID-A"_s);
        QCOMPARE(all->at(1).udid, u"UDID-B"_s);
        QCOMPARE(all->at(2).udid, u"UDID-C"_s);
        const Result<qint64> count = m_repository->count();
        QVERIFY_RESULT(count);
        QCOMPARE(*count, 3);

        const auto clones = m_repository->findBySerialNumber(u"VMSERIAL"_s);
        QVERIFY_RESULT(clones);
        QCOMPARE(clones->size(), 2);
        const auto found = m_repository->find(u"UDID-B"_s);
        QVERIFY_RESULT(found);
        QVERIFY(found->has_value());
        QCOMPARE((*found)->serialNumber, u"C02XK2"_s);
    }

    void rejectsADeviceWithoutId()
    {
        Device nameless = deviceInformation(QString(), u"C02XK1"_s);
        QVERIFY_FAILS_WITH(m_repository->upsertInventory(nameless), Error::Code::InvalidInput);
        const Result<qint64> count = m_repository->count();
        QVERIFY_RESULT(count);
        QCOMPARE(*count, 0);
    }

    void readsThroughAReader()
    {
        QVERIFY_RESULT(m_repository->upsertInventory(deviceInformation(u"UDID-A"_s, u"C02XK1"_s)));
        auto reader = Database::openReader(m_dir->filePath(u"store.sqlite"_s));
        QVERIFY_RESULT(reader);
        DeviceRepository readOnly(**reader, m_clock);
        const auto found = readOnly.find(u"UDID-A"_s);
        QVERIFY_RESULT(found);
        QVERIFY(found->has_value());
        QCOMPARE((*found)->serialNumber, u"C02XK1"_s);
        QVERIFY_FAILS_WITH(readOnly.upsertInventory(deviceInformation(u"UDID-B"_s, u"X"_s)),
                           Error::Code::Database);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{s_start};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DeviceRepository> m_repository;
};

QTEST_GUILESS_MAIN(tst_DeviceRepository)
#include "tst_DeviceRepository.moc"
