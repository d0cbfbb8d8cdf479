// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/DeviceRepository.h"
#include "core/store/InventoryRepository.h"
#include "tests/core/mdm/MdmTestSupport.h"
#include "tests/support/TestHelpers.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

DeviceApp app(const QString &identifier, const QString &version, std::optional<qint64> size = {})
{
    DeviceApp a;
    a.identifier = identifier;
    a.name = identifier.section(u'.', -1);
    a.version = version;
    a.bundleSize = size;
    return a;
}

DeviceProfile profile(const QString &identifier, std::optional<bool> managed = {})
{
    DeviceProfile p;
    p.identifier = identifier;
    p.uuid = identifier.toUpper();
    p.displayName = u"Profile "_s + identifier;
    p.organization = u"Example Corp"_s;
    p.managed = managed;
    p.encrypted = false;
    return p;
}

DeviceCertificate certificate(char fill, const QString &name)
{
    DeviceCertificate c;
    c.sha256 = QString(64, QLatin1Char(fill));
    c.commonName = name;
    c.identity = fill == 'a';
    c.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    c.der = QByteArray(40, fill);
    return c;
}

QStringList identifiers(const QList<DeviceApp> &apps)
{
    QStringList ids;
    for (const DeviceApp &a : apps)
        ids.append(a.identifier + u'@' + a.version);
    return ids;
}

} // namespace

class tst_InventoryRepository : public QObject
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
        m_inventory = std::make_unique<InventoryRepository>(*m_db, m_clock);
        DeviceRepository devices(*m_db, m_clock);
        for (const QString &udid : {u"UDID-A"_s, u"UDID-B"_s}) {
            Device d;
            d.udid = udid;
            QVERIFY_RESULT(devices.upsertInventory(d));
        }
    }

    void cleanup()
    {
        m_inventory.reset();
        m_db.reset();
        m_dir.reset();
    }

    void completeListReplaces()
    {
        QVERIFY_RESULT(m_inventory->storeApps(
            u"UDID-A"_s,
            {app(u"com.example.b"_s, u"1"_s, 100), app(u"com.example.a"_s, u"2"_s)},
            InventoryRepository::Scope::Complete));
        QVERIFY_RESULT(m_inventory->storeApps(u"UDID-B"_s,
                                              {app(u"com.example.other"_s, u"9"_s)},
                                              InventoryRepository::Scope::Complete));
        m_clock.advance(1000);
        QVERIFY_RESULT(m_inventory->storeApps(
            u"UDID-A"_s,
            {app(u"com.example.c"_s, u"1"_s), app(u"com.example.a"_s, u"3"_s)},
            InventoryRepository::Scope::Complete));
        const auto apps = m_inventory->apps(u"UDID-A"_s);
        QVERIFY_RESULT(apps);
        QCOMPARE(identifiers(*apps), QStringList({u"com.example.a@3"_s, u"com.example.c@1"_s}));
        QCOMPARE(apps->at(0).updatedAt, s_start.addMSecs(1000));
        QCOMPARE(apps->at(0).bundleSize, std::optional<qint64>());
        // Another device's list is its own.
        const auto other = m_inventory->apps(u"UDID-B"_s);
        QVERIFY_RESULT(other);
        QCOMPARE(identifiers(*other), QStringList({u"com.example.other@9"_s}));
    }

    void partialListMerges()
    {
        QVERIFY_RESULT(m_inventory->storeApps(
            u"UDID-A"_s,
            {app(u"com.example.a"_s, u"1"_s, 5), app(u"com.example.b"_s, u"1"_s)},
            InventoryRepository::Scope::Complete));
        QVERIFY_RESULT(m_inventory->storeApps(
            u"UDID-A"_s, {app(u"com.example.b"_s, u"2"_s)}, InventoryRepository::Scope::Partial));
        const auto apps = m_inventory->apps(u"UDID-A"_s);
        QVERIFY_RESULT(apps);
        QCOMPARE(identifiers(*apps), QStringList({u"com.example.a@1"_s, u"com.example.b@2"_s}));
        QCOMPARE(apps->at(0).bundleSize, std::optional<qint64>(5));
    }

    void repeatedKeyKeepsTheLast()
    {
        QVERIFY_RESULT(m_inventory->storeApps(
            u"UDID-A"_s,
            {app(u"com.example.a"_s, u"1"_s), app(u"com.example.a"_s, u"2"_s)},
            InventoryRepository::Scope::Complete));
        const auto apps = m_inventory->apps(u"UDID-A"_s);
        QVERIFY_RESULT(apps);
        QCOMPARE(identifiers(*apps), QStringList({u"com.example.a@2"_s}));
    }

    void profilesRoundTrip()
    {
        QVERIFY_RESULT(m_inventory->storeProfiles(
            u"UDID-A"_s,
            {profile(u"com.example.wifi"_s, true), profile(u"com.example.enroll"_s)},
            InventoryRepository::Scope::Complete));
        const auto profiles = m_inventory->profiles(u"UDID-A"_s);
        QVERIFY_RESULT(profiles);
        QCOMPARE(profiles->size(), 2);
        QCOMPARE(profiles->at(0).identifier, u"com.example.enroll"_s);
        QCOMPARE(profiles->at(0).managed, std::optional<bool>());
        QCOMPARE(profiles->at(0).encrypted, std::optional<bool>(false));
        QCOMPARE(profiles->at(1).uuid, u"COM.EXAMPLE.WIFI"_s);
        QCOMPARE(profiles->at(1).managed, std::optional<bool>(true));
        QCOMPARE(profiles->at(1).organization, u"Example Corp"_s);

        QVERIFY_RESULT(
            m_inventory->storeProfiles(u"UDID-A"_s, {}, InventoryRepository::Scope::Complete));
        const auto none = m_inventory->profiles(u"UDID-A"_s);
        QVERIFY_RESULT(none);
        QVERIFY(none->isEmpty());
    }

    void certificatesRoundTrip()
    {
        QVERIFY_RESULT(m_inventory->storeCertificates(
            u"UDID-A"_s,
            {certificate('b', u"Root"_s), certificate('a', u"Identity"_s)},
            InventoryRepository::Scope::Complete));
        const auto certificates = m_inventory->certificates(u"UDID-A"_s);
        QVERIFY_RESULT(certificates);
        QCOMPARE(certificates->size(), 2);
        QCOMPARE(certificates->at(0).commonName, u"Identity"_s);
        QCOMPARE(certificates->at(0).identity, std::optional<bool>(true));
        QCOMPARE(certificates->at(0).der, QByteArray(40, 'a'));
        QCOMPARE(certificates->at(0).notAfter, QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(certificates->at(1).identity, std::optional<bool>(false));
    }

    void unknownDeviceChangesNothing()
    {
        const QStringList before = MdmTestSupport::dumpStore(*m_db);
        QVERIFY_FAILS_WITH(m_inventory->storeApps(u"UDID-NONE"_s,
                                                  {app(u"com.example.a"_s, u"1"_s)},
                                                  InventoryRepository::Scope::Complete),
                           Error::Code::NotFound);
        QVERIFY_FAILS_WITH(m_inventory->storeProfiles(u"UDID-NONE"_s,
                                                      {profile(u"p"_s)},
                                                      InventoryRepository::Scope::Partial),
                           Error::Code::NotFound);
        QCOMPARE(MdmTestSupport::dumpStore(*m_db), before);
    }

    // One entry without its key refuses the whole list: nothing is half-written.
    void entryWithoutKeyChangesNothing()
    {
        QVERIFY_RESULT(m_inventory->storeApps(
            u"UDID-A"_s, {app(u"com.example.a"_s, u"1"_s)}, InventoryRepository::Scope::Complete));
        const QStringList before = MdmTestSupport::dumpStore(*m_db);
        QVERIFY_FAILS_WITH(
            m_inventory->storeApps(u"UDID-A"_s,
                                   {app(u"com.example.b"_s, u"1"_s), app(QString(), u"1"_s)},
                                   InventoryRepository::Scope::Complete),
            Error::Code::InvalidInput);
        DeviceCertificate noKey = certificate('c', u"x"_s);
        noKey.sha256.clear();
        QVERIFY_FAILS_WITH(m_inventory->storeCertificates(
                               u"UDID-A"_s, {noKey}, InventoryRepository::Scope::Complete),
                           Error::Code::InvalidInput);
        QCOMPARE(MdmTestSupport::dumpStore(*m_db), before);
    }

    // A failure inside a caller's transaction rolls the replacement back with it.
    void joinsTheCallersTransaction()
    {
        QVERIFY_RESULT(m_inventory->storeApps(
            u"UDID-A"_s, {app(u"com.example.a"_s, u"1"_s)}, InventoryRepository::Scope::Complete));
        const QStringList before = MdmTestSupport::dumpStore(*m_db);
        const Result<void> outer = m_db->transaction([&]() -> Result<void> {
            if (Result<void> stored = m_inventory->storeApps(u"UDID-A"_s,
                                                             {app(u"com.example.z"_s, u"1"_s)},
                                                             InventoryRepository::Scope::Complete);
                !stored)
                return stored;
            return fail(Error::Code::Cancelled, u"stop"_s);
        });
        QVERIFY_FAILS_WITH(outer, Error::Code::Cancelled);
        QCOMPARE(MdmTestSupport::dumpStore(*m_db), before);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{s_start};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InventoryRepository> m_inventory;
};

QTEST_GUILESS_MAIN(tst_InventoryRepository)
#include "tst_InventoryRepository.moc"
