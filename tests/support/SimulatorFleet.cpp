// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SimulatorFleet.h"

#include <QPromise>
#include <QStringList>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Espalier {

struct SimulatorFleet::Run
{
    Step step;
    Report report;
    QElapsedTimer elapsed;
    QPromise<Report> promise;
    int next = 0;
    int running = 0;
    int finished = 0;
};

qint64 SimulatorFleet::Report::percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(qBound(0.0, p, 100.0) / 100.0 * double(values.size())));
    return values.at(qBound(qsizetype(0), rank - 1, values.size() - 1));
}

QString SimulatorFleet::Report::summary() const
{
    QStringList lines;
    lines.append(
        u"%1: %2 of %3 devices succeeded in %4 ms"_s.arg(step).arg(succeeded).arg(devices).arg(
            double(elapsedNs) / 1e6, 0, 'f', 1));
    QStringList kinds = latenciesNs.keys();
    kinds.sort();
    for (const QString &kind : std::as_const(kinds)) {
        const QList<qint64> &values = latenciesNs[kind];
        lines.append(u"  %1: n=%2 p50=%3 ms p95=%4 ms p99=%5 ms"_s.arg(kind)
                         .arg(values.size())
                         .arg(double(percentile(values, 50)) / 1e6, 0, 'f', 2)
                         .arg(double(percentile(values, 95)) / 1e6, 0, 'f', 2)
                         .arg(double(percentile(values, 99)) / 1e6, 0, 'f', 2));
    }
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        lines.append(u"  HTTP %1: %2"_s.arg(it.key()).arg(it.value()));
    for (const auto &[index, error] : failures)
        lines.append(u"  device %1 failed: %2"_s.arg(index).arg(error.toString()));
    return lines.join(u'\n');
}

SimulatorFleet::SimulatorFleet(QObject *parent)
    : QObject(parent)
{}

void SimulatorFleet::setMaxConcurrent(int count)
{
    m_maxConcurrent = qMax(1, count);
}

void SimulatorFleet::addDevices(int count,
                                const std::function<DeviceSimulator::Options(int index)> &options)
{
    for (int i = 0; i < count; ++i) {
        const int index = int(m_devices.size());
        auto *device = new DeviceSimulator(options(index), this);
        m_devices.append(device);
        QObject::connect(device,
                         &DeviceSimulator::requestFinished,
                         this,
                         [this](const QString &kind, qint64 latencyNs, int status) {
                             if (!m_run)
                                 return;
                             m_run->report.latenciesNs[kind].append(latencyNs);
                             ++m_run->report.statuses[status];
                         });
    }
}

QFuture<SimulatorFleet::Report> SimulatorFleet::run(const QString &stepName, Step step)
{
    Q_ASSERT(!m_run);
    if (m_run) {
        QPromise<Report> refused;
        refused.start();
        Report report;
        report.step = stepName;
        refused.addResult(report);
        refused.finish();
        return refused.future();
    }
    m_run = std::make_shared<Run>();
    m_run->step = std::move(step);
    m_run->report.step = stepName;
    m_run->report.devices = size();
    m_run->elapsed.start();
    m_run->promise.start();
    QFuture<Report> future = m_run->promise.future();
    startNext();
    return future;
}

QFuture<SimulatorFleet::Report> SimulatorFleet::enrollAll(
    std::function<QUrl(int index)> enrollmentUrl)
{
    return run(u"enroll"_s,
               [enrollmentUrl = std::move(enrollmentUrl)](DeviceSimulator &device, int index) {
                   return device.enroll(enrollmentUrl(index));
               });
}

QFuture<SimulatorFleet::Report> SimulatorFleet::connectAll(DeviceSimulator::Channel channel)
{
    return run(u"connect"_s, [channel](DeviceSimulator &device, int) {
        return device.connect(channel).then([](const Result<int> &answered) -> Result<void> {
            if (!answered)
                return fail(answered.error());
            return {};
        });
    });
}

void SimulatorFleet::startNext()
{
    const std::shared_ptr<Run> run = m_run;
    if (!run)
        return;
    while (run->running < m_maxConcurrent && run->next < size()) {
        const int index = run->next++;
        ++run->running;
        run->step(*m_devices.at(index), index)
            .then(this, [this, index](const Result<void> &result) { finishDevice(index, result); })
            .onCanceled(this, [this, index] {
                finishDevice(index,
                             fail(Error::Code::Cancelled, tr("The simulated device went away.")));
            });
    }
    if (run->running == 0 && run->finished == size()) {
        run->report.elapsedNs = run->elapsed.nsecsElapsed();
        m_run.reset();
        run->promise.addResult(run->report);
        run->promise.finish();
    }
}

void SimulatorFleet::finishDevice(int index, const Result<void> &result)
{
    if (!m_run)
        return;
    --m_run->running;
    ++m_run->finished;
    if (result)
        ++m_run->report.succeeded;
    else
        m_run->report.failures.append({index, result.error()});
    Q_EMIT deviceFinished(index, bool(result));
    startNext();
}

qint64 SimulatorFleet::raiseFileDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
            return -1;
    }
    return qint64(limit.rlim_cur);
}

} // namespace Espalier
