// SPDX-License-Identifier: GPL-3.0-or-later
// Fifty simulated devices (Macs, iPhones, iPads, Apple TVs) against the real engine on 127.0.0.1:
// enrollment over SCEP, the initial inventory, lock, wipe, NotNow then success, cancel, expiry,
// check-out and re-enrollment; then every refusal path, each answered with a 4xx while the
// enrollments, devices and commands stay exactly as they were.
#include "core/common/Clock.h"
#include "core/engine/Engine.h"
#include "core/mdm/commands/DeviceLockCommand.h"
#include "core/mdm/commands/EraseDeviceCommand.h"
#include "core/mdm/commands/SecurityInfoCommand.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "core/store/DeviceRepository.h"
#include "core/store/EnrollmentRepository.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/TestHelpers.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

constexpr int FleetSize = 50;

CommandTarget target(Platform platform, const QString &osVersion)
{
    CommandTarget target;
    target.platform = platform;
    target.osVersion = osVersion;
    return target;
}

SimulatedHardware::Kind kindFor(int index)
{
    // 20 iPhones, 10 iPads, 15 Macs, 5 Apple TVs.
    if (index < 20)
        return SimulatedHardware::Kind::IPhone;
    if (index < 30)
        return SimulatedHardware::Kind::IPad;
    if (index < 45)
        return SimulatedHardware::Kind::Mac;
    return SimulatedHardware::Kind::AppleTV;
}

} // namespace

class tst_EngineWithDevices : public QObject
{
    Q_OBJECT

private:
    QUrl newEnrollmentUrl()
    {
        QFuture<Result<Engine::CreatedEnrollmentLink>> link = m_engine->createEnrollmentLink(
            {u"admin"_s, u"fleet"_s, {}, 1});
        if (!waitFor(link) || !link.result())
            return {};
        return link.result()->url;
    }

    Result<std::unique_ptr<Database>> reader()
    {
        return Database::openReader(m_engine->config().databasePath);
    }

    std::optional<Command> command(const QString &uuid)
    {
        Result<std::unique_ptr<Database>> db = reader();
        if (!db)
            return std::nullopt;
        Result<std::optional<Command>> found = CommandRepository(**db, m_clock).find(uuid);
        return found ? *found : std::nullopt;
    }

    QStringList enqueue(const QString &enrollmentId, const Result<MdmCommand> &built)
    {
        if (!built) {
            qWarning() << built.error().toString();
            return {};
        }
        QFuture<Result<QStringList>> queued = m_engine->enqueue(
            {enrollmentId}, *built, u"helpdesk"_s);
        if (!waitFor(queued) || !queued.result()) {
            if (queued.isFinished())
                qWarning() << queued.result().error().toString();
            return {};
        }
        return *queued.result();
    }

    Result<int> connect(DeviceSimulator &device)
    {
        QFuture<Result<int>> session = device.connect();
        if (!waitFor(session))
            return fail(Error::Code::Network, u"the session did not finish"_s);
        return session.result();
    }

    // A digest of what refusals must never touch.
    QByteArray storeDigest()
    {
        Result<std::unique_ptr<Database>> db = reader();
        if (!db)
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &table : {u"enrollments"_s, u"devices"_s, u"commands"_s}) {
            Result<QSqlQuery> rows = (*db)->exec(u"SELECT * FROM %1 ORDER BY 1"_s.arg(table));
            if (!rows)
                return {};
            while (rows->next()) {
                for (int column = 0; column < rows->record().count(); ++column)
                    hash.addData(QByteArray(rows->value(column).toString().toUtf8() + '\x1f'));
            }
        }
        return hash.result();
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Engine> m_engine;
    SimulatorFleet m_fleet;
    std::shared_ptr<SimulatedKeyPool> m_keys;

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimulatorFleet::raiseFileDescriptorLimit();
        EngineConfig config = EngineConfig::storeOnly(m_dir.filePath(u"espalier.sqlite"_s));
        config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        config.listenPort = 0;
        config.publicUrl = QUrl(u"https://127.0.0.1"_s);
        config.pushTopic = u"com.apple.mgmt.External.%1"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        config.keychainService = u"Espalier-tst_EngineWithDevices-%1"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128));
        m_engine = std::make_unique<Engine>(config, m_clock);
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->state() == Engine::State::Running
                                     || m_engine->state() == Engine::State::Failed,
                                 30000);
        QCOMPARE(m_engine->state(), Engine::State::Running);

        Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(8);
        QVERIFY_RESULT(keys);
        m_keys = *keys;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({QSslCertificate(m_engine->deviceCaCertificate().toPem())});
        m_fleet.setMaxConcurrent(25);
        m_fleet.addDevices(FleetSize, [this, tls](int index) {
            DeviceSimulator::Options options;
            options.hardware = SimulatedHardware::preset(kindFor(index));
            options.tls = tls;
            options.keyPool = m_keys;
            options.supervised = index % 2 == 0;
            options.userChannel = false;
            // Device 10 proves itself only with the Mdm-Signature, so a request without one has
            // nothing else to show; the others also present their identity in the TLS handshake.
            options.presentIdentityInTls = index != 10;
            return options;
        });
    }

    void fiftyDevicesEnrollAndReportInventory()
    {
        QList<QUrl> urls;
        for (int i = 0; i < FleetSize; ++i)
            urls.append(newEnrollmentUrl());
        QVERIFY(!urls.contains(QUrl()));
        QFuture<SimulatorFleet::Report> enrolled = m_fleet.enrollAll(
            [urls](int index) { return urls.at(index); });
        QVERIFY(waitFor(enrolled));
        QVERIFY2(enrolled.result().failed() == 0, qPrintable(enrolled.result().summary()));

        // The first session hands out the initial inventory; every command is answered.
        QFuture<SimulatorFleet::Report> inventory = m_fleet.connectAll();
        QVERIFY(waitFor(inventory));
        QVERIFY2(inventory.result().failed() == 0, qPrintable(inventory.result().summary()));

        Result<std::unique_ptr<Database>> db = reader();
        QVERIFY_RESULT(db);
        Result<QList<Enrollment>> enrollments = EnrollmentRepository(**db, m_clock).list();
        QVERIFY_RESULT(enrollments);
        QCOMPARE(enrollments->size(), FleetSize);
        for (const Enrollment &enrollment : *enrollments)
            QVERIFY(enrollment.enabled);

        for (DeviceSimulator *device : m_fleet.devices()) {
            Result<std::optional<Device>> stored
                = DeviceRepository(**db, m_clock).find(device->udid());
            QVERIFY_RESULT(stored);
            QVERIFY2(stored->has_value(), qPrintable(device->udid()));
            const Device &row = **stored;
            QCOMPARE(row.serialNumber, device->hardware().serialNumber);
            QCOMPARE(row.productName, device->hardware().productName);
            QVERIFY(!row.osVersion.isEmpty());
            if (device->hardware().isMac()) {
                QVERIFY(row.fileVaultEnabled.has_value());
                QVERIFY(row.systemIntegrityProtectionEnabled.has_value());
            }
            Result<QList<Command>> commands
                = CommandRepository(**db, m_clock).listForEnrollment(device->udid());
            QVERIFY_RESULT(commands);
            QVERIFY(!commands->isEmpty());
            for (const Command &sent : *commands)
                QCOMPARE(sent.state, CommandState::Acknowledged);
        }
    }

    void lockAniPhoneAndAMacWithItsPin()
    {
        DeviceSimulator &iphone = *m_fleet.device(0);
        const CommandTarget phone = target(Platform::IOS, u"17.5"_s);
        const QStringList phoneLock = enqueue(
            iphone.udid(),
            DeviceLockCommand{u"Return to the front desk"_s, u"+49 30 1234567"_s, {}}.build(phone));
        QCOMPARE(phoneLock.size(), 1);
        QCOMPARE(command(phoneLock.first())->state, CommandState::Queued);
        QVERIFY_RESULT(connect(iphone));
        QCOMPARE(command(phoneLock.first())->state, CommandState::Acknowledged);
        QCOMPARE(iphone.commandLog().constLast().requestType, u"DeviceLock"_s);

        DeviceSimulator &mac = *m_fleet.device(30);
        QVERIFY(mac.hardware().isMac());
        CommandTarget macTarget = target(Platform::MacOS, mac.hardware().osVersion);
        macTarget.appleSilicon = true;
        const QStringList macLock = enqueue(
            mac.udid(), DeviceLockCommand{u"Locked by IT"_s, {}, u"123456"_s}.build(macTarget));
        QCOMPARE(macLock.size(), 1);
        QVERIFY_RESULT(connect(mac));
        QCOMPARE(command(macLock.first())->state, CommandState::Acknowledged);
        QCOMPARE(mac.commandLog().constLast().command.value(u"PIN"_s).toString(), u"123456"_s);
    }

    void notNowThenSuccessWithoutATightLoop()
    {
        DeviceSimulator &ipad = *m_fleet.device(20);
        ipad.answerNotNow(1);
        const QStringList queued = enqueue(
            ipad.udid(), SecurityInfoCommand{}.build(target(Platform::IOS, u"17.5"_s)));
        QCOMPARE(queued.size(), 1);
        const qsizetype before = ipad.commandLog().size();
        QVERIFY_RESULT(connect(ipad));
        // Handed out once in that session, answered NotNow, and not handed back in the same one.
        QCOMPARE(ipad.commandLog().size(), before + 1);
        QCOMPARE(ipad.commandLog().constLast().status, u"NotNow"_s);
        QCOMPARE(command(queued.first())->state, CommandState::NotNow);

        // Within the backoff the next session does not get it either.
        QVERIFY_RESULT(connect(ipad));
        QCOMPARE(command(queued.first())->state, CommandState::NotNow);

        // After the backoff it is delivered again and succeeds.
        m_clock.advance(20 * 1000);
        QVERIFY_RESULT(connect(ipad));
        QCOMPARE(command(queued.first())->state, CommandState::Acknowledged);
        QCOMPARE(command(queued.first())->notNowCount, 1);
    }

    void cancelBeforeDeliveryAndExpiry()
    {
        DeviceSimulator &phone = *m_fleet.device(1);
        const QStringList cancelled = enqueue(
            phone.udid(), SecurityInfoCommand{}.build(target(Platform::IOS, u"17.5"_s)));
        QFuture<Result<void>> cancel = m_engine->cancel(cancelled.first(), u"helpdesk"_s);
        QVERIFY(waitFor(cancel));
        QVERIFY_RESULT(cancel.result());
        const qsizetype before = phone.commandLog().size();
        QVERIFY_RESULT(connect(phone));
        QCOMPARE(phone.commandLog().size(), before);
        QCOMPARE(command(cancelled.first())->state, CommandState::Cancelled);

        // A command nobody fetches expires after its lifetime (30 days by default).
        DeviceSimulator &other = *m_fleet.device(2);
        const QStringList stale = enqueue(
            other.udid(), SecurityInfoCommand{}.build(target(Platform::IOS, u"17.5"_s)));
        m_clock.advance(qint64(31) * 24 * 3600 * 1000);
        m_engine->expireDueCommands();
        QCOMPARE(command(stale.first())->state, CommandState::Expired);
        QVERIFY_RESULT(connect(other));
        QCOMPARE(command(stale.first())->state, CommandState::Expired);
        m_clock.advance(-qint64(31) * 24 * 3600 * 1000);
    }

    void wipeAnAppleTv()
    {
        DeviceSimulator &tv = *m_fleet.device(45);
        const QStringList wipe = enqueue(
            tv.udid(), EraseDeviceCommand{}.build(target(Platform::TvOS, u"17.5"_s)));
        QCOMPARE(wipe.size(), 1);
        QVERIFY_RESULT(connect(tv));
        QCOMPARE(command(wipe.first())->state, CommandState::Acknowledged);
        QCOMPARE(tv.state(), DeviceSimulator::State::Erased);
    }

    void checkOutAndEnrollAgain()
    {
        DeviceSimulator &phone = *m_fleet.device(3);
        QFuture<Result<void>> left = phone.unenroll();
        QVERIFY(waitFor(left));
        QVERIFY_RESULT(left.result());
        {
            Result<std::unique_ptr<Database>> db = reader();
            QVERIFY_RESULT(db);
            Result<std::optional<Enrollment>> enrollment
                = EnrollmentRepository(**db, m_clock).find(phone.udid());
            QVERIFY_RESULT(enrollment);
            QVERIFY(enrollment->has_value());
            QVERIFY(!(*enrollment)->enabled);
            QVERIFY((*enrollment)->checkedOutAt.isValid());
        }
        QFuture<Result<void>> again = phone.enroll(newEnrollmentUrl());
        QVERIFY(waitFor(again));
        QVERIFY_RESULT(again.result());
        QVERIFY_RESULT(connect(phone));
        Result<std::unique_ptr<Database>> db = reader();
        QVERIFY_RESULT(db);
        Result<std::optional<Enrollment>> enrollment
            = EnrollmentRepository(**db, m_clock).find(phone.udid());
        QVERIFY_RESULT(enrollment);
        QVERIFY((*enrollment)->enabled);
        QVERIFY(!(*enrollment)->checkedOutAt.isValid());
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<DeviceSimulator::Fault>("fault");
        QTest::newRow("certificate from another CA")
            << DeviceSimulator::Fault::ForeignCaCertificate;
        QTest::newRow("another device's certificate")
            << DeviceSimulator::Fault::OtherDeviceCertificate;
        QTest::newRow("bad signature") << DeviceSimulator::Fault::BadSignature;
        QTest::newRow("no signature") << DeviceSimulator::Fault::NoSignature;
        QTest::newRow("not a plist") << DeviceSimulator::Fault::GarbagePlist;
        QTest::newRow("truncated body") << DeviceSimulator::Fault::TruncatedBody;
        QTest::newRow("oversize body") << DeviceSimulator::Fault::OversizeBody;
    }

    void refusalsChangeNothing()
    {
        QFETCH(DeviceSimulator::Fault, fault);
        DeviceSimulator &device = *m_fleet.device(10);
        device.setOtherDeviceIdentity(m_fleet.device(11)->identity());
        // Work waiting, so a refusal that slipped through would deliver it.
        QVERIFY(
            !enqueue(device.udid(), SecurityInfoCommand{}.build(target(Platform::IOS, u"17.5"_s)))
                 .isEmpty());
        const QByteArray before = storeDigest();
        QVERIFY(!before.isEmpty());

        device.injectFault(fault, 1);
        const Result<int> refused = connect(device);
        QVERIFY(!refused);
        const DeviceSimulator::MessageRecord &record = device.messageLog().constLast();
        QCOMPARE(record.fault, std::optional<DeviceSimulator::Fault>(fault));
        // A device that sends half a body and hangs up gets no answer at all; every other
        // refusal is a 4xx, and never the 401 that would unenroll a good device.
        const bool hungUp = fault == DeviceSimulator::Fault::TruncatedBody
                            && record.serverStatus == 0;
        QVERIFY2(hungUp
                     || (record.serverStatus >= 400 && record.serverStatus < 500
                         && record.serverStatus != 401),
                 qPrintable(QString::number(record.serverStatus)));
        QCOMPARE(storeDigest(), before);

        // The honest request afterwards works and drains the queue.
        device.clearFaults();
        QVERIFY_RESULT(connect(device));
    }

    void mutualTlsAloneIsEnough()
    {
        // Without an Mdm-Signature the identity in the TLS handshake authenticates the device.
        DeviceSimulator &device = *m_fleet.device(12);
        QVERIFY(
            !enqueue(device.udid(), SecurityInfoCommand{}.build(target(Platform::IOS, u"17.5"_s)))
                 .isEmpty());
        device.injectFault(DeviceSimulator::Fault::NoSignature, 1);
        QVERIFY_RESULT(connect(device));
        QCOMPARE(device.messageLog().first().serverStatus, 200);
        QCOMPARE(device.commandLog().constLast().status, u"Acknowledged"_s);
    }

    void cleanupTestCase()
    {
        if (m_engine)
            m_engine->stop();
    }
};

QTEST_GUILESS_MAIN(tst_EngineWithDevices)
#include "tst_EngineWithDevices.moc"
