// SPDX-License-Identifier: GPL-3.0-or-later
// The engine under a steady, bounded load, hosted as the console hosts it: EngineHost runs it on
// its own thread inside this process, whose main thread is a UI-like event loop that takes the
// engine's change signals. 1,000 simulated devices (in a child process of this binary, so their
// CPU and memory are not the console's) enroll and then send paced Idle check-ins over HTTPS on
// 127.0.0.1 for --duration seconds. Prints the errors (must be 0), this process's RSS sampled
// every 5 s (start, peak, end, and the slope after warm-up), and the main thread's event-loop
// latency: how late a 10 ms timer fires (p50/p99/max) while the engine is busy.
//
//   tests/support/with-keyring.sh build/release/bench/bench_load [--devices 1000]
//       [--rate 1000] [--duration 300]
#include "core/common/Clock.h"
#include "core/crypto/Certificate.h"
#include "core/engine/EngineHost.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/WaitFor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <utility>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

constexpr int RssIntervalMs = 5000;
constexpr int TickMs = 10;

void say(const QString &line)
{
    std::fputs(qUtf8Printable(line + u'\n'), stdout);
    std::fflush(stdout);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

qint64 rssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double percentileMs(QList<qint64> valuesNs, double p)
{
    return double(SimulatorFleet::Report::percentile(std::move(valuesNs), p)) / 1e6;
}

// ---- The fleet (child process) -------------------------------------------------------------

// Every device runs Idle sessions on its own, paced so the fleet offers `rate` sessions a
// second in all, each device at its own offset. Returns failures and latencies.
struct Load
{
    int sessions = 0;
    int failures = 0;
    QList<qint64> latenciesNs;
    QStringList firstErrors;
};

Load pacedIdle(const QList<DeviceSimulator *> &devices, double seconds, double rate)
{
    Load load;
    QElapsedTimer clock;
    clock.start();
    const qint64 endNs = qint64(seconds * 1e9);
    const qint64 intervalNs = qint64(double(devices.size()) / rate * 1e9);
    int running = int(devices.size());
    QObject context;
    std::function<void(int, qint64)> session = [&](int index, qint64 dueNs) {
        const qint64 nowNs = clock.nsecsElapsed();
        if (dueNs >= endNs) {
            --running;
            return;
        }
        if (dueNs > nowNs) {
            QTimer::singleShot(int((dueNs - nowNs) / 1000000), &context, [&session, index, dueNs] {
                session(index, dueNs);
            });
            return;
        }
        devices.at(index)->connect().then(&context, [&, index, dueNs](const Result<int> &done) {
            ++load.sessions;
            if (!done) {
                ++load.failures;
                if (load.firstErrors.size() < 5)
                    load.firstErrors.append(done.error().toString());
            }
            // From when it was due: a stalled engine cannot hide behind a waiting client.
            load.latenciesNs.append(clock.nsecsElapsed() - dueNs);
            session(index, dueNs + intervalNs);
        });
    };
    for (int i = 0; i < devices.size(); ++i)
        session(i, intervalNs * i / devices.size());
    waitUntil([&running] { return running == 0; }, int(seconds * 1000) + 120000);
    return load;
}

int runFleet(int devices, const QUrl &link, const QString &caFile, double rate, double seconds)
{
    QFile caPem(caFile);
    if (!caPem.open(QIODevice::ReadOnly)) {
        say(u"FAILED no CA file"_s);
        return 1;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({QSslCertificate(caPem.readAll())});
    Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(16);
    if (!keys) {
        say(u"FAILED "_s + keys.error().toString());
        return 1;
    }
    SimulatorFleet::raiseFileDescriptorLimit();
    SimulatorFleet fleet;
    fleet.setMaxConcurrent(100);
    fleet.addDevices(devices, [&](int index) {
        DeviceSimulator::Options options;
        options.hardware = SimulatedHardware::preset(
            index % 3 == 0 ? SimulatedHardware::Kind::Mac : SimulatedHardware::Kind::IPhone);
        options.tls = tls;
        options.keyPool = *keys;
        options.userChannel = false;
        return options;
    });
    QFuture<SimulatorFleet::Report> enrolled = fleet.enrollAll([&link](int) { return link; });
    if (!waitFor(enrolled) || enrolled.result().failed() != 0) {
        say(u"FAILED enrollment: "_s
            + (enrolled.isFinished() ? enrolled.result().summary() : u"timed out"_s));
        return 1;
    }
    // The initial inventory, fetched once.
    QFuture<SimulatorFleet::Report> inventory = fleet.connectAll();
    if (!waitFor(inventory) || inventory.result().failed() != 0) {
        say(u"FAILED initial inventory: "_s
            + (inventory.isFinished() ? inventory.result().summary() : u"timed out"_s));
        return 1;
    }
    say(u"STEADY enrolled in %1 s"_s.arg(double(enrolled.result().elapsedNs) / 1e9, 0, 'f', 1));
    const Load load = pacedIdle(fleet.devices(), seconds, rate);
    say(u"RESULT sessions=%1 failures=%2 p50=%3 p99=%4 max=%5"_s.arg(load.sessions)
            .arg(load.failures)
            .arg(percentileMs(load.latenciesNs, 50), 0, 'f', 2)
            .arg(percentileMs(load.latenciesNs, 99), 0, 'f', 2)
            .arg(percentileMs(load.latenciesNs, 100), 0, 'f', 2));
    for (const QString &error : load.firstErrors)
        say(u"ERROR "_s + error);
    return load.failures == 0 ? 0 : 1;
}

// ---- The console side (this process) -------------------------------------------------------

// How late a 10 ms timer on this thread fires, per phase.
class LatencyProbe final : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_samples.append(qMax<qint64>(0, now - m_last - qint64(TickMs) * 1000000));
            m_last = now;
        });
    }

    void start()
    {
        m_samples.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }

    QList<qint64> take()
    {
        m_timer.stop();
        return std::exchange(m_samples, {});
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<qint64> m_samples;
};

struct RssSample
{
    double seconds;
    qint64 kib;
};

// Least-squares slope, in MB per minute.
double slopeMbPerMinute(const QList<RssSample> &samples)
{
    if (samples.size() < 2)
        return 0;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const RssSample &s : samples) {
        const double y = double(s.kib) / 1024.0;
        sx += s.seconds;
        sy += y;
        sxx += s.seconds * s.seconds;
        sxy += s.seconds * y;
    }
    const double n = double(samples.size());
    const double denominator = n * sxx - sx * sx;
    return denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator * 60.0;
}

QString latencyLine(const QList<qint64> &samples)
{
    return u"p50 %1 ms, p99 %2 ms, max %3 ms over %4 ticks"_s
        .arg(percentileMs(samples, 50), 0, 'f', 2)
        .arg(percentileMs(samples, 99), 0, 'f', 2)
        .arg(percentileMs(samples, 100), 0, 'f', 2)
        .arg(samples.size());
}

int runConsole(const QString &program, int devices, double rate, double seconds)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const quint16 port = freePort();
    EngineConfig config = EngineConfig::storeOnly(dir.filePath(u"espalier.sqlite"_s));
    config.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.listenPort = port;
    config.publicUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(port));
    config.pushTopic = u"com.apple.mgmt.External.%1"_s.arg(
        QUuid::createUuid().toString(QUuid::WithoutBraces));
    config.keychainService = u"Espalier-bench_load-%1"_s.arg(
        QUuid::createUuid().toString(QUuid::Id128));

    const SystemClock clock;
    EngineHost host(std::move(config), clock);
    Engine::State state = Engine::State::Stopped;
    QString stateDetail;
    QObject::connect(
        &host, &EngineHost::stateChanged, &host, [&](Engine::State changed, const QString &detail) {
            state = changed;
            stateDetail = detail;
        });
    // What the console's models do with the engine's news: take it on this thread.
    int changeSignals = 0;
    const auto count = [&changeSignals](const QStringList &) { ++changeSignals; };
    QObject::connect(host.engine(), &Engine::devicesChanged, &host, count);
    QObject::connect(host.engine(), &Engine::commandsChanged, &host, count);
    QObject::connect(host.engine(), &Engine::enrollmentsChanged, &host, count);
    host.start();
    waitUntil(
        [&state] { return state == Engine::State::Running || state == Engine::State::Failed; },
        60000);
    if (state != Engine::State::Running) {
        say(u"bench_load: the engine did not start: "_s + stateDetail);
        return 1;
    }

    QFuture<Result<Engine::CreatedEnrollmentLink>> link = host.engine()->createEnrollmentLink(
        {u"bench"_s, u"bench_load"_s, {}, devices});
    if (!waitFor(link) || !link.result()) {
        say(u"bench_load: no enrollment link"_s);
        return 1;
    }
    // The device CA, fetched as a device's installer would see it.
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(
        QNetworkRequest(QUrl(u"https://127.0.0.1:%1/scep?operation=GetCACert"_s.arg(port))));
    reply->ignoreSslErrors();
    waitUntil([reply] { return reply->isFinished(); });
    const Result<Certificate> ca = Certificate::fromDer(reply->readAll());
    delete reply;
    if (!ca) {
        say(u"bench_load: no device CA"_s);
        return 1;
    }
    const QString caFile = dir.filePath(u"ca.pem"_s);
    {
        QFile file(caFile);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(ca->toPem());
    }

    QElapsedTimer elapsed;
    elapsed.start();
    QList<RssSample> rss{{0, rssKiB()}};
    QTimer sampler;
    sampler.setInterval(RssIntervalMs);
    QObject::connect(&sampler, &QTimer::timeout, &host, [&] {
        rss.append({double(elapsed.elapsed()) / 1000.0, rssKiB()});
    });
    sampler.start();

    LatencyProbe probe;
    probe.start();
    double steadyFrom = -1;
    QList<qint64> enrollLatency;
    QByteArray fleetOutput;
    QProcess fleet;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Qt's own dispatcher polls a thousand sockets with less work per wake-up than GLib's.
    environment.insert(u"QT_NO_GLIB"_s, u"1"_s);
    fleet.setProcessEnvironment(environment);
    fleet.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(&fleet, &QProcess::readyReadStandardOutput, &host, [&] {
        fleetOutput += fleet.readAllStandardOutput();
        if (steadyFrom < 0 && fleetOutput.contains("STEADY")) {
            steadyFrom = double(elapsed.elapsed()) / 1000.0;
            enrollLatency = probe.take();
            probe.start();
        }
    });
    fleet.start(program,
                {u"--fleet-of"_s,
                 QString::number(devices),
                 u"--enroll-url"_s,
                 link.result()->url.toString(),
                 u"--ca-file"_s,
                 caFile,
                 u"--rate"_s,
                 QString::number(rate),
                 u"--duration"_s,
                 QString::number(seconds)});
    waitUntil([&fleet] { return fleet.state() == QProcess::NotRunning; },
              int(seconds * 1000) + 30 * 60 * 1000);
    if (fleet.state() != QProcess::NotRunning)
        fleet.kill();
    fleet.waitForFinished();
    fleetOutput += fleet.readAllStandardOutput();
    const QList<qint64> steadyLatency = probe.take();
    sampler.stop();
    rss.append({double(elapsed.elapsed()) / 1000.0, rssKiB()});
    host.stop();

    for (const QByteArray &line : fleetOutput.split('\n')) {
        if (!line.isEmpty())
            say(u"  fleet: "_s + QString::fromUtf8(line));
    }
    const bool fleetOk = fleet.exitStatus() == QProcess::NormalExit && fleet.exitCode() == 0
                         && fleetOutput.contains("RESULT");
    // Warm-up: enrollment, the initial inventory and the first minute of the steady load (or a
    // fifth of it, for short runs).
    const double warmUpEnd = steadyFrom < 0 ? 0 : steadyFrom + qMin(60.0, seconds / 5);
    QList<RssSample> settled;
    qint64 peak = 0;
    for (const RssSample &s : std::as_const(rss)) {
        peak = qMax(peak, s.kib);
        if (s.seconds >= warmUpEnd)
            settled.append(s);
    }
    say(u"bench_load: %1 devices, %2 Idle check-ins/s offered for %3 s (loopback), engine on its "
        "own thread in this process"_s.arg(devices)
            .arg(rate, 0, 'f', 0)
            .arg(seconds, 0, 'f', 0));
    say(u"  errors: %1"_s.arg(fleetOk ? u"0"_s : u"see the fleet's lines above"_s));
    say(u"  RSS (every %1 s, %2 samples): start %3 MB, peak %4 MB, end %5 MB; after warm-up "
        "(from %6 s) %7 -> %8 MB, slope %9 MB/min"_s.arg(RssIntervalMs / 1000)
            .arg(rss.size())
            .arg(double(rss.first().kib) / 1024.0, 0, 'f', 1)
            .arg(double(peak) / 1024.0, 0, 'f', 1)
            .arg(double(rss.last().kib) / 1024.0, 0, 'f', 1)
            .arg(warmUpEnd, 0, 'f', 0)
            .arg(settled.isEmpty() ? 0.0 : double(settled.first().kib) / 1024.0, 0, 'f', 1)
            .arg(settled.isEmpty() ? 0.0 : double(settled.last().kib) / 1024.0, 0, 'f', 1)
            .arg(slopeMbPerMinute(settled), 0, 'f', 2));
    if (steadyFrom < 0) {
        // The fleet never got past enrollment: everything measured belongs to it.
        say(u"  main-thread event loop, 10 ms timer lateness, during enrollment (no steady "
            "phase): "_s
            + latencyLine(steadyLatency));
    } else {
        say(u"  main-thread event loop, 10 ms timer lateness, during enrollment: "_s
            + latencyLine(enrollLatency));
        say(u"  main-thread event loop, 10 ms timer lateness, during the steady load: "_s
            + latencyLine(steadyLatency));
    }
    say(u"  engine change signals taken on the main thread: %1"_s.arg(changeSignals));
    return fleetOk ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The engine as the console hosts it, under a steady load of simulated devices."_s);
    parser.addHelpOption();
    const QCommandLineOption devicesOption(
        u"devices"_s, u"Simulated devices."_s, u"count"_s, u"1000"_s);
    const QCommandLineOption rateOption(
        u"rate"_s, u"Idle check-ins per second, fleet-wide."_s, u"per-second"_s, u"1000"_s);
    const QCommandLineOption durationOption(
        u"duration"_s, u"Seconds of steady load."_s, u"seconds"_s, u"300"_s);
    // The child process that runs the fleet.
    const QCommandLineOption fleetOption(u"fleet-of"_s, u"(internal)"_s, u"count"_s);
    const QCommandLineOption urlOption(u"enroll-url"_s, u"(internal)"_s, u"url"_s);
    const QCommandLineOption caOption(u"ca-file"_s, u"(internal)"_s, u"file"_s);
    for (const QCommandLineOption &option :
         {devicesOption, rateOption, durationOption, fleetOption, urlOption, caOption})
        parser.addOption(option);
    parser.process(app);

    const double rate = parser.value(rateOption).toDouble();
    const double seconds = parser.value(durationOption).toDouble();
    if (rate <= 0 || seconds <= 0) {
        say(u"bench_load: --rate and --duration must be positive"_s);
        return 2;
    }
    if (parser.isSet(fleetOption)) {
        return runFleet(parser.value(fleetOption).toInt(),
                        QUrl(parser.value(urlOption)),
                        parser.value(caOption),
                        rate,
                        seconds);
    }
    const int devices = parser.value(devicesOption).toInt();
    if (devices <= 0) {
        say(u"bench_load: --devices must be positive"_s);
        return 2;
    }
    return runConsole(QCoreApplication::applicationFilePath(), devices, rate, seconds);
}
