// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "tests/support/DeviceSimulator.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace Espalier {

// Many simulated devices run through one step (enroll, connect, ...) concurrently, at most
// maxConcurrent at a time, with every HTTP exchange's latency and every failure collected for a
// benchmark's report. Owns its devices. Lives on its creator's thread, like the devices.
class SimulatorFleet final : public QObject
{
    Q_OBJECT

public:
    using Step = std::function<QFuture<Result<void>>(DeviceSimulator &device, int index)>;

    struct Report
    {
        QString step{};
        int devices = 0;
        int succeeded = 0;
        // Device index and what went wrong.
        QList<QPair<int, Error>> failures{};
        // Per kind of exchange (DeviceSimulator::requestFinished), in completion order.
        QHash<QString, QList<qint64>> latenciesNs{};
        // HTTP status -> how many exchanges got it (0: no answer).
        QMap<int, int> statuses{};
        qint64 elapsedNs = 0;

        [[nodiscard]] int failed() const { return int(failures.size()); }

        // The p-th percentile (0-100, nearest rank) of the values; 0 when there are none.
        [[nodiscard]] static qint64 percentile(QList<qint64> values, double p);
        // A few lines for a benchmark's log: counts, then p50/p95/p99 per kind of exchange.
        [[nodiscard]] QString summary() const;
    };

    explicit SimulatorFleet(QObject *parent = nullptr);

    void setMaxConcurrent(int count);

    [[nodiscard]] int maxConcurrent() const { return m_maxConcurrent; }

    // Creates count more devices; options(i) gives device i its options (share one
    // QSslConfiguration and, for speed, one SimulatedKeyPool among them).
    void addDevices(int count, const std::function<DeviceSimulator::Options(int index)> &options);

    [[nodiscard]] int size() const { return int(m_devices.size()); }

    [[nodiscard]] DeviceSimulator *device(int index) const { return m_devices.value(index); }

    [[nodiscard]] const QList<DeviceSimulator *> &devices() const { return m_devices; }

    // Runs step on every device; one run at a time.
    [[nodiscard]] QFuture<Report> run(const QString &stepName, Step step);
    [[nodiscard]] QFuture<Report> enrollAll(std::function<QUrl(int index)> enrollmentUrl);
    [[nodiscard]] QFuture<Report> connectAll(DeviceSimulator::Channel channel
                                             = DeviceSimulator::Channel::Device);

    [[nodiscard]] bool isRunning() const { return bool(m_run); }

    // Raises this process's open-file limit to its hard maximum (each device holds a
    // connection, and an in-process server holds the other end) and returns the new limit.
    static qint64 raiseFileDescriptorLimit();

Q_SIGNALS:
    void deviceFinished(int index, bool succeeded);

private:
    struct Run;

    void startNext();
    void finishDevice(int index, const Result<void> &result);

    QList<DeviceSimulator *> m_devices;
    int m_maxConcurrent = 64;
    std::shared_ptr<Run> m_run;
};

} // namespace Espalier
