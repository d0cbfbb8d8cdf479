// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

#include <functional>

// Waiting on the calling thread's event loop. The thread sleeps in its event dispatcher between
// events (QCoreApplication::processEvents with a time limit would spin: it returns at once when
// nothing is pending), and everything bound to the thread keeps running meanwhile: sockets,
// timers, continuations, deleteLater.
namespace Espalier {

// Until `done` holds or the time is up: whether it held. `done` is asked every 10 ms, and its
// last answer is the one returned.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    bool held = done();
    if (held)
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        held = done();
        if (held || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return held;
}

// Until the future has finished or the time is up: whether it has finished. Returns as soon as
// it finishes.
template<typename T>
bool waitFor(const QFuture<T> &future, int timeoutMs = 120000)
{
    if (future.isFinished())
        return true;
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    loop.exec();
    return future.isFinished();
}

} // namespace Espalier
