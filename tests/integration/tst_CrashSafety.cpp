// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety of the real espalierd: 200 simulated devices over HTTPS on 127.0.0.1 work through
// a burst of 10,000 commands while the engine is killed with SIGKILL at random points (at least
// 20 times) and started again each time, until every command is done. Then: every
// acknowledgement a device got a 200 for is stored as Acknowledged with its result, no device was
// handed a command again after its acknowledgement was stored, every command is in a final state,
// and the audit chain verifies. The kill points come from a seed, printed at the start;
// ESPALIER_CRASH_SEED=<seed> replays the same points (the interleaving of the devices is the
// scheduler's).
#include "core/common/Clock.h"
#include "core/plist/Plist.h"
#include "core/store/AuditLog.h"
#include "core/store/Command.h"
#include "core/store/Database.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/EspalierdProcess.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/TestHelpers.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

constexpr int FleetSize = 200;
constexpr int BurstCommands = 10000;
constexpr int MinimumKills = 20;

// Spins the event loop (the devices keep working) until done() or the deadline.
void say(const QString &line)
{
    std::fputs(qUtf8Printable(u"tst_CrashSafety: "_s + line + u'\n'), stdout);
    std::fflush(stdout);
}

quint32 chosenSeed()
{
    bool ok = false;
    const quint32 given = qEnvironmentVariable("ESPALIER_CRASH_SEED").toUInt(&ok);
    return ok ? given : QRandomGenerator::system()->generate();
}

// Counts commands through a connection of its own while the engine writes.
int countCommands(const QString &databasePath, const QString &where, const QVariantList &bindings)
{
    Result<std::unique_ptr<Database>> db = Database::openReader(databasePath);
    if (!db)
        return -1;
    Result<QSqlQuery> count = (*db)->exec(u"SELECT count(*) FROM commands"_s + where, bindings);
    if (!count || !count->next())
        return -1;
    return count->value(0).toInt();
}

int commandCount(const QString &databasePath)
{
    return countCommands(databasePath, {}, {});
}

int unfinishedCommands(const QString &databasePath)
{
    return countCommands(databasePath,
                         u" WHERE state IN (?, ?, ?, ?)"_s,
                         {int(CommandState::Queued),
                          int(CommandState::Pushed),
                          int(CommandState::Sent),
                          int(CommandState::NotNow)});
}

// Every device checks in again and again (there is no push here): at once while it has work,
// after a pause when it had none, and a little later when the engine could not be reached.
// It must outlive the devices: their futures' continuations run in its context.
class DevicePoller final : public QObject
{
public:
    explicit DevicePoller(quint32 seed)
        : m_random(seed)
    {}

    void start(const QList<DeviceSimulator *> &devices)
    {
        m_devices = devices;
        m_stopping = false;
        for (int i = 0; i < m_devices.size(); ++i)
            poll(i);
    }

    void stop() { m_stopping = true; }

    [[nodiscard]] int running() const { return m_running; }

    [[nodiscard]] int failedSessions() const { return m_failedSessions; }

private:
    void poll(int index)
    {
        if (m_stopping)
            return;
        ++m_running;
        m_devices.at(index)->connect().then(this, [this, index](const Result<int> &answered) {
            --m_running;
            if (!answered)
                ++m_failedSessions;
            const int pauseMs = !answered        ? int(m_random.bounded(100, 300))
                                : *answered == 0 ? int(m_random.bounded(300, 700))
                                                 : 0;
            QTimer::singleShot(pauseMs, this, [this, index] { poll(index); });
        });
    }

    QList<DeviceSimulator *> m_devices;
    QRandomGenerator m_random;
    bool m_stopping = false;
    int m_running = 0;
    int m_failedSessions = 0;
};

} // namespace

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void nothingAcknowledgedIsLostAcrossKills()
    {
        const quint32 seed = chosenSeed();
        say(u"seed %1 (ESPALIER_CRASH_SEED=%1 replays these kill points)"_s.arg(seed));
        QRandomGenerator random(seed);
        QElapsedTimer clock;
        clock.start();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        EspalierdProcess engine({QStringLiteral(ESPALIERD_PATH), dir.path(), {}});
        QVERIFY_RESULT(engine.start());
        Result<Certificate> ca = engine.fetchDeviceCa();
        QVERIFY_RESULT(ca);

        const EspalierdProcess::Reply link = engine.call(
            "POST",
            u"/v1/enrollment-links"_s,
            QJsonObject{{u"label"_s, u"crash fleet"_s}, {u"max_uses"_s, FleetSize}});
        QCOMPARE(link.status, 201);
        const QUrl url(link.object().value(u"url"_s).toString());
        QVERIFY(url.isValid());

        Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(16);
        QVERIFY_RESULT(keys);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({QSslCertificate(ca->toPem())});
        DevicePoller poller(random.generate());
        SimulatorFleet fleet;
        fleet.setMaxConcurrent(50);
        fleet.addDevices(FleetSize, [&](int index) {
            DeviceSimulator::Options options;
            options.hardware = SimulatedHardware::preset(
                index % 2 == 0 ? SimulatedHardware::Kind::Mac : SimulatedHardware::Kind::IPhone);
            options.tls = tls;
            options.keyPool = *keys;
            options.userChannel = false;
            return options;
        });
        QFuture<SimulatorFleet::Report> enrolled = fleet.enrollAll([url](int) { return url; });
        QVERIFY(waitFor(enrolled));
        QVERIFY2(enrolled.result().failed() == 0, qPrintable(enrolled.result().summary()));
        say(u"%1 devices enrolled after %2 s"_s.arg(FleetSize).arg(clock.elapsed() / 1000));

        // What the devices saw: acknowledgements answered with 200, counted as they come.
        int acknowledged = 0;
        for (DeviceSimulator *device : fleet.devices()) {
            QObject::connect(device,
                             &DeviceSimulator::commandHandled,
                             this,
                             [&acknowledged](const DeviceSimulator::CommandRecord &record) {
                                 if (record.status == u"Acknowledged"_s
                                     && record.serverStatus == 200)
                                     ++acknowledged;
                             });
        }
        // The burst, in batches of one command per device.
        QJsonArray targets;
        for (DeviceSimulator *device : fleet.devices())
            targets.append(device->udid());
        QSet<QString> burst;
        for (int batch = 0; batch < BurstCommands / FleetSize; ++batch) {
            const EspalierdProcess::Reply queued = engine.call(
                "POST",
                u"/v1/commands"_s,
                QJsonObject{{u"enrollments"_s, targets}, {u"type"_s, u"SecurityInfo"_s}});
            QCOMPARE(queued.status, 201);
            for (const QJsonValue uuid : queued.object().value(u"commands"_s).toArray())
                burst.insert(uuid.toString());
        }
        QCOMPARE(burst.size(), BurstCommands);
        say(u"%1 commands queued after %2 s"_s.arg(BurstCommands).arg(clock.elapsed() / 1000));
        poller.start(fleet.devices());

        // Kill points, in acknowledgements the devices have had answered: spread over the
        // burst, so every kill lands while commands are in flight.
        const int total = commandCount(engine.databasePath());
        QVERIFY(total >= BurstCommands + FleetSize);
        const int ahead = (total - acknowledged) * 9 / 10;
        const int kills = MinimumKills + int(random.bounded(5));
        QList<int> killPoints;
        for (int i = 0; i < kills; ++i)
            killPoints.append(acknowledged + int(random.bounded(ahead)));
        std::sort(killPoints.begin(), killPoints.end());
        int killCount = 0;
        for (const int point : std::as_const(killPoints)) {
            QVERIFY2(waitUntil([&] { return acknowledged >= point; }, 120000),
                     qPrintable(u"stalled at %1 acknowledgements"_s.arg(acknowledged)));
            // A random moment inside whatever requests are in flight.
            const int delayMs = int(random.bounded(50));
            QTest::qWait(delayMs);
            engine.kill();
            ++killCount;
            say(u"kill %1 after %2 acknowledgements, at %3 s"_s.arg(killCount)
                    .arg(acknowledged)
                    .arg(clock.elapsed() / 1000));
            QVERIFY_RESULT(engine.start());
        }
        say(u"%1 kills survived after %2 s"_s.arg(killCount).arg(clock.elapsed() / 1000));

        const QString databasePath = engine.databasePath();
        // The store is looked at twice a second, not on every turn of the event loop.
        QElapsedTimer sinceLook;
        sinceLook.start();
        const auto allFinished = [&] {
            if (sinceLook.elapsed() < 500)
                return false;
            sinceLook.restart();
            return unfinishedCommands(databasePath) == 0;
        };
        QVERIFY2(waitUntil(allFinished, 180000),
                 qPrintable(u"%1 commands unfinished"_s.arg(unfinishedCommands(databasePath))));
        poller.stop();
        QVERIFY(waitUntil([&] { return poller.running() == 0; }, 60000));
        QVERIFY_RESULT(engine.stop());

        // The store as the last engine left it.
        Result<std::unique_ptr<Database>> db = Database::openReader(databasePath);
        QVERIFY_RESULT(db);

        struct Stored
        {
            CommandState state = CommandState::Queued;
            QByteArray result{};
        };

        QHash<QString, Stored> stored;
        Result<QSqlQuery> rows = (*db)->exec(u"SELECT uuid, state, result FROM commands"_s);
        QVERIFY_RESULT(rows);
        while (rows->next()) {
            stored.insert(
                rows->value(0).toString(),
                Stored{CommandState(rows->value(1).toInt()), rows->value(2).toByteArray()});
        }
        QVERIFY(stored.size() >= BurstCommands + FleetSize);
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QVERIFY2(isFinal(it->state), qPrintable(it.key()));
        for (const QString &uuid : std::as_const(burst))
            QVERIFY2(stored.value(uuid).state == CommandState::Acknowledged, qPrintable(uuid));

        int acknowledgedWith200 = 0;
        int receivedAgainBeforeStored = 0;
        for (DeviceSimulator *device : fleet.devices()) {
            QSet<QString> storedAcknowledgements;
            QSet<QString> received;
            for (const DeviceSimulator::CommandRecord &record : device->commandLog()) {
                QVERIFY2(
                    !storedAcknowledgements.contains(record.commandUuid),
                    qPrintable(u"%1 was delivered to %2 again after its acknowledgement "
                               "was answered with 200"_s.arg(record.commandUuid, device->udid())));
                if (received.contains(record.commandUuid))
                    ++receivedAgainBeforeStored;
                received.insert(record.commandUuid);
                if (record.status != u"Acknowledged"_s || record.serverStatus != 200)
                    continue;
                ++acknowledgedWith200;
                storedAcknowledgements.insert(record.commandUuid);
                const Stored kept = stored.value(record.commandUuid);
                QVERIFY2(kept.state == CommandState::Acknowledged, qPrintable(record.commandUuid));
                Result<QVariant> result = Plist::parse(kept.result);
                QVERIFY_RESULT(result);
                const QVariantMap report = result->toMap();
                QCOMPARE(report.value(u"CommandUUID"_s).toString(), record.commandUuid);
                QCOMPARE(report.value(u"Status"_s).toString(), u"Acknowledged"_s);
                QCOMPARE(report.value(u"UDID"_s).toString(), device->udid());
            }
        }
        QVERIFY(acknowledgedWith200 >= BurstCommands);

        Result<AuditLog::Verification> audit = AuditLog(**db, SystemClock()).verify();
        QVERIFY_RESULT(audit);
        QVERIFY2(audit->isIntact(), qPrintable(audit->description));

        say(u"kill count %1: %2 commands final, %3 acknowledgements answered with 200, none "
            "lost; %4 deliveries repeated before their acknowledgement was stored; %5 device "
            "sessions cut off; audit chain of %6 entries intact; %7 s in all"_s.arg(killCount)
                .arg(stored.size())
                .arg(acknowledgedWith200)
                .arg(receivedAgainBeforeStored)
                .arg(poller.failedSessions())
                .arg(audit->entriesChecked)
                .arg(clock.elapsed() / 1000));
    }
};

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_CrashSafety.moc"
