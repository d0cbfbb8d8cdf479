// SPDX-License-Identifier: GPL-3.0-or-later
// Measures ApnsClient against the APNs stand-in over one HTTP/2 connection on loopback: distinct
// device tokens pushed (1) with a steady window of pushes outstanding, (2) all queued at once,
// and (3) one at a time. Prints pushes/s, p50/p99 latency (send() to pushFinished) and CPU time:
// the whole process, and the client's thread alone (the stand-in has a thread of its own).
//
//   build/release/bench/bench_push [--pushes 10000] [--in-flight 100] [--sequential 500]
#include "core/common/Clock.h"
#include "core/push/ApnsClient.h"
#include "tests/support/ApnsStandIn.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unordered_map>
#include <vector>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qUtf8Printable(line + u'\n'), stdout);
    std::fflush(stdout);
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

QByteArray tokenFor(int n)
{
    QByteArray token(32, '\x7e');
    token[28] = char(n >> 24);
    token[29] = char(n >> 16);
    token[30] = char(n >> 8);
    token[31] = char(n);
    return token;
}

struct Figures
{
    int pushes = 0;
    int delivered = 0;
    double seconds = 0;
    double processCpu = 0;
    double clientCpu = 0;
    std::vector<double> latenciesMs{};
};

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(fraction * double(values.size())));
    return values[index];
}

void report(const QString &name, const Figures &figures)
{
    say(u"%1: %2 pushes, %3 delivered in %4 s = %5 pushes/s; latency p50 %6 ms, p99 %7 ms; "
        "CPU %8 s process (%9 %), %10 s client thread"_s.arg(name)
            .arg(figures.pushes)
            .arg(figures.delivered)
            .arg(figures.seconds, 0, 'f', 3)
            .arg(double(figures.pushes) / figures.seconds, 0, 'f', 0)
            .arg(percentile(figures.latenciesMs, 0.50), 0, 'f', 2)
            .arg(percentile(figures.latenciesMs, 0.99), 0, 'f', 2)
            .arg(figures.processCpu, 0, 'f', 2)
            .arg(100.0 * figures.processCpu / figures.seconds, 0, 'f', 0)
            .arg(figures.clientCpu, 0, 'f', 2));
}

// Pushes `count` distinct tokens starting at `first`, keeping at most `window` outstanding
// (window <= 0: all queued at once), and waits for every answer.
Figures run(ApnsClient &client, int first, int count, int window)
{
    Figures figures;
    figures.pushes = count;
    figures.latenciesMs.reserve(size_t(count));
    std::unordered_map<quint64, qint64> sentAt;
    QElapsedTimer clock;
    QEventLoop loop;
    int next = 0;
    int finished = 0;

    auto sendOne = [&] {
        ApnsPush push;
        push.deviceToken = tokenFor(first + next);
        push.pushMagic = u"B1E5B5A4-7C33-4B55-9D7E-0F3C5A7E2D%1"_s.arg(
            next % 100, 2, 10, QChar(u'0'));
        ++next;
        Result<quint64> id = client.send(push);
        if (!id) {
            say(u"send failed: "_s + id.error().toString());
            loop.exit(1);
            return;
        }
        sentAt.emplace(*id, clock.nsecsElapsed());
    };

    const QMetaObject::Connection connection = QObject::connect(
        &client, &ApnsClient::pushFinished, &loop, [&](const ApnsResult &r) {
            const auto found = sentAt.find(r.pushId);
            if (found != sentAt.end()) {
                figures.latenciesMs.push_back(double(clock.nsecsElapsed() - found->second) / 1e6);
                sentAt.erase(found);
            }
            if (r.disposition == ApnsResult::Disposition::Delivered)
                ++figures.delivered;
            if (++finished == count) {
                loop.quit();
                return;
            }
            if (window > 0 && next < count)
                sendOne();
        });

    const double cpuBefore = processCpuSeconds();
    const double threadBefore = threadCpuSeconds();
    clock.start();
    const int initial = window > 0 ? std::min(window, count) : count;
    for (int i = 0; i < initial; ++i)
        sendOne();
    QTimer::singleShot(600000, &loop, [&loop] { loop.exit(2); });
    const int exit = loop.exec();
    figures.seconds = double(clock.nsecsElapsed()) / 1e9;
    figures.processCpu = processCpuSeconds() - cpuBefore;
    figures.clientCpu = threadCpuSeconds() - threadBefore;
    QObject::disconnect(connection);
    if (exit != 0)
        say(u"run ended early (%1) after %2 answers"_s.arg(exit).arg(finished));
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"ApnsClient throughput and latency against the stand-in"_s);
    parser.addHelpOption();
    const QCommandLineOption pushesOption(
        u"pushes"_s, u"Distinct tokens per run."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption inFlightOption(
        u"in-flight"_s, u"The client's cap on requests in flight."_s, u"n"_s, u"100"_s);
    const QCommandLineOption sequentialOption(
        u"sequential"_s, u"Pushes sent one at a time."_s, u"n"_s, u"500"_s);
    parser.addOptions({pushesOption, inFlightOption, sequentialOption});
    parser.process(app);
    const int pushes = std::max(1, parser.value(pushesOption).toInt());
    const int inFlight = std::max(1, parser.value(inFlightOption).toInt());
    const int sequential = std::max(0, parser.value(sequentialOption).toInt());

    Result<ApnsStandIn::Pki> pki = ApnsStandIn::Pki::create();
    if (!pki) {
        say(pki.error().toString());
        return 1;
    }
    Result<ApnsStandIn::PushIdentity> identity = pki->issuePushCertificate();
    if (!identity) {
        say(identity.error().toString());
        return 1;
    }
    ApnsStandIn standIn;
    ApnsStandIn::Options standInOptions;
    standInOptions.certificate = pki->server;
    standInOptions.key = pki->serverKey;
    standInOptions.clientCas = {pki->pushCa};
    if (Result<void> started = standIn.start(standInOptions); !started) {
        say(started.error().toString());
        return 1;
    }
    standIn.setRecording(false);

    SystemClock clock;
    ApnsClient::Options options;
    options.host = u"127.0.0.1"_s;
    options.port = standIn.port();
    options.trustedRoots = {pki->serverCa};
    options.maxInFlight = inFlight;
    ApnsClient client(clock, options);
    if (Result<void> set = client.setIdentity(identity->certificate, identity->key); !set) {
        say(set.error().toString());
        return 1;
    }

    say(u"bench_push: %1 distinct tokens per run, client cap %2 in flight, stand-in limit %3 "
        "streams; %4 cores"_s.arg(pushes)
            .arg(inFlight)
            .arg(standInOptions.maxConcurrentStreams)
            .arg(QThread::idealThreadCount()));
    // Connect (TCP, TLS with the client certificate, SETTINGS) before anything is measured.
    const Figures warmUp = run(client, 0, 1, 1);
    say(u"connected and first push answered in %1 ms"_s.arg(warmUp.seconds * 1000, 0, 'f', 1));

    const Figures windowed = run(client, 1, pushes, inFlight);
    report(u"window of %1"_s.arg(inFlight), windowed);
    const Figures burst = run(client, 1 + pushes, pushes, 0);
    report(u"all queued at once"_s, burst);
    if (sequential > 0) {
        const Figures oneByOne = run(client, 1 + 2 * pushes, sequential, 1);
        report(u"one at a time"_s, oneByOne);
    }

    const ApnsStandIn::Statistics statistics = standIn.statistics();
    const ApnsClient::Statistics clientStatistics = client.statistics();
    say(u"connections: client opened %1, stand-in accepted %2; stand-in answered %3 requests, "
        "at most %4 streams open at once"_s.arg(clientStatistics.connectionsOpened)
            .arg(statistics.connections)
            .arg(statistics.answered)
            .arg(statistics.maxOpenStreams));
    standIn.stop();
    const bool ok = windowed.delivered == pushes && burst.delivered == pushes
                    && clientStatistics.connectionsOpened == 1;
    return ok ? 0 : 1;
}
