// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/mdm/CommandQueue.h"
#include "core/mdm/InventoryUpdater.h"
#include "core/plist/Plist.h"
#include "core/store/Database.h"
#include "core/store/DeviceRepository.h"
#include "core/store/EnrollmentRepository.h"
#include "core/store/InventoryRepository.h"
#include "tests/core/mdm/MdmTestSupport.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/TestSecretBox.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;
using namespace MdmTestSupport;

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

Command acknowledged(const QString &requestType,
                     const QString &enrollmentId,
                     const QByteArray &report,
                     const QVariantMap &request = {})
{
    Command c;
    c.uuid = CommandQueue::newCommandUuid();
    c.enrollmentId = enrollmentId;
    c.requestType = requestType;
    const Result<QByteArray> payload = CommandQueue::commandPlist(c.uuid,
                                                                  MdmCommand{requestType, request});
    c.payload = payload ? *payload : QByteArray();
    c.state = CommandState::Acknowledged;
    c.result = report;
    return c;
}

} // namespace

class tst_InventoryUpdater : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Database::openWriter(m_dir->filePath(u"store.sqlite"_s));
        QVERIFY_RESULT(opened);
        m_db = std::move(*opened);
        m_updater = std::make_unique<InventoryUpdater>(*m_db, m_clock);
        m_devices = std::make_unique<DeviceRepository>(*m_db, m_clock);
        m_inventory = std::make_unique<InventoryRepository>(*m_db, m_clock);
        EnrollmentRepository enrollments(*m_db, m_clock, &Testing::testTokenBox());
        for (const QString &id : {MacUdid, IphoneUdid}) {
            Enrollment e;
            e.id = id;
            e.topic = Topic;
            QVERIFY_RESULT(enrollments.recordAuthenticate(e));
            const auto stored = enrollments.find(id);
            QVERIFY_RESULT(stored);
            m_channels.insert(id, **stored);
        }
        Enrollment user;
        user.id = MacUdid + u':' + MacUserId;
        user.type = EnrollmentType::User;
        user.parentId = MacUdid;
        user.topic = Topic;
        user.pushTokenHex = u"abcd"_s;
        user.pushMagic = u"magic"_s;
        const auto stored = enrollments.recordTokenUpdate(user);
        QVERIFY_RESULT(stored);
        m_channels.insert(user.id, *stored);
    }

    void cleanup()
    {
        m_inventory.reset();
        m_devices.reset();
        m_updater.reset();
        m_db.reset();
        m_dir.reset();
        m_channels.clear();
    }

    void deviceInformationFromAMac()
    {
        const QByteArray raw = fixture(u"reports/deviceinformation-mac.plist"_s);
        QVERIFY_RESULT(apply(MacUdid, u"DeviceInformation"_s, raw));
        const auto device = m_devices->find(MacUdid);
        QVERIFY_RESULT(device);
        QVERIFY(device->has_value());
        const Device &d = **device;
        QCOMPARE(d.serialNumber, u"C02FK1ABQ6X4"_s);
        QCOMPARE(d.name, u"Front Desk iMac"_s);
        QCOMPARE(d.model, u"iMac21,1"_s);
        QCOMPARE(d.modelName, u"iMac"_s);
        QCOMPARE(d.productName, u"iMac21,1"_s);
        QCOMPARE(d.platform, u"macOS"_s);
        QCOMPARE(d.osVersion, u"14.7"_s);
        QCOMPARE(d.buildVersion, u"23H124"_s);
        QCOMPARE(d.supervised, std::optional<bool>(true));
        QCOMPARE(d.activationLockEnabled, std::optional<bool>(false));
        QCOMPARE(d.systemIntegrityProtectionEnabled, std::optional<bool>(true));
        QCOMPARE(d.deviceInformation, raw);
        QCOMPARE(d.inventoryUpdatedAt, s_start);
    }

    void deviceInformationFromAnIphone()
    {
        const QByteArray raw = fixture(u"reports/deviceinformation-iphone.plist"_s);
        QVERIFY_RESULT(apply(IphoneUdid, u"DeviceInformation"_s, raw));
        const auto device = m_devices->find(IphoneUdid);
        QVERIFY_RESULT(device);
        const Device &d = **device;
        QCOMPARE(d.name, u"Reception iPhone"_s);
        QCOMPARE(d.model, u"MQ9T3"_s);
        QCOMPARE(d.modelName, u"iPhone"_s);
        QCOMPARE(d.productName, u"iPhone15,2"_s);
        QCOMPARE(d.platform, u"iOS"_s);
        QCOMPARE(d.osVersion, u"17.6.1"_s);
        QCOMPARE(d.supervised, std::optional<bool>(false));
        QCOMPARE(d.activationLockEnabled, std::optional<bool>(true));
        QCOMPARE(d.systemIntegrityProtectionEnabled, std::optional<bool>());
    }

    // DeviceInformation and SecurityInfo answers merge; neither erases the other.
    void securityInfoMerges()
    {
        QVERIFY_RESULT(apply(
            MacUdid, u"DeviceInformation"_s, fixture(u"reports/deviceinformation-mac.plist"_s)));
        QVERIFY_RESULT(
            apply(MacUdid, u"SecurityInfo"_s, fixture(u"reports/securityinfo-mac.plist"_s)));
        const auto mac = m_devices->find(MacUdid);
        QVERIFY_RESULT(mac);
        QCOMPARE((*mac)->fileVaultEnabled, std::optional<bool>(true));
        QCOMPARE((*mac)->systemIntegrityProtectionEnabled, std::optional<bool>(true));
        QCOMPARE((*mac)->userApprovedEnrollment, std::optional<bool>(true));
        QCOMPARE((*mac)->passcodePresent, std::optional<bool>());
        QCOMPARE((*mac)->name, u"Front Desk iMac"_s);

        QVERIFY_RESULT(
            apply(IphoneUdid, u"SecurityInfo"_s, fixture(u"reports/securityinfo-iphone.plist"_s)));
        const auto phone = m_devices->find(IphoneUdid);
        QVERIFY_RESULT(phone);
        QCOMPARE((*phone)->passcodePresent, std::optional<bool>(true));
        QCOMPARE((*phone)->fileVaultEnabled, std::optional<bool>());
        QCOMPARE((*phone)->userApprovedEnrollment, std::optional<bool>());
    }

    void unknownKeysAndOddTypesAreIgnored()
    {
        QVariantMap report = fixtureMap(u"reports/deviceinformation-iphone.plist"_s);
        QVariantMap answers = report.value(u"QueryResponses"_s).toMap();
        answers.insert(u"SomeFutureQuery"_s, QVariantMap{{u"Nested"_s, 1}});
        answers.insert(u"IsSupervised"_s, u"yes"_s);
        answers.insert(u"DeviceName"_s, 42);
        report.insert(u"QueryResponses"_s, answers);
        report.insert(u"SomethingElse"_s, true);
        QVERIFY_RESULT(apply(IphoneUdid, u"DeviceInformation"_s, xml(report)));
        const auto device = m_devices->find(IphoneUdid);
        QVERIFY_RESULT(device);
        QCOMPARE((*device)->supervised, std::optional<bool>());
        QVERIFY((*device)->name.isEmpty());
        QCOMPARE((*device)->osVersion, u"17.6.1"_s);
    }

    void missingAnswerFailsAndChangesNothing()
    {
        const QStringList before = dumpStore(*m_db);
        QVERIFY_FAILS_WITH(apply(IphoneUdid,
                                 u"DeviceInformation"_s,
                                 patched(u"reports/deviceinformation-iphone.plist"_s,
                                         {{u"QueryResponses"_s, {}}})),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(
            apply(MacUdid,
                  u"ProfileList"_s,
                  patched(u"reports/profilelist-mac.plist"_s, {{u"ProfileList"_s, u"none"_s}})),
            Error::Code::InvalidInput);
        QCOMPARE(dumpStore(*m_db), before);
    }

    void appsFromAnIphone()
    {
        const auto changed = apply(IphoneUdid,
                                   u"InstalledApplicationList"_s,
                                   fixture(u"reports/installedapplicationlist-iphone.plist"_s));
        QVERIFY_RESULT(changed);
        QVERIFY(*changed);
        const auto apps = m_inventory->apps(IphoneUdid);
        QVERIFY_RESULT(apps);
        QCOMPARE(apps->size(), 2);
        QCOMPARE(apps->at(0).identifier, u"com.example.chat"_s);
        QCOMPARE(apps->at(0).version, u"193"_s);
        QCOMPARE(apps->at(0).shortVersion, u"1.9.3"_s);
        QCOMPARE(apps->at(1).name, u"Example Notes"_s);
        QCOMPARE(apps->at(1).bundleSize, std::optional<qint64>(104857600));
        QCOMPARE(apps->at(1).managed, std::optional<bool>());
    }

    // A Mac may leave Identifier out; that app cannot be kept, the others are.
    void appsFromAMacSkipTheUnidentified()
    {
        QVERIFY_RESULT(apply(MacUdid,
                             u"InstalledApplicationList"_s,
                             fixture(u"reports/installedapplicationlist-mac.plist"_s)));
        const auto apps = m_inventory->apps(MacUdid);
        QVERIFY_RESULT(apps);
        QCOMPARE(apps->size(), 1);
        QCOMPARE(apps->at(0).identifier, u"com.example.editor"_s);
    }

    // A list from a query limited to some apps updates them and keeps the rest.
    void filteredQueriesMerge()
    {
        QVERIFY_RESULT(apply(IphoneUdid,
                             u"InstalledApplicationList"_s,
                             fixture(u"reports/installedapplicationlist-iphone.plist"_s)));
        QVariantMap report = fixtureMap(u"reports/installedapplicationlist-iphone.plist"_s);
        QVariantMap notes = report.value(u"InstalledApplicationList"_s).toList().at(0).toMap();
        notes.insert(u"Version"_s, u"4300"_s);
        report.insert(u"InstalledApplicationList"_s, QVariantList{notes});
        QVERIFY_RESULT(apply(IphoneUdid,
                             u"InstalledApplicationList"_s,
                             xml(report),
                             {{u"Identifiers"_s, QStringList{u"com.example.notes"_s}}}));
        auto apps = m_inventory->apps(IphoneUdid);
        QVERIFY_RESULT(apps);
        QCOMPARE(apps->size(), 2);
        QCOMPARE(apps->at(1).version, u"4300"_s);
        // The same answer to an unfiltered query replaces the list.
        QVERIFY_RESULT(apply(IphoneUdid, u"InstalledApplicationList"_s, xml(report)));
        apps = m_inventory->apps(IphoneUdid);
        QVERIFY_RESULT(apps);
        QCOMPARE(apps->size(), 1);
    }

    void profilesFromAMac()
    {
        QVERIFY_RESULT(
            apply(MacUdid, u"ProfileList"_s, fixture(u"reports/profilelist-mac.plist"_s)));
        const auto profiles = m_inventory->profiles(MacUdid);
        QVERIFY_RESULT(profiles);
        QCOMPARE(profiles->size(), 2);
        const DeviceProfile &enroll = profiles->at(0);
        QCOMPARE(enroll.identifier, u"com.example.espalier.enroll"_s);
        QCOMPARE(enroll.uuid, u"1E2D3C4B-5A69-4788-96A5-B4C3D2E1F000"_s);
        QCOMPARE(enroll.displayName, u"Example Corp Enrollment"_s);
        QCOMPARE(enroll.organization, u"Example Corp"_s);
        QCOMPARE(enroll.managed, std::optional<bool>()); // macOS does not report IsManaged
        QCOMPARE(enroll.encrypted, std::optional<bool>(false));
        QCOMPARE(profiles->at(1).identifier, u"com.example.wifi.office"_s);
        QCOMPARE(profiles->at(1).encrypted, std::optional<bool>(true));
    }

    void certificates()
    {
        QVERIFY_RESULT(
            apply(MacUdid, u"CertificateList"_s, fixture(u"reports/certificatelist.plist"_s)));
        const auto certificates = m_inventory->certificates(MacUdid);
        QVERIFY_RESULT(certificates);
        QCOMPARE(certificates->size(), 2);
        // Ordered by fingerprint; both fixtures were made once with the openssl tool.
        const DeviceCertificate &identity = certificates->at(0);
        QCOMPARE(identity.sha256,
                 u"1504f9971bbd4f2ab50ea0f561a1d3b2e05221deb308227f6e32e359ec52da6c"_s);
        QCOMPARE(identity.commonName, u"Espalier Device Identity"_s);
        QCOMPARE(identity.identity, std::optional<bool>(true));
        QCOMPARE(identity.notAfter, QDateTime(QDate(2027, 11, 28), QTime(0, 32, 36), Qt::UTC));
        const DeviceCertificate &root = certificates->at(1);
        QCOMPARE(root.sha256,
                 u"f9873daa64d2a9f0dd7a495cabbd6f5b04572ba3abdb7101feed185f9e093e4f"_s);
        QCOMPARE(root.identity, std::optional<bool>(false));
        QCOMPARE(root.notAfter, QDateTime(QDate(2036, 11, 25), QTime(0, 32, 36), Qt::UTC));
    }

    // A user channel answers for its user: its lists are not the device's, and its
    // DeviceInformation does not replace the device's raw answer.
    void userChannels()
    {
        const QString user = MacUdid + u':' + MacUserId;
        QVERIFY_RESULT(apply(
            MacUdid, u"DeviceInformation"_s, fixture(u"reports/deviceinformation-mac.plist"_s)));
        const auto changed = apply(
            user, u"ProfileList"_s, fixture(u"reports/profilelist-mac.plist"_s));
        QVERIFY_RESULT(changed);
        QVERIFY(!*changed);
        const auto profiles = m_inventory->profiles(MacUdid);
        QVERIFY_RESULT(profiles);
        QVERIFY(profiles->isEmpty());

        QVariantMap report = fixtureMap(u"reports/deviceinformation-mac.plist"_s);
        report.insert(u"QueryResponses"_s, QVariantMap{{u"OSVersion"_s, u"14.7.1"_s}});
        QVERIFY_RESULT(apply(user, u"DeviceInformation"_s, xml(report)));
        const auto device = m_devices->find(MacUdid);
        QVERIFY_RESULT(device);
        QCOMPARE((*device)->osVersion, u"14.7.1"_s);
        QCOMPARE((*device)->deviceInformation, fixture(u"reports/deviceinformation-mac.plist"_s));
    }

    void otherCommandsCarryNoInventory()
    {
        const QStringList before = dumpStore(*m_db);
        const auto changed = apply(
            IphoneUdid, u"DeviceLock"_s, fixture(u"reports/acknowledged.plist"_s));
        QVERIFY_RESULT(changed);
        QVERIFY(!*changed);
        QCOMPARE(dumpStore(*m_db), before);
    }

private:
    Result<bool> apply(const QString &channelId,
                       const QString &requestType,
                       const QByteArray &raw,
                       const QVariantMap &request = {})
    {
        const Result<QVariant> parsed = Plist::parse(raw);
        if (!parsed)
            return fail(parsed.error());
        const Command command = acknowledged(requestType, channelId, raw, request);
        // As MdmService runs it: a savepoint, so a failure leaves nothing behind.
        return m_db->transaction([&]() -> Result<bool> {
            return m_updater->apply(m_channels.value(channelId), command, parsed->toMap());
        });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{s_start};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InventoryUpdater> m_updater;
    std::unique_ptr<DeviceRepository> m_devices;
    std::unique_ptr<InventoryRepository> m_inventory;
    QHash<QString, Enrollment> m_channels;
};

QTEST_GUILESS_MAIN(tst_InventoryUpdater)
#include "tst_InventoryUpdater.moc"
