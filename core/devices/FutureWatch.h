// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <utility>

// Continues a QFuture on a context object's thread, and not at all once the context is gone.
// QFuture::then(context, …) promises the same, but Qt 6.4 asserts when the context dies before
// the future finishes (a page closed while its load still runs); a watcher owned by the context
// dies with it instead.
namespace Espalier::FutureWatch {

// fn(result) runs on context's thread when future finishes with a result; a future cancelled
// without one (its promise went away) calls nothing.
template<typename T, typename Fn>
void onFinished(QObject *context, const QFuture<T> &future, Fn &&fn)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher,
                     &QFutureWatcherBase::finished,
                     watcher,
                     [watcher, fn = std::forward<Fn>(fn)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (done.resultCount() == 0)
                             return;
                         fn(done.result());
                     });
    watcher->setFuture(future);
}

} // namespace Espalier::FutureWatch
