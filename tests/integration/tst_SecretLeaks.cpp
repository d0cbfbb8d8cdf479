// SPDX-License-Identifier: GPL-3.0-or-later
// No secret in plaintext where a copy of the disk or of the logs would show it, after a realistic
// run of the engine hosted as the console hosts it: a push certificate made through the real
// request and import steps, an iPhone and a Mac enrolled through links (SCEP challenges, push
// tokens, the iPhone's UnlockToken), a new push token, a DeviceLock with a PIN from the console's
// PIN generator, the PIN history read back, a ClearPasscode with the escrowed unlock token, and
// pushes through the APNs stand-in, and a backup. Every logging category is on and every message is
// captured. Then the store's files (database, WAL, shared memory) and the captured log are searched
// for each secret in each form it could take: every key in the keychain (PEM, DER, private
// numbers), the data key, the PIN, the unlock token, push tokens, SCEP challenges and link tokens.
// A backup of the whole state is made too, and searched with the rest of the data folder.
#include "core/common/Clock.h"
#include "core/devices/DeviceActionPlanner.h"
#include "core/engine/Engine.h"
#include "core/engine/PushDispatcher.h"
#include "core/mdm/commands/DeviceInformationCommand.h"
#include "core/mdm/commands/DeviceLockCommand.h"
#include "core/push/PushCertificateStore.h"
#include "core/store/Command.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "tests/support/ApnsStandIn.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/PushCertificateSteps.h"
#include "tests/support/SecretScanner.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/TestHelpers.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

QMutex s_logMutex;
QByteArray s_log;
QtMessageHandler s_previousHandler = nullptr;

// Keeps every message of every thread; passes warnings on, so a failure still shows them.
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&s_logMutex);
        s_log += qFormatLogMessage(type, context, message).toUtf8();
        s_log += '\n';
    }
    if (type != QtDebugMsg && type != QtInfoMsg && s_previousHandler)
        s_previousHandler(type, context, message);
}

CommandTarget target(Platform platform, const QString &osVersion)
{
    CommandTarget t;
    t.platform = platform;
    t.osVersion = osVersion;
    return t;
}

} // namespace

class tst_SecretLeaks : public QObject
{
    Q_OBJECT

private:
    Result<std::unique_ptr<Database>> reader()
    {
        return Database::openReader(m_engine->config().databasePath);
    }

    bool waitUntilFinished(const QStringList &uuids, int timeoutMs = 60000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            Result<std::unique_ptr<Database>> db = reader();
            bool done = bool(db);
            for (const QString &uuid : uuids) {
                if (!done)
                    break;
                Result<std::optional<Command>> found = CommandRepository(**db, m_clock).find(uuid);
                done = found && *found && isFinal((*found)->state);
            }
            if (done)
                return true;
            QTest::qWait(100);
        }
        return false;
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

    std::optional<CommandState> stateOf(const QString &uuid)
    {
        Result<std::unique_ptr<Database>> db = reader();
        if (!db)
            return std::nullopt;
        Result<std::optional<Command>> found = CommandRepository(**db, m_clock).find(uuid);
        if (!found || !*found)
            return std::nullopt;
        return (*found)->state;
    }

    // Every secret of the run: the keychain's (found through the references in the store) and
    // the ones the devices and the console handled.
    Result<void> collectSecrets()
    {
        Result<int> keys = m_secrets.addKeychainSecrets(m_engine->config().databasePath,
                                                        m_engine->config().keychainService);
        if (!keys)
            return fail(keys.error());
        // The device CA's, the TLS certificate's and the push certificate's keys at least.
        if (*keys < 3)
            return fail(Error::Code::NotFound,
                        u"only %1 private keys in the keychain"_s.arg(*keys));

        m_secrets.addSecret(u"lock PIN"_s, m_pin.toUtf8(), SecretScanner::Kind::Digits);
        for (const QByteArray &token : std::as_const(m_pushTokens))
            m_pushTokenSecrets.addSecret(u"push token"_s, token, SecretScanner::Kind::Bytes);
        for (DeviceSimulator *device : m_fleet.devices()) {
            m_secrets.addSecret(u"unlock token of "_s + device->udid(),
                                device->unlockToken(),
                                SecretScanner::Kind::Bytes);
            for (const QVariantMap &scep :
                 device->enrollmentProfile().payloadsOfType(u"com.apple.security.scep"_s)) {
                m_secrets.addSecret(u"SCEP challenge of "_s + device->udid(),
                                    scep.value(u"PayloadContent"_s)
                                        .toMap()
                                        .value(u"Challenge"_s)
                                        .toString()
                                        .toUtf8(),
                                    SecretScanner::Kind::Text);
            }
        }
        for (const QUrl &url : std::as_const(m_links))
            m_secrets.addSecret(u"enrollment link token"_s,
                                url.path().section(u'/', -1).toUtf8(),
                                SecretScanner::Kind::Text);
        return {};
    }

    QStringList storeFiles() const
    {
        const QString path = m_engine->config().databasePath;
        return {path, path + u"-wal"_s, path + u"-shm"_s};
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    ApnsStandIn::Pki m_pki;
    ApnsStandIn m_apns;
    QString m_topic;
    std::unique_ptr<Engine> m_engine;
    SimulatorFleet m_fleet;
    std::shared_ptr<SimulatedKeyPool> m_keys;
    QList<QUrl> m_links;
    QString m_pin;
    QList<QByteArray> m_pushTokens;
    SecretScanner m_secrets;
    SecretScanner m_pushTokenSecrets;

private Q_SLOTS:

    void initTestCase()
    {
        qSetMessagePattern(u"%{time} %{type} %{category}: %{message}"_s);
        s_previousHandler = qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(u"*=true"_s);
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
        config.keychainService = u"Espalier-tst_SecretLeaks-%1"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128));
        m_engine = std::make_unique<Engine>(config, m_clock);
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->state() == Engine::State::Running
                                     || m_engine->state() == Engine::State::Failed,
                                 30000);
        QCOMPARE(m_engine->state(), Engine::State::Running);
        QVERIFY_RESULT(PushCertificateSteps::install(*m_engine, m_pki));

        Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(2);
        QVERIFY_RESULT(keys);
        m_keys = *keys;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({QSslCertificate(m_engine->deviceCaCertificate().toPem())});
        m_fleet.addDevices(2, [this, tls](int index) {
            DeviceSimulator::Options options;
            options.hardware = SimulatedHardware::preset(
                index == 0 ? SimulatedHardware::Kind::IPhone : SimulatedHardware::Kind::Mac);
            options.tls = tls;
            options.keyPool = m_keys;
            options.userChannel = false;
            return options;
        });
        // A delivered push makes its device check in, as the real thing does.
        m_apns.setPushHandler([this](const QByteArray &token, const QString &) {
            for (DeviceSimulator *device : m_fleet.devices()) {
                if (device->pushToken() == token)
                    QTimer::singleShot(100, device, [device] { (void)device->connect(); });
            }
        });
    }

    void cleanupTestCase()
    {
        m_apns.setPushHandler({});
        if (m_engine)
            m_engine->stop();
        qInstallMessageHandler(s_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }

    void realisticRun()
    {
        for (int i = 0; i < m_fleet.size(); ++i) {
            QFuture<Result<Engine::CreatedEnrollmentLink>> link = m_engine->createEnrollmentLink(
                {u"admin"_s, u"secrets"_s, {}, 1});
            QVERIFY(waitFor(link));
            QVERIFY_RESULT(link.result());
            m_links.append(link.result()->url);
        }
        QFuture<SimulatorFleet::Report> enrolled = m_fleet.enrollAll(
            [this](int index) { return m_links.at(index); });
        QVERIFY(waitFor(enrolled));
        QVERIFY2(enrolled.result().failed() == 0, qPrintable(enrolled.result().summary()));
        DeviceSimulator &iphone = *m_fleet.device(0);
        DeviceSimulator &mac = *m_fleet.device(1);
        QVERIFY(!iphone.unlockToken().isEmpty());
        for (DeviceSimulator *device : m_fleet.devices())
            m_pushTokens.append(device->pushToken());

        // The initial inventory, fetched after the pushes.
        const QStringList inventory = enqueue(
            {iphone.udid(), mac.udid()},
            DeviceInformationCommand{}.build(target(Platform::IOS, u"17.5"_s)));
        QCOMPARE(inventory.size(), 2);
        QVERIFY(waitUntilFinished(inventory));

        // A new push token, as after a restore.
        iphone.rotatePushToken();
        m_pushTokens.append(iphone.pushToken());
        QFuture<Result<void>> updated = iphone.sendTokenUpdate();
        QVERIFY(waitFor(updated));
        QVERIFY_RESULT(updated.result());

        Result<QString> pin = DeviceActionPlanner::generatePin();
        QVERIFY_RESULT(pin);
        m_pin = *pin;
        const QStringList lock = enqueue(
            {mac.udid()},
            DeviceLockCommand{u"Return to the front desk"_s, {}, m_pin}.build(
                target(Platform::MacOS, u"14.5"_s)));
        QCOMPARE(lock.size(), 1);
        QVERIFY(waitUntilFinished(lock));
        QCOMPARE(stateOf(lock.first()), CommandState::Acknowledged);
        QFuture<Result<QList<LockPinRecord>>> pins = m_engine->lockPins(mac.udid(), u"helpdesk"_s);
        QVERIFY(waitFor(pins));
        QVERIFY_RESULT(pins.result());
        QCOMPARE(pins.result()->size(), 1);
        QCOMPARE(pins.result()->first().pin, m_pin);

        const QStringList clear = enqueue({iphone.udid()}, MdmCommand{u"ClearPasscode"_s, {}});
        QCOMPARE(clear.size(), 1);
        QVERIFY(waitUntilFinished(clear));
        QCOMPARE(stateOf(clear.first()), CommandState::Acknowledged);

        QFuture<Result<QString>> tested = m_engine->sendTestPush(mac.udid());
        QVERIFY(waitFor(tested));
        QVERIFY_RESULT(tested.result());
        QVERIFY(!m_apns.received().isEmpty());

        QVERIFY_RESULT(collectSecrets());
        qInfo().noquote() << "looking for" << m_secrets.secretCount()
                          << "secrets:" << m_secrets.names().join(u", "_s);
    }

    void noSecretInTheStoreFiles()
    {
        QVERIFY(m_secrets.secretCount() > 0);
        QList<SecretScanner::Finding> findings;
        for (const QString &file : storeFiles())
            findings += m_secrets.scanFile(file);
        QVERIFY2(findings.isEmpty(), qPrintable(SecretScanner::describe(findings)));
    }

    void noPushTokenInTheStoreFiles()
    {
        QList<SecretScanner::Finding> findings;
        for (const QString &file : storeFiles())
            findings += m_pushTokenSecrets.scanFile(file);
        // Sealed under the data key, like the unlock and bootstrap tokens.
        QVERIFY2(findings.isEmpty(), qPrintable(SecretScanner::describe(findings)));
    }

    void backupHoldsNoPlaintextSecret()
    {
        const QString path = m_dir.filePath(u"state.espalier-backup"_s);
        const QString passphrase = u"correct horse battery staple %1"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128));
        m_secrets.addSecret(u"backup passphrase"_s, passphrase.toUtf8(), SecretScanner::Kind::Text);
        QFuture<Result<StateBackup::Summary>> written = m_engine->backup(path, passphrase);
        QVERIFY(waitFor(written, 120000));
        QVERIFY_RESULT(written.result());
        QVERIFY(written.result()->secrets > 0);
        QVERIFY(QFileInfo(path).size() > 0);
        // The backup and whatever else the data folder holds now (no scratch copy left behind).
        QList<SecretScanner::Finding> findings;
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            if (!storeFiles().contains(file))
                findings += m_secrets.scanFile(file) + m_pushTokenSecrets.scanFile(file);
        }
        QVERIFY2(findings.isEmpty(), qPrintable(SecretScanner::describe(findings)));
    }

    void noSecretInTheLog()
    {
        QByteArray log;
        {
            QMutexLocker locker(&s_logMutex);
            log = s_log;
        }
        // Every category was on: the run logged plenty, just no secret.
        QVERIFY(log.contains("espalier."));
        QVERIFY(log.count('\n') > 100);
        QList<SecretScanner::Finding> findings = m_secrets.scan(log, u"the captured log"_s);
        findings += m_pushTokenSecrets.scan(log, u"the captured log"_s);
        QVERIFY2(findings.isEmpty(), qPrintable(SecretScanner::describe(findings)));
    }
};

QTEST_GUILESS_MAIN(tst_SecretLeaks)
#include "tst_SecretLeaks.moc"
