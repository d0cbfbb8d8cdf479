// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>

#include <memory>
#include <type_traits>
#include <utility>

// Continuing a QFuture on a context object's thread. QFuture::then(context, fn) in Qt 6.4 asserts
// (debug) or loses the continuation (release) when the context is destroyed before the future
// finishes; Qt 6.6 cancels the chain instead. Futures::then does what 6.6 does, so a page or
// model can go away while its read is still running on the worker pool.
namespace Espalier::Futures {

namespace Detail {

template<typename T>
struct IsFuture : std::false_type
{};

template<typename T>
struct IsFuture<QFuture<T>> : std::true_type
{
    using Value = T;
};

// Hands the finished source's result to done(result), or cancels promise when the source was
// cancelled or context died first. Call on context's thread.
template<typename T, typename R, typename Done>
void watch(QObject *context,
           const QFuture<T> &source,
           std::shared_ptr<QPromise<R>> promise,
           Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher,
                     &QFutureWatcherBase::finished,
                     context,
                     [watcher, promise, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> finished = watcher->future();
                         if (finished.isCanceled() || finished.resultCount() == 0) {
                             promise->future().cancel();
                             promise->finish();
                             return;
                         }
                         done(finished.result());
                     });
    watcher->setFuture(source);
}

} // namespace Detail

// Runs fn(result) on context's thread once future has a result. The returned future carries what
// fn returns (a QFuture fn returns is waited for in turn, on the same terms); it is cancelled,
// and fn never runs, when future is cancelled or context is destroyed first. Call it on
// context's thread. A future that is already finished still continues later, from the event
// loop, never inside this call.
template<typename T, typename Fn>
auto then(QObject *context, const QFuture<T> &future, Fn fn)
{
    using Returned = std::invoke_result_t<Fn &, const T &>;
    if constexpr (Detail::IsFuture<Returned>::value) {
        using R = typename Detail::IsFuture<Returned>::Value;
        auto promise = std::make_shared<QPromise<R>>();
        promise->start();
        QFuture<R> result = promise->future();
        Detail::watch(context,
                      future,
                      promise,
                      [context, promise, fn = std::move(fn)](const T &value) mutable {
                          Detail::watch(context, fn(value), promise, [promise](const R &inner) {
                              promise->addResult(inner);
                              promise->finish();
                          });
                      });
        return result;
    } else if constexpr (std::is_void_v<Returned>) {
        auto promise = std::make_shared<QPromise<void>>();
        promise->start();
        QFuture<void> result = promise->future();
        Detail::watch(
            context, future, promise, [promise, fn = std::move(fn)](const T &value) mutable {
                fn(value);
                promise->finish();
            });
        return result;
    } else {
        auto promise = std::make_shared<QPromise<Returned>>();
        promise->start();
        QFuture<Returned> result = promise->future();
        Detail::watch(
            context, future, promise, [promise, fn = std::move(fn)](const T &value) mutable {
                promise->addResult(fn(value));
                promise->finish();
            });
        return result;
    }
}

} // namespace Espalier::Futures
