// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the engine the way devices load it: espalierd runs in its own process (so its peak RSS
// is its own), N simulated devices on keep-alive TLS enroll through SCEP, then send Idle check-ins
// for a while, then do command round trips (queue over the admin API -> Idle -> command ->
// Acknowledged -> empty answer), first in rounds with a barrier, then paced with none. Prints
// requests/s, round trips/s, p50/p99 latency and the engine's peak RSS. Loopback only.
//
//   tests/support/with-keyring.sh build/release/bench/bench_engine [--devices 1,100,1000]
//       [--seconds 10] [--rate 1500] [--trip-rate 500] [--phases idle,steady,paced,trips,...]
//
// ESPALIER_BENCH_ENGINE_WRAPPER names a program espalierd is started under, with espalierd's
// command line as its arguments: a heap profiler, for one (a script running
// `heaptrack -o /tmp/espalierd "$@"`).
#include "core/crypto/Certificate.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/WaitFor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
        const QString wrapper = qEnvironmentVariable("ESPALIER_BENCH_ENGINE_WRAPPER");
        if (wrapper.isEmpty())
            m_process.start(QStringLiteral(ESPALIERD_PATH), {u"--config"_s, ini});
        else
            m_process.start(wrapper, {QStringLiteral(ESPALIERD_PATH), u"--config"_s, ini});
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

    // Admin API call that does not wait: done gets whether it succeeded, on this thread.
    void callAsync(const QByteArray &verb,
                   const QString &path,
                   const QJsonObject &body,
                   std::function<void(bool)> done)
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_adminPort).arg(path)));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, verb, QJsonDocument(body).toJson());
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)] {
            done(reply->error() == QNetworkReply::NoError);
            reply->deleteLater();
        });
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
    waitUntil([&running] { return running == 0; }, int(seconds * 1000) + 60000);
    figures.elapsedNs = clock.nsecsElapsed();
    return figures;
}

struct TripFigures
{
    Figures requests;     // every request of the sessions, timed by the simulator
    QList<qint64> tripNs; // from when the command was due to be queued to the session's end
    int roundTrips = 0;
};

// Command round trips offered at `rate` per second fleet-wide with no barrier between them:
// device i's k-th command is due at its own offset + k * (devices / rate). Every `WindowMs` the
// commands due in the next window are queued in one admin call; once it has returned, each of
// those devices opens its session (Idle -> the command -> Acknowledged -> empty answer) at its
// due time, or when its previous session ends if that runs late. A trip's latency counts from
// when its command was due, so neither a slow queue call nor a busy device hides a backlog.
TripFigures pacedTrips(EngineProcess &engine,
                       const QList<DeviceSimulator *> &devices,
                       double seconds,
                       double rate)
{
    constexpr int WindowMs = 20;
    TripFigures figures;
    QElapsedTimer clock;
    clock.start();
    const qint64 endNs = qint64(seconds * 1e9);
    const qint64 intervalNs = qint64(double(devices.size()) / rate * 1e9);
    const int count = int(devices.size());
    QList<qint64> nextDueNs(count);
    QList<QList<qint64>> waiting(count); // due times of queued commands, per device
    QList<bool> busy(count, false);
    for (int i = 0; i < count; ++i)
        nextDueNs[i] = intervalNs * i / count;
    int outstanding = 0;
    bool queueing = true;
    QObject context;

    QList<QMetaObject::Connection> connections;
    for (DeviceSimulator *device : devices) {
        connections.append(QObject::connect(device,
                                            &DeviceSimulator::requestFinished,
                                            &context,
                                            [&figures](const QString &, qint64 ns, int status) {
                                                ++figures.requests.requests;
                                                if (status != 200)
                                                    ++figures.requests.failures;
                                                figures.requests.latenciesNs.append(ns);
                                            }));
    }

    std::function<void(int)> startSession = [&](int index) {
        if (busy[index] || waiting[index].isEmpty())
            return;
        const qint64 dueNs = waiting[index].constFirst();
        const qint64 nowNs = clock.nsecsElapsed();
        if (dueNs > nowNs) {
            QTimer::singleShot(int((dueNs - nowNs) / 1000000), &context, [&startSession, index] {
                startSession(index);
            });
            return;
        }
        busy[index] = true;
        // One session answers every command queued so far.
        const QList<qint64> dues = std::exchange(waiting[index], {});
        devices.at(index)->connect().then(&context, [&, index, dues](const Result<int> &done) {
            busy[index] = false;
            const qint64 finishedNs = clock.nsecsElapsed();
            if (!done)
                ++figures.requests.failures;
            for (qint64 due : dues) {
                figures.tripNs.append(finishedNs - due);
                ++figures.roundTrips;
                --outstanding;
            }
            startSession(index);
        });
    };

    QTimer queueTimer;
    queueTimer.setTimerType(Qt::PreciseTimer);
    const auto queueDue = [&] {
        const qint64 windowEndNs = clock.nsecsElapsed() + qint64(WindowMs) * 1000000;
        QJsonArray targets;
        QList<std::pair<int, qint64>> batch;
        for (int i = 0; i < count; ++i) {
            while (nextDueNs[i] < windowEndNs && nextDueNs[i] < endNs) {
                targets.append(devices.at(i)->udid());
                batch.append({i, nextDueNs[i]});
                nextDueNs[i] += intervalNs;
            }
        }
        if (windowEndNs >= endNs) {
            queueTimer.stop();
            queueing = false;
        }
        if (batch.isEmpty())
            return;
        outstanding += int(batch.size());
        engine.callAsync("POST",
                         u"/v1/commands"_s,
                         QJsonObject{{u"enrollments"_s, targets}, {u"type"_s, u"SecurityInfo"_s}},
                         [&, batch](bool ok) {
                             if (!ok)
                                 figures.requests.failures += int(batch.size());
                             for (const auto &[index, due] : batch) {
                                 waiting[index].append(due);
                                 startSession(index);
                             }
                         });
    };
    QObject::connect(&queueTimer, &QTimer::timeout, &context, queueDue);
    queueDue();
    queueTimer.start(WindowMs);

    waitUntil([&] { return !queueing && outstanding == 0; }, int(seconds * 1000) + 60000);
    figures.requests.elapsedNs = clock.nsecsElapsed();
    for (const QMetaObject::Connection &connection : std::as_const(connections))
        QObject::disconnect(connection);
    return figures;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

struct Phases
{
    bool idle = true;
    bool steady = true;
    bool paced = true;
    bool trips = true;
    bool pacedTrips = true;
};

bool runScale(int devices,
              double seconds,
              double pacedRate,
              double tripRate,
              const Phases &phases,
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

    const auto rate = [](const Figures &f) {
        return f.elapsedNs > 0 ? f.requests / (double(f.elapsedNs) / 1e9) : 0.0;
    };
    const auto p = [](const QList<qint64> &values, double percentile) {
        return ms(SimulatorFleet::Report::percentile(values, percentile));
    };
    say(u"devices=%1  enrolled in %2 s (%3 enrollments/s)"_s.arg(devices)
            .arg(enrollSeconds, 0, 'f', 1)
            .arg(devices / enrollSeconds, 0, 'f', 1));
    int failures = 0;

    if (phases.idle) {
        const double cpuBefore = cpuSeconds(engine.pid());
        const Figures idle = idleRounds(fleet, seconds);
        const double cpu = cpuSeconds(engine.pid()) - cpuBefore;
        failures += idle.failures;
        say(u"  idle check-ins in rounds: %1 requests in %2 s = %3 req/s, p50 %4 ms, p99 %5 ms, "
            "engine CPU %6 %, failures %7"_s.arg(idle.requests)
                .arg(double(idle.elapsedNs) / 1e9, 0, 'f', 1)
                .arg(rate(idle), 0, 'f', 0)
                .arg(p(idle.latenciesNs, 50), 0, 'f', 2)
                .arg(p(idle.latenciesNs, 99), 0, 'f', 2)
                .arg(100.0 * cpu / (double(idle.elapsedNs) / 1e9), 0, 'f', 0)
                .arg(idle.failures));
    }
    if (phases.steady) {
        const double cpuBefore = cpuSeconds(engine.pid());
        const double clientBefore = cpuSeconds(QCoreApplication::applicationPid());
        const Figures steady = steadyLoad(fleet.devices(), seconds, 0);
        const double cpu = cpuSeconds(engine.pid()) - cpuBefore;
        const double clientCpu = cpuSeconds(QCoreApplication::applicationPid()) - clientBefore;
        failures += steady.failures;
        say(u"  steady idle check-ins (no rounds): %1 req/s, p50 %2 ms, p99 %3 ms, engine CPU %4 % "
            "(%5 ms per check-in), simulator CPU %6 %, failures %7"_s.arg(rate(steady), 0, 'f', 0)
                .arg(p(steady.latenciesNs, 50), 0, 'f', 2)
                .arg(p(steady.latenciesNs, 99), 0, 'f', 2)
                .arg(100.0 * cpu / (double(steady.elapsedNs) / 1e9), 0, 'f', 0)
                .arg(1000.0 * cpu / qMax(1, steady.requests), 0, 'f', 2)
                .arg(100.0 * clientCpu / (double(steady.elapsedNs) / 1e9), 0, 'f', 0)
                .arg(steady.failures));
    }
    if (phases.paced) {
        const Figures paced = steadyLoad(fleet.devices(), seconds, pacedRate);
        failures += paced.failures;
        say(u"  paced idle check-ins, %1/s offered: %2 req/s, p50 %3 ms, p99 %4 ms, failures %5"_s
                .arg(pacedRate, 0, 'f', 0)
                .arg(rate(paced), 0, 'f', 0)
                .arg(p(paced.latenciesNs, 50), 0, 'f', 2)
                .arg(p(paced.latenciesNs, 99), 0, 'f', 2)
                .arg(paced.failures));
    }

    QJsonArray targets;
    for (DeviceSimulator *device : fleet.devices())
        targets.append(device->udid());
    if (phases.trips) {
        // One command per device per round, queued in one admin call; the round ends when every
        // device has answered its command.
        Figures trips;
        int roundTrips = 0;
        const double cpuBefore = cpuSeconds(engine.pid());
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
        const double cpu = cpuSeconds(engine.pid()) - cpuBefore;
        failures += trips.failures;
        say(u"  command round trips in rounds: %1 in %2 s = %3 round trips/s (%4 req/s), "
            "p50 %5 ms, p99 %6 ms, engine CPU %7 %, failures %8"_s.arg(roundTrips)
                .arg(double(trips.elapsedNs) / 1e9, 0, 'f', 1)
                .arg(roundTrips / (double(trips.elapsedNs) / 1e9), 0, 'f', 0)
                .arg(rate(trips), 0, 'f', 0)
                .arg(p(trips.latenciesNs, 50), 0, 'f', 2)
                .arg(p(trips.latenciesNs, 99), 0, 'f', 2)
                .arg(100.0 * cpu / (double(trips.elapsedNs) / 1e9), 0, 'f', 0)
                .arg(trips.failures));
    }
    if (phases.pacedTrips) {
        const double cpuBefore = cpuSeconds(engine.pid());
        const double clientBefore = cpuSeconds(QCoreApplication::applicationPid());
        const TripFigures trips = pacedTrips(engine, fleet.devices(), seconds, tripRate);
        const double elapsed = double(trips.requests.elapsedNs) / 1e9;
        const double cpu = cpuSeconds(engine.pid()) - cpuBefore;
        const double clientCpu = cpuSeconds(QCoreApplication::applicationPid()) - clientBefore;
        failures += trips.requests.failures;
        say(u"  paced command round trips, %1/s offered: %2 round trips/s (%3 req/s), "
            "request p50 %4 ms, p99 %5 ms; queued-to-acknowledged p50 %6 ms, p99 %7 ms; "
            "engine CPU %8 % (%9 ms per round trip), simulator CPU %10 %, failures %11"_s
                .arg(tripRate, 0, 'f', 0)
                .arg(trips.roundTrips / elapsed, 0, 'f', 0)
                .arg(rate(trips.requests), 0, 'f', 0)
                .arg(p(trips.requests.latenciesNs, 50), 0, 'f', 2)
                .arg(p(trips.requests.latenciesNs, 99), 0, 'f', 2)
                .arg(p(trips.tripNs, 50), 0, 'f', 2)
                .arg(p(trips.tripNs, 99), 0, 'f', 2)
                .arg(100.0 * cpu / elapsed, 0, 'f', 0)
                .arg(1000.0 * cpu / qMax(1, trips.roundTrips), 0, 'f', 2)
                .arg(100.0 * clientCpu / elapsed, 0, 'f', 0)
                .arg(trips.requests.failures));
    }

    const qint64 rssKiB = peakRssKiB(engine.pid());
    engine.stop();
    say(u"  engine peak RSS: %1 MB"_s.arg(double(rssKiB) / 1024.0, 0, 'f', 1));
    return failures == 0;
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
    const QCommandLineOption tripRateOption(
        u"trip-rate"_s,
        u"Command round trips per second the paced round-trip phase offers, fleet-wide."_s,
        u"per-second"_s,
        u"500"_s);
    const QCommandLineOption phasesOption(
        u"phases"_s,
        u"Phases to run, comma-separated: idle, steady, paced, trips, paced-trips."_s,
        u"list"_s,
        u"idle,steady,paced,trips,paced-trips"_s);
    parser.addOption(devicesOption);
    parser.addOption(secondsOption);
    parser.addOption(rateOption);
    parser.addOption(tripRateOption);
    parser.addOption(phasesOption);
    parser.process(app);

    SimulatorFleet::raiseFileDescriptorLimit();
    Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(16);
    if (!keys) {
        say(keys.error().toString());
        return 1;
    }
    const QStringList chosen = parser.value(phasesOption).split(u',');
    Phases phases;
    phases.idle = chosen.contains(u"idle"_s);
    phases.steady = chosen.contains(u"steady"_s);
    phases.paced = chosen.contains(u"paced"_s);
    phases.trips = chosen.contains(u"trips"_s);
    phases.pacedTrips = chosen.contains(u"paced-trips"_s);
    bool ok = true;
    for (const QString &size : parser.value(devicesOption).split(u',')) {
        const int devices = size.toInt();
        if (devices > 0)
            ok = runScale(devices,
                          parser.value(secondsOption).toDouble(),
                          parser.value(rateOption).toDouble(),
                          parser.value(tripRateOption).toDouble(),
                          phases,
                          *keys)
                 && ok;
    }
    return ok ? 0 : 1;
}
