// SPDX-License-Identifier: GPL-3.0-or-later
// The console's engine set up through Engine::applySetup (keys in a throw-away keyring, HTTPS on
// 127.0.0.1): a store-only start, the setup that makes it serve, the settings read again by a
// new engine after a restart, and the inventory refresh interval queueing one DeviceInformation
// per stale device, answered by a simulated iPhone.
#include "core/common/Clock.h"
#include "core/engine/Engine.h"
#include "core/engine/ServerSetup.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/Ports.h"
#include "tests/support/TestHelpers.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Espalier;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

bool settled(Engine &engine)
{
    waitUntil(
        [&engine] {
            return engine.state() == Engine::State::Running
                   || engine.state() == Engine::State::Failed;
        },
        60000);
    return engine.state() == Engine::State::Running;
}

} // namespace

class tst_ServerSetup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    QString m_keychain = u"Espalier-tst_ServerSetup-%1"_s.arg(
        QUuid::createUuid().toString(QUuid::Id128));
    QString m_topic = u"com.apple.mgmt.External.%1"_s.arg(
        QUuid::createUuid().toString(QUuid::WithoutBraces));
    quint16 m_port = 0;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<DeviceSimulator> m_device;

    EngineConfig consoleConfig() const
    {
        EngineConfig config = EngineConfig::console(m_dir.filePath(u"espalier.sqlite"_s));
        config.keychainService = m_keychain;
        config.pushTopic = m_topic;
        return config;
    }

    int deviceInformationCount(const QString &enrollmentId, bool pendingOnly)
    {
        Result<std::unique_ptr<Database>> db = Database::openReader(
            m_engine->config().databasePath);
        if (!db)
            return -1;
        Result<QList<Command>> commands
            = CommandRepository(**db, m_clock).listForEnrollment(enrollmentId);
        if (!commands)
            return -1;
        int count = 0;
        for (const Command &command : std::as_const(*commands)) {
            if (command.requestType == u"DeviceInformation"_s
                && (!pendingOnly || !isFinal(command.state)))
                ++count;
        }
        return count;
    }

private Q_SLOTS:

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanupTestCase()
    {
        m_device.reset();
        m_engine.reset();
    }

    void aConsoleStartsWithTheStoreOnly()
    {
        m_engine = std::make_unique<Engine>(consoleConfig(), m_clock);
        m_engine->start();
        QVERIFY(settled(*m_engine));
        QCOMPARE(m_engine->serverPort(), quint16(0));
        QVERIFY(m_engine->deviceCaCertificate().isNull());
    }

    void theSetupMakesItServe()
    {
        const QList<quint16> ports = portsForLater();
        QVERIFY(!ports.isEmpty());
        m_port = ports.first();
        ServerSetup setup;
        setup.settings.listenAddress = QHostAddress(QHostAddress::LocalHost);
        setup.settings.listenPort = m_port;
        setup.settings.publicUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(m_port));
        setup.settings.inventoryRefreshInterval = 60min;
        setup.settings.repushInterval = 30min;
        setup.serverCertificate = ServerSetup::ServerCertificate::Issue;
        QFuture<Result<QString>> applied = m_engine->applySetup(setup);
        QVERIFY(waitFor(applied));
        QVERIFY_RESULT(applied.result());
        QVERIFY2(applied.result()->contains(QString::number(m_port)),
                 qPrintable(*applied.result()));
        QCOMPARE(m_engine->state(), Engine::State::Running);
        QCOMPARE(m_engine->serverPort(), m_port);
        QVERIFY(!m_engine->deviceCaCertificate().isNull());
        QCOMPARE(m_engine->config().repushInterval, 30min);

        // A setup that cannot be served is refused before anything is saved.
        ServerSetup bad = setup;
        bad.settings.repushInterval = 1min;
        QFuture<Result<QString>> refused = m_engine->applySetup(bad);
        QVERIFY(waitFor(refused));
        QVERIFY_FAILS_WITH(refused.result(), Error::Code::InvalidInput);
        QCOMPARE(m_engine->serverPort(), m_port);
    }

    void theSettingsAreReadAgainAfterARestart()
    {
        const Certificate ca = m_engine->deviceCaCertificate();
        m_engine.reset();
        m_engine = std::make_unique<Engine>(consoleConfig(), m_clock);
        m_engine->start();
        QVERIFY(settled(*m_engine));
        QCOMPARE(m_engine->serverPort(), m_port);
        QCOMPARE(m_engine->config().publicUrl, QUrl(u"https://127.0.0.1:%1"_s.arg(m_port)));
        QCOMPARE(m_engine->config().inventoryRefreshInterval, 60min);
        QCOMPARE(m_engine->config().repushInterval, 30min);
        QCOMPARE(m_engine->deviceCaCertificate(), ca);
    }

    void staleInventoryGetsOneDeviceInformation()
    {
        QFuture<Result<Engine::CreatedEnrollmentLink>> link = m_engine->createEnrollmentLink(
            {u"admin"_s, u"refresh"_s, {}, 1});
        QVERIFY(waitFor(link));
        QVERIFY_RESULT(link.result());
        DeviceSimulator::Options options;
        options.tls.setCaCertificates({QSslCertificate(m_engine->deviceCaCertificate().toPem())});
        options.userChannel = false;
        m_device = std::make_unique<DeviceSimulator>(options);
        QFuture<Result<void>> enrolled = m_device->enroll(link.result()->url);
        QVERIFY(waitFor(enrolled));
        QVERIFY_RESULT(enrolled.result());
        QFuture<Result<int>> session = m_device->connect();
        QVERIFY(waitFor(session));
        QVERIFY_RESULT(session.result());
        const QString id = m_device->udid();
        QCOMPARE(deviceInformationCount(id, false), 1);
        QCOMPARE(deviceInformationCount(id, true), 0);

        // Fresh inventory: nothing to ask.
        m_engine->refreshStaleInventory();
        QCOMPARE(deviceInformationCount(id, false), 1);

        // Older than the interval: one DeviceInformation, and only one however often it runs.
        m_clock.advance(61 * 60 * 1000);
        m_engine->refreshStaleInventory();
        m_engine->refreshStaleInventory();
        QCOMPARE(deviceInformationCount(id, false), 2);
        QCOMPARE(deviceInformationCount(id, true), 1);

        // The device answers; its inventory is fresh again.
        session = m_device->connect();
        QVERIFY(waitFor(session));
        QVERIFY_RESULT(session.result());
        QCOMPARE(deviceInformationCount(id, true), 0);
        QCOMPARE(m_device->commandLog().constLast().requestType, u"DeviceInformation"_s);
        m_engine->refreshStaleInventory();
        QCOMPARE(deviceInformationCount(id, false), 2);
    }
};

QTEST_GUILESS_MAIN(tst_ServerSetup)
#include "tst_ServerSetup.moc"
