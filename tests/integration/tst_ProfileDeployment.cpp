// SPDX-License-Identifier: GPL-3.0-or-later
// Configuration profiles against the real engine on 127.0.0.1 and simulated devices: save a
// profile, install it signed with the server identity, status installed once the device's
// ProfileList has it; remove it; install it again and let the user remove it on the device:
// drifted; and a profile the device refuses: failed, with the device's error.
#include "core/common/Clock.h"
#include "core/crypto/Cms.h"
#include "core/devices/DeviceDetailLoader.h"
#include "core/engine/Engine.h"
#include "core/mdm/commands/ProfileListCommand.h"
#include "core/profiles/MobileConfig.h"
#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/ProfileRepository.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/TestHelpers.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Espalier;
using namespace Qt::StringLiterals;

using Status = ProfileAssignment::Status;

namespace {

ProfileDocument corpusProfile(const QString &name)
{
    const MobileConfig::Imported imported = MobileConfig::readFile(
        qEnvironmentVariable("ESPALIER_SOURCE_DIR") + u"/tests/data/profiles/"_s + name);
    return imported.document;
}

} // namespace

class tst_ProfileDeployment : public QObject
{
    Q_OBJECT

private:
    Result<std::unique_ptr<Database>> reader()
    {
        return Database::openReader(m_engine->config().databasePath);
    }

    template<typename T>
    Result<T> settle(const QFuture<Result<T>> &future)
    {
        if (!waitFor(future))
            return fail(Error::Code::Network, u"no answer from the engine"_s);
        return future.result();
    }

    Result<int> connect(DeviceSimulator &device)
    {
        QFuture<Result<int>> session = device.connect();
        if (!waitFor(session))
            return fail(Error::Code::Network, u"the session did not finish"_s);
        return session.result();
    }

    QList<DeviceActionTarget> targets(const QStringList &udids)
    {
        Result<std::unique_ptr<Database>> db = reader();
        if (!db)
            return {};
        Result<QList<DeviceActionTarget>> loaded = DeviceDetailLoader::readTargets(**db, udids);
        return loaded ? *loaded : QList<DeviceActionTarget>();
    }

    ProfileAssignment assignment(const QString &profileId, const QString &udid)
    {
        Result<std::unique_ptr<Database>> db = reader();
        if (!db)
            return {};
        Result<QList<ProfileAssignment>> all
            = ProfileRepository(**db, m_clock).assignments(profileId);
        if (all) {
            for (const ProfileAssignment &a : std::as_const(*all)) {
                if (a.deviceUdid == udid)
                    return a;
            }
        }
        ProfileAssignment none;
        none.detail = u"(no assignment)"_s;
        return none;
    }

    int auditCount(const QString &action)
    {
        Result<std::unique_ptr<Database>> db = reader();
        if (!db)
            return -1;
        Result<QSqlQuery> q = (*db)->exec(u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_s,
                                          {action});
        return q && q->next() ? q->value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Engine> m_engine;
    SimulatorFleet m_fleet;
    std::shared_ptr<SimulatedKeyPool> m_keys;
    QString m_pppcId;

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        EngineConfig config = EngineConfig::storeOnly(m_dir.filePath(u"espalier.sqlite"_s));
        config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        config.listenPort = 0;
        config.publicUrl = QUrl(u"https://127.0.0.1"_s);
        config.pushTopic = u"com.apple.mgmt.External.%1"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        config.keychainService = u"Espalier-tst_ProfileDeployment-%1"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128));
        m_engine = std::make_unique<Engine>(config, m_clock);
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->state() == Engine::State::Running
                                     || m_engine->state() == Engine::State::Failed,
                                 30000);
        QCOMPARE(m_engine->state(), Engine::State::Running);

        Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(2);
        QVERIFY_RESULT(keys);
        m_keys = *keys;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({QSslCertificate(m_engine->deviceCaCertificate().toPem())});
        m_fleet.addDevices(2, [this, tls](int index) {
            DeviceSimulator::Options options;
            options.hardware = SimulatedHardware::preset(
                index == 0 ? SimulatedHardware::Kind::Mac : SimulatedHardware::Kind::IPhone);
            options.tls = tls;
            options.keyPool = m_keys;
            options.userChannel = false;
            return options;
        });
        QList<QUrl> urls;
        for (int i = 0; i < 2; ++i) {
            Result<Engine::CreatedEnrollmentLink> link = settle(
                m_engine->createEnrollmentLink({u"admin"_s, u"profiles"_s, {}, 1}));
            QVERIFY_RESULT(link);
            urls.append(link->url);
        }
        QFuture<SimulatorFleet::Report> enrolled = m_fleet.enrollAll(
            [urls](int index) { return urls.at(index); });
        QVERIFY(waitFor(enrolled));
        QVERIFY2(enrolled.result().failed() == 0, qPrintable(enrolled.result().summary()));
        QFuture<SimulatorFleet::Report> inventory = m_fleet.connectAll();
        QVERIFY(waitFor(inventory));
        QVERIFY2(inventory.result().failed() == 0, qPrintable(inventory.result().summary()));
    }

    void savesVersions()
    {
        QSignalSpy changed(m_engine.get(), &Engine::profilesChanged);
        ProfileDocument pppc = corpusProfile(u"04-pppc-security-agent.mobileconfig"_s);
        QVERIFY(!pppc.payloads.isEmpty());
        Result<ProfileRecord> saved = settle(m_engine->saveProfile(pppc, {}, u"alex"_s));
        QVERIFY_RESULT(saved);
        QCOMPARE(saved->currentVersion, 1);
        m_pppcId = saved->id;
        pppc.topLevel.insert(u"PayloadDescription"_s, u"Second version"_s);
        saved = settle(m_engine->saveProfile(pppc, m_pppcId, u"alex"_s));
        QVERIFY_RESULT(saved);
        QCOMPARE(saved->currentVersion, 2);
        QVERIFY(changed.count() >= 2);
        QCOMPARE(auditCount(u"profile.save"_s), 2);

        // A document with faults is refused and nothing is stored.
        ProfileDocument broken = pppc;
        broken.payloads[0].remove(u"PayloadUUID"_s);
        QVERIFY_FAILS_WITH(settle(m_engine->saveProfile(broken, m_pppcId, u"alex"_s)),
                           Error::Code::InvalidInput);
    }

    void installSignedThenListedIsInstalled()
    {
        DeviceSimulator &mac = *m_fleet.device(0);
        QSignalSpy changed(m_engine.get(), &Engine::profilesChanged);
        Result<QStringList> queued = settle(
            m_engine->installProfile(m_pppcId, targets({mac.udid()}), true, u"alex"_s));
        QVERIFY_RESULT(queued);
        QCOMPARE(queued->size(), 2); // InstallProfile and the ProfileList after it
        QCOMPARE(assignment(m_pppcId, mac.udid()).status, Status::Pending);
        QCOMPARE(auditCount(u"profile.install"_s), 1);

        QVERIFY_RESULT(connect(mac));
        QVERIFY(mac.installedProfileIdentifiers().contains(u"org.example.orchard.pppc"_s));
        QTRY_COMPARE(assignment(m_pppcId, mac.udid()).status, Status::Installed);
        QVERIFY(changed.count() >= 2);

        // What the device got was signed by the server identity, around version 2.
        const DeviceSimulator::CommandRecord &install = [&mac]() -> const auto &
        {
            for (const auto &record : mac.commandLog()) {
                if (record.requestType == u"InstallProfile"_s)
                    return record;
            }
            return mac.commandLog().constFirst();
        }
        ();
        QCOMPARE(install.requestType, u"InstallProfile"_s);
        Result<Cms::Verified> verified = Cms::verify(
            install.command.value(u"Payload"_s).toByteArray());
        QVERIFY_RESULT(verified);
        const MobileConfig::Imported sent = MobileConfig::read(verified->content);
        QCOMPARE(sent.document.topLevel.value(u"PayloadDescription"_s).toString(),
                 u"Second version"_s);

        Result<std::unique_ptr<Database>> db = reader();
        QVERIFY_RESULT(db);
        Result<std::optional<ProfileRecord>> record
            = ProfileRepository(**db, m_clock).profile(m_pppcId);
        QVERIFY_RESULT(record);
        QCOMPARE((*record)->installed, 1);
    }

    void removeFromDevice()
    {
        DeviceSimulator &mac = *m_fleet.device(0);
        Result<QStringList> queued = settle(
            m_engine->removeProfile(m_pppcId, targets({mac.udid()}), u"alex"_s));
        QVERIFY_RESULT(queued);
        QCOMPARE(assignment(m_pppcId, mac.udid()).status, Status::Pending);
        QVERIFY_RESULT(connect(mac));
        QVERIFY(!mac.installedProfileIdentifiers().contains(u"org.example.orchard.pppc"_s));
        QTRY_COMPARE(assignment(m_pppcId, mac.udid()).status, Status::Removed);
        QCOMPARE(auditCount(u"profile.remove"_s), 1);
    }

    void removedByTheUserIsDrifted()
    {
        DeviceSimulator &mac = *m_fleet.device(0);
        QVERIFY_RESULT(
            settle(m_engine->installProfile(m_pppcId, targets({mac.udid()}), false, u"alex"_s)));
        QVERIFY_RESULT(connect(mac));
        QTRY_COMPARE(assignment(m_pppcId, mac.udid()).status, Status::Installed);

        QVERIFY(mac.removeProfileAsUser(u"org.example.orchard.pppc"_s));
        // The next inventory refresh of the profile list shows it gone.
        Result<MdmCommand> list = ProfileListCommand{}.build(targets({mac.udid()}).value(0).target);
        QVERIFY_RESULT(list);
        QVERIFY_RESULT(settle(m_engine->enqueue({mac.udid()}, *list, u"engine"_s)));
        QVERIFY_RESULT(connect(mac));
        QTRY_COMPARE(assignment(m_pppcId, mac.udid()).status, Status::Drifted);
        QVERIFY(!assignment(m_pppcId, mac.udid()).detail.isEmpty());
    }

    void refusedProfileIsFailedWithTheDevicesError()
    {
        DeviceSimulator &phone = *m_fleet.device(1);
        // A second MDM payload: the device is already managed and says so.
        ProfileDocument second = corpusProfile(u"01-passcode-basic.mobileconfig"_s);
        second.topLevel.insert(u"PayloadIdentifier"_s, u"org.example.orchard.other-mdm"_s);
        second.topLevel.insert(u"PayloadUUID"_s,
                               QUuid::createUuid().toString(QUuid::WithoutBraces));
        second.payloads.append(QVariantMap{
            {u"PayloadType"_s, u"com.apple.mdm"_s},
            {u"PayloadIdentifier"_s, u"org.example.orchard.other-mdm.mdm"_s},
            {u"PayloadUUID"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"PayloadVersion"_s, qint64(1)},
            {u"ServerURL"_s, u"https://mdm.other.example/connect"_s},
            {u"Topic"_s, u"com.apple.mgmt.External.other"_s},
            {u"IdentityCertificateUUID"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"AccessRights"_s, qint64(8191)}});
        Result<ProfileRecord> saved = settle(m_engine->saveProfile(second, {}, u"alex"_s));
        QVERIFY_RESULT(saved);
        QVERIFY_RESULT(
            settle(m_engine->installProfile(saved->id, targets({phone.udid()}), false, u"alex"_s)));
        QVERIFY_RESULT(connect(phone));
        QTRY_COMPARE(assignment(saved->id, phone.udid()).status, Status::Failed);
        QVERIFY2(assignment(saved->id, phone.udid()).detail.contains(u"already managed"_s),
                 qPrintable(assignment(saved->id, phone.udid()).detail));
    }

    void deleteProfile()
    {
        Result<void> deleted = settle(m_engine->deleteProfile(m_pppcId, u"alex"_s));
        QVERIFY_RESULT(deleted);
        Result<std::unique_ptr<Database>> db = reader();
        QVERIFY_RESULT(db);
        Result<std::optional<ProfileRecord>> record
            = ProfileRepository(**db, m_clock).profile(m_pppcId);
        QVERIFY_RESULT(record);
        QVERIFY(!record->has_value());
        QCOMPARE(auditCount(u"profile.delete"_s), 1);
    }

    void cleanupTestCase()
    {
        if (m_engine)
            m_engine->stop();
    }
};

QTEST_GUILESS_MAIN(tst_ProfileDeployment)
#include "tst_ProfileDeployment.moc"
