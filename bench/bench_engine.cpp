// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the engine the way devices load it: espalierd runs in its own process (so its peak RSS
// is its own), N simulated devices on keep-alive TLS enroll through SCEP, then send Idle check-ins
// for a while, then do command round trips (queue over the admin API -> Idle -> command ->
// Acknowledged -> empty answer). Prints requests/s, round trips/s, p50/p99 latency and the
// engine's peak RSS. Loopback only.
//
//   tests/support/with-keyring.sh build/release/bench/bench_engine [--devices 1,100,1000]
//       [--seconds 10]
#include "core/crypto/Certificate.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <unistd.h>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
bool waitFor(const QFuture<T> &future, int timeoutMs = 600000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return future.isFinished();
}

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

qint64 peakRssKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// User plus system CPU time the process has used, in seconds.
double cpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(fields.value(11).toLongLong() + fields.value(12).toLongLong());
    return ticks / double(sysconf(_SC_CLK_TCK));
}

// One espalierd with its admin API, in a private data folder.
class EngineProcess
{
public:
    bool start(const QString &dir)
    {
        m_serverPort = freePort();
        m_adminPort = freePort();
        const QString ini = dir + u"/espalierd.ini"_s;
        QFile file(ini);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(u"[store]\ndatabase = espalier.sqlite\n"
                   "[server]\nlisten = 127.0.0.1\nport = %1\npublic_url = https://127.0.0.1:%1\n"
                   "[push]\ntopic = com.apple.mgmt.External.%2\n"
                   "[admin]\nport = %3\n"
                   "[keychain]\nservice = Espalier-bench-%4\n"_s.arg(m_serverPort)
                       .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                       .arg(m_adminPort)
                       .arg(QUuid::createUuid().toString(QUuid::Id128))
                       .toUtf8());
        file.close();
        m_tokenFile = dir + u"/admin.token"_s;
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_NO_GLIB"_s);
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(ESPALIERD_PATH), {u"--config"_s, ini});
        if (!m_process.waitForStarted())
            return false;
        QByteArray output;
        while (!output.contains("Engine running")) {
            if (!m_process.waitForReadyRead(60000) || output.contains("engine failed")) {
                say(QString::fromUtf8(output));
                return false;
            }
            output += m_process.readAll();
        }
        QFile token(m_tokenFile);
        if (!token.open(QIODevice::ReadOnly))
            return false;
        m_token = token.readAll().trimmed();
        return true;
    }

    void stop()
    {
        m_process.terminate();
        m_process.waitForFinished(30000);
    }

    // Admin API call; blocks in a local event loop (the simulators are idle meanwhile).
    QJsonDocument call(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_adminPort).arg(path)));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonDocument answer = QJsonDocument::fromJson(reply->readAll());
        if (reply->error() != QNetworkReply::NoError)
            say(u"admin API %1 %2 failed: %3 %4"_s.arg(QString::fromLatin1(verb),
                                                       path,
                                                       reply->errorString(),
                                                       QString::fromUtf8(answer.toJson())));
        reply->deleteLater();
        return answer;
    }

    [[nodiscard]] quint16 serverPort() const { return m_serverPort; }

    [[nodiscard]] qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
    quint16 m_serverPort = 0;
    quint16 m_adminPort = 0;
    QString m_tokenFile;
    QByteArray m_token;
};

// Fetches the device CA without verification: the one certificate the devices then pin.
Certificate fetchCa(quint16 port)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(
        QNetworkRequest(QUrl(u"https://127.0.0.1:%1/scep?operation=GetCACert"_s.arg(port))));
    reply->ignoreSslErrors();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const Result<Certificate> ca = Certificate::fromDer(reply->readAll());
    reply->deleteLater();
    return ca ? *ca : Certificate();
}

struct Figures
{
    int requests = 0;
    QList<qint64> latenciesNs;
    qint64 elapsedNs = 0;
    int failures = 0;
};

// Repeats connectAll until `seconds` pass (after at least one round).
Figures idleRounds(SimulatorFleet &fleet, double seconds)
{
    Figures figures;
    QElapsedTimer clock;
    clock.start();
    do {
        QFuture<SimulatorFleet::Report> round = fleet.connectAll();
        if (!waitFor(round))
            break;
        const SimulatorFleet::Report &report = round.result();
        figures.failures += report.failed();
        for (const QList<qint64> &values : report.latenciesNs) {
            figures.requests += int(values.size());
            figures.latenciesNs += values;
        }
    } while (clock.nsecsElapsed() < qint64(seconds * 1e9));
    figures.elapsedNs = clock.nsecsElapsed();
    return figures;
}

// Every device runs Idle sessions on its own for `seconds`, with no round barrier: back to back
// when rate is 0, else paced so the fleet offers `rate` sessions per second in all (device i
// starts its k-th session at its own offset + k / (rate / devices)). A paced session's latency
// counts from when it was due, not from when it was sent, so a stalled engine cannot hide its
// queue behind a client that waited for it.
Figures steadyLoad(const QList<DeviceSimulator *> &devices, double seconds, double rate)
{
    Figures figures;
    QElapsedTimer clock;
    clock.start();
    const qint64 endNs = qint64(seconds * 1e9);
    const qint64 intervalNs = rate > 0 ? qint64(double(devices.size()) / rate * 1e9) : 0;
    int running = int(devices.size());
    QObject context;
    std::function<void(int, qint64)> session = [&](int index, qint64 dueNs) {
        const qint64 nowNs = clock.nsecsElapsed();
        if (nowNs >= endNs) {
            --running;
            return;
        }
        if (dueNs > nowNs) {
            QTimer::singleShot(int((dueNs - nowNs) / 1000000), &context, [&session, index, dueNs] {
                session(index, dueNs);
            });
            return;
        }
        const qint64 startNs = intervalNs > 0 ? dueNs : nowNs;
        devices.at(index)->connect().then(&context, [&, index, startNs](const Result<int> &done) {
            ++figures.requests;
            if (!done)
                ++figures.failures;
            figures.latenciesNs.append(clock.nsecsElapsed() - startNs);
            session(index, intervalNs > 0 ? startNs + intervalNs : 0);
        });
    };
    for (int i = 0; i < devices.size(); ++i)
        session(i, intervalNs > 0 ? intervalNs * i / devices.size() : 0);
    QDeadlineTimer deadline(qint64(seconds * 1000) + 60000);
    while (running > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    figures.elapsedNs = clock.nsecsElapsed();
    return figures;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

bool runScale(int devices,
              double seconds,
              double pacedRate,
              const std::shared_ptr<SimulatedKeyPool> &keys)
{
    QTemporaryDir dir;
    EngineProcess engine;
    if (!dir.isValid() || !engine.start(dir.path())) {
        say(u"bench_engine: espalierd did not start"_s);
        return false;
    }
    const Certificate ca = fetchCa(engine.serverPort());
    if (ca.isNull()) {
        say(u"bench_engine: no CA from the engine"_s);
        return false;
    }

    QList<QUrl> links;
    for (int i = 0; i < devices; ++i) {
        const QJsonDocument link = engine.call(
            "POST",
            u"/v1/enrollment-links"_s,
            QJsonObject{{u"label"_s, u"bench %1"_s.arg(i)}, {u"max_uses"_s, 1}});
        links.append(QUrl(link.object().value(u"url"_s).toString()));
    }

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({QSslCertificate(ca.toPem())});
    SimulatorFleet fleet;
    fleet.setMaxConcurrent(qMin(devices, 200));
    fleet.addDevices(devices, [&](int index) {
        DeviceSimulator::Options options;
        options.hardware = SimulatedHardware::preset(
            index % 3 == 0 ? SimulatedHardware::Kind::Mac : SimulatedHardware::Kind::IPhone);
        options.tls = tls;
        options.keyPool = keys;
        options.userChannel = false;
        return options;
    });

    QFuture<SimulatorFleet::Report> enrolled = fleet.enrollAll(
        [&links](int index) { return links.at(index); });
    if (!waitFor(enrolled) || enrolled.result().failed() != 0) {
        say(enrolled.isFinished() ? enrolled.result().summary() : u"enrollment timed out"_s);
        return false;
    }
    const double enrollSeconds = double(enrolled.result().elapsedNs) / 1e9;
    // The initial inventory drains in the first session.
    QFuture<SimulatorFleet::Report> inventory = fleet.connectAll();
    if (!waitFor(inventory) || inventory.result().failed() != 0) {
        say(u"initial inventory failed"_s);
        return false;
    }

    const double cpuBeforeIdle = cpuSeconds(engine.pid());
    const Figures idle = idleRounds(fleet, seconds);
    const double idleCpu = cpuSeconds(engine.pid()) - cpuBeforeIdle;
    const double cpuBeforeSteady = cpuSeconds(engine.pid());
    const double clientBeforeSteady = cpuSeconds(QCoreApplication::applicationPid());
    const Figures steady = steadyLoad(fleet.devices(), seconds, 0);
    const double steadyCpu = cpuSeconds(engine.pid()) - cpuBeforeSteady;
    const double steadyClientCpu = cpuSeconds(QCoreApplication::applicationPid())
                                   - clientBeforeSteady;
    const Figures paced = steadyLoad(fleet.devices(), seconds, pacedRate);

    // Command round trips: one command per device per round, queued in one admin call.
    QJsonArray targets;
    for (DeviceSimulator *device : fleet.devices())
        targets.append(device->udid());
    Figures trips;
    int roundTrips = 0;
    const double cpuBeforeTrips = cpuSeconds(engine.pid());
    QElapsedTimer clock;
    clock.start();
    do {
        engine.call("POST",
                    u"/v1/commands"_s,
                    QJsonObject{{u"enrollments"_s, targets}, {u"type"_s, u"SecurityInfo"_s}});
        QFuture<SimulatorFleet::Report> round = fleet.connectAll();
        if (!waitFor(round))
            break;
        trips.failures += round.result().failed();
        for (const QList<qint64> &values : round.result().latenciesNs) {
            trips.requests += int(values.size());
            trips.latenciesNs += values;
        }
        roundTrips += devices;
    } while (clock.nsecsElapsed() < qint64(seconds * 1e9));
    trips.elapsedNs = clock.nsecsElapsed();
    const double tripsCpu = cpuSeconds(engine.pid()) - cpuBeforeTrips;

    const qint64 rssKiB = peakRssKiB(engine.pid());
    engine.stop();

    say(u"devices=%1  enrolled in %2 s (%3 enrollments/s)"_s.arg(devices)
            .arg(enrollSeconds, 0, 'f', 1)
            .arg(devices / enrollSeconds, 0, 'f', 1));
    say(u"  idle check-ins: %1 requests in %2 s = %3 req/s, p50 %4 ms, p99 %5 ms, failures %6"_s
            .arg(idle.requests)
            .arg(double(idle.elapsedNs) / 1e9, 0, 'f', 1)
            .arg(idle.requests / (double(idle.elapsedNs) / 1e9), 0, 'f', 0)
            .arg(ms(SimulatorFleet::Report::percentile(idle.latenciesNs, 50)), 0, 'f', 2)
            .arg(ms(SimulatorFleet::Report::percentile(idle.latenciesNs, 99)), 0, 'f', 2)
            .arg(idle.failures));
    const auto rate = [](const Figures &f) { return f.requests / (double(f.elapsedNs) / 1e9); };
    say(u"  steady idle check-ins (no rounds): %1 req/s, p50 %2 ms, p99 %3 ms, engine CPU %4 % "
        "(%5 ms per check-in), simulator CPU %6 %, failures %7"_s.arg(rate(steady), 0, 'f', 0)
            .arg(ms(SimulatorFleet::Report::percentile(steady.latenciesNs, 50)), 0, 'f', 2)
            .arg(ms(SimulatorFleet::Report::percentile(steady.latenciesNs, 99)), 0, 'f', 2)
            .arg(100.0 * steadyCpu / (double(steady.elapsedNs) / 1e9), 0, 'f', 0)
            .arg(1000.0 * steadyCpu / qMax(1, steady.requests), 0, 'f', 2)
            .arg(100.0 * steadyClientCpu / (double(steady.elapsedNs) / 1e9), 0, 'f', 0)
            .arg(steady.failures));
    say(u"  paced idle check-ins, %1/s offered: %2 req/s, p50 %3 ms, p99 %4 ms, failures %5"_s
            .arg(pacedRate, 0, 'f', 0)
            .arg(rate(paced), 0, 'f', 0)
            .arg(ms(SimulatorFleet::Report::percentile(paced.latenciesNs, 50)), 0, 'f', 2)
            .arg(ms(SimulatorFleet::Report::percentile(paced.latenciesNs, 99)), 0, 'f', 2)
            .arg(paced.failures));
    say(u"  command round trips: %1 in %2 s = %3 round trips/s (%4 req/s), p50 %5 ms, p99 %6 ms, "
        "failures %7"_s.arg(roundTrips)
            .arg(double(trips.elapsedNs) / 1e9, 0, 'f', 1)
            .arg(roundTrips / (double(trips.elapsedNs) / 1e9), 0, 'f', 0)
            .arg(trips.requests / (double(trips.elapsedNs) / 1e9), 0, 'f', 0)
            .arg(ms(SimulatorFleet::Report::percentile(trips.latenciesNs, 50)), 0, 'f', 2)
            .arg(ms(SimulatorFleet::Report::percentile(trips.latenciesNs, 99)), 0, 'f', 2)
            .arg(trips.failures));
    say(u"  engine CPU: %1 % of one core during idle check-ins, %2 % during round trips"_s
            .arg(100.0 * idleCpu / (double(idle.elapsedNs) / 1e9), 0, 'f', 0)
            .arg(100.0 * tripsCpu / (double(trips.elapsedNs) / 1e9), 0, 'f', 0));
    say(u"  engine peak RSS: %1 MB"_s.arg(double(rssKiB) / 1024.0, 0, 'f', 1));
    return idle.failures == 0 && steady.failures == 0 && paced.failures == 0 && trips.failures == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The simulated fleet polls a socket per device; Qt's own dispatcher does that with less
    // work per wake-up than GLib's. espalierd keeps GLib, which its keyring access needs.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Loads espalierd with simulated devices on 127.0.0.1."_s);
    parser.addHelpOption();
    const QCommandLineOption devicesOption(
        u"devices"_s, u"Fleet sizes, comma-separated."_s, u"list"_s, u"1,100,1000"_s);
    const QCommandLineOption secondsOption(
        u"seconds"_s, u"Seconds per measured phase."_s, u"seconds"_s, u"10"_s);
    const QCommandLineOption rateOption(
        u"rate"_s,
        u"Idle check-ins per second the paced phase offers, fleet-wide."_s,
        u"per-second"_s,
        u"1500"_s);
    parser.addOption(devicesOption);
    parser.addOption(secondsOption);
    parser.addOption(rateOption);
    parser.process(app);

    SimulatorFleet::raiseFileDescriptorLimit();
    Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(16);
    if (!keys) {
        say(keys.error().toString());
        return 1;
    }
    bool ok = true;
    for (const QString &size : parser.value(devicesOption).split(u',')) {
        const int devices = size.toInt();
        if (devices > 0)
            ok = runScale(devices,
                          parser.value(secondsOption).toDouble(),
                          parser.value(rateOption).toDouble(),
                          *keys)
                 && ok;
    }
    return ok ? 0 : 1;
}
