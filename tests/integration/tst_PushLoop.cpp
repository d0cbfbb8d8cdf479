// SPDX-License-Identifier: GPL-3.0-or-later
// The push loop end to end on 127.0.0.1: the engine's push certificate made through the real
// request/import steps (the test plays Apple's portal with its own CA), pushes over HTTP/2 to the
// APNs stand-in, and simulated devices that check in when the stand-in delivers their push. The
// test never tells a device to connect: enqueue -> push -> check-in -> Acknowledged happens by
// itself, and the test only listens to the engine's signals.
#include "core/common/Clock.h"
#include "core/engine/Engine.h"
#include "core/engine/PushDispatcher.h"
#include "core/mdm/commands/DeviceInformationCommand.h"
#include "core/mdm/commands/DeviceLockCommand.h"
#include "core/push/ApnsResult.h"
#include "core/push/PushCertificateStore.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "core/store/EnrollmentRepository.h"
#include "tests/support/ApnsStandIn.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/PushCertificateSteps.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/TestHelpers.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

constexpr int FleetSize = 3;

CommandTarget macTarget()
{
    CommandTarget target;
    target.platform = Platform::MacOS;
    target.osVersion = u"14.5"_s;
    return target;
}

} // namespace

class tst_PushLoop : public QObject
{
    Q_OBJECT

private:
    std::optional<Command> command(const QString &uuid)
    {
        Result<std::unique_ptr<Database>> db = Database::openReader(
            m_engine->config().databasePath);
        if (!db)
            return std::nullopt;
        Result<std::optional<Command>> found = CommandRepository(**db, m_clock).find(uuid);
        return found ? *found : std::nullopt;
    }

    std::optional<Enrollment> enrollment(const QString &id)
    {
        Result<std::unique_ptr<Database>> db = Database::openReader(
            m_engine->config().databasePath);
        if (!db)
            return std::nullopt;
        Result<std::optional<Enrollment>> found = EnrollmentRepository(**db, m_clock).find(id);
        return found ? *found : std::nullopt;
    }

    // Waits, listening to commandsChanged only, until every command is in a final state.
    bool waitUntilFinished(const QStringList &uuids, int timeoutMs = 60000)
    {
        const auto allFinished = [&] {
            for (const QString &uuid : uuids) {
                const std::optional<Command> found = command(uuid);
                if (!found || !isFinal(found->state))
                    return false;
            }
            return true;
        };
        if (allFinished())
            return true;
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        const QMetaObject::Connection watch = QObject::connect(
            m_engine.get(), &Engine::commandsChanged, &loop, [&](const QStringList &changed) {
                for (const QString &uuid : changed) {
                    if (uuids.contains(uuid) && allFinished()) {
                        loop.quit();
                        return;
                    }
                }
            });
        loop.exec();
        QObject::disconnect(watch);
        return allFinished();
    }

    QStringList enqueue(const QStringList &enrollmentIds, const Result<MdmCommand> &built)
    {
        if (!built)
            return {};
        QFuture<Result<QStringList>> queued = m_engine->enqueue(
            enrollmentIds, *built, u"helpdesk"_s);
        if (!waitFor(queued) || !queued.result())
            return {};
        return *queued.result();
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    ApnsStandIn::Pki m_pki;
    ApnsStandIn m_apns;
    QString m_topic;
    std::unique_ptr<Engine> m_engine;
    SimulatorFleet m_fleet;
    std::shared_ptr<SimulatedKeyPool> m_keys;

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<ApnsStandIn::Pki> pki = ApnsStandIn::Pki::create();
        QVERIFY_RESULT(pki);
        m_pki = *pki;
        ApnsStandIn::Options apns;
        apns.certificate = m_pki.server;
        apns.key = m_pki.serverKey;
        apns.clientCas = {m_pki.pushCa};
        QVERIFY_RESULT(m_apns.start(apns));

        m_topic = u"com.apple.mgmt.External.%1"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        EngineConfig config = EngineConfig::storeOnly(m_dir.filePath(u"espalier.sqlite"_s));
        config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        config.listenPort = 0;
        config.publicUrl = QUrl(u"https://127.0.0.1"_s);
        config.pushTopic = m_topic;
        config.apnsHost = u"127.0.0.1"_s;
        config.apnsPort = m_apns.port();
        config.apnsTrustedRoots = {m_pki.serverCa};
        config.keychainService = u"Espalier-tst_PushLoop-%1"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128));
        m_engine = std::make_unique<Engine>(config, m_clock);
        QSignalSpy notPushing(m_engine.get(), &Engine::pushStateChanged);
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->state() == Engine::State::Running
                                     || m_engine->state() == Engine::State::Failed,
                                 30000);
        QCOMPARE(m_engine->state(), Engine::State::Running);
        // No certificate yet, and the engine says what that means.
        QVERIFY(!notPushing.isEmpty() || notPushing.wait(10000));
        QCOMPARE(notPushing.last().at(0).toBool(), false);
        QVERIFY(notPushing.last().at(1).toString().contains(u"No push certificate"_s));

        QVERIFY_RESULT(
            PushCertificateSteps::install(*m_engine, m_pki, PushCertificateRequestKind::Create));
        QCOMPARE(m_engine->pushDispatcher()->topic(), m_topic);

        Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(FleetSize);
        QVERIFY_RESULT(keys);
        m_keys = *keys;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({QSslCertificate(m_engine->deviceCaCertificate().toPem())});
        m_fleet.addDevices(FleetSize, [this, tls](int index) {
            DeviceSimulator::Options options;
            options.hardware = SimulatedHardware::preset(
                index == 0 ? SimulatedHardware::Kind::IPhone : SimulatedHardware::Kind::Mac);
            options.tls = tls;
            options.keyPool = m_keys;
            options.userChannel = false;
            return options;
        });
        // A delivered push makes its device check in a moment later, as the real thing does.
        m_apns.setPushHandler([this](const QByteArray &token, const QString &) {
            for (DeviceSimulator *device : m_fleet.devices()) {
                if (device->pushToken() == token)
                    QTimer::singleShot(200, device, [device] { (void)device->connect(); });
            }
        });
    }

    void cleanupTestCase()
    {
        m_apns.setPushHandler({});
        if (m_engine)
            m_engine->stop();
    }

    void enrollmentIsFollowedByAPushAndTheInitialInventory()
    {
        QList<QUrl> urls;
        for (int i = 0; i < FleetSize; ++i) {
            QFuture<Result<Engine::CreatedEnrollmentLink>> link = m_engine->createEnrollmentLink(
                {u"admin"_s, u"push loop"_s, {}, 1});
            QVERIFY(waitFor(link));
            QVERIFY_RESULT(link.result());
            urls.append(link.result()->url);
        }
        QSignalSpy pushes(m_engine->pushDispatcher(), &PushDispatcher::pushFinished);
        QFuture<SimulatorFleet::Report> enrolled = m_fleet.enrollAll(
            [urls](int index) { return urls.at(index); });
        QVERIFY(waitFor(enrolled));
        QVERIFY2(enrolled.result().failed() == 0, qPrintable(enrolled.result().summary()));

        // Enrollment queued the initial inventory; pushes wake the devices, which fetch it.
        for (DeviceSimulator *device : m_fleet.devices()) {
            Result<std::unique_ptr<Database>> db = Database::openReader(
                m_engine->config().databasePath);
            QVERIFY_RESULT(db);
            Result<QList<Command>> queued
                = CommandRepository(**db, m_clock).listForEnrollment(device->udid());
            QVERIFY_RESULT(queued);
            QVERIFY(!queued->isEmpty());
            QStringList uuids;
            for (const Command &c : *queued)
                uuids.append(c.uuid);
            QVERIFY2(waitUntilFinished(uuids), qPrintable(device->udid()));
            for (const QString &uuid : uuids) {
                const std::optional<Command> done = command(uuid);
                QCOMPARE(done->state, CommandState::Acknowledged);
                QVERIFY(done->pushedAt.isValid());
            }
            const std::optional<Enrollment> stored = enrollment(device->udid());
            QVERIFY(stored);
            QVERIFY(stored->lastPushAt.isValid());
            QVERIFY(!stored->lastPushApnsId.isEmpty());
        }
        QVERIFY(pushes.size() >= FleetSize);
        // What reached APNs is what Apple documents for MDM.
        const QList<ApnsStandIn::Request> received = m_apns.received();
        QVERIFY(!received.isEmpty());
        const ApnsStandIn::Request &first = received.first();
        QCOMPARE(first.status, 200);
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.header("apns-topic"), m_topic.toUtf8());
        QCOMPARE(first.header("apns-push-type"), QByteArray("mdm"));
        QCOMPARE(first.clientTopic, m_topic);
    }

    void lockIsPushedDeliveredAndAcknowledged()
    {
        DeviceSimulator &iphone = *m_fleet.device(0);
        CommandTarget phone;
        phone.platform = Platform::IOS;
        phone.osVersion = u"17.5"_s;
        const QStringList lock = enqueue(
            {iphone.udid()},
            DeviceLockCommand{u"Return to the front desk"_s, u"+49 30 1234567"_s, {}}.build(phone));
        QCOMPARE(lock.size(), 1);
        QVERIFY(waitUntilFinished(lock));
        const std::optional<Command> done = command(lock.first());
        QCOMPARE(done->state, CommandState::Acknowledged);
        QVERIFY(done->pushedAt.isValid());
        QVERIFY(done->sentAt >= done->pushedAt);
    }

    void severalCommandsForOneDeviceMakeOnePush()
    {
        DeviceSimulator &mac = *m_fleet.device(1);
        m_apns.clearReceived();
        // Three commands queued at once (as a script or several admins might).
        const Result<MdmCommand> information = DeviceInformationCommand{}.build(macTarget());
        QVERIFY_RESULT(information);
        QList<QFuture<Result<QStringList>>> queued;
        for (int i = 0; i < 3; ++i)
            queued.append(m_engine->enqueue({mac.udid()}, *information, u"helpdesk"_s));
        QStringList uuids;
        for (const QFuture<Result<QStringList>> &future : queued) {
            QVERIFY(waitFor(future));
            QVERIFY_RESULT(future.result());
            uuids += *future.result();
        }
        QCOMPARE(uuids.size(), 3);
        QVERIFY(waitUntilFinished(uuids));
        int toThisDevice = 0;
        const QByteArray path = "/3/device/" + mac.pushToken().toHex();
        for (const ApnsStandIn::Request &request : m_apns.received())
            toThisDevice += request.path == path ? 1 : 0;
        QCOMPARE(toThisDevice, 1);
    }

    void deadTokenIsRecordedAndNotPushedAgain()
    {
        DeviceSimulator &mac = *m_fleet.device(2);
        const QDateTime gone = QDateTime::currentDateTimeUtc().addSecs(-3600);
        m_apns.failToken(mac.pushToken(), 410, u"Unregistered"_s, gone);
        QSignalSpy pushes(m_engine->pushDispatcher(), &PushDispatcher::pushFinished);
        const QStringList uuids = enqueue({mac.udid()},
                                          DeviceInformationCommand{}.build(macTarget()));
        QCOMPARE(uuids.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!pushes.isEmpty(), 30000);
        const ApnsResult result = pushes.last().at(0).value<ApnsResult>();
        QCOMPARE(result.disposition, ApnsResult::Disposition::TokenDead);
        const std::optional<Enrollment> stored = enrollment(mac.udid());
        QVERIFY(stored);
        QCOMPARE(stored->pushTokenState, PushTokenState::Unregistered);
        QCOMPARE(stored->pushTokenUnregisteredAt.toSecsSinceEpoch(), gone.toSecsSinceEpoch());
        // The command waits, honestly Queued: nothing woke the device.
        QCOMPARE(command(uuids.first())->state, CommandState::Queued);
        m_apns.clearTokenFailures();
        // A fresh TokenUpdate makes the device reachable again, and its queue is pushed.
        QVERIFY_RESULT(([&] {
            QFuture<Result<void>> update = mac.sendTokenUpdate();
            return waitFor(update) ? update.result()
                                   : Result<void>(fail(Error::Code::Network, u"no answer"_s));
        })());
        QVERIFY(waitUntilFinished(uuids));
        QCOMPARE(command(uuids.first())->state, CommandState::Acknowledged);
    }

    void testPushIsAnsweredInPlainWords()
    {
        DeviceSimulator &iphone = *m_fleet.device(0);
        QFuture<Result<QString>> delivered = m_engine->sendTestPush(iphone.udid());
        QVERIFY(waitFor(delivered));
        QVERIFY_RESULT(delivered.result());
        QCOMPARE(*delivered.result(), ApnsResult::describe(200, {}));

        m_apns.failToken(iphone.pushToken(), 400, u"BadDeviceToken"_s);
        QFuture<Result<QString>> refused = m_engine->sendTestPush(iphone.udid());
        QVERIFY(waitFor(refused));
        QVERIFY_RESULT(refused.result());
        QVERIFY2(refused.result()->contains(u"push token is not valid"_s),
                 qPrintable(*refused.result()));
        QCOMPARE(enrollment(iphone.udid())->pushTokenState, PushTokenState::Bad);
        m_apns.clearTokenFailures();

        // Now the token is known bad: no push at all, and the reason says what happens next.
        QFuture<Result<QString>> unreachable = m_engine->sendTestPush(iphone.udid());
        QVERIFY(waitFor(unreachable));
        QVERIFY_FAILS_WITH(unreachable.result(), Error::Code::Conflict);
        QFuture<Result<void>> update = iphone.sendTokenUpdate();
        QVERIFY(waitFor(update));
        QVERIFY_RESULT(update.result());
        QCOMPARE(enrollment(iphone.udid())->pushTokenState, PushTokenState::Ok);
    }

    void renewedCertificateTakesOverWithoutARestart()
    {
        const int connectionsBefore = m_apns.statistics().connections;
        QVERIFY_RESULT(
            PushCertificateSteps::install(*m_engine, m_pki, PushCertificateRequestKind::Renew));
        const QStringList uuids = enqueue({m_fleet.device(1)->udid()},
                                          DeviceInformationCommand{}.build(macTarget()));
        QVERIFY(waitUntilFinished(uuids));
        QCOMPARE(command(uuids.first())->state, CommandState::Acknowledged);
        // The renewed identity pushed on a connection of its own.
        QVERIFY(m_apns.statistics().connections > connectionsBefore);
    }
};

QTEST_GUILESS_MAIN(tst_PushLoop)
#include "tst_PushLoop.moc"
