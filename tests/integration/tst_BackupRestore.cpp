// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore of the whole state on 127.0.0.1: an engine with a push certificate and
// simulated devices that check in when the APNs stand-in delivers their pushes. The backup is
// made while the engine serves, holds no key or token in the clear, and a wrong passphrase or a
// changed byte is refused without touching anything. Then the data folder and the keychain
// entries are wiped, a new engine starts on the same address, the backup is restored into it,
// and the same devices keep checking in: their identities still verify and commands still reach
// them through pushes.
#include "core/backup/BackupFile.h"
#include "core/common/Clock.h"
#include "core/engine/Engine.h"
#include "core/engine/PushDispatcher.h"
#include "core/mdm/commands/DeviceInformationCommand.h"
#include "core/push/PushCertificateStore.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "core/store/SecretStore.h"
#include "tests/support/ApnsStandIn.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/PushCertificateSteps.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/TestHelpers.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

constexpr int FleetSize = 2;
const QString s_passphrase = u"seven tall ferns by the quiet river"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_BackupRestore : public QObject
{
    Q_OBJECT

private:
    std::optional<Command> command(const QString &uuid)
    {
        Result<std::unique_ptr<Database>> db = Database::openReader(m_config.databasePath);
        if (!db)
            return std::nullopt;
        Result<std::optional<Command>> found = CommandRepository(**db, m_clock).find(uuid);
        return found ? *found : std::nullopt;
    }

    // Until every command has reached a final state; whether all of them were acknowledged.
    bool waitUntilAcknowledged(const QStringList &uuids, int timeoutMs = 60000)
    {
        const auto stateOf = [this](const QString &uuid) {
            const std::optional<Command> found = command(uuid);
            return found ? std::optional<CommandState>(found->state) : std::nullopt;
        };
        const bool settled = waitUntil(
            [&] {
                return std::all_of(uuids.cbegin(), uuids.cend(), [&](const QString &uuid) {
                    const std::optional<CommandState> state = stateOf(uuid);
                    return state && isFinal(*state);
                });
            },
            timeoutMs);
        return settled && std::all_of(uuids.cbegin(), uuids.cend(), [&](const QString &uuid) {
                   return stateOf(uuid) == CommandState::Acknowledged;
               });
    }

    bool startEngine()
    {
        m_engine = std::make_unique<Engine>(m_config, m_clock);
        m_engine->start();
        waitUntil(
            [this] {
                return m_engine->state() == Engine::State::Running
                       || m_engine->state() == Engine::State::Failed;
            },
            30000);
        return m_engine->state() == Engine::State::Running;
    }

    Result<StateBackup::Summary> backup(const QString &path)
    {
        QFuture<Result<StateBackup::Summary>> written = m_engine->backup(path, s_passphrase);
        if (!waitFor(written))
            return fail(Error::Code::Cancelled, u"backup timed out"_s);
        return written.result();
    }

    Result<StateBackup::Summary> restore(const QString &path, const QString &passphrase)
    {
        QFuture<Result<StateBackup::Summary>> restored = m_engine->restore(path, passphrase);
        if (!waitFor(restored))
            return fail(Error::Code::Cancelled, u"restore timed out"_s);
        return restored.result();
    }

    Result<QByteArray> readSecret(const QString &name)
    {
        QFuture<Result<QByteArray>> read = m_secrets->read(name);
        if (!waitFor(read))
            return fail(Error::Code::Cancelled, u"keychain timed out"_s);
        return read.result();
    }

    // Every device reports Idle and answers what waits; all must be let in.
    bool allDevicesCheckIn()
    {
        QFuture<SimulatorFleet::Report> connected = m_fleet.connectAll();
        if (!waitFor(connected))
            return false;
        if (connected.result().failed() != 0) {
            qWarning().noquote() << connected.result().summary();
            return false;
        }
        for (DeviceSimulator *device : m_fleet.devices()) {
            const DeviceSimulator::MessageRecord &last = device->messageLog().constLast();
            if (last.serverStatus != 200) {
                qWarning() << device->udid() << "got" << last.serverStatus;
                return false;
            }
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_dataDir;
    SystemClock m_clock;
    ApnsStandIn::Pki m_pki;
    ApnsStandIn m_apns;
    EngineConfig m_config;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<SecretStore> m_secrets;
    SimulatorFleet m_fleet;
    std::shared_ptr<SimulatedKeyPool> m_keys;
    QString m_caFingerprint;

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataDir = m_dir.filePath(u"data"_s);
        Result<ApnsStandIn::Pki> pki = ApnsStandIn::Pki::create();
        QVERIFY_RESULT(pki);
        m_pki = *pki;
        ApnsStandIn::Options apns;
        apns.certificate = m_pki.server;
        apns.key = m_pki.serverKey;
        apns.clientCas = {m_pki.pushCa};
        QVERIFY_RESULT(m_apns.start(apns));

        m_config = EngineConfig::storeOnly(QDir(m_dataDir).filePath(u"espalier.sqlite"_s));
        m_config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        m_config.listenPort = 0;
        m_config.publicUrl = QUrl(u"https://127.0.0.1"_s);
        m_config.pushTopic = u"com.apple.mgmt.External.%1"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_config.apnsHost = u"127.0.0.1"_s;
        m_config.apnsPort = m_apns.port();
        m_config.apnsTrustedRoots = {m_pki.serverCa};
        m_config.keychainService = u"Espalier-tst_BackupRestore-%1"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128));
        // The test's own keychain connection, on this thread like the engine's.
        m_secrets = std::make_unique<SecretStore>(m_config.keychainService);
        QVERIFY(startEngine());
        // Devices keep the address they enrolled with, so the restored engine must use it too.
        m_config.listenPort = m_engine->serverPort();
        m_config.publicUrl.setPort(m_engine->serverPort());
        m_caFingerprint = m_engine->deviceCaCertificate().sha256Fingerprint();
        QVERIFY_RESULT(PushCertificateSteps::install(*m_engine, m_pki));

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
        m_apns.setPushHandler([this](const QByteArray &token, const QString &) {
            for (DeviceSimulator *device : m_fleet.devices()) {
                if (device->pushToken() == token)
                    QTimer::singleShot(200, device, [device] { (void)device->connect(); });
            }
        });

        QList<QUrl> urls;
        for (int i = 0; i < FleetSize; ++i) {
            QFuture<Result<Engine::CreatedEnrollmentLink>> link = m_engine->createEnrollmentLink(
                {u"admin"_s, u"device %1"_s.arg(i), {}, 1});
            QVERIFY(waitFor(link));
            QVERIFY_RESULT(link.result());
            urls.append(link.result()->url);
        }
        QFuture<SimulatorFleet::Report> enrolled = m_fleet.enrollAll(
            [urls](int index) { return urls.at(index); });
        QVERIFY(waitFor(enrolled));
        QVERIFY2(enrolled.result().failed() == 0, qPrintable(enrolled.result().summary()));
        QVERIFY(allDevicesCheckIn());
    }

    void cleanupTestCase()
    {
        m_apns.setPushHandler({});
        if (m_engine)
            m_engine->stop();
    }

    void backupHoldsEverythingAndShowsNothing()
    {
        const QString path = m_dir.filePath(u"first.espalier-backup"_s);
        QSignalSpy states(m_engine.get(), &Engine::stateChanged);
        Result<StateBackup::Summary> written = backup(path);
        QVERIFY_RESULT(written);
        // Made while serving: the engine never stopped.
        QVERIFY(states.isEmpty());
        QCOMPARE(m_engine->state(), Engine::State::Running);
        QCOMPARE(written->path, path);
        QCOMPARE(QFileInfo(path).size(), written->bytes);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        const QByteArray file = readFile(path);
        Result<BackupContents> contents = BackupFile::open(file, s_passphrase);
        QVERIFY_RESULT(contents);
        QCOMPARE(written->secrets, contents->secrets.size());
        // The data key, and the private keys of the CA, the TLS identity and the push
        // certificate: what the devices' trust hangs on.
        int privateKeys = 0;
        bool dataKey = false;
        for (const BackupSecret &secret : std::as_const(contents->secrets)) {
            Result<QByteArray> current = readSecret(secret.name);
            QVERIFY_RESULT(current);
            QCOMPARE(secret.value, *current);
            if (secret.name == u"engine/data-key"_s)
                dataKey = secret.value.size() == 32;
            if (secret.value.contains("PRIVATE KEY-----"))
                ++privateKeys;
            // None of it in the clear, whole or in part.
            QVERIFY2(!file.contains(secret.value), qPrintable(secret.name));
            QVERIFY2(!file.contains(secret.value.left(24)), qPrintable(secret.name));
            QVERIFY2(!file.contains(secret.name.toUtf8()), qPrintable(secret.name));
        }
        QVERIFY(dataKey);
        QVERIFY2(privateKeys >= 3, qPrintable(QString::number(privateKeys)));
        QVERIFY(!file.contains("PRIVATE KEY"));
        QVERIFY(!file.contains("SQLite format 3"));
        for (DeviceSimulator *device : m_fleet.devices()) {
            const QList<QByteArray> tokens{device->pushToken(),
                                           device->pushToken().toHex(),
                                           device->pushMagic().toUtf8(),
                                           device->unlockToken(),
                                           device->udid().toUtf8()};
            for (const QByteArray &token : tokens) {
                if (!token.isEmpty())
                    QVERIFY2(!file.contains(token), qPrintable(device->udid()));
            }
            QVERIFY(!device->pushToken().isEmpty());
        }
        QVERIFY(!file.contains(s_passphrase.toUtf8()));
        // No scratch copy is left next to the store.
        QCOMPARE(QDir(m_dataDir).entryList({u".*backup*"_s}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void badRestoreChangesNothing_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("flipAt"); // -1: no byte changed
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong passphrase")
            << u"seven tall ferns by the quiet rivers"_s << -1 << u"passphrase is wrong"_s;
        QTest::newRow("changed byte") << s_passphrase << 2000 << u"changed or damaged"_s;
        QTest::newRow("cut short") << s_passphrase << -2 << u"incomplete"_s;
    }

    void badRestoreChangesNothing()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, flipAt);
        QFETCH(QString, message);
        const QString good = m_dir.filePath(u"good.espalier-backup"_s);
        QFile::remove(good);
        QVERIFY_RESULT(backup(good));
        QByteArray bytes = readFile(good);
        if (flipAt >= 0)
            bytes[flipAt] = char(bytes.at(flipAt) ^ 0x20);
        else if (flipAt == -2)
            bytes.chop(100);
        const QString bad = m_dir.filePath(u"bad.espalier-backup"_s);
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();

        Result<QByteArray> keyBefore = readSecret(u"engine/data-key"_s);
        QVERIFY_RESULT(keyBefore);
        const QStringList filesBefore = QDir(m_dataDir).entryList(QDir::Files | QDir::Hidden);
        QSignalSpy states(m_engine.get(), &Engine::stateChanged);

        Result<StateBackup::Summary> restored = restore(bad, passphrase);
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(message),
                 qPrintable(restored.error().toString()));
        // Nothing was stopped, written or left behind, and the devices notice nothing.
        QVERIFY(states.isEmpty());
        QCOMPARE(m_engine->state(), Engine::State::Running);
        Result<QByteArray> keyAfter = readSecret(u"engine/data-key"_s);
        QVERIFY_RESULT(keyAfter);
        QCOMPARE(*keyAfter, *keyBefore);
        QCOMPARE(QDir(m_dataDir).entryList(QDir::Files | QDir::Hidden), filesBefore);
        QVERIFY(allDevicesCheckIn());
    }

    void wipeAndRestoreKeepsDevicesCheckingIn()
    {
        const QString path = m_dir.filePath(u"before-wipe.espalier-backup"_s);
        QVERIFY_RESULT(backup(path));
        QFuture<Result<QList<EnrollmentLink>>> linksBefore = m_engine->enrollmentLinks();
        QVERIFY(waitFor(linksBefore));
        QVERIFY_RESULT(linksBefore.result());

        // Wipe: the engine goes, then its data folder and every keychain entry it had.
        m_engine->stop();
        m_engine.reset();
        Result<BackupContents> contents = BackupFile::open(readFile(path), s_passphrase);
        QVERIFY_RESULT(contents);
        for (const BackupSecret &secret : std::as_const(contents->secrets)) {
            QFuture<Result<void>> removed = m_secrets->remove(secret.name);
            QVERIFY(waitFor(removed));
            QVERIFY_RESULT(removed.result());
            QVERIFY_FAILS_WITH(readSecret(secret.name), Error::Code::NotFound);
        }
        QVERIFY(QDir(m_dataDir).removeRecursively());
        QVERIFY(!QFileInfo::exists(m_dataDir));

        // A new engine on the same address starts from nothing: a CA the devices never saw.
        QVERIFY(startEngine());
        QVERIFY(m_engine->deviceCaCertificate().sha256Fingerprint() != m_caFingerprint);

        QSignalSpy states(m_engine.get(), &Engine::stateChanged);
        Result<StateBackup::Summary> restored = restore(path, s_passphrase);
        QVERIFY_RESULT(restored);
        QCOMPARE(restored->secrets, contents->secrets.size());
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), Engine::State::Running, 30000);
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.last().at(0).value<Engine::State>(), Engine::State::Running);
        QCOMPARE(m_engine->deviceCaCertificate().sha256Fingerprint(), m_caFingerprint);
        QCOMPARE(m_engine->serverPort(), m_config.listenPort);
        for (const BackupSecret &secret : std::as_const(contents->secrets)) {
            Result<QByteArray> back = readSecret(secret.name);
            QVERIFY_RESULT(back);
            QCOMPARE(*back, secret.value);
        }
        QFuture<Result<QList<EnrollmentLink>>> linksAfter = m_engine->enrollmentLinks();
        QVERIFY(waitFor(linksAfter));
        QVERIFY_RESULT(linksAfter.result());
        QCOMPARE(linksAfter.result()->size(), linksBefore.result()->size());

        // The same devices check in with the identities they already have...
        QVERIFY(allDevicesCheckIn());
        // ...and a command reaches each through a push made with the restored push key.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_engine->pushDispatcher() && m_engine->pushDispatcher()->hasIdentity(), 30000);
        QStringList uuids;
        for (DeviceSimulator *device : m_fleet.devices()) {
            CommandTarget target;
            target.platform = device->hardware().platform();
            target.osVersion = device->hardware().osVersion;
            const Result<MdmCommand> information = DeviceInformationCommand{}.build(target);
            QVERIFY_RESULT(information);
            QFuture<Result<QStringList>> queued = m_engine->enqueue(
                {device->udid()}, *information, u"admin"_s);
            QVERIFY(waitFor(queued));
            QVERIFY_RESULT(queued.result());
            uuids += *queued.result();
        }
        QVERIFY(waitUntilAcknowledged(uuids));
        for (const QString &uuid : std::as_const(uuids))
            QVERIFY(command(uuid)->pushedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(tst_BackupRestore)
#include "tst_BackupRestore.moc"
